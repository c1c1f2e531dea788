export type Parsers = typeof import('./parsers.js');

let loaded: Promise<Parsers> | undefined;

/**
 * yaml and smol-toml, loaded on first need. The import is left to Node (webpackIgnore): in
 * dist/ it is the file beside the bundle, built from parsers.ts on its own.
 */
export function loadParsers(): Promise<Parsers> {
  loaded ??= import(/* webpackIgnore: true */ './parsers.js');
  return loaded;
}

export type SemverLib = typeof import('./semver-lib.js');

let semverLoaded: Promise<SemverLib> | undefined;

/** node-semver, loaded on first need from its own file beside the bundle (semver-lib.ts). */
export function loadSemverLib(): Promise<SemverLib> {
  semverLoaded ??= import(/* webpackIgnore: true */ './semver-lib.js');
  return semverLoaded;
}
