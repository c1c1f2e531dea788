import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { jsonErrorOffset } from './json-position.js';
import { loadTomlParser, loadYamlParser, type YamlParser } from './lazy-parsers.js';
import { readLockToml } from './lock-toml.js';
import { type ReadScope, readLockYaml } from './lock-yaml.js';

/** A manifest or lockfile that cannot be read or parsed: becomes a `parse` problem on that line. */
export class FileProblem extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export interface TextFile {
  /** Relative to the working directory. */
  path: string;
  text: string;
  /**
   * The same YAML, to be read in place: it starts at `start` of `text` (a whole file) and runs to its end. A YAML
   * document cut out of a big lockfile is read there rather than from a padded copy of it.
   */
  readonly within?: { readonly text: string; readonly start: number };
}

// Files and folders are read synchronously: the check is synchronous work anyway, a read is one system call
// without a thread-pool round trip (libuv starts its threads on first use), and node:fs/promises alone
// costs over a millisecond of start-up to load.

export async function readText(cwd: string, path: string): Promise<TextFile> {
  return readTextSync(cwd, path);
}

/** readText without a promise, for a loop over thousands of files (each await is a turn of the microtask queue). */
export function readTextSync(cwd: string, path: string): TextFile {
  try {
    return { path, text: readFileSync(resolve(cwd, path), 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new FileProblem(path, 1, `cannot read ${path}: ${code}`);
  }
}

/** readText, or undefined when the file cannot be read (most often: it is not there). */
export async function readTextIfPresent(cwd: string, path: string): Promise<TextFile | undefined> {
  try {
    return await readText(cwd, path);
  } catch {
    return undefined;
  }
}

/** `fs.promises.readdir(path, { withFileTypes: true })`, read synchronously. */
export async function readDirents(path: string): Promise<Dirent[]> {
  return readDirentsSync(path);
}

/** `fs.readdirSync(path, { withFileTypes: true })`, each folder read once per run. */
export function readDirentsSync(path: string): Dirent[] {
  let entries = direntCache.get(path);
  if (!entries) {
    entries = readdirSync(path, { withFileTypes: true });
    direntCache.set(path, entries);
  }
  return entries;
}

/**
 * Folders as read during this run: discovery and each workspace expansion walk the same tree (a repository's
 * folders do not change while it is checked; native checks run read-only commands).
 */
const direntCache = new Map<string, Dirent[]>();

const runCaches: Array<Map<unknown, unknown>> = [];

/** A map emptied with the folders read, at the start of each run: for what one run reads once. */
export function perRun<K, V>(): Map<K, V> {
  const map = new Map<K, V>();
  runCaches.push(map as Map<unknown, unknown>);
  return map;
}

/** Forgets the folders read (and every perRun map): a new run (discovery) reads the tree afresh. */
export function forgetFolders(): void {
  direntCache.clear();
  for (const map of runCaches) map.clear();
}

/** Whether a path made by path.relative(from, to) leads out of `from` (up, or to another drive). */
export function leadsOut(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

/**
 * `from` and each folder above it, nearest first, up to and including `boundary` (absolute paths): where a
 * setting a tool reads from the nearest file that has it is looked for. None when `from` lies outside.
 */
export function foldersUpTo(from: string, boundary: string): string[] {
  const folders: string[] = [];
  for (let dir = from; !leadsOut(relative(boundary, dir)); dir = resolve(dir, '..')) {
    folders.push(dir);
    if (dir === resolve(dir, '..')) break;
  }
  return folders;
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1))
    line++;
  return line;
}

/** JSON text as npm, pnpm and yarn read it: a UTF-8 byte-order mark in front is dropped. */
export function parseJson(file: TextFile): unknown {
  if (parsedJson.has(file)) return parsedJson.get(file);
  try {
    const value: unknown = JSON.parse(file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text);
    parsedJson.set(file, value);
    return value;
  } catch (error) {
    const reason = (error as Error).message;
    const line = lineAt(file.text, jsonErrorOffset(file.text));
    const short = reason
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/, (\.\.\.)?".*$/s, '')
      .replace(/\s+/g, ' ')
      .replace(/^Unexpected end of JSON input$/, 'unexpected end of file');
    throw new FileProblem(file.path, line, `${file.path}:${line}: invalid JSON: ${short}`);
  }
}

/**
 * What each file read parsed into: a manifest without a lockfile is asked whether it declares dependencies and then
 * whether its kind of project commits a lockfile, each answer read from the same parse. Nothing changes parsed data.
 */
const parsedJson = new WeakMap<TextFile, unknown>();
const parsedToml = new WeakMap<TextFile, { bigints: boolean; value: Record<string, unknown> }>();

// The TOML and YAML parsers are loaded only when a lockfile needs them (most repositories have neither).

/** `bigints`: integers as bigint, so they stay apart from floats (Poetry's hash needs the difference). */
export async function parseTomlText(file: TextFile, bigints = false): Promise<Record<string, unknown>> {
  const known = parsedToml.get(file);
  if (known?.bigints === bigints) return known.value;
  // What lockfiles and most manifests are written in is read without smol-toml (which then is not even loaded).
  const fast = readLockToml(file.text, bigints);
  if (fast) {
    parsedToml.set(file, { bigints, value: fast });
    return fast;
  }
  const { parseToml, TomlError } = await loadTomlParser();
  try {
    const value = (
      bigints ? parseToml(file.text, { integersAsBigInt: true }) : parseToml(file.text)
    ) as Record<string, unknown>;
    parsedToml.set(file, { bigints, value });
    return value;
  } catch (error) {
    const line = error instanceof TomlError ? error.line : 1;
    const reason = (error as Error).message.split('\n')[0]!.replace(/^Invalid TOML document: /, '');
    throw new FileProblem(file.path, line, `${file.path}:${line}: invalid TOML: ${reason}`);
  }
}

/** Bounds alias expansion: a few nested aliases (an "alias bomb") otherwise expand to gigabytes. */
const MAX_ALIAS_COUNT = 100;

/**
 * A file's only YAML document (several are an error, as for `yaml.parse`). What `scope` leaves out may be missing
 * from the result (it is when the fast reader takes the file).
 */
export async function parseYamlText(file: TextFile, scope?: ReadScope): Promise<unknown> {
  const fast = file.within
    ? readLockYaml(file.within.text, scope, file.within.start)
    : readLockYaml(file.text, scope);
  if (fast?.length === 1) return fast[0];
  const { parseYaml, YAMLParseError } = await loadYamlParser();
  try {
    return parseYaml(file.text, {
      uniqueKeys: false,
      maxAliasCount: MAX_ALIAS_COUNT,
      ...(scope?.failsafe ? { schema: 'failsafe' as const } : {}),
    });
  } catch (error) {
    throw yamlProblem(file, error, YAMLParseError);
  }
}

function yamlProblem(
  file: TextFile,
  error: unknown,
  YAMLParseError: YamlParser['YAMLParseError'],
): FileProblem {
  const line = error instanceof YAMLParseError ? (error.linePos?.[0]?.line ?? 1) : 1;
  let reason = (error as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  // The yaml package's ReferenceError for too many aliases, in the words of this action.
  if (/alias count/i.test(reason))
    reason = `more than ${MAX_ALIAS_COUNT} alias expansions (a YAML "alias bomb"); refusing to expand them`;
  return new FileProblem(file.path, line, `${file.path}:${line}: invalid YAML: ${reason}`);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A property of parsed data only if the data has it: `own(deps, 'constructor')` is undefined, where
 * `deps.constructor` is Object. Every lookup by a name taken from a manifest or lockfile goes through this.
 */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The strings of an array field (`members`, `exclude`, `dynamic`); anything else is empty. */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * The string entries of an object field (`dependencies`, …); anything else is empty. A null-prototype object,
 * so a dependency named `constructor`, `__proto__` or `hasOwnProperty` is looked up like any other.
 */
export function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  if (!isRecord(value)) return out;
  for (const [key, spec] of Object.entries(value)) if (typeof spec === 'string') out[key] = spec;
  return out;
}

let splitText: string | undefined;
let splitLines: string[] = [];

/** The lines of a text, split once for the many problems one big lockfile can have. */
function linesOf(text: string): string[] {
  if (text !== splitText) {
    splitText = text;
    splitLines = text.split('\n');
  }
  return splitLines;
}

/**
 * The line of `key` inside a section, found textually (parsers drop positions): the first line matching
 * `item` after the first line matching `section`, or the section line, or 1.
 */
export function findLine(text: string, section: RegExp | undefined, item?: RegExp): number {
  const lines = linesOf(text);
  let start = 0;
  if (section) {
    const found = lines.findIndex((line) => section.test(line));
    if (found === -1) return 1;
    start = found;
  }
  if (item) {
    for (let index = start; index < lines.length; index++) if (item.test(lines[index]!)) return index + 1;
    if (!section) return 1;
  }
  return start + 1;
}

/** The line of `[[package]]` `name = "…"` in a TOML lockfile (Cargo.lock, uv.lock, poetry.lock), or 1. */
export function tomlPackageLine(text: string, name: string): number {
  if (text !== indexedToml) {
    indexedToml = text;
    tomlNames = new Map();
    const lines = linesOf(text);
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      if (!line.startsWith('name = "')) continue;
      const end = line.indexOf('"', 8);
      const found = line.slice(8, end === -1 ? undefined : end);
      if (end !== -1 && !tomlNames.has(found)) tomlNames.set(found, index + 1);
    }
  }
  return tomlNames.get(name) ?? 1;
}

// The lockfile's `name = "…"` lines, indexed once: a check asks for the line of every package.
let indexedToml: string | undefined;
let tomlNames = new Map<string, number>();

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
