// Attack-style tests of lockfile-check, through the bundle as the runner runs it: hostile lockfiles and
// configuration in the checked repository.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
