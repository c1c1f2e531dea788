// The deploy-ssh bundle deploying containers as the runner runs it (Node 24, INPUT_*, file commands,
// post step) over a real sshd to this machine's dockerd: a deploy with its summary and outputs, then a
// SIGINT while a broken image is being tried, which leaves the live container serving and nothing else.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { docker } from '../support/docker.js';
import { freePort } from '../support/http-server.js';
import {
  buildBrokenImage,
  buildWebImage,
  removeDeploy,
  uniqueRepository,
} from '../support/service-images.js';
import { describeWithService, dockerUnavailable, sshdUnavailable } from '../support/services.js';
import { startSshd, type TestSshd } from '../support/sshd.js';
import { runStep } from '../support/step.js';

const ACTION = 'deploy-ssh';
const root = join(import.meta.dirname, '..', '..');
const bundleRoot = process.env.CI_KIT_E2E_ROOT ?? root;
const bundle = join(bundleRoot, 'dist', ACTION, 'index.js');
const missing = existsSync(bundle) ? undefined : `no bundle at ${bundle} (npm run build)`;

const serving = async (port: number) => {
  try {
    return (await (await fetch(`http://127.0.0.1:${port}/`)).text()).trim();
  } catch {
    return 'nothing';
  }
};

describeWithService(
  'deploy-ssh bundle deploying containers',
  missing ?? sshdUnavailable() ?? dockerUnavailable(),
  () => {
    let sshd: TestSshd;
    let port: number;
    const repository = uniqueRepository();
    const name = repository.split('/').pop()!;
    const lockDir = mkdtempSync(join(tmpdir(), 'ci-kit-e2e-container-'));
    beforeAll(async () => {
      sshd = await startSshd();
      port = await freePort();
      buildWebImage(`${repository}:v1`, 'v1');
      buildBrokenImage(`${repository}:broken`);
    }, 180_000);
    afterAll(async () => {
      removeDeploy(name, repository);
      await sshd?.stop();
    });
    const run = (extra: Record<string, string>, onSpawn?: (pid: number) => void) =>
      runStep({
        action: ACTION,
        root: bundleRoot,
        timeoutMs: 90_000,
        onSpawn,
        inputs: {
          host: `${sshd.user}@127.0.0.1:${sshd.port}`,
          key: sshd.clientKey,
          'known-hosts': sshd.knownHostsLine,
          container: name,
          target: lockDir,
          ports: `127.0.0.1:${port}:8080`,
          'image-source': 'upload',
          'run-options': '--init',
          'health-url': `http://127.0.0.1:${port}/health`,
          env: 'APP_SECRET=e2e-s3cr3t-value',
          ...extra,
        },
      });

    it('deploys, reports per host in the summary and outputs, never printing env values', async () => {
      const step = await run({ image: `${repository}:v1` });
      expect(step.exitCode).toBe(0);
      expect(await serving(port)).toBe('v1');
      expect(step.outputs['image-id']).toMatch(/^sha256:/);
      expect(step.outputs['container-id']).toBe(docker(['inspect', '-f', '{{.Id}}', name]));
      expect(step.summary).toContain('Switch gap');
      const everything = `${step.log}${JSON.stringify(step.outputs)}${step.summary}`;
      expect(everything).not.toContain('e2e-s3cr3t-value');
      expect(step.post?.exitCode).toBe(0);
    });

    it('on SIGINT while a broken image is tried: old container serves, no temporary container, lock released', async () => {
      let killed = false;
      const step = await run({ image: `${repository}:broken`, 'health-timeout': '60s' }, (pid) => {
        const giveUp = setTimeout(() => clearInterval(wait), 60_000);
        const wait = setInterval(() => {
          const names = docker([
            'ps',
            '-a',
            '--filter',
            `label=ci-kit.deploy=${name}`,
            '--format',
            '{{.Names}}',
          ]);
          if (names.includes('.probe') && !killed) {
            killed = true;
            clearInterval(wait);
            clearTimeout(giveUp);
            process.kill(pid, 'SIGINT');
          }
        }, 100);
      });
      expect(killed).toBe(true);
      expect(step.exitCode).not.toBe(0);
      expect(step.log).toContain('received SIGINT');
      expect(await serving(port)).toBe('v1');
      expect(
        docker(['ps', '-a', '--filter', `label=ci-kit.deploy=${name}`, '--format', '{{.Names}} {{.State}}']),
      ).toBe(`${name} running`);
      expect(existsSync(join(lockDir, '.ci-kit', 'lock'))).toBe(false);
    });
  },
);
