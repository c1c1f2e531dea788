import { formatDuration } from '../../shared/duration.js';
import type { WaitFor } from './settings.js';
import type { TargetResult } from './wait.js';

export function describeTarget(result: TargetResult): string {
  const attempts = `${result.attempts} attempt${result.attempts === 1 ? '' : 's'}`;
  return `${result.url}: ${result.error ?? 'no check finished'} (${attempts}, ${formatDuration(result.elapsedMs)})`;
}

/** The one-line failure: `1 of 2 targets not up after 2m: http://…: ECONNREFUSED 127.0.0.1:8080 (12 attempts, 2m)`. */
export function failureMessage(results: TargetResult[], waitFor: WaitFor, timeoutMs: number): string {
  const failed = results.filter((result) => !result.ready);
  const count = results.length === 1 ? 'target' : `${failed.length} of ${results.length} targets`;
  return `${count} not ${waitFor} after ${formatDuration(timeoutMs)}: ${failed.map(describeTarget).join('; ')}`;
}

export function summaryRows(results: TargetResult[]): string[][] {
  return results.map((result) => [
    result.url,
    result.ready ? '✅ ready' : '❌ not ready',
    formatDuration(result.elapsedMs),
    String(result.attempts),
    result.status === undefined ? '' : String(result.status),
    result.error ?? '',
  ]);
}

export const SUMMARY_COLUMNS = ['target', 'result', 'time', 'attempts', 'last status', 'last error'];

/** The `results` output: one object per target, without undefined fields. */
export function resultsJson(results: TargetResult[]): object[] {
  return results.map((result) => ({
    url: result.url,
    ready: result.ready,
    attempts: result.attempts,
    requests: result.requests,
    elapsedMs: result.elapsedMs,
    status: result.status ?? null,
    error: result.error ?? null,
    ...(result.leftOrigin ? { leftOrigin: result.leftOrigin } : {}),
  }));
}
