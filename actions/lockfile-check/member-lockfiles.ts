// A workspace is installed from its root lockfile: npm, yarn and pnpm (with its default shared lockfile), uv and
// cargo never read a lockfile a member keeps in its own folder. Such a lockfile is reported as not read, not
// checked as if it were the project's.
import { posix, resolve } from 'node:path';
import { cargoWorkspaceMembers } from './ecosystems/cargo.js';
import { ECOSYSTEM_CHECKS } from './ecosystems/index.js';
import { expandWorkspaces, workspacePatterns } from './ecosystems/npm-workspaces.js';
import { isRecord, parseJson, parseTomlText, parseYamlText, readText, strings } from './files.js';
import type { EcosystemName, LockfilePair } from './types.js';

/** Ecosystems whose root lockfile locks every member, each with the family a root of it belongs to. */
const FAMILY: Partial<Record<EcosystemName, string>> = {
  npm: 'js',
  pnpm: 'js',
  yarn: 'js',
  uv: 'uv',
  cargo: 'cargo',
};

/** `members` and `exclude` globs as `expandWorkspaces` patterns. */
function memberPatterns(workspace: unknown): string[] {
  if (!isRecord(workspace)) return [];
  return [...strings(workspace.members), ...strings(workspace.exclude).map((pattern) => `!${pattern}`)];
}

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
      const uv = isRecord(pyproject.tool) && isRecord(pyproject.tool.uv) ? pyproject.tool.uv : {};
      // uv's member globs enter dot folders, as its own check of the members does.
      return expandWorkspaces(dir, memberPatterns(uv.workspace), undefined, 'pyproject.toml', true);
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

/** Pairs whose lockfile belongs to a member of a workspace rooted above it, each with that root's lockfile. */
export async function memberLockfiles(
  cwd: string,
  pairs: readonly LockfilePair[],
): Promise<Map<LockfilePair, string>> {
  const members = new Map<LockfilePair, string>();
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
      if (folders.get(root)!.includes(relative)) members.set(pair, root.lockfile!);
    }
  }
  return members;
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

/** `root` lies above `pair` and both belong to one workspace-sharing family. */
function encloses(root: LockfilePair, pair: LockfilePair): boolean {
  if (root === pair || FAMILY[root.ecosystem] !== FAMILY[pair.ecosystem] || root.dir === pair.dir)
    return false;
  return root.dir === '.' || pair.dir.startsWith(`${root.dir}/`);
}

function isAncestor(root: LockfilePair, pair: LockfilePair): boolean {
  if (FAMILY[root.ecosystem] !== FAMILY[pair.ecosystem]) return false;
  if (!root.lockfile || !root.manifest || root.dir === pair.dir) return false;
  return root.dir === '.' || pair.dir.startsWith(`${root.dir}/`);
}

export function memberFix(pair: LockfilePair): string {
  return `delete ${pair.lockfile} (or stop listing ${pair.dir} as a workspace) — ${ECOSYSTEM_CHECKS[pair.ecosystem].fix} at the root keeps the root lockfile`;
}
