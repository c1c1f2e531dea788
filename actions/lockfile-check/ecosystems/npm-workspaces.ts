import { join, posix } from 'node:path';
import { isRecord, readDirents } from '../files.js';
import { matchesGlobCached as matchesGlob } from '../glob-match.js';

/** The `workspaces` globs of a package.json (array or `{ packages: [...] }`). */
export function workspacePatterns(manifest: Record<string, unknown>): string[] {
  const field = manifest.workspaces;
  const list = Array.isArray(field)
    ? field
    : isRecord(field) && Array.isArray(field.packages)
      ? field.packages
      : [];
  return list.filter((item): item is string => typeof item === 'string');
}

const SKIP = new Set(['node_modules', 'bower_components', '.git', '.venv', 'target']);

/**
 * Folders (relative, `/`-separated) holding `marker` (package.json) that the workspace globs match, with the
 * package managers' own semantics: a pattern matches `<pattern>/<marker>`, so `dir/**` includes `dir` itself and
 * has no depth limit; `*` and `**` do not enter dot folders; `!pattern` excludes. The walk only enters folders
 * a pattern can still match below (`maxDepth` only bounds a runaway tree).
 */
export async function expandWorkspaces(
  root: string,
  patterns: string[],
  maxDepth = 64,
  marker = 'package.json',
): Promise<string[]> {
  const include = patterns.filter((pattern) => !pattern.startsWith('!')).map(normalise);
  const exclude = patterns
    .filter((pattern) => pattern.startsWith('!'))
    .map((pattern) => normalise(pattern.slice(1)));
  if (include.length === 0) return [];
  const includeSegments = include.map((pattern) => pattern.split('/'));
  const found: string[] = [];
  async function walk(relative: string, depth: number): Promise<void> {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readDirents(join(root, relative));
    } catch {
      return;
    }
    if (
      relative !== '' &&
      entries.some((entry) => entry.isFile() && entry.name === marker) &&
      include.some((pattern) => matchesGlob(`${relative}/${marker}`, `${pattern}/${marker}`)) &&
      !exclude.some((pattern) => matchesGlob(`${relative}/${marker}`, `${pattern}/${marker}`))
    ) {
      found.push(relative);
    }
    if (depth >= maxDepth) return;
    const segments = relative === '' ? [] : relative.split('/');
    for (const entry of entries) {
      if (!entry.isDirectory() || SKIP.has(entry.name)) continue;
      const below = [...segments, entry.name];
      if (!includeSegments.some((pattern) => mayMatchBelow(below, pattern))) continue;
      await walk(below.join('/'), depth + 1);
    }
  }
  await walk('', 0);
  return found.sort();
}

/** Whether a folder's path (segments) is a prefix of something the pattern (segments) can match. */
function mayMatchBelow(folder: readonly string[], pattern: readonly string[]): boolean {
  for (let index = 0; index < folder.length; index++) {
    const segment = pattern[index];
    if (segment === undefined) return false;
    if (segment === '**') return !folder.slice(index).some((name) => name.startsWith('.'));
    if (!matchesGlob(folder[index]!, segment)) return false;
  }
  return true;
}

function normalise(pattern: string): string {
  return posix.normalize(pattern.replace(/\\/g, '/')).replace(/^\.\//, '').replace(/\/$/, '');
}
