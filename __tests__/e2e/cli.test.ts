import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { parseArguments } from '../../cli/main.js';
import { findRoot } from '../../cli/runner.js';
import { freePort, startHttpServer } from '../support/http-server.js';

const bin = join(findRoot(), 'bin', 'ci-kit.js');
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function cli(args: string[]) {
  // Run asynchronously-started servers in this process, so spawn the CLI without blocking the event loop.
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    import('node:child_process').then(({ spawn }) => {
      const child = spawn(process.execPath, [bin, ...args], { encoding: 'utf8' } as never);
      let stdout = '';
      let stderr = '';
      child.stdout!.on('data', (chunk) => {
        stdout += chunk;
      });
      child.stderr!.on('data', (chunk) => {
        stderr += chunk;
      });
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
  });
}

describe('ci-kit CLI', () => {
  it('parses repeated inputs into lines and --env pairs', () => {
    expect(parseArguments(['health-wait', '--url', 'a', '--url=b', '--env', 'K=v=w'])).toEqual({
      action: 'health-wait',
      inputs: { url: 'a\nb' },
      env: { K: 'v=w' },
      help: false,
    });
    expect(() => parseArguments(['health-wait', 'stray'])).toThrow("unexpected argument 'stray'");
  });

  it('lists actions and inputs', () => {
    const general = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(general.status).toBe(0);
    expect(general.stdout).toContain(
      'actions: health-wait, lockfile-check, semver-tag, deploy-ssh, docker-smoke-test',
    );
    const action = spawnSync(process.execPath, [bin, 'health-wait', '--help'], { encoding: 'utf8' });
    expect(action.stdout).toContain('--timeout  (default "2m")');
  });

  it('rejects an unknown action with exit 2', () => {
    const result = spawnSync(process.execPath, [bin, 'nope'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("ci-kit: unknown action 'nope'");
  });

  it('runs health-wait and prints the log, outputs and summary, masking secrets', async () => {
    const server = await startHttpServer((_, response) => response.end('ok'));
    cleanups.push(server.close);
    const result = await cli([
      'health-wait',
      '--url',
      server.url,
      '--headers',
      'Authorization: Bearer clisecret42',
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`✔ ${server.url} ready: status 200`);
    expect(result.stdout).toContain('ready = true');
    expect(result.stdout).toContain('job summary:');
    expect(result.stdout).not.toContain('clisecret42');
  });

  it('exits 1 with the failure line when the target is down', async () => {
    const port = await freePort();
    const result = await cli(['health-wait', '--url', `http://127.0.0.1:${port}`, '--timeout', '300ms']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('ERROR: health-wait: target not up after 300ms');
  });

  it('runs lockfile-check on this Node without its experimental-glob warning on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ci-kit-cli-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    // A brace pattern is beyond lockfile-check's own glob compiler: Node's path.matchesGlob reads it.
    writeFileSync(join(dir, '.gitignore'), 'build/{a,b}\n*.py[cod]\n');
    mkdirSync(join(dir, 'app'));
    writeFileSync(
      join(dir, 'app', 'package.json'),
      '{"name":"app","version":"1.0.0","dependencies":{"a":"1"}}',
    );
    const result = await cli(['lockfile-check', '--path', dir]);
    expect(result.stdout).toContain('lockfile-check');
    expect(result.stderr).not.toContain('ExperimentalWarning');
  });
});
