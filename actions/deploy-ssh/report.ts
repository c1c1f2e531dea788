import { formatDuration } from '../../shared/duration.js';
import type { DeployOutcome } from './deploy.js';
import type { HostResult } from './host-run.js';

export const SUMMARY_COLUMNS = ['Host', 'Result', 'Exit', 'Duration', 'Release'];

function verdict(result: HostResult): string {
  return result.error ? `❌ ${result.error}` : '✅ ok';
}

export const CONTAINER_COLUMNS = [
  'Host',
  'Result',
  'Image before',
  'Image after',
  'Container',
  'Health',
  'Switch gap',
  'Duration',
];

const shortId = (id: string | null | undefined) => (id ? id.replace(/^sha256:/, '').slice(0, 12) : '');
const ms = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : formatDuration(value);

export function summaryColumns(outcome: DeployOutcome): string[] {
  return outcome.results.some((result) => result.container) ? CONTAINER_COLUMNS : SUMMARY_COLUMNS;
}

export function summaryRows(outcome: DeployOutcome): string[][] {
  if (outcome.results.some((result) => result.container))
    return outcome.results.map((result) => [
      result.host,
      verdict(result),
      shortId(result.container?.imageBefore),
      shortId(result.container?.imageAfter),
      shortId(result.container?.containerId),
      ms(result.container?.healthMs),
      ms(result.container?.switchGapMs),
      formatDuration(result.durationMs),
    ]);
  return outcome.results.map((result) => [
    result.host,
    verdict(result),
    result.signal ? `signal ${result.signal}` : String(result.exitCode ?? ''),
    formatDuration(result.durationMs),
    result.release ?? '',
  ]);
}

export function summaryHeading(outcome: DeployOutcome, rollbackMode: boolean): string {
  if (rollbackMode)
    return outcome.failure ? 'deploy-ssh: rollback failed' : `deploy-ssh: rolled back to ${outcome.release}`;
  if (outcome.rolledBack && outcome.results.some((result) => result.container))
    return `deploy-ssh: ${outcome.release} failed; the previous container runs on`;
  if (outcome.rolledBack) return `deploy-ssh: ${outcome.release || 'deploy'} failed and was rolled back`;
  if (outcome.failure) return `deploy-ssh: ${outcome.release || 'deploy'} failed`;
  const what = outcome.results.some((result) => result.container) ? '' : 'release ';
  return `deploy-ssh: ${outcome.release ? `${what}${outcome.release} live` : 'done'} on ${outcome.results.length} host(s)`;
}
