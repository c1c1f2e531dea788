// `cache: true`: the image built from `context` is saved to the Actions cache under a key that is a hash of
// everything the build reads; the next run with the same inputs loads it instead of building.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import * as core from '../../shared/core.js';
import { formatBytes } from '../../shared/diagnostics-artifact.js';
import { formatDuration } from '../../shared/duration.js';
import { ActionFailure } from '../../shared/errors.js';
import { nodeCrypto } from '../../shared/node-crypto.js';
import { optionalResultsCall, resultsTimeoutMs } from '../../shared/results-guard.js';
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

/** Every file the build can read: path, kind, executable bit and content, sorted, as one hash. */
export function hashContext(build: BuildSettings): { hash: string; files: number; bytes: number } {
  const root = resolve(build.context);
  const ignore = readIgnore(build);
  const hash = nodeCrypto().createHash('sha256');
  let files = 0;
  let bytes = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const rel = relative(root, full).split(sep).join('/');
      const stat = lstatSync(full);
      const ignored = ignore.ignores(rel);
      if (stat.isDirectory()) {
        // An ignored folder is still walked when a `!` pattern may bring part of it back.
        if (!ignored || ignore.hasExclusions) walk(full);
        continue;
      }
      if (ignored) continue;
      files++;
      if (stat.isSymbolicLink()) hash.update(`L ${rel}\0${readlinkSync(full)}\n`);
      else if (stat.isFile()) {
        const content = readFileSync(full);
        bytes += content.length;
        const exec = stat.mode & 0o111 ? 'x' : '-';
        hash.update(
          `F ${rel}\0${exec}\0${nodeCrypto().createHash('sha256').update(content).digest('hex')}\n`,
        );
      }
    }
  };
  walk(root);
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
  const context = hashContext(build);
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
  const { key, files, bytes } = await cacheKey(docker, build, signal);
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
