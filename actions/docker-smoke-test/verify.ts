import * as core from '../../shared/core.js';
import { ActionFailure } from '../../shared/errors.js';
import { oneLine, printForeign } from '../../shared/foreign-output.js';
import { type DockerCli, mergeStreams } from './docker.js';
import type { CheckRow } from './report.js';
import type { Settings } from './settings.js';

/** Matched line by line: `^` and `$` mean the start and end of a log line. */
function firstLineMatching(text: string, pattern: RegExp): string | undefined {
  const flags = pattern.flags.replace('g', '');
  const match = new RegExp(pattern.source, flags.includes('m') ? flags : `${flags}m`).exec(text);
  if (!match) return undefined;
  const start = text.lastIndexOf('\n', match.index) + 1;
  const end = text.indexOf('\n', match.index);
  const line = text.slice(start, end < 0 ? undefined : end).trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** `expect-logs` / `reject-logs` against everything the container logged so far. */
export function checkLogs(logs: string, expect: RegExp | undefined, reject: RegExp | undefined): CheckRow[] {
  const rows: CheckRow[] = [];
  if (expect) {
    const line = firstLineMatching(logs, expect);
    rows.push({
      name: `expect-logs /${expect.source}/`,
      passed: line !== undefined,
      detail: line === undefined ? 'no log line matched' : `found: ${line}`,
    });
  }
  if (reject) {
    const line = firstLineMatching(logs, reject);
    rows.push({
      name: `reject-logs /${reject.source}/`,
      passed: line === undefined,
      detail: line === undefined ? 'not found' : `found: ${line}`,
    });
  }
  return rows;
}

/** Runs each `exec` command inside the container; each must exit 0. Stops at the first failure. */
export async function runExecChecks(
  docker: DockerCli,
  containerId: string,
  commands: readonly string[][],
  timeoutMs: number,
  signal: AbortSignal,
): Promise<CheckRow[]> {
  const rows: CheckRow[] = [];
  for (const command of commands) {
    const name = `exec ${command.join(' ')}`;
    const result = await docker.exec(['exec', containerId, ...command], { signal, timeoutMs });
    const output = mergeStreams(result).trim();
    core.startGroup(oneLine(`${name} → ${result.timedOut ? 'timed out' : `exit ${result.exitCode}`}`));
    printForeign(output);
    core.endGroup();
    const last = output.split('\n').at(-1) ?? '';
    const passed = result.exitCode === 0;
    rows.push({
      name,
      passed,
      detail: result.timedOut ? 'timed out' : `exit ${result.exitCode}${passed || !last ? '' : `: ${last}`}`,
    });
    if (!passed) break;
  }
  return rows;
}

/** Everything the container logged (both streams), for the log assertions. */
export async function fullLogs(docker: DockerCli, containerId: string): Promise<string> {
  const result = await docker.exec(['logs', containerId], { timeoutMs: 60_000 });
  return mergeStreams(result);
}

/** The checks after readiness: `exec` commands, then the log assertions. Fails at the first miss. */
export async function verifyContainer(
  docker: DockerCli,
  containerId: string,
  settings: Pick<Settings, 'exec' | 'timeoutMs' | 'expectLogs' | 'rejectLogs'>,
  rows: CheckRow[],
  signal: AbortSignal,
): Promise<void> {
  const execRows = await runExecChecks(docker, containerId, settings.exec, settings.timeoutMs, signal);
  rows.push(...execRows);
  const failedExec = execRows.find((row) => !row.passed);
  if (failedExec) throw new ActionFailure(`${failedExec.name} failed: ${failedExec.detail}`);
  if (!settings.expectLogs && !settings.rejectLogs) return;
  const logRows = checkLogs(await fullLogs(docker, containerId), settings.expectLogs, settings.rejectLogs);
  rows.push(...logRows);
  const failedLogs = logRows.find((row) => !row.passed);
  if (failedLogs) throw new ActionFailure(`${failedLogs.name}: ${failedLogs.detail}`);
}
