// Edits of a package.json after its lockfile was written, with the frozen-install verdict of npm 11,
// pnpm 12 and yarn 2.4 recorded (__tests__/integration/lockfile-check-oracle.test.ts re-asks the real tools).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'fixtures',
  'lockfile-check',
);

type Deps = Record<string, string>;
type Pkg = { [field: string]: unknown; dependencies: Deps; devDependencies: Deps };

export type JsManager = 'npm' | 'pnpm' | 'yarn';

/** The fixture folder of each package manager: one project, and a workspace with packages/a. */
export const JS_FIXTURES: Record<JsManager, Record<'single' | 'workspaces', string>> = {
  npm: { single: 'npm-v3', workspaces: 'npm-workspaces' },
  pnpm: { single: 'pnpm-v9', workspaces: 'pnpm-workspaces' },
  yarn: { single: 'yarn-berry', workspaces: 'yarn-berry-workspaces' },
};

export interface Mutation {
  name: string;
  fixture: 'single' | 'workspaces';
  /** Edits the copy in `dir` (its package.json unless `file` says otherwise). */
  edit: (pkg: Pkg, dir: string) => void;
  file?: string;
  /** Whether `npm ci --dry-run`, `pnpm install --frozen-lockfile` and `yarn install --immutable` accept the lockfile afterwards. */
  passes: Record<JsManager, boolean>;
}

export const MUTATIONS: Mutation[] = [
  { name: 'unchanged', fixture: 'single', edit: () => {}, passes: { npm: true, pnpm: true, yarn: true } },
  {
    name: 'cosmetic edit (description, scripts)',
    fixture: 'single',
    edit: (pkg) => {
      pkg.description = 'changed';
      pkg.scripts = { build: 'tsc', test: 'jest' };
    },
    passes: { npm: true, pnpm: true, yarn: true },
  },
  {
    name: 'add a dependency',
    fixture: 'single',
    edit: (pkg) => {
      pkg.dependencies.semver = '^7.0.0';
    },
    passes: { npm: false, pnpm: false, yarn: false },
  },
  {
    name: 'add a devDependency',
    fixture: 'single',
    edit: (pkg) => {
      pkg.devDependencies['is-even'] = '^1.0.0';
    },
    passes: { npm: false, pnpm: false, yarn: false },
  },
  {
    name: 'remove a dependency',
    fixture: 'single',
    edit: (pkg) => {
      delete pkg.dependencies['is-number'];
    },
    passes: { npm: true, pnpm: false, yarn: false },
  },
  {
    name: 'range no longer satisfied by the locked version',
    fixture: 'single',
    edit: (pkg) => {
      pkg.dependencies.ms = '^1.0.0';
    },
    passes: { npm: false, pnpm: false, yarn: false },
  },
  {
    name: 'range changed, locked version still satisfies it',
    fixture: 'single',
    edit: (pkg) => {
      pkg.dependencies.ms = '^2.1.3';
    },
    passes: { npm: true, pnpm: false, yarn: false },
  },
  {
    name: 'exact pin to another version',
    fixture: 'single',
    edit: (pkg) => {
      pkg.devDependencies['left-pad'] = '1.2.0';
    },
    passes: { npm: false, pnpm: false, yarn: false },
  },
  {
    name: 'move prod → dev',
    fixture: 'single',
    edit: (pkg) => {
      pkg.devDependencies['is-number'] = pkg.dependencies['is-number'];
      delete pkg.dependencies['is-number'];
    },
    passes: { npm: true, pnpm: false, yarn: true },
  },
  {
    name: 'move dev → prod',
    fixture: 'single',
    edit: (pkg) => {
      pkg.dependencies['left-pad'] = pkg.devDependencies['left-pad'];
      delete pkg.devDependencies['left-pad'];
    },
    passes: { npm: true, pnpm: false, yarn: true },
  },
  {
    name: 'npm: alias pointed at another major',
    fixture: 'single',
    edit: (pkg) => {
      pkg.dependencies['old-ms'] = 'npm:ms@^2.0.0';
    },
    passes: { npm: false, pnpm: false, yarn: false },
  },
  {
    name: 'add an optionalDependency',
    fixture: 'single',
    edit: (pkg) => {
      pkg.optionalDependencies = { ...(pkg.optionalDependencies as Deps), 'is-even': '^1.0.0' };
    },
    passes: { npm: false, pnpm: true, yarn: false },
  },
  {
    name: 'add a peerDependency',
    fixture: 'single',
    edit: (pkg) => {
      pkg.peerDependencies = { 'is-even': '^1.0.0' };
    },
    passes: { npm: false, pnpm: false, yarn: false },
  },
  {
    name: 'workspaces unchanged',
    fixture: 'workspaces',
    edit: () => {},
    passes: { npm: true, pnpm: true, yarn: true },
  },
  {
    name: 'add a workspace',
    fixture: 'workspaces',
    edit: (_pkg, dir) => {
      mkdirSync(join(dir, 'packages', 'b'), { recursive: true });
      writeFileSync(
        join(dir, 'packages', 'b', 'package.json'),
        JSON.stringify({ name: '@fixture/b', version: '1.0.0' }),
      );
    },
    passes: { npm: false, pnpm: true, yarn: false },
  },
  {
    name: 'add a workspace that has a dependency',
    fixture: 'workspaces',
    edit: (_pkg, dir) => {
      mkdirSync(join(dir, 'packages', 'c'), { recursive: true });
      const manifest = { name: '@fixture/c', version: '1.0.0', dependencies: { 'is-number': '^7.0.0' } };
      writeFileSync(join(dir, 'packages', 'c', 'package.json'), JSON.stringify(manifest));
    },
    passes: { npm: false, pnpm: false, yarn: false },
  },
  {
    name: 'add a dependency to a workspace',
    fixture: 'workspaces',
    file: 'packages/a/package.json',
    edit: (pkg) => {
      pkg.dependencies.semver = '^7.0.0';
    },
    passes: { npm: false, pnpm: false, yarn: false },
  },
  {
    name: 'workspace range no longer satisfied',
    fixture: 'workspaces',
    file: 'packages/a/package.json',
    edit: (pkg) => {
      pkg.devDependencies['left-pad'] = '^2.0.0';
    },
    passes: { npm: false, pnpm: false, yarn: false },
  },
];

/** A fresh copy of the fixture with the mutation applied; returns its folder. */
export function applyMutation(mutation: Mutation, manager: JsManager): string {
  const dir = mkdtempSync(join(tmpdir(), 'lockfile-check-'));
  cpSync(join(FIXTURES, JS_FIXTURES[manager][mutation.fixture]), dir, { recursive: true });
  const file = join(dir, mutation.file ?? 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as Pkg;
  mutation.edit(pkg, dir);
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  return dir;
}

type LockJson = Record<string, unknown>;
const entries = (lock: LockJson) => lock.packages as Record<string, Record<string, unknown>>;

/** Hand edits of package-lock.json that `npm ci` rejects (recorded from npm 11; re-asked in the oracle test). */
export const LOCK_EDITS: Array<[string, (lock: LockJson) => void]> = [
  [
    'a transitive dependency swapped for a version out of range',
    (lock) => {
      const nested = entries(lock)['node_modules/is-odd/node_modules/is-number']!;
      nested.version = '5.0.0';
      nested.resolved = 'https://registry.npmjs.org/is-number/-/is-number-5.0.0.tgz';
    },
  ],
  [
    'a nested entry removed so the lookup finds the wrong version',
    (lock) => {
      delete entries(lock)['node_modules/is-odd/node_modules/is-number'];
    },
  ],
];
