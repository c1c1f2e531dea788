// Attack: a `source` tree holding FIFOs, device nodes, sockets and links leading out of it, deployed
// to a real sshd. Nothing but files, folders and inside links may reach the server unasked (issue #10, item 13).
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from '@jest/globals';
import { runInProcess } from '../fixtures/deploy-ssh/run-in-process.js';
import { describeWithService, sshdUnavailable } from '../support/services.js';
import { useSshd } from '../support/sshd-suite.js';

const temp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
const isRoot = process.getuid?.() === 0;

function source(): string {
  const dir = temp('ci-kit-src-');
  writeFileSync(join(dir, 'index.html'), 'v1\n');
  mkdirSync(join(dir, 'sub'));
  return dir;
}

describeWithService('deploy-ssh vets what source holds', sshdUnavailable(), () => {
  const sshd = useSshd({ defaults: { 'connect-timeout': '10s' } });
  const inputs = sshd.inputs;
  const nothingDeployed = (target: string) => expect(existsSync(target)).toBe(false);

  it('refuses a FIFO before connecting, naming it', async () => {
    const dir = source();
    execFileSync('mkfifo', [join(dir, 'sub', 'pipe')]);
    const target = join(temp('ci-kit-target-'), 'app');
    const step = await runInProcess(inputs({ source: dir, target }));
    expect(step.error?.message).toBe(
      "input 'source' holds a FIFO (named pipe) at sub/pipe: only files, folders and symbolic links are uploaded; remove them from the tree first",
    );
    nothingDeployed(target);
  });

  (isRoot ? it : it.skip)('refuses a device node (a root deploy would create it on the server)', async () => {
    const dir = source();
    execFileSync('mknod', [join(dir, 'null'), 'c', '1', '3']);
    const target = join(temp('ci-kit-target-'), 'app');
    const step = await runInProcess(inputs({ source: dir, target }));
    expect(step.error?.message).toMatch(/^input 'source' holds a character device at null: /);
    nothingDeployed(target);
  });

  it('refuses links that lead out of the release, however they get there, unless allowed', async () => {
    const dir = source();
    symlinkSync('/etc/passwd', join(dir, 'absolute'));
    symlinkSync('../../outside', join(dir, 'sub', 'up'));
    // Each link alone stays inside; together `hop/..` climbs out of the root.
    symlinkSync('.', join(dir, 'hop'));
    symlinkSync('hop/../escaped', join(dir, 'tricky'));
    symlinkSync('../index.html', join(dir, 'sub', 'inside'));
    const target = join(temp('ci-kit-target-'), 'app');
    const refused = await runInProcess(inputs({ source: dir, target }));
    const message = refused.error?.message ?? '';
    expect(message).toMatch(/^input 'source' holds symbolic links that lead out of it: /);
    expect(message).toContain('absolute -> /etc/passwd');
    expect(message).toContain('sub/up -> ../../outside');
    expect(message).toContain('tricky -> hop/../escaped');
    expect(message).not.toContain('sub/inside');
    expect(message).toContain("set 'allow-external-symlinks: true'");
    nothingDeployed(target);

    const allowed = await runInProcess(inputs({ source: dir, target, 'allow-external-symlinks': 'true' }));
    expect(allowed.error).toBeUndefined();
    expect(allowed.log).toContain('uploading 3 symbolic link(s) that lead out of the release');
    expect(readlinkSync(join(target, 'current', 'absolute'))).toBe('/etc/passwd');
    expect(readlinkSync(join(target, 'current', 'sub', 'inside'))).toBe('../index.html');
  });

  it('leaves sockets out and says so', async () => {
    const dir = source();
    const socket = join(dir, 'sub', 'app.sock');
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      const target = join(temp('ci-kit-target-'), 'app');
      const step = await runInProcess(inputs({ source: dir, target }));
      expect(step.error).toBeUndefined();
      expect(step.commands).toContainEqual(
        expect.objectContaining({
          command: 'warning',
          message: 'deploy-ssh: source: 1 socket(s) left out of the upload: sub/app.sock',
        }),
      );
      expect(readdirSync(join(target, 'current', 'sub'))).toEqual([]);
    } finally {
      server.close();
    }
  });

  it('shows a file name with a newline escaped, on one line', async () => {
    const dir = source();
    execFileSync('mkfifo', [join(dir, 'evil\n::warning::name')]);
    const step = await runInProcess(inputs({ source: dir, target: join(temp('ci-kit-target-'), 'app') }));
    expect(step.error?.message).toContain('a FIFO (named pipe) at evil\\n::warning::name');
    expect(step.error?.message).not.toContain('\n');
  });
});
