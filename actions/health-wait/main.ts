import * as core from '../../shared/core.js';
import { formatDuration } from '../../shared/duration.js';
import { ActionFailure } from '../../shared/errors.js';
import { oneLine } from '../../shared/one-line.js';
import { Deadline } from '../../shared/retry.js';
import type { ActionContext } from '../../shared/run-action.js';
import { setOutputs, writeSummaryTable } from '../../shared/summary.js';
import { Outputs } from './inputs.js';
import { failureMessage, resultsJson, SUMMARY_COLUMNS, summaryRows } from './report.js';
import { readSettings } from './settings.js';
import { type TargetEvent, waitForTargets } from './wait.js';

export const ACTION = 'health-wait';

function logEvent(event: TargetEvent): void {
  const when = `+${formatDuration(event.elapsedMs)}`;
  const attempts = `${event.attempts} attempt${event.attempts === 1 ? '' : 's'}`;
  // The detail can quote the service's answer (a body, a redirect target): one line, whatever it holds.
  if (event.ready) core.info(oneLine(`✔ ${event.target.raw} ready: ${event.detail} (${when}, ${attempts})`));
  else core.info(oneLine(`… ${event.target.raw}: ${event.detail} (${when})`));
}

export async function run({ signal }: ActionContext): Promise<void> {
  const settings = readSettings();
  const deadline = new Deadline(settings.timeoutMs);
  if (settings.unusedHttpInputs.length) {
    core.warning(
      `${ACTION}: ${settings.unusedHttpInputs.join(', ')} only apply to http(s) targets and are ignored`,
    );
  }
  if (settings.http.insecure) core.warning(`${ACTION}: TLS certificates are not verified (insecure: true)`);
  const plural = settings.targets.length === 1 ? 'target' : `${settings.targets.length} targets`;
  core.info(
    `Waiting for ${plural} to be ${settings.waitFor} (timeout ${formatDuration(settings.timeoutMs)}, interval ${formatDuration(settings.intervalMs)})`,
  );

  const results = await waitForTargets({ ...settings, deadline, signal, onEvent: logEvent });

  for (const result of results) {
    if (result.leftOrigin) {
      core.warning(
        `${ACTION}: ${result.url} redirected to another origin, ${result.leftOrigin}; credential headers were not sent there`,
      );
    }
  }
  const ready = results.every((result) => result.ready);
  const firstHttp = results.find((_, index) => settings.targets[index]!.kind === 'http');
  setOutputs({
    [Outputs.Ready]: ready,
    [Outputs.ElapsedMs]: Math.max(...results.map((result) => result.elapsedMs)),
    [Outputs.Attempts]: results.reduce((sum, result) => sum + result.attempts, 0),
    [Outputs.Status]: firstHttp?.status ?? '',
    [Outputs.Results]: resultsJson(results),
  });
  await writeSummaryTable({
    heading: `health-wait: ${ready ? 'all targets' : 'not all targets'} ${settings.waitFor}`,
    columns: SUMMARY_COLUMNS,
    rows: summaryRows(results),
  });
  if (!ready) throw new ActionFailure(failureMessage(results, settings.waitFor, settings.timeoutMs));
  core.info(
    `${results.length === 1 ? 'Target' : `All ${results.length} targets`} ${settings.waitFor} after ${formatDuration(deadline.elapsed())}`,
  );
}
