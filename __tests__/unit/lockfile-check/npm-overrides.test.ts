// Verdicts taken from `npm ci --dry-run --ignore-scripts` (npm 11.19.1) on the npm-v3 fixture with each
// `overrides`: is-odd@3.0.1 depends on is-number@^6.0.0, locked at node_modules/is-odd/node_modules/is-number
// 6.0.0. Run it with the registry in reach: offline, with nothing cached, npm cannot resolve the copy it would
// move up, and fails cases it passes online ("does not satisfy is-number@").
import { describe, expect, it } from '@jest/globals';
import { check, editJson, scratch } from './helpers.js';

interface Case {
  name: string;
  overrides: Record<string, unknown>;
  expected: 'ok' | 'stale';
  /** The failing problem kinds of a stale verdict (default: unsatisfied). */
  kinds?: string[];
}

type Row = [string, Record<string, unknown>, 'ok' | 'stale', string[]?];

const ROWS: Row[] = [
  ['a global override the locked version satisfies', { 'is-number@^6': '6.0.0' }, 'ok'],
  ['a global override the locked version misses', { 'is-number@^6': '6.1.0' }, 'stale'],
  ['a rule whose key range does not match the edge', { 'is-number@^9': '9.0.0' }, 'ok'],
  ['a nested rule under the dependent', { 'is-odd': { 'is-number': '6.1.0' } }, 'stale'],
  // npm drops the nested is-number 6.0.0 for the root's 7.0.0, which satisfies the override.
  ['a nested rule a copy further up satisfies', { 'is-odd': { 'is-number': '7.0.0' } }, 'ok'],
  ['a nested rule the locked version satisfies', { 'is-odd': { 'is-number': '6.0.0' } }, 'ok'],
  ['a nested rule under another package', { 'left-pad': { 'is-number': '7.0.0' } }, 'ok'],
  ['"." overrides the package itself, $name refers to the root spec', { 'is-odd': { '.': '$is-odd' } }, 'ok'],
  // A ranged rule is kept off a locked node whose version satisfies neither its key nor its value.
  ['a ranged rule the locked version is outside of', { 'is-number@>6.0.0 <7': '6.1.0' }, 'ok'],
  ['a ranged rule the locked version is inside of', { 'is-number@>=6.0.0 <7': '6.1.0' }, 'stale'],
  // The root depends on is-number@^7.0.0: a rule that changes its spec fails npm ci with EOVERRIDE.
  [
    'a rule that changes a direct dependency of the root',
    { 'is-number@^7': '7.0.1' },
    'stale',
    ['spec-mismatch'],
  ],
  ['a rule equal to the direct dependency', { 'is-number@^7': '^7.0.0' }, 'ok'],
  ['a $name rule is the direct dependency', { 'is-number': '$is-number' }, 'ok'],
  // An object without "." stands for its key's range: `is-odd@^3` turns the root's is-odd@^3.0.1 into ^3.
  [
    'an object rule whose key range changes a direct dependency of the root',
    { 'is-odd@^3': { 'is-number': '6.0.0' } },
    'stale',
    ['spec-mismatch'],
  ],
  [
    'an object rule whose key range is the direct dependency',
    { 'is-odd@^3.0.1': { 'is-number': '6.0.0' } },
    'ok',
  ],
];

// One object per case, never spread rows: jest-each passes its `done` callback as the argument after a row's
// last one whenever a row is shorter than the test function's parameter list, and a test that takes `done`
// waits for it until the timeout (a three-element row here left `kinds` holding `done`: no output, no CPU).
const CASES: Case[] = ROWS.map(([name, overrides, expected, kinds]) => ({
  name,
  overrides,
  expected,
  kinds,
}));

describe('npm overrides decide what satisfies a locked edge', () => {
  it.each(CASES)('$name', async ({ overrides, expected, kinds }) => {
    const dir = scratch('npm-v3');
    editJson(dir, 'package.json', (pkg) => {
      pkg.overrides = overrides;
    });
    const outcome = await check(dir);
    expect({ status: outcome.status, kinds: outcome.kinds }).toEqual({
      status: expected,
      kinds: expected === 'ok' ? [] : (kinds ?? ['unsatisfied']),
    });
  });

  it('a ranged rule leaves a prerelease its key only includes with prereleases on the edge spec', async () => {
    // npm tests the key without prereleases: 6.0.1-rc.0 is outside `>6.0.0 <7` and satisfies the edge's own spec.
    const dir = scratch('npm-v3');
    editJson(dir, 'package.json', (pkg) => {
      pkg.overrides = { 'is-number@>6.0.0 <7': '6.1.0' };
    });
    editJson(dir, 'package-lock.json', (lock) => {
      lock.packages['node_modules/is-odd'].dependencies['is-number'] = '^6.0.1-rc.0';
      lock.packages['node_modules/is-odd/node_modules/is-number'].version = '6.0.1-rc.0';
    });
    const outcome = await check(dir);
    expect({ status: outcome.status, kinds: outcome.kinds }).toEqual({ status: 'ok', kinds: [] });
  });
});

// The npm-workspaces fixture: workspace packages/a depends on is-number@^7.0.0, locked at 7.0.0; overrides do
// apply to a workspace's own dependencies (verdicts from npm 11.19.1 as above).
const WORKSPACE_ROWS: Row[] = [
  ['a ranged rule the locked version is outside of', { 'is-number@>7.0.0 <8': '5.0.0' }, 'ok'],
  ['a ranged rule the locked version is inside of', { 'is-number@>=7.0.0 <8': '5.0.0' }, 'stale'],
  ['an object rule whose key range the locked version satisfies', { 'is-number@^7': { ms: '1.0.0' } }, 'ok'],
];

describe("npm overrides decide what satisfies a workspace's own dependency", () => {
  it.each(WORKSPACE_ROWS.map(([name, overrides, expected]) => ({ name, overrides, expected })))(
    '$name',
    async ({ overrides, expected }) => {
      const dir = scratch('npm-workspaces');
      editJson(dir, 'package.json', (pkg) => {
        pkg.overrides = overrides;
      });
      const outcome = await check(dir);
      expect({ status: outcome.status, kinds: outcome.kinds }).toEqual({
        status: expected,
        kinds: expected === 'ok' ? [] : ['unsatisfied'],
      });
    },
  );
});
