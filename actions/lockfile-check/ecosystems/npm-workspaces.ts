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

const SKIP = new Set(['node_modules', '.git', '.venv', 'target']);

/** Folders (relative, `/`-separated) holding `marker` (package.json) that the workspace globs match. */
export async function expandWorkspaces(
  root: string,
  patterns: string[],
  maxDepth = 4,
  marker = 'package.json',
): Promise<string[]> {
  const include = patterns.filter((pattern) => !pattern.startsWith('!')).map(normalise);
  const exclude = patterns
    .filter((pattern) => pattern.startsWith('!'))
    .map((pattern) => normalise(pattern.slice(1)));
  if (include.length === 0) return [];
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
      include.some((pattern) => matchesGlob(relative, pattern)) &&
      !exclude.some((pattern) => matchesGlob(relative, pattern))
    ) {
      found.push(relative);
    }
    if (depth >= maxDepth) return;
    for (const entry of entries) {
      if (!entry.isDirectory() || SKIP.has(entry.name)) continue;
      await walk(relative === '' ? entry.name : posix.join(relative, entry.name), depth + 1);
    }
  }
  await walk('', 0);
  return found.sort();
}

function normalise(pattern: string): string {
  return posix.normalize(pattern.replace(/\\/g, '/')).replace(/^\.\//, '').replace(/\/$/, '');
}
