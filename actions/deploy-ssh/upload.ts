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

/** What each host's upload reads. */
export interface Archive {
  /** This host's copy of the tar; may wait for the other hosts (see shareTar). */
  open(signal?: AbortSignal): Promise<TarStream>;
  /** This host will not upload after all (it failed before): nobody waits for it. */
  skip(): void;
  dispose(): void;
}

/**
 * How the source reaches the hosts. One host: tar streamed straight into its channel. Several hosts
 * that all run at once: one tar shared by all (shareTar). More hosts than `max-parallel`: the tar is
 * written once to a temporary file that each host reads when its turn comes.
 */
export function prepareArchive(source: string, hosts: number, maxParallel: number): Promise<Archive> {
  return prepareStream(() => tarStream(source), hosts, maxParallel);
}

/** The same fan-out for any stream made once on the runner (a `docker save` too). */
export async function prepareStream(
  produce: () => TarStream,
  hosts: number,
  maxParallel: number,
): Promise<Archive> {
  if (hosts === 1) return { open: async () => produce(), skip: () => {}, dispose: () => {} };
  if (hosts <= maxParallel) return shareStream(produce, hosts);
  return streamFile(produce);
}

async function streamFile(produce: () => TarStream): Promise<Archive> {
  const dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'deploy-ssh-'));
  const file = join(dir, 'upload.tar');
  const tar = produce();
  try {
    await pipeline(tar.stream, createWriteStream(file, { mode: 0o600 }));
    await tar.done;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    open: async () => {
      const stream = createReadStream(file, { highWaterMark: 1024 * 1024 });
      return { stream, done: Promise.resolve(), kill: () => stream.destroy() };
    },
    skip: () => {},
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * One tar for hosts that upload at the same time: the tree is read once, nothing is written on the
 * runner, and every host gets each chunk at the pace of the slowest. It starts once every host has
 * opened its copy or skipped; a host that goes away is dropped so it holds nobody up.
 */
export function shareTar(source: string, hosts: number): Archive {
  return shareStream(() => tarStream(source), hosts);
}

export function shareStream(produce: () => TarStream, hosts: number): Archive {
  let waiting = hosts;
  const copies = new Set<PassThrough>();
  let tar: TarStream | undefined;
  let release: () => void = () => {};
  const started = new Promise<void>((resolve) => {
    release = resolve;
  });
  const arrive = (): void => {
    if (--waiting === 0) start();
  };
  const start = (): void => {
    release();
    if (copies.size === 0) return;
    tar = produce();
    const output = tar.stream;
    let stalled = 0;
    const waitFor = (copy: PassThrough): void => {
      stalled++;
      const go = (): void => {
        copy.off('drain', go);
        copy.off('close', go);
        if (--stalled === 0) output.resume();
      };
      copy.on('drain', go);
      copy.on('close', go);
    };
    output.on('data', (chunk: Buffer) => {
      for (const copy of copies) if (!copy.destroyed && !copy.write(chunk)) waitFor(copy);
      if (stalled > 0) output.pause();
    });
    output.on('end', () => {
      for (const copy of copies) copy.end();
    });
    output.on('error', (error) => {
      for (const copy of copies) copy.destroy(error);
    });
  };
  return {
    open: async (signal) => {
      const copy = new PassThrough({ highWaterMark: 1024 * 1024 });
      // Its failures are the upload's, reported by the channel it feeds.
      copy.on('error', () => {});
      copies.add(copy);
      const drop = (): void => {
        copies.delete(copy);
        copy.destroy();
        if (tar && copies.size === 0) tar.kill();
      };
      arrive();
      const aborted = signal
        ? new Promise<never>((_, reject) =>
            signal.addEventListener('abort', () => reject(signal.reason), { once: true }),
          )
        : undefined;
      aborted?.catch(() => {});
      try {
        await (aborted ? Promise.race([started, aborted]) : started);
      } catch (error) {
        drop();
        throw error;
      }
      return {
        stream: copy,
        done: tar ? tar.done : Promise.resolve(),
        kill: drop,
      };
    },
    skip: arrive,
    dispose: () => tar?.kill(),
  };
}

/**
 * After the receiving side took the whole stream: the producer's own end, so its failure still counts.
 * The receiver may finish first (tar stops at the end-of-archive blocks while the local tar is still
 * exiting), so the producer is not killed then; one that has not ended within `graceMs` is stopped
 * (a shared tar still feeding a slower host: this host's copy is dropped), and that stop is no failure.
 */
export async function producerEnded(tar: TarStream, graceMs = 3000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const ended = await Promise.race([
    tar.done.then(() => true),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), graceMs);
    }),
  ]).finally(() => clearTimeout(timer));
  if (!ended) tar.kill();
}
