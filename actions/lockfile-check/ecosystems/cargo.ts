import { realpathSync } from 'node:fs';
import { posix, relative, resolve } from 'node:path';
import {
  escapeRegex,
  findLine,
  isRecord,
  leadsOut,
  lineAt,
  own,
  parseTomlText,
  perRun,
  readDirents,
  readText,
  readTextIfPresent,
  strings,
  type TextFile,
  tomlPackageLine,
} from '../files.js';
import { Problems } from '../problems.js';
import { checkSource, checkUrl } from '../security.js';
import type { CheckContext, Ecosystem } from '../types.js';
import { isValidRange, satisfiesRange } from './npm-ranges.js';
import { expandWorkspaces, normalise } from './npm-workspaces.js';
import { withSemver } from './semver.js';

const FIX = 'cargo update --workspace';
const HOSTS = ['github.com', 'index.crates.io'];
/** Before edition 2024 cargo also reads (and warns about) the `dev_dependencies` and `build_dependencies` spellings. */
const DEPENDENCY_TABLES = [
  'dependencies',
  'dev-dependencies',
  'build-dependencies',
  'dev_dependencies',
  'build_dependencies',
] as const;

type Table = Record<string, unknown>;

function table(value: unknown): Table {
  return isRecord(value) ? value : {};
}

interface Dependency {
  /** The key in Cargo.toml (what the code calls it). */
  key: string;
  /** The crate's real name (`package = "…"` when renamed). */
  name: string;
  requirement?: string;
  path?: string;
  /** Inherited with `workspace = true`: its `path` is relative to the workspace root, not to the crate. */
  inherited?: boolean;
  /** Activated by a feature only (`optional = true`). */
  optional?: boolean;
  /** A git dependency: its URL and the `rev`, `branch` or `tag` it asks for, as Cargo.lock writes them. */
  git?: { url: string; query: string };
  section: string;
}

/** `{ git, rev | branch | tag }` → the URL and query Cargo.lock's `git+<url>?<query>#<commit>` source carries. */
function gitSpec(field: (name: string) => unknown): Dependency['git'] {
  const git = field('git');
  if (typeof git !== 'string') return undefined;
  for (const key of ['rev', 'branch', 'tag'] as const) {
    const value = field(key);
    if (typeof value === 'string') return { url: git, query: `${key}=${value}` };
  }
  return { url: git, query: '' };
}

/**
 * A git URL as cargo compares it (its CanonicalUrl): no trailing `/` or `.git`, host in lower case; a github.com
 * URL as https (its user kept) with its whole path in lower case (GitHub's paths are not case-sensitive).
 */
function canonicalGit(url: string): string {
  const canonical = url
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .replace(
      /^([a-z+]+:\/\/(?:[^/@]*@)?)([^/]+)/i,
      (_, start: string, host: string) => start + host.toLowerCase(),
    );
  const github = /^[a-z]+:\/\/((?:[^/@]*@)?github\.com(?::\d+)?)(\/.*)?$/.exec(canonical);
  return github ? `https://${github[1]}${(github[2] ?? '').toLowerCase()}` : canonical;
}

/**
 * The git reference of a Cargo.lock `source` query as cargo reads it (GitReference::from_query): form-decoded, as
 * lockfile v4 writes it (`branch=feature%2Fx`), the last of `branch` (or the older `ref`), `tag` and `rev`.
 */
function lockedGitReference(query: string): string {
  let reference = '';
  for (const [key, value] of new URLSearchParams(query)) {
    if (key === 'branch' || key === 'ref') reference = `branch=${value}`;
    else if (key === 'tag' || key === 'rev') reference = `${key}=${value}`;
  }
  return reference;
}

/** Whether a Cargo.lock `source` is the git dependency `git` (same URL, same rev/branch/tag). */
export function sameGitSource(source: string, git: NonNullable<Dependency['git']>): boolean {
  const match = /^git\+([^?#]+)(?:\?([^#]*))?(?:#.*)?$/.exec(source);
  if (!match) return false;
  return (
    canonicalGit(match[1]!) === canonicalGit(git.url) && lockedGitReference(match[2] ?? '') === git.query
  );
}

interface Crate {
  dir: string;
  /** A path crate's own workspace root (relative to the checked root), whose paths its inherited ones are. */
  workspaceDir?: string;
  /** false: a path dependency that is no workspace member, whose optional dependencies are locked only where a feature asks for them. */
  member?: boolean;
  manifest: TextFile;
  name: string;
  version: string;
  dependencies: Dependency[];
}

const BARE_VERSION = /^\d+(?:\.\d+){0,2}$/;

/** Cargo requirement → node-semver range: `1.2` → `^1.2`, `=1.0.3` stays, `>=1, <2` → `>=1 <2`. */
export function cargoRange(requirement: string): string {
  // Most requirements are a bare version (`1`, `0.4`, `1.0.197`).
  if (BARE_VERSION.test(requirement)) return `^${requirement}`;
  return requirement
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (/^\d/.test(part) ? `^${part}` : part.replace(/\s+/g, '')))
    .join(' ');
}

/** Every dependency a Cargo.toml declares: normal, dev, build and `[target.'cfg(..)'.*]`, with renames resolved. */
export function cargoDependencies(manifest: Table, workspaceDeps: Table): Dependency[] {
  const out: Dependency[] = [];
  collectDependencies(manifest, '', workspaceDeps, out);
  const targets = table(manifest.target);
  for (const cfg of Object.keys(targets))
    collectDependencies(table(targets[cfg]), `target.${cfg}.`, workspaceDeps, out);
  return out;
}

// A workspace declares a thousand dependencies or more, each read once in a cold process: keys and lookups
// rather than entry pairs and object spreads, which cost several times more there.
function collectDependencies(tables: Table, prefix: string, workspaceDeps: Table, out: Dependency[]): void {
  for (const section of DEPENDENCY_TABLES) {
    const declared = tables[section];
    if (!isRecord(declared)) continue;
    const where = prefix + section;
    for (const key of Object.keys(declared)) out.push(dependency(key, declared[key], workspaceDeps, where));
  }
}

/**
 * One declared dependency. `{ workspace = true }` takes the workspace's entry, with the member's own keys
 * (features, optional) over it; a workspace entry that is only a version string is that version.
 */
function dependency(key: string, raw: unknown, workspaceDeps: Table, section: string): Dependency {
  if (typeof raw === 'string')
    return { key, name: key, requirement: raw, path: undefined, git: undefined, section };
  const details = table(raw);
  const inherits = details.workspace === true;
  const inherited = inherits ? own(workspaceDeps, key) : undefined;
  const base = isRecord(inherited) ? inherited : undefined;
  const field = (name: string): unknown => (details[name] !== undefined ? details[name] : base?.[name]);
  const version = typeof inherited === 'string' ? inherited : field('version');
  const renamed = field('package');
  const path = field('path');
  const found: Dependency = {
    key,
    name: typeof renamed === 'string' ? renamed : key,
    requirement: typeof version === 'string' ? version : undefined,
    path: typeof path === 'string' ? path : undefined,
    git: gitSpec(field),
    section,
  };
  if (inherits) found.inherited = true;
  // `optional` is the crate's own key (a workspace entry cannot make a dependency optional).
  if (details.optional === true) found.optional = true;
  return found;
}

/**
 * Whether a member folder is left out by `workspace.exclude`: cargo excludes every manifest below an excluded
 * path (a path prefix by components, not a glob), unless a member names it literally.
 */
function cargoExcluded(dir: string, excluded: string[], members: string[]): boolean {
  const under = (prefix: string) => {
    const path = normalise(prefix);
    return path === '.' || dir === path || dir.startsWith(`${path}/`);
  };
  return excluded.some(under) && !members.some(under);
}

/** A workspace member: its folder (relative to the root's, `/`-separated), manifest and parsed manifest. */
export interface CargoMember {
  dir: string;
  file: TextFile;
  parsed: Table;
  /** What it declares, where it is a package (a member may be a virtual manifest). */
  dependencies?: Dependency[];
}

/**
 * The members of the workspace a root Cargo.toml (in `rootDir`, relative to `cwd`) declares, as cargo finds them
 * (`Workspace::find_members`): the folders `members` globs match, then — transitively — every path dependency
 * (of any kind or target, inherited ones resolved from the root) of the root package and of each member whose
 * folder lies inside the root's, unless `exclude` leaves it out (and no member names it). A manifest without a
 * `[workspace]` table has no members. The root itself is not listed.
 */
export function cargoWorkspaceMembers(cwd: string, rootDir: string, root: Table): Promise<CargoMember[]> {
  // The check and the member-lockfile scan both ask for them: each manifest is read and parsed once a run.
  const key = resolve(cwd, rootDir);
  let members = membersFound.get(key);
  if (!members) {
    members = findMembers(cwd, rootDir, root);
    membersFound.set(key, members);
  }
  return members;
}

const membersFound = perRun<string, Promise<CargoMember[]>>();

async function findMembers(cwd: string, rootDir: string, root: Table): Promise<CargoMember[]> {
  if (!isRecord(root.workspace)) return [];
  const workspace = root.workspace;
  const members = strings(workspace.members);
  const excluded = strings(workspace.exclude);
  const workspaceDeps = table(workspace.dependencies);
  const out: CargoMember[] = [];
  const seen = new Set<string>(['.']);
  // A member the globs found is read as any manifest (an unreadable one is a problem); a path dependency's
  // folder without a Cargo.toml is no member (cargo itself reports it).
  const load = async (dir: string, found: boolean): Promise<CargoMember | undefined> => {
    const path = posix.join(rootDir, dir, 'Cargo.toml');
    const file = found ? await readText(cwd, path) : await readTextIfPresent(cwd, path);
    return file && { dir, file, parsed: await parseTomlText(file) };
  };
  const queue: Array<Omit<CargoMember, 'file'>> = [{ dir: '.', parsed: root }];
  for (const dir of await expandWorkspaces(resolve(cwd, rootDir), members, undefined, 'Cargo.toml')) {
    if (seen.has(dir) || cargoExcluded(dir, excluded, members)) continue;
    seen.add(dir);
    const member = (await load(dir, true))!;
    out.push(member);
    queue.push(member);
  }
  while (queue.length > 0) {
    const crate = queue.shift()!;
    if (!isRecord(crate.parsed.package)) continue;
    crate.dependencies = cargoDependencies(crate.parsed, workspaceDeps);
    for (const dependency of crate.dependencies) {
      if (!dependency.path) continue;
      const dir = posix.normalize(
        dependency.inherited ? normalise(dependency.path) : posix.join(crate.dir, normalise(dependency.path)),
      );
      if (dir === '..' || dir.startsWith('../') || posix.isAbsolute(dir)) continue;
      if (seen.has(dir) || cargoExcluded(dir, excluded, members)) continue;
      seen.add(dir);
      const member = await load(dir, false);
      if (!member) continue;
      out.push(member);
      queue.push(member);
    }
  }
  return out;
}

/**
 * The line that declares `key` in `section` (`dependencies`, `target.'cfg(unix)'.dev-dependencies`): its own
 * table `[dependencies.key]` where it has one, else its `key = …` line below the section's header.
 */
function dependencyLine(text: string, section: string, key: string): number {
  const header = escapeRegex(section).replace(/\\\./g, '["\']?\\.["\']?');
  const table = new RegExp(`^\\[${header}\\.["']?${escapeRegex(key)}["']?\\]`, 'm').exec(text);
  if (table) return lineAt(text, table.index);
  return findLine(text, new RegExp(`^\\[${header}\\]`), new RegExp(`^["']?${escapeRegex(key)}["']?\\s*[=.]`));
}

/** A folder's real path (symlinks resolved), or undefined where there is none. */
function realFolder(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * `[patch."<git url>"]` entries of the root manifest, as `<canonical url> <name>`: cargo takes such a dependency
 * from the patch (a fork, a folder), and the lockfile records that source instead of the URL the member wrote.
 */
function patchedGitSources(root: Table): Set<string> {
  const out = new Set<string>();
  for (const [source, entries] of Object.entries(table(root.patch))) {
    if (source === 'crates-io') continue;
    for (const name of Object.keys(table(entries))) out.add(`${canonicalGit(source)} ${name}`);
  }
  return out;
}

class CargoCheck {
  readonly problems = new Problems('cargo', FIX);
  private lock!: TextFile;
  private patchedGit = new Set<string>();

  constructor(private readonly context: CheckContext) {}

  async run(): Promise<void> {
    const { cwd, pair } = this.context;
    this.lock = await readText(cwd, pair.lockfile!);
    const data = await parseTomlText(this.lock);
    const version = data.version;
    if (version !== undefined && version !== 3 && version !== 4) {
      this.problems.add(
        'unsupported-format',
        this.lock.path,
        findLine(this.lock.text, /^version\s*=/),
        '',
        `${this.lock.path} has version ${String(version)}, which this action does not know (expected 3 or 4); refusing to pass it unchecked`,
      );
      return;
    }
    const manifest = await readText(cwd, pair.manifest!);
    const root = await parseTomlText(manifest);
    const workspace = table(root.workspace);
    const crates: Crate[] = [];
    if (isRecord(root.package)) crates.push(this.crate('.', manifest, root, workspace));
    for (const member of await cargoWorkspaceMembers(cwd, pair.dir, root))
      if (isRecord(member.parsed.package))
        crates.push(this.crate(member.dir, member.file, member.parsed, workspace, member.dependencies));
    crates.push(...(await this.pathCrates(crates)));
    // Cargo.lock format 1 (cargo before 1.24 or so) kept the root crate in a `[root]` table of its own.
    const packages = [data.root, ...(Array.isArray(data.package) ? data.package : [])].filter(isRecord);
    this.patchedGit = patchedGitSources(root);
    // Each crate asks for the entries of each of its dependencies: a workspace has hundreds of both.
    const byName = new Map<string, Table[]>();
    for (const entry of packages) {
      if (typeof entry.name !== 'string') continue;
      const name = entry.name;
      const list = byName.get(name);
      if (list) list.push(entry);
      else byName.set(name, [entry]);
    }
    // Common requirements are judged without node-semver; the checks run again once it is loaded if one is not.
    const before = this.problems.list.length;
    await withSemver(
      () => {
        for (const crate of crates) this.checkCrate(crate, byName);
      },
      () => {
        this.problems.list.length = before;
      },
    );
    this.checkSources(packages, table(data.metadata));
  }

  /**
   * The path dependencies that are no members (outside the root's folder, or left out by `exclude`), and theirs,
   * transitively: cargo locks them too, with their version and their normal and build dependencies (it resolves
   * no member's dev-dependencies), their inherited fields read from their own workspace. Only those inside the
   * repository are read.
   */
  private async pathCrates(members: readonly Crate[]): Promise<Crate[]> {
    const { cwd, pair } = this.context;
    const boundary = realFolder(this.context.boundary ?? resolve(cwd));
    const seen = new Set(members.map((crate) => crate.dir));
    const resolved = new Map<string, string>();
    const queue = [...members];
    const found: Crate[] = [];
    for (let crate = queue.shift(); crate; crate = queue.shift()) {
      for (const dependency of crate.dependencies) {
        // Another package's optional dependency is locked only where a feature asks for it; members' all are.
        if (!dependency.path || (dependency.optional && crate.member === false)) continue;
        const base = dependency.inherited ? (crate.workspaceDir ?? '.') : crate.dir;
        // Members inherit the same workspace paths many times over: each is resolved once.
        const key = `${base}\0${dependency.path}`;
        let dir = resolved.get(key);
        if (dir === undefined) {
          dir = posix.normalize(posix.join(base, normalise(dependency.path)));
          resolved.set(key, dir);
        }
        if (seen.has(dir)) continue;
        seen.add(dir);
        const path = posix.join(pair.dir, dir, 'Cargo.toml');
        // Inside the repository, symlinks followed: a link out of it is not read.
        const real = realFolder(resolve(cwd, pair.dir, dir));
        if (real === undefined || boundary === undefined || leadsOut(relative(boundary, real))) continue;
        const file = await readTextIfPresent(cwd, path);
        if (!file) continue;
        const parsed = await parseTomlText(file);
        if (!isRecord(parsed.package)) continue;
        const owner = await this.workspaceOf(dir);
        const pathCrate = this.crate(dir, file, parsed, table(owner?.parsed.workspace));
        pathCrate.dependencies = pathCrate.dependencies.filter(
          (item) => !/dev[-_]dependencies/.test(item.section),
        );
        pathCrate.member = false;
        pathCrate.workspaceDir = owner?.dir;
        found.push(pathCrate);
        queue.push(pathCrate);
      }
    }
    return found;
  }

  /**
   * The workspace root a path crate belongs to, as cargo finds it: the nearest Cargo.toml at or above its folder
   * with a `[workspace]` table (its folder relative to the checked root), inside the repository.
   */
  private async workspaceOf(dir: string): Promise<{ dir: string; parsed: Table } | undefined> {
    const { cwd, pair } = this.context;
    const boundary = this.context.boundary ?? resolve(cwd);
    const top = resolve(cwd, pair.dir);
    for (
      let folder = resolve(top, dir);
      !leadsOut(relative(boundary, folder));
      folder = resolve(folder, '..')
    ) {
      const path = relative(cwd, resolve(folder, 'Cargo.toml')).split('\\').join('/');
      const file = await readTextIfPresent(cwd, path);
      const parsed = file ? await parseTomlText(file).catch(() => undefined) : undefined;
      if (parsed && isRecord(parsed.workspace))
        return { dir: relative(top, folder).split('\\').join('/') || '.', parsed };
      if (folder === resolve(folder, '..')) break;
    }
    return undefined;
  }

  private crate(
    dir: string,
    manifest: TextFile,
    parsed: Table,
    workspace: Table,
    dependencies = cargoDependencies(parsed, table(workspace.dependencies)),
  ): Crate {
    const pkg = table(parsed.package);
    const inherited = table(workspace.package);
    const version = isRecord(pkg.version) && pkg.version.workspace === true ? inherited.version : pkg.version;
    return {
      dir,
      manifest,
      name: String(pkg.name ?? ''),
      version: typeof version === 'string' ? version : '0.0.0',
      dependencies,
    };
  }

  private checkCrate(crate: Crate, byName: ReadonlyMap<string, Table[]>): void {
    const { manifest } = crate;
    const named = (name: string): Table[] => byName.get(name) ?? [];
    const local = named(crate.name).filter((entry) => entry.source === undefined);
    const nameLine = () => findLine(manifest.text, /^\[package\]/, /^name\s*=/);
    if (local.length === 0) {
      this.problems.add(
        'workspace',
        manifest.path,
        nameLine(),
        crate.name,
        `crate ${crate.name} (${crate.dir}) is not in ${this.lock.path}`,
      );
      return;
    }
    const entry = local.find((item) => item.version === crate.version);
    if (!entry) {
      this.problems.add(
        'workspace',
        manifest.path,
        findLine(manifest.text, /^\[package\]/, /^version\s*=/),
        crate.name,
        `${crate.name} is version ${crate.version} but ${this.lock.path} locks ${String(local[0]!.version)}`,
      );
      return;
    }
    // `dependencies = ["serde", "serde 1.0.1", "serde 1.0.1 (registry+…)"]`: name, then version when ambiguous;
    // a crate can depend on two versions of one package (one of them renamed), listed once each.
    const locked = new Map<string, string[]>();
    for (const item of Array.isArray(entry.dependencies) ? entry.dependencies : []) {
      const text = String(item);
      const space = text.indexOf(' ');
      const name = space === -1 ? text : text.slice(0, space);
      const versions = locked.get(name) ?? [];
      if (space !== -1) {
        const next = text.indexOf(' ', space + 1);
        const version = next === -1 ? text.slice(space + 1) : text.slice(space + 1, next);
        if (version) versions.push(version);
      }
      locked.set(name, versions);
    }
    const wanted = new Set<string>();
    for (const dependency of crate.dependencies) {
      wanted.add(dependency.name);
      const line = () => dependencyLine(manifest.text, dependency.section, dependency.key);
      if (!locked.has(dependency.name) && dependency.optional && crate.member === false) continue;
      if (!locked.has(dependency.name)) {
        this.problems.add(
          'not-locked',
          manifest.path,
          line(),
          dependency.name,
          `${dependency.name} (${dependency.section} of ${crate.name}) is not in ${this.lock.path}`,
        );
        continue;
      }
      if (
        dependency.git &&
        !dependency.path &&
        !this.patchedGit.has(`${canonicalGit(dependency.git.url)} ${dependency.name}`)
      ) {
        const git = dependency.git;
        const sources = named(dependency.name).filter((item) => typeof item.source === 'string');
        if (!sources.some((item) => sameGitSource(String(item.source), git))) {
          const what = git.query ? `${git.url} (${git.query.replace('=', ' ')})` : git.url;
          this.problems.add(
            'unsatisfied',
            manifest.path,
            line(),
            dependency.name,
            `${dependency.name} comes from git ${what} (${dependency.section} of ${crate.name}) but ${this.lock.path} locks it from ${String(sources[0]?.source ?? 'elsewhere')}`,
          );
          continue;
        }
      }
      if (!dependency.requirement || dependency.path) continue;
      const listed = locked.get(dependency.name) ?? [];
      const versions = listed.length
        ? listed
        : [String(named(dependency.name)[0]?.version ?? '')].filter(Boolean);
      const range = cargoRange(dependency.requirement);
      if (versions.length && isValidRange(range) && !versions.some((item) => satisfiesRange(item, range))) {
        this.problems.add(
          'unsatisfied',
          manifest.path,
          line(),
          dependency.name,
          `${this.lock.path} locks ${dependency.name} ${versions.join(', ')}, which does not satisfy "${dependency.requirement}" (${dependency.section} of ${crate.name})`,
        );
      }
    }
    for (const name of locked.keys()) {
      if (wanted.has(name)) continue;
      this.problems.add(
        'extraneous',
        this.lock.path,
        findLine(
          this.lock.text,
          new RegExp(`^name = "${escapeRegex(crate.name)}"`),
          new RegExp(`^\\s*"${escapeRegex(name)}[ "]`),
        ),
        name,
        `${name} is locked as a dependency of ${crate.name} but Cargo.toml no longer declares it`,
      );
    }
  }

  /** `metadata`: the lockfile format 1 (no `version`) keeps checksums there, as `"checksum <name> <version> (<source>)"`. */
  private checkSources(packages: Table[], metadata: Table): void {
    for (const entry of packages) {
      const source = typeof entry.source === 'string' ? entry.source : '';
      const registry = /^(registry|sparse)\+(.*)$/.exec(source);
      const name = String(entry.name ?? '');
      if (!registry) {
        // A git source (`git+https://…?rev=…#<commit>`), under the one source policy; path dependencies
        // have no source in Cargo.lock.
        if (!source) continue;
        const findings = checkSource(
          { kind: source.startsWith('git+') ? 'git' : 'tarball', location: source, hashExpected: false },
          this.context.security,
          HOSTS,
        );
        for (const finding of findings)
          this.problems.finding(
            finding,
            this.lock.path,
            tomlPackageLine(this.lock.text, name),
            name,
            `${name} ${String(entry.version ?? '')}`,
          );
        continue;
      }
      const line = () => tomlPackageLine(this.lock.text, name);
      const findings = checkUrl(registry[2]!, this.context.security, HOSTS);
      const checksum =
        entry.checksum ?? metadata[`checksum ${name} ${String(entry.version ?? '')} (${source})`];
      if (this.context.security.requireIntegrity && typeof checksum !== 'string') {
        findings.push({ kind: 'integrity', message: 'has no checksum' });
      }
      for (const finding of findings)
        this.problems.add(
          finding.kind,
          this.lock.path,
          line(),
          name,
          `${name} ${String(entry.version ?? '')} ${finding.message}`,
        );
    }
  }
}

export const cargo: Ecosystem = {
  name: 'cargo',
  lockfiles: ['Cargo.lock'],
  manifest: 'Cargo.toml',
  fix: FIX,
  defaultHosts: HOSTS,
  async declaresDependencies(manifest) {
    const parsed = await parseTomlText(manifest);
    return isRecord(parsed.workspace) || cargoDependencies(parsed, {}).length > 0;
  },
  /**
   * Cargo writes Cargo.lock whenever it is missing (only `--locked` refuses), and its guidance long was to
   * commit it for binaries and leave it out for libraries (`cargo new --lib` ignored it in git): a package that
   * builds a binary is expected to commit it; a library, or a virtual workspace root, is not.
   */
  async lockfileExpected(manifest, cwd) {
    const parsed = await parseTomlText(manifest);
    if (!isRecord(parsed.package)) return false;
    if (Array.isArray(parsed.bin) && parsed.bin.length > 0) return true;
    if (parsed.package.autobins === false) return false;
    try {
      const src = await readDirents(resolve(cwd, posix.dirname(manifest.path), 'src'));
      return src.some((entry) => (entry.name === 'main.rs' ? !entry.isDirectory() : entry.name === 'bin'));
    } catch {
      return false;
    }
  },
  async check(context) {
    const check = new CargoCheck(context);
    return check.problems.guard(() => check.run());
  },
};
