import { posix, resolve } from 'node:path';
import {
  escapeRegex,
  findLine,
  isRecord,
  own,
  parseJson,
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
  checkUrl,
  classifySource,
  type SecurityFinding,
  type SourceKind,
} from '../security.js';
import type { CheckContext, Ecosystem, SecuritySettings } from '../types.js';
import {
  DEPENDENCY_FIELDS,
  type DependencyField,
  declaresJsDependencies,
  GITHUB_SHORTHAND,
  jsLockfileExpected,
  manifestLine,
  packageManagerPins,
  specTarget,
  versionAtLeast,
  versionSatisfies,
} from './js-specs.js';
import { npmLockfileSwitchedOff } from './lockfile-switch.js';
import { extensionFindings, patchFindings } from './npm-extensions.js';
import { edgeRule, nodeSet, type OverrideRule, parseOverrides } from './npm-overrides.js';
import { type CompiledRange, compileRange, compileSimple, isValidVersion } from './npm-ranges.js';
import { expandWorkspaces, workspacePatterns } from './npm-workspaces.js';
import { loadSemver, type Semver, withSemver } from './semver.js';

const FIX = 'npm install';
const HOSTS = ['registry.npmjs.org'];

type LockEntry = Record<string, unknown>;

/** Line of each `"packages"` key in the lockfile, found in one pass (JSON.parse keeps no positions). */
function packageLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const pattern = /^ {4}"([^"]*)": \{/gm;
  for (let match = pattern.exec(text), line = 1, last = 0; match; match = pattern.exec(text)) {
    for (
      let index = text.indexOf('\n', last);
      index !== -1 && index < match.index;
      index = text.indexOf('\n', index + 1)
    )
      line++;
    last = match.index;
    lines.set(match[1]!, line);
  }
  return lines;
}

const EDGE_FIELDS = ['dependencies', 'optionalDependencies'] as const;

/** Each folder's packages by name: `a/node_modules/@s/b` is `@s/b` in `a` (and `a/node_modules/@s/b` in ``). */
type FolderIndex = Map<string, Map<string, unknown>>;

/**
 * The `packages` keys filed under every folder a node_modules lookup can find them from, so that a lookup
 * reads a map instead of building and hashing a key per dependency and folder: key K is found as name N in
 * folder F exactly when K is `F/node_modules/N` (`node_modules/N` for the root folder ``).
 */
function folderIndex(packages: Record<string, unknown>): FolderIndex {
  const index: FolderIndex = new Map();
  for (const key of Object.keys(packages)) {
    for (let at = key.indexOf('node_modules/'); at !== -1; at = key.indexOf('node_modules/', at + 1)) {
      // `F/node_modules/N` with a non-empty F, or `node_modules/N` at the start.
      if (at !== 0 && (at === 1 || key[at - 1] !== '/')) continue;
      const folder = at === 0 ? '' : key.slice(0, at - 1);
      let names = index.get(folder);
      if (!names) {
        names = new Map();
        index.set(folder, names);
      }
      names.set(key.slice(at + 'node_modules/'.length), packages[key]);
    }
  }
  return index;
}

/**
 * Node's lookup: `a/node_modules/b` asks for c in `a/node_modules/b/node_modules/c`, then upwards (`folders`:
 * those folders' packages by name, nearest first, from lookupFolders).
 */
function resolveFrom(
  folders: ReadonlyArray<ReadonlyMap<string, unknown>>,
  name: string,
  packages: Record<string, LockEntry>,
): LockEntry | undefined {
  for (const folder of folders) {
    const candidate = folder.get(name);
    if (isRecord(candidate)) {
      if (candidate.link === true && typeof candidate.resolved === 'string')
        return own(packages, candidate.resolved) as LockEntry | undefined;
      return candidate;
    }
  }
  return undefined;
}

/** The folders a package's dependencies are looked up in, nearest first: its own, then each parent's, then ``. */
function lookupFolders(key: string, index: FolderIndex): Array<ReadonlyMap<string, unknown>> {
  const folders: Array<ReadonlyMap<string, unknown>> = [];
  for (let folder = key; ; ) {
    const names = index.get(folder);
    if (names) folders.push(names);
    if (folder === '') return folders;
    const at = folder.lastIndexOf('/node_modules/');
    folder = at === -1 ? '' : folder.slice(0, at);
  }
}

/** lockfile v1 keeps an `npm:` alias in `version`: `npm:socket.io-client@2.4.0` is socket.io-client 2.4.0. */
export function v1Alias(version: string): { name: string; version: string } | undefined {
  const match = /^npm:((?:@[^@/]+\/)?[^@/]+)@(.+)$/.exec(version);
  return match ? { name: match[1]!, version: match[2]! } : undefined;
}

/** The first five of a list, for one message: `a, b, c, d, e, … (12 in all)`. */
function firstFive(items: readonly string[]): string {
  return items.slice(0, 5).join(', ') + (items.length > 5 ? `, … (${items.length} in all)` : '');
}

/** `name@version` of a locked package, for messages. */
function label(name: string, entry: LockEntry): string {
  return `${name}@${String(entry.version ?? '?')}`;
}

/** `node_modules/a/node_modules/@s/b` → `@s/b`. */
export function nameFromKey(key: string): string {
  const at = key.lastIndexOf('node_modules/');
  return at === -1 ? key : key.slice(at + 'node_modules/'.length);
}

interface Importer {
  /** `""` for the root, else the workspace folder relative to the root. */
  key: string;
  manifest: TextFile;
  pkg: Record<string, unknown>;
  entry: LockEntry;
  /** A folder a `file:` dependency links (no workspace): only the dependencies it installs are compared. */
  linked?: true;
}

/** What a linked folder's manifest installs: npm ci reads them again from its package.json. */
const LINKED_FIELDS: readonly DependencyField[] = ['dependencies', 'optionalDependencies'];

class NpmCheck {
  readonly problems = new Problems('npm', FIX);
  private lines: Map<string, number> | undefined;
  private lockPath = '';
  private lockText = '';
  /** Optional packages for other platforms: npm records them without fetching, so without a hash. */
  private unhashedOptional: string[] = [];
  /** `optionalDependencies` of locked packages that the lockfile does not contain: [package key, name@range]. */
  private missingOptional: Array<[string, string]> = [];
  /** Whether the project pins an npm that refuses a missing optional dependency (11.6.2 and later). */
  private strictOptional = false;
  /** Whether npm ci passes an optional peer whose locked version is out of its range: npm 11.11 and later do. */
  private optionalPeerOutOfRange: 'yes' | 'no' | 'either' = 'either';
  /** The root package.json's `overrides`, when it has any (node-semver is loaded then). */
  private overrides: OverrideRule | undefined;
  private semver: Semver | undefined;
  /** The override sets each locked node is reached with (absent: only the root set). */
  private nodeSets = new Map<string, Set<OverrideRule>>();

  constructor(private readonly context: CheckContext) {}

  /** Line of a `packages` key; the index is built on the first problem only (most runs have none). */
  private lineOf(key: string): number {
    this.lines ??= packageLines(this.lockText);
    return this.lines.get(key) ?? 1;
  }

  async run(): Promise<void> {
    const { pair, cwd } = this.context;
    const manifest = await readText(cwd, pair.manifest!);
    const pkg = parseJson(manifest);
    const pins = packageManagerPins(isRecord(pkg) ? pkg : {}, 'npm');
    const lockFile = await this.lockfileRead(pair.lockfile!, pins);
    if (!lockFile) return;
    this.lockPath = lockFile.path;
    this.lockText = lockFile.text;
    const lock = parseJson(lockFile);
    if (!isRecord(lock) || !isRecord(pkg)) {
      const bad = isRecord(lock) ? manifest.path : lockFile.path;
      this.problems.add('parse', bad, 1, '', `${bad} is not a JSON object`);
      return;
    }
    const version = lock.lockfileVersion;
    if (version === 1 || (version === undefined && isRecord(lock.dependencies))) {
      this.problems.warn(
        'outdated-format',
        lockFile.path,
        findLine(lockFile.text, /"lockfileVersion"/),
        '',
        `${lockFile.path} has lockfileVersion 1 (npm 6 or older): only top-level versions and integrity can be checked`,
        'npm install --lockfile-version 3',
      );
      await this.checkSync(() => this.checkV1(lock, manifest, pkg));
      return;
    }
    if ((version !== 2 && version !== 3 && version !== 4) || !isRecord(lock.packages)) {
      this.problems.add(
        'unsupported-format',
        lockFile.path,
        findLine(lockFile.text, /"lockfileVersion"/),
        '',
        `${lockFile.path} has lockfileVersion ${JSON.stringify(version)}, which this action does not know (expected 1 to 4); refusing to pass it unchecked`,
      );
      return;
    }
    const packages = lock.packages as Record<string, LockEntry>;
    const root = isRecord(packages['']) ? packages[''] : {};
    const importers: Importer[] = [{ key: '', manifest, pkg, entry: root }];
    const linkedFolders: Importer[] = [];
    await this.collectWorkspaces(pkg, packages, importers, linkedFolders);
    this.strictOptional = pins.length > 0 && pins.every((pin) => versionAtLeast(pin, [11, 6, 2]));
    const accepting = pins.filter((pin) => versionAtLeast(pin, [11, 11]));
    this.optionalPeerOutOfRange =
      pins.length > 0 && accepting.length === pins.length
        ? 'yes'
        : accepting.length === 0 && pins.length > 0
          ? 'no'
          : 'either';
    this.overrides = parseOverrides(pkg);
    if (this.overrides) {
      this.semver = await loadSemver();
      this.propagateOverrides(importers, packages);
    }
    await this.checkSync(() => {
      for (const importer of [...importers, ...linkedFolders]) this.checkImporter(importer, packages);
      this.checkPackages(packages);
    });
    await this.checkExtensions(version, pkg, packages, root, pins);
  }

  /**
   * npm 12's patches and extensions (lockfileVersion 4). A lockfile of an older version with them configured is
   * refused by npm 12 and passed by npm 11, which ignores them: an error where the project pins npm 12, a
   * warning where it pins nothing, nothing where it pins an older npm.
   */
  private async checkExtensions(
    version: number,
    pkg: Record<string, unknown>,
    packages: Record<string, LockEntry>,
    root: LockEntry,
    pins: number[][],
  ): Promise<void> {
    const { cwd, pair } = this.context;
    const npm12 = pins.length === 0 ? undefined : pins.some((pin) => versionAtLeast(pin, [12]));
    if (version !== 4 && npm12 === false) return;
    // Only npm 12 records patches (lockfileVersion 4): with none configured, an older lockfile has none either.
    const patches =
      version === 4 || pkg.patchedDependencies !== undefined
        ? await patchFindings(pkg, packages, cwd, pair.dir)
        : [];
    const findings = [...patches, ...(await extensionFindings(pkg, root, cwd, pair.dir))];
    for (const finding of findings) {
      const file = finding.key === '' ? pair.manifest! : this.lockPath;
      const line = finding.key === '' ? 1 : this.lineOf(finding.key);
      if (version === 4 || npm12) this.problems.add(finding.kind, file, line, finding.name, finding.message);
      else
        this.problems.warn(
          finding.kind,
          file,
          line,
          finding.name,
          `${finding.message}: npm 12 refuses this lockfile, npm 11 and older ignore it (pin npm in packageManager to decide)`,
        );
    }
  }

  /**
   * The lockfile npm reads: npm-shrinkwrap.json before package-lock.json, except from npm 12, which reads only
   * package-lock.json. Where the project pins npm 12 or later, a shrinkwrap is passed over for the
   * package-lock.json beside it, and with none npm ci fails.
   */
  private async lockfileRead(path: string, pins: readonly number[][]): Promise<TextFile | undefined> {
    const { cwd } = this.context;
    if (
      posix.basename(path) !== 'npm-shrinkwrap.json' ||
      pins.length === 0 ||
      pins.some(([major]) => major < 12)
    )
      return readText(cwd, path);
    const packageLock = posix.join(posix.dirname(path), 'package-lock.json');
    const file = await readTextIfPresent(cwd, packageLock);
    if (!file)
      this.problems.add(
        'missing-lockfile',
        path,
        1,
        '',
        `npm 12 (pinned) reads no npm-shrinkwrap.json, and there is no ${packageLock}: npm ci fails`,
        'npm install (npm 12 writes package-lock.json)',
      );
    return file;
  }

  /** Runs the synchronous checks; again from a clean slate when an unusual range needed node-semver first. */
  private async checkSync(check: () => void): Promise<void> {
    const before = this.problems.list.length;
    await withSemver(check, () => {
      this.problems.list.length = before;
      this.unhashedOptional = [];
      this.missingOptional = [];
    });
  }

  private async collectWorkspaces(
    pkg: Record<string, unknown>,
    packages: Record<string, LockEntry>,
    importers: Importer[],
    linkedFolders: Importer[],
  ): Promise<void> {
    const { cwd, pair } = this.context;
    const patterns = workspacePatterns(pkg);
    const folders = await expandWorkspaces(resolve(cwd, pair.dir), patterns);
    const lockWorkspaces = Object.keys(packages).filter(
      (key) => key !== '' && !key.startsWith('node_modules/') && !key.includes('/node_modules/'),
    );
    for (const folder of folders) {
      const entry = own(packages, folder);
      const manifestPath = posix.join(pair.dir, folder, 'package.json');
      if (!isRecord(entry)) {
        this.problems.add(
          'workspace',
          manifestPath,
          1,
          folder,
          `workspace ${folder} is not in ${this.lockPath}`,
        );
        continue;
      }
      const manifest = await readText(cwd, manifestPath);
      const wsPkg = parseJson(manifest);
      if (isRecord(wsPkg)) importers.push({ key: folder, manifest, pkg: wsPkg, entry });
    }
    // Local folder dependencies are recorded like workspaces, at their folder relative to the root: those of the root,
    // of every workspace and of every folder so linked (each spec relative to the folder that declares it).
    // Only folders nothing points at are old workspaces.
    const linked = new Set<string>();
    const declarers: Array<[string, Record<string, unknown>]> = [
      ['', pkg],
      ...importers.map((importer): [string, Record<string, unknown>] => [importer.key, importer.pkg]),
      ...lockWorkspaces.map((key): [string, Record<string, unknown>] => [key, packages[key] ?? {}]),
    ];
    for (const [folder, declared] of declarers) {
      for (const field of DEPENDENCY_FIELDS) {
        for (const spec of Object.values(stringMap(declared[field]))) {
          const path = localPath(spec);
          // npm records the folder without a trailing slash (`file:../../` is locked at `../..`).
          if (path !== undefined) linked.add(posix.join(folder, path).replace(/(.)\/+$/, '$1'));
        }
      }
    }
    // npm ci reads a linked folder's package.json again and refuses a lockfile its dependencies left
    // ("Missing: …"): those inside the repository are compared like a workspace's.
    for (const key of lockWorkspaces) {
      if (folders.includes(key) || !linked.has(key) || key === '..' || key.startsWith('../')) continue;
      const entry = packages[key];
      const manifest = await readTextIfPresent(cwd, posix.join(pair.dir, key, 'package.json'));
      const linkedPkg = manifest ? parseJson(manifest) : undefined;
      if (isRecord(entry) && manifest && isRecord(linkedPkg))
        linkedFolders.push({ key, manifest, pkg: linkedPkg, entry, linked: true });
    }
    for (const key of lockWorkspaces) {
      if (folders.includes(key) || linked.has(key)) continue;
      this.problems.warn(
        'extraneous',
        this.lockPath,
        this.lineOf(key),
        key,
        `${this.lockPath} still has workspace ${key}, which package.json no longer lists`,
      );
    }
  }

  /**
   * Which override sets reach each locked node, following the dependency edges from every importer as
   * arborist does: a node matching a rule of its dependent's set carries that rule's set to its own edges.
   */
  private propagateOverrides(importers: Importer[], packages: Record<string, LockEntry>): void {
    const root = this.overrides!;
    const semver = this.semver!;
    const index = folderIndex(packages);
    const keyOf = new Map<unknown, string>();
    for (const key of Object.keys(packages)) keyOf.set(packages[key], key);
    const queue: Array<[string, LockEntry, OverrideRule]> = importers.map((importer) => [
      importer.key,
      importer.entry,
      root,
    ]);
    const fields = [...DEPENDENCY_FIELDS];
    while (queue.length) {
      const [key, entry, set] = queue.pop()!;
      const folders = lookupFolders(key, index);
      for (const field of fields) {
        for (const name of Object.keys(stringMap(entry[field]))) {
          const node = resolveFrom(folders, name, packages);
          const targetKey = node && keyOf.get(node);
          if (!node || targetKey === undefined) continue;
          const version = typeof node.version === 'string' ? node.version : '';
          const next = version ? nodeSet(set, name, version, semver) : set;
          let sets = this.nodeSets.get(targetKey);
          if (!sets) {
            sets = new Set();
            this.nodeSets.set(targetKey, sets);
          }
          if (sets.has(next)) continue;
          sets.add(next);
          queue.push([targetKey, node, next]);
        }
      }
    }
  }

  /** The node a dependency of `importer` resolves to, the way node_modules lookup would find it. */
  private resolve(
    importer: string,
    name: string,
    packages: Record<string, LockEntry>,
  ): [string, LockEntry] | undefined {
    const keys =
      importer === ''
        ? [`node_modules/${name}`]
        : [`${importer}/node_modules/${name}`, `node_modules/${name}`];
    for (const key of keys) {
      const entry = own(packages, key);
      if (!isRecord(entry)) continue;
      if (entry.link === true && typeof entry.resolved === 'string') {
        const target = own(packages, entry.resolved);
        if (isRecord(target)) return [entry.resolved, target];
      }
      return [key, entry];
    }
    return undefined;
  }

  private checkImporter(importer: Importer, packages: Record<string, LockEntry>): void {
    const where =
      importer.key === ''
        ? 'the root package'
        : importer.linked
          ? `folder dependency ${importer.key}`
          : `workspace ${importer.key}`;
    const seen = new Set<string>();
    for (const field of importer.linked ? LINKED_FIELDS : DEPENDENCY_FIELDS) {
      const wanted = stringMap(importer.pkg[field]);
      const locked = stringMap(importer.entry[field]);
      for (const [name, spec] of Object.entries(wanted)) {
        seen.add(`${field}:${name}`);
        this.checkDependency(importer, packages, field, name, spec, locked[name], where);
      }
      for (const name of Object.keys(locked)) {
        if (seen.has(`${field}:${name}`)) continue;
        const movedTo = DEPENDENCY_FIELDS.find(
          (other) => other !== field && stringMap(importer.pkg[other])[name] !== undefined,
        );
        if (movedTo) continue;
        this.problems.warn(
          'extraneous',
          this.lockPath,
          this.lineOf(importer.key),
          name,
          `${name} is locked as a ${field} entry of ${where} but package.json no longer declares it`,
        );
      }
    }
  }

  private checkDependency(
    importer: Importer,
    packages: Record<string, LockEntry>,
    field: DependencyField,
    name: string,
    spec: string,
    lockedSpec: string | undefined,
    where: string,
  ): void {
    // Found textually, so only when there is something to report.
    const line = () => manifestLine(importer.manifest, field, name);
    const file = importer.manifest.path;
    // Overrides apply to a workspace's own dependencies; the root's must equal them (npm: EOVERRIDE).
    const rule = this.overrides ? edgeRule(this.overrides, name, spec, this.semver!) : undefined;
    if (importer.key === '' && rule?.value !== undefined && rule.value !== spec) {
      this.problems.add(
        'spec-mismatch',
        file,
        manifestLine(importer.manifest, 'overrides', name),
        name,
        `the override of ${name} ("${rule.value}") conflicts with the root's direct dependency ${name}@${spec}: npm ci refuses it (EOVERRIDE); make them equal, or write the override as "$${name}"`,
      );
    }
    const node = this.resolve(importer.key, name, packages);
    const peerOptional =
      field === 'peerDependencies' &&
      isRecord(importer.pkg.peerDependenciesMeta) &&
      isRecord(own(importer.pkg.peerDependenciesMeta, name)) &&
      (own(importer.pkg.peerDependenciesMeta, name) as LockEntry).optional === true;
    if (!node) {
      if (peerOptional) return;
      this.problems.add(
        'not-locked',
        file,
        line(),
        name,
        `${name}@${spec} (${field} of ${where}) is not in ${this.lockPath}`,
      );
      return;
    }
    const [, entry] = node;
    const version = typeof entry.version === 'string' ? entry.version : undefined;
    const held = importer.key !== '' && version ? this.heldTo(rule, spec, version) : spec;
    const target = specTarget(name, held);
    if (target.kind === 'range' && version) {
      const lockedName = typeof entry.name === 'string' ? entry.name : name;
      if (lockedName !== target.name && !(entry.link === true)) {
        this.problems.add(
          'unsatisfied',
          file,
          line(),
          name,
          `${name}@${spec} wants ${target.name} but ${this.lockPath} locks ${lockedName}@${version}`,
        );
        return;
      }
      if (!versionSatisfies(version, target)) {
        const message = `${this.lockPath} locks ${name}@${version}, which does not satisfy ${field} "${spec}"`;
        // npm 11.11 and later pass an optional peer out of range when nothing is saved (npm/cli#8726).
        const passes = peerOptional ? this.optionalPeerOutOfRange : 'no';
        if (passes === 'no') this.problems.add('unsatisfied', file, line(), name, message);
        else if (passes === 'either')
          this.problems.warn(
            'unsatisfied',
            file,
            line(),
            name,
            `${message}: an optional peer, which npm 11.11 and later accept and earlier npm refuses (pin npm in packageManager to decide)`,
          );
        return;
      }
    }
    if (lockedSpec === undefined) {
      const other = DEPENDENCY_FIELDS.find(
        (type) => type !== field && stringMap(importer.entry[type])[name] !== undefined,
      );
      if (other) {
        this.problems.warn(
          'dependency-type',
          file,
          line(),
          name,
          `${name} moved from ${other} to ${field} in ${where}; the lockfile still records it as ${other}`,
        );
      } else {
        this.problems.warn(
          'spec-mismatch',
          file,
          line(),
          name,
          `${name}@${spec} (${field} of ${where}) is locked only as a transitive dependency; ${this.lockPath} does not record it`,
        );
      }
    } else if (lockedSpec !== spec) {
      this.problems.warn(
        'spec-mismatch',
        file,
        line(),
        name,
        `${name}: package.json says "${spec}", ${this.lockPath} was made for "${lockedSpec}"`,
      );
    }
  }

  private checkPackages(packages: Record<string, LockEntry>): void {
    const security = this.context.security;
    const index = folderIndex(packages);
    for (const key of Object.keys(packages)) {
      const entry = packages[key];
      if (!key.includes('node_modules/') || !isRecord(entry) || entry.inBundle === true) continue;
      // An entry of a package nothing depends on (a leftover npm found in node_modules): npm ci prunes it
      // from the tree it builds, so it is never downloaded.
      if (entry.extraneous === true) continue;
      if (entry.link === true) {
        // A link to a folder (workspace, file: dependency) must stay inside the repository.
        if (typeof entry.resolved === 'string')
          this.checkLocation('local', entry.resolved, nameFromKey(key), entry, () => this.lineOf(key));
        continue;
      }
      this.checkEntry(nameFromKey(key), entry, key, security);
      if (isRecord(entry.dependencies) || isRecord(entry.optionalDependencies))
        this.checkEdges(key, entry, packages, index);
    }
    this.reportMissingOptional(packages);
    const count = this.unhashedOptional.length;
    if (count === 0) return;
    const list = firstFive(this.unhashedOptional);
    this.problems.warn(
      'integrity',
      this.lockPath,
      1,
      '',
      `${count} optional package${count === 1 ? '' : 's'} for other platforms ${count === 1 ? 'has' : 'have'} no integrity hash (npm never downloaded them): ${list}`,
      'npm install on each platform, or accept that these are checked on first download only',
    );
  }

  /**
   * An optional dependency of a locked package that the lockfile does not contain (a lockfile written where npm
   * skipped other platforms' packages): npm 11.6.2 and later build it into the ideal tree and `npm ci` refuses
   * ("Missing: fsevents@2.3.3 from lock file"); npm 11.6.1 and earlier (npm 9 and 10 alike) install without it.
   * A failure where the project pins npm 11.6.2 or later, else one warning.
   */
  private reportMissingOptional(packages: Record<string, LockEntry>): void {
    const missing = this.missingOptional;
    if (missing.length === 0) return;
    const owner = (key: string) => label(nameFromKey(key), packages[key]!);
    if (this.strictOptional) {
      for (const [key, dep] of missing)
        this.problems.add(
          'not-locked',
          this.lockPath,
          this.lineOf(key),
          dep.slice(0, dep.lastIndexOf('@')),
          `${owner(key)} has the optional dependency ${dep}, which ${this.lockPath} does not contain (the pinned npm, 11.6.2 or later, refuses that in npm ci)`,
        );
      return;
    }
    const list = firstFive(missing.map(([key, dep]) => `${owner(key)} → ${dep}`));
    this.problems.warn(
      'not-locked',
      this.lockPath,
      this.lineOf(missing[0]![0]),
      '',
      `${missing.length} optional dependenc${missing.length === 1 ? 'y' : 'ies'} of locked packages ${missing.length === 1 ? 'is' : 'are'} not in ${this.lockPath}: ${list}; npm ci of npm 11.6.2 and later refuses that ("Missing: … from lock file"), older npm installs without ${missing.length === 1 ? 'it' : 'them'}`,
    );
  }

  /**
   * The dependencies of a locked package must resolve (node_modules lookup from where it sits) to a
   * version in range, else `npm ci` rebuilds that part of the tree and refuses ("Invalid: lock file's …").
   */
  private checkEdges(
    key: string,
    entry: LockEntry,
    packages: Record<string, LockEntry>,
    index: FolderIndex,
  ): void {
    const folders = lookupFolders(key, index);
    const bundled = bundledNames(entry);
    // Peer dependencies are left out: npm places and validates them from the dependent's parent, and
    // tolerates optional peers that do not match.
    for (const field of EDGE_FIELDS) {
      const dependencies = entry[field];
      if (!isRecord(dependencies)) continue;
      for (const name of Object.keys(dependencies)) {
        const range = dependencies[name];
        // A bundled dependency comes inside the package's own tarball, whatever the lockfile records of it
        // (nothing, for a package npm never downloaded: an optional one for another platform).
        if (typeof range !== 'string' || bundled === true || bundled.has(name)) continue;
        const found = resolveFrom(folders, name, packages);
        if (!found) {
          if (field === 'dependencies') {
            this.problems.add(
              'not-locked',
              this.lockPath,
              this.lineOf(key),
              name,
              `${label(nameFromKey(key), entry)} depends on ${name}@${range}, which ${this.lockPath} does not contain`,
            );
          } else this.missingOptional.push([key, `${name}@${range}`]);
          continue;
        }
        const version = found.version;
        if (typeof version !== 'string') continue;
        const specs = this.overrides ? this.edgeSpecs(key, name, range, version) : [range];
        if (specs.some((spec) => this.satisfies(name, spec, version))) continue;
        const wanted = specs.includes(range) ? range : `${specs[0]} (overridden from ${range})`;
        const higher = this.higherSatisfying(folders, name, packages, specs);
        if (higher) {
          // npm ci's ideal tree drops the nested copy and uses the one further up: the lockfile passes.
          this.problems.warn(
            'unsatisfied',
            this.lockPath,
            this.lineOf(key),
            name,
            `${label(nameFromKey(key), entry)} depends on ${name}@${wanted}; ${this.lockPath} nests ${version} for it, which npm will replace with the ${higher} further up`,
          );
          continue;
        }
        this.problems.add(
          'unsatisfied',
          this.lockPath,
          this.lineOf(key),
          name,
          `${label(nameFromKey(key), entry)} depends on ${name}@${wanted} but ${this.lockPath} resolves it to ${version}`,
        );
      }
    }
  }

  /** The version of a copy further up the lookup path than the one found that satisfies one of `specs`. */
  private higherSatisfying(
    folders: ReadonlyArray<ReadonlyMap<string, unknown>>,
    name: string,
    packages: Record<string, LockEntry>,
    specs: readonly string[],
  ): string | undefined {
    const nearest = folders.findIndex((folder) => isRecord(folder.get(name)));
    for (let index = nearest + 1; index < folders.length; index++) {
      const candidate = resolveFrom([folders[index]!], name, packages);
      const version = candidate?.version;
      if (typeof version === 'string' && specs.some((spec) => this.satisfies(name, spec, version)))
        return version;
    }
    return undefined;
  }

  private satisfies(name: string, spec: string, version: string): boolean {
    if (version === spec) return true;
    let compiled = this.ranges.get(spec);
    if (compiled === undefined) compiled = this.compile(name, spec);
    return compiled === null || compiled.test(version);
  }

  /** The specs an edge `name@range` of the node at `key` stands for, once the overrides reaching it apply. */
  private edgeSpecs(key: string, name: string, range: string, version: string): string[] {
    const sets = this.nodeSets.get(key) ?? [this.overrides!];
    const specs = new Set<string>();
    for (const set of sets) specs.add(this.heldTo(edgeRule(set, name, range, this.semver!), range, version));
    return [...specs];
  }

  /**
   * The spec a locked `version` on an edge `range` that `rule` matches is held to: the rule's value, except
   * that a version a ranged rule (`colors@>1.4.0`) does not match — it satisfies neither the rule's key nor
   * its value — stays on the edge's own spec (arborist's Edge#satisfiedBy, which tests both loosely and
   * without prereleases; checked with npm 11.19.1).
   */
  private heldTo(rule: OverrideRule | undefined, range: string, version: string): string {
    const value = rule?.value;
    if (value === undefined) return range;
    if (rule!.keySpec === '*') return value;
    const semver = this.semver!;
    if (semver.satisfies(version, rule!.keySpec, true)) return value;
    return semver.validRange(value, true) && semver.satisfies(version, value, true) ? value : range;
  }

  /** Parsed ranges by spec text (null: not a semver range, anything satisfies it). */
  private ranges = new Map<string, CompiledRange | null>();

  /** A spec's range, compiled once: a big lockfile repeats a few hundred ranges thousands of times. */
  private compile(name: string, spec: string): CompiledRange | null {
    // The range alone decides (an `npm:other@^1` alias is checked by its range, as npm does).
    let range = compileSimple(spec) ?? null;
    if (!range) {
      const target = specTarget(name, spec);
      range = target.kind === 'range' ? compileRange(target.range) : null;
    }
    this.ranges.set(spec, range);
    return range;
  }

  /**
   * `line`: the entry's line, or its `packages` key (the line is looked up for a problem only).
   */
  private checkEntry(
    name: string,
    entry: LockEntry,
    line: string | (() => number),
    security: SecuritySettings,
  ): void {
    const lineOf = typeof line === 'string' ? () => this.lineOf(line) : line;
    const alias = v1Alias(String(entry.version));
    const version = alias?.version ?? String(entry.version);
    // lockfile v1 keeps a git or file source in `version`.
    const resolved =
      typeof entry.resolved === 'string'
        ? entry.resolved
        : version.includes(':') && !isValidVersion(version)
          ? version
          : undefined;
    const realName = typeof entry.name === 'string' ? entry.name : (alias?.name ?? name);
    if (resolved && !resolved.startsWith('https:') && !resolved.startsWith('http:')) {
      // git, file:, and anything else that is not a web URL: the one source policy.
      this.checkLocation(classifySource(resolved), resolved, name, entry, lineOf);
      return;
    }
    if (resolved && classifySource(resolved) === 'git') {
      // A forge's archive of a commit (github.com/<o>/<r>/tarball/<sha>, codeload): the git archive rule.
      this.checkLocation('git', resolved, name, entry, lineOf);
      return;
    }
    if (resolved) {
      const findings = checkUrl(resolved, security, HOSTS);
      const names = checkTarballName(realName, resolved);
      for (const finding of findings) this.reportEntry(finding, name, entry, lineOf);
      for (const finding of names) this.reportEntry(finding, name, entry, lineOf);
    }
    const fromRegistry = resolved === undefined ? isValidVersion(version) : /^https?:.*\.tgz$/.test(resolved);
    if (!fromRegistry) return;
    for (const finding of checkIntegrity(entry.integrity, security)) {
      // npm records optional packages for other platforms without fetching them, so without a hash.
      if (entry.optional === true && entry.integrity === undefined && resolved === undefined) {
        this.unhashedOptional.push(label(name, entry));
      } else this.reportEntry(finding, name, entry, lineOf);
    }
  }

  private reportEntry(finding: SecurityFinding, name: string, entry: LockEntry, lineOf: () => number): void {
    this.problems.finding(finding, this.lockPath, lineOf(), name, label(name, entry));
  }

  /** A git, local or other non-web source, judged by the one source policy (local paths from the lockfile's folder). */
  private checkLocation(
    kind: SourceKind,
    location: string,
    name: string,
    entry: LockEntry,
    lineOf: () => number,
  ): void {
    const { cwd, pair, security } = this.context;
    const boundary = { base: resolve(cwd, pair.dir), root: this.context.boundary ?? resolve(cwd) };
    const findings = checkSource({ kind, location, integrity: entry.integrity, boundary }, security, HOSTS);
    for (const finding of findings) this.reportEntry(finding, name, entry, lineOf);
  }

  /** Why a lockfile v1 top-level version does not do for a spec, if it does not: an alias by its target too. */
  private v1Mismatch(name: string, spec: string, field: string, version: string): string | undefined {
    const target = specTarget(name, spec);
    const locked = v1Alias(version) ?? { name, version };
    if (target.kind !== 'range' || locked.version.includes(':')) return undefined;
    if (locked.name !== target.name)
      return `${name}@${spec} wants ${target.name} but ${this.lockPath} locks ${locked.name}@${locked.version}`;
    if (!versionSatisfies(locked.version, target))
      return `${this.lockPath} locks ${name}@${version}, which does not satisfy ${field} "${spec}"`;
    return undefined;
  }

  private checkV1(lock: Record<string, unknown>, manifest: TextFile, pkg: Record<string, unknown>): void {
    const top = isRecord(lock.dependencies) ? (lock.dependencies as Record<string, LockEntry>) : {};
    for (const field of DEPENDENCY_FIELDS) {
      if (field === 'peerDependencies') continue;
      for (const [name, spec] of Object.entries(stringMap(pkg[field]))) {
        const line = () => manifestLine(manifest, field, name);
        const entry = own(top, name);
        if (!isRecord(entry)) {
          this.problems.add(
            'not-locked',
            manifest.path,
            line(),
            name,
            `${name}@${spec} (${field}) is not in ${this.lockPath}`,
          );
          continue;
        }
        const version = typeof entry.version === 'string' ? entry.version : '';
        const mismatch = this.v1Mismatch(name, spec, field, version);
        if (mismatch) this.problems.add('unsatisfied', manifest.path, line(), name, mismatch);
      }
    }
    // Depth first with a stack of its own: a hostile lockfile nests `dependencies` 20,000 deep.
    const pending: Array<[string, unknown]> = Object.entries(top).reverse();
    for (let next = pending.pop(); next; next = pending.pop()) {
      const [name, entry] = next;
      if (!isRecord(entry) || entry.bundled === true) continue;
      const line = () => findLine(this.lockText, undefined, new RegExp(`^\\s*"${escapeRegex(name)}": \\{`));
      this.checkEntry(name, entry, line, this.context.security);
      if (!isRecord(entry.dependencies)) continue;
      const children = Object.entries(entry.dependencies);
      for (let index = children.length - 1; index >= 0; index--) pending.push(children[index]!);
    }
  }
}

/** The dependencies a locked package bundles (`bundleDependencies`, or `bundledDependencies`; `true`: all). */
function bundledNames(entry: LockEntry): Set<string> | true {
  const bundled = entry.bundleDependencies ?? entry.bundledDependencies;
  if (bundled === true) return true;
  return new Set(Array.isArray(bundled) ? bundled.filter((name) => typeof name === 'string') : []);
}

export const npm: Ecosystem = {
  name: 'npm',
  lockfiles: ['npm-shrinkwrap.json', 'package-lock.json'],
  manifest: 'package.json',
  fix: FIX,
  defaultHosts: HOSTS,
  declaresDependencies: declaresJsDependencies,
  lockfileExpected: jsLockfileExpected,
  lockfileSwitchedOff: npmLockfileSwitchedOff,
  async check(context) {
    const check = new NpmCheck(context);
    return check.problems.guard(() => check.run());
  },
};

/**
 * The path of a local folder or archive dependency as npm-package-arg reads a spec: `file:<path>`; a path
 * (`./x`, `../x`, `/x`, `~/x`, `C:\x`); or, past URLs, protocols and `user/repo` GitHub shorthands, any spec with
 * a slash or an archive's name. npm records such a spec as written and the folder at its path, like a workspace.
 */
function localPath(spec: string): string | undefined {
  if (/^file:/i.test(spec)) return spec.slice(5);
  if (/^(?:\.|~\/|[/\\]|[a-zA-Z]:)/.test(spec)) return spec;
  if (/^[a-z][a-z0-9+.-]*:/i.test(spec) || GITHUB_SHORTHAND.test(spec)) return undefined;
  return spec.includes('/') || /\.(?:tgz|tar\.gz|tar)$/i.test(spec) ? spec : undefined;
}
