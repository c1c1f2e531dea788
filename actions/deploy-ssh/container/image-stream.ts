// The image an `upload` deploy sends: `docker save` on the runner, streamed (never written to disk).
import { execFile, spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import type { TarStream } from '../upload.js';

/** The runner's image id for `image`, or undefined when the runner does not have it. */
export async function localImageId(image: string): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)('docker', ['image', 'inspect', '-f', '{{.Id}}', image], {
      timeout: 60_000,
    });
    return stdout.trim() || undefined;
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '');
    if (/no such image/i.test(stderr)) return undefined;
    throw new Error(
      `docker image inspect on the runner failed: ${stderr.trim().split('\n')[0] || (error as Error).message}`,
    );
  }
}

export function dockerSave(image: string): TarStream {
  const child = spawn('docker', ['save', image], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (error) => reject(new Error(`cannot run docker save: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `docker save failed (${signal ?? `exit ${code}`}): ${stderr.trim().split('\n')[0] ?? ''}`,
          ),
        );
    });
  });
  done.catch(() => {});
  const stream = child.stdout.pipe(new PassThrough({ highWaterMark: 1024 * 1024 }));
  return { stream, done, kill: () => child.kill('SIGTERM') };
}

/**
 * Why an upload's `docker load` failed: a `docker save` that failed on the runner (the image removed
 * after it was looked up) leaves load an empty or cut stream, and its own error ("open …/repositories:
 * no such file or directory") would hide the cause. The save is given `waitMs` to end by itself.
 */
export async function uploadFailure(loadFailure: string, save: TarStream, waitMs = 2000): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const saveError = await Promise.race([
    save.done.then(
      () => undefined,
      (error: Error) => error.message,
    ),
    new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), waitMs);
    }),
  ]);
  clearTimeout(timer);
  return saveError ? `${saveError} (so ${loadFailure})` : loadFailure;
}
