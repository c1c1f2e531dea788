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
const ON_DEMAND = { 'lockfile-check': ['parsers'] };

/**
 * On-demand modules several actions import (as `../shared/<entry>.js` from their bundle): built once into
 * dist/shared/ (minified: they are large and read only when needed), so the repository archive holds one copy.
 */
export const SHARED_ON_DEMAND = [{ entry: 'results-lib', source: 'shared/results-lib.ts' }];

/** Entry files of an action: main always, post when action.yml declares one, then its on-demand modules. */
export function entries(name) {
  const yml = readActionYml(name);
  const list = [{ entry: 'index', source: `actions/${name}/index.ts` }];
  if (yml.runs.post) list.push({ entry: 'post', source: `actions/${name}/post.ts` });
  for (const entry of ON_DEMAND[name] ?? [])
    list.push({ entry, source: `actions/${name}/${entry}.ts`, onDemand: true });
  return list;
}
