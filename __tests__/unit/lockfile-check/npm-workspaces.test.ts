import { mkdirSync, writeFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { expandWorkspaces } from '../../../actions/lockfile-check/ecosystems/npm-workspaces.js';
import { scratch } from './helpers.js';

function tree(folders: string[]): string {
  const root = scratch();
  for (const folder of folders) {
    mkdirSync(join(root, folder), { recursive: true });
    writeFileSync(join(root, folder, 'package.json'), '{}');
  }
  return root;
}

describe('workspace globs, as npm and pnpm expand them', () => {
  test('dir/** includes dir itself and has no depth limit', async () => {
    const root = tree(['playground', 'playground/a/b/c/d/e/f', 'other/x']);
    expect(await expandWorkspaces(root, ['playground/**'])).toEqual(['playground', 'playground/a/b/c/d/e/f']);
  });

  test('* is one level; dot folders and node_modules are never entered by a wildcard; ! excludes', async () => {
    const root = tree([
      'packages/a',
      'packages/a/deep',
      'packages/.hidden',
      'packages/node_modules/x',
      'packages/b',
    ]);
    expect(await expandWorkspaces(root, ['packages/*', '!packages/b'])).toEqual(['packages/a']);
    expect(await expandWorkspaces(root, ['packages/**'])).toEqual([
      'packages/a',
      'packages/a/deep',
      'packages/b',
    ]);
  });

  test('a glob in the middle: packages/**/__tests__/**', async () => {
    const root = tree(['packages/x/__tests__', 'packages/x/src/__tests__/fixture/y', 'packages/x']);
    expect(await expandWorkspaces(root, ['packages/**/__tests__/**'])).toEqual([
      'packages/x/__tests__',
      'packages/x/src/__tests__/fixture/y',
    ]);
  });
});

describe('workspace globs against path.matchesGlob on every folder (differential)', () => {
  /** Every folder below `root` (never into node_modules and the like) holding a package.json. */
  function allFolders(folders: string[]): string[] {
    const skip = new Set(['node_modules', 'bower_components', '.git', '.venv', 'target']);
    const set = new Set<string>();
    for (const folder of folders)
      if (!folder.split('/').some((segment) => skip.has(segment))) set.add(folder);
    return [...set];
  }
  const NAMES = ['packages', 'a', 'b', 'ab', '.hidden', 'node_modules', 'test', 'x'];
  const SEGMENTS = ['packages', 'a', 'b', '*', '**', 'a*', '?', '.hidden', '{a,b}', 'test'];
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pick = <T>(list: T[]) => list[random(list.length)]!;

  test.each(Array.from({ length: 40 }, (_, index) => index))('random tree and globs #%i', async () => {
    const folders = Array.from({ length: 12 }, () =>
      Array.from({ length: 1 + random(4) }, () => pick(NAMES)).join('/'),
    );
    const root = tree(folders);
    const patterns = Array.from({ length: 1 + random(3) }, () =>
      Array.from({ length: 1 + random(3) }, () => pick(SEGMENTS)).join('/'),
    );
    if (random(3) === 0)
      patterns.push(`!${Array.from({ length: 1 + random(2) }, () => pick(SEGMENTS)).join('/')}`);
    const include = patterns.filter((pattern) => !pattern.startsWith('!'));
    const exclude = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
    // Every prefix of a created folder is a folder too, but only the created ones hold a package.json.
    const expected = allFolders(folders)
      .filter((folder) =>
        include.some((pattern) => matchesGlob(`${folder}/package.json`, `${pattern}/package.json`)),
      )
      .filter(
        (folder) =>
          !exclude.some((pattern) => matchesGlob(`${folder}/package.json`, `${pattern}/package.json`)),
      )
      .sort();
    expect({ patterns, found: await expandWorkspaces(root, patterns) }).toEqual({
      patterns,
      found: expected,
    });
  });
});
