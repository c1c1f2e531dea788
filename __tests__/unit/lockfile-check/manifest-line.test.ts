// manifestLine indexes a manifest once; it must answer exactly as a textual search (findLine) would.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from '@jest/globals';
import { manifestLine } from '../../../actions/lockfile-check/ecosystems/js-specs.js';
import { escapeRegex, findLine } from '../../../actions/lockfile-check/files.js';
import { findRoot } from '../../../cli/runner.js';

const ROOT = findRoot();
const FIELDS = [
  'dependencies',
  'devDependencies',
  'optionalDependencies',
  'peerDependencies',
  'overrides',
  'absent',
];

function manifests(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('package.json') && !path.includes('node_modules'))
    .map((path) => join(dir, path));
}

it('finds the same line as a textual search, for every dependency of the fixtures and the corpus', () => {
  const files = [
    ...manifests(join(ROOT, '__tests__', 'fixtures', 'lockfile-check')),
    ...manifests(join(ROOT, '..', 'shared', 'lockfile-corpus', 'lockfiles')),
  ];
  let compared = 0;
  for (const path of files) {
    const text = readFileSync(path, 'utf8');
    let pkg: Record<string, unknown>;
    try {
      pkg = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      continue;
    }
    for (const field of FIELDS) {
      const names = Object.keys((pkg[field] as object | undefined) ?? {});
      for (const name of [...names, 'not-a-dependency', 'name', 'constructor']) {
        const expected = findLine(
          text,
          new RegExp(`"${field}"\\s*:`),
          new RegExp(`"${escapeRegex(name)}"\\s*:`),
        );
        expect([path, field, name, manifestLine({ path, text }, field, name)]).toEqual([
          path,
          field,
          name,
          expected,
        ]);
        compared++;
      }
    }
  }
  expect(compared).toBeGreaterThan(100);
});
