import { type Dirent, existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { forgetFolders, isRecord, leadsOut, readDirentsSync } from './files.js';
import { globMatcher } from './glob-match.js';
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

const LOCKFILE_ECOSYSTEM = new Map(LOCKFILES);

/** Lockfiles of tools this action does not check: found and reported, and they pin their family's manifests. */
export const OTHER_LOCKFILES: Readonly<Record<string, { tool: string; family?: 'js' | 'python' }>> = {
  'bun.lock': { tool: 'bun', family: 'js' },
  'bun.lockb': { tool: 'bun', family: 'js' },
  'deno.lock': { tool: 'deno', family: 'js' },
  'pdm.lock': { tool: 'pdm', family: 'python' },
  'Pipfile.lock': { tool: 'pipenv', family: 'python' },
  'pylock.toml': { tool: 'pylock (PEP 751)', family: 'python' },
  'pixi.lock': { tool: 'pixi', family: 'python' },
  'requirements.lock': { tool: 'rye', family: 'python' },
  'composer.lock': { tool: 'composer' },
  'Gemfile.lock': { tool: 'bundler' },
  'mix.lock': { tool: 'mix' },
  'pubspec.lock': { tool: 'dart pub' },
  'Podfile.lock': { tool: 'cocoapods' },
  'Package.resolved': { tool: 'swift package manager' },
  'packages.lock.json': { tool: 'nuget' },
  'gradle.lockfile': { tool: 'gradle' },
  'flake.lock': { tool: 'nix' },
  'conda-lock.yml': { tool: 'conda-lock' },
};

/** `uv lock --script tool.py` writes `tool.py.lock` beside a PEP 723 script: it pins the script, not a manifest. */
const SCRIPT_LOCKFILE = { tool: 'uv (PEP 723 script)' };

/** Manifest file → the lockfile family that pins it. */
const MANIFESTS: Record<string, 'js' | 'python' | 'cargo' | 'go'> = {
  'package.json': 'js',
  'pyproject.toml': 'python',
  'Cargo.toml': 'cargo',
  'go.mod': 'go',
};

/** PEP 751 names a lockfile `pylock.toml` or `pylock.<name>.toml` (one per environment or use). */
const NAMED_PYLOCK = /^pylock\.[^.]+\.toml$/;

/** The tool whose lockfile `name` is, when it is one this action does not check. */
function otherLockfile(name: string): (typeof OTHER_LOCKFILES)[string] | undefined {
  if (Object.hasOwn(OTHER_LOCKFILES, name)) return OTHER_LOCKFILES[name];
  if (isScriptLockfile(name)) return SCRIPT_LOCKFILE;
  return NAMED_PYLOCK.test(name) ? OTHER_LOCKFILES['pylock.toml'] : undefined;
}

function isScriptLockfile(name: string): boolean {
  return name.length > 8 && name.endsWith('.py.lock');
}

const RELEVANT_NAMES = new Set([
  ...Object.keys(MANIFESTS),
  ...LOCKFILE_ECOSYSTEM.keys(),
  ...Object.keys(OTHER_LOCKFILES),
]);

/** A manifest or lockfile name (of any tool): what discovery looks for. */
function isRelevant(name: string): boolean {
  return (
    RELEVANT_NAMES.has(name) ||
    (name.startsWith('pylock.') && NAMED_PYLOCK.test(name)) ||
    isScriptLockfile(name)
  );
}

const MANIFEST_NAMES = Object.keys(MANIFESTS);

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
  /** Lockfiles of other tools (bun, pdm, composer, …): found, not checked. */
  unchecked: Array<{ path: string; tool: string }>;
  /** Manifests and lockfiles left out by `ignore` (test fixtures and fuzzing harnesses by default). */
  skipped: number;
  /**
   * The nearest lockfiles above `path` of the families found inside it, checked only where a project inside is
   * a member of their workspace (checkTree).
   */
  above: LockfilePair[];
  /** Folders holding lockfiles of two package managers of one family (`package-lock.json` and `yarn.lock`). */
  conflicts: Array<{ dir: string; lockfiles: string[] }>;
}

export interface DiscoverOptions {
  cwd: string;
  root: string;
  ignore: readonly string[];
  ecosystems: readonly EcosystemName[];
}

/**
 * Patterns match paths relative to the root, and relative to the working directory unless they cover the
 * root itself: `path: tests/fixtures/x` checks that fixture on purpose, whatever the default fixture patterns say.
 */
function ignoreMatcher(
  root: string,
  patterns: readonly string[],
): (path: string, rootRelative: string) => boolean {
  const matchers = patterns.map(globMatcher);
  const outer = root === '.' ? [] : matchers.filter((matches) => !matches(`${root}/x`));
  // Asked for every folder of the tree: indexed loops, which allocate no iterator in code that runs cold.
  return (path, rootRelative) => {
    for (let index = 0; index < matchers.length; index++) if (matchers[index]!(rootRelative)) return true;
    for (let index = 0; index < outer.length; index++) if (outer[index]!(path)) return true;
    return false;
  };
}

/** Walks the tree under `root` and pairs each manifest with its lockfile (either may be missing). */
export async function discover(options: DiscoverOptions): Promise<Discovery> {
  forgetFolders();
  const folders = new Map<string, Set<string>>();
  const ignoredFamilies = new Set<string>();
  const unchecked: Discovery['unchecked'] = [];
  /** Folders pinned by another tool's lockfile, per family. */
  const otherLocked = new Set<string>();
  let skipped = 0;
  const ignored = ignoreMatcher(options.root, options.ignore);
  const prefix = options.root === '.' ? '' : `${options.root}/`;
  /** `dir` relative to the working directory, `abs` the same folder resolved (built by appending names). */
  function walk(dir: string, abs: string): void {
    let entries: Dirent[];
    try {
      entries = readDirentsSync(abs);
    } catch (error) {
      // An unreadable subfolder (permissions, removed meanwhile) holds nothing we can check.
      if (dir !== options.root) return;
      throw error;
    }
    // Most folders hold no manifest or lockfile: their set is made only for the first one.
    let files: Set<string> | undefined;
    const subdirs: string[] = [];
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index]!;
      const relevant = isRelevant(entry.name);
      const directory = entry.isDirectory();
      // Most of a repository's files are neither manifests nor lockfiles: nothing to match or follow.
      if (!relevant && !directory) continue;
      if (directory && SKIPPED_DIRS.has(entry.name)) continue;
      const path = dir === '.' ? entry.name : `${dir}/${entry.name}`;
      const rootRelative = path.slice(prefix.length);
      if (ignored(path, rootRelative)) {
        // An ignored lockfile still pins its manifest: that manifest is not "missing" one.
        const locked = LOCKFILE_ECOSYSTEM.get(entry.name);
        if (locked) ignoredFamilies.add(`${dir}\0${FAMILY[locked]}`);
        if (relevant && !directory) skipped++;
        else if (directory) skipped += countRelevant(resolve(options.cwd, path), { left: 20_000 });
        continue;
      }
      if (directory) {
        subdirs.push(entry.name);
        continue;
      }
      const kind = entryKind(entry, () => resolve(options.cwd, path), boundary);
      if (relevant) {
        if (kind === 'escape') {
          escapes.push(path);
          continue;
        }
        if (kind !== 'file') continue;
        const other = otherLockfile(entry.name);
        if (other) {
          unchecked.push({ path, tool: other.tool });
          if (other.family) otherLocked.add(`${dir}\0${other.family}`);
        } else {
          files ??= new Set();
          files.add(entry.name);
        }
      }
    }
    if (files) folders.set(dir, files);
    // The default order compares UTF-16 code units, as `<` does, without calling back into JavaScript.
    subdirs.sort();
    const absPrefix = abs.endsWith(sep) ? abs : abs + sep;
    const dirPrefix = dir === '.' ? '' : `${dir}/`;
    for (let index = 0; index < subdirs.length; index++)
      walk(dirPrefix + subdirs[index]!, absPrefix + subdirs[index]!);
  }
  const escapes: string[] = [];
  const boundary = realRoot(resolve(options.cwd, options.root));
  walk(options.root, resolve(options.cwd, options.root));

  const pairs: LockfilePair[] = [];
  const conflicts: Discovery['conflicts'] = [];
  /** The lockfile families of each folder that has a lockfile (most folders have only a manifest). */
  const lockedFamilies = new Map<string, Set<string>>();
  for (const dir of folders.keys()) {
    const files = folders.get(dir)!;
    const families = new Set<string>();
    for (const name of files) {
      const ecosystem = LOCKFILE_ECOSYSTEM.get(name);
      if (ecosystem) families.add(FAMILY[ecosystem]);
    }
    if (families.size) lockedFamilies.set(dir, families);
  }
  /** `folder\0family` → whether the folder or one above it pins the family; a monorepo asks for each member. */
  const pinnedAtOrAbove = new Map<string, boolean>();
  const above = new LockfilesAbove(options);
  const coveredByAncestor = (dir: string, family: string): boolean => {
    // Each Go module has its own go.sum (a Go workspace is go.work's matter: see the go check).
    if (family === 'go') return false;
    const unknown: string[] = [];
    let covered: boolean | undefined;
    for (let parent = posix.dirname(dir); ; parent = posix.dirname(parent)) {
      const key = `${parent}\0${family}`;
      const known = pinnedAtOrAbove.get(key);
      if (known !== undefined) {
        covered = known;
        break;
      }
      unknown.push(key);
      if (lockedFamilies.get(parent)?.has(family) || otherLocked.has(key)) {
        covered = true;
        break;
      }
      if (parent === options.root || parent === '.' || parent === posix.dirname(parent)) break;
    }
    covered ??= false;
    for (const key of unknown) pinnedAtOrAbove.set(key, covered);
    return covered;
  };
  const familiesLocked = new Set([...lockedFamilies.values()].flatMap((families) => [...families]));
  for (const dir of folders.keys()) {
    const files = folders.get(dir)!;
    const byFamily = lockedFamilies.has(dir) ? folderLockfiles(dir, files) : NO_LOCKFILES;
    for (const found of byFamily.values()) {
      if (found.conflict) conflicts.push(found.conflict);
      pairs.push(...found.pairs);
    }
    for (const manifestName of MANIFEST_NAMES) {
      if (!files.has(manifestName)) continue;
      const family = MANIFESTS[manifestName]!;
      if (byFamily.has(family) || coveredByAncestor(dir, family)) continue;
      if (ignoredFamilies.has(`${dir}\0${family}`) || otherLocked.has(`${dir}\0${family}`)) continue;
      const ecosystem = await guessEcosystem(resolve(options.cwd, dir, manifestName), family);
      pairs.push({
        ecosystem,
        dir,
        manifest: posix.join(dir, manifestName),
        lockfileElsewhere: familiesLocked.has(family),
      });
    }
  }
  for (const path of escapes) {
    const name = posix.basename(path);
    const locked = LOCKFILES.find(([lockName]) => lockName === name);
    const family = locked ? FAMILY[locked[1]] : MANIFESTS[name];
    const ecosystem = locked?.[1] ?? (family ? await guessEcosystem('', family) : undefined);
    if (ecosystem) pairs.push({ ecosystem, dir: posix.dirname(path), escapes: path });
  }
  const wanted = new Set(options.ecosystems);
  // The nearest lockfile above `path` of each family found inside it: where what is inside is a member of its
  // workspace, that lockfile is the one the package manager run there reads (checkTree decides).
  const inside = new Set(pairs.map((pair) => FAMILY[pair.ecosystem]));
  const outer = [...inside].flatMap((family) => above.pairsOf(family));
  const checked = (pair: LockfilePair) => wanted.has(pair.ecosystem);
  return {
    pairs: pairs.filter(checked),
    above: outer.filter((pair) => checked(pair) && !pairs.some((other) => other.lockfile === pair.lockfile)),
    conflicts,
    unchecked,
    skipped,
  };
}

/**
 * The lockfiles in the folders above `path`, up to the working directory: the package manager run in `path`
 * reads one where `path` (or a project inside it) is a member of its workspace. Nothing is looked for above the
 * working directory, nor when `path` lies outside it.
 */
class LockfilesAbove {
  private readonly nearest = new Map<string, { dir: string; names: string[] } | null>();

  constructor(private readonly options: DiscoverOptions) {}

  /** The pairs of the nearest lockfile of `family` above `path`, paired as discovery pairs a folder's. */
  pairsOf(family: string): LockfilePair[] {
    const found = this.find(family);
    if (!found) return [];
    return folderLockfiles(found.dir, new Set(found.names)).get(family)?.pairs ?? [];
  }

  private find(family: string): { dir: string; names: string[] } | null {
    let found = this.nearest.get(family);
    if (found !== undefined) return found;
    found = null;
    const { cwd, root } = this.options;
    if (root !== '.' && !outsideWorkingDirectory(root)) {
      for (let dir = posix.dirname(root); found === null; dir = posix.dirname(dir)) {
        let names: string[] = [];
        try {
          names = readDirentsSync(resolve(cwd, dir))
            .filter((entry) => entry.isFile())
            .map((entry) => entry.name);
        } catch {}
        const locks = (name: string) => {
          const ecosystem = LOCKFILE_ECOSYSTEM.get(name);
          return ecosystem ? FAMILY[ecosystem] === family : otherLockfile(name)?.family === family;
        };
        if (names.some(locks)) found = { dir, names };
        if (dir === '.') break;
      }
    }
    this.nearest.set(family, found);
    return found;
  }
}

/** `path` as settings give it (`/`-separated, relative, or absolute when outside): whether it leaves the working directory. */
function outsideWorkingDirectory(root: string): boolean {
  return root === '..' || root.startsWith('../') || /^(?:[A-Za-z]:)?\//.test(root);
}

interface FolderLockfiles {
  pairs: LockfilePair[];
  /** Two lockfiles of one family's package managers in the folder. */
  conflict?: { dir: string; lockfiles: string[] };
}

const NO_LOCKFILES: ReadonlyMap<string, FolderLockfiles> = new Map();

/** A folder's lockfiles, each paired with its manifest, per family (`files`: the names in the folder). */
function folderLockfiles(dir: string, files: ReadonlySet<string>): Map<string, FolderLockfiles> {
  const byFamily = new Map<string, Array<[string, EcosystemName]>>();
  for (const entry of LOCKFILES) {
    if (!files.has(entry[0])) continue;
    const family = FAMILY[entry[1]];
    byFamily.set(family, [...(byFamily.get(family) ?? []), entry]);
  }
  const out = new Map<string, FolderLockfiles>();
  for (const [family, locks] of byFamily) {
    // npm reads npm-shrinkwrap.json and ignores package-lock.json when both exist.
    const used = locks.filter(
      ([name], index) => !(name === 'package-lock.json' && locks[index - 1]?.[0] === 'npm-shrinkwrap.json'),
    );
    const manifestName = MANIFEST_OF[family as keyof typeof MANIFEST_OF];
    const found: FolderLockfiles = {
      pairs: used.map(([name, ecosystem]) => ({
        ecosystem,
        dir,
        manifest: files.has(manifestName) ? posix.join(dir, manifestName) : undefined,
        lockfile: posix.join(dir, name),
      })),
    };
    if (locks.length > 1) found.conflict = { dir, lockfiles: locks.map(([name]) => posix.join(dir, name)) };
    out.set(family, found);
  }
  return out;
}

/** The manifests and lockfiles under an ignored folder, for the summary's count (bounded by `budget`). */
function countRelevant(path: string, budget: { left: number }): number {
  let entries: Dirent[];
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    return 0;
  }
  let count = 0;
  for (const entry of entries) {
    if (--budget.left < 0) return count;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) count += countRelevant(resolve(path, entry.name), budget);
    } else if (isRelevant(entry.name)) count++;
  }
  return count;
}

function realRoot(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * What a folder entry is once symlinks are followed: a link that stays inside the checked tree is its
 * target (file or directory), one that leaves it is an escape; a broken link is a file (reading it says why).
 * Directory links are not followed: what they point at inside the tree is scanned where it is.
 */
function entryKind(
  entry: Dirent,
  path: () => string,
  root: string,
): 'file' | 'directory' | 'escape' | 'other' {
  if (entry.isDirectory()) return 'directory';
  if (entry.isFile()) return 'file';
  if (!entry.isSymbolicLink()) return 'other';
  let target: string;
  try {
    target = realpathSync(path());
  } catch {
    return 'file';
  }
  const rel = relative(root, target);
  if (rel === '' || leadsOut(rel)) return 'escape';
  try {
    return statSync(target).isDirectory() ? 'other' : 'file';
  } catch {
    return 'file';
  }
}

/** The package manager `devEngines.packageManager` names (an object, or a list whose first entry is preferred). */
function devEnginesManager(text: string): EcosystemName | undefined {
  if (!text.includes('devEngines')) return undefined;
  let pkg: unknown;
  try {
    pkg = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  const wanted = isRecord(pkg) && isRecord(pkg.devEngines) ? pkg.devEngines.packageManager : undefined;
  const first = Array.isArray(wanted) ? wanted[0] : wanted;
  const name = isRecord(first) ? first.name : undefined;
  return name === 'npm' || name === 'pnpm' || name === 'yarn' ? name : undefined;
}

/**
 * Which package manager a manifest without a lockfile is meant for: `packageManager`, `devEngines`, its settings
 * beside the manifest (`pnpm-workspace.yaml`, `.yarnrc.yml`), `[tool.poetry]`.
 */
async function guessEcosystem(path: string, family: string): Promise<EcosystemName> {
  if (family === 'cargo') return 'cargo';
  if (family === 'go') return 'go';
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {}
  if (family === 'python') return /^\[tool\.poetry[\].]/m.test(text) ? 'poetry' : 'uv';
  const manager = /"packageManager"\s*:\s*"(pnpm|yarn|npm)@/.exec(text);
  if (manager) return manager[1] as EcosystemName;
  // What else names the package manager: devEngines (npm 10.9+, pnpm, yarn), or its own settings beside it.
  const named = devEnginesManager(text);
  if (named) return named;
  if (path === '') return 'npm';
  const dir = dirname(path);
  if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return 'pnpm';
  if (existsSync(join(dir, '.yarnrc.yml'))) return 'yarn';
  return 'npm';
}
