// A commit message is as long as its author wants. A revert naming hundreds of thousands of abbreviated
// shas must cost a lookup each, not a scan of the whole history each (minutes on a long history).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterEach, expect, test } from '@jest/globals';
import { runStep } from '../support/step.js';
import { TestRepos } from '../unit/semver-tag/git-fixture.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** `count` commits on main through fast-import (seconds, not minutes), then `last` as the message of one more. */
function history(dir: string, count: number, last: string): void {
  const parts: string[] = [];
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  for (let i = 1; i <= count + 1; i++) {
    const message = i <= count ? `fix: change ${i}\n` : last;
    parts.push(
      `commit refs/heads/main\nmark :${i}\ncommitter T <t@example.com> ${1_700_000_000 + i} +0000\n`,
    );
    parts.push(data(message));
    if (i > 1) parts.push(`from :${i - 1}\n`);
    parts.push(`M 644 inline file.txt\n${data(String(i))}`);
  }
  execFileSync('git', ['fast-import', '--quiet', '--force'], { cwd: dir, input: parts.join('') });
  execFileSync('git', ['reset', '--quiet', '--hard', 'main'], { cwd: dir });
}

test('semver-tag: a revert naming 400,000 abbreviated shas in a history of 5,000 commits', async () => {
  const repos = new TestRepos();
  cleanups.push(() => repos.cleanup());
  // Distinct shas that name no commit: each is looked for in the whole history.
  const refs = (
    randomBytes(400_000 * 4)
      .toString('hex')
      .match(/.{8}/g) ?? []
  )
    .map((token) => token.slice(0, 7))
    .join(' ');
  history(repos.work.dir, 5000, `revert: change 1\n\nRefs: ${refs}\n`);
  const step = await runStep({
    action: 'semver-tag',
    cwd: repos.work.dir,
    inputs: { push: 'false' },
    timeoutMs: 120_000,
  });
  expect(step.exitCode).toBe(0);
  expect(step.outputs.version).toBe('0.1.0');
  // A scan per sha took 20 s and more here; lookups take well under a second on top of reading the log.
  expect(step.durationMs).toBeLessThan(10_000);
}, 150_000);
