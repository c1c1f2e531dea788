import { posix, resolve } from 'node:path';
import {
  escapeRegex,
  findLine,
  isRecord,
  own,
  parseJson,
  parseYamlDocuments,
  parseYamlText,
  readText,
  stringMap,
  type TextFile,
} from '../files.js';
import { Problems } from '../problems.js';
import { checkIntegrity, checkTarballName, checkUrl } from '../security.js';
import type { CheckContext, Ecosystem } from '../types.js';
import { declaresJsDependencies, manifestLine } from './js-specs.js';
import { expandWorkspaces } from './npm-workspaces.js';

const FIX = 'pnpm install';
const HOSTS = ['registry.npmjs.org'];
/** Lockfile formats of pnpm 8 (6.0), 9 and later (9.0); 7.0 was written by early pnpm 9 betas. */
const SUPPORTED = new Set(['6.0', '6.1', '7.0', '9.0']);
/** The fields pnpm records per importer (peer dependencies are installed through these). */
const FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const;

type Importer = Record<string, unknown>;

/** `'/@s/a@1.0.0(peer@2)'`, `a@1.0.0` → `@s/a`. */
export function pnpmPackageName(key: string): string {
  const bare = key.replace(/^\//, '').replace(/\(.*$/, '');
  const at = bare.indexOf('@', 1);
  return at === -1 ? bare : bare.slice(0, at);
}

function lockLine(text: string, key: string): number {
  return findLine(text, /^packages:/, new RegExp(`^ {2}'?${escapeRegex(key)}'?:`));
}

class PnpmCheck {
  readonly problems = new Problems('pnpm', FIX);
  private lock!: TextFile;
  private autoInstallPeers = true;

  constructor(private readonly context: CheckContext) {}

  async run(): Promise<void> {
    const { cwd, pair } = this.context;
    this.lock = await readText(cwd, pair.lockfile!);
    // pnpm 11 and later write the lockfile of pnpm's own environment as a first document, the project's last.
    const data = (await parseYamlDocuments(this.lock)).at(-1);
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
        `${this.lock.path} has lockfileVersion '${version}', which this action does not know (expected 6.0 to 9.0); refusing to pass it unchecked`,
        Number.parseFloat(version) < 6 ? 'pnpm install (with pnpm 8 or newer)' : FIX,
      );
      return;
    }
    const settings = isRecord(data.settings) ? data.settings : {};
    this.autoInstallPeers = settings.autoInstallPeers !== false;
    // Single-project lockfiles of pnpm 8 keep the root importer at the top level.
    const importers: Record<string, Importer> = isRecord(data.importers)
      ? (data.importers as Record<string, Importer>)
      : { '.': data };
    const rootManifest = await readText(cwd, pair.manifest!);
    const rootPkg = parseJson(rootManifest);
    const workspace = await this.workspaceSettings();
    const folders = await expandWorkspaces(resolve(cwd, pair.dir), workspace.packages);
    for (const folder of ['.', ...folders]) {
      const importer = own(importers, folder);
      const manifest =
        folder === '.' ? rootManifest : await readText(cwd, posix.join(pair.dir, folder, 'package.json'));
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
      if (isRecord(pkg)) this.checkImporter(folder, isRecord(importer) ? importer : {}, manifest, pkg);
    }
    for (const folder of Object.keys(importers)) {
      if (folder === '.' || folders.includes(folder)) continue;
      this.problems.add(
        'extraneous',
        this.lock.path,
        findLine(this.lock.text, /^importers:/, new RegExp(`^ {2}'?${escapeRegex(folder)}'?:`)),
        folder,
        `${this.lock.path} has importer ${folder}, which is not a workspace package`,
      );
    }
    const overrides = {
      ...(isRecord(rootPkg) && isRecord(rootPkg.pnpm) ? stringMap(rootPkg.pnpm.overrides) : {}),
      ...workspace.overrides,
    };
    this.checkOverrides(stringMap(data.overrides), overrides, rootManifest);
    if (isRecord(data.packages)) this.checkPackages(data.packages);
  }

  private async workspaceSettings(): Promise<{ packages: string[]; overrides: Record<string, string> }> {
    const { cwd, pair } = this.context;
    let file: TextFile;
    try {
      file = await readText(cwd, posix.join(pair.dir, 'pnpm-workspace.yaml'));
    } catch {
      return { packages: [], overrides: {} };
    }
    const data = await parseYamlText(file);
    if (!isRecord(data)) return { packages: [], overrides: {} };
    const packages = Array.isArray(data.packages)
      ? data.packages.filter((item) => typeof item === 'string')
      : [];
    return { packages, overrides: stringMap(data.overrides) };
  }

  private checkImporter(
    folder: string,
    importer: Importer,
    manifest: TextFile,
    pkg: Record<string, unknown>,
  ): void {
    const where = folder === '.' ? 'the root package' : `workspace ${folder}`;
    const locked = new Map<string, { field: string; specifier: string; version: string }>();
    for (const field of FIELDS) {
      const entries = isRecord(importer[field]) ? importer[field] : {};
      const specifiers = stringMap(importer.specifiers);
      for (const [name, value] of Object.entries(entries)) {
        // 6.0+: `{ specifier, version }`; the older layout keeps specifiers in a separate map.
        const specifier = isRecord(value) ? String(value.specifier ?? '') : (specifiers[name] ?? '');
        const version = isRecord(value) ? String(value.version ?? '') : String(value);
        locked.set(name, { field, specifier, version });
      }
    }
    const expected: Array<{ field: string; source: string; name: string; spec: string }> = [];
    for (const field of FIELDS) {
      for (const [name, spec] of Object.entries(stringMap(pkg[field]))) {
        // A package in both dependencies and optionalDependencies is only optional for pnpm.
        if (field === 'dependencies' && stringMap(pkg.optionalDependencies)[name] !== undefined) continue;
        expected.push({ field, source: field, name, spec });
      }
    }
    if (this.autoInstallPeers) {
      // autoInstallPeers records a peer nobody else provides as a dependency with the peer's range.
      for (const [name, spec] of Object.entries(stringMap(pkg.peerDependencies))) {
        if (expected.some((item) => item.name === name)) continue;
        expected.push({ field: 'dependencies', source: 'peerDependencies', name, spec });
      }
    }
    const wanted = new Set<string>();
    for (const { field, source, name, spec } of expected) {
      wanted.add(name);
      const line = manifestLine(manifest, source, name);
      const lock = locked.get(name);
      if (!lock && field === 'optionalDependencies') {
        // pnpm --frozen-lockfile installs without it ("could not be resolved, excluding it").
        this.problems.warn(
          'not-locked',
          manifest.path,
          line,
          name,
          `${name}@${spec} (${source} of ${where}) is not in ${this.lock.path}; pnpm will skip it until the lockfile is updated`,
        );
      } else if (!lock) {
        this.problems.add(
          'not-locked',
          manifest.path,
          line,
          name,
          `${name}@${spec} (${source} of ${where}) is not in ${this.lock.path}`,
        );
      } else if (lock.field !== field) {
        this.problems.add(
          'dependency-type',
          manifest.path,
          line,
          name,
          `${name} is in ${source} of ${where} but ${this.lock.path} records it in ${lock.field}`,
        );
      } else if (lock.specifier !== spec) {
        this.problems.add(
          'spec-mismatch',
          manifest.path,
          line,
          name,
          `${name}: package.json says "${spec}", ${this.lock.path} was made for "${lock.specifier}" (locked ${lock.version})`,
        );
      }
    }
    for (const [name, lock] of locked) {
      if (wanted.has(name)) continue;
      this.problems.add(
        'extraneous',
        this.lock.path,
        findLine(this.lock.text, /^importers:|^dependencies:/, new RegExp(`^\\s+'?${escapeRegex(name)}'?:`)),
        name,
        `${name} is locked in ${lock.field} of ${where} but package.json no longer declares it`,
      );
    }
  }

  private checkOverrides(
    locked: Record<string, string>,
    wanted: Record<string, string>,
    manifest: TextFile,
  ): void {
    for (const [name, spec] of Object.entries(wanted)) {
      if (locked[name] === spec) continue;
      const line = findLine(manifest.text, /"overrides"\s*:/, new RegExp(`"${escapeRegex(name)}"\\s*:`));
      const was = locked[name] === undefined ? 'has no such override' : `has "${locked[name]}"`;
      this.problems.add(
        'spec-mismatch',
        manifest.path,
        line,
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

  private checkPackages(packages: Record<string, unknown>): void {
    const security = this.context.security;
    for (const [key, entry] of Object.entries(packages)) {
      if (!isRecord(entry) || !isRecord(entry.resolution)) continue;
      const resolution = entry.resolution;
      if (
        resolution.type === 'git' ||
        resolution.type === 'directory' ||
        typeof resolution.directory === 'string'
      )
        continue;
      const name = typeof entry.name === 'string' ? entry.name : pnpmPackageName(key);
      const findings = [];
      if (typeof resolution.tarball === 'string') {
        findings.push(...checkUrl(resolution.tarball, security, HOSTS));
        if (!resolution.tarball.startsWith('file:'))
          findings.push(...checkTarballName(name, resolution.tarball));
      }
      if (!(typeof resolution.tarball === 'string' && resolution.tarball.startsWith('file:')))
        findings.push(...checkIntegrity(resolution.integrity, security));
      for (const finding of findings) {
        this.problems.add(
          finding.kind,
          this.lock.path,
          lockLine(this.lock.text, key),
          name,
          `${key.replace(/^\//, '')} ${finding.message}`,
        );
      }
    }
  }
}

export const pnpm: Ecosystem = {
  name: 'pnpm',
  lockfiles: ['pnpm-lock.yaml'],
  manifest: 'package.json',
  fix: FIX,
  defaultHosts: HOSTS,
  declaresDependencies: declaresJsDependencies,
  async check(context: CheckContext) {
    const check = new PnpmCheck(context);
    return check.problems.guard(() => check.run());
  },
};
