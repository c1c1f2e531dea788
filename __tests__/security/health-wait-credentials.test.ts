// Issue #10 items 3, 4, 6, 8, 15 and 19 (health-wait): credentials never leave the origin, never print,
// and bad input is one line that never quotes a secret. Run through the bundle.

import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from '@jest/globals';
import type { StepResult } from '../../cli/runner.js';
import { startHttpServer } from '../support/http-server.js';
import { expectOneLineFailure, runStep } from '../support/step.js';

const ACTION = 'health-wait';
const tls = join(import.meta.dirname, '..', 'fixtures', 'tls');
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const run = (inputs: Record<string, string>) => runStep({ action: ACTION, inputs, timeoutMs: 30_000 });

/** What anyone sees: the job log (masked by the runner), stderr, the summary and the outputs. */
function everythingShown(step: StepResult): string {
  return [step.log, step.stderr, step.summary, ...Object.values(step.outputs)].join('\n');
}

/** What the step wrote before any masking, mask commands left out. */
function rawStdout(step: StepResult): string {
  return step.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

/** A server that records the headers of every request and answers 200. */
async function recorder() {
  const seen: IncomingHttpHeaders[] = [];
  const server = await startHttpServer((request, response) => {
    seen.push(request.headers);
    response.end('ok');
  });
  cleanups.push(server.close);
  return { server, seen };
}

async function redirector(to: string, status = 302) {
  const seen: IncomingHttpHeaders[] = [];
  const server = await startHttpServer((request, response) => {
    seen.push(request.headers);
    response.writeHead(status, { location: to }).end();
  });
  cleanups.push(server.close);
  return { server, seen };
}

const CREDENTIALS = [
  'Authorization: Bearer s3cr3t-bearer-value',
  'Cookie: session=c00kie-value',
  'Proxy-Authorization: Basic cHJveHk6cGFzcw==',
  'X-Deploy-Check: marked-secret-value',
  'X-Trace: harmless',
].join('\n');

describe('health-wait: credential headers and redirects (item 3)', () => {
  test('a redirect to another port drops every credential header and the result says it left the origin', async () => {
    const target = await recorder();
    const origin = await redirector(`${target.server.url}/health`);
    const step = await run({
      url: `${origin.server.url}/`,
      headers: CREDENTIALS,
      'secret-headers': 'X-Deploy-Check',
      timeout: '10s',
    });
    expect(step.exitCode).toBe(0);
    expect(origin.seen[0]).toMatchObject({
      authorization: 'Bearer s3cr3t-bearer-value',
      cookie: 'session=c00kie-value',
      'x-deploy-check': 'marked-secret-value',
    });
    expect(target.seen.length).toBeGreaterThan(0);
    for (const headers of target.seen) {
      expect(headers.authorization).toBeUndefined();
      expect(headers.cookie).toBeUndefined();
      expect(headers['proxy-authorization']).toBeUndefined();
      expect(headers['x-deploy-check']).toBeUndefined();
      expect(headers['x-trace']).toBe('harmless');
    }
    expect(JSON.parse(step.outputs.results!)[0]).toMatchObject({ leftOrigin: target.server.url });
    expect(step.log).toContain(`redirected to ${target.server.url}`);
    const warnings = step.commands.filter((command) => command.command === 'warning');
    expect(warnings.map((warning) => warning.message).join('\n')).toContain('another origin');
    expect(everythingShown(step)).not.toContain('marked-secret-value');
  });

  test('https to http is a downgrade: the credentials stay behind', async () => {
    const target = await recorder();
    const server = createHttpsServer(
      { cert: readFileSync(join(tls, 'localhost.crt')), key: readFileSync(join(tls, 'localhost.key')) },
      (_, response) => response.writeHead(301, { location: `${target.server.url}/` }).end(),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => server.close(resolve)));
    const port = (server.address() as { port: number }).port;
    const step = await run({
      url: `https://localhost:${port}/`,
      headers: 'Authorization: Bearer downgrade-secret',
      'ca-cert': join(tls, 'localhost.crt'),
      timeout: '10s',
    });
    expect(step.exitCode).toBe(0);
    expect(target.seen.length).toBeGreaterThan(0);
    expect(target.seen.every((headers) => headers.authorization === undefined)).toBe(true);
  });

  test('a redirect within the origin keeps the credentials', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const server = await startHttpServer((request, response) => {
      seen.push(request.headers);
      if (request.url === '/') response.writeHead(302, { location: '/ready' }).end();
      else response.end('ok');
    });
    cleanups.push(server.close);
    const step = await run({
      url: `${server.url}/`,
      headers: 'Authorization: Bearer same-origin',
      timeout: '10s',
    });
    expect(step.exitCode).toBe(0);
    expect(seen.at(-1)!.authorization).toBe('Bearer same-origin');
    expect(JSON.parse(step.outputs.results!)[0].leftOrigin).toBeUndefined();
  });
});

describe('health-wait: redirects to other schemes (item 15)', () => {
  test.each(['file:///etc/passwd', 'ftp://127.0.0.1/x'])(
    'a redirect to %s is a failed, explained attempt',
    async (to) => {
      const origin = await redirector(to);
      const step = await run({ url: `${origin.server.url}/`, timeout: '3s' });
      expectOneLineFailure(step, ACTION, 'only http and https redirects are followed');
      expect(everythingShown(step)).not.toContain('unexpected error');
    },
  );
});

describe('health-wait: URL credentials (item 4)', () => {
  test('the password of a url is masked in the log, error, outputs and summary', async () => {
    const server = await startHttpServer((_, response) => {
      response.statusCode = 503;
      response.end('down');
    });
    cleanups.push(server.close);
    const url = `http://deployer:Sup3rS3cret%40x@127.0.0.1:${server.port}/health`;
    const step = await run({ url, timeout: '3s' });
    expect(step.exitCode).toBe(1);
    const shown = everythingShown(step);
    expect(shown).not.toContain('Sup3rS3cret');
    expect(rawStdout(step)).not.toContain('Sup3rS3cret');
    expect(shown).toContain(`http://deployer:***@127.0.0.1:${server.port}/health`);
    expect(JSON.parse(step.outputs.results!)[0].url).toBe(
      `http://deployer:***@127.0.0.1:${server.port}/health`,
    );
    // Registered before any other line was written.
    const first = step.stdout.split('\n').findIndex((line) => line.includes('Sup3rS3cret'));
    expect(step.stdout.split('\n')[first]).toMatch(/^::add-mask::/);
  });

  test('a url with credentials that is not a valid target is reported without its password', async () => {
    const step = await run({ url: 'gopher://admin:hunter2hunter2@127.0.0.1:70/' });
    expectOneLineFailure(step, ACTION, "input 'url'");
    expect(everythingShown(step)).not.toContain('hunter2hunter2');
    expect(rawStdout(step)).not.toContain('hunter2hunter2');
  });
});

describe('health-wait: bad headers and certificates (items 6 and 19)', () => {
  test('a header value with a control character is one input error naming the line, not the value', async () => {
    const step = await run({
      url: 'http://127.0.0.1:1/',
      timeout: '1s',
      headers: 'Authorization: Bearer ctrl-secret-value\nX-Api-Key: abc\u0001def-key-value',
    });
    expectOneLineFailure(step, ACTION, "input 'headers' line 2");
    expect(everythingShown(step)).not.toContain('ctrl-secret-value');
    expect(rawStdout(step)).not.toContain('def-key-value');
  });

  test('a header line without a name never quotes the line', async () => {
    const step = await run({
      url: 'http://127.0.0.1:1/',
      timeout: '1s',
      headers: 'Bearer no-colon-secret-value',
    });
    expectOneLineFailure(step, ACTION, "input 'headers' line 1");
    expect(rawStdout(step)).not.toContain('no-colon-secret-value');
  });

  test('credential header values are masked before the headers are checked', async () => {
    const step = await run({
      url: 'http://127.0.0.1:1/',
      timeout: '1s',
      headers: 'Authorization: Bearer masked-first-value\nbad line',
    });
    expectOneLineFailure(step, ACTION, "input 'headers' line 2");
    expect(step.commands.some((command) => command.message === 'masked-first-value')).toBe(true);
  });

  test('a garbage ca-cert is rejected with one line', async () => {
    const step = await run({
      url: 'https://127.0.0.1:1/',
      timeout: '1s',
      'ca-cert': '-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----',
    });
    expectOneLineFailure(step, ACTION, "input 'ca-cert'");
  });

  test('a ca-cert holding no certificate is rejected', async () => {
    const step = await run({
      url: 'https://127.0.0.1:1/',
      timeout: '1s',
      'ca-cert': join(tls, 'localhost.key'),
    });
    expectOneLineFailure(step, ACTION, "input 'ca-cert' must hold PEM certificates");
  });
});

describe('one redaction for outputs and summary (item 8)', () => {
  test('a body echoing a credential header is redacted in the results output and the summary', async () => {
    const server = await startHttpServer((request, response) => {
      response.statusCode = 200;
      response.end(`you sent ${request.headers.authorization}`);
    });
    cleanups.push(server.close);
    const step = await run({
      url: `${server.url}/`,
      headers: 'Authorization: Bearer echoed-secret-token',
      'expect-body': '^ok$',
      timeout: '3s',
    });
    expect(step.exitCode).toBe(1);
    expect(step.outputs.results).toContain('***');
    expect(everythingShown(step)).not.toContain('echoed-secret-token');
  });
});
