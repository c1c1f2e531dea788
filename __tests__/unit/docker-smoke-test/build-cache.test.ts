import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { hashContext } from '../../../actions/docker-smoke-test/build-cache.js';

describe('hashContext', () => {
  let context: string;
  const build = () => ({ context, buildArgs: [] as Array<[string, string]> });

  beforeEach(() => {
    context = mkdtempSync(join(tmpdir(), 'ci-kit-ctx-'));
    mkdirSync(join(context, 'src'));
    writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\n');
    writeFileSync(join(context, 'src', 'app.sh'), 'echo hi\n');
    writeFileSync(join(context, 'debug.log'), 'noise\n');
    mkdirSync(join(context, 'node_modules'));
    writeFileSync(join(context, 'node_modules', 'big.js'), 'x');
    writeFileSync(join(context, '.dockerignore'), '*.log\nnode_modules\n');
  });
  afterEach(() => rmSync(context, { recursive: true, force: true }));

  it('counts only what the build can read', async () => {
    // Dockerfile, .dockerignore and src/app.sh: not debug.log, not node_modules.
    expect(await hashContext(build())).toMatchObject({ files: 3 });
  });

  it('ignores changes to ignored files and sees every change the build would', async () => {
    const first = (await hashContext(build())).hash;
    writeFileSync(join(context, 'debug.log'), 'other noise\n');
    writeFileSync(join(context, 'node_modules', 'big.js'), 'y');
    expect((await hashContext(build())).hash).toBe(first);
    chmodSync(join(context, 'src', 'app.sh'), 0o755);
    const executable = (await hashContext(build())).hash;
    expect(executable).not.toBe(first);
    writeFileSync(join(context, 'src', 'app.sh'), 'echo bye\n');
    expect((await hashContext(build())).hash).not.toBe(executable);
  });

  it('a Dockerfile-specific ignore file wins over the context one', async () => {
    writeFileSync(join(context, 'Dockerfile.dockerignore'), 'src\n');
    // Dockerfile, Dockerfile.dockerignore, .dockerignore, debug.log and node_modules/big.js; not src/.
    expect(await hashContext(build())).toMatchObject({ files: 5 });
  });
});
