// npm version ranges without node-semver on the common path. node-semver costs several milliseconds of every
// run: its module set-up (a few hundred regular expressions) and a regex-driven parse of each distinct range.
// Nearly every range in a lockfile is `^1.2.3`, `~1.2`, `>= 1.2.0 < 2`, `1.x || 2`, `*` or `1.2.3-beta.1`:
// those are read here, desugared exactly as node-semver does in loose mode (Range#parseRange, replaceCaret,
// replaceTilde, replaceXRange, replaceGTE0 and the Range constructor's set clean-up) and tested as Range#test
// does. Anything else (hyphen ranges, `v1`, build metadata, `~>`, odd spacing) goes to node-semver itself:
// a check that meets one runs again once it is loaded (withSemver). __tests__/unit/lockfile-check/
// npm-ranges.test.ts holds both to the same answers.

import { type Semver, SemverNotLoaded, semverIfLoaded } from './semver.js';

function lib(): Semver {
  const semver = semverIfLoaded();
  if (!semver) throw new SemverNotLoaded('node-semver is needed but not loaded yet');
  return semver;
}

interface Version {
  major: number;
  minor: number;
  patch: number;
  /** Numeric identifiers as numbers, as node-semver keeps them. */
  pre: ReadonlyArray<string | number>;
}

interface Comparator {
  op: '' | '<' | '<=' | '>' | '>=';
  version: Version;
}

/** `null` is node-semver's ANY comparator (`*`, and `>=0.0.0`). */
type ComparatorSet = Array<Comparator | null>;

// Numbers without leading zeros and far below Number.MAX_SAFE_INTEGER; prerelease identifiers as strict
// semver writes them. Loose-only spellings (`01`, `1.2.3beta`, `v1`) are left to node-semver.
const NUMBER = '0|[1-9]\\d{0,14}';
const IDENTIFIER = `(?:${NUMBER}|[0-9A-Za-z-]*[A-Za-z-][0-9A-Za-z-]*)`;
const PRERELEASE = `${IDENTIFIER}(?:\\.${IDENTIFIER})*`;
const VERSION = new RegExp(`^(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})(?:-(${PRERELEASE}))?$`);
const PART = `\\*|x|X|${NUMBER}`;
const COMPARATOR = new RegExp(
  `^(<=|>=|<|>|=|\\^|~)?(?:(\\*|x|X)|(${NUMBER})(?:\\.(${PART})(?:\\.(${PART})(?:-(${PRERELEASE}))?)?)?)$`,
);
/** Operators node-semver joins to the version after them (`>= 1.2.3` is `>=1.2.3`, `^ 1` is `^1`). */
const LONE_OPERATORS = new Set(['<', '<=', '>', '>=', '=', '^', '~']);
/** Longer versions could hit node-semver's length limits; they are left to it. */
const MAX_VERSION_LENGTH = 200;

function prerelease(text: string | undefined): Array<string | number> {
  if (text === undefined) return [];
  return text.split('.').map((id) => (/^\d+$/.test(id) ? Number(id) : id));
}

function parseVersion(text: string): Version | undefined {
  if (text.length > MAX_VERSION_LENGTH) return undefined;
  const match = VERSION.exec(text);
  if (!match) return undefined;
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3]),
    pre: prerelease(match[4]),
  };
}

const versions = new Map<string, Version | null>();

// Most edges of a lockfile are `^1.2.3`, `~1.2.3` or `1.2.3` against a release version: those are compared as
// numbers, x.y.z ↦ x·2^34 + y·2^17 + z (components of at most five digits stay below 2^17, the sum below 2^53).
const SIMPLE_RANGE = /^([\^~]?)(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})$/;
const RELEASE = /^(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})$/;

function releaseNumber(major: number, minor: number, patch: number): number {
  return major * 2 ** 34 + minor * 2 ** 17 + patch;
}

const releases = new Map<string, number | null>();

function cachedRelease(text: string): number | undefined {
  let release = releases.get(text);
  if (release === undefined) {
    const match = RELEASE.exec(text);
    release = match ? releaseNumber(Number(match[1]), Number(match[2]), Number(match[3])) : null;
    releases.set(text, release);
  }
  return release ?? undefined;
}

function cachedVersion(text: string): Version | undefined {
  let version = versions.get(text);
  if (version === undefined) {
    version = parseVersion(text) ?? null;
    versions.set(text, version);
  }
  return version ?? undefined;
}

function compareIdentifiers(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : 1;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : 1;
}

/** SemVer#compare: main version, then prerelease (none sorts after any). */
function compare(a: Version, b: Version): number {
  if (a.major !== b.major) return a.major < b.major ? -1 : 1;
  if (a.minor !== b.minor) return a.minor < b.minor ? -1 : 1;
  if (a.patch !== b.patch) return a.patch < b.patch ? -1 : 1;
  // No prerelease sorts after any prerelease.
  if (a.pre.length === 0) return b.pre.length === 0 ? 0 : 1;
  if (b.pre.length === 0) return -1;
  for (let index = 0; ; index++) {
    const x = a.pre[index];
    const y = b.pre[index];
    if (x === undefined && y === undefined) return 0;
    if (y === undefined) return 1;
    if (x === undefined) return -1;
    if (x !== y) return compareIdentifiers(x, y);
  }
}

function testComparator(comparator: Comparator, version: Version): boolean {
  const order = compare(version, comparator.version);
  switch (comparator.op) {
    case '':
      return order === 0;
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
  }
}

/** node-semver's testSet: every comparator, and a prerelease only next to a comparator with one on its x.y.z. */
function testSet(set: ComparatorSet, version: Version): boolean {
  for (const comparator of set) if (comparator && !testComparator(comparator, version)) return false;
  if (version.pre.length === 0) return true;
  for (const comparator of set) {
    if (!comparator || comparator.version.pre.length === 0) continue;
    const allowed = comparator.version;
    if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch)
      return true;
  }
  return false;
}

function at(
  op: Comparator['op'],
  major: number,
  minor: number,
  patch: number,
  pre: ReadonlyArray<string | number> = [],
): Comparator | null {
  // replaceGTE0: `>=0.0.0` is ANY.
  if (op === '>=' && major === 0 && minor === 0 && patch === 0 && pre.length === 0) return null;
  return { op, version: { major, minor, patch, pre } };
}

/** `<X.Y.Z-0`: the upper bound node-semver writes for carets, tildes and x-ranges. */
function below(major: number, minor: number, patch: number): Comparator {
  return { op: '<', version: { major, minor, patch, pre: [0] } };
}

const isX = (part: string | undefined): boolean =>
  part === undefined || part === 'x' || part === 'X' || part === '*';

/** One comparator token (`^1.2`, `>=1.0.0-rc.1`, `1.x`) desugared onto `set`; false when it is not ours. */
function addComparator(token: string, set: ComparatorSet): boolean {
  if (token.length > MAX_VERSION_LENGTH) return false;
  const match = COMPARATOR.exec(token);
  if (!match) return false;
  const [, op = '', star, majorText, minorText, patchText, preText] = match;
  if (star !== undefined) {
    if (op !== '') return false;
    set.push(null);
    return true;
  }
  const major = Number(majorText);
  const xMinor = isX(minorText);
  const xPatch = xMinor || isX(patchText);
  // `1.x.3` (node-semver keeps it as written) and `1.2.x-pre` are left to node-semver.
  if ((xMinor && !isX(patchText)) || (xPatch && preText !== undefined)) return false;
  const minor = xMinor ? 0 : Number(minorText);
  const patch = xPatch ? 0 : Number(patchText);
  const pre = prerelease(preText);
  if (op === '^') {
    if (xMinor) set.push(at('>=', major, 0, 0), below(major + 1, 0, 0));
    else if (xPatch)
      set.push(at('>=', major, minor, 0), major === 0 ? below(0, minor + 1, 0) : below(major + 1, 0, 0));
    else {
      const upper =
        major !== 0 ? below(major + 1, 0, 0) : minor !== 0 ? below(0, minor + 1, 0) : below(0, 0, patch + 1);
      set.push(at('>=', major, minor, patch, pre), upper);
    }
    return true;
  }
  if (op === '~') {
    if (xMinor) set.push(at('>=', major, 0, 0), below(major + 1, 0, 0));
    else if (xPatch) set.push(at('>=', major, minor, 0), below(major, minor + 1, 0));
    else set.push(at('>=', major, minor, patch, pre), below(major, minor + 1, 0));
    return true;
  }
  if (!xPatch) {
    set.push(at(op === '=' ? '' : (op as Comparator['op']), major, minor, patch, pre));
    return true;
  }
  // replaceXRange with an x somewhere.
  if (op === '' || op === '=') {
    if (xMinor) set.push(at('>=', major, 0, 0), below(major + 1, 0, 0));
    else set.push(at('>=', major, minor, 0), below(major, minor + 1, 0));
  } else if (op === '>') {
    set.push(xMinor ? at('>=', major + 1, 0, 0) : at('>=', major, minor + 1, 0));
  } else if (op === '<=') {
    set.push(xMinor ? below(major + 1, 0, 0) : below(major, minor + 1, 0));
  } else if (op === '<') {
    set.push(below(major, minor, 0));
  } else {
    set.push(at('>=', major, minor, 0));
  }
  return true;
}

const isNull = (comparator: Comparator | null): boolean =>
  comparator !== null &&
  comparator.op === '<' &&
  comparator.version.major === 0 &&
  comparator.version.minor === 0 &&
  comparator.version.patch === 0 &&
  comparator.version.pre.length === 1 &&
  comparator.version.pre[0] === 0;

/** Range#parseRange on one `||` alternative, after whitespace was collapsed; undefined when it is not ours. */
function parseSet(text: string): ComparatorSet | undefined {
  if (text === '') return undefined;
  const tokens = text.split(' ');
  const set: ComparatorSet = [];
  for (let index = 0; index < tokens.length; index++) {
    let token = tokens[index]!;
    if (LONE_OPERATORS.has(token)) {
      const next = tokens[++index];
      if (next === undefined || !/^\d/.test(next)) return undefined;
      token += next;
    }
    if (!addComparator(token, set)) return undefined;
  }
  // A null set (`<0.0.0-0`) replaces the whole set; ANY is dropped next to anything else.
  const nullSet = set.find(isNull);
  if (nullSet) return [nullSet];
  const bounded = set.filter((comparator) => comparator !== null);
  return bounded.length ? bounded : [null];
}

/** The comparator sets of a range as node-semver's Range holds them; undefined when node-semver must decide. */
function parseRange(range: string): ComparatorSet[] | undefined {
  const sets: ComparatorSet[] = [];
  for (const part of range.trim().replace(/\s+/g, ' ').split('||')) {
    const set = parseSet(part.trim());
    if (!set) return undefined;
    sets.push(set);
  }
  if (sets.length === 1) return sets;
  const kept = sets.filter((set) => !isNull(set[0]!));
  if (kept.length === 0) return [sets[0]!];
  return kept.find((set) => set.length === 1 && set[0] === null) ? [[null]] : kept;
}

const ranges = new Map<string, ComparatorSet[] | null>();

function fastRange(range: string): ComparatorSet[] | undefined {
  let sets = ranges.get(range);
  if (sets === undefined) {
    sets = parseRange(range) ?? null;
    ranges.set(range, sets);
  }
  return sets ?? undefined;
}

/** Whether `range` is read here without node-semver (for the tests). */
export function isFastRange(range: string): boolean {
  return fastRange(range) !== undefined;
}

export interface CompiledRange {
  test(version: string): boolean;
}

const NOTHING: CompiledRange = { test: () => false };

/** `new Range(range, { loose: true })`, ready to test versions; an invalid range satisfies nothing. */
export function compileRange(range: string): CompiledRange {
  let compiled = compiledRanges.get(range);
  if (compiled === undefined) {
    compiled = compileSimple(range) ?? compileSets(range, fastRange(range)) ?? compileWithSemver(range);
    compiledRanges.set(range, compiled);
  }
  return compiled;
}

/** A workspace repeats its ranges (`^18.2.0` in a hundred manifests): each is compiled once. */
const compiledRanges = new Map<string, CompiledRange>();

/**
 * `^1.2.3`, `~1.2.3` or `1.2.3` compiled, else undefined. Such a spec is its own range (specTarget would
 * return it unchanged), so callers can skip specTarget for it.
 */
export function compileSimple(range: string): CompiledRange | undefined {
  const simple = SIMPLE_RANGE.exec(range);
  if (!simple) return undefined;
  // [low, high) as release numbers; prereleases and longer numbers go through the comparator sets.
  const [, op, majorText, minorText, patchText] = simple;
  const major = Number(majorText);
  const minor = Number(minorText);
  const patch = Number(patchText);
  const low = releaseNumber(major, minor, patch);
  const high =
    op === ''
      ? low + 1
      : op === '~' || (major === 0 && minor !== 0)
        ? releaseNumber(major, minor + 1, 0)
        : major === 0
          ? low + 1
          : releaseNumber(major + 1, 0, 0);
  let general: CompiledRange | undefined;
  return {
    test(text) {
      const version = cachedRelease(text);
      if (version !== undefined) return version >= low && version < high;
      general ??= compileSets(range, fastRange(range))!;
      return general.test(text);
    },
  };
}

function compileWithSemver(range: string): CompiledRange {
  const semver = lib();
  try {
    const parsed = new semver.Range(range, { loose: true });
    return { test: (version) => parsed.test(version) };
  } catch {
    return NOTHING;
  }
}

function compileSets(range: string, sets: ComparatorSet[] | undefined): CompiledRange | undefined {
  if (!sets) return undefined;
  return {
    test(text) {
      const version = cachedVersion(text);
      if (!version) return lib().satisfies(text, range, { loose: true });
      for (const set of sets) if (testSet(set, version)) return true;
      return false;
    },
  };
}

/** node-semver's `validRange(range, { loose: true }) !== null`. */
export function isValidRange(range: string): boolean {
  return (
    SIMPLE_RANGE.test(range) ||
    fastRange(range) !== undefined ||
    lib().validRange(range, { loose: true }) !== null
  );
}

/** node-semver's `satisfies(version, range, { loose: true })`. */
export function satisfiesRange(version: string, range: string): boolean {
  return compileRange(range).test(version);
}

/** node-semver's `valid(version) !== null` (strict, as npm records versions). */
export function isValidVersion(version: string): boolean {
  return cachedVersion(version) !== undefined || lib().valid(version) !== null;
}
