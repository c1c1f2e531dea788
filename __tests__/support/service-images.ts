// Images for container deploy tests, FROM scratch around the static busybox: a web service that
// serves its version (and the value of APP_SECRET at /env), one that never becomes healthy, one that
// crashes on start, and one whose HEALTHCHECK gates it.
import { randomBytes } from 'node:crypto';
import { buildBusyboxImage, docker } from './docker.js';

export const SERVICE_PORT = 8080;
// Our own value of the test label: another suite's sweep of `ci-kit.test=1` must not take our containers.
const OWN_LABEL = 'LABEL ci-kit.test=deploy-ssh-container';

/**
 * The repository as a label: the same Dockerfile in two test files would otherwise build (from the
 * builder's cache) one image with two tags, and one file's cleanup would remove the other's image.
 */
const ownImage = (tag: string) => `${OWN_LABEL}\nLABEL ci-kit.test.repository=${repositoryOf(tag)}`;

function repositoryOf(tag: string): string {
  const at = tag.indexOf('@');
  const name = at === -1 ? tag : tag.slice(0, at);
  const colon = name.lastIndexOf(':');
  return colon > name.lastIndexOf('/') ? name.slice(0, colon) : name;
}

const WEB = [
  'EXPOSE 8080',
  `CMD ["sh", "-c", "mkdir -p /www && cat /version > /www/index.html && echo ok > /www/health && printf '%s' \\"$APP_SECRET\\" > /www/env && exec httpd -f -p 8080 -h /www"]`,
].join('\n');

/** A unique repository for one test file, so tests sharing dockerd never meet. */
export function uniqueRepository(prefix = 'ci-kit-test/deploy'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

export function buildWebImage(tag: string, version: string, options: { healthcheck?: boolean } = {}): string {
  const healthcheck = options.healthcheck
    ? '\nHEALTHCHECK --interval=1s --timeout=2s --retries=3 CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/health"]'
    : '';
  return buildBusyboxImage(tag, `${ownImage(tag)}\nCOPY version /version\n${WEB}${healthcheck}`, {
    version: `${version}\n`,
  });
}

/** Runs, but nothing ever listens: never healthy. */
export function buildBrokenImage(tag: string): string {
  return buildBusyboxImage(tag, `${ownImage(tag)}\nCMD ["sleep", "3600"]`);
}

/** Exits with code 3 at once. */
export function buildCrashingImage(tag: string): string {
  return buildBusyboxImage(tag, `${ownImage(tag)}\nCMD ["sh", "-c", "echo boom >&2; exit 3"]`);
}

/**
 * Removes the containers of a deploy (service, previous, next, probe) and untags the repository's
 * images: by reference, never `rmi -f <id>`, which would take every other tag of that image with it.
 */
export function removeDeploy(
  name: string,
  repository: string,
  run: (args: string[]) => string = docker,
): void {
  const ids = run(['ps', '-aq', '--filter', `label=ci-kit.deploy=${name}`])
    .split('\n')
    .filter(Boolean);
  if (ids.length) run(['rm', '-f', ...ids]);
  const refs = run(['images', '--format', '{{.Repository}}:{{.Tag}}', repository])
    .split('\n')
    .filter((ref) => ref && !ref.endsWith(':<none>'));
  if (refs.length) {
    try {
      run(['rmi', ...new Set(refs)]);
    } catch {
      // still used by a container another test left; the sweep of labelled containers gets it
    }
  }
}
