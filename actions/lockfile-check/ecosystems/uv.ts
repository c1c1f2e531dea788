import { posix, resolve } from 'node:path';
import {
  escapeRegex,
  findLine,
  isRecord,
  own,
  parseTomlText,
  readText,
  strings,
  type TextFile,
  tomlPackageLine,
} from '../files.js';
import { Problems } from '../problems.js';
import { rustGlobMatches } from '../rust-glob.js';
import { checkSource, checkUrl, type SourceKind } from '../security.js';
import type { CheckContext, Ecosystem } from '../types.js';
import { expandWorkspaces } from './npm-workspaces.js';
import { parseVersion, pythonRange, sameRange, versionKey } from './pep440.js';
import {
  lockedRequirement,
  normaliseName,
  normaliseSpecifier,
  parseRequirement,
  pythonLockfileExpected,
  type Requirement,
  requirementKey,
} from './python-deps.js';

const FIX = 'uv lock';
const HOSTS = ['pypi.org', 'files.pythonhosted.org'];
/** uv.lock `version = 1` (later revisions add fields, or leave metadata out). */
const SUPPORTED_VERSION = 1;
/** The revision from which uv may lock a package without its metadata (preview `lock-without-metadata`). */
const METADATA_FREE_REVISION = 4;
/** The revision from which uv records an empty dependency group (`foo = []`) and compares it (`includes_empty_groups`). */
const EMPTY_GROUPS_REVISION = 1;
/**
 * Keys uv reads under a second name (serde `alias` in uv-resolver's lock: uv 0.4.27 wrote `dependency-groups`
 * where later versions write `dev-dependencies` and `requires-dev`). One table may hold either, not both.
 */
const DEV_DEPENDENCIES: Alias = ['dev-dependencies', 'dependency-groups'];
const REQUIRES_DEV: Alias = ['requires-dev', 'dependency-groups'];

type Table = Record<string, unknown>;
/** A key and the second name uv also reads it under. */
type Alias = [name: string, alias: string];

interface Member {
  dir: string;
  manifest: TextFile;
  pyproject: Table;
}

function table(value: unknown): Table {
  return isRecord(value) ? value : {};
}

/**
 * The members of the uv workspace a root pyproject.toml (in `rootDir`, relative to `cwd`) declares, as uv finds
 * them: `members` globs (entering dot folders, as Rust's glob does) less what `exclude` matches (Rust's glob
 * again, whose `*` crosses `/` there), less any project that says
 * `[tool.uv] managed = false`, which uv leaves out of the workspace it lies in. The root is not listed.
 */
export async function uvWorkspaceMembers(cwd: string, rootDir: string, pyproject: Table): Promise<Member[]> {
  const workspace = table(table(table(pyproject.tool).uv).workspace);
  const patterns = strings(workspace.members);
  if (!patterns.length) return [];
  const excluded = strings(workspace.exclude);
  const folders = await expandWorkspaces(resolve(cwd, rootDir), patterns, undefined, 'pyproject.toml', true);
  const members: Member[] = [];
  for (const dir of folders) {
    if (excluded.some((pattern) => rustGlobMatches(pattern, dir))) continue;
    const manifest = await readText(cwd, posix.join(rootDir, dir, 'pyproject.toml'));
    const member = await parseTomlText(manifest);
    if (table(table(member.tool).uv).managed === false) continue;
    members.push({ dir, manifest, pyproject: member });
  }
  return members;
}

/**
 * `[dependency-groups]` with `{ include-group = "x" }` entries expanded, plus legacy `tool.uv.dev-dependencies`.
 * Group names are compared normalised (PEP 735), in an include as in a key: `Test_Deps` is `test-deps`.
 */
export function dependencyGroups(pyproject: Table): Record<string, string[]> {
  const groups = table(pyproject['dependency-groups']);
  const byName = new Map(Object.keys(groups).map((key) => [normaliseName(key), groups[key]]));
  const resolveGroup = (name: string, seen: Set<string>): string[] => {
    if (seen.has(name)) return [];
    seen.add(name);
    const item = byName.get(name);
    const items = Array.isArray(item) ? item : [];
    return items.flatMap((item) => {
      if (typeof item === 'string') return [item];
      if (isRecord(item) && typeof item['include-group'] === 'string')
        return resolveGroup(normaliseName(item['include-group']), seen);
      return [];
    });
  };
  const out: Record<string, string[]> = {};
  for (const name of byName.keys()) out[name] = resolveGroup(name, new Set());
  // uv locks the legacy group whenever the key is there, `dev-dependencies = []` (old `uv init`) included.
  const uv = table(table(pyproject.tool).uv);
  if (Array.isArray(uv['dev-dependencies']))
    out.dev = [...(out.dev ?? []), ...strings(uv['dev-dependencies'])];
  return out;
}

/**
 * What `[package.metadata] requires-dist` should hold: dependencies, and optional ones with their extra marker.
 * `complete` is false when `[project] dynamic` lists either: uv then locks what the build backend reports,
 * which only a build can tell, so the static part must be locked but the lock may hold more.
 */
function wantedRequiresDist(project: Table): { wanted: Map<string, Requirement>; complete: boolean } {
  const dynamic = strings(project.dynamic);
  const wanted = new Map<string, Requirement>();
  const add = (text: string): void => {
    const requirement = parseRequirement(text);
    if (requirement) wanted.set(requirementKey(requirement), requirement);
  };
  if (!dynamic.includes('dependencies')) for (const text of strings(project.dependencies)) add(text);
  if (!dynamic.includes('optional-dependencies'))
    for (const extras of Object.values(table(project['optional-dependencies'])))
      for (const text of strings(extras)) add(text);
  return {
    wanted,
    complete: !dynamic.includes('dependencies') && !dynamic.includes('optional-dependencies'),
  };
}

/** Requirements, those of `sourced` names without their specifier (as uv locks them). */
function withoutSourcedSpecifiers(
  wanted: Map<string, Requirement>,
  sourced: ReadonlySet<string>,
): Map<string, Requirement> {
  if (sourced.size === 0) return wanted;
  const out = new Map<string, Requirement>();
  for (const requirement of wanted.values()) {
    const item = sourced.has(requirement.name) ? { ...requirement, specifier: '' } : requirement;
    out.set(requirementKey(item), item);
  }
  return out;
}

/**
 * A `[tool.uv.sources]` git entry as uv records it in `requires-dist` (RequirementSourceWire): the repository URL
 * without a `git+` prefix, credentials (but the `git` user of an ssh URL), query or fragment, then as form-encoded
 * query pairs `subdirectory` (as written), `lfs=true` and the rev, tag or branch; or, for an archive inside the
 * repository, `path`, the reference and `lfs=true`.
 */
export function uvGitUrl(source: Table): string {
  const text = (source.git as string).replace(/^git\+/, '');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return text;
  }
  if (!(url.protocol === 'ssh:' && url.username === 'git' && url.password === '')) url.username = '';
  url.password = '';
  url.hash = '';
  url.search = '';
  const query = new URLSearchParams();
  const ref = (['branch', 'tag', 'rev'] as const).find((key) => typeof source[key] === 'string');
  const archive = typeof source.path === 'string' ? source.path : undefined;
  if (archive !== undefined) query.append('path', archive);
  else if (typeof source.subdirectory === 'string') query.append('subdirectory', source.subdirectory);
  if (source.lfs === true && archive === undefined) query.append('lfs', 'true');
  if (ref) query.append(ref, source[ref] as string);
  if (source.lfs === true && archive !== undefined) query.append('lfs', 'true');
  const pairs = query.toString();
  return pairs ? `${url.href}?${pairs}` : url.href;
}

/**
 * A path as Rust's `Path` equality sees it, which uv applies when it reads a lock back: a trailing `/`, a `//`
 * and an inner `.` do not count, a leading `./` does (`src/` is `src`, `./src` is not).
 */
function pathComponents(path: string): string {
  const parts = path.split('/').filter((part, index) => part !== '' && (part !== '.' || index === 0));
  return (path.startsWith('/') ? '/' : '') + parts.join('/');
}

/** A git URL of uv's form as uv compares it: the commit fragment and a trailing `/` aside, paths by components. */
function gitKey(text: string): string {
  const bare = text.replace(/#.*$/, '');
  const at = bare.indexOf('?');
  const params = new URLSearchParams(at < 0 ? '' : bare.slice(at + 1));
  const parts = [(at < 0 ? bare : bare.slice(0, at)).replace(/\/$/, '')];
  for (const key of ['subdirectory', 'path', 'lfs', 'branch', 'tag', 'rev']) {
    const value = params.get(key);
    if (value === null) continue;
    parts.push(`${key}=${key === 'subdirectory' || key === 'path' ? pathComponents(value) : value}`);
  }
  return parts.join('&');
}

function sameKeys(left: Map<string, unknown>, right: Map<string, unknown>): boolean {
  return left.size === right.size && [...left.keys()].every((key) => right.has(key));
}

/**
 * Requirements with `name[extra]` self-references dropped, as uv's FlatRequiresDist leaves them (markers are not
 * compared here, so the extras' own requirements are already in the set); one with a specifier stays as a bare
 * self-constraint.
 */
function withoutSelfReferences(wanted: Map<string, Requirement>, name: string): Map<string, Requirement> {
  const out = new Map<string, Requirement>();
  for (const requirement of wanted.values()) {
    if (requirement.name !== name) out.set(requirementKey(requirement), requirement);
    else if (requirement.specifier) {
      const constraint = { ...requirement, extras: [] };
      out.set(requirementKey(constraint), constraint);
    }
  }
  return out;
}

function isRecordTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A key uv also reads under an alias: the value under whichever of the two the table has. */
function aliased(source: Table, [name, alias]: Alias): unknown {
  return own(source, name) ?? own(source, alias);
}

/** A directory, editable or virtual source: a source tree, whose version uv reads from its pyproject.toml. */
function isSourceTree(entry: Table): boolean {
  const source = table(entry.source);
  return ['directory', 'editable', 'virtual'].some((kind) => typeof source[kind] === 'string');
}

/** PEP 440 equality (`1.0` is `1.0.0`, `1.0-RC1` is `1.0rc1`); text that does not parse must match as text. */
function sameVersion(left: string, right: string): boolean {
  const key = (text: string) => {
    const version = parseVersion(text);
    return version ? versionKey(version) : text;
  };
  return key(left) === key(right);
}

function lockedSet(list: unknown): Map<string, Requirement> {
  const out = new Map<string, Requirement>();
  for (const item of Array.isArray(list) ? list : []) {
    const requirement = lockedRequirement(item);
    if (requirement) out.set(requirementKey(requirement), requirement);
  }
  return out;
}

class UvCheck {
  readonly problems = new Problems('uv', FIX);
  private lock!: TextFile;
  private rootPyproject: Table = {};
  private revision = 0;

  constructor(private readonly context: CheckContext) {}

  async run(): Promise<void> {
    const { cwd, pair } = this.context;
    this.lock = await readText(cwd, pair.lockfile!);
    const data = await parseTomlText(this.lock);
    if (data.version !== SUPPORTED_VERSION) {
      this.problems.add(
        'unsupported-format',
        this.lock.path,
        findLine(this.lock.text, /^version\s*=/),
        '',
        `${this.lock.path} has version ${String(data.version)}, which this action does not know (expected ${SUPPORTED_VERSION}); refusing to pass it unchecked`,
      );
      return;
    }
    this.revision = typeof data.revision === 'number' ? data.revision : 0;
    const rootManifest = await readText(cwd, pair.manifest!);
    const root: Member = { dir: '.', manifest: rootManifest, pyproject: await parseTomlText(rootManifest) };
    this.rootPyproject = root.pyproject;
    const members = [root, ...(await this.workspaceMembers(root.pyproject))];
    const packages = (Array.isArray(data.package) ? data.package : []).filter(isRecord);
    if (!this.checkAliases(packages)) return;
    this.checkRequiresPython(data, members);
    this.checkMembers(data, members);
    for (const member of members) this.checkMember(member, packages);
    this.checkSources(packages);
  }

  private workspaceMembers(pyproject: Table): Promise<Member[]> {
    return uvWorkspaceMembers(this.context.cwd, this.context.pair.dir, pyproject);
  }

  /**
   * uv reads `[package.dependency-groups]` as `dev-dependencies` and `[package.metadata.dependency-groups]` as
   * `requires-dev`, and refuses to read a lock whose table has both (a duplicate field), as `uv lock` does too.
   */
  private checkAliases(packages: Table[]): boolean {
    let readable = true;
    for (const entry of packages) {
      const tables: [Table, Alias, string][] = [
        [entry, DEV_DEPENDENCIES, 'package'],
        [table(entry.metadata), REQUIRES_DEV, 'package.metadata'],
      ];
      for (const [source, [name, alias], where] of tables) {
        if (own(source, name) === undefined || own(source, alias) === undefined) continue;
        readable = false;
        const pkg = String(entry.name ?? '');
        this.problems.add(
          'parse',
          this.lock.path,
          tomlPackageLine(this.lock.text, pkg),
          pkg,
          `${this.lock.path} has both [${where}.${name}] and its alias [${where}.${alias}] for ${pkg}: uv cannot read it`,
          `keep one of the two tables, or delete ${this.lock.path} and run uv lock`,
        );
      }
    }
    return readable;
  }

  /** uv re-locks when the range its members' `requires-python` allow together is not the one it locked for. */
  private checkRequiresPython(data: Table, members: Member[]): void {
    const wanted = members
      .map((member) => table(member.pyproject.project)['requires-python'])
      .filter((value): value is string => typeof value === 'string');
    if (!wanted.length) return;
    const lockedText = typeof data['requires-python'] === 'string' ? data['requires-python'] : '';
    const wantedRange = pythonRange(wanted);
    const lockedRange = pythonRange([lockedText]);
    if (wantedRange && lockedRange) {
      if (sameRange(wantedRange, lockedRange)) return;
    } else if (normaliseSpecifier(lockedText) === normaliseSpecifier(wanted.join(','))) {
      return;
    }
    const manifest = members[0]!.manifest;
    this.problems.add(
      'requires-python',
      manifest.path,
      findLine(manifest.text, /^\[project\]/, /^requires-python\s*=/),
      'python',
      `requires-python is "${wanted.join(', ')}" but ${this.lock.path} was locked for "${lockedText}"`,
    );
  }

  private checkMembers(data: Table, members: Member[]): void {
    const locked = strings(table(data.manifest).members).map(normaliseName);
    if (members.length === 1 && locked.length === 0) return;
    const names = members
      .map((member) => table(member.pyproject.project).name)
      .filter((name): name is string => typeof name === 'string')
      .map(normaliseName);
    for (const member of members) {
      const name = table(member.pyproject.project).name;
      if (typeof name !== 'string' || locked.includes(normaliseName(name))) continue;
      this.problems.add(
        'workspace',
        member.manifest.path,
        findLine(member.manifest.text, /^\[project\]/, /^name\s*=/),
        name,
        `workspace member ${name} is not in ${this.lock.path}`,
      );
    }
    for (const name of locked) {
      if (names.includes(name)) continue;
      this.problems.add(
        'extraneous',
        this.lock.path,
        findLine(this.lock.text, /^\[manifest\]/, new RegExp(`"${escapeRegex(name)}"`)),
        name,
        `${this.lock.path} still has workspace member ${name}, which is gone`,
      );
    }
  }

  private checkMember(member: Member, packages: Table[]): void {
    const project = table(member.pyproject.project);
    if (typeof project.name !== 'string') return;
    const name = normaliseName(project.name);
    const entry =
      packages.find((item) => {
        const source = table(item.source);
        const path = source.editable ?? source.virtual ?? source.directory;
        return (
          normaliseName(String(item.name ?? '')) === name &&
          typeof path === 'string' &&
          posix.normalize(path) === posix.normalize(member.dir)
        );
      }) ?? packages.find((item) => normaliseName(String(item.name ?? '')) === name);
    const manifest = member.manifest;
    if (!entry) {
      this.problems.add(
        'workspace',
        manifest.path,
        findLine(manifest.text, /^\[project\]/, /^name\s*=/),
        name,
        `${name} (${member.dir}) is not in ${this.lock.path}`,
      );
      return;
    }
    this.checkVersion(member, name, entry);
    const metadata = table(entry.metadata);
    if (this.revision >= METADATA_FREE_REVISION && Object.keys(metadata).length === 0) {
      // uv's `lock-without-metadata` leaves the declarations out, and `uv lock --check` then cannot compare them.
      this.problems.warn(
        'unsupported-format',
        this.lock.path,
        findLine(this.lock.text, new RegExp(`^name = "${escapeRegex(String(entry.name))}"`)),
        name,
        `${this.lock.path} (revision ${this.revision}) records no metadata for ${name}: its requirements are not compared, as uv does not compare them either`,
      );
      return;
    }
    this.checkProvidesExtras(member, name, entry);
    const requiresDist = wantedRequiresDist(project);
    const sourced = this.sourcedNames(member);
    const lockedDist = withoutSourcedSpecifiers(lockedSet(metadata['requires-dist']), sourced);
    let wantedDist = withoutSourcedSpecifiers(requiresDist.wanted, sourced);
    // A package locked without a version (a dynamic one) may be locked with its self-referencing extras
    // (`project[extra]`) flattened out, as its build backend reports them; uv accepts either form.
    if (entry.version === undefined && !sameKeys(wantedDist, lockedDist)) {
      const flattened = withoutSelfReferences(wantedDist, name);
      if (sameKeys(flattened, lockedDist)) wantedDist = flattened;
    }
    this.compare(
      manifest,
      name,
      'dependencies',
      wantedDist,
      lockedDist,
      /^\[project\]/,
      requiresDist.complete,
    );
    const groups = dependencyGroups(member.pyproject);
    const lockedGroups = table(aliased(metadata, REQUIRES_DEV));
    for (const [group, items] of Object.entries(groups)) {
      if (items.length === 0) this.checkEmptyGroup(manifest, name, group, lockedGroups);
      const wanted = new Map<string, Requirement>();
      for (const text of items) {
        const requirement = parseRequirement(text);
        if (requirement) wanted.set(requirementKey(requirement), requirement);
      }
      this.compare(
        manifest,
        name,
        `dependency group ${group}`,
        withoutSourcedSpecifiers(wanted, sourced),
        withoutSourcedSpecifiers(lockedSet(lockedGroups[group]), sourced),
        /^\[dependency-groups\]|^\[tool\.uv\]/,
      );
    }
    this.checkGitSources(member, name, [metadata['requires-dist'], ...Object.values(lockedGroups)]);
    for (const [group, items] of Object.entries(lockedGroups)) {
      if (groups[normaliseName(group)] !== undefined) continue;
      if (!this.comparesEmptyGroups() && Array.isArray(items) && items.length === 0) continue;
      this.problems.add(
        'extraneous',
        this.lock.path,
        findLine(
          this.lock.text,
          /requires-dev|metadata\.dependency-groups/,
          new RegExp(`^${escapeRegex(group)}\\s*=`),
        ),
        group,
        `${this.lock.path} still locks dependency group ${group} of ${name}, which pyproject.toml no longer has`,
      );
    }
  }

  /**
   * The extras a member with static metadata provides, against the lock's `provides-extras` (uv's
   * `satisfies_provides_extra`, from lock revision 1): an extra added or removed, even an empty one, is stale.
   * What a build backend makes of a dynamic version or dynamic extras is not seen without building.
   */
  private checkProvidesExtras(member: Member, name: string, entry: Table): void {
    const project = table(member.pyproject.project);
    const dynamic = strings(project.dynamic);
    if (this.revision < 1 || !isSourceTree(entry) || typeof project.version !== 'string') return;
    if (dynamic.includes('version') || dynamic.includes('optional-dependencies')) return;
    // A Poetry project declaring its dependencies under [tool.poetry] is locked from what poetry-core builds.
    if (isRecord(table(member.pyproject.tool).poetry) && project.dependencies === undefined) return;
    const wanted = new Set(Object.keys(table(project['optional-dependencies'])).map(normaliseName));
    const locked = new Set(strings(table(entry.metadata)['provides-extras']).map(normaliseName));
    const added = [...wanted].filter((extra) => !locked.has(extra));
    const removed = [...locked].filter((extra) => !wanted.has(extra));
    if (!added.length && !removed.length) return;
    const changes = [
      ...added.map((extra) => `${extra} is new`),
      ...removed.map((extra) => `${extra} is gone`),
    ].join(', ');
    this.problems.add(
      'spec-mismatch',
      member.manifest.path,
      findLine(member.manifest.text, /^\[project\.optional-dependencies\]|^\[project\]/),
      name,
      `the extras of ${name} changed since ${this.lock.path} was made (${changes}); uv locks the ones a project provides`,
    );
  }

  /**
   * The member's version as uv's `Lock::satisfies` checks a source tree: a version listed in `[project] dynamic`
   * is locked without one, a static one as itself by PEP 440 equality (`MismatchedDynamic`, `MismatchedVersion`).
   * A project with neither is one uv refuses to build, so there is nothing to compare.
   */
  private checkVersion(member: Member, name: string, entry: Table): void {
    if (!isSourceTree(entry)) return;
    const project = table(member.pyproject.project);
    const manifest = member.manifest;
    const locked = typeof entry.version === 'string' ? entry.version : undefined;
    const report = (field: RegExp, message: string) =>
      this.problems.add(
        'spec-mismatch',
        manifest.path,
        findLine(manifest.text, /^\[project\]/, field),
        name,
        message,
      );
    if (strings(project.dynamic).includes('version')) {
      if (locked !== undefined)
        report(
          /^dynamic\s*=/,
          `${name} has a dynamic version in ${manifest.path} but ${this.lock.path} locked version ${locked} (uv locks a dynamic version as none)`,
        );
      return;
    }
    if (typeof project.version !== 'string') return;
    if (locked === undefined)
      report(
        /^version\s*=/,
        `${name} has version ${project.version} in ${manifest.path} but ${this.lock.path} locked its version as dynamic`,
      );
    else if (!sameVersion(project.version, locked))
      report(
        /^version\s*=/,
        `${name} has version ${project.version} in ${manifest.path} but ${this.lock.path} locked version ${locked}`,
      );
  }

  /** uv compares empty groups from the revision that records them; before it, it leaves them out on both sides. */
  private comparesEmptyGroups(): boolean {
    return this.revision >= EMPTY_GROUPS_REVISION;
  }

  private checkEmptyGroup(manifest: TextFile, owner: string, group: string, lockedGroups: Table): void {
    if (!this.comparesEmptyGroups() || own(lockedGroups, group) !== undefined) return;
    this.problems.add(
      'not-locked',
      manifest.path,
      findLine(
        manifest.text,
        /^\[dependency-groups\]|^\[tool\.uv\]/,
        new RegExp(`^${escapeRegex(group)}\\s*=`),
      ),
      group,
      `dependency group ${group} of ${owner} is empty but ${this.lock.path} does not record it (revision ${this.revision} records empty groups)`,
    );
  }

  /**
   * `[tool.uv.sources]` git entries: uv records the requirement with `git = "<url>[?rev|tag|branch=…]"`, and
   * `uv lock --check` fails when the URL or the rev, tag or branch changed.
   */
  private checkGitSources(member: Member, owner: string, lockedLists: unknown[]): void {
    const sources = {
      ...table(table(table(this.rootPyproject.tool).uv).sources),
      ...table(table(table(member.pyproject.tool).uv).sources),
    };
    const wanted = new Map<string, string>();
    for (const [name, source] of Object.entries(sources)) {
      if (!isRecordTable(source) || typeof source.git !== 'string') continue;
      wanted.set(normaliseName(name), uvGitUrl(source));
    }
    if (wanted.size === 0) return;
    for (const list of lockedLists) {
      for (const item of Array.isArray(list) ? list : []) {
        if (!isRecordTable(item) || typeof item.name !== 'string') continue;
        const want = wanted.get(normaliseName(item.name));
        if (want === undefined || typeof item.git !== 'string') continue;
        if (gitKey(item.git) === gitKey(want)) continue;
        this.problems.add(
          'spec-mismatch',
          member.manifest.path,
          findLine(
            member.manifest.text,
            /^\[tool\.uv\.sources\]/,
            new RegExp(`^${escapeRegex(item.name)}\\s*=`),
          ),
          item.name,
          `${item.name} (${owner}) comes from git ${want} but ${this.lock.path} was locked from ${item.git}`,
        );
      }
    }
  }

  /**
   * Names whose `[tool.uv.sources]` entry (the member's over the root's) is a workspace, path, editable, git or
   * URL source: uv locks such a requirement as that source, without the version specifier the project wrote
   * (a lock that kept it is read the same way). An `index` source keeps it.
   */
  private sourcedNames(member: Member): Set<string> {
    const sources = {
      ...table(table(table(this.rootPyproject.tool).uv).sources),
      ...table(table(table(member.pyproject.tool).uv).sources),
    };
    const names = new Set<string>();
    for (const [name, source] of Object.entries(sources)) {
      const entries = Array.isArray(source) ? source : [source];
      if (entries.length && entries.every((item) => isRecordTable(item) && item.index === undefined))
        names.add(normaliseName(name));
    }
    return names;
  }

  /** Compares requirement sets by name, extras, specifier and URL (uv rewrites markers, so those are not compared). */
  private compare(
    manifest: TextFile,
    owner: string,
    what: string,
    wanted: Map<string, Requirement>,
    locked: Map<string, Requirement>,
    section: RegExp,
    complete = true,
  ): void {
    for (const [key, requirement] of wanted) {
      if (locked.has(key)) continue;
      // Dynamic metadata may add or tighten requirements: only a static one missing by name is certain.
      if (!complete && [...locked.values()].some((item) => item.name === requirement.name)) continue;
      const before = [...locked.values()].find((item) => item.name === requirement.name);
      const line = findLine(
        manifest.text,
        section,
        new RegExp(`["']${escapeRegex(requirement.name).replace(/-/g, '[-_.]')}`, 'i'),
      );
      const message = before
        ? `${key} (${what} of ${owner}) is locked as ${requirementKey(before)} in ${this.lock.path}`
        : `${key} (${what} of ${owner}) is not in ${this.lock.path}`;
      this.problems.add(
        before ? 'spec-mismatch' : 'not-locked',
        manifest.path,
        line,
        requirement.name,
        message,
      );
    }
    for (const [key, requirement] of locked) {
      if (!complete) break;
      if (wanted.has(key) || [...wanted.values()].some((item) => item.name === requirement.name)) continue;
      this.problems.add(
        'extraneous',
        this.lock.path,
        findLine(
          this.lock.text,
          /requires-dist|requires-dev|metadata\.dependency-groups/,
          new RegExp(`name = "${escapeRegex(requirement.name)}"`),
        ),
        requirement.name,
        `${key} is locked as a ${what} entry of ${owner} but pyproject.toml no longer declares it`,
      );
    }
  }

  /** git, url, path, directory, editable and virtual sources, under the one source policy. */
  private checkOtherSource(entry: Table, source: Table): void {
    const { cwd, pair, security } = this.context;
    let kind: SourceKind | undefined;
    let location: string | undefined;
    if (typeof source.git === 'string') [kind, location] = ['git', source.git];
    else if (typeof source.url === 'string') [kind, location] = ['tarball', source.url];
    else {
      const path = source.path ?? source.directory ?? source.editable ?? source.virtual;
      if (typeof path === 'string') [kind, location] = ['local', `file:${path}`];
    }
    if (!kind || !location) return;
    const name = String(entry.name ?? '');
    const findings = checkSource(
      {
        kind,
        location,
        // uv keeps a url source's sha256 in its sdist/wheels entries, not as an integrity field.
        hashExpected: false,
        boundary: { base: resolve(cwd, pair.dir), root: this.context.boundary ?? resolve(cwd) },
      },
      security,
      HOSTS,
    );
    for (const finding of findings)
      this.problems.finding(
        finding,
        this.lock.path,
        tomlPackageLine(this.lock.text, name),
        name,
        `${name} ${String(entry.version ?? '')}`.trim(),
      );
  }

  private checkSources(packages: Table[]): void {
    for (const entry of packages) {
      const source = table(entry.source);
      const registry = source.registry;
      if (typeof registry !== 'string') {
        this.checkOtherSource(entry, source);
        continue;
      }
      const name = String(entry.name ?? '');
      const urls = [
        registry,
        table(entry.sdist).url,
        ...(Array.isArray(entry.wheels) ? entry.wheels.map((wheel) => table(wheel).url) : []),
      ];
      const seen = new Set<string>();
      for (const url of urls) {
        if (typeof url !== 'string') continue;
        for (const finding of checkUrl(url, this.context.security, HOSTS)) {
          if (seen.has(finding.kind)) continue;
          seen.add(finding.kind);
          const line = tomlPackageLine(this.lock.text, name);
          this.problems.add(
            finding.kind,
            this.lock.path,
            line,
            name,
            `${name} ${String(entry.version ?? '')} ${finding.message}`,
          );
        }
      }
    }
  }
}

export const uv: Ecosystem = {
  name: 'uv',
  lockfiles: ['uv.lock'],
  manifest: 'pyproject.toml',
  fix: FIX,
  defaultHosts: HOSTS,
  async lockfileExpected(manifest) {
    return pythonLockfileExpected(await parseTomlText(manifest));
  },
  async declaresDependencies(manifest) {
    const pyproject = await parseTomlText(manifest);
    const project = table(pyproject.project);
    return (
      strings(project.dependencies).length > 0 ||
      Object.keys(table(project['optional-dependencies'])).length > 0 ||
      Object.keys(dependencyGroups(pyproject)).length > 0
    );
  },
  async check(context) {
    const check = new UvCheck(context);
    return check.problems.guard(() => check.run());
  },
};
