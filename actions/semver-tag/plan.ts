import type { SemVer } from 'semver';
import { ActionFailure } from '../../shared/errors.js';
import type { Bump, Change } from './commits.js';
import { releaseBump } from './release-rules.js';
import type { Settings } from './settings.js';
import { coreDiff, effectiveBump, nextVersion, type VersionTag } from './version.js';

export type PlanSettings = Pick<
  Settings,
  | 'bump'
  | 'defaultBump'
  | 'version'
  | 'prerelease'
  | 'initialVersion'
  | 'breakingPre1'
  | 'prefix'
  | 'releaseRules'
  | 'reverts'
>;

export interface PlanInput {
  settings: PlanSettings;
  /** Highest version tag before HEAD. */
  previous?: VersionTag;
  /** Highest release tag before HEAD. */
  stable?: VersionTag;
  taken: readonly SemVer[];
  /** Changes since `stable` (all history without one). */
  changes: readonly Change[];
}

export type Plan =
  | { release: false; reason: string }
  | {
      release: true;
      version: SemVer;
      tag: string;
      bump: Bump;
      from: 'version' | 'bump' | 'auto' | 'default-bump';
    };

/** The kind of release `version` is, measured from the previous release (from 0.0.0 for the first one). */
export function releaseKind(stable: SemVer | undefined, version: SemVer): Bump {
  if (stable) return coreDiff(stable, version);
  if (version.major > 0) return 'major';
  return version.minor > 0 ? 'minor' : 'patch';
}

function resolveBump(input: PlanInput): { bump: Bump; from: 'bump' | 'auto' | 'default-bump' } {
  const { settings, changes } = input;
  if (settings.bump !== 'auto') return { bump: settings.bump, from: 'bump' };
  const found = releaseBump(changes, { rules: settings.releaseRules, reverts: settings.reverts });
  if (found !== 'none') return { bump: found, from: 'auto' };
  return { bump: settings.defaultBump, from: 'default-bump' };
}

/** Decides the version to tag, or that there is nothing to release. */
export function planRelease(input: PlanInput): Plan {
  const { settings, previous, stable } = input;
  if (settings.version) {
    return {
      release: true,
      version: settings.version,
      tag: `${settings.prefix}${settings.version.format()}`,
      bump: releaseKind(stable?.version, settings.version),
      from: 'version',
    };
  }
  const resolved = resolveBump(input);
  if (resolved.bump === 'none') {
    const reason =
      resolved.from === 'bump'
        ? 'bump is none'
        : `no commit since ${stable?.name ?? 'the start'} asks for a release (feat, fix, perf, revert, breaking${settings.releaseRules.length ? ' or release-rules' : ''}) and default-bump is none`;
    return { release: false, reason };
  }
  const bump = effectiveBump(resolved.bump, stable?.version, settings.breakingPre1);
  const version = nextVersion({
    stable: stable?.version,
    latest: previous?.version,
    bump: bump as Exclude<Bump, 'none'>,
    prerelease: settings.prerelease,
    initialVersion: settings.initialVersion,
    taken: input.taken,
  });
  if (previous && version.compare(previous.version) <= 0) {
    throw new ActionFailure(
      `the next version ${version.format()} would not be above ${previous.name}; use prerelease identifiers that sort higher (alpha < beta < rc) or set version`,
    );
  }
  return {
    release: true,
    version,
    tag: `${settings.prefix}${version.format()}`,
    bump: releaseKind(stable?.version, version),
    from: resolved.from,
  };
}
