import { posix, relative, resolve } from 'node:path';
import {
  escapeRegex,
  findLine,
  isRecord,
  leadsOut,
  own,
  parseJson,
  parseYamlText,
  readText,
  readTextIfPresent,
  readTextSync,
  stringMap,
  type TextFile,
} from '../files.js';
import type { ReadScope } from '../lock-yaml.js';
import { Problems } from '../problems.js';
import {
  checkIntegrity,
  checkSource,
  checkTarballName,
  classifySource,
  type LocalBoundary,
  type SecurityFinding,
  segmentsBelow,
} from '../security.js';
import type { CheckContext, Ecosystem, Kind } from '../types.js';
import {
  declaresJsDependencies,
  jsLockfileExpected,
  leftWorkspaceRange,
  manifestLine,
  packageManagerPins,
  versionAtLeast,
} from './js-specs.js';
import { pnpmLockfileSwitchedOff } from './lockfile-switch.js';
import { expandWorkspaces, workspacePatterns } from './npm-workspaces.js';
import {
  type Catalogs,
  catalogSpec,
  type DependencyGroup,
  extendedManifest,
  type OverrideRule,
  overridePeers,
  type PackageExtensions,
  projectOverride,
  type ReleaseReading,
  readCatalogs,
  readingMatters,
  readOverrides,
  releaseReading,
  yamlDocuments,
} from './pnpm-config.js';
import { withSemver } from './semver.js';

const FIX = 'pnpm install';
const HOSTS = ['registry.npmjs.org'];
/** pnpm's default registry for the `@jsr` scope, where its `jsr:` dependencies resolve (pnpm 10.9+). */
const JSR_HOSTS = [...HOSTS, 'npm.jsr.io'];
/** Where pnpm downloads a devEngines.runtime from by default (node; bun and deno publish on GitHub). */
const RUNTIME_HOSTS = [
  'nodejs.org',
  'unofficial-builds.nodejs.org',
  'github.com',
  'objects.githubusercontent.com',
  'dl.deno.land',
];
/**
 * Lockfile formats of pnpm 6 (5.3), 7 (5.4), 8 (6.0), 9 and later (9.0); 7.0 was written by early pnpm 9 betas.
 */
const SUPPORTED = new Set(['5.3', '5.4', '6.0', '6.1', '7.0', '9.0']);

type Version = [major: number, minor: number];

/**
 * For lockfiles of pnpm 6 and 7 (5.3, 5.4): the first version whose frozen check compares each of these (found
 * by running pnpm 6.x and 7.x on small projects); the pnpm that runs may be older, and then it is not compared.
 */
const LEGACY_SINCE = {
  dependenciesMeta: [6, 20],
  packageExtensions: [6, 10],
  onlyBuiltDependencies: [6, 35],
  patchedDependencies: [7, 4],
  publishDirectory: [7, 7],
} satisfies Record<string, Version>;
/** The fields pnpm records per importer (peer dependencies are installed through these). */
const FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const;

/** The order pnpm merges the fields in: a name in two of them is recorded in the later one. */
const PRECEDENCE = ['devDependencies', 'dependencies', 'optionalDependencies'] as const;

/** The group an override selector (`a:prod`, `a:optional`) names for a dependency field; devDependencies have none. */
const FIELD_GROUP: Record<(typeof FIELDS)[number], DependencyGroup | undefined> = {
  dependencies: 'prod',
  devDependencies: undefined,
  optionalDependencies: 'optional',
};

/** What the lockfile must record for one of a project's own dependencies. */
interface Expected {
  field: string;
  source: string;
  name: string;
  spec: string;
  /** Other specifiers the lockfile may record (the override as written, a peer's range not overridden). */
  also?: string[];
  /** Whether `spec` is an override's value rather than what package.json says. */
  fromOverride?: boolean;
  /** Another field the lockfile may record it in (pnpm versions differ); `none`: it may not be recorded. */
  alt?: string;
}

/**
 * The expectations of two pnpm releases' readings, as one: the first's, accepting what the other records instead
 * (another specifier, another field, or none).
 */
function mergeExpected(first: Expected[], other: Expected[]): Expected[] {
  const others = new Map(other.map((item) => [item.name, item]));
  const merged = first.map((item): Expected => {
    const alternative = others.get(item.name);
    others.delete(item.name);
    if (!alternative) return { ...item, alt: 'none' };
    const also = [...(item.also ?? []), alternative.spec, ...(alternative.also ?? [])].filter(
      (spec, index, all) => spec !== item.spec && all.indexOf(spec) === index,
    );
    return {
      ...item,
      also,
      alt: alternative.field !== item.field ? (item.alt ?? alternative.field) : item.alt,
      fromOverride: item.fromOverride || alternative.fromOverride,
    };
  });
  for (const alternative of others.values()) merged.push({ ...alternative, alt: 'none' });
  return merged;
}

/** Per field, the fields pnpm merges after it (whose entry for a name wins). */
const LATER: Record<string, readonly string[]> = Object.fromEntries(
  PRECEDENCE.map((field, index) => [field, PRECEDENCE.slice(index + 1)]),
);

/** Whether a field pnpm merges after `field` declares `name` too (that one is what the lockfile records). */
function declaredLater(fields: Record<string, Record<string, string>>, field: string, name: string): boolean {
  for (const later of LATER[field]!) if (fields[later]![name] !== undefined) return true;
  return false;
}

type Importer = Record<string, unknown>;

/**
 * Settings pnpm records in the lockfile's `settings` and refuses a frozen install over when the configuration
 * says otherwise (LOCKFILE_CONFIG_MISMATCH). Compared only where pnpm-workspace.yaml sets them: a value from
 * .npmrc, the environment or a user's config is not visible here.
 */
/**
 * Settings pnpm records in the lockfile's `settings` and refuses a frozen install over when pnpm-workspace.yaml
 * sets them otherwise (LOCKFILE_CONFIG_MISMATCH), with the default a lockfile without one was made with. The
 * first two every pnpm records; the others only some releases (10.x, 12.x, or with
 * `lockfile.includeResolutionSettings`), so they are compared where the lockfile records them.
 */
const LOCK_SETTINGS: Record<string, { default: unknown; always?: true }> = {
  autoInstallPeers: { default: true, always: true },
  excludeLinksFromLockfile: { default: false, always: true },
  dedupePeers: { default: false },
  peersSuffixMaxLength: { default: 1000 },
  injectWorkspacePackages: { default: false },
  addMissingPeerTypes: { default: false },
  projectScopedOptionalPeers: { default: false },
  autoDedupe: { default: false },
  dedupeInjectedDeps: { default: true },
  dedupePeerDependents: { default: true },
  linkWorkspacePackages: { default: false },
};

/** Where a configured override or patch is written: the file, its field, and whether the file is YAML. */
interface SettingOrigin {
  file: TextFile;
  field: 'overrides' | 'patchedDependencies' | 'resolutions';
  yaml: boolean;
}

/**
 * What the checks read of a lockfile: not the resolved dependency graph of each package (`snapshots`, pnpm 9+),
 * and of each `packages` entry only where it comes from (its engines, platforms and peers are pnpm's business).
 */
const READ_SCOPE: ReadScope = {
  skip: new Set(['snapshots']),
  entryFields: { packages: new Set(['resolution', 'name']) },
};

/** `'/@s/a@1.0.0(peer@2)'`, `a@1.0.0` → `@s/a`. */
export function pnpmPackageName(key: string): string {
  const bare = key.replace(/^\//, '').replace(/\(.*$/, '');
  const at = bare.indexOf('@', 1);
  return at === -1 ? bare : bare.slice(0, at);
}

/** A key of pnpm 6 and 7: `'/@s/a/1.0.0_peer@2'`, `/a/1.0.0` → `@s/a`, `a`. */
export function legacyPackageName(key: string): string {
  const parts = key.replace(/^\//, '').split('/');
  return parts.slice(0, parts[0]!.startsWith('@') ? 2 : 1).join('/');
}

function lockLine(text: string, key: string): number {
  return findLine(text, /^packages:/, new RegExp(`^ {2}'?${escapeRegex(key)}'?:`));
}

class PnpmCheck {
  readonly problems = new Problems('pnpm', FIX);
  private lock!: TextFile;
  /**
   * Unknown where the lockfile records no `settings` (pnpm 6 to 8.5): it came from .npmrc, the environment or a
   * user's configuration, none of which the lockfile records.
   */
  private autoInstallPeers: boolean | undefined = true;
  /**
   * The readings of override selectors by the pnpm releases that may have written the lockfile: one, unless
   * the project pins none (or pins releases that differ) and a rule reads differently.
   */
  private readings: ReleaseReading[] = [releaseReading([9, 0])];
  /** Whether the lockfile was made through a `.pnpmfile` (its pnpmfileChecksum): its hooks may rewrite manifests. */
  private hooked = false;
  /** `packageExtensions` configured for the workspace (pnpm-workspace.yaml, and package.json before pnpm 11). */
  private extensions: PackageExtensions = {};
  /** Whether overrides rewrite peer ranges: pnpm 8.7 and later; with no pin a 6.0 lockfile may be either. */
  private peerOverrides: 'yes' | 'no' | 'either' = 'yes';
  /** For a lockfile of pnpm 6 or 7 (5.x): the oldest pnpm that may check it (see LEGACY_SINCE). */
  private legacy?: Version;
  private overrides: OverrideRule[] = [];
  private catalogs: Catalogs = {};
  /** Catalog entries the lockfile records (`catalogs.<name>.<package>.specifier`). */
  private lockedCatalogs: Catalogs = {};
  /** The repository root, the lockfile's folder and that folder's segments below the root (importerBoundary). */
  private lockDir?: { root: string; dir: string; segments: string[] | null };

  constructor(private readonly context: CheckContext) {}

  async run(): Promise<void> {
    const { cwd, pair } = this.context;
    const file = await readText(cwd, pair.lockfile!);
    // pnpm 11+ writes the package manager's own lockfile (packageManagerDependencies, configDependencies) as
    // a YAML document before the project's; each is read on its own, the project's is the last one.
    const documents = yamlDocuments(file);
    this.lock = documents.at(-1)!;
    for (const env of documents.slice(0, -1)) {
      const parsed = await parseYamlText(env);
      if (isRecord(parsed) && isRecord(parsed.packages)) this.checkPackages(parsed.packages, env);
    }
    const data = await parseYamlText(this.lock, READ_SCOPE);
    if (!isRecord(data)) {
      this.problems.add(
        'parse',
        this.lock.path,
        1,
        '',
        `${this.lock.path} is not a pnpm lockfile (no YAML mapping)`,
      );
      return;
    }
    const version = String(data.lockfileVersion ?? '');
    if (!SUPPORTED.has(version)) {
      this.problems.add(
        'unsupported-format',
        this.lock.path,
        findLine(this.lock.text, /^lockfileVersion/),
        '',
        `${this.lock.path} has lockfileVersion '${version}', which this action does not know (expected 5.3 to 9.0); refusing to pass it unchecked`,
        Number.parseFloat(version) < 5.3 ? 'pnpm install (with pnpm 6 or newer)' : FIX,
      );
      return;
    }
    this.autoInstallPeers = isRecord(data.settings) ? data.settings.autoInstallPeers !== false : undefined;
    this.hooked = typeof data.pnpmfileChecksum === 'string';
    // A workspace root needs no package.json of its own (payloadcms/payload's .github): an empty root project.
    const rootManifest = pair.manifest
      ? await readText(cwd, pair.manifest)
      : { path: posix.join(pair.dir, 'pnpm-workspace.yaml'), text: '{}' };
    const rootPkg = parseJson(rootManifest);
    const pins = pnpmPins(isRecord(rootPkg) ? rootPkg : {});
    if (version.startsWith('5.')) this.legacy = oldestPnpm(pins, version === '5.4' ? [7, 0] : [6, 0]);
    this.peerOverrides = peerOverrides(version, pins);
    // Single-project lockfiles of pnpm 6 to 8 keep the root importer at the top level.
    const importers: Record<string, Importer> = isRecord(data.importers)
      ? (data.importers as Record<string, Importer>)
      : { '.': data };
    const workspace = await this.workspaceSettings(
      !pins.length || pins.some((pin) => versionAtLeast(pin, [12, 15])),
    );
    if (this.legacy || (isRecord(rootPkg) && workspaceSettingsIgnored(rootPkg)))
      Object.assign(workspace, { overrides: {}, patches: {}, packageExtensions: {}, lockSettings: {} });
    // pnpm 6 and 7 know no catalogs.
    if (this.legacy) workspace.catalogs = {};
    this.catalogs = workspace.catalogs;
    for (const [name, entries] of Object.entries(isRecord(data.catalogs) ? data.catalogs : {})) {
      this.lockedCatalogs[name] = {};
      for (const [pkg, entry] of Object.entries(isRecord(entries) ? entries : {}))
        if (isRecord(entry) && typeof entry.specifier === 'string')
          this.lockedCatalogs[name][pkg] = entry.specifier;
    }
    // Before pnpm 11, the root package.json's `pnpm.overrides` and yarn's `resolutions` (under it) are
    // overrides too, and `pnpm.patchedDependencies` patches; pnpm 11 and later read only pnpm-workspace.yaml.
    const fromManifest = isRecord(rootPkg) && !manifestSettingsIgnored(rootPkg);
    const manifestField = (field: 'overrides' | 'patchedDependencies') =>
      fromManifest && isRecord(rootPkg.pnpm) ? stringMap(rootPkg.pnpm[field]) : {};
    const resolutions = fromManifest ? stringMap(rootPkg.resolutions) : {};
    const manifestOverrides = manifestField('overrides');
    const manifestExtensions =
      fromManifest && isRecord(rootPkg.pnpm) && isRecord(rootPkg.pnpm.packageExtensions)
        ? rootPkg.pnpm.packageExtensions
        : {};
    const configured = { ...resolutions, ...manifestOverrides, ...workspace.overrides };
    const origin = (field: 'overrides' | 'patchedDependencies', key: string): SettingOrigin => {
      if (workspace.file && Object.hasOwn(workspace[field === 'overrides' ? 'overrides' : 'patches'], key))
        return { file: workspace.file, field, yaml: true };
      if (field === 'overrides' && !Object.hasOwn(manifestOverrides, key))
        return { file: rootManifest, field: 'resolutions', yaml: false };
      return { file: rootManifest, field, yaml: false };
    };
    this.overrides = readOverrides(configured, isRecord(rootPkg) ? rootPkg : {}, this.catalogs);
    this.extensions = { ...manifestExtensions, ...workspace.packageExtensions };
    this.readings = releaseReadings(version, pins, this.overrides, Object.keys(this.extensions).length > 0);
    this.checkExtensionsChecksum(data, workspace.file ?? rootManifest);
    const manifestIgnored =
      fromManifest && isRecord(rootPkg.pnpm) && Array.isArray(rootPkg.pnpm.ignoredOptionalDependencies)
        ? rootPkg.pnpm.ignoredOptionalDependencies.map(String)
        : undefined;
    this.checkIgnoredOptional(
      data,
      workspace.ignoredOptional ?? manifestIgnored,
      workspace.file ?? rootManifest,
    );
    this.checkLockSettings(
      isRecord(data.settings) ? data.settings : {},
      workspace.lockSettings,
      workspace.file,
    );
    const folders = await expandWorkspaces(
      resolve(cwd, pair.dir),
      workspaceGlobs(workspace, isRecord(rootPkg) ? rootPkg : {}, pins, importers),
    );
    const versions = new Map<string, string>();
    const links: WorkspaceLink[] = [];
    // Without a root package.json there is no root project, and pnpm records no `.` importer.
    for (const folder of pair.manifest ? ['.', ...folders] : folders) {
      const importer = own(importers, folder);
      const manifest =
        folder === '.' ? rootManifest : readTextSync(cwd, posix.join(pair.dir, folder, 'package.json'));
      if (!isRecord(importer)) {
        // pnpm itself accepts a new workspace package without dependencies; any it has are reported below.
        this.problems.warn(
          'workspace',
          manifest.path,
          1,
          folder,
          `workspace ${folder} is not an importer in ${this.lock.path}`,
        );
      }
      const pkg = folder === '.' ? rootPkg : parseJson(manifest);
      if (!isRecord(pkg)) continue;
      const locked = lockedDependencies(isRecord(importer) ? importer : {});
      // An override with a range that meets a dependency written as a range needs node-semver: loaded then.
      const before = this.problems.list.length;
      const loading = withSemver(
        () => this.checkImporter(folder, locked, manifest, pkg),
        () => {
          this.problems.list.length = before;
        },
      );
      if (loading) await loading;
      if (isRecord(importer)) this.checkImporterMeta(folder, importer, manifest, pkg);
      if (typeof pkg.version === 'string') versions.set(folder, pkg.version);
      // pnpm 6 and 7 (5.x) locked a workspace link by version only: no range to leave.
      if (!this.legacy) links.push(...workspaceLinks(folder, locked, manifest));
    }
    const beforeLinks = this.problems.list.length;
    await withSemver(
      () => this.checkWorkspaceLinks(links, versions),
      () => {
        this.problems.list.length = beforeLinks;
      },
    );
    for (const folder of Object.keys(importers)) {
      if (folder === '.' || folders.includes(folder)) continue;
      // pnpm's frozen check reads the importers of the packages it finds and passes over the rest (a package in
      // a git submodule that was not checked out, or one removed since): worth a warning, not a failure.
      this.problems.warn(
        'extraneous',
        this.lock.path,
        findLine(this.lock.text, /^importers:/, new RegExp(`^ {2}'?${escapeRegex(folder)}'?:`)),
        folder,
        `${this.lock.path} has importer ${folder}, which is not a workspace package here (pnpm passes over it; \`pnpm install\` removes it)`,
      );
    }
    const overrides = Object.fromEntries(this.overrides.map((rule) => [rule.key, rule.value]));
    // pnpm 7 records a `$name` override resolved; pnpm 6, which does not resolve it, compares it as written.
    const raw = this.legacy ? Object.fromEntries(this.overrides.map((rule) => [rule.key, rule.raw])) : {};
    this.checkOverrides(stringMap(data.overrides), overrides, (key) => origin('overrides', key), raw);
    this.checkCatalogs();
    if (this.compares('patchedDependencies'))
      this.checkPatches(
        { ...manifestField('patchedDependencies'), ...workspace.patches },
        isRecord(data.patchedDependencies) ? data.patchedDependencies : {},
        (key) => origin('patchedDependencies', key),
      );
    if (this.legacy && isRecord(rootPkg)) this.checkLegacySettings(data, rootPkg, rootManifest);
    if (isRecord(data.packages)) this.checkPackages(data.packages, this.lock);
  }

  /**
   * `ignoredOptionalDependencies` against the list the lockfile records at its top level, in any order: pnpm
   * refuses a frozen install when they differ (LOCKFILE_CONFIG_MISMATCH), one removed included.
   */
  private checkIgnoredOptional(
    data: Record<string, unknown>,
    configured: string[] | undefined,
    file: TextFile,
  ): void {
    if (this.legacy) return;
    const locked = Array.isArray(data.ignoredOptionalDependencies)
      ? data.ignoredOptionalDependencies.map(String)
      : [];
    const wanted = configured ?? [];
    if (sameData([...wanted].sort(), [...locked].sort())) return;
    this.settingMismatch(
      configured ? file : undefined,
      'ignoredOptionalDependencies',
      'ignoredOptionalDependencies',
      `ignoredOptionalDependencies is ${brief(wanted)}, ${this.lock.path} was made with ${brief(locked)}`,
    );
  }

  /** A setting that differs from the lockfile's: reported at its entry in `file`, or (not set) at the lockfile's `key`. */
  private settingMismatch(file: TextFile | undefined, setting: string, key: string, message: string): void {
    this.problems.add(
      'spec-mismatch',
      file ? file.path : this.lock.path,
      file
        ? findLine(file.text, new RegExp(`^${setting}:|"${setting}"\\s*:`))
        : findLine(this.lock.text, new RegExp(`^${key}:`)),
      '',
      message,
    );
  }

  /**
   * Whether `packageExtensions` are configured, against the lockfile's `packageExtensionsChecksum`: pnpm refuses
   * a frozen install when one is there without the other (LOCKFILE_CONFIG_MISMATCH). The checksum itself is
   * pnpm's to compute, so a changed extension is not seen here. (pnpm 6 and 7: checkLegacySettings.)
   */
  private checkExtensionsChecksum(data: Record<string, unknown>, file: TextFile): void {
    if (this.legacy) return;
    const configured = Object.keys(this.extensions).length > 0;
    const recorded = data.packageExtensionsChecksum !== undefined;
    if (configured === recorded) return;
    this.settingMismatch(
      configured ? file : undefined,
      'packageExtensions',
      'packageExtensionsChecksum',
      configured
        ? `packageExtensions are configured, but ${this.lock.path} was made without them (no packageExtensionsChecksum)`
        : `${this.lock.path} was made with packageExtensions (packageExtensionsChecksum), which are no longer configured`,
    );
  }

  /**
   * pnpm refuses a frozen install when the patched packages differ from the lockfile's (LOCKFILE_CONFIG_MISMATCH).
   * The keys (and the path, where the lockfile records it) are compared; the patch's hash is not.
   */
  private checkPatches(
    configured: Record<string, string>,
    locked: Record<string, unknown>,
    origin: (key: string) => SettingOrigin,
  ): void {
    for (const [key, path] of Object.entries(configured)) {
      const entry = locked[key];
      const lockedPath = isRecord(entry) && typeof entry.path === 'string' ? entry.path : undefined;
      if (
        entry !== undefined &&
        (lockedPath === undefined || posix.normalize(lockedPath) === posix.normalize(path))
      )
        continue;
      const where = origin(key);
      this.problems.add(
        'spec-mismatch',
        where.file.path,
        settingLine(where, key),
        key,
        entry === undefined
          ? `patch of ${key} (${path}) is configured but ${this.lock.path} has no such patched dependency`
          : `patch of ${key} is ${path}, ${this.lock.path} was made for ${lockedPath}`,
      );
    }
    for (const key of Object.keys(locked)) {
      if (configured[key] !== undefined) continue;
      this.problems.add(
        'extraneous',
        this.lock.path,
        findLine(this.lock.text, /^patchedDependencies:/, new RegExp(`^\\s+'?${escapeRegex(key)}'?:`)),
        key,
        `${this.lock.path} still patches ${key}, which is no longer configured`,
      );
    }
  }

  /** Whether the frozen check of every pnpm that may check this lockfile compares `what`. */
  private compares(what: keyof typeof LEGACY_SINCE): boolean {
    if (!this.legacy) return true;
    return versionAtLeast(this.legacy, LEGACY_SINCE[what]);
  }

  /**
   * Settings of the root package.json's `pnpm` field that pnpm 6 and 7 record at the top of the lockfile and
   * refuse a frozen install over when they differ: the build lists (in any order; no `neverBuiltDependencies`
   * is an empty one, while an empty `onlyBuiltDependencies` is not the same as none), and whether there are
   * `packageExtensions` (their checksum is pnpm's to compute).
   */
  private checkLegacySettings(
    data: Record<string, unknown>,
    pkg: Record<string, unknown>,
    manifest: TextFile,
  ): void {
    const config = isRecord(pkg.pnpm) ? pkg.pnpm : {};
    const list = (value: unknown) => (Array.isArray(value) ? value.map(String).sort() : undefined);
    const never = [list(config.neverBuiltDependencies) ?? [], list(data.neverBuiltDependencies) ?? []];
    const only = [list(config.onlyBuiltDependencies), list(data.onlyBuiltDependencies)];
    const extended = isRecord(config.packageExtensions) && Object.keys(config.packageExtensions).length > 0;
    const checksum = data.packageExtensionsChecksum !== undefined;
    const differ: Array<[string, string, string]> = [];
    if (!sameData(never[0], never[1]))
      differ.push(['neverBuiltDependencies', brief(never[0]), brief(never[1])]);
    if (this.compares('onlyBuiltDependencies') && !sameData(only[0], only[1]))
      differ.push(['onlyBuiltDependencies', brief(only[0]), brief(only[1])]);
    if (this.compares('packageExtensions') && extended !== checksum)
      differ.push([
        'packageExtensions',
        extended ? 'set' : 'not set',
        checksum ? 'a packageExtensionsChecksum' : 'no packageExtensionsChecksum',
      ]);
    for (const [field, configured, locked] of differ) {
      this.problems.add(
        'spec-mismatch',
        manifest.path,
        findLine(manifest.text, /"pnpm"\s*:/, new RegExp(`"${field}"\\s*:`)),
        '',
        `pnpm.${field} of ${manifest.path} is ${configured}, ${this.lock.path} was made with ${locked}`,
      );
    }
  }

  /** A setting pnpm-workspace.yaml sets that the lockfile was made with another value of. */
  private checkLockSettings(
    locked: Record<string, unknown>,
    configured: Record<string, unknown>,
    file: TextFile | undefined,
  ): void {
    for (const [key, value] of Object.entries(configured)) {
      const setting = LOCK_SETTINGS[key];
      if (!setting?.always && !Object.hasOwn(locked, key)) continue;
      // pnpm's defaults, which a lockfile without the setting was made with.
      const was = locked[key] ?? setting?.default;
      if (value === was || file === undefined) continue;
      this.problems.add(
        'spec-mismatch',
        file.path,
        findLine(file.text, new RegExp(`^${key}\\s*:`)),
        '',
        `${key}: ${String(value)} in ${file.path}, but ${this.lock.path} was made with ${key}: ${String(was)}`,
      );
    }
  }

  /** pnpm refuses a frozen install when a catalog entry the lockfile used changed (LOCKFILE_CONFIG_MISMATCH). */
  private checkCatalogs(): void {
    const file = posix.join(this.context.pair.dir, 'pnpm-workspace.yaml');
    for (const [catalog, entries] of Object.entries(this.lockedCatalogs)) {
      for (const [name, specifier] of Object.entries(entries)) {
        const configured = this.catalogs[catalog]?.[name];
        if (configured === specifier) continue;
        const now = configured === undefined ? 'no longer has it' : `says "${configured}"`;
        this.problems.add(
          'spec-mismatch',
          configured === undefined ? this.lock.path : file,
          configured === undefined
            ? findLine(this.lock.text, /^catalogs:/, new RegExp(`^\\s+'?${escapeRegex(name)}'?:`))
            : 1,
          name,
          `catalog ${catalog} entry ${name}: ${this.lock.path} was made for "${specifier}", the workspace's catalog ${now}`,
        );
      }
    }
  }

  /**
   * pnpm 12.15's `include:` in pnpm-workspace.yaml: each listed file (relative to the workspace file, inside the
   * repository) owns the settings listed for it, which replace the workspace file's own.
   */
  private async readIncludes(data: Record<string, unknown>, file: TextFile): Promise<void> {
    if (!isRecord(data.include)) return;
    for (const [path, keys] of Object.entries(data.include)) {
      if (!Array.isArray(keys)) continue;
      const { cwd, boundary = cwd } = this.context;
      const target = posix.normalize(posix.join(posix.dirname(file.path), path));
      if (posix.isAbsolute(target) || leadsOut(relative(boundary, resolve(cwd, target)))) continue;
      const included = await readTextIfPresent(cwd, target);
      const settings = included ? await parseYamlText(included) : undefined;
      if (!isRecord(settings)) continue;
      for (const key of keys)
        if (typeof key === 'string' && Object.hasOwn(settings, key)) data[key] = settings[key];
    }
  }

  private async workspaceSettings(includes: boolean): Promise<{
    packages: string[];
    overrides: Record<string, string>;
    catalogs: Catalogs;
    patches: Record<string, string>;
    packageExtensions: PackageExtensions;
    /** `ignoredOptionalDependencies`, when it is set. */
    ignoredOptional?: string[];
    /** pnpm-workspace.yaml, when there is one. */
    file?: TextFile;
    /** Its settings pnpm also records in the lockfile's `settings` (only those it sets). */
    lockSettings: Record<string, unknown>;
  }> {
    const { cwd, pair } = this.context;
    const none = {
      packages: [],
      overrides: {},
      catalogs: {},
      patches: {},
      packageExtensions: {},
      lockSettings: {},
    };
    const file = await readTextIfPresent(cwd, posix.join(pair.dir, 'pnpm-workspace.yaml'));
    if (!file) return none;
    const data = await parseYamlText(file);
    if (!isRecord(data)) return none;
    if (includes) await this.readIncludes(data, file);
    const packages = Array.isArray(data.packages)
      ? data.packages.filter((item) => typeof item === 'string')
      : [];
    return {
      packages,
      overrides: stringMap(data.overrides),
      catalogs: readCatalogs(data),
      patches: stringMap(data.patchedDependencies),
      packageExtensions: isRecord(data.packageExtensions) ? data.packageExtensions : {},
      ignoredOptional: Array.isArray(data.ignoredOptionalDependencies)
        ? data.ignoredOptionalDependencies.map(String)
        : undefined,
      file,
      lockSettings: Object.fromEntries([
        ...Object.keys(LOCK_SETTINGS)
          .filter((key) => Object.hasOwn(data, key))
          .map((key) => [key, data[key]]),
        // `lockfile: { integrityTarget: tar }` (pnpm 12.15) is recorded as settings.integrityTarget.
        ...(isRecord(data.lockfile) && data.lockfile.integrityTarget !== undefined
          ? [['integrityTarget', data.lockfile.integrityTarget]]
          : []),
      ]),
    };
  }

  /**
   * What pnpm's frozen check compares of an importer besides its dependencies: `dependenciesMeta` (`injected`,
   * `node`) as the manifest has it, and `publishConfig.directory` as `publishDirectory`.
   */
  private checkImporterMeta(
    folder: string,
    importer: Importer,
    manifest: TextFile,
    pkg: Record<string, unknown>,
  ): void {
    const where = importerLabel(folder);
    const meta = isRecord(pkg.dependenciesMeta) ? pkg.dependenciesMeta : {};
    const lockedMeta = isRecord(importer.dependenciesMeta) ? importer.dependenciesMeta : {};
    if (this.compares('dependenciesMeta') && !sameData(meta, lockedMeta)) {
      this.problems.add(
        'spec-mismatch',
        manifest.path,
        findLine(manifest.text, /"dependenciesMeta"\s*:/),
        '',
        `dependenciesMeta of ${where} is ${brief(meta)}, ${this.lock.path} was made for ${brief(lockedMeta)}`,
      );
    }
    const directory = isRecord(pkg.publishConfig) ? pkg.publishConfig.directory : undefined;
    if (this.compares('publishDirectory') && importer.publishDirectory !== directory) {
      this.problems.add(
        'spec-mismatch',
        manifest.path,
        findLine(manifest.text, /"publishConfig"\s*:/, /"directory"\s*:/),
        '',
        `publishConfig.directory of ${where} is ${directory === undefined ? 'not set' : brief(directory)}, ${this.lock.path} records ${importer.publishDirectory === undefined ? 'no publishDirectory' : `publishDirectory ${brief(importer.publishDirectory)}`}`,
      );
    }
  }

  /**
   * What the lockfile must record for a project's own dependencies under one pnpm release's reading of the
   * overrides: field, specifier, and the alternatives other releases write.
   */
  private expectedDependencies(
    folder: string,
    manifestPkg: Record<string, unknown>,
    reading: ReleaseReading,
  ): Expected[] {
    const pkg = reading.projectsExtended ? extendedManifest(manifestPkg, this.extensions) : manifestPkg;
    const expected: Expected[] = [];
    // Overrides rewrite peers too; one that is no peer range (an `npm:` alias) turns the peer into a dependency.
    // pnpm 7 records a peer with the range the manifest gives, overridden or not.
    const peers = stringMap(pkg.peerDependencies);
    const overridden =
      this.peerOverrides === 'no'
        ? { peers, dependencies: {} as Record<string, OverrideRule> }
        : overridePeers(this.overrides, peers, pkg, reading);
    const fields: Record<string, Record<string, string>> = {};
    for (const field of FIELDS) fields[field] = stringMap(pkg[field]);
    for (const [name, rule] of Object.entries(overridden.dependencies))
      fields.dependencies![name] = rule.value;
    for (const field of FIELDS) {
      const inField = fields[field]!;
      for (const name of Object.keys(inField)) {
        const spec = inField[name]!;
        // pnpm reads devDependencies, then dependencies, then optionalDependencies into one map: a name in
        // two of them is recorded once, in the later field.
        if (declaredLater(fields, field, name)) continue;
        // From pnpm 12.20, a selector's range is matched against what a `catalog:` reference stands for.
        const rule = this.overrides.length
          ? projectOverride(
              this.overrides,
              name,
              (reading.catalogsSelected && catalogSpec(this.catalogs, name, spec)) || spec,
              pkg,
              FIELD_GROUP[field],
              reading,
            )
          : undefined;
        if (rule?.value === '-') continue;
        // pnpm records an overridden dependency with the override as its specifier (resolved, or as written).
        // pnpm 12.21 keeps such a peer where the manifest declares it; the earlier versions move it (both pass
        // their own frozen check), so either field is accepted.
        const fromPeer =
          field === 'dependencies'
            ? (own(overridden.dependencies, name) as OverrideRule | undefined)
            : undefined;
        const declared = fromPeer
          ? PRECEDENCE.findLast((f) => stringMap(pkg[f])[name] !== undefined)
          : undefined;
        const source = fromPeer ? (declared ?? 'peerDependencies') : field;
        const alt =
          declared ??
          (fromPeer && (this.autoInstallPeers !== true || this.peerOverrides === 'either')
            ? 'none'
            : undefined);
        expected.push({
          field,
          source,
          name,
          spec: rule ? rebasedOverride(rule.value, folder) : spec,
          also:
            rule || fromPeer
              ? [
                  (rule ?? fromPeer)?.raw,
                  fromPeer && this.peerOverrides === 'either' ? peers[name] : undefined,
                ].filter((item) => item !== undefined)
              : undefined,
          alt,
          fromOverride: rule !== undefined || fromPeer !== undefined,
        });
      }
    }
    const named = new Set(expected.map((item) => item.name));
    for (const runtime of devEngineRuntimes(pkg)) {
      if (named.has(runtime.name)) continue;
      named.add(runtime.name);
      expected.push({
        field: 'devDependencies',
        source: 'devEngines',
        name: runtime.name,
        spec: runtime.spec,
      });
    }
    if (this.autoInstallPeers !== false) {
      // autoInstallPeers records a peer nobody else provides as a dependency with the peer's range; where the
      // setting is unknown, the peer may be recorded so or not at all.
      const alt = this.autoInstallPeers === undefined ? 'none' : undefined;
      for (const [name, spec] of Object.entries(overridden.peers)) {
        if (named.has(name)) continue;
        named.add(name);
        const original = this.peerOverrides === 'either' && peers[name] !== spec ? [peers[name]!] : [];
        expected.push({
          field: 'dependencies',
          source: 'peerDependencies',
          name,
          spec,
          alt,
          also: original,
          fromOverride: spec !== peers[name],
        });
      }
    }
    return expected;
  }

  private checkImporter(
    folder: string,
    locked: ReadonlyMap<string, LockedDependency>,
    manifest: TextFile,
    pkg: Record<string, unknown>,
  ): void {
    const where = importerLabel(folder);
    const [first, ...others] = this.readings;
    let expected = this.expectedDependencies(folder, pkg, first!);
    for (const reading of others)
      expected = mergeExpected(expected, this.expectedDependencies(folder, pkg, reading));
    const wanted = new Set<string>();
    for (const { field, source, name, spec, also, alt, fromOverride } of expected) {
      wanted.add(name);
      const line = () => manifestLine(manifest, source, name);
      const catalog = catalogSpec(this.catalogs, name, spec);
      if (spec.startsWith('catalog:') && catalog === undefined) {
        this.problems.add(
          'spec-mismatch',
          manifest.path,
          line(),
          name,
          `${name}@${spec} (${source} of ${where}) names no entry of the workspace's catalogs`,
        );
        continue;
      }
      const lock = locked.get(name);
      if (!lock && alt === 'none') continue;
      if (!lock && field === 'optionalDependencies') {
        // pnpm --frozen-lockfile installs without it ("could not be resolved, excluding it").
        this.problems.warn(
          'not-locked',
          manifest.path,
          line(),
          name,
          `${name}@${spec} (${source} of ${where}) is not in ${this.lock.path}; pnpm will skip it until the lockfile is updated`,
        );
      } else if (!lock) {
        this.importerMismatch(
          'not-locked',
          manifest.path,
          line(),
          name,
          `${name}@${spec} (${source} of ${where}) is not in ${this.lock.path}`,
        );
      } else if (lock.field !== field && lock.field !== alt) {
        this.importerMismatch(
          'dependency-type',
          manifest.path,
          line(),
          name,
          `${name} is in ${source} of ${where} but ${this.lock.path} records it in ${lock.field}`,
        );
      } else if (!sameSpecifier(lock.specifier, spec) && !also?.includes(lock.specifier)) {
        this.importerMismatch(
          'spec-mismatch',
          manifest.path,
          line(),
          name,
          `${name}: ${fromOverride ? 'the override makes it' : 'package.json says'} "${spec}", ${this.lock.path} was made for "${lock.specifier}" (locked ${lock.version})`,
        );
      }
    }
    // `link:` dependencies live only here (no `packages` entry): a link out of the repository is refused.
    const { security } = this.context;
    let boundary: LocalBoundary | undefined;
    for (const [name, lock] of locked) {
      if (!lock.version.startsWith('link:')) continue;
      boundary ??= this.importerBoundary(folder);
      const findings = checkSource(
        {
          kind: 'local',
          location: lock.version,
          boundary,
        },
        security,
        HOSTS,
      );
      for (const finding of findings)
        this.problems.finding(
          finding,
          this.lock.path,
          findLine(this.lock.text, /^importers:/, new RegExp(`^\\s+'?${escapeRegex(name)}'?:`)),
          name,
          `${name} (${where})`,
        );
    }
    for (const [name, lock] of locked) {
      if (wanted.has(name)) continue;
      this.importerMismatch(
        'extraneous',
        this.lock.path,
        findLine(this.lock.text, /^importers:|^dependencies:/, new RegExp(`^\\s+'?${escapeRegex(name)}'?:`)),
        name,
        `${name} is locked in ${lock.field} of ${where} but package.json no longer declares it`,
      );
    }
  }

  /**
   * A dependency linked to a workspace package with a range (`^7.9.5`, `workspace:^7.9.5`): pnpm's frozen check
   * refuses it once that package's version leaves the range ("local dependency … is outdated").
   */
  private checkWorkspaceLinks(links: readonly WorkspaceLink[], versions: ReadonlyMap<string, string>): void {
    for (const link of links) {
      const version = versions.get(link.target);
      if (version === undefined || !leftWorkspaceRange(link.specifier, version)) continue;
      this.problems.add(
        'unsatisfied',
        link.manifest.path,
        manifestLine(link.manifest, 'dependencies', link.name),
        link.name,
        `${link.name}@${link.specifier} of ${importerLabel(link.folder)} is linked to workspace package ${link.target}, whose version ${version} is out of that range now`,
      );
    }
  }

  /**
   * A project's dependency the lockfile records otherwise: an error, or a warning where the lockfile was made
   * through a `.pnpmfile` (it records a pnpmfileChecksum), whose readPackage hook may rewrite the project's own
   * manifest and which this check does not run.
   */
  private importerMismatch(kind: Kind, file: string, line: number, name: string, message: string): void {
    if (this.hooked)
      this.problems.warn(
        kind,
        file,
        line,
        name,
        `${message}; not judged: ${this.lock.path} was made through a .pnpmfile, whose hooks may rewrite package.json and are not run here`,
      );
    else this.problems.add(kind, file, line, name, message);
  }
  /**
   * What a workspace package's `link:` paths are resolved against. Its folders below the repository root come
   * from the lockfile folder's, computed once, and its own relative path (thousands of links, hundreds of
   * packages); the absolute folder is resolved only for a path that needs node:path.
   */
  private importerBoundary(folder: string): LocalBoundary {
    const { cwd, pair } = this.context;
    if (!this.lockDir) {
      const root = this.context.boundary ?? resolve(cwd);
      const dir = resolve(cwd, pair.dir);
      this.lockDir = { root, dir, segments: segmentsBelow(root, dir) };
    }
    const { root, dir, segments } = this.lockDir;
    const below = folder === '.' ? [] : folder.split('/');
    const plain = below.every((segment) => segment !== '' && segment !== '.' && segment !== '..');
    return {
      get base() {
        return resolve(dir, folder);
      },
      root,
      segments: plain ? segments && [...segments, ...below] : undefined,
    };
  }

  private checkOverrides(
    locked: Record<string, string>,
    wanted: Record<string, string>,
    origin: (key: string) => SettingOrigin,
    alsoAccepted: Record<string, string> = {},
  ): void {
    for (const [name, spec] of Object.entries(wanted)) {
      if (locked[name] === spec || (locked[name] !== undefined && locked[name] === alsoAccepted[name]))
        continue;
      const where = origin(name);
      const was = locked[name] === undefined ? 'has no such override' : `has "${locked[name]}"`;
      this.problems.add(
        'spec-mismatch',
        where.file.path,
        settingLine(where, name),
        name,
        `override ${name}: "${spec}" is configured but ${this.lock.path} ${was}`,
      );
    }
    for (const name of Object.keys(locked)) {
      if (wanted[name] !== undefined) continue;
      this.problems.add(
        'extraneous',
        this.lock.path,
        findLine(this.lock.text, /^overrides:/),
        name,
        `${this.lock.path} has override ${name}, which is no longer configured`,
      );
    }
  }

  private checkPackages(packages: Record<string, unknown>, lock: TextFile): void {
    for (const key of Object.keys(packages)) {
      const entry = packages[key];
      if (!isRecord(entry) || !isRecord(entry.resolution)) continue;
      const name =
        typeof entry.name === 'string'
          ? entry.name
          : this.legacy
            ? legacyPackageName(key)
            : pnpmPackageName(key);
      const line = () => lockLine(lock.text, key);
      const resolution = entry.resolution;
      if (resolution.type === 'variations' && Array.isArray(resolution.variants)) {
        // devEngines.runtime: a binary per platform, from the runtime's own site, with its sha256.
        for (const variant of resolution.variants) {
          const binary = isRecord(variant) && isRecord(variant.resolution) ? variant.resolution : {};
          this.checkResolution(key, name, binary, lock, line, RUNTIME_HOSTS);
        }
        continue;
      }
      this.checkResolution(key, name, resolution, lock, line, name.startsWith('@jsr/') ? JSR_HOSTS : HOSTS);
    }
  }

  /** One resolution, classified (registry, tarball, git, directory) and judged by the one source policy. */
  private checkResolution(
    key: string,
    name: string,
    resolution: Record<string, unknown>,
    lock: TextFile,
    line: () => number,
    hosts: readonly string[],
  ): void {
    const { cwd, pair, security } = this.context;
    const label = key.replace(/^\//, '');
    const report = (findings: SecurityFinding[]) => {
      for (const finding of findings) this.problems.finding(finding, lock.path, line(), name, label);
    };
    const location =
      resolution.type === 'git' && typeof resolution.repo === 'string'
        ? resolution.repo
        : typeof resolution.directory === 'string'
          ? `file:${resolution.directory}`
          : typeof resolution.tarball === 'string'
            ? resolution.tarball
            : typeof resolution.url === 'string'
              ? resolution.url
              : undefined;
    if (location === undefined) {
      // `{integrity}`: a registry package whose URL pnpm derives from the configured registry.
      report(checkIntegrity(resolution.integrity, security));
      return;
    }
    const kind = resolution.type === 'git' ? 'git' : classifySource(location);
    const boundary = { base: resolve(cwd, pair.dir), root: this.context.boundary ?? resolve(cwd) };
    report(
      checkSource(
        {
          kind,
          location,
          integrity: resolution.integrity,
          acceptHashes: resolution.type === 'binary' ? ['sha256-'] : [],
          boundary,
          pinned: resolution.type === 'git' ? typeof resolution.commit === 'string' : undefined,
        },
        security,
        hosts,
      ),
    );
    if (kind === 'registry') report(checkTarballName(name, location));
  }
}

/** How messages name an importer: `the root package`, `workspace packages/a`. */
function importerLabel(folder: string): string {
  return folder === '.' ? 'the root package' : `workspace ${folder}`;
}

/**
 * An override to a relative path (`link:`, `file:`, `workspace:./x`, or a bare `./x`), as pnpm writes it into a
 * workspace package: the path, taken from the workspace root, made relative to the package's folder (`link:.` is
 * `link:../..` in `examples/x`; `workspace:./packages/foo` is `workspace:../foo` in `packages/a`).
 */
function rebasedOverride(value: string, folder: string): string {
  const local = /^(link:|file:|workspace:(?=\.{1,2}(?:\/|$))|(?=\.{1,2}\/))(.*)$/.exec(value);
  if (!local || posix.isAbsolute(local[2]!) || local[2]!.includes('\\')) return value;
  const path = posix.relative(folder === '.' ? '' : folder, posix.normalize(local[2]!));
  // A bare path must still read as one (`vendor/x` would be a GitHub shorthand).
  return local[1] === '' && !path.startsWith('../') ? `./${path}` : `${local[1]}${path}`;
}

/**
 * Deep equality of parsed JSON or YAML data, whatever the order of object keys (as pnpm's ramda `equals`).
 * Data nested deeper than any real setting is taken as different rather than followed down.
 */
function sameData(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (depth > 32) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => sameData(item, b[index], depth + 1))
    );
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && sameData(a[key], b[key], depth + 1))
  );
}

/** Data for a message: JSON, at most 200 characters. */
function brief(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return '(too deeply nested to show)';
  }
  if (text === undefined) return 'not set';
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** The line of a setting's entry in its file (JSON `"field": { "key": …`, YAML `field:\n  key: …`), or 1. */
function settingLine({ file, field, yaml }: SettingOrigin, key: string): number {
  const name = escapeRegex(key);
  return yaml
    ? findLine(file.text, new RegExp(`^${field}:`), new RegExp(`^\\s+['"]?${name}['"]?\\s*:`))
    : findLine(file.text, new RegExp(`"${field}"\\s*:`), new RegExp(`"${name}"\\s*:`));
}

/** The pnpm versions a project pins (`packageManager`, `devEngines.packageManager`) as [major, minor]. */
function pnpmPins(pkg: Record<string, unknown>): Version[] {
  return packageManagerPins(pkg, 'pnpm').map(([major, minor]) => [major, minor]);
}

/**
 * The oldest pnpm the project pins, or, with no pin, the oldest that writes its lockfile's format (`fallback`).
 */
function oldestPnpm(pins: Version[], fallback: Version): Version {
  if (pins.length === 0) return fallback;
  return pins.reduce((oldest, pin) => (versionAtLeast(pin, oldest) ? oldest : pin));
}

/**
 * The readings of override selectors (convergence `a@`, wildcards, a peer's alias) by the releases that may have
 * checked the lockfile: those the project pins; with no pin, the newest and the oldest that write its format
 * (lockfileVersion 9.0: pnpm 9 to today's).
 */
function releaseReadings(
  lockfileVersion: string,
  pins: Version[],
  rules: readonly OverrideRule[],
  extended: boolean,
): ReleaseReading[] {
  const releases: Version[] =
    lockfileVersion !== '9.0'
      ? [[8, 0]]
      : pins.length
        ? pins
        : [
            [99, 0],
            [9, 0],
          ];
  const readings = releases.map(releaseReading);
  const distinct = readings.filter(
    (reading, index) => readings.findIndex((other) => sameData(other, reading)) === index,
  );
  return distinct.length > 1 && (extended || rules.some(readingMatters)) ? distinct : distinct.slice(0, 1);
}

/**
 * Whether overrides rewrite peer ranges, as pnpm 8.7 and later do: not for pnpm 6 and 7 (5.x lockfiles) or pins
 * older than 8.7; with no pin a lockfile of pnpm 8 (6.x) may have been checked by either.
 */
function peerOverrides(version: string, pins: Version[]): 'yes' | 'no' | 'either' {
  const older = (pin: Version) => !versionAtLeast(pin, [8, 7]);
  if (version.startsWith('5.') || (pins.length > 0 && pins.every(older))) return 'no';
  if (pins.length > 0 ? pins.some(older) : version.startsWith('6.')) return 'either';
  return 'yes';
}

/**
 * Whether the project pins pnpm 11 or later, which no longer reads settings (`pnpm.*`, `resolutions`) from
 * package.json. With no pin, the older reading is kept.
 */
function manifestSettingsIgnored(pkg: Record<string, unknown>): boolean {
  return pnpmPins(pkg).some(([major]) => major >= 11);
}

/**
 * Whether the project pins a pnpm older than 10.6, which reads `overrides`, `patchedDependencies` and the
 * settings it records in the lockfile from package.json and .npmrc only, not from pnpm-workspace.yaml (its
 * `packages` and catalogs it does read). With no pin, the newer reading is kept.
 */
function workspaceSettingsIgnored(pkg: Record<string, unknown>): boolean {
  const pins = pnpmPins(pkg);
  return pins.length > 0 && pins.every((pin) => !versionAtLeast(pin, [10, 6]));
}

/**
 * The workspace's package globs: pnpm-workspace.yaml's `packages`; with no such file, pnpm 12.7 and later take
 * package.json's `workspaces` (and write the file from them). With no pin, the lockfile tells: importers beyond
 * the root were made so.
 */
function workspaceGlobs(
  workspace: { packages: string[]; file?: TextFile },
  rootPkg: Record<string, unknown>,
  pins: Version[],
  importers: Record<string, unknown>,
): string[] {
  if (workspace.file) return workspace.packages;
  const patterns = workspacePatterns(rootPkg);
  if (patterns.length === 0) return workspace.packages;
  const reads = pins.length
    ? pins.some((pin) => versionAtLeast(pin, [12, 7]))
    : Object.keys(importers).some((folder) => folder !== '.');
  return reads ? patterns : workspace.packages;
}

/** A dependency the lockfile links to a folder of the workspace. */
interface WorkspaceLink {
  folder: string;
  manifest: TextFile;
  name: string;
  specifier: string;
  /** The linked folder, relative to the lockfile's. */
  target: string;
}

/** A dependency an importer records: its field, the specifier it was locked for, and the version. */
interface LockedDependency {
  field: string;
  specifier: string;
  version: string;
}

/** What an importer records of its dependencies, by name. */
function lockedDependencies(importer: Importer): Map<string, LockedDependency> {
  const locked = new Map<string, LockedDependency>();
  const specifiers = stringMap(importer.specifiers);
  for (const field of FIELDS) {
    const entries = isRecord(importer[field]) ? importer[field] : {};
    // Keys and a lookup rather than Object.entries, which builds a pair per entry (thousands per workspace).
    for (const name of Object.keys(entries)) {
      const value = entries[name];
      // 6.0+: `{ specifier, version }`; the older layout keeps specifiers in a separate map.
      const specifier = isRecord(value) ? String(value.specifier ?? '') : (specifiers[name] ?? '');
      const version = isRecord(value) ? String(value.version ?? '') : String(value);
      locked.set(name, { field, specifier, version });
    }
  }
  return locked;
}

/** An importer's dependencies locked as `link:` to a folder, with the specifier they were locked for. */
function workspaceLinks(
  folder: string,
  locked: ReadonlyMap<string, LockedDependency>,
  manifest: TextFile,
): WorkspaceLink[] {
  const links: WorkspaceLink[] = [];
  for (const [name, { specifier, version }] of locked) {
    if (!version.startsWith('link:')) continue;
    const target = posix.normalize(posix.join(folder, version.slice('link:'.length)));
    links.push({ folder, manifest, name, specifier, target });
  }
  return links;
}

/** A specifier as pnpm compares it: `tool:` is `runtime:` by another name (pnpm 12.12.1). */
function sameSpecifier(locked: string, spec: string): boolean {
  return locked === spec || (spec.startsWith('tool:') && locked === `runtime:${spec.slice('tool:'.length)}`);
}

/** `devEngines.runtime` entries pnpm installs (`onFail: download`): locked as devDependencies `runtime:<version>`. */
function devEngineRuntimes(pkg: Record<string, unknown>): Array<{ name: string; spec: string }> {
  const devEngines = isRecord(pkg.devEngines) ? pkg.devEngines : {};
  const list = Array.isArray(devEngines.runtime) ? devEngines.runtime : [devEngines.runtime];
  return list
    .filter(
      (item): item is Record<string, unknown> =>
        isRecord(item) &&
        typeof item.name === 'string' &&
        typeof item.version === 'string' &&
        item.onFail === 'download',
    )
    .map((item) => ({ name: item.name as string, spec: `runtime:${item.version as string}` }));
}

export const pnpm: Ecosystem = {
  name: 'pnpm',
  lockfiles: ['pnpm-lock.yaml'],
  manifest: 'package.json',
  fix: FIX,
  defaultHosts: HOSTS,
  declaresDependencies: declaresJsDependencies,
  lockfileExpected: jsLockfileExpected,
  async rootWithoutManifest(dir, cwd) {
    return (await readTextIfPresent(cwd, posix.join(dir, 'pnpm-workspace.yaml'))) !== undefined;
  },
  lockfileSwitchedOff(manifest, cwd, boundary) {
    const pkg = parseJson(manifest);
    const majors = pnpmPins(isRecord(pkg) ? pkg : {}).map(([major]) => major);
    return pnpmLockfileSwitchedOff(manifest, cwd, boundary, {
      before11: majors.length === 0 || majors.some((major) => major < 11),
      from11: majors.length === 0 || majors.some((major) => major >= 11),
    });
  },
  async check(context: CheckContext) {
    const check = new PnpmCheck(context);
    return check.problems.guard(() => check.run());
  },
};
