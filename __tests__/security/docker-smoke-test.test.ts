// Issue #10 items 8 and 10 (docker-smoke-test): what a container and its build print is never run as a
// workflow command, and env values the container echoes are redacted from the `logs` output and summary.

import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { StepResult } from '../../cli/runner.js';
import { BUSYBOX, buildBusyboxImage, docker } from '../support/docker.js';
import { describeWithService, dockerUnavailable } from '../support/services.js';
import { runStep } from '../support/step.js';

const ACTION = 'docker-smoke-test';
const SUFFIX = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
const NOISY = `ci-kit-sec-noisy:${SUFFIX}`;
const RUN_ID = `sec-${SUFFIX}`;
const SECRET = 'd0cker-env-secret-value';

const INJECTION = [
  'echo "::add-mask::Starting"',
  'echo "::warning title=INJECTED::INJECTED from the log"',
  'printf "line\\r::error::INJECTED after CR\\n"',
  'echo "##[error]INJECTED legacy"',
  'echo "the secret is $APP_SECRET"',
].join(' && ');

function expectNoInjectedCommand(step: StepResult): void {
  const injected = step.commands.filter(
    (command) =>
      command.message.includes('INJECTED') ||
      Object.values(command.properties).some((value) => value.includes('INJECTED')) ||
      (command.command === 'add-mask' && command.message === 'Starting'),
  );
  expect(injected).toEqual([]);
}

const run = (inputs: Record<string, string>) =>
  runStep({ action: ACTION, inputs, env: { GITHUB_RUN_ID: RUN_ID }, timeoutMs: 120_000 });

describeWithService('docker-smoke-test: foreign output', dockerUnavailable(), () => {
  beforeAll(() => {
    buildBusyboxImage(
      NOISY,
      `LABEL ci-kit.test=security\nCMD ["sh", "-c", ${JSON.stringify(`${INJECTION} && exit 3`)}]`,
    );
  }, 120_000);

  afterAll(() => {
    docker(['rmi', '-f', NOISY]);
  });

  it('container logs holding commands and echoed env values: shown as text, redacted in outputs', async () => {
    const step = await run({ image: NOISY, env: `APP_SECRET=${SECRET}`, 'wait-for': 'exit' });
    expect(step.log).toContain('INJECTED from the log');
    expectNoInjectedCommand(step);
    expect(step.outputs.logs).toContain('the secret is ***');
    for (const shown of [step.log, step.summary, ...Object.values(step.outputs)]) {
      expect(shown).not.toContain(SECRET);
    }
  });

  it('docker build output holding commands is shown as text', async () => {
    const context = mkdtempSync(join(tmpdir(), 'ci-kit-sec-build-'));
    try {
      copyFileSync(BUSYBOX, join(context, 'busybox'));
      writeFileSync(
        join(context, 'Dockerfile'),
        [
          'FROM scratch',
          'COPY busybox /bin/busybox',
          'RUN ["/bin/busybox", "--install", "-s", "/bin"]',
          'LABEL ci-kit.test=security',
          `RUN ${INJECTION} && echo "::warning::INJECTED to stderr" >&2`,
          'CMD ["true"]',
        ].join('\n'),
      );
      const step = await run({ context, 'wait-for': 'exit', 'remove-image': 'true' });
      expect(`${step.stdout}`).toContain('INJECTED');
      expectNoInjectedCommand(step);
    } finally {
      rmSync(context, { recursive: true, force: true });
    }
  });
});
