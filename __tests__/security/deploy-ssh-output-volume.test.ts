// What the server prints is as long as the server wants: a deploy script printing 12 MB (a verbose build,
// an install log) must cost time in proportion, and the diagnostics keep its last 4 MB.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from '@jest/globals';
import { type ResultsService, startResultsService } from '../support/results-service.js';
import { describeWithService, sshdUnavailable } from '../support/services.js';
import { startSshd, type TestSshd } from '../support/sshd.js';
import { runStep } from '../support/step.js';

let service: ResultsService;
let sshd: TestSshd;
let home: string;
let temp: string;

describeWithService('deploy-ssh with a server that prints a lot', sshdUnavailable(), () => {
  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'ci-kit-sec-volume-home-'));
    sshd = await startSshd({ home });
  });
  afterAll(async () => {
    await sshd?.stop();
    rmSync(home, { recursive: true, force: true });
  });
  beforeEach(async () => {
    service = await startResultsService();
    temp = mkdtempSync(join(tmpdir(), 'ci-kit-sec-volume-temp-'));
  });
  afterEach(async () => {
    await service.close();
    rmSync(temp, { recursive: true, force: true });
  });

  it('records 150,000 lines in bounded time and keeps the last 4 MB for the diagnostics', async () => {
    const step = await runStep({
      action: 'deploy-ssh',
      inputs: {
        host: `${sshd.user}@127.0.0.1:${sshd.port}`,
        key: sshd.clientKey,
        'known-hosts': sshd.knownHostsLine,
        script: `seq 1 150000 | sed 's/^/${'x'.repeat(80)} /'; echo the-last-line; exit 3`,
      },
      env: { GITHUB_JOB: 'deploy', RUNNER_TEMP: temp, ...service.env },
      // Cutting the transcript string once per line took minutes here.
      timeoutMs: 100_000,
    });
    expect(step.exitCode).toBe(1);
    expect(step.stdout).toContain('the-last-line');
    expect(step.commands.filter((command) => command.command === 'error')).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/exit(ed with)? (code )?3|status 3/) }),
    ]);
    expect(service.artifacts).toHaveLength(1);
    const zip = join(temp, 'diagnostics.zip');
    writeFileSync(zip, service.blob(service.artifacts[0]!.blob)!);
    const logs = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' })
      .split('\n')
      .filter((name) => name.endsWith('.log'));
    expect(logs).toHaveLength(1);
    const transcript = execFileSync('unzip', ['-p', zip, logs[0]!], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(transcript.length).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(transcript.length).toBeGreaterThan(3 * 1024 * 1024);
    expect(transcript).toContain('the-last-line');
  }, 150_000);
});
