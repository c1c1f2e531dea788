import * as core from '../../shared/core.js';
import { ActionFailure } from '../../shared/errors.js';
import { oneLine } from '../../shared/one-line.js';
import type { ActionContext } from '../../shared/run-action.js';
import { annotate, setOutputs, writeSummaryTable } from '../../shared/summary.js';
import { checkTree } from './check.js';
import { Outputs } from './inputs.js';
import {
  failureMessage,
  lockfilesJson,
  MAX_PROBLEMS_OUTPUT,
  overallStatus,
  problemsJson,
  SUMMARY_COLUMNS,
  summaryIntro,
  summaryRows,
  uncheckedRows,
} from './report.js';
import { readSettings } from './settings.js';

export const ACTION = 'lockfile-check';
const MAX_ANNOTATIONS = 50;

export async function run({ signal }: ActionContext): Promise<void> {
  const settings = readSettings();
  // process.hrtime, not performance.now(): the first use of `performance` costs a millisecond of set-up.
  const started = process.hrtime.bigint();
  const { pairs, unchecked, skipped, unlocked } = await checkTree({ ...settings, signal });
  const problems = pairs.flatMap((pair) => pair.problems);
  const status = overallStatus(problems);

  for (const pair of pairs) {
    const pairStatus = overallStatus(pair.problems);
    const native = pair.native ? `; ${pair.native}` : '';
    // An ok lockfile can still carry warnings (one the package manager does not read, a sha1-only entry).
    const warnings = pairStatus === 'ok' ? pair.problems.length : 0;
    const icon = pairStatus !== 'ok' ? '✖' : warnings > 0 ? '⚠' : '✔';
    const verdict = warnings > 0 ? `ok, ${warnings} warning${warnings === 1 ? '' : 's'}` : pairStatus;
    // File names come from the repository: a name holding a line break must not start a line of its own.
    core.info(oneLine(`${icon} ${pair.lockfile ?? pair.manifest} (${pair.ecosystem}): ${verdict}${native}`));
  }
  for (const other of unchecked) core.info(oneLine(`- ${other.path} (${other.tool}): found, not checked`));
  if (skipped) core.info(`${skipped} manifest or lockfile${skipped === 1 ? '' : 's'} skipped by ignore`);
  // The runner shows only the first few annotations of a step; the rest stay in the log and outputs.
  const errorsFirst = [...problems].sort(
    (a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'),
  );
  for (const problem of errorsFirst.slice(0, MAX_ANNOTATIONS)) {
    annotate(problem.severity === 'error' ? 'error' : 'warning', `${problem.message} (fix: ${problem.fix})`, {
      file: problem.file,
      line: problem.line,
      title: `lockfile-check: ${problem.kind}${problem.package ? ` ${problem.package}` : ''}`,
    });
  }
  const omitted = problems.length - MAX_PROBLEMS_OUTPUT;
  if (omitted > 0)
    core.info(
      `the problems output holds the first ${MAX_PROBLEMS_OUTPUT} of ${problems.length} problems (errors first)`,
    );
  if (problems.length > MAX_ANNOTATIONS) {
    const where = omitted > 0 ? 'the log above lists them all' : 'all are in the problems output';
    core.info(`${problems.length - MAX_ANNOTATIONS} more problems are not annotated; ${where}`);
  }
  setOutputs({
    [Outputs.Status]: status,
    [Outputs.Problems]: problemsJson(problems),
    [Outputs.Lockfiles]: lockfilesJson(pairs),
  });
  const elapsed = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
  await writeSummaryTable({
    heading: `lockfile-check: ${status}`,
    intro:
      summaryIntro(pairs.length, settings.root, elapsed, skipped, unchecked.length) +
      (omitted > 0
        ? `; ${problems.length} problems, of which the problems output holds the first ${MAX_PROBLEMS_OUTPUT} (errors first)`
        : ''),
    columns: SUMMARY_COLUMNS,
    rows: [...summaryRows(pairs), ...uncheckedRows(unchecked)],
  });
  if (status !== 'ok') throw new ActionFailure(failureMessage(pairs));
  if (pairs.length === 0 && unlocked.length > 0) {
    core.info(
      oneLine(
        `no lockfile to check under ${settings.root}: ${unlocked.slice(0, 5).join(', ')}${unlocked.length > 5 ? ` and ${unlocked.length - 5} more` : ''} need none (a library, no dependencies, a lockfile ignored or switched off on purpose, or a Go workspace module its workspace hashes)`,
      ),
    );
  } else if (pairs.length === 0 && unchecked.length > 0) {
    core.info(
      `no lockfile this action checks under ${settings.root}: the ${unchecked.length} found (above) are other tools'`,
    );
  } else if (pairs.length === 0)
    core.warning(`${ACTION}: no manifest or lockfile found under ${settings.root}`);
  else core.info(`${pairs.length} lockfile${pairs.length === 1 ? '' : 's'} in sync (${elapsed}ms)`);
}
