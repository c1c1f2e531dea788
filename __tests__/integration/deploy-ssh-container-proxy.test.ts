// deploy-ssh's zero-downtime container mode behind a real nginx on the host: a client requesting
// through nginx all along sees no failed request across a first deploy, an upgrade, a broken image
// and a rollback.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { runInProcess } from '../fixtures/deploy-ssh/run-in-process.js';
import { docker } from '../support/docker.js';
import { nginxUnavailable, startNginx, type TestNginx } from '../support/nginx.js';
import {
  buildBrokenImage,
  buildWebImage,
  removeDeploy,
  uniqueRepository,
} from '../support/service-images.js';
import { describeWithService, dockerUnavailable, sshdUnavailable } from '../support/services.js';
import { startSshd, type TestSshd } from '../support/sshd.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function body(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    return response.status === 200 ? (await response.text()).trim() : `status ${response.status}`;
  } catch (error) {
    return `error ${(error as Error).message}`;
  }
}

function poll(url: string) {
  let running = true;
  const seen: string[] = [];
  const done = (async () => {
    while (running) {
      const started = performance.now();
      const answer = (await body(url)) ?? '';
      seen.push(performance.now() - started > 1000 ? `slow ${answer}` : answer);
      await sleep(10);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return seen;
    },
  };
}

describeWithService(
  'deploy-ssh container strategy behind nginx (zero downtime)',
  sshdUnavailable() ?? dockerUnavailable() ?? nginxUnavailable(),
  () => {
    let server: TestSshd;
    let nginx: TestNginx;
    const repository = uniqueRepository();
    const name = repository.split('/').pop()!;
    const image = (tag: string) => `${repository}:${tag}`;
    const lockDir = mkdtempSync(join(tmpdir(), 'ci-kit-proxy-lock-'));

    beforeAll(async () => {
      server = await startSshd();
      nginx = await startNginx();
      buildWebImage(image('v1'), 'v1');
      buildWebImage(image('v2'), 'v2');
      buildBrokenImage(image('broken'));
    }, 180_000);
    afterAll(async () => {
      removeDeploy(name, repository);
      nginx?.stop();
      await server?.stop();
    });

    const inputs = (extra: Record<string, string>) => ({
      host: `${server.user}@127.0.0.1:${server.port}`,
      key: server.clientKey,
      'known-hosts': server.knownHostsLine,
      container: name,
      target: lockDir,
      'image-source': 'upload',
      ports: '8080',
      'run-options': '--init',
      'proxy-upstream-file': nginx.upstreamFile,
      'proxy-reload-command': nginx.reloadCommand,
      'health-url': `http://127.0.0.1:${nginx.port}/health`,
      'health-timeout': '10s',
      ...extra,
    });
    const url = () => `http://127.0.0.1:${nginx.port}/`;

    it('first deploy points nginx at the container', async () => {
      const step = await runInProcess(inputs({ image: image('v1') }));
      expect(step.error).toBeUndefined();
      expect(await body(url())).toBe('v1');
      // Published on an ephemeral loopback port, never the service's own.
      expect(docker(['port', name, '8080/tcp'])).toMatch(/^127\.0\.0\.1:\d+$/);
    });

    it('an upgrade, a broken image and a rollback, with no failed request through nginx', async () => {
      const client = poll(url());
      const upgrade = await runInProcess(inputs({ image: image('v2') }));
      expect(upgrade.error).toBeUndefined();
      expect(await body(url())).toBe('v2');
      const broken = await runInProcess(inputs({ image: image('broken'), 'health-timeout': '2s' }));
      expect(broken.error?.message).toMatch(/not healthy within 2s/);
      expect(await body(url())).toBe('v2');
      const back = await runInProcess(inputs({ image: image('v2'), rollback: 'true' }));
      expect(back.error).toBeUndefined();
      expect(await body(url())).toBe('v1');
      const seen = await client.stop();
      expect(seen.filter((answer) => answer !== 'v1' && answer !== 'v2')).toEqual([]);
      expect(seen).toContain('v2');
      expect(seen.length).toBeGreaterThan(50);
      const [result] = JSON.parse(upgrade.outputs.results!);
      expect(result.container.switchGapMs).toBe(0);
    });
  },
);
