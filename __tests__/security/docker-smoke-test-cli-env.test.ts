// Attack and accident: container env that names the docker CLI's own variables (DOCKER_HOST), and
// docker calls that fail. The CLI must stay on its own engine, and a failure must say what docker
// said and which input caused it, not "Run 'docker run --help'" (issue #10, item 18).
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { RunStepOptions } from '../../cli/runner.js';
import { buildBusyboxImage, docker, removeRunContainers } from '../support/docker.js';
import { describeWithService, dockerUnavailable } from '../support/services.js';
import { expectOneLineFailure, runStep } from '../support/step.js';

const ACTION = 'docker-smoke-test';
const SUFFIX = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
const IMAGE = `ci-kit-sec-plain:${SUFFIX}`;
const RUN_ID = `sec-cli-env-${SUFFIX}`;
const runnerTemp = mkdtempSync(join(tmpdir(), 'ci-kit-runner-temp-'));

const run = (inputs: Record<string, string>, extra: Partial<RunStepOptions> = {}) =>
  runStep({
    action: ACTION,
    inputs: { image: IMAGE, 'wait-for': 'running', 'stable-for': '300ms', ...inputs },
    env: { GITHUB_RUN_ID: RUN_ID, RUNNER_TEMP: runnerTemp },
    timeoutMs: 60_000,
    ...extra,
  });

describeWithService('docker-smoke-test keeps the CLI apart from the container', dockerUnavailable(), () => {
  beforeAll(() => {
    buildBusyboxImage(IMAGE, 'LABEL ci-kit.test=sec-dd\nCMD ["sleep", "60"]');
  }, 120_000);
  afterAll(() => {
    removeRunContainers(RUN_ID);
    docker(['rmi', '-f', IMAGE]);
  });

  it('gives DOCKER_HOST from env to the container, never to the docker CLI', async () => {
    const step = await run({
      env: 'DOCKER_HOST=tcp://127.0.0.1:9\nAPI_TOKEN=v4lue-of-the-token',
      exec: `sh -c 'test "$DOCKER_HOST" = tcp://127.0.0.1:9 && test "$API_TOKEN" = v4lue-of-the-token'`,
    });
    expect(step.commands.find((command) => command.command === 'error')).toBeUndefined();
    expect(step.exitCode).toBe(0);
    expect(step.log).not.toContain('v4lue-of-the-token');
    // The env file lived only while docker run read it.
    expect(readdirSync(runnerTemp).filter((name) => name.startsWith('ci-kit-smoke-env-'))).toEqual([]);
  });

  it('shows the real error of a bad option and names the input, not the --help hint', async () => {
    const step = await run({ options: '--memory=abc' });
    expectOneLineFailure(
      step,
      ACTION,
      `docker run failed (input 'options'): invalid argument "abc" for "-m, --memory" flag: invalid size: 'abc'`,
    );
    expect(step.log).not.toContain("Run 'docker run --help'");
  });

  it('names the network input when the network does not exist', async () => {
    const network = `ci-kit-no-such-network-${SUFFIX}`;
    const step = await run({ network });
    expectOneLineFailure(step, ACTION, `docker run failed (input 'network'): `);
    expect(step.commands.find((command) => command.command === 'error')?.message).toContain(
      `network ${network} not found`,
    );
  });
});
