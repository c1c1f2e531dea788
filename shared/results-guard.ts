// The one door to the runner's results service (artifacts and caches). The libraries degrade badly: without a
// service they throw, a Twirp call that hangs retries for ~15 minutes, a blob PUT that hangs never ends. Every
// call goes through `resultsCall`, with our own deadline and the step's AbortSignal; the caller decides whether
// a failure is a warning (diagnostics, caches) or fails the step (the artifact a deploy needs).
import * as core from './core.js';
import { formatDuration, parseDuration } from './duration.js';
import { ActionFailure, errorMessage } from './errors.js';
import { abortReason } from './retry.js';
import { setTimer } from './timer.js';

export type ResultsLib = typeof import('./toolkit/results.js');

let loaded: Promise<ResultsLib> | undefined;

/**
 * @actions/artifact and @actions/cache (~2.8 MB), loaded on first need. The import is left to Node
 * (webpackIgnore): it is dist/toolkit/results.js (built from ./toolkit/results.ts), one file beside every
 * action's folder. Only the bundles can load it: run from the sources, the guard reports it did not load.
 */
export function loadResultsLib(): Promise<ResultsLib> {
  // @ts-expect-error the path is the bundle's (dist/<action>/ → dist/toolkit/), not this source file's
  loaded ??= import(/* webpackIgnore: true */ '../toolkit/results.js');
  return loaded!;
}

/** Why the results service cannot be used here (outside a runner: the local CLI, a plain shell), if so. */
export function resultsServiceMissing(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((name) => !env[name]);
  return missing.length ? `not on a GitHub Actions runner (${missing.join(' and ')} not set)` : undefined;
}

/**
 * The deadline of one results-service operation: its own default, unless CI_KIT_RESULTS_TIMEOUT (a
 * duration such as `30s`) sets one for every operation.
 */
export function resultsTimeoutMs(defaultMs: number, env: NodeJS.ProcessEnv = process.env): number {
  const override = env.CI_KIT_RESULTS_TIMEOUT ? parseDuration(env.CI_KIT_RESULTS_TIMEOUT) : undefined;
  return override && override > 0 ? override : defaultMs;
}

export type ResultsOutcome<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface ResultsCallOptions {
  timeoutMs: number;
  /** Title of a log group that holds the libraries' own progress lines. */
  group?: string;
  /** The step's signal: a cancel ends the wait at once and is rethrown (a cancel is not a service failure). */
  signal?: AbortSignal;
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]!.trim() || 'unknown error';
}

/**
 * Runs `fn` against the on-demand libraries within `timeoutMs`. Never throws for a service problem (missing
 * service, refused, 5xx, hang, timeout): the outcome says why. A call given up on keeps running in the
 * background with its output dropped; runAction ends the process when the step is done.
 */
export async function resultsCall<T>(
  fn: (lib: ResultsLib) => Promise<T>,
  { timeoutMs, signal, group }: ResultsCallOptions,
): Promise<ResultsOutcome<T>> {
  const missing = resultsServiceMissing();
  if (missing) return { ok: false, reason: missing };
  if (signal?.aborted) throw abortReason(signal);
  let lib: ResultsLib;
  try {
    lib = await loadResultsLib();
  } catch (error) {
    return {
      ok: false,
      reason: `the artifact and cache libraries did not load: ${firstLine(errorMessage(error))}`,
    };
  }
  if (group) core.startGroup(group);
  const { promise, call } = lib.inScope(() => fn(lib));
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const timeout = new Promise<ResultsOutcome<T>>((resolve) => {
    timer = setTimer(
      () => resolve({ ok: false, reason: `no answer within ${formatDuration(timeoutMs)}` }),
      timeoutMs,
    );
    timer.unref();
  });
  const cancelled = new Promise<never>((_, reject) => {
    if (!signal) return;
    onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  const settled = promise.then(
    (value): ResultsOutcome<T> => ({ ok: true, value }),
    (error): ResultsOutcome<T> => ({ ok: false, reason: firstLine(errorMessage(error)) }),
  );
  try {
    const outcome = await Promise.race([settled, timeout, cancelled]);
    if (!outcome.ok) call.abandon();
    return outcome;
  } catch (error) {
    call.abandon();
    throw error;
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
    if (group) core.endGroup();
  }
}

/** A call whose failure costs nothing but itself: one warning line (`<what> skipped: <why>`) and on. */
export async function optionalResultsCall<T>(
  what: string,
  fn: (lib: ResultsLib) => Promise<T>,
  options: ResultsCallOptions,
): Promise<T | undefined> {
  const outcome = await resultsCall(fn, options);
  if (outcome.ok) return outcome.value;
  core.warning(`${what} skipped: ${outcome.reason}`);
  return undefined;
}

/** A call the step cannot do without: its failure fails the step with one line. */
export async function requiredResultsCall<T>(
  what: string,
  fn: (lib: ResultsLib) => Promise<T>,
  options: ResultsCallOptions,
): Promise<T> {
  const outcome = await resultsCall(fn, options);
  if (outcome.ok) return outcome.value;
  throw new ActionFailure(`${what} failed: ${outcome.reason}`);
}
