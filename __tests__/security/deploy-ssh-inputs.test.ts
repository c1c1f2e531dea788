// The deploy-ssh bundle against hostile or careless input values (issue #10, item 19): a user name
// that is not one, and a comment line in `env` that must not leak into the value above it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { describeWithService, sshdUnavailable } from '../support/services.js';
import { useSshd } from '../support/sshd-suite.js';
import { expectOneLineFailure, runStep } from '../support/step.js';

const ACTION = 'deploy-ssh';
const root = process.env.CI_KIT_E2E_ROOT ?? join(import.meta.dirname, '..', '..');
const bundle = join(root, 'dist', ACTION, 'index.js');
const placeholder = !existsSync(bundle) || readFileSync(bundle, 'utf8').includes('is not implemented yet');
const describeBundle = placeholder ? describe.skip : describe;

const run = (inputs: Record<string, string>) =>
  runStep({ action: ACTION, inputs, timeoutMs: 60_000, root, post: false });

describeBundle(
  `deploy-ssh bundle inputs${placeholder ? ' — skipped: dist/deploy-ssh is the placeholder' : ''}`,
  () => {
    it.each([
      ['-oProxyCommand=touch /tmp/pwned'],
      ['bad user'],
      ['deploy\n::warning::injected'],
      ['root@other'],
    ])('refuses username %j with one line', async (username) => {
      const step = await run({ host: '127.0.0.1', username, key: 'x', script: 'true' });
      expectOneLineFailure(step, ACTION, /^deploy-ssh: input 'username' must be a user name \(/);
      expect(step.commands.filter((command) => command.command === 'warning')).toEqual([]);
    });

    describeWithService('against a real sshd', sshdUnavailable(), () => {
      const sshd = useSshd({ user: 'input' });

      it('reads a # line in env as a comment, not as part of the value above it', async () => {
        const step = await run({
          ...sshd.inputs(),
          env: 'FIRST=one\n# the second one is for staging\nSECOND=two\n  # indented too\n',
          // The values are masked in every output, so the script compares them itself.
          script: 'test "$FIRST" = one\ntest "$SECOND" = two\necho same',
        });
        expect(step.exitCode).toBe(0);
        expect(step.outputs.stdout).toBe('same\n');
      });
    });
  },
);
