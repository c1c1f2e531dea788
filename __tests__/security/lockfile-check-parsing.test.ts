// Attack-style tests of lockfile-check, through the bundle as the runner runs it: hostile lockfiles and
// configuration in the checked repository.
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
import { findRoot } from '../../cli/runner.js';
import { runStep } from '../support/step.js';

const FIXTURES = join(findRoot(), '__tests__', 'fixtures', 'lockfile-check');
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workspace(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lockfile-check-security-'));
  made.push(dir);
  cpSync(join(FIXTURES, fixture), dir, { recursive: true });
  return dir;
}

function step(cwd: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  return runStep({ action: 'lockfile-check', cwd, inputs, env, timeoutMs: 60_000 });
}

interface Problem {
  file: string;
  kind: string;
  package: string;
  message: string;
  severity: string;
}

function problems(result: { outputs: Record<string, string | undefined> }): Problem[] {
  return JSON.parse(result.outputs.problems ?? '[]') as Problem[];
}

/** 9 levels of 9 aliases: 9^9 (387 million) strings once expanded. */
function aliasBomb(): string {
  const lines = ['bomb0: &bomb0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let level = 1; level <= 9; level++)
    lines.push(
      `bomb${level}: &bomb${level} [${Array(9)
        .fill(`*bomb${level - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

describe('lockfile-check against hostile repositories', () => {
  test.each([
    ['pnpm-lock.yaml', 'pnpm-v9'],
    ['pnpm-workspace.yaml', 'pnpm-v9'],
    ['yarn.lock', 'yarn-berry'],
  ])(
    'a YAML alias bomb in %s is a parse problem naming the file, not hours and gigabytes',
    async (file, fixture) => {
      const cwd = workspace(fixture);
      const path = join(cwd, file);
      let original = '';
      try {
        original = readFileSync(path, 'utf8');
      } catch {}
      writeFileSync(path, `${aliasBomb()}${original}`);
      const result = await step(cwd);
      expect(result.outputs.status).toBe('error');
      expect(result.exitCode).toBe(1);
      const parse = problems(result).filter((problem) => problem.kind === 'parse');
      expect(parse).toEqual([
        expect.objectContaining({
          file,
          message: expect.stringMatching(new RegExp(`^${file}:\\d+: invalid YAML: .*alias`)),
        }),
      ]);
      expect(`${result.stdout}${result.stderr}`).not.toContain('unexpected error');
    },
  );
});

describe('lockfile-check against files built to exhaust the stack', () => {
  test('a package-lock.json of 200,000 `[` is a parse problem on its line, not a stack overflow', async () => {
    const cwd = workspace('npm-v3');
    writeFileSync(join(cwd, 'package-lock.json'), '['.repeat(200_000));
    const result = await step(cwd);
    expect(result.outputs.status).toBe('error');
    expect(problems(result)).toEqual([
      expect.objectContaining({
        kind: 'parse',
        file: 'package-lock.json',
        message: expect.stringMatching(/^package-lock\.json:1: invalid JSON/),
      }),
    ]);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/call stack|unexpected error/i);
  });

  test('a lockfileVersion 1 package-lock.json nested 20,000 deep is checked to the bottom', async () => {
    const cwd = workspace('npm-v3');
    const depth = 20_000;
    const entry = (name: string) =>
      `"${name}": {"version": "1.0.0", "resolved": "https://registry.npmjs.org/${name}/-/${name}-1.0.0.tgz", "integrity": "sha512-AAAA"`;
    // The innermost package resolves over http: found only by a walk that reaches the bottom.
    let nested = `"deepest": {"version": "1.0.0", "resolved": "http://registry.npmjs.org/deepest/-/deepest-1.0.0.tgz", "integrity": "sha512-AAAA"}`;
    for (let level = depth; level > 0; level--)
      nested = `${entry(`p${level}`)}, "dependencies": {${nested}}}`;
    const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
    pkg.dependencies = { p1: '1.0.0' };
    delete pkg.devDependencies;
    delete pkg.optionalDependencies;
    writeFileSync(join(cwd, 'package.json'), JSON.stringify(pkg));
    writeFileSync(
      join(cwd, 'package-lock.json'),
      `{"name": "x", "version": "1.0.0", "lockfileVersion": 1, "requires": true, "dependencies": {${nested}}}`,
    );
    const result = await step(cwd);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/call stack|unexpected error/i);
    expect(result.outputs.status).toBe('unsafe');
    expect(problems(result).filter((problem) => problem.severity === 'error')).toEqual([
      expect.objectContaining({ package: 'deepest', message: expect.stringContaining('http://') }),
    ]);
  });
});

describe('lockfile-check with names that are Object.prototype properties', () => {
  test.each(['npm-v3', 'pnpm-v9', 'yarn-berry'])(
    '%s: dependencies named constructor, __proto__ and hasOwnProperty are checked like any other',
    async (fixture) => {
      const cwd = workspace(fixture);
      // Written as text: JSON.stringify of an object would drop the `__proto__` key.
      const manifest = join(cwd, 'package.json');
      const text = readFileSync(manifest, 'utf8');
      writeFileSync(
        manifest,
        text.replace(
          '"dependencies": {',
          '"dependencies": {\n    "constructor": "^1.0.0",\n    "__proto__": "^1.0.0",\n    "hasOwnProperty": "^1.0.0",',
        ),
      );
      const result = await step(cwd);
      expect(`${result.stdout}${result.stderr}`).not.toMatch(/unexpected error/i);
      expect(result.outputs.status).toBe('stale');
      const missing = problems(result)
        .filter((problem) => problem.kind === 'not-locked')
        .map((problem) => problem.package)
        .sort();
      expect(missing).toEqual(['__proto__', 'constructor', 'hasOwnProperty']);
    },
  );
});

describe('lockfile-check output limits', () => {
  test('a lockfile with thousands of problems: the problems output holds the first 500, errors first', async () => {
    const cwd = workspace('npm-v3');
    const lock = join(cwd, 'package-lock.json');
    const data = JSON.parse(readFileSync(lock, 'utf8'));
    for (let index = 0; index < 3000; index++) {
      data.packages[`node_modules/evil-${index}`] = {
        version: '1.0.0',
        resolved: `http://evil.example/evil-${index}/-/evil-${index}-1.0.0.tgz`,
        integrity: 'sha512-AAAA',
      };
    }
    writeFileSync(lock, JSON.stringify(data, null, 2));
    const result = await step(cwd);
    expect(result.outputs.status).toBe('unsafe');
    const output = problems(result);
    expect(output).toHaveLength(500);
    expect(output.every((problem) => problem.severity === 'error')).toBe(true);
    expect(result.summary).toMatch(/problems output holds the first 500/);
    expect(result.log).toMatch(/problems output holds the first 500 of \d{4} problems/);
  });
});

describe("lockfile-check native checks run without the step's secrets", () => {
  const SECRETS = {
    GITHUB_TOKEN: 'ghs_lockfilecheckgithubtoken0000',
    ACTIONS_RUNTIME_TOKEN: 'actions-runtime-token-0000',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'id-token-request-0000',
    NODE_AUTH_TOKEN: 'npm_nodeauthtoken0000',
    NPM_CONFIG__AUTH: 'bnBtOnNlY3JldA==',
    UV_INDEX_CORP_PASSWORD: 'uv-index-password-0000',
    DEPLOY_KEY: 'deploy-key-0000',
  };
  const leaks = (text: string) => Object.values(SECRETS).filter((secret) => text.includes(secret));

  test.each([
    ['pnpm', 'pnpm-v9', '--ignore-pnpmfile'],
    ['yarn', 'yarn-berry', '--mode=skip-build'],
    ['npm', 'npm-v3', '--ignore-scripts'],
  ])(
    '%s: the tool gets no token, no ACTIONS_* or INPUT_*, and the flags that keep repository code from running',
    async (tool, fixture, flag) => {
      const cwd = workspace(fixture);
      // A stand-in for the package manager, first on PATH, that records what it was given.
      const bin = join(cwd, '.fake-bin');
      mkdirSync(bin);
      const record = join(cwd, 'native-env.json');
      writeFileSync(
        join(bin, tool),
        `#!${process.execPath}\nrequire('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify({ env: process.env, argv: process.argv.slice(2) }));\n`,
      );
      chmodSync(join(bin, tool), 0o755);
      const result = await step(cwd, { native: 'auto' }, { ...SECRETS, PATH: `${bin}:${process.env.PATH}` });
      expect(existsSync(record)).toBe(true);
      const seen = JSON.parse(readFileSync(record, 'utf8')) as {
        env: Record<string, string>;
        argv: string[];
      };
      expect(leaks(JSON.stringify(seen))).toEqual([]);
      expect(Object.keys(seen.env).filter((name) => /^(ACTIONS_|INPUT_|GITHUB_)/.test(name))).toEqual([]);
      expect(seen.env.PATH).toContain(bin);
      expect(seen.argv).toContain(flag);
      if (tool === 'yarn')
        expect(seen.env).toMatchObject({ YARN_IGNORE_PATH: '1', YARN_ENABLE_SCRIPTS: 'false' });
      expect(result.outputs.status).toBe('ok');
    },
  );

  const pnpm = join(findRoot(), 'node_modules', '.bin', 'pnpm');
  (existsSync(pnpm) ? test : test.skip)(
    "the real pnpm does not run the repository's .pnpmfile.cjs (pnpm is a devDependency)",
    async () => {
      const cwd = workspace('pnpm-v9');
      const record = join(cwd, 'pnpmfile-ran.json');
      writeFileSync(
        join(cwd, '.pnpmfile.cjs'),
        `require('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(process.env));\nmodule.exports = { hooks: {} };\n`,
      );
      const result = await step(
        cwd,
        { native: 'auto' },
        { ...SECRETS, PATH: `${join(findRoot(), 'node_modules', '.bin')}:${process.env.PATH}` },
      );
      const ran = existsSync(record) ? readFileSync(record, 'utf8') : '';
      expect(leaks(ran)).toEqual([]);
      expect(ran).toBe('');
      expect(JSON.parse(result.outputs.lockfiles!)).toEqual([expect.objectContaining({ status: 'ok' })]);
      expect(result.log).toContain(
        'pnpm install --frozen-lockfile --lockfile-only --ignore-scripts --ignore-pnpmfile: ok',
      );
    },
  );
});
