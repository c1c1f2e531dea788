// Asks the real npm, pnpm and yarn for their frozen-install verdict on each edited fixture and compares it with
// lockfile-check's. Needs the npm registry (edits that add packages make the tools fetch packuments):
// skipped when it cannot be reached, except in CI. The recorded verdicts are checked offline by
// __tests__/unit/lockfile-check/js-managers.test.ts.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { checkAll } from '../../actions/lockfile-check/check.js';
import { overallStatus } from '../../actions/lockfile-check/report.js';
import { ECOSYSTEMS } from '../../actions/lockfile-check/types.js';
import { runCommand } from '../../shared/exec.js';
import {
  applyMutation,
  FIXTURES,
  type JsManager,
  LOCK_EDITS,
  MUTATIONS,
} from '../unit/lockfile-check/js-mutations.js';

const BIN = join(process.cwd(), 'node_modules', '.bin');
const FROZEN: Record<JsManager, [string, string[]]> = {
  npm: ['npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund']],
  pnpm: [join(BIN, 'pnpm'), ['install', '--frozen-lockfile', '--lockfile-only', '--ignore-scripts']],
  // yarn 2.4 has no --mode=skip-build yet.
  yarn: [join(BIN, 'yarn'), ['install', '--immutable', '--skip-builds']],
};

const online = process.env.CI === 'true' || spawnSync('npm', ['ping'], { timeout: 15_000 }).status === 0;
const maybe = online ? it : it.skip;

const cases = (['npm', 'pnpm', 'yarn'] as const).flatMap((manager) =>
  MUTATIONS.map((mutation) => [manager, mutation.name, mutation] as const),
);

describe('lockfile-check agrees with the package manager', () => {
  maybe.each(cases)('%s: %s', async (manager, _name, mutation) => {
    const dir = applyMutation(mutation, manager);
    try {
      const [file, args] = FROZEN[manager];
      const native = await runCommand(file, args, { cwd: dir, timeoutMs: 60_000 });
      const pairs = await checkAll({
        cwd: dir,
        root: '.',
        ignore: [],
        ecosystems: [...ECOSYSTEMS],
        native: 'never',
        security: { requireHttps: true, requireIntegrity: true },
        signal: new AbortController().signal,
      });
      const ours = overallStatus(pairs.flatMap((pair) => pair.problems));
      const verdict = { tool: native.exitCode === 0, ours: ours === 'ok' };
      expect(verdict).toEqual({ tool: mutation.passes[manager], ours: mutation.passes[manager] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('lockfile-check agrees with npm ci on hand-edited lockfiles', () => {
  maybe.each(LOCK_EDITS)('%s', async (_name, change) => {
    const dir = mkdtempSync(join(tmpdir(), 'lockfile-check-'));
    try {
      cpSync(join(FIXTURES, 'npm-v3'), dir, { recursive: true });
      const file = join(dir, 'package-lock.json');
      const lock = JSON.parse(readFileSync(file, 'utf8'));
      change(lock);
      writeFileSync(file, JSON.stringify(lock, null, 2));
      const [command, args] = FROZEN.npm;
      const native = await runCommand(command, args, { cwd: dir, timeoutMs: 60_000 });
      const pairs = await checkAll({
        cwd: dir,
        root: '.',
        ignore: [],
        ecosystems: [...ECOSYSTEMS],
        native: 'never',
        security: { requireHttps: true, requireIntegrity: true },
        signal: new AbortController().signal,
      });
      const ours = overallStatus(pairs.flatMap((pair) => pair.problems));
      expect({ tool: native.exitCode === 0, ours: ours === 'ok' }).toEqual({ tool: false, ours: false });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
