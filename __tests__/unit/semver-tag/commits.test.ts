import { describe, expect, test } from '@jest/globals';
import { parseCommit, parseHeader } from '../../../actions/semver-tag/commits.js';
import { changeBump, releaseBump } from '../../../actions/semver-tag/release-rules.js';

const commit = (message: string, parents = 1) => ({
  sha: 'abcdef1234567890',
  parents: Array.from({ length: parents }, (_, i) => `p${i}`),
  message,
});

describe('parseHeader', () => {
  test.each([
    ['feat: add x', { type: 'feat', scope: undefined, breaking: false, description: 'add x' }],
    ['fix(parser): tabs', { type: 'fix', scope: 'parser', breaking: false, description: 'tabs' }],
    ['feat(api)!: drop v1', { type: 'feat', scope: 'api', breaking: true, description: 'drop v1' }],
    ['refactor!: rename', { type: 'refactor', scope: undefined, breaking: true, description: 'rename' }],
    [
      'Feat: Upper case type',
      { type: 'feat', scope: undefined, breaking: false, description: 'Upper case type' },
    ],
    [
      'build(deps-dev): bump jest',
      { type: 'build', scope: 'deps-dev', breaking: false, description: 'bump jest' },
    ],
  ])('%s', (line, expected) => {
    expect(parseHeader(line)).toEqual(expected);
  });

  test.each([
    'Merge pull request #3 from a/b',
    'feat:no space',
    'feat add x',
    ': nothing',
    'WIP',
    'feat(): ',
  ])('not conventional: %s', (line) => {
    expect(parseHeader(line)).toBeUndefined();
  });
});

describe('parseCommit', () => {
  test('BREAKING CHANGE and BREAKING-CHANGE footers, with continuation lines', () => {
    const [change] = parseCommit(
      commit('fix: x\n\nSome text.\n\nBREAKING CHANGE: the config file\nmoved to ci.toml\nRefs: #1'),
    );
    expect(change).toMatchObject({
      type: 'fix',
      breaking: true,
      breakingNote: 'the config file moved to ci.toml',
    });
    expect(parseCommit(commit('chore: y\n\nBREAKING-CHANGE: gone'))[0]).toMatchObject({ breaking: true });
    // Only a footer at the start of a line counts.
    expect(parseCommit(commit('docs: mention BREAKING CHANGE: in the guide'))[0]!.breaking).toBe(false);
  });

  test('a squash merge body lists changes; a non-conventional subject then adds nothing', () => {
    const changes = parseCommit(
      commit('Big PR (#12)\n\n* feat: add export\n\n* fix(cli): typo\n* not conventional\n'),
    );
    expect(changes.map((change) => [change.type, change.scope, change.description])).toEqual([
      ['feat', undefined, 'add export'],
      ['fix', 'cli', 'typo'],
    ]);
  });

  test('a conventional squash subject counts once even when the body repeats it', () => {
    const changes = parseCommit(
      commit('feat: add export (#12)\n\n* feat: add export\n* feat!: drop old export'),
    );
    expect(changes.map((change) => [change.description, change.breaking])).toEqual([
      ['add export (#12)', false],
      ['drop old export', true],
    ]);
    expect(releaseBump(changes)).toBe('major');
  });

  test('merge commits are marked, CRLF messages parse', () => {
    const merge = parseCommit(commit("Merge branch 'topic'", 2))[0]!;
    expect(merge.merge).toBe(true);
    expect(merge.type).toBeUndefined();
    expect(parseCommit(commit('fix: windows\r\n\r\nBREAKING CHANGE: crlf\r\n'))[0]).toMatchObject({
      type: 'fix',
      breaking: true,
      breakingNote: 'crlf',
    });
  });
});

describe('bumps', () => {
  test('feat → minor, fix/perf → patch, breaking → major, others → none', () => {
    const bump = (message: string) => changeBump(parseCommit(commit(message))[0]!);
    expect(bump('feat: a')).toBe('minor');
    expect(bump('fix: a')).toBe('patch');
    expect(bump('perf: a')).toBe('patch');
    expect(bump('docs!: a')).toBe('major');
    expect(bump('chore: a')).toBe('none');
    expect(bump('random words')).toBe('none');
  });

  test('the release takes the largest bump', () => {
    const changes = ['chore: a', 'fix: b', 'feat: c', 'docs: d'].flatMap((message) =>
      parseCommit(commit(message)),
    );
    expect(releaseBump(changes)).toBe('minor');
    expect(releaseBump([])).toBe('none');
  });
});
