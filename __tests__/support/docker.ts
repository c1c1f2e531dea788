// Test images built FROM scratch around the machine's static busybox (nothing can be pulled here).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BUSYBOX = '/bin/busybox';
export const TEST_LABEL = 'ci-kit.test=1';

export function docker(args: string[], options: { timeoutMs?: number } = {}): string {
  return execFileSync('docker', args, {
    encoding: 'utf8',
    stdio: 'pipe',
    timeout: options.timeoutMs ?? 60_000,
  }).trim();
}

/**
 * busybox installed in /bin of an image FROM scratch, labelled as a test's. Tagged, so that removing one test's
 * image never removes these layers under another suite's build that is reusing them from the cache (an untagged
 * parent goes with its last child: "failed to get digest" in the concurrent build).
 */
const BUSYBOX_BASE = 'ci-kit-test-busybox:base';

function buildBusyboxBase(): void {
  const context = mkdtempSync(join(tmpdir(), 'ci-kit-image-'));
  try {
    copyFileSync(BUSYBOX, join(context, 'busybox'));
    const dockerfile = [
      'FROM scratch',
      'COPY busybox /bin/busybox',
      'RUN ["/bin/busybox", "--install", "-s", "/bin"]',
      `LABEL ${TEST_LABEL}`,
    ].join('\n');
    writeFileSync(join(context, 'Dockerfile'), `${dockerfile}\n`);
    docker(['build', '-q', '-t', BUSYBOX_BASE, context], { timeoutMs: 120_000 });
  } finally {
    rmSync(context, { recursive: true, force: true });
  }
}

/** Builds `tag` from a Dockerfile body that starts after `FROM scratch` + busybox installed in /bin. */
export function buildBusyboxImage(
  tag: string,
  dockerfileTail: string,
  files: Record<string, string> = {},
): string {
  buildBusyboxBase();
  const context = mkdtempSync(join(tmpdir(), 'ci-kit-image-'));
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(context, name), content);
    writeFileSync(join(context, 'Dockerfile'), `FROM ${BUSYBOX_BASE}\n${dockerfileTail}\n`);
    docker(['build', '-q', '-t', tag, context], { timeoutMs: 120_000 });
    return tag;
  } finally {
    rmSync(context, { recursive: true, force: true });
  }
}

/** Removes every container any test labelled (running or not): for a last sweep, never inside a suite. */
export function removeTestContainers(): void {
  const ids = docker(['ps', '-aq', '--filter', `label=${TEST_LABEL}`])
    .split('\n')
    .filter(Boolean);
  if (ids.length) docker(['rm', '-f', ...ids]);
}

/** The containers docker-smoke-test started in run `runId` (its GITHUB_RUN_ID), running or not. */
export function runContainers(runId: string): string[] {
  return docker(['ps', '-aq', '--filter', `label=ci-kit.docker-smoke-test.run=${runId}`])
    .split('\n')
    .filter(Boolean);
}

/** Removes the containers (and their volumes) docker-smoke-test started in run `runId`. */
export function removeRunContainers(runId: string): void {
  const ids = runContainers(runId);
  if (ids.length) docker(['rm', '-f', '-v', ...ids]);
}
