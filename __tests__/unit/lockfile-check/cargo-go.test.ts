import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { cargoDependencies, cargoRange } from '../../../actions/lockfile-check/ecosystems/cargo.js';
import { check, edit, scratch } from './helpers.js';

const lineOf = (dir: string, file: string, needle: string) =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(needle)) + 1;

describe('cargo git dependencies', () => {
  const SHA = '719e4efb9b8857ebaa782ae59376c8cbb78fed0f';
  it('compare the git URL and rev/branch/tag with the locked source, as cargo --locked does', async () => {
    const dir = scratch('cargo');
    edit(dir, 'Cargo.toml', (text) =>
      text.replace('cc = "1.0"', 'cc = { git = "https://github.com/rust-lang/cc-rs", branch = "main" }'),
    );
    edit(dir, 'Cargo.lock', (text) =>
      text.replace(
        /source = "registry\+https:\/\/github.com\/rust-lang\/crates.io-index"\nchecksum = "41c2[0-9a-f]+"\n/,
        `source = "git+https://github.com/rust-lang/cc-rs?branch=main#${SHA}"\n`,
      ),
    );
    expect((await check(dir)).errors).toEqual([]);
    edit(dir, 'Cargo.toml', (text) => text.replace('branch = "main"', 'tag = "v1.0.98"'));
    expect((await check(dir)).kinds).toEqual(['unsatisfied']);
  });

  it('a github.com path is compared without case, as cargo canonicalises it (tikv: TiKV/Yatp)', async () => {
    const dir = scratch('cargo');
    edit(dir, 'Cargo.toml', (text) =>
      text.replace('cc = "1.0"', 'cc = { git = "http://GitHub.com/Rust-Lang/CC-rs.git/", branch = "main" }'),
    );
    edit(dir, 'Cargo.lock', (text) =>
      text.replace(
        /source = "registry\+https:\/\/github.com\/rust-lang\/crates.io-index"\nchecksum = "41c2[0-9a-f]+"\n/,
        `source = "git+https://github.com/rust-lang/cc-rs?branch=main#${SHA}"\n`,
      ),
    );
    expect((await check(dir)).errors).toEqual([]);
    // Other hosts keep their paths as written.
    edit(dir, 'Cargo.toml', (text) =>
      text.replace('http://GitHub.com/Rust-Lang/CC-rs.git/', 'https://gitlab.com/Rust-Lang/CC-rs'),
    );
    edit(dir, 'Cargo.lock', (text) =>
      text.replace('https://github.com/rust-lang/cc-rs', 'https://gitlab.com/rust-lang/cc-rs'),
    );
    expect((await check(dir)).kinds).toEqual(['unsatisfied']);
  });

  it('a locked reference is read form-decoded, as lockfile v4 writes it (branch = "feature/x" → feature%2Fx)', async () => {
    // cargo 1.95 `generate-lockfile` wrote these sources, and `metadata --locked --offline` accepts them.
    const dir = scratch('cargo');
    edit(dir, 'Cargo.toml', (text) =>
      text.replace('cc = "1.0"', 'cc = { git = "https://github.com/rust-lang/cc-rs", branch = "feature/x" }'),
    );
    edit(dir, 'Cargo.lock', (text) =>
      text.replace(
        /source = "registry\+https:\/\/github.com\/rust-lang\/crates.io-index"\nchecksum = "41c2[0-9a-f]+"\n/,
        `source = "git+https://github.com/rust-lang/cc-rs?branch=feature%2Fx#${SHA}"\n`,
      ),
    );
    expect((await check(dir)).errors).toEqual([]);
    edit(dir, 'Cargo.toml', (text) => text.replace('branch = "feature/x"', 'tag = "v1.0+build"'));
    edit(dir, 'Cargo.lock', (text) => text.replace('?branch=feature%2Fx', '?tag=v1.0%2Bbuild'));
    expect((await check(dir)).errors).toEqual([]);
    // Lockfile v3 wrote the reference as it is; a `/` reads back the same.
    edit(dir, 'Cargo.toml', (text) => text.replace('tag = "v1.0+build"', 'branch = "release/1.x"'));
    edit(dir, 'Cargo.lock', (text) => text.replace('?tag=v1.0%2Bbuild', '?branch=release/1.x'));
    expect((await check(dir)).errors).toEqual([]);
    edit(dir, 'Cargo.lock', (text) => text.replace('?branch=release/1.x', '?branch=release%2F2.x'));
    expect((await check(dir)).kinds).toEqual(['unsatisfied']);
  });

  it('a github.com URL with a user (ssh://git@github.com/…) is compared without case too, the user kept', async () => {
    const dir = scratch('cargo');
    edit(dir, 'Cargo.toml', (text) =>
      text.replace('cc = "1.0"', 'cc = { git = "ssh://git@github.com/Rust-Lang/CC-rs", rev = "719e4ef" }'),
    );
    edit(dir, 'Cargo.lock', (text) =>
      text.replace(
        /source = "registry\+https:\/\/github.com\/rust-lang\/crates.io-index"\nchecksum = "41c2[0-9a-f]+"\n/,
        `source = "git+ssh://git@github.com/rust-lang/cc-rs?rev=719e4ef#${SHA}"\n`,
      ),
    );
    expect((await check(dir)).errors).toEqual([]);
    // cargo keeps the user in its canonical URL: the same repository over https is another source.
    edit(dir, 'Cargo.lock', (text) => text.replace('git+ssh://git@github.com/', 'git+https://github.com/'));
    expect((await check(dir)).kinds).toEqual(['unsatisfied']);
  });

  it('a git dependency [patch."<url>"] redirects is locked from the patch, not from the URL', async () => {
    const dir = scratch('cargo');
    edit(
      dir,
      'Cargo.toml',
      (text) =>
        text.replace('cc = "1.0"', 'cc = { git = "https://github.com/rust-lang/cc-rs", branch = "main" }') +
        '\n[patch."https://github.com/rust-lang/cc-rs"]\ncc = { git = "https://github.com/someone/cc-rs", branch = "fix" }\n',
    );
    edit(dir, 'Cargo.lock', (text) =>
      text.replace(
        /source = "registry\+https:\/\/github.com\/rust-lang\/crates.io-index"\nchecksum = "41c2[0-9a-f]+"\n/,
        `source = "git+https://github.com/someone/cc-rs?branch=fix#${SHA}"\n`,
      ),
    );
    expect((await check(dir)).errors).toEqual([]);
    edit(dir, 'Cargo.toml', (text) =>
      text.replace(
        '[patch."https://github.com/rust-lang/cc-rs"]',
        '[patch."https://github.com/rust-lang/other"]',
      ),
    );
    expect((await check(dir)).kinds).toEqual(['unsatisfied']);
  });
});

describe('cargo path dependencies that are no members', () => {
  // cargo 1.95 `metadata --locked` refuses each stale case (tailwindcss and dioxus keep such fuzz/ lockfiles).
  function layout(): string {
    const dir = scratch();
    const write = (file: string, text: string) => {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), text);
    };
    write('Cargo.toml', '[workspace]\nmembers = ["lib"]\n\n[workspace.package]\nversion = "0.2.0"\n');
    write(
      'lib/Cargo.toml',
      '[package]\nname = "lib"\nversion.workspace = true\n\n[dependencies]\nitoa = { version = "1", optional = true }\n\n[dev-dependencies]\nryu = "1"\n',
    );
    write(
      'app/Cargo.toml',
      '[package]\nname = "app"\nversion = "0.1.0"\n\n[workspace]\n\n[dependencies]\nlib = { path = "../lib" }\n',
    );
    write(
      'app/Cargo.lock',
      '# This file is automatically @generated by Cargo.\nversion = 4\n\n[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = [\n "lib",\n]\n\n[[package]]\nname = "lib"\nversion = "0.2.0"\n',
    );
    return dir;
  }

  it('are locked with their version, read from their own workspace; their dev and unasked optional dependencies are not', async () => {
    const dir = layout();
    expect((await check(dir)).errors).toEqual([]);
    edit(dir, 'Cargo.toml', (text) => text.replace('version = "0.2.0"', 'version = "0.3.0"'));
    const bumped = await check(dir);
    expect(bumped.errors.map((problem) => [problem.kind, problem.file, problem.message])).toEqual([
      ['workspace', 'lib/Cargo.toml', 'lib is version 0.3.0 but app/Cargo.lock locks 0.2.0'],
    ]);
  });

  it('an optional dependency a feature asked for is locked and judged; one no longer declared is extraneous', async () => {
    const dir = layout();
    edit(dir, 'app/Cargo.lock', (text) =>
      text.replace(
        'version = "0.2.0"\n',
        'version = "0.2.0"\ndependencies = [\n "itoa",\n]\n\n[[package]]\nname = "itoa"\nversion = "1.0.11"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "49f1f14873335454500d59611f1cf4a4b0f786f9ac11f4312a78e4cf2566695b"\n',
      ),
    );
    expect((await check(dir)).errors).toEqual([]);
    edit(dir, 'lib/Cargo.toml', (text) =>
      text.replace('itoa = { version = "1", optional = true }', 'itoa = { version = "2", optional = true }'),
    );
    expect((await check(dir)).kinds).toEqual(['unsatisfied']);
    edit(dir, 'lib/Cargo.toml', (text) => text.replace('itoa = { version = "2", optional = true }\n', ''));
    expect((await check(dir)).kinds).toEqual(['extraneous']);
  });

  it('an optional path dependency of a crate that is no member, which no feature asks for, is not followed', async () => {
    // cargo 1.95 `generate-lockfile` locks app and lib only; `metadata --locked` passes.
    const dir = layout();
    edit(dir, 'lib/Cargo.toml', (text) =>
      text.replace('[dependencies]\n', '[dependencies]\next = { path = "../ext", optional = true }\n'),
    );
    mkdirSync(join(dir, 'ext'));
    writeFileSync(join(dir, 'ext/Cargo.toml'), '[package]\nname = "ext"\nversion = "0.1.0"\n');
    expect((await check(dir)).errors).toEqual([]);
  });
});

describe('Cargo.lock', () => {
  it('passes the fixture (workspace, inherited versions, renames, target deps)', async () => {
    expect((await check(scratch('cargo'))).problems).toEqual([]);
  });

  it('two versions of one crate (one renamed) each satisfy their own requirement', async () => {
    const dir = scratch('cargo');
    edit(dir, 'Cargo.toml', (text) =>
      text.replace('itoa = "1"', 'itoa = "1"\nitoa-old = { package = "itoa", version = "0.4" }'),
    );
    // Cargo lists an ambiguous name with its version, once per version.
    edit(dir, 'Cargo.lock', (text) =>
      text
        .replace(' "itoa",\n', ' "itoa 0.4.8",\n "itoa 1.0.11",\n')
        .replace(
          '[[package]]\nname = "itoa"\n',
          '[[package]]\nname = "itoa"\nversion = "0.4.8"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "b71991ff56294aa922b450139ee08b3bfc70982c6b2c7562771375cf73542dd4"\n\n[[package]]\nname = "itoa"\n',
        ),
    );
    expect((await check(dir)).errors).toEqual([]);
    edit(dir, 'Cargo.toml', (text) => text.replace('version = "0.4" }', 'version = "0.5" }'));
    expect((await check(dir)).kinds).toEqual(['unsatisfied']);
  });

  it.each([
    ['a common requirement (read without node-semver)', '"1.0.10"', '"1.0.12"'],
    ['one only node-semver reads (build metadata)', '"=1.0.11+build.1"', '"=1.0.12+build.1"'],
  ])('judges %s against the locked version', async (_name, satisfied, unsatisfied) => {
    const dir = scratch('cargo');
    edit(dir, 'Cargo.toml', (text) => text.replace('itoa = "1"', `itoa = ${satisfied}`));
    expect((await check(dir)).errors).toEqual([]);
    edit(dir, 'Cargo.toml', (text) => text.replace(`itoa = ${satisfied}`, `itoa = ${unsatisfied}`));
    const outcome = await check(dir);
    expect(outcome.kinds).toEqual(['unsatisfied']);
    expect(outcome.errors.length).toBe(1);
  });

  it('format 1 (no version field) keeps checksums in [metadata], where they count', async () => {
    const dir = scratch('cargo');
    const moved: string[] = [];
    edit(dir, 'Cargo.lock', (text) => {
      const v1 = text
        .replace('version = 4\n', '')
        .replace(
          /name = "([^"]+)"\nversion = "([^"]+)"\nsource = "([^"]+)"\nchecksum = "([0-9a-f]+)"\n/g,
          (_all, name, version, source, sum) => {
            moved.push(`"checksum ${name} ${version} (${source})" = "${sum}"`);
            return `name = "${name}"\nversion = "${version}"\nsource = "${source}"\n`;
          },
        );
      return `${v1}\n[metadata]\n${moved.join('\n')}\n`;
    });
    expect(moved.length).toBeGreaterThan(0);
    expect((await check(dir)).errors).toEqual([]);
    edit(dir, 'Cargo.lock', (text) => text.replace(/\n"checksum libc [^\n]+/, ''));
    expect((await check(dir)).kinds).toEqual(['integrity']);
  });

  it('format 1 written by cargo before 1.24 keeps the root crate in a [root] table (fd, just, tikv tags)', async () => {
    const dir = scratch('cargo');
    edit(dir, 'Cargo.lock', (text) =>
      text
        .replace('version = 4\n', '')
        .replace('[[package]]\nname = "fixture-app"', '[root]\nname = "fixture-app"'),
    );
    expect((await check(dir)).errors).toEqual([]);
  });

  it('workspace.exclude leaves out every member below the path, unless a member names it literally', async () => {
    const dir = scratch('cargo');
    mkdirSync(join(dir, 'tools/t1'), { recursive: true });
    writeFileSync(join(dir, 'tools/t1/Cargo.toml'), '[package]\nname = "t1"\nversion = "0.1.0"\n');
    edit(dir, 'Cargo.toml', (text) =>
      text.replace('members = ["crates/*"]', 'members = ["crates/*", "tools/*"]\nexclude = ["tools"]'),
    );
    expect((await check(dir)).errors).toEqual([]);
    edit(dir, 'Cargo.toml', (text) => text.replace('"tools/*"]', '"tools/*", "tools/t1"]'));
    expect((await check(dir)).kinds).toEqual(['workspace']);
  });

  it('reads [dev_dependencies] and [build_dependencies], the spellings cargo accepts before edition 2024', async () => {
    const dir = scratch('cargo');
    edit(dir, 'Cargo.toml', (text) => text.replace('[dev-dependencies]', '[dev_dependencies]'));
    expect((await check(dir)).errors).toEqual([]);
  });

  it('translates Cargo requirements to semver ranges', () => {
    expect(cargoRange('1.0')).toBe('^1.0');
    expect(cargoRange('=1.0.3')).toBe('=1.0.3');
    expect(cargoRange('>= 1.2, < 2')).toBe('>=1.2 <2');
    expect(cargoRange('~0.2')).toBe('~0.2');
  });

  it('finds new, unsatisfied and removed dependencies on their Cargo.toml lines', async () => {
    const dir = scratch('cargo');
    edit(dir, 'Cargo.toml', (text) =>
      text
        .replace(
          'json = { package = "serde_json", version = "1.0.100" }',
          'json = { package = "serde_json", version = "1.0.200" }\nrand = "0.8"',
        )
        .replace('[build-dependencies]\ncc = "1.0"\n', ''),
    );
    const { errors } = await check(dir);
    expect(errors.map((problem) => [problem.kind, problem.package, problem.line])).toEqual([
      ['unsatisfied', 'serde_json', lineOf(dir, 'Cargo.toml', 'json = {')],
      ['not-locked', 'rand', lineOf(dir, 'Cargo.toml', 'rand =')],
      ['extraneous', 'cc', expect.any(Number)],
    ]);
    expect(errors[0]!.message).toContain('locks serde_json 1.0.117, which does not satisfy "1.0.200"');
    expect(errors[0]!.fix).toBe('cargo update --workspace');
  });

  it('notices a member version bump and target-specific additions', async () => {
    const dir = scratch('cargo');
    edit(dir, 'Cargo.toml', (text) =>
      text
        .replace('[workspace.package]\nversion = "0.3.0"', '[workspace.package]\nversion = "0.4.0"')
        .replace('libc = "0.2"', 'libc = "0.2"\nnix = "0.29"'),
    );
    const { errors } = await check(dir);
    expect(errors.map((problem) => `${problem.kind} ${problem.package} ${problem.file}`)).toEqual([
      'not-locked nix Cargo.toml',
      'workspace fixture-util crates/util/Cargo.toml',
    ]);
    expect(errors[0]!.line).toBe(lineOf(dir, 'Cargo.toml', 'nix ='));
  });

  it('lints registry sources and checksums, and fails closed on new versions', async () => {
    const dir = scratch('cargo');
    edit(dir, 'Cargo.lock', (text) =>
      text
        .replace(
          'name = "itoa"\nversion = "1.0.11"\nsource = "registry+https://github.com/rust-lang/crates.io-index"',
          'name = "itoa"\nversion = "1.0.11"\nsource = "sparse+http://crates.internal.example/"',
        )
        .replace(/(name = "libc"\n[^\n]+\n[^\n]+\n)checksum = "\w+"\n/, '$1'),
    );
    expect((await check(dir)).errors.map((problem) => `${problem.kind} ${problem.package}`)).toEqual([
      'https itoa',
      'host itoa',
      'integrity libc',
    ]);
    edit(dir, 'Cargo.lock', (text) => text.replace('version = 4', 'version = 5'));
    expect((await check(dir)).errors).toEqual([
      expect.objectContaining({ kind: 'unsupported-format', line: 3 }),
    ]);
  });
});

describe('cargo annotations', () => {
  it('point at a dependency written as its own table, not at a same-named key of a later section', async () => {
    const dir = scratch('cargo');
    edit(dir, 'Cargo.toml', (text) =>
      text
        .replace('[dev-dependencies]\nitoa = "1"\n', '[dev-dependencies.itoa]\nversion = "2"\n')
        .replace('cc = "1.0"\n', 'cc = "1.0"\nitoa = "1"\n'),
    );
    const { errors } = await check(dir);
    expect(errors).toEqual([
      expect.objectContaining({
        kind: 'unsatisfied',
        package: 'itoa',
        line: lineOf(dir, 'Cargo.toml', '[dev-dependencies.itoa]'),
      }),
    ]);
  });
});

describe('go.sum', () => {
  it('passes when every require has both hashes (replaced-by-path modules need none)', async () => {
    expect((await check(scratch('go'))).problems).toEqual([]);
  });

  it('names the require line of a module whose hashes are missing; a zip hash alone is a warning', async () => {
    const dir = scratch('go');
    edit(dir, 'go.sum', (text) => text.replace(/^github\.com\/pkg\/errors v0\.9\.1 h1:.*\n/m, ''));
    edit(dir, 'go.mod', (text) =>
      text.replace(
        'require github.com/pkg/errors v0.9.1',
        'require github.com/pkg/errors v0.9.1\nrequire golang.org/x/sync v0.7.0',
      ),
    );
    const { errors, problems } = await check(dir);
    expect(errors.map((problem) => [problem.package, problem.line, problem.message])).toEqual([
      ['golang.org/x/sync', 11, 'golang.org/x/sync v0.7.0 has no h1: hash lines in go.sum'],
    ]);
    expect(errors[0]!.fix).toBe('go mod tidy');
    // go 1.19 with a file:// GOPROXY builds, lists and verifies a module whose required module provides no
    // imported package with only that module's /go.mod hash (hugo v0.56.2, etcd v3.4.14 carry such lines).
    const warning = problems.find((problem) => problem.severity === 'warning');
    expect(warning).toMatchObject({ package: 'github.com/pkg/errors', line: 10, kind: 'missing-sum' });
  });

  it('follows module replacements and reports malformed lines', async () => {
    const dir = scratch('go');
    edit(dir, 'go.mod', (text) =>
      text.replace(
        'replace example.com/local => ../local',
        'replace github.com/pkg/errors => github.com/fork/errors v0.9.2',
      ),
    );
    expect((await check(dir)).errors.map((problem) => problem.message)).toEqual([
      'github.com/fork/errors v0.9.2 has no h1: hash lines in go.sum',
    ]);
    edit(dir, 'go.sum', (text) => `${text}garbage line\n`);
    expect((await check(dir)).errors).toEqual([
      expect.objectContaining({ kind: 'parse', file: 'go.sum', line: 7 }),
    ]);
  });
});

describe('go vendor/modules.txt', () => {
  // As `go mod vendor` (go 1.22) writes it for the fixture's go.mod; go's checkVendorConsistency is the oracle.
  const MODULES_TXT = [
    '# github.com/google/uuid v1.6.0',
    '## explicit',
    'github.com/google/uuid',
    '# github.com/pkg/errors v0.9.1',
    '## explicit',
    'github.com/pkg/errors',
    '# golang.org/x/text v0.14.0',
    '## explicit; go 1.18',
    'golang.org/x/text/cases',
    '# example.com/local => ../local',
    '',
  ].join('\n');
  function vendored(): string {
    const dir = scratch('go');
    mkdirSync(join(dir, 'vendor'));
    writeFileSync(join(dir, 'vendor/modules.txt'), MODULES_TXT);
    return dir;
  }

  it('go builds from vendor/ (go 1.14+): modules.txt must match go.mod, or go reports inconsistent vendoring', async () => {
    const dir = vendored();
    expect((await check(dir)).problems).toEqual([]);
    edit(dir, 'go.mod', (text) =>
      text.replace('github.com/pkg/errors v0.9.1', 'github.com/pkg/errors v0.9.2'),
    );
    const bumped = await check(dir);
    expect(bumped.errors.map((problem) => [problem.kind, problem.file, problem.line, problem.fix])).toEqual([
      ['not-locked', 'go.mod', 10, 'go mod vendor'],
      ['extraneous', 'vendor/modules.txt', 4, 'go mod vendor'],
    ]);
    expect(bumped.errors[0]?.message).toBe(
      'github.com/pkg/errors@v0.9.2 is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt',
    );
    // go.sum is not read in vendor mode: its missing hashes are a warning.
    expect(
      bumped.problems.filter((problem) => problem.severity === 'warning').map((problem) => problem.kind),
    ).toEqual(['missing-sum']);
  });

  it('a replacement must be the one modules.txt records', async () => {
    const dir = vendored();
    edit(dir, 'go.mod', (text) => text.replace('=> ../local', '=> ../other'));
    expect((await check(dir)).errors.map((problem) => problem.message)).toEqual([
      'example.com/local is replaced by ../other in go.mod, but marked as replaced by ../local in vendor/modules.txt',
    ]);
    edit(dir, 'go.mod', (text) => text.replace('replace example.com/local => ../other\n', ''));
    expect((await check(dir)).errors.map((problem) => problem.message)).toEqual([
      'example.com/local is marked as replaced in vendor/modules.txt, but not replaced in go.mod',
    ]);
  });

  it('before go 1.14 go does not vendor by default; a vendored module needs no go.sum', async () => {
    const dir = vendored();
    edit(dir, 'go.mod', (text) =>
      text.replace('github.com/pkg/errors v0.9.1', 'github.com/pkg/errors v0.9.2'),
    );
    edit(dir, 'go.mod', (text) => text.replace('go 1.22', 'go 1.13'));
    expect((await check(dir)).kinds).toEqual(['missing-sum']);
    edit(dir, 'go.mod', (text) => text.replace('go 1.13', 'go 1.22'));
    rmSync(join(dir, 'go.sum'));
    edit(dir, 'go.mod', (text) =>
      text.replace('github.com/pkg/errors v0.9.2', 'github.com/pkg/errors v0.9.1'),
    );
    expect((await check(dir)).problems).toEqual([]);
  });
});

describe('go workspaces (go.work) and files named go.mod that are no module', () => {
  const H1 = 'h1:gQBtGhjxykdjY9YhZpSlZIsbnaE2+PgjfLWUQTnoZ1U=';
  function write(dir: string, file: string, text: string): void {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  /** go.work using app and lib; app requires lib (a workspace module) and x/mod, whose hashes live in lib/go.sum. */
  function workspace(): string {
    const dir = scratch();
    write(dir, 'go.work', 'go 1.22\n\nuse (\n\t./app\n\t./lib\n)\n');
    write(dir, 'lib/go.mod', 'module example.com/lib\n\ngo 1.22\n\nrequire golang.org/x/mod v0.28.0\n');
    write(dir, 'lib/go.sum', `golang.org/x/mod v0.28.0 ${H1}\ngolang.org/x/mod v0.28.0/go.mod ${H1}\n`);
    write(
      dir,
      'app/go.mod',
      'module example.com/app\n\ngo 1.22\n\nrequire (\n\texample.com/lib v0.0.0\n\tgolang.org/x/mod v0.28.0\n)\n',
    );
    return dir;
  }

  it("a workspace module needs no hashes of the workspace's own modules, and finds others in any of its go.sum files", async () => {
    // As go builds it (golang/go#50036: no sums are checked for the workspace's own modules).
    const dir = workspace();
    expect((await check(dir)).problems).toEqual([]);
    // With a go.sum of its own, the hashes it lacks may still come from the workspace (or go.work.sum).
    write(dir, 'app/go.sum', '');
    expect((await check(dir)).problems).toEqual([]);
    write(dir, 'lib/go.sum', '');
    write(dir, 'go.work.sum', `golang.org/x/mod v0.28.0 ${H1}\ngolang.org/x/mod v0.28.0/go.mod ${H1}\n`);
    expect((await check(dir)).problems).toEqual([]);
  });

  it("a sibling workspace module's replace applies to every module, as go's replacementFrom applies it", async () => {
    // go 1.19 `go build ./a ./b` in this workspace needs no hash of example.com/x: b replaces it with a folder.
    const dir = scratch();
    write(dir, 'go.work', 'go 1.19\n\nuse (\n\t./a\n\t./b\n)\n');
    write(dir, 'a/go.mod', 'module example.com/a\n\ngo 1.19\n\nrequire example.com/x v1.0.0\n');
    write(dir, 'a/go.sum', '');
    write(
      dir,
      'b/go.mod',
      'module example.com/b\n\ngo 1.19\n\nrequire example.com/x v1.0.0\n\nreplace example.com/x => ../x\n',
    );
    write(dir, 'b/go.sum', '');
    write(dir, 'x/go.mod', 'module example.com/x\n\ngo 1.19\n');
    expect((await check(dir)).errors).toEqual([]);
    // Out of the workspace, a's requirement is its own again.
    write(dir, 'go.work', 'go 1.19\n\nuse ./a\n');
    expect((await check(dir)).errors.map((problem) => problem.file)).toEqual(['a/go.mod']);
  });

  it('a hash missing from every go.sum of the workspace is missing; a module go.work does not use is on its own', async () => {
    const dir = workspace();
    write(dir, 'lib/go.sum', '');
    write(dir, 'app/go.sum', '');
    const { errors } = await check(dir);
    expect(errors.map((problem) => [problem.file, problem.package, problem.message])).toEqual([
      [
        'app/go.mod',
        'golang.org/x/mod',
        'golang.org/x/mod v0.28.0 has no h1: hash lines in app/go.sum or the rest of its workspace (lib/go.sum)',
      ],
      [
        'lib/go.mod',
        'golang.org/x/mod',
        'golang.org/x/mod v0.28.0 has no h1: hash lines in lib/go.sum or the rest of its workspace (app/go.sum)',
      ],
    ]);
    write(dir, 'go.work', 'go 1.22\n\nuse ./lib\n');
    write(dir, 'lib/go.sum', `golang.org/x/mod v0.28.0 ${H1}\ngolang.org/x/mod v0.28.0/go.mod ${H1}\n`);
    expect((await check(dir)).errors.map((problem) => [problem.file, problem.package])).toEqual([
      ['app/go.mod', 'example.com/lib'],
      ['app/go.mod', 'golang.org/x/mod'],
    ]);
  });

  it('a use path written with a trailing slash names the same module', async () => {
    const dir = workspace();
    write(dir, 'go.work', 'go 1.22\n\nuse (\n\t./app/\n\t./lib/\n)\n');
    expect((await check(dir)).problems).toEqual([]);
  });

  it('a go.mod without a module directive is data, not a module: a warning, and nothing to lock', async () => {
    // sharkdp/bat keeps syntax-highlighted renderings of a go.mod and go.sum as test output; go refuses them.
    const dir = scratch();
    write(dir, 'highlighted/go.mod', '<b>module</b> demo\n\n<b>require</b> golang.org/x/mod v0.28.0\n');
    write(dir, 'highlighted/go.sum', `<i>golang.org/x/mod</i> <i>v0.28.0</i> <i>${H1}</i>\n`);
    const outcome = await check(dir);
    expect(outcome.errors).toEqual([]);
    expect(outcome.problems).toEqual([
      expect.objectContaining({ kind: 'parse', severity: 'warning', file: 'highlighted/go.mod' }),
    ]);
    write(dir, 'highlighted/go.sum', '');
    rmSync(join(dir, 'highlighted/go.sum'));
    expect((await check(dir)).problems).toEqual([]);
  });
});

describe('cargo workspace members that are path dependencies', () => {
  // cargo's Workspace::find_members: every path dependency (any kind, inherited or not, transitively) of the
  // root package or a member, in a folder inside the workspace root, is a member too unless `exclude` leaves it
  // out. cargo 1.95 (`cargo metadata`) lists such crates in `workspace_members`, and run in one of their folders
  // it uses the root's Cargo.lock; nushell 0.73.0 keeps crates/nu-pretty-hex out of `members`, with a stale
  // Cargo.lock of its own that `cargo metadata --locked` never reads.
  function withPathMember(dir: string): void {
    mkdirSync(join(dir, 'tools/hex'), { recursive: true });
    writeFileSync(
      join(dir, 'tools/hex/Cargo.toml'),
      '[package]\nname = "hex"\nversion = "0.2.0"\nedition = "2021"\n\n[dependencies]\nitoa = "1"\n',
    );
    // Stale as a project of its own: it locks hex 0.1.0.
    writeFileSync(
      join(dir, 'tools/hex/Cargo.lock'),
      'version = 4\n\n[[package]]\nname = "hex"\nversion = "0.1.0"\n',
    );
    edit(
      dir,
      'crates/util/Cargo.toml',
      (text) => `${text}\n[dev-dependencies]\nhex = { path = "../../tools/hex" }\n`,
    );
    edit(dir, 'Cargo.lock', (text) =>
      text
        .replace(
          'name = "fixture-util"\nversion = "0.3.0"\ndependencies = [\n',
          'name = "fixture-util"\nversion = "0.3.0"\ndependencies = [\n "hex",\n',
        )
        .replace(
          '[[package]]\nname = "itoa"',
          '[[package]]\nname = "hex"\nversion = "0.2.0"\ndependencies = [\n "itoa",\n]\n\n[[package]]\nname = "itoa"',
        ),
    );
  }

  it("is locked by the root's Cargo.lock: its own is not read, and its dependencies are checked there", async () => {
    const dir = scratch('cargo');
    withPathMember(dir);
    const outcome = await check(dir);
    expect(outcome.errors).toEqual([]);
    expect(outcome.problems).toEqual([
      expect.objectContaining({
        file: 'tools/hex/Cargo.lock',
        severity: 'warning',
        message:
          'tools/hex/Cargo.lock is not read: tools/hex is a workspace member of Cargo.lock, which locks it',
      }),
    ]);
    edit(dir, 'tools/hex/Cargo.toml', (text) => text.replace('itoa = "1"', 'itoa = "2"'));
    expect((await check(dir)).errors).toEqual([
      expect.objectContaining({ kind: 'unsatisfied', file: 'tools/hex/Cargo.toml', package: 'itoa' }),
    ]);
  });

  it("an inherited path is the workspace root's, not the member's (crates/util inherits tools/hex)", async () => {
    const dir = scratch('cargo');
    withPathMember(dir);
    edit(dir, 'Cargo.toml', (text) =>
      text.replace('[workspace.dependencies]\n', '[workspace.dependencies]\nhex = { path = "tools/hex" }\n'),
    );
    edit(dir, 'crates/util/Cargo.toml', (text) =>
      text.replace('hex = { path = "../../tools/hex" }', 'hex = { workspace = true }'),
    );
    edit(dir, 'tools/hex/Cargo.toml', (text) => text.replace('itoa = "1"', 'itoa = "2"'));
    // Found as a member only through the root: its requirement is then checked against the root's lockfile.
    expect((await check(dir)).errors).toEqual([
      expect.objectContaining({ kind: 'unsatisfied', file: 'tools/hex/Cargo.toml', package: 'itoa' }),
    ]);
  });

  it('is no member when workspace.exclude leaves it out: its own Cargo.lock is then the one cargo reads', async () => {
    const dir = scratch('cargo');
    withPathMember(dir);
    edit(dir, 'Cargo.toml', (text) =>
      text.replace('members = ["crates/*"]', 'members = ["crates/*"]\nexclude = ["tools"]'),
    );
    const outcome = await check(dir);
    expect(outcome.errors).toEqual([
      expect.objectContaining({ kind: 'workspace', file: 'tools/hex/Cargo.toml', package: 'hex' }),
    ]);
  });
});

describe('cargoDependencies', () => {
  const table = (value: Record<string, unknown>) => Object.assign(Object.create(null), value);
  it("takes `workspace = true` from the workspace entry, with the member's own keys on top", () => {
    const workspace = table({
      real: table({ version: '1.2', package: 'real-name', path: 'libs/real' }),
      short: '0.4',
      remote: table({ git: 'https://github.com/a/b', branch: 'main' }),
    });
    const manifest = table({
      dependencies: table({
        real: table({ workspace: true, features: ['x'] }),
        short: table({ workspace: true, optional: true }),
        remote: table({ workspace: true, branch: 'next' }),
        plain: '3',
      }),
      target: table({
        'cfg(unix)': table({ 'dev-dependencies': table({ own: table({ version: '5', path: 'own' }) }) }),
      }),
    });
    expect(cargoDependencies(manifest, workspace)).toStrictEqual([
      {
        key: 'real',
        name: 'real-name',
        requirement: '1.2',
        path: 'libs/real',
        git: undefined,
        section: 'dependencies',
        inherited: true,
      },
      {
        key: 'short',
        name: 'short',
        requirement: '0.4',
        path: undefined,
        git: undefined,
        section: 'dependencies',
        inherited: true,
        optional: true,
      },
      {
        key: 'remote',
        name: 'remote',
        requirement: undefined,
        path: undefined,
        git: { url: 'https://github.com/a/b', query: 'branch=next' },
        section: 'dependencies',
        inherited: true,
      },
      {
        key: 'plain',
        name: 'plain',
        requirement: '3',
        path: undefined,
        git: undefined,
        section: 'dependencies',
      },
      {
        key: 'own',
        name: 'own',
        requirement: '5',
        path: 'own',
        git: undefined,
        section: 'target.cfg(unix).dev-dependencies',
      },
    ]);
  });

  it('a workspace entry that is not a table or version is no help', () => {
    const manifest = table({ dependencies: table({ odd: table({ workspace: true }) }) });
    expect(cargoDependencies(manifest, table({ odd: 7 }))[0]).toMatchObject({
      name: 'odd',
      requirement: undefined,
    });
    expect(cargoDependencies(manifest, table({}))[0]).toMatchObject({ name: 'odd', inherited: true });
  });
});
