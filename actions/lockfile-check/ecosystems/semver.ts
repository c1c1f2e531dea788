// node-semver, loaded on first need only (from a bundle file of its own, see lazy-parsers.ts): setting it up (a few
// hundred regular expressions) costs several milliseconds of a run that may never need it.
import { loadSemverLib } from '../lazy-parsers.js';

export type Semver = typeof import('semver');

let semver: Semver | undefined;

export async function loadSemver(): Promise<Semver> {
  semver ??= (await loadSemverLib()).semver;
  return semver;
}

export function semverIfLoaded(): Semver | undefined {
  return semver;
}

/** Thrown by synchronous checks that need node-semver before it was loaded (see withSemver). */
export class SemverNotLoaded extends Error {}

/**
 * Runs a synchronous check; when it needed node-semver before it was loaded, `reset` undoes what the first
 * attempt recorded, node-semver is loaded and the check runs again. Returns a promise only then: a caller with
 * thousands of checks awaits only the one that loads it (`const loading = withSemver(…); if (loading) await loading`).
 */
export function withSemver(check: () => void, reset: () => void): Promise<void> | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (!(error instanceof SemverNotLoaded)) throw error;
  }
  reset();
  return loadSemver().then(check);
}
