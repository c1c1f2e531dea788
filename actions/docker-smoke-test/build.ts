import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '../../shared/core.js';
import { formatDuration } from '../../shared/duration.js';
import { ActionFailure } from '../../shared/errors.js';
import { ForeignStream, oneLine } from '../../shared/foreign-output.js';
import type { DockerCli } from './docker.js';
import { buildErrorInput, dockerErrorText, dockerFailure } from './docker-error.js';
import { RUN_LABEL, uniqueImageTag } from './run-args.js';
import type { BuildSettings } from './settings.js';

/** Longest a build may take: bounded like every other wait, generous for real images. */
export const BUILD_TIMEOUT_MS = 30 * 60_000;

export interface BuiltImage {
  id: string;
  /** The unique tag first, then the `image` input when one was given. */
  tags: string[];
}

/**
 * Build args the docker CLI would read as its own settings were they in its environment (`DOCKER_HOST`,
 * proxies, `PATH`, Go runtime knobs): those keep their value in the arguments.
 */
const CLI_OWN_ENV =
  /^(DOCKER_|BUILDKIT_|BUILDX_|GO|SSL_CERT_|XDG_)|^(PATH|HOME|TMPDIR|USER|SHELL|LANG)$|_PROXY$/i;

function valueInEnv(key: string): boolean {
  return !CLI_OWN_ENV.test(key);
}

/**
 * `docker build` arguments. A build arg is passed as `--build-arg NAME`, its value taken by the CLI
 * from its environment (buildEnv), so values never show in a process list.
 */
export function buildArguments(
  build: BuildSettings,
  tags: readonly string[],
  runId: string,
  iidFile: string,
): string[] {
  const args = ['build', '--iidfile', iidFile, '--label', `${RUN_LABEL}=${runId}`];
  for (const tag of tags) args.push('--tag', tag);
  if (build.dockerfile) args.push('--file', build.dockerfile);
  for (const [key, value] of build.buildArgs)
    args.push('--build-arg', valueInEnv(key) ? key : `${key}=${value}`);
  if (build.target) args.push('--target', build.target);
  args.push(build.context);
  return args;
}

/** The docker CLI's environment for the build: the step's own plus the build arg values. */
export function buildEnv(build: BuildSettings, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env = { ...base };
  for (const [key, value] of build.buildArgs) if (valueInEnv(key)) env[key] = value;
  return env;
}

/** `docker build` of the context, tagged uniquely (plus the `image` input), its output in a log group. */
export async function buildImage(
  docker: DockerCli,
  build: BuildSettings,
  extraTag: string,
  runId: string,
  signal: AbortSignal,
): Promise<BuiltImage> {
  const unique = uniqueImageTag(runId);
  const tags = extraTag ? [unique, extraTag] : [unique];
  // In a folder of its own under RUNNER_TEMP: no predictable name in a shared /tmp for docker to write through.
  const iidDir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'ci-kit-smoke-build-'));
  const iidFile = join(iidDir, 'image.iid');
  const started = performance.now();
  core.startGroup(oneLine(`docker build ${build.context}`));
  // The build's output is the Dockerfile's and its RUN commands': printed, never run as workflow commands.
  const stdout = new ForeignStream();
  const stderr = new ForeignStream();
  try {
    const result = await docker.exec(buildArguments(build, tags, runId, iidFile), {
      env: buildEnv(build),
      signal,
      timeoutMs: BUILD_TIMEOUT_MS,
      onStdout: (chunk) => stdout.write(chunk),
      onStderr: (chunk) => stderr.write(chunk),
    });
    stdout.end();
    stderr.end();
    core.endGroup();
    if (result.exitCode !== 0) {
      if (result.timedOut)
        throw new ActionFailure(`docker build did not finish within ${formatDuration(BUILD_TIMEOUT_MS)}`);
      const why = dockerErrorText(result.stderr, 1) || dockerErrorText(result.stdout, 1);
      throw new ActionFailure(dockerFailure(`build of '${build.context}'`, why, buildErrorInput(why)));
    }
    const id = (await readFile(iidFile, 'utf8')).trim();
    core.info(
      `Built ${id.slice(0, 19)} as ${tags.join(', ')} in ${formatDuration(performance.now() - started)}`,
    );
    return { id, tags };
  } finally {
    await rm(iidDir, { recursive: true, force: true });
  }
}
