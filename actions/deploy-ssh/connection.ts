import { connect, type Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { formatDuration } from '../../shared/duration.js';
import { ActionFailure, describeSystemError } from '../../shared/errors.js';
import { abortReason } from '../../shared/retry.js';
import { setTimer } from '../../shared/timer.js';
import { HostKeyCheck, type HostKeyPolicy, type HostKeyVerdict } from './host-keys.js';
import type { HostSpec } from './hosts.js';
import type { ClientKey } from './key.js';
import { type Client, type ClientChannel, type ConnectConfig, SshClient } from './ssh2.js';
import { SUPERVISOR_COMMAND, supervisedInput } from './supervise.js';

export interface Credentials {
  key?: ClientKey;
  password?: string;
}

export interface ConnectOptions {
  credentials: Credentials;
  hostKeys: HostKeyPolicy;
  timeoutMs: number;
  signal?: AbortSignal;
  proxyJump?: HostSpec;
}

export interface ExecOptions {
  /** Sent to the command's stdin, then closed. */
  input?: string | Buffer | Readable;
  onStdout?: (chunk: string) => void;
  onStderr?: (chunk: string) => void;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Leave stdin open after `input`: closing it is how a supervised script is told to stop. */
  stopByClosingInput?: boolean;
}

export interface ExecResult {
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  timedOut: boolean;
}

const TAIL = 64 * 1024;
/** The `signal` of a result whose channel closed without an exit status. */
export const LOST = 'connection lost';

function tail(text: string): string {
  return text.length > TAIL ? text.slice(-TAIL) : text;
}

function hostKeyMessage(
  spec: HostSpec,
  check: HostKeyCheck,
  verdict: Exclude<HostKeyVerdict, { ok: true }>,
  line: string,
): string {
  const where = `${spec.host}:${spec.port}`;
  if (verdict.reason === 'unpinned' && check.onlyCertAuthorities) {
    return (
      `refusing to connect to ${where}: 'known-hosts' names it only in @cert-authority lines, and host certificates are not supported. ` +
      `Pin the host key itself (it offers ${verdict.offered}) by adding this line to 'known-hosts': ${line}`
    );
  }
  if (verdict.reason === 'unpinned') {
    return (
      `refusing to connect to ${where}: no pinned host key (set 'known-hosts' or 'fingerprint'). ` +
      `The server offers ${verdict.offered}; to trust it add this line to 'known-hosts': ${line}`
    );
  }
  if (verdict.reason === 'revoked')
    return `host key of ${where} is revoked in 'known-hosts': ${verdict.offered}`;
  return (
    `HOST KEY MISMATCH for ${where}: expected ${verdict.expected.join(' or ')}, offered ${verdict.offered}. ` +
    `Someone may be intercepting the connection, or the server key was changed`
  );
}

function authMessage(spec: HostSpec, credentials: Credentials): string {
  const tried: string[] = [];
  if (credentials.key)
    tried.push(`publickey (${credentials.key.parsed.type} ${credentials.key.fingerprint})`);
  if (credentials.password) tried.push('password');
  const checks = ['the user name'];
  if (credentials.key) checks.push("that the key is in the user's ~/.ssh/authorized_keys");
  if (credentials.password) checks.push('the password (and that the server allows PasswordAuthentication)');
  return `authentication refused by ${spec.label}: tried ${tried.join(', ')}; check ${checks.join(', ')}`;
}

/** One authenticated SSH connection; every remote command is one exec channel on it. */
export class Connection {
  private constructor(
    readonly spec: HostSpec,
    private readonly client: Client,
    private readonly jump?: Connection,
  ) {}

  static async open(spec: HostSpec, options: ConnectOptions): Promise<Connection> {
    let jump: Connection | undefined;
    let sock: Readable | undefined;
    if (options.proxyJump) {
      jump = await Connection.open(options.proxyJump, { ...options, proxyJump: undefined });
      try {
        sock = await jump.forward(spec.host, spec.port);
      } catch (error) {
        jump.close();
        throw new ActionFailure(
          `proxy-jump ${options.proxyJump.label} could not reach ${spec.host}:${spec.port}: ${describeSystemError(error)}`,
        );
      }
    }
    try {
      return new Connection(spec, await connectClient(spec, options, sock), jump);
    } catch (error) {
      jump?.close();
      throw error;
    }
  }

  private forward(host: string, port: number): Promise<Readable> {
    return new Promise((resolve, reject) => {
      this.client.forwardOut('127.0.0.1', 0, host, port, (error, stream) =>
        error ? reject(error) : resolve(stream),
      );
    });
  }

  /** Runs `command`; resolves with its exit code or signal. A timeout or abort sends TERM, then closes the channel. */
  exec(command: string, options: ExecOptions = {}): Promise<ExecResult> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      if (options.signal?.aborted) return reject(abortReason(options.signal));
      this.client.exec(command, (error, channel) => {
        if (error)
          return reject(new ActionFailure(`${this.spec.label}: cannot start a command: ${error.message}`));
        runChannel(channel, options, started).then(resolve, reject);
      });
    });
  }

  /** Runs a bash script (sent over stdin, never on the command line) that can always be stopped. */
  script(
    script: string,
    options: Omit<ExecOptions, 'input' | 'stopByClosingInput'> = {},
  ): Promise<ExecResult> {
    return this.exec(SUPERVISOR_COMMAND, {
      ...options,
      input: supervisedInput(script),
      stopByClosingInput: true,
    });
  }

  close(): void {
    this.client.end();
    this.jump?.close();
  }
}

/** How long a stopped command gets (TERM, then KILL after 2s remotely) before its channel is abandoned. */
const STOP_GRACE_MS = 3000;

function runChannel(channel: ClientChannel, options: ExecOptions, started: number): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    let exitCode: number | null = null;
    let exitSignal: string | null = null;
    let timedOut = false;
    let settled = false;
    let killTimer: NodeJS.Timeout | undefined;
    const settle = (): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(killTimer);
      options.signal?.removeEventListener('abort', stop);
      if (options.signal?.aborted) {
        reject(abortReason(options.signal));
        return;
      }
      resolve({
        exitCode,
        signal: exitSignal === null && exitCode === null ? (timedOut ? 'TERM' : LOST) : exitSignal,
        stdout,
        stderr,
        durationMs: Math.round(performance.now() - started),
        timedOut,
      });
    };
    const stop = (): void => {
      if (options.stopByClosingInput) channel.end();
      else channel.signal('TERM');
      killTimer = setTimer(() => {
        channel.close();
        settle();
      }, STOP_GRACE_MS);
    };
    const timer = options.timeoutMs
      ? setTimer(() => {
          timedOut = true;
          stop();
        }, options.timeoutMs)
      : undefined;
    options.signal?.addEventListener('abort', stop, { once: true });
    channel.setEncoding('utf8');
    channel.stderr.setEncoding('utf8');
    channel.on('data', (chunk: string) => {
      stdout = tail(stdout + chunk);
      options.onStdout?.(chunk);
    });
    channel.stderr.on('data', (chunk: string) => {
      stderr = tail(stderr + chunk);
      options.onStderr?.(chunk);
    });
    channel.on('exit', (code: number | null, signalName?: string) => {
      if (typeof code === 'number') exitCode = code;
      else exitSignal = signalName?.replace(/^SIG/, '') ?? null;
    });
    channel.on('close', settle);
    const input = options.input;
    if (options.stopByClosingInput) channel.write(input as string | Buffer);
    else if (input === undefined || typeof input === 'string' || Buffer.isBuffer(input))
      channel.end(input ?? '');
    else {
      input.on('error', () => channel.close());
      input.pipe(channel);
    }
  });
}

/**
 * The TCP connection to a server. Nagle's algorithm off: with it every SSH round trip waits for a
 * delayed ACK (~40 ms; a command took 90 ms to start instead of 1). ssh2 writes each packet in up to
 * four pieces, so the writes of one tick are corked and leave together in one writev.
 */
function openSocket(host: string, port: number): Socket {
  const socket = connect({ host, port, noDelay: true });
  const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
  let corked = false;
  const uncork = (): void => {
    corked = false;
    socket.uncork();
  };
  socket.write = ((...args: unknown[]) => {
    if (!corked) {
      corked = true;
      socket.cork();
      process.nextTick(uncork);
    }
    return write(...args);
  }) as Socket['write'];
  return socket;
}

function connectClient(spec: HostSpec, options: ConnectOptions, sock?: Readable): Promise<Client> {
  const check = new HostKeyCheck(options.hostKeys, spec.host, spec.port);
  let rejected: { verdict: Exclude<HostKeyVerdict, { ok: true }>; line: string } | undefined;
  const algorithms = check.algorithms();
  const config: ConnectConfig = {
    host: spec.host,
    port: spec.port,
    username: spec.user,
    sock: sock ?? openSocket(spec.host, spec.port),
    readyTimeout: options.timeoutMs,
    keepaliveInterval: 15_000,
    keepaliveCountMax: 4,
    privateKey: options.credentials.key?.text,
    passphrase: options.credentials.key?.passphrase,
    password: options.credentials.password,
    // A failed key or password must not fall through to keyboard-interactive prompts.
    tryKeyboard: false,
    algorithms: algorithms ? { serverHostKey: algorithms as never } : undefined,
    hostVerifier: (key: Buffer) => {
      const verdict = check.verify(key);
      if (!verdict.ok) rejected = { verdict, line: check.lineFor(key) };
      return verdict.ok;
    },
  };
  const client = new SshClient();
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      client.end();
      reject(abortReason(options.signal!));
    };
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    let settled = false;
    const explain = (error: Error & { level?: string }): ActionFailure => {
      if (rejected) return new ActionFailure(hostKeyMessage(spec, check, rejected.verdict, rejected.line));
      if (error.level === 'client-authentication')
        return new ActionFailure(authMessage(spec, options.credentials));
      if (error.level === 'client-timeout' || /timed out/i.test(error.message))
        return new ActionFailure(
          `${spec.label}: connection timed out after ${formatDuration(options.timeoutMs)} (connect-timeout)`,
        );
      if (/no matching host key/i.test(error.message) && algorithms)
        return new ActionFailure(
          `${spec.label} offers none of the pinned host key types (${algorithms.join(', ')}): 'known-hosts' pins a key the server does not have`,
        );
      return new ActionFailure(`${spec.label}: cannot connect: ${describeSystemError(error)}`);
    };
    const fail = (error: Error & { level?: string }): void => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      client.end();
      reject(explain(error));
    };
    client.on('error', fail);
    client.on('close', () => fail(new Error('connection closed during the handshake')));
    client.on('ready', () => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      client.removeAllListeners('error');
      client.removeAllListeners('close');
      // Errors after the handshake surface through the channels they break.
      client.on('error', () => {});
      resolve(client);
    });
    client.connect(config);
  });
}
