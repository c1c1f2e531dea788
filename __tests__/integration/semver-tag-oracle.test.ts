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
