// Issue #10 item 10: foreign text (commit messages, file names, HTTP bodies, command output) printed by an
// action must never become a workflow command. The harness reads stdout as the runner does: CR and LF end
// lines, commands run except inside a `::stop-commands::<token>` block.

import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from '@jest/globals';
import type { StepResult } from '../../cli/runner.js';
import { maskLog } from '../../cli/runner.js';
import { startHttpServer } from '../support/http-server.js';
import { runStep } from '../support/step.js';
import { TestRepos } from '../unit/semver-tag/git-fixture.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const OWN_MESSAGE = /^(health-wait|lockfile-check|semver-tag|deploy-ssh|docker-smoke-test): /;

/**
 * No command the runner would run carries the attacker's marker, except the action's own one-line messages
 * (`<action>: …`), which may quote foreign text as data: escaped, it cannot start a command of its own.
 */
function expectNoInjectedCommand(step: StepResult, marker = 'INJECTED'): void {
  const injected = step.commands.filter(
    (command) =>
      !OWN_MESSAGE.test(command.message) &&
      (command.message.includes(marker) ||
        Object.values(command.properties).some((value) => value.includes(marker))),
  );
  expect(injected).toEqual([]);
  expect(
    step.commands.some((command) => command.command === 'add-mask' && command.message === 'Starting'),
  ).toBe(false);
}

describe('the harness reads stdout as the runner does', () => {
  test('a CR starts a new line, and stop-commands switches commands off until its token', () => {
    const { commands, log } = maskLog(
      'a\r::warning::one\n::stop-commands::t0k3n\n::warning::two\n::t0k3n::\n##[error]three\n',
    );
    expect(commands.map((command) => command.message)).toEqual(['one', 'three']);
    expect(log).toContain('::warning::two');
    expect(log).not.toContain('t0k3n');
  });
});

describe('workflow-command injection through foreign text', () => {
  test('semver-tag: commit subjects with CR and body lines holding commands stay text', async () => {
    const repos = new TestRepos();
    cleanups.push(() => repos.cleanup());
    repos.work.commit('chore: init');
    repos.work.tag('v1.0.0');
    repos.work.push('HEAD', 'refs/tags/v1.0.0');
    repos.work.commit('feat: Update\r::warning title=INJECTED::INJECTED subject');
    repos.work.commit('fix(x\r::add-mask::Starting): y\n\n* feat: list\r::error::INJECTED body');
    repos.work.push();
    const step = await runStep({
      action: 'semver-tag',
      cwd: repos.work.dir,
      inputs: { push: 'false' },
      timeoutMs: 60_000,
    });
    expect(step.exitCode).toBe(0);
    expect(step.log).toContain('INJECTED subject');
    expectNoInjectedCommand(step);
  });

  test('lockfile-check: a folder name holding a newline and ::warning stays in its line', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sec-lockfile-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    const evil = join(root, 'pkg\n::warning title=INJECTED::INJECTED\r::add-mask::Starting');
    mkdirSync(evil);
    cpSync(join(import.meta.dirname, '..', 'fixtures', 'lockfile-check', 'npm-v3'), evil, {
      recursive: true,
    });
    const step = await runStep({ action: 'lockfile-check', cwd: root, timeoutMs: 60_000 });
    expect(step.log).toContain('INJECTED');
    expectNoInjectedCommand(step);
  });

  test('health-wait: a body holding commands is shown on one line, never run', async () => {
    const server = await startHttpServer((_, response) => {
      // 200 with the wrong body: the failure quotes the body, the one place health-wait shows it.
      response.end('down\r\n::warning::INJECTED\r::add-mask::Starting\n##[error]INJECTED');
    });
    cleanups.push(server.close);
    const step = await runStep({
      action: 'health-wait',
      inputs: { url: `${server.url}/`, 'expect-status': '200', 'expect-body': 'ok', timeout: '1s' },
      timeoutMs: 30_000,
    });
    expect(step.exitCode).toBe(1);
    expect(step.log).toContain('::warning::INJECTED');
    expectNoInjectedCommand(step);
  });
});
