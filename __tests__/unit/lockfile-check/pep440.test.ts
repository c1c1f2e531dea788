import { describe, expect, it } from '@jest/globals';
import {
  isBeforeRelease,
  parseVersion,
  pythonRange,
  sameRange,
  specifierKey,
  versionKey,
} from '../../../actions/lockfile-check/ecosystems/pep440.js';

const key = (text: string): string | undefined => {
  const version = parseVersion(text);
  return version && versionKey(version);
};

describe('PEP 440 versions', () => {
  it.each([
    ['2024.01', '2024.1'],
    ['1.0.0-rc.1', '1rc1'],
    ['1.0a', '1a0'],
    ['1.0.ALPHA.2', '1a2'],
    ['1.0-preview3', '1rc3'],
    ['v1.2c4', '1.2rc4'],
    ['1.0-5', '1.post5'],
    ['1.0.rev', '1.post0'],
    ['1.0-r2', '1.post2'],
    ['1.0_dev', '1.dev0'],
    ['1!2.0.post1.dev3', '1!2.post1.dev3'],
    ['1.0+Ubuntu-01_a', '1+ubuntu.1.a'],
  ])('%s is %s', (text, canonical) => {
    expect(key(text)).toBe(canonical);
  });

  it('refuses what is not a version', () => {
    expect(parseVersion('1.0-foo')).toBeUndefined();
    expect(parseVersion('latest')).toBeUndefined();
  });

  it('keys specifiers as uv compares them', () => {
    expect(specifierKey('>= 2024.01')).toBe(specifierKey('>=2024.1.0'));
    expect(specifierKey('==1.0.0-rc.1')).toBe(specifierKey('==1rc1'));
    // `~=` depends on how many segments it names; `===` on its exact text.
    expect(specifierKey('~=1.4')).not.toBe(specifierKey('~=1.4.0'));
    expect(specifierKey('===1.0')).not.toBe(specifierKey('===1'));
    expect(specifierKey('>1')).not.toBe(specifierKey('>=1'));
    expect(specifierKey('>=not a version')).toBe('>=notaversion');
  });

  it.each([
    ['2.2.1', true],
    ['2.3.0.dev0', true],
    ['2.3.0b1', true],
    ['2.3', false],
    ['2.3.0', false],
    ['2.3.0.post1', false],
    ['2.3.0+local', false],
    ['2.3.1', false],
    ['1!1.0', false],
  ])('%s sorts before the release 2.3.0: %s', (text, before) => {
    expect(isBeforeRelease(parseVersion(text)!, [2, 3, 0])).toBe(before);
  });
});

describe('requires-python ranges', () => {
  const same = (left: string[], right: string[]): boolean => {
    const a = pythonRange(left);
    const b = pythonRange(right);
    if (!a || !b) throw new Error(`unreadable: ${left} / ${right}`);
    return sameRange(a, b);
  };

  it.each([
    [['~=3.12.0'], ['==3.12.*']],
    [['>=3.9', '>=3.11, <4'], ['>=3.11, <4']],
    [['>=3.10.0'], ['>=3.10']],
    [['>=3.9, !=3.9.*'], ['>=3.10']],
    [['~=3.10'], ['>=3.10, <4']],
    [['>=3.8, !=3.8.1'], ['>=3.8']],
    [['>=3.12rc1'], ['>=3.12']],
  ])('%j is locked as %j', (wanted, locked) => {
    expect(same(wanted, locked)).toBe(true);
  });

  it.each([
    [['>=3.11'], ['>=3.10']],
    [['>3.10'], ['>=3.10']],
    [['>=3.10, <3.13'], ['>=3.10']],
    [['~=3.12.0'], ['>=3.12']],
  ])('%j is not %j', (wanted, locked) => {
    expect(same(wanted, locked)).toBe(false);
  });

  it('has no range for an empty intersection or an unreadable specifier', () => {
    expect(pythonRange(['>=3.12', '<3.10'])).toBeUndefined();
    expect(pythonRange(['>=three'])).toBeUndefined();
    expect(pythonRange([''])).toEqual({ lower: undefined, upper: undefined });
  });
});
