import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from '@jest/globals';
import { expectOneLineFailure, runStep } from '../support/step.js';

const ACTION = 'lockfile-check';
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'lockfile-check');
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A workspace holding copies of the named fixtures, each in its own folder. */
function workspace(...fixtures: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'lockfile-check-e2e-'));
  made.push(dir);
  for (const fixture of fixtures) cpSync(join(FIXTURES, fixture), join(dir, fixture), { recursive: true });
  return dir;
}

function step(cwd: string, inputs: Record<string, string> = {}) {
  return runStep({ action: ACTION, cwd, inputs, timeoutMs: 60_000 });
}

describe('lockfile-check end to end', () => {
  test('every ecosystem in sync: status ok, all outputs set, a summary row per lockfile', async () => {
    const cwd = workspace(
      'npm-v3',
      'pnpm-workspaces',
      'yarn-berry',
      'yarn-v1',
      'uv',
      'poetry-2',
      'cargo',
      'go',
    );
    const result = await step(cwd);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.status).toBe('ok');
    expect(JSON.parse(result.outputs.problems!)).toEqual([]);
    const lockfiles = JSON.parse(result.outputs.lockfiles!) as Array<{ ecosystem: string; lockfile: string }>;
    expect(lockfiles.map((pair) => `${pair.ecosystem} ${pair.lockfile}`)).toEqual([
      'cargo cargo/Cargo.lock',
      'go go/go.sum',
      'npm npm-v3/package-lock.json',
      'pnpm pnpm-workspaces/pnpm-lock.yaml',
      'poetry poetry-2/poetry.lock',
      'uv uv/uv.lock',
      'yarn yarn-berry/yarn.lock',
      'yarn yarn-v1/yarn.lock',
    ]);
    expect(result.summary).toContain('lockfile-check: ok');
    expect(result.summary.match(/✅ ok/g)).toHaveLength(8);
    expect(result.log).toContain('8 lockfiles in sync');
  });

  test('hundreds of problems: 50 annotations, the output capped at 500, the log naming where the rest are', async () => {
    const cwd = workspace();
    for (let i = 0; i < 510; i++) {
      mkdirSync(join(cwd, `app${i}`));
      writeFileSync(
        join(cwd, `app${i}`, 'package.json'),
        JSON.stringify({ private: true, dependencies: { ms: '2' } }),
      );
    }
    const result = await step(cwd);
    expect(result.exitCode).toBe(1);
    expect(result.commands.filter((command) => command.command === 'error')).toHaveLength(51);
    expect(JSON.parse(result.outputs.problems!)).toHaveLength(500);
    expect(result.log).toContain('the problems output holds the first 500 of 510 problems (errors first)');
    expect(result.log).toContain('460 more problems are not annotated; the log above lists them all');
  });

  test('stale lockfile: annotation on the manifest line, table with the fix, one-line failure', async () => {
    const cwd = workspace('npm-v3', 'go');
    const manifest = join(cwd, 'npm-v3', 'package.json');
    const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
    pkg.dependencies.semver = '^7.0.0';
    writeFileSync(manifest, JSON.stringify(pkg, null, 2));
    const line =
      readFileSync(manifest, 'utf8')
        .split('\n')
        .findIndex((text) => text.includes('"semver"')) + 1;

    const result = await step(cwd);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.status).toBe('stale');
    const errors = result.commands.filter((command) => command.command === 'error');
    expect(errors[0]).toMatchObject({
      properties: {
        file: 'npm-v3/package.json',
        line: String(line),
        title: 'lockfile-check: not-locked semver',
      },
      message:
        'semver@^7.0.0 (dependencies of the root package) is not in npm-v3/package-lock.json (fix: npm install)',
    });
    expect(errors.at(-1)!.message).toBe(
      'lockfile-check: 1 lockfile out of date: npm-v3/package-lock.json: semver@^7.0.0 (dependencies of the root package) is not in npm-v3/package-lock.json; fix: npm install',
    );
    expect(JSON.parse(result.outputs.problems!)).toEqual([
      {
        file: 'npm-v3/package.json',
        line,
        ecosystem: 'npm',
        kind: 'not-locked',
        package: 'semver',
        message: 'semver@^7.0.0 (dependencies of the root package) is not in npm-v3/package-lock.json',
        fix: 'npm install',
        severity: 'error',
      },
    ]);
    expect(result.summary).toContain('❌ not-locked');
    expect(result.summary).toContain('npm install');
    expect(result.summary).toContain('go/go.sum');
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  test('unsafe wins over stale, and path, ignore and allowed-hosts narrow the check', async () => {
    const cwd = workspace('npm-v3', 'yarn-v1');
    const lock = join(cwd, 'yarn-v1', 'yarn.lock');
    writeFileSync(lock, readFileSync(lock, 'utf8').replaceAll('registry.yarnpkg.com', 'npm.corp.example'));
    const manifest = join(cwd, 'npm-v3', 'package.json');
    const original = readFileSync(manifest, 'utf8');
    writeFileSync(manifest, original.replace('"ms": "^2.1.0"', '"ms": "^3.0.0"'));
    let result = await step(cwd);
    expect(result.outputs.status).toBe('unsafe');
    expect(JSON.parse(result.outputs.lockfiles!).map((pair: { status: string }) => pair.status)).toEqual([
      'stale',
      'unsafe',
    ]);
    writeFileSync(manifest, original);
    expect(result.commands.filter((command) => command.command === 'error').at(-1)!.message).toMatch(
      /^lockfile-check: 2 lockfiles out of date or unsafe: npm-v3\/package-lock.json \(stale\): .* \| yarn-v1\/yarn.lock \(unsafe\): .* resolves from npm\.corp\.example/,
    );
    result = await step(cwd);
    expect(result.outputs.status).toBe('unsafe');
    result = await step(cwd, { 'allowed-hosts': 'npm.corp.example\nregistry.npmjs.org' });
    expect(result.outputs.status).toBe('ok');
    result = await step(cwd, { ignore: 'yarn-v1/**' });
    expect(JSON.parse(result.outputs.lockfiles!)).toHaveLength(1);
    result = await step(cwd, { path: 'npm-v3', ecosystems: 'npm' });
    expect(result.outputs.status).toBe('ok');
  });

  test('native: auto runs the package manager too; always fails when it is missing', async () => {
    const cwd = workspace('npm-v3');
    let result = await step(cwd, { native: 'auto' });
    expect(result.outputs.status).toBe('ok');
    expect(result.summary).toContain('npm ci --dry-run --ignore-scripts: ok');

    const go = workspace('go');
    result = await runStep({
      action: ACTION,
      cwd: go,
      inputs: { native: 'always' },
      env: { PATH: '/nonexistent' },
      timeoutMs: 60_000,
    });
    expect(result.outputs.status).toBe('error');
    expect(JSON.parse(result.outputs.problems!)[0]).toMatchObject({
      kind: 'native-missing',
      fix: expect.stringContaining('install go'),
    });
  });

  test("test fixtures and fuzzing harnesses are skipped by default and counted; other tools' lockfiles are listed, not checked", async () => {
    const cwd = workspace('npm-v3');
    mkdirSync(join(cwd, 'test', 'fixtures', 'broken'), { recursive: true });
    writeFileSync(
      join(cwd, 'test', 'fixtures', 'broken', 'package.json'),
      '{"private": true, "dependencies": {"x": "1"}}',
    );
    writeFileSync(join(cwd, 'test', 'fixtures', 'broken', 'package-lock.json'), '{ not json');
    // A cargo-fuzz harness: a workspace of its own whose lockfile only `cargo fuzz` builds from.
    mkdirSync(join(cwd, 'fuzz'));
    writeFileSync(
      join(cwd, 'fuzz', 'Cargo.toml'),
      '[package]\nname = "fuzz"\nversion = "0.0.0"\n\n[package.metadata]\ncargo-fuzz = true\n\n[dependencies]\nlibfuzzer-sys = "0.4"\n\n[workspace]\nmembers = ["."]\n',
    );
    writeFileSync(join(cwd, 'fuzz', 'Cargo.lock'), 'version = 4\n');
    mkdirSync(join(cwd, 'web'));
    writeFileSync(join(cwd, 'web', 'package.json'), '{"private": true, "dependencies": {"x": "1"}}');
    writeFileSync(join(cwd, 'web', 'bun.lock'), '{}');
    let result = await step(cwd);
    expect(result.outputs.status).toBe('ok');
    expect(result.summary).toContain(
      '4 manifests or lockfiles skipped by `ignore` (test fixtures and fuzzing harnesses by default)',
    );
    expect(result.summary).toContain('web/bun.lock');
    expect(result.summary).toContain('found, not checked');
    result = await step(cwd, { ignore: 'none' });
    expect(result.outputs.status).toBe('error');
    result = await step(cwd, { path: 'fuzz' });
    expect(result.outputs.status).toBe('stale');
    result = await step(cwd, { path: 'test/fixtures/broken' });
    expect(result.outputs.status).toBe('error');
  });

  test("a lockfile with only warnings is ok, and its log line says so: a member's own lockfile is not read", async () => {
    const cwd = workspace('npm-workspaces');
    writeFileSync(
      join(cwd, 'npm-workspaces', 'packages', 'a', 'package-lock.json'),
      JSON.stringify({ lockfileVersion: 3, packages: { '': {} } }),
    );
    const result = await step(cwd);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.status).toBe('ok');
    expect(result.log).toContain('✔ npm-workspaces/package-lock.json (npm): ok\n');
    expect(result.log).toContain('⚠ npm-workspaces/packages/a/package-lock.json (npm): ok, 1 warning\n');
    expect(result.commands.filter((command) => command.command === 'warning')).toHaveLength(1);
  });

  test('a library with no lockfile is said to need none, not "no manifest found"', async () => {
    const cwd = workspace();
    writeFileSync(
      join(cwd, 'pyproject.toml'),
      '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = "lib"\nversion = "1.0"\ndependencies = ["requests>=2"]\n',
    );
    const result = await step(cwd);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.status).toBe('ok');
    expect(result.log).toContain(
      'no lockfile to check under .: pyproject.toml need none (a library, no dependencies, a lockfile ignored or switched off on purpose, or a Go workspace module its workspace hashes)',
    );
    expect(result.log).not.toContain('no manifest or lockfile found');
  });

  test('unknown lockfile format fails closed with status error', async () => {
    const cwd = workspace('cargo');
    const lock = join(cwd, 'cargo', 'Cargo.lock');
    writeFileSync(lock, readFileSync(lock, 'utf8').replace('version = 4', 'version = 9'));
    const result = await step(cwd);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.status).toBe('error');
    expect(result.commands.find((command) => command.command === 'error')!.properties).toMatchObject({
      file: 'cargo/Cargo.lock',
      line: '3',
    });
  });

  test.each([
    [{ ecosystems: 'npm, maven' }, "input 'ecosystems' must be auto or a list of"],
    [{ native: 'yes' }, "input 'native' must be one of never, auto, always, got 'yes'"],
    [{ path: 'nowhere' }, "input 'path' must be an existing folder, got 'nowhere'"],
    [{ 'require-integrity': 'sure' }, "input 'require-integrity' must be true or false, got 'sure'"],
  ])('bad input %j fails in one line', async (inputs, message) => {
    const result = await step(workspace(), inputs);
    expectOneLineFailure(result, ACTION, message);
  });
});
