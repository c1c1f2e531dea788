// A workspace is installed from its root lockfile: npm, yarn and pnpm (with its default shared lockfile), uv and
// cargo never read a lockfile a member keeps in its own folder. Such a lockfile is reported as not read, not
// checked as if it were the project's.
import { posix, resolve } from 'node:path';
import { cargoWorkspaceMembers } from './ecosystems/cargo.js';
import { ECOSYSTEM_CHECKS } from './ecosystems/index.js';
import { packageManagerPins, versionAtLeast } from './ecosystems/js-specs.js';
import { expandWorkspaces, workspacePatterns } from './ecosystems/npm-workspaces.js';
import { uvWorkspaceMembers } from './ecosystems/uv.js';
import { isRecord, parseJson, parseTomlText, parseYamlText, readText, readTextIfPresent } from './files.js';
import type { EcosystemName, LockfilePair } from './types.js';

/** Ecosystems whose root lockfile locks every member, each with the family a root of it belongs to. */
const FAMILY: Partial<Record<EcosystemName, string>> = {
  npm: 'js',
  pnpm: 'js',
  yarn: 'js',
  uv: 'uv',
  cargo: 'cargo',
};

/** The workspace folders (relative to the root's folder) a root installs, or [] when it has none. */
async function workspaceFolders(cwd: string, root: LockfilePair): Promise<string[]> {
  const dir = resolve(cwd, root.dir);
  try {
    if (root.ecosystem === 'pnpm') {
      const file = await readText(cwd, posix.join(root.dir, 'pnpm-workspace.yaml'));
      const data = await parseYamlText(file);
      if (!isRecord(data) || data.sharedWorkspaceLockfile === false) return [];
      const packages = Array.isArray(data.packages)
        ? data.packages.filter((item) => typeof item === 'string')
        : [];
      return expandWorkspaces(dir, packages);
    }
    if (root.ecosystem === 'uv') {
      const pyproject = await parseTomlText(await readText(cwd, root.manifest!));
      return (await uvWorkspaceMembers(cwd, root.dir, pyproject)).map((member) => member.dir);
    }
    if (root.ecosystem === 'cargo') {
      // Explicit members and the path dependencies inside the root's folder, which cargo makes members too.
      const manifest = await parseTomlText(await readText(cwd, root.manifest!));
      return (await cargoWorkspaceMembers(cwd, root.dir, manifest)).map((member) => member.dir);
    }
    const pkg = parseJson(await readText(cwd, root.manifest!));
    return isRecord(pkg) ? expandWorkspaces(dir, workspacePatterns(pkg)) : [];
  } catch {
    return [];
  }
}

/** Why a lockfile is not read: the lockfile the package manager reads instead, and why it does. */
export interface NotRead {
  root: string;
  reason: string;
  fix: string;
}

/**
 * Pairs whose lockfile the package manager does not read, each with the lockfile it reads instead: a member's
 * of a workspace rooted above it, and (pnpm before 11.27.1) any folder's below a pnpm workspace.
 */
export async function memberLockfiles(
  cwd: string,
  pairs: readonly LockfilePair[],
): Promise<Map<LockfilePair, NotRead>> {
  const members = new Map<LockfilePair, NotRead>();
  const nested = pairs.filter(
    (pair) =>
      FAMILY[pair.ecosystem] !== undefined &&
      pair.lockfile &&
      pairs.some((root) => root !== pair && isAncestor(root, pair)),
  );
  if (nested.length === 0) return members;
  const folders = new Map<LockfilePair, string[]>();
  for (const pair of nested) {
    for (const root of pairs) {
      if (root === pair || !isAncestor(root, pair)) continue;
      if (!folders.has(root)) folders.set(root, await workspaceFolders(cwd, root));
      const relative = root.dir === '.' ? pair.dir : pair.dir.slice(root.dir.length + 1);
      if (folders.get(root)!.includes(relative))
        members.set(
          pair,
          root.ecosystem === pair.ecosystem
            ? {
                root: root.lockfile!,
                reason: `${pair.dir} is a workspace member of ${root.lockfile}, which locks it`,
                fix: memberFix(pair),
              }
            : {
                // Each package manager knows its own workspaces only: npm run there would read this one
                // (microsoft/pyright's package-lock.json files in its pnpm workspace's members).
                root: root.lockfile!,
                reason: `${pair.dir} is a workspace member of ${root.lockfile}, which ${root.ecosystem} installs it from; ${pair.ecosystem} run in ${pair.dir} would read this one, which was not checked`,
                fix: `delete ${pair.lockfile} if ${pair.ecosystem} is not used in ${pair.dir}`,
              },
        );
    }
  }
  for (const pair of nested) {
    if (members.has(pair) || pair.ecosystem !== 'pnpm') continue;
    const notRead = await belowOldPnpmWorkspace(cwd, pair, pairs);
    if (notRead) members.set(pair, notRead);
  }
  return members;
}

/**
 * pnpm before 11.27.1 (9, 10, and 11.0 to 11.27.0 seen), run in a folder below a pnpm workspace that does not
 * list it, install that workspace from its lockfile and never read the folder's own (xstate's and payload's
 * examples); 11.27.1 and 12 read it (pnpm/pnpm#15125). The release is the `packageManager` of the folder's
 * package.json, else of the workspace root's; none pinned, the folder's lockfile is checked as its own.
 */
async function belowOldPnpmWorkspace(
  cwd: string,
  pair: LockfilePair,
  pairs: readonly LockfilePair[],
): Promise<NotRead | undefined> {
  if (await readTextIfPresent(cwd, posix.join(pair.dir, 'pnpm-workspace.yaml'))) return undefined;
  const roots = pairs
    .filter((root) => root.ecosystem === 'pnpm' && isAncestor(root, pair))
    .sort((a, b) => b.dir.length - a.dir.length);
  for (const root of roots) {
    const file = await readTextIfPresent(cwd, posix.join(root.dir, 'pnpm-workspace.yaml'));
    if (!file) continue;
    const settings = await parseYamlText(file).catch(() => undefined);
    if (isRecord(settings) && settings.sharedWorkspaceLockfile === false) return undefined;
    const pin = (await pnpmPin(cwd, pair.manifest)) ?? (await pnpmPin(cwd, root.manifest));
    if (!pin || versionAtLeast(pin.release, [11, 27, 1])) return undefined;
    return {
      root: root.lockfile!,
      reason: `pnpm ${pin.version} (packageManager), run in ${pair.dir}, installs the workspace of ${file.path} from ${root.lockfile} (pnpm 11.27.1 and later read this one)`,
      fix: `delete ${pair.lockfile}, give ${pair.dir} a pnpm-workspace.yaml of its own (pnpm then reads it), or pin pnpm 11.27.1 or later`,
    };
  }
  return undefined;
}

/** The pnpm release a package.json's `packageManager` pins. */
async function pnpmPin(
  cwd: string,
  manifest: string | undefined,
): Promise<{ version: string; release: number[] } | undefined> {
  if (!manifest) return undefined;
  try {
    const pkg = parseJson(await readText(cwd, manifest));
    if (!isRecord(pkg) || typeof pkg.packageManager !== 'string') return undefined;
    // The packageManager pin alone: a devEngines range says less about the release that runs here.
    const [release] = packageManagerPins({ packageManager: pkg.packageManager }, 'pnpm');
    return release && { version: pkg.packageManager.slice('pnpm@'.length).split('+')[0]!, release };
  } catch {
    return undefined;
  }
}

/**
 * Manifests without a lockfile that are members of a workspace whose root (with no lockfile either) is in
 * `pairs`: the package manager would lock them in the root's lockfile, so the root's verdict covers them and
 * each member is not reported again as missing one.
 */
export async function unlockedMembers(
  cwd: string,
  pairs: readonly LockfilePair[],
): Promise<Set<LockfilePair>> {
  const members = new Set<LockfilePair>();
  const unlocked = pairs.filter((pair) => !pair.lockfile && pair.manifest && FAMILY[pair.ecosystem]);
  const roots = unlocked.filter((root) => unlocked.some((pair) => encloses(root, pair)));
  const folders = new Map<LockfilePair, string[]>();
  for (const pair of unlocked) {
    for (const root of roots) {
      if (!encloses(root, pair)) continue;
      if (!folders.has(root)) folders.set(root, await workspaceFolders(cwd, root));
      const relative = root.dir === '.' ? pair.dir : pair.dir.slice(root.dir.length + 1);
      if (folders.get(root)!.includes(relative)) {
        members.add(pair);
        break;
      }
    }
  }
  return members;
}

/**
 * Manifests without a lockfile inside `path` that are members of the workspace of a lockfile above it (`path`
 * pointed at a member): each with that lockfile's pair, which the package manager run there reads.
 */
export async function membersOfWorkspacesAbove(
  cwd: string,
  pairs: readonly LockfilePair[],
  above: readonly LockfilePair[],
): Promise<Map<LockfilePair, LockfilePair>> {
  const found = new Map<LockfilePair, LockfilePair>();
  const folders = new Map<LockfilePair, string[]>();
  for (const pair of pairs) {
    if (pair.lockfile || !pair.manifest || !FAMILY[pair.ecosystem]) continue;
    for (const root of above) {
      if (!root.lockfile || FAMILY[root.ecosystem] !== FAMILY[pair.ecosystem]) continue;
      if (root.dir !== '.' && !pair.dir.startsWith(`${root.dir}/`)) continue;
      if (!folders.has(root)) folders.set(root, await workspaceFolders(cwd, root));
      const relative = root.dir === '.' ? pair.dir : pair.dir.slice(root.dir.length + 1);
      if (folders.get(root)!.includes(relative)) {
        found.set(pair, root);
        break;
      }
    }
  }
  return found;
}

/** `root` lies above `pair` and both belong to one workspace-sharing family. */
function encloses(root: LockfilePair, pair: LockfilePair): boolean {
  if (root === pair || FAMILY[root.ecosystem] !== FAMILY[pair.ecosystem] || root.dir === pair.dir)
    return false;
  return root.dir === '.' || pair.dir.startsWith(`${root.dir}/`);
}

function isAncestor(root: LockfilePair, pair: LockfilePair): boolean {
  if (FAMILY[root.ecosystem] !== FAMILY[pair.ecosystem]) return false;
  // A pnpm workspace root needs no package.json: its pnpm-workspace.yaml lists the members.
  if (!root.lockfile || (!root.manifest && root.ecosystem !== 'pnpm') || root.dir === pair.dir) return false;
  return root.dir === '.' || pair.dir.startsWith(`${root.dir}/`);
}

export function memberFix(pair: LockfilePair): string {
  return `delete ${pair.lockfile} (or stop listing ${pair.dir} as a workspace) — ${ECOSYSTEM_CHECKS[pair.ecosystem].fix} at the root keeps the root lockfile`;
}
