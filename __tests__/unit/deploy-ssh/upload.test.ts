import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { shareTar } from '../../../actions/deploy-ssh/upload.js';

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
