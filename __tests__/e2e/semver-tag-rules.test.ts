// semver-tag's release rules through the bundle, on real repositories with a bare remote: reverts,
// release-rules, notes sections and links, the job summary, reruns that repair floating tags, `commit`.
import { afterEach, describe, expect, test } from '@jest/globals';
import { expectOneLineFailure, runStep } from '../support/step.js';
import { type Clone, TestRepos } from '../unit/semver-tag/git-fixture.js';

const ACTION = 'semver-tag';
let repos: TestRepos;

afterEach(() => repos?.cleanup());

function tagStep(clone: Clone, inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  return runStep({ action: ACTION, cwd: clone.dir, inputs, env, timeoutMs: 60_000 });
}

const dry = (inputs: Record<string, string> = {}) => ({ 'dry-run': 'true', ...inputs });

/** main with v1.2.0 on the remote, `feat: released` in it, and HEAD one commit later. */
function released(): Clone {
  repos = new TestRepos();
  const work = repos.work;
  work.commit('chore: init');
  work.commit('feat: released');
  work.tag('v1.2.0');
  work.push('HEAD', 'refs/tags/v1.2.0');
  return work;
}

/** `git revert` of `rev`, with git's own message. */
function revert(clone: Clone, rev: string): string {
  clone.git('revert', '--no-edit', rev);
  return clone.head();
}

describe('semver-tag: reverts', () => {
  test('reverts of released changes only: a patch, even with default-bump none; reverts: false turns it off', async () => {
    const work = released();
    revert(work, 'HEAD');
    const step = await tagStep(work, dry({ 'default-bump': 'none' }));
    expect(step.outputs).toMatchObject({ version: '1.2.1', bump: 'patch' });
    expect(step.outputs.notes).toMatch(/^### Reverts\n\n- feat: released \([0-9a-f]{7}\)$/);
    const off = await tagStep(work, dry({ 'default-bump': 'none', reverts: 'false' }));
    expect(off.outputs).toMatchObject({ version: '', bump: 'none' });
    expect(off.log).toContain('Nothing to release');
  });

  test('a revert of a change in the same range cancels it: both drop, from the bump and the notes', async () => {
    const work = released();
    work.commit('fix: a');
    const feat = work.commit('feat: b');
    revert(work, feat);
    const step = await tagStep(work, dry());
    expect(step.outputs).toMatchObject({ version: '1.2.1', bump: 'patch' });
    expect(step.outputs.notes).toMatch(/^### Fixes\n\n- a \([0-9a-f]{7}\)$/);
    expect((await tagStep(work, dry({ reverts: 'false' }))).outputs.version).toBe('1.3.0');
  });

  // commit-and-tag-version disagrees here (1.2.1): conventional-commits-filter drops all three commits.
  test('a revert of that revert brings the change back', async () => {
    const work = released();
    const feat = work.commit('feat: b');
    const undo = revert(work, feat);
    revert(work, undo);
    const step = await tagStep(work, dry());
    expect(step.outputs).toMatchObject({ version: '1.3.0', bump: 'minor' });
    expect(step.outputs.notes).toMatch(/^### Features\n\n- b \([0-9a-f]{7}\)$/);
  });

  // commit-and-tag-version disagrees here and below (1.3.0): its revert pattern wants `This reverts commit <sha>.`.
  test('a GitHub revert PR, squash-merged (no sha, the subject quoted with its PR number)', async () => {
    const work = released();
    work.commit('feat(api): add users (#12)');
    work.commit('fix: typo (#13)');
    work.commit('Revert "feat(api): add users (#12)" (#14)\n\nReverts octo/widgets#12');
    const step = await tagStep(work, dry());
    expect(step.outputs).toMatchObject({ version: '1.2.1', bump: 'patch' });
    expect(step.outputs.notes).not.toContain('users');
  });

  // commit-and-tag-version disagrees here (1.3.0): it drops the merge commit alone, the merged feat stays.
  test("a revert of a merge commit (GitHub's Revert button on a merged PR) drops every commit it merged", async () => {
    const work = released();
    work.git('checkout', '--quiet', '-b', 'topic');
    work.commit('feat: big thing');
    work.commit('fix: on the branch');
    work.git('checkout', '--quiet', 'main');
    work.commit('fix: on main');
    work.git('merge', '--quiet', '--no-ff', '-m', 'Merge pull request #7 from octo/topic', 'topic');
    work.git('revert', '--no-edit', '-m', '1', 'HEAD');
    const step = await tagStep(work, dry());
    expect(step.outputs).toMatchObject({ version: '1.2.1', bump: 'patch' });
    expect(step.outputs.notes).toMatch(/^### Fixes\n\n- on main \(\w{7}\)$/);
    expect((await tagStep(work, dry({ reverts: 'false' }))).outputs.version).toBe('1.3.0');
  });

  test('revert: with a Refs footer (the Conventional Commits form), the sha abbreviated', async () => {
    const work = released();
    const feat = work.commit('feat: b');
    work.commit('fix: c');
    work.commit(`revert: feat: b\n\nRefs: ${feat.slice(0, 9)}`);
    expect((await tagStep(work, dry())).outputs).toMatchObject({ version: '1.2.1', bump: 'patch' });
  });
});

describe('semver-tag: release-rules', () => {
  test('rules before the defaults; a breaking change stays major unless a ! rule says else', async () => {
    const work = released();
    work.commit('docs(readme): install steps');
    work.commit('build: bump node');
    const rules = 'docs(readme): patch\nbuild: minor\nfeat: none';
    expect((await tagStep(work, dry({ 'default-bump': 'none' }))).outputs.version).toBe('');
    expect(
      (await tagStep(work, dry({ 'release-rules': 'docs(readme): patch', 'default-bump': 'none' }))).outputs
        .version,
    ).toBe('1.2.1');
    expect((await tagStep(work, dry({ 'release-rules': rules }))).outputs.version).toBe('1.3.0');
    work.commit('feat: more');
    expect(
      (await tagStep(work, dry({ 'release-rules': 'feat: none\n*: none', 'default-bump': 'none' }))).outputs
        .version,
    ).toBe('');
    work.commit('build!: drop node 18');
    expect((await tagStep(work, dry({ 'release-rules': 'build: none' }))).outputs.version).toBe('2.0.0');
    expect((await tagStep(work, dry({ 'release-rules': 'build!: minor' }))).outputs.version).toBe('1.3.0');
  });

  test.each([
    [
      'feat: minor\n\nchore deps: patch',
      "input 'release-rules' line 3 must be type[(scope)][!]: major|minor|patch|none",
    ],
    ['docs: huge', "input 'release-rules' line 1 must end in major, minor, patch or none, got 'huge'"],
  ])('a malformed rule is one clear line: %p', async (rules, message) => {
    const work = released();
    expectOneLineFailure(await tagStep(work, { 'release-rules': rules }), ACTION, message);
  });

  test('squash-bodies: false reads only the subject, as semantic-release does', async () => {
    const work = released();
    work.commit('Add many things (#12)\n\n* feat: add export\n* fix: typo');
    expect((await tagStep(work, dry())).outputs.version).toBe('1.3.0');
    const off = await tagStep(work, dry({ 'squash-bodies': 'false', 'default-bump': 'none' }));
    expect(off.outputs.version).toBe('');
  });
});

describe('semver-tag: notes and summary', () => {
  const server = { GITHUB_SERVER_URL: 'https://ghe.example.com', GITHUB_REPOSITORY: 'octo/widgets' };

  test('sections, links to commits and PRs on the server, and a summary with the compare link', async () => {
    const work = released();
    const perf = work.commit('perf(db): batch inserts (#21)');
    const breaking = work.commit('refactor!: new config\n\nBREAKING CHANGE: config moved to ci.toml');
    work.commit('docs: guide');
    work.push();
    const step = await tagStep(work, { 'floating-tags': 'major' }, server);
    expect(step.exitCode).toBe(0);
    const url = 'https://ghe.example.com/octo/widgets';
    const [sections, other] = step.outputs.notes!.split('\n\n### Other\n\n');
    expect(other).toMatch(
      /^- docs: guide \(\[\w{7}\]\(https:\/\/ghe\.example\.com\/octo\/widgets\/commit\/\w{40}\)\)$/,
    );
    expect(sections).toBe(
      [
        '### Breaking changes',
        '',
        `- refactor: new config — config moved to ci.toml ([${breaking.slice(0, 7)}](${url}/commit/${breaking}))`,
        '',
        '### Performance',
        '',
        `- **db:** batch inserts ([#21](${url}/pull/21)) ([${perf.slice(0, 7)}](${url}/commit/${perf}))`,
      ].join('\n'),
    );
    expect(step.summary).toContain('### semver-tag: v2.0.0 created');
    expect(step.summary).toContain(
      `v1.2.0 → **v2.0.0** (major) · 3 commits since v1.2.0 · [compare v1.2.0...v2.0.0](${url}/compare/v1.2.0...v2.0.0)`,
    );
    expect(step.summary).toContain('Floating tags moved: `v2`');
    expect(step.summary).toContain(`#### Release notes\n\n${step.outputs.notes}`);
  });

  test('notes-sections maps and hides types', async () => {
    const work = released();
    work.commit('docs: guide');
    work.commit('chore: tidy');
    work.commit('fix: bug');
    const step = await tagStep(
      work,
      dry({ 'notes-sections': 'docs: Documentation\nchore: -\nfix: Bug fixes' }),
    );
    expect(step.outputs.notes).toMatch(
      /^### Bug fixes\n\n- bug \(\w{7}\)\n\n### Documentation\n\n- guide \(\w{7}\)$/,
    );
  });

  test('nothing to release: the summary says why', async () => {
    const work = released();
    work.commit('chore: a');
    const step = await tagStep(work, dry({ 'default-bump': 'none' }));
    expect(step.summary).toContain('### semver-tag: nothing to release');
    expect(step.summary).toContain('1 commit since v1.2.0; no commit since v1.2.0 asks for a release');
  });
});

describe('semver-tag: reruns, commit and prefix', () => {
  test('a rerun after a failure between the tag push and the floating push moves the floating tags', async () => {
    const work = released();
    work.tag('v1', { at: 'v1.2.0^{}', annotated: false });
    work.push('refs/tags/v1');
    work.commit('feat: x');
    work.push();
    // What a first run leaves when it dies after pushing v1.3.0: v1 still at 1.2.0, no v1.3.
    work.tag('v1.3.0');
    work.push('refs/tags/v1.3.0');
    const rerun = await tagStep(work, { 'floating-tags': 'major-minor' });
    expect(rerun.exitCode).toBe(0);
    expect(rerun.outputs).toMatchObject({ tag: 'v1.3.0', created: 'false', 'floating-tags': 'v1\nv1.3' });
    expect(rerun.log).toContain('Moved v1 to v1.3.0');
    expect(repos.remoteTags()).toMatchObject({ v1: work.head(), 'v1.3': work.head() });
    // Once right, a rerun changes nothing.
    const again = await tagStep(work, { 'floating-tags': 'major-minor' });
    expect(again.outputs).toMatchObject({ created: 'false', 'floating-tags': '' });
    expect(again.summary).toContain('### semver-tag: v1.3.0 (already tagged)');
  });

  test('a rerun never pulls a floating tag back from a newer release', async () => {
    const work = released();
    work.commit('feat: x');
    work.tag('v1.3.0');
    work.push('HEAD', 'refs/tags/v1.3.0');
    const other = repos.clone('other');
    other.commit('feat: newer');
    other.tag('v1', { annotated: false });
    other.push('HEAD:refs/heads/other', 'refs/tags/v1');
    const rerun = await tagStep(work, { 'floating-tags': 'major' });
    expect(rerun.exitCode).toBe(0);
    expect(rerun.outputs['floating-tags']).toBe('');
    expect(rerun.log).toMatch(/did not move v1 on origin: they point at a commit that is not in its history/);
    expect(repos.remoteTags()['v1']).toBe(other.head());
  });

  test('commit: tags the commit given, its history decides', async () => {
    const work = released();
    const fix = work.commit('fix: a');
    work.commit('feat: b');
    work.push();
    const step = await tagStep(work, { commit: 'HEAD~1' });
    expect(step.exitCode).toBe(0);
    expect(step.outputs).toMatchObject({ version: '1.2.1', tag: 'v1.2.1', created: 'true' });
    expect(repos.remoteTags()['v1.2.1']).toBe(fix);
    expect(step.outputs.notes).not.toContain('- b');
    const head = await tagStep(work, { commit: work.head() });
    expect(head.outputs).toMatchObject({ version: '1.3.0', 'previous-tag': 'v1.2.1' });
    expect(repos.remoteTags()['v1.3.0']).toBe(work.head());
  });

  test('commit: in a shallow checkout, found once the history is fetched', async () => {
    const work = released();
    const fix = work.commit('fix: a');
    work.commit('feat: b');
    work.push();
    const shallow = repos.clone('shallow', 1);
    const step = await tagStep(shallow, { commit: fix, push: 'false' });
    expect(step.exitCode).toBe(0);
    expect(step.log).toContain('Shallow checkout');
    expect(step.outputs).toMatchObject({ version: '1.2.1', 'previous-tag': 'v1.2.0' });
    expect(shallow.tags()['v1.2.1']).toBe(fix);
  });

  test.each([
    [{ commit: 'nope' }, "input 'commit' names no commit in this clone, got 'nope'"],
    [{ commit: '--all' }, "input 'commit' must be a commit"],
    [{ prefix: '--force' }, "input 'prefix' must be the start of a valid tag name"],
    [{ prefix: '0' }, "input 'prefix' must not end in a digit"],
    [{ prefix: 'v', 'initial-version': 'x' }, "input 'initial-version' must be a semantic version"],
  ])('%p → one clear line, nothing tagged', async (inputs, message) => {
    const work = released();
    work.commit('feat: x');
    expectOneLineFailure(await tagStep(work, inputs), ACTION, message);
    expect(Object.keys(work.tags())).toEqual(['v1.2.0']);
  });

  test('initial-version may carry the prefix or not', async () => {
    repos = new TestRepos();
    repos.work.commit('feat: first');
    const step = await tagStep(repos.work, dry({ prefix: 'rel-', 'initial-version': 'rel-1.0.0' }));
    expect(step.outputs).toMatchObject({ version: '1.0.0', tag: 'rel-1.0.0' });
  });
});
