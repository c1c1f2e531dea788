/**
 * A reader for the YAML that pnpm and yarn berry write into their lockfiles: block mappings and sequences
 * indented by spaces, plain and quoted one-line scalars, one-line flow mappings and sequences, full-line
 * comments and `---` between documents. It returns what the `yaml` package returns for the same text
 * (`parseAllDocuments(text).map((doc) => doc.toJS())`, core schema), or `undefined` for anything outside that
 * subset — anchors and aliases, tags, block scalars, multi-line scalars, directives, tabs, CR line ends, … —
 * which the caller then hands to the `yaml` package. The `yaml` package takes ~0.5 s on an 830 KB pnpm
 * lockfile; this reads it in a few tens of milliseconds.
 *
 * Nothing here recurses over the block structure (an indentation stack instead), so hostile nesting cannot
 * exhaust the call stack; flow collections nest at most MAX_FLOW_DEPTH deep before falling back.
 */

/** Thrown inside the reader when the text leaves the subset; never escapes readLockYaml. */
class OutsideSubset extends Error {}
const OUTSIDE = new OutsideSubset();

function outside(): never {
  throw OUTSIDE;
}

const MAX_FLOW_DEPTH = 64;
/** The yaml package refuses implicit keys longer than 1024 characters; such keys are left to it. */
const MAX_KEY_LENGTH = 1000;

type YamlMap = Record<string, unknown>;

/**
 * Where the last scanned token ended: the scanners return their value and leave their end here rather than
 * in a [value, end] pair (a pair per token is most of a big lockfile's garbage).
 */
let scanEnd = 0;

/** `map[key] = value` as the yaml package does it: an own property even for `__proto__`. */
function setKey(map: YamlMap, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  else map[key] = value;
}

const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
/** Core-schema forms this reader leaves to the yaml package: hex, octal, infinities and NaN. */
const OTHER_NUMBER = /^(?:0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** ReadScope.failsafe of the text being read: every plain scalar a string. */
let failsafe = false;

/**
 * A plain scalar resolved by the YAML 1.2 core schema (null, booleans, decimal numbers, strings), or kept as
 * its text under the failsafe schema.
 */
function plainValue(text: string): unknown {
  if (failsafe) return text;
  const first = text.charCodeAt(0);
  // Only text starting with a digit, sign, dot, n/N, t/T, f/F or ~ can be anything but a string.
  if ((first >= 0x30 && first <= 0x39) || first === 0x2d || first === 0x2b || first === 0x2e) {
    // Versions (`7.29.7`, `1.0.0-rc.1`) have two dots, which no number of the core schema has.
    const dot = text.indexOf('.');
    if (dot !== -1 && text.indexOf('.', dot + 1) !== -1) return text;
    if (INT.test(text)) return Number.parseInt(text, 10);
    if (FLOAT.test(text) || FLOAT_EXP.test(text)) return Number.parseFloat(text);
    if (OTHER_NUMBER.test(text)) outside();
    return text;
  }
  switch (text) {
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
  }
  return text;
}

/** A key as the yaml package turns it into a property name: String(value), null as ''. */
function plainKey(text: string): string {
  const value = plainValue(text);
  return value === null ? '' : String(value);
}

/** Characters that cannot start a plain scalar (or start something this reader leaves alone). */
function isIndicator(code: number): boolean {
  switch (code) {
    case 0x2c: // ,
    case 0x5b: // [
    case 0x5d: // ]
    case 0x7b: // {
    case 0x7d: // }
    case 0x23: // #
    case 0x26: // &
    case 0x2a: // *
    case 0x21: // !
    case 0x7c: // |
    case 0x3e: // >
    case 0x27: // '
    case 0x22: // "
    case 0x25: // %
    case 0x40: // @
    case 0x60: // `
      return true;
  }
  return false;
}

/** A block-context plain scalar (the rest of a line, trimmed): anything that could mean more is outside. */
function checkPlain(text: string): string {
  const first = text.charCodeAt(0);
  if (isIndicator(first)) outside();
  // `-`, `?`, `:` start a plain scalar only when a non-space follows.
  if ((first === 0x2d || first === 0x3f || first === 0x3a) && (text.length === 1 || text[1] === ' '))
    outside();
  if (text.includes(' #') || text.includes(': ') || text.endsWith(':') || text === '<<') outside();
  return text;
}

const JSON_ESCAPES = /\\[^"\\/bfnrtu]/;

/** A double-quoted scalar starting at `start`; scanEnd: the offset after the closing quote. */
function doubleQuoted(line: string, start: number): string {
  let end = start + 1;
  for (;;) {
    end = line.indexOf('"', end);
    if (end === -1) outside(); // continues on the next line
    let backslashes = 0;
    for (let at = end - 1; line.charCodeAt(at) === 0x5c; at--) backslashes++;
    if (backslashes % 2 === 0) break;
    end++;
  }
  scanEnd = end + 1;
  const body = line.slice(start, end + 1);
  // Control characters were refused up front, so without a backslash the text is the value.
  if (!body.includes('\\')) return body.slice(1, -1);
  // YAML's escapes are a superset of JSON's; the others (\x, \e, \N, \U, …) are left to the yaml package.
  if (JSON_ESCAPES.test(body)) outside();
  try {
    return JSON.parse(body) as string;
  } catch {
    return outside();
  }
}

/** A single-quoted scalar starting at `start` (`''` is a quote); scanEnd: the offset after it. */
function singleQuoted(line: string, start: number): string {
  let end = start + 1;
  let doubled = false;
  for (;;) {
    end = line.indexOf("'", end);
    if (end === -1) outside();
    if (line.charCodeAt(end + 1) !== 0x27) break;
    doubled = true;
    end += 2;
  }
  scanEnd = end + 1;
  const body = line.slice(start + 1, end);
  return doubled ? body.replaceAll("''", "'") : body;
}

function skipSpaces(line: string, at: number): number {
  while (line.charCodeAt(at) === 0x20) at++;
  return at;
}

/**
 * Where a plain flow scalar ends: `,`, a bracket or brace, a `:` followed by a space, `,`, `]`, `}` or the line's
 * end; or ` #`, a comment, which this reader leaves to the yaml package. Found by one search, not a loop per
 * character (an integrity hash is ~90 characters, and a lockfile has thousands).
 */
const FLOW_PLAIN_END = /[,[\]{}]|:(?=[ ,\]}]|$)| #/g;

/** A flow scalar: quoted, or plain up to `,`, `]`, `}` or `: `. */
function flowScalar(line: string, at: number, asKey: boolean): unknown {
  const code = line.charCodeAt(at);
  if (code === 0x22) return doubleQuoted(line, at);
  if (code === 0x27) return singleQuoted(line, at);
  if (isIndicator(code) || code === 0x3f || code === 0x2d || code === 0x3a) {
    // `-1`, `-foo` are plain; `- `, `? ` and `:` are structure this reader does not take.
    if (!(code === 0x2d && line.charCodeAt(at + 1) !== 0x20 && at + 1 < line.length)) outside();
  }
  FLOW_PLAIN_END.lastIndex = at;
  const stop = FLOW_PLAIN_END.exec(line);
  const end = stop ? stop.index : line.length;
  if (stop && stop[0] === ' #') outside();
  if (line.charCodeAt(end) === 0x5b || line.charCodeAt(end) === 0x7b) outside();
  const text = line.slice(at, end).trimEnd();
  if (text === '') outside();
  scanEnd = end;
  return asKey ? plainKey(text) : plainValue(text);
}

/** A one-line flow mapping or sequence starting at `at`; returns the value and the offset after it. */
function flow(line: string, at: number, depth: number): unknown {
  if (depth > MAX_FLOW_DEPTH) outside();
  const open = line.charCodeAt(at);
  const close = open === 0x7b ? 0x7d : 0x5d;
  const map: YamlMap | undefined = open === 0x7b ? {} : undefined;
  const seq: unknown[] | undefined = open === 0x7b ? undefined : [];
  at = skipSpaces(line, at + 1);
  if (line.charCodeAt(at) === close) {
    scanEnd = at + 1;
    return map ?? seq;
  }
  for (;;) {
    at = skipSpaces(line, at);
    if (at >= line.length) outside(); // continues on the next line
    let item: unknown;
    const code = line.charCodeAt(at);
    if (map) {
      if (code === 0x7b || code === 0x5b) outside(); // a collection as a key
      const key = flowScalar(line, at, true);
      at = skipSpaces(line, scanEnd);
      // `{a}` and `{a, b}` (keys without values) are left to the yaml package.
      if (line.charCodeAt(at) !== 0x3a || line.charCodeAt(at + 1) !== 0x20) outside();
      at = skipSpaces(line, at + 2);
      const next = line.charCodeAt(at);
      if (next === 0x2c || next === close) outside();
      item = next === 0x7b || next === 0x5b ? flow(line, at, depth + 1) : flowScalar(line, at, false);
      at = scanEnd;
      if (key === '<<') outside();
      setKey(map, key as string, item);
    } else {
      item = code === 0x7b || code === 0x5b ? flow(line, at, depth + 1) : flowScalar(line, at, false);
      at = scanEnd;
      // `[a: b]` (a single-pair mapping inside a sequence) is left to the yaml package.
      if (line.charCodeAt(skipSpaces(line, at)) === 0x3a) outside();
      seq!.push(item);
    }
    at = skipSpaces(line, at);
    const next = line.charCodeAt(at);
    if (next === close) {
      scanEnd = at + 1;
      return map ?? seq;
    }
    if (next !== 0x2c) outside();
    at = skipSpaces(line, at + 1);
    // A trailing comma (`[a, ]`) is left to the yaml package.
    if (line.charCodeAt(at) === close) outside();
  }
}

/** A value after `key: ` or `- ` that ends on this line: flow collection, quoted or plain scalar. */
function inlineValue(line: string, at: number): unknown {
  const code = line.charCodeAt(at);
  let value: unknown;
  if (code === 0x7b || code === 0x5b) value = flow(line, at, 1);
  else if (code === 0x22) value = doubleQuoted(line, at);
  else if (code === 0x27) value = singleQuoted(line, at);
  else {
    const comment = line.indexOf(' #', at);
    return plainValue(checkPlain(comment === -1 ? line.slice(at) : line.slice(at, comment).trimEnd()));
  }
  const end = scanEnd;
  // Only spaces and a comment may follow (the line is trimmed already); more text is left to the yaml package.
  if (
    end !== line.length &&
    !(line.charCodeAt(end) === 0x20 && line.charCodeAt(skipSpaces(line, end)) === 0x23)
  )
    outside();
  return value;
}

/** Whether the text at `at` is a `key: value` or `key:` entry rather than a scalar. */
function isKeyEntry(line: string, at: number): boolean {
  const code = line.charCodeAt(at);
  if (code === 0x7b || code === 0x5b) return false;
  if (code === 0x22 || code === 0x27) {
    if (code === 0x22) doubleQuoted(line, at);
    else singleQuoted(line, at);
    return line.charCodeAt(scanEnd) === 0x3a;
  }
  const comment = line.indexOf(' #', at);
  const text = comment === -1 ? line.slice(at) : line.slice(at, comment);
  return text.includes(': ') || text.endsWith(':');
}

/**
 * A literal block scalar (`|` or `|-`) whose content lines start at `start`; returns the value and the offset
 * of the first line after it. Folded (`>`), keep (`|+`) and explicitly indented forms are left to the yaml package.
 */
function literalBlock(text: string, start: number, parentIndent: number, header: string): [string, number] {
  if (header !== '|' && header !== '|-') outside();
  const lines: string[] = [];
  let indent = -1;
  let next = start;
  while (next < text.length) {
    const end = text.indexOf('\n', next);
    if (end === -1) outside(); // a block at the very end without a final line break: left to the yaml package
    const line = text.slice(next, end);
    let spaces = 0;
    while (line.charCodeAt(spaces) === 0x20) spaces++;
    if (spaces === line.length) {
      // An empty line; one with more spaces than the content's indentation would carry them.
      if (indent !== -1 && spaces > indent) outside();
      lines.push('');
    } else {
      if (indent === -1) {
        if (spaces <= parentIndent) break;
        // Leading empty lines longer than the first content line are an error for the yaml package.
        indent = spaces;
      } else if (spaces < indent) break;
      lines.push(line.slice(indent));
    }
    next = end + 1;
  }
  if (indent === -1) outside(); // an empty block
  // Empty lines before the next node belong to the document, not to the clipped or stripped value.
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const value = lines.join('\n');
  return [header === '|' ? `${value}\n` : value, next];
}

/** The key of a `key: value` or `key:` line (starting at `at`); scanEnd: the offset after its colon. */
function blockKey(line: string, at: number): string {
  const code = line.charCodeAt(at);
  let key: string;
  let end: number;
  if (code === 0x22 || code === 0x27) {
    key = code === 0x22 ? doubleQuoted(line, at) : singleQuoted(line, at);
    end = scanEnd;
    if (line.charCodeAt(end) !== 0x3a) outside();
  } else {
    end = line.indexOf(': ', at);
    if (end === -1) {
      if (line.charCodeAt(line.length - 1) !== 0x3a) outside();
      end = line.length - 1;
    }
    key = plainKey(checkPlain(line.slice(at, end)));
    if (key === '<<') outside();
  }
  if (end - at > MAX_KEY_LENGTH) outside();
  const after = end + 1;
  if (after < line.length && line.charCodeAt(after) !== 0x20) outside();
  scanEnd = after;
  return key;
}

interface Frame {
  indent: number;
  map?: YamlMap;
  seq?: unknown[];
  /** A top-level section whose entries keep only these keys (ReadScope.entryFields). */
  fields?: ReadonlySet<string>;
}

/** What a caller reads of a lockfile: everything unless said otherwise. */
export interface ReadScope {
  /** Top-level keys left out, unread. */
  skip?: ReadonlySet<string>;
  /** Per top-level section (a mapping of entries): the only keys read in each entry; the others are left out. */
  entryFields?: Readonly<Record<string, ReadonlySet<string>>>;
  /**
   * Every plain scalar read as a string (YAML's failsafe schema), as yarn berry reads `yarn.lock` and
   * `.yarnrc.yml` (js-yaml's FAILSAFE_SCHEMA): `algoliasearch: 4` is the range "4", not the number 4.
   */
  failsafe?: boolean;
}

/** Control characters (tab and line feed aside), CR, byte-order marks, DEL and C1: left to the yaml package. */
const UNUSUAL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]/g;

/**
 * Reads the documents of `text`, or `undefined` when the text is outside the subset. What `scope` leaves out
 * (pnpm's `snapshots`, a third of its lockfile, or the fields of each `packages` entry but its resolution) is
 * left out of the result unread: its lines are passed over up to the next line indented no deeper than its key,
 * which is then read as usual (so a merge conflict marker there still ends the subset).
 */
export function readLockYaml(text: string, scope: ReadScope = {}, from = 0): unknown[] | undefined {
  try {
    return read(text, scope, from);
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  }
}

/**
 * The offset of the first line from `start` on that is indented `indent` spaces or less (the next entry beside
 * a key at that indentation, or above it), blank lines, comments and `- item` lines at `indent` (a sequence
 * written at its key's indentation) aside.
 */
function nextLineAtOrAbove(text: string, start: number, indent: number): number {
  if (start >= text.length) return text.length;
  const next = lineAtOrAbove(indent);
  next.lastIndex = start;
  return next.exec(text)?.index ?? text.length;
}

const lineAtOrAboveCache: RegExp[] = [];

/**
 * The start of a line indented `indent` spaces or less that holds something (not a blank line, a comment or, at
 * exactly `indent`, a `- ` item): one search through the passed-over text instead of a loop over its lines (a
 * pnpm lockfile's `snapshots` are a third of it). The line may also be the text's end after a few spaces.
 */
function lineAtOrAbove(indent: number): RegExp {
  let pattern = lineAtOrAboveCache[indent];
  if (!pattern) {
    const fewer = indent > 0 ? ` {0,${indent - 1}}(?![ \n#])|` : '';
    pattern = new RegExp(`^(?:${fewer} {${indent}}(?![ \n#]|-[ \n]))`, 'gm');
    lineAtOrAboveCache[indent] = pattern;
  }
  return pattern;
}

/** A plain key of word characters and `$.@()/~+-` (resolved by plainKey), or a single-quoted one without `''`. */
const RECORD_KEY = "([A-Za-z0-9_$][A-Za-z0-9_$.@()\\/~+-]*|'[^'\\n]*')";
/** A field name: a letter or underscore, then word characters and dashes (null-like names are not taken). */
const FIELD_NAME = '(?!(?:null|Null|NULL)(?![A-Za-z0-9_-]))[A-Za-z_][A-Za-z0-9_-]*';
const RECORD_FIELD = `(${FIELD_NAME})`;
/** The names FIELD_NAME can match: a field the caller reads that is not one is never passed over anyway. */
const FIELD_NAME_ONLY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/**
 * A single-quoted scalar without a doubled quote, or a plain one that starts with no indicator and holds no `#`,
 * no `: ` and no trailing space.
 */
const RECORD_VALUE = "('[^'\\n]*'|[^\\s'\"#,\\[\\]{}&*!|>%@`?:\\\\-](?:[^\\n#:]|:(?=[^ \\n]))*(?<! ))";
/** `key:` and two `field: value` lines two spaces deeper. */
const RECORD = new RegExp(
  `( *)${RECORD_KEY}:\\n\\1  ${RECORD_FIELD}: ${RECORD_VALUE}\\n\\1  ${RECORD_FIELD}: ${RECORD_VALUE}\\n`,
  'y',
);
/** `key:` and a `field: {name: value}` line two spaces deeper, the value word characters and `+/=.-`. */
const ENTRY = `( *)${RECORD_KEY}:\\n\\1  ${RECORD_FIELD}: \\{${RECORD_FIELD}: ([A-Za-z0-9_][A-Za-z0-9_+/=.-]*)\\}\\n`;

const entryPatterns = new WeakMap<ReadonlySet<string>, RegExp>();

/**
 * ENTRY, then the fields after it that the caller does not read (`engines: {…}`, `peerDependencies:` and its
 * deeper lines, `- item`s at the field's indentation, blank and comment lines), passed over as the line-by-line
 * reading passes over them.
 */
function entryPattern(fields: ReadonlySet<string>): RegExp {
  let pattern = entryPatterns.get(fields);
  if (!pattern) {
    const read = [...fields].filter((field) => FIELD_NAME_ONLY.test(field)).join('|');
    const field = `(?!(?:${read}):)${FIELD_NAME}`;
    const below = '\\1   [^\\n]*\\n|\\1  -(?: [^\\n]*)?\\n| *\\n| *#[^\\n]*\\n';
    const passed = `(?:\\1  ${field}:(?: [^\\n]*)?\\n(?:${below})*)*`;
    pattern = new RegExp(ENTRY + passed, 'y');
    entryPatterns.set(fields, pattern);
  }
  return pattern;
}

function recordKey(text: string): string {
  return text.charCodeAt(0) === 0x27 ? text.slice(1, -1) : plainKey(text);
}

function recordScalar(text: string): unknown {
  if (text.charCodeAt(0) === 0x27) return text.slice(1, -1);
  if (text === '<<') outside();
  return plainValue(text);
}

/**
 * The shapes read in one match from the `key:` line at `lineStart` (indented `indent`) into `map`, and from each
 * sibling line after it that starts one too; returns the last mapping read (later lines may add fields to it), or
 * undefined when the line starts none. scanEnd: where the reading goes on.
 */
function readShapes(
  text: string,
  lineStart: number,
  indent: number,
  map: YamlMap,
  stack: Frame[],
): YamlMap | undefined {
  const fields = stack[1]?.fields;
  if (fields !== undefined && stack.length !== 2) return undefined;
  // Without a field filter: a key holding a mapping of two one-line scalars (a dependency of a pnpm importer:
  // specifier, version). In a section read field by field: an entry whose first field is a one-pair flow mapping
  // (a pnpm package's `resolution: {integrity: …}`), then the fields passed over.
  const pattern = fields === undefined ? RECORD : entryPattern(fields);
  let last: YamlMap | undefined;
  for (let at = lineStart; ; at = pattern.lastIndex) {
    pattern.lastIndex = at;
    const found = pattern.exec(text);
    if (found === null || found[1]!.length !== indent || found[2]!.length > MAX_KEY_LENGTH) break;
    const entry: YamlMap = {};
    if (fields === undefined) {
      setKey(entry, found[3]!, recordScalar(found[4]!));
      setKey(entry, found[5]!, recordScalar(found[6]!));
    } else {
      if (!fields.has(found[3]!)) break;
      const inner: YamlMap = {};
      setKey(inner, found[4]!, recordScalar(found[5]!));
      setKey(entry, found[3]!, inner);
    }
    setKey(map, recordKey(found[2]!), entry);
    last = entry;
    scanEnd = pattern.lastIndex;
  }
  return last;
}

function read(text: string, scope: ReadScope, from: number): unknown[] {
  const { skip, entryFields } = scope;
  failsafe = scope.failsafe === true;
  UNUSUAL.lastIndex = from;
  if (UNUSUAL.test(text) || text.indexOf('\t', from) !== -1) outside();
  const documents: unknown[] = [];
  let started = false;
  let root: unknown;
  let stack: Frame[] = [];
  // A `key:` with nothing after it: the next lines may hold its value. Set once that is known (setting null
  // first and the value later would make V8 generalise the object's shape).
  let pendingMap: YamlMap | undefined;
  let pendingKey = '';
  let pendingIndent = 0;
  const finish = (): void => {
    if (stack.length === 0) outside(); // an empty document, or one holding only a scalar
    if (pendingMap) setKey(pendingMap, pendingKey, null);
    pendingMap = undefined;
    documents.push(root);
  };
  for (let start = from; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let line = text.slice(start, end);
    const lineStart = start;
    start = end + 1;
    let indent = 0;
    while (line.charCodeAt(indent) === 0x20) indent++;
    if (indent === line.length || line.charCodeAt(indent) === 0x23) continue; // blank or comment line
    if (line.charCodeAt(line.length - 1) === 0x20) line = line.trimEnd();
    if (indent === 0) {
      const first = line.charCodeAt(0);
      if (first === 0x25) outside(); // %YAML directive
      if (line === '---' || line === '...' || line.startsWith('--- ') || line.startsWith('... ')) {
        if (line !== '---') outside();
        if (started) finish();
        started = true;
        root = undefined;
        stack = [];
        continue;
      }
    }
    started = true;
    const isItem =
      line.charCodeAt(indent) === 0x2d &&
      (line.length === indent + 1 || line.charCodeAt(indent + 1) === 0x20);

    if (pendingMap) {
      if (indent > pendingIndent || (indent === pendingIndent && isItem)) {
        const child: Frame = isItem ? { indent, seq: [] } : { indent, map: {} };
        if (entryFields && stack.length === 1 && Object.hasOwn(entryFields, pendingKey))
          child.fields = entryFields[pendingKey];
        setKey(pendingMap, pendingKey, child.seq ?? child.map);
        stack.push(child);
      } else setKey(pendingMap, pendingKey, null);
      pendingMap = undefined;
    } else if (stack.length === 0) {
      const frame: Frame = isItem ? { indent, seq: [] } : { indent, map: {} };
      root = frame.seq ?? frame.map;
      stack.push(frame);
    }

    let top = stack[stack.length - 1]!;
    while (top.indent > indent || (top.seq && !isItem && top.indent === indent && stack.length > 1)) {
      stack.pop();
      top = stack[stack.length - 1]!;
      if (!top) outside();
    }
    if (top.indent !== indent) outside(); // under-indented or over-indented content

    let at = indent;
    let map = top.map;
    // The shapes that make up most of a pnpm lockfile, each read in one match instead of line by line (both
    // start with a `key:` line).
    if (map && !isItem && indent > 0 && line.charCodeAt(line.length - 1) === 0x3a) {
      const entry = readShapes(text, lineStart, indent, map, stack);
      if (entry !== undefined) {
        // Further fields of the same mapping are read as usual.
        stack.push({ indent: indent + 2, map: entry });
        start = scanEnd;
        continue;
      }
    }
    if (!map) {
      if (!isItem) outside();
      at = skipSpaces(line, indent + 1);
      // `-` alone (a nested block as the item) and `- - x` are rare in lockfiles and left to the yaml package.
      if (at >= line.length || line.charCodeAt(at) === 0x23) outside();
      if (line.charCodeAt(at) === 0x2d && (at + 1 === line.length || line.charCodeAt(at + 1) === 0x20))
        outside();
      if (!isKeyEntry(line, at)) {
        top.seq!.push(inlineValue(line, at));
        continue;
      }
      // `- key: value`: a mapping whose keys line up with this first one.
      map = {};
      top.seq!.push(map);
      stack.push({ indent: at, map });
    } else if (isItem) outside();
    const key = blockKey(line, at);
    const valueAt = skipSpaces(line, scanEnd);
    const code = line.charCodeAt(valueAt);
    // A field of an entry the caller does not read: its value, on this line or below, is passed over.
    const section = stack.length === 3 && top.map === map ? stack[1]!.fields : undefined;
    if (section && !section.has(key)) {
      start = nextLineAtOrAbove(text, start, at);
      continue;
    }
    if (valueAt >= line.length || code === 0x23) {
      if (indent === 0 && skip?.has(key) && stack.length === 1) {
        start = nextLineAtOrAbove(text, start, 0);
        continue;
      }
      pendingMap = map;
      pendingKey = key;
      pendingIndent = at;
    } else if (code === 0x7c || code === 0x3e) {
      let value: string;
      [value, start] = literalBlock(text, start, at, line.slice(valueAt));
      setKey(map, key, value);
    } else setKey(map, key, inlineValue(line, valueAt));
  }
  if (!started) outside();
  finish();
  return documents;
}
