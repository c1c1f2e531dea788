// Issue #10 items 4, 10 and 17 (deploy-ssh): what the server prints never runs as a workflow command, a
// health-url password never prints, and SIGINT ends the step within 2 s.

import { expect, it } from '@jest/globals';
import type { StepResult } from '../../cli/runner.js';
import { startHttpServer } from '../support/http-server.js';
import { describeWithService, sshdUnavailable } from '../support/services.js';
import { useSshd } from '../support/sshd-suite.js';
import { runStep } from '../support/step.js';

const ACTION = 'deploy-ssh';

function expectNoInjectedCommand(step: StepResult): void {
  const injected = step.commands.filter(
    (command) =>
      command.message.includes('INJECTED') ||
      Object.values(command.properties).some((value) => value.includes('INJECTED')) ||
      (command.command === 'add-mask' && command.message === 'Starting'),
  );
  expect(injected).toEqual([]);
}

describeWithService('deploy-ssh against a real sshd', sshdUnavailable(), () => {
  const inputs = useSshd().inputs;

  it('remote stdout and stderr holding commands are shown as text', async () => {
    const step = await runStep({
      action: ACTION,
      inputs: inputs({
        script: [
          'echo "::add-mask::Starting"',
          'echo "::warning title=INJECTED::INJECTED stdout"',
          'echo "##[error]INJECTED legacy" >&2',
          'printf "a\\r::error::INJECTED after CR\\n"',
        ].join('\n'),
      }),
      timeoutMs: 60_000,
    });
    expect(step.exitCode).toBe(0);
    expect(step.log).toContain('INJECTED stdout');
    expectNoInjectedCommand(step);
  });

  it('a health-url password is masked everywhere', async () => {
    const server = await startHttpServer((_, response) => {
      response.statusCode = 500;
      response.end('no');
    });
    try {
      const step = await runStep({
        action: ACTION,
        inputs: inputs({
          script: 'true',
          'health-url': `http://checker:HealthPa55word@127.0.0.1:${server.port}/`,
          // Room for the key exchange on a loaded machine: the server is up, so this only bounds a hang.
          'connect-timeout': '10s',
        }),
        timeoutMs: 60_000,
      });
      const raw = step.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n');
      expect(raw).toContain(`http://checker:***@127.0.0.1:${server.port}/`);
      for (const shown of [raw, step.summary, ...Object.values(step.outputs)]) {
        expect(shown).not.toContain('HealthPa55word');
      }
    } finally {
      await server.close();
    }
  });

  it('SIGINT ends a running remote command within 2 s, without job-control noise', async () => {
    let pid = 0;
    let sent = 0;
    const pending = runStep({
      action: ACTION,
      inputs: inputs({ script: 'echo started\nsleep 30' }),
      timeoutMs: 60_000,
      post: false,
      onSpawn: (spawned) => (pid = spawned),
      onStdout: (chunk) => {
        if (!sent && chunk.includes('started')) {
          sent = performance.now();
          process.kill(pid, 'SIGINT');
        }
      },
    });
    const step = await pending;
    const endedAfterMs = performance.now() - sent;
    expect(sent).toBeGreaterThan(0);
    expect(step.exitCode).not.toBe(0);
    expect(endedAfterMs).toBeLessThan(2000);
    expect(step.log).not.toContain('Terminated');
  });
});
