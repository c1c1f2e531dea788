import { describe, expect, test } from '@jest/globals';
import { type Change, parseCommit } from '../../../actions/semver-tag/commits.js';
import { repoLinks } from '../../../actions/semver-tag/links.js';
import { defaultSections, parseNoteSections } from '../../../actions/semver-tag/note-sections.js';
import { MAX_NOTES_CHARS, renderNotes } from '../../../actions/semver-tag/notes.js';
import { renderSummary } from '../../../actions/semver-tag/summary.js';

let n = 0;
const changes = (...messages: string[]): Change[] =>
  messages.flatMap((message) => parseCommit({ sha: `${++n}`.padEnd(40, 'a'), parents: ['p'], message }));

describe('renderNotes', () => {
  test('breaking first with its BREAKING CHANGE text; perf and reverts get sections of their own', () => {
    n = 0;
    const notes = renderNotes(
      changes(
        'perf: faster',
        'fix: x',
        'Revert "feat: y"',
        'chore(api): z\n\nBREAKING CHANGE: v1 is gone',
        'feat: w',
      ),
    );
    expect(notes).toBe(
      [
        '### Breaking changes',
        '',
        '- **api:** chore: z — v1 is gone (4aaaaaa)',
        '',
        '### Features',
        '',
        '- w (5aaaaaa)',
        '',
        '### Fixes',
        '',
        '- x (2aaaaaa)',
        '',
        '### Performance',
        '',
        '- faster (1aaaaaa)',
        '',
        '### Reverts',
        '',
        '- feat: y (3aaaaaa)',
      ].join('\n'),
    );
  });

  test('links each commit and (#123) on the repository server', () => {
    const links = repoLinks({
      GITHUB_SERVER_URL: 'https://ghe.example.com/',
      GITHUB_REPOSITORY: 'octo/widgets',
    });
    const [change] = changes('fix: crash on start (#123)');
    expect(renderNotes([change!], { sections: defaultSections(), links })).toBe(
      `### Fixes\n\n- crash on start ([#123](https://ghe.example.com/octo/widgets/pull/123)) ([${change!.sha.slice(0, 7)}](https://ghe.example.com/octo/widgets/commit/${change!.sha}))`,
    );
    expect(repoLinks({ GITHUB_REPOSITORY: 'octo/widgets' })).toBeUndefined();
    expect(repoLinks({ GITHUB_SERVER_URL: 'https://user:pw@ghe', GITHUB_REPOSITORY: 'o/r' })).toBeUndefined();
    expect(
      repoLinks({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r/x' }),
    ).toBeUndefined();
  });

  test('notes-sections: titles, shared sections keep the type, hidden types, breaking never hidden', () => {
    const sections = parseNoteSections(
      'docs: Documentation\nchore: -  # hidden\nbuild: Maintenance\nci: Maintenance\n*: -\n!: ⚠ BREAKING',
      'notes-sections',
    );
    n = 0;
    const notes = renderNotes(
      changes(
        'docs: guide',
        'chore: tidy',
        'build: x',
        'ci: y',
        'style: z',
        'chore!: drop node 18',
        'feat: f',
      ),
      { sections },
    );
    expect(notes).toBe(
      [
        '### ⚠ BREAKING',
        '',
        '- chore: drop node 18 (6aaaaaa)',
        '',
        '### Features',
        '',
        '- f (7aaaaaa)',
        '',
        '### Documentation',
        '',
        '- guide (1aaaaaa)',
        '',
        '### Maintenance',
        '',
        '- build: x (3aaaaaa)',
        '- ci: y (4aaaaaa)',
      ].join('\n'),
    );
    expect(renderNotes(changes('chore: a'), { sections })).toBe('No changes.');
  });

  test.each([
    ['docs Documentation', 'line 1 must be type: Section title'],
    ['\ndocs:', 'line 2 must be'],
    ['!: -', 'line 1: breaking changes cannot be hidden'],
  ])('notes-sections %p → %s', (text, message) => {
    expect(() => parseNoteSections(text, 'notes-sections')).toThrow(`input 'notes-sections' ${message}`);
  });

  test('control characters never reach the notes; long notes stop short of the release body limit', () => {
    expect(renderNotes(changes('fix: a\r::error::b'))).not.toMatch(/[\r]/);
    const many = changes(
      ...Array.from({ length: 6000 }, (_, i) => `fix: change number ${i} with some words`),
    );
    const notes = renderNotes(many);
    expect(notes.length).toBeLessThanOrEqual(MAX_NOTES_CHARS);
    expect(notes).toMatch(/\n\n… and \d+ more changes \(the notes stop at 120000 characters\)$/);
  });
});

describe('renderSummary', () => {
  const links = repoLinks({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r' });
  test('the release, a compare link, the commit count, the floating tags, then the notes', () => {
    const text = renderSummary({
      tag: 'v1.3.0',
      state: 'created',
      previous: 'v1.2.0',
      bump: 'minor',
      commits: 3,
      floating: ['v1', 'v1.3'],
      notes: '### Features\n\n- x',
      links,
    });
    expect(text).toContain('### semver-tag: v1.3.0 created');
    expect(text).toContain(
      'v1.2.0 → **v1.3.0** (minor) · 3 commits since v1.2.0 · [compare v1.2.0...v1.3.0](https://github.com/o/r/compare/v1.2.0...v1.3.0)',
    );
    expect(text).toContain('Floating tags moved: `v1`, `v1.3`');
    expect(text).toContain('#### Release notes\n\n### Features\n\n- x');
  });

  test('a first release links its history; nothing to release says why', () => {
    const first = renderSummary({
      tag: 'v0.1.0',
      state: 'dry-run',
      bump: 'minor',
      commits: 1,
      floating: [],
      notes: 'No changes.',
      links,
    });
    expect(first).toContain(
      '**v0.1.0** (minor) · 1 commit · [history of v0.1.0](https://github.com/o/r/commits/v0.1.0)',
    );
    const none = renderSummary({
      tag: '',
      state: 'none',
      previous: 'v1.2.0',
      bump: 'none',
      commits: 2,
      floating: [],
      notes: '',
      reason: 'no commit asks for a release',
    });
    expect(none).toContain('2 commits since v1.2.0; no commit asks for a release.');
  });
});
