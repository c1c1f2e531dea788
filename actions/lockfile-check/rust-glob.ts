import { posix } from 'node:path';

/**
 * `glob::Pattern::new(pattern)?.matches_path(path)` of Rust's glob crate, with its default options (what uv's
 * workspace `exclude` uses): unlike a shell or npm glob, `*`, `?` and classes match `/` and a leading dot too, so
 * `packages/*` also matches `packages/a/b`. `**` as a whole segment stands for any folders, none included. The
 * pattern is normalised as uv does (`./a/` is `a`). A pattern the crate refuses matches nothing.
 */
export function rustGlobMatches(pattern: string, path: string): boolean {
  let compiled = cache.get(pattern);
  if (compiled === undefined) {
    compiled = compile(posix.normalize(pattern).replace(/^\.\/|\/$/g, '')) ?? null;
    cache.set(pattern, compiled);
  }
  return compiled?.test(path) === true;
}

const cache = new Map<string, RegExp | null>();

function compile(pattern: string): RegExp | undefined {
  let source = '';
  for (let index = 0; index < pattern.length; ) {
    const char = pattern[index]!;
    if (char === '*' && pattern[index + 1] === '*') {
      const starts = index === 0 || pattern[index - 1] === '/';
      const end = index + 2;
      // `**` must be a segment of its own.
      if (!starts || (end < pattern.length && pattern[end] !== '/')) return undefined;
      if (end === pattern.length) source += '.*';
      else source += '(?:.*/)?';
      index = end + 1;
      continue;
    }
    if (char === '*') source += '.*';
    else if (char === '?') source += '.';
    else if (char === '[') {
      const close = classEnd(pattern, index);
      if (close === undefined) return undefined;
      source += classSource(pattern.slice(index + 1, close));
      index = close + 1;
      continue;
    } else source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    index++;
  }
  return new RegExp(`^${source}$`, 's');
}

/** Where a class opened at `open` ends: `]` right after `[` or `[!` is a member, not the end. */
function classEnd(pattern: string, open: number): number | undefined {
  let index = open + 1;
  if (pattern[index] === '!') index++;
  if (pattern[index] === ']') index++;
  const close = pattern.indexOf(']', index);
  return close === -1 ? undefined : close;
}

/** `[!a-c]` → `[^a-c]`, every other member taken literally. */
function classSource(body: string): string {
  const negated = body.startsWith('!');
  const members = negated ? body.slice(1) : body;
  const escaped = members.replace(/[\\\]^[]/g, '\\$&');
  return `[${negated ? '^' : ''}${escaped}]`;
}
