// What `source` holds besides files and folders, found before anything is packed or connected: the
// remote tar would recreate FIFOs, device nodes (when deploying as root) and links leading anywhere.
import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir, readlink, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { ConfigError } from '../../shared/errors.js';

type Entry = Pick<
  Dirent | Stats,
  'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket' | 'isSymbolicLink'
>;

export interface SourceScan {
  /** Symbolic links leading out of the uploaded tree (absolute, or past its root), as `path -> target`. */
  externalLinks: string[];
  /** FIFOs and device nodes, as `kind at path`: never uploaded. */
  special: string[];
  /** Sockets: tar leaves them out. */
  sockets: string[];
}

/** Links followed while resolving one link before it counts as leading out (the kernel's own limit). */
const MAX_HOPS = 40;

/** A path as shown in one log line: control characters escaped, so a name cannot break the line. */
export function showPath(path: string): string {
  return JSON.stringify(path).slice(1, -1);
}

function specialKind(entry: Entry): string | undefined {
  if (entry.isFIFO()) return 'a FIFO (named pipe)';
  if (entry.isCharacterDevice()) return 'a character device';
  if (entry.isBlockDevice()) return 'a block device';
  return undefined;
}

/**
 * Whether `target`, read from a link in folder `from` (both relative to `root`), stays inside `root`,
 * following the links it meets in the tree as the server will: `s -> .` then `x -> s/../y` leaves.
 * A missing component is taken as written (its `..` still counts).
 */
export async function linkStaysInside(root: string, from: string[], target: string): Promise<boolean> {
  if (isAbsolute(target)) return false;
  const parts = [...from];
  const queue = target.split(/[\\/]/);
  let hops = 0;
  while (queue.length) {
    const part = queue.shift()!;
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return false;
      parts.pop();
      continue;
    }
    parts.push(part);
    const info = await lstat(join(root, ...parts)).catch(() => undefined);
    if (!info?.isSymbolicLink()) continue;
    if (++hops > MAX_HOPS) return false;
    const next = await readlink(join(root, ...parts));
    if (isAbsolute(next)) return false;
    parts.pop();
    queue.unshift(...next.split(/[\\/]/));
  }
  return true;
}

/** Every entry of `source` that is not a plain file or folder (a folder's links are not descended). */
export async function scanSource(source: string): Promise<SourceScan> {
  const scan: SourceScan = { externalLinks: [], special: [], sockets: [] };
  // As tarStream packs it: a folder's contents, or one entry beside nothing else.
  const folder = (await stat(source)).isDirectory();
  const root = folder ? source : dirname(source);
  const entries: Array<{ path: string; entry: Entry }> = folder
    ? (await readdir(source, { withFileTypes: true, recursive: true })).map((entry) => ({
        path: relative(root, join(entry.parentPath, entry.name)),
        entry,
      }))
    : [{ path: basename(source), entry: await lstat(source) }];
  for (const { path, entry } of entries) {
    const kind = specialKind(entry);
    if (kind) scan.special.push(`${kind} at ${showPath(path)}`);
    else if (entry.isSocket()) scan.sockets.push(showPath(path));
    else if (entry.isSymbolicLink()) {
      const target = await readlink(join(root, path));
      const from = folder
        ? dirname(path)
            .split(/[\\/]/)
            .filter((part) => part !== '.')
        : [];
      // A single uploaded link has nothing of its tree beside it on the server.
      const inside = folder ? await linkStaysInside(root, from, target) : false;
      if (!inside) scan.externalLinks.push(`${showPath(path)} -> ${showPath(target)}`);
    }
  }
  return scan;
}

/** `a, b, c (and 4 more)`. */
export function firstFew(items: readonly string[], count = 3): string {
  const more = items.length > count ? ` (and ${items.length - count} more)` : '';
  return `${items.slice(0, count).join(', ')}${more}`;
}

/**
 * Refuses what must not reach a server (FIFOs, device nodes, and links leading out unless allowed),
 * and says what is left out or let through.
 */
export async function vetSource(
  source: string,
  allowExternalSymlinks: boolean,
  log: { info(message: string): void; warning(message: string): void },
): Promise<void> {
  const scan = await scanSource(source);
  if (scan.special.length) {
    throw new ConfigError(
      `input 'source' holds ${firstFew(scan.special)}: only files, folders and symbolic links are uploaded; remove them from the tree first`,
    );
  }
  if (scan.externalLinks.length && !allowExternalSymlinks) {
    throw new ConfigError(
      `input 'source' holds symbolic links that lead out of it: ${firstFew(scan.externalLinks)}; on the server they would point outside the release (set 'allow-external-symlinks: true' to upload them as they are)`,
    );
  }
  if (scan.externalLinks.length) {
    log.info(
      `uploading ${scan.externalLinks.length} symbolic link(s) that lead out of the release (allow-external-symlinks): ${firstFew(scan.externalLinks)}`,
    );
  }
  if (scan.sockets.length) {
    log.warning(`source: ${scan.sockets.length} socket(s) left out of the upload: ${firstFew(scan.sockets)}`);
  }
}
