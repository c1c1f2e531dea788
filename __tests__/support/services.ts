// Tests that need a real sshd or dockerd: on a laptop without them they skip with a visible reason;
// under CI=true a missing service is a failure, never a skip.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, it } from '@jest/globals';

export const IN_CI = process.env.CI === 'true';

function check(probe: () => void, reason: string): string | undefined {
  try {
    probe();
    return undefined;
  } catch (error) {
    return `${reason}: ${(error as Error).message.split('\n')[0]}`;
  }
}

/** Why dockerd cannot be used here, or undefined when `docker info` answers. */
export function dockerUnavailable(): string | undefined {
  return check(
    () =>
      execFileSync('docker', ['info', '--format', '{{.ServerVersion}}'], { stdio: 'pipe', timeout: 15_000 }),
    'no running Docker engine (bash .ci/run installs docker.io and starts dockerd)',
  );
}

export const SSHD = '/usr/sbin/sshd';

export function sshdUnavailable(): string | undefined {
  return check(() => {
    if (!existsSync(SSHD)) throw new Error(`${SSHD} not found`);
    for (const tool of ['ssh-keygen', 'ssh']) {
      const probe = spawnSync(tool, ['-V'], { stdio: 'pipe' });
      if (probe.error) throw new Error(`${tool} not found`);
    }
  }, 'no OpenSSH server (bash .ci/run installs openssh-server)');
}

/**
 * Password logins need a system user with a password, made for the test and deleted after it: only
 * root can, and only where useradd/chpasswd/userdel exist.
 */
export function passwordLoginUnavailable(): string | undefined {
  return (
    sshdUnavailable() ??
    check(() => {
      if (process.getuid?.() !== 0) throw new Error(`running as uid ${process.getuid?.()}`);
      for (const tool of ['useradd', 'chpasswd', 'userdel']) {
        const probe = spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'pipe' });
        if (probe.status !== 0) throw new Error(`${tool} not found`);
      }
    }, 'password login needs a throw-away system user, which only root can create (bash .ci/run runs as root)')
  );
}

/** `describe` that skips (with the reason in its name) when a service is missing, and fails instead under CI. */
export function describeWithService(title: string, unavailable: string | undefined, body: () => void): void {
  if (!unavailable) {
    describe(title, body);
    return;
  }
  if (IN_CI) {
    describe(title, () => {
      it('has the service it needs (CI=true: missing services fail)', () => {
        throw new Error(unavailable);
      });
    });
    return;
  }
  describe.skip(`${title} — skipped: ${unavailable}`, body);
}
