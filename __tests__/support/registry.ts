// A local image registry with a password (Debian's docker-registry, htpasswd auth) for pull tests.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { probeTcp } from '../../shared/probes/tcp.js';
import { freePort } from './http-server.js';

export const REGISTRY = '/usr/bin/docker-registry';

export interface TestRegistry {
  /** `127.0.0.1:port` (docker trusts plain HTTP on loopback). */
  address: string;
  username: string;
  password: string;
  stop(): Promise<void>;
}

function bcrypt(password: string): string {
  // The registry wants bcrypt htpasswd lines; python's crypt makes them without extra packages.
  return execFileSync(
    'python3',
    [
      '-c',
      'import crypt,sys; print(crypt.crypt(sys.argv[1], crypt.mksalt(crypt.METHOD_BLOWFISH)))',
      password,
    ],
    { encoding: 'utf8', stdio: 'pipe' },
  ).trim();
}

export function registryUnavailable(): string | undefined {
  try {
    execFileSync(REGISTRY, ['--version'], { stdio: 'pipe' });
  } catch {
    return `no ${REGISTRY} (apt-get install docker-registry)`;
  }
  try {
    bcrypt('probe');
  } catch {
    return 'no python3 crypt module to write the htpasswd file';
  }
  return undefined;
}

export async function startRegistry(): Promise<TestRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'ci-kit-registry-'));
  const port = await freePort();
  const username = 'deployer';
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  writeFileSync(join(dir, 'htpasswd'), `${username}:${bcrypt(password)}\n`);
  writeFileSync(
    join(dir, 'config.yml'),
    [
      'version: 0.1',
      'log:',
      '  level: error',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${join(dir, 'data')}`,
      'http:',
      `  addr: 127.0.0.1:${port}`,
      'auth:',
      '  htpasswd:',
      '    realm: ci-kit-test',
      `    path: ${join(dir, 'htpasswd')}`,
    ].join('\n'),
  );
  const child: ChildProcess = spawn(REGISTRY, ['serve', join(dir, 'config.yml')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with ${child.exitCode}: ${stderr}`);
    if ((await probeTcp({ host: '127.0.0.1', port }, { timeoutMs: 500 })).ok) break;
    if (Date.now() - started > 15_000)
      throw new Error(`docker-registry did not listen within 15s: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    address: `127.0.0.1:${port}`,
    username,
    password,
    stop: async () => {
      child.kill('SIGTERM');
      if (child.exitCode === null && child.signalCode === null)
        await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
