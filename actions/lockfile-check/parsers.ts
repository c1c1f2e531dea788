// The parsers only some lockfiles need: a bundle file of their own (dist/lockfile-check/parsers.js), so a
// repository with only npm lockfiles never reads, compiles or runs them (~7 ms of every start).
export { parse as parseToml, TomlError } from 'smol-toml';
export { parse as parseYaml, YAMLParseError } from 'yaml';
