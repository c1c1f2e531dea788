// Issue #10 items 4 and 19 (semver-tag): a token in `remote` is never printed and never reaches an argv;
// a prefix cannot become a git option.

import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from '@jest/globals';
import { freePort } from '../support/http-server.js';
import { expectOneLineFailure, runStep } from '../support/step.js';
import { TestRepos } from '../unit/semver-tag/git-fixture.js';

let repos: TestRepos | undefined;
afterEach(() => repos?.cleanup());

const TOKEN = 'ghs_T0kenSecretValue123';

test('a remote URL holding a token: masked everywhere, and git gets it through its environment', async () => {
  repos = new TestRepos();
  repos.work.commit('feat: first');
  repos.work.push();
  // A git on PATH that records every argv, then runs the real one.
  const bin = join(repos.root, 'bin');
  const argvLog = join(repos.root, 'argv.log');
  mkdirSync(bin);
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$@" >> '${argvLog}'\nexec '${realGit}' "$@"\n`);
  chmodSync(join(bin, 'git'), 0o755);
  const port = await freePort();
  const remote = `http://x-access-token:${TOKEN}@127.0.0.1:${port}/org/repo.git`;
  const step = await runStep({
    action: 'semver-tag',
    cwd: repos.work.dir,
    inputs: { remote },
    env: { PATH: `${bin}:${process.env.PATH}` },
    timeoutMs: 60_000,
  });
  expect(step.exitCode).toBe(1);
  const error = step.commands.find((command) => command.command === 'error')!.message;
  expect(error).toContain(`http://x-access-token:***@127.0.0.1:${port}/org/repo.git`);
  const raw = step.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  for (const shown of [raw, step.stderr, step.summary, ...Object.values(step.outputs)]) {
    expect(shown).not.toContain(TOKEN);
  }
  const argv = readFileSync(argvLog, 'utf8');
  expect(argv).toContain('push');
  expect(argv).not.toContain(TOKEN);
});

test.each([
  ['--force', 'must be the start of a valid tag name'],
  ['0', 'must not end in a digit'],
  ['v1', 'must not end in a digit'],
])('prefix %s is one input error naming prefix, before git runs', async (prefix, message) => {
  repos = new TestRepos();
  repos.work.commit('feat: first');
  const step = await runStep({
    action: 'semver-tag',
    cwd: repos.work.dir,
    inputs: { prefix, push: 'false' },
    timeoutMs: 60_000,
  });
  expectOneLineFailure(step, 'semver-tag', `input 'prefix' ${message}`);
  expect(repos.work.tags()).toEqual({});
});
