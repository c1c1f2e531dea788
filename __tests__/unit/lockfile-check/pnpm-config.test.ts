// pnpm's catalogs, overrides and field precedence. Each verdict was taken from pnpm 12
// (`pnpm install --frozen-lockfile --lockfile-only --offline`) on the same edit of the pnpm-v9 fixture.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { check, edit, editJson, scratch } from './helpers.js';

/** The fixture with ms taken from the default catalog (`^2.1.0`), as pnpm writes it. */
function withCatalog(): string {
  const dir = scratch('pnpm-v9');
  editJson(dir, 'package.json', (pkg) => {
    pkg.dependencies.ms = 'catalog:';
  });
  writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'catalog:\n  ms: ^2.1.0\n');
  edit(dir, 'pnpm-lock.yaml', (text) =>
    text
      .replace(
        'importers:',
        'catalogs:\n  default:\n    ms:\n      specifier: ^2.1.0\n      version: 2.1.3\n\nimporters:',
      )
      .replace('      ms:\n        specifier: ^2.1.0', "      ms:\n        specifier: 'catalog:'"),
  );
  return dir;
}

describe('pnpm configuration that changes resolution', () => {
  it('a name in dependencies and devDependencies is recorded under dependencies only', async () => {
    const dir = scratch('pnpm-v9');
    editJson(dir, 'package.json', (pkg) => {
      pkg.devDependencies.ms = '^2.1.0';
    });
    expect((await check(dir)).errors).toEqual([]);
  });

  it('catalogs: in sync; a changed entry the lockfile used is stale; an unused new entry is not', async () => {
    const dir = withCatalog();
    expect((await check(dir)).errors).toEqual([]);
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'catalog:\n  ms: ^2.0.0\n');
    expect((await check(dir)).kinds).toEqual(['spec-mismatch']);
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'catalog:\n  ms: ^2.1.0\n  other: ^1.0.0\n');
    expect((await check(dir)).errors).toEqual([]);
  });

  it('an override is the importer specifier; $name resolves to the root spec in the lockfile overrides', async () => {
    const dir = withCatalog();
    writeFileSync(
      join(dir, 'pnpm-workspace.yaml'),
      'catalog:\n  ms: ^2.1.0\noverrides:\n  is-number: $is-number\n',
    );
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text.replace('catalogs:', 'overrides:\n  is-number: ^7.0.0\n\ncatalogs:'),
    );
    expect((await check(dir)).errors).toEqual([]);

    const overridden = scratch('pnpm-v9');
    editJson(overridden, 'package.json', (pkg) => {
      pkg.devDependencies['left-pad'] = '^1.0.0';
    });
    writeFileSync(join(overridden, 'pnpm-workspace.yaml'), 'overrides:\n  left-pad: 1.3.0\n');
    edit(overridden, 'pnpm-lock.yaml', (text) =>
      text.replace('importers:', 'overrides:\n  left-pad: 1.3.0\n\nimporters:'),
    );
    expect((await check(overridden)).errors).toEqual([]);
    // The manifest's own spec as the specifier: pnpm says ERR_PNPM_OUTDATED_LOCKFILE.
    edit(overridden, 'pnpm-lock.yaml', (text) => text.replace('specifier: 1.3.0', 'specifier: ^1.0.0'));
    expect((await check(overridden)).kinds).toEqual(['spec-mismatch']);
  });

  it('a dependency named like an Object.prototype member is no peer an override turned into a dependency', async () => {
    const dir = scratch('pnpm-v9');
    editJson(dir, 'package.json', (pkg) => {
      pkg.dependencies.constructor = '^1.0.0';
    });
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'overrides:\n  left-pad: 1.3.0\n');
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text
        .replace('importers:', 'overrides:\n  left-pad: 1.3.0\n\nimporters:')
        .replace(
          '    dependencies:\n',
          '    dependencies:\n      constructor:\n        specifier: ^2.0.0\n        version: 2.0.0\n',
        ),
    );
    const { errors } = await check(dir);
    expect(errors.map((problem) => problem.message)).toEqual([
      expect.stringContaining('constructor: package.json says "^1.0.0"'),
    ]);
  });

  it('an override rewrites a peer range, which autoInstallPeers then records as the specifier', async () => {
    const dir = scratch('pnpm-v9');
    editJson(dir, 'package.json', (pkg) => {
      delete pkg.dependencies['is-number'];
      pkg.peerDependencies = { 'is-number': '>=6' };
    });
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'overrides:\n  is-number: 7.0.0\n');
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text
        .replace('importers:', 'overrides:\n  is-number: 7.0.0\n\nimporters:')
        .replace('specifier: ^7.0.0', 'specifier: 7.0.0'),
    );
    expect((await check(dir)).errors).toEqual([]);
    // The peer's own range as the specifier: pnpm says ERR_PNPM_OUTDATED_LOCKFILE.
    edit(dir, 'pnpm-lock.yaml', (text) => text.replace('specifier: 7.0.0', "specifier: '>=6'"));
    expect((await check(dir)).kinds).toEqual(['spec-mismatch']);
  });

  it('an npm: alias overriding a peer is locked in dependencies (pnpm < 12.21) or where it is declared', async () => {
    const dir = scratch('pnpm-v9');
    editJson(dir, 'package.json', (pkg) => {
      pkg.peerDependencies = { 'left-pad': '^1.0.0' };
    });
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'overrides:\n  left-pad: npm:left-pad@1.3.0\n');
    const alias = '      left-pad:\n        specifier: npm:left-pad@1.3.0\n        version: left-pad@1.3.0\n';
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text
        .replace('importers:', 'overrides:\n  left-pad: npm:left-pad@1.3.0\n\nimporters:')
        .replace(
          '    devDependencies:\n      left-pad:\n        specifier: 1.3.0\n        version: 1.3.0\n',
          '',
        )
        .replace('      ms:\n        specifier: ^2.1.0', `${alias}      ms:\n        specifier: ^2.1.0`),
    );
    expect((await check(dir)).errors).toEqual([]);
    // pnpm 12.21 keeps it in devDependencies, where the manifest has it.
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text
        .replace(alias, '')
        .replace('    optionalDependencies:', `    devDependencies:\n${alias}    optionalDependencies:`),
    );
    expect((await check(dir)).errors).toEqual([]);
    edit(dir, 'pnpm-lock.yaml', (text) => text.replace('specifier: npm:left-pad@1.3.0', 'specifier: 1.3.0'));
    expect((await check(dir)).kinds).toEqual(['spec-mismatch']);
  });

  it("the root's `resolutions` are overrides too, as pnpm before 12 reads them; pnpm 12 reads only the workspace file", async () => {
    const dir = scratch('pnpm-v9');
    editJson(dir, 'package.json', (pkg) => {
      pkg.resolutions = { 'is-number': '6.0.0' };
    });
    // Recorded as pnpm 10 records it: in the lockfile's overrides, and as the importer's specifier.
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text
        .replace('importers:', 'overrides:\n  is-number: 6.0.0\n\nimporters:')
        .replace('specifier: ^7.0.0\n        version: 7.0.0', 'specifier: 6.0.0\n        version: 6.0.0'),
    );
    expect((await check(dir)).errors).toEqual([]);
    // pnpm 12 says ERR_PNPM_LOCKFILE_CONFIG_MISMATCH on this lockfile: it no longer reads package.json.
    editJson(dir, 'package.json', (pkg) => {
      pkg.packageManager = 'pnpm@12.21.0';
    });
    expect((await check(dir)).kinds).toContain('extraneous');
  });

  it('pnpm 11 already reads no settings from package.json: a leftover `resolutions` or `pnpm` field is ignored', async () => {
    // remix-run/react-router pins pnpm@11.7.0 and keeps `resolutions` from pnpm 10; pnpm 11.7 installs it frozen
    // and writes no overrides (pnpm/pnpm#11757: `resolutions` last worked in 10.33.4).
    const dir = scratch('pnpm-v9');
    editJson(dir, 'package.json', (pkg) => {
      pkg.packageManager = 'pnpm@11.7.0';
      pkg.resolutions = { 'is-number': '6.0.0' };
      pkg.pnpm = { patchedDependencies: { 'ms@2.1.3': 'patches/ms.patch' } };
    });
    expect((await check(dir)).errors).toEqual([]);
    // A range in devEngines.packageManager pins the major as well.
    editJson(dir, 'package.json', (pkg) => {
      delete pkg.packageManager;
      pkg.devEngines = { packageManager: { name: 'pnpm', version: '^11.0.0', onFail: 'download' } };
    });
    expect((await check(dir)).errors).toEqual([]);
    // pnpm 10 reads both: each problem points at the entry that configures it.
    editJson(dir, 'package.json', (pkg) => {
      delete pkg.devEngines;
      pkg.packageManager = 'pnpm@10.33.4';
    });
    const outcome = await check(dir);
    const lines = readFileSync(join(dir, 'package.json'), 'utf8').split('\n');
    const at = (text: string) => lines.findIndex((line) => line.includes(text)) + 1;
    const override = outcome.errors.find((problem) => problem.message.startsWith('override is-number'));
    expect(override).toMatchObject({ file: 'package.json', line: at('"is-number": "6.0.0"') });
    const patch = outcome.errors.find((problem) => problem.message.startsWith('patch of ms@2.1.3'));
    expect(patch).toMatchObject({ file: 'package.json', line: at('"ms@2.1.3"') });
  });

  it('an override configured in pnpm-workspace.yaml is reported at its line there', async () => {
    const dir = scratch('pnpm-v9');
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), "packages: []\n\noverrides:\n  'is-number': 6.0.0\n");
    const problem = (await check(dir)).errors.find((item) => item.message.startsWith('override is-number'));
    expect(problem).toMatchObject({ file: 'pnpm-workspace.yaml', line: 4 });
  });

  it('dependenciesMeta and publishConfig.directory are recorded per importer and compared (OUTDATED_LOCKFILE)', async () => {
    const dir = scratch('pnpm-v9');
    editJson(dir, 'package.json', (pkg) => {
      pkg.dependenciesMeta = { ms: { injected: true } };
    });
    expect((await check(dir)).errors).toEqual([
      expect.objectContaining({ kind: 'spec-mismatch', file: 'package.json', line: expect.any(Number) }),
    ]);
    // As pnpm writes it: under the importer, in any key order.
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text.replace(/(\n {2}\.:\n)/, '$1    dependenciesMeta:\n      ms:\n        injected: true\n'),
    );
    expect((await check(dir)).errors).toEqual([]);
    editJson(dir, 'package.json', (pkg) => {
      pkg.publishConfig = { directory: 'dist' };
    });
    expect((await check(dir)).errors.map((problem) => problem.message)).toEqual([
      'publishConfig.directory of the root package is "dist", pnpm-lock.yaml records no publishDirectory',
    ]);
  });

  it('a lockfile setting pnpm-workspace.yaml sets otherwise is stale (LOCKFILE_CONFIG_MISMATCH); an unset one is not judged', async () => {
    const dir = scratch('pnpm-v9');
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'packages: []\nautoInstallPeers: false\n');
    expect((await check(dir)).errors).toEqual([
      expect.objectContaining({ kind: 'spec-mismatch', file: 'pnpm-workspace.yaml', line: 2 }),
    ]);
    writeFileSync(
      join(dir, 'pnpm-workspace.yaml'),
      'packages: []\nautoInstallPeers: true\nexcludeLinksFromLockfile: false\n',
    );
    expect((await check(dir)).errors).toEqual([]);
    // .npmrc or the environment may set what the workspace file does not: nothing to compare then.
    edit(dir, 'pnpm-lock.yaml', (text) => text.replace('autoInstallPeers: true', 'autoInstallPeers: false'));
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'packages: []\n');
    expect((await check(dir)).kinds).not.toContain('spec-mismatch');
  });

  it('settings only some releases record are compared where the lockfile records them (pnpm 10.34, 12.21)', async () => {
    const dir = scratch('pnpm-v9');
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text.replace(
        '  excludeLinksFromLockfile: false\n',
        '  excludeLinksFromLockfile: false\n  dedupePeers: true\n  peersSuffixMaxLength: 200\n',
      ),
    );
    writeFileSync(
      join(dir, 'pnpm-workspace.yaml'),
      'dedupePeers: true\npeersSuffixMaxLength: 200\naddMissingPeerTypes: true\n',
    );
    // addMissingPeerTypes is not recorded: the pnpm that wrote the lockfile may not record it (pnpm 11).
    expect((await check(dir)).errors).toEqual([]);
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'dedupePeers: false\npeersSuffixMaxLength: 300\n');
    expect((await check(dir)).kinds).toEqual(['spec-mismatch', 'spec-mismatch']);
  });

  it('ignoredOptionalDependencies equal the list the lockfile records, in any order', async () => {
    const dir = scratch('pnpm-v9');
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text.replace('importers:', 'ignoredOptionalDependencies:\n  - fsevents\n  - esbuild\n\nimporters:'),
    );
    writeFileSync(
      join(dir, 'pnpm-workspace.yaml'),
      'ignoredOptionalDependencies:\n  - esbuild\n  - fsevents\n',
    );
    expect((await check(dir)).errors).toEqual([]);
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'ignoredOptionalDependencies:\n  - fsevents\n');
    expect((await check(dir)).kinds).toEqual(['spec-mismatch']);
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'packages: []\n');
    expect((await check(dir)).kinds).toEqual(['spec-mismatch']);
  });

  it('a pnpm older than 10.6 reads overrides, patches and lockfile settings from package.json only (solidjs/solid)', async () => {
    // pnpm 9.15.0 … 10.5.2 pass their frozen check with these in pnpm-workspace.yaml and not in the lockfile;
    // 10.6.0 and later fail it (ERR_PNPM_LOCKFILE_CONFIG_MISMATCH).
    const dir = scratch('pnpm-v9');
    writeFileSync(
      join(dir, 'pnpm-workspace.yaml'),
      "packages: []\nautoInstallPeers: false\noverrides:\n  'is-number': 6.0.0\npatchedDependencies:\n  ms@2.1.3: patches/ms.patch\n",
    );
    editJson(dir, 'package.json', (pkg) => {
      pkg.packageManager = 'pnpm@9.15.0+sha512.abc';
    });
    expect((await check(dir)).errors).toEqual([]);
    editJson(dir, 'package.json', (pkg) => {
      pkg.packageManager = 'pnpm@10.6.0';
    });
    expect(
      (await check(dir)).errors.map((problem) => `${problem.file} ${problem.message.split(' ')[0]}`),
    ).toEqual([
      'pnpm-workspace.yaml autoInstallPeers:',
      'package.json is-number:',
      'pnpm-workspace.yaml override',
      'pnpm-workspace.yaml patch',
    ]);
  });

  it("a link: override is rebased onto each workspace package's folder, as pnpm writes it (unjs/nitro)", async () => {
    const dir = scratch();
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'root', version: '1.0.0', private: true }),
    );
    writeFileSync(
      join(dir, 'pnpm-workspace.yaml'),
      "packages:\n  - 'packages/*'\noverrides:\n  root: 'link:.'\n",
    );
    mkdirSync(join(dir, 'packages', 'app'), { recursive: true });
    writeFileSync(
      join(dir, 'packages', 'app', 'package.json'),
      JSON.stringify({ name: 'app', private: true, devDependencies: { root: 'latest' } }),
    );
    writeFileSync(
      join(dir, 'pnpm-lock.yaml'),
      "lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n  excludeLinksFromLockfile: false\n\noverrides:\n  root: link:.\n\nimporters:\n\n  .: {}\n\n  packages/app:\n    devDependencies:\n      root:\n        specifier: link:../..\n        version: link:../..\n",
    );
    expect((await check(dir)).problems).toEqual([]);
    edit(dir, 'pnpm-lock.yaml', (text) => text.replace('specifier: link:../..', 'specifier: link:../other'));
    expect((await check(dir)).kinds).toEqual(['spec-mismatch']);
  });

  it('an importer of a package not in the checkout (a git submodule) is a warning: pnpm passes over it (date-fns)', async () => {
    const dir = scratch('pnpm-v9');
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text.replace(
        /\nimporters:\n\n/,
        '\nimporters:\n\n  submodules/lib:\n    dependencies:\n      ms:\n        specifier: ^2.1.0\n        version: 2.1.3\n\n',
      ),
    );
    const outcome = await check(dir);
    expect(outcome.errors).toEqual([]);
    expect(outcome.problems).toEqual([expect.objectContaining({ kind: 'extraneous', severity: 'warning' })]);
  });

  it("a jsr: dependency resolves from pnpm's default @jsr registry (npm.jsr.io), allowed by default", async () => {
    const dir = scratch('pnpm-v9');
    editJson(dir, 'package.json', (pkg) => {
      pkg.dependencies['@std/internal'] = 'jsr:^1.0.10';
    });
    const integrity =
      'sha512-fmD6yKep/sMnB2yPQU/REZG7Z4N9SZwcUBNnceo4QkXk67l3JEfxHoROQ/YHeVSOmq6x55Ra6nuMjz2ib3nj3g==';
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text
        .replace(
          /(\n {4}dependencies:\n)/,
          "$1      '@std/internal':\n        specifier: jsr:^1.0.10\n        version: '@jsr/std__internal@1.0.10'\n",
        )
        .replace(
          /\npackages:\n\n/,
          `\npackages:\n\n  '@jsr/std__internal@1.0.10':\n    resolution: {integrity: ${integrity}, tarball: https://npm.jsr.io/~/11/@jsr/std__internal/1.0.10.tgz}\n\n`,
        ),
    );
    expect((await check(dir)).errors).toEqual([]);
    // Only the @jsr scope comes from there by default.
    edit(dir, 'pnpm-lock.yaml', (text) => text.replaceAll('@jsr/std__internal', '@evil/std__internal'));
    expect((await check(dir)).kinds).toContain('host');
  });

  it('patchedDependencies: a patch configured but not in the lockfile is stale (LOCKFILE_CONFIG_MISMATCH)', async () => {
    const dir = scratch('pnpm-v9');
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'patchedDependencies:\n  ms@2.1.3: patches/ms.patch\n');
    expect((await check(dir)).kinds).toEqual(['spec-mismatch']);
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text.replace(
        'importers:',
        `patchedDependencies:\n  ms@2.1.3:\n    hash: ${'0'.repeat(64)}\n    path: patches/ms.patch\n\nimporters:`,
      ),
    );
    expect((await check(dir)).errors).toEqual([]);
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'packages: []\n');
    expect((await check(dir)).kinds).toEqual(['extraneous']);
  });

  it('with `path` outside the working directory, a link: inside the checked folder is not out of the repository', async () => {
    const dir = scratch('pnpm-v9');
    editJson(dir, 'package.json', (pkg) => {
      pkg.dependencies.ms = 'link:./vendor/ms';
    });
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text.replace(
        'specifier: ^2.1.0\n        version: 2.1.3',
        'specifier: link:./vendor/ms\n        version: link:vendor/ms',
      ),
    );
    // Run from another folder, as the CLI is or a workflow whose `path` names a second checkout.
    const elsewhere = scratch();
    expect((await check(elsewhere, { root: dir })).kinds).toEqual([]);
    expect((await check(dir)).kinds).toEqual([]);
  });

  it('a link: dependency out of the repository is refused (it has no packages entry to judge)', async () => {
    const dir = scratch('pnpm-v9');
    editJson(dir, 'package.json', (pkg) => {
      pkg.dependencies.ms = 'link:../../../../tmp/ms';
    });
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text.replace(
        'specifier: ^2.1.0\n        version: 2.1.3',
        'specifier: link:../../../../tmp/ms\n        version: link:../../../../tmp/ms',
      ),
    );
    expect((await check(dir)).kinds).toEqual(['source']);
  });

  it.each([
    ['link:../..', []],
    ['link:../../../outside', ['source']],
    ['link:../../packages/../../outside', ['source']],
  ])('a workspace package link: %s is judged from that package folder', async (link, kinds) => {
    const dir = scratch('pnpm-workspaces');
    editJson(dir, 'packages/a/package.json', (pkg) => {
      pkg.dependencies.linked = link;
    });
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text.replace(
        '  packages/a:\n    dependencies:\n',
        `  packages/a:\n    dependencies:\n      linked:\n        specifier: ${link}\n        version: ${link}\n`,
      ),
    );
    expect((await check(dir)).kinds).toEqual(kinds);
  });
});

describe('pnpm overrides scoped to a parent package', () => {
  // pnpm's versions overrider reads the workspace's own manifests too, so `p>dep` rewrites the dependency of the
  // workspace package named p (trpc/trpc 10.38 overrides `@examples/legacy-next-starter>prisma`). pnpm 8.5.1,
  // 9.15.0, 10.33.4 and 12.23.0 write the override as that importer's specifier and pass their frozen check;
  // `p@^2>dep` leaves a p at 1.0.0 alone (pnpm 12.23.0).
  function scoped(selector: string, specifier: string): string {
    const dir = scratch('pnpm-workspaces');
    writeFileSync(
      join(dir, 'pnpm-workspace.yaml'),
      `packages:\n  - 'packages/*'\noverrides:\n  '${selector}': 7.0.0\n`,
    );
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text
        .replace('importers:', `overrides:\n  '${selector}': 7.0.0\n\nimporters:`)
        .replace('        specifier: ^7.0.0', `        specifier: ${specifier}`),
    );
    return dir;
  }

  it('applies to the importer of the workspace package it names', async () => {
    expect((await check(scoped('@fixture/a>is-number', '7.0.0'))).errors).toEqual([]);
    expect((await check(scoped('@fixture/a@0>is-number', '7.0.0'))).errors).toEqual([]);
    // Recorded as the manifest's range instead, the importer is stale.
    expect((await check(scoped('@fixture/a>is-number', '^7.0.0'))).kinds).toEqual(['spec-mismatch']);
  });

  it('not to another package, nor to a version outside its range', async () => {
    expect((await check(scoped('other>is-number', '^7.0.0'))).errors).toEqual([]);
    expect((await check(scoped('@fixture/a@^2>is-number', '^7.0.0'))).errors).toEqual([]);
    expect((await check(scoped('@fixture/a@^2>is-number', '7.0.0'))).kinds).toEqual(['spec-mismatch']);
  });
});

describe('pnpm devEngines.runtime', () => {
  it('a runtime version the lockfile was not made for is what package.json says, not an override', async () => {
    const dir = scratch('pnpm-v9');
    editJson(dir, 'package.json', (pkg) => {
      pkg.devEngines = { runtime: { name: 'node', version: '26.7.0', onFail: 'download' } };
    });
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text.replace(
        '    devDependencies:\n',
        '    devDependencies:\n      node:\n        specifier: runtime:26.6.0\n        version: runtime:26.6.0\n',
      ),
    );
    const { errors } = await check(dir);
    expect(errors.map((problem) => problem.message)).toEqual([
      'node: package.json says "runtime:26.7.0", pnpm-lock.yaml was made for "runtime:26.6.0" (locked runtime:26.6.0)',
    ]);
  });
});

describe('pnpm override selectors that releases read differently', () => {
  // Verdicts of pnpm 10.34.9, 11.12.0, 11.28.13 and 12.21.0 (`pnpm install --lockfile-only`, then
  // `--frozen-lockfile` on each other's lockfile): 11.13 made `a@` a convergence override; 12.17 added `*`
  // wildcards, `:prod`/`:optional`/`:peer` groups, and left a peer alone when its override is no peer range.
  /** The pnpm-v9 fixture with `overrides`, pnpm pinned to `pin` (none when undefined), importer specifiers set. */
  function overridden(
    overrides: Record<string, string>,
    pin: string | undefined,
    specifiers: Record<string, string>,
  ) {
    const dir = scratch('pnpm-v9');
    const entries = Object.entries(overrides).map(([key, value]) => `  '${key}': ${value}\n`);
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), `overrides:\n${entries.join('')}`);
    if (pin)
      editJson(dir, 'package.json', (pkg) => {
        pkg.packageManager = `pnpm@${pin}`;
      });
    edit(dir, 'pnpm-lock.yaml', (text) => {
      let out = text.replace('importers:', `overrides:\n${entries.join('')}\nimporters:`);
      for (const [name, specifier] of Object.entries(specifiers))
        out = out.replace(
          new RegExp(`(\\n      '?${name}'?:\\n        specifier: )[^\\n]+`),
          `$1${specifier}`,
        );
      return out;
    });
    return dir;
  }

  it('`a@` converges (pnpm 11.13+): it rewrites only a spec its version satisfies; before, every spec', async () => {
    const kept = { 'is-number': '^7.0.0' };
    const rewritten = { 'is-number': '6.0.0' };
    const rule = { 'is-number@': '6.0.0' };
    expect((await check(overridden(rule, '12.21.0', kept))).errors).toEqual([]);
    expect((await check(overridden(rule, '11.12.0', kept))).kinds).toEqual(['spec-mismatch']);
    expect((await check(overridden(rule, '10.34.9', rewritten))).errors).toEqual([]);
    expect((await check(overridden(rule, '11.28.13', rewritten))).kinds).toEqual(['spec-mismatch']);
    // With no pin, either release may have written it.
    expect((await check(overridden(rule, undefined, kept))).errors).toEqual([]);
    expect((await check(overridden(rule, undefined, rewritten))).errors).toEqual([]);
    // A version the spec allows is written as the specifier by every release.
    const converging = { 'ms@': '2.1.2' };
    expect((await check(overridden(converging, '12.21.0', { ms: '2.1.2' }))).errors).toEqual([]);
    expect((await check(overridden(converging, '12.21.0', {}))).kinds).toEqual(['spec-mismatch']);
  });

  it('`a:prod` and `a:optional` (pnpm 12.17+) rewrite only that group; group before plain, range before group', async () => {
    const rules = {
      'ms:prod': '2.1.1',
      'is-odd:optional': '3.0.0',
      'left-pad:prod': '1.2.0',
      'is-number': '6.0.0',
    };
    const sync = { ms: '2.1.1', 'is-odd': '3.0.0', 'is-number': '6.0.0' };
    expect((await check(overridden(rules, '12.21.0', sync))).errors).toEqual([]);
    expect((await check(overridden(rules, undefined, sync))).errors).toEqual([]);
    // left-pad is a devDependency: `:prod` is not its group.
    expect((await check(overridden(rules, '12.21.0', { ...sync, 'left-pad': '1.2.0' }))).kinds).toEqual([
      'spec-mismatch',
    ]);
    expect((await check(overridden(rules, '12.21.0', { ...sync, ms: '^2.1.0' }))).kinds).toEqual([
      'spec-mismatch',
    ]);
    const ranked = { ms: '2.1.0', 'ms:prod': '2.1.1', 'ms@^2:prod': '2.1.2' };
    expect((await check(overridden(ranked, '12.21.0', { ms: '2.1.2' }))).errors).toEqual([]);
    expect(
      (await check(overridden({ 'ms@^2': '2.1.0', 'ms:prod': '2.1.1' }, '12.21.0', { ms: '2.1.1' }))).errors,
    ).toEqual([]);
  });

  it('`*` (pnpm 12.17+) matches any run of a name, `/` too; a rule naming the package wins over one matching it', async () => {
    const rules = { '@types/*': '0.7.31', 'is-*': '7.0.0', 'is-number': '6.0.0', 'fixture-*>ms': '2.1.1' };
    const applied = { '@types/ms': '0.7.31', 'is-number': '6.0.0', 'is-odd': '7.0.0', ms: '2.1.1' };
    expect((await check(overridden(rules, '12.21.0', applied))).errors).toEqual([]);
    // pnpm 11 reads `*` as a literal, which names no package.
    expect((await check(overridden(rules, '11.28.13', { 'is-number': '6.0.0' }))).errors).toEqual([]);
    expect((await check(overridden(rules, '11.28.13', applied))).kinds).toEqual([
      'spec-mismatch',
      'spec-mismatch',
      'spec-mismatch',
    ]);
    expect((await check(overridden(rules, undefined, applied))).errors).toEqual([]);
  });

  it('a peer overridden by a link: stays a peer with its range (pnpm 12.17+); before, the link is a dependency', async () => {
    function linked(pin: string, specifier: string): string {
      const dir = overridden({ 'left-pad': 'link:./vendor/left-pad' }, pin, {});
      mkdirSync(join(dir, 'vendor', 'left-pad'), { recursive: true });
      writeFileSync(join(dir, 'vendor', 'left-pad', 'package.json'), '{"name":"left-pad","version":"1.3.0"}');
      editJson(dir, 'package.json', (pkg) => {
        delete pkg.devDependencies;
        pkg.peerDependencies = { 'left-pad': '^1.0.0' };
      });
      edit(dir, 'pnpm-lock.yaml', (text) =>
        text
          .replace(
            '    devDependencies:\n      left-pad:\n        specifier: 1.3.0\n        version: 1.3.0\n',
            '',
          )
          .replace(
            '      ms:\n        specifier: ^2.1.0',
            `      left-pad:\n        specifier: ${specifier}\n        version: ${specifier === '^1.0.0' ? '1.3.0' : 'link:vendor/left-pad'}\n      ms:\n        specifier: ^2.1.0`,
          ),
      );
      return dir;
    }
    expect((await check(linked('12.21.0', '^1.0.0'))).errors).toEqual([]);
    expect((await check(linked('12.21.0', 'link:vendor/left-pad'))).kinds).toEqual(['spec-mismatch']);
    expect((await check(linked('11.28.13', 'link:vendor/left-pad'))).errors).toEqual([]);
    expect((await check(linked('11.28.13', '^1.0.0'))).kinds).toEqual(['spec-mismatch']);
  });
});

describe('pnpm 12: settings from elsewhere, hooks, and how overrides are written', () => {
  // Each lockfile as pnpm 12.21.0 wrote it for the same project (`pnpm install --lockfile-only`), and passed
  // by its `--frozen-lockfile`.
  const HEAD =
    "lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n  excludeLinksFromLockfile: false\n\n";
  const importer = (deps: Record<string, string>, field = 'dependencies') =>
    `importers:\n\n  .:\n    ${field}:\n${Object.entries(deps)
      .map(
        ([name, spec]) =>
          `      ${name}:\n        specifier: ${spec}\n        version: ${spec.replace(/^[\^~]/, '')}\n`,
      )
      .join('')}`;
  function project(
    pkg: Record<string, unknown>,
    workspace: string,
    lock: string,
    files: Record<string, string> = {},
  ) {
    const dir = scratch();
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', ...pkg }));
    if (workspace) writeFileSync(join(dir, 'pnpm-workspace.yaml'), workspace);
    writeFileSync(join(dir, 'pnpm-lock.yaml'), lock);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }

  it('an override selector is trimmed, and recorded trimmed', async () => {
    const lock = `${HEAD}overrides:\n  ms: 2.1.1\n\n${importer({ ms: '2.1.1' })}`;
    const dir = project({ dependencies: { ms: '^2.0.0' } }, "overrides:\n  ' ms ': 2.1.1\n", lock);
    expect((await check(dir)).problems).toEqual([]);
  });

  it("a selector's range is matched against the catalog entry a catalog: dependency stands for (pnpm 12.20)", async () => {
    const lock = (key: string) => `${HEAD}overrides:\n  ${key}: 2.1.1\n\n${importer({ ms: '2.1.1' })}`;
    const workspace = (key: string) => `catalog:\n  ms: ^2.1.0\noverrides:\n  '${key}': 2.1.1\n`;
    const pkg = { dependencies: { ms: 'catalog:' } };
    expect((await check(project(pkg, workspace('ms@^2.0.0'), lock('ms@^2.0.0')))).problems).toEqual([]);
    // A range that does not contain the catalog's leaves the dependency to the catalog: stale.
    expect((await check(project(pkg, workspace('ms@^1.0.0'), lock('ms@^1.0.0')))).kinds).toEqual([
      'spec-mismatch',
    ]);
    // Before 12.20 a range selector meets no catalog: dependency (pnpm/pnpm pins 12.0.0-rc.8: `socks@2`).
    const pinned = { packageManager: 'pnpm@12.0.0-rc.8', dependencies: { ms: 'catalog:' } };
    expect((await check(project(pinned, workspace('ms@^2.0.0'), lock('ms@^2.0.0')))).kinds).toEqual([
      'spec-mismatch',
    ]);
    const catalogKept = `${HEAD}catalogs:\n  default:\n    ms:\n      specifier: ^2.1.0\n      version: 2.1.3\n\noverrides:\n  ms@^2.0.0: 2.1.1\n\nimporters:\n\n  .:\n    dependencies:\n      ms:\n        specifier: 'catalog:'\n        version: 2.1.3\n`;
    expect((await check(project(pinned, workspace('ms@^2.0.0'), catalogKept))).problems).toEqual([]);
  });

  it('`tool:` is `runtime:` by another name (pnpm 12.12.1)', async () => {
    const lock = `${HEAD}${importer({ node: 'runtime:22.12.0' }, 'devDependencies')}`;
    expect((await check(project({ devDependencies: { node: 'tool:22.12.0' } }, '', lock))).problems).toEqual(
      [],
    );
    expect((await check(project({ devDependencies: { node: 'tool:22.13.0' } }, '', lock))).kinds).toEqual([
      'spec-mismatch',
    ]);
  });

  it('an override to a workspace: path or a bare path is rebased onto each package, as link: is', async () => {
    const dir = project(
      { private: true },
      'packages:\n  - packages/*\noverrides:\n  foo: workspace:./packages/foo\n  bare: ./vendor/bare\n',
      `${HEAD}overrides:\n  foo: workspace:./packages/foo\n  bare: ./vendor/bare\n\nimporters:\n\n  .: {}\n\n  packages/a:\n    dependencies:\n      bare:\n        specifier: ../../vendor/bare\n        version: link:../../vendor/bare\n      foo:\n        specifier: workspace:../foo\n        version: link:../foo\n\n  packages/foo: {}\n`,
      {
        'packages/a/package.json': JSON.stringify({
          name: 'a',
          dependencies: { foo: '^1.0.0', bare: '^1.0.0' },
        }),
        'packages/foo/package.json': JSON.stringify({ name: 'foo', version: '1.0.0' }),
        'vendor/bare/package.json': JSON.stringify({ name: 'bare', version: '1.0.0' }),
      },
    );
    expect((await check(dir)).errors).toEqual([]);
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text.replace('specifier: workspace:../foo', 'specifier: workspace:../other'),
    );
    expect((await check(dir)).kinds).toEqual(['spec-mismatch']);
  });

  it('packageExtensions extend the projects themselves from pnpm 12.8, the manifest winning', async () => {
    const workspace =
      'packageExtensions:\n  app:\n    dependencies:\n      is-number: ^7.0.0\n      ms: ^2.0.0\n';
    const extended = `${HEAD}packageExtensionsChecksum: sha256-D3J6gqDWRsLMZqSll4EOpHs+uhrg0oMWjGDLXzE5UDg=\n\n${importer({ 'is-number': '^7.0.0', ms: '^2.1.0' })}`;
    const plain = extended.replace(
      '      is-number:\n        specifier: ^7.0.0\n        version: 7.0.0\n',
      '',
    );
    const pkg = (pin: string) => ({ packageManager: `pnpm@${pin}`, dependencies: { ms: '^2.1.0' } });
    expect((await check(project(pkg('12.21.0'), workspace, extended))).problems).toEqual([]);
    expect((await check(project(pkg('12.21.0'), workspace, plain))).kinds).toEqual(['not-locked']);
    expect((await check(project(pkg('11.28.13'), workspace, plain))).problems).toEqual([]);
    expect((await check(project(pkg('11.28.13'), workspace, extended))).kinds).toEqual(['extraneous']);
    // Extensions configured, and a lockfile made without them (or the reverse): LOCKFILE_CONFIG_MISMATCH.
    const unextended = plain.replace(/packageExtensionsChecksum: .*\n\n/, '');
    expect((await check(project(pkg('12.21.0'), workspace, unextended))).kinds).toContain('spec-mismatch');
    expect((await check(project(pkg('12.21.0'), '', plain))).kinds).toEqual(['spec-mismatch']);
  });

  it('a lockfile made through a .pnpmfile (pnpmfileChecksum) may differ from package.json: a warning', async () => {
    const lock = `${HEAD}pnpmfileChecksum: sha256-RgLdooSABmEaSvoEnDAOBwb24DZm77+E0t3Bqx9rMZE=\n\n${importer({ ms: '2.1.1' })}`;
    const result = await check(project({ dependencies: { ms: '^2.0.0' } }, '', lock));
    expect(result.errors).toEqual([]);
    expect(result.problems.map((problem) => `${problem.severity} ${problem.kind}`)).toEqual([
      'warning spec-mismatch',
    ]);
    // Without the hook, the same lockfile is stale.
    const plain = lock.replace(/pnpmfileChecksum: .*\n\n/, '');
    expect((await check(project({ dependencies: { ms: '^2.0.0' } }, '', plain))).kinds).toEqual([
      'spec-mismatch',
    ]);
  });

  it("pnpm 12.15's include: a listed file owns the settings listed for it", async () => {
    const lock = `${HEAD}overrides:\n  ms: 2.1.1\n\n${importer({ ms: '2.1.1' })}`;
    const files = { 'config/overrides.yaml': 'overrides:\n  ms: 2.1.1\n' };
    const include = 'include:\n  ./config/overrides.yaml: [overrides]\noverrides:\n  ms: 2.0.0\n';
    expect((await check(project({ dependencies: { ms: '^2.0.0' } }, include, lock, files))).problems).toEqual(
      [],
    );
    // pnpm 12.14 knows no include: the workspace file's own override stands.
    const pinned = { packageManager: 'pnpm@12.14.0', dependencies: { ms: '^2.0.0' } };
    expect((await check(project(pinned, include, lock, files))).kinds).toContain('spec-mismatch');
  });
});

describe('pnpm workspace packages linked by a range', () => {
  // pnpm 12.21.0: `local dependency "b" at "../b" is outdated` once b's version leaves the range a links it by.
  function linked(specifier: string, version: string): string {
    const dir = scratch();
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'root', private: true }));
    writeFileSync(
      join(dir, 'pnpm-workspace.yaml'),
      'packages:\n  - packages/*\nlinkWorkspacePackages: true\n',
    );
    mkdirSync(join(dir, 'packages', 'a'), { recursive: true });
    mkdirSync(join(dir, 'packages', 'b'), { recursive: true });
    writeFileSync(
      join(dir, 'packages', 'a', 'package.json'),
      JSON.stringify({ name: 'a', version: '1.0.0', dependencies: { b: specifier } }),
    );
    writeFileSync(join(dir, 'packages', 'b', 'package.json'), JSON.stringify({ name: 'b', version }));
    writeFileSync(
      join(dir, 'pnpm-lock.yaml'),
      `lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n  excludeLinksFromLockfile: false\n\nimporters:\n\n  .: {}\n\n  packages/a:\n    dependencies:\n      b:\n        specifier: ${specifier}\n        version: link:../b\n\n  packages/b: {}\n`,
    );
    return dir;
  }

  it("is stale once the linked package's version leaves the range", async () => {
    expect((await check(linked('^7.9.5', '7.9.5'))).problems).toEqual([]);
    expect((await check(linked('^7.9.5', '8.0.0'))).kinds).toEqual(['unsatisfied']);
    expect((await check(linked('workspace:^7.9.5', '8.0.0'))).kinds).toEqual(['unsatisfied']);
    expect((await check(linked('workspace:^', '8.0.0'))).problems).toEqual([]);
    expect((await check(linked('workspace:*', '8.0.0'))).problems).toEqual([]);
  });
});

describe("pnpm 12.7: package.json's workspaces where there is no pnpm-workspace.yaml", () => {
  // pnpm 12.21.0 takes the field (and writes pnpm-workspace.yaml from it); older releases ignore it.
  function project(pin: string | undefined, specifier: string): string {
    const dir = scratch();
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({
        name: 'root',
        private: true,
        workspaces: ['packages/*'],
        ...(pin && { packageManager: `pnpm@${pin}` }),
      }),
    );
    mkdirSync(join(dir, 'packages', 'a'), { recursive: true });
    writeFileSync(
      join(dir, 'packages', 'a', 'package.json'),
      JSON.stringify({ name: 'a', dependencies: { ms: '^2.1.0' } }),
    );
    writeFileSync(
      join(dir, 'pnpm-lock.yaml'),
      `lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n  excludeLinksFromLockfile: false\n\nimporters:\n\n  .: {}\n\n  packages/a:\n    dependencies:\n      ms:\n        specifier: ${specifier}\n        version: 2.1.3\n`,
    );
    return dir;
  }

  it('its members are importers, checked as pnpm-workspace.yaml would list them', async () => {
    expect((await check(project('12.21.0', '^2.1.0'))).problems).toEqual([]);
    expect((await check(project('12.21.0', '^2.0.0'))).kinds).toEqual(['spec-mismatch']);
    expect((await check(project(undefined, '^2.0.0'))).kinds).toEqual(['spec-mismatch']);
    // pnpm 12.6 reads no workspaces field: the importer is one it passes over.
    expect((await check(project('12.6.0', '^2.0.0'))).errors).toEqual([]);
  });
});
