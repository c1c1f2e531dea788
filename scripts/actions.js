// The list of actions and helpers shared by the build, docs and test scripts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ACTIONS = ['health-wait', 'lockfile-check', 'semver-tag', 'deploy-ssh', 'docker-smoke-test'];

export function readActionYml(name) {
  return parse(readFileSync(join(root, name, 'action.yml'), 'utf8'));
}

/**
 * Modules an action imports on demand from a bundle file of their own beside its main one (dist/<name>/<module>.js),
 * so a run that does not need them never reads or compiles them.
 */
const ON_DEMAND = { 'lockfile-check': ['toml-parser', 'yaml-parser', 'semver-lib'] };

/**
 * Packages every action uses, bundled once into dist/toolkit/<file>.js from shared/toolkit/<file>.ts; each action's
 * bundle imports that copy (from `../toolkit/core.js`, beside its own folder) instead of carrying the package.
 * `externals` point a toolkit file's imports at a sibling file; `onDemand` files load only when imported at run time.
 */
export const TOOLKIT = [
  {
    file: 'core',
    externals: {
      '@actions/http-client': './oidc-http-client.js',
      '@actions/http-client/lib/auth': './oidc-http-client.js',
      '@actions/exec': './lazy-exec.js',
      crypto: './random-uuid.js',
      fs: './lazy-fs.js',
    },
  },
  { file: 'lazy-fs' },
  { file: 'oidc-http-client' },
  { file: 'lazy-exec' },
  { file: 'random-uuid' },
  { file: 'exec', onDemand: true },
  { file: 'http-client', onDemand: true },
  // @actions/artifact and @actions/cache (~2.8 MB minified), imported by shared/results-guard.ts only when a step
  // uploads, downloads or caches something; they use the toolkit's own core and http-client.
  {
    file: 'results',
    onDemand: true,
    minify: true,
    externals: {
      '@actions/core': './core.js',
      '@actions/http-client': './http-client.js',
      '@actions/http-client/lib/auth': './http-client.js',
    },
  },
];

/** The ncc externals that point a bundle in dist/<folder>/ at the toolkit's copies. */
export const toolkitExternals = { '@actions/core': '../toolkit/core.js' };

/** Entry files of an action: main always, post when action.yml declares one, then its on-demand modules. */
export function entries(name) {
  const yml = readActionYml(name);
  const list = [{ entry: 'index', source: `actions/${name}/index.ts` }];
  if (yml.runs.post) list.push({ entry: 'post', source: `actions/${name}/post.ts` });
  for (const entry of ON_DEMAND[name] ?? [])
    list.push({ entry, source: `actions/${name}/${entry}.ts`, onDemand: true });
  return list;
}
