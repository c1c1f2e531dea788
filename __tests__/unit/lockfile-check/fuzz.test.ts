// Property tests: whatever a broken manifest or lockfile looks like, the check ends with one clear
// `parse` problem naming the file and a line inside it, never a crash or a silent pass.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { jsonErrorOffset } from '../../../actions/lockfile-check/json-position.js';
import { check, scratch } from './helpers.js';
import { FIXTURES } from './js-mutations.js';

/** A small deterministic PRNG, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const BREAKERS = ['{', '}', '[', ']', '"', ':', ',', '\n', ' = ', "'", '\t- ', '@@', '\\'];

function corrupt(text: string, next: () => number): string {
  const at = Math.floor(next() * text.length);
  switch (Math.floor(next() * 3)) {
    case 0:
      return text.slice(0, at);
    case 1:
      return text.slice(0, at) + BREAKERS[Math.floor(next() * BREAKERS.length)] + text.slice(at);
    default:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 20));
  }
}

const TARGETS: Array<[string, string]> = [
  ['npm-v3', 'package-lock.json'],
  ['npm-v3', 'package.json'],
  ['pnpm-v9', 'pnpm-lock.yaml'],
  ['yarn-berry', 'yarn.lock'],
  ['uv', 'uv.lock'],
  ['poetry-2', 'pyproject.toml'],
  ['cargo', 'Cargo.lock'],
  ['go', 'go.sum'],
];

describe('malformed files', () => {
  it.each(TARGETS)(
    '%s/%s: every corruption gives ok/stale/error with a located parse message',
    async (fixture, file) => {
      const original = readFileSync(join(FIXTURES, fixture, file), 'utf8');
      const dir = scratch(fixture);
      const next = random(fixture.length * 31 + file.length);
      for (let round = 0; round < 25; round++) {
        const text = corrupt(original, next);
        writeFileSync(join(dir, file), text);
        const outcome = await check(dir);
        for (const problem of outcome.errors.filter((item) => item.kind === 'parse')) {
          expect(problem.file).toBe(file);
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(text.split('\n').length);
          expect(problem.message.startsWith(`${file}:${problem.line}: `)).toBe(true);
          expect(problem.message).not.toContain('\n');
        }
      }
    },
  );

  it('locates JSON errors where V8 does (when V8 says where)', () => {
    const original = readFileSync(join(FIXTURES, 'npm-v3', 'package-lock.json'), 'utf8');
    const next = random(7);
    let compared = 0;
    for (let round = 0; round < 300; round++) {
      const text = corrupt(original, next);
      let position: number | undefined;
      try {
        JSON.parse(text);
        continue;
      } catch (error) {
        const match = /at position (\d+)/.exec((error as Error).message);
        if (match) position = Number(match[1]);
      }
      expect(jsonErrorOffset(text)).toBeLessThanOrEqual(text.length);
      if (position !== undefined) {
        expect(jsonErrorOffset(text)).toBe(position);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });
});
