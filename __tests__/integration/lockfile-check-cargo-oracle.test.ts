// Asks the real cargo (`cargo metadata --locked --offline`) for its verdict on edits of a path-only
// workspace whose Cargo.lock cargo wrote, and compares it with lockfile-check's. Skipped without cargo.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { checkAll } from '../../actions/lockfile-check/check.js';
import { overallStatus } from '../../actions/lockfile-check/report.js';
import { ECOSYSTEMS } from '../../actions/lockfile-check/types.js';
import { runCommand } from '../../shared/exec.js';
import { FIXTURES } from '../unit/lockfile-check/js-mutations.js';

const hasCargo = spawnSync('cargo', ['--version']).status === 0;

function replace(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no '${from}'`);
  writeFileSync(path, text.replace(from, to));
}

const EDITS: Array<[string, (dir: string) => void, boolean]> = [
  ['unchanged', () => {}, true],
  [
    'cosmetic edit (description)',
    (dir) => replace(dir, 'Cargo.toml', 'edition = "2021"\n', 'edition = "2021"\ndescription = "x"\n'),
    true,
  ],
  [
    'add a path dependency',
    (dir) =>
      replace(
        dir,
        'Cargo.toml',
        'a = { path = "crates/a" }',
        'a = { path = "crates/a" }\nb = { path = "crates/b" }',
      ),
    false,
  ],
  [
    'rename a dependency (package =)',
    (dir) =>
      replace(dir, 'Cargo.toml', 'a = { path = "crates/a" }', 'alpha = { package = "a", path = "crates/a" }'),
    true,
  ],
  ['remove a dependency', (dir) => replace(dir, 'crates/a/Cargo.toml', 'b = { path = "../b" }', ''), false],
  [
    'bump a member version',
    (dir) => replace(dir, 'crates/b/Cargo.toml', 'version = "0.3.0"', 'version = "0.4.0"'),
    false,
  ],
  [
    'add a workspace member',
    (dir) => {
      mkdirSync(join(dir, 'crates', 'c', 'src'), { recursive: true });
      writeFileSync(join(dir, 'crates', 'c', 'src', 'lib.rs'), '');
      writeFileSync(
        join(dir, 'crates', 'c', 'Cargo.toml'),
        '[package]\nname = "c"\nversion = "0.1.0"\nedition = "2021"\n',
      );
    },
    false,
  ],
  [
    'dev-dependency added',
    (dir) =>
      replace(
        dir,
        'crates/b/Cargo.toml',
        'edition = "2021"\n',
        'edition = "2021"\n\n[dev-dependencies]\na = { path = "../a" }\n',
      ),
    false,
  ],
];

describe('lockfile-check agrees with cargo --locked', () => {
  (hasCargo ? it.each(EDITS) : it.skip.each(EDITS))('%s', async (_name, edit, passes) => {
    const dir = mkdtempSync(join(tmpdir(), 'lockfile-check-cargo-'));
    try {
      cpSync(join(FIXTURES, 'cargo-path-workspace'), dir, { recursive: true });
      edit(dir);
      const cargo = await runCommand(
        'cargo',
        ['metadata', '--locked', '--offline', '--format-version', '1'],
        {
          cwd: dir,
          timeoutMs: 60_000,
        },
      );
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
      expect({ cargo: cargo.exitCode === 0, ours: ours === 'ok' }).toEqual({ cargo: passes, ours: passes });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
