// deploy-ssh running scripts on a real sshd: strict bash, env quoting, exit codes, signals, timeouts, secrets.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from '@jest/globals';
import { runInProcess } from '../fixtures/deploy-ssh/run-in-process.js';
import { describeWithService, sshdUnavailable } from '../support/services.js';
import { useSshd } from '../support/sshd-suite.js';

/** Whether remote process `pid` (sshd runs on this machine) has ended within 10 s; being reaped takes a moment. */
async function gone(pid: string): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    try {
      execFileSync('kill', ['-0', pid], { stdio: 'pipe' });
    } catch {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

describeWithService('deploy-ssh scripts on a real sshd', sshdUnavailable(), () => {
  const sshd = useSshd({ user: 'input' });
  const inputs = sshd.inputs;

  it('stops at the first failing line and reports the exit code', async () => {
    const step = await runInProcess(inputs({ script: 'echo one\nfalse\necho two' }));
    expect(step.error?.message).toMatch(/: script exited with code 1$/);
    expect(step.log).toContain('one');
    expect(step.log).not.toMatch(/^two$/m);
    const [result] = JSON.parse(step.outputs.results!);
    expect(result).toMatchObject({ exitCode: 1, signal: null, stdout: 'one\n' });
    expect(step.outputs.stdout).toBe('one\n');
    // One host: its live output is a log group.
    expect(step.commands.map((command) => command.command)).toEqual(
      expect.arrayContaining(['group', 'endgroup']),
    );
    expect(step.log).toMatch(/::group::\S+: script\none\n/);
  });

  it('fails a pipeline whose first command fails, and an unset variable', async () => {
    expect((await runInProcess(inputs({ script: 'false | cat\necho after' }))).error?.message).toMatch(
      /code 1/,
    );
    const unset = await runInProcess(inputs({ script: 'echo "$NOT_SET_ANYWHERE"' }));
    expect(unset.error?.message).toMatch(/code 1: .*NOT_SET_ANYWHERE: unbound variable/);
  });

  it('does not let a command that reads stdin swallow the rest of the script', async () => {
    const step = await runInProcess(inputs({ script: 'cat\necho still-here' }));
    expect(step.error).toBeUndefined();
    expect(step.outputs.stdout).toBe('still-here\n');
  });

  it('exports env values with $, quotes, backslashes and newlines exactly', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ci-kit-env-')), 'values');
    const values = {
      DOLLAR: 'a$HOME$(id)`id`b',
      QUOTES: `it's "quoted" \\ back`,
      MULTI: 'line one\n  line two',
    };
    const step = await runInProcess(
      inputs({
        env: `DOLLAR=${values.DOLLAR}\nQUOTES=${values.QUOTES}\nMULTI=${values.MULTI}\n`,
        script: `printf "%s|" "$DOLLAR" "$QUOTES" "$MULTI" > ${out}`,
      }),
    );
    expect(step.error).toBeUndefined();
    // The server is this machine, so the file it wrote can be read back directly.
    expect(readFileSync(out, 'utf8')).toBe(`${values.DOLLAR}|${values.QUOTES}|${values.MULTI}|`);
  });

  it('reports a remote command killed by a signal as a failure', async () => {
    const step = await runInProcess(inputs({ script: 'echo before\nkill -KILL $$' }));
    expect(step.error?.message).toMatch(/: script was killed by signal KILL$/);
    expect(JSON.parse(step.outputs.results!)[0]).toMatchObject({ exitCode: null, signal: 'KILL' });
  });

  it('stops the remote command at command-timeout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ci-kit-timeout-'));
    const started = Date.now();
    const step = await runInProcess(
      // 5 s, not less: under a loaded CI machine the shell must get to write its pid before the timeout.
      inputs({ script: `echo $$ > ${dir}/pid\nsleep 30\ntouch ${dir}/late`, 'command-timeout': '5s' }),
    );
    expect(step.error?.message).toMatch(/after 5s \(command-timeout\)/);
    // Not left to run its 30 s: the remote command was stopped, not just abandoned.
    expect(Date.now() - started).toBeLessThan(25_000);
    expect(await gone(readFileSync(join(dir, 'pid'), 'utf8').trim())).toBe(true);
    expect(existsSync(join(dir, 'late'))).toBe(false);
  });

  it('stops the remote command when the step is cancelled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ci-kit-cancel-'));
    const controller = new AbortController();
    const running = runInProcess(inputs({ script: `echo $$ > ${dir}/pid\nsleep 30\ntouch ${dir}/late` }), {
      signal: controller.signal,
    });
    for (let i = 0; i < 600 && !existsSync(join(dir, 'pid')); i++)
      await new Promise((r) => setTimeout(r, 50));
    controller.abort(new Error('cancelled (SIGINT)'));
    const step = await running;
    expect(step.error?.message).toBe('cancelled (SIGINT)');
    expect(await gone(readFileSync(join(dir, 'pid'), 'utf8').trim())).toBe(true);
    expect(existsSync(join(dir, 'late'))).toBe(false);
  });

  it('never prints the key, the passphrase or env values', async () => {
    const secret = 'hunter2-very-secret';
    const step = await runInProcess(
      inputs({
        env: `TOKEN=${secret}\nPEM=-----BEGIN X-----\nabcdefsecretline\n-----END X-----`,
        script: 'echo "token is $TOKEN"\necho "$PEM"\necho "$TOKEN" >&2\nexit 3',
      }),
    );
    expect(step.error?.message).toMatch(/code 3/);
    expect(step.raw).toContain(`::add-mask::${secret}`);
    const visible = `${step.log}\n${step.summary}`;
    for (const leaked of [secret, 'abcdefsecretline', sshd.clientKey.split('\n')[1]!]) {
      expect(visible).not.toContain(leaked);
    }
    expect(step.log).toContain('token is ***');
  });
});
