// The diagnostics artifact is downloadable by anyone who can read the run (everyone, on a public repository)
// and the runner masks only the log: the action must take every secret out of it itself, also where a file
// holds it JSON-escaped (`docker inspect`, the HTTP answers) and where it came from `build-args`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from '@jest/globals';
import { buildBusyboxImage, docker } from '../support/docker.js';
import { type ResultsService, startResultsService } from '../support/results-service.js';
import { describeWithService, dockerUnavailable } from '../support/services.js';
import { runStep } from '../support/step.js';

const SUFFIX = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
const BASE = `ci-kit-sec-diag:${SUFFIX}`;
const RUN_ID = `sec-diag-${SUFFIX}`;
// Quotes and backslashes are common in generated passwords; JSON writes them escaped.
const ENV_SECRET = `pa"ss\\w0rd-${SUFFIX}`;
const ARG_SECRET = `np"m\\tok-${SUFFIX}`;

let service: ResultsService;
let temp: string;

function unzip(data: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-kit-sec-unzip-'));
  try {
    writeFileSync(join(dir, 'a.zip'), data);
    return execFileSync('unzip', ['-p', join(dir, 'a.zip')], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function escapedForms(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  return [secret, json, JSON.stringify(json).slice(1, -1)];
}

describeWithService('docker-smoke-test diagnostics carry no secret', dockerUnavailable(), () => {
  beforeAll(() => {
    buildBusyboxImage(BASE, 'LABEL ci-kit.test=sec-diag');
    temp = mkdtempSync(join(tmpdir(), 'ci-kit-sec-diag-temp-'));
  }, 120_000);
  afterAll(() => {
    const left = docker(['ps', '-aq', '--filter', `label=ci-kit.docker-smoke-test.run=${RUN_ID}`]);
    if (left) docker(['rm', '-f', '-v', ...left.split('\n')]);
    docker(['rmi', '-f', BASE]);
    rmSync(temp, { recursive: true, force: true });
  });
  beforeEach(async () => {
    service = await startResultsService();
  });
  afterEach(async () => {
    expect(service.violations).toEqual([]);
    await service.close();
  });

  it('redacts env values and build-arg values in every file, raw or JSON-escaped', async () => {
    const context = mkdtempSync(join(tmpdir(), 'ci-kit-sec-diag-ctx-'));
    writeFileSync(
      join(context, 'Dockerfile'),
      [
        `FROM ${BASE}`,
        'ARG NPM_TOKEN',
        'ENV BAKED=$NPM_TOKEN',
        // The page the check reads echoes the secret, so the HTTP answers hold it too.
        'CMD ["sh", "-c", "mkdir -p /www && echo \\"$API_PASSWORD $BAKED\\" > /www/index.html && echo \\"env: $API_PASSWORD\\" && exec httpd -f -p 8080 -h /www"]',
      ].join('\n'),
    );
    const step = await runStep({
      action: 'docker-smoke-test',
      inputs: {
        context,
        'build-args': `NPM_TOKEN=${ARG_SECRET}`,
        env: `API_PASSWORD=${ENV_SECRET}`,
        'wait-for': 'http:8080/index.html',
        'expect-body': 'never-in-the-page',
        timeout: '4s',
        'remove-image': 'true',
      },
      env: {
        GITHUB_RUN_ID: RUN_ID,
        GITHUB_JOB: 'smoke',
        GITHUB_ACTION: 'sec',
        RUNNER_TEMP: temp,
        ...service.env,
      },
      timeoutMs: 120_000,
    });
    rmSync(context, { recursive: true, force: true });
    expect(step.exitCode).toBe(1);
    expect(service.artifacts).toHaveLength(1);
    const content = unzip(service.blob(service.artifacts[0]!.blob)!);
    // The files did hold what a secret was in (so the test can fail).
    expect(content).toContain('API_PASSWORD=');
    expect(content).toContain('BAKED=');
    for (const secret of [ENV_SECRET, ARG_SECRET])
      for (const form of escapedForms(secret)) expect(content).not.toContain(form);
    // Nor a half that a cut or a split could leave.
    expect(content).not.toContain(`w0rd-${SUFFIX}`);
    expect(content).not.toContain(`tok-${SUFFIX}`);
  }, 150_000);
});
