// `cache: true` hashes the build context before anything is built. A context is whatever the repository
// holds: a file over 2 GiB (a model, a disk image) must not end the step with an unexpected error (a cache
// problem never fails a step), and hashing gigabytes must not keep a cancel from ending the step in 2 s.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { RunStepOptions } from '../../cli/runner.js';
import { runtimeToken } from '../support/results-service.js';
import { runStep } from '../support/step.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const cleanups: string[] = [];
afterEach(() => {
  for (const dir of cleanups.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A context with sparse files (no disk used) of the given sizes. */
function context(sizes: number[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-kit-sec-bigctx-'));
  cleanups.push(dir);
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY . /\n');
  sizes.forEach((size, index) => {
    const file = join(dir, `blob-${index}.bin`);
    writeFileSync(file, '');
    truncateSync(file, size);
  });
  return dir;
}

/**
 * The docker CLI pointed at a socket that does not exist: the build fails at once after the key, so the
 * test needs no engine and sends no gigabytes to one.
 */
function options(dir: string): RunStepOptions {
  const temp = mkdtempSync(join(tmpdir(), 'ci-kit-sec-bigctx-temp-'));
  cleanups.push(temp);
  return {
    action: 'docker-smoke-test',
    inputs: { context: dir, cache: 'true', 'wait-for': 'running', diagnostics: 'never' },
    env: {
      DOCKER_HOST: `unix://${join(temp, 'no-such.sock')}`,
      RUNNER_TEMP: temp,
      // As on a runner (the cache is used only there); the service refuses, so nothing is restored.
      ACTIONS_RUNTIME_TOKEN: runtimeToken('run', 'job'),
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/',
      GITHUB_SERVER_URL: 'https://github.com',
      CI_KIT_RESULTS_TIMEOUT: '5s',
    },
    timeoutMs: 120_000,
    post: false,
  };
}

describe('docker-smoke-test cache: true with a hostile build context', () => {
  it('hashes a file over 2 GiB instead of failing with an unexpected error', async () => {
    const step = await runStep(options(context([2 ** 31 + 1])));
    expect(step.log).not.toMatch(/unexpected error|2 GiB/);
    expect(step.log).toMatch(
      /Image cache key ci-kit-docker-smoke-test-image-v1-[0-9a-f]{64} \(\d+ context files, 2048\.0 MB\)/,
    );
    // What fails is the build, as it would without the cache.
    expect(step.exitCode).toBe(1);
    expect(step.log).toMatch(/docker build|docker/i);
  }, 120_000);

  it('ends within 2 s of SIGINT while it hashes gigabytes', async () => {
    let pid = 0;
    const pending = runStep({ ...options(context([2 ** 30, 2 ** 30, 2 ** 30])), onSpawn: (p) => (pid = p) });
    // The bundle starts in well under a second, then reads 3 GiB (many seconds here).
    await sleep(1500);
    const sent = performance.now();
    process.kill(pid, 'SIGINT');
    const step = await pending;
    const endedAfterMs = performance.now() - sent;
    expect(step.log).not.toMatch(/Image cache key/);
    expect(endedAfterMs).toBeLessThan(2000);
    expect(step.exitCode).not.toBe(0);
  }, 120_000);
});
