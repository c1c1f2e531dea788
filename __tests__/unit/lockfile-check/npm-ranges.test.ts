import { describe, expect, it } from '@jest/globals';
import semver from 'semver';
import {
  compileRange,
  isFastRange,
  isValidRange,
  isValidVersion,
  satisfiesRange,
} from '../../../actions/lockfile-check/ecosystems/npm-ranges.js';
import {
  loadSemver,
  SemverNotLoaded,
  semverIfLoaded,
  withSemver,
} from '../../../actions/lockfile-check/ecosystems/semver.js';

const VERSIONS = [
  '0.0.0',
  '0.0.0-0',
  '0.0.1',
  '0.0.2-alpha',
  '0.1.0',
  '0.1.5',
  '0.2.0-rc.1',
  '0.9.9',
  '1.0.0',
  '1.0.0-0',
  '1.0.0-alpha',
  '1.0.0-alpha.1',
  '1.0.0-alpha.beta',
  '1.0.0-beta.2',
  '1.0.0-beta.11',
  '1.0.0-rc.1',
  '1.0.1',
  '1.2.0',
  '1.2.3',
  '1.2.3-beta',
  '1.2.4',
  '1.3.0-0',
  '1.3.0',
  '1.9.9',
  '2.0.0-0',
  '2.0.0-next.5',
  '2.0.0',
  '2.1.0',
  '3.0.0',
  '10.0.0',
  '999999999999999.0.0',
];

/** Comparators in every spelling the fast path reads, and some it leaves to node-semver. */
function comparators(): string[] {
  const partials = [
    '*',
    'x',
    '0',
    '1',
    '0.0',
    '0.1',
    '1.2',
    '1.x',
    '1.2.x',
    '1.X.x',
    '1.*',
    '0.0.0',
    '0.0.1',
  ];
  partials.push(
    '1.0.0',
    '1.2.3',
    '0.1.5',
    '2.0.0',
    '1.0.0-alpha',
    '1.0.0-beta.2',
    '1.2.3-beta',
    '0.0.2-alpha',
  );
  partials.push('0.2.0-rc.1', '2.0.0-0', '0.0.0-0', '1.3.0-0');
  const ops = ['', '=', '<', '<=', '>', '>=', '^', '~'];
  const out: string[] = [];
  for (const op of ops) for (const partial of partials) out.push(`${op}${partial}`);
  out.push('>= 1.2.0', '< 2', '^ 1.2', '~ 1.2.3', '= 1.0.0', '>=   1.0.0');
  return out;
}

function ranges(): string[] {
  const single = comparators();
  const pick = single.filter((_, index) => index % 7 === 0);
  const out = [...single];
  for (const a of pick) for (const b of pick) out.push(`${a} ${b}`, `${a} || ${b}`);
  out.push('>=1.0.0 <2.0.0 || >=3', '* || 1.0.0-alpha', '<0 || 1.0.0-alpha', '<0 || <0.0.0-0', '^1||^2');
  out.push(' ^1.2.3 ', '>=1.0.0\t<2', '1.0.0 || 2.0.0 || *', '>=0.0.0 <=0.0.0-beta', '>=0.0.0');
  return out;
}

/** Spellings the fast path leaves to node-semver: both must still answer as node-semver does. */
const UNUSUAL = [
  '1.0.0 - 2.0.0',
  '1.2 - 2',
  'v1.2.3',
  '=v1.0.0',
  '~>1.2',
  '1.2.3+build.5',
  '1.2.3beta',
  '01.2.3',
  '1.x.3',
  '1.2.x-beta',
  '^1 ||',
  '',
  '>= *',
  '> = 1.0.0',
  'latest',
  '1.0.0 foo',
  '^*',
  '>x',
  '<*',
];

describe('npm ranges without node-semver', () => {
  it('loads node-semver only when a check needs it, and then checks again from scratch', async () => {
    expect(semverIfLoaded()).toBeUndefined();
    let attempts = 0;
    let recorded: boolean[] = [];
    await withSemver(
      () => {
        attempts++;
        recorded.push(satisfiesRange('1.5.0', '^1.2.0'));
        recorded.push(satisfiesRange('1.5.0', '1.0.0 - 2.0.0'));
      },
      () => {
        recorded = [];
      },
    );
    expect({ attempts, recorded, loaded: semverIfLoaded() !== undefined }).toEqual({
      attempts: 2,
      recorded: [true, true],
      loaded: true,
    });
    await expect(
      withSemver(
        () => {
          throw new SemverNotLoaded('still not loaded');
        },
        () => {},
      ),
    ).rejects.toThrow('still not loaded');
  });

  it('agrees with node-semver (loose) on validity and on every version', async () => {
    await loadSemver();
    let fast = 0;
    const disagreements: object[] = [];
    for (const range of [...ranges(), ...UNUSUAL]) {
      if (isFastRange(range)) fast++;
      const valid = semver.validRange(range, { loose: true }) !== null;
      if (isValidRange(range) !== valid) disagreements.push({ range, valid });
      const compiled = compileRange(range);
      for (const version of [...VERSIONS, 'v1.0.0', '1.0.0+build', 'not a version', '']) {
        const expected = semver.satisfies(version, range, { loose: true });
        if (satisfiesRange(version, range) !== expected || compiled.test(version) !== expected)
          disagreements.push({ range, version, expected });
      }
    }
    expect(disagreements).toEqual([]);
    expect(fast).toBeGreaterThan(1000);
    for (const range of UNUSUAL) expect({ range, fast: isFastRange(range) }).toEqual({ range, fast: false });
  });

  it('reads versions as node-semver (strict) does', async () => {
    await loadSemver();
    for (const version of [
      ...VERSIONS,
      'v1.0.0',
      '1.0.0+build',
      '1.0',
      '01.0.0',
      '1.0.0-01',
      ' 1.0.0',
      'x',
    ]) {
      expect({ version, valid: isValidVersion(version) }).toEqual({
        version,
        valid: semver.valid(version) !== null,
      });
    }
  });
});
