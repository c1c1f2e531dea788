import { AbortedError } from './errors.js';
import { setTimer } from './timer.js';

/** An absolute point in time that every wait of a step is bounded by. */
export class Deadline {
  readonly at: number;

  constructor(
    readonly totalMs: number,
    readonly startedAt = Date.now(),
  ) {
    this.at = startedAt + totalMs;
  }

  remaining(now = Date.now()): number {
    return Math.max(0, this.at - now);
  }

  expired(now = Date.now()): boolean {
    return now >= this.at;
  }

  elapsed(now = Date.now()): number {
    return now - this.startedAt;
  }
}

export function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error || signal.reason?.name === 'AbortError'
    ? signal.reason
    : new AbortedError();
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts. Never keeps the process alive by itself. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimer(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
  factor?: number;
  /** 0..1: each delay is reduced by up to this fraction, so many clients do not poll in lockstep. */
  jitter?: number;
  random?: () => number;
}

/** Exponential backoff: initial, initial×factor, … capped at max. */
export class Backoff {
  private current: number;

  constructor(private readonly options: BackoffOptions) {
    this.current = options.initialMs;
  }

  next(): number {
    const { maxMs, factor = 2, jitter = 0, random = Math.random } = this.options;
    const base = Math.min(this.current, maxMs);
    this.current = Math.min(this.current * factor, maxMs);
    return Math.round(base * (1 - jitter * random()));
  }

  reset(): void {
    this.current = this.options.initialMs;
  }
}

export interface RetryOptions {
  deadline: Deadline;
  backoff: Backoff;
  signal?: AbortSignal;
  /** Return false to give up at once (a permanent error). */
  retryIf?: (error: unknown) => boolean;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

/** Calls `fn` until it resolves, the deadline passes (last error is thrown) or the signal aborts. */
export async function retry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const { deadline, backoff, signal, retryIf = () => true, onRetry } = options;
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw abortReason(signal);
    try {
      return await fn(attempt);
    } catch (error) {
      if (signal?.aborted) throw abortReason(signal);
      const delay = Math.min(backoff.next(), deadline.remaining());
      if (!retryIf(error) || deadline.expired() || delay <= 0) throw error;
      onRetry?.(error, attempt, delay);
      await sleep(delay, signal);
    }
  }
}
