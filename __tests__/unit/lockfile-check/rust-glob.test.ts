import { describe, expect, it } from '@jest/globals';
import { rustGlobMatches } from '../../../actions/lockfile-check/rust-glob.js';

describe("rustGlobMatches (Rust's glob crate, default match options)", () => {
  it.each([
    ['packages/*', 'packages/a', true],
    ['packages/*', 'packages/a/b', true],
    ['packages/*', 'packages', false],
    ['packages/*', 'packages/.hidden', true],
    ['packages/a', 'packages/a/b', false],
    ['./packages/a/', 'packages/a', true],
    ['packages/?', 'packages/a', true],
    ['a?b', 'a/b', true],
    ['packages/[ab]*', 'packages/b2', true],
    ['packages/[!ab]*', 'packages/b2', false],
    ['packages/[!ab]*', 'packages/c', true],
    ['packages/[]]', 'packages/]', true],
    ['packages/[a-c]', 'packages/b', true],
    ['**/tests', 'tests', true],
    ['**/tests', 'a/b/tests', true],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'a/x/y/b', true],
    ['a/**', 'a/x/y', true],
    ['a/**', 'a', false],
    ['a.b', 'axb', false],
    ['(x)+', '(x)+', true],
    ['Packages/a', 'packages/a', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(rustGlobMatches(pattern, path)).toBe(expected);
  });

  it('a pattern the crate refuses matches nothing', () => {
    expect(rustGlobMatches('a**/b', 'a/b')).toBe(false);
    expect(rustGlobMatches('a/**b', 'a/b')).toBe(false);
    expect(rustGlobMatches('a/[bc', 'a/[bc')).toBe(false);
  });
});
