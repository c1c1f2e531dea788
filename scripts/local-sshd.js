// A real OpenSSH server on 127.0.0.1 with throw-away keys, for the demo and the benchmarks (the tests have
// their own, typed, in __tests__/support/sshd.ts).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';

export const SSHD = '/usr/sbin/sshd';

export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export function keygen(file) {
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', file], { stdio: 'pipe' });
}

const accepting = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

/**
 * Starts sshd with its files in `dir` (created), trusting `authorizedKeys` (public key text). With `home`,
 * sessions get it as $HOME, so several servers on one machine stand for different hosts.
 */
export async function startLocalSshd({ dir, authorizedKeys, home }) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  keygen(join(dir, 'host'));
  writeFileSync(join(dir, 'authorized_keys'), authorizedKeys);
  const port = await freePort();
  const config = [
    `Port ${port}`,
    'ListenAddress 127.0.0.1',
    `HostKey ${join(dir, 'host')}`,
    `PidFile ${join(dir, 'pid')}`,
    `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
    'PasswordAuthentication no',
    'UsePAM no',
    'StrictModes no',
    'PermitRootLogin prohibit-password',
    'LogLevel ERROR',
    'Subsystem sftp internal-sftp',
    ...(home ? [`SetEnv HOME=${home}`] : []),
  ];
  writeFileSync(join(dir, 'sshd_config'), `${config.join('\n')}\n`);
  if (process.getuid?.() === 0) mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  const child = spawn(SSHD, ['-D', '-e', '-f', join(dir, 'sshd_config')], { stdio: 'ignore' });
  for (let i = 0; i < 200 && !(await accepting(port)); i++)
    await new Promise((resolve) => setTimeout(resolve, 25));
  const hostKey = readFileSync(join(dir, 'host.pub'), 'utf8').trim().split(' ').slice(0, 2).join(' ');
  return { port, knownHosts: `[127.0.0.1]:${port} ${hostKey}`, stop: () => child.kill('SIGTERM') };
}
