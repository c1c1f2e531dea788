import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { SUPERVISOR_COMMAND, supervisedInput } from '../../../actions/deploy-ssh/supervise.js';

/**
 * Runs the supervisor locally like sshd would (`sh -c <command>`); stdin stays open, unless `closeOn`
 * is given: then it is closed once the script has printed that.
 */
function supervise(script: string, closeOn?: string) {
  const child = spawn('sh', ['-c', SUPERVISOR_COMMAND], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
    if (closeOn !== undefined && stdout.includes(closeOn)) child.stdin.end();
  });
  child.stdin.write(supervisedInput(script));
  return new Promise<{ code: number | null; signal: string | null; stdout: string }>((resolve) =>
    child.on('close', (code, signal) => {
      child.stdin.destroy();
      resolve({ code, signal, stdout });
    }),
  );
}

describe('deploy-ssh remote supervisor', () => {
  it('runs the script with strict bash and passes its exit code on', async () => {
    expect(await supervise('echo hi\nexit 7')).toEqual({ code: 7, signal: null, stdout: 'hi\n' });
    expect(await supervise('false\necho never')).toMatchObject({ code: 1, stdout: '' });
    expect(await supervise('echo ok')).toMatchObject({ code: 0, stdout: 'ok\n' });
  });

  it('ends with the same signal as a script that was killed', async () => {
    expect(await supervise('kill -KILL $$')).toMatchObject({ code: null, signal: 'SIGKILL' });
  });

  it('stops the whole process group when its stdin is closed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ci-kit-supervise-'));
    const started = Date.now();
    const result = await supervise(
      `(sleep 30; touch ${dir}/late) &\necho $! > ${dir}/pid\necho started\nsleep 30`,
      'started\n',
    );
    expect(result.signal ?? result.code).toBeTruthy();
    // Ended by the closed stdin, not by its 30 s sleep.
    expect(Date.now() - started).toBeLessThan(25_000);
    const pid = Number(readFileSync(join(dir, 'pid'), 'utf8'));
    // A killed member is reaped by init a moment later (a zombie still answers kill 0): wait for that, bounded.
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 60 && alive(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(() => process.kill(pid, 0)).toThrow();
    expect(existsSync(join(dir, 'late'))).toBe(false);
  });
});
