import { afterEach, beforeEach } from '@jest/globals';
import { output } from '../../shared/core.js';

/**
 * Captures what the code under test writes to stdout (workflow commands, log lines) for each test of the
 * file, and resets the exit code a failure sets.
 */
export function captureStdout(): { text(): string; clear(): void } {
  let written: string[] = [];
  const realWrite = output.write;
  beforeEach(() => {
    written = [];
    output.write = (text: string) => {
      written.push(text);
    };
  });
  afterEach(() => {
    output.write = realWrite;
    process.exitCode = undefined;
  });
  return {
    text: () => written.join(''),
    clear: () => {
      written = [];
    },
  };
}
