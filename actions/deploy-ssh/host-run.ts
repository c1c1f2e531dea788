// Everything done on one host, each step one exec channel on one connection.

import { formatDuration } from '../../shared/duration.js';
import { ActionFailure } from '../../shared/errors.js';
import { Connection, type ConnectOptions, type ExecResult, LOST } from './connection.js';
import type { ContainerResult } from './container/result.js';
import type { HostSpec } from './hosts.js';
import { LineSplitter, tailOf } from './output.js';
import {
  cleanupScript,
  extractCommand,
  LOCKED_EXIT,
  linkSharedScript,
  lockScript,
  parseKeyValues,
  removeReleaseScript,
  SHARED_EXIT,
  switchScript,
  unlockScript,
} from './remote.js';
import { buildScript } from './script.js';
import { type Archive, producerEnded } from './upload.js';

export interface HostResult {
  host: string;
  exitCode: number | null;
  signal: string | null;
  durationMs: number;
  stdout: string;
  stderr: string;
  release: string | null;
  error: string | null;
  /** The container strategy's details. */
  container?: ContainerResult;
}

export interface HostLog {
  info(message: string): void;
  /** Brackets the live output of one remote command (a log group when hosts run one at a time). */
  begin(title: string): void;
  end(): void;
  /** One whole line of remote output. */
  line(stream: 'stdout' | 'stderr', text: string): void;
}

/** Short commands (lock release, switch back) run after a cancel: bounded, and never by the aborted signal. */
const CLEANUP_TIMEOUT_MS = 8000;

export class HostRun {
  connection?: Connection;
  locked = false;
  previous = '';
  /** The new release folder may exist (upload started). */
  uploaded = false;
  /** This host took its copy of the archive (or tried to). */
  archiveOpened = false;
  switched = false;
  /** Full stdout of the user's script (tail-limited by the channel). */
  stdout = '';
  readonly result: HostResult;
  private readonly started = performance.now();

  constructor(
    readonly spec: HostSpec,
    private readonly log: HostLog,
    release: string | null,
  ) {
    this.result = {
      host: spec.label,
      exitCode: null,
      signal: null,
      durationMs: 0,
      stdout: '',
      stderr: '',
      release,
      error: null,
    };
  }

  get failed(): boolean {
    return this.result.error !== null;
  }

  fail(message: string): void {
    this.result.error ??= message;
  }

  finish(): void {
    this.result.durationMs = Math.round(performance.now() - this.started);
  }

  async connect(options: ConnectOptions): Promise<void> {
    this.connection = await Connection.open(this.spec, options);
  }

  private get conn(): Connection {
    if (!this.connection) throw new Error('not connected');
    return this.connection;
  }

  /** A helper script of ours: output kept quiet, failure is an ActionFailure naming `what`. */
  async helper(
    what: string,
    script: string,
    options: { timeoutMs: number; signal?: AbortSignal },
  ): Promise<string> {
    const result = await this.conn.script(script, options);
    if (result.exitCode !== 0)
      throw new ActionFailure(`${this.spec.label}: ${what} failed: ${describeExit(result)}`);
    return result.stdout;
  }

  async lock(target: string, owner: string, waitMs: number, signal: AbortSignal): Promise<void> {
    const result = await this.conn.script(lockScript(target, owner, waitMs), {
      timeoutMs: waitMs + 30_000,
      signal,
      // What the lock script relays (the holder's note, written on the server) is foreign text.
      onStderr: (chunk) => {
        for (const line of chunk.trim().split('\n')) if (line) this.log.line('stderr', line);
      },
    });
    if (result.exitCode === LOCKED_EXIT) {
      throw new ActionFailure(
        `${this.spec.label}: another deploy still holds ${target}/.ci-kit/lock after ${formatDuration(waitMs)} (command-timeout): ${result.stdout.trim()}`,
      );
    }
    if (result.exitCode === SHARED_EXIT) {
      throw new ActionFailure(
        `${this.spec.label}: ${target} is a folder another host of this deploy already holds (a shared filesystem, or one server listed twice)`,
      );
    }
    if (result.exitCode !== 0)
      throw new ActionFailure(`${this.spec.label}: cannot take the deploy lock: ${describeExit(result)}`);
    this.locked = true;
    this.previous = parseKeyValues(result.stdout).current ?? '';
  }

  async unlock(target: string, owner: string): Promise<void> {
    if (!this.locked || !this.connection) return;
    await this.helper('releasing the deploy lock', unlockScript(target, owner), {
      timeoutMs: CLEANUP_TIMEOUT_MS,
    });
    this.locked = false;
  }

  async upload(archive: Archive, folder: string, timeoutMs: number, signal: AbortSignal): Promise<void> {
    this.archiveOpened = true;
    const tar = await archive.open(signal);
    let result: ExecResult;
    try {
      result = await this.conn.exec(extractCommand(folder), { input: tar.stream, timeoutMs, signal });
    } catch (error) {
      tar.kill();
      throw error;
    }
    if (result.exitCode !== 0) {
      tar.kill();
      // tar's first complaint names the cause; its last line only says that there were errors.
      const cause = result.stderr.trim().split('\n')[0];
      const why =
        result.signal === LOST
          ? 'the connection was lost'
          : `${describeExit({ ...result, stderr: '' })}${cause ? `: ${cause}` : ''}`;
      throw new ActionFailure(`${this.spec.label}: upload to ${folder} failed: ${why}`);
    }
    await producerEnded(tar).catch((error: Error) => {
      throw new ActionFailure(`${this.spec.label}: ${error.message}`);
    });
  }

  linkShared(
    target: string,
    release: string,
    paths: readonly string[],
    signal: AbortSignal,
  ): Promise<string> {
    return this.helper('linking shared paths', linkSharedScript(target, release, paths), {
      timeoutMs: 60_000,
      signal,
    });
  }

  /** Runs user code with live output; the result's exit code/signal go to the host result. */
  async runUserScript(
    what: string,
    options: {
      script: string;
      env: Array<[string, string]>;
      cwd?: string;
      timeoutMs: number;
      signal: AbortSignal;
    },
  ): Promise<ExecResult> {
    const out = new LineSplitter((line) => this.log.line('stdout', line));
    const err = new LineSplitter((line) => this.log.line('stderr', line));
    this.log.begin(`${this.spec.label}: ${what}`);
    let result: ExecResult;
    try {
      result = await this.conn.script(buildScript(options), {
        timeoutMs: options.timeoutMs,
        signal: options.signal,
        onStdout: (chunk) => out.push(chunk),
        onStderr: (chunk) => err.push(chunk),
      });
    } finally {
      out.flush();
      err.flush();
      this.log.end();
    }
    this.result.exitCode = result.exitCode;
    this.result.signal = result.signal;
    // The results keep the script's output; a later command (health-command) only replaces it when it fails.
    if (what === 'script' || result.exitCode !== 0 || result.timedOut) {
      this.result.stdout = tailOf(result.stdout);
      this.result.stderr = tailOf(result.stderr);
    }
    if (what === 'script') this.stdout = result.stdout;
    if (result.timedOut) {
      throw new ActionFailure(
        `${this.spec.label}: ${what} timed out after ${formatDuration(options.timeoutMs)} (command-timeout) and was stopped`,
      );
    }
    if (result.exitCode !== 0) throw new ActionFailure(`${this.spec.label}: ${what} ${describeExit(result)}`);
    return result;
  }

  async switchTo(target: string, release: string, signal?: AbortSignal): Promise<void> {
    await this.helper(
      release ? `switching current to ${release}` : 'removing current',
      switchScript(target, release),
      {
        timeoutMs: CLEANUP_TIMEOUT_MS,
        signal,
      },
    );
  }

  async removeRelease(target: string, release: string): Promise<void> {
    await this.helper('removing the unfinished release', removeReleaseScript(target, release), {
      timeoutMs: CLEANUP_TIMEOUT_MS,
    });
  }

  /** Removes old releases and, in the same command, releases the lock (one round trip less). */
  async cleanupAndUnlock(
    target: string,
    keep: number,
    current: string,
    owner: string,
    signal: AbortSignal,
  ): Promise<string[]> {
    const removed = await this.helper(
      'removing old releases',
      cleanupScript(target, keep, current, this.previous) + unlockScript(target, owner),
      { timeoutMs: 120_000, signal },
    );
    this.locked = false;
    return removed.split('\n').filter(Boolean);
  }

  close(): void {
    this.connection?.close();
  }
}

export function describeExit(result: ExecResult): string {
  if (result.signal === LOST) return 'lost the connection before the command ended';
  if (result.signal) return `was killed by signal ${result.signal}`;
  const stderr = result.stderr.trim().split('\n').pop();
  return `exited with code ${result.exitCode}${stderr ? `: ${stderr}` : ''}`;
}
