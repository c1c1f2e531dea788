/**
 * A reader for the TOML that cargo, uv and poetry write into their lockfiles (and most Cargo.toml and
 * pyproject.toml files are written in): comments, `key = value` with basic and literal strings (multi-line
 * ones without backslashes),
 * decimal integers and plain decimal fractions, booleans, arrays and inline tables of those (across lines, with
 * trailing commas, as smol-toml takes them), table headers `[a.b]` and `[[a.b]]`, quoted and dotted keys. It
 * returns what smol-toml's `parse` returns for the same text — the same values and types (null-prototype tables,
 * numbers or, with `integersAsBigInt`, bigint integers), the same key order — or `undefined` for anything outside
 * that subset, which the caller then hands to smol-toml: multi-line basic strings with backslashes, dates and times, exponents, `inf`
 * and `nan`, hex/octal/binary and underscored numbers, control characters and CR line ends, a byte-order mark,
 * dotted keys inside inline tables, a header that reaches into a table made by dotted keys, a `__proto__` key,
 * and everything smol-toml rejects (duplicate keys and tables, malformed text), so that smol-toml reports it.
 *
 * smol-toml reads strings a character at a time; this finds their ends with indexOf, which is most of the
 * difference on a lockfile (hashes, URLs and names are most of its bytes).
 *
 * Arrays and inline tables nest at most MAX_DEPTH deep before falling back (the only recursion); tables
 * opened by headers are walked in a loop.
 */

/** Thrown inside the reader when the text leaves the subset; never escapes readLockToml. */
class OutsideSubset extends Error {}
const OUTSIDE = new OutsideSubset();

function outside(): never {
  throw OUTSIDE;
}

const MAX_DEPTH = 32;

type Table = Record<string, unknown>;

/** Control characters but tab and line feed (CR too): smol-toml refuses them, or this reader leaves them to it. */
const UNUSUAL = /[\x00-\x08\x0b-\x1f\x7f]/;
const NUMBER = /^[-+]?(?:0|[1-9][0-9]*)(\.[0-9]+)?$/;
const HEX = /^[0-9a-fA-F]*$/;

// The reader's state: the text, the offset, and the next line feed and backslash at or after some earlier
// offset (found once, so a lockfile without backslashes is not searched to its end for each string).
let src = '';
let pos = 0;
let bigints = false;
let nextLineFeed = -1;
let nextBackslash = -1;

function newTable(): Table {
  return Object.create(null) as Table;
}

/**
 * Reads `text` as smol-toml's `parse(text, { integersAsBigInt })` would, or returns `undefined` when the text
 * is outside the subset.
 */
export function readLockToml(text: string, integersAsBigInt = false): Record<string, unknown> | undefined {
  try {
    return read(text, integersAsBigInt);
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  } finally {
    src = '';
  }
}

function lineFeedFrom(at: number): number {
  if (nextLineFeed < at && nextLineFeed !== Number.POSITIVE_INFINITY) {
    const found = src.indexOf('\n', at);
    nextLineFeed = found === -1 ? Number.POSITIVE_INFINITY : found;
  }
  return nextLineFeed;
}

function backslashFrom(at: number): number {
  if (nextBackslash < at && nextBackslash !== Number.POSITIVE_INFINITY) {
    const found = src.indexOf('\\', at);
    nextBackslash = found === -1 ? Number.POSITIVE_INFINITY : found;
  }
  return nextBackslash;
}

function skipSpaces(): void {
  let code = src.charCodeAt(pos);
  while (code === 0x20 || code === 0x09) code = src.charCodeAt(++pos);
}

/** Spaces, tabs, line feeds and comments. */
function skipVoid(): void {
  for (;;) {
    const code = src.charCodeAt(pos);
    if (code === 0x20 || code === 0x09 || code === 0x0a) pos++;
    else if (code === 0x23) {
      const end = lineFeedFrom(pos);
      pos = end === Number.POSITIVE_INFINITY ? src.length : end;
    } else return;
  }
}

/** A one-line basic string starting at `pos` (on its opening quote). */
function basicString(): string {
  const start = pos + 1;
  const end = src.indexOf('"', start);
  if (end === -1) outside();
  if (backslashFrom(start) < end) return escapedString(start);
  if (lineFeedFrom(start) < end) outside();
  pos = end + 1;
  return src.slice(start, end);
}

/** The escapes smol-toml takes in basic strings (TOML 1.1's `\e` and `\x` among them). */
function escapedString(start: number): string {
  let value = '';
  let sliceStart = start;
  for (let at = start; at < src.length; at++) {
    const code = src.charCodeAt(at);
    if (code === 0x22) {
      pos = at + 1;
      return value + src.slice(sliceStart, at);
    }
    if (code === 0x0a) outside();
    if (code !== 0x5c) continue;
    value += src.slice(sliceStart, at);
    const letter = src.charCodeAt(++at);
    switch (letter) {
      case 0x62: // b
        value += '\b';
        break;
      case 0x74: // t
        value += '\t';
        break;
      case 0x6e: // n
        value += '\n';
        break;
      case 0x66: // f
        value += '\f';
        break;
      case 0x72: // r
        value += '\r';
        break;
      case 0x65: // e
        value += '\x1b';
        break;
      case 0x22: // "
        value += '"';
        break;
      case 0x5c: // backslash
        value += '\\';
        break;
      case 0x78: // x
      case 0x75: // u
      case 0x55: {
        // U
        const length = letter === 0x78 ? 2 : letter === 0x75 ? 4 : 8;
        const hex = src.slice(at + 1, at + 1 + length);
        if (hex.length !== length || !HEX.test(hex)) outside();
        const point = Number.parseInt(hex, 16);
        if (point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) outside();
        value += String.fromCodePoint(point);
        at += length;
        break;
      }
      default:
        outside();
    }
    sliceStart = at + 1;
  }
  return outside();
}

/** A one-line literal string starting at `pos` (on its opening quote). */
function literalString(): string {
  const start = pos + 1;
  const end = src.indexOf("'", start);
  if (end === -1 || lineFeedFrom(start) < end) outside();
  pos = end + 1;
  return src.slice(start, end);
}

/**
 * A multi-line string starting at `pos` (on its first opening quote), as smol-toml reads it: a line feed right
 * after the opening quotes is dropped, and one or two quotes before the closing ones belong to the string.
 * Backslashes in a basic one (escapes, line-ending backslashes) are left to smol-toml.
 */
function multiLineString(quote: number): string {
  let start = pos + 3;
  if (src.charCodeAt(start) === 0x0a) start++;
  let end = src.indexOf(quote === 0x22 ? '"""' : "'''", start);
  if (end === -1) outside();
  if (src.charCodeAt(end + 3) === quote) end++;
  if (src.charCodeAt(end + 3) === quote) end++;
  if (quote === 0x22 && backslashFrom(start) < end) outside();
  pos = end + 3;
  return src.slice(start, end);
}

/** A string starting at `pos`; multi-line ones only where `multiLine` (values, not keys). */
function string(quote: number, multiLine: boolean): string {
  if (src.charCodeAt(pos + 1) === quote && src.charCodeAt(pos + 2) === quote) {
    if (!multiLine) outside();
    return multiLineString(quote);
  }
  return quote === 0x22 ? basicString() : literalString();
}

function isBareKeyChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || // a-z
    (code >= 0x41 && code <= 0x5a) || // A-Z
    (code >= 0x30 && code <= 0x39) || // 0-9
    code === 0x2d || // -
    code === 0x5f // _
  );
}

/** One part of a (dotted) key, with the spaces around it. */
function keyPart(): string {
  skipSpaces();
  const code = src.charCodeAt(pos);
  let key: string;
  if (code === 0x22 || code === 0x27) key = string(code, false);
  else {
    const start = pos;
    while (isBareKeyChar(src.charCodeAt(pos))) pos++;
    if (pos === start) outside();
    key = src.slice(start, pos);
  }
  // smol-toml takes it as an own property, which code reading the result may not expect; left to it.
  if (key === '__proto__') outside();
  skipSpaces();
  return key;
}

/** Characters that end a number (or any bare value) for smol-toml, in some context. */
function endsValue(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x23 ||
    code === 0x2c ||
    code === 0x5d ||
    code === 0x7d ||
    Number.isNaN(code)
  );
}

function number(): number | bigint {
  const start = pos;
  while (!endsValue(src.charCodeAt(pos))) pos++;
  const text = src.slice(start, pos);
  const match = NUMBER.exec(text);
  if (!match) outside(); // dates, times, exponents, inf, nan, other bases, underscores, …
  if (match[1] !== undefined) return Number.parseFloat(text);
  if (bigints) return BigInt(text);
  const value = Number.parseInt(text, 10);
  if (!Number.isSafeInteger(value)) outside(); // an error for smol-toml
  return value === 0 ? 0 : value; // -0 is 0
}

function value(depth: number): unknown {
  const code = src.charCodeAt(pos);
  switch (code) {
    case 0x22:
    case 0x27:
      return string(code, true);
    case 0x5b:
      return array(depth + 1);
    case 0x7b:
      return inlineTable(depth + 1);
    case 0x74: // t
      if (!src.startsWith('true', pos)) outside();
      pos += 4;
      return true;
    case 0x66: // f
      if (!src.startsWith('false', pos)) outside();
      pos += 5;
      return false;
  }
  return number();
}

function array(depth: number): unknown[] {
  if (depth > MAX_DEPTH) outside();
  pos++;
  const items: unknown[] = [];
  for (;;) {
    skipVoid();
    if (src.charCodeAt(pos) === 0x5d) {
      pos++;
      return items;
    }
    items.push(value(depth));
    skipVoid();
    const code = src.charCodeAt(pos++);
    if (code === 0x5d) return items;
    if (code !== 0x2c) outside();
  }
}

function inlineTable(depth: number): Table {
  if (depth > MAX_DEPTH) outside();
  pos++;
  const table = newTable();
  for (;;) {
    skipVoid();
    if (src.charCodeAt(pos) === 0x7d) {
      pos++;
      return table;
    }
    const key = keyPart();
    // Dotted keys in inline tables (and duplicates) are left to smol-toml.
    if (src.charCodeAt(pos) !== 0x3d || table[key] !== undefined) outside();
    pos++;
    skipSpaces();
    table[key] = value(depth);
    skipVoid();
    const code = src.charCodeAt(pos++);
    if (code === 0x7d) return table;
    if (code !== 0x2c) outside();
  }
}

function read(text: string, integersAsBigInt: boolean): Table {
  if (text.charCodeAt(0) === 0xfeff || UNUSUAL.test(text)) outside();
  src = text;
  pos = 0;
  bigints = integersAsBigInt;
  nextLineFeed = -1;
  nextBackslash = -1;
  const root = newTable();
  // Tables a header may walk through: made by headers (defined or not) and the entries of arrays of tables.
  const headerTables = new Set<unknown>();
  // Tables made as the parents in a header (`a` of `[a.b]`), which a later `[a]` may still define.
  const undefinedTables = new Set<unknown>();
  // Arrays made by `[[…]]` headers.
  const tableArrays = new Set<unknown>();
  // Tables made by the parents of dotted keys (`a` of `a.b = 1`), which later dotted keys may add to.
  const dottedTables = new Set<unknown>();
  let table = root;
  skipVoid();
  while (pos < src.length) {
    if (src.charCodeAt(pos) === 0x5b) {
      const isArray = src.charCodeAt(pos + 1) === 0x5b;
      pos += isArray ? 2 : 1;
      let parent = root;
      let key = keyPart();
      while (src.charCodeAt(pos) === 0x2e) {
        pos++;
        let child = parent[key];
        if (child === undefined) {
          child = newTable();
          parent[key] = child;
          headerTables.add(child);
          undefinedTables.add(child);
        } else if (tableArrays.has(child)) {
          const entries = child as Table[];
          child = entries[entries.length - 1];
        } else if (!headerTables.has(child)) outside();
        parent = child as Table;
        key = keyPart();
      }
      if (src.charCodeAt(pos) !== 0x5d) outside();
      pos++;
      const existing = parent[key];
      if (isArray) {
        if (src.charCodeAt(pos) !== 0x5d) outside();
        pos++;
        let entries = existing as Table[] | undefined;
        if (entries === undefined) {
          entries = [];
          parent[key] = entries;
          tableArrays.add(entries);
        } else if (!tableArrays.has(entries)) outside();
        table = newTable();
        entries.push(table);
        headerTables.add(table);
      } else {
        if (existing === undefined) {
          table = newTable();
          parent[key] = table;
          headerTables.add(table);
        } else if (undefinedTables.delete(existing)) table = existing as Table;
        else outside(); // a table defined twice, or a value
      }
    } else {
      let parent = table;
      let key = keyPart();
      while (src.charCodeAt(pos) === 0x2e) {
        pos++;
        let child = parent[key];
        if (child === undefined) {
          child = newTable();
          parent[key] = child;
          dottedTables.add(child);
        } else if (!dottedTables.has(child)) outside();
        parent = child as Table;
        key = keyPart();
      }
      if (src.charCodeAt(pos) !== 0x3d || parent[key] !== undefined) outside();
      pos++;
      skipSpaces();
      parent[key] = value(0);
    }
    // Only spaces and a comment may follow on the line.
    skipSpaces();
    if (src.charCodeAt(pos) === 0x23) {
      const end = lineFeedFrom(pos);
      pos = end === Number.POSITIVE_INFINITY ? src.length : end;
    }
    if (pos < src.length && src.charCodeAt(pos) !== 0x0a) outside();
    skipVoid();
  }
  return root;
}
