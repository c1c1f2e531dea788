import { type ChildProcess, spawn } from 'node:child_process';
import { abortReason } from './retry.js';
import { setTimer } from './timer.js';

export interface CommandOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Written to stdin, then stdin is closed. */
  input?: string | Buffer;
  signal?: AbortSignal;
  timeoutMs?: number;
  onStdout?: (chunk: string) => void;
  onStderr?: (chunk: string) => void;
  /** Kept of each stream (the tail); default 1 MiB. */
  maxOutputBytes?: number;
}

export interface CommandResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  timedOut: boolean;
}

class TailBuffer {
  private chunks: string[] = [];
  private size = 0;
  constructor(private readonly max: number) {}
  push(chunk: string): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size > this.max && this.chunks.length > 1) this.size -= this.chunks.shift()!.length;
  }
  toString(): string {
    const text = this.chunks.join('');
    return text.length > this.max ? text.slice(text.length - this.max) : text;
  }
}

/** Process groups exist (and `kill(-pgid)` works) everywhere but Windows. */
const GROUPS = process.platform !== 'win32';

/** Signals the child's whole process group (its own children too), or the child alone without groups. */
export function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (GROUPS && child.pid !== undefined) {
    try {
      process.kill(-child.pid, signal);
      return;
    } catch {
      // ESRCH: the group is gone already
      return;
    }
  }
  child.kill(signal);
}

/** How long a cancelled command gets between SIGTERM and SIGKILL: a cancel must end the step within 2 s. */
const CANCEL_GRACE_MS = 1000;
/** The same after a timeout, where there is no such hurry. */
const TIMEOUT_GRACE_MS = 2000;

/**
 * Runs a program without a shell, in a process group of its own. A timeout or abort sends SIGTERM to
 * the whole group (so a hook git runs, or a tool's own children, end with it), then SIGKILL; an abort
 * rejects with the signal's reason once the process is gone, a timeout resolves with `timedOut`.
 * A program that cannot be started rejects with its spawn error (ENOENT …).
 */
export function runCommand(
  file: string,
  args: readonly string[],
  options: CommandOptions = {},
): Promise<CommandResult> {
  const started = performance.now();
  const max = options.maxOutputBytes ?? 1024 * 1024;
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(abortReason(options.signal));
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      // Its own process group: signals reach every process the command started, and a Ctrl-C in a
      // terminal reaches the action (which then stops the group) rather than each process at random.
      detached: GROUPS,
    });
    const stdout = new TailBuffer(max);
    const stderr = new TailBuffer(max);
    let timedOut = false;
    let stopping = false;
    let killTimer: NodeJS.Timeout | undefined;
    const stop = (graceMs: number): void => {
      stopping = true;
      signalGroup(child, 'SIGTERM');
      killTimer = setTimer(() => signalGroup(child, 'SIGKILL'), graceMs);
      killTimer.unref();
    };
    const onAbort = (): void => stop(CANCEL_GRACE_MS);
    const timer = options.timeoutMs
      ? setTimer(() => {
          timedOut = true;
          stop(TIMEOUT_GRACE_MS);
        }, options.timeoutMs)
      : undefined;
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout.push(chunk);
      options.onStdout?.(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr.push(chunk);
      options.onStderr?.(chunk);
    });
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
    child.on('error', (error) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      reject(error);
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      clearTimeout(killTimer);
      options.signal?.removeEventListener('abort', onAbort);
      // Whatever of a stopped command's group is still there (it left our pipes) does not outlive it.
      if (stopping) signalGroup(child, 'SIGKILL');
      if (options.signal?.aborted) return reject(abortReason(options.signal));
      resolve({
        exitCode,
        signal,
        stdout: stdout.toString(),
        stderr: stderr.toString(),
        durationMs: Math.round(performance.now() - started),
        timedOut,
      });
    });
  });
}
