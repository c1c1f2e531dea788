// The registry this project installs from serves only linux-x64 builds, so `npm install` cannot record the
// other platforms' optional binaries (@biomejs/cli-darwin-arm64, …) and `npm ci` then refuses the lockfile
// ("Missing: … from lock file"). This adds those entries with the os/cpu/libc npm needs to skip them
// without fetching anything. Run it after `npm install` changes package-lock.json (`--check` only reports).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// No imports from node_modules: this runs before `npm ci` can.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const OS = [
  'android',
  'darwin',
  'freebsd',
  'linux',
  'openbsd',
  'netbsd',
  'sunos',
  'win32',
  'aix',
  'openharmony',
  'wasm32',
];
const CPU = {
  arm64: 'arm64',
  aarch64: 'arm64',
  x64: 'x64',
  ia32: 'ia32',
  arm: 'arm',
  ppc64: 'ppc64',
  s390x: 's390x',
  riscv64: 'riscv64',
  loong64: 'loong64',
  wasm32: 'wasm32',
};

/** `@swc/core-darwin-arm64` → { os: ['darwin'], cpu: ['arm64'] }; musl builds get libc too. */
export function platformOf(name) {
  const parts = name.split('/').pop().split(/[-.]/);
  const os = parts.find((part) => OS.includes(part));
  const cpu = parts.map((part) => CPU[part]).find(Boolean);
  if (!os && !cpu) return undefined;
  const platform = {};
  if (os && os !== 'wasm32') platform.os = [os];
  if (cpu) platform.cpu = [cpu];
  if (parts.some((part) => part.startsWith('musl'))) platform.libc = ['musl'];
  else if (os === 'linux' && parts.some((part) => part.startsWith('gnu'))) platform.libc = ['glibc'];
  return platform;
}

export function addMissingPlatformEntries(lock) {
  const added = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
      const key = `node_modules/${name}`;
      const nested = `${path}/node_modules/${name}`;
      if (lock.packages[key] || lock.packages[nested]) continue;
      const platform = platformOf(name);
      if (!platform) continue;
      lock.packages[key] = {
        version: range.replace(/^[\^~=]/, ''),
        ...(entry.dev ? { dev: true } : {}),
        optional: true,
        ...platform,
      };
      added.push(name);
    }
  }
  lock.packages = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
  );
  return added;
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const file = join(root, 'package-lock.json');
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  const added = addMissingPlatformEntries(lock);
  if (process.argv.includes('--check')) {
    if (added.length)
      console.error(
        `lock-platforms: ${added.length} platform entries missing (run node scripts/lock-platforms.js)`,
      );
    process.exit(added.length ? 1 : 0);
  }
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`lock-platforms: added ${added.length} platform entries`);
}
