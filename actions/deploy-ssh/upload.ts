import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface TarStream {
  stream: Readable;
  /** Resolves when tar ended; rejects with its stderr when it failed. */
  done: Promise<void>;
  kill(): void;
}

/**
 * A tar of `source` (a folder's contents, or one file) streamed from the local `tar`, so names of any
 * shape (spaces, quotes, newlines, leading dashes, long paths) survive exactly.
 */
export function tarStream(source: string): TarStream {
  const folder = statSync(source).isDirectory();
  const args = folder
    ? ['-c', '-f', '-', '-C', source, '.']
    : ['-c', '-f', '-', '-C', dirname(source), '--', basename(source)];
  const child = spawn('tar', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (error) => reject(new Error(`cannot run tar: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(new Error(`tar failed (${signal ?? `exit ${code}`}): ${stderr.trim().split('\n')[0] ?? ''}`));
    });
  });
  done.catch(() => {});
  // Piped at once: Node discards a child's unread stdout when it exits, and a small tar can finish
  // before the SSH channel that will carry it is open.
  const stream = child.stdout.pipe(new PassThrough());
  return { stream, done, kill: () => child.kill('SIGTERM') };
}

/** What each host's upload reads: one tar made once and replayed, or a fresh stream for a single host. */
export interface Archive {
  open(): TarStream;
  dispose(): void;
}

/**
 * For several hosts the tar is written once to a temporary file and each host reads that file,
 * so the runner walks and reads the source tree once, not once per host.
 */
export async function prepareArchive(source: string, hosts: number): Promise<Archive> {
  if (hosts === 1) return { open: () => tarStream(source), dispose: () => {} };
  const dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'deploy-ssh-'));
  const file = join(dir, 'upload.tar');
  const tar = tarStream(source);
  try {
    await pipeline(tar.stream, createWriteStream(file, { mode: 0o600 }));
    await tar.done;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    open: () => {
      const stream = createReadStream(file);
      return { stream, done: Promise.resolve(), kill: () => stream.destroy() };
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
