// A second Docker engine for tests that need two "hosts" with engines of their own (the machine's
// dockerd is the first): own data root, exec root and socket, no bridge (so no published ports).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface TestDockerd {
  /** `unix:///…/docker.sock`, for DOCKER_HOST. */
  host: string;
  docker(args: string[], options?: { input?: string }): string;
  stop(): Promise<void>;
}

/** Root is needed to run an engine; undefined when one can be started. */
export function secondDockerdUnavailable(): string | undefined {
  if (process.getuid?.() !== 0) return 'a second dockerd needs root';
  try {
    execFileSync('sh', ['-c', 'command -v dockerd'], { stdio: 'pipe' });
    return undefined;
  } catch {
    return 'dockerd is not installed';
  }
}

export async function startSecondDockerd(): Promise<TestDockerd> {
  // Short paths: the socket path must fit in 108 bytes.
  const dir = mkdtempSync('/tmp/ckd-');
  const socket = join(dir, 'docker.sock');
  const host = `unix://${socket}`;
  // In a network namespace of its own: a dockerd started with `--bridge none` deletes the host's docker0
  // bridge, which would cut the first engine's containers off mid-test.
  const child: ChildProcess = spawn(
    'unshare',
    [
      '--net',
      'dockerd',
      '--data-root',
      join(dir, 'data'),
      '--exec-root',
      join(dir, 'exec'),
      '--pidfile',
      join(dir, 'docker.pid'),
      '-H',
      host,
      '--bridge',
      'none',
      '--iptables=false',
      '--ip-masq=false',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const docker = (args: string[], options: { input?: string } = {}) =>
    execFileSync('docker', args, {
      encoding: 'utf8',
      stdio: 'pipe',
      input: options.input,
      env: { ...process.env, DOCKER_HOST: host },
      timeout: 60_000,
    }).trim();
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`dockerd exited with ${child.exitCode}: ${stderr.trim()}`);
    try {
      docker(['info', '--format', '{{.ServerVersion}}']);
      break;
    } catch {
      if (Date.now() - started > 60_000) throw new Error(`dockerd did not answer within 60s: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return {
    host,
    docker,
    stop: async () => {
      try {
        const ids = docker(['ps', '-aq']).split('\n').filter(Boolean);
        if (ids.length) docker(['rm', '-f', ...ids]);
      } catch {
        // the engine is going away anyway
      }
      child.kill('SIGTERM');
      if (child.exitCode === null && child.signalCode === null)
        await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
