// Commit messages are written by anyone who gets a commit merged. In the release notes (the `notes` output,
// the GitHub release body, the job summary) they are markdown, but never raw HTML: `<!--` in one subject
// would hide every entry after it (breaking changes included), a tag could restyle or fake the page.
import { afterEach, expect, test } from '@jest/globals';
import { runStep } from '../support/step.js';
import { TestRepos } from '../unit/semver-tag/git-fixture.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** The text outside `code spans`, where HTML would be live. */
function outsideCode(markdown: string): string {
  return markdown.replace(/(`+)[\s\S]*?\1/g, '');
}

test('semver-tag: HTML in commit subjects and scopes is text in the notes and the summary', async () => {
  const repos = new TestRepos();
  cleanups.push(() => repos.cleanup());
  repos.work.commit('chore: init');
  repos.work.tag('v1.0.0');
  repos.work.push('HEAD', 'refs/tags/v1.0.0');
  repos.work.commit('fix: the last fix, which must stay visible');
  repos.work.commit('fix(<img src=https://example.invalid/p.png>): scoped');
  repos.work.commit('fix: handle `Vec<u8>` and `<!-- kept -->` in code');
  repos.work.commit('feat: innocent feature <!-- everything after this is hidden');
  repos.work.commit('feat: a <details><summary>click</summary> trap');
  repos.work.push();
  const step = await runStep({
    action: 'semver-tag',
    cwd: repos.work.dir,
    inputs: { push: 'false' },
    env: { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'org/repo' },
    timeoutMs: 60_000,
  });
  expect(step.exitCode).toBe(0);
  const notes = step.outputs.notes!;
  expect(notes).toContain('the last fix, which must stay visible');
  for (const markdown of [notes, step.summary]) {
    const live = outsideCode(markdown);
    expect(live).not.toMatch(/<!--|<img|<details|<summary/i);
    // Code spans are left as they are: they show `<` literally anyway.
    expect(markdown).toContain('`Vec<u8>`');
    expect(markdown).toContain('`<!-- kept -->`');
  }
  // The text is still there, escaped.
  expect(notes).toContain('innocent feature &lt;!-- everything after this is hidden');
});
