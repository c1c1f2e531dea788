import { afterEach, describe, expect, it } from '@jest/globals';
import { parseWaitCheck, type WaitCheck } from '../../../actions/docker-smoke-test/checks.js';
import { endpoints } from '../../../actions/docker-smoke-test/endpoints.js';
import { type WaitOptions, waitForReady } from '../../../actions/docker-smoke-test/wait.js';
import { ContainerWatch } from '../../../actions/docker-smoke-test/watch.js';
import { Deadline } from '../../../shared/retry.js';
import { parseStatusSet } from '../../../shared/status-ranges.js';
import { startHttpServer } from '../../support/http-server.js';
import { FakeDocker } from './fake-docker.js';

const watches: ContainerWatch[] = [];
afterEach(async () => {
  for (const watch of watches.splice(0)) await watch.close();
});

function setup(lines: string[], overrides: Partial<WaitOptions> = {}) {
  const docker = new FakeDocker();
  const checks = lines.map((line) => parseWaitCheck(line) as WaitCheck);
  const logPatterns = checks.flatMap((check) => (check.kind === 'log' ? [check.pattern] : []));
  const watch = new ContainerWatch(docker, 'smoke', logPatterns);
  watches.push(watch);
  watch.followEvents(Date.now());
  watch.followLogs('abc');
  docker.emit('start', '1700000000000000000');
  const options: WaitOptions = {
    docker,
    watch,
    containerId: 'abc',
    checks,
    deadline: new Deadline(5000),
    startedAt: performance.now(),
    stableForMs: 2000,
    expectStatus: parseStatusSet('200-299')!,
    expectExitCode: 0,
    endpoints: endpoints(undefined, {}),
    signal: new AbortController().signal,
    ...overrides,
  };
  return { docker, watch, options };
}

describe('waitForReady', () => {
  it('fails at once when the container dies, with its exit code and run time', async () => {
    const { docker, options } = setup(['running']);
    const started = performance.now();
    const waiting = waitForReady(options);
    setTimeout(() => docker.emit('die', '1700000000250000000', { exitCode: '3' }), 50);
    const outcome = await waiting;
    expect(outcome).toMatchObject({
      ready: false,
      failure: 'container exited with code 3 after 250ms, before it was ready',
    });
    // Before the 5 s deadline: the die event ended the wait (with room for a loaded machine).
    expect(performance.now() - started).toBeLessThan(4000);
  });

  it("takes OOMKilled from the engine's state when the oom event comes after die", async () => {
    const { docker, options } = setup(['running']);
    docker.state = { Status: 'exited', Running: false, ExitCode: 137, OOMKilled: true };
    const waiting = waitForReady(options);
    setTimeout(() => docker.emit('die', '1700000000040000000', { exitCode: '137' }), 20);
    expect((await waiting).failure).toBe(
      'container exited with code 137 (OOMKilled) after 40ms, before it was ready',
    );

    const killed = setup(['exit']);
    killed.docker.state = { Status: 'exited', Running: false, ExitCode: 137, OOMKilled: false };
    setTimeout(() => killed.docker.emit('die', '1700000000040000000', { exitCode: '137' }), 20);
    expect((await waitForReady(killed.options)).failure).toBe(
      'container exited with code 137 after 40ms, expected exit code 0',
    );
  });

  it('passes a log check as soon as the line arrives', async () => {
    const { docker, options } = setup(['log:^ready on \\d+$']);
    const waiting = waitForReady(options);
    setTimeout(() => docker.log('booting\nready on 8080\n'), 30);
    const outcome = await waiting;
    expect(outcome.ready).toBe(true);
    expect(outcome.results[0]).toMatchObject({ passed: true, detail: 'log: ready on 8080' });
  });

  it('compares the exit code of a one-shot container', async () => {
    const ok = setup(['exit']);
    setTimeout(() => ok.docker.emit('die', '1700000000100000000', { exitCode: '0' }), 20);
    expect(await waitForReady(ok.options)).toMatchObject({ ready: true });

    const wrong = setup(['exit'], { expectExitCode: 0 });
    setTimeout(() => wrong.docker.emit('die', '1700000000100000000', { exitCode: '2' }), 20);
    expect((await waitForReady(wrong.options)).failure).toBe(
      'container exited with code 2 after 100ms, expected exit code 0',
    );
  });

  it('times out naming each pending check and its last state', async () => {
    const { options } = setup(['running', 'log:never'], { deadline: new Deadline(150), stableForMs: 60_000 });
    const outcome = await waitForReady(options);
    expect(outcome.failure).toBe(
      'not ready after 150ms: running: not up for stable-for (1m) yet; log:never: no log line matched /never/ yet',
    );
  });

  it('fails at once on an unhealthy HEALTHCHECK', async () => {
    const { docker, options } = setup(['healthy'], { healthcheck: { Test: ['CMD', 'false'] } });
    const waiting = waitForReady(options);
    setTimeout(() => docker.emit('health_status: unhealthy', '1700000000300000000'), 30);
    expect((await waiting).failure).toBe('HEALTHCHECK reports unhealthy');
    expect(docker.calls.some((call) => call[0] === 'exec' && call[2] === 'false')).toBe(true);
  });

  it('polls an http check until the expected status and keeps the last answer', async () => {
    const server = await startHttpServer((_, response, count) => {
      response.statusCode = count < 3 ? 503 : 200;
      response.end(count < 3 ? 'warming up' : 'ok');
    });
    try {
      const { options } = setup(['http:8080/health'], {
        endpoints: endpoints(undefined, { '8080': server.port }),
        expectBody: /ok/,
      });
      const outcome = await waitForReady(options);
      expect(outcome.ready).toBe(true);
      expect(outcome.results[0]!.detail).toBe(`http://127.0.0.1:${server.port}/health: status 200`);
      expect(outcome.lastHttp).toMatchObject({ status: 200, body: 'ok' });
      expect(server.requests).toBe(3);
    } finally {
      await server.close();
    }
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const { options } = setup(['running'], { signal: controller.signal });
    const waiting = waitForReady(options);
    setTimeout(() => controller.abort(), 20);
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
  });
});
