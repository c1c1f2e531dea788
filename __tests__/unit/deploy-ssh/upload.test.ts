import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { producerEnded, shareTar, type TarStream } from '../../../actions/deploy-ssh/upload.js';

function sourceTree(bytes: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-kit-share-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.txt'), 'a\n');
  writeFileSync(join(dir, 'sub', 'blob'), randomBytes(bytes));
  return dir;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const entries = (tar: Buffer): string[] =>
  execFileSync('tar', ['-t', '-f', '-'], { input: tar }).toString().trim().split('\n').sort();

const settled = async (promise: Promise<unknown>): Promise<boolean> => {
  let done = false;
  promise.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );
  await new Promise((resolve) => setTimeout(resolve, 50));
  return done;
};

describe('shareTar', () => {
  it('starts once every host has opened or skipped, and gives each the same tar', async () => {
    const archive = shareTar(sourceTree(3_000_000), 3);
    const first = archive.open();
    expect(await settled(first)).toBe(false);
    archive.skip();
    expect(await settled(first)).toBe(false);
    const second = archive.open();
    const [a, b] = await Promise.all([first, second]);
    const [bytesA, bytesB] = await Promise.all([readAll(a.stream), readAll(b.stream)]);
    await Promise.all([a.done, b.done]);
    expect(bytesA.equals(bytesB)).toBe(true);
    expect(entries(bytesA)).toEqual(['./', './a.txt', './sub/', './sub/blob']);
  });

  it('goes at the pace of the slowest host, and a host that drops out holds nobody up', async () => {
    const archive = shareTar(sourceTree(8_000_000), 3);
    const [fast, slow, quitter] = await Promise.all([archive.open(), archive.open(), archive.open()]);
    quitter.stream.once('data', () => quitter.kill());
    const slowly = (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of slow.stream) {
        chunks.push(chunk as Buffer);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      return Buffer.concat(chunks);
    })();
    const [bytesFast, bytesSlow] = await Promise.all([readAll(fast.stream), slowly]);
    expect(bytesFast.length).toBeGreaterThan(8_000_000);
    expect(bytesFast.equals(bytesSlow)).toBe(true);
    expect(quitter.stream.destroyed).toBe(true);
  });

  it('stops waiting for the others when the deploy is cancelled', async () => {
    const archive = shareTar(sourceTree(10), 2);
    const controller = new AbortController();
    const waiting = archive.open(controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(waiting).rejects.toThrow('cancelled');
  });
});

/** A producer that writes `data`, then runs `then` (a shell command) before it exits. */
function producer(data: string, then: string): TarStream & { exited: Promise<string | number | null> } {
  const child = spawn('sh', ['-c', `printf '%s' "$1"; ${then}`, 'sh', data], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const exited = new Promise<string | number | null>((resolve) =>
    child.on('close', (code, signal) => resolve(signal ?? code)),
  );
  const done = exited.then((end) => {
    if (end !== 0) throw new Error(`producer failed (${end})`);
  });
  done.catch(() => {});
  return { stream: child.stdout, done, kill: () => child.kill('SIGTERM'), exited };
}

describe('producerEnded (after the receiver took the whole stream)', () => {
  it('lets a producer that is still exiting end by itself: no SIGTERM, no failure', async () => {
    const tar = producer('all of it', 'sleep 0.3');
    expect((await readAll(tar.stream)).toString()).toBe('all of it');
    await expect(producerEnded(tar)).resolves.toBeUndefined();
    expect(await tar.exited).toBe(0);
  });

  it("still fails for the producer's own failure", async () => {
    const tar = producer('cut', 'sleep 0.1; exit 2');
    await readAll(tar.stream);
    await expect(producerEnded(tar)).rejects.toThrow('producer failed (2)');
  });

  it('stops one that does not end within the grace period, and that stop is no failure', async () => {
    const tar = producer('x', 'exec sleep 30');
    tar.stream.resume();
    await expect(producerEnded(tar, 100)).resolves.toBeUndefined();
    expect(await tar.exited).toBe('SIGTERM');
  });
});
