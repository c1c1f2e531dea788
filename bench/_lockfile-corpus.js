// The corpus's largest lockfile of each kind, checked by lockfile-check and by the package manager's own
// frozen check in the same run, where that check runs on this machine, offline. Imported by
// bench/lockfile-check.js.
//
// The corpus keeps manifests and lockfiles only. Where a package manager needs a file the corpus does not keep
// (a patch, a pnpmfile, the repository's own yarn release), prepareCopy edits the temporary copy so that the
// lockfile stays consistent without it, and both tools judge that same edited copy.
import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parse as parseToml } from 'smol-toml';

const KINDS = [
  { label: 'npm', file: 'package-lock.json', ecosystem: 'npm' },
  { label: 'pnpm', file: 'pnpm-lock.yaml', ecosystem: 'pnpm' },
  { label: 'yarn berry', file: 'yarn.lock', ecosystem: 'yarn', berry: true },
  { label: 'yarn v1', file: 'yarn.lock', ecosystem: 'yarn', berry: false },
  { label: 'uv', file: 'uv.lock', ecosystem: 'uv' },
  { label: 'cargo', file: 'Cargo.lock', ecosystem: 'cargo' },
];

function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

function isBerry(path) {
  return !/^# yarn lockfile v1/m.test(readFileSync(path, 'utf8').slice(0, 400));
}

/** The largest lockfile of each kind: its repository folder, the lockfile's folder and the other lockfiles to skip. */
export function largestLockfiles(corpus) {
  const files = walk(join(corpus, 'lockfiles'));
  return KINDS.map((kind) => {
    const candidates = files
      .filter((path) => path.endsWith(`/${kind.file}`))
      .filter((path) => kind.berry === undefined || isBerry(path) === kind.berry)
      .map((path) => ({ path, size: statSync(path).size }))
      .sort((a, b) => b.size - a.size);
    if (candidates.length === 0) return undefined;
    const { path, size } = candidates[0];
    const repo = relative(join(corpus, 'lockfiles'), path).split('/')[0];
    const repoDir = join(corpus, 'lockfiles', repo);
    const lockDir = relative(repoDir, dirname(path)) || '.';
    // Other lockfiles of the same kind below this one are left out: the row measures this one lockfile.
    const root = dirname(path);
    const ignore = files
      .filter((other) => other !== path && other.endsWith(`/${kind.file}`) && other.startsWith(`${root}/`))
      .map((other) => `${relative(root, dirname(other))}/**`);
    return { ...kind, repo, repoDir, lockDir, size, ignore: [...new Set(ignore)] };
  }).filter(Boolean);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Every package in the project's node_modules whose own name is `name` (aliases included): folder and version. */
function installed(root, name) {
  const modules = join(root, 'node_modules');
  const found = [];
  for (const entry of readdirSync(modules)) {
    const folders = entry.startsWith('@')
      ? readdirSync(join(modules, entry)).map((child) => join(modules, entry, child))
      : [join(modules, entry)];
    for (const dir of folders) {
      const pkg = readJson(join(dir, 'package.json'));
      if (pkg?.name === name) found.push({ dir, version: pkg.version });
    }
  }
  return found;
}

const major = (version) => Number(version.split('.')[0]);

/** The version a repository pins in packageManager (`pnpm@12.0.0-rc.8+sha512…` → 12.0.0-rc.8). */
function pinned(cwd, tool) {
  const spec = readJson(join(cwd, 'package.json'))?.packageManager;
  const match = typeof spec === 'string' ? new RegExp(`^${tool}@([^+]+)`).exec(spec) : null;
  return match?.[1];
}

/** The installed release to run: the one the repository pins, else the newest of the wanted major versions. */
function choose(candidates, pin, wanted = () => true) {
  const exact = candidates.find((item) => item.version === pin);
  if (exact) return exact;
  return candidates
    .filter((item) => wanted(item.version))
    .sort(
      (a, b) =>
        major(b.version) - major(a.version) || b.version.localeCompare(a.version, 'en', { numeric: true }),
    )[0];
}

function version(command, args = ['--version']) {
  try {
    const out = execFileSync(command, args, {
      encoding: 'utf8',
      timeout: 30_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out.trim().split('\n')[0];
  } catch {
    return undefined;
  }
}

/**
 * The package manager's own frozen check for a kind, run offline, or why it cannot run here.
 * `until`: a line of the peer's output that says its lockfile check has passed and that it is going on to fetch
 * packages (which it cannot do offline); the time is taken there and the process ended. Without `until` the
 * peer runs to its exit. `scratch` is an empty folder for the peer's caches (nothing from earlier runs is read).
 */
export function peerFor(kind, root, cwd, scratch) {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    COREPACK_ENABLE_STRICT: '0',
    XDG_CACHE_HOME: join(scratch, 'cache'),
    XDG_DATA_HOME: join(scratch, 'data'),
    XDG_STATE_HOME: join(scratch, 'state'),
    XDG_CONFIG_HOME: join(scratch, 'config'),
  };
  switch (kind.label) {
    case 'npm':
      return {
        name: 'npm ci --dry-run --ignore-scripts --offline',
        measures:
          'the whole command: npm builds the tree package.json asks for from the lockfile and refuses one out of sync, then plans the install (--dry-run); offline with an empty cache, so a manifest range the lockfile does not cover fails where npm would look it up',
        file: 'npm',
        args: ['ci', '--dry-run', '--ignore-scripts', '--offline'],
        env: { ...env, npm_config_cache: join(scratch, 'npm-cache') },
      };
    case 'pnpm': {
      const pin = pinned(cwd, 'pnpm');
      // pnpm's releases: the `pnpm` package, whose native binary is its platform package, or a platform package
      // installed on its own (how a second release is kept beside the first: two `pnpm` packages' platform
      // packages would collide).
      const exe = `@pnpm/exe.${process.platform}-${process.arch}`;
      const releases = [
        ...installed(root, 'pnpm').map((item) => {
          try {
            const from = createRequire(join(item.dir, 'package.json'));
            return { ...item, binary: join(dirname(from.resolve(`${exe}/package.json`)), 'pnpm') };
          } catch {
            return { ...item, binary: join(item.dir, 'pnpm') };
          }
        }),
        ...installed(root, exe).map((item) => ({ ...item, binary: join(item.dir, 'pnpm') })),
      ];
      const release = choose(releases, pin);
      if (!release) return { missing: 'pnpm is not installed here' };
      const native = release.binary;
      const args = [
        'install',
        '--frozen-lockfile',
        '--lockfile-only',
        '--ignore-scripts',
        '--ignore-pnpmfile',
        '--offline',
      ];
      return {
        name: `pnpm ${release.version} ${args.join(' ')}`,
        measures: `the whole command to its exit: pnpm's frozen up-to-date check of every importer against the lockfile and the workspace settings; with --lockfile-only it fetches nothing. The supply-chain policy verification that follows (minimumReleaseAge, trustPolicy) needs registry metadata, so it is switched off by PNPM_CONFIG_*${pin && pin !== release.version ? `; the repository pins pnpm ${pin}, which is not installed, so verdicts may differ` : pin ? ' (the release the repository pins)' : ''}`,
        file: native,
        args,
        env: {
          ...env,
          // pnpm would otherwise try to download the packageManager version the repository names.
          npm_config_manage_package_manager_versions: 'false',
          PNPM_CONFIG_MANAGE_PACKAGE_MANAGER_VERSIONS: 'false',
          PNPM_CONFIG_MINIMUM_RELEASE_AGE: '0',
          PNPM_CONFIG_TRUST_POLICY: 'off',
        },
      };
    }
    case 'yarn berry': {
      const pin = pinned(cwd, 'yarn');
      const releases = [...installed(root, '@yarnpkg/cli-dist'), ...installed(root, 'yarn')];
      const release = choose(releases, pin, (v) => (pin ? major(v) === major(pin) : major(v) >= 2));
      if (!release) return { missing: `yarn ${pin ? major(pin) : '2+'} is not installed here` };
      return {
        name: `yarn ${release.version} install --immutable --mode=skip-build`,
        measures: `start to yarn's "Fetch step" line: resolution from the lockfile, then the post-resolution validation where --immutable refuses a lockfile the install would change (YN0028); network off (YARN_ENABLE_NETWORK=0), so it cannot fetch and is ended there${pin && pin !== release.version ? ` (the repository pins yarn ${pin})` : ''}`,
        file: process.execPath,
        args: [join(release.dir, 'bin', 'yarn.js'), 'install', '--immutable', '--mode=skip-build'],
        env: {
          ...env,
          YARN_ENABLE_NETWORK: '0',
          YARN_ENABLE_TELEMETRY: '0',
          YARN_GLOBAL_FOLDER: join(scratch, 'yarn-global'),
          YARN_CACHE_FOLDER: join(scratch, 'yarn-cache'),
          YARN_ENABLE_GLOBAL_CACHE: '0',
        },
        until: /┌ Fetch step/,
      };
    }
    case 'yarn v1': {
      const releases = installed(root, 'yarn');
      const release = choose(releases, pinned(cwd, 'yarn'), (v) => major(v) === 1);
      if (!release || major(release.version) !== 1) return { missing: 'yarn 1 is not installed here' };
      return {
        name: `yarn ${release.version} install --frozen-lockfile --offline --ignore-scripts`,
        measures:
          'start to yarn\'s "Fetching packages" step: resolution from the lockfile, then the --frozen-lockfile check that every manifest pattern is locked ("Your lockfile needs to be updated" otherwise); offline with an empty cache it cannot fetch and is ended there',
        file: process.execPath,
        args: [
          join(release.dir, 'bin', 'yarn.js'),
          'install',
          '--frozen-lockfile',
          '--offline',
          '--ignore-scripts',
          '--non-interactive',
        ],
        env: { ...env, YARN_CACHE_FOLDER: join(scratch, 'yarn1-cache') },
        until: /\[\d+\/\d+\] Fetching packages/,
      };
    }
    case 'uv':
      return version('uv')
        ? {
            name: 'uv lock --check --offline',
            measures: 'the whole command',
            file: 'uv',
            args: ['lock', '--check', '--offline'],
            env,
          }
        : {
            missing:
              'uv is not installed and cannot be here: it comes from PyPI or GitHub releases, which this machine does not reach; Debian 12 has no uv package and no npm package ships its binary',
          };
    case 'cargo': {
      const cargo = version('cargo');
      if (!cargo) return { missing: 'cargo is not installed here' };
      if (!existsSync(join(scratch, 'vendor')))
        return {
          missing:
            'the Cargo.lock has packages from sources other than crates.io, which cannot be stood in for',
        };
      const passThrough = Object.fromEntries(
        ['RUSTUP_HOME', 'RUSTUP_TOOLCHAIN', 'RUSTUP_AUTO_INSTALL']
          .filter((name) => process.env[name] !== undefined)
          .map((name) => [name, process.env[name]]),
      );
      return {
        name: `${cargo.replace(/ \(.*/, '')} metadata --locked --offline --format-version 1`,
        measures:
          "the whole command: cargo loads the workspace, resolves it against the lockfile and refuses a lockfile it would change (--locked). crates.io is not reachable, so its crates are stood in for by a vendored-sources directory made from the Cargo.lock (each locked version with the lock's checksum and its locked dependencies at =version, the features the workspace asks of it; no code), as `cargo vendor` leaves it: smaller than the real crates' manifests, so cargo's time here is a lower bound",
        file: 'cargo',
        args: ['metadata', '--locked', '--offline', '--format-version', '1'],
        env: { ...env, ...passThrough, CARGO_HOME: join(scratch, 'cargo-home'), CARGO_NET_OFFLINE: 'true' },
      };
    }
  }
  return { missing: 'no peer' };
}

// --- the copy's edits, the same for both tools ---------------------------------------------------------------

/** Removes a top-level YAML block (`key:` and its indented lines) from a text; returns the text and whether it did. */
function dropYamlBlock(text, key) {
  const pattern = new RegExp(`^${key}:[^\\n]*\\n(?:(?:[ \\t]+[^\\n]*)?\\n)*?(?=\\S|$(?![\\s\\S]))`, 'gm');
  const next = text.replace(pattern, '');
  return [next, next !== text];
}

function pnpmPatchesMissing(cwd) {
  const workspace = join(cwd, 'pnpm-workspace.yaml');
  const text = existsSync(workspace) ? readFileSync(workspace, 'utf8') : '';
  const block = /^patchedDependencies:\n((?:[ \t]+.*\n)+)/m.exec(text)?.[1] ?? '';
  const paths = [...block.matchAll(/:\s*['"]?([^'"\n]+?)['"]?\s*$/gm)].map((match) => match[1]);
  const manifest = readJson(join(cwd, 'package.json'));
  paths.push(...Object.values(manifest?.pnpm?.patchedDependencies ?? {}));
  return paths.some((path) => !existsSync(join(cwd, path)));
}

function preparePnpm(cwd) {
  const notes = [];
  const lockPath = join(cwd, 'pnpm-lock.yaml');
  let lock = readFileSync(lockPath, 'utf8');
  if (pnpmPatchesMissing(cwd)) {
    // pnpm records the sha256 of each patch file: a stand-in cannot match it, so the patches go from both sides.
    const workspace = join(cwd, 'pnpm-workspace.yaml');
    if (existsSync(workspace))
      writeFileSync(workspace, dropYamlBlock(readFileSync(workspace, 'utf8'), 'patchedDependencies')[0]);
    const manifestPath = join(cwd, 'package.json');
    const manifest = readJson(manifestPath);
    if (manifest?.pnpm?.patchedDependencies) {
      delete manifest.pnpm.patchedDependencies;
      writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    }
    lock = dropYamlBlock(lock, 'patchedDependencies')[0].replace(/\(patch_hash=[0-9a-z]+\)/g, '');
    notes.push(
      'patchedDependencies removed from the workspace settings and the lockfile (with the (patch_hash=…) suffixes): the corpus keeps no patch files, and pnpm records their sha256',
    );
  }
  const pnpmfiles = ['.pnpmfile.cjs', '.pnpmfile.mjs'].filter((file) => existsSync(join(cwd, file)));
  if (/^pnpmfileChecksum:/m.test(lock) && pnpmfiles.length === 0) {
    lock = lock.replace(/^pnpmfileChecksum:.*\n\n?/m, '');
    notes.push('pnpmfileChecksum removed from the lockfile: the corpus keeps no .pnpmfile.cjs (code)');
  }
  writeFileSync(lockPath, lock);
  return notes;
}

const DEPENDENCY_FIELDS = [
  'dependencies',
  'devDependencies',
  'optionalDependencies',
  'peerDependencies',
  'resolutions',
];

function prepareYarnBerry(cwd, repoRoot) {
  const notes = [];
  for (const dir of [...new Set([cwd, repoRoot])]) {
    const rc = join(dir, '.yarnrc.yml');
    if (!existsSync(rc)) continue;
    const text = readFileSync(rc, 'utf8');
    const release = /^yarnPath:\s*['"]?([^'"\n]+?)['"]?\s*$/m.exec(text)?.[1];
    if (release && !existsSync(join(dir, release))) {
      writeFileSync(rc, text.replace(/^yarnPath:.*\n?/m, ''));
      notes.push(
        `yarnPath (${release}, not in the corpus) dropped from .yarnrc.yml: the installed release runs instead`,
      );
    }
  }
  // A patch: descriptor whose patch file is absent: yarn hashes the file while resolving, so the patch goes from
  // both sides: the manifest asks for the unpatched package, the lockfile loses the patched entry.
  const missingPatch = (value) => {
    const match = /^patch:(.+?)#(.+)$/.exec(value);
    if (!match) return undefined;
    const paths = decodeURIComponent(match[2]).split('::')[0].split('&');
    const local = paths.filter((path) => !/builtin</.test(path));
    if (local.length === 0) return undefined;
    const absent = local.some((path) => !existsSync(join(cwd, path.replace(/^~\//, ''))));
    if (!absent) return undefined;
    return decodeURIComponent(match[1]).replace(/^(@?[^@]+)@/, '');
  };
  let removed = 0;
  const manifests = walk(cwd).filter(
    (path) => path.endsWith('/package.json') && !path.includes('/node_modules/'),
  );
  for (const path of manifests) {
    const manifest = readJson(path);
    if (!manifest) continue;
    let changed = false;
    for (const field of DEPENDENCY_FIELDS) {
      for (const [name, value] of Object.entries(manifest[field] ?? {})) {
        const plain = typeof value === 'string' ? missingPatch(value) : undefined;
        if (plain === undefined) continue;
        manifest[field][name] = plain;
        changed = true;
        removed++;
      }
    }
    if (changed) writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
  }
  if (removed) {
    const lockPath = join(cwd, 'yarn.lock');
    const entries = readFileSync(lockPath, 'utf8').split(/\n\n/);
    const kept = entries.filter((entry) => {
      const key = entry.split('\n')[0];
      if (!/@patch:/.test(key)) return true;
      const descriptors = key
        .replace(/:$/, '')
        .replace(/^"|"$/g, '')
        .split(/", "|, /);
      return !descriptors.every(
        (descriptor) => missingPatch(descriptor.replace(/^(@?[^@]+)@/, '')) !== undefined,
      );
    });
    writeFileSync(lockPath, kept.join('\n\n'));
    notes.push(
      `${removed} patch: resolutions whose patch file the corpus does not keep now ask for the unpatched package, and the lockfile's ${entries.length - kept.length} patched entries are removed (yarn hashes the patch file while resolving)`,
    );
  }
  return notes;
}

const CARGO_DEPENDENCY_TABLES = ['dependencies', 'dev-dependencies', 'build-dependencies'];

/** Every dependency table of a Cargo manifest: [dependencies] and the like, per target and in [workspace]. */
function cargoDependencyTables(manifest) {
  const tables = [];
  const collect = (owner) => {
    for (const name of CARGO_DEPENDENCY_TABLES) if (owner?.[name]) tables.push(owner[name]);
  };
  collect(manifest);
  collect(manifest.workspace);
  for (const target of Object.values(manifest.target ?? {})) collect(target);
  return tables;
}

/**
 * The workspace's manifests (the root and every member folder with a Cargo.toml below it, as the globs in
 * [workspace] members would find them: every Cargo.toml in the copy).
 */
function cargoManifests(cwd) {
  return walk(cwd)
    .filter((path) => path.endsWith('/Cargo.toml') && !path.includes('/target/'))
    .map((path) => ({ path, manifest: parseToml(readFileSync(path, 'utf8')) }));
}

/**
 * Stands in for crates.io, which this machine does not reach: a vendored-sources directory (what `cargo vendor`
 * writes) with one crate per locked registry package: its name, version and checksum from the lockfile, its
 * locked dependencies at =version, the features the workspace's manifests ask of it, and an empty lib.rs. The
 * members' own target files, which the corpus does not keep, become empty stubs in the copy.
 */
function prepareCargo(cwd, scratch) {
  const lock = parseToml(readFileSync(join(cwd, 'Cargo.lock'), 'utf8'));
  const packages = lock.package ?? [];
  const registry = packages.filter((pkg) =>
    pkg.source?.startsWith('registry+https://github.com/rust-lang/crates.io-index'),
  );
  if (packages.some((pkg) => pkg.source && !registry.includes(pkg))) return [];
  const manifests = cargoManifests(cwd);
  // Features the workspace asks of each crate (by its real name).
  const features = new Map();
  const want = (crate, names) => {
    if (!features.has(crate)) features.set(crate, new Set());
    for (const name of names) features.get(crate).add(name);
  };
  let stubs = 0;
  for (const { path, manifest } of manifests) {
    const renamed = new Map();
    for (const table of cargoDependencyTables(manifest)) {
      for (const [key, spec] of Object.entries(table)) {
        if (typeof spec !== 'object' || spec === null) continue;
        const crate = spec.package ?? key;
        renamed.set(key, crate);
        if (Array.isArray(spec.features)) want(crate, spec.features);
      }
    }
    for (const list of Object.values(manifest.features ?? {})) {
      for (const item of list) {
        const match = /^([^/?]+)\??\/(.+)$/.exec(item);
        if (match) want(renamed.get(match[1]) ?? match[1], [match[2]]);
      }
    }
    if (!manifest.package) continue;
    // Target files: the corpus keeps none. cargo needs a target to load a member and the explicit paths to exist.
    const dir = dirname(path);
    const explicit = [
      manifest.lib,
      ...(manifest.bin ?? []),
      ...(manifest.test ?? []),
      ...(manifest.bench ?? []),
      ...(manifest.example ?? []),
    ]
      .map((target) => target?.path)
      .filter(Boolean);
    // A library target too, unless [lib] names its own path: other members may depend on this one.
    for (const file of manifest.lib?.path ? explicit : [...explicit, 'src/lib.rs']) {
      if (existsSync(join(dir, file))) continue;
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), '');
      stubs++;
    }
  }
  const vendor = join(scratch, 'vendor');
  const versions = new Map();
  for (const pkg of registry) versions.set(pkg.name, [...(versions.get(pkg.name) ?? []), pkg.version]);
  const quote = (text) => JSON.stringify(text);
  for (const pkg of registry) {
    const lines = [
      '[package]',
      `name = ${quote(pkg.name)}`,
      `version = ${quote(pkg.version)}`,
      'edition = "2015"',
      '',
      '[lib]',
      'path = "lib.rs"',
      '',
      '[dependencies]',
    ];
    const seen = new Set();
    for (const entry of pkg.dependencies ?? []) {
      const [name, locked] = entry.split(' ');
      const version = locked ?? versions.get(name)?.[0];
      if (!version) continue;
      const key = seen.has(name) ? `${name}-${version.replace(/\W/g, '-')}` : name;
      seen.add(name);
      lines.push(`${quote(key)} = { package = ${quote(name)}, version = ${quote(`=${version}`)} }`);
    }
    lines.push('', '[features]', 'default = []');
    for (const feature of features.get(pkg.name) ?? [])
      if (feature !== 'default') lines.push(`${quote(feature)} = []`);
    const dir = join(vendor, `${pkg.name}-${pkg.version}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'Cargo.toml'), `${lines.join('\n')}\n`);
    writeFileSync(join(dir, 'lib.rs'), '');
    writeFileSync(
      join(dir, '.cargo-checksum.json'),
      JSON.stringify({ files: {}, package: pkg.checksum ?? null }),
    );
  }
  const home = join(scratch, 'cargo-home');
  mkdirSync(home, { recursive: true });
  writeFileSync(
    join(home, 'config.toml'),
    `[source.crates-io]\nreplace-with = "corpus-stand-in"\n\n[source.corpus-stand-in]\ndirectory = ${quote(vendor)}\n`,
  );
  return [
    `crates.io stood in for by a vendored-sources directory of ${registry.length} crates made from the Cargo.lock, outside the copy, named in a temporary CARGO_HOME (only cargo reads it)`,
    ...(stubs
      ? [
          `${stubs} empty target files (src/lib.rs and the paths the members name) written into the copy's members: the corpus keeps no source`,
        ]
      : []),
  ];
}

/**
 * Edits the copy so the package manager can run without files the corpus does not keep; the notes say what.
 * `scratch` (outside the copy) holds what only the package manager reads.
 */
export function prepareCopy(kind, dir, scratch) {
  const cwd = join(dir, kind.lockDir);
  switch (kind.label) {
    case 'pnpm':
      return preparePnpm(cwd);
    case 'yarn berry':
      return prepareYarnBerry(cwd, dir);
    case 'cargo':
      return prepareCargo(cwd, scratch);
    default:
      return [];
  }
}

/** Makes the copy's lockfile stale in a way the package manager's own check can see offline; says what. */
export function makeStale(kind, dir) {
  const cwd = join(dir, kind.lockDir);
  if (kind.label === 'cargo') return makeCargoStale(cwd);
  const path = join(cwd, 'package.json');
  const manifest = readJson(path);
  const field = ['devDependencies', 'dependencies'].find(
    (name) => Object.keys(manifest?.[name] ?? {}).length,
  );
  if (!field) return undefined;
  const name = Object.keys(manifest[field])[0];
  // yarn berry resolves a changed range from the registry (offline: a network error, not its verdict), so it
  // gets a removal, which its --immutable check reports (YN0028); yarn 1 does not see removals, so the others
  // get a changed range.
  if (kind.label === 'yarn berry') {
    delete manifest[field][name];
    writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
    return `${field}.${name} removed from package.json`;
  }
  manifest[field][name] = '0.0.0-stale';
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
  return `${field}.${name} set to 0.0.0-stale in package.json`;
}

/** Removes a crates.io dependency that a member declares in [dependencies] only: its lock entry then lists one too many. */
function makeCargoStale(cwd) {
  for (const { path, manifest } of cargoManifests(cwd).sort((a, b) => a.path.localeCompare(b.path))) {
    if (!manifest.package) continue;
    const others = new Set(
      ['dev-dependencies', 'build-dependencies'].flatMap((name) => Object.keys(manifest[name] ?? {})),
    );
    const name = Object.entries(manifest.dependencies ?? {}).find(
      ([key, spec]) =>
        !others.has(key) && (typeof spec === 'string' || (!spec.path && !spec.git && !spec.optional)),
    )?.[0];
    if (!name) continue;
    const text = readFileSync(path, 'utf8');
    const line = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=.*$\\n?`, 'm');
    if (!line.test(text)) continue;
    writeFileSync(path, text.replace(line, ''));
    return `${name} removed from [dependencies] of ${relative(cwd, path)}`;
  }
  return undefined;
}

export function copyRepo(kind) {
  const dir = mkdtempSync(join(tmpdir(), 'lockfile-check-corpus-bench-'));
  cpSync(kind.repoDir, dir, { recursive: true });
  return dir;
}

export function removeCopy(dir) {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Runs a tool once in `cwd`; with `until`, the time is taken when that line appears and the process is ended.
 * `passed`: exit 0, or the `until` line seen.
 */
export function runTool(tool, cwd, timeoutMs = 120_000) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(tool.file, tool.args, { cwd, env: tool.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let reached;
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const watch = () => {
      if (reached === undefined && tool.until?.test(stdout + stderr)) {
        reached = performance.now() - started;
        child.kill('SIGKILL');
      }
    };
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk;
      watch();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      stderr += chunk;
      watch();
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({
        ms: performance.now() - started,
        status: null,
        passed: false,
        stdout,
        stderr: String(error),
      });
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      const ms = reached ?? performance.now() - started;
      resolve({
        ms,
        status,
        passed: reached !== undefined || status === 0,
        reached: reached !== undefined,
        stdout,
        stderr,
      });
    });
  });
}

/** The last line of a failed peer that says why (its time then measures a partial check). */
export function failureReason(output) {
  const lines = output
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line && !/^\s*at /.test(line));
  const error = lines.find((line) =>
    /ERR_|error\b|Error:|refus|required|not found|doesn't match|YN0028|needs to be updated|Failure reason/i.test(
      line,
    ),
  );
  return (error ?? lines.at(-1) ?? '').slice(0, 140);
}

/**
 * Exits unless `bundle` lies inside a package whose package.json says `"type": "module"`, as dist/ does: outside one,
 * Node parses a `.js` bundle twice (as CommonJS first) and every time measured would include that.
 */
export function requireModuleScope(bundle, what) {
  for (let dir = dirname(resolve(bundle)); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      if (JSON.parse(readFileSync(manifest, 'utf8')).type === 'module') return;
      break;
    }
    if (dirname(dir) === dir) break;
  }
  console.error(
    `${what}: ${bundle} is not inside a package whose package.json says "type": "module" (extract it with it: git archive <rev> dist package.json | tar -x -C <dir>); Node would parse it twice`,
  );
  process.exit(1);
}

/**
 * The files a runner gives a step (outputs, state, the job summary), made empty in `dir`, as the step's environment
 * names them: writing them is part of an action's time.
 */
export function runnerEnv(dir) {
  const env = { GITHUB_ACTIONS: 'true', RUNNER_TEMP: dir };
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    env[name] = join(dir, name);
    writeFileSync(env[name], '');
  }
  return env;
}

/** lockfile-check's inputs on a corpus row, run in the lockfile's folder: the row's ecosystem and `ignore`. */
export function rowInputs(kind) {
  return { INPUT_PATH: '.', INPUT_ECOSYSTEMS: kind.ecosystem, INPUT_IGNORE: kind.ignore.join('\n') };
}

/**
 * Writes, in `dir`, a module for `node --import` that prints at exit the main thread's CPU time and the whole
 * process's (the optimising compilers and the garbage collector's helpers run on other threads): on a busy
 * machine, wall time measures the other work as well. Returns its path.
 */
export function writeCpuHook(dir) {
  const file = join(dir, 'thread-cpu.mjs');
  writeFileSync(
    file,
    "process.on('exit', () => { const t = process.threadCpuUsage(); const r = process.resourceUsage(); process.stderr.write('\\nTHREAD_CPU_MS ' + (t.user + t.system) / 1000 + ' ' + (r.userCPUTime + r.systemCPUTime) / 1000 + '\\n'); });\n",
  );
  return file;
}

/** The CPU times in ms, `main` thread and whole `process`, that a run under writeCpuHook's module printed. */
export function cpuTimes(stderr) {
  const times = /THREAD_CPU_MS ([\d.]+) ([\d.]+)/.exec(stderr ?? '');
  return { main: Number(times?.[1] ?? Number.NaN), process: Number(times?.[2] ?? Number.NaN) };
}
