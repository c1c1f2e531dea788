import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { berryLocatorFolder } from '../../../actions/lockfile-check/ecosystems/yarn.js';
import { check, edit, editJson, scratch } from './helpers.js';

type Manifest = Parameters<Parameters<typeof editJson>[2]>[0];

describe('pnpm lockfiles', () => {
  it('compares overrides from package.json and pnpm-workspace.yaml with the lockfile', async () => {
    const dir = scratch('pnpm-v9');
    editJson(dir, 'package.json', (pkg) => {
      pkg.pnpm = { overrides: { 'is-number': '7.0.0' } };
    });
    let outcome = await check(dir);
    expect(outcome.errors).toEqual([
      expect.objectContaining({
        kind: 'spec-mismatch',
        package: 'is-number',
        message:
          'is-number: the override makes it "7.0.0", pnpm-lock.yaml was made for "^7.0.0" (locked 7.0.0)',
      }),
      expect.objectContaining({
        kind: 'spec-mismatch',
        package: 'is-number',
        message: expect.stringContaining('override is-number'),
      }),
    ]);
    // pnpm records the override in `overrides` and as the overridden dependency's specifier.
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text
        .replace('\nimporters:', '\noverrides:\n  is-number: 7.0.0\n\nimporters:')
        .replace('specifier: ^7.0.0', 'specifier: 7.0.0'),
    );
    outcome = await check(dir);
    expect(outcome.status).toBe('ok');
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), "overrides:\n  ms: '2.1.3'\n");
    outcome = await check(dir);
    expect([...new Set(outcome.errors.map((problem) => problem.package))]).toEqual(['ms']);
  });

  it('fails closed on lockfile versions it does not know', async () => {
    for (const version of ['5.2', '10.0']) {
      const dir = scratch('pnpm-v9');
      edit(dir, 'pnpm-lock.yaml', (text) =>
        text.replace("lockfileVersion: '9.0'", `lockfileVersion: '${version}'`),
      );
      const outcome = await check(dir);
      expect(outcome.status).toBe('error');
      expect(outcome.errors[0]).toMatchObject({ kind: 'unsupported-format', line: 1 });
      expect(outcome.errors[0]!.message).toContain(`lockfileVersion '${version}'`);
    }
  });

  it('lints tarball URLs and integrity of packages', async () => {
    const dir = scratch('pnpm-v9');
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text
        .replace(
          /(ms@2\.1\.3:\n\s+resolution: )\{integrity: [^}]+\}/,
          '$1{integrity: sha1-abc=, tarball: http://mirror.example.com/evil/-/evil-2.1.3.tgz}',
        )
        .replace(
          /(left-pad@1\.3\.0:\n\s+resolution: )\{integrity: [^}]+\}/,
          '$1{tarball: https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz}',
        ),
    );
    const outcome = await check(dir);
    expect(outcome.status).toBe('unsafe');
    expect(outcome.errors.map((problem) => `${problem.kind} ${problem.package}`).sort()).toEqual([
      'host ms',
      'https ms',
      'integrity left-pad',
      'name-mismatch ms',
    ]);
    expect(outcome.errors.every((problem) => problem.file === 'pnpm-lock.yaml' && problem.line > 1)).toBe(
      true,
    );
  });

  it('reports invalid YAML with its line', async () => {
    const dir = scratch('pnpm-v9');
    edit(dir, 'pnpm-lock.yaml', (text) => text.replace('  .:\n', '  .:\n   bad: [unclosed\n'));
    const outcome = await check(dir);
    expect(outcome.errors[0]).toMatchObject({ kind: 'parse', file: 'pnpm-lock.yaml' });
    expect(outcome.errors[0]!.message).toMatch(/^pnpm-lock\.yaml:\d+: invalid YAML: /);
    expect(outcome.errors[0]!.line).toBeGreaterThan(8);
  });
});

describe('yarn lockfiles', () => {
  it('checks yarn v1 name@range keys against every dependency field', async () => {
    const dir = scratch('yarn-v1');
    expect((await check(dir)).problems).toEqual([]);
    editJson(dir, 'package.json', (pkg) => {
      pkg.dependencies.ms = '^2.2.0';
      pkg.devDependencies.jest = '^30.0.0';
    });
    const { errors } = await check(dir);
    expect(errors.map((problem) => [problem.kind, problem.package, problem.fix])).toEqual([
      ['not-locked', 'ms', 'yarn install'],
      ['not-locked', 'jest', 'yarn install'],
    ]);
    expect(errors[0]!.message).toBe(
      'ms@^2.2.0 (dependencies) is not in yarn.lock (it has ms@^2.1.0, ms@^2.1.1)',
    );
  });

  it('lints yarn v1 resolved URLs and integrity', async () => {
    const dir = scratch('yarn-v1');
    edit(dir, 'yarn.lock', (text) =>
      text
        .replace(
          'https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz',
          'http://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz',
        )
        .replace(/ {2}integrity sha512-6Flz.*\n/, ''),
    );
    const { problems } = await check(dir);
    // Without an integrity line yarn v1 still verifies the sha1 after `#`: a warning, as for any sha1-only entry.
    expect(
      problems.map((problem) => `${problem.severity} ${problem.kind} ${problem.package} ${problem.line}`),
    ).toEqual(['error https left-pad 10', 'warning integrity ms 15']);
  });

  it('reports a yarn v1 syntax error with its line', async () => {
    const dir = scratch('yarn-v1');
    edit(dir, 'yarn.lock', (text) => text.replace('left-pad@1.3.0:', 'left-pad@1.3.0'));
    const { errors } = await check(dir);
    expect(errors).toEqual([expect.objectContaining({ kind: 'parse', file: 'yarn.lock', line: 10 })]);
  });

  it('fails closed on berry metadata versions it does not know and on unknown formats', async () => {
    const dir = scratch('yarn-berry');
    edit(dir, 'yarn.lock', (text) => text.replace('  version: 4\n  cacheKey', '  version: 99\n  cacheKey'));
    let outcome = await check(dir);
    expect(outcome.errors[0]).toMatchObject({ kind: 'unsupported-format', line: 5 });
    writeFileSync(join(dir, 'yarn.lock'), 'something: else\n');
    outcome = await check(dir);
    expect(outcome.errors[0]).toMatchObject({ kind: 'unsupported-format', line: 1 });
  });

  it('requires berry checksums and lints URL resolutions', async () => {
    const dir = scratch('yarn-berry');
    edit(dir, 'yarn.lock', (text) =>
      text
        .replace(/(resolution: "ms@npm:2\.1\.3"\n)\s+checksum: \w+\n/, '$1')
        .replace(
          'resolution: "left-pad@npm:1.3.0"',
          'resolution: "left-pad@https://evil.example.com/right-pad/-/right-pad-1.3.0.tgz"',
        ),
    );
    const { errors } = await check(dir);
    expect(errors.map((problem) => `${problem.kind} ${problem.package}`).sort()).toEqual([
      'host left-pad',
      'integrity ms',
      'name-mismatch left-pad',
    ]);
  });
});

describe('yarn berry plugin protocols', () => {
  // The shape babel's yarn.lock has under yarn-plugin-conditions: a switch entry and one alias entry per branch.
  function conditional(): string {
    const dir = scratch('yarn-berry');
    editJson(dir, 'package.json', (pkg) => {
      pkg.dependencies.globals = 'condition:FLAG ? ^13.5.0 : ^11.1.0';
    });
    edit(
      dir,
      'yarn.lock',
      (text) =>
        `${text.replace('    is-number: ^7.0.0\n', '    globals: "condition:FLAG ? ^13.5.0 : ^11.1.0"\n    is-number: ^7.0.0\n')}
"globals@condition:FLAG ? ^13.5.0 : ^11.1.0":
  version: 0.0.0-condition-365c0f
  resolution: "globals@condition:FLAG?^13.5.0:^11.1.0#365c0f"
  dependencies:
    globals-FLAG-false: "npm:globals@^11.1.0"
    globals-FLAG-true: "npm:globals@^13.5.0"
  languageName: node
  linkType: hard

"globals-FLAG-false@npm:globals@^11.1.0":
  version: 11.12.0
  resolution: "globals@npm:11.12.0"
  checksum: 67051a45eca3db904aee189dfc7cd53c20c7d881679c93f6146ddd4c9f4ab2268e68a919df740d39c71f4445d2b38ee360fc234428baea1dbdfe68bbcb46979e
  languageName: node
  linkType: hard

"globals-FLAG-true@npm:globals@^13.5.0":
  version: 13.24.0
  resolution: "globals@npm:13.24.0"
  checksum: 56066ef058f6867c04ff203b8a44c15b038346a62efbc3060052a1016be9f56f4cf0b2cd45b74b22b81e521a889fc7786c73691b0549c2f3a6e825b3d394f43c
  languageName: node
  linkType: hard
`,
    );
    return dir;
  }

  it('a condition: switch has no archive of its own; its branches are judged as entries', async () => {
    const dir = conditional();
    expect((await check(dir)).problems).toEqual([]);
    edit(dir, 'yarn.lock', (text) =>
      text.replace(/(resolution: "globals@npm:13\.24\.0"\n)\s+checksum: \w+\n/, '$1'),
    );
    expect((await check(dir)).errors.map((problem) => `${problem.kind} ${problem.package}`)).toEqual([
      'integrity globals',
    ]);
  });

  it('a changed condition is a descriptor the lockfile does not have', async () => {
    const dir = conditional();
    editJson(dir, 'package.json', (pkg) => {
      pkg.dependencies.globals = 'condition:FLAG ? ^14.0.0 : ^11.1.0';
    });
    expect((await check(dir)).kinds).toEqual(['not-locked']);
  });
});

describe('yarn berry workspace ranges', () => {
  it('a range a workspace satisfies is written as is by yarn 2 and 3, with npm: by yarn 4 (emotion-js/emotion)', async () => {
    for (const written of ['@fixture/a@^0.1.0', '@fixture/a@npm:^0.1.0']) {
      const dir = scratch('yarn-berry-workspaces');
      editJson(dir, 'package.json', (pkg) => {
        pkg.dependencies['@fixture/a'] = '^0.1.0';
      });
      edit(dir, 'yarn.lock', (text) =>
        text
          .replace('"@fixture/a@workspace:packages/a":', `"${written}, @fixture/a@workspace:packages/a":`)
          .replace(
            '  dependencies:\n    ms: ^2.1.0',
            '  dependencies:\n    "@fixture/a": ^0.1.0\n    ms: ^2.1.0',
          ),
      );
      expect((await check(dir)).errors).toEqual([]);
      // A range the lockfile does not hold is still not locked.
      editJson(dir, 'package.json', (pkg) => {
        pkg.dependencies['@fixture/a'] = '^0.2.0';
      });
      expect((await check(dir)).kinds).toEqual(['not-locked']);
    }
  });
});

describe('yarn berry catalogs (.yarnrc.yml, yarn >= 4.10)', () => {
  // As yarn 4.17 `install --immutable` judged the same edit of a real repository's catalog: in sync, then
  // failing in its resolution step once the catalog entry changes.
  function withCatalog(): string {
    const dir = scratch('yarn-berry');
    editJson(dir, 'package.json', (pkg) => {
      pkg.dependencies.ms = 'catalog:';
      pkg.dependencies['is-number'] = 'catalog:tools';
    });
    writeFileSync(
      join(dir, '.yarnrc.yml'),
      'nodeLinker: node-modules\ncatalog:\n  ms: ^2.1.0\ncatalogs:\n  tools:\n    is-number: ^7.0.0\n',
    );
    // The workspace entry keeps the manifest's `catalog:`; the package entry is keyed by the catalog's range.
    edit(dir, 'yarn.lock', (text) =>
      text
        .replace('    ms: ^2.1.0\n', '    ms: "catalog:"\n')
        .replace('    is-number: ^7.0.0\n', '    is-number: "catalog:tools"\n'),
    );
    return dir;
  }

  it('a catalog: dependency is locked under the range its catalog gives', async () => {
    expect((await check(withCatalog())).errors).toEqual([]);
  });

  it('a changed catalog entry, or one that names nothing, makes the lockfile stale', async () => {
    const dir = withCatalog();
    edit(dir, '.yarnrc.yml', (text) => text.replace('ms: ^2.1.0', 'ms: ^2.2.0'));
    expect((await check(dir)).kinds).toEqual(['not-locked']);
    edit(dir, '.yarnrc.yml', (text) => text.replace('  tools:', '  other:'));
    expect((await check(dir)).kinds.sort()).toEqual(['not-locked', 'spec-mismatch']);
  });
});

describe('pnpm 8 lockfiles (6.0)', () => {
  const LOCK = `lockfileVersion: '6.0'

settings:
  autoInstallPeers: true
  excludeLinksFromLockfile: false

dependencies:
  ms:
    specifier: ^2.1.0
    version: 2.1.3

devDependencies:
  '@types/ms':
    specifier: ^0.7.31
    version: 0.7.34

packages:

  /@types/ms@0.7.34:
    resolution: {integrity: sha512-nG96G3Wp6acyAgJqGasjODb+acrI7KltPiRxzHPXnP3NgI28bpQDRv53olbqGXbfcgF5aiiHmO3xpwEpS5Ld9g==}
    dev: true

  /ms@2.1.3:
    resolution: {integrity: sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==}
    dev: false
`;

  it('reads the single-project layout with importer fields at the top level', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'pnpm-lock.yaml'), LOCK);
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify(
        { dependencies: { ms: '^2.1.0' }, devDependencies: { '@types/ms': '^0.7.31' } },
        null,
        2,
      ),
    );
    expect((await check(dir)).problems).toEqual([]);
    editJson(dir, 'package.json', (pkg) => {
      pkg.dependencies['@types/ms'] = pkg.devDependencies['@types/ms'];
      delete pkg.devDependencies;
    });
    const { errors } = await check(dir);
    expect(errors.map((problem) => `${problem.kind} ${problem.package}`)).toEqual([
      'dependency-type @types/ms',
    ]);
    edit(dir, 'pnpm-lock.yaml', (text) =>
      text.replace('resolution: {integrity: sha512-6Flz', 'resolution: {integrity: sha1-6Flz'),
    );
    // sha1 only: a warning (npm ci accepts it, the registry has nothing better for old packages).
    expect(
      (await check(dir)).problems.map(
        (problem) => `${problem.severity} ${problem.kind} ${problem.package} ${problem.line}`,
      ),
    ).toContain('warning integrity ms 23');
  });
});

describe('yarn berry local sources', () => {
  it('a link: path is resolved from the workspace that declared it (its ::locator=)', async () => {
    expect(berryLocatorFolder('link:../b::locator=fixture%40workspace%3Apackages%2Fa')).toBe('packages/a');
    expect(berryLocatorFolder('link:../b')).toBe('.');
    const entry = (path: string) =>
      `\n"b@link:${path}::locator=fixture%40workspace%3Apackages%2Fa":\n  version: 0.0.0-use.local\n  resolution: "b@link:${path}::locator=fixture%40workspace%3Apackages%2Fa"\n  languageName: node\n  linkType: soft\n`;
    const inside = scratch('yarn-berry');
    edit(inside, 'yarn.lock', (text) => text + entry('../b'));
    expect((await check(inside)).errors).toEqual([]);
    const outside = scratch('yarn-berry');
    edit(outside, 'yarn.lock', (text) => text + entry('../../../../../etc'));
    expect((await check(outside)).kinds).toEqual(['source']);
  });
});

describe('yarn berry YAML scalars', () => {
  // yarn berry reads yarn.lock and .yarnrc.yml with js-yaml's FAILSAFE_SCHEMA (parseSyml): every scalar is a
  // string, so the range `2` is written bare (`ms: 2`) and read back as the range "2", not the number 2.
  // yarn 2 and 3 write a workspace's range so: medusajs/medusa 2.0's www/yarn.lock (yarn 3.2.1) has
  // `algoliasearch: 4`, and yarn 3.2.1 `install --immutable` passes its resolution step. yarn 4.18.1 writes
  // `npm:2` there, but takes a catalog's `is-number: 7` as it is (a lockfile it wrote passes --immutable).
  function withRange(): string {
    const dir = scratch('yarn-berry');
    editJson(dir, 'package.json', (pkg) => {
      pkg.dependencies.ms = '2';
    });
    edit(dir, 'yarn.lock', (text) =>
      text.replace('"ms@npm:^2.1.0":', '"ms@npm:2":').replace('    ms: ^2.1.0\n', '    ms: 2\n'),
    );
    return dir;
  }

  it('a bare number in a workspace entry is the range the manifest gives', async () => {
    const dir = withRange();
    expect((await check(dir)).errors).toEqual([]);
    // Another range is still stale.
    editJson(dir, 'package.json', (pkg) => {
      pkg.dependencies.ms = '3';
    });
    expect((await check(dir)).kinds).toEqual(['not-locked']);
  });

  it('a bare number in a .yarnrc.yml catalog is that range', async () => {
    const dir = withRange();
    editJson(dir, 'package.json', (pkg) => {
      pkg.dependencies.ms = 'catalog:';
    });
    writeFileSync(join(dir, '.yarnrc.yml'), 'catalog:\n  ms: 2\n');
    edit(dir, 'yarn.lock', (text) => text.replace('    ms: 2\n', '    ms: "catalog:"\n'));
    expect((await check(dir)).errors).toEqual([]);
    edit(dir, '.yarnrc.yml', (text) => text.replace('ms: 2', 'ms: 3'));
    expect((await check(dir)).kinds).toEqual(['not-locked']);
  });
});

describe('yarn berry resolutions', () => {
  // yarn's reduceDependency hook (CorePlugin) takes the first resolution, in package.json's order, that applies:
  // reduxjs/redux-toolkit 2.0.0-beta.1 lists `@types/react` before `docs/@types/react`. yarn 3.8.7 and 4.18.1
  // wrote the lockfile below for this project and `install --immutable` passes it; listed the other way round,
  // they lock `ms@npm:2.0.0` for workspace a.
  function project(resolutions: Record<string, string>, lockedFor: string): string {
    const dir = scratch();
    mkdirSync(join(dir, 'packages', 'a'), { recursive: true });
    const manifest = {
      private: true,
      workspaces: ['packages/*'],
      dependencies: { ms: '^2.0.0' },
      resolutions,
    };
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'root', ...manifest }));
    writeFileSync(
      join(dir, 'packages', 'a', 'package.json'),
      JSON.stringify({ name: 'a', version: '1.0.0', dependencies: { ms: '^2.0.0' } }),
    );
    const entry = (version: string) =>
      `"ms@npm:${version}":\n  version: ${version}\n  resolution: "ms@npm:${version}"\n  checksum: 10c0/aa92\n  languageName: node\n  linkType: hard\n\n`;
    const workspace = (name: string, folder: string) =>
      `"${name}@workspace:${folder}":\n  version: 0.0.0-use.local\n  resolution: "${name}@workspace:${folder}"\n  dependencies:\n    ms: ^2.0.0\n  languageName: unknown\n  linkType: soft\n\n`;
    writeFileSync(
      join(dir, 'yarn.lock'),
      `__metadata:\n  version: 6\n  cacheKey: 8\n\n${workspace('a', 'packages/a')}${[
        ...new Set(['2.1.3', lockedFor]),
      ]
        .sort()
        .map(entry)
        .join('')}${workspace('root', '.')}`,
    );
    return dir;
  }

  it('the first resolution that applies wins, a workspace-scoped one listed after a global one included', async () => {
    expect((await check(project({ ms: 'npm:2.1.3', 'a/ms': 'npm:2.0.0' }, '2.1.3'))).errors).toEqual([]);
    expect((await check(project({ 'a/ms': 'npm:2.0.0', ms: 'npm:2.1.3' }, '2.0.0'))).errors).toEqual([]);
    // The scoped resolution listed first is not locked when only the global one's descriptor is.
    expect((await check(project({ 'a/ms': 'npm:2.0.0', ms: 'npm:2.1.3' }, '2.1.3'))).kinds).toEqual([
      'not-locked',
    ]);
  });
});

describe('yarn berry lockfile version against the pinned yarn', () => {
  // Every yarn berry release writes its own __metadata.version into the lockfile it generates, so
  // `install --immutable` fails (YN0028) on another version: jestjs/jest 30.4's benchmarks/test-file-overhead
  // keeps a version 6 lockfile under the root's yarnPath yarn-4.14.1.cjs, which yarn 4.14.1 rewrites to 9.
  it('a lockfile of another version than the packageManager release writes is stale', async () => {
    const dir = scratch('yarn-berry');
    editJson(dir, 'package.json', (pkg) => {
      pkg.packageManager = 'yarn@2.4.3';
    });
    expect((await check(dir)).errors).toEqual([]);
    editJson(dir, 'package.json', (pkg) => {
      pkg.packageManager = 'yarn@4.14.1+sha512.abc';
    });
    expect((await check(dir)).errors).toEqual([
      expect.objectContaining({
        kind: 'spec-mismatch',
        message: expect.stringContaining('yarn 4.14.1 (packageManager) writes version 9'),
      }),
    ]);
    // A release whose lockfile version is not known is not judged.
    editJson(dir, 'package.json', (pkg) => {
      pkg.packageManager = 'yarn@4.19.0';
    });
    expect((await check(dir)).errors).toEqual([]);
  });

  it('the yarnPath of a .yarnrc.yml above a nested project wins over packageManager', async () => {
    const dir = scratch();
    const nested = join(dir, 'bench');
    mkdirSync(nested, { recursive: true });
    writeFileSync(join(dir, '.yarnrc.yml'), 'yarnPath: .yarn/releases/yarn-4.14.1.cjs\n');
    writeFileSync(join(nested, 'package.json'), '{"packageManager": "yarn@3.2.1"}\n');
    const lock = (version: number) =>
      `__metadata:\n  version: ${version}\n\n"root-workspace-0b6124@workspace:.":\n  version: 0.0.0-use.local\n  resolution: "root-workspace-0b6124@workspace:."\n  languageName: unknown\n  linkType: soft\n`;
    writeFileSync(join(nested, 'yarn.lock'), lock(6));
    expect((await check(dir)).kinds).toEqual(['spec-mismatch']);
    writeFileSync(join(nested, 'yarn.lock'), lock(9));
    expect((await check(dir)).errors).toEqual([]);
  });
});

describe('yarn berry 4.18 reading a workspace as yarn reads it', () => {
  // Each verdict from yarn 4.18.1 on the same project: `install --mode=update-lockfile`, then `--immutable`.
  /** The yarn-berry fixture as a yarn 4 lockfile (version 8 and later), edited. */
  function berry4(editPkg: (pkg: Manifest) => void, editLock: (text: string) => string = (t) => t) {
    const dir = scratch('yarn-berry');
    editJson(dir, 'package.json', editPkg);
    edit(dir, 'yarn.lock', (text) =>
      editLock(text.replace('  version: 4\n  cacheKey: 7', '  version: 8\n  cacheKey: 10c0')),
    );
    return dir;
  }

  it('a file: folder of a workspace member is resolved from that member (its ::hash=…&locator= suffix)', async () => {
    const suffix = '::hash=8ccf1c&locator=a%40workspace%3Apackages%2Fa';
    expect(berryLocatorFolder(`file:../../libs/f#../../libs/f${suffix}`)).toBe('packages/a');
    expect(berryLocatorFolder('file:./libs/f#./libs/f::hash=11b41c')).toBe('.');
  });

  it('a name in optionalDependencies and devDependencies is locked with the devDependencies range', async () => {
    const both = (pkg: Manifest) => {
      delete pkg.dependencies.ms;
      pkg.optionalDependencies.ms = '^2.0.0';
      pkg.devDependencies.ms = '^2.1.0';
    };
    // yarn records the optional one in dependenciesMeta.
    const optionalMeta = (text: string) =>
      text.replace(
        '    is-odd:\n      optional: true\n',
        '    is-odd:\n      optional: true\n    ms:\n      optional: true\n',
      );
    expect((await check(berry4(both, optionalMeta))).errors).toEqual([]);
    const optionalWins = berry4(both, (text) =>
      optionalMeta(text)
        .replace('    ms: ^2.1.0\n', '    ms: ^2.0.0\n')
        .replace('"ms@npm:^2.1.0"', '"ms@npm:^2.0.0"'),
    );
    expect((await check(optionalWins)).kinds).toEqual(['not-locked']);
  });

  it('dependenciesMeta (optional ones included), peerDependenciesMeta and bin are recorded and compared (YN0028)', async () => {
    const meta = (pkg: Manifest) => {
      pkg.bin = './cli.js';
      pkg.dependenciesMeta = { ms: { built: false } };
      pkg.peerDependenciesMeta = { debug: { optional: true } };
    };
    const recorded = (text: string) =>
      text.replace(
        '  dependenciesMeta:\n    is-odd:\n      optional: true\n',
        '  dependenciesMeta:\n    is-odd:\n      optional: true\n    ms:\n      built: false\n  peerDependenciesMeta:\n    debug:\n      optional: true\n  bin:\n    fixture-yarn-berry: ./cli.js\n',
      );
    expect((await check(berry4(meta, recorded))).errors).toEqual([]);
    expect((await check(berry4(meta))).kinds).toEqual(['spec-mismatch', 'spec-mismatch', 'spec-mismatch']);
    const unbuilt = berry4((pkg) => {
      meta(pkg);
      pkg.dependenciesMeta.ms = { built: true };
    }, recorded);
    expect((await check(unbuilt)).kinds).toEqual(['spec-mismatch']);
  });

  it('yarn 4 ignores a glob resolution (`**/ms`, YN0057); yarn 2 and 3 apply it', async () => {
    const glob = (pkg: Manifest) => {
      pkg.resolutions = { '**/ms': '2.0.0' };
    };
    expect((await check(berry4(glob))).errors).toEqual([]);
    const yarn2 = scratch('yarn-berry');
    editJson(yarn2, 'package.json', glob);
    expect((await check(yarn2)).kinds).toEqual(['not-locked']);
  });

  it('a resolution key `name@range` applies to a dependency written `npm:range` (both normalised)', async () => {
    const dir = berry4(
      (pkg) => {
        pkg.dependencies.ms = 'npm:^2.1.0';
        pkg.resolutions = { 'ms@^2.1.0': '2.1.3' };
      },
      (text) =>
        text
          .replace('"ms@npm:^2.1.0":', '"ms@npm:2.1.3":')
          .replace('    ms: ^2.1.0\n', '    ms: "npm:^2.1.0"\n'),
    );
    expect((await check(dir)).errors).toEqual([]);
  });

  it('a peer range that is neither semver nor workspace: is locked as `*` (YN0057)', async () => {
    const peer = (range: string) => (pkg: Manifest) => {
      pkg.peerDependencies = { 'is-number': range };
    };
    const locked = (range: string) => (text: string) =>
      text.replace(
        '  dependenciesMeta:\n    is-odd:',
        `  peerDependencies:\n    is-number: ${range}\n  dependenciesMeta:\n    is-odd:`,
      );
    expect((await check(berry4(peer('latest'), locked('"*"')))).errors).toEqual([]);
    expect((await check(berry4(peer('catalog:'), locked('"*"')))).errors).toEqual([]);
    expect((await check(berry4(peer('latest'), locked('latest')))).kinds).toEqual(['spec-mismatch']);
    expect((await check(berry4(peer('^7.0.0'), locked('^7.0.0')))).errors).toEqual([]);
  });
});

describe('yarn berry workspaces locked by a range', () => {
  // yarn 4.18.1: a descriptor locked to a workspace is checked again; once the workspace's version leaves its
  // range, `install --immutable` fails (YN0082: No candidates found).
  function project(version: string): string {
    const dir = scratch();
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] }),
    );
    mkdirSync(join(dir, 'packages', 'b'), { recursive: true });
    mkdirSync(join(dir, 'packages', 'c'), { recursive: true });
    writeFileSync(
      join(dir, 'packages', 'b', 'package.json'),
      JSON.stringify({ name: 'b', dependencies: { c: '^3.0.0' } }),
    );
    writeFileSync(join(dir, 'packages', 'c', 'package.json'), JSON.stringify({ name: 'c', version }));
    const entry = (name: string, keys: string, folder: string, deps = '') =>
      `"${keys}":\n  version: 0.0.0-use.local\n  resolution: "${name}@workspace:${folder}"\n${deps}  languageName: unknown\n  linkType: soft\n\n`;
    writeFileSync(
      join(dir, 'yarn.lock'),
      `__metadata:\n  version: 8\n  cacheKey: 10c0\n\n${entry('b', 'b@workspace:packages/b', 'packages/b', '  dependencies:\n    c: "npm:^3.0.0"\n')}${entry('c', 'c@npm:^3.0.0, c@workspace:packages/c', 'packages/c')}${entry('root', 'root@workspace:.', '.')}`,
    );
    return dir;
  }

  it("is stale once the workspace's version leaves a range locked to it", async () => {
    expect((await check(project('3.1.0'))).problems).toEqual([]);
    expect((await check(project('4.0.0'))).kinds).toEqual(['unsatisfied']);
  });
});
