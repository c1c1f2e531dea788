// node-semver alone, a bundle file of its own (dist/lockfile-check/semver-lib.js): a pnpm override with a
// range needs it, and must not pay for compiling the YAML and TOML parsers beside it.
export { default as semver } from 'semver';
