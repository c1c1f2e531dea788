// A real OpenSSH server on 127.0.0.1 with generated host and client keys, for tests.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  /** `[127.0.0.1]:port type base64` for every host key, by type (ed25519 first). */
  hostKeyLines: Record<string, string>;
  stop(): Promise<void>;
  /** SIGKILLs the server and every session it started (a crash mid-transfer); stop() still cleans up. */
  kill(): void;
}

export interface SshdOptions {
  /** Host key types the server offers; default just ed25519. */
  hostKeyTypes?: Array<'ed25519' | 'rsa' | 'ecdsa'>;
  /** More public key lines accepted for the user, besides the generated client key. */
  authorizedKeys?: string[];
  /**
   * Sessions see this as $HOME (sshd SetEnv), so several servers on one machine can stand for
   * different hosts: a remote path `~/app` is then a different folder on each.
   */
  home?: string;
  /** Also accept password logins (for users other than root). */
  passwordLogin?: boolean;
  /** More variables sessions see (sshd SetEnv), e.g. DOCKER_HOST for a host with its own dockerd. */
  env?: Record<string, string>;
}

/** Pids of every descendant of `pid` (from /proc), deepest last. */
function descendants(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  const found: number[] = [];
  const walk = (parent: number): void => {
    for (const child of parents.get(parent) ?? []) {
      found.push(child);
      walk(child);
    }
  };
  walk(pid);
  return found;
}

function keygen(file: string, type = 'ed25519', passphrase = ''): void {
  execFileSync('ssh-keygen', ['-q', '-t', type, '-N', passphrase, '-C', 'ci-kit-test', '-f', file], {
    stdio: 'pipe',
  });
}

export async function startSshd(options: SshdOptions = {}): Promise<TestSshd> {
  const dir = mkdtempSync(join(tmpdir(), 'ci-kit-sshd-'));
  chmodSync(dir, 0o700);
  const hostKeyTypes = options.hostKeyTypes ?? ['ed25519'];
  for (const type of hostKeyTypes) keygen(join(dir, `host_${type}`), type);
  keygen(join(dir, 'client_ed25519'));
  const extraKeys = (options.authorizedKeys ?? []).map((line) => `${line.trim()}\n`).join('');
  writeFileSync(
    join(dir, 'authorized_keys'),
    readFileSync(join(dir, 'client_ed25519.pub'), 'utf8') + extraKeys,
  );
  const port = await freePort();
  const config = [
    `Port ${port}`,
    'ListenAddress 127.0.0.1',
    ...hostKeyTypes.map((type) => `HostKey ${join(dir, `host_${type}`)}`),
    `PidFile ${join(dir, 'sshd.pid')}`,
    `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
    `PasswordAuthentication ${options.passwordLogin ? 'yes' : 'no'}`,
    'KbdInteractiveAuthentication no',
    'UsePAM no',
    'StrictModes no',
    'PermitRootLogin prohibit-password',
    'LogLevel ERROR',
    ...(options.home || options.env
      ? [
          `SetEnv ${[...(options.home ? [`HOME=${options.home}`] : []), ...Object.entries(options.env ?? {}).map(([key, value]) => `${key}=${value}`)].join(' ')}`,
        ]
      : []),
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
  const hostKeyLines: Record<string, string> = {};
  for (const type of hostKeyTypes) {
    const key = readFileSync(join(dir, `host_${type}.pub`), 'utf8')
      .trim()
      .split(' ')
      .slice(0, 2)
      .join(' ');
    hostKeyLines[type] = `[127.0.0.1]:${port} ${key}`;
  }
  return {
    port,
    user: userInfo().username,
    dir,
    knownHostsLine: hostKeyLines[hostKeyTypes[0]!]!,
    hostKeyLines,
    clientKey: readFileSync(join(dir, 'client_ed25519'), 'utf8'),
    clientKeyPath: join(dir, 'client_ed25519'),
    kill: () => {
      const pids = child.pid ? [child.pid, ...descendants(child.pid)] : [];
      for (const pid of pids) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    },
    stop: async () => {
      child.kill('SIGTERM');
      if (child.exitCode === null && child.signalCode === null)
        await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
