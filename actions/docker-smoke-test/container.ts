import * as core from '../../shared/core.js';
import { formatDuration } from '../../shared/duration.js';
import { ActionFailure } from '../../shared/errors.js';
import { printForeign } from '../../shared/foreign-output.js';
import type { ContainerInfo, DockerCli } from './docker.js';
import { dockerErrorText, dockerFailure, runErrorInput } from './docker-error.js';
import { withEnvFile } from './env-file.js';
import { hostPorts } from './ports.js';
import { runArguments } from './run-args.js';
import type { Settings } from './settings.js';
import type { ContainerWatch } from './watch.js';

/** `docker run` may pull the image first: bounded, but generously. */
export const RUN_TIMEOUT_MS = 10 * 60_000;

export interface StartedContainer {
  id: string;
  /** `performance.now()` when `docker run` returned: the container is running from here. */
  startedAt: number;
  info: ContainerInfo | undefined;
  /** Host port per published container port (`8080`, `53/udp`). */
  published: Record<string, number>;
}

/** Starts the container detached, with its engine events and logs followed from the first moment. */
export async function startContainer(
  docker: DockerCli,
  settings: Settings,
  image: string,
  name: string,
  runId: string,
  watch: ContainerWatch,
  signal: AbortSignal,
): Promise<StartedContainer> {
  // Events are replayed from a moment before the run, so even an instant crash is seen.
  watch.followEvents(Date.now() - 1000);
  const started = await withEnvFile(settings.env, (envFile) =>
    docker.exec(runArguments(settings, name, image, runId, envFile), { signal, timeoutMs: RUN_TIMEOUT_MS }),
  );
  const startedAt = performance.now();
  const stderr = started.stderr.trim();
  if (started.exitCode !== 0) {
    const why = started.timedOut
      ? `did not return within ${formatDuration(RUN_TIMEOUT_MS)}`
      : dockerErrorText(stderr) || `exit ${started.exitCode}`;
    throw new ActionFailure(dockerFailure('run', why, runErrorInput(why, settings)));
  }
  printForeign(stderr);
  const id = started.stdout.trim().split('\n').at(-1)!;
  watch.followLogs(id);
  const info = await docker.inspectContainer(id, signal);
  return { id, startedAt, info, published: hostPorts(settings.ports, info?.NetworkSettings.Ports) };
}

/** The image to run, pulled when it is not here yet. */
export async function resolveImage(docker: DockerCli, image: string, signal: AbortSignal) {
  const local = await docker.inspectImage(image, signal);
  if (local) return local;
  core.info(`Pulling ${image}`);
  await docker.ok(['pull', image], { signal, timeoutMs: RUN_TIMEOUT_MS }, 'image');
  const pulled = await docker.inspectImage(image, signal);
  if (!pulled) throw new ActionFailure(`image '${image}' cannot be inspected after pulling it`);
  return pulled;
}
