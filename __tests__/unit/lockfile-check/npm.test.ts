import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { check, edit, editJson, scratch } from './helpers.js';
import { LOCK_EDITS } from './js-mutations.js';

type Json = Parameters<Parameters<typeof editJson>[2]>[0];

/** Writes `data` as JSON at `file` under `dir`, making its folders. */
function writeJson(dir: string, file: string, data: unknown): void {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), JSON.stringify(data, null, 2));
}

function lineOf(dir: string, file: string, needle: string): number {
  return (
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .findIndex((line) => line.includes(needle)) + 1
  );
}

describe('npm lockfiles', () => {
  it('passes the untouched fixture with no problems at all', async () => {
    const outcome = await check(scratch('npm-v3'));
    expect(outcome.status).toBe('ok');
    expect(outcome.problems).toEqual([]);
    expect(outcome.pairs[0]).toMatchObject({ manifest: 'package.json', lockfile: 'package-lock.json' });
  });

  it('points at the manifest line of the dependency and names the fix', async () => {
    const dir = scratch('npm-v3');
    editJson(dir, 'package.json', (pkg) => {
      pkg.dependencies.semver = '^7.0.0';
      pkg.dependencies.ms = '^1.0.0';
    });
    const { errors } = await check(dir);
    expect(errors).toEqual([
      expect.objectContaining({
        kind: 'unsatisfied',
        package: 'ms',
        file: 'package.json',
        line: lineOf(dir, 'package.json', '"ms"'),
        fix: 'npm install',
        message: expect.stringContaining('locks ms@2.1.3, which does not satisfy dependencies "^1.0.0"'),
      }),
      expect.objectContaining({
        kind: 'not-locked',
        package: 'semver',
        line: lineOf(dir, 'package.json', '"semver"'),
        message: 'semver@^7.0.0 (dependencies of the root package) is not in package-lock.json',
      }),
    ]);
  });

  it('warns (without failing) about drift npm ci tolerates', async () => {
    const dir = scratch('npm-v3');
    editJson(dir, 'package.json', (pkg) => {
      pkg.dependencies.ms = '^2.1.3';
      delete pkg.dependencies['is-number'];
    });
    const outcome = await check(dir);
    expect(outcome.status).toBe('ok');
    expect(outcome.problems.map((problem) => [problem.kind, problem.package, problem.severity])).toEqual([
      ['spec-mismatch', 'ms', 'warning'],
      ['extraneous', 'is-number', 'warning'],
    ]);
  });

  it('lints resolved URLs: https, allowed hosts, sha512 integrity and tarball names', async () => {
    const dir = scratch('npm-v3');
    editJson(dir, 'package-lock.json', (lock) => {
      const packages = lock.packages;
      packages['node_modules/ms'].resolved = 'http://registry.npmjs.org/ms/-/ms-2.1.3.tgz';
      packages['node_modules/is-number'].resolved =
        'https://evil.example.com/is-number/-/is-number-7.0.0.tgz';
      packages['node_modules/left-pad'].integrity = 'sha1-Xd5bZL7pYt4AqqNbHFn+A5B0ndI=';
      packages['node_modules/@types/ms'].resolved =
        'https://registry.npmjs.org/@types/other/-/other-0.7.34.tgz';
      delete packages['node_modules/is-odd'].integrity;
    });
    const outcome = await check(dir);
    expect(outcome.status).toBe('unsafe');
    const found = outcome.errors.map((problem) => `${problem.kind} ${problem.package}`).sort();
    expect(found).toEqual(['host is-number', 'https ms', 'integrity is-odd', 'name-mismatch @types/ms']);
    // sha1 only: npm ci accepts it and the registry has nothing stronger for old packages.
    expect(outcome.problems).toContainEqual(
      expect.objectContaining({ kind: 'integrity', package: 'left-pad', severity: 'warning' }),
    );
    const host = outcome.errors.find((problem) => problem.kind === 'host')!;
    expect(host.file).toBe('package-lock.json');
    expect(host.line).toBe(lineOf(dir, 'package-lock.json', '"node_modules/is-number"'));
    expect(host.message).toContain('evil.example.com, which is not an allowed host (registry.npmjs.org)');

    const relaxed = await check(dir, {
      security: {
        allowedHosts: ['registry.npmjs.org', '*.example.com'],
        requireHttps: false,
        requireIntegrity: false,
      },
    });
    expect(relaxed.kinds).toEqual(['name-mismatch']);
  });

  it('reads lockfileVersion 1, says it is outdated and still checks versions', async () => {
    const dir = scratch();
    const v1 = {
      name: 'old',
      version: '1.0.0',
      lockfileVersion: 1,
      requires: true,
      dependencies: {
        ms: {
          version: '2.1.3',
          resolved: 'https://registry.npmjs.org/ms/-/ms-2.1.3.tgz',
          integrity:
            'sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==',
        },
      },
    };
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(v1, null, 2));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ dependencies: { ms: '^2.0.0' } }, null, 2));
    let outcome = await check(dir);
    expect(outcome.status).toBe('ok');
    expect(outcome.problems).toEqual([
      expect.objectContaining({
        kind: 'outdated-format',
        severity: 'warning',
        fix: 'npm install --lockfile-version 3',
      }),
    ]);
    editJson(dir, 'package.json', (pkg) => {
      pkg.dependencies.ms = '^3.0.0';
      pkg.devDependencies = { jest: '^30.0.0' };
    });
    outcome = await check(dir);
    expect(outcome.kinds).toEqual(['unsatisfied', 'not-locked']);
  });

  it('reads an npm: alias of lockfileVersion 1 from its version (socketio/socket.io 4.1.0)', async () => {
    // npm 6.14 wrote this lockfile; npm 11 `npm ci` passes, and fails once the alias wants ^3.0.0.
    const dir = scratch();
    const v1 = {
      name: 'root',
      version: '1.0.0',
      lockfileVersion: 1,
      requires: true,
      dependencies: {
        'ms-v2': {
          version: 'npm:ms@2.1.3',
          resolved: 'https://registry.npmjs.org/ms/-/ms-2.1.3.tgz',
          integrity:
            'sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==',
        },
      },
    };
    writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(v1, null, 2));
    const manifest = (spec: string) => ({ name: 'root', version: '1.0.0', dependencies: { 'ms-v2': spec } });
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest('npm:ms@^2.1.0'), null, 2));
    expect((await check(dir)).errors).toEqual([]);
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest('npm:ms@^3.0.0'), null, 2));
    expect((await check(dir)).kinds).toEqual(['unsatisfied']);
    // npm 11 passes this one (it compares versions only) and installs ms for a manifest that asks for debug.
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest('npm:debug@^2.1.0'), null, 2));
    expect((await check(dir)).errors).toEqual([
      expect.objectContaining({
        kind: 'unsatisfied',
        message: 'ms-v2@npm:debug@^2.1.0 wants debug but package-lock.json locks ms@2.1.3',
      }),
    ]);
    // The alias is its target's tarball; another package's is still a mismatch.
    editJson(dir, 'package-lock.json', (lock) => {
      lock.dependencies['ms-v2'].resolved = 'https://registry.npmjs.org/evil/-/evil-2.1.3.tgz';
    });
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest('npm:ms@^2.1.0'), null, 2));
    expect((await check(dir)).kinds).toEqual(['name-mismatch']);
  });

  it('fails closed on a lockfileVersion it does not know', async () => {
    const dir = scratch('npm-v3');
    edit(dir, 'package-lock.json', (text) => text.replace('"lockfileVersion": 3', '"lockfileVersion": 5'));
    const outcome = await check(dir);
    expect(outcome.status).toBe('error');
    expect(outcome.errors).toEqual([
      expect.objectContaining({
        kind: 'unsupported-format',
        line: 4,
        message: expect.stringContaining('lockfileVersion 5, which this action does not know'),
      }),
    ]);
  });

  it('reports invalid JSON with the file and line', async () => {
    const dir = scratch('npm-v3');
    edit(dir, 'package.json', (text) => text.replace('"ms": "^2.1.0",', '"ms": "^2.1.0",,'));
    const outcome = await check(dir);
    expect(outcome.status).toBe('error');
    expect(outcome.errors[0]).toMatchObject({
      kind: 'parse',
      file: 'package.json',
      line: lineOf(dir, 'package.json', ',,'),
      message: expect.stringMatching(/^package\.json:\d+: invalid JSON: /),
    });
  });

  it('ignores file:, git and tag specs when checking ranges', async () => {
    const dir = scratch('npm-v3');
    editJson(dir, 'package-lock.json', (lock) => {
      lock.packages[''].dependencies.local = 'file:local';
      lock.packages['node_modules/local'] = { resolved: 'local', link: true };
      lock.packages.local = { name: 'local', version: '1.0.0' };
    });
    editJson(dir, 'package.json', (pkg) => {
      pkg.dependencies.local = 'file:local';
    });
    const outcome = await check(dir);
    expect(outcome.problems).toEqual([]);
  });
});

describe('npm file: folders inside workspaces', () => {
  it("a workspace's file: dependency is recorded at its folder like a workspace, and is not an old one", async () => {
    const dir = scratch();
    const json = (file: string, data: unknown): void => writeJson(dir, file, data);
    json('package.json', { name: 'root', private: true, workspaces: ['app'] });
    json('app/package.json', { name: 'app', dependencies: { gen: 'file:gen' } });
    json('app/gen/package.json', { name: 'gen', version: '1.0.0' });
    json('package-lock.json', {
      name: 'root',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': { name: 'root', workspaces: ['app'] },
        app: { dependencies: { gen: 'file:gen' } },
        'app/gen': { version: '1.0.0' },
        'node_modules/app': { resolved: 'app', link: true },
        'node_modules/gen': { resolved: 'app/gen', link: true },
        old: { version: '1.0.0' },
      },
    });
    const outcome = await check(dir);
    expect(
      outcome.problems.map((problem) => `${problem.severity} ${problem.kind} ${problem.package}`),
    ).toEqual(['warning extraneous old']);
  });
});

describe('npm file: folders are read again', () => {
  // npm 11.21 and 12.2: npm ci re-reads a linked folder's package.json; a dependency it gained, or one whose
  // range the locked version no longer satisfies, is "Missing: … from lock file".
  function linkedFolder(dependencies: Record<string, string>): string {
    const dir = scratch();
    const json = (file: string, data: unknown): void => writeJson(dir, file, data);
    json('package.json', { name: 'root', private: true, dependencies: { x: 'file:libs/x' } });
    json('libs/x/package.json', {
      name: 'x',
      version: '1.0.0',
      dependencies,
      devDependencies: { 'left-pad': '9' },
    });
    json('package-lock.json', {
      name: 'root',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': { name: 'root', dependencies: { x: 'file:libs/x' } },
        'libs/x': { version: '1.0.0', dependencies: { ms: '^2.0.0' }, devDependencies: { 'left-pad': '9' } },
        'node_modules/ms': {
          version: '2.1.3',
          resolved: 'https://registry.npmjs.org/ms/-/ms-2.1.3.tgz',
          integrity:
            'sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==',
        },
        'node_modules/x': { resolved: 'libs/x', link: true },
      },
    });
    return dir;
  }

  it("a folder's dependencies are compared like a workspace's (its devDependencies are not installed)", async () => {
    expect((await check(linkedFolder({ ms: '^2.0.0' }))).problems).toEqual([]);
    expect((await check(linkedFolder({ ms: '^1.0.0' }))).kinds).toEqual(['unsatisfied']);
    expect((await check(linkedFolder({ ms: '^2.0.0', debug: '^4' }))).kinds).toEqual(['not-locked']);
  });
});

describe('npm bare-path folder dependencies', () => {
  // mochajs/mocha declares `"@test/esm-only-loader": "./test/compiler-fixtures/esm-only-loader"`: npm-package-arg
  // reads a path (and any other spec with a slash that is no URL or `user/repo`) as it reads `file:`, and npm
  // records the folder at its path like a workspace.
  it.each([
    ['./vendor/local', false],
    ['vendor/./local', false],
    // npm records `file:vendor/local/` at vendor/local (ionic-team/stencil: `file:../../`, npm ci passes).
    ['file:vendor/local/', false],
    ['./vendor/local//', false],
    ['^1.0.0', true],
    ['vendor/local', true],
  ])('with the root declaring %s, the folder vendor/local is an old workspace: %s', async (spec, old) => {
    const dir = scratch();
    const json = (file: string, data: unknown): void => writeJson(dir, file, data);
    json('package.json', {
      name: 'root',
      private: true,
      workspaces: ['app'],
      devDependencies: { local: spec },
    });
    json('app/package.json', { name: 'app', dependencies: { shared: '../libs/shared' } });
    json('libs/shared/package.json', { name: 'shared', version: '1.0.0' });
    json('package-lock.json', {
      name: 'root',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': { name: 'root', workspaces: ['app'], devDependencies: { local: spec } },
        app: { dependencies: { shared: '../libs/shared' } },
        'libs/shared': { name: 'shared', version: '1.0.0' },
        'vendor/local': { name: 'local', version: '1.0.0', dev: true },
        'node_modules/app': { resolved: 'app', link: true },
        'node_modules/local': { resolved: 'vendor/local', link: true },
        'node_modules/shared': { resolved: 'libs/shared', link: true },
      },
    });
    const outcome = await check(dir);
    const oldWorkspaces = outcome.problems.filter((problem) => problem.message.includes('no longer lists'));
    expect(oldWorkspaces.map((problem) => `${problem.severity} ${problem.package}`)).toEqual(
      old ? ['warning vendor/local'] : [],
    );
  });
});

describe('npm lockfile tree', () => {
  it.each(LOCK_EDITS)('%s is stale, on the line of the dependent', async (_name, change) => {
    const dir = scratch('npm-v3');
    editJson(dir, 'package-lock.json', change);
    const { errors } = await check(dir);
    expect(errors).toEqual([
      expect.objectContaining({
        kind: 'unsatisfied',
        package: 'is-number',
        file: 'package-lock.json',
        line: lineOf(dir, 'package-lock.json', '"node_modules/is-odd"'),
        message: expect.stringMatching(
          /^is-odd@3\.0\.1 depends on is-number@\^6\.0\.0 but package-lock\.json resolves it to [57]\.0\.0$/,
        ),
      }),
    ]);
  });
});

describe('npm entries npm ci never downloads', () => {
  // npm 11.19 `ci --dry-run --offline` passes each of these lockfiles (ollama's app/ui, leptos's e2e folders).
  it('a bundled dependency comes in its package’s tarball: no entry of its own is needed', async () => {
    const dir = scratch('npm-v3');
    editJson(dir, 'package-lock.json', (lock) => {
      const entry = lock.packages['node_modules/is-odd'];
      entry.dependencies = { ...entry.dependencies, 'left-over': '^1.0.0' };
    });
    expect((await check(dir)).kinds).toEqual(['not-locked']);
    editJson(dir, 'package-lock.json', (lock) => {
      lock.packages['node_modules/is-odd'].bundleDependencies = ['left-over'];
    });
    expect((await check(dir)).errors).toEqual([]);
    editJson(dir, 'package-lock.json', (lock) => {
      lock.packages['node_modules/is-odd'].bundleDependencies = true;
    });
    expect((await check(dir)).errors).toEqual([]);
  });

  it('an extraneous entry (a leftover nothing depends on) is pruned, so it needs no source or hash', async () => {
    const dir = scratch('npm-v3');
    editJson(dir, 'package-lock.json', (lock) => {
      lock.packages['node_modules/.pnpm/@types+node@20.2.1/node_modules/@types/node'] = {
        version: '20.2.1',
        extraneous: true,
        license: 'MIT',
      };
    });
    expect((await check(dir)).errors).toEqual([]);
    editJson(dir, 'package-lock.json', (lock) => {
      delete lock.packages['node_modules/.pnpm/@types+node@20.2.1/node_modules/@types/node'].extraneous;
    });
    expect((await check(dir)).kinds).toContain('integrity');
  });
});

describe('npm optional dependencies the lockfile lacks', () => {
  // A lockfile written where npm left out another platform's optional packages (apollographql/apollo-client
  // 3.8.1 locks esbuild 0.18.7 with one of its 22 @esbuild/* packages). npm 9.9.4, 10.9.9 and 11.6.1
  // `npm ci --dry-run` install without them; npm 11.6.2 to 11.21.2 refuse ("Missing: fsevents@2.3.3 from lock
  // file"), as they did on chokidar 3.5.3's lockfile with its fsevents entry deleted.
  function withMissingOptional(): string {
    const dir = scratch('npm-v3');
    editJson(dir, 'package-lock.json', (lock) => {
      lock.packages['node_modules/is-number'].optionalDependencies = { fsevents: '~2.3.2' };
    });
    return dir;
  }

  it('is a warning where the project pins no npm that refuses it', async () => {
    const dir = withMissingOptional();
    let outcome = await check(dir);
    expect(outcome.errors).toEqual([]);
    expect(outcome.problems).toEqual([
      expect.objectContaining({
        kind: 'not-locked',
        severity: 'warning',
        message: expect.stringContaining('is-number@7.0.0 → fsevents@~2.3.2'),
      }),
    ]);
    for (const pin of [
      { packageManager: 'npm@11.6.1' },
      { devEngines: { packageManager: { name: 'npm', version: '>=11' } } },
    ]) {
      editJson(dir, 'package.json', (pkg) => {
        delete pkg.packageManager;
        delete pkg.devEngines;
        Object.assign(pkg, pin);
      });
      outcome = await check(dir);
      expect(outcome.errors).toEqual([]);
    }
  });

  it('fails where the project pins npm 11.6.2 or later', async () => {
    for (const pin of [
      { packageManager: 'npm@11.19.1+sha512.abc' },
      { devEngines: { packageManager: { name: 'npm', version: '^11.6.2' } } },
    ]) {
      const dir = withMissingOptional();
      editJson(dir, 'package.json', (pkg) => Object.assign(pkg, pin));
      expect((await check(dir)).errors).toEqual([
        expect.objectContaining({ kind: 'not-locked', package: 'fsevents', file: 'package-lock.json' }),
      ]);
    }
  });
});

describe('npm 12: lockfileVersion 4, patches and extensions, and no npm-shrinkwrap.json', () => {
  // Verdicts of npm 12.2.2 (`npm install --package-lock-only`, then `npm ci`) and 11.21.2 on the same projects.
  const patchText = '--- a/index.js\n+++ b/index.js\n@@ -1 +1 @@\n-a\n+b\n';
  const patchIntegrity = `sha512-${createHash('sha512').update(patchText).digest('base64')}`;
  /** The npm-v3 fixture as npm 12 writes it with left-pad patched, edited. */
  function patched(edits: { pkg?: (pkg: Json) => void; lock?: (lock: Json) => void } = {}) {
    const dir = scratch('npm-v3');
    mkdirSync(join(dir, 'patches'));
    writeFileSync(join(dir, 'patches', 'left-pad@1.3.0.patch'), patchText);
    editJson(dir, 'package.json', (pkg) => {
      pkg.patchedDependencies = { 'left-pad@1.3.0': 'patches/left-pad@1.3.0.patch' };
      edits.pkg?.(pkg);
    });
    editJson(dir, 'package-lock.json', (lock) => {
      lock.lockfileVersion = 4;
      lock.packages['node_modules/left-pad'].patched = {
        integrity: patchIntegrity,
        path: 'patches/left-pad@1.3.0.patch',
      };
      edits.lock?.(lock);
    });
    return dir;
  }

  it('a patch recorded with its path and the patch file integrity is in sync; any difference is stale', async () => {
    expect((await check(patched())).problems).toEqual([]);
    const edited = patched();
    writeFileSync(join(edited, 'patches', 'left-pad@1.3.0.patch'), `${patchText}\n`);
    expect((await check(edited)).kinds).toEqual(['spec-mismatch']);
    const removed = patched();
    editJson(removed, 'package.json', (pkg) => {
      delete pkg.patchedDependencies;
    });
    expect((await check(removed)).kinds).toEqual(['extraneous']);
    const unused = patched({ pkg: (pkg) => (pkg.patchedDependencies['ms@9.9.9'] = 'patches/x.patch') });
    expect((await check(unused)).kinds).toEqual(['spec-mismatch']);
  });

  it('packageExtensions are hashed as npm hashes them (sha512 of their sorted JSON); an .npm-extension file is present or not', async () => {
    const extensions = { 'left-pad@^1': { dependencies: { ms: '^2.0.0' } } };
    const hash = `sha512-${createHash('sha512').update('{"left-pad@^1":{"dependencies":{"ms":"^2.0.0"}}}').digest('base64')}`;
    const extended = (pkgEdit?: (pkg: Json) => void) => {
      const dir = scratch('npm-v3');
      editJson(dir, 'package.json', (pkg) => {
        pkg.packageExtensions = structuredClone(extensions);
        pkgEdit?.(pkg);
      });
      editJson(dir, 'package-lock.json', (lock) => {
        lock.lockfileVersion = 4;
        lock.packages[''].packageExtensionsHash = hash;
      });
      return dir;
    };
    expect((await check(extended())).problems).toEqual([]);
    expect(
      (await check(extended((pkg) => (pkg.packageExtensions['left-pad@^1'].dependencies.ms = '^2.1.0'))))
        .kinds,
    ).toEqual(['spec-mismatch']);
    const dropped = extended();
    editJson(dropped, 'package.json', (pkg) => {
      delete pkg.packageExtensions;
    });
    expect((await check(dropped)).kinds).toEqual(['spec-mismatch']);
    const file = extended();
    writeFileSync(join(file, '.npm-extension.cjs'), 'module.exports = {};\n');
    expect((await check(file)).kinds).toEqual(['spec-mismatch']);
  });

  it('a lockfile older than 4 with patches configured: npm 12 refuses it, npm 11 ignores them', async () => {
    const dir = (pin?: string) => {
      const project = scratch('npm-v3');
      editJson(project, 'package.json', (pkg) => {
        pkg.patchedDependencies = { 'left-pad@1.3.0': 'patches/left-pad@1.3.0.patch' };
        if (pin) pkg.packageManager = `npm@${pin}`;
      });
      return project;
    };
    expect((await check(dir('12.2.2'))).kinds).toEqual(['not-locked']);
    expect((await check(dir('11.21.2'))).problems).toEqual([]);
    const unpinned = await check(dir());
    expect(unpinned.errors).toEqual([]);
    expect(unpinned.problems.map((problem) => `${problem.severity} ${problem.kind}`)).toEqual([
      'warning not-locked',
    ]);
  });

  it('npm 12 reads no npm-shrinkwrap.json: with npm 12 pinned, package-lock.json beside it is the lockfile', async () => {
    const dir = scratch('npm-v3');
    editJson(dir, 'package.json', (pkg) => {
      pkg.packageManager = 'npm@12.2.2';
    });
    const lock = readFileSync(join(dir, 'package-lock.json'), 'utf8');
    writeFileSync(join(dir, 'npm-shrinkwrap.json'), lock.replace('"version": "2.1.3"', '"version": "1.0.0"'));
    // The stale shrinkwrap is not read; the package-lock.json is in sync.
    expect((await check(dir)).errors).toEqual([]);
    rmSync(join(dir, 'package-lock.json'));
    expect((await check(dir)).kinds).toEqual(['missing-lockfile']);
  });

  it('an optional peer locked out of its range: npm 11.11 and later pass it, earlier npm refuses', async () => {
    const dir = (pin?: string) => {
      const project = scratch('npm-v3');
      editJson(project, 'package.json', (pkg) => {
        pkg.peerDependencies = { 'left-pad': '~1.1.0' };
        pkg.peerDependenciesMeta = { 'left-pad': { optional: true } };
        delete pkg.devDependencies;
        if (pin) pkg.packageManager = `npm@${pin}`;
      });
      editJson(project, 'package-lock.json', (lock) => {
        delete lock.packages[''].devDependencies;
        lock.packages[''].peerDependencies = { 'left-pad': '~1.1.0' };
        lock.packages[''].peerDependenciesMeta = { 'left-pad': { optional: true } };
      });
      return project;
    };
    expect((await check(dir('11.11.0'))).errors).toEqual([]);
    expect((await check(dir('11.10.0'))).kinds).toEqual(['unsatisfied']);
    expect((await check(dir())).errors).toEqual([]);
  });
});
