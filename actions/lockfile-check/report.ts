import type { CheckedPair } from './check.js';
import { KIND_CATEGORY, type Problem } from './types.js';

export type Status = 'ok' | 'stale' | 'unsafe' | 'error';

const RANK: Record<Status, number> = { ok: 0, stale: 1, unsafe: 2, error: 3 };

/** The worst category among failing problems: error (could not check) > unsafe > stale > ok. */
export function overallStatus(problems: readonly Problem[]): Status {
  let status: Status = 'ok';
  for (const problem of problems) {
    if (problem.severity !== 'error') continue;
    const category = KIND_CATEGORY[problem.kind];
    if (RANK[category] > RANK[status]) status = category;
  }
  return status;
}

/**
 * At most this many problems go into the `problems` output (errors before warnings): a hostile or badly broken
 * repository must not write megabytes into the step's outputs. The log and summary give the full count.
 */
export const MAX_PROBLEMS_OUTPUT = 500;

/** The problems the output holds: all of them, or the first MAX_PROBLEMS_OUTPUT with errors first. */
export function outputProblems(problems: readonly Problem[]): readonly Problem[] {
  if (problems.length <= MAX_PROBLEMS_OUTPUT) return problems;
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity !== 'error');
  return [...errors, ...warnings].slice(0, MAX_PROBLEMS_OUTPUT);
}

/** The `problems` output: the fields the action.yml promises, plus severity. */
export function problemsJson(problems: readonly Problem[]): object[] {
  return outputProblems(problems).map((problem) => ({
    file: problem.file,
    line: problem.line,
    ecosystem: problem.ecosystem,
    kind: problem.kind,
    package: problem.package,
    message: problem.message,
    fix: problem.fix,
    severity: problem.severity,
  }));
}

export function lockfilesJson(pairs: readonly CheckedPair[]): object[] {
  return pairs.map((pair) => ({
    ecosystem: pair.ecosystem,
    manifest: pair.manifest ?? null,
    lockfile: pair.lockfile ?? null,
    status: overallStatus(pair.problems),
  }));
}

export const SUMMARY_COLUMNS = ['lockfile', 'ecosystem', 'result', 'package', 'problem', 'fix'];

/** Rows per lockfile in the job summary: a badly broken lockfile must not push the rest out of view. */
export const MAX_ROWS_PER_LOCKFILE = 50;

/** One row per problem, grouped by lockfile; a lockfile without problems gets one ✅ row. */
export function summaryRows(pairs: readonly CheckedPair[]): string[][] {
  const rows: string[][] = [];
  for (const pair of pairs) {
    const name = pair.lockfile ?? `${pair.manifest} (no lockfile)`;
    if (pair.problems.length === 0) {
      rows.push([name, pair.ecosystem, '✅ ok', '', pair.native ?? '', '']);
      continue;
    }
    const hidden = pair.problems.length - MAX_ROWS_PER_LOCKFILE;
    for (const problem of pair.problems.slice(0, MAX_ROWS_PER_LOCKFILE)) {
      const icon = problem.severity === 'warning' ? '⚠️' : '❌';
      rows.push([
        name,
        pair.ecosystem,
        `${icon} ${problem.kind}`,
        problem.package,
        `${problem.file}:${problem.line}: ${problem.message}`,
        problem.fix,
      ]);
    }
    if (hidden > 0)
      rows.push([name, pair.ecosystem, '…', '', `${hidden} more problems (see the problems output)`, '']);
  }
  return rows;
}

/** `3 lockfiles checked under . in 12ms; 40 skipped by ignore; 1 lockfile of another tool found, not checked`. */
export function summaryIntro(
  checked: number,
  root: string,
  elapsedMs: number,
  skipped: number,
  unchecked: number,
): string {
  const parts = [`${checked} lockfile${checked === 1 ? '' : 's'} checked under ${root} in ${elapsedMs}ms`];
  if (skipped)
    parts.push(
      `${skipped} manifest${skipped === 1 ? '' : 's'} or lockfiles skipped by \`ignore\` (test fixtures and fuzzing harnesses by default)`,
    );
  if (unchecked)
    parts.push(`${unchecked} lockfile${unchecked === 1 ? '' : 's'} of other tools found, not checked`);
  return parts.join('; ');
}

/** One row per lockfile of a tool this action does not check. */
export function uncheckedRows(unchecked: ReadonlyArray<{ path: string; tool: string }>): string[][] {
  return unchecked.map((other) => [other.path, other.tool, 'ℹ️ not checked', '', 'found, not checked', '']);
}

const VERDICT: Record<Status, string> = {
  ok: 'in sync',
  stale: 'out of date',
  unsafe: 'unsafe',
  error: 'could not be checked',
};

/** Lockfiles the one-line failure names; the annotations, the summary and the problems output hold the rest. */
export const FAILURE_MESSAGE_PAIRS = 5;

/** The one-line failure: `1 lockfile out of date: package-lock.json: semver@^7 … is not in …; fix: npm install`. */
export function failureMessage(pairs: readonly CheckedPair[]): string {
  const failing = pairs.filter((pair) => overallStatus(pair.problems) !== 'ok');
  const statuses = [...new Set(failing.map((pair) => overallStatus(pair.problems)))];
  const parts = failing.slice(0, FAILURE_MESSAGE_PAIRS).map((pair) => {
    const errors = pair.problems.filter((problem) => problem.severity === 'error');
    const first = errors[0]!;
    const more = errors.length > 1 ? ` (+${errors.length - 1} more)` : '';
    const status = statuses.length > 1 ? ` (${overallStatus(pair.problems)})` : '';
    return `${pair.lockfile ?? pair.manifest}${status}: ${first.message}${more}; fix: ${first.fix}`;
  });
  const what = failing.length === 1 ? '1 lockfile' : `${failing.length} lockfiles`;
  const rest = failing.length - parts.length;
  if (rest > 0) parts.push(`and ${rest} more (see the job summary or the problems output)`);
  return `${what} ${statuses.map((status) => VERDICT[status]).join(' or ')}: ${parts.join(' | ')}`;
}
