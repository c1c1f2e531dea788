import { afterEach, beforeEach } from '@jest/globals';

/**
 * Sends what is written to process.stdout (where @actions/core writes workflow commands and log lines) to
 * `onText` instead, until the returned function restores it.
 */
export function interceptStdout(onText: (text: string) => void): () => void {
  const realWrite = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    onText(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof process.stdout.write;
  return () => {
    process.stdout.write = realWrite;
  };
}

/**
 * Captures what the code under test writes to stdout (workflow commands, log lines) for each test of the
 * file, and resets the exit code a failure sets.
 */
export function captureStdout(): { text(): string; clear(): void } {
  let written: string[] = [];
  let restore = () => {};
  beforeEach(() => {
    written = [];
    restore = interceptStdout((text) => written.push(text));
  });
  afterEach(() => {
    restore();
    process.exitCode = undefined;
  });
  return {
    text: () => written.join(''),
    clear: () => {
      written = [];
    },
  };
}
