// Build args often carry a registry token: its value must not be in the `docker build` argument list
// (visible to every process on the runner) and must be masked in the build log (issue #10, item 14).
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { buildBusyboxImage, docker, removeRunContainers } from '../support/docker.js';
import { describeWithService, dockerUnavailable } from '../support/services.js';
import { runStep } from '../support/step.js';

const ACTION = 'docker-smoke-test';
const SUFFIX = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
const BASE = `ci-kit-sec-base:${SUFFIX}`;
const RUN_ID = `sec-build-args-${SUFFIX}`;
const TOKEN = `npm-tok3n-${SUFFIX}`;

describeWithService(
  'docker-smoke-test keeps build-arg values out of argv and the log',
  dockerUnavailable(),
  () => {
    beforeAll(() => {
      buildBusyboxImage(BASE, 'LABEL ci-kit.test=sec-dd');
    }, 120_000);
    afterAll(() => {
      removeRunContainers(RUN_ID);
      docker(['rmi', '-f', BASE]);
    });

    it('passes the value through the docker CLI environment and masks it', async () => {
      const context = mkdtempSync(join(tmpdir(), 'ci-kit-sec-context-'));
      writeFileSync(
        join(context, 'Dockerfile'),
        [
          `FROM ${BASE}`,
          'ARG NPM_TOKEN',
          'ENV SEEN_TOKEN=$NPM_TOKEN',
          'RUN echo "token is $NPM_TOKEN"',
          'CMD ["sleep", "60"]',
        ].join('\n'),
      );
      // A docker on PATH that records its arguments, then runs the real one.
      const shim = mkdtempSync(join(tmpdir(), 'ci-kit-sec-shim-'));
      const argv = join(shim, 'argv.log');
      const real = execFileSync('sh', ['-c', 'command -v docker'], { encoding: 'utf8' }).trim();
      writeFileSync(
        join(shim, 'docker'),
        `#!/bin/sh\nprintf '%s\\n' "$*" >> '${argv}'\nexec '${real}' "$@"\n`,
      );
      chmodSync(join(shim, 'docker'), 0o755);

      const step = await runStep({
        action: ACTION,
        inputs: {
          context,
          'build-args': `NPM_TOKEN=${TOKEN}`,
          'wait-for': 'running',
          'stable-for': '300ms',
          // The image got the value (compared in two halves: the whole value must not be in any argv).
          exec: `sh -c 'test "\${SEEN_TOKEN#npm-tok3n-}" = ${SUFFIX} && test "\${SEEN_TOKEN%-${SUFFIX}}" = npm-tok3n'`,
          'remove-image': 'true',
        },
        env: { GITHUB_RUN_ID: RUN_ID, PATH: `${shim}:${process.env.PATH}` },
        timeoutMs: 120_000,
      });
      expect(step.commands.find((command) => command.command === 'error')).toBeUndefined();
      expect(step.exitCode).toBe(0);
      const build = readFileSync(argv, 'utf8')
        .split('\n')
        .find((line) => line.startsWith('build '));
      expect(build).toContain('--build-arg NPM_TOKEN ');
      expect(readFileSync(argv, 'utf8')).not.toContain(TOKEN);
      expect(step.log).toContain('token is ***');
      expect(step.log).not.toContain(TOKEN);
    });
  },
);
