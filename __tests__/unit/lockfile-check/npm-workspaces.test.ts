import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
