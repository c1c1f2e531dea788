// commit-and-tag-version as an oracle: on the same small histories (1.x, where both tools read Conventional
// Commits alike) it must compute the same next version as semver-tag.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, expect, test } from '@jest/globals';
import { findRoot } from '../../cli/runner.js';
import { runStep } from '../support/step.js';
import { TestRepos } from '../unit/semver-tag/git-fixture.js';

const PEER = join(findRoot(), 'node_modules', 'commit-and-tag-version', 'bin', 'cli.js');
let repos: TestRepos;

afterEach(() => repos?.cleanup());

function peerVersion(dir: string): string | undefined {
  const result = spawnSync(process.execPath, [PEER, '--dry-run'], { cwd: dir, encoding: 'utf8' });
  expect(result.status).toBe(0);
  return /bumping version in package\.json from \S+ to (\S+)/.exec(result.stdout)?.[1];
}

test.each([
  ['fixes only', ['fix: a', 'fix(core): b']],
  ['a feature among fixes', ['fix: a', 'feat(api): b', 'docs: c']],
  ['a breaking footer', ['fix: a', 'refactor: b\n\nBREAKING CHANGE: gone']],
  ['a breaking bang', ['feat!: a']],
  ['chores only (default-bump patch)', ['chore: a', 'ci: b']],
])('%s: same next version as commit-and-tag-version', async (_, messages) => {
  repos = new TestRepos();
  const work = repos.work;
  work.commit('feat: start', { 'package.json': JSON.stringify({ name: 'x', version: '1.4.2' }) });
  work.tag('v1.4.2');
  for (const message of messages) work.commit(message);
  const step = await runStep({ action: 'semver-tag', cwd: work.dir, inputs: { 'dry-run': 'true' } });
  expect(step.exitCode).toBe(0);
  expect(step.outputs.version).toBe(peerVersion(work.dir));
});

// Reverts, as commit-and-tag-version reads them (conventional-commits-filter drops a reverted commit and
// its revert; any commit left releases at least a patch). Where the two disagree, the history is
// hand-written in __tests__/e2e/semver-tag-rules.test.ts instead:
// - a revert of a revert: the filter drops all three commits (patch); the change is back, so a minor;
// - a squash-merged GitHub revert PR (`Revert "feat: a (#12)" (#14)`, body `Reverts o/r#12`) and a
//   `revert: feat: a` with a `Refs: <sha>` footer: its pattern wants `This reverts commit <sha>.`, so it
//   keeps the feature (minor); semver-tag finds the commit by its subject or the Refs sha (patch);
// - a revert of a merge commit: the filter drops the merge commit alone, the merged feature stays (minor);
//   semver-tag drops every commit the merge brought in (patch).
type Step = string | { revert: number };

test.each<[string, Step[], Record<string, string>]>([
  ['a feature reverted in the same range, a fix kept', ['fix: a', 'feat: b', { revert: 1 }], {}],
  ['a breaking change reverted in the same range', ['feat!: x', { revert: 0 }, 'fix: y'], {}],
  ['two features reverted out of order', ['feat: a', 'feat: b', { revert: 0 }, { revert: 1 }, 'fix: c'], {}],
  ['only a revert of the released feature (default-bump none)', [{ revert: -1 }], { 'default-bump': 'none' }],
])('%s: same next version as commit-and-tag-version', async (_, steps, inputs) => {
  repos = new TestRepos();
  const work = repos.work;
  work.commit('feat: start', { 'package.json': JSON.stringify({ name: 'x', version: '1.4.2' }) });
  const released = work.commit('feat: released');
  work.tag('v1.4.2');
  const shas: string[] = [];
  for (const step of steps) {
    if (typeof step === 'string') shas.push(work.commit(step));
    else {
      work.git('revert', '--no-edit', step.revert < 0 ? released : shas[step.revert]!);
      shas.push(work.head());
    }
  }
  const step = await runStep({
    action: 'semver-tag',
    cwd: work.dir,
    inputs: { 'dry-run': 'true', ...inputs },
  });
  expect(step.exitCode).toBe(0);
  expect(step.outputs.version).toBe(peerVersion(work.dir));
  expect(step.outputs.version).toBe('1.4.3');
});
