import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'smol-toml';
import { poetryContentHashes } from '../../../actions/lockfile-check/ecosystems/poetry.js';
import { pythonJsonDumps } from '../../../actions/lockfile-check/ecosystems/python-json.js';
import { check, edit, scratch } from './helpers.js';
import { FIXTURES } from './js-mutations.js';

describe('uv.lock', () => {
  it('a [tool.uv.sources] git entry: the URL and its tag must be what the lock was made from', async () => {
    const dir = scratch('uv');
    const git = 'https://github.com/pallets/click';
    edit(dir, 'pyproject.toml', (text) =>
      text.replace('[tool.uv.sources]\n', `[tool.uv.sources]\nclick = { git = "${git}", tag = "8.1.7" }\n`),
    );
    edit(dir, 'uv.lock', (text) =>
      text.replace(
        `{ name = "click", marker = "extra == 'cli'", specifier = ">=8.0" }`,
        `{ name = "click", marker = "extra == 'cli'", specifier = ">=8.0", git = "${git}?tag=8.1.7" }`,
      ),
    );
    expect((await check(dir)).kinds).toEqual([]);
    edit(dir, 'pyproject.toml', (text) => text.replace('tag = "8.1.7"', 'tag = "8.2.0"'));
    expect((await check(dir)).kinds).toEqual(['spec-mismatch']);
  });

  it('dynamic dependencies: the lock holds built metadata, so only a static requirement missing is stale', async () => {
    const dir = scratch('uv');
    edit(dir, 'pyproject.toml', (text) =>
      text
        .replace('requires-python', 'dynamic = ["dependencies"]\nrequires-python')
        .replace(/dependencies = \[\n[^\]]*\]\n/, ''),
    );
    expect((await check(dir)).errors).toEqual([]);
    edit(dir, 'pyproject.toml', (text) =>
      text.replace('cli = ["click>=8.0"]', 'cli = ["click>=8.0", "rich"]'),
    );
    expect((await check(dir)).kinds).toEqual(['not-locked']);
  });

  it('passes the fixture (workspace member, extras, groups with include-group)', async () => {
    const outcome = await check(scratch('uv'));
    expect(outcome.problems).toEqual([]);
    expect(outcome.pairs.map((pair) => pair.lockfile)).toEqual(['uv.lock']);
  });

  it('a requirement with a workspace, path or git source is locked without its version specifier', async () => {
    const dir = scratch('uv');
    // uv lowers `Fixture_Lib>=0.1` with `{ workspace = true }` to the editable member, specifier dropped.
    edit(dir, 'pyproject.toml', (text) => text.replace('"Fixture_Lib",', '"Fixture_Lib>=0.1",'));
    expect((await check(dir)).errors).toEqual([]);
    // An index source keeps it.
    edit(dir, 'pyproject.toml', (text) =>
      text.replace('fixture-lib = { workspace = true }', 'fixture-lib = { index = "internal" }'),
    );
    expect((await check(dir)).kinds).toContain('spec-mismatch');
  });

  it('finds added, changed and removed dependencies with normalised names', async () => {
    const dir = scratch('uv');
    edit(dir, 'pyproject.toml', (text) =>
      text
        .replace('"requests>=2.31",', '"requests>=2.32",\n    "Rich_Text>=13",')
        .replace('cli = ["click>=8.0"]', 'cli = []'),
    );
    const { errors } = await check(dir);
    expect(errors.map((problem) => [problem.kind, problem.package, problem.fix])).toEqual([
      ['spec-mismatch', 'requests', 'uv lock'],
      ['not-locked', 'rich-text', 'uv lock'],
      ['extraneous', 'click', 'uv lock'],
    ]);
    expect(errors[0]).toMatchObject({ file: 'pyproject.toml', line: 7 });
    expect(errors[0]!.message).toBe(
      'requests>=2.32 (dependencies of fixture-uv) is locked as requests>=2.31 in uv.lock',
    );
  });

  it('checks dependency groups, requires-python and workspace members', async () => {
    const dir = scratch('uv');
    edit(dir, 'pyproject.toml', (text) =>
      text
        .replace('lint = ["ruff"]', 'lint = ["ruff", "mypy"]')
        .replace('requires-python = ">=3.11"', 'requires-python = ">=3.12"'),
    );
    edit(dir, 'packages/lib/pyproject.toml', (text) => text.replace('"idna>=3"', '"idna>=3.7"'));
    const { errors } = await check(dir);
    expect(errors.map((problem) => `${problem.kind} ${problem.package} ${problem.file}`)).toEqual([
      'requires-python python pyproject.toml',
      'not-locked mypy pyproject.toml',
      'not-locked mypy pyproject.toml',
      'spec-mismatch idna packages/lib/pyproject.toml',
    ]);
  });

  it('compares requires-python and specifiers by meaning, as uv does: its canonical forms are not a mismatch', async () => {
    const dir = scratch('uv');
    // uv writes the members' intersection as one range, `~=3.12.0` as `==3.12.*`, versions canonically.
    edit(dir, 'pyproject.toml', (text) =>
      text
        .replace('requires-python = ">=3.11"', 'requires-python = "~=3.12.0"')
        .replace('"requests>=2.31"', '"requests >= 2.31.0, != 2.32.0-rc.1"'),
    );
    edit(dir, 'packages/lib/pyproject.toml', (text) =>
      text.replace(/requires-python = "[^"]*"/, 'requires-python = ">=3.10"'),
    );
    edit(dir, 'uv.lock', (text) =>
      text
        .replace('requires-python = ">=3.11"', 'requires-python = "==3.12.*"')
        .replace(
          '{ name = "requests", specifier = ">=2.31" }',
          '{ name = "requests", specifier = "!=2.32.0rc1, >=2.31" }',
        ),
    );
    expect((await check(dir)).kinds).toEqual([]);
    // A bound that moves is still stale, and so is a specifier naming another version.
    edit(dir, 'packages/lib/pyproject.toml', (text) => text.replace('">=3.10"', '">=3.12.1"'));
    edit(dir, 'pyproject.toml', (text) => text.replace('!= 2.32.0-rc.1', '!= 2.32.0-rc.2'));
    expect((await check(dir)).kinds).toEqual(['requires-python', 'spec-mismatch']);
  });

  it('a git source is compared in the form uv records it (git+, credentials, subdirectory, lfs, encoded ref)', async () => {
    const dir = scratch('uv');
    edit(dir, 'pyproject.toml', (text) =>
      text.replace(
        '[tool.uv.sources]\n',
        '[tool.uv.sources]\nclick = { git = "git+https://git@github.com/pallets/click", subdirectory = "src/", lfs = true, branch = "release/8.x" }\n',
      ),
    );
    edit(dir, 'uv.lock', (text) =>
      text.replace(
        `{ name = "click", marker = "extra == 'cli'", specifier = ">=8.0" }`,
        `{ name = "click", marker = "extra == 'cli'", git = "https://github.com/pallets/click?subdirectory=src&lfs=true&branch=release%2F8.x" }`,
      ),
    );
    expect((await check(dir)).kinds).toEqual([]);
    // uv writes the subdirectory as written and reads it back as a path: `src/` is `src`, `./src` is not.
    edit(dir, 'pyproject.toml', (text) => text.replace('subdirectory = "src/"', 'subdirectory = "./src"'));
    expect((await check(dir)).kinds).toEqual(['spec-mismatch']);
    edit(dir, 'uv.lock', (text) => text.replace('?subdirectory=src&', '?subdirectory=.%2Fsrc&'));
    expect((await check(dir)).kinds).toEqual([]);
    edit(dir, 'pyproject.toml', (text) => text.replace('subdirectory = "./src"', 'subdirectory = "lib"'));
    expect((await check(dir)).kinds).toEqual(['spec-mismatch']);
  });

  it('an ssh git source keeps its git user, and an archive inside the repository its path (uv RequirementSourceWire)', async () => {
    const dir = scratch('uv');
    edit(dir, 'pyproject.toml', (text) =>
      text.replace(
        '[tool.uv.sources]\n',
        '[tool.uv.sources]\nclick = { git = "ssh://git@github.com/pallets/click", tag = "8.1.7" }\n',
      ),
    );
    const locked = `{ name = "click", marker = "extra == 'cli'", specifier = ">=8.0" }`;
    edit(dir, 'uv.lock', (text) =>
      text.replace(
        locked,
        `{ name = "click", marker = "extra == 'cli'", git = "ssh://git@github.com/pallets/click?tag=8.1.7" }`,
      ),
    );
    expect((await check(dir)).kinds).toEqual([]);
    edit(dir, 'pyproject.toml', (text) =>
      text.replace('tag = "8.1.7" }', 'path = "dist/click-8.1.7.tar.gz", tag = "8.1.7" }'),
    );
    expect((await check(dir)).kinds).toEqual(['spec-mismatch']);
    edit(dir, 'uv.lock', (text) =>
      text.replace('click?tag=8.1.7', 'click?path=dist%2Fclick-8.1.7.tar.gz&tag=8.1.7'),
    );
    expect((await check(dir)).kinds).toEqual([]);
  });

  it('members: uv globs enter dot folders; an empty legacy dev-dependencies is still a locked group', async () => {
    const dir = scratch('uv');
    renameSync(join(dir, 'packages/lib'), join(dir, 'packages/.lib'));
    edit(dir, 'uv.lock', (text) => text.replace('editable = "packages/lib"', 'editable = "packages/.lib"'));
    edit(dir, 'pyproject.toml', (text) =>
      text.replace('[tool.uv.sources]', '[tool.uv]\ndev-dependencies = []\n\n[tool.uv.sources]'),
    );
    edit(dir, 'uv.lock', (text) =>
      text.replace('lint = [{ name = "ruff" }]', 'lint = [{ name = "ruff" }]\nold = []'),
    );
    // `old` is a group the manifest does not have; `dev` = [] from tool.uv merges into the dev group.
    expect((await check(dir)).kinds).toEqual(['extraneous']);
  });

  it('an include-group names its group as any spelling that normalises to it (PEP 735), as uv resolves it', async () => {
    const dir = scratch();
    const lock = (groups: string) =>
      `version = 1\nrevision = 3\nrequires-python = ">=3.10"\n\n[[package]]\nname = "app"\nversion = "0.1.0"\nsource = { virtual = "." }\n\n[package.dev-dependencies]\n${groups.replaceAll(', specifier = ">=8"', '')}\n[package.metadata]\n\n[package.metadata.requires-dev]\n${groups}\n[[package]]\nname = "pytest"\nversion = "8.3.0"\nsource = { registry = "https://pypi.org/simple" }\nsdist = { url = "https://files.pythonhosted.org/packages/aa/bb/pytest-8.3.0.tar.gz", hash = "sha256:${'0'.repeat(64)}", size = 100 }\n`;
    writeFileSync(
      join(dir, 'pyproject.toml'),
      '[project]\nname = "app"\nversion = "0.1.0"\nrequires-python = ">=3.10"\ndependencies = []\n\n[dependency-groups]\nTest_Deps = ["pytest>=8"]\ndev = [{ include-group = "test-deps" }]\n\n[tool.uv]\npackage = false\n',
    );
    writeFileSync(
      join(dir, 'uv.lock'),
      lock(
        'dev = [{ name = "pytest", specifier = ">=8" }]\ntest-deps = [{ name = "pytest", specifier = ">=8" }]\n',
      ),
    );
    expect((await check(dir)).errors).toEqual([]);
    edit(dir, 'pyproject.toml', (text) =>
      text.replace('include-group = "test-deps"', 'include-group = "TEST.deps"'),
    );
    expect((await check(dir)).errors).toEqual([]);
    edit(dir, 'pyproject.toml', (text) =>
      text.replace('dev = [{ include-group = "TEST.deps" }]', 'dev = []'),
    );
    expect((await check(dir)).kinds).toEqual(['extraneous']);
  });

  it('a member that says [tool.uv] managed = false is no workspace member (uv omits it)', async () => {
    const dir = scratch();
    writeFileSync(
      join(dir, 'pyproject.toml'),
      '[project]\nname = "app"\nversion = "0.1.0"\nrequires-python = ">=3.10"\ndependencies = []\n\n[tool.uv]\npackage = false\n\n[tool.uv.workspace]\nmembers = ["packages/*"]\n',
    );
    writeFileSync(
      join(dir, 'uv.lock'),
      'version = 1\nrevision = 3\nrequires-python = ">=3.10"\n\n[[package]]\nname = "app"\nversion = "0.1.0"\nsource = { virtual = "." }\n',
    );
    mkdirSync(join(dir, 'packages/tool'), { recursive: true });
    writeFileSync(
      join(dir, 'packages/tool/pyproject.toml'),
      '[project]\nname = "tool"\nversion = "0.1.0"\ndependencies = ["click"]\n\n[tool.uv]\nmanaged = false\n',
    );
    expect((await check(dir)).errors).toEqual([]);
    edit(dir, 'packages/tool/pyproject.toml', (text) => text.replace('managed = false', 'managed = true'));
    expect((await check(dir)).kinds).toContain('workspace');
  });

  it("uv's exclude globs are Rust's: `*` crosses `/`, so `packages/*` leaves out a nested member too", async () => {
    const dir = scratch();
    writeFileSync(
      join(dir, 'pyproject.toml'),
      '[project]\nname = "app"\nversion = "0.1.0"\nrequires-python = ">=3.10"\ndependencies = []\n\n[tool.uv]\npackage = false\n\n[tool.uv.workspace]\nmembers = ["packages/*", "packages/*/plugins/*"]\nexclude = ["packages/*"]\n',
    );
    writeFileSync(
      join(dir, 'uv.lock'),
      'version = 1\nrevision = 3\nrequires-python = ">=3.10"\n\n[[package]]\nname = "app"\nversion = "0.1.0"\nsource = { virtual = "." }\n',
    );
    mkdirSync(join(dir, 'packages/core/plugins/extra'), { recursive: true });
    writeFileSync(
      join(dir, 'packages/core/pyproject.toml'),
      '[project]\nname = "core"\nversion = "0.1.0"\ndependencies = []\n',
    );
    writeFileSync(
      join(dir, 'packages/core/plugins/extra/pyproject.toml'),
      '[project]\nname = "extra"\nversion = "0.1.0"\ndependencies = []\n',
    );
    expect((await check(dir)).errors).toEqual([]);
    // Excluding the one folder by name keeps the plugin below it a member, which the lock must then hold.
    edit(dir, 'pyproject.toml', (text) =>
      text.replace('exclude = ["packages/*"]', 'exclude = ["packages/core"]'),
    );
    const kept = await check(dir);
    expect(kept.errors.map((problem) => problem.message)).toContain(
      'extra (packages/core/plugins/extra) is not in uv.lock',
    );
  });

  it('a dynamic-version package may be locked with its self-referencing extras flattened out', async () => {
    const dir = scratch('uv');
    edit(dir, 'pyproject.toml', (text) =>
      text
        .replace('version = "0.1.0"\n', 'dynamic = ["version"]\n')
        .replace('cli = ["click>=8.0"]', 'cli = ["click>=8.0"]\nall = ["fixture-uv[cli]"]'),
    );
    edit(dir, 'uv.lock', (text) =>
      text.replace('name = "fixture-uv"\nversion = "0.1.0"\n', 'name = "fixture-uv"\n'),
    );
    expect((await check(dir)).kinds).toEqual([]);
    // With a version, the lock must hold the self-reference as written.
    edit(dir, 'pyproject.toml', (text) => text.replace('dynamic = ["version"]\n', 'version = "0.1.0"\n'));
    edit(dir, 'uv.lock', (text) =>
      text.replace('name = "fixture-uv"\n', 'name = "fixture-uv"\nversion = "0.1.0"\n'),
    );
    // The new extra `all` is also one the lock does not provide.
    expect((await check(dir)).kinds).toEqual(['spec-mismatch', 'not-locked']);
  });

  it('the extras a project provides are the locked provides-extras, an empty one too (uv, revision 1 and later)', async () => {
    const dir = scratch('uv');
    expect((await check(dir)).errors).toEqual([]);
    edit(dir, 'pyproject.toml', (text) =>
      text.replace('cli = ["click>=8.0"]', 'cli = ["click>=8.0"]\nDocs = []'),
    );
    const added = await check(dir);
    expect(added.kinds).toEqual(['spec-mismatch']);
    expect(added.errors[0]?.message).toContain('(docs is new)');
    edit(dir, 'uv.lock', (text) =>
      text.replace('provides-extras = ["cli"]', 'provides-extras = ["cli", "docs"]'),
    );
    expect((await check(dir)).errors).toEqual([]);
    // So do a Poetry project's, declared under [tool.poetry] rather than [project] dependencies.
    edit(dir, 'pyproject.toml', (text) => text.replace('Docs = []', 'Docs = []\nextra2 = []'));
    const declared = readFileSync(join(dir, 'pyproject.toml'), 'utf8');
    const dependencies = /^dependencies = \[[^\]]*\]\n/m.exec(declared)?.[0] ?? '';
    edit(
      dir,
      'pyproject.toml',
      (text) => text.replace(dependencies, '') + '\n[tool.poetry.dependencies]\npython = ">=3.10"\n',
    );
    expect((await check(dir)).kinds).not.toContain('spec-mismatch');
    writeFileSync(join(dir, 'pyproject.toml'), declared);
    edit(dir, 'pyproject.toml', (text) => text.replace('Docs = []\nextra2 = []', 'Docs = []'));
    // Dynamic extras come from the build backend, which is not run.
    edit(dir, 'pyproject.toml', (text) =>
      text.replace('[project]\n', '[project]\ndynamic = ["optional-dependencies"]\n'),
    );
    edit(dir, 'uv.lock', (text) =>
      text.replace('provides-extras = ["cli", "docs"]', 'provides-extras = ["cli", "gone"]'),
    );
    expect((await check(dir)).kinds).not.toContain('spec-mismatch');
  });

  it("a lock of revision 4 without a package's metadata is not compared (uv does not compare it either)", async () => {
    const dir = scratch('uv');
    edit(dir, 'uv.lock', (text) =>
      text
        .replace('revision = 2', 'revision = 4')
        .replace('[package.metadata]\nrequires-dist = [{ name = "idna", specifier = ">=3" }]\n', ''),
    );
    edit(dir, 'packages/lib/pyproject.toml', (text) => text.replace('"idna>=3"', '"idna>=3", "rich"'));
    const outcome = await check(dir);
    expect(outcome.errors.map((problem) => problem.message)).toEqual([]);
    expect(
      outcome.problems.filter((problem) => problem.severity === 'warning').map((problem) => problem.kind),
    ).toEqual(['unsupported-format']);
    edit(dir, 'uv.lock', (text) => text.replace('revision = 4', 'revision = 3'));
    expect((await check(dir)).errors.map((problem) => `${problem.kind} ${problem.package}`)).toEqual([
      'not-locked idna',
      'not-locked rich',
    ]);
  });

  it('reads dependency groups under the alias uv 0.4.27 wrote, and refuses a table with both names', async () => {
    // uv-resolver src/lock/mod.rs, PackageWire and PackageMetadata: `#[serde(rename = "dev-dependencies",
    // alias = "dependency-groups")]` and `#[serde(rename = "requires-dev", alias = "dependency-groups")]`; uv test
    // `lock_dev_dependencies_alias` (crates/uv/tests/lock/lock.rs) passes `--locked` on such a lock.
    const dir = scratch('uv');
    edit(dir, 'uv.lock', (text) =>
      text
        .replace('[package.dev-dependencies]', '[package.dependency-groups]')
        .replace('[package.metadata.requires-dev]', '[package.metadata.dependency-groups]'),
    );
    expect((await check(dir)).problems).toEqual([]);
    edit(dir, 'pyproject.toml', (text) => text.replace('lint = ["ruff"]', 'lint = ["ruff>=0.5"]'));
    expect((await check(dir)).kinds).toEqual(['spec-mismatch', 'spec-mismatch']);
    // serde rejects a struct with a field under both names (duplicate field): uv cannot read the lock.
    edit(dir, 'uv.lock', (text) =>
      text.replace(
        '[package.metadata.dependency-groups]',
        '[package.metadata.requires-dev]\ndev = []\n\n[package.metadata.dependency-groups]',
      ),
    );
    expect((await check(dir)).errors.map((problem) => `${problem.kind} ${problem.package}`)).toEqual([
      'parse fixture-uv',
    ]);
  });

  it('a static version must be the locked one, by PEP 440 equality, in the project and its members', async () => {
    // uv-resolver src/lock/mod.rs, Lock::satisfies: a source tree's static `version` from pyproject.toml against
    // the locked one (`static_version != *version` gives SatisfiesResult::MismatchedVersion), uv's Version
    // equality; uv test `lock_bump_static_version`. Checked before the metadata, so also in a revision 4 lock.
    const dir = scratch('uv');
    edit(dir, 'pyproject.toml', (text) => text.replace('version = "0.1.0"', 'version = "0.1"'));
    edit(dir, 'packages/lib/pyproject.toml', (text) =>
      text.replace('version = "0.2.0"', 'version = "v0.2.0"'),
    );
    expect((await check(dir)).problems).toEqual([]);
    edit(dir, 'pyproject.toml', (text) => text.replace('version = "0.1"', 'version = "0.1.1"'));
    edit(dir, 'packages/lib/pyproject.toml', (text) =>
      text.replace('version = "v0.2.0"', 'version = "0.3.0"'),
    );
    const { errors } = await check(dir);
    expect(errors.map((problem) => `${problem.kind} ${problem.file}:${problem.line}`)).toEqual([
      'spec-mismatch pyproject.toml:3',
      'spec-mismatch packages/lib/pyproject.toml:3',
    ]);
    expect(errors[0]!.message).toBe(
      'fixture-uv has version 0.1.1 in pyproject.toml but uv.lock locked version 0.1.0',
    );
    edit(dir, 'uv.lock', (text) =>
      text
        .replace('revision = 2', 'revision = 4')
        .replace('[package.metadata]\nrequires-dist = [{ name = "idna", specifier = ">=3" }]\n', ''),
    );
    expect((await check(dir)).errors.map((problem) => problem.package)).toEqual([
      'fixture-uv',
      'fixture-lib',
    ]);
  });

  it('a version that turns dynamic, or static, is stale; a dynamic one is not compared', async () => {
    // uv-resolver src/lock/mod.rs, Lock::satisfies: a locked version whose source tree lists `version` in
    // `[project] dynamic` gives MismatchedDynamic(name, false); a package locked without a version (dynamic,
    // PackageId::from_annotated_dist omits it) whose pyproject.toml is static gives MismatchedDynamic(name, true).
    // uv tests `lock_static_to_dynamic`, `lock_dynamic_to_static`, `lock_dynamic_version`.
    const dir = scratch('uv');
    edit(dir, 'packages/lib/pyproject.toml', (text) =>
      text.replace('version = "0.2.0"', 'dynamic = ["version"]'),
    );
    expect((await check(dir)).errors.map((problem) => `${problem.kind} ${problem.package}`)).toEqual([
      'spec-mismatch fixture-lib',
    ]);
    edit(dir, 'uv.lock', (text) =>
      text.replace('name = "fixture-lib"\nversion = "0.2.0"\n', 'name = "fixture-lib"\n'),
    );
    expect((await check(dir)).problems).toEqual([]);
    edit(dir, 'packages/lib/pyproject.toml', (text) =>
      text.replace('dynamic = ["version"]', 'version = "0.2.0"'),
    );
    const { errors } = await check(dir);
    expect(errors.map((problem) => `${problem.kind} ${problem.package}`)).toEqual([
      'spec-mismatch fixture-lib',
    ]);
    expect(errors[0]!.message).toBe(
      'fixture-lib has version 0.2.0 in packages/lib/pyproject.toml but uv.lock locked its version as dynamic',
    );
  });

  it('an empty dependency group is locked as one from revision 1, and left out on both sides before it', async () => {
    // uv-resolver src/lock/mod.rs, Lock::satisfies_requires_dist: expected and locked `requires-dev` maps are
    // compared with empty groups kept only when Lock::includes_empty_groups (version 1 revision >= 1); uv records
    // one as `foo = []` (tests `lock_empty_dependency_group`, `lock_add_empty_dependency_group`).
    const dir = scratch('uv');
    edit(dir, 'pyproject.toml', (text) => text.replace('lint = ["ruff"]', 'lint = ["ruff"]\ndocs = []'));
    const { errors } = await check(dir);
    expect(errors.map((problem) => `${problem.kind} ${problem.package} ${problem.line}`)).toEqual([
      'not-locked docs 17',
    ]);
    edit(dir, 'uv.lock', (text) =>
      text.replace('lint = [{ name = "ruff" }]', 'lint = [{ name = "ruff" }]\ndocs = []'),
    );
    expect((await check(dir)).problems).toEqual([]);
    edit(dir, 'pyproject.toml', (text) => text.replace('\ndocs = []', ''));
    expect((await check(dir)).kinds).toEqual(['extraneous']);
    // A lock without a revision: uv drops empty groups from both maps, so neither direction is stale.
    edit(dir, 'uv.lock', (text) => text.replace('revision = 2\n', ''));
    expect((await check(dir)).errors).toEqual([]);
    edit(dir, 'pyproject.toml', (text) => text.replace('lint = ["ruff"]', 'lint = ["ruff"]\nnotes = []'));
    expect((await check(dir)).errors).toEqual([]);
  });

  it('fails closed on an unknown lock version and lints index URLs', async () => {
    const dir = scratch('uv');
    edit(dir, 'uv.lock', (text) =>
      text.replace(
        'source = { registry = "https://pypi.org/simple" }\nsdist = { url = "https://files.pythonhosted.org/packages/21',
        'source = { registry = "http://pypi.internal.example/simple" }\nsdist = { url = "https://files.pythonhosted.org/packages/21',
      ),
    );
    expect((await check(dir)).errors.map((problem) => `${problem.kind} ${problem.package}`)).toEqual([
      'https idna',
      'host idna',
    ]);
    edit(dir, 'uv.lock', (text) => text.replace('version = 1\n', 'version = 2\n'));
    expect((await check(dir)).errors).toEqual([
      expect.objectContaining({ kind: 'unsupported-format', line: 1 }),
    ]);
  });

  it('reports invalid TOML with its line', async () => {
    const dir = scratch('uv');
    edit(dir, 'uv.lock', (text) => text.replace('version = "3.7"', 'version = "3.7'));
    const { errors } = await check(dir);
    expect(errors[0]).toMatchObject({ kind: 'parse', file: 'uv.lock' });
    expect(errors[0]!.message).toMatch(/^uv\.lock:\d+: invalid TOML: /);
    const line = readFileSync(join(dir, 'uv.lock'), 'utf8').split('\n').indexOf('version = "3.7') + 1;
    expect(errors[0]!.line).toBe(line);
  });
});

describe('poetry.lock content-hash', () => {
  it.each(['poetry-1', 'poetry-2'])('matches the hash Poetry wrote for %s', async (fixture) => {
    expect((await check(scratch(fixture))).problems).toEqual([]);
  });

  it('stays ok after cosmetic edits and goes stale when a dependency changes', async () => {
    const dir = scratch('poetry-2');
    edit(dir, 'pyproject.toml', (text) =>
      text.replace('description = "Poetry 2.x', 'description = "Changed; Poetry 2.x'),
    );
    expect((await check(dir)).status).toBe('ok');
    edit(dir, 'pyproject.toml', (text) => text.replace('pytest = "^8.0"', 'pytest = "^8.1"'));
    const { errors } = await check(dir);
    expect(errors).toEqual([
      expect.objectContaining({ kind: 'content-hash', file: 'pyproject.toml', line: 1, fix: 'poetry lock' }),
    ]);
  });

  // Poetry 2.4.1 Locker.is_fresh: the hash without [dependency-groups] (what Poetry before 2.3.0 wrote) counts
  // only when the lock's first line names such a Poetry (`re.search("Poetry ([^ ]+)", …)`, `version <
  // Version.parse("2.3.0")`); `poetry check --lock` fails a lock a later Poetry wrote, or one without a version.
  it.each([
    ['Poetry 2.1.3', 'ok'],
    ['Poetry 2.3.0b1', 'ok'],
    ['Poetry 2.3.0', 'stale'],
    ['Poetry 2.4.1', 'stale'],
    ['Poetry', 'stale'],
  ])(
    'takes the hash without [dependency-groups] from a lock whose header names %s: %s',
    async (writer, verdict) => {
      const dir = scratch('poetry-2');
      edit(dir, 'pyproject.toml', (text) => `${text}\n[dependency-groups]\nlint = ["ruff>=0.5"]\n`);
      if (writer !== 'Poetry 2.1.3')
        edit(dir, 'poetry.lock', (text) => text.replace('by Poetry 2.1.3 and', `by ${writer} and`));
      const { errors } = await check(dir);
      expect(errors.map((problem) => problem.kind)).toEqual(verdict === 'ok' ? [] : ['content-hash']);
    },
  );

  it('fails closed on lock-version 3', async () => {
    const dir = scratch('poetry-1');
    edit(dir, 'poetry.lock', (text) => text.replace('lock-version = "2.0"', 'lock-version = "3.0"'));
    expect((await check(dir)).errors).toEqual([expect.objectContaining({ kind: 'unsupported-format' })]);
  });

  it('lints legacy source URLs', async () => {
    const dir = scratch('poetry-1');
    edit(dir, 'poetry.lock', (text) =>
      text.replace('url = "https://pypi.org/simple"', 'url = "http://mirror.example.com/simple"'),
    );
    expect((await check(dir)).errors.map((problem) => `${problem.kind} ${problem.package}`)).toEqual([
      'https requests',
      'host requests',
    ]);
  });

  it('dumps JSON byte for byte like Python json.dumps(sort_keys=True)', () => {
    expect(pythonJsonDumps({ b: [1n, 2.5, 3], a: { é: 'ünï "q"\n', z: null, t: true } })).toBe(
      '{"a": {"t": true, "z": null, "\\u00e9": "\\u00fcn\\u00ef \\"q\\"\\n"}, "b": [1, 2.5, 3.0]}',
    );
  });

  const python = (() => {
    try {
      execFileSync('python3', ['-c', 'import tomllib'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  // Poetry's own algorithm (Locker._get_content_hash as of 2.3, with [dependency-groups]), run by CPython on
  // generated pyprojects.
  (python ? it : it.skip)('agrees with a CPython replica of Poetry on generated pyprojects', () => {
    const dir = scratch();
    const script = `
import json, sys, tomllib
from hashlib import sha256
legacy = ["dependencies", "source", "extras", "dev-dependencies"]
for path in sys.argv[1:]:
    data = tomllib.load(open(path, "rb"))
    project = data.get("project", {}); tool = data.get("tool", {}).get("poetry", {})
    groups = data.get("dependency-groups", {})
    rp = {k: project[k] for k in ["requires-python", "dependencies", "optional-dependencies"] if project.get(k) is not None}
    rt = {k: tool.get(k) for k in [*legacy, "group"] if not (tool.get(k) is None and (k not in legacy or rp or groups))}
    content = {}
    if rp: content["project"] = rp
    if groups: content["dependency-groups"] = groups
    if content: content["tool"] = {"poetry": rt}
    else: content = rt
    print(sha256(json.dumps(content, sort_keys=True).encode()).hexdigest())
`;
    const names = ['Ünïcode', 'zeta', 'alpha', 'a-b', 'A_B', '日本'];
    const files: string[] = [];
    for (let index = 0; index < 12; index++) {
      const pick = (offset: number) => names[(index + offset) % names.length]!;
      const project =
        index % 3 === 0
          ? `[project]\nname = "p${index}"\nrequires-python = ">=3.${index}"\ndependencies = ["${pick(1)}>=1.${index}", "${pick(2)} ; python_version < '3.${index}'"]\n\n`
          : '';
      const text = `${project}[tool.poetry]\nname = "p${index}"\n\n[tool.poetry.dependencies]\npython = "^3.9"\n"${pick(0)}" = { version = "^${index}.0", optional = ${index % 2 === 0}, extras = ["x", "é"] }\nweight = ${index}.5\ncount = ${index}\n\n[tool.poetry.group.dev.dependencies]\n"${pick(3)}" = "*"\n${index % 4 === 0 ? `\n[tool.poetry.extras]\nall = ["${pick(0)}"]\n` : ''}${index % 4 === 1 ? `\n[dependency-groups]\ndev = ["${pick(4)}>=8"]\n` : ''}`;
      const file = join(dir, `p${index}.toml`);
      writeFileSync(file, text);
      files.push(file);
    }
    const expected = execFileSync('python3', ['-c', script, ...files], { encoding: 'utf8' })
      .trim()
      .split('\n');
    const ours = files.map((file) => {
      const text = readFileSync(file, 'utf8');
      return poetryContentHashes(parse(text, { integersAsBigInt: true }) as Record<string, unknown>)[0];
    });
    expect(ours).toEqual(expected);
  });

  it('reads the real fixtures the same way the CPython replica does', () => {
    const hashes = ['poetry-1', 'poetry-2'].map(
      (fixture) =>
        poetryContentHashes(
          parse(readFileSync(join(FIXTURES, fixture, 'pyproject.toml'), 'utf8'), {
            integersAsBigInt: true,
          }) as Record<string, unknown>,
        )[0],
    );
    expect(hashes).toEqual([
      '159628915f257e400c55652bc9b9cd494ee6d92ae521c16b53d21fb304bf4a8c',
      'e89c8e3a316858fd63ee71b46047a857e62b7e26db734e5efec4dde0c8fef6df',
    ]);
  });
});
