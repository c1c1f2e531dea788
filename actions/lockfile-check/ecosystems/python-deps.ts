import { isRecord } from '../files.js';
import { specifierKey } from './pep440.js';

/** PEP 503 normalised name: `Foo_Bar.baz` → `foo-bar-baz`. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** A PEP 508 requirement reduced to what uv records: name, extras, specifier, url and marker. */
export interface Requirement {
  name: string;
  extras: string[];
  specifier: string;
  url: string;
  marker: string;
}

const PEP508 =
  /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?\s*(?:@\s*([^;\s]+)|\(?([^;()]*)\)?)?\s*(?:;\s*(.*))?$/;

/**
 * Specifiers compared as uv compares them: as a set (`>= 1.0,<2` and `<2, >=1.0` are the same requirement) of
 * PEP 440 versions (`>=2024.01` is `>=2024.1`).
 */
export function normaliseSpecifier(text: string): string {
  return text
    .split(',')
    .filter((part) => part.trim())
    .map(specifierKey)
    .sort()
    .join(',');
}

export function normaliseMarker(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/"/g, "'").trim();
}

export function parseRequirement(text: string): Requirement | undefined {
  const match = PEP508.exec(text);
  if (!match) return undefined;
  return {
    name: normaliseName(match[1]!),
    extras: (match[2] ?? '')
      .split(',')
      .map((extra) => normaliseName(extra.trim()))
      .filter(Boolean)
      .sort(),
    url: match[3] ?? '',
    specifier: normaliseSpecifier(match[4] ?? ''),
    marker: normaliseMarker(match[5] ?? ''),
  };
}

/** uv's lock form `{ name = "x", specifier = ">=1", extras = [..], marker = "..." }`. */
export function lockedRequirement(value: unknown): Requirement | undefined {
  if (!isRecord(value) || typeof value.name !== 'string') return undefined;
  const url = [value.url, value.git, value.path, value.editable, value.directory].find(
    (item) => typeof item === 'string',
  );
  return {
    name: normaliseName(value.name),
    extras: Array.isArray(value.extras)
      ? value.extras.map((extra) => normaliseName(String(extra))).sort()
      : [],
    specifier: normaliseSpecifier(typeof value.specifier === 'string' ? value.specifier : ''),
    url: typeof url === 'string' ? url : '',
    marker: normaliseMarker(typeof value.marker === 'string' ? value.marker : ''),
  };
}

/**
 * `requests[socks]>=2.31`: what two requirements are compared by. Markers and URLs are left out: uv
 * rewrites markers and replaces requirements by their `[tool.uv.sources]` entry (editable, git, …).
 */
export function requirementKey(requirement: Requirement): string {
  const extras = requirement.extras.length ? `[${requirement.extras.join(',')}]` : '';
  return `${requirement.name}${extras}${requirement.specifier}`;
}

/**
 * A Python project expected to commit its lockfile on its own: an application that uv or Poetry manages, i.e.
 * one not built as a package (uv's `package = false`, Poetry's `package-mode = false`, or no `[build-system]`
 * in a project with a `[tool.uv]` or `[tool.poetry]` table). With neither table, a missing `[build-system]`
 * means pip builds it with setuptools (PEP 517's fallback): as often a folder of scripts installed with pip.
 * A library (which its users install with their own resolution) need not.
 */
export function pythonLockfileExpected(pyproject: Record<string, unknown>): boolean {
  const tool = isRecordValue(pyproject.tool) ? pyproject.tool : {};
  const uv = isRecordValue(tool.uv) ? tool.uv : undefined;
  const poetry = isRecordValue(tool.poetry) ? tool.poetry : undefined;
  if (uv?.package === false || poetry?.['package-mode'] === false) return true;
  return !isRecordValue(pyproject['build-system']) && (uv !== undefined || poetry !== undefined);
}

function isRecordValue(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
