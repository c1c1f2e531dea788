// Runs the lockfile-check bundle over the real-repository corpus beside the project (../shared/lockfile-corpus)
// the way a workflow would: the repository is the workspace, `path` its root unless the case names another
// folder, every input at its action.yml default unless the case names it. A case that mutates a manifest runs
// on a temporary copy; the corpus itself is only read. Without the corpus the suite skips with the reason,
// and fails under CI=true (CI has a copy of shared/ beside the clone).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from '@jest/globals';
import { findRoot } from '../../cli/runner.js';
import { describeWithService } from '../support/services.js';
import { runStep } from '../support/step.js';

const CORPUS = join(findRoot(), '..', 'shared', 'lockfile-corpus');

/** The kinds the corpus counts as a sync verdict (its expectations.json `about`). */
const SYNC_KINDS = new Set([
  'not-locked',
  'unsatisfied',
  'spec-mismatch',
  'extraneous',
  'dependency-type',
  'workspace',
  'content-hash',
  'requires-python',
  'missing-sum',
  'missing-lockfile',
]);

/**
 * Cases this action knowingly disagrees with, and why. They run as expected failures (test.failing): the
 * disagreement stays visible, and the day one agrees the suite says so.
 */
const KNOWN: Record<string, string> = {
  immer:
    'policy of issue #11: a sha1-only integrity hash is a warning, not unsafe (npm ci and yarn accept it, the registry has nothing stronger for these old packages); the corpus recorded the earlier policy',
  'ruff [ignore truth fixtures]':
    "the corpus's hand verdict is wrong for scripts/benchmarks: its pyproject.toml is at 0.16.4 (ruff's rooster version_files bump it on release) but its uv.lock locks scripts 0.16.3, and uv's Lock::satisfies then returns MismatchedVersion (uv test lock_bump_static_version, the same virtual-source shape), so `uv lock --check` fails there; the case should expect stale",
  jest: "the corpus's oracle ran yarn 4.18.0 on the root yarn.lock only: benchmarks/test-file-overhead/yarn.lock has __metadata.version 6, and yarn 4.18.0 (the root's yarnPath, which that project inherits) writes 10 into every lockfile, so `yarn install --immutable` there fails with YN0028 (-  version: 6, +  version: 10); the case should expect stale",
  tokio:
    "the corpus applies `cargo --locked`'s refusal to every manifest without a Cargo.lock, where this action's documented rule asks one only of a package that builds a binary (a virtual workspace root such as tokio's is not reported); tokio's only such packages are its two cargo-fuzz harnesses (tokio/fuzz, tokio-stream/fuzz: `[package.metadata] cargo-fuzz = true`, a workspace of their own), which the default `ignore` skips as fuzzing harnesses, built by `cargo fuzz` outside the locked build; with `ignore: none` both are reported and the case is stale",
  'MUT gh cli: drop an indirect require (aymerick/douceur)':
    "go.mod must list every module that provides an imported package: that needs the source's import graph, which a lockfile check does not read (the corpus notes it as a known limitation)",
};

type Mutation =
  | { file: string; op: 'json'; set?: [string[], unknown]; delete?: string[] }
  | { file: string; op: 'replace'; find: string; replace: string };

interface Case {
  id: string;
  repo: string;
  path?: string;
  inputs?: Record<string, string>;
  mutate?: Mutation[];
  expect: { status?: string; errorKinds?: string[]; sync?: 'ok' | 'stale' };
  oracle: string;
}

interface Repro {
  dir: string;
  expect: string;
  cause: string;
}

interface Problem {
  kind: string;
  severity: string;
  file: string;
  message: string;
}

function unavailable(): string | undefined {
  if (!existsSync(join(CORPUS, 'lockfiles', 'expectations.json')))
    return `no lockfile corpus at ${CORPUS} (it lives in shared/ beside the repository)`;
  if (!existsSync(join(findRoot(), 'dist', 'lockfile-check', 'index.js')))
    return 'no dist/lockfile-check bundle (run npm run build)';
  return undefined;
}

const reason = unavailable();
const cases: Case[] = reason
  ? []
  : JSON.parse(readFileSync(join(CORPUS, 'lockfiles', 'expectations.json'), 'utf8')).cases;
const repros: Repro[] = reason
  ? []
  : JSON.parse(readFileSync(join(CORPUS, 'repros', 'repros.json'), 'utf8')).repros;

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function mutated(repo: string, mutations: Mutation[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'lockfile-corpus-'));
  made.push(dir);
  cpSync(join(CORPUS, 'lockfiles', repo), dir, { recursive: true });
  for (const mutation of mutations) {
    const file = join(dir, mutation.file);
    const text = readFileSync(file, 'utf8');
    if (mutation.op === 'replace') {
      if (!text.includes(mutation.find))
        throw new Error(`${mutation.file} has no ${JSON.stringify(mutation.find)}`);
      writeFileSync(file, text.replace(mutation.find, mutation.replace));
      continue;
    }
    const json = JSON.parse(text.replace(/^\uFEFF/, ''));
    const path = mutation.set ? mutation.set[0] : mutation.delete!;
    let node = json;
    for (const key of path.slice(0, -1)) node = node[key] ??= {};
    if (mutation.set) node[path.at(-1)!] = mutation.set[1];
    else delete node[path.at(-1)!];
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  }
  return dir;
}

async function verdict(cwd: string, inputs: Record<string, string>) {
  const result = await runStep({ action: 'lockfile-check', cwd, inputs, timeoutMs: 120_000, post: false });
  const problems: Problem[] = result.outputs.problems ? JSON.parse(result.outputs.problems) : [];
  const errors = problems.filter((problem) => problem.severity === 'error');
  const first = errors.slice(0, 3).map((problem) => `${problem.kind} ${problem.file}: ${problem.message}`);
  return {
    status:
      result.outputs.status ?? `no status output (exit ${result.exitCode}): ${result.stderr.slice(0, 300)}`,
    errorKinds: [...new Set(errors.map((problem) => problem.kind))].sort(),
    sync: errors.some((problem) => SYNC_KINDS.has(problem.kind)) ? 'stale' : 'ok',
    first,
  };
}

async function agrees(item: Case): Promise<void> {
  const cwd = item.mutate ? mutated(item.repo, item.mutate) : join(CORPUS, 'lockfiles', item.repo);
  const inputs = { ...item.inputs, ...(item.path ? { path: item.path } : {}) };
  const got = await verdict(cwd, inputs);
  if (item.expect.sync) {
    if (got.sync !== item.expect.sync)
      expect({ sync: got.sync, first: got.first }).toEqual({ sync: item.expect.sync, first: [] });
    return;
  }
  const wanted = { status: item.expect.status, errorKinds: item.expect.errorKinds ?? got.errorKinds };
  if (got.status !== wanted.status || String(got.errorKinds) !== String(wanted.errorKinds))
    expect({ status: got.status, errorKinds: got.errorKinds, first: got.first }).toEqual({
      ...wanted,
      first: [],
    });
}

describeWithService('lockfile-check on the real-repository corpus', reason, () => {
  const known = cases.filter((item) => KNOWN[item.id] !== undefined);
  if (known.length)
    test.failing.each(known.map((item) => [item.id, KNOWN[item.id]!, item] as const))(
      'case %s disagrees knowingly: %s',
      async (_id, _why, item) => agrees(item),
      180_000,
    );

  test.each(cases.filter((item) => KNOWN[item.id] === undefined).map((item) => [item.id, item] as const))(
    'case %s',
    async (_id, item) => agrees(item),
    180_000,
  );

  // A lockfile made through a .pnpmfile turns importer differences into warnings (its hooks are not run here),
  // which would hide a wrong reading of those importers. pnpm/pnpm's own pnpm passes its lockfile with the hook
  // ignored (`--ignore-pnpmfile`, the bench's peer), so without the checksum it must still be in sync.
  const lockOf = (repo: string) => join(CORPUS, 'lockfiles', repo, 'pnpm-lock.yaml');
  const hooked = cases.filter(
    (item) =>
      !item.mutate &&
      !item.path &&
      item.expect.status === 'ok' &&
      existsSync(lockOf(item.repo)) &&
      /^pnpmfileChecksum:/m.test(readFileSync(lockOf(item.repo), 'utf8')),
  );
  test.each(hooked.map((item) => [item.repo, item] as const))(
    'case %s is in sync without its .pnpmfile checksum too',
    async (_repo, item) => {
      const dir = mutated(item.repo, []);
      const lock = join(dir, 'pnpm-lock.yaml');
      writeFileSync(lock, readFileSync(lock, 'utf8').replace(/^pnpmfileChecksum:.*\n/m, ''));
      const got = await verdict(dir, item.inputs ?? {});
      expect({ status: got.status, first: got.first }).toEqual({ status: 'ok', first: [] });
    },
    180_000,
  );

  test.each(repros.map((item) => [item.dir, item] as const))(
    'reproduction %s',
    async (_dir, item) => {
      const got = await verdict(join(CORPUS, 'repros', item.dir), {});
      if (got.status !== item.expect)
        expect({ status: got.status, first: got.first, cause: item.cause }).toEqual({
          status: item.expect,
          first: [],
          cause: item.cause,
        });
    },
    60_000,
  );
});
