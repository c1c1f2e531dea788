// The deploy-ssh part of `npm run demo`: a real OpenSSH server on 127.0.0.1 with throw-away keys.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { main } from '../dist/cli/index.js';
import { freePort, keygen, SSHD, startLocalSshd } from './local-sshd.js';
import { buildServiceImage, removeContainersAndImages } from './service-image.js';

export function sshdUnavailable() {
  if (!existsSync(SSHD)) return 'no OpenSSH server here (bash .ci/run installs openssh-server)';
  if (spawnSync('ssh-keygen', ['-V'], { stdio: 'ignore' }).error) return 'no ssh-keygen here';
  return undefined;
}

async function startSshd() {
  const dir = mkdtempSync(join(tmpdir(), 'ci-kit-demo-sshd-'));
  keygen(join(dir, 'client'));
  const server = await startLocalSshd({
    dir: join(dir, 'sshd'),
    authorizedKeys: readFileSync(join(dir, 'client.pub')),
  });
  const host = `${userInfo().username}@127.0.0.1:${server.port}`;
  const key = readFileSync(join(dir, 'client'), 'utf8');
  return {
    /** The deploy-ssh arguments that log in with the throw-away key and pin the host key. */
    login: ['--host', host, '--key', key, '--known-hosts', server.knownHosts],
    stop: () => {
      server.stop();
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
        ...server.login,
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

/**
 * Container deploys: v1, an upgrade to v2, a broken v3 that never becomes healthy (v2 keeps serving,
 * nothing was switched), then `rollback: true` back to v1.
 */
export async function containerDemo(expect) {
  const server = await startSshd();
  const suffix = Math.random().toString(16).slice(2, 8);
  const repository = `ci-kit-demo/web-${suffix}`;
  const name = `demo-web-${suffix}`;
  const images = [];
  try {
    images.push(buildServiceImage(`${repository}:v1`, 'v1'), buildServiceImage(`${repository}:v2`, 'v2'));
    images.push(buildServiceImage(`${repository}:v3`, 'v3', { broken: true }));
    const port = await freePort();
    const serving = async () => {
      try {
        return (await (await fetch(`http://127.0.0.1:${port}/`)).text()).trim();
      } catch {
        return 'nothing';
      }
    };
    const deploy = (image, ...extra) =>
      main([
        'deploy-ssh',
        ...server.login,
        '--image',
        image,
        '--container',
        name,
        '--image-source',
        'upload',
        '--ports',
        `127.0.0.1:${port}:8080`,
        '--run-options',
        '--init',
        '--run-options',
        '--memory=64m',
        '--run-options',
        '--restart=unless-stopped',
        '--health-url',
        `http://127.0.0.1:${port}/health`,
        '--health-timeout',
        '5s',
        ...extra,
      ]);
    expect('deploy-ssh started container v1', await deploy(`${repository}:v1`), 0);
    expect('deploy-ssh upgraded it to v2', await deploy(`${repository}:v2`), 0);
    console.log(`http://127.0.0.1:${port}/ answers ${await serving()}`);
    expect('deploy-ssh refused the broken v3 (v2 kept serving)', await deploy(`${repository}:v3`), 1);
    console.log(`http://127.0.0.1:${port}/ answers ${await serving()}`);
    expect(
      'deploy-ssh rolled back to the kept v1 container',
      await deploy(`${repository}:v2`, '--rollback', 'true'),
      0,
    );
    console.log(`http://127.0.0.1:${port}/ answers ${await serving()}`);
  } finally {
    removeContainersAndImages([name, `${name}.previous`, `${name}.next`, `${name}.probe`], images);
    server.stop();
  }
}
