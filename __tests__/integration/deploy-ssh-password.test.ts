// deploy-ssh with password authentication against a real sshd, for a system user made for this test.
import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { runInProcess } from '../fixtures/deploy-ssh/run-in-process.js';
import { describeWithService, passwordLoginUnavailable } from '../support/services.js';
import { startSshd, type TestSshd } from '../support/sshd.js';

describeWithService('deploy-ssh logging in with a password', passwordLoginUnavailable(), () => {
  const user = `cikitpw${process.pid}`;
  // Quotes, a dollar sign and spaces: the password must reach the server exactly and never the log.
  const password = `pw '${process.pid}" $HOME x`;
  let home: string;
  let sshd: TestSshd;

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'ci-kit-pw-home-'));
    execFileSync('useradd', ['--system', '--shell', '/bin/bash', '--home-dir', home, user], {
      stdio: 'pipe',
    });
    const uid = Number(execFileSync('id', ['-u', user]).toString());
    chownSync(home, uid, uid);
    execFileSync('chpasswd', { input: `${user}:${password}\n`, stdio: ['pipe', 'pipe', 'pipe'] });
    sshd = await startSshd({ passwordLogin: true });
  });
  afterAll(async () => {
    await sshd?.stop();
    execFileSync('userdel', [user], { stdio: 'pipe' });
    rmSync(home, { recursive: true, force: true });
  });

  const inputs = (extra: Record<string, string> = {}) => ({
    host: `${user}@127.0.0.1:${sshd.port}`,
    password,
    'known-hosts': sshd.knownHostsLine,
    script: 'echo "logged in as $(id -un)"',
    'connect-timeout': '10s',
    ...extra,
  });

  it('runs the script as the user, and the password appears nowhere in the output', async () => {
    const step = await runInProcess(inputs());
    expect(step.error).toBeUndefined();
    expect(step.outputs.stdout).toBe(`logged in as ${user}\n`);
    expect(step.raw).toContain(`::add-mask::${password}`);
    expect(step.log).not.toContain(password);
  });

  it('names password as the method tried when the password is wrong', async () => {
    const step = await runInProcess(inputs({ password: 'not the password' }));
    expect(step.error?.message).toBe(
      `authentication refused by ${user}@127.0.0.1:${sshd.port}: tried password; check the user name, the password (and that the server allows PasswordAuthentication)`,
    );
    expect(step.log).not.toContain('not the password');
  });
});
