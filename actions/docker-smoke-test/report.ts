import { formatDuration } from '../../shared/duration.js';
import type { ContainerInfo } from './docker.js';
import type { HttpExchange } from './wait.js';

/** One row of the job summary: a readiness check or an assertion. */
export interface CheckRow {
  name: string;
  passed: boolean;
  detail: string;
}

/** The `docker inspect` state as a few readable lines. */
export function stateSummary(info: ContainerInfo | undefined): string[] {
  if (!info) return ['container is gone (removed, or never created)'];
  const state = info.State;
  const lines = [
    `status: ${state.Status}${state.Restarting ? ' (restarting)' : ''}`,
    `exit code: ${state.ExitCode}`,
    `OOMKilled: ${state.OOMKilled}`,
    `restarts: ${info.RestartCount}`,
    `started: ${state.StartedAt}`,
  ];
  if (!state.Running && state.FinishedAt && !state.FinishedAt.startsWith('0001-'))
    lines.push(`finished: ${state.FinishedAt}`);
  if (state.Error) lines.push(`error: ${state.Error}`);
  if (state.Health) {
    lines.push(`health: ${state.Health.Status} (failing streak ${state.Health.FailingStreak})`);
    for (const entry of state.Health.Log?.slice(-3) ?? []) {
      lines.push(
        `  probe at ${entry.Start}: exit ${entry.ExitCode} ${entry.Output.trim().replace(/\s+/g, ' ')}`,
      );
    }
  }
  return lines;
}

export function httpSummary(exchange: HttpExchange): string[] {
  const lines = [`last request: GET ${exchange.url}`];
  if (exchange.status !== undefined) lines.push(`status: ${exchange.status}`);
  if (exchange.error) lines.push(`error: ${exchange.error}`);
  if (exchange.body !== undefined) {
    const body = exchange.body.length > 500 ? `${exchange.body.slice(0, 500)}…` : exchange.body;
    lines.push(`body: ${body.trim() || '(empty)'}`);
  }
  return lines;
}

/** The last `lines` lines of a text. */
export function tail(text: string, lines: number): string {
  if (lines <= 0) return '';
  const all = text.replace(/\n$/, '').split('\n');
  return all.slice(-lines).join('\n');
}

/** `12.5 MB` from bytes. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = -1;
  do {
    value /= 1000;
    unit++;
  } while (value >= 1000 && unit < units.length - 1);
  return `${Number(value.toFixed(1))} ${units[unit]}`;
}

export const SUMMARY_COLUMNS = ['check', 'result', 'detail'];

export function summaryRows(rows: readonly CheckRow[]): string[][] {
  return rows.map((row) => [row.name, row.passed ? '✅ passed' : '❌ failed', row.detail]);
}

export function summaryIntro(image: string, size: number | undefined, readyMs: number | undefined): string {
  const parts = [`image ${image}`];
  if (size !== undefined) parts.push(`size ${formatSize(size)}`);
  parts.push(readyMs === undefined ? 'never ready' : `ready in ${formatDuration(readyMs)}`);
  return parts.join(' · ');
}
