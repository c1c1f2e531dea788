import { readlinkSync } from 'node:fs';
import { posix, relative, resolve } from 'node:path';
import type { DiscoverOptions } from './discover.js';
import { discover } from './discover.js';
import { ECOSYSTEM_CHECKS } from './ecosystems/index.js';
import { leadsOut, readText } from './files.js';
import { GitIgnores } from './gitignore.js';
import { memberLockfiles, membersOfWorkspacesAbove, unlockedMembers } from './member-lockfiles.js';
import { nativeCommand, runNative } from './native.js';
import { Problems } from './problems.js';
import type { NativeMode } from './settings.js';
import type { LockfilePair, Problem, SecuritySettings } from './types.js';

export interface CheckOptions extends DiscoverOptions {
  native: NativeMode;
  security: SecuritySettings;
  signal: AbortSignal;
  nativeTimeoutMs?: number;
}

export interface CheckedPair extends LockfilePair {
  problems: Problem[];
  /** `npm ci --dry-run …: ok` when the native check ran. */
  native?: string;
}

export interface CheckResult {
  pairs: CheckedPair[];
  /** Lockfiles of tools this action does not check (bun, pdm, composer, …). */
  unchecked: Array<{ path: string; tool: string }>;
  /** Manifests and lockfiles left out by `ignore`. */
  skipped: number;
  /** Manifests with no lockfile where none is expected (libraries): found, nothing to compare. */
  unlocked: string[];
}

/** Discovers every manifest/lockfile pair under the root and checks each one. */
export async function checkAll(options: CheckOptions): Promise<CheckedPair[]> {
  return (await checkTree(options)).pairs;
}

/** checkAll, with what discovery found but did not check. */
export async function checkTree(options: CheckOptions): Promise<CheckResult> {
  const discovered = await discover(options);
  const { conflicts, unchecked, skipped } = discovered;
  const members = await memberLockfiles(options.cwd, [...discovered.pairs, ...discovered.above]);
  // `path` at a workspace member (its manifest without a lockfile, or with one the package manager does not
  // read there): the lockfile it reads is above `path`, and is checked, whole, in its place.
  const coveredAbove = await membersOfWorkspacesAbove(options.cwd, discovered.pairs, discovered.above);
  const reads = new Set([...members.values()].map((notRead) => notRead.root));
  const used = new Set(coveredAbove.values());
  const pairs = [
    ...discovered.pairs.filter((pair) => !coveredAbove.has(pair)),
    ...discovered.above.filter((pair) => used.has(pair) || (pair.lockfile && reads.has(pair.lockfile))),
  ];
  // A workspace member with no lockfile is judged with its root, which would lock it.
  const lockless = await unlockedMembers(options.cwd, pairs);
  const gitignores = new GitIgnores(options.cwd);
  const checked: CheckedPair[] = [];
  const unlocked: string[] = [];
  for (const pair of pairs) {
    if (lockless.has(pair)) continue;
    const notRead = members.get(pair);
    if (notRead) {
      // The package manager installs this member from the root lockfile and never reads this one.
      checked.push({
        ...pair,
        problems: [
          {
            file: pair.lockfile!,
            line: 1,
            ecosystem: pair.ecosystem,
            kind: 'extraneous',
            package: '',
            message: `${pair.lockfile} is not read: ${notRead.reason}`,
            fix: notRead.fix,
            severity: 'warning',
          },
        ],
      });
      continue;
    }
    const result = await checkPair(pair, options, gitignores);
    if (result) checked.push(result);
    else if (pair.manifest) unlocked.push(pair.manifest);
  }
  for (const conflict of conflicts) {
    const owner = checked.find((pair) => pair.lockfile === conflict.lockfiles[0]);
    if (!owner) continue;
    owner.problems.push({
      file: conflict.lockfiles[1]!,
      line: 1,
      ecosystem: owner.ecosystem,
      kind: 'multiple-lockfiles',
      package: '',
      message: `${conflict.dir} has ${conflict.lockfiles.join(' and ')}: keep the one of the package manager you use and delete the other`,
      fix: `delete all but one of ${conflict.lockfiles.join(', ')}`,
      severity: 'warning',
    });
  }
  return { pairs: checked, unchecked, skipped, unlocked };
}

async function checkPair(
  pair: LockfilePair,
  options: CheckOptions,
  gitignores: GitIgnores,
): Promise<CheckedPair | undefined> {
  const ecosystem = ECOSYSTEM_CHECKS[pair.ecosystem];
  const problems = new Problems(pair.ecosystem, ecosystem.fix);
  if (pair.escapes) {
    // Not read: the package manager would follow the link, so what it reads is outside what was checked.
    problems.add(
      'symlink',
      pair.escapes,
      1,
      '',
      `${pair.escapes} is a symlink to ${linkTarget(resolve(options.cwd, pair.escapes))}, outside the checked folder ${options.root}`,
      `replace the symlink with the file, or check the folder it points into`,
    );
    return { ...pair, problems: problems.list };
  }
  if (!pair.lockfile) {
    const boundary = repositoryBoundary(options.cwd, options.root);
    const top = resolve(options.cwd) === boundary ? '.' : options.root;
    let declares = false;
    let expected = false;
    await problems.guard(async () => {
      const manifest = await readText(options.cwd, pair.manifest!);
      declares = await ecosystem.declaresDependencies(manifest);
      if (declares && (await ecosystem.pinnedElsewhere?.(manifest, options.cwd, boundary))) declares = false;
      if (declares && (await ecosystem.lockfileSwitchedOff?.(manifest, options.cwd, boundary)))
        declares = false;
      expected = declares && ((await ecosystem.lockfileExpected?.(manifest, options.cwd)) ?? true);
    });
    // A manifest that does not parse, with no lockfile beside it, locks nothing this check could judge: a
    // deliberately broken test package (pypa/build's tests/packages/test-bad-syntax) is reported, not failed.
    for (const problem of problems.list)
      if (problem.kind === 'parse') {
        problem.severity = 'warning';
        problem.message += ' (it has no lockfile, so nothing was judged)';
      }
    // A library (nothing expects its lockfile) need not commit one. That the tree locks other projects of its
    // family is worth a warning, not a failure: no package manager reads a lockfile there, and such a manifest
    // is as often a test package, a published fixture or a tool installed with `npm install` as a forgotten one.
    // A lockfile the repository's .gitignore ignores is left out on purpose (Rust libraries, `npm install` tools).
    if (declares && ecosystem.lockfiles.some((name) => gitignores.ignores(top, posix.join(pair.dir, name))))
      expected = declares = false;
    const elsewhere = declares && !expected && pair.lockfileElsewhere === true;
    if (problems.list.length === 0 && !expected && !elsewhere) return undefined;
    const message = `${pair.manifest} declares dependencies but has no lockfile`;
    const advice = `run \`${ecosystem.fix}\` and commit ${ecosystem.lockfiles.at(-1)}`;
    if (expected) problems.add('missing-lockfile', pair.manifest!, 1, '', `${message}; ${advice}`);
    else if (elsewhere)
      problems.warn(
        'missing-lockfile',
        pair.manifest!,
        1,
        '',
        `${message} (other projects in this tree commit theirs; nothing marks it as an application); if it is installed on its own, ${advice}`,
      );
    return { ...pair, problems: problems.list };
  }
  if (!pair.manifest && !(await ecosystem.rootWithoutManifest?.(pair.dir, options.cwd))) {
    problems.warn(
      'extraneous',
      pair.lockfile,
      1,
      '',
      `${pair.lockfile} has no ${ecosystem.manifest} next to it; delete it or add the manifest`,
      `rm ${pair.lockfile}`,
    );
    return { ...pair, problems: problems.list };
  }
  const found = await ecosystem.check({
    pair,
    cwd: options.cwd,
    security: options.security,
    boundary: repositoryBoundary(options.cwd, options.root),
  });
  const result: CheckedPair = { ...pair, problems: found };
  if (options.native !== 'never') await addNative(result, options);
  return result;
}

/**
 * The folder local sources must stay inside: the workspace (cwd), or the checked folder itself when `path` points
 * outside it (another checkout, or the CLI run from elsewhere), whose own links would otherwise all look foreign.
 */
function repositoryBoundary(cwd: string, root: string): string {
  const base = resolve(cwd);
  const checked = resolve(cwd, root);
  const rel = relative(base, checked);
  return leadsOut(rel) ? checked : base;
}

async function addNative(result: CheckedPair, options: CheckOptions): Promise<void> {
  let head = '';
  if (result.ecosystem === 'yarn') head = (await readText(options.cwd, result.lockfile!)).text.slice(0, 200);
  const outcome = await runNative(nativeCommand(result.ecosystem, head), resolve(options.cwd, result.dir), {
    signal: options.signal,
    timeoutMs: options.nativeTimeoutMs ?? 300_000,
  });
  const ecosystem = ECOSYSTEM_CHECKS[result.ecosystem];
  const base = {
    file: result.lockfile!,
    line: 1,
    ecosystem: result.ecosystem,
    package: '',
    fix: ecosystem.fix,
  };
  if (outcome.result === 'ok') result.native = `${outcome.command}: ok`;
  else if (outcome.result === 'failed') {
    result.native = `${outcome.command}: failed`;
    result.problems.push({
      ...base,
      kind: 'native',
      severity: 'error',
      message: `\`${outcome.command}\` failed: ${outcome.detail}`,
    });
  } else {
    result.native = `${outcome.command}: not installed`;
    if (options.native === 'always') {
      result.problems.push({
        ...base,
        kind: 'native-missing',
        severity: 'error',
        message: `native: always, but \`${outcome.command.split(' ')[0]}\` is not installed`,
        fix: `install ${outcome.command.split(' ')[0]} before this step, or set native: auto`,
      });
    }
  }
}

function linkTarget(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return 'a path it cannot read';
  }
}
