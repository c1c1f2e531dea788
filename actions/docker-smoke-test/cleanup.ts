import * as core from '../../shared/core.js';
import { oneLine } from '../../shared/foreign-output.js';
import type { DockerCli } from './docker.js';

/** Names under which main hands its leftovers to the post step. */
export const State = {
  Container: 'container',
  RemoveContainer: 'remove-container',
  Images: 'images',
} as const;

export async function removeContainer(docker: DockerCli, name: string): Promise<void> {
  if (await docker.remove(name)) core.info(`Removed container ${name}`);
}

/** Untags (and so deletes) the images this step built; never touches an image it did not build. */
export async function removeImages(docker: DockerCli, tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return;
  const result = await docker.exec(['rmi', ...tags], { timeoutMs: 60_000 });
  if (result.exitCode === 0) core.info(`Removed image ${tags.join(', ')}`);
  else
    core.warning(
      oneLine(`could not remove image ${tags.join(', ')}: ${result.stderr.trim().split('\n').at(-1)}`),
    );
}
