// Attack: a panic followed by megabytes of output, so that a check reading only the log's tail misses
// it. expect-logs and reject-logs must see the whole stream (issue #10, item 7).
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { RunStepOptions } from '../../cli/runner.js';
import { buildBusyboxImage, docker, removeRunContainers } from '../support/docker.js';
import { describeWithService, dockerUnavailable } from '../support/services.js';
import { runStep } from '../support/step.js';

const ACTION = 'docker-smoke-test';
const SUFFIX = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
const IMAGE = `ci-kit-sec-noisy:${SUFFIX}`;
const RUN_ID = `sec-log-stream-${SUFFIX}`;

// 3 MB of 100-character lines between the interesting line and `ready`.
const NOISY = `#!/bin/sh
echo "panic: boom in $1"
echo started
yes "$(printf '%099d' 0)" | head -n 30000
echo ready
exec sleep 60
`;

const run = (inputs: Record<string, string>, extra: Partial<RunStepOptions> = {}) =>
  runStep({
    action: ACTION,
    inputs: { image: IMAGE, command: 'sh /noisy.sh main', 'wait-for': 'log:^ready$', ...inputs },
    env: { GITHUB_RUN_ID: RUN_ID },
    timeoutMs: 90_000,
    ...extra,
  });

describeWithService('docker-smoke-test matches the whole log stream', dockerUnavailable(), () => {
  beforeAll(() => {
    buildBusyboxImage(IMAGE, 'LABEL ci-kit.test=sec-dd\nCOPY noisy.sh /noisy.sh', { 'noisy.sh': NOISY });
  }, 120_000);
  afterAll(() => {
    removeRunContainers(RUN_ID);
    docker(['rmi', '-f', IMAGE]);
  });

  it('fails reject-logs on a panic logged 3 MB before the end', async () => {
    const step = await run({ 'reject-logs': 'panic:' });
    const error = step.commands.find((command) => command.command === 'error')?.message;
    expect(error).toBe('docker-smoke-test: reject-logs /panic:/: found: panic: boom in main');
    expect(step.exitCode).toBe(1);
  });

  it('passes expect-logs on a line logged 3 MB before the end, showing only a bounded tail', async () => {
    const step = await run({ 'expect-logs': '^started$', 'log-lines': '20' });
    expect(step.commands.find((command) => command.command === 'error')).toBeUndefined();
    expect(step.exitCode).toBe(0);
    expect(step.summary).toContain('found: started');
    expect(step.outputs.logs!.split('\n').length).toBeLessThanOrEqual(21);
  });
});
