import { escapeRegex, isRecord, parseJson, type TextFile } from '../files.js';
import { isValidRange, satisfiesRange } from './npm-ranges.js';
import { workspacePatterns } from './npm-workspaces.js';

/** The dependency fields of package.json that a lockfile records, in the order npm writes them. */
export const DEPENDENCY_FIELDS = [
  'dependencies',
  'devDependencies',
  'optionalDependencies',
  'peerDependencies',
] as const;
export type DependencyField = (typeof DEPENDENCY_FIELDS)[number];

/** A package.json spec reduced to what a locked version can be checked against. */
export type SpecTarget =
  | { kind: 'range'; name: string; range: string }
  /** file:, link:, git, URLs, workspace:, tags: pinned by other means, not by a semver range. */
  | { kind: 'other' };

/** npm-package-arg's GitHub shorthand: `user/repo`, and a `#committish` after it, which may hold slashes. */
export const GITHUB_SHORTHAND = /^[^@\s/]+\/[^\s/#]+(?:#.*)?$/;

/** Reads `^1.2.0`, `npm:real@^1`, `workspace:*`, `file:../x`, `github:u/r`, `latest` the way npm-package-arg would. */
export function specTarget(name: string, spec: string): SpecTarget {
  let target = name;
  let range = spec.trim();
  if (range.startsWith('npm:')) {
    const aliased = range.slice(4);
    const at = aliased.lastIndexOf('@');
    if (at > 0) {
      target = aliased.slice(0, at);
      range = aliased.slice(at + 1);
    } else {
      target = aliased;
      range = '*';
    }
  }
  if (range === '') range = '*';
  if (
    /^(file|link|workspace|portal|patch|git|git\+[a-z]+|github|gitlab|bitbucket|https?|catalog|jsr):/.test(
      range,
    )
  )
    return { kind: 'other' };
  if (GITHUB_SHORTHAND.test(range) && !/^[<>=~^]/.test(range)) return { kind: 'other' };
  if (!isValidRange(range)) return { kind: 'other' };
  return { kind: 'range', name: target, range };
}

/** Whether a locked version satisfies a spec (true when the spec is not a semver range). */
export function versionSatisfies(version: string, target: SpecTarget): boolean {
  if (target.kind !== 'range') return true;
  return satisfiesRange(version, target.range);
}

/** A package.json needs a lockfile when it has dependencies or workspaces. */
export function declaresJsDependencies(manifest: TextFile): boolean {
  const pkg = parseJson(manifest);
  if (!isRecord(pkg)) return false;
  const hasDeps = DEPENDENCY_FIELDS.some(
    (field) => isRecord(pkg[field]) && Object.keys(pkg[field]).length > 0,
  );
  return hasDeps || workspacePatterns(pkg).length > 0;
}

/** The keys of a manifest from a field's first line on: each key's first line, and the field's line. */
interface KeyLines {
  section: number;
  keys: Map<string, number>;
}

let indexedText: string | undefined;
const indexedFields = new Map<string, KeyLines | null>();

/** A JSON key: `"…":`, escapes kept as written. */
const KEY = /"((?:[^"\\]|\\.)*)"\s*:/g;

function keyLines(text: string, field: string): KeyLines | null {
  const lines = text.split('\n');
  const pattern = new RegExp(`"${escapeRegex(field)}"\\s*:`);
  const start = lines.findIndex((line) => pattern.test(line));
  if (start === -1) return null;
  const keys = new Map<string, number>();
  for (let index = start; index < lines.length; index++) {
    for (const match of lines[index]!.matchAll(KEY)) if (!keys.has(match[1]!)) keys.set(match[1]!, index + 1);
  }
  return { section: start + 1, keys };
}

/**
 * The line of `name` in a package.json dependency field: the first line naming it from the field's line on
 * (as findLine would find it). Each manifest and field is indexed once: a workspace asks for every dependency.
 */
export function manifestLine(file: TextFile, field: string, name: string): number {
  if (file.text !== indexedText) {
    indexedText = file.text;
    indexedFields.clear();
  }
  let index = indexedFields.get(field);
  if (index === undefined) {
    index = keyLines(file.text, field);
    indexedFields.set(field, index);
  }
  if (!index) return 1;
  return index.keys.get(name) ?? index.section;
}

/**
 * A JS project expected to commit its lockfile on its own: an application or monorepo root (`private`,
 * `workspaces`) or one that pins its package manager (`packageManager`). A publishable library need not.
 */
export function jsLockfileExpected(manifest: TextFile): boolean {
  const pkg = parseJson(manifest);
  if (!isRecord(pkg)) return true;
  return pkg.private === true || workspacePatterns(pkg).length > 0 || typeof pkg.packageManager === 'string';
}

/**
 * Whether the workspace package at `version` has left the range a dependency linked to it was locked for
 * (`^7.9.5`, pnpm's `workspace:^7.9.5`, yarn's `npm:^7.9.5`): pnpm and yarn check that range again. `workspace:*`,
 * `^`, `~` and folder paths follow the package wherever it goes.
 */
export function leftWorkspaceRange(specifier: string, version: string): boolean {
  const range = specifier.replace(/^(npm|workspace):/, '');
  if (['', '*', '^', '~'].includes(range) || range.startsWith('.') || range.includes('/')) return false;
  return isValidRange(range) && !satisfiesRange(version, range);
}

/**
 * The versions of the package manager `name` a project pins (`packageManager: name@x.y.z`, and
 * `devEngines.packageManager` entries of that name by the lowest version their range allows), as
 * [major, minor, patch]; a pin that names no version is left out.
 */
export function packageManagerPins(
  pkg: Record<string, unknown>,
  name: string,
): Array<[number, number, number]> {
  const pins: unknown[] = [];
  if (typeof pkg.packageManager === 'string' && pkg.packageManager.startsWith(`${name}@`))
    pins.push(pkg.packageManager.slice(name.length + 1));
  const devEngines = isRecord(pkg.devEngines) ? pkg.devEngines.packageManager : undefined;
  for (const entry of Array.isArray(devEngines) ? devEngines : [devEngines])
    if (isRecord(entry) && entry.name === name) pins.push(entry.version);
  const out: Array<[number, number, number]> = [];
  for (const version of pins) {
    const match =
      typeof version === 'string' ? /^[\s^~>=v]*(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(version) : null;
    if (match) out.push([Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)]);
  }
  return out;
}

/** Whether a version (major, minor, …) is `least` or later. */
export function versionAtLeast(version: readonly number[], least: readonly number[]): boolean {
  for (let part = 0; part < least.length; part++)
    if ((version[part] ?? 0) !== least[part]) return (version[part] ?? 0) > least[part]!;
  return true;
}
