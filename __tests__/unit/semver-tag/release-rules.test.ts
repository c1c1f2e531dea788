import { describe, expect, test } from '@jest/globals';
import { parseCommit } from '../../../actions/semver-tag/commits.js';
import {
  type BumpRules,
  changeBump,
  parseReleaseRules,
  releaseBump,
} from '../../../actions/semver-tag/release-rules.js';

const change = (message: string) => parseCommit({ sha: 'abcdef1234', parents: ['p'], message })[0]!;
const rules = (text: string, reverts = true): BumpRules => ({
  rules: parseReleaseRules(text, 'release-rules'),
  reverts,
});

describe('parseReleaseRules', () => {
  test('type, scope, ! and bump; comments and blank lines skipped', () => {
    expect(
      parseReleaseRules('docs(readme): patch # for the README\n\n# a comment\nBuild: None\n*!: minor\n', 'x'),
    ).toEqual([
      { type: 'docs', scope: 'readme', breaking: false, bump: 'patch' },
      { type: 'build', scope: undefined, breaking: false, bump: 'none' },
      { type: '*', scope: undefined, breaking: true, bump: 'minor' },
    ]);
    expect(parseReleaseRules('', 'x')).toEqual([]);
  });

  test.each([
    ['docs patch', "input 'release-rules' line 1 must be type[(scope)][!]: major|minor|patch|none"],
    ['\n\ndocs: huge', "input 'release-rules' line 3 must end in major, minor, patch or none, got 'huge'"],
    ['docs:', "input 'release-rules' line 1 must end in major, minor, patch or none"],
    ['docs(a b): patch', "input 'release-rules' line 1 must be"],
    ['(x): patch', "input 'release-rules' line 1 must be"],
    ['feat: minor\nfix:: patch', "input 'release-rules' line 2 must be"],
  ])('%p → %s', (text, message) => {
    expect(() => parseReleaseRules(text, 'release-rules')).toThrow(message);
  });
});

describe('changeBump with rules', () => {
  test('the first matching rule wins, then the defaults', () => {
    const config = rules(
      'docs(readme): patch\nrefactor: patch\nchore(deps): patch\nbuild: none\nfix(ci): none',
    );
    expect(changeBump(change('docs(readme): typo'), config)).toBe('patch');
    expect(changeBump(change('docs(guide): typo'), config)).toBe('none');
    expect(changeBump(change('docs: typo'), config)).toBe('none');
    expect(changeBump(change('refactor(core): split'), config)).toBe('patch');
    expect(changeBump(change('chore(DEPS): bump'), config)).toBe('patch');
    expect(changeBump(change('fix(ci): pipeline'), config)).toBe('none');
    expect(changeBump(change('fix(api): crash'), config)).toBe('patch');
    expect(changeBump(change('feat: x'), config)).toBe('minor');
    expect(changeBump(change('build: x'), rules('build: patch\nbuild: none'))).toBe('patch');
  });

  test('a rule without ! matches only changes that are not breaking; a ! rule only breaking ones', () => {
    expect(changeBump(change('build!: drop node 18'), rules('build: none'))).toBe('major');
    expect(changeBump(change('build!: drop node 18'), rules('build!: minor'))).toBe('minor');
    expect(changeBump(change('build: bump'), rules('build!: minor'))).toBe('none');
    const footer = change('feat: x\n\nBREAKING CHANGE: y');
    expect(changeBump(footer, rules('feat: patch'))).toBe('major');
    expect(changeBump(footer, rules('*!: minor'))).toBe('minor');
  });

  test('* matches any Conventional type, never a commit that is not Conventional', () => {
    const config = rules('*: patch');
    expect(changeBump(change('style: spaces'), config)).toBe('patch');
    expect(changeBump(change('feat: x'), config)).toBe('patch');
    expect(changeBump(change('Update readme'), config)).toBe('none');
    expect(changeBump(change('chore(deps): y'), rules('*(deps): minor'))).toBe('minor');
  });

  test('reverts release a patch unless the revert rule is off or a rule says otherwise', () => {
    const revert = change('Revert "feat: x"\n\nThis reverts commit 1234567890abcdef.');
    expect(changeBump(revert, rules(''))).toBe('patch');
    expect(changeBump(revert, rules('', false))).toBe('none');
    expect(changeBump(revert, rules('revert: none'))).toBe('none');
    expect(changeBump(change('revert: feat: x'), rules('revert: minor', false))).toBe('minor');
  });

  test('the release takes the largest bump, rules included', () => {
    const changes = ['docs: a', 'fix: b', 'refactor: c'].map(change);
    expect(releaseBump(changes, rules('refactor: minor'))).toBe('minor');
    expect(releaseBump(changes, rules('fix: none'))).toBe('none');
  });
});
