// The real services the suite relies on (started by .ci/run in CI), driven through the health-wait bundle.

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { buildBusyboxImage, docker } from '../support/docker.js';
import { describeWithService, dockerUnavailable, sshdUnavailable } from '../support/services.js';
import { useSshd } from '../support/sshd-suite.js';
import { runStep } from '../support/step.js';

describeWithService('a real OpenSSH server', sshdUnavailable(), () => {
  const sshd = useSshd();

  it('is seen by health-wait over tcp:// and accepts the generated client key with the pinned host key', async () => {
    const step = await runStep({
      action: 'health-wait',
      inputs: { url: `tcp://127.0.0.1:${sshd.port}`, timeout: '10s' },
    });
    expect(step.exitCode).toBe(0);
    const knownHosts = join(sshd.dir, 'known_hosts');
    writeFileSync(knownHosts, `${sshd.knownHostsLine}\n`);
    const output = execFileSync(
      'ssh',
      [
        '-i',
        sshd.clientKeyPath,
        '-p',
        String(sshd.port),
        '-o',
        `UserKnownHostsFile=${knownHosts}`,
        '-o',
        'StrictHostKeyChecking=yes',
        '-o',
        'BatchMode=yes',
        `${sshd.user}@127.0.0.1`,
        'echo connected-as-$(id -un)',
      ],
      { encoding: 'utf8', timeout: 20_000 },
    );
    expect(output.trim()).toBe(`connected-as-${sshd.user}`);
  });
});

describeWithService('a real Docker engine', dockerUnavailable(), () => {
  const tag = 'ci-kit-test/httpd:latest';
  const started: string[] = [];
  beforeAll(() => {
    buildBusyboxImage(
      tag,
      'EXPOSE 8080\nCMD ["/bin/sh", "-c", "sleep 1; echo up > /www/health; exec httpd -f -p 8080 -h /www"]\nRUN mkdir /www',
    );
  }, 180_000);
  afterAll(() => {
    // Only this suite's containers: other suites run in parallel with their own.
    if (started.length) docker(['rm', '-f', ...started]);
    docker(['rmi', '-f', tag]);
  });

  it('runs a FROM-scratch image whose slow start health-wait waits out on a 127.0.0.1 port', async () => {
    const id = docker(['run', '-d', '--label', 'ci-kit.test=1', '-p', '127.0.0.1::8080', tag]);
    started.push(id);
    const port = docker(['port', id, '8080/tcp']).split('\n')[0]!.split(':').pop();
    const step = await runStep({
      action: 'health-wait',
      inputs: { url: `http://127.0.0.1:${port}/health`, timeout: '30s', 'expect-body': '^up' },
    });
    expect(step.log).toContain('ready: status 200');
    expect(step.exitCode).toBe(0);
  }, 60_000);
});
