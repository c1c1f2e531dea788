// npm 12's patches and manifest extensions, which it records in a lockfileVersion 4 package-lock.json and which
// `npm ci` compares (lib/utils/validate-lockfile.js): `patchedDependencies`, `packageExtensions` and the
// `.npm-extension.{mjs,cjs}` file.
import { posix } from 'node:path';
import { nodeCrypto } from '../../../shared/node-crypto.js';
import { isRecord, readTextIfPresent, stringMap } from '../files.js';
import type { Kind } from '../types.js';

/** A difference npm ci refuses the lockfile over. */
export interface ExtensionFinding {
  kind: Kind;
  /** The `packages` key it concerns ('' for the root). */
  key: string;
  name: string;
  message: string;
}

/** The package a `packages` key holds: its `name` (an alias's target) or the key's last folder. */
function entryName(key: string, entry: Record<string, unknown>): string {
  if (typeof entry.name === 'string') return entry.name;
  const at = key.lastIndexOf('node_modules/');
  return at === -1 ? key : key.slice(at + 'node_modules/'.length);
}

/** `name@version` (or `name` alone, any version) → the patch file, as package.json's patchedDependencies says. */
function patchTarget(selector: string): { name: string; version?: string } {
  const at = selector.indexOf('@', selector.startsWith('@') ? 1 : 0);
  return at === -1 ? { name: selector } : { name: selector.slice(0, at), version: selector.slice(at + 1) };
}

/** ssri's sha512 integrity of a text, as npm records a patch file's. */
function sha512(text: string): string {
  return `sha512-${nodeCrypto().createHash('sha512').update(text).digest('base64')}`;
}

/**
 * Each configured patch against the locked packages: recorded with its path and the patch file's integrity;
 * a patch that names no locked package (EPATCHUNUSED); a recorded patch no longer configured.
 */
export async function patchFindings(
  pkg: Record<string, unknown>,
  packages: Record<string, Record<string, unknown>>,
  cwd: string,
  dir: string,
): Promise<ExtensionFinding[]> {
  const configured = stringMap(pkg.patchedDependencies);
  const targets = Object.keys(configured).map((selector) => ({ selector, ...patchTarget(selector) }));
  const findings: ExtensionFinding[] = [];
  const used = new Set<string>();
  for (const [key, entry] of Object.entries(packages)) {
    if (key === '' || !isRecord(entry)) continue;
    const name = entryName(key, entry);
    const selector = targets.find(
      (target) => target.name === name && (target.version === undefined || target.version === entry.version),
    )?.selector;
    const patched = isRecord(entry.patched) ? entry.patched : undefined;
    if (selector === undefined) {
      if (patched)
        findings.push({
          kind: 'extraneous',
          key,
          name,
          message: `${key} records a patch (${String(patched.path)}) that package.json no longer declares`,
        });
      continue;
    }
    used.add(selector);
    const path = configured[selector]!;
    if (!patched) {
      findings.push({
        kind: 'not-locked',
        key,
        name,
        message: `package.json patches ${selector} with ${path}, but ${key} records no patch`,
      });
      continue;
    }
    if (typeof patched.path !== 'string' || posix.normalize(patched.path) !== posix.normalize(path)) {
      findings.push({
        kind: 'spec-mismatch',
        key,
        name,
        message: `the patch of ${selector} is ${path}, the lockfile records ${String(patched.path)}`,
      });
      continue;
    }
    const file = await readTextIfPresent(cwd, posix.join(dir, path));
    if (file && patched.integrity !== sha512(file.text))
      findings.push({
        kind: 'spec-mismatch',
        key,
        name,
        message: `${path} has changed since the lockfile recorded it (its integrity differs)`,
      });
  }
  for (const selector of Object.keys(configured))
    if (!used.has(selector))
      findings.push({
        kind: 'spec-mismatch',
        key: '',
        name: patchTarget(selector).name,
        message: `package.json patches ${selector}, which no locked package is (npm: EPATCHUNUSED)`,
      });
  return findings;
}

/** JSON with every object's keys sorted and no spaces: what npm hashes packageExtensions in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isRecord(value))
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/**
 * package.json's `packageExtensions` against the root entry's packageExtensionsHash (sha512 of their canonical
 * JSON), and an `.npm-extension.mjs` / `.cjs` file against its npmExtensionHash (present or not: npm hashes the
 * file with its format).
 */
export async function extensionFindings(
  pkg: Record<string, unknown>,
  root: Record<string, unknown>,
  cwd: string,
  dir: string,
): Promise<ExtensionFinding[]> {
  const findings: ExtensionFinding[] = [];
  const locked = typeof root.packageExtensionsHash === 'string' ? root.packageExtensionsHash : undefined;
  const configured =
    pkg.packageExtensions === undefined ? undefined : sha512(canonicalJson(pkg.packageExtensions));
  if (locked !== configured)
    findings.push({
      kind: 'spec-mismatch',
      key: '',
      name: '',
      message:
        configured === undefined
          ? 'the lockfile was made with packageExtensions, which package.json no longer has'
          : locked === undefined
            ? "package.json's packageExtensions are not in the lockfile"
            : "package.json's packageExtensions have changed since the lockfile was made",
    });
  let file = false;
  for (const name of ['.npm-extension.mjs', '.npm-extension.cjs'])
    if (await readTextIfPresent(cwd, posix.join(dir, name))) file = true;
  const recorded = typeof root.npmExtensionHash === 'string';
  if (file !== recorded)
    findings.push({
      kind: 'spec-mismatch',
      key: '',
      name: '',
      message: file
        ? 'an .npm-extension file is present, but the lockfile records no .npm-extension state'
        : 'the lockfile records .npm-extension state, but no .npm-extension file is present',
    });
  return findings;
}
