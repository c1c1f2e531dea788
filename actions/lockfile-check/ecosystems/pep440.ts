/**
 * PEP 440 versions and specifiers, as far as a lock check compares them: uv writes versions in canonical form
 * (`2024.01` as `2024.1`, `1.0.0-rc.1` as `1.0.0rc1`) and `requires-python` as one normalised range, and judges
 * both by meaning, not by text.
 */

export interface Version {
  epoch: number;
  release: number[];
  pre?: [string, number];
  post?: number;
  dev?: number;
  local?: string;
}

// The version grammar of PEP 440's appendix ("Parsing version strings with regular expressions").
const VERSION =
  /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$/i;

const PRE_LABEL: Record<string, string> = {
  alpha: 'a',
  a: 'a',
  beta: 'b',
  b: 'b',
  c: 'rc',
  pre: 'rc',
  preview: 'rc',
  rc: 'rc',
};

export function parseVersion(text: string): Version | undefined {
  const match = VERSION.exec(text.trim());
  if (!match) return undefined;
  const version: Version = { epoch: Number(match[1] ?? 0), release: match[2]!.split('.').map(Number) };
  if (match[3]) version.pre = [PRE_LABEL[match[3].toLowerCase()]!, Number(match[4] ?? 0)];
  if (match[5] !== undefined) version.post = Number(match[5]);
  else if (match[6]) version.post = Number(match[7] ?? 0);
  if (match[8]) version.dev = Number(match[9] ?? 0);
  if (match[10]) {
    version.local = match[10]
      .toLowerCase()
      .split(/[-_.]/)
      .map((part) => (/^\d+$/.test(part) ? String(Number(part)) : part))
      .join('.');
  }
  return version;
}

/** Trailing zeros of a release do not change a version: `1.0` is `1`. */
function trimmed(release: number[]): number[] {
  let end = release.length;
  while (end > 1 && release[end - 1] === 0) end -= 1;
  return release.slice(0, end);
}

/** The canonical text of a version, equal for two versions exactly when PEP 440 says they are equal. */
export function versionKey(version: Version, keepRelease = false): string {
  const release = (keepRelease ? version.release : trimmed(version.release)).join('.');
  return (
    (version.epoch ? `${version.epoch}!` : '') +
    release +
    (version.pre ? `${version.pre[0]}${version.pre[1]}` : '') +
    (version.post !== undefined ? `.post${version.post}` : '') +
    (version.dev !== undefined ? `.dev${version.dev}` : '') +
    (version.local ? `+${version.local}` : '')
  );
}

const SPECIFIER = /^(~=|===|==|!=|<=|>=|<|>)\s*(.*?)\s*$/;

interface Specifier {
  operator: string;
  version: Version;
  /** `==1.2.*` / `!=1.2.*`. */
  star: boolean;
}

/** `>= 1.0`, `==1.2.*`: undefined for `===` (arbitrary equality, compared as text) and what does not parse. */
function parseSpecifier(text: string): Specifier | undefined {
  const match = SPECIFIER.exec(text.trim());
  if (!match || match[1] === '===') return undefined;
  const star = match[2]!.endsWith('.*');
  const version = parseVersion(star ? match[2]!.slice(0, -2) : match[2]!);
  return version && { operator: match[1]!, version, star };
}

/**
 * One specifier as uv compares it: operator and version by PEP 440 equality, except that `~=` depends on how
 * many release segments it names and `===` on its exact text. Unparsable text is kept (without spaces).
 */
export function specifierKey(text: string): string {
  const specifier = parseSpecifier(text);
  if (!specifier) return text.replace(/\s+/g, '');
  const { operator, version, star } = specifier;
  return `${operator}${versionKey(version, operator === '~=')}${star ? '.*' : ''}`;
}

/** One end of an interval of versions (release segments only); `undefined` is unbounded. */
type Bound = { value: number[]; inclusive: boolean } | undefined;
interface Interval {
  lower: Bound;
  upper: Bound;
}

function compareRelease(left: number[], right: number[]): number {
  const length = Math.max(left.length, right.length);
  for (let index = 0; index < length; index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference) return Math.sign(difference);
  }
  return 0;
}

/**
 * Whether a version sorts before the final release `release` (`2.3.0`), by PEP 440's order: an earlier release,
 * or that release's own pre-releases and dev releases (`2.3.0a1`, `2.3.0.dev0`); its post and local releases
 * come after it.
 */
export function isBeforeRelease(version: Version, release: number[]): boolean {
  if (version.epoch > 0) return false;
  const order = compareRelease(version.release, release);
  if (order !== 0) return order < 0;
  return version.pre !== undefined || (version.dev !== undefined && version.post === undefined);
}

/**
 * Of two bounds at one end (`end` 1 for lower bounds, -1 for upper ones), the tighter (`tighter`) or the looser
 * one; an unbounded end is the loosest, and at one value an exclusive bound is tighter than an inclusive one.
 */
function pick(left: Bound, right: Bound, end: 1 | -1, tighter: boolean): Bound {
  if (!left || !right) return tighter ? (left ?? right) : undefined;
  const order = compareRelease(left.value, right.value) * end || (left.inclusive ? -1 : 1);
  return order > 0 === tighter ? left : right;
}

function isEmpty({ lower, upper }: Interval): boolean {
  if (!lower || !upper) return false;
  const order = compareRelease(lower.value, upper.value);
  return order > 0 || (order === 0 && !(lower.inclusive && upper.inclusive));
}

function bumped(release: number[]): number[] {
  return [...release.slice(0, -1), release[release.length - 1]! + 1];
}

/** A specifier's versions as intervals, with release-only semantics (as uv reads `requires-python`). */
function specifierIntervals(text: string): Interval[] | undefined {
  const specifier = parseSpecifier(text);
  if (!specifier) return undefined;
  const { operator, star } = specifier;
  const release = specifier.version.release;
  const at = (inclusive: boolean): Bound => ({ value: release, inclusive });
  const below = (value: number[], inclusive: boolean): Interval => ({
    lower: undefined,
    upper: { value, inclusive },
  });
  const above = (value: number[], inclusive: boolean): Interval => ({
    lower: { value, inclusive },
    upper: undefined,
  });
  if (star) {
    const next = bumped(release);
    if (operator === '==') return [{ lower: at(true), upper: { value: next, inclusive: false } }];
    if (operator === '!=') return [below(release, false), above(next, true)];
    return undefined;
  }
  switch (operator) {
    case '==':
      return [{ lower: at(true), upper: at(true) }];
    case '!=':
      return [below(release, false), above(release, false)];
    case '<':
      return [below(release, false)];
    case '<=':
      return [below(release, true)];
    case '>':
      return [above(release, false)];
    case '>=':
      return [above(release, true)];
    case '~=':
      if (release.length < 2) return undefined;
      return [{ lower: at(true), upper: { value: bumped(release.slice(0, -1)), inclusive: false } }];
    default:
      return undefined;
  }
}

function intersect(left: Interval[], right: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const a of left) {
    for (const b of right) {
      const interval = { lower: pick(a.lower, b.lower, 1, true), upper: pick(a.upper, b.upper, -1, true) };
      if (!isEmpty(interval)) out.push(interval);
    }
  }
  return out;
}

export interface PythonRange {
  lower: Bound;
  upper: Bound;
}

/**
 * The lowest and highest bound of the versions every one of `specifierSets` (comma-separated specifiers)
 * allows: uv's `requires-python` range for a workspace. `undefined` when a specifier cannot be read or nothing
 * is allowed (uv refuses to lock then).
 */
export function pythonRange(specifierSets: string[]): PythonRange | undefined {
  let intervals: Interval[] = [{ lower: undefined, upper: undefined }];
  for (const set of specifierSets) {
    for (const part of set.split(',')) {
      if (!part.trim()) continue;
      const allowed = specifierIntervals(part);
      if (!allowed) return undefined;
      intervals = intersect(intervals, allowed);
    }
  }
  if (!intervals.length) return undefined;
  return intervals.reduce((range, interval) => ({
    lower: pick(range.lower, interval.lower, 1, false),
    upper: pick(range.upper, interval.upper, -1, false),
  }));
}

function sameBound(left: Bound, right: Bound): boolean {
  if (!left || !right) return left === right;
  return left.inclusive === right.inclusive && compareRelease(left.value, right.value) === 0;
}

export function sameRange(left: PythonRange, right: PythonRange): boolean {
  return sameBound(left.lower, right.lower) && sameBound(left.upper, right.upper);
}
