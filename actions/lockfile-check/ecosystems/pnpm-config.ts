// What pnpm resolves with besides the manifests: `overrides` (package.json `pnpm.overrides` and
// pnpm-workspace.yaml), catalogs, and how an override rewrites a project's own dependency spec.
import { escapeRegex, isRecord, stringMap, type TextFile } from '../files.js';
import { versionAtLeast } from './js-specs.js';
import { satisfiesRange } from './npm-ranges.js';
import { type Semver, SemverNotLoaded, semverIfLoaded } from './semver.js';

export type Catalogs = Record<string, Record<string, string>>;

export interface OverrideRule {
  /** The key as written (`a@<2`, `p>a`), which is also how pnpm records it in the lockfile. */
  key: string;
  name: string;
  /** `a@<2` → `<2`. */
  range?: string;
  /** `p>a`: the rule only applies to dependencies of p. */
  parent?: string;
  /** `p@1>a`: only to those of a p whose version is in this range. */
  parentRange?: string;
  /** The spec as pnpm writes it to the lockfile: `$name` and `catalog:` resolved; `-` removes the dependency. */
  value: string;
  /** The value as configured (`catalog:`, `$name`), which some pnpm versions record as the specifier. */
  raw: string;
  /** `a:prod`, `a:optional`, `a:peer` (pnpm 12.17+): the one dependency group the rule applies to. */
  group?: DependencyGroup;
  /** `a@` (pnpm 11.13+): a convergence override, which rewrites only a spec its version satisfies. */
  converges?: boolean;
}

/** The dependency group of a project's own dependency, as override selectors name it; devDependencies have none. */
export type DependencyGroup = 'prod' | 'optional' | 'peer';

/** How a pnpm release reads a project's own dependencies where releases differ. */
export interface ReleaseReading {
  /** pnpm 11.13+: `a@` is a convergence override; before, it overrides `a` whatever its range. */
  convergence: boolean;
  /** pnpm 12.17+: `*` in a selector's names is a wildcard; before, it is a literal no package is named. */
  wildcards: boolean;
  /** pnpm 12.17+: an override that is no peer range leaves a peer alone; before, it made it a dependency. */
  peerKeptFromAlias: boolean;
  /** pnpm 12.8+: `packageExtensions` extend the workspace's own projects too; before, only installed packages. */
  projectsExtended: boolean;
  /** pnpm 12.20+: a selector's range meets a `catalog:` dependency's catalog entry; before, nothing it names. */
  catalogsSelected: boolean;
}

/** The reading of the pnpm release `version` ([major, minor]). */
export function releaseReading(version: readonly number[]): ReleaseReading {
  const since1217 = versionAtLeast(version, [12, 17]);
  return {
    convergence: versionAtLeast(version, [11, 13]),
    wildcards: since1217,
    peerKeptFromAlias: since1217,
    projectsExtended: versionAtLeast(version, [12, 8]),
    catalogsSelected: versionAtLeast(version, [12, 20]),
  };
}

/** Whether the releases' readings can differ on `rule`: only then is a project's expectation worked out twice. */
export function readingMatters(rule: OverrideRule): boolean {
  return (
    rule.converges === true ||
    rule.range !== undefined ||
    rule.name.includes('*') ||
    (rule.parent?.includes('*') ?? false) ||
    (rule.value !== '-' && !isValidPeerRange(rule.value))
  );
}

/** `pnpm-workspace.yaml`'s `catalog` (the default one) and `catalogs`. */
export function readCatalogs(workspace: Record<string, unknown>): Catalogs {
  const catalogs: Catalogs = {};
  if (isRecord(workspace.catalogs)) {
    for (const [name, entries] of Object.entries(workspace.catalogs)) catalogs[name] = stringMap(entries);
  }
  if (isRecord(workspace.catalog))
    catalogs.default = { ...catalogs.default, ...stringMap(workspace.catalog) };
  return catalogs;
}

/** `catalog:` / `catalog:name` → the catalog's spec for `name`; undefined when it names nothing. */
export function catalogSpec(catalogs: Catalogs, name: string, spec: string): string | undefined {
  if (!spec.startsWith('catalog:')) return undefined;
  return catalogs[spec.slice('catalog:'.length).trim() || 'default']?.[name];
}

function splitSelector(selector: string): { name: string; range?: string; converges?: boolean } {
  const at = selector.indexOf('@', selector.startsWith('@') ? 1 : 0);
  if (at === -1) return { name: selector };
  const range = selector.slice(at + 1);
  return range ? { name: selector.slice(0, at), range } : { name: selector.slice(0, at), converges: true };
}

const GROUP_SUFFIX = /:(prod|optional|peer)$/;

/** The override rules with their values resolved as pnpm writes them to the lockfile's `overrides`. */
export function readOverrides(
  overrides: Record<string, string>,
  rootPkg: Record<string, unknown>,
  catalogs: Catalogs,
): OverrideRule[] {
  const rootSpec = (name: string): string | undefined => {
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
      const spec = stringMap(rootPkg[field])[name];
      if (spec !== undefined) return spec;
    }
    return undefined;
  };
  return Object.entries(overrides).map(([written, raw]) => {
    // pnpm trims a selector, and records it trimmed.
    const key = written.trim();
    const arrow = key.lastIndexOf('>');
    let selector = (arrow === -1 ? key : key.slice(arrow + 1)).trim();
    const group = GROUP_SUFFIX.exec(selector)?.[1] as DependencyGroup | undefined;
    if (group) selector = selector.slice(0, -group.length - 1);
    const target = splitSelector(selector);
    const parent = arrow === -1 ? undefined : splitSelector(key.slice(0, arrow).trim());
    let value = raw;
    if (value.startsWith('$')) value = rootSpec(value.slice(1)) ?? value;
    value = catalogSpec(catalogs, target.name, value) ?? value;
    const rule: OverrideRule = {
      key,
      ...target,
      parent: parent?.name,
      parentRange: parent?.range,
      value,
      raw,
    };
    if (group) rule.group = group;
    return rule;
  });
}

/** The workspace package whose own dependencies are overridden: its package.json `name` and `version`. */
export interface OverriddenProject {
  name?: unknown;
  version?: unknown;
}

/**
 * The rule that rewrites a project's own dependency `name@spec` of `group`, as pnpm's versions overrider picks it.
 * The overrider reads every manifest, the workspace's own included: `p>name` (and `p@range>name`) rules whose
 * parent is this project (by its name, and its version within the range) come first, then the rules without a
 * parent. In each, rules naming `name` come before wildcard ones (pnpm 12.17+); of those, rules for the group
 * (`name:prod`) before the others; of those, rules with a range (which must contain the spec) or a convergence
 * override whose version the spec allows, before the plain one.
 * Throws SemverNotLoaded when deciding needs node-semver and it is not loaded yet (most workspaces write their
 * specs as `catalog:` or `workspace:`, which no range contains, and never need it).
 */
export function projectOverride(
  rules: readonly OverrideRule[],
  name: string,
  spec: string,
  project: OverriddenProject = {},
  group: DependencyGroup | undefined = undefined,
  reading: ReleaseReading = NEWEST_READING,
): OverrideRule | undefined {
  const index = indexed(rules);
  const named = index.byName.get(name) ?? [];
  const wild = reading.wildcards ? index.wildcards.filter((rule) => globMatches(rule.name, name)) : [];
  if (named.length === 0 && wild.length === 0) return undefined;
  const projectName = typeof project.name === 'string' ? project.name : undefined;
  const ownParent = (rule: OverrideRule) =>
    rule.parent !== undefined &&
    projectName !== undefined &&
    (rule.parent === projectName || (reading.wildcards && globMatches(rule.parent, projectName))) &&
    parentMatches(rule, project.version);
  for (const scope of [ownParent, (rule: OverrideRule) => rule.parent === undefined]) {
    for (const candidates of [named, wild]) {
      const rule = pick(candidates.filter(scope), spec, group, reading);
      if (rule) return rule;
    }
  }
  return undefined;
}

const NEWEST_READING = releaseReading([Number.POSITIVE_INFINITY, 0]);

/** pnpm's pickMostSpecificVersionOverride, the rules for the dependency's group first. */
function pick(
  rules: readonly OverrideRule[],
  spec: string,
  group: DependencyGroup | undefined,
  reading: ReleaseReading,
): OverrideRule | undefined {
  if (rules.length === 0) return undefined;
  const grouped = group === undefined ? [] : rules.filter((rule) => rule.group === group);
  return (
    pickBySpec(grouped, spec, reading) ??
    pickBySpec(
      rules.filter((rule) => rule.group === undefined),
      spec,
      reading,
    )
  );
}

/** A rule whose range contains the spec (or a convergence override the spec allows), else the plain one. */
function pickBySpec(
  rules: readonly OverrideRule[],
  spec: string,
  reading: ReleaseReading,
): OverrideRule | undefined {
  let plain: OverrideRule | undefined;
  for (const rule of rules) {
    if (rule.converges && reading.convergence) {
      if (versionSatisfies(rule.value, spec)) return rule;
      continue;
    }
    if (rule.range === undefined) {
      plain ??= rule;
      continue;
    }
    if (spec === rule.range || rangeWithin(spec, rule.range)) return rule;
  }
  return plain;
}

/** `*` in an override selector's name matches any run of characters, `/` included (`@types/*`). */
const globs = new Map<string, RegExp>();

function globMatches(pattern: string, name: string): boolean {
  if (!pattern.includes('*')) return pattern === name;
  let regex = globs.get(pattern);
  if (!regex) {
    regex = new RegExp(`^${pattern.split('*').map(escapeRegex).join('.*')}$`);
    globs.set(pattern, regex);
  }
  return regex.test(name);
}

/** A convergence override's version against the dependency's own range (semver.satisfies; not a range: no). */
function versionSatisfies(version: string, spec: string): boolean {
  if (!mayBeRange(spec) || !mayBeRange(version)) return false;
  const semver = semverIfLoaded();
  if (!semver) throw new SemverNotLoaded();
  try {
    return isRange(semver, spec) && semver.valid(version) !== null && semver.satisfies(version, spec);
  } catch {
    return false;
  }
}

/** `p@range>a` applies to a p whose version the range allows (semver.satisfies; no version never does). */
function parentMatches(rule: OverrideRule, version: unknown): boolean {
  if (rule.parentRange === undefined) return true;
  if (typeof version !== 'string') return false;
  const semver = semverIfLoaded();
  if (!semver) throw new SemverNotLoaded();
  try {
    return semver.satisfies(version, rule.parentRange);
  } catch {
    return false;
  }
}

/** The rules by the name they rewrite, and the wildcard ones, per rule list: a workspace asks for thousands. */
const indexes = new WeakMap<
  readonly OverrideRule[],
  { byName: Map<string, OverrideRule[]>; wildcards: OverrideRule[] }
>();

function indexed(rules: readonly OverrideRule[]): {
  byName: Map<string, OverrideRule[]>;
  wildcards: OverrideRule[];
} {
  let index = indexes.get(rules);
  if (!index) {
    index = { byName: new Map(), wildcards: [] };
    for (const rule of rules) {
      if (rule.name.includes('*')) index.wildcards.push(rule);
      else index.byName.set(rule.name, [...(index.byName.get(rule.name) ?? []), rule]);
    }
    indexes.set(rules, index);
  }
  return index;
}

const validRanges = new Map<string, boolean>();

function isRange(semver: Semver, spec: string): boolean {
  let valid = validRanges.get(spec);
  if (valid === undefined) {
    valid = Boolean(semver.validRange(spec));
    validRanges.set(spec, valid);
  }
  return valid;
}

/** `semver.subset(spec, range)` for two valid ranges, remembered: workspaces repeat the same specs. */
const within = new Map<string, boolean>();

/** Whether node-semver could read `spec` as a range at all: its grammar has no `:` and no `/`. */
function mayBeRange(spec: string): boolean {
  return !spec.includes(':') && !spec.includes('/');
}

function rangeWithin(spec: string, range: string): boolean {
  if (!mayBeRange(spec) || !mayBeRange(range)) return false;
  const key = `${spec}\0${range}`;
  let verdict = within.get(key);
  if (verdict === undefined) {
    const semver = semverIfLoaded();
    if (!semver) throw new SemverNotLoaded();
    try {
      verdict = isRange(semver, spec) && isRange(semver, range) && semver.subset(spec, range);
    } catch {
      verdict = false;
    }
    within.set(key, verdict);
  }
  return verdict;
}

/** `text` cut into YAML documents at `---` lines, each padded so that its lines keep their numbers. */
export function yamlDocuments(file: TextFile): TextFile[] {
  const text = file.text;
  if (!/^---[ \t]*$/m.test(text)) return [file];
  // Offsets found with one scan of the text: a big lockfile has tens of thousands of lines and one separator.
  const cuts: number[] = [];
  const separator = /^---[ \t]*\r?$/gm;
  for (let match = separator.exec(text); match; match = separator.exec(text)) cuts.push(match.index);
  const documents: TextFile[] = [];
  let start = 0;
  let line = 0;
  for (const cut of [...cuts, -1]) {
    if (cut === -1) {
      // The last document runs to the end of the file: read in place, its padded copy made only if asked for.
      if (text.slice(start).trim()) documents.push(paddedTail(file.path, text, start, line));
      break;
    }
    const body = text.slice(start, Math.max(start, cut - 1));
    if (body.trim()) documents.push({ path: file.path, text: '\n'.repeat(line) + body });
    const next = text.indexOf('\n', cut);
    const after = next === -1 ? text.length : next + 1;
    for (let at = text.indexOf('\n', start); at !== -1 && at < after; at = text.indexOf('\n', at + 1)) line++;
    start = after;
  }
  return documents.length ? documents : [file];
}

/** The document from `start` to the end of `text`, `lines` line breaks in front (built on first use of `text`). */
function paddedTail(path: string, text: string, start: number, lines: number): TextFile {
  let padded: string | undefined;
  return {
    path,
    get text() {
      padded ??= '\n'.repeat(lines) + text.slice(start);
      return padded;
    },
    within: { text, start },
  };
}

/** pnpm's isValidPeerRange: a semver range (which never holds a `:`), or one with `workspace:` or `catalog:`. */
function isValidPeerRange(spec: string): boolean {
  return !spec.includes(':') || spec.includes('workspace:') || spec.includes('catalog:');
}

/**
 * A project's peerDependencies after pnpm's versions overrider: an override that is a valid peer range replaces the
 * peer's range (what autoInstallPeers then records); any other (`npm:` alias, `link:`) makes it a regular
 * dependency instead, written into `dependencies` over what the manifest has there, until pnpm 12.17, which
 * leaves the peer as declared.
 */
export function overridePeers(
  rules: readonly OverrideRule[],
  peers: Record<string, string>,
  project: OverriddenProject = {},
  reading: ReleaseReading = NEWEST_READING,
): { peers: Record<string, string>; dependencies: Record<string, OverrideRule> } {
  const result = { peers: { ...peers }, dependencies: {} as Record<string, OverrideRule> };
  for (const [name, spec] of Object.entries(peers)) {
    const rule = projectOverride(rules, name, spec, project, 'peer', reading);
    if (!rule) continue;
    if (rule.value === '-') delete result.peers[name];
    else if (isValidPeerRange(rule.value)) result.peers[name] = rule.value;
    else if (!reading.peerKeptFromAlias) result.dependencies[name] = rule;
  }
  return result;
}

/** pnpm's packageExtensions: `name` or `name@range` → the fields it adds to a matching package's manifest. */
export type PackageExtensions = Record<string, unknown>;

const EXTENDED_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies', 'peerDependenciesMeta'];

/**
 * A project's manifest as pnpm 12.8+ reads it with `packageExtensions` applied: each extension whose selector
 * names the project (and whose range allows its version) adds its fields, the manifest's own entries winning.
 * Throws SemverNotLoaded when a range needs node-semver before it is loaded.
 */
export function extendedManifest(
  pkg: Record<string, unknown>,
  extensions: PackageExtensions,
): Record<string, unknown> {
  if (typeof pkg.name !== 'string') return pkg;
  let extended = pkg;
  for (const [selector, extension] of Object.entries(extensions)) {
    if (!isRecord(extension)) continue;
    const { name, range } = splitSelector(selector.trim());
    if (name !== pkg.name) continue;
    if (range !== undefined && (typeof pkg.version !== 'string' || !satisfiesRange(pkg.version, range)))
      continue;
    extended = { ...extended };
    for (const field of EXTENDED_FIELDS)
      if (isRecord(extension[field]))
        extended[field] = { ...extension[field], ...(isRecord(extended[field]) ? extended[field] : {}) };
  }
  return extended;
}
