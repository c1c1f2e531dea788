// An upload whose `docker save` failed on the runner is reported by that failure, not by the
// confusing error `docker load` gives for the empty stream it got.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { uploadFailure } from '../../../actions/deploy-ssh/container/image-stream.js';
import type { TarStream } from '../../../actions/deploy-ssh/upload.js';

const LOAD =
  'docker load failed: exited with code 1: open /var/lib/docker/tmp/docker-import-1/repositories: no such file or directory';

function save(done: Promise<void>): TarStream {
  done.catch(() => {});
  return { stream: new PassThrough(), done, kill: () => {} };
}

describe('uploadFailure', () => {
  it('names the failed docker save as the cause', async () => {
    const failed = save(
      Promise.reject(
        new Error('docker save failed (exit 1): Error response from daemon: reference does not exist'),
      ),
    );
    expect(await uploadFailure(LOAD, failed)).toBe(
      `docker save failed (exit 1): Error response from daemon: reference does not exist (so ${LOAD})`,
    );
  });

  it("is load's own failure when the save succeeded or is still running", async () => {
    expect(await uploadFailure(LOAD, save(Promise.resolve()))).toBe(LOAD);
    expect(await uploadFailure(LOAD, save(new Promise<void>(() => {})), 10)).toBe(LOAD);
  });
});
