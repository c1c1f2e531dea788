// Whether a JavaScript project's configuration tells its package manager not to write a lockfile at all.
import { dirname, relative, resolve, sep } from 'node:path';
import { foldersUpTo, readTextIfPresent, type TextFile } from '../files.js';

/**
 * The value (`true` / `false`) the nearest `file` at or above the manifest's folder, inside `boundary`, gives the
 * boolean setting `setting` matches; undefined when no such file sets it. The nearest file that sets it decides.
 */
async function nearestBoolean(
  manifest: TextFile,
  cwd: string,
  boundary: string,
  file: string,
  setting: RegExp,
): Promise<boolean | undefined> {
  for (const dir of foldersUpTo(resolve(cwd, dirname(manifest.path)), boundary)) {
    const found = await readTextIfPresent(cwd, relative(cwd, resolve(dir, file)).split(sep).join('/'));
    const value = found && setting.exec(found.text)?.[1];
    if (value) return value === 'true';
  }
  return undefined;
}

/** `key=false` in an `.npmrc` (ini: spaces and quotes around the value allowed). */
function npmrcSetting(key: string): RegExp {
  return new RegExp(`^[ \\t]*${key}[ \\t]*=[ \\t]*["']?(true|false)["']?[ \\t]*$`, 'm');
}

/** npm writes no package-lock.json where an `.npmrc` says `package-lock=false` (ionic-team/capacitor). */
export async function npmLockfileSwitchedOff(
  manifest: TextFile,
  cwd: string,
  boundary: string,
): Promise<boolean> {
  return (await nearestBoolean(manifest, cwd, boundary, '.npmrc', npmrcSetting('package-lock'))) === false;
}

/**
 * pnpm writes no pnpm-lock.yaml where its `lockfile` setting is false: read from `.npmrc` before pnpm 11, from
 * `pnpm-workspace.yaml` from 11 (pnpm 10.34 ignores the latter, 12.21 the former). `releases`: whether a pnpm
 * before 11 and one from 11 may run the project (both, with no pin).
 */
export async function pnpmLockfileSwitchedOff(
  manifest: TextFile,
  cwd: string,
  boundary: string,
  releases: { before11: boolean; from11: boolean },
): Promise<boolean> {
  if (
    releases.before11 &&
    (await nearestBoolean(manifest, cwd, boundary, '.npmrc', npmrcSetting('lockfile'))) === false
  )
    return true;
  const yaml = /^lockfile[ \t]*:[ \t]*["']?(true|false)["']?[ \t]*(?:#.*)?$/m;
  return (
    releases.from11 && (await nearestBoolean(manifest, cwd, boundary, 'pnpm-workspace.yaml', yaml)) === false
  );
}
