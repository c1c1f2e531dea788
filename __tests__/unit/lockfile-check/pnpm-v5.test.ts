// Lockfiles of pnpm 6 and 7 (lockfileVersion 5.3, 5.4). The pnpm-v5 fixture was written by pnpm 7.33.7
// (`pnpm install --lockfile-only`); each verdict was taken from `pnpm install --frozen-lockfile --offline` of the
// pnpm versions named on the same edit of a project like it (ERR_PNPM_OUTDATED_LOCKFILE or
// LOCKFILE_CONFIG_MISMATCH: stale; ERR_PNPM_NO_OFFLINE_TARBALL: the lockfile passed).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { legacyPackageName } from '../../../actions/lockfile-check/ecosystems/pnpm.js';
import { check, edit, editJson, scratch } from './helpers.js';

/** The fixture with `pnpm` settings in its package.json and, optionally, another pin. */
function withSettings(pnpm: Record<string, unknown>, pin = 'pnpm@7.33.7'): string {
  const dir = scratch('pnpm-v5');
  editJson(dir, 'package.json', (pkg) => {
    pkg.packageManager = pin;
    pkg.pnpm = pnpm;
  });
  return dir;
}

function pinned(dir: string, pin: string): void {
  editJson(dir, 'package.json', (pkg) => {
    pkg.packageManager = pin;
  });
}

describe('pnpm lockfileVersion 5.3 and 5.4', () => {
  it('passes the lockfile pnpm 7 wrote, and the same as 5.3 (pnpm 7.33.7, 6.35.1 pass both)', async () => {
    const dir = scratch('pnpm-v5');
    expect((await check(dir)).problems).toEqual([]);
    edit(dir, 'pnpm-lock.yaml', (text) => text.replace('lockfileVersion: 5.4', 'lockfileVersion: 5.3'));
    expect((await check(dir)).problems).toEqual([]);
  });

  it('compares specifiers and the field of each dependency (pnpm 7.33.7, 6.35.1: stale)', async () => {
    let dir = scratch('pnpm-v5');
    editJson(dir, 'package.json', (pkg) => {
      pkg.dependencies['is-number'] = '^7.0.1';
    });
    expect((await check(dir)).kinds).toEqual(['spec-mismatch']);
    dir = scratch('pnpm-v5');
    editJson(dir, 'package.json', (pkg) => {
      pkg.dependencies.ms = pkg.devDependencies.ms;
      delete pkg.devDependencies;
    });
    expect((await check(dir)).kinds).toEqual(['dependency-type']);
    dir = scratch('pnpm-v5');
    editJson(dir, 'package.json', (pkg) => {
      delete pkg.dependencies['is-number'];
    });
    expect((await check(dir)).kinds).toEqual(['extraneous']);
  });

  it('accepts a peer recorded or not: auto-install-peers is set in .npmrc (pnpm 7.33.7 passes both)', async () => {
    const dir = scratch('pnpm-v5');
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text
        .replace('  is-number: ^7.0.0\n', '  is-number: ^7.0.0\n  is-odd: ^3.0.0\n')
        .replace('  is-number: 7.0.0\n', '  is-number: 7.0.0\n  is-odd: 3.0.1\n'),
    );
    expect((await check(dir)).problems).toEqual([]);
    // Under either setting a peer recorded with another range is stale (pnpm 7.33.7, auto-install-peers=true).
    edit(dir, 'pnpm-lock.yaml', (text) => text.replace('is-odd: ^3.0.0', 'is-odd: ^2.0.0'));
    expect((await check(dir)).kinds).toEqual(['spec-mismatch']);
  });

  it('does not apply overrides to peers (pnpm 7.33.7 records the range the manifest gives)', async () => {
    const dir = scratch('pnpm-v5');
    editJson(dir, 'package.json', (pkg) => {
      pkg.pnpm = { overrides: { 'is-odd': '3.0.1' } };
    });
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text
        .replace('lockfileVersion: 5.4\n', 'lockfileVersion: 5.4\n\noverrides:\n  is-odd: 3.0.1\n')
        .replace('  is-number: ^7.0.0\n', '  is-number: ^7.0.0\n  is-odd: ^3.0.0\n')
        .replace('  is-number: 7.0.0\n', '  is-number: 7.0.0\n  is-odd: 3.0.1\n'),
    );
    expect((await check(dir)).problems).toEqual([]);
  });

  it('compares overrides from pnpm.overrides and resolutions (pnpm 7.33.7, 7.0.0, 6.35.1, 6.0.0)', async () => {
    for (const field of ['pnpm', 'resolutions']) {
      const dir = scratch('pnpm-v5');
      editJson(dir, 'package.json', (pkg) => {
        pkg[field] = field === 'pnpm' ? { overrides: { ms: '2.1.2' } } : { ms: '2.1.2' };
      });
      expect((await check(dir)).kinds).toContain('spec-mismatch');
      edit(dir, 'pnpm-lock.yaml', (text) =>
        text
          .replace('lockfileVersion: 5.4\n', 'lockfileVersion: 5.4\n\noverrides:\n  ms: 2.1.2\n')
          .replace('  ms: ^2.1.0', '  ms: 2.1.2')
          .replace('  ms: 2.1.3', '  ms: 2.1.2'),
      );
      expect((await check(dir)).problems).toEqual([]);
    }
    // An empty map is no overrides (pnpm 7.33.7, 6.35.1 pass).
    expect((await check(withSettings({ overrides: {} }))).problems).toEqual([]);
  });

  it('takes a `$name` override resolved (pnpm 7.33.7) or as written (pnpm 6)', async () => {
    for (const recorded of ['^2.1.0', '$ms']) {
      const dir = withSettings({ overrides: { ms: '$ms' } });
      edit(dir, 'pnpm-lock.yaml', (text) =>
        text.replace('lockfileVersion: 5.4\n', `lockfileVersion: 5.4\n\noverrides:\n  ms: '${recorded}'\n`),
      );
      expect((await check(dir)).problems).toEqual([]);
    }
  });

  it("ignores pnpm-workspace.yaml's overrides, which pnpm 6 and 7 do not read (7.33.7, 6.35.1 pass)", async () => {
    const dir = scratch('pnpm-v5');
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), "packages: []\noverrides:\n  ms: '2.1.2'\n");
    expect((await check(dir)).problems).toEqual([]);
  });

  it('compares neverBuiltDependencies in any order, none being empty (7.33.7, 7.0.0, 6.35.1, 6.0.0)', async () => {
    expect((await check(withSettings({ neverBuiltDependencies: ['ms'] }))).kinds).toEqual(['spec-mismatch']);
    expect((await check(withSettings({ neverBuiltDependencies: [] }))).problems).toEqual([]);
    const dir = withSettings({ neverBuiltDependencies: ['ms', 'is-number'] });
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text.replace(
        'lockfileVersion: 5.4\n',
        'lockfileVersion: 5.4\n\nneverBuiltDependencies:\n  - is-number\n  - ms\n',
      ),
    );
    expect((await check(dir)).problems).toEqual([]);
  });

  it('compares onlyBuiltDependencies where pnpm does (6.35.0+; not 6.30.0)', async () => {
    // An empty list is not none: pnpm 7.33.7 and 6.35.1 refuse it against a lockfile without the field.
    expect((await check(withSettings({ onlyBuiltDependencies: [] }))).kinds).toEqual(['spec-mismatch']);
    expect((await check(withSettings({ onlyBuiltDependencies: ['ms'] }, 'pnpm@6.30.0'))).problems).toEqual(
      [],
    );
    const dir = withSettings({ onlyBuiltDependencies: ['ms', 'is-number'] });
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text.replace(
        'lockfileVersion: 5.4\n',
        'lockfileVersion: 5.4\n\nonlyBuiltDependencies:\n  - is-number\n  - ms\n',
      ),
    );
    expect((await check(dir)).problems).toEqual([]);
  });

  it('compares whether there are packageExtensions (6.10.0+: stale; 6.5.0 passes)', async () => {
    const extensions = { packageExtensions: { ms: { dependencies: { 'is-number': '*' } } } };
    expect((await check(withSettings(extensions))).kinds).toEqual(['spec-mismatch']);
    expect((await check(withSettings(extensions, 'pnpm@6.5.0'))).problems).toEqual([]);
    expect((await check(withSettings({ packageExtensions: {} }))).problems).toEqual([]);
    const dir = scratch('pnpm-v5');
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text.replace(
        'lockfileVersion: 5.4\n',
        'lockfileVersion: 5.4\n\npackageExtensionsChecksum: 24586b00e13cffb971a6d59887af4957\n',
      ),
    );
    expect((await check(dir)).kinds).toEqual(['spec-mismatch']);
  });

  it('compares dependenciesMeta from pnpm 6.20 (6.20.0, 6.35.1, 7.33.7: stale; 6.15.0 passes)', async () => {
    const dir = scratch('pnpm-v5');
    editJson(dir, 'package.json', (pkg) => {
      pkg.dependenciesMeta = { 'is-number': { injected: true } };
    });
    expect((await check(dir)).kinds).toEqual(['spec-mismatch']);
    pinned(dir, 'pnpm@6.15.0');
    expect((await check(dir)).problems).toEqual([]);
  });

  it('compares publishConfig.directory from pnpm 7.7 (7.7.0, 7.33.7: stale; 7.6.0, 6.35.1 pass)', async () => {
    const dir = scratch('pnpm-v5');
    editJson(dir, 'package.json', (pkg) => {
      pkg.publishConfig = { directory: 'dist' };
    });
    expect((await check(dir)).kinds).toEqual(['spec-mismatch']);
    pinned(dir, 'pnpm@7.6.0');
    expect((await check(dir)).problems).toEqual([]);
    // With no pin, a 5.4 lockfile may be checked by any pnpm 7.
    editJson(dir, 'package.json', (pkg) => {
      delete pkg.packageManager;
    });
    expect((await check(dir)).problems).toEqual([]);
  });

  it('compares patchedDependencies from pnpm 7.4 (7.4.0, 7.33.7: stale; 7.3.0, 6.35.1 pass)', async () => {
    const dir = withSettings({ patchedDependencies: { 'ms@2.1.3': 'patches/ms@2.1.3.patch' } });
    expect((await check(dir)).kinds).toEqual(['spec-mismatch']);
    pinned(dir, 'pnpm@7.3.0');
    expect((await check(dir)).problems).toEqual([]);
  });

  it('judges the sources of packages keyed as pnpm 7 keys them', async () => {
    const dir = scratch('pnpm-v5');
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text.replace(
        /(\/ms\/2\.1\.3:\n\s+resolution: )\{integrity: [^}]+\}/,
        '$1{integrity: sha1-abc=, tarball: https://registry.npmjs.org/evil/-/evil-2.1.3.tgz}',
      ),
    );
    const outcome = await check(dir);
    expect(outcome.errors.map((problem) => `${problem.kind} ${problem.package}`)).toEqual([
      'name-mismatch ms',
    ]);
    expect(outcome.errors[0]!.line).toBeGreaterThan(1);
  });

  it('reads names out of pnpm 6 and 7 package keys', () => {
    expect(legacyPackageName('/is-number/7.0.0')).toBe('is-number');
    expect(legacyPackageName('/@sindresorhus/is/4.6.0')).toBe('@sindresorhus/is');
    expect(legacyPackageName('/use-sync-external-store/1.7.0_react@18.3.1')).toBe('use-sync-external-store');
    expect(legacyPackageName('/@s/a/1.0.0_@types+node@20.0.0')).toBe('@s/a');
  });
});
