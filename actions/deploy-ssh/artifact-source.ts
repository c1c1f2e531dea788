// `artifact`: what a build job uploaded earlier in this run becomes the `source` of the deploy, so the build
// and the deploy jobs compose without a shared disk. Its digest is checked; any failure fails the step.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '../../shared/core.js';
import { formatBytes } from '../../shared/diagnostics-artifact.js';
import { formatDuration } from '../../shared/duration.js';
import { requiredResultsCall, resultsTimeoutMs } from '../../shared/results-guard.js';

const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;

export interface DownloadedArtifact {
  /** Folder the artifact was unpacked into: the deploy's source. */
  path: string;
  id: number;
  size: number;
  digest: string;
}

/** Removes the unpacked artifact: the step leaves no copy of what it deployed (or failed to) behind. */
export function removeArtifactSource(downloaded: Pick<DownloadedArtifact, 'path'>): void {
  rmSync(downloaded.path, { recursive: true, force: true });
}

/** Downloads and unpacks the artifact into a folder of its own; on failure the folder is gone again. */
export async function downloadArtifactSource(name: string, signal: AbortSignal): Promise<DownloadedArtifact> {
  const started = performance.now();
  const path = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'ci-kit-deploy-artifact-'));
  try {
    return await download(name, path, started, signal);
  } catch (error) {
    removeArtifactSource({ path });
    throw error;
  }
}

async function download(
  name: string,
  path: string,
  started: number,
  signal: AbortSignal,
): Promise<DownloadedArtifact> {
  const downloaded = await requiredResultsCall(
    `download of artifact '${name}'`,
    async (lib) => {
      const found = await lib.findArtifact(name);
      // Without a recorded digest nothing proves the bytes are the ones uploaded: refuse rather than guess.
      if (!found.digest)
        throw new Error(`the service has no digest for artifact ${found.id} to check it against`);
      const { digestMismatch } = await lib.downloadArtifact(found.id, path, found.digest);
      if (digestMismatch)
        throw new Error(`its content does not match the digest recorded at upload (${found.digest})`);
      return { path, id: found.id, size: found.size, digest: found.digest };
    },
    { timeoutMs: resultsTimeoutMs(DOWNLOAD_TIMEOUT_MS), signal, group: `Downloading artifact ${name}` },
  );
  core.info(
    `Downloaded artifact '${name}' (id ${downloaded.id}, ${formatBytes(downloaded.size)}, ${downloaded.digest}) in ${formatDuration(performance.now() - started)}; digest checked`,
  );
  return downloaded;
}
