// The yaml package, a bundle file of its own (dist/lockfile-check/yaml-parser.js): only YAML outside the subset
// lock-yaml.ts reads (anchors, tags, folded scalars, …) needs it.
export { parse as parseYaml, YAMLParseError } from 'yaml';
