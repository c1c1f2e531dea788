import { matchesGlob } from 'node:path';

/**
 * `path.matchesGlob(path, pattern)` with the pattern compiled once. Node compiles a pattern on every call
 * (~10 µs), and discovery and workspace expansion test every folder of a repository against every pattern.
 * Patterns of literal segments, `*`, `?` and `**` become one RegExp with the same semantics (segments that
 * start with a dot are matched only by a pattern segment that starts with one); anything else — classes,
 * braces, extglobs, escapes, `.`/`..` segments, empty segments — and case-insensitive platforms keep using
 * matchesGlob itself.
 */
export function globMatcher(pattern: string): (path: string) => boolean {
  const compiled = compile(pattern);
  if (!compiled) return (path) => matchesGlob(path, pattern);
  // What compiles without a wildcard is its own text (workspace globs are mostly literal segments); `*` alone is
  // one segment not starting with a dot.
  if (!/[*?]/.test(pattern)) return (path) => path === pattern;
  if (pattern === '*') return (path) => path !== '' && path.charCodeAt(0) !== 0x2e && !path.includes('/');
  // A path the pattern matches holds its literal segments as written: most paths are ruled out by that alone
  // (`**/fixtures/**` against a repository's folders), without running the expression.
  const needle = literalRun(pattern);
  return needle ? (path) => path.includes(needle) && compiled.test(path) : (path) => compiled.test(path);
}

/** The longest run of consecutive wildcard-free segments of a pattern, `/`-joined (empty when there is none). */
function literalRun(pattern: string): string {
  let best = '';
  let run: string[] = [];
  for (const segment of [...pattern.split('/'), '*']) {
    if (segment !== '' && !/[*?]/.test(segment)) {
      run.push(segment);
      continue;
    }
    const joined = run.join('/');
    if (joined.length > best.length) best = joined;
    run = [];
  }
  return best;
}

/** One segment of a path that `*` or `**` may stand for: not empty, not starting with a dot. */
const SEGMENT = '(?!\\.)[^/]+';

function compile(pattern: string): RegExp | undefined {
  // matchesGlob ignores case on macOS and Windows.
  if (process.platform !== 'linux') return undefined;
  if (pattern === '' || /[[\]{}()!+@\\]/.test(pattern)) return undefined;
  // `**/**` is `**`.
  const segments = pattern
    .split('/')
    .filter((segment, index, all) => segment !== '**' || all[index - 1] !== '**');
  // With two `**`, minimatch's own rewriting of the pattern decides some wildcard segments differently.
  if (
    segments.filter((segment) => segment === '**').length > 1 &&
    segments.some((s) => s !== '**' && /[*?]/.test(s))
  )
    return undefined;
  let source = '';
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    const first = index === 0;
    const last = index === segments.length - 1;
    if (segment === '' || segment === '.' || segment === '..') return undefined;
    if (segment === '**') {
      if (segments.length === 1) source += `${SEGMENT}(?:/${SEGMENT})*`;
      else if (first) source += `(?:${SEGMENT}/)*`;
      else if (last) source += `(?:/${SEGMENT})+`;
      else source += `(?:/${SEGMENT})*`;
      continue;
    }
    // A leading `**` group ends with its separator; every other segment is preceded by one.
    if (!first && !(index === 1 && segments[0] === '**')) source += '/';
    if (segment === '*') {
      source += SEGMENT;
      continue;
    }
    if (segment[0] === '*' || segment[0] === '?') source += '(?!\\.)';
    for (const char of segment) {
      if (char === '*') source += source.endsWith('[^/]*') ? '' : '[^/]*';
      else if (char === '?') source += '[^/]';
      else source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

const cache = new Map<string, (path: string) => boolean>();

/** A drop-in for `path.matchesGlob` that compiles each pattern once. */
export function matchesGlobCached(path: string, pattern: string): boolean {
  let matches = cache.get(pattern);
  if (!matches) {
    matches = globMatcher(pattern);
    cache.set(pattern, matches);
  }
  return matches(path);
}
