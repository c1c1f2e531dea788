// Lockfiles of pnpm 8 (lockfileVersion 6.0). The lockfile below was written by pnpm 8.6.12
// (`pnpm install --lockfile-only`); verdicts are those of `pnpm install --frozen-lockfile --offline` of the
// versions named (ERR_PNPM_OUTDATED_LOCKFILE: stale; "Done": the lockfile passed).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { check, edit, editJson, scratch } from './helpers.js';

const MANIFEST = {
  name: 'p8',
  version: '1.0.0',
  dependencies: { 'is-number': '^7.0.0' },
  peerDependencies: { 'is-odd': '^3.0.0' },
  pnpm: { overrides: { 'is-odd': '3.0.1' } },
};

const LOCKFILE = `lockfileVersion: '6.0'

settings:
  autoInstallPeers: true
  excludeLinksFromLockfile: false

overrides:
  is-odd: 3.0.1

dependencies:
  is-number:
    specifier: ^7.0.0
    version: 7.0.0
  is-odd:
    specifier: ^3.0.0
    version: 3.0.0

packages:

  /is-number@7.0.0:
    resolution: {integrity: sha512-41Cifkg6e8TylSpdtTpeLVMqvSBEVzTttHvERD741+pnZ8ANv0004MRL43QKPDlK9cGvNp6NZWZUBlbGXYxxng==}
    engines: {node: '>=0.12.0'}
    dev: false

  /is-odd@3.0.0:
    resolution: {integrity: sha512-204vE5IJ0Cd6pA6x1dMyLooGk6/xeKuq90imFuJN/ndMDBP4Sk9tJpBlTedHPvt6KDbtTDTsjVzzgctFqNV7FQ==}
    engines: {node: '>=4'}
    dev: false
`;

function project(pin?: string): string {
  const dir = scratch();
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...MANIFEST, packageManager: pin }, null, 2));
  writeFileSync(join(dir, 'pnpm-lock.yaml'), LOCKFILE);
  return dir;
}

describe('pnpm lockfileVersion 6.0', () => {
  it('takes overrides to leave peers alone up to pnpm 8.6 and to rewrite them from 8.7', async () => {
    // pnpm 8.6.12 passes the lockfile it wrote; 8.7.0 finds it stale ("specs in package.json ({"is-odd":"3.0.1"…").
    expect((await check(project('pnpm@8.6.12'))).problems).toEqual([]);
    expect((await check(project('pnpm@8.7.0'))).kinds).toEqual(['spec-mismatch']);
    // With no pin either pnpm 8 may run: a peer recorded with its own range or with the override passes.
    expect((await check(project())).problems).toEqual([]);
    const dir = project();
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text.replace('specifier: ^3.0.0\n    version: 3.0.0', 'specifier: 3.0.1\n    version: 3.0.1'),
    );
    expect((await check(dir)).problems).toEqual([]);
    // Any other range is stale under both.
    edit(dir, 'pnpm-lock.yaml', (text) => text.replace('specifier: 3.0.1', 'specifier: ^2.0.0'));
    expect((await check(dir)).kinds).toEqual(['spec-mismatch']);
  });

  it('accepts a peer recorded or not where the lockfile records no settings (pnpm 8.0 to 8.5)', async () => {
    const dir = project('pnpm@8.6.12');
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text
        .replace(/settings:\n(?: {2}.*\n)+\n/, '')
        .replace('  is-odd:\n    specifier: ^3.0.0\n    version: 3.0.0\n', ''),
    );
    expect((await check(dir)).problems).toEqual([]);
    // With the settings recorded, autoInstallPeers: true means the peer must be there.
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text.replace(
        "'6.0'\n",
        "'6.0'\n\nsettings:\n  autoInstallPeers: true\n  excludeLinksFromLockfile: false\n",
      ),
    );
    expect((await check(dir)).kinds).toEqual(['not-locked']);
    editJson(dir, 'package.json', (pkg) => {
      delete pkg.peerDependencies;
    });
    expect((await check(dir)).problems).toEqual([]);
  });
});
