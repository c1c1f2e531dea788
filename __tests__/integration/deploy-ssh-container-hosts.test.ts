// deploy-ssh's container strategy on two hosts with engines of their own: this machine's dockerd
// behind one sshd, a second dockerd (started here) behind another. Upload fanned out to both, a
// rolling switch that fails on the second host (both end on the old version), a pull from a local
// registry with a password, and pruning of old images.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { runInProcess } from '../fixtures/deploy-ssh/run-in-process.js';
import { docker } from '../support/docker.js';
import { secondDockerdUnavailable, startSecondDockerd, type TestDockerd } from '../support/dockerd.js';
import { registryUnavailable, startRegistry, type TestRegistry } from '../support/registry.js';
import { buildWebImage, removeDeploy, uniqueRepository } from '../support/service-images.js';
import { describeWithService, dockerUnavailable, IN_CI, sshdUnavailable } from '../support/services.js';
import { startSshd, type TestSshd } from '../support/sshd.js';

describeWithService(
  'deploy-ssh container strategy on two hosts with their own engines',
  sshdUnavailable() ?? dockerUnavailable() ?? secondDockerdUnavailable(),
  () => {
    let first: TestSshd;
    let second: TestSshd;
    let engine: TestDockerd;
    const repository = uniqueRepository();
    const name = repository.split('/').pop()!;
    const image = (tag: string) => `${repository}:${tag}`;
    const homes = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'ci-kit-home-')));

    beforeAll(async () => {
      engine = await startSecondDockerd();
      first = await startSshd({ home: homes[0] });
      const pub = execFileSync('ssh-keygen', ['-y', '-f', first.clientKeyPath]).toString();
      second = await startSshd({ home: homes[1], authorizedKeys: [pub], env: { DOCKER_HOST: engine.host } });
      buildWebImage(image('v1'), 'v1', { healthcheck: true });
      buildWebImage(image('v2'), 'v2', { healthcheck: true });
      buildWebImage(image('plain'), 'plain');
    }, 240_000);
    afterAll(async () => {
      removeDeploy(name, repository);
      await first?.stop();
      await second?.stop();
      await engine?.stop();
    });

    const inputs = (extra: Record<string, string>, servers = [first, second]) => ({
      host: servers.map((server) => `${server.user}@127.0.0.1:${server.port}`).join('\n'),
      key: first.clientKey,
      'known-hosts': servers.map((server) => server.knownHostsLine).join('\n'),
      'connect-timeout': '10s',
      container: name,
      'image-source': 'upload',
      // The second engine has no bridge: containers without a network (HEALTHCHECK uses loopback).
      'run-options': '--init\n--network=none',
      'health-timeout': '20s',
      ...extra,
    });
    const servingOn = (run: (args: string[]) => string) =>
      run(['exec', name, 'cat', '/www/index.html']).trim();
    const engines = () => [docker, engine.docker] as Array<(args: string[]) => string>;

    it('uploads the image once to the host without it and starts both, gated by the HEALTHCHECK', async () => {
      const step = await runInProcess(inputs({ image: image('v1') }));
      expect(step.error).toBeUndefined();
      for (const run of engines()) expect(servingOn(run)).toBe('v1');
      const results = JSON.parse(step.outputs.results!);
      expect(results.map((result: { container: { transfer: string } }) => result.container.transfer)).toEqual(
        ['present', 'uploaded'],
      );
      expect(engine.docker(['image', 'inspect', '-f', '{{.Id}}', image('v1')])).toBe(
        docker(['image', 'inspect', '-f', '{{.Id}}', image('v1')]),
      );
      // Side by side (no published ports): no gap at all.
      expect(
        results.map((result: { container: { switchGapMs: number } }) => result.container.switchGapMs),
      ).toEqual([0, 0]);
    });

    it('rolling: a failure on the second host after the first switched puts both back', async () => {
      // Passes for the new container under its temporary name, fails on the second host once switched.
      const health = [
        `if [ -n "\${DOCKER_HOST:-}" ] && [ "$DEPLOY_CONTAINER" = ${name} ]; then echo "refused on purpose"; exit 1; fi`,
        'docker exec "$DEPLOY_CONTAINER" wget -q -O /dev/null http://127.0.0.1:8080/health',
      ].join('\n');
      const step = await runInProcess(
        inputs({ image: image('plain'), rolling: '1', 'health-command': health, 'health-timeout': '3s' }),
      );
      expect(step.error?.message).toMatch(
        /switching .* failed: .*refused on purpose.*every host runs its previous container/,
      );
      expect(step.outputs['rolled-back']).toBe('true');
      for (const run of engines()) {
        expect(servingOn(run)).toBe('v1');
        expect(run(['ps', '-a', '--filter', `name=${name}.next`, '-q'])).toBe('');
      }
      expect(step.log).toMatch(/1 host\(s\) at a time/);
    });

    it('pulls from a registry with a password sent over stdin and leaves no login behind', async () => {
      const why = registryUnavailable();
      if (why) {
        if (IN_CI) throw new Error(why);
        console.warn(`registry pull not tested: ${why}`);
        return;
      }
      const registry: TestRegistry = await startRegistry();
      const config = mkdtempSync(join(tmpdir(), 'ci-kit-docker-config-'));
      const remote = `${registry.address}/${repository}:v2`;
      try {
        const env = { ...process.env, DOCKER_CONFIG: config };
        execFileSync('docker', ['login', '-u', registry.username, '--password-stdin', registry.address], {
          input: registry.password,
          env,
          stdio: 'pipe',
        });
        docker(['tag', image('v2'), remote]);
        execFileSync('docker', ['push', '-q', remote], { env, stdio: 'pipe', timeout: 120_000 });
        docker(['rmi', remote]);
        // The first host only: the second engine, started from the test, sits in a network namespace
        // of its own here and cannot reach the registry on 127.0.0.1.
        const wrong = await runInProcess({
          ...inputs({ image: remote, 'image-source': 'pull', 'registry-username': registry.username }, [
            first,
          ]),
          'registry-password': 'not-the-password',
        });
        expect(wrong.error?.message).toMatch(/pulling .* failed: .*docker login: .*401 Unauthorized/);
        expect(servingOn(docker)).toBe('v1');

        const step = await runInProcess(
          inputs(
            {
              image: remote,
              'image-source': 'pull',
              'registry-username': registry.username,
              'registry-password': registry.password,
            },
            [first],
          ),
        );
        expect(step.error).toBeUndefined();
        expect(servingOn(docker)).toBe('v2');
        expect(step.raw.replace(/^::add-mask::.*$/gm, '')).not.toContain(registry.password);
        for (const home of homes) {
          const file = join(home, '.docker', 'config.json');
          if (existsSync(file)) expect(readFileSync(file, 'utf8')).not.toContain(registry.address);
        }
      } finally {
        try {
          docker(['rmi', remote]);
        } catch {
          // not tagged here
        }
        await registry.stop();
      }
    });

    it('keeps keep-releases images of the repository and prunes older ones, nothing else', async () => {
      const other = `${uniqueRepository('ci-kit-test/other')}:keep`;
      engine.docker(['tag', image('v1'), other]);
      for (const tag of ['v1', 'v2', 'plain']) {
        const step = await runInProcess(
          // Only the second host: pruning the first would prune the runner's own images (one engine).
          inputs({ image: image(tag), 'keep-releases': '1', 'health-command': '' }, [second]),
        );
        expect(step.error).toBeUndefined();
      }
      const left = engine
        .docker(['images', '--format', '{{.Repository}}:{{.Tag}}', repository])
        .split('\n')
        .sort();
      // plain runs, v2 is kept stopped for rollback; v1 is pruned (it is still tagged as `other`).
      expect(left).toEqual([image('plain'), image('v2')]);
      expect(engine.docker(['image', 'inspect', '-f', '{{.Id}}', other])).toMatch(/^sha256:/);
    });
  },
);
