// The committed bundle against the real Docker engine, with images built FROM scratch around busybox.

import { randomBytes } from 'node:crypto';
import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import type { RunStepOptions } from '../../cli/runner.js';
import { BUSYBOX, buildBusyboxImage, docker, removeRunContainers, runContainers } from '../support/docker.js';
import { describeWithService, dockerUnavailable } from '../support/services.js';
import { expectOneLineFailure, runStep } from '../support/step.js';

// Each test runs the bundle afresh against the shared engine; the engine's own reporting is what flakes under
// load (an OOM kill seen once as a plain exit 137), so a failure is retried, logged, and must then pass whole.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

const ACTION = 'docker-smoke-test';
// Tags of this run only: another run of this file on the same engine removes its own when it ends.
const TAG = `test-${randomBytes(4).toString('hex')}`;
const WEB = `ci-kit-dst-web:${TAG}`;
const PLAIN = `ci-kit-dst-plain:${TAG}`;
const RUN_ID = `dst-e2e-${process.pid}`;
const RUN_LABEL = `ci-kit.docker-smoke-test.run=${RUN_ID}`;

const run = (inputs: Record<string, string>, extra: Partial<RunStepOptions> = {}) =>
  runStep({ action: ACTION, inputs, env: { GITHUB_RUN_ID: RUN_ID }, timeoutMs: 60_000, ...extra });

// Our own label value, so other suites' removeTestContainers() (label ci-kit.test=1) never removes a
// container in the middle of one of these tests, and ours never touches theirs.
const OWN_LABEL = 'LABEL ci-kit.test=docker-smoke-test';

const leftoverContainers = () => runContainers(RUN_ID);

/** Waits (bounded) until the step under test has its container, then checks it is the only one. */
async function containerStarted(): Promise<void> {
  for (let i = 0; i < 300 && leftoverContainers().length === 0; i++)
    await new Promise((r) => setTimeout(r, 100));
  expect(leftoverContainers()).toHaveLength(1);
}

const removeOurContainers = () => removeRunContainers(RUN_ID);

const errorLine = (step: Awaited<ReturnType<typeof run>>) =>
  step.commands.find((command) => command.command === 'error')?.message ?? '';

describeWithService('docker-smoke-test bundle', dockerUnavailable(), () => {
  beforeAll(() => {
    // A web server that answers after a short start-up, with a HEALTHCHECK that probes it.
    buildBusyboxImage(
      WEB,
      [
        OWN_LABEL,
        'HEALTHCHECK --interval=1s --timeout=2s --retries=2 CMD wget -q -O /dev/null http://127.0.0.1:8080/ || exit 1',
        'CMD ["sh", "-c", "mkdir -p /www && echo ok > /www/index.html && sleep 0.5 && echo listening on 8080 && exec httpd -f -p 8080 -h /www"]',
      ].join('\n'),
    );
    buildBusyboxImage(PLAIN, `${OWN_LABEL}\nCMD ["sleep", "60"]`);
  }, 120_000);

  afterAll(() => {
    removeOurContainers();
    docker(['rmi', '-f', WEB, PLAIN]);
  });

  it('waits for the image HEALTHCHECK and sets every output', async () => {
    const step = await run({ image: WEB, ports: '8080' });
    expect(step.exitCode).toBe(0);
    expect(step.log).toContain('✔ healthy: HEALTHCHECK');
    expect(step.outputs['image-id']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(step.outputs['container-id']).toMatch(/^[0-9a-f]{64}$/);
    const ports = JSON.parse(step.outputs.ports!);
    expect(ports['8080']).toBeGreaterThan(0);
    expect(Number(step.outputs['ready-ms'])).toBeGreaterThanOrEqual(400);
    expect(step.outputs.logs).toContain('listening on 8080');
    expect(step.summary).toContain('✅ passed');
    expect(step.summary).toContain(WEB);
    expect(leftoverContainers()).toEqual([]);
  });

  it('waits for an http answer on a published port, then runs exec checks', async () => {
    const step = await run({
      image: WEB,
      'wait-for': 'http:8080/index.html',
      'expect-body': 'ok',
      exec: 'test -f /www/index.html\nsh -c "wget -q -O - http://127.0.0.1:8080/ | grep ok"',
      'expect-logs': 'listening on \\d+',
    });
    expect(step.exitCode).toBe(0);
    expect(step.log).toMatch(/✔ http:8080\/index.html: http:\/\/127\.0\.0\.1:\d+\/index.html: status 200/);
    expect(step.summary).toContain('exec test -f /www/index.html');
    expect(step.summary).not.toContain('❌');
  });

  it('fails an exec check that exits non-zero', async () => {
    const step = await run({ image: PLAIN, 'wait-for': 'running', 'stable-for': '100ms', exec: 'ls /nope' });
    expect(step.exitCode).toBe(1);
    expect(errorLine(step)).toMatch(/^docker-smoke-test: exec ls \/nope failed: exit 1/);
    expect(leftoverContainers()).toEqual([]);
  });

  it('waits for a log line and a tcp port, env values masked', async () => {
    const step = await run({
      image: WEB,
      'wait-for': 'log:listening on 8080\ntcp:8080',
      env: 'SECRET_TOKEN=hunter2-value',
      exec: 'sh -c "echo token=$SECRET_TOKEN"',
    });
    expect(step.exitCode).toBe(0);
    expect(step.log).toContain('✔ log:listening on 8080: log: listening on 8080');
    expect(step.log).toMatch(/✔ tcp:8080: accepting connections/);
    expect(step.log).toContain('token=***');
    expect(step.log).not.toContain('hunter2-value');
  });

  it('passes a one-shot container with the expected exit code, fails a wrong one', async () => {
    const ok = await run({ image: PLAIN, command: 'sh -c "echo done; exit 0"', 'wait-for': 'exit' });
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs['exit-code']).toBe('0');
    expect(ok.outputs.logs).toBe('done');

    const wrong = await run({
      image: PLAIN,
      command: 'sh -c "echo partial; exit 2"',
      'wait-for': 'exit',
      'expect-exit-code': '0',
    });
    expect(wrong.exitCode).toBe(1);
    expect(errorLine(wrong)).toMatch(/container exited with code 2 after .*, expected exit code 0$/);
    expect(wrong.outputs['exit-code']).toBe('2');
    expect(leftoverContainers()).toEqual([]);
  });

  it('fails fast when the container crashes on start, showing its state and logs', async () => {
    const step = await run({
      image: PLAIN,
      command: 'sh -c "echo starting; echo FATAL: no config >&2; exit 3"',
      'wait-for': 'running',
      timeout: '30s',
    });
    expect(step.exitCode).toBe(1);
    expect(errorLine(step)).toMatch(
      /^docker-smoke-test: container exited with code 3 after \d+ms, before it was ready$/,
    );
    expect(step.durationMs).toBeLessThan(15_000);
    expect(step.log).toContain('::group::docker inspect');
    expect(step.log).toContain('OOMKilled: false');
    expect(step.log).toContain('FATAL: no config');
    expect(step.summary).toContain('❌ failed');
    expect(leftoverContainers()).toEqual([]);
  });

  it('fails fast when the container is OOM-killed', async () => {
    const step = await run({
      image: PLAIN,
      command: 'sh -c "echo allocating; exec dd if=/dev/zero of=/dev/null bs=64M count=1"',
      options: '--memory=8m\n--memory-swap=8m',
      timeout: '30s',
    });
    expect(step.exitCode).toBe(1);
    expect(errorLine(step)).toMatch(
      /container exited with code 137 \(OOMKilled\) after \d+ms, before it was ready$/,
    );
    expect(step.log).toContain('OOMKilled: true');
  });

  it('fails fast on an unhealthy HEALTHCHECK with the probe output', async () => {
    const step = await run({
      image: PLAIN,
      'wait-for': 'healthy',
      options: '--health-cmd "echo db down; exit 1"\n--health-interval=300ms\n--health-retries=1',
      timeout: '30s',
    });
    expect(step.exitCode).toBe(1);
    expect(errorLine(step)).toMatch(/HEALTHCHECK reports unhealthy: exit 1, db down$/);
    expect(step.durationMs).toBeLessThan(15_000);
  });

  it('fails when reject-logs appears in the logs', async () => {
    const step = await run({
      image: PLAIN,
      command: 'sh -c "echo ready; echo panic: nil map >&2; exec sleep 60"',
      'wait-for': 'log:ready',
      'reject-logs': 'Traceback|FATAL|panic:',
    });
    expect(step.exitCode).toBe(1);
    expect(errorLine(step)).toContain('reject-logs /Traceback|FATAL|panic:/: found: panic: nil map');
  });

  it('times out with the pending check and its last error, and the last http answer', async () => {
    const step = await run({
      image: WEB,
      'wait-for': 'http:8080/missing',
      timeout: '2s',
      cleanup: 'on-success',
    });
    expect(step.exitCode).toBe(1);
    expect(errorLine(step)).toMatch(
      /not ready after 2s: http:8080\/missing: http:\/\/127.0.0.1:\d+\/missing: status 404/,
    );
    expect(step.log).toContain('::group::Last HTTP response');
    // cleanup: on-success keeps the failed container for debugging, and the post step leaves it too.
    expect(leftoverContainers()).toHaveLength(1);
    removeOurContainers();
  });

  it('builds from a context with build-args and a target, then removes the image', async () => {
    const context = mkdtempSync(join(tmpdir(), 'ci-kit-dst-context-'));
    try {
      cpSync(join(import.meta.dirname, '..', 'fixtures', 'docker-smoke-test', 'context'), context, {
        recursive: true,
      });
      copyFileSync(BUSYBOX, join(context, 'busybox'));
      const step = await run({
        context,
        'build-args': 'GREETING=bonjour',
        target: 'app',
        'wait-for': 'log:from the build',
        'expect-logs': '^bonjour from the build$',
        'remove-image': 'true',
      });
      expect(step.exitCode).toBe(0);
      const built = /Built sha256:[0-9a-f]+ as (ci-kit-smoke:\S+)/.exec(step.log);
      expect(built).not.toBeNull();
      expect(docker(['images', '-q', '--filter', `label=${RUN_LABEL}`])).toBe('');
      // This build's tag only: other tests sharing the engine build ci-kit-smoke images of their own meanwhile.
      expect(docker(['images', '-q', '--filter', `reference=${built![1]}`])).toBe('');
    } finally {
      rmSync(context, { recursive: true, force: true });
    }
  });

  it('removes the container when cancelled mid-wait (SIGINT)', async () => {
    let pid = 0;
    const pending = run(
      { image: PLAIN, 'wait-for': 'log:never printed', timeout: '60s', cleanup: 'on-success' },
      { onSpawn: (spawned) => (pid = spawned), post: false },
    );
    await containerStarted();
    process.kill(pid, 'SIGINT');
    const step = await pending;
    expect(step.exitCode).toBe(1);
    expect(errorLine(step)).toContain('cancelled (SIGINT)');
    expect(leftoverContainers()).toEqual([]);
  });

  it('removes, in the post step, the container of a main step that was killed outright', async () => {
    let pid = 0;
    const pending = run(
      { image: PLAIN, 'wait-for': 'log:never printed', timeout: '60s' },
      { onSpawn: (spawned) => (pid = spawned) },
    );
    // Killed once its container exists, however long the engine took to start it.
    await containerStarted();
    process.kill(pid, 'SIGKILL');
    const step = await pending;
    expect(step.signal).toBe('SIGKILL');
    expect(step.state.container).toMatch(/^ci-kit-smoke-dst-e2e-/);
    expect(step.post?.log).toContain(`Removed container ${step.state.container}`);
    expect(leftoverContainers()).toEqual([]);
  });

  it('rejects bad input with one line naming the input', async () => {
    expectOneLineFailure(
      await run({ image: PLAIN, 'wait-for': 'ready' }),
      ACTION,
      "input 'wait-for' must be one of",
    );
    expectOneLineFailure(
      await run({ image: PLAIN, options: '--rm' }),
      ACTION,
      "input 'options' must not set --rm",
    );
  });

  it('leaves no containers behind after the whole suite', () => {
    expect(leftoverContainers()).toEqual([]);
  });
});
