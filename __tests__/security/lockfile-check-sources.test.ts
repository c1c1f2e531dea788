// Attacks on lockfile-check, through its bundle as the runner runs it: lockfile entries that resolve from
// where they should not (issue #10, item 1) and symlinked manifests or lockfiles (item 2).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from '@jest/globals';
import { runStep } from '../support/step.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'lockfile-check');
const SHA = 'd04e707a1292928d50163ff7545e45c3e84c5ec3';
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function scratch(fixture?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lockfile-check-security-'));
  made.push(dir);
  if (fixture) cpSync(join(FIXTURES, fixture), dir, { recursive: true });
  return dir;
}

function edit(file: string, change: (text: string) => string): void {
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`edit of ${file} changed nothing`);
  writeFileSync(file, after);
}

async function verdict(cwd: string, inputs: Record<string, string> = {}) {
  const result = await runStep({ action: 'lockfile-check', cwd, inputs, timeoutMs: 60_000, post: false });
  const problems = JSON.parse(result.outputs.problems ?? '[]') as Array<{
    kind: string;
    severity: string;
    message: string;
  }>;
  const errors = problems.filter((problem) => problem.severity === 'error');
  return {
    status: result.outputs.status,
    kinds: [...new Set(errors.map((problem) => problem.kind))].sort(),
    result,
  };
}

/** The npm-v3 fixture with node_modules/ms resolved from `resolved` and its integrity removed. */
function npmResolvedFrom(resolved: string): string {
  const dir = scratch('npm-v3');
  edit(join(dir, 'package-lock.json'), (text) => {
    const lock = JSON.parse(text);
    lock.packages['node_modules/ms'].resolved = resolved;
    delete lock.packages['node_modules/ms'].integrity;
    return JSON.stringify(lock, null, 2);
  });
  return dir;
}

describe('lockfile-check: every resolved source is judged, none skipped', () => {
  test.each([
    ['git+https on a foreign host', `git+https://evil.example.com/a/ms.git#${SHA}`, ['host']],
    ['plaintext git://', `git://github.com/a/ms.git#${SHA}`, ['https']],
    ['git+ssh on a foreign host', `git+ssh://git@evil.example.com/a/ms.git#${SHA}`, ['host']],
    ['a file: tarball outside the repository', 'file:../../../../tmp/evil.tgz', ['source']],
    ['a git source not pinned to a commit', 'git+ssh://git@github.com/a/ms.git', ['integrity']],
  ])('npm: %s is unsafe', async (_name, resolved, kinds) => {
    const got = await verdict(npmResolvedFrom(resolved));
    expect({ status: got.status, kinds: got.kinds }).toEqual({ status: 'unsafe', kinds });
  });

  test('npm: a git dependency pinned on GitHub passes; allowed-sources without git forbids it', async () => {
    const dir = npmResolvedFrom(`git+ssh://git@github.com/a/ms.git#${SHA}`);
    expect((await verdict(dir)).status).toBe('ok');
    const forbidden = await verdict(dir, { 'allowed-sources': 'tarball local' });
    expect({ status: forbidden.status, kinds: forbidden.kinds }).toEqual({
      status: 'unsafe',
      kinds: ['source'],
    });
  });

  test('npm: a GitHub tarball of a commit is a git archive: with its sha512 it passes as github.com does, without one it is unsafe', async () => {
    const tarball = `https://github.com/a/ms/tarball/${SHA}`;
    const dir = npmResolvedFrom(tarball);
    expect((await verdict(dir)).kinds).toEqual(['host']);
    edit(join(dir, 'package-lock.json'), (text) => {
      const lock = JSON.parse(text);
      lock.packages['node_modules/ms'].integrity = `sha512-${'A'.repeat(86)}==`;
      return JSON.stringify(lock, null, 2);
    });
    expect((await verdict(dir)).status).toBe('ok');
  });

  test('pnpm: a type: git resolution is judged by host; a directory outside the repository is refused', async () => {
    const dir = scratch('pnpm-v9');
    const lock = join(dir, 'pnpm-lock.yaml');
    const original = readFileSync(lock, 'utf8');
    edit(lock, (text) =>
      text.replace(
        /(ms@2\.1\.3:\n\s+resolution: )\{integrity: [^}]+\}/,
        `$1{type: git, repo: 'https://evil.example.com/a/ms.git', commit: ${SHA}}`,
      ),
    );
    expect((await verdict(dir)).kinds).toEqual(['host']);
    writeFileSync(lock, original);
    edit(lock, (text) =>
      text.replace(
        /(ms@2\.1\.3:\n\s+resolution: )\{integrity: [^}]+\}/,
        '$1{directory: ../../../../etc, type: directory}',
      ),
    );
    expect((await verdict(dir)).kinds).toEqual(['source']);
  });

  test('pnpm: a GitHub archive with the sha512 pnpm pins passes as its forge does; without one, its host must be allowed', async () => {
    const dir = scratch('pnpm-v9');
    const lock = join(dir, 'pnpm-lock.yaml');
    const original = readFileSync(lock, 'utf8');
    const archive = `https://codeload.github.com/a/ms/tar.gz/${SHA}`;
    // How pnpm records a `github:` dependency: a git-hosted tarball, with the sha512 of the archive since 10.x.
    edit(lock, (text) =>
      text.replace(
        /(ms@2\.1\.3:\n\s+resolution: )\{integrity: ([^}]+)\}/,
        `$1{gitHosted: true, integrity: $2, tarball: ${archive}}`,
      ),
    );
    expect((await verdict(dir)).status).toBe('ok');
    // allowed-hosts names the forge, as for the same dependency fetched with git (npm's git+ssh://…).
    const forgeOnly = await verdict(dir, { 'allowed-hosts': 'registry.npmjs.org\ngithub.com' });
    expect(forgeOnly.status).toBe('ok');
    expect((await verdict(dir, { 'allowed-hosts': 'registry.npmjs.org' })).kinds).toEqual(['host']);
    writeFileSync(lock, original);
    // An archive nothing verifies (an older pnpm wrote no integrity): its host, not the forge, must be allowed.
    edit(lock, (text) =>
      text.replace(/(ms@2\.1\.3:\n\s+resolution: )\{integrity: [^}]+\}/, `$1{tarball: ${archive}}`),
    );
    const unverified = await verdict(dir);
    expect(unverified.kinds).toEqual(['host']);
    expect(unverified.result.stdout).toContain('with no integrity hash to verify it');
    expect((await verdict(dir, { 'allowed-hosts': 'registry.npmjs.org\ncodeload.github.com' })).status).toBe(
      'ok',
    );
  });

  test('yarn v1: a git+ssh entry on a foreign host and a GitHub archive outside allowed-hosts are unsafe', async () => {
    const dir = scratch('yarn-v1');
    const lock = join(dir, 'yarn.lock');
    const original = readFileSync(lock, 'utf8');
    edit(lock, (text) =>
      text.replace(
        /resolved "https:\/\/registry\.yarnpkg\.com\/ms\/-\/ms-2\.1\.3\.tgz#\w+"\n {2}integrity .*\n/,
        `resolved "git+ssh://git@evil.example.com/a/ms.git#${SHA}"\n`,
      ),
    );
    expect((await verdict(dir)).kinds).toEqual(['host']);
    writeFileSync(lock, original);
    edit(lock, (text) =>
      text.replace(
        /resolved "https:\/\/registry\.yarnpkg\.com\/ms\/-\/ms-2\.1\.3\.tgz#\w+"\n {2}integrity .*\n/,
        `resolved "https://codeload.github.com/a/ms/tar.gz/${SHA}"\n`,
      ),
    );
    expect((await verdict(dir)).kinds).toEqual(['host']);
    const allowed = await verdict(dir, {
      'allowed-hosts': 'registry.yarnpkg.com\nregistry.npmjs.org\ncodeload.github.com',
    });
    expect(allowed.status).toBe('ok');
  });
});

describe('lockfile-check: cargo and uv sources are judged too', () => {
  test('cargo: a git source on a foreign host is unsafe, one on GitHub pinned to a commit passes', async () => {
    const dir = scratch('cargo');
    const lock = join(dir, 'Cargo.lock');
    const original = readFileSync(lock, 'utf8');
    edit(lock, (text) =>
      text.replace(
        /(name = "cc"\nversion = "1\.0\.98"\n)source = .*\nchecksum = .*\n/,
        `$1source = "git+https://evil.example.com/cc?rev=x#${SHA}"\n`,
      ),
    );
    expect((await verdict(dir)).kinds).toEqual(['host']);
    writeFileSync(
      lock,
      original.replace(
        /(name = "cc"\nversion = "1\.0\.98"\n)source = .*\nchecksum = .*\n/,
        `$1source = "git+https://github.com/rust-lang/cc-rs?rev=x#${SHA}"\n`,
      ),
    );
    expect((await verdict(dir)).status).toBe('ok');
  });

  test('uv: an editable source outside the repository is refused', async () => {
    const dir = scratch('uv');
    edit(join(dir, 'uv.lock'), (text) =>
      text.replace('source = { editable = "packages/lib" }', 'source = { editable = "../../../../etc" }'),
    );
    expect((await verdict(dir)).kinds).toContain('source');
  });
});

describe('lockfile-check: symlinked manifests and lockfiles', () => {
  test('a lockfile linked from inside the tree is followed and checked', async () => {
    const dir = scratch();
    cpSync(join(FIXTURES, 'npm-v3'), join(dir, 'real'), { recursive: true });
    mkdirSync(join(dir, 'app'));
    symlinkSync('../real/package.json', join(dir, 'app', 'package.json'));
    symlinkSync('../real/package-lock.json', join(dir, 'app', 'package-lock.json'));
    edit(join(dir, 'real', 'package-lock.json'), (text) =>
      text.replace(
        'https://registry.npmjs.org/ms/-/ms-2.1.3.tgz',
        'http://registry.npmjs.org/ms/-/ms-2.1.3.tgz',
      ),
    );
    const got = await verdict(dir);
    expect(got.status).toBe('unsafe');
    const lockfiles = JSON.parse(got.result.outputs.lockfiles!) as Array<{
      lockfile: string;
      status: string;
    }>;
    expect(lockfiles.map((pair) => `${pair.lockfile} ${pair.status}`)).toEqual([
      'app/package-lock.json unsafe',
      'real/package-lock.json unsafe',
    ]);
  });

  test('a manifest or lockfile linked from outside the checked tree is a problem, not a skip', async () => {
    const outside = scratch('npm-v3');
    const dir = scratch();
    symlinkSync(join(outside, 'package.json'), join(dir, 'package.json'));
    symlinkSync(join(outside, 'package-lock.json'), join(dir, 'package-lock.json'));
    const got = await verdict(dir);
    expect({ status: got.status, kinds: got.kinds }).toEqual({ status: 'unsafe', kinds: ['symlink'] });
    expect(got.result.exitCode).toBe(1);
  });
});
