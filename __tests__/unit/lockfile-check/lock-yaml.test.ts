// The lockfile YAML reader against the `yaml` package: the same result on every pnpm and yarn berry lockfile
// of the corpus beside the project and of the fixtures, and on hand-written edge cases; text outside the
// subset is refused (undefined), never read differently.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseAllDocuments } from 'yaml';
import { type ReadScope, readLockYaml } from '../../../actions/lockfile-check/lock-yaml.js';
import { findRoot } from '../../../cli/runner.js';
import { describeWithService } from '../../support/services.js';

const ROOT = findRoot();
const CORPUS = join(ROOT, '..', 'shared', 'lockfile-corpus');
const FIXTURES = join(ROOT, '__tests__', 'fixtures', 'lockfile-check');

/** What the action would get from the yaml package (the options files.ts passes). */
function reference(text: string): unknown[] {
  return parseAllDocuments(text, { uniqueKeys: false }).map((document) => {
    if (document.errors.length) throw document.errors[0];
    return document.toJS({ maxAliasCount: 100 });
  });
}

/** What the pnpm check reads. */
const SCOPE: ReadScope = {
  skip: new Set(['snapshots']),
  entryFields: { packages: new Set(['resolution', 'name']) },
};

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The reference without what SCOPE leaves out. */
function withoutSkipped(documents: unknown[]): unknown[] {
  return documents.map((document) => {
    if (!isMap(document)) return document;
    const kept: Array<[string, unknown]> = [];
    for (const [key, value] of Object.entries(document)) {
      if (SCOPE.skip!.has(key)) continue;
      const fields = Object.hasOwn(SCOPE.entryFields!, key) ? SCOPE.entryFields![key] : undefined;
      kept.push([
        key,
        fields && isMap(value)
          ? Object.fromEntries(
              Object.entries(value).map(([name, entry]) => [
                name,
                isMap(entry)
                  ? Object.fromEntries(Object.entries(entry).filter(([field]) => fields.has(field)))
                  : entry,
              ]),
            )
          : value,
      ]);
    }
    // Object.fromEntries defines `__proto__` as an own key, as the reader does.
    return Object.fromEntries(kept);
  });
}

/**
 * Equal values, and equal key order (toStrictEqual does not compare order; iteration depends on it); read with
 * `snapshots` skipped, the same without it.
 */
function expectSame(text: string): void {
  const ours = readLockYaml(text);
  expect(ours).toBeDefined();
  const theirs = reference(text);
  expect(ours).toStrictEqual(theirs);
  expect(JSON.stringify(ours)).toBe(JSON.stringify(theirs));
  expect(JSON.stringify(readLockYaml(text, SCOPE))).toBe(JSON.stringify(withoutSkipped(theirs)));
}

function lockfiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'pnpm-lock.yaml') found.push(path);
      else if (
        entry.name === 'yarn.lock' &&
        !/^# yarn lockfile v1/m.test(readFileSync(path, 'utf8').slice(0, 400))
      )
        found.push(path);
    }
  };
  walk(dir);
  return found.sort();
}

describe('lockfile YAML reader: fixtures', () => {
  const files = lockfiles(FIXTURES);
  it('has pnpm and yarn berry fixtures to compare', () => {
    expect(files.some((file) => file.endsWith('pnpm-lock.yaml'))).toBe(true);
    expect(files.some((file) => file.endsWith('yarn.lock'))).toBe(true);
  });
  it.each(files.map((file) => [file.slice(FIXTURES.length + 1), file]))('%s', (_name, file) => {
    expectSame(readFileSync(file, 'utf8'));
  });
});

describeWithService(
  'lockfile YAML reader: corpus',
  existsSync(CORPUS) ? undefined : `the lockfile corpus is absent (${CORPUS})`,
  () => {
    const files = existsSync(CORPUS) ? lockfiles(CORPUS) : [];
    it('reads the corpus lockfiles, two-document pnpm ones included', () => {
      expect(files.length).toBeGreaterThan(20);
      expect(files.some((file) => reference(readFileSync(file, 'utf8')).length === 2)).toBe(true);
    });
    it.each(files.map((file) => [file.slice(CORPUS.length + 1), file]))('%s', (_name, file) => {
      expectSame(readFileSync(file, 'utf8'));
    });
  },
);

describe('lockfile YAML reader: edge cases', () => {
  it.each([
    ['quoted keys and values', `'@s/a@1.0.0':\n  "x": 'it''s'\n  y: "tab\\there \\"q\\" \\u00e9 \\\\"\n`],
    [
      'plain scalars of the core schema',
      'a: 1\nb: -2.5\nc: 1e3\nd: true\ne: False\nf: ~\ng: null\nh: 1.0.0\ni: 01\nj: .5\nk: +3\n',
    ],
    ['non-string keys become strings', '1: a\ntrue: b\n~: c\n1.50: d\n'],
    [
      'flow mappings and sequences',
      "a: {integrity: sha512-x==, tarball: https://h/p/-/p-1.tgz}\nb: [x64, arm64]\nc: {}\nd: []\ne: {node: '>=18', deep: {x: [1, {y: z}]}}\n",
    ],
    [
      'empty values, nested blocks and compact sequences',
      'a:\nb:\n  c:\n    d: 1\n  e:\n  - x\n  - "y"\nf: 2\n',
    ],
    ['sequences of mappings', 'a:\n  - name: x\n    deps:\n      - q\n    v: 1\n  - name: y\n'],
    ['comments', '# head\na: 1 # trailing\n  # indented\nb: "q" # after a quote\nc: # empty\n'],
    ['two documents', '---\na: 1\n\n---\nb: 2\n'],
    ['literal block scalars', 'a: |-\n  one\n\n  two\nb: |\n  x\n    y\n\nc: 3\n'],
    ['duplicate keys (last wins, first position)', 'a: 1\nb: 2\na: 3\n'],
    ['__proto__ and constructor are plain keys', '__proto__: 1\nconstructor: 2\nhasOwnProperty: {x: 1}\n'],
    ['an indented root and blank lines', '  a: 1\n\n  b: 2\n'],
    // The shapes read in one match (a dependency record, a packages entry with its resolution) against the
    // same shapes just outside them, which the line-by-line reading takes.
    [
      'two-field records and their near misses',
      "importers:\n  .:\n    dependencies:\n      '@s/a':\n        specifier: ^1.0.0 || ^2\n        version: 1.2.3(@t/b@2.0.0)\n      b:\n        specifier: 'catalog:'\n        version: link:../b\n      c:\n        specifier: 1.0\n        version: true\n      1.50:\n        specifier: ~\n        version: null\n      __proto__:\n        specifier: x\n        __proto__: y\n      d:\n        specifier: a:b\n        version: x#y\n      e:\n        specifier: x\n        version: y\n        third: z\n      f:\n        null: x\n        version: y\n      g:\n        specifier: 'it''s'\n        version: y  \n      h:\n        specifier: x\n        version: y\n\n      i:\n        nested:\n          specifier: x\n          version: y\n        after: 1\nz: 1\n",
    ],
    [
      'entries with their resolution and their near misses',
      "packages:\n  '@s/a@1.0.0':\n    resolution: {integrity: sha512-Ab+/9==}\n    engines: {node: '>=18'}\n\n  b@2.0.0(c@1.0.0):\n    resolution: {integrity: sha1-x}\n    name: b\n  c@1:\n    resolution: {integrity: 'sha512-q'}\n  d@1:\n    resolution: {tarball: https://h/d.tgz}\n  e@1:\n    resolution: {integrity: 1.5}\n    os: [linux]\n  f@1:\n    engines: {node: x}\n    resolution: {integrity: sha512-f}\n",
    ],
  ])('%s', (_name, text) => {
    expectSame(text);
  });

  it.each([
    ['anchors and aliases', 'a: &x {b: 1}\nc: *x\n'],
    ['tags', 'a: !!str 1\n'],
    ['folded block scalars', 'a: >\n  x\n  y\n'],
    ['keep-chomping block scalars', 'a: |+\n  x\n\n'],
    ['multi-line plain scalars', 'a: one\n  two\n'],
    ['multi-line flow collections', 'a: {b: 1,\n  c: 2}\n'],
    ['multi-line quoted scalars', 'a: "one\n  two"\n'],
    ['YAML-only escapes', 'a: "\\x41\\e"\n'],
    ['hex, octal, infinity and NaN', 'a: 0x1F\n', 'b: 0o17\n', 'c: .inf\n', 'd: .nan\n'],
    ['directives and document ends', '%YAML 1.2\n---\na: 1\n', 'a: 1\n...\n'],
    ['tabs and CR line ends', 'a:\tb\n', 'a: 1\r\nb: 2\r\n'],
    ['merge keys', 'a: {x: 1}\nb:\n  <<: {x: 2}\n'],
    ['an empty document', '', '# only a comment\n', '---\n---\na: 1\n'],
    ['a scalar document', 'just text\n'],
    ['flow keys without values', 'a: {b, c}\n'],
  ])('leaves %s to the yaml package', (_name, ...texts) => {
    for (const text of texts) expect(readLockYaml(text)).toBeUndefined();
  });

  it.each([
    [
      'a skipped section between others',
      'a: 1\nsnapshots:\n  x@1:\n    dependencies:\n      y: 2\n\n  z@1: {}\nb: 2\n',
    ],
    ['a skipped section written as a compact sequence', 'snapshots:\n- a\n- {b: 1}\nc: 3\n'],
    [
      'a skipped section with comments and a last document after it',
      '---\nsnapshots:\n# c\n  a: 1\n---\nb: 2\n',
    ],
    ['a skipped section at the end', 'a: 1\nsnapshots:\n  x: 1\n'],
    ['a nested snapshots key, which is read', 'a:\n  snapshots:\n    x: 1\n'],
    [
      'the fields of packages entries but their resolution',
      "packages:\n  a@1:\n    resolution: {integrity: sha512-x}\n    engines: {node: '>=18'}\n    cpu: [x64]\n    peerDependencies:\n      b: ^1\n    os:\n    - linux\n    deprecated: |\n      gone\n\n  c@2:\n    name: c\n    hasBin: true\n    resolution:\n      tarball: https://h/c.tgz\n  d@3: {}\nx: 1\n",
    ],
    [
      'fields passed over in one match, blank and comment lines among them',
      'packages:\n  a@1:\n    resolution: {integrity: sha512-x}\n    peerDependencies:\n      b: ^1\n\n      c: ^2\n    # note\n    os:\n    - linux\n    - arm64\n    name: a\n    null: 1\n    hasBin: true\n\n  b@1:\n    resolution: {integrity: y}\n    names: [x]\n    name: b\nz: 1\n',
    ],
    [
      'a packages entry of fields only',
      'packages:\n  a@1:\n    engines: {node: x}\n  b@1:\n    resolution: {}\n',
    ],
  ])('skips %s', (_name, text) => {
    expectSame(text);
  });

  it('still refuses what follows a skipped section', () => {
    const conflict = 'a: 1\nsnapshots:\n  x: 1\n<<<<<<< HEAD\n  y: 2\n=======\n  y: 3\n>>>>>>> b\n';
    expect(readLockYaml(conflict, SCOPE)).toBeUndefined();
    expect(() => reference(conflict)).toThrow();
  });

  it('refuses rather than misreads malformed text', () => {
    for (const text of [
      'a: 1\n b: 2\n',
      'a: b: c\n',
      '- a\nb: 1\n',
      'a: [1, 2\n',
      'a: "x" y\n',
      'a:\n  - x\n  y: 1\n',
      // a record or an entry continued by a deeper line
      'a:\n  b:\n    c: x\n    d: y\n      more\n',
      'packages:\n  a@1:\n    resolution: {integrity: x}\n      more\n',
    ]) {
      expect(readLockYaml(text)).toBeUndefined();
      expect(readLockYaml(text, SCOPE)).toBeUndefined();
    }
  });

  it('reads every plain scalar as a string under the failsafe schema, as yarn berry does', () => {
    const text = 'a: 4\nb: -2.5\nc: true\nd: ~\ne: 1.0.0\n1: f\ng: [7, x]\nh: {i: 01}\nj: "3"\n';
    const failsafe = parseAllDocuments(text, { schema: 'failsafe' }).map((document) => document.toJS());
    expect(readLockYaml(text, { failsafe: true })).toEqual(failsafe);
    expect(failsafe[0]).toMatchObject({ a: '4', c: 'true', d: '~', h: { i: '01' } });
    // The next read without it is the core schema again.
    expect(readLockYaml(text)).toEqual(reference(text));
  });

  it('does not recurse over deep block nesting', () => {
    const depth = 20_000;
    let text = '';
    for (let level = 0; level < depth; level++) text += `${' '.repeat(level)}k:\n`;
    const value = readLockYaml(text)![0] as Record<string, unknown>;
    let node: unknown = value;
    let levels = 0;
    while (node && typeof node === 'object') {
      node = (node as Record<string, unknown>).k;
      levels++;
    }
    expect(levels).toBe(depth);
  });
});
