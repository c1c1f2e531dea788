// Everything a step writes goes into RUNNER_TEMP (cleaned by the runner, private to the job), never the
// shared system temp folder, where another user of a self-hosted runner could plant a symlink at a
// predictable name for docker to write through.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { buildBusyboxImage, docker } from '../support/docker.js';
import { describeWithService, dockerUnavailable } from '../support/services.js';
import { runStep } from '../support/step.js';

const SUFFIX = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
const BASE = `ci-kit-sec-temp:${SUFFIX}`;
const RUN_ID = `sec-temp-${SUFFIX}`;

describeWithService('docker-smoke-test writes only under RUNNER_TEMP', dockerUnavailable(), () => {
  const dirs: string[] = [];
  beforeAll(() => {
    buildBusyboxImage(BASE, 'LABEL ci-kit.test=sec-temp');
  }, 120_000);
  afterAll(() => {
    docker(['rmi', '-f', BASE]);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('puts the image id file of a build in RUNNER_TEMP, and leaves nothing there', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'ci-kit-sec-temp-runner-'));
    const context = mkdtempSync(join(tmpdir(), 'ci-kit-sec-temp-ctx-'));
    const shim = mkdtempSync(join(tmpdir(), 'ci-kit-sec-temp-shim-'));
    dirs.push(temp, context, shim);
    writeFileSync(join(context, 'Dockerfile'), `FROM ${BASE}\nCMD ["sleep", "60"]\n`);
    const argv = join(shim, 'argv.log');
    const real = execFileSync('sh', ['-c', 'command -v docker'], { encoding: 'utf8' }).trim();
    writeFileSync(join(shim, 'docker'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${argv}'\nexec '${real}' "$@"\n`);
    chmodSync(join(shim, 'docker'), 0o755);
    const step = await runStep({
      action: 'docker-smoke-test',
      inputs: { context, 'wait-for': 'running', 'stable-for': '200ms', 'remove-image': 'true' },
      env: { GITHUB_RUN_ID: RUN_ID, RUNNER_TEMP: temp, PATH: `${shim}:${process.env.PATH}` },
      timeoutMs: 120_000,
    });
    expect(step.exitCode).toBe(0);
    const build = readFileSync(argv, 'utf8')
      .split('\n')
      .find((line) => line.startsWith('build '))!;
    const iid = /--iidfile (\S+)/.exec(build)?.[1];
    expect(iid?.startsWith(`${temp}/`)).toBe(true);
    expect(execFileSync('find', [temp, '-mindepth', '1'], { encoding: 'utf8' })).toBe('');
  }, 150_000);

  it('with cache: true off a runner, saves no image for a cache it cannot reach', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'ci-kit-sec-temp-runner-'));
    const context = mkdtempSync(join(tmpdir(), 'ci-kit-sec-temp-ctx-'));
    const shim = mkdtempSync(join(tmpdir(), 'ci-kit-sec-temp-shim-'));
    dirs.push(temp, context, shim);
    writeFileSync(join(context, 'Dockerfile'), `FROM ${BASE}\nCMD ["sleep", "60"]\n`);
    const argv = join(shim, 'argv.log');
    const real = execFileSync('sh', ['-c', 'command -v docker'], { encoding: 'utf8' }).trim();
    writeFileSync(join(shim, 'docker'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${argv}'\nexec '${real}' "$@"\n`);
    chmodSync(join(shim, 'docker'), 0o755);
    const step = await runStep({
      action: 'docker-smoke-test',
      inputs: {
        context,
        cache: 'true',
        'wait-for': 'running',
        'stable-for': '200ms',
        'remove-image': 'true',
      },
      env: {
        GITHUB_RUN_ID: RUN_ID,
        RUNNER_TEMP: temp,
        PATH: `${shim}:${process.env.PATH}`,
        ACTIONS_RUNTIME_TOKEN: '',
        ACTIONS_RESULTS_URL: '',
      },
      timeoutMs: 120_000,
    });
    expect(step.exitCode).toBe(0);
    const calls = readFileSync(argv, 'utf8').split('\n');
    expect(calls.filter((line) => line.startsWith('save '))).toEqual([]);
    const warnings = step.commands.filter((command) => command.command === 'warning');
    expect(warnings.map((command) => command.message)).toEqual([
      'docker-smoke-test: image cache skipped: not on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL not set)',
    ]);
  }, 150_000);
});
