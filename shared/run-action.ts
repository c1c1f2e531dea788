import * as core from './core.js';
import { AbortedError, errorMessage, isAbortError, isExpectedError } from './errors.js';
import { setTimer } from './timer.js';

export interface ActionContext {
  /** Fires on SIGINT/SIGTERM: every wait must reject promptly so `finally` cleanup can run. */
  readonly signal: AbortSignal;
}

export interface RunOptions {
  /** How long cleanup may take after a cancel before the process is ended anyway. */
  cleanupGraceMs?: number;
  /** End the process when done, so stray sockets or timers never keep the step alive (off in unit tests). */
  exit?: boolean;
  /** A post step reports problems as warnings: the job result was decided by the main step. */
  phase?: 'main' | 'post';
}

function debugEnabled(): boolean {
  return core.isDebug() || process.env.ACTIONS_STEP_DEBUG === 'true';
}

/** Reports an error as one `<action>: …` line; a stack only for bugs and only in debug mode. */
export function reportError(action: string, error: unknown, phase: 'main' | 'post' = 'main'): void {
  let message: string;
  if (isAbortError(error)) message = `${action}: ${errorMessage(error)}`;
  else if (isExpectedError(error)) message = `${action}: ${errorMessage(error)}`;
  else {
    message = `${action}: unexpected error: ${errorMessage(error)}`;
    const stack = error instanceof Error ? error.stack : undefined;
    if (stack && debugEnabled()) core.info(stack);
    else if (stack) core.info('(run with ACTIONS_STEP_DEBUG=true for the stack trace)');
  }
  if (phase === 'post') core.warning(message);
  else core.setFailed(message);
}

/**
 * The one entry point of every action: wires cancellation to an AbortSignal, turns errors into a
 * one-line failure, and ends the process when the action is done.
 */
export async function runAction(
  action: string,
  body: (context: ActionContext) => Promise<void>,
  options: RunOptions = {},
): Promise<void> {
  const { cleanupGraceMs = 10_000, exit = true, phase = 'main' } = options;
  const controller = new AbortController();
  let forceTimer: NodeJS.Timeout | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) {
      core.info(`${action}: second ${signal}, stopping now`);
      process.exit(130);
    }
    core.info(`${action}: received ${signal}, cancelling and cleaning up`);
    controller.abort(new AbortedError(`cancelled (${signal})`));
    forceTimer = setTimer(() => {
      core.setFailed(`${action}: cleanup did not finish within ${cleanupGraceMs / 1000}s after ${signal}`);
      process.exit(1);
    }, cleanupGraceMs);
    forceTimer.unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await body({ signal: controller.signal });
    if (controller.signal.aborted) reportError(action, controller.signal.reason, phase);
  } catch (error) {
    reportError(action, controller.signal.aborted ? controller.signal.reason : error, phase);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (forceTimer) clearTimeout(forceTimer);
  }
  if (exit) await exitAfterFlush(phase === 'post' ? 0 : (process.exitCode ?? 0));
}

/** Longest the process waits for the log to reach the runner before it exits anyway. */
const FLUSH_TIMEOUT_MS = 5_000;

/**
 * Exits once everything written to stdout and stderr has been handed to the runner: stdout is a pipe,
 * written asynchronously, and process.exit() drops what is still queued (after megabytes of remote output,
 * the end of the log and the one-line failure were lost).
 */
async function exitAfterFlush(code: number | string): Promise<never> {
  const flushed = (stream: NodeJS.WriteStream) =>
    new Promise<void>((resolve) => {
      if (!stream.writableLength) return resolve();
      stream.write('', () => resolve());
    });
  const timer = setTimer(() => process.exit(code), FLUSH_TIMEOUT_MS);
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  clearTimeout(timer);
  process.exit(code);
}
