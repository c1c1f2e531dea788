// @actions/artifact and @actions/cache, built into a toolkit file of their own (dist/toolkit/results.js) that
// every action imports on demand through shared/results-guard.ts: ~MBs no action pays for until it uploads,
// downloads or caches something, and one copy for all actions.
import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultArtifactClient } from '@actions/artifact';
import * as cache from '@actions/cache';

/** Set while a library call runs; `abandoned` once the guard gave up on it. */
interface CallScope {
  abandoned: boolean;
}

const scope = new AsyncLocalStorage<CallScope>();

/**
 * The libraries log through their own copy of @actions/core (process.stdout). Inside a call: their error
 * annotations become warnings (a cache problem is never a red mark on a step), and once the guard has
 * given up on a call, whatever it still prints (retries, late failures) is dropped.
 */
function filterLibraryOutput(): void {
  const write = process.stdout.write.bind(process.stdout) as (...args: unknown[]) => boolean;
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    const call = scope.getStore();
    if (call && typeof chunk === 'string') {
      if (call.abandoned) return true;
      chunk = chunk.replace(/^::error(?=[ :])/gm, '::warning');
    }
    return write(chunk, ...rest);
  }) as typeof process.stdout.write;
}
filterLibraryOutput();

export interface LibraryCall {
  /** Marks the call abandoned: its later output is dropped. */
  abandon(): void;
}

/** Runs `fn` with the library's output filtered (see filterLibraryOutput). */
export function inScope<T>(fn: () => Promise<T>): { promise: Promise<T>; call: LibraryCall } {
  const store: CallScope = { abandoned: false };
  const promise = scope.run(store, fn);
  return {
    promise,
    call: {
      abandon: () => {
        store.abandoned = true;
      },
    },
  };
}

export interface UploadedArtifact {
  id: number;
  size: number;
  digest?: string;
}

export async function uploadArtifact(
  name: string,
  files: string[],
  rootDirectory: string,
  retentionDays: number,
): Promise<UploadedArtifact> {
  const client = new DefaultArtifactClient();
  const result = await client.uploadArtifact(name, files, rootDirectory, { retentionDays });
  if (result.id === undefined) throw new Error(`the service returned no id for artifact '${name}'`);
  return { id: result.id, size: result.size ?? 0, digest: result.digest };
}

export interface FoundArtifact {
  id: number;
  size: number;
  digest?: string;
}

/** The newest artifact of this run with that name. */
export async function findArtifact(name: string): Promise<FoundArtifact> {
  const { artifact } = await new DefaultArtifactClient().getArtifact(name);
  return { id: artifact.id, size: artifact.size, digest: artifact.digest };
}

/** Downloads and unpacks an artifact; `digestMismatch` when its bytes are not what the upload recorded. */
export async function downloadArtifact(
  id: number,
  path: string,
  expectedHash: string | undefined,
): Promise<{ digestMismatch: boolean }> {
  const result = await new DefaultArtifactClient().downloadArtifact(id, { path, expectedHash });
  return { digestMismatch: Boolean(result.digestMismatch) };
}

/** The matched key, or undefined on a miss (the library reports its own failures as a miss, with a warning). */
export function restoreCache(paths: string[], key: string): Promise<string | undefined> {
  return cache.restoreCache(paths, key);
}

/** The cache entry id, or -1 when nothing was saved (already there, reserved by another job, failed). */
export function saveCache(paths: string[], key: string): Promise<number> {
  return cache.saveCache(paths, key);
}

export function cacheAvailable(): boolean {
  return cache.isFeatureAvailable();
}
