// The compiled glob matcher against node's own path.matchesGlob, on patterns of the shapes `ignore` and
// workspace globs use, and on random combinations of their pieces.
import { matchesGlob } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { globMatcher } from '../../../actions/lockfile-check/glob-match.js';

const PATTERN_PIECES = [
  'a',
  'b',
  '.x',
  '*',
  '**',
  '?',
  'a*',
  '*.js',
  'a?',
  'fix',
  '*b',
  'a.b',
  'x$y',
  '.x*',
  '.*',
  '*.*',
  'a^',
  '?*',
  '*?',
];
const PATH_PIECES = [
  'a',
  'b',
  '.x',
  'a.js',
  '.a.js',
  'ab',
  'fix',
  'x',
  'bb',
  'node_modules',
  'a.b',
  'x$y',
  '.xa',
  'a^',
];

/** A deterministic pseudo-random sequence, so a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function join(pieces: string[], next: () => number, count: number): string {
  return Array.from({ length: count }, () => pieces[Math.floor(next() * pieces.length)]!).join('/');
}

describe('globMatcher', () => {
  it.each([
    ['fixtures/**', ['fixtures', 'fixtures/a', 'fixtures/.a', 'x/fixtures/a']],
    ['**/fixtures/**', ['fixtures', 'fixtures/a', 'p/fixtures/a/b', 'p/.fixtures/a', '.p/fixtures/a']],
    ['**/__fixtures__/**', ['a/__fixtures__/b', '__fixtures__/b']],
    ['packages/*', ['packages/a', 'packages/.a', 'packages/a/b', 'packages']],
    ['**/*.js', ['a.js', 'a/b.js', 'a/.b.js', '.a/b.js']],
    ['examples/**', ['examples/x/y', 'examples']],
    ['pnpm11/benchmarks/fixture/**', ['pnpm11/benchmarks/fixture/pnpm-lock.yaml', 'pnpm11/benchmarks']],
    ['[ab]/c', ['a/c', 'b/c', 'c/c']],
    ['{a,b}/**', ['a/x', 'b/x', 'c/x']],
  ])('%s agrees with path.matchesGlob', (pattern, paths) => {
    const matches = globMatcher(pattern);
    for (const path of paths) expect([path, matches(path)]).toEqual([path, matchesGlob(path, pattern)]);
  });

  it('agrees with path.matchesGlob on 30,000 random patterns and paths', () => {
    const next = random(42);
    const disagreements: string[] = [];
    for (let run = 0; run < 30_000; run++) {
      const pattern = join(PATTERN_PIECES, next, 1 + Math.floor(next() * 4));
      const path = join(PATH_PIECES, next, 1 + Math.floor(next() * 4));
      if (globMatcher(pattern)(path) !== matchesGlob(path, pattern))
        disagreements.push(`${path} ~ ${pattern}`);
    }
    expect(disagreements).toEqual([]);
  });
});
