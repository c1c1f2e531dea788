import { type Dirent, readFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { forgetFolders, readDirents } from './files.js';
import { matchesGlobCached as matchesGlob } from './glob-match.js';
import type { EcosystemName, LockfilePair } from './types.js';

/** Folders never scanned: installed dependencies and build output, not the project's own manifests. */
export const SKIPPED_DIRS = new Set(['node_modules', '.git', 'vendor', 'target', '.venv']);

const LOCKFILES: ReadonlyArray<[string, EcosystemName]> = [
  ['npm-shrinkwrap.json', 'npm'],
  ['package-lock.json', 'npm'],
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['uv.lock', 'uv'],
  ['poetry.lock', 'poetry'],
  ['Cargo.lock', 'cargo'],
  ['go.sum', 'go'],
];

/** Manifest file → the lockfile family that pins it. */
const MANIFESTS: Record<string, 'js' | 'python' | 'cargo' | 'go'> = {
  'package.json': 'js',
  'pyproject.toml': 'python',
  'Cargo.toml': 'cargo',
  'go.mod': 'go',
};

const FAMILY: Record<EcosystemName, 'js' | 'python' | 'cargo' | 'go'> = {
  npm: 'js',
  pnpm: 'js',
  yarn: 'js',
  uv: 'python',
  poetry: 'python',
  cargo: 'cargo',
  go: 'go',
};

const MANIFEST_OF: Record<'js' | 'python' | 'cargo' | 'go', string> = {
  js: 'package.json',
  python: 'pyproject.toml',
  cargo: 'Cargo.toml',
  go: 'go.mod',
};

export interface Discovery {
  pairs: LockfilePair[];
  /** Folders holding lockfiles of two package managers of one family (`package-lock.json` and `yarn.lock`). */
  conflicts: Array<{ dir: string; lockfiles: string[] }>;
}

export interface DiscoverOptions {
  cwd: string;
  root: string;
  ignore: readonly string[];
  ecosystems: readonly EcosystemName[];
}

function ignored(path: string, rootRelative: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => matchesGlob(path, pattern) || matchesGlob(rootRelative, pattern));
}

/** Walks the tree under `root` and pairs each manifest with its lockfile (either may be missing). */
export async function discover(options: DiscoverOptions): Promise<Discovery> {
  forgetFolders();
  const folders = new Map<string, Set<string>>();
  const ignoredFamilies = new Set<string>();
  const prefix = options.root === '.' ? '' : `${options.root}/`;
  async function walk(dir: string): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readDirents(resolve(options.cwd, dir));
    } catch (error) {
      // An unreadable subfolder (permissions, removed meanwhile) holds nothing we can check.
      if (dir !== options.root) return;
      throw error;
    }
    const files = new Set<string>();
    const subdirs: string[] = [];
    for (const entry of entries) {
      const path = dir === '.' ? entry.name : `${dir}/${entry.name}`;
      const rootRelative = path.slice(prefix.length);
      if (ignored(path, rootRelative, options.ignore)) {
        // An ignored lockfile still pins its manifest: that manifest is not "missing" one.
        const locked = LOCKFILES.find(([name]) => name === entry.name);
        if (locked) ignoredFamilies.add(`${dir}\0${FAMILY[locked[1]]}`);
        continue;
      }
      if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) subdirs.push(path);
      else if (entry.isFile() && (MANIFESTS[entry.name] || LOCKFILES.some(([name]) => name === entry.name)))
        files.add(entry.name);
    }
    if (files.size) folders.set(dir, files);
    for (const subdir of subdirs.sort()) await walk(subdir);
  }
  await walk(options.root);

  const pairs: LockfilePair[] = [];
  const conflicts: Discovery['conflicts'] = [];
  const lockedFamilies = new Map<string, Set<string>>();
  for (const [dir, files] of folders) {
    const families = new Set<string>();
    for (const [name, ecosystem] of LOCKFILES) if (files.has(name)) families.add(FAMILY[ecosystem]);
    lockedFamilies.set(dir, families);
  }
  const coveredByAncestor = (dir: string, family: string): boolean => {
    for (let parent = posix.dirname(dir); ; parent = posix.dirname(parent)) {
      if (lockedFamilies.get(parent)?.has(family)) return true;
      if (parent === '.' || parent === '/' || parent === posix.dirname(parent)) return false;
    }
  };
  for (const [dir, files] of folders) {
    const present = LOCKFILES.filter(([name]) => files.has(name));
    const byFamily = new Map<string, Array<[string, EcosystemName]>>();
    for (const entry of present) {
      const family = FAMILY[entry[1]];
      byFamily.set(family, [...(byFamily.get(family) ?? []), entry]);
    }
    for (const [family, locks] of byFamily) {
      if (locks.length > 1) conflicts.push({ dir, lockfiles: locks.map(([name]) => posix.join(dir, name)) });
      // npm reads npm-shrinkwrap.json and ignores package-lock.json when both exist.
      const used = locks.filter(
        ([name], index) => !(name === 'package-lock.json' && locks[index - 1]?.[0] === 'npm-shrinkwrap.json'),
      );
      const manifestName = MANIFEST_OF[family as keyof typeof MANIFEST_OF];
      for (const [name, ecosystem] of used) {
        pairs.push({
          ecosystem,
          dir,
          manifest: files.has(manifestName) ? posix.join(dir, manifestName) : undefined,
          lockfile: posix.join(dir, name),
        });
      }
    }
    for (const [manifestName, family] of Object.entries(MANIFESTS)) {
      if (!files.has(manifestName) || byFamily.has(family) || coveredByAncestor(dir, family)) continue;
      if (ignoredFamilies.has(`${dir}\0${family}`)) continue;
      const ecosystem = await guessEcosystem(resolve(options.cwd, dir, manifestName), family);
      pairs.push({ ecosystem, dir, manifest: posix.join(dir, manifestName) });
    }
  }
  const wanted = new Set(options.ecosystems);
  return { pairs: pairs.filter((pair) => wanted.has(pair.ecosystem)), conflicts };
}

/** Which package manager a manifest without a lockfile is meant for (`packageManager`, `[tool.poetry]`). */
async function guessEcosystem(path: string, family: string): Promise<EcosystemName> {
  if (family === 'cargo') return 'cargo';
  if (family === 'go') return 'go';
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {}
  if (family === 'python') return /^\[tool\.poetry[\].]/m.test(text) ? 'poetry' : 'uv';
  const manager = /"packageManager"\s*:\s*"(pnpm|yarn|npm)@/.exec(text);
  return (manager?.[1] as EcosystemName | undefined) ?? 'npm';
}
