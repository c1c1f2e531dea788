import { abortReason } from '../../shared/retry.js';
import { setTimer } from '../../shared/timer.js';
import type { DockerCli } from './docker.js';
import { LineMatcher } from './log-match.js';

/** Kept of the followed logs for display; older text is dropped (patterns see all of it, see `lines`). */
const MAX_LOG_CHARS = 1024 * 1024;

export interface DeathEvent {
  exitCode: number;
  oom: boolean;
  /** When this process learned of it (`performance.now()`). */
  at: number;
  /** How long the container ran, by the engine's clock (start and die events), when both were seen. */
  ranMs?: number;
}

/**
 * Follows one container through the engine's event stream and its log stream, so an exit, a health
 * change or a log line wakes the waiters at once instead of at the next poll.
 */
export class ContainerWatch {
  /** The tail of the log, for display. */
  logs = '';
  /** The `log:` patterns, matched against every line as it arrives. */
  readonly lines: LineMatcher;
  health: string | undefined;
  death: DeathEvent | undefined;
  private oom = false;
  private startedNs: bigint | undefined;
  private waiters = new Set<() => void>();
  private readonly stop = new AbortController();
  private followers: Array<Promise<unknown>> = [];
  private logsDone: Promise<unknown> | undefined;

  constructor(
    private readonly docker: DockerCli,
    private readonly name: string,
    logPatterns: readonly RegExp[] = [],
  ) {
    this.lines = new LineMatcher(logPatterns);
  }

  /** Subscribes to engine events; call before `docker run` (events are replayed from `sinceMs`). */
  followEvents(sinceMs: number): void {
    let pending = '';
    const events = this.docker.exec(
      [
        'events',
        '--since',
        (sinceMs / 1000).toFixed(3),
        '--filter',
        'type=container',
        '--filter',
        `container=${this.name}`,
        '--format',
        '{{json .}}',
      ],
      {
        signal: this.stop.signal,
        timeoutMs: 0,
        maxOutputBytes: 64 * 1024,
        onStdout: (chunk) => {
          pending += chunk;
          const lines = pending.split('\n');
          pending = lines.pop()!;
          for (const line of lines) if (line.trim()) this.onEvent(line);
        },
      },
    );
    this.followers.push(events.catch(() => {}));
  }

  /** Follows the container's output (both streams) from its start. */
  followLogs(id: string): void {
    const append = (stream: 'stdout' | 'stderr', chunk: string): void => {
      this.logs += chunk;
      if (this.logs.length > MAX_LOG_CHARS) this.logs = this.logs.slice(this.logs.length - MAX_LOG_CHARS);
      this.lines.push(stream, chunk);
      this.notify();
    };
    const logs = this.docker.exec(['logs', '--follow', id], {
      signal: this.stop.signal,
      timeoutMs: 0,
      maxOutputBytes: 64 * 1024,
      onStdout: (chunk) => append('stdout', chunk),
      onStderr: (chunk) => append('stderr', chunk),
    });
    this.logsDone = logs.then(
      () => this.lines.end(),
      () => this.lines.end(),
    );
    this.followers.push(this.logsDone);
  }

  private onEvent(line: string): void {
    let event: {
      status?: string;
      Action?: string;
      Actor?: { Attributes?: Record<string, string> };
    };
    try {
      event = JSON.parse(line);
    } catch {
      return;
    }
    const action = event.Action ?? event.status ?? '';
    // timeNano exceeds 2^53: read it from the text, not the parsed number.
    const nanos = /"timeNano":(\d+)/.exec(line)?.[1];
    if (action === 'start' && nanos) this.startedNs ??= BigInt(nanos);
    else if (action === 'oom') this.oom = true;
    else if (action === 'die') {
      const exitCode = Number(event.Actor?.Attributes?.exitCode ?? -1);
      const ranMs =
        nanos && this.startedNs !== undefined
          ? Number((BigInt(nanos) - this.startedNs) / 1_000_000n)
          : undefined;
      this.death ??= { exitCode, oom: this.oom, at: performance.now(), ranMs };
    } else if (action.startsWith('health_status:'))
      this.health = action.slice('health_status:'.length).trim();
    this.notify();
  }

  /** Records a death seen by polling the engine (a fallback should the event stream lag). */
  markDead(exitCode: number, oom: boolean): void {
    this.death ??= { exitCode, oom, at: performance.now() };
    this.notify();
  }

  private notify(): void {
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const wake of waiters) wake();
  }

  /** Resolves at the next event or log chunk, or after `ms`; rejects when `signal` aborts. */
  changed(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal.aborted) return reject(abortReason(signal));
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        this.waiters.delete(done);
        resolve();
      };
      const onAbort = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        reject(abortReason(signal));
      };
      const timer = setTimer(done, Math.max(0, ms));
      this.waiters.add(done);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  /**
   * Stops following. After the container exited, its log stream ends by itself once every line is
   * delivered: that is awaited (up to `flushMs`) so the last lines are not cut off.
   */
  async close(flushMs = 1000): Promise<void> {
    if (this.death && this.logsDone) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        this.logsDone,
        new Promise((resolve) => (timer = setTimer(() => resolve(undefined), flushMs))),
      ]);
      clearTimeout(timer);
    }
    this.stop.abort();
    this.notify();
    await Promise.all(this.followers);
  }
}
