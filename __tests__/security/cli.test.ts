// Issue #10 items 8 and 19 (CLI): the local CLI prints the log, outputs and summary with the step's
// secrets masked, and can give the `env` input of deploy-ssh and docker-smoke-test.

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from '@jest/globals';
import { parseArguments } from '../../cli/main.js';
import { findRoot } from '../../cli/runner.js';
import { startHttpServer } from '../support/http-server.js';

const bin = join(findRoot(), 'bin', 'ci-kit.js');
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function cli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('ci-kit CLI', () => {
  test('--input NAME=value sets any input, env included; --env stays the step environment', () => {
    expect(
      parseArguments([
        'docker-smoke-test',
        '--image',
        'app',
        '--input',
        'env=DATABASE_URL=postgres://u:p@db/app',
        '--input=env=PORT=8080',
        '--env',
        'DOCKER_HOST=unix:///run/docker.sock',
      ]),
    ).toEqual({
      action: 'docker-smoke-test',
      inputs: { image: 'app', env: 'DATABASE_URL=postgres://u:p@db/app\nPORT=8080' },
      env: { DOCKER_HOST: 'unix:///run/docker.sock' },
      help: false,
    });
    expect(() => parseArguments(['deploy-ssh', '--input', 'novalue'])).toThrow('--input needs NAME=value');
  });

  test('a bad --env never echoes its value', () => {
    expect(() => parseArguments(['health-wait', '--env', 'sk_live_secretvalue'])).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('sk_live') }),
    );
  });

  test('the printed log, outputs and summary are masked with the secrets the step registered', async () => {
    const server = await startHttpServer((request, response) => {
      response.end(`you sent ${request.headers.authorization}`);
    });
    cleanups.push(server.close);
    const result = await cli([
      'health-wait',
      '--url',
      `http://deployer:Pa55w0rdInUrl@127.0.0.1:${server.port}/`,
      '--headers',
      'Authorization: Bearer cli-echoed-secret',
      '--expect-body',
      '^ok$',
      '--timeout',
      '1s',
    ]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('results = ');
    expect(result.stdout).toContain('job summary:');
    expect(result.stdout).not.toContain('cli-echoed-secret');
    expect(result.stdout).not.toContain('Pa55w0rdInUrl');
  });
});
