// @actions/core imports node:crypto (~10 ms of start-up) for one thing: the random delimiter of a multi-line
// value written to GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV. The toolkit build points core's import here: the
// delimiter's 16 random bytes come from the kernel's generator (/dev/urandom, the source node:crypto's own
// generator is seeded from), and node:crypto is loaded only where that device cannot be read (Windows).
import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A random (version 4) UUID, as crypto.randomUUID() returns it. */
export function randomUUID(): string {
  const bytes = randomBytes16();
  if (!bytes)
    return (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).randomUUID();
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** 16 bytes from /dev/urandom, or undefined when it cannot be read whole. */
export function randomBytes16(device = '/dev/urandom'): Uint8Array | undefined {
  let fd: number;
  try {
    fd = openSync(device, 'r');
  } catch {
    return undefined;
  }
  try {
    const bytes = new Uint8Array(16);
    let read = 0;
    while (read < 16) {
      const count = readSync(fd, bytes, read, 16 - read, null);
      if (count <= 0) return undefined;
      read += count;
    }
    return bytes;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
