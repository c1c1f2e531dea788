import * as core from '../../shared/core.js';
import { ActionFailure } from '../../shared/errors.js';
import { oneLine, printForeign } from '../../shared/foreign-output.js';
import { type DockerCli, mergeStreams } from './docker.js';
import { LineMatcher } from './log-match.js';
import type { CheckRow } from './report.js';
import type { Settings } from './settings.js';

/** `expect-logs` / `reject-logs` against the lines a LineMatcher saw. */
export function checkLogs(
  lines: Pick<LineMatcher, 'match'>,
  expect: RegExp | undefined,
  reject: RegExp | undefined,
): CheckRow[] {
  const rows: CheckRow[] = [];
  if (expect) {
    const line = lines.match(expect);
    rows.push({
      name: `expect-logs /${expect.source}/`,
      passed: line !== undefined,
      detail: line === undefined ? 'no log line matched' : `found: ${line}`,
    });
  }
  if (reject) {
    const line = lines.match(reject);
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

/**
 * Everything the container logged so far (both streams), streamed through the patterns line by line:
 * the whole log is matched, however long, and none of it is kept.
 */
export async function scanLogs(
  docker: DockerCli,
  containerId: string,
  patterns: ReadonlyArray<RegExp | undefined>,
): Promise<LineMatcher> {
  const lines = new LineMatcher(patterns);
  await docker.exec(['logs', containerId], {
    timeoutMs: 60_000,
    maxOutputBytes: 64 * 1024,
    onStdout: (chunk) => lines.push('stdout', chunk),
    onStderr: (chunk) => lines.push('stderr', chunk),
  });
  lines.end();
  return lines;
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
  const { expectLogs, rejectLogs } = settings;
  const lines = await scanLogs(docker, containerId, [expectLogs, rejectLogs]);
  const logRows = checkLogs(lines, expectLogs, rejectLogs);
  rows.push(...logRows);
  const failedLogs = logRows.find((row) => !row.passed);
  if (failedLogs) throw new ActionFailure(`${failedLogs.name}: ${failedLogs.detail}`);
}
