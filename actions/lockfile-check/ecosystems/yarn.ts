import { isAbsolute, posix, relative, resolve } from 'node:path';
import {
  escapeRegex,
  findLine,
  foldersUpTo,
  isRecord,
  parseJson,
  parseYamlText,
  readText,
  readTextIfPresent,
  stringMap,
  type TextFile,
} from '../files.js';
import { Problems } from '../problems.js';
import {
  checkIntegrity,
  checkSource,
  checkTarballName,
  classifySource,
  type SecurityFinding,
  type SourceKind,
  urlParts,
} from '../security.js';
import type { CheckContext, Ecosystem } from '../types.js';
import {
  DEPENDENCY_FIELDS,
  declaresJsDependencies,
  jsLockfileExpected,
  leftWorkspaceRange,
  manifestLine,
  specTarget,
  versionSatisfies,
} from './js-specs.js';
import { isFastRange, isValidRange } from './npm-ranges.js';
import { expandWorkspaces, workspacePatterns } from './npm-workspaces.js';
import { type Catalogs, catalogSpec, readCatalogs } from './pnpm-config.js';
import { loadSemver, withSemver } from './semver.js';
import { parseYarnV1, type YarnV1Entry } from './yarn-v1-parser.js';

const FIX = 'yarn install';
const HOSTS = ['registry.yarnpkg.com', 'registry.npmjs.org'];
/** yarn berry reads its YAML with js-yaml's FAILSAFE_SCHEMA (parseSyml): `react: 18` is the range "18". */
const FAILSAFE = { failsafe: true } as const;

/** `__metadata.version` of yarn 2 (4), 3 (4 to 6) and 4 (8 to 10); the layout is the same. */
const BERRY_VERSIONS = new Set([4, 5, 6, 7, 8, 9, 10]);

/**
 * The `__metadata.version` a yarn release writes (its LOCKFILE_VERSION, read off each release of
 * @yarnpkg/cli-dist), for the releases that were read: undefined for others (2.0 to 2.3, prereleases, later
 * ones). yarn writes it into every lockfile it generates, so `install --immutable` fails (YN0028) on a
 * lockfile of another version: the release in use would rewrite it.
 */
export function berryLockfileVersion(release: string): number | undefined {
  const match = /^(\d+)\.(\d+)\.\d+$/.exec(release);
  if (!match) return undefined;
  const major = Number(match[1]);
  const minor = Number(match[2]);
  if (major === 2) return minor === 4 ? 4 : undefined;
  if (major === 3) return minor === 0 ? 4 : minor === 1 ? 5 : minor <= 8 ? 6 : undefined;
  if (major === 4) return minor <= 13 ? 8 : minor === 14 ? 9 : minor <= 18 ? 10 : undefined;
  return undefined;
}
const FIELDS = DEPENDENCY_FIELDS.filter((field) => field !== 'peerDependencies');
const BERRY_FIELD_ORDER = ['dependencies', 'optionalDependencies', 'devDependencies'] as const;

interface Workspace {
  folder: string;
  manifest: TextFile;
  pkg: Record<string, unknown>;
}

/** `@s/a@npm:^1, @s/a@npm:^1.2` → `@s/a`. */
export function descriptorName(descriptor: string): string {
  const at = descriptor.indexOf('@', 1);
  return at === -1 ? descriptor : descriptor.slice(0, at);
}

/** `ms-old@npm:ms@2.0.0` → `ms`: an `npm:` alias installs the target package. */
export function aliasTarget(descriptor: string): string {
  const name = descriptorName(descriptor);
  const range = descriptor.slice(name.length + 1);
  return range.startsWith('npm:') && /^npm:(@[^@/]+\/)?[^@/]+@/.test(range)
    ? descriptorName(range.slice(4))
    : name;
}

/**
 * The `resolutions` value that replaces a workspace's own dependency `dep@spec`: the keys `dep`, `dep@range`
 * (the range compared as yarn normalises both, `^1` and `npm:^1` alike) and `<workspace>/dep` apply to it, and
 * the any-depth glob of `dep` before yarn 4, which ignores glob keys (YN0057). yarn berry's reduceDependency
 * hook (CorePlugin) walks the resolutions in the order package.json lists them and takes the first that
 * applies, so `"react": "npm:18.2.0"` listed before `"docs/react": "npm:17.0.2"` sends docs' react to 18.2.0 too.
 */
export function resolutionFor(
  resolutions: Record<string, string>,
  workspace: string,
  dep: string,
  spec: string,
): string | undefined {
  const range = berryRange(spec);
  for (const [key, value] of Object.entries(resolutions)) {
    if (key === dep || key === `${workspace}/${dep}` || key === `**/${dep}`) return value;
    if (key.startsWith(`${dep}@`) && berryRange(key.slice(dep.length + 1)) === range) return value;
  }
  return undefined;
}

/**
 * The workspace folder of a berry `::locator=<name>@workspace:<folder>` suffix, `.` without one. The suffix is a
 * query string: a `file:` folder's puts its content hash first (`::hash=8ccf1c&locator=…`).
 */
export function berryLocatorFolder(reference: string): string {
  const suffix = reference.lastIndexOf('::');
  const locator =
    suffix === -1 ? undefined : /(?:^|&)locator=([^&,]*)/.exec(reference.slice(suffix + 2))?.[1];
  if (!locator) return '.';
  let decoded: string;
  try {
    decoded = decodeURIComponent(locator);
  } catch {
    return '.';
  }
  const at = decoded.indexOf('@workspace:', decoded.startsWith('@') ? 1 : 0);
  return at === -1 ? '.' : decoded.slice(at + '@workspace:'.length) || '.';
}

/**
 * The descriptor range yarn v1 locks a `file:` / `link:` dependency under: yarn rebases the path onto the
 * lockfile's folder (`link:../b` of packages/a → `link:packages/b`) and keeps a leading `./` the spec had
 * (src/util/normalize-manifest/resolve-relative.js). Other specs are locked as written.
 */
export function yarnV1LockedRange(spec: string, lockDir: string, folder: string): string {
  const value = isAbsolute(spec) ? `file:${spec}` : spec;
  const prefix = /^(file|link):/.exec(value)?.[0];
  if (!prefix) return spec;
  const path = value.slice(prefix.length);
  const target = resolve(lockDir, folder, path);
  let rebased = relative(lockDir, target) || '.';
  if (target === lockDir) rebased = '.';
  else if (/^\.(\/|$)/.test(path)) rebased = rebased.replace(/^(?!\.{0,2}\/)/, './');
  return prefix + rebased.replace(/\\/g, '/');
}

/**
 * The `file:` / `link:` spec the root `resolutions` send a descriptor's package to (a key of its name, `a/ms`
 * or the any-depth glob of it), when the lockfile has that spec's own entry: yarn locks each range it
 * redirects with the local package's fields, so with no `resolved` and no integrity.
 */
export function redirectedToLocal(
  descriptor: string,
  byKey: ReadonlyMap<string, unknown>,
  resolutions: Record<string, string>,
): string | undefined {
  const name = descriptorName(descriptor);
  for (const [glob, spec] of Object.entries(resolutions)) {
    if (!/^(file|link):/.test(spec) || (glob !== name && !glob.endsWith(`/${name}`))) continue;
    if (byKey.has(`${name}@${spec}`)) return spec;
  }
  return undefined;
}

/**
 * Whether a descriptor asks for this very URL (`chokidarAt2@https://…/chokidar-2.1.8.tgz`): the manifest named
 * the tarball and the name to install it under, as an `npm:` alias names its target, so the two may differ.
 */
export function asksForUrl(descriptors: readonly string[], url: string): boolean {
  const bare = (location: string) => location.replace(/^npm:/, '').replace(/#.*$/, '');
  return descriptors.some(
    (descriptor) => bare(descriptor.slice(descriptorName(descriptor).length + 1)) === bare(url),
  );
}

/** yarn v1's git patterns (GitResolver.isVersion): git schemes and https URLs of a `.git` repository. */
const YARN_V1_GIT = [/^git:/, /^git\+.+:/, /^ssh:/, /^https?:.+\.git$/, /^https?:.+\.git#.+/];
/** Hosts whose `owner/repo` URL yarn v1 fetches with git. */
const YARN_V1_GIT_HOSTS = ['github.com', 'gitlab.com', 'bitbucket.com', 'bitbucket.org'];

/** Whether yarn v1 resolves a range with git: `https://github.com/u/r.git#ref`, `https://gitlab.com/u/r`, `github:u/r`. */
export function isYarnV1GitRange(range: string): boolean {
  if (classifySource(range) === 'git' || YARN_V1_GIT.some((pattern) => pattern.test(range))) return true;
  const parts = urlParts(range.replace(/#.*$/, ''));
  if (!parts || !YARN_V1_GIT_HOSTS.includes(parts.hostname)) return false;
  return parts.pathname.split('/').filter(Boolean).length === 2;
}

/** What yarn berry writes for a package.json range: `^1.0.0` → `npm:^1.0.0`, protocols kept. */
export function berryRange(spec: string): string {
  if (/^[a-z][a-z+]*:/i.test(spec)) return spec;
  if (/^[^@\s/]+\/[^\s/]+$/.test(spec) && !/^[<>=~^\d*]/.test(spec)) return spec;
  return `npm:${spec}`;
}

/** A `dependenciesMeta`-like table as strings, keys sorted, empty entries left out (yarn drops them). */
function metaTable(value: unknown): Record<string, Record<string, string>> {
  const table: Record<string, Record<string, string>> = {};
  if (!isRecord(value)) return table;
  for (const name of Object.keys(value).sort()) {
    const entry = value[name];
    if (!isRecord(entry)) continue;
    const flags: Record<string, string> = {};
    for (const flag of Object.keys(entry).sort()) flags[flag] = String(entry[flag]);
    if (Object.keys(flags).length) table[name] = flags;
  }
  return table;
}

/** `bin` commands with their paths normalised (`./cli.js` and `cli.js` alike), keys sorted. */
function binTable(bin: Record<string, string>): Record<string, string> {
  const table: Record<string, string> = {};
  for (const name of Object.keys(bin).sort()) table[name] = posix.normalize(bin[name]!).replace(/^\.\//, '');
  return table;
}

/** yarn 1's header line, which it writes first. */
const YARN_V1_HEADER = /^# yarn lockfile v1\s*$/m;
/** Whether a lockfile holds only comments and blank lines. */
const isBlank = (text: string): boolean => text.split('\n').every((line) => /^\s*(?:#|$)/.test(line));

class YarnCheck {
  readonly problems = new Problems('yarn', FIX);
  private lock!: TextFile;
  /** `.yarnrc.yml` per folder (relative to cwd), read and parsed once: the release and the catalogs both need it. */
  private readonly yarnrcs = new Map<string, Promise<unknown>>();

  constructor(private readonly context: CheckContext) {}

  async run(): Promise<void> {
    const { cwd, pair } = this.context;
    this.lock = await readText(cwd, pair.lockfile!);
    const workspaces = await this.workspaces();
    const text = this.lock.text;
    const v1 = YARN_V1_HEADER.test(text.slice(0, 300));
    if (!v1 && /^__metadata:/m.test(text)) return this.checkBerry(await this.nestedWorkspaces(workspaces));
    // yarn 1 also reads a lockfile of comments and blank lines (an empty one locks nothing); yarn 2+ would
    // write its own format over either, which --immutable refuses.
    const blank = !v1 && isBlank(text);
    if (!v1 && !blank) {
      this.problems.add(
        'unsupported-format',
        this.lock.path,
        1,
        '',
        `${this.lock.path} is neither a yarn v1 lockfile ('# yarn lockfile v1') nor a yarn 2+ lockfile (__metadata); refusing to pass it unchecked`,
      );
      return;
    }
    const { release, from } = await this.pinnedRelease(workspaces[0]?.pkg ?? {});
    if (release !== undefined && Number.parseInt(release, 10) >= 2) {
      const what = blank ? 'is empty' : 'is a yarn v1 lockfile';
      this.problems.add(
        'spec-mismatch',
        this.lock.path,
        1,
        '',
        `${this.lock.path} ${what}, but yarn ${release} (${from}) writes a yarn 2+ lockfile (__metadata): yarn install --immutable would rewrite it (YN0028)`,
      );
      return;
    }
    return this.checkV1(workspaces);
  }

  private async workspaces(): Promise<Workspace[]> {
    const { cwd, pair } = this.context;
    const manifest = await readText(cwd, pair.manifest!);
    const pkg = parseJson(manifest);
    if (!isRecord(pkg)) return [];
    const list: Workspace[] = [{ folder: '.', manifest, pkg }];
    for (const folder of await expandWorkspaces(resolve(cwd, pair.dir), workspacePatterns(pkg))) {
      const file = await readText(cwd, posix.join(pair.dir, folder, 'package.json'));
      const member = parseJson(file);
      if (isRecord(member)) list.push({ folder, manifest: file, pkg: member });
    }
    return list;
  }

  /**
   * yarn 2+ also reads each workspace's own `workspaces`, relative to its folder (nested workspaces), and locks
   * them like the root's, at their path from the root (`x@workspace:packages/a/sub/x`). yarn 1 does not.
   */
  private async nestedWorkspaces(list: Workspace[]): Promise<Workspace[]> {
    const { cwd, pair } = this.context;
    const all = [...list];
    const seen = new Set(list.map((workspace) => workspace.folder));
    for (let index = 1; index < all.length; index++) {
      const parent = all[index]!;
      const patterns = workspacePatterns(parent.pkg);
      if (patterns.length === 0) continue;
      for (const child of await expandWorkspaces(resolve(cwd, pair.dir, parent.folder), patterns)) {
        const folder = posix.join(parent.folder, child);
        if (seen.has(folder)) continue;
        seen.add(folder);
        const file = await readText(cwd, posix.join(pair.dir, folder, 'package.json'));
        const member = parseJson(file);
        if (isRecord(member)) all.push({ folder, manifest: file, pkg: member });
      }
    }
    return all;
  }

  private checkV1(workspaces: Workspace[]): void {
    const entries = parseYarnV1(this.lock);
    const byKey = new Map<string, YarnV1Entry>();
    for (const entry of entries) for (const key of entry.keys) byKey.set(key, entry);
    const local = new Set(workspaces.map((workspace) => String(workspace.pkg.name ?? '')));
    for (const workspace of workspaces) this.checkV1Workspace(workspace, entries, byKey, local);
    const resolutions = stringMap(workspaces[0]?.pkg.resolutions);
    for (const entry of entries) this.checkV1Entry(entry, byKey, resolutions);
  }

  private checkV1Entry(
    entry: YarnV1Entry,
    byKey: Map<string, YarnV1Entry>,
    resolutions: Record<string, string>,
  ): void {
    const name = aliasTarget(entry.keys[0]!);
    const resolved = entry.fields.resolved;
    // The descriptor says what was asked for: `pkg@github:u/r`, `pkg@git+ssh://…`, `pkg@file:../x`.
    const asked = entry.keys[0]!.slice(descriptorName(entry.keys[0]!).length + 1);
    const location =
      resolved ??
      (classifySource(asked) === 'tarball' ? redirectedToLocal(entry.keys[0]!, byKey, resolutions) : asked);
    const label = `${name}@${entry.fields.version ?? '?'}`;
    if (location === undefined) {
      this.report(checkIntegrity(entry.fields.integrity, this.context.security), entry.line, name, label);
      return;
    }
    // The resolver is chosen by what was asked: any key of a git URL means yarn fetched it with git.
    const git = entry.keys.some((key) => isYarnV1GitRange(key.slice(descriptorName(key).length + 1)));
    const kind = git ? 'git' : classifySource(location);
    // yarn v1 keeps the sha1 of a tarball after `#` when it recorded no integrity line.
    const hash = /#([0-9a-f]{40})$/.exec(location)?.[1];
    const integrity = entry.fields.integrity ?? (hash ? `sha1-${hash}` : undefined);
    const findings = this.source(
      kind,
      kind === 'git' ? location : location.replace(/#[0-9a-f]{40}$/, ''),
      integrity,
    );
    if (kind === 'registry' && !asksForUrl(entry.keys, location))
      findings.push(...checkTarballName(name, location.replace(/#.*$/, '')));
    this.report(findings, entry.line, name, label);
  }

  private checkV1Workspace(
    workspace: Workspace,
    entries: YarnV1Entry[],
    byKey: Map<string, YarnV1Entry>,
    local: Set<string>,
  ): void {
    const { manifest, pkg, folder } = workspace;
    const lockDir = resolve(this.context.cwd, this.context.pair.dir);
    for (const field of FIELDS) {
      for (const [name, spec] of Object.entries(stringMap(pkg[field]))) {
        if (local.has(name) || byKey.has(`${name}@${yarnV1LockedRange(spec, lockDir, folder)}`)) continue;
        const line = manifestLine(manifest, field, name);
        // yarn looks a root dependency up by its name alone first (install.js): a key without a range, as
        // yarn before 1.0 wrote for `yarn add`, locks it for any range.
        const byName = folder === '.' ? byKey.get(name) : undefined;
        if (byName) {
          this.checkV1NameKey(manifest, line, field, name, spec, byName);
          continue;
        }
        const known = entries.find((entry) => entry.keys.some((key) => descriptorName(key) === name));
        const detail = known
          ? ` (it has ${known.keys.filter((key) => descriptorName(key) === name).join(', ')})`
          : '';
        this.problems.add(
          'not-locked',
          manifest.path,
          line,
          name,
          `${name}@${spec} (${field}) is not in ${this.lock.path}${detail}`,
        );
      }
    }
  }

  /**
   * yarn keeps a name-only key whatever the range says, in a frozen install and a plain one alike: a version
   * outside the range is installed as it is, so it is worth a warning, not a verdict yarn itself would not give.
   */
  private checkV1NameKey(
    manifest: TextFile,
    line: number,
    field: string,
    name: string,
    spec: string,
    entry: YarnV1Entry,
  ): void {
    const version = entry.fields.version ?? '';
    if (versionSatisfies(version, specTarget(name, spec))) return;
    this.problems.warn(
      'unsatisfied',
      manifest.path,
      line,
      name,
      `${this.lock.path} locks ${name}@${version} by its name alone, which does not satisfy ${field} "${spec}" (yarn keeps such an entry for any range: delete it and run yarn install)`,
    );
  }

  /** The one source policy, with local paths resolved from the lockfile's folder. */
  private source(
    kind: SourceKind,
    location: string,
    integrity: unknown,
    hashExpected = true,
    from = '.',
  ): SecurityFinding[] {
    const { cwd, pair, security } = this.context;
    const boundary = { base: resolve(cwd, pair.dir, from), root: this.context.boundary ?? resolve(cwd) };
    return checkSource({ kind, location, integrity, hashExpected, boundary }, security, HOSTS);
  }

  private async checkBerry(workspaces: Workspace[]): Promise<void> {
    const data = await parseYamlText(this.lock, FAILSAFE);
    const metadata = isRecord(data) && isRecord(data.__metadata) ? data.__metadata : {};
    const version = Number(metadata.version);
    if (!isRecord(data) || !BERRY_VERSIONS.has(version)) {
      this.problems.add(
        'unsupported-format',
        this.lock.path,
        findLine(this.lock.text, /^__metadata:/, /^\s+version:/),
        '',
        `${this.lock.path} has __metadata.version ${String(metadata.version)}, which this action does not know (expected 4 to 10); refusing to pass it unchecked`,
      );
      return;
    }
    await this.checkBerryVersion(version, workspaces[0]?.pkg ?? {});
    const byDescriptor = new Map<string, Record<string, unknown>>();
    const keyOf = new Map<Record<string, unknown>, string>();
    for (const [key, entry] of Object.entries(data)) {
      if (key === '__metadata' || !isRecord(entry)) continue;
      keyOf.set(entry, key);
      for (const descriptor of key.split(/,\s*/)) byDescriptor.set(descriptor, entry);
    }
    const rootPkg = workspaces[0]?.pkg ?? {};
    const resolutions = stringMap(rootPkg.resolutions);
    // yarn 4 (lockfile 8 and later) warns about glob keys (`**/ms`, YN0057) and ignores them.
    if (version >= 8)
      for (const key of Object.keys(resolutions)) if (/^\*{1,2}\//.test(key)) delete resolutions[key];
    const catalogs = await this.yarnrcCatalogs();
    // yarn reads a peer range that is neither a semver range nor `workspace:` as `*` (YN0057).
    const peerRanges = workspaces.flatMap((workspace) =>
      Object.values(stringMap(workspace.pkg.peerDependencies)),
    );
    if (peerRanges.some((range) => !range.startsWith('workspace:') && !isFastRange(range)))
      await loadSemver();
    for (const workspace of workspaces)
      this.checkBerryWorkspace(workspace, byDescriptor, resolutions, catalogs);
    const before = this.problems.list.length;
    await withSemver(
      () => this.checkWorkspaceRanges(keyOf, workspaces),
      () => {
        this.problems.list.length = before;
      },
    );
    for (const [entry, key] of keyOf) {
      const resolution = String(entry.resolution ?? '');
      const name = descriptorName(resolution || key);
      const reference = resolution.slice(name.length + 1);
      // Workspaces, and patches of a package that is locked (and checked) on its own.
      if (/^(workspace|patch):/.test(reference)) continue;
      // yarn-plugin-conditions' switch (babel): no archive of its own, its branches are locked as aliases.
      if (reference.startsWith('condition:') && String(entry.version).startsWith('0.0.0-condition-'))
        continue;
      const line = () => findLine(this.lock.text, undefined, new RegExp(`^"?${escapeRegex(key)}"?:`));
      const location = reference.replace(/^npm:(?=https?:)/, '');
      let kind: SourceKind;
      if (/^npm:/.test(location)) kind = 'registry';
      else if (/^(link|portal|file):/.test(location)) kind = 'local';
      else if (/#commit=|\.git(#|$)/.test(location)) kind = 'git';
      else kind = classifySource(location);
      // A berry checksum is a hash of yarn's own archive, not an integrity field: only its absence matters.
      // Packages for other platforms (`conditions:`) are never fetched, so they have none by design.
      const findings =
        kind === 'registry' && !/^https?:/.test(location)
          ? []
          : this.source(
              kind,
              kind === 'git' ? location : location.replace(/::.*$/, '').replace(/[#?].*$/, ''),
              'sha512-berry',
              false,
              // `link:../b::locator=a%40workspace%3Apackages%2Fa`: relative to the workspace that declared it.
              kind === 'local' ? berryLocatorFolder(location) : '.',
            );
      if (kind === 'local' || entry.linkType === 'soft') {
        this.report(findings, line, name, resolution);
        continue;
      }
      if (kind === 'registry' || kind === 'tarball') {
        if (/^https?:/.test(location) && !asksForUrl(key.split(/,\s*/), location))
          findings.push(...checkTarballName(name, location.replace(/#.*$/, '')));
        if (
          this.context.security.requireIntegrity &&
          typeof entry.checksum !== 'string' &&
          entry.conditions === undefined
        )
          findings.push({
            kind: 'integrity',
            message: 'has no checksum (run yarn install to have yarn record it)',
          });
      }
      this.report(findings, line, name, resolution);
    }
  }

  /**
   * The yarn release the project runs, where the repository says: the `yarnPath` of the nearest `.yarnrc.yml`
   * that sets one (yarn merges the rc files of the folders above the project, and runs that release), else
   * the root package.json's `packageManager` (corepack).
   */
  private async pinnedRelease(rootPkg: Record<string, unknown>): Promise<{ release?: string; from: string }> {
    const { cwd, pair } = this.context;
    const top = this.context.boundary ?? resolve(cwd);
    for (const dir of foldersUpTo(resolve(cwd, pair.dir), top)) {
      const folder = relative(cwd, dir).split('\\').join('/') || '.';
      const data = await this.yarnrc(folder).catch(() => undefined);
      if (isRecord(data) && typeof data.yarnPath === 'string') {
        const release = /(?:^|\/)yarn-(\d+\.\d+\.\d+)\.c?js$/.exec(data.yarnPath)?.[1];
        return { release, from: `the yarnPath of ${posix.join(folder, '.yarnrc.yml')}` };
      }
    }
    if (typeof rootPkg.packageManager !== 'string') return { from: '' };
    return {
      release: /^yarn@(\d+\.\d+\.\d+)(?:\+|$)/.exec(rootPkg.packageManager)?.[1],
      from: 'packageManager',
    };
  }

  /**
   * A lockfile of another `__metadata.version` than the release the project runs writes is one
   * `yarn install --immutable` refuses (YN0028).
   */
  private async checkBerryVersion(version: number, rootPkg: Record<string, unknown>): Promise<void> {
    const { release, from } = await this.pinnedRelease(rootPkg);
    const writes = release === undefined ? undefined : berryLockfileVersion(release);
    if (writes === undefined || writes === version) return;
    this.problems.add(
      'spec-mismatch',
      this.lock.path,
      findLine(this.lock.text, /^__metadata:/, /^\s+version:/),
      '',
      `${this.lock.path} has __metadata.version ${version}, but yarn ${release} (${from}) writes version ${writes}: yarn install --immutable would rewrite it (YN0028)`,
    );
  }

  /** `.yarnrc.yml`'s `catalog` and `catalogs` (yarn ≥ 4.10), the same shape as pnpm's. */
  private async yarnrcCatalogs(): Promise<Catalogs> {
    const data = await this.yarnrc(this.context.pair.dir);
    return isRecord(data) ? readCatalogs(data) : {};
  }

  /** A folder's `.yarnrc.yml` (folder relative to cwd) as yarn reads it, or undefined where there is none. */
  private yarnrc(folder: string): Promise<unknown> {
    let data = this.yarnrcs.get(folder);
    if (!data) {
      data = readTextIfPresent(this.context.cwd, posix.join(folder, '.yarnrc.yml')).then((file) =>
        file ? parseYamlText(file, FAILSAFE) : undefined,
      );
      this.yarnrcs.set(folder, data);
    }
    return data;
  }

  private checkBerryWorkspace(
    workspace: Workspace,
    byDescriptor: Map<string, Record<string, unknown>>,
    resolutions: Record<string, string>,
    catalogs: Catalogs,
  ): void {
    const { manifest, pkg, folder } = workspace;
    const name = typeof pkg.name === 'string' ? pkg.name : `root-workspace-0b6124`;
    const entry = byDescriptor.get(`${name}@workspace:${folder}`);
    const where = folder === '.' ? 'the root workspace' : `workspace ${folder}`;
    if (!entry) {
      this.problems.add(
        'workspace',
        manifest.path,
        1,
        name,
        `${where} (${name}@workspace:${folder}) is not in ${this.lock.path}`,
      );
      return;
    }
    const locked = { ...stringMap(entry.dependencies) };
    const wanted = new Map<string, [string, string]>();
    // Berry reads optionalDependencies into dependencies, then devDependencies over both: a name in two fields
    // is locked with the later one's range.
    for (const field of BERRY_FIELD_ORDER)
      for (const [dep, spec] of Object.entries(stringMap(pkg[field]))) wanted.set(dep, [field, spec]);
    for (const [dep, [field, spec]] of wanted) {
      const line = () => manifestLine(manifest, field, dep);
      // `catalog:` is replaced by the catalog's range, and `resolutions` replace the descriptor yarn
      // resolves; the workspace entry keeps the manifest's range.
      const catalog = catalogSpec(catalogs, dep, spec);
      if (spec.startsWith('catalog:') && catalog === undefined) {
        this.problems.add(
          'spec-mismatch',
          manifest.path,
          line(),
          dep,
          `${dep}@${spec} (${field} of ${where}) names no entry of the catalogs in .yarnrc.yml`,
        );
        continue;
      }
      const range = catalog ?? spec;
      const resolved = resolutionFor(resolutions, name, dep, range);
      // yarn 2 and 3 write a range that a workspace satisfies as written (`a@^1.0.0`), yarn 4 as `a@npm:^1.0.0`.
      // A resolution replaces the descriptor: yarn locks the resolution's instead.
      const wantedRange = resolved ?? range;
      const descriptors = [`${dep}@${berryRange(wantedRange)}`, `${dep}@${wantedRange}`];
      if (!descriptors.some((descriptor) => this.hasDescriptor(byDescriptor, descriptor))) {
        this.problems.add(
          'not-locked',
          manifest.path,
          line(),
          dep,
          `${dep}@${spec} (${field} of ${where}) is not in ${this.lock.path}`,
        );
      } else if (locked[dep] !== undefined && locked[dep] !== spec && locked[dep] !== berryRange(spec)) {
        this.problems.add(
          'spec-mismatch',
          manifest.path,
          line(),
          dep,
          `${dep}: package.json says "${spec}", ${this.lock.path} was made for "${locked[dep]}"`,
        );
      } else if (locked[dep] === undefined) {
        this.problems.add(
          'not-locked',
          manifest.path,
          line(),
          dep,
          `${dep}@${spec} is locked, but not as a dependency of ${where}`,
        );
      }
    }
    for (const dep of Object.keys(locked)) {
      if (wanted.has(dep)) continue;
      const line = findLine(
        this.lock.text,
        new RegExp(`^"?${escapeRegex(name)}@workspace:${escapeRegex(folder)}"?:`),
        new RegExp(`^\\s+"?${escapeRegex(dep)}"?:`),
      );
      this.problems.add(
        'extraneous',
        this.lock.path,
        line,
        dep,
        `${dep} is locked as a dependency of ${where} but package.json no longer declares it`,
      );
    }
    this.checkBerryPeers(workspace, entry, where);
    this.checkBerryMeta(workspace, entry, where);
  }

  /**
   * A range a workspace satisfied when the lockfile was made (`c@npm:^3.0.0` locked to `c@workspace:…`): yarn
   * checks it again, and once the workspace's version leaves it, `install --immutable` fails (YN0082 or YN0028).
   */
  private checkWorkspaceRanges(keyOf: Map<Record<string, unknown>, string>, workspaces: Workspace[]): void {
    const versions = new Map(workspaces.map((workspace) => [workspace.folder, workspace.pkg.version]));
    for (const [entry, key] of keyOf) {
      const resolution = String(entry.resolution ?? '');
      const name = descriptorName(resolution);
      const reference = resolution.slice(name.length + 1);
      if (!reference.startsWith('workspace:')) continue;
      const folder = reference.slice('workspace:'.length);
      const version = versions.get(folder);
      if (typeof version !== 'string') continue;
      for (const descriptor of key.split(/,\s*/)) {
        const written = descriptor.slice(descriptorName(descriptor).length + 1);
        // `c@workspace:c` names the folder, not a range.
        if (written === `workspace:${folder}` || !leftWorkspaceRange(written, version)) continue;
        this.problems.add(
          'unsatisfied',
          this.lock.path,
          findLine(this.lock.text, new RegExp(`(?:^"?|, )${escapeRegex(descriptor)}[,":]`)),
          name,
          `${descriptor} is locked to workspace ${folder}, whose version ${version} is out of that range now`,
        );
      }
    }
  }

  /** A descriptor, also as yarn writes it for a patch or a path with its `::locator=` suffix. */
  private hasDescriptor(byDescriptor: Map<string, Record<string, unknown>>, descriptor: string): boolean {
    if (byDescriptor.has(descriptor)) return true;
    if (!/@(patch|file|link|portal):/.test(descriptor)) return false;
    for (const key of byDescriptor.keys()) if (key.startsWith(`${descriptor}::`)) return true;
    return false;
  }

  /**
   * What else berry records of a workspace and compares on `install --immutable` (YN0028): `dependenciesMeta`
   * (the manifest's, with `optional: true` for each optionalDependencies entry), `peerDependenciesMeta` as
   * written, and `bin` (a string is the command of the package's name without its scope).
   */
  private checkBerryMeta(workspace: Workspace, entry: Record<string, unknown>, where: string): void {
    const { manifest, pkg } = workspace;
    const meta = metaTable(pkg.dependenciesMeta);
    for (const name of Object.keys(stringMap(pkg.optionalDependencies)))
      meta[name] = { ...meta[name], optional: 'true' };
    const bin =
      typeof pkg.bin === 'string' && typeof pkg.name === 'string'
        ? { [pkg.name.replace(/^@[^/]+\//, '')]: pkg.bin }
        : stringMap(pkg.bin);
    const fields: Array<[string, unknown, unknown]> = [
      ['dependenciesMeta', metaTable(meta), metaTable(entry.dependenciesMeta)],
      ['peerDependenciesMeta', metaTable(pkg.peerDependenciesMeta), metaTable(entry.peerDependenciesMeta)],
      ['bin', binTable(bin), binTable(stringMap(entry.bin))],
    ];
    for (const [field, wanted, locked] of fields) {
      if (JSON.stringify(wanted) === JSON.stringify(locked)) continue;
      this.problems.add(
        'spec-mismatch',
        manifest.path,
        findLine(manifest.text, new RegExp(`"${field}"\\s*:`)),
        '',
        `${field} of ${where} is ${JSON.stringify(wanted)}, ${this.lock.path} was made for ${JSON.stringify(locked)}`,
      );
    }
  }

  /** Berry copies a workspace's peerDependencies into its entry verbatim (unresolved). */
  private checkBerryPeers(workspace: Workspace, entry: Record<string, unknown>, where: string): void {
    const { manifest, pkg } = workspace;
    const wanted = stringMap(pkg.peerDependencies);
    for (const [dep, range] of Object.entries(wanted))
      if (!range.startsWith('workspace:') && !isValidRange(range)) wanted[dep] = '*';
    const locked = stringMap(entry.peerDependencies);
    for (const [dep, spec] of Object.entries(wanted)) {
      if (locked[dep] === spec) continue;
      const was = locked[dep] === undefined ? 'does not list it' : `has "${locked[dep]}"`;
      this.problems.add(
        locked[dep] === undefined ? 'not-locked' : 'spec-mismatch',
        manifest.path,
        manifestLine(manifest, 'peerDependencies', dep),
        dep,
        `peer ${dep}@${spec} of ${where}: ${this.lock.path} ${was}`,
      );
    }
    for (const [dep, spec] of Object.entries(locked)) {
      if (wanted[dep] !== undefined) continue;
      this.problems.add(
        'extraneous',
        this.lock.path,
        findLine(this.lock.text, /^\s+peerDependencies:/, new RegExp(`^\\s+"?${escapeRegex(dep)}"?:`)),
        dep,
        `${this.lock.path} still lists peer ${dep}@${spec} of ${where}, which package.json no longer declares`,
      );
    }
  }

  private report(
    findings: SecurityFinding[],
    line: number | (() => number),
    name: string,
    label: string,
  ): void {
    for (const finding of findings)
      this.problems.finding(finding, this.lock.path, typeof line === 'number' ? line : line(), name, label);
  }
}

export const yarn: Ecosystem = {
  name: 'yarn',
  lockfiles: ['yarn.lock'],
  manifest: 'package.json',
  fix: FIX,
  defaultHosts: HOSTS,
  declaresDependencies: declaresJsDependencies,
  lockfileExpected: jsLockfileExpected,
  async check(context: CheckContext) {
    const check = new YarnCheck(context);
    return check.problems.guard(() => check.run());
  },
};
