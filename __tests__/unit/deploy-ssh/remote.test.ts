// The remote scripts, run locally with the same `bash -euo pipefail -s` the servers use.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  cleanupScript,
  LOCKED_EXIT,
  linkSharedScript,
  lockScript,
  NO_PREVIOUS_EXIT,
  parseKeyValues,
  rollbackScript,
  SYMLINK_EXIT,
  switchScript,
  unlockScript,
} from '../../../actions/deploy-ssh/remote.js';

function bash(script: string) {
  const result = spawnSync('bash', ['-euo', 'pipefail', '-s'], { input: script, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function layout(releases: string[]): string {
  const target = join(mkdtempSync(join(tmpdir(), 'ci-kit-remote-')), "my app's");
  for (const release of releases) mkdirSync(join(target, 'releases', release), { recursive: true });
  return target;
}

describe('deploy-ssh remote scripts', () => {
  it('takes the lock once, reports who holds it, and only the owner releases it', () => {
    const target = layout([]);
    const first = bash(lockScript(target, 'run 1', 1000));
    expect(first.status).toBe(0);
    expect(parseKeyValues(first.stdout)).toEqual({ current: '' });
    expect(readFileSync(join(target, '.ci-kit', 'lock', 'owner'), 'utf8')).toBe('run 1\n');
    const second = bash(lockScript(target, 'run 2', 1000));
    expect(second.status).toBe(LOCKED_EXIT);
    expect(second.stdout.trim()).toBe('run 1');
    expect(second.stderr).toContain('waiting for the deploy lock held by run 1');
    bash(unlockScript(target, 'run 2'));
    expect(existsSync(join(target, '.ci-kit', 'lock'))).toBe(true);
    bash(unlockScript(target, 'run 1'));
    expect(existsSync(join(target, '.ci-kit', 'lock'))).toBe(false);
  });

  it('takes over a lock older than one hour', () => {
    const target = layout([]);
    bash(lockScript(target, 'crashed run', 1000));
    const old = new Date(Date.now() - 61 * 60 * 1000);
    utimesSync(join(target, '.ci-kit', 'lock'), old, old);
    const result = bash(lockScript(target, 'run 2', 1000));
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('removing a stale deploy lock (older than 1h) held by crashed run');
    expect(readFileSync(join(target, '.ci-kit', 'lock', 'owner'), 'utf8')).toBe('run 2\n');
  });

  it('switches current atomically, and removes it for a first release', () => {
    const target = layout(['r1', 'r2']);
    expect(bash(switchScript(target, 'r1')).status).toBe(0);
    expect(readlinkSync(join(target, 'current'))).toBe('releases/r1');
    bash(switchScript(target, 'r2'));
    expect(readlinkSync(join(target, 'current'))).toBe('releases/r2');
    const locked = bash(lockScript(target, 'run 3', 1000));
    expect(parseKeyValues(locked.stdout)).toEqual({ current: 'r2' });
    expect(readdirSync(target).filter((name) => name.startsWith('.current'))).toEqual([]);
    expect(bash(switchScript(target, 'missing')).status).not.toBe(0);
    bash(switchScript(target, ''));
    expect(existsSync(join(target, 'current'))).toBe(false);
  });

  it('keeps the newest releases and never removes current or previous', () => {
    const target = layout(['r1', 'r2', 'r3', 'r4', 'r5']);
    const removed = bash(cleanupScript(target, 2, 'r5', 'r1'))
      .stdout.trim()
      .split('\n');
    expect(removed.sort()).toEqual(['r2', 'r3']);
    expect(readdirSync(join(target, 'releases')).sort()).toEqual(['r1', 'r4', 'r5']);
  });

  it('rolls back to the release before current, and refuses when there is none', () => {
    const target = layout(['r1', 'r2', 'r3']);
    bash(switchScript(target, 'r2'));
    expect(parseKeyValues(bash(rollbackScript(target)).stdout)).toEqual({ from: 'r2', to: 'r1' });
    const none = bash(rollbackScript(target));
    expect(none.status).toBe(NO_PREVIOUS_EXIT);
    expect(none.stderr).toContain('no release older than r1');
  });

  it('links shared paths, seeding shared/ from the first release', () => {
    const target = layout(['r1', 'r2']);
    mkdirSync(join(target, 'releases', 'r1', 'storage'));
    writeFileSync(join(target, 'releases', 'r1', 'storage', 'seed'), 'from r1');
    bash(linkSharedScript(target, 'r1', ['storage', 'config/.env']));
    bash(linkSharedScript(target, 'r2', ['storage', 'config/.env']));
    expect(readFileSync(join(target, 'releases', 'r2', 'storage', 'seed'), 'utf8')).toBe('from r1');
    expect(readlinkSync(join(target, 'releases', 'r2', 'config', '.env'))).toBe(
      join(target, 'shared', 'config', '.env'),
    );
  });

  it('never links through a symbolic link in the release or in shared/', () => {
    const outside = mkdtempSync(join(tmpdir(), 'ci-kit-outside-'));
    mkdirSync(join(outside, 'logs'));
    const target = layout(['r1', 'r2']);
    symlinkSync(outside, join(target, 'releases', 'r1', 'storage'));
    const inRelease = bash(linkSharedScript(target, 'r1', ['storage/logs']));
    expect(inRelease.status).toBe(SYMLINK_EXIT);
    expect(inRelease.stderr).toContain(
      "shared path 'storage/logs': in the release, storage is a symbolic link",
    );
    // A link as the shared path itself would be moved into shared/ and followed from then on.
    symlinkSync(outside, join(target, 'releases', 'r2', 'data'));
    expect(bash(linkSharedScript(target, 'r2', ['data'])).status).toBe(SYMLINK_EXIT);
    mkdirSync(join(target, 'shared'), { recursive: true });
    symlinkSync(outside, join(target, 'shared', 'cache'));
    const inShared = bash(linkSharedScript(target, 'r2', ['cache/x']));
    expect(inShared.status).toBe(SYMLINK_EXIT);
    expect(inShared.stderr).toContain('in shared/, cache is a symbolic link');
    expect(readdirSync(outside)).toEqual(['logs']);
    expect(readdirSync(join(outside, 'logs'))).toEqual([]);
  });

  it('refuses to work when a folder of its own in target is a link', () => {
    const target = layout(['r1']);
    symlinkSync(mkdtempSync(join(tmpdir(), 'ci-kit-outside-')), join(target, 'shared'));
    const result = bash(cleanupScript(target, 1, 'r1', ''));
    expect(result.status).toBe(SYMLINK_EXIT);
    expect(result.stderr).toContain('shared is a symbolic link');
  });
});
