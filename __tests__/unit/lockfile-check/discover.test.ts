import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { check, edit, scratch } from './helpers.js';

function write(dir: string, file: string, text: string): void {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), text);
}

/** An application's manifest (private): expected to commit its lockfile. */
const DEPS = JSON.stringify({ private: true, dependencies: { ms: '^2.0.0' } });

describe('discovery', () => {
  it('scans recursively, skips dependency and build folders, honours ignore globs', async () => {
    const dir = scratch();
    for (const skipped of ['node_modules/x', '.git/x', 'vendor/x', 'target/x', '.venv/x', 'fixtures/a']) {
      write(dir, `${skipped}/package.json`, DEPS);
    }
    write(dir, 'apps/web/package.json', DEPS);
    write(dir, 'apps/api/go.mod', 'module x\n\ngo 1.22\n\nrequire github.com/pkg/errors v0.9.1\n');
    write(dir, 'apps/tool/Cargo.toml', '[package]\nname = "tool"\nversion = "0.1.0"\n');
    const outcome = await check(dir, { ignore: ['fixtures/**'] });
    expect(outcome.pairs.map((pair) => [pair.ecosystem, pair.manifest, pair.lockfile ?? null])).toEqual([
      ['go', 'apps/api/go.mod', null],
      ['npm', 'apps/web/package.json', null],
    ]);
    expect(outcome.errors.map((problem) => [problem.kind, problem.fix])).toEqual([
      ['missing-lockfile', 'go mod tidy'],
      ['missing-lockfile', 'npm install'],
    ]);
    expect(outcome.status).toBe('stale');
  });

  it('picks the package manager of a manifest without a lockfile from packageManager or [tool.poetry]', async () => {
    const dir = scratch();
    write(dir, 'a/package.json', JSON.stringify({ packageManager: 'pnpm@9.1.0', dependencies: { ms: '1' } }));
    write(
      dir,
      'b/pyproject.toml',
      '[tool.poetry]\nname = "b"\n\n[tool.poetry.dependencies]\npython = "^3.9"\nrequests = "*"\n',
    );
    write(
      dir,
      'c/pyproject.toml',
      '[project]\nname = "c"\ndependencies = ["requests"]\n\n[tool.uv]\ndev-dependencies = []\n',
    );
    // Without packageManager: devEngines names it, or the package manager's own settings beside the manifest.
    write(
      dir,
      'd/package.json',
      JSON.stringify({
        private: true,
        devEngines: { packageManager: { name: 'yarn' } },
        dependencies: { ms: '1' },
      }),
    );
    write(dir, 'e/package.json', DEPS);
    write(dir, 'e/pnpm-workspace.yaml', 'packages: []\n');
    write(dir, 'f/package.json', DEPS);
    write(dir, 'f/.yarnrc.yml', 'nodeLinker: node-modules\n');
    write(dir, 'g/package.json', DEPS);
    const outcome = await check(dir);
    expect(outcome.errors.map((problem) => `${problem.ecosystem} ${problem.file} ${problem.fix}`)).toEqual([
      'pnpm a/package.json pnpm install',
      'poetry b/pyproject.toml poetry lock',
      'uv c/pyproject.toml uv lock',
      'yarn d/package.json yarn install',
      'pnpm e/package.json pnpm install',
      'yarn f/package.json yarn install',
      'npm g/package.json npm install',
    ]);
  });

  it('treats workspace members under a lockfile as covered, and warns about two lockfiles in one folder', async () => {
    const dir = scratch('npm-workspaces');
    writeFileSync(
      join(dir, 'yarn.lock'),
      '# yarn lockfile v1\n\n\nms@^2.1.0:\n  version "2.1.3"\n  integrity sha512-x\n',
    );
    const outcome = await check(dir);
    const conflict = outcome.problems.find((problem) => problem.kind === 'multiple-lockfiles')!;
    expect(conflict).toMatchObject({ severity: 'warning', file: 'yarn.lock' });
    expect(conflict.message).toContain('package-lock.json and yarn.lock');
    expect(outcome.pairs.map((pair) => pair.lockfile)).toEqual(['package-lock.json', 'yarn.lock']);
    expect(outcome.problems.some((problem) => problem.kind === 'missing-lockfile')).toBe(false);
  });

  it('checks only the listed ecosystems and nothing above the root', async () => {
    const dir = scratch();
    write(dir, 'a/package.json', DEPS);
    write(dir, 'b/go.mod', 'module b\n\nrequire github.com/pkg/errors v0.9.1\n');
    expect((await check(dir, { ecosystems: ['go'] })).pairs.map((pair) => pair.manifest)).toEqual([
      'b/go.mod',
    ]);
    expect((await check(dir, { root: 'a' })).pairs.map((pair) => pair.manifest)).toEqual(['a/package.json']);
  });

  it('path inside a workspace member: the lockfile above it is checked, whole, as the package manager run there reads it', async () => {
    // npm 11.19 `ci --dry-run` in packages/a, and pnpm in a member folder, install from the root's lockfile.
    const dir = scratch('npm-workspaces');
    const inMember = await check(dir, { root: 'packages/a' });
    expect(inMember.pairs.map((pair) => [pair.manifest, pair.lockfile])).toEqual([
      ['package.json', 'package-lock.json'],
    ]);
    expect(inMember.errors).toEqual([]);
    // What is wrong in the workspace is wrong there too.
    edit(dir, 'packages/a/package.json', (text) =>
      text.replace('"dependencies": {', '"dependencies": {\n    "chalk": "^5.0.0",'),
    );
    expect((await check(dir, { root: 'packages/a' })).kinds).toEqual(['not-locked']);
    // A folder the workspace does not list is its own project there: npm ci in it wants its own lockfile.
    write(dir, 'examples/app/package.json', DEPS);
    const outside = await check(dir, { root: 'examples/app' });
    expect(outside.errors.map((problem) => [problem.kind, problem.file])).toEqual([
      ['missing-lockfile', 'examples/app/package.json'],
    ]);
    // A lockfile the member keeps is one npm does not read there: the workspace's is still the one checked.
    write(dir, 'packages/a/package-lock.json', '{"lockfileVersion": 3, "packages": {}}');
    const kept = await check(dir, { root: 'packages/a' });
    expect(
      kept.pairs.map((pair) => [pair.lockfile, pair.problems.map((problem) => problem.severity)]),
    ).toEqual([
      ['packages/a/package-lock.json', ['warning']],
      ['package-lock.json', ['error']],
    ]);
    // In another package manager's workspace the warning says which one would read it (npm knows no
    // pnpm-workspace.yaml): microsoft/pyright keeps package-lock.json files in its pnpm workspace's members.
    rmSync(join(dir, 'package-lock.json'));
    edit(dir, 'package.json', (text) => text.replace('"workspaces": ["packages/*"],', ''));
    write(dir, 'pnpm-workspace.yaml', 'packages:\n  - packages/*\n');
    write(dir, 'pnpm-lock.yaml', "lockfileVersion: '9.0'\n\nimporters:\n\n  .: {}\n");
    const other = await check(dir);
    expect(other.problems.find((problem) => problem.file === 'packages/a/package-lock.json')?.message).toBe(
      'packages/a/package-lock.json is not read: packages/a is a workspace member of pnpm-lock.yaml, which pnpm installs it from; npm run in packages/a would read this one, which was not checked',
    );
  });

  it('each Go module needs its own go.sum: one in a folder above does not cover it', async () => {
    const dir = scratch();
    const module = (name: string) =>
      `module example.com/${name}\n\ngo 1.22\n\nrequire github.com/pkg/errors v0.9.1\n`;
    write(dir, 'go.mod', module('a'));
    write(
      dir,
      'go.sum',
      'github.com/pkg/errors v0.9.1 h1:FEBLx1zS214owpjy7qsBeixbURkuhQAwrK5UwLGTwt4=\ngithub.com/pkg/errors v0.9.1/go.mod h1:bwawxfHBFNV+L2hUp1rHADufV3IMtnDRdf1r5NINEl0=\n',
    );
    write(dir, 'tools/go.mod', module('tools'));
    const outcome = await check(dir);
    expect(outcome.errors.map((problem) => [problem.kind, problem.file])).toEqual([
      ['missing-lockfile', 'tools/go.mod'],
    ]);
    expect((await check(dir, { root: 'tools' })).kinds).toEqual(['missing-lockfile']);
  });

  it('a manifest that does not parse and has no lockfile is a warning: nothing is locked to judge (pypa/build)', async () => {
    const dir = scratch();
    write(dir, 'pyproject.toml', '[project]\nname = "x"\n');
    write(
      dir,
      'tests/packages/test-bad-syntax/pyproject.toml',
      "[build-system]\nrequires = ['bad' 'syntax']\n",
    );
    write(dir, 'test/pkg/package.json', '{"name": "bad",');
    const outcome = await check(dir);
    expect(outcome.errors).toEqual([]);
    expect(outcome.problems.map((problem) => [problem.severity, problem.kind, problem.file])).toEqual([
      ['warning', 'parse', 'test/pkg/package.json'],
      ['warning', 'parse', 'tests/packages/test-bad-syntax/pyproject.toml'],
    ]);
    // Beside a lockfile it is still a failure: the lockfile cannot be judged against it.
    write(dir, 'test/pkg/package-lock.json', '{"lockfileVersion": 3, "packages": {}}');
    expect((await check(dir)).errors.map((problem) => [problem.kind, problem.file])).toEqual([
      ['parse', 'test/pkg/package.json'],
    ]);
  });

  it('does not require a lockfile of a manifest without dependencies', async () => {
    const dir = scratch();
    write(dir, 'package.json', JSON.stringify({ name: 'x', scripts: { test: 'x' } }));
    write(dir, 'pyproject.toml', '[project]\nname = "x"\n');
    expect((await check(dir)).pairs).toEqual([]);
  });
});

describe('manifests without a lockfile', () => {
  it('a library need not commit one; that its family commits lockfiles elsewhere is only a warning', async () => {
    const dir = scratch();
    write(
      dir,
      'lib/package.json',
      JSON.stringify({ name: 'lib', version: '1.0.0', dependencies: { ms: '^2' } }),
    );
    write(
      dir,
      'py/pyproject.toml',
      '[project]\nname = "py"\ndependencies = ["requests"]\n\n[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n',
    );
    write(dir, 'app/pyproject.toml', '[project]\nname = "app"\ndependencies = ["requests"]\n\n[tool.uv]\n');
    // No [build-system] and no uv or Poetry table: pip builds it with setuptools (scripts, tools).
    write(dir, 'scripts/pyproject.toml', '[project]\nname = "scripts"\ndependencies = ["requests"]\n');
    write(
      dir,
      'poetry-app/pyproject.toml',
      '[tool.poetry]\nname = "p"\npackage-mode = false\n\n[tool.poetry.dependencies]\npython = "^3.12"\nrequests = "*"\n\n[build-system]\nrequires = ["poetry-core"]\nbuild-backend = "poetry.core.masonry.api"\n',
    );
    expect((await check(dir)).errors.map((problem) => `${problem.kind} ${problem.file}`)).toEqual([
      'missing-lockfile app/pyproject.toml',
      'missing-lockfile poetry-app/pyproject.toml',
    ]);
    write(dir, 'other/package.json', DEPS);
    write(dir, 'other/package-lock.json', JSON.stringify({ lockfileVersion: 3, packages: { '': {} } }));
    const outcome = await check(dir);
    expect(
      outcome.errors.filter((problem) => problem.kind === 'missing-lockfile').map((problem) => problem.file),
    ).toEqual(['app/pyproject.toml', 'poetry-app/pyproject.toml']);
    const warning = outcome.problems.find((problem) => problem.file === 'lib/package.json')!;
    expect(warning).toMatchObject({ kind: 'missing-lockfile', severity: 'warning' });
    expect(warning.message).toContain('other projects in this tree commit theirs');
  });

  it('cargo: a library or a virtual workspace need not commit Cargo.lock, a binary package must', async () => {
    const dir = scratch();
    const deps = '\n[dependencies]\nserde = "1"\n';
    write(dir, 'lib/Cargo.toml', `[package]\nname = "lib"\nversion = "0.1.0"\n${deps}`);
    write(dir, 'lib/src/lib.rs', '');
    write(dir, 'virtual/Cargo.toml', `[workspace]\nmembers = ["a"]\n`);
    write(dir, 'virtual/a/Cargo.toml', `[package]\nname = "a"\nversion = "0.1.0"\n${deps}`);
    write(dir, 'virtual/a/src/lib.rs', '');
    write(dir, 'nobins/Cargo.toml', `[package]\nname = "n"\nversion = "0.1.0"\nautobins = false\n${deps}`);
    write(dir, 'nobins/src/main.rs', '');
    expect((await check(dir)).problems).toEqual([]);
    write(dir, 'app/Cargo.toml', `[package]\nname = "app"\nversion = "0.1.0"\n${deps}`);
    write(dir, 'app/src/main.rs', '');
    write(
      dir,
      'tools/Cargo.toml',
      `[package]\nname = "t"\nversion = "0.1.0"\n${deps}\n[[bin]]\nname = "t"\npath = "t.rs"\n`,
    );
    write(dir, 'multi/Cargo.toml', `[package]\nname = "m"\nversion = "0.1.0"\n${deps}`);
    write(dir, 'multi/src/bin/m.rs', '');
    expect((await check(dir)).errors.map((problem) => `${problem.kind} ${problem.file}`)).toEqual([
      'missing-lockfile app/Cargo.toml',
      'missing-lockfile multi/Cargo.toml',
      'missing-lockfile tools/Cargo.toml',
    ]);
  });

  it("a workspace's members are judged with their root, not each reported again", async () => {
    const dir = scratch();
    const deps = '\n[dependencies]\nserde = "1"\n';
    write(
      dir,
      'Cargo.toml',
      `[package]\nname = "root"\nversion = "0.1.0"\n${deps}\n[workspace]\nmembers = ["crates/*", "tools/*"]\n`,
    );
    write(dir, 'src/main.rs', '');
    for (const member of ['crates/a', 'crates/b', 'tools/gen']) {
      write(
        dir,
        `${member}/Cargo.toml`,
        `[package]\nname = "${member.replace('/', '-')}"\nversion = "0.1.0"\n${deps}`,
      );
      write(dir, `${member}/src/main.rs`, '');
    }
    write(dir, 'apps/package.json', JSON.stringify({ private: true, workspaces: ['web'] }));
    write(dir, 'apps/web/package.json', DEPS);
    expect((await check(dir)).errors.map((problem) => `${problem.kind} ${problem.file}`)).toEqual([
      'missing-lockfile Cargo.toml',
      'missing-lockfile apps/package.json',
    ]);
  });

  it('a lockfile the repository ignores in .gitignore is left out on purpose, not missing', async () => {
    const dir = scratch();
    const deps = '\n[dependencies]\nserde = "1"\n';
    write(dir, '.gitignore', '# build\n/target\nCargo.lock\n');
    write(dir, 'Cargo.toml', `[package]\nname = "root"\nversion = "0.1.0"\n${deps}`);
    write(dir, 'src/main.rs', '');
    write(dir, 'web/.gitignore', 'package-lock.json\n');
    write(dir, 'web/package.json', DEPS);
    write(dir, 'api/package.json', DEPS);
    write(dir, 'bin/.gitignore', '!Cargo.lock\n');
    write(dir, 'bin/Cargo.toml', `[package]\nname = "bin"\nversion = "0.1.0"\n${deps}`);
    write(dir, 'bin/src/main.rs', '');
    expect((await check(dir)).errors.map((problem) => `${problem.kind} ${problem.file}`)).toEqual([
      'missing-lockfile api/package.json',
      'missing-lockfile bin/Cargo.toml',
    ]);
    // Checked from a subfolder, the repository's .gitignore above it still applies.
    expect((await check(dir, { root: 'web' })).problems).toEqual([]);
  });

  it('a lockfile switched off in the configuration the package manager reads is not expected', async () => {
    const dir = scratch();
    const pnpm = (pin?: string) =>
      JSON.stringify({
        private: true,
        ...(pin && { packageManager: `pnpm@${pin}` }),
        dependencies: { a: '1' },
      });
    // npm: the nearest .npmrc that sets package-lock decides.
    write(dir, '.npmrc', 'save-exact=true\npackage-lock=false\n');
    write(dir, 'package.json', DEPS);
    write(dir, 'web/package.json', DEPS);
    write(dir, 'app/.npmrc', 'package-lock = true\n');
    write(dir, 'app/package.json', DEPS);
    // pnpm before 11 reads `lockfile` from .npmrc (10.34 writes none), 11 and later from pnpm-workspace.yaml
    // (12.21 writes none); with no pin, either may run it.
    write(dir, 'pn9/.npmrc', 'lockfile=false\n');
    write(dir, 'pn9/package.json', pnpm('9.15.0'));
    write(dir, 'pn12/.npmrc', 'lockfile=false\n');
    write(dir, 'pn12/package.json', pnpm('12.21.0'));
    write(dir, 'ws12/pnpm-workspace.yaml', 'lockfile: false # no lockfile\n');
    write(dir, 'ws12/package.json', pnpm('12.21.0'));
    write(dir, 'ws10/pnpm-workspace.yaml', 'lockfile: false\n');
    write(dir, 'ws10/package.json', pnpm('10.34.9'));
    write(dir, 'wsany/pnpm-workspace.yaml', 'lockfile: false\n');
    write(dir, 'wsany/package.json', JSON.stringify({ private: true, dependencies: { a: '1' } }));
    write(dir, 'pn2/.npmrc', 'package-lock=false\n');
    write(dir, 'pn2/package.json', pnpm('9.0.0'));
    expect((await check(dir)).errors.map((problem) => `${problem.kind} ${problem.file}`)).toEqual([
      'missing-lockfile app/package.json',
      'missing-lockfile pn12/package.json',
      'missing-lockfile pn2/package.json',
      'missing-lockfile ws10/package.json',
    ]);
  });

  it("another tool's lockfile (bun, pdm, …) pins the manifest: found, not checked, never a problem", async () => {
    const dir = scratch();
    write(dir, 'web/package.json', DEPS);
    write(dir, 'web/bun.lock', '{}');
    write(dir, 'api/pyproject.toml', '[project]\nname = "api"\ndependencies = ["requests"]\n');
    write(dir, 'api/pdm.lock', '');
    write(dir, 'php/composer.lock', '{}');
    // PEP 751: `pylock.<name>.toml` is a lockfile as much as pylock.toml (pydantic keeps pylock.314.toml).
    write(dir, 'app/pyproject.toml', '[project]\nname = "app"\ndependencies = ["attrs>=23"]\n');
    write(dir, 'app/pylock.prod.toml', 'lock-version = "1.0"\n');
    write(dir, 'app/pylock.dev.extra.toml', 'not a PEP 751 name\n');
    // `uv lock --script` locks a PEP 723 script beside it.
    write(dir, 'scripts/release.py', '# /// script\n# dependencies = ["httpx"]\n# ///\n');
    write(dir, 'scripts/release.py.lock', 'version = 1\n');
    write(dir, 'scripts/.py.lock', '');
    const { checkTree } = await import('../../../actions/lockfile-check/check.js');
    const result = await checkTree({
      cwd: dir,
      root: '.',
      ignore: [],
      ecosystems: ['npm', 'pnpm', 'yarn', 'uv', 'poetry', 'cargo', 'go'],
      native: 'never',
      security: { requireHttps: true, requireIntegrity: true },
      signal: new AbortController().signal,
    });
    expect(result.pairs).toEqual([]);
    expect(result.unchecked).toEqual([
      { path: 'api/pdm.lock', tool: 'pdm' },
      { path: 'app/pylock.prod.toml', tool: 'pylock (PEP 751)' },
      { path: 'php/composer.lock', tool: 'composer' },
      { path: 'scripts/release.py.lock', tool: 'uv (PEP 723 script)' },
      { path: 'web/bun.lock', tool: 'bun' },
    ]);
  });
});

describe('lockfiles the package manager does not read', () => {
  it("a workspace member's own lockfile is reported as not read, never checked as the project's", async () => {
    const dir = scratch('npm-workspaces');
    const { readdirSync } = await import('node:fs');
    const member = readdirSync(join(dir, 'packages'))[0]!;
    write(
      dir,
      `packages/${member}/package-lock.json`,
      JSON.stringify({ lockfileVersion: 3, packages: { '': {} } }),
    );
    const outcome = await check(dir);
    expect(outcome.errors).toEqual([]);
    expect(outcome.problems).toEqual([
      expect.objectContaining({
        file: `packages/${member}/package-lock.json`,
        severity: 'warning',
        message: `packages/${member}/package-lock.json is not read: packages/${member} is a workspace member of package-lock.json, which locks it`,
      }),
    ]);
  });
});

describe('uv and cargo workspace members', () => {
  it.each([
    ['uv', 'packages/lib', 'uv.lock'],
    ['cargo', 'crates/util', 'Cargo.lock'],
  ])("a %s member's own lockfile is not read: the root's locks it", async (fixture, member, lockfile) => {
    const dir = scratch(fixture);
    const { copyFileSync } = await import('node:fs');
    // A stale copy: checked as the member's project it would fail; uv and cargo never read it.
    copyFileSync(join(dir, lockfile), join(dir, member, lockfile));
    const outcome = await check(dir);
    expect(outcome.errors).toEqual([]);
    expect(outcome.problems).toEqual([
      expect.objectContaining({
        file: `${member}/${lockfile}`,
        severity: 'warning',
        message: `${member}/${lockfile} is not read: ${member} is a workspace member of ${lockfile}, which locks it`,
      }),
    ]);
  });

  it('pnpm before 11.27.1 never reads a lockfile below a pnpm workspace that does not list its folder; later ones do', async () => {
    // pnpm 9.15.9, 10.34.9 and 11.0.0 to 11.27.0, run in examples/ex, install the root workspace ("Scope: all 2
    // workspace projects") and pass; 11.27.1, 11.28.6 and 12.10 to 12.21 read examples/ex/pnpm-lock.yaml and refuse
    // it (statelyai/xstate, payloadcms/payload; pnpm/pnpm#15125).
    const dir = scratch('pnpm-workspaces');
    const { copyFileSync } = await import('node:fs');
    edit(dir, 'package.json', (text) =>
      text.replace('"private": true,', '"private": true,\n  "packageManager": "pnpm@9.15.9",'),
    );
    write(
      dir,
      'examples/ex/package.json',
      JSON.stringify({ name: 'ex', private: true, dependencies: { 'left-pad': '^9.0.0' } }),
    );
    copyFileSync(join(dir, 'pnpm-lock.yaml'), join(dir, 'examples/ex/pnpm-lock.yaml'));
    const old = await check(dir);
    expect(old.errors).toEqual([]);
    expect(old.problems.map((problem) => [problem.severity, problem.file, problem.message])).toEqual([
      [
        'warning',
        'examples/ex/pnpm-lock.yaml',
        'examples/ex/pnpm-lock.yaml is not read: pnpm 9.15.9 (packageManager), run in examples/ex, installs the workspace of pnpm-workspace.yaml from pnpm-lock.yaml (pnpm 11.27.1 and later read this one)',
      ],
    ]);
    edit(dir, 'package.json', (text) => text.replace('pnpm@9.15.9', 'pnpm@11.27.0'));
    expect((await check(dir)).errors).toEqual([]);
    edit(dir, 'package.json', (text) => text.replace('pnpm@11.27.0', 'pnpm@11.27.1'));
    expect((await check(dir)).errors.map((problem) => problem.file)).toContain('examples/ex/package.json');
    edit(dir, 'package.json', (text) => text.replace('pnpm@11.27.1', 'pnpm@9.15.9'));
    // The folder's own pin decides; a workspace of its own is read by every release.
    write(
      dir,
      'examples/ex/package.json',
      JSON.stringify({
        name: 'ex',
        private: true,
        packageManager: 'pnpm@11.28.6',
        dependencies: { 'left-pad': '^9.0.0' },
      }),
    );
    expect((await check(dir)).errors.map((problem) => problem.file)).toContain('examples/ex/package.json');
    write(
      dir,
      'examples/ex/package.json',
      JSON.stringify({ name: 'ex', private: true, dependencies: { 'left-pad': '^9.0.0' } }),
    );
    write(dir, 'examples/ex/pnpm-workspace.yaml', 'packages: []\n');
    expect((await check(dir)).errors.map((problem) => problem.file)).toContain('examples/ex/package.json');
  });

  it("a pnpm workspace root needs no package.json: its lockfile is checked, its members' own are not read", async () => {
    // payloadcms/payload's .github: pnpm-workspace.yaml and pnpm-lock.yaml only. pnpm 9.15 to 12.21, run in
    // actions/a, install the workspace from the root lockfile.
    const dir = scratch();
    const head =
      "lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n  excludeLinksFromLockfile: false\n\n";
    const lock = (specifier: string) =>
      `${head}importers:\n\n  actions/a:\n    dependencies:\n      is-number:\n        specifier: ${specifier}\n        version: 7.0.0\n`;
    write(dir, 'pnpm-workspace.yaml', "packages:\n  - 'actions/*'\n");
    write(dir, 'pnpm-lock.yaml', lock('7.0.0'));
    write(
      dir,
      'actions/a/package.json',
      JSON.stringify({ name: 'a', private: true, dependencies: { 'is-number': '7.0.0' } }),
    );
    write(dir, 'actions/a/pnpm-lock.yaml', lock('6.0.0').replace('  actions/a:', '  .:'));
    const outcome = await check(dir);
    expect(outcome.errors).toEqual([]);
    expect(outcome.problems.map((problem) => `${problem.severity} ${problem.file} ${problem.kind}`)).toEqual([
      'warning actions/a/pnpm-lock.yaml extraneous',
    ]);
    write(dir, 'pnpm-lock.yaml', lock('6.0.0'));
    expect((await check(dir)).errors.map((problem) => problem.kind)).toEqual(['spec-mismatch']);
  });

  it('a uv member in a dot folder is a member too (uv globs enter dot folders): its own lockfile is not read', async () => {
    const dir = scratch('uv');
    const { copyFileSync, renameSync } = await import('node:fs');
    renameSync(join(dir, 'packages/lib'), join(dir, 'packages/.lib'));
    edit(dir, 'uv.lock', (text) => text.replace('editable = "packages/lib"', 'editable = "packages/.lib"'));
    copyFileSync(join(dir, 'uv.lock'), join(dir, 'packages/.lib/uv.lock'));
    const outcome = await check(dir);
    expect(outcome.errors).toEqual([]);
    expect(outcome.problems.map((problem) => [problem.severity, problem.file])).toEqual([
      ['warning', 'packages/.lib/uv.lock'],
    ]);
  });
});

describe('ignore', () => {
  it('the fixture folders of the default are skipped and counted, unless path points into one', async () => {
    const dir = scratch();
    write(dir, 'tests/fixtures/broken/package.json', DEPS);
    write(dir, 'pkg/__fixtures__/x/package.json', DEPS);
    const { checkTree } = await import('../../../actions/lockfile-check/check.js');
    const options = {
      cwd: dir,
      root: '.',
      ignore: ['**/fixtures/**', '**/__fixtures__/**'],
      ecosystems: ['npm' as const],
      native: 'never' as const,
      security: { requireHttps: true, requireIntegrity: true },
      signal: new AbortController().signal,
    };
    const result = await checkTree(options);
    expect({ pairs: result.pairs.length, skipped: result.skipped }).toEqual({ pairs: 0, skipped: 2 });
    const chosen = await checkTree({ ...options, root: 'tests/fixtures/broken' });
    expect(chosen.pairs.map((pair) => pair.manifest)).toEqual(['tests/fixtures/broken/package.json']);
  });

  it('skips a lockfile by file glob, and then does not call its manifest unlocked', async () => {
    const dir = scratch();
    write(dir, 'a/package.json', DEPS);
    write(dir, 'a/yarn.lock', '# yarn lockfile v1\n');
    write(dir, 'b/package.json', DEPS);
    write(dir, 'b/yarn.lock', '# yarn lockfile v1\n');
    const outcome = await check(dir, { ignore: ['**/a/yarn.lock'] });
    expect(outcome.pairs.map((pair) => pair.lockfile ?? pair.manifest)).toEqual(['b/yarn.lock']);
  });
});
