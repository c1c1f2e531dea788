import type { SemVer } from 'semver';
import semver from 'semver';
import type { Bump } from './commits.js';

/** A tag whose name is the prefix followed by a semantic version. */
export interface VersionTag {
  name: string;
  version: SemVer;
  /** The commit the tag points at (peeled for annotated tags). */
  commit: string;
}

/** The strict semantic version after `prefix`, or undefined (other prefixes, `v1`, `latest`, …). */
export function parseTagVersion(name: string, prefix: string): SemVer | undefined {
  if (!name.startsWith(prefix)) return undefined;
  const rest = name.slice(prefix.length);
  if (!/^\d/.test(rest)) return undefined;
  return semver.parse(rest) ?? undefined;
}

/** `1.2.3`, or `v1.2.3` when that is the prefix in use; undefined when not a version. */
export function parseVersion(text: string, prefix = ''): SemVer | undefined {
  const rest = prefix && text.startsWith(prefix) ? text.slice(prefix.length) : text;
  if (!/^\d/.test(rest)) return undefined;
  return semver.parse(rest) ?? undefined;
}

/** Semantic version precedence (prereleases below their release, build metadata ignored). */
export function compareVersions(a: SemVer, b: SemVer): number {
  return a.compare(b);
}

export function highest<T extends { version: SemVer }>(items: Iterable<T>): T | undefined {
  let best: T | undefined;
  for (const item of items) if (!best || item.version.compare(best.version) > 0) best = item;
  return best;
}

function core(version: SemVer): SemVer {
  return new semver.SemVer(`${version.major}.${version.minor}.${version.patch}`);
}

/** Below 1.0.0 a breaking change bumps what `breaking-pre-1` says. */
export function effectiveBump(bump: Bump, base: SemVer | undefined, breakingPre1: 'minor' | 'major'): Bump {
  if (bump === 'major' && base && base.major === 0 && breakingPre1 === 'minor') return 'minor';
  return bump;
}

/** How `to` differs from `from` in its major.minor.patch (the kind of release it is). */
export function coreDiff(from: SemVer | undefined, to: SemVer): Bump {
  if (!from) return 'none';
  if (to.major !== from.major) return 'major';
  if (to.minor !== from.minor) return 'minor';
  if (to.patch !== from.patch) return 'patch';
  return 'none';
}

export interface NextVersionInput {
  /** The highest release (no prerelease) merged into HEAD. */
  stable?: SemVer;
  /** The highest version of any kind merged into HEAD. */
  latest?: SemVer;
  bump: Exclude<Bump, 'none'>;
  /** Prerelease identifier (`rc`), empty for a release. */
  prerelease: string;
  initialVersion: SemVer;
  /** Every version already tagged with this prefix, reachable or not: numbers are never reused. */
  taken: readonly SemVer[];
}

/**
 * The next version: the stable release bumped, raised to a prerelease line already started above it
 * (1.3.0-rc.1 and a fix → 1.3.0), then numbered as `-<id>.<n>` when a prerelease is wanted.
 */
export function nextVersion(input: NextVersionInput): SemVer {
  const { stable, latest, bump, prerelease, initialVersion } = input;
  let target: SemVer;
  if (stable) target = new semver.SemVer(stable.format()).inc(bump);
  else if (!latest && !prerelease) return initialVersion;
  else target = core(initialVersion);
  if (latest?.prerelease.length && (!stable || latest.compare(stable) > 0)) {
    const started = core(latest);
    if (started.compare(target) > 0) target = started;
  }
  target = core(target);
  if (!prerelease) return target;
  let number = 0;
  for (const version of input.taken) {
    if (core(version).compare(target) !== 0) continue;
    const [id, n] = version.prerelease;
    if (id === prerelease && typeof n === 'number' && n >= number) number = n + 1;
  }
  return new semver.SemVer(`${target.format()}-${prerelease}.${number}`);
}

export type FloatingMode = 'none' | 'major' | 'major-minor';

/**
 * Floating tags (`v1`, `v1.2`) that should point at `version`: only for releases, and only when it is the
 * highest version of that line among every tag with the prefix.
 */
export function floatingTags(
  version: SemVer,
  mode: FloatingMode,
  prefix: string,
  taken: readonly SemVer[],
): string[] {
  if (mode === 'none' || version.prerelease.length) return [];
  const names: string[] = [];
  const lines: Array<[string, (other: SemVer) => boolean]> = [
    [`${prefix}${version.major}`, (other) => other.major === version.major],
  ];
  if (mode === 'major-minor') {
    lines.push([
      `${prefix}${version.major}.${version.minor}`,
      (other) => other.major === version.major && other.minor === version.minor,
    ]);
  }
  for (const [name, inLine] of lines) {
    const higher = taken.some(
      (other) => !other.prerelease.length && inLine(other) && other.compare(version) > 0,
    );
    if (!higher) names.push(name);
  }
  return names;
}
