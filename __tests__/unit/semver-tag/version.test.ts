import { describe, expect, test } from '@jest/globals';
import type { SemVer } from 'semver';
import { parseCommit } from '../../../actions/semver-tag/commits.js';
import { renderNotes } from '../../../actions/semver-tag/notes.js';
import { type PlanSettings, planRelease } from '../../../actions/semver-tag/plan.js';
import {
  floatingTags,
  highest,
  nextVersion,
  parseTagVersion,
  parseVersion,
  type VersionTag,
} from '../../../actions/semver-tag/version.js';

const v = (text: string): SemVer => parseVersion(text)!;
const tag = (name: string): VersionTag => ({ name, version: parseTagVersion(name, 'v')!, commit: name });

describe('tags and precedence', () => {
  test('only the prefix followed by a strict version counts', () => {
    expect(parseTagVersion('v1.2.3', 'v')?.format()).toBe('1.2.3');
    expect(parseTagVersion('api-v1.2.3', 'api-v')?.format()).toBe('1.2.3');
    expect(parseTagVersion('api-v1.2.3', 'v')).toBeUndefined();
    expect(parseTagVersion('v1', 'v')).toBeUndefined();
    expect(parseTagVersion('v1.2', 'v')).toBeUndefined();
    expect(parseTagVersion('vnext', 'v')).toBeUndefined();
    expect(parseTagVersion('v01.2.3', 'v')).toBeUndefined();
    expect(parseTagVersion('1.2.3', '')?.format()).toBe('1.2.3');
  });

  test('semver precedence: prereleases below their release, numeric identifiers by value', () => {
    const names = ['v1.3.0-rc.2', 'v1.3.0-rc.10', 'v1.2.9', 'v1.3.0-beta.5'];
    expect(highest(names.map(tag))!.name).toBe('v1.3.0-rc.10');
    expect(highest([...names, 'v1.3.0'].map(tag))!.name).toBe('v1.3.0');
    expect(highest(['v1.10.0', 'v1.9.0'].map(tag))!.name).toBe('v1.10.0');
  });
});

describe('nextVersion', () => {
  const base = { prerelease: '', initialVersion: v('0.1.0'), taken: [] as SemVer[] };

  test('a release bumps the last release', () => {
    expect(nextVersion({ ...base, stable: v('1.2.3'), latest: v('1.2.3'), bump: 'patch' }).format()).toBe(
      '1.2.4',
    );
    expect(nextVersion({ ...base, stable: v('1.2.3'), latest: v('1.2.3'), bump: 'minor' }).format()).toBe(
      '1.3.0',
    );
    expect(nextVersion({ ...base, stable: v('1.2.3'), latest: v('1.2.3'), bump: 'major' }).format()).toBe(
      '2.0.0',
    );
  });

  test('no tag yet: the initial version, as a prerelease when asked', () => {
    expect(nextVersion({ ...base, bump: 'minor' }).format()).toBe('0.1.0');
    expect(nextVersion({ ...base, bump: 'minor', prerelease: 'rc' }).format()).toBe('0.1.0-rc.0');
  });

  test('prerelease numbering continues, never reuses a taken number, and a release ends the line', () => {
    const stable = v('1.2.0');
    const taken = [v('1.2.0'), v('1.3.0-rc.0'), v('1.3.0-rc.1'), v('1.3.0-beta.4')];
    const input = { ...base, stable, latest: v('1.3.0-rc.1'), bump: 'patch' as const, taken };
    expect(nextVersion({ ...input, prerelease: 'rc' }).format()).toBe('1.3.0-rc.2');
    expect(nextVersion(input).format()).toBe('1.3.0');
    // A breaking change after rc.1 starts a new line.
    expect(nextVersion({ ...input, bump: 'major', prerelease: 'rc' }).format()).toBe('2.0.0-rc.0');
    // Numbers taken on other branches are skipped too.
    expect(nextVersion({ ...input, prerelease: 'beta' }).format()).toBe('1.3.0-beta.5');
  });
});

describe('floatingTags', () => {
  const taken = ['1.2.0', '1.3.0', '1.3.1', '2.0.0', '1.4.0-rc.0'].map(v);

  test('move only for the highest release of the line', () => {
    expect(floatingTags(v('1.3.2'), 'major', 'v', [...taken, v('1.3.2')])).toEqual(['v1']);
    expect(floatingTags(v('1.3.2'), 'major-minor', 'v', [...taken, v('1.3.2')])).toEqual(['v1', 'v1.3']);
    expect(floatingTags(v('1.2.1'), 'major-minor', 'v', [...taken, v('1.2.1')])).toEqual(['v1.2']);
    expect(floatingTags(v('2.0.1'), 'none', 'v', taken)).toEqual([]);
    expect(floatingTags(v('1.5.0-rc.0'), 'major', 'v', taken)).toEqual([]);
    expect(floatingTags(v('1.0.1'), 'major', 'api-v', taken.concat(v('0.9.0')))).toEqual([]);
  });
});

describe('planRelease', () => {
  const settings: PlanSettings = {
    bump: 'auto',
    defaultBump: 'patch',
    version: undefined,
    prerelease: '',
    initialVersion: v('0.1.0'),
    breakingPre1: 'minor',
    prefix: 'v',
    releaseRules: [],
    reverts: true,
  };
  const changes = (...messages: string[]) =>
    messages.flatMap((message, i) => parseCommit({ sha: `${i}`.padStart(7, '0'), parents: ['p'], message }));

  test('0.x: a breaking change is minor unless breaking-pre-1 is major', () => {
    const input = {
      settings,
      previous: tag('v0.3.1'),
      stable: tag('v0.3.1'),
      taken: [],
      changes: changes('feat!: x'),
    };
    expect(planRelease(input)).toMatchObject({ release: true, tag: 'v0.4.0', bump: 'minor' });
    const major = planRelease({ ...input, settings: { ...settings, breakingPre1: 'major' } });
    expect(major).toMatchObject({ tag: 'v1.0.0', bump: 'major' });
  });

  test('default-bump none, bump none: nothing to release', () => {
    const input = {
      settings,
      previous: tag('v1.0.0'),
      stable: tag('v1.0.0'),
      taken: [],
      changes: changes('docs: x'),
    };
    expect(planRelease(input)).toMatchObject({ release: true, tag: 'v1.0.1', from: 'default-bump' });
    expect(planRelease({ ...input, settings: { ...settings, defaultBump: 'none' } })).toMatchObject({
      release: false,
    });
    expect(planRelease({ ...input, settings: { ...settings, bump: 'none' } })).toEqual({
      release: false,
      reason: 'bump is none',
    });
  });

  test('a prerelease identifier that sorts lower than the latest one is refused', () => {
    const input = {
      settings: { ...settings, prerelease: 'alpha' },
      previous: tag('v1.3.0-beta.0'),
      stable: tag('v1.2.0'),
      taken: [v('1.2.0'), v('1.3.0-beta.0')],
      changes: changes('feat: x'),
    };
    expect(() => planRelease(input)).toThrow(
      'the next version 1.3.0-alpha.0 would not be above v1.3.0-beta.0',
    );
  });
});

describe('renderNotes', () => {
  test('grouped, newest first, short shas; merges left out', () => {
    const notes = renderNotes([
      ...parseCommit({
        sha: 'aaaaaaaaaa',
        parents: ['p'],
        message: 'feat(api)!: drop v1\n\nBREAKING CHANGE: use v2',
      }),
      ...parseCommit({ sha: 'bbbbbbbbbb', parents: ['p', 'q'], message: "Merge branch 'x'" }),
      ...parseCommit({ sha: 'cccccccccc', parents: ['p'], message: 'perf: faster' }),
      ...parseCommit({ sha: 'dddddddddd', parents: ['p'], message: 'update readme' }),
    ]);
    expect(notes).toBe(
      [
        '### Breaking changes',
        '',
        '- **api:** drop v1 — use v2 (aaaaaaa)',
        '',
        '### Performance',
        '',
        '- faster (ccccccc)',
        '',
        '### Other',
        '',
        '- update readme (ddddddd)',
      ].join('\n'),
    );
    expect(renderNotes([])).toBe('No changes.');
  });
});
