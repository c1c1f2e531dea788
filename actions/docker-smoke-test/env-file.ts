// The container's environment reaches `docker run` in a file, never through the docker CLI's own
// environment (`-e NAME` reads it there): `DOCKER_HOST=…` meant for the container would otherwise
// redirect the CLI itself, and values stay out of every argument list.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The `--env-file` text: `KEY=value` lines, read by docker as they are (no quotes, no expansion). */
export function envFileText(env: ReadonlyArray<readonly [string, string]>): string {
  return env.map(([key, value]) => `${key}=${value}\n`).join('');
}

/**
 * Runs `use` with the path of an env file holding `env` (0600, in a 0700 folder of its own), removed
 * as soon as `use` settles; with no env, `use` gets undefined and no file is written.
 */
export async function withEnvFile<T>(
  env: ReadonlyArray<readonly [string, string]>,
  use: (path: string | undefined) => Promise<T>,
): Promise<T> {
  if (env.length === 0) return use(undefined);
  const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'ci-kit-smoke-env-'));
  try {
    const path = join(dir, 'container.env');
    await writeFile(path, envFileText(env), { mode: 0o600 });
    return await use(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
