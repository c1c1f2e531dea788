// A JS workspace is installed from its root lockfile: npm, yarn and pnpm (with its default shared lockfile)
// never read a lockfile a member keeps in its own folder. Such a lockfile is reported as not read, not
// checked as if it were the project's.
import { posix, resolve } from 'node:path';
import { ECOSYSTEM_CHECKS } from './ecosystems/index.js';
import { expandWorkspaces, workspacePatterns } from './ecosystems/npm-workspaces.js';
import { isRecord, parseJson, parseYamlText, readText } from './files.js';
import type { EcosystemName, LockfilePair } from './types.js';

const JS: ReadonlySet<EcosystemName> = new Set(['npm', 'pnpm', 'yarn']);

/** The workspace folders (relative to the root's folder) a JS root installs, or [] when it has none. */
async function workspaceFolders(cwd: string, root: LockfilePair): Promise<string[]> {
  try {
    if (root.ecosystem === 'pnpm') {
      const file = await readText(cwd, posix.join(root.dir, 'pnpm-workspace.yaml'));
      const data = await parseYamlText(file);
      if (!isRecord(data) || data.sharedWorkspaceLockfile === false) return [];
      const packages = Array.isArray(data.packages)
        ? data.packages.filter((item) => typeof item === 'string')
        : [];
      return expandWorkspaces(resolve(cwd, root.dir), packages);
    }
    const pkg = parseJson(await readText(cwd, root.manifest!));
    return isRecord(pkg) ? expandWorkspaces(resolve(cwd, root.dir), workspacePatterns(pkg)) : [];
  } catch {
    return [];
  }
}

/** Pairs whose lockfile belongs to a member of a JS workspace rooted above it, each with that root's lockfile. */
export async function memberLockfiles(
  cwd: string,
  pairs: readonly LockfilePair[],
): Promise<Map<LockfilePair, string>> {
  const members = new Map<LockfilePair, string>();
  const nested = pairs.filter(
    (pair) =>
      JS.has(pair.ecosystem) &&
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

function isAncestor(root: LockfilePair, pair: LockfilePair): boolean {
  if (!JS.has(root.ecosystem) || !root.lockfile || !root.manifest || root.dir === pair.dir) return false;
  return root.dir === '.' || pair.dir.startsWith(`${root.dir}/`);
}

export function memberFix(pair: LockfilePair): string {
  return `delete ${pair.lockfile} (or stop listing ${pair.dir} as a workspace) — ${ECOSYSTEM_CHECKS[pair.ecosystem].fix} at the root keeps the root lockfile`;
}
