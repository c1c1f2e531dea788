// The polling loop against real loopback servers (in-process, no bundle).

import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { HttpSettings } from '../../../actions/health-wait/settings.js';
import { parseTarget, type Target } from '../../../actions/health-wait/targets.js';
import { retryDelayMs, type TargetEvent, waitForTargets } from '../../../actions/health-wait/wait.js';
import { parseJsonExpectation } from '../../../shared/probes/expect.js';
import { Deadline } from '../../../shared/retry.js';
import { parseStatusSet } from '../../../shared/status-ranges.js';
import { freePort, startHttpServer, startSilentServer } from '../../support/http-server.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const http = (overrides: Partial<HttpSettings> = {}): HttpSettings => ({
  method: 'GET',
  headers: [],
  secretHeaders: [],
  expectStatus: parseStatusSet('200-299')!,
  expectJson: [],
  followRedirects: true,
  insecure: false,
  ...overrides,
});

function target(url: string): Target {
  const parsed = parseTarget(url);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

function wait(
  urls: string[],
  options: {
    delayMs?: number;
    timeoutMs?: number;
    waitFor?: 'up' | 'down';
    http?: HttpSettings;
    consecutive?: number;
    requestTimeoutMs?: number;
    signal?: AbortSignal;
    onEvent?: (event: TargetEvent) => void;
  } = {},
) {
  const events: TargetEvent[] = [];
  const promise = waitForTargets({
    targets: urls.map(target),
    waitFor: options.waitFor ?? 'up',
    deadline: new Deadline(options.timeoutMs ?? 5000),
    intervalMs: 200,
    requestTimeoutMs: options.requestTimeoutMs ?? 1000,
    delayMs: options.delayMs ?? 0,
    consecutiveSuccesses: options.consecutive ?? 1,
    http: options.http ?? http(),
    signal: options.signal ?? new AbortController().signal,
    onEvent: (event) => {
      events.push(event);
      options.onEvent?.(event);
    },
  });
  return { promise, events };
}

describe('retryDelayMs', () => {
  it('retries at a steady pace for 5 s, then backs off up to interval', () => {
    const delays = Array.from({ length: 24 }, (_, index) => retryDelayMs(index + 1, 1000));
    expect(delays.slice(0, 20).every((delay) => delay === 250)).toBe(true);
    expect(delays.slice(19)).toEqual([250, 500, 1000, 1000, 1000]);
    expect(retryDelayMs(5, 100)).toBe(100);
  });
});

describe('waitForTargets', () => {
  it('detects a service that starts listening later with a single HTTP request', async () => {
    const port = await freePort();
    // "Later" is after the wait has seen the port refuse, whatever the machine's speed.
    let started: Promise<void> | undefined;
    const { promise, events } = wait([`http://localhost:${port}/health`], {
      onEvent: (event) => {
        if (event.ready || started) return;
        started = startHttpServer((_, response) => response.end('ok'), '127.0.0.1', port).then((server) => {
          cleanups.push(server.close);
        });
      },
    });
    const [result] = await promise;
    await started;
    expect(events[0]!.ready).toBe(false);
    expect(events[0]!.detail).toContain(`ECONNREFUSED 127.0.0.1:${port}`);
    expect(events.at(-1)).toMatchObject({ ready: true, detail: 'status 200' });
    expect(result).toMatchObject({ ready: true, status: 200, requests: 1 });
    // Retried after the refusal: one more connect check and one HTTP request once it listens.
    expect(result!.attempts).toBeGreaterThanOrEqual(events[0]!.attempts + 2);
  });

  it('waits through 503s without flooding the service', async () => {
    const server = await startHttpServer((_, response, count) => {
      response.statusCode = count < 4 ? 503 : 200;
      response.end();
    });
    cleanups.push(server.close);
    const [result] = await wait([`${server.url}/`]).promise;
    expect(result).toMatchObject({ ready: true, status: 200, requests: 4 });
  });

  it('checks the JSON body', async () => {
    const server = await startHttpServer((_, response, count) => {
      response.end(JSON.stringify({ version: count < 3 ? 'old' : 'new' }));
    });
    cleanups.push(server.close);
    const { promise, events } = wait([server.url], {
      http: http({ expectJson: [parseJsonExpectation('version=new')!] }),
    });
    expect((await promise)[0]).toMatchObject({ ready: true, requests: 3 });
    expect(events.map((event) => event.detail)).toContain('version was old, expected new');
  });

  it('needs consecutive successes in a row', async () => {
    const server = await startHttpServer((_, response, count) => {
      response.statusCode = count === 2 ? 500 : 200;
      response.end();
    });
    cleanups.push(server.close);
    const [result] = await wait([server.url], { consecutive: 2 }).promise;
    expect(result).toMatchObject({ ready: true, requests: 4 });
  });

  it('fails at the deadline with the last error when a server accepts and never answers', async () => {
    const silent = await startSilentServer();
    cleanups.push(silent.close);
    const [result] = await wait([`http://127.0.0.1:${silent.port}/`], {
      timeoutMs: 700,
      requestTimeoutMs: 30_000,
    }).promise;
    expect(result).toMatchObject({ ready: false });
    // The request was cut at the deadline, not left to run for its own 30 s timeout.
    const budget = Number(/^no response within (\d+)ms$/.exec(result!.error ?? '')?.[1]);
    expect(budget).toBeGreaterThan(0);
    expect(budget).toBeLessThanOrEqual(700);
  });

  it('waits for every target at once', async () => {
    const server = await startHttpServer((_, response) => response.end());
    cleanups.push(server.close);
    const dir = mkdtempSync(join(tmpdir(), 'hw-'));
    const flag = join(dir, 'ready');
    setTimeout(() => writeFileSync(flag, ''), 200);
    const results = await wait([server.url, `tcp://127.0.0.1:${server.port}`, `file://${flag}`]).promise;
    expect(results.map((result) => result.ready)).toEqual([true, true, true]);
  });

  it('with wait-for down, waits until the service stops', async () => {
    const server = createServer((_, response) => response.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    setTimeout(() => {
      server.closeAllConnections();
      server.close();
    }, 300);
    const [result] = await wait([`http://127.0.0.1:${port}/`], { waitFor: 'down' }).promise;
    expect(result).toMatchObject({ ready: true });
    expect(result!.elapsedMs).toBeGreaterThanOrEqual(250);
  });

  it('with wait-for down, reports a target that stays up', async () => {
    const server = await startHttpServer((_, response) => response.end());
    cleanups.push(server.close);
    const [result] = await wait([server.url], { waitFor: 'down', timeoutMs: 300 }).promise;
    expect(result).toMatchObject({ ready: false, error: 'still up (status 200)' });
  });

  it('does not take a request cut short by the deadline as a verdict', async () => {
    // Answers the first request, then never again: every later request is cut short by the deadline
    // (the request timeout is far past it), whatever the machine's speed.
    const server = await startHttpServer((_, response, count) => {
      if (count === 1) response.end();
    });
    cleanups.push(server.close);
    const [down] = await wait([server.url], { waitFor: 'down', timeoutMs: 2000, requestTimeoutMs: 30_000 })
      .promise;
    expect(down).toMatchObject({ ready: false, error: 'still up (status 200)', requests: 2 });
    const [up] = await wait([server.url], { timeoutMs: 500, requestTimeoutMs: 30_000 }).promise;
    expect(up).toMatchObject({ ready: false });
    expect(up!.error).toMatch(/^no response within \d+ms$/);
  });

  it('waits for the delay before the first poll', async () => {
    let firstAt = 0;
    const server = await startHttpServer((_, response) => {
      firstAt ||= Date.now();
      response.end();
    });
    cleanups.push(server.close);
    const started = Date.now();
    const [result] = await wait([server.url], { delayMs: 300 }).promise;
    expect(result).toMatchObject({ ready: true, requests: 1 });
    expect(firstAt - started).toBeGreaterThanOrEqual(290);
  });

  it('stops promptly when cancelled', async () => {
    const controller = new AbortController();
    const port = await freePort();
    const { promise } = wait([`http://127.0.0.1:${port}/`], { signal: controller.signal, timeoutMs: 60_000 });
    const started = Date.now();
    setTimeout(() => controller.abort(new Error('cancelled (SIGINT)')), 100);
    await expect(promise).rejects.toThrow('cancelled (SIGINT)');
    // Well before the 60 s deadline: the cancel, not the deadline, ended the wait.
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
