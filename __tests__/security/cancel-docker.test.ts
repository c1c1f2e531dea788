// Issue #10 item 17 (docker-smoke-test): SIGINT during a wait ends the step, container removed, within 2 s.

import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { buildBusyboxImage, docker, removeRunContainers, runContainers } from '../support/docker.js';
import { describeWithService, dockerUnavailable } from '../support/services.js';
import { runStep } from '../support/step.js';

const SUFFIX = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
const IMAGE = `ci-kit-sec-sleeper:${SUFFIX}`;
const RUN_ID = `sec-cancel-${SUFFIX}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const ours = () => runContainers(RUN_ID);

describeWithService('docker-smoke-test: SIGINT', dockerUnavailable(), () => {
  beforeAll(() => {
    buildBusyboxImage(IMAGE, 'LABEL ci-kit.test=security\nCMD ["sleep", "60"]');
  }, 120_000);
  afterAll(() => {
    removeRunContainers(RUN_ID);
    docker(['rmi', '-f', IMAGE]);
  });

  it('ends a wait within 2 s and removes the container', async () => {
    let pid = 0;
    const pending = runStep({
      action: 'docker-smoke-test',
      inputs: { image: IMAGE, 'wait-for': 'log:never printed', timeout: '60s' },
      env: { GITHUB_RUN_ID: RUN_ID },
      timeoutMs: 60_000,
      post: false,
      onSpawn: (spawned) => (pid = spawned),
    });
    for (let i = 0; i < 200 && ours().length === 0; i++) await sleep(100);
    expect(ours()).toHaveLength(1);
    await sleep(300);
    const sent = performance.now();
    process.kill(pid, 'SIGINT');
    const step = await pending;
    const endedAfterMs = performance.now() - sent;
    expect(step.exitCode).toBe(1);
    expect(ours()).toEqual([]);
    expect(endedAfterMs).toBeLessThan(2000);
  });
});
