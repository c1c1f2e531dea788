import { readFileSync } from 'node:fs';
import { formatDuration, MAX_DURATION_MS, parseDuration } from './duration.js';
import { ConfigError } from './errors.js';
import { nodeCrypto } from './node-crypto.js';
import { parseStatusSet, type StatusSet } from './status-ranges.js';

/** One input as declared in action.yml (see the generated `inputs.ts` of each action). */
export interface InputSpec {
  readonly name: string;
  readonly default?: string;
  readonly required?: boolean;
}

/** The runner passes `with:` values as `INPUT_<NAME>`: upper-cased, spaces → `_`, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function quote(value: string): string {
  const oneLine = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return `'${oneLine.replace(/\n/g, '\\n')}'`;
}

function fail(spec: InputSpec, expected: string, got?: string): never {
  throw new ConfigError(`input '${spec.name}' ${expected}${got === undefined ? '' : `, got ${quote(got)}`}`);
}

/** The trimmed value, the action.yml default when empty, or an error when required and still empty. */
export function getString(spec: InputSpec): string {
  const raw = (process.env[inputEnvName(spec.name)] ?? '').trim();
  const value = raw === '' ? (spec.default ?? '').trim() : raw;
  if (value === '' && spec.required) fail(spec, 'is required');
  return value;
}

/** The value without trimming (scripts, PEM text): leading indentation can matter. */
export function getText(spec: InputSpec): string {
  const raw = process.env[inputEnvName(spec.name)] ?? '';
  const value = raw.trim() === '' ? (spec.default ?? '') : raw;
  if (value.trim() === '' && spec.required) fail(spec, 'is required');
  return value;
}

const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);

export function getBool(spec: InputSpec): boolean {
  const value = getString(spec).toLowerCase();
  if (TRUE.has(value)) return true;
  if (FALSE.has(value) || value === '') return false;
  return fail(spec, 'must be true or false', value);
}

export function getInt(spec: InputSpec, limits: { min?: number; max?: number } = {}): number {
  const value = getString(spec);
  if (!/^-?\d+$/.test(value)) fail(spec, 'must be a whole number', value);
  const number = Number(value);
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = limits;
  if (number < min || number > max) {
    const bounds = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
    fail(spec, `must be a whole number ${bounds}`, value);
  }
  return number;
}

/**
 * Milliseconds from `500ms`, `30s`, `5m`, `1h30m` (a bare number is seconds); at most `max`, which is
 * never above MAX_DURATION_MS (5 days).
 */
export function getDuration(spec: InputSpec, limits: { min?: number; max?: number } = {}): number {
  const value = getString(spec);
  const ms = parseDuration(value);
  if (ms === undefined) fail(spec, 'must be a duration like 30s or 5m', value);
  if (limits.min !== undefined && ms < limits.min)
    fail(spec, `must be at least ${formatDuration(limits.min)}`, value);
  const max = Math.min(limits.max ?? MAX_DURATION_MS, MAX_DURATION_MS);
  if (ms > max) {
    const days = max === MAX_DURATION_MS ? ' (5 days, the longest a job may run)' : '';
    fail(spec, `must be at most ${formatDuration(max)}${days}`, value);
  }
  return ms;
}

export function getEnum<T extends string>(spec: InputSpec, allowed: readonly T[]): T {
  const value = getString(spec).toLowerCase();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  return fail(spec, `must be one of ${allowed.join(', ')}`, value);
}

/** One item per line; blank lines and lines starting with `#` are skipped. */
export function getList(spec: InputSpec): string[] {
  return splitLines(getString(spec));
}

export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The lines of an input that hold items (not blank, not `#` comments), with their 1-based line numbers. */
export function numberedLines(text: string): Array<{ text: string; line: number }> {
  return text
    .split(/\r?\n/)
    .map((raw, index) => ({ text: raw.trim(), line: index + 1 }))
    .filter(({ text: line }) => line !== '' && !line.startsWith('#'));
}

/**
 * Lines `KEY=value` (the value may contain `=`); keys must match `keyPattern` when given. Values can be
 * secrets, so errors name the input and the line, never the value.
 */
export function getMap(spec: InputSpec, keyPattern?: RegExp): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  for (const { text: line, line: number } of numberedLines(getString(spec))) {
    const eq = line.indexOf('=');
    const key = eq < 0 ? '' : line.slice(0, eq).trim();
    if (eq <= 0 || key === '')
      fail(spec, `line ${number} must be KEY=value (the line is not shown: it may hold a secret)`);
    if (keyPattern && !keyPattern.test(key))
      fail(spec, `line ${number} has an invalid key (expected ${keyPattern.source}; the line is not shown)`);
    entries.push([key, line.slice(eq + 1)]);
  }
  return entries;
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** What HTTP allows in a field value: tab, visible ASCII, space and obs-text. */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * HTTP header lines `Name: value`. `beforeParse` sees every line that has a colon before anything is
 * checked (health-wait masks credential values there, so no error can print one); errors name the
 * input, the line and at most the header name.
 */
export function getHeaders(
  spec: InputSpec,
  beforeParse?: (name: string, value: string) => void,
): Array<[string, string]> {
  const lines = numberedLines(getString(spec));
  for (const { text } of lines) {
    const colon = text.indexOf(':');
    if (colon > 0) beforeParse?.(text.slice(0, colon).trim(), text.slice(colon + 1).trim());
  }
  const headers: Array<[string, string]> = [];
  for (const { text, line } of lines) {
    const colon = text.indexOf(':');
    const name = colon < 0 ? '' : text.slice(0, colon).trim();
    if (!HEADER_NAME.test(name)) {
      fail(spec, `line ${line} must be 'Name: value' with a header name of letters, digits and -`);
    }
    const value = text.slice(colon + 1).trim();
    if (!HEADER_VALUE.test(value)) {
      fail(spec, `line ${line}: the value of '${name}' holds a control character, which HTTP does not allow`);
    }
    headers.push([name, value]);
  }
  return headers;
}

export function getStatusSet(spec: InputSpec): StatusSet {
  const value = getString(spec);
  const set = parseStatusSet(value);
  if (!set) fail(spec, 'must be HTTP statuses or ranges like 200-299,304', value);
  return set;
}

/** A JavaScript regular expression (`ok` or `/ok/i`), or undefined when the input is empty. */
export function getRegex(spec: InputSpec): RegExp | undefined {
  const value = getString(spec);
  if (value === '') return undefined;
  const literal = /^\/(.+)\/([imsu]*)$/s.exec(value);
  try {
    return literal ? new RegExp(literal[1]!, literal[2]) : new RegExp(value);
  } catch (error) {
    const reason = (error as Error).message.replace(/^Invalid regular expression: /, '');
    return fail(spec, `must be a valid regular expression (${reason})`);
  }
}

/** PEM text given inline, or read from the file the input names. */
export function getPem(spec: InputSpec): string | undefined {
  const value = getText(spec).trim();
  if (value === '') return undefined;
  if (value.includes('-----BEGIN')) return value;
  // Only something shaped like a path is quoted back: anything else may be key material pasted wrongly.
  const shown = /^[^\n]{1,255}$/.test(value) && !/\s/.test(value) ? ` '${value}'` : '';
  try {
    const text = readFileSync(value, 'utf8');
    if (!text.includes('-----BEGIN'))
      fail(spec, `must be PEM text or a PEM file;${shown || ' the file'} holds no PEM block`);
    return text;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    return fail(spec, `must be PEM text or the path of a PEM file; cannot read${shown || ' it as a file'}`);
  }
}

/** PEM CA certificates (inline or from a file), each one checked: garbage is an input error, not a silent no-op. */
export function getCertificates(spec: InputSpec): string | undefined {
  const pem = getPem(spec);
  if (pem === undefined) return undefined;
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) fail(spec, 'must hold PEM certificates (-----BEGIN CERTIFICATE-----)');
  blocks.forEach((block, index) => {
    try {
      new (nodeCrypto().X509Certificate)(block);
    } catch {
      fail(spec, `holds a certificate that cannot be read (certificate ${index + 1} of ${blocks.length})`);
    }
  });
  return pem;
}
