// Issue #10 item 17: SIGINT must end the whole command an action started (its hooks, its own children)
// and the action within 2 s. Commands run in a process group of their own, and the group is signalled.

import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from '@jest/globals';
import type { RunStepOptions } from '../../cli/runner.js';
import { runStep } from '../support/step.js';
import { TestRepos } from '../unit/semver-tag/git-fixture.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether the process still runs (a zombie waiting for its parent to reap it does not). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) [ZX]/s.test(stat);
  } catch {
    return false;
  }
}

/**
 * Runs a step, sends SIGINT once `pidFile` names the process the command started, and returns how long
 * the step took to end after it, and that process.
 */
async function interrupt(options: RunStepOptions, pidFile: string) {
  let stepPid = 0;
  const pending = runStep({ ...options, timeoutMs: 30_000, post: false, onSpawn: (pid) => (stepPid = pid) });
  for (let i = 0; i < 300 && !existsSync(pidFile); i++) await sleep(50);
  expect(existsSync(pidFile)).toBe(true);
  await sleep(100);
  const grandchild = Number(readFileSync(pidFile, 'utf8').trim());
  const sent = performance.now();
  process.kill(stepPid, 'SIGINT');
  const step = await pending;
  const endedAfterMs = performance.now() - sent;
  // A killed process takes a moment to be reaped, longer on a loaded machine: wait for that, bounded.
  for (let i = 0; i < 100 && alive(grandchild); i++) await sleep(50);
  const grandchildAlive = alive(grandchild);
  if (grandchildAlive) process.kill(grandchild, 'SIGKILL');
  return { step, endedAfterMs, grandchildAlive };
}

describe('SIGINT ends every command an action started, within 2 s', () => {
  test('semver-tag: a git push waiting on a slow pre-push hook', async () => {
    const repos = new TestRepos();
    cleanups.push(() => repos.cleanup());
    repos.work.commit('feat: first');
    repos.work.push();
    const pidFile = join(repos.root, 'hook.pid');
    const hook = join(repos.work.dir, '.git', 'hooks', 'pre-push');
    writeFileSync(hook, `#!/bin/sh\necho $$ > '${pidFile}'\nsleep 30\n`);
    chmodSync(hook, 0o755);
    const { step, endedAfterMs, grandchildAlive } = await interrupt(
      { action: 'semver-tag', cwd: repos.work.dir },
      pidFile,
    );
    expect(step.exitCode).toBe(1);
    expect(step.log).toContain('received SIGINT');
    expect(endedAfterMs).toBeLessThan(2000);
    expect(grandchildAlive).toBe(false);
    expect(repos.remoteTags()).toEqual({});
  });

  test("lockfile-check: a native tool's own children end with it", async () => {
    const root = mkdtempSync(join(tmpdir(), 'sec-cancel-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    const bin = join(root, 'bin');
    const work = join(root, 'work');
    cpSync(join(import.meta.dirname, '..', 'fixtures', 'lockfile-check', 'npm-v3'), work, {
      recursive: true,
    });
    const pidFile = join(root, 'child.pid');
    mkdirSync(bin);
    writeFileSync(join(bin, 'npm'), `#!/bin/sh\nsleep 30 &\necho $! > '${pidFile}'\nwait\n`);
    chmodSync(join(bin, 'npm'), 0o755);
    const { step, endedAfterMs, grandchildAlive } = await interrupt(
      {
        action: 'lockfile-check',
        cwd: work,
        inputs: { native: 'always' },
        env: { PATH: `${bin}:${process.env.PATH}` },
      },
      pidFile,
    );
    expect(step.exitCode).toBe(1);
    expect(step.log).toContain('received SIGINT');
    expect(endedAfterMs).toBeLessThan(2000);
    expect(grandchildAlive).toBe(false);
  });
});
