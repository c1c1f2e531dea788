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

/** A glob segment with none of the characters that make it more than its own text. */
const LITERAL = /^[^*?[\]{}()!+@\\]+$/;

/**
 * How a folder that the walk reached through every segment test is known to match, without matching its whole
 * path: `exact` when the pattern is all simple segments (the folder matched one per level), `tail` when it is
 * simple segments then one final `**` (which stands for no folder, or any below it). Other patterns (a `**` in
 * the middle, several `**`) are matched whole.
 */
type Shape = 'exact' | 'tail' | 'other';

function shapeOf(segments: string[]): Shape {
  const last = segments.length - 1;
  const simple = (segment: string) => segment === '*' || LITERAL.test(segment);
  if (segments.every(simple)) return 'exact';
  if (segments[last] === '**' && segments.slice(0, last).every(simple)) return 'tail';
  return 'other';
}

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
  dotFolders = false,
): Promise<string[]> {
  // uv expands its member globs with Rust's glob crate, whose `*` and `**` enter dot folders too. The npm-style
  // matcher never lets a wildcard match a leading dot, so for uv each segment gets a letter in front first.
  const undot = (path: string): string =>
    dotFolders ? path.replace(/(^|\/)(?!\*\*(?:\/|$))/g, '$1_') : path;
  const glob = (path: string, pattern: string): boolean => matchesGlob(undot(path), undot(pattern));
  const include = patterns.filter((pattern) => !pattern.startsWith('!')).map(normalise);
  const exclude = patterns
    .filter((pattern) => pattern.startsWith('!'))
    .map((pattern) => normalise(pattern.slice(1)));
  if (include.length === 0) return [];
  const includeSegments = include.map((pattern) => pattern.split('/'));
  const shapes = includeSegments.map(shapeOf);
  const found: string[] = [];
  /**
   * The include patterns that may still match a folder or something below it, each with whether a `**` was
   * reached (from there on, any folder not starting with a dot). Passed down the walk, so each folder is
   * tested once against the patterns its parent left alive, on its own name.
   */
  type Alive = Array<{ pattern: number; starred: boolean }>;
  /** Whether a folder reached with `item` alive at `depth` matches that pattern. */
  function matches(item: Alive[number], depth: number, relative: string): boolean {
    const shape = shapes[item.pattern]!;
    const length = includeSegments[item.pattern]!.length;
    if (shape === 'exact') return !item.starred && depth === length;
    if (shape === 'tail') return item.starred || depth === length - 1;
    return glob(`${relative}/${marker}`, `${include[item.pattern]}/${marker}`);
  }
  async function walk(relative: string, depth: number, alive: Alive): Promise<void> {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readDirents(relative === '' ? root : join(root, relative));
    } catch {
      return;
    }
    if (
      relative !== '' &&
      entries.some((entry) => entry.name === marker && entry.isFile()) &&
      alive.some((item) => matches(item, depth, relative)) &&
      !exclude.some((pattern) => glob(`${relative}/${marker}`, `${pattern}/${marker}`))
    ) {
      found.push(relative);
    }
    if (depth >= maxDepth) return;
    for (const entry of entries) {
      if (!entry.isDirectory() || SKIP.has(entry.name)) continue;
      const below = aliveBelow(alive, depth, entry.name);
      if (below.length === 0) continue;
      await walk(relative === '' ? entry.name : `${relative}/${entry.name}`, depth + 1, below);
    }
  }
  /** The patterns of `alive` that may match a folder named `name` at `depth` (0-based) or below it. */
  function aliveBelow(alive: Alive, depth: number, name: string): Alive {
    const out: Alive = [];
    const hidden = !dotFolders && name.charCodeAt(0) === 0x2e;
    for (const item of alive) {
      if (item.starred) {
        if (!hidden) out.push(item);
        continue;
      }
      const segment = includeSegments[item.pattern]![depth];
      if (segment === undefined) continue;
      if (segment === '**') {
        if (!hidden) out.push({ pattern: item.pattern, starred: true });
        continue;
      }
      if (glob(name, segment)) out.push(item);
    }
    return out;
  }
  await walk(
    '',
    0,
    include.map((_, pattern) => ({ pattern, starred: false })),
  );
  return found.sort();
}

/** `./a/b/`, `a//b`, `a\\b` → `a/b`: a relative path or glob as written in a manifest; most already are. */
export function normalise(pattern: string): string {
  if (!/\\|\/\/|\/\.|^\.|\/$/.test(pattern)) return pattern;
  return posix.normalize(pattern.replace(/\\/g, '/')).replace(/^\.\//, '').replace(/\/$/, '');
}
