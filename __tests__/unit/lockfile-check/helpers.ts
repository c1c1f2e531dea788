import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from '@jest/globals';
import { type CheckedPair, checkAll } from '../../../actions/lockfile-check/check.js';
import { overallStatus, type Status } from '../../../actions/lockfile-check/report.js';
import { ECOSYSTEMS, type Problem, type SecuritySettings } from '../../../actions/lockfile-check/types.js';
import { FIXTURES } from './js-mutations.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A throw-away copy of a fixture folder (or an empty folder), removed after the test. */
export function scratch(fixture?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lockfile-check-'));
  made.push(dir);
  if (fixture) cpSync(join(FIXTURES, fixture), dir, { recursive: true });
  return dir;
}

export function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`edit of ${file} changed nothing`);
  writeFileSync(path, after);
}

// biome-ignore lint/suspicious/noExplicitAny: tests poke at arbitrary package.json and lockfile JSON
export function editJson(dir: string, file: string, change: (data: Record<string, any>) => void): void {
  edit(dir, file, (text) => {
    const data = JSON.parse(text);
    change(data);
    return `${JSON.stringify(data, null, 2)}\n`;
  });
}

export interface Outcome {
  status: Status;
  pairs: CheckedPair[];
  problems: Problem[];
  /** Failing problems only. */
  errors: Problem[];
  kinds: string[];
}

export async function check(
  cwd: string,
  options: {
    security?: Partial<SecuritySettings>;
    ignore?: string[];
    ecosystems?: string[];
    root?: string;
  } = {},
): Promise<Outcome> {
  const pairs = await checkAll({
    cwd,
    root: options.root ?? '.',
    ignore: options.ignore ?? [],
    ecosystems: (options.ecosystems ?? [...ECOSYSTEMS]) as (typeof ECOSYSTEMS)[number][],
    native: 'never',
    security: { requireHttps: true, requireIntegrity: true, ...options.security },
    signal: new AbortController().signal,
  });
  const problems = pairs.flatMap((pair) => pair.problems);
  const errors = problems.filter((problem) => problem.severity === 'error');
  return {
    status: overallStatus(problems),
    pairs,
    problems,
    errors,
    kinds: errors.map((problem) => problem.kind),
  };
}
