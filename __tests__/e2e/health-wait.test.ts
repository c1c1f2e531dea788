// The committed bundle, run as the Actions runner runs it (Node 24, INPUT_*, file commands).

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { RunStepOptions } from '../../cli/runner.js';
import { formatDuration } from '../../shared/duration.js';
import { freePort, startHttpServer, startSilentServer } from '../support/http-server.js';
import { expectOneLineFailure, runStep } from '../support/step.js';

const ACTION = 'health-wait';
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'tls');
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const run = (inputs: Record<string, string>, extra: Partial<RunStepOptions> = {}) =>
  runStep({ action: ACTION, inputs, timeoutMs: 30_000, ...extra });

describe('health-wait bundle', () => {
  it('waits for a service that comes up late and sets every output', async () => {
    const port = await freePort();
    const refused = `http://localhost:${port}/health: ECONNREFUSED 127.0.0.1:${port}`;
    // The service comes up once the step has logged the refusal, however slowly the bundle started.
    let stdout = '';
    let started: Promise<void> | undefined;
    const step = await run(
      {
        url: `http://localhost:${port}/health\ntcp://127.0.0.1:${port}`,
        timeout: '20s',
        'expect-json': 'status=ok',
      },
      {
        onStdout: (chunk) => {
          stdout += chunk;
          if (started || !stdout.includes(refused)) return;
          started = startHttpServer((_, response) => response.end('{"status":"ok"}'), '127.0.0.1', port).then(
            (server) => void cleanups.push(server.close),
          );
        },
      },
    );
    await started;
    expect(step.exitCode).toBe(0);
    expect(step.outputs.ready).toBe('true');
    expect(step.outputs.status).toBe('200');
    expect(Number(step.outputs['elapsed-ms'])).toBeGreaterThan(0);
    expect(step.log).toContain(refused);
    expect(Number(step.outputs.attempts)).toBeGreaterThan(2);
    const results = JSON.parse(step.outputs.results!);
    expect(results).toEqual([
      expect.objectContaining({
        url: `http://localhost:${port}/health`,
        ready: true,
        status: 200,
        requests: 1,
        error: null,
      }),
      expect.objectContaining({ url: `tcp://127.0.0.1:${port}`, ready: true, status: null }),
    ]);
    expect(step.log).toContain(`✔ http://localhost:${port}/health ready: status 200`);
    expect(step.summary).toContain('<table>');
    expect(step.summary).toContain('✅ ready');
  });

  it('fails at the timeout with one line naming each target and its last error', async () => {
    const port = await freePort();
    const step = await run({ url: `http://127.0.0.1:${port}/`, timeout: '1s' });
    const errors = step.commands.filter((command) => command.command === 'error');
    expect(errors).toHaveLength(1);
    const [result] = JSON.parse(step.outputs.results!);
    expect(result).toMatchObject({ ready: false, error: `ECONNREFUSED 127.0.0.1:${port}` });
    // It gave up at the timeout, not before; how long past it depends on the machine's load.
    expect(result.elapsedMs).toBeGreaterThanOrEqual(1000);
    expect(result.attempts).toBeGreaterThan(1);
    // The line names the timeout, the target, its last error, and the attempts and time it took.
    expect(errors[0]!.message).toBe(
      `health-wait: target not up after 1s: http://127.0.0.1:${port}/: ECONNREFUSED 127.0.0.1:${port} ` +
        `(${result.attempts} attempts, ${formatDuration(result.elapsedMs)})`,
    );
    expect(step.exitCode).toBe(1);
    expect(step.outputs.ready).toBe('false');
    expect(step.summary).toContain('❌ not ready');
  });

  it('reports the last status and body mismatch', async () => {
    const server = await startHttpServer((_, response, count) => {
      response.statusCode = count % 2 ? 503 : 200;
      response.end('starting');
    });
    cleanups.push(server.close);
    // Two checks (a 503, then a 200 with the wrong body) must fit in the timeout on a loaded machine.
    const step = await run({ url: server.url, timeout: '3s', 'expect-body': 'ready' });
    expect(step.exitCode).toBe(1);
    expect(step.log).toContain('status 503 (expected 200-299)');
    expect(step.log).toContain('body did not match /ready/: starting');
  });

  it('ends at the timeout, not the request timeout, when the server accepts and never answers', async () => {
    const silent = await startSilentServer();
    cleanups.push(silent.close);
    const step = await run({
      url: `http://localhost:${silent.port}/`,
      timeout: '1s',
      'request-timeout': '30s',
    });
    expect(step.exitCode).toBe(1);
    // The request got only what was left of the 1 s timeout, not its own 30 s.
    const budget = Number(/no response within (\d+)ms/.exec(JSON.parse(step.outputs.results!)[0].error)?.[1]);
    expect(budget).toBeGreaterThan(0);
    expect(budget).toBeLessThanOrEqual(1000);
    expect(step.commands.find((command) => command.command === 'error')!.message).toContain(
      `no response within ${budget}ms`,
    );
    expect(step.durationMs).toBeLessThan(30_000);
  });

  it('finds an IPv6-only service through localhost', async () => {
    const server = await startHttpServer((_, response) => response.end(), '::1');
    cleanups.push(server.close);
    const step = await run({
      url: `http://localhost:${server.port}/\nhttp://[::1]:${server.port}/`,
      timeout: '5s',
    });
    expect(step.exitCode).toBe(0);
  });

  it('waits for unix sockets and files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hw-e2e-'));
    const socket = join(dir, 'app.sock');
    const flag = join(dir, 'ready');
    setTimeout(() => {
      const server = createNetServer((connection) => connection.end()).listen(socket);
      cleanups.push(() => void server.close());
      writeFileSync(flag, 'x');
    }, 300);
    const step = await run({ url: `unix://${socket}\nfile://${flag}`, timeout: '5s' });
    expect(step.exitCode).toBe(0);
    expect(step.outputs.status).toBe('');
  });

  it('with wait-for down succeeds once nothing listens', async () => {
    const port = await freePort();
    const step = await run({ url: `http://127.0.0.1:${port}/`, 'wait-for': 'down', timeout: '5s' });
    expect(step.exitCode).toBe(0);
    expect(step.outputs.ready).toBe('true');
  });

  describe('TLS', () => {
    async function startTls(): Promise<number> {
      const tls = {
        cert: readFileSync(join(fixtures, 'localhost.crt')),
        key: readFileSync(join(fixtures, 'localhost.key')),
      };
      const server = createHttpsServer(tls, (_, response) => response.end('ok'));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      cleanups.push(() => void server.close());
      return (server.address() as { port: number }).port;
    }

    it('refuses a self-signed certificate by default and says how to trust it', async () => {
      const port = await startTls();
      const step = await run({ url: `https://localhost:${port}/`, timeout: '3s' });
      expect(step.exitCode).toBe(1);
      expect(step.log).toContain(
        'TLS: self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT); trust it with ca-cert',
      );
    });

    it('accepts it with ca-cert (file path) or insecure', async () => {
      const port = await startTls();
      const withCa = await run({
        url: `https://localhost:${port}/`,
        timeout: '5s',
        'ca-cert': join(fixtures, 'localhost.crt'),
      });
      expect(withCa.exitCode).toBe(0);
      const insecure = await run({ url: `https://localhost:${port}/`, timeout: '5s', insecure: 'true' });
      expect(insecure.exitCode).toBe(0);
      expect(
        insecure.commands.some(
          (command) => command.command === 'warning' && command.message.includes('not verified'),
        ),
      ).toBe(true);
    });
  });

  it('masks credential headers: the token never reaches the log', async () => {
    const token = 'tok_3f9a8b7c6d5e4f3a';
    let seen = '';
    const server = await startHttpServer((request, response) => {
      seen = request.headers.authorization ?? '';
      response.statusCode = 401;
      response.end(`bad token ${token}`);
    });
    cleanups.push(server.close);
    const step = await run({
      url: server.url,
      headers: `Authorization: Bearer ${token}\nX-Api-Key: key-${token}`,
      timeout: '3s',
      'expect-body': 'never',
    });
    expect(seen).toBe(`Bearer ${token}`);
    expect(step.log).not.toContain(token);
    const rawLines = step.stdout.split('\n').filter((line) => line.includes(token));
    expect(rawLines.every((line) => line.startsWith('::add-mask::'))).toBe(true);
  });

  it('stops on SIGINT long before the timeout and says it was cancelled', async () => {
    const port = await freePort();
    let sentAt = 0;
    let pid = 0;
    let stdout = '';
    // SIGINT once the step is waiting (it has logged the refusal), however slowly the bundle started.
    const step = await run(
      { url: `http://127.0.0.1:${port}/`, timeout: '60s' },
      {
        onSpawn: (spawned) => {
          pid = spawned;
        },
        onStdout: (chunk) => {
          stdout += chunk;
          if (sentAt || !stdout.includes(`ECONNREFUSED 127.0.0.1:${port}`)) return;
          sentAt = Date.now();
          process.kill(pid, 'SIGINT');
        },
      },
    );
    const stoppedAfter = Date.now() - sentAt;
    expect(sentAt).toBeGreaterThan(0);
    expect(step.exitCode).toBe(1);
    // The signal, not the 60 s timeout, ended it.
    expect(stoppedAfter).toBeLessThan(30_000);
    expect(step.commands.find((command) => command.command === 'error')!.message).toBe(
      'health-wait: cancelled (SIGINT)',
    );
  });

  it.each([
    [{ url: 'ftp://host/x' }, "input 'url' has unsupported scheme 'ftp:'"],
    [
      { url: 'localhost:8080' },
      "input 'url' needs a scheme: 'localhost:8080' (did you mean http://localhost:8080 or tcp://localhost:8080?)",
    ],
    [
      { url: 'http://x', timeout: 'abc' },
      "health-wait: input 'timeout' must be a duration like 30s or 5m, got 'abc'",
    ],
    [
      { url: 'http://x', 'expect-status': '2000' },
      "input 'expect-status' must be HTTP statuses or ranges like 200-299,304, got '2000'",
    ],
    [{ url: 'http://x', 'expect-body': '([' }, "input 'expect-body' must be a valid regular expression"],
    [{ url: 'http://x', 'expect-json': 'just text' }, "input 'expect-json' must have lines like"],
    [
      { url: 'http://x', 'ca-cert': '/nonexistent.pem' },
      "input 'ca-cert' must be PEM text or the path of a PEM file",
    ],
    [{ url: '' }, "input 'url' is required"],
  ])('bad input %j → one line', async (inputs, message) => {
    const step = await run(inputs);
    expectOneLineFailure(step, ACTION, message);
  });
});
