// The deploy-ssh part of `npm run demo`: a real OpenSSH server on 127.0.0.1 with throw-away keys.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { main } from '../dist/cli/index.js';

const SSHD = '/usr/sbin/sshd';

export function sshdUnavailable() {
  if (!existsSync(SSHD)) return 'no OpenSSH server here (bash .ci/run installs openssh-server)';
  if (spawnSync('ssh-keygen', ['-V'], { stdio: 'ignore' }).error) return 'no ssh-keygen here';
  return undefined;
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const listening = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket.destroy() || true));
    socket.on('error', () => resolve(false));
  });

async function startSshd() {
  const dir = mkdtempSync(join(tmpdir(), 'ci-kit-demo-sshd-'));
  chmodSync(dir, 0o700);
  for (const name of ['host', 'client']) {
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, name)], { stdio: 'ignore' });
  }
  writeFileSync(join(dir, 'authorized_keys'), readFileSync(join(dir, 'client.pub')));
  const port = await freePort();
  const config = [
    `Port ${port}`,
    'ListenAddress 127.0.0.1',
    `HostKey ${join(dir, 'host')}`,
    `PidFile ${join(dir, 'sshd.pid')}`,
    `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
    'PasswordAuthentication no',
    'UsePAM no',
    'StrictModes no',
    'LogLevel ERROR',
  ];
  writeFileSync(join(dir, 'sshd_config'), `${config.join('\n')}\n`);
  if (process.getuid?.() === 0) mkdirSync('/run/sshd', { recursive: true });
  const child = spawn(SSHD, ['-D', '-e', '-f', join(dir, 'sshd_config')], { stdio: 'ignore' });
  for (let i = 0; i < 200 && !(await listening(port)); i++)
    await new Promise((resolve) => setTimeout(resolve, 25));
  const hostKey = readFileSync(join(dir, 'host.pub'), 'utf8').split(' ').slice(0, 2).join(' ');
  return {
    host: `${userInfo().username}@127.0.0.1:${port}`,
    key: readFileSync(join(dir, 'client'), 'utf8'),
    knownHosts: `[127.0.0.1]:${port} ${hostKey}`,
    stop: () => {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Deploys twice: a healthy release, then one whose health check fails and is rolled back. */
export async function deployDemo(expect) {
  const server = await startSshd();
  try {
    const source = mkdtempSync(join(tmpdir(), 'ci-kit-demo-site-'));
    const target = join(mkdtempSync(join(tmpdir(), 'ci-kit-demo-target-')), 'app');
    const deploy = (version, health) => {
      writeFileSync(join(source, 'index.html'), `${version}\n`);
      return main([
        'deploy-ssh',
        '--host',
        server.host,
        '--key',
        server.key,
        '--known-hosts',
        server.knownHosts,
        '--source',
        source,
        '--target',
        target,
        '--script',
        'echo "serving $(cat index.html) from $DEPLOY_RELEASE"',
        '--health-command',
        health,
      ]);
    };
    expect('deploy-ssh released v1', await deploy('v1', `grep -q v1 ${target}/current/index.html`), 0);
    const good = readlinkSync(join(target, 'current'));
    expect(
      'deploy-ssh rolled the failing v2 back',
      await deploy('v2', `grep -q v3 ${target}/current/index.html`),
      1,
    );
    const after = readlinkSync(join(target, 'current'));
    console.log(`current → ${after} (${after === good ? 'the v1 release again' : 'NOT v1'})`);
  } finally {
    server.stop();
  }
}
