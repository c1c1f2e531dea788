import { describe, expect, test } from '@jest/globals';
import { type Change, parseCommit } from '../../../actions/semver-tag/commits.js';
import { applyReverts } from '../../../actions/semver-tag/reverts.js';

/** Commits oldest first (as written), returned newest first (as git log lists them). */
function range(...messages: Array<string | ((shas: string[]) => string)>): Change[] {
  const shas: string[] = [];
  const changes: Change[] = [];
  for (const [i, message] of messages.entries()) {
    const sha = `${String(i + 1).padStart(2, '0')}`.repeat(20);
    const text = typeof message === 'function' ? message(shas) : message;
    shas.push(sha);
    changes.unshift(...parseCommit({ sha, parents: ['p'], message: text }));
  }
  return changes;
}

const subjects = (changes: readonly Change[]) => changes.map((change) => change.subject);
const gitRevert = (header: string, index: number) => (shas: string[]) =>
  `Revert "${header}"\n\nThis reverts commit ${shas[index]}.`;

describe('parseCommit: reverts', () => {
  test.each([
    ['Revert "feat: x"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.', 'feat: x'],
    ['Revert "feat: x (#12)" (#13)\n\nReverts octo/repo#12', 'feat: x (#12)'],
    ['revert: feat: x\n\nRefs: 676104e, a215868, #7', 'feat: x'],
    ['revert(api): "feat: x"', 'feat: x'],
    ['Revert "Revert "feat: x""', 'Revert "feat: x"'],
  ])('%p is a revert of %p', (message, header) => {
    const [change] = parseCommit({ sha: 'a'.repeat(40), parents: ['p'], message });
    expect(change).toMatchObject({ type: 'revert', description: header, revert: { header } });
  });

  test('the shas it names', () => {
    const [git] = parseCommit({
      sha: 'a'.repeat(40),
      parents: ['p'],
      message: 'Revert "feat: x"\n\nThis reverts commit 0123456789ABCDEF0123456789abcdef01234567.',
    });
    expect(git!.revert!.shas).toEqual(['0123456789abcdef0123456789abcdef01234567']);
    const [refs] = parseCommit({
      sha: 'b'.repeat(40),
      parents: ['p'],
      message: 'revert: x\n\nRefs: 676104e, a215868, #7',
    });
    expect(refs!.revert!.shas).toEqual(['676104e', 'a215868']);
  });

  test('a revert body never counts as squash lines; other commits are no reverts', () => {
    const changes = parseCommit({
      sha: 'a'.repeat(40),
      parents: ['p'],
      message: 'Revert "Big PR"\n\n* feat: add export\n\nThis reverts commit 0123456.',
    });
    expect(changes).toHaveLength(1);
    expect(parseCommit({ sha: 'b', parents: [], message: 'Reverted the cache' })[0]!.revert).toBeUndefined();
    expect(parseCommit({ sha: 'b', parents: [], message: 'fix: revert "x"' })[0]!.revert).toBeUndefined();
  });
});

describe('applyReverts', () => {
  test('a revert of a commit in the range drops both', () => {
    const changes = range('fix: a', 'feat: b', gitRevert('feat: b', 1));
    expect(subjects(applyReverts(changes))).toEqual(['fix: a']);
  });

  test('a revert of a commit released earlier stays', () => {
    const changes = range(
      'fix: a',
      'Revert "feat: old"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.',
    );
    expect(subjects(applyReverts(changes))).toEqual(['Revert "feat: old"', 'fix: a']);
  });

  test('without a sha, the quoted subject finds the commit (GitHub revert PRs); the PR number aside', () => {
    const changes = range('feat: b (#12)', 'fix: c', 'Revert "feat: b (#12)" (#14)\n\nReverts octo/repo#12');
    expect(subjects(applyReverts(changes))).toEqual(['fix: c']);
  });

  test('an abbreviated sha in a Refs footer', () => {
    const changes = range('feat: b', (shas) => `revert: feat: b\n\nRefs: ${shas[0]!.slice(0, 8)}`);
    expect(applyReverts(changes)).toEqual([]);
  });

  test('a revert of a revert brings the commit back; a third revert drops it again', () => {
    const twice = range('feat: b', gitRevert('feat: b', 0), gitRevert('Revert "feat: b"', 1));
    expect(subjects(applyReverts(twice))).toEqual(['feat: b']);
    const thrice = range(
      'feat: b',
      gitRevert('feat: b', 0),
      gitRevert('Revert "feat: b"', 1),
      gitRevert('Revert "Revert "feat: b""', 2),
    );
    expect(applyReverts(thrice)).toEqual([]);
  });

  test('a revert of an earlier-released revert, in the range with it, drops both', () => {
    const changes = range(
      'Revert "feat: old"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.',
      gitRevert('Revert "feat: old"', 0),
    );
    expect(applyReverts(changes)).toEqual([]);
  });

  test('a squash commit drops with all its lines; a revert only names older commits', () => {
    const squash = range('Big PR (#3)\n\n* feat: x\n* fix: y', 'fix: z', gitRevert('Big PR (#3)', 0));
    expect(subjects(applyReverts(squash))).toEqual(['fix: z']);
    // The sha of a later commit (impossible in git, but in text) is not in the range before it.
    const later = range(
      (shas) => `Revert "feat: b"\n\nThis reverts commit ${'02'.repeat(20)}.${shas.length}`,
      'feat: b',
    );
    expect(subjects(applyReverts(later))).toEqual(['feat: b', 'Revert "feat: b"']);
  });

  test('no revert: the very same array', () => {
    const changes = range('fix: a', 'feat: b');
    expect(applyReverts(changes)).toBe(changes);
  });
});
