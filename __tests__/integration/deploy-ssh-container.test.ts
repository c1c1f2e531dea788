// deploy-ssh's container strategy against a real sshd whose `docker` is this machine's dockerd:
// first deploy, upgrade, a broken and a crashing image (the old container keeps serving), env kept
// out of ps and the log, rollback mode, the lock, and a cancel mid-deploy.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { runInProcess } from '../fixtures/deploy-ssh/run-in-process.js';
import { docker } from '../support/docker.js';
import { freePort } from '../support/http-server.js';
import {
  buildBrokenImage,
  buildCrashingImage,
  buildWebImage,
  removeDeploy,
  uniqueRepository,
} from '../support/service-images.js';
import { describeWithService, dockerUnavailable, sshdUnavailable } from '../support/services.js';
import { startSshd, type TestSshd } from '../support/sshd.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Why the last request of `get` got no answer (refused, reset, timed out). */
let lastFailure = '';

async function get(url: string): Promise<{ status: number; body: string } | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return { status: response.status, body: await response.text() };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    lastFailure = `${(error as Error).name}${cause ? ` ${cause}` : ''}`;
    return undefined;
  }
}

/** Requests `url` back to back until stopped; counts the ones that did not get a 200. */
function poll(url: string) {
  let running = true;
  let ok = 0;
  const failures: string[] = [];
  const done = (async () => {
    while (running) {
      const response = await get(url);
      if (response?.status === 200) ok++;
      else failures.push(response ? `status ${response.status}` : `no answer (${lastFailure})`);
      await sleep(20);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return { ok, failures };
    },
  };
}

const names = (name: string) =>
  docker(['ps', '-a', '--filter', `label=ci-kit.deploy=${name}`, '--format', '{{.Names}} {{.State}}'])
    .split('\n')
    .filter(Boolean)
    .sort();

describeWithService(
  'deploy-ssh container strategy on a real sshd and dockerd',
  sshdUnavailable() ?? dockerUnavailable(),
  () => {
    let server: TestSshd;
    const repository = uniqueRepository();
    const name = repository.split('/').pop()!;
    let port: number;
    const lockDir = mkdtempSync(join(tmpdir(), 'ci-kit-container-lock-'));
    const image = (tag: string) => `${repository}:${tag}`;

    beforeAll(async () => {
      server = await startSshd();
      port = await freePort();
      buildWebImage(image('v1'), 'v1');
      buildWebImage(image('v2'), 'v2');
      buildWebImage(image('v3'), 'v3');
      buildBrokenImage(image('broken'));
      buildCrashingImage(image('crash'));
    }, 180_000);
    afterAll(async () => {
      removeDeploy(name, repository);
      await server?.stop();
    });

    const inputs = (extra: Record<string, string>) => ({
      host: `${server.user}@127.0.0.1:${server.port}`,
      key: server.clientKey,
      'known-hosts': server.knownHostsLine,
      'connect-timeout': '10s',
      container: name,
      target: lockDir,
      ports: `127.0.0.1:${port}:8080`,
      'health-url': `http://127.0.0.1:${port}/health`,
      'health-timeout': '15s',
      // The "host" shares this machine's dockerd: the images built here are already there.
      'image-source': 'upload',
      // busybox httpd as PID 1 ignores SIGTERM: an init makes `docker stop` quick.
      'run-options': '--init',
      // Nothing here is about pruning (the hosts test is): every image built up front stays.
      'keep-releases': '1000',
      ...extra,
    });
    const serving = async () => (await get(`http://127.0.0.1:${port}/`))?.body.trim();

    it('first deploy: starts the service and reports it', async () => {
      const step = await runInProcess(inputs({ image: image('v1') }));
      expect(step.error).toBeUndefined();
      expect(await serving()).toBe('v1');
      expect(names(name)).toEqual([`${name} running`]);
      const [result] = JSON.parse(step.outputs.results!);
      expect(result.container).toMatchObject({ imageBefore: null, transfer: 'present' });
      expect(step.outputs['image-id']).toBe(docker(['image', 'inspect', '-f', '{{.Id}}', image('v1')]));
      expect(step.outputs['container-id']).toBe(docker(['inspect', '-f', '{{.Id}}', name]));
      expect(step.summary).toContain('Switch gap');
    });

    it('upgrade: the new version serves, the old container is kept stopped for rollback', async () => {
      const step = await runInProcess(inputs({ image: image('v2') }));
      expect(step.error).toBeUndefined();
      expect(await serving()).toBe('v2');
      expect(names(name)).toEqual([`${name} running`, `${name}.previous exited`]);
      const [result] = JSON.parse(step.outputs.results!);
      expect(result.container.switchGapMs).toBeGreaterThan(0);
      expect(step.outputs['previous-image-id']).toBe(
        docker(['image', 'inspect', '-f', '{{.Id}}', image('v1')]),
      );
      expect(step.outputs['previous-release']).toBe(image('v1'));
      expect(step.log).toMatch(/port answered again \d+ ms later/);
    });

    it('a broken image never touches the live container: no failed request while it is tried', async () => {
      const client = poll(`http://127.0.0.1:${port}/`);
      const step = await runInProcess(inputs({ image: image('broken'), 'health-timeout': '3s' }));
      const { ok, failures } = await client.stop();
      expect(step.error?.message).toMatch(/starting the new container failed: .*not healthy within 3s/);
      expect(step.outputs['rolled-back']).toBe('true');
      expect(failures).toEqual([]);
      expect(ok).toBeGreaterThan(10);
      expect(await serving()).toBe('v2');
      expect(names(name)).toEqual([`${name} running`, `${name}.previous exited`]);
    });

    it('an image that crashes on start fails at once with its exit code and last output', async () => {
      const started = performance.now();
      const step = await runInProcess(inputs({ image: image('crash') }));
      expect(step.error?.message).toMatch(/exited with code 3 before it was healthy; last output: boom/);
      expect(performance.now() - started).toBeLessThan(14_000);
      expect(await serving()).toBe('v2');
      expect(names(name)).toEqual([`${name} running`, `${name}.previous exited`]);
    });

    it('env reaches the container through a removed 0600 file, never ps or the log', async () => {
      const secret = `s3cr3t-${Date.now()}`;
      let seen = false;
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          if (execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).includes(secret)) seen = true;
          await sleep(50);
        }
      })();
      const step = await runInProcess(inputs({ image: image('v3'), env: `APP_SECRET=${secret}` }));
      sampling = false;
      await sampler;
      expect(step.error).toBeUndefined();
      expect((await get(`http://127.0.0.1:${port}/env`))?.body).toBe(secret);
      expect(seen).toBe(false);
      const printed = step.raw.replace(/^::add-mask::.*$/gm, '');
      expect(printed).not.toContain(secret.slice(0, -1));
      expect(step.outputs.results).not.toContain(secret);
      expect(step.summary).not.toContain(secret);
      expect(readdirSync(lockDir).filter((file) => file.startsWith('env.'))).toEqual([]);
    });

    it('rollback mode swaps back to the kept container, and a second rollback goes forward again', async () => {
      const back = await runInProcess(inputs({ image: image('v3'), rollback: 'true' }));
      expect(back.error).toBeUndefined();
      expect(await serving()).toBe('v2');
      expect(back.outputs).toMatchObject({
        release: image('v2'),
        'previous-release': image('v3'),
        'rolled-back': 'true',
      });
      const forward = await runInProcess(inputs({ image: image('v3'), rollback: 'true' }));
      expect(forward.error).toBeUndefined();
      expect(await serving()).toBe('v3');
    });

    it('serialises two concurrent deploys with the lock', async () => {
      const [a, b] = await Promise.all([
        runInProcess(inputs({ image: image('v1') })),
        sleep(300).then(() => runInProcess(inputs({ image: image('v2') }))),
      ]);
      expect(a.error).toBeUndefined();
      expect(b.error).toBeUndefined();
      expect(b.log).toMatch(/waiting for the deploy lock/);
      expect(await serving()).toBe('v2');
      expect(docker(['inspect', '-f', '{{.Config.Image}}', `${name}.previous`])).toBe(image('v1'));
      expect(existsSync(join(lockDir, '.ci-kit', 'lock'))).toBe(false);
    });

    it('a host lost mid-deploy keeps serving the old container; the next deploy clears what was left', async () => {
      const doomed = await startSshd({
        authorizedKeys: [execFileSync('ssh-keygen', ['-y', '-f', server.clientKeyPath]).toString()],
      });
      try {
        const client = poll(`http://127.0.0.1:${port}/`);
        const step = runInProcess({
          ...inputs({ image: image('broken'), 'health-timeout': '30s' }),
          host: `${doomed.user}@127.0.0.1:${doomed.port}`,
          'known-hosts': doomed.knownHostsLine,
          // Its own lock folder: the lock of a lost host stays until it is stale.
          target: mkdtempSync(join(tmpdir(), 'ci-kit-container-lost-')),
        });
        for (let i = 0; i < 200 && !names(name).some((line) => line.includes('.probe')); i++) await sleep(50);
        doomed.kill();
        const result = await step;
        const { failures } = await client.stop();
        expect(result.error?.message).toMatch(
          /lost the connection|connection|starting the new container failed/,
        );
        expect(failures).toEqual([]);
        expect(await serving()).toBe('v2');
        // The killed `docker run` may have left its probe: the next deploy removes it first.
        const next = await runInProcess(inputs({ image: image('v2') }));
        expect(next.error).toBeUndefined();
        expect(names(name)).toEqual([`${name} running`, `${name}.previous exited`]);
      } finally {
        await doomed.stop();
      }
    });

    it('a cancel mid-deploy leaves the old container serving and no temporary container', async () => {
      const controller = new AbortController();
      const client = poll(`http://127.0.0.1:${port}/`);
      const step = runInProcess(inputs({ image: image('broken'), 'health-timeout': '30s' }), {
        signal: controller.signal,
      });
      for (let i = 0; i < 200 && !names(name).some((line) => line.includes('.probe')); i++) await sleep(50);
      controller.abort(new Error('cancelled (SIGINT)'));
      const result = await step;
      const { failures } = await client.stop();
      expect(result.error?.message).toBe('cancelled (SIGINT)');
      expect(failures).toEqual([]);
      expect(await serving()).toBe('v2');
      expect(names(name)).toEqual([`${name} running`, `${name}.previous exited`]);
      expect(existsSync(join(lockDir, '.ci-kit', 'lock'))).toBe(false);
    });
  },
);
