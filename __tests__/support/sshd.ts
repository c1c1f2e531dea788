// A real OpenSSH server on 127.0.0.1 with generated host and client keys, for tests.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { probeTcp } from '../../shared/probes/tcp.js';
import { freePort } from './http-server.js';
import { SSHD } from './services.js';

export interface TestSshd {
  port: number;
  user: string;
  dir: string;
  /** `127.0.0.1 ssh-ed25519 AAAA…` for a known_hosts file. */
  knownHostsLine: string;
  /** Client private key (OpenSSH format) authorised for `user`. */
  clientKey: string;
  clientKeyPath: string;
  stop(): Promise<void>;
}

function keygen(file: string, type = 'ed25519', passphrase = ''): void {
  execFileSync('ssh-keygen', ['-q', '-t', type, '-N', passphrase, '-C', 'ci-kit-test', '-f', file], {
    stdio: 'pipe',
  });
}

export async function startSshd(): Promise<TestSshd> {
  const dir = mkdtempSync(join(tmpdir(), 'ci-kit-sshd-'));
  chmodSync(dir, 0o700);
  keygen(join(dir, 'host_ed25519'));
  keygen(join(dir, 'client_ed25519'));
  writeFileSync(join(dir, 'authorized_keys'), readFileSync(join(dir, 'client_ed25519.pub')));
  const port = await freePort();
  const config = [
    `Port ${port}`,
    'ListenAddress 127.0.0.1',
    `HostKey ${join(dir, 'host_ed25519')}`,
    `PidFile ${join(dir, 'sshd.pid')}`,
    `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'UsePAM no',
    'StrictModes no',
    'PermitRootLogin prohibit-password',
    'LogLevel ERROR',
  ];
  writeFileSync(join(dir, 'sshd_config'), `${config.join('\n')}\n`);
  if (process.getuid?.() === 0) mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  const child: ChildProcess = spawn(SSHD, ['-D', '-e', '-f', join(dir, 'sshd_config')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => {
    stderr += chunk;
  });
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`sshd exited with ${child.exitCode}: ${stderr.trim()}`);
    if ((await probeTcp({ host: '127.0.0.1', port }, { timeoutMs: 500 })).ok) break;
    if (Date.now() - started > 10_000)
      throw new Error(`sshd did not listen on ${port} within 10s: ${stderr.trim()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const hostKey = readFileSync(join(dir, 'host_ed25519.pub'), 'utf8').trim().split(' ').slice(0, 2).join(' ');
  return {
    port,
    user: userInfo().username,
    dir,
    knownHostsLine: `[127.0.0.1]:${port} ${hostKey}`,
    clientKey: readFileSync(join(dir, 'client_ed25519'), 'utf8'),
    clientKeyPath: join(dir, 'client_ed25519'),
    stop: async () => {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
