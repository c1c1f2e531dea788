import { afterEach, beforeEach } from '@jest/globals';

/**
 * Captures what the code under test writes to stdout (workflow commands, log lines) for each test of the
 * file, and resets the exit code a failure sets.
 */
export function captureStdout(): { text(): string; clear(): void } {
  let written: string[] = [];
  const realWrite = process.stdout.write.bind(process.stdout);
  beforeEach(() => {
    written = [];
    process.stdout.write = ((chunk: string) => {
      written.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
  });
  afterEach(() => {
    process.stdout.write = realWrite;
    process.exitCode = undefined;
  });
  return {
    text: () => written.join(''),
    clear: () => {
      written = [];
    },
  };
}
