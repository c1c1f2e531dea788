// `cache: true`: the image built from `context` is saved to the Actions cache under a key that is a hash of
// everything the build reads; the next run with the same inputs loads it instead of building.
import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { lstat, open, readdir, readlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import * as core from '../../shared/core.js';
import { formatBytes } from '../../shared/diagnostics-artifact.js';
import { formatDuration } from '../../shared/duration.js';
import { ActionFailure, errorMessage } from '../../shared/errors.js';
import { nodeCrypto } from '../../shared/node-crypto.js';
import { optionalResultsCall, resultsServiceMissing, resultsTimeoutMs } from '../../shared/results-guard.js';
import { abortReason } from '../../shared/retry.js';
import { type BuiltImage, buildImage } from './build.js';
import type { DockerCli } from './docker.js';
import { Dockerignore } from './dockerignore.js';
import { uniqueImageTag } from './run-args.js';
import type { BuildSettings } from './settings.js';

const KEY_PREFIX = 'ci-kit-docker-smoke-test-image-v1-';
const RESTORE_TIMEOUT_MS = 5 * 60_000;
const SAVE_TIMEOUT_MS = 5 * 60_000;
const DOCKER_IO_TIMEOUT_MS = 10 * 60_000;

function dockerfilePath(build: BuildSettings): string {
  return resolve(build.dockerfile ?? join(build.context, 'Dockerfile'));
}

/** `<Dockerfile>.dockerignore` beside the Dockerfile wins over the context's .dockerignore (BuildKit). */
function readIgnore(build: BuildSettings): Dockerignore {
  const own = `${dockerfilePath(build)}.dockerignore`;
  const shared = join(build.context, '.dockerignore');
  const file = existsSync(own) ? own : existsSync(shared) ? shared : undefined;
  return new Dockerignore(file ? readFileSync(file, 'utf8') : '');
}

const CHUNK_BYTES = 1024 * 1024;

/**
 * A file's sha256, read in chunks: a file of any size (over 2 GiB too) in bounded memory, and the event
 * loop free between chunks, so a cancel ends the step while a huge context is being read.
 */
async function hashFile(path: string, signal?: AbortSignal): Promise<{ hex: string; bytes: number }> {
  const hash = nodeCrypto().createHash('sha256');
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const handle = await open(path, 'r');
  let bytes = 0;
  try {
    for (;;) {
      if (signal?.aborted) throw abortReason(signal);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      bytes += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return { hex: hash.digest('hex'), bytes };
}

/** Every file the build can read: path, kind, executable bit and content, sorted, as one hash. */
export async function hashContext(
  build: BuildSettings,
  signal?: AbortSignal,
): Promise<{ hash: string; files: number; bytes: number }> {
  const root = resolve(build.context);
  const ignore = readIgnore(build);
  const hash = nodeCrypto().createHash('sha256');
  let files = 0;
  let bytes = 0;
  const walk = async (dir: string): Promise<void> => {
    for (const name of (await readdir(dir)).sort()) {
      if (signal?.aborted) throw abortReason(signal);
      const full = join(dir, name);
      const rel = relative(root, full).split(sep).join('/');
      const stat = await lstat(full);
      const ignored = ignore.ignores(rel);
      if (stat.isDirectory()) {
        // An ignored folder is still walked when a `!` pattern may bring part of it back.
        if (!ignored || ignore.hasExclusions) await walk(full);
        continue;
      }
      if (ignored) continue;
      files++;
      if (stat.isSymbolicLink()) hash.update(`L ${rel}\0${await readlink(full)}\n`);
      else if (stat.isFile()) {
        const content = await hashFile(full, signal);
        bytes += content.bytes;
        const exec = stat.mode & 0o111 ? 'x' : '-';
        hash.update(`F ${rel}\0${exec}\0${content.hex}\n`);
      }
    }
  };
  await walk(root);
  return { hash: hash.digest('hex'), files, bytes };
}

/** The platform images are built for: DOCKER_DEFAULT_PLATFORM, else the engine's own. */
async function buildPlatform(docker: DockerCli, signal: AbortSignal): Promise<string> {
  if (process.env.DOCKER_DEFAULT_PLATFORM) return process.env.DOCKER_DEFAULT_PLATFORM;
  const result = await docker.exec(['version', '--format', '{{.Server.Os}}/{{.Server.Arch}}'], {
    signal,
    timeoutMs: 30_000,
  });
  return result.exitCode === 0 ? result.stdout.trim() : 'unknown';
}

export async function cacheKey(
  docker: DockerCli,
  build: BuildSettings,
  signal: AbortSignal,
): Promise<{ key: string; files: number; bytes: number }> {
  const context = await hashContext(build, signal);
  const dockerfile = dockerfilePath(build);
  if (!existsSync(dockerfile))
    throw new ActionFailure(`docker build of '${build.context}' failed: ${dockerfile} does not exist`);
  const hash = nodeCrypto()
    .createHash('sha256')
    .update(`context ${context.hash}\n`)
    .update(
      `dockerfile ${nodeCrypto().createHash('sha256').update(readFileSync(dockerfile)).digest('hex')}\n`,
    )
    .update(`args ${JSON.stringify(build.buildArgs)}\n`)
    .update(`target ${build.target ?? ''}\n`)
    .update(`platform ${await buildPlatform(docker, signal)}\n`)
    .digest('hex');
  return { key: `${KEY_PREFIX}${hash}`, files: context.files, bytes: context.bytes };
}

/** Where the saved image lives between `docker save` and the cache: the same path in every run (it is part of the cache version). */
function cacheDir(): string {
  return join(process.env.RUNNER_TEMP || tmpdir(), 'ci-kit-docker-smoke-test-image');
}

/** Loads a restored image and tags it like a fresh build would be; undefined when the archive is unusable. */
async function loadImage(
  docker: DockerCli,
  archive: string,
  extraTag: string,
  runId: string,
  signal: AbortSignal,
): Promise<BuiltImage | undefined> {
  const loaded = await docker.exec(['load', '--input', archive], { signal, timeoutMs: DOCKER_IO_TIMEOUT_MS });
  const id = /Loaded image ID: (sha256:[0-9a-f]{64})/.exec(loaded.stdout)?.[1];
  if (loaded.exitCode !== 0 || !id) {
    core.warning(
      `docker-smoke-test: the cached image could not be loaded (${loaded.stderr.trim().split('\n').at(-1) || 'no image id'}); building instead`,
    );
    return undefined;
  }
  const unique = uniqueImageTag(runId);
  const tags = extraTag ? [unique, extraTag] : [unique];
  for (const tag of tags) await docker.ok(['tag', id, tag], { signal, timeoutMs: 30_000 });
  return { id, tags };
}

/**
 * The build with the cache in front: a hit loads the saved image and skips `docker build`; a miss builds,
 * `docker save`s the image and stores it. Any cache problem is one warning and a normal build.
 */
export async function cachedBuild(
  docker: DockerCli,
  build: BuildSettings,
  extraTag: string,
  runId: string,
  signal: AbortSignal,
): Promise<BuiltImage> {
  const started = performance.now();
  // Off a runner (the local CLI) there is no cache to read or fill: no key, no `docker save` for nothing.
  const missing = resultsServiceMissing();
  if (missing) {
    core.warning(`docker-smoke-test: image cache skipped: ${missing}`);
    return buildImage(docker, build, extraTag, runId, signal);
  }
  let computed: Awaited<ReturnType<typeof cacheKey>>;
  try {
    computed = await cacheKey(docker, build, signal);
  } catch (error) {
    // A context the key cannot be made of (unreadable, vanishing files) is a cache problem: the build
    // itself says what is wrong with the context, if anything.
    if (signal.aborted || error instanceof ActionFailure) throw error;
    core.warning(
      `docker-smoke-test: image cache skipped: the build context could not be hashed: ${errorMessage(error).split('\n')[0]}`,
    );
    return buildImage(docker, build, extraTag, runId, signal);
  }
  const { key, files, bytes } = computed;
  core.info(`Image cache key ${key} (${files} context files, ${formatBytes(bytes)})`);
  const dir = cacheDir();
  const archive = join(dir, 'image.tar');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  try {
    const hit = await optionalResultsCall(
      'docker-smoke-test: image cache restore',
      (lib) => lib.restoreCache([dir], key),
      { timeoutMs: resultsTimeoutMs(RESTORE_TIMEOUT_MS), signal, group: 'Image cache: restore' },
    );
    if (hit && existsSync(archive)) {
      const image = await loadImage(docker, archive, extraTag, runId, signal);
      if (image) {
        core.info(
          `Cache hit: loaded ${image.id.slice(0, 19)} as ${image.tags.join(', ')} in ${formatDuration(performance.now() - started)}, build skipped`,
        );
        return image;
      }
    } else core.info('Cache miss: building');
    const image = await buildImage(docker, build, extraTag, runId, signal);
    const saveStarted = performance.now();
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const saved = await docker.exec(['save', '--output', archive, image.id], {
      signal,
      timeoutMs: DOCKER_IO_TIMEOUT_MS,
    });
    if (saved.exitCode !== 0) {
      core.warning(
        `docker-smoke-test: image cache save skipped: docker save failed: ${saved.stderr.trim().split('\n').at(-1)}`,
      );
      return image;
    }
    const id = await optionalResultsCall(
      'docker-smoke-test: image cache save',
      (lib) => lib.saveCache([dir], key),
      { timeoutMs: resultsTimeoutMs(SAVE_TIMEOUT_MS), signal, group: 'Image cache: save' },
    );
    if (id !== undefined && id >= 0)
      core.info(
        `Saved the image to the cache (${formatBytes(lstatSync(archive).size)} before compression) in ${formatDuration(performance.now() - saveStarted)}`,
      );
    return image;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
