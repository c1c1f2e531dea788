// The TOML parser, a bundle file of its own (dist/lockfile-check/toml-parser.js): only Cargo.lock, uv.lock,
// poetry.lock and their manifests need it, and they must not pay for compiling the YAML parser beside it.
export { parse as parseToml, TomlError } from 'smol-toml';
