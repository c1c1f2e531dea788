// A tiny web service image for the demo and the benchmarks: FROM scratch around the static busybox,
// httpd serving its version at / and `ok` at /health. `broken: true` makes one that never answers.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BUSYBOX = '/bin/busybox';

export function serviceImageUnavailable() {
  try {
    execFileSync('docker', ['info'], { stdio: 'pipe', timeout: 15_000 });
  } catch {
    return 'no running Docker engine here (bash .ci/run installs docker.io and starts dockerd)';
  }
  return existsSync(BUSYBOX)
    ? undefined
    : 'no static busybox for a FROM-scratch image (apt-get install busybox-static)';
}

export function buildServiceImage(tag, version, { broken = false } = {}) {
  const context = mkdtempSync(join(tmpdir(), 'ci-kit-service-image-'));
  try {
    copyFileSync(BUSYBOX, join(context, 'busybox'));
    writeFileSync(join(context, 'version'), `${version}\n`);
    const dockerfile = [
      'FROM scratch',
      'COPY busybox /bin/busybox',
      'RUN ["/bin/busybox", "--install", "-s", "/bin"]',
      'COPY version /version',
      'LABEL ci-kit.test=1',
      'EXPOSE 8080',
      broken
        ? 'CMD ["sleep", "3600"]'
        : 'CMD ["sh", "-c", "mkdir -p /www && cp /version /www/index.html && echo ok > /www/health && exec httpd -f -p 8080 -h /www"]',
    ];
    writeFileSync(join(context, 'Dockerfile'), `${dockerfile.join('\n')}\n`);
    execFileSync('docker', ['build', '-q', '-t', tag, context], { stdio: 'pipe', timeout: 180_000 });
    return tag;
  } finally {
    rmSync(context, { recursive: true, force: true });
  }
}

export function removeContainersAndImages(containers, images) {
  const run = (args) => {
    try {
      execFileSync('docker', args, { stdio: 'pipe', timeout: 60_000 });
    } catch {
      // already gone
    }
  };
  if (containers.length) run(['rm', '-f', ...containers]);
  if (images.length) run(['rmi', '-f', ...images]);
}
