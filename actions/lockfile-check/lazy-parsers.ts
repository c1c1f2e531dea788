export type Parsers = typeof import('./parsers.js');

let loaded: Promise<Parsers> | undefined;

/**
 * yaml, smol-toml and node-semver, loaded on first need. The import is left to Node (webpackIgnore): in
 * dist/ it is the file beside the bundle, built from parsers.ts on its own.
 */
export function loadParsers(): Promise<Parsers> {
  loaded ??= import(/* webpackIgnore: true */ './parsers.js');
  return loaded;
}
