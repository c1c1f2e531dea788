import { isAbortError } from '../../shared/errors.js';
import { type Deadline, sleep } from '../../shared/retry.js';
import { setTimer } from '../../shared/timer.js';
import { TargetChecker } from './check.js';
import type { HttpSettings, WaitFor } from './settings.js';
import type { Target } from './targets.js';

/** While a local port refuses connections, connect checks cost microseconds: poll this often. */
export const LOCAL_CONNECT_POLL_MS = 10;
/** Retries after failed checks: every 250 ms (wait-on's pace) for the first 5 s, then doubling up to interval. */
const STEADY_RETRY_MS = 250;
const STEADY_RETRIES = 20;

/**
 * The pause after the n-th failed check in a row (n ≥ 1), never above `interval`. Most services warm up
 * within seconds, so those are polled at a steady pace; a long warm-up is then left alone.
 */
export function retryDelayMs(failures: number, intervalMs: number): number {
  const delay = STEADY_RETRY_MS * 2 ** Math.max(0, failures - STEADY_RETRIES);
  return Math.min(delay, intervalMs);
}

export interface TargetResult {
  url: string;
  ready: boolean;
  attempts: number;
  requests: number;
  elapsedMs: number;
  status?: number;
  error?: string;
  /** A redirect of the last check led to this other origin (credential headers were not sent there). */
  leftOrigin?: string;
}

export interface TargetEvent {
  target: Target;
  /** Reached the wanted state. */
  ready: boolean;
  detail: string;
  attempts: number;
  elapsedMs: number;
}

export interface WaitOptions {
  targets: Target[];
  waitFor: WaitFor;
  deadline: Deadline;
  intervalMs: number;
  requestTimeoutMs: number;
  delayMs: number;
  consecutiveSuccesses: number;
  http: HttpSettings;
  signal: AbortSignal;
  /** Called when a target's state changes (not on every poll), so the log stays short. */
  onEvent?: (event: TargetEvent) => void;
}

/** Polls every target at once until all reach the wanted state or the deadline passes. */
export async function waitForTargets(options: WaitOptions): Promise<TargetResult[]> {
  const results = options.targets.map<TargetResult>((target) => ({
    url: target.raw,
    ready: false,
    attempts: 0,
    requests: 0,
    elapsedMs: 0,
  }));
  const watchdog = new AbortController();
  const stopAll = AbortSignal.any([options.signal, watchdog.signal]);
  // A last guard: whatever a probe does, the wait ends within a moment of the deadline.
  const guard = setTimer(() => watchdog.abort(), options.deadline.remaining() + 500);
  try {
    await Promise.all(
      options.targets.map((target, index) => watchTarget(target, results[index]!, options, stopAll)),
    );
  } catch (error) {
    if (options.signal.aborted || !isAbortError(error)) throw error;
  } finally {
    clearTimeout(guard);
  }
  return results;
}

async function watchTarget(target: Target, result: TargetResult, options: WaitOptions, signal: AbortSignal) {
  const { deadline, waitFor, intervalMs } = options;
  const checker = new TargetChecker(target, options.http);
  const local = await checker.isLocal();
  let failures = 0;
  let streak = 0;
  let lastDetail = '';
  if (options.delayMs > 0) await sleep(Math.min(options.delayMs, deadline.remaining()), signal);
  while (!deadline.expired()) {
    const budget = Math.min(options.requestTimeoutMs, deadline.remaining());
    const outcome = await checker.check(budget, signal);
    result.attempts += outcome.probes;
    result.requests += outcome.requests;
    // A probe cut short by the deadline says nothing about the target: keep the last verdict.
    if (outcome.timedOut && budget < options.requestTimeoutMs) {
      result.error ??=
        waitFor === 'up' ? outcome.detail : `no verdict before the deadline (${outcome.detail})`;
      break;
    }
    if (outcome.status !== undefined) result.status = outcome.status;
    if (outcome.leftOrigin) result.leftOrigin = outcome.leftOrigin;
    result.elapsedMs = deadline.elapsed();
    const wanted = waitFor === 'up' ? outcome.pass : !outcome.pass;
    const detail = waitFor === 'up' || wanted ? outcome.detail : `still up (${outcome.detail})`;
    result.error = wanted ? undefined : detail;
    if (wanted && ++streak >= options.consecutiveSuccesses) {
      result.ready = true;
      options.onEvent?.({
        target,
        ready: true,
        detail,
        attempts: result.attempts,
        elapsedMs: result.elapsedMs,
      });
      return;
    }
    if (!wanted) streak = 0;
    if (detail !== lastDetail) {
      lastDetail = detail;
      options.onEvent?.({
        target,
        ready: false,
        detail,
        attempts: result.attempts,
        elapsedMs: result.elapsedMs,
      });
    }
    let pause: number;
    if (wanted) pause = intervalMs;
    else if (outcome.closed && waitFor === 'up' && local) pause = LOCAL_CONNECT_POLL_MS;
    else pause = retryDelayMs(++failures, intervalMs);
    const remaining = deadline.remaining();
    if (remaining <= 0) break;
    await sleep(Math.min(pause, remaining), signal);
  }
  result.elapsedMs = deadline.elapsed();
}
