import type { StatusSet } from '../status-ranges.js';
import type { HttpProbeResult } from './http.js';

export interface JsonExpectation {
  /** As written: `checks.db`. */
  path: string;
  segments: Array<string | number>;
  expected: string;
}

export interface HttpExpectations {
  status: StatusSet;
  body?: RegExp;
  json?: readonly JsonExpectation[];
}

/** Parses `checks.db`, `items[0].name`, `a\.b` (a key containing a dot). Undefined when malformed. */
export function parseJsonPath(path: string): Array<string | number> | undefined {
  const segments: Array<string | number> = [];
  let key = '';
  let keyOpen = false;
  for (let i = 0; i < path.length; i++) {
    const char = path[i]!;
    if (char === '\\' && i + 1 < path.length) {
      key += path[++i];
      keyOpen = true;
    } else if (char === '.') {
      if (!keyOpen) return undefined;
      segments.push(key);
      key = '';
      keyOpen = false;
    } else if (char === '[') {
      const close = path.indexOf(']', i);
      const index = path.slice(i + 1, close);
      if (close < 0 || !/^\d+$/.test(index)) return undefined;
      if (keyOpen) segments.push(key);
      segments.push(Number(index));
      key = '';
      keyOpen = false;
      i = close;
      if (path[i + 1] === '.') {
        i++;
        if (i + 1 >= path.length) return undefined;
      }
    } else {
      key += char;
      keyOpen = true;
    }
  }
  if (keyOpen) segments.push(key);
  else if (path.endsWith('.') || segments.length === 0) return undefined;
  return segments;
}

/** `version=abc` → expectation; undefined when the line has no `=` or a malformed path. */
export function parseJsonExpectation(line: string): JsonExpectation | undefined {
  const eq = line.indexOf('=');
  if (eq <= 0) return undefined;
  const path = line.slice(0, eq).trim();
  const segments = parseJsonPath(path);
  if (!segments) return undefined;
  return { path, segments, expected: line.slice(eq + 1).trim() };
}

function render(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function matches(actual: unknown, expected: string): boolean {
  if (typeof actual === 'string') {
    return actual === expected || (/^".*"$/.test(expected) && JSON.stringify(actual) === expected);
  }
  if (actual !== null && typeof actual === 'object') {
    try {
      return JSON.stringify(actual) === JSON.stringify(JSON.parse(expected));
    } catch {
      return false;
    }
  }
  return String(actual) === expected;
}

function shorten(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 3)}...` : oneLine;
}

/** Why the JSON document does not meet the expectations, or undefined when it does. */
export function checkJson(body: string, expectations: readonly JsonExpectation[]): string | undefined {
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch {
    return `body is not JSON: ${shorten(body, 60) || '(empty)'}`;
  }
  for (const expectation of expectations) {
    let value: unknown = document;
    for (const segment of expectation.segments) {
      value =
        value !== null && typeof value === 'object'
          ? (value as Record<string | number, unknown>)[segment]
          : undefined;
    }
    if (value === undefined) return `${expectation.path} is missing, expected ${expectation.expected}`;
    if (!matches(value, expectation.expected)) {
      return `${expectation.path} was ${shorten(render(value))}, expected ${expectation.expected}`;
    }
  }
  return undefined;
}

/** Why the response fails the expectations (`status 503`, `body did not match /ok/`), or undefined. */
export function checkHttpResponse(
  result: HttpProbeResult,
  expectations: HttpExpectations,
): string | undefined {
  if (result.error) return result.status ? `status ${result.status}, then ${result.error}` : result.error;
  const status = result.status ?? 0;
  if (!expectations.status.has(status)) return `status ${status} (expected ${expectations.status})`;
  const body = result.body ?? '';
  if (expectations.body && !expectations.body.test(body)) {
    return `body did not match /${expectations.body.source}/: ${shorten(body, 60) || '(empty)'}`;
  }
  if (expectations.json?.length) return checkJson(body, expectations.json);
  return undefined;
}
