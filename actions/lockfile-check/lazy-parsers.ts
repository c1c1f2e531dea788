// Parsers only some lockfiles need, each loaded on first need from its own file beside the bundle. The imports
// are left to Node (webpackIgnore): in dist/ they are the files built from toml-parser.ts, yaml-parser.ts and
// semver-lib.ts on their own.

export type TomlParser = typeof import('./toml-parser.js');
export type YamlParser = typeof import('./yaml-parser.js');
export type SemverLib = typeof import('./semver-lib.js');

let toml: Promise<TomlParser> | undefined;
let yaml: Promise<YamlParser> | undefined;
let semver: Promise<SemverLib> | undefined;

/** smol-toml. */
export function loadTomlParser(): Promise<TomlParser> {
  toml ??= import(/* webpackIgnore: true */ './toml-parser.js');
  return toml;
}

/** The yaml package. */
export function loadYamlParser(): Promise<YamlParser> {
  yaml ??= import(/* webpackIgnore: true */ './yaml-parser.js');
  return yaml;
}

/** node-semver. */
export function loadSemverLib(): Promise<SemverLib> {
  semver ??= import(/* webpackIgnore: true */ './semver-lib.js');
  return semver;
}
