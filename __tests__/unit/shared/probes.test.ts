// The probes against real sockets on loopback: IPv4, IPv6, TLS, hangs, redirects.

import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { probeHttp } from '../../../shared/probes/http.js';
import { probeTcp } from '../../../shared/probes/tcp.js';
import { freePort, startHttpServer, startSilentServer } from '../../support/http-server.js';

const tls = join(import.meta.dirname, '..', '..', 'fixtures', 'tls');
const cert = readFileSync(join(tls, 'localhost.crt'), 'utf8');
const key = readFileSync(join(tls, 'localhost.key'), 'utf8');
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('probeTcp', () => {
  it('finds a service on ::1 only and on 127.0.0.1 only through localhost', async () => {
    for (const host of ['::1', '127.0.0.1']) {
      const server = createNetServer((socket) => socket.end());
      await new Promise<void>((resolve) => server.listen(0, host, resolve));
      const { port } = server.address() as { port: number };
      const result = await probeTcp({ host: 'localhost', port }, { timeoutMs: 1000 });
      server.close();
      expect(result).toMatchObject({ ok: true, address: host });
    }
  });

  it('reports a refused port with its address', async () => {
    const port = await freePort();
    const result = await probeTcp({ host: '127.0.0.1', port }, { timeoutMs: 1000 });
    expect(result).toMatchObject({
      ok: false,
      code: 'ECONNREFUSED',
      error: `ECONNREFUSED 127.0.0.1:${port}`,
    });
  });

  it('reports a missing unix socket', async () => {
    const result = await probeTcp({ path: '/nonexistent/app.sock' }, { timeoutMs: 1000 });
    expect(result).toMatchObject({ ok: false, code: 'ENOENT' });
    expect(result.error).toContain('/nonexistent/app.sock');
  });

  it('stops at once when aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(
      probeTcp({ host: '127.0.0.1', port: 1 }, { timeoutMs: 1000, signal: controller.signal }),
    ).rejects.toThrow('cancelled');
  });
});

describe('probeHttp', () => {
  it('returns status and body', async () => {
    const server = await startHttpServer((_, response) => response.end('hello'));
    cleanups.push(server.close);
    const result = await probeHttp(`${server.url}/x`, { timeoutMs: 2000 });
    expect(result).toMatchObject({ status: 200, body: 'hello', connected: true });
  });

  it('reaches an IPv6-only server through localhost and [::1]', async () => {
    const server = await startHttpServer((_, response) => response.end('v6'), '::1');
    cleanups.push(server.close);
    expect(await probeHttp(`http://localhost:${server.port}/`, { timeoutMs: 2000 })).toMatchObject({
      status: 200,
    });
    expect(await probeHttp(`http://[::1]:${server.port}/`, { timeoutMs: 2000 })).toMatchObject({
      status: 200,
    });
  });

  it('ends a request to a server that accepts and never answers at the timeout', async () => {
    const silent = await startSilentServer();
    cleanups.push(silent.close);
    const started = Date.now();
    const result = await probeHttp(`http://127.0.0.1:${silent.port}/`, { timeoutMs: 300 });
    // The server never answers: only the timeout can have ended it (the bound is for a loaded machine).
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result).toMatchObject({ code: 'ETIMEDOUT', connected: true, error: 'no response within 300ms' });
  });

  it('follows redirects (relative and absolute) unless told not to', async () => {
    const server = await startHttpServer((request, response) => {
      if (request.url === '/old') response.writeHead(302, { location: '/new' }).end();
      else response.end(`at ${request.url}`);
    });
    cleanups.push(server.close);
    expect(await probeHttp(`${server.url}/old`, { timeoutMs: 2000 })).toMatchObject({
      status: 200,
      body: 'at /new',
      url: `${server.url}/new`,
    });
    expect(await probeHttp(`${server.url}/old`, { timeoutMs: 2000, followRedirects: false })).toMatchObject({
      status: 302,
    });
  });

  it('keeps only the first bytes of a large body', async () => {
    const server = await startHttpServer((_, response) => response.end('x'.repeat(200_000)));
    cleanups.push(server.close);
    const result = await probeHttp(server.url, { timeoutMs: 2000, maxBodyBytes: 1000 });
    expect(result.body).toHaveLength(1000);
  });

  it('sends the method and headers', async () => {
    let seen = '';
    const server = await startHttpServer((request, response) => {
      seen = `${request.method} ${request.headers.authorization}`;
      response.end();
    });
    cleanups.push(server.close);
    await probeHttp(server.url, {
      timeoutMs: 2000,
      method: 'HEAD',
      headers: [['Authorization', 'Bearer t']],
    });
    expect(seen).toBe('HEAD Bearer t');
  });

  describe('TLS', () => {
    async function startTls(): Promise<number> {
      const server = createHttpsServer({ cert, key }, (_, response) => response.end('secure'));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
      return (server.address() as { port: number }).port;
    }

    it('verifies certificates by default and explains the failure', async () => {
      const port = await startTls();
      const result = await probeHttp(`https://localhost:${port}/`, { timeoutMs: 2000 });
      expect(result.status).toBeUndefined();
      expect(result.error).toBe('TLS: self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT)');
    });

    it('trusts an extra CA, or nothing with insecure', async () => {
      const port = await startTls();
      expect(await probeHttp(`https://localhost:${port}/`, { timeoutMs: 2000, ca: cert })).toMatchObject({
        status: 200,
      });
      expect(
        await probeHttp(`https://localhost:${port}/`, { timeoutMs: 2000, insecure: true }),
      ).toMatchObject({
        status: 200,
      });
    });
  });
});

describe('probeHttp redirects and credentials', () => {
  it('drops credential headers once a redirect leaves the origin, and says where it went', async () => {
    const seen: Array<Record<string, unknown>> = [];
    const target = await startHttpServer((request, response) => {
      seen.push(request.headers);
      response.end('ok');
    });
    const origin = await startHttpServer((_, response) =>
      response.writeHead(307, { location: `${target.url}/there` }).end(),
    );
    try {
      const result = await probeHttp(`${origin.url}/`, {
        timeoutMs: 2000,
        headers: [
          ['Authorization', 'Bearer abc'],
          ['X-Custom', 'marked'],
          ['X-Plain', 'kept'],
        ],
        secretHeaders: ['x-custom'],
      });
      expect(result).toMatchObject({
        status: 200,
        leftOrigin: target.url,
        droppedHeaders: ['Authorization', 'X-Custom'],
      });
      expect(seen[0]).toMatchObject({ 'x-plain': 'kept' });
      expect(seen[0]!.authorization).toBeUndefined();
      expect(seen[0]!['x-custom']).toBeUndefined();
    } finally {
      await origin.close();
      await target.close();
    }
  });

  it('answers a redirect to another scheme with an explained failure', async () => {
    const server = await startHttpServer((_, response) =>
      response.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    );
    try {
      expect(await probeHttp(`${server.url}/`, { timeoutMs: 2000 })).toMatchObject({
        status: 302,
        code: 'EREDIRECT',
        error: 'status 302 redirects to file:///etc/passwd: only http and https redirects are followed',
      });
    } finally {
      await server.close();
    }
  });

  it('never shows the password of the URL it reports', async () => {
    const server = await startHttpServer((_, response) => response.end('ok'));
    try {
      const result = await probeHttp(`http://u:pw-secret@127.0.0.1:${server.port}/`, { timeoutMs: 2000 });
      expect(result.url).toBe(`http://u:***@127.0.0.1:${server.port}/`);
    } finally {
      await server.close();
    }
  });
});
