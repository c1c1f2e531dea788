import { nativeEnvironment } from './native-env.js';
import type { EcosystemName } from './types.js';

/** The package manager's own read-only verdict on a lockfile. */
export const NATIVE_COMMANDS: Record<EcosystemName, readonly [string, ...string[]]> = {
  npm: ['npm', 'ci', '--dry-run', '--ignore-scripts'],
  // --ignore-pnpmfile: the repository's .pnpmfile.cjs is code; a lockfile that records its checksum is then
  // reported by pnpm as not matching (said in the docs' Security section).
  pnpm: ['pnpm', 'install', '--frozen-lockfile', '--lockfile-only', '--ignore-scripts', '--ignore-pnpmfile'],
  yarn: ['yarn', 'install', '--immutable', '--mode=skip-build'],
  uv: ['uv', 'lock', '--check', '--offline'],
  poetry: ['poetry', 'check', '--lock'],
  cargo: ['cargo', 'metadata', '--locked', '--offline', '--format-version', '1'],
  go: ['go', 'mod', 'verify'],
};

/** yarn 1 has neither --immutable nor --mode; its frozen install is spelled differently. */
const YARN_V1: readonly [string, ...string[]] = ['yarn', 'install', '--frozen-lockfile', '--ignore-scripts'];

/** The native command for a lockfile; `lockfileHead` tells yarn 1 lockfiles from yarn 2+ ones. */
export function nativeCommand(ecosystem: EcosystemName, lockfileHead = ''): readonly [string, ...string[]] {
  if (ecosystem === 'yarn' && /^# yarn lockfile v1/m.test(lockfileHead)) return YARN_V1;
  return NATIVE_COMMANDS[ecosystem];
}

export type NativeOutcome =
  | { result: 'ok'; command: string }
  | { result: 'failed'; command: string; detail: string }
  | { result: 'missing'; command: string };

/**
 * Runs the native check in `dir` with a scrubbed environment (native-env.ts); a tool that is not installed is
 * `missing`, never a crash.
 */
export async function runNative(
  argv: readonly [string, ...string[]],
  dir: string,
  options: { signal: AbortSignal; timeoutMs: number },
): Promise<NativeOutcome> {
  const [file, ...args] = argv;
  const command = argv.join(' ');
  // Loaded here (node:child_process costs a millisecond of start-up): most runs never start a native check.
  const { runCommand } = await import(/* webpackMode: "eager" */ '../../shared/exec.js');
  try {
    const outcome = await runCommand(file, args, {
      cwd: dir,
      env: nativeEnvironment(),
      signal: options.signal,
      timeoutMs: options.timeoutMs,
    });
    if (outcome.exitCode === 0) return { result: 'ok', command };
    const lines = `${outcome.stderr}\n${outcome.stdout}`
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !/^npm (warn|notice)/i.test(line));
    const detail = outcome.timedOut
      ? `timed out after ${options.timeoutMs / 1000}s`
      : (lines.find((line) => /error|invalid|out of (date|sync)|mismatch|missing|not/i.test(line)) ??
        lines[0] ??
        `exit code ${outcome.exitCode}`);
    return { result: 'failed', command, detail: detail.slice(0, 300) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { result: 'missing', command };
    throw error;
  }
}
