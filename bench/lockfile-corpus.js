// The corpus's largest lockfile of each kind, checked by lockfile-check and by the package manager's own
// frozen check in the same run, where that check runs on this machine. Imported by bench/lockfile-check.js.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const KINDS = [
  { label: 'npm', file: 'package-lock.json', ecosystem: 'npm' },
  { label: 'pnpm', file: 'pnpm-lock.yaml', ecosystem: 'pnpm' },
  { label: 'yarn berry', file: 'yarn.lock', ecosystem: 'yarn', berry: true },
  { label: 'yarn v1', file: 'yarn.lock', ecosystem: 'yarn', berry: false },
  { label: 'uv', file: 'uv.lock', ecosystem: 'uv' },
  { label: 'cargo', file: 'Cargo.lock', ecosystem: 'cargo' },
];

function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

function isBerry(path) {
  return !/^# yarn lockfile v1/m.test(readFileSync(path, 'utf8').slice(0, 400));
}

/** The largest lockfile of each kind: its repository folder, the lockfile's folder and the other lockfiles to skip. */
export function largestLockfiles(corpus) {
  const files = walk(join(corpus, 'lockfiles'));
  return KINDS.map((kind) => {
    const candidates = files
      .filter((path) => path.endsWith(`/${kind.file}`))
      .filter((path) => kind.berry === undefined || isBerry(path) === kind.berry)
      .map((path) => ({ path, size: statSync(path).size }))
      .sort((a, b) => b.size - a.size);
    if (candidates.length === 0) return undefined;
    const { path, size } = candidates[0];
    const repo = relative(join(corpus, 'lockfiles'), path).split('/')[0];
    const repoDir = join(corpus, 'lockfiles', repo);
    const lockDir = relative(repoDir, dirname(path)) || '.';
    // Other lockfiles of the same kind below this one are left out: the row measures this one lockfile.
    const root = dirname(path);
    const ignore = files
      .filter((other) => other !== path && other.endsWith(`/${kind.file}`) && other.startsWith(`${root}/`))
      .map((other) => `${relative(root, dirname(other))}/**`);
    return { ...kind, repo, repoDir, lockDir, size, ignore: [...new Set(ignore)] };
  }).filter(Boolean);
}

function version(command, args = ['--version']) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 30_000 });
  return result.status === 0 ? result.stdout.trim().split('\n')[0] : undefined;
}

/** The package manager's own frozen check for a kind, or why it cannot run here. */
export function peerFor(kind, root) {
  const bin = join(root, 'node_modules', '.bin');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    // pnpm would otherwise try to download the packageManager version the repository names.
    npm_config_manage_package_manager_versions: 'false',
    COREPACK_ENABLE_STRICT: '0',
  };
  switch (kind.label) {
    case 'npm':
      return {
        name: 'npm ci --dry-run --ignore-scripts',
        file: 'npm',
        args: ['ci', '--dry-run', '--ignore-scripts'],
        env,
      };
    case 'pnpm': {
      const file = join(bin, 'pnpm');
      const args = ['install', '--frozen-lockfile', '--lockfile-only', '--ignore-scripts', '--offline'];
      return { name: `pnpm ${version(file)} ${args.join(' ')}`, file, args, env };
    }
    case 'yarn berry':
    case 'yarn v1': {
      const yarn = version(join(bin, 'yarn'));
      const want = kind.label === 'yarn v1' ? /^1\./ : /^[2-9]\./;
      const lock = readFileSync(join(kind.repoDir, kind.lockDir, kind.file), 'utf8');
      const needs = /__metadata:\n\s+version: (\d+)/.exec(lock)?.[1];
      if (!yarn || !want.test(yarn))
        return {
          missing: `yarn ${kind.label === 'yarn v1' ? '1' : '2+'} is not installed here (node_modules has yarn ${yarn ?? 'none'})`,
        };
      const release = readFileSync(join(kind.repoDir, '.yarnrc.yml'), 'utf8').match(/yarnPath:\s*(\S+)/)?.[1];
      if (release && !existsSync(join(kind.repoDir, release)))
        return {
          missing: `the repository runs yarn from ${release} (lockfile format ${needs}), which the corpus does not keep; yarn ${yarn} cannot read it`,
        };
      return {
        name: `yarn ${yarn} install --immutable --mode=skip-build`,
        file: join(bin, 'yarn'),
        args: ['install', '--immutable', '--mode=skip-build'],
        env,
      };
    }
    case 'uv':
      return version('uv')
        ? { name: 'uv lock --check --offline', file: 'uv', args: ['lock', '--check', '--offline'], env }
        : { missing: 'uv is not installed here' };
    case 'cargo':
      return version('cargo')
        ? {
            name: 'cargo metadata --locked --offline',
            file: 'cargo',
            args: ['metadata', '--locked', '--offline', '--format-version', '1'],
            env,
          }
        : { missing: 'cargo is not installed here' };
  }
  return { missing: 'no peer' };
}

export function copyRepo(kind) {
  const dir = mkdtempSync(join(tmpdir(), 'lockfile-check-corpus-bench-'));
  cpSync(kind.repoDir, dir, { recursive: true });
  return dir;
}

export function removeCopy(dir) {
  rmSync(dir, { recursive: true, force: true });
}

/** The last line of a failed peer that says why (its time then measures a partial check). */
export function failureReason(output) {
  const lines = output
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line && !/^\s*at /.test(line));
  const error = lines.find((line) =>
    /ERR_|error\b|Error:|refus|required|not found|doesn't match/i.test(line),
  );
  return (error ?? lines.at(-1) ?? '').slice(0, 140);
}
