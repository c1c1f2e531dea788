import { afterEach, describe, expect, it } from '@jest/globals';
import { ActionFailure, ConfigError } from '../../../shared/errors.js';
import { runAction } from '../../../shared/run-action.js';
import { captureStdout } from '../../support/stdout.js';

const stdout = captureStdout();
const output = stdout.text;

afterEach(() => {
  delete process.env.ACTIONS_STEP_DEBUG;
});

describe('runAction', () => {
  it('turns a ConfigError into one error line and exit code 1', async () => {
    await runAction(
      'demo',
      async () => {
        throw new ConfigError("input 'x' is required");
      },
      { exit: false },
    );
    expect(output()).toBe("::error::demo: input 'x' is required\n");
    expect(process.exitCode).toBe(1);
  });

  it('reports an ActionFailure without a stack', async () => {
    await runAction(
      'demo',
      async () => {
        throw new ActionFailure('target not up after 1s');
      },
      { exit: false },
    );
    expect(output()).toBe('::error::demo: target not up after 1s\n');
  });

  it('reports a bug as unexpected, with the stack only in debug mode', async () => {
    const bug = async () => {
      throw new TypeError('x is undefined');
    };
    await runAction('demo', bug, { exit: false });
    expect(output()).toContain('::error::demo: unexpected error: x is undefined');
    expect(output()).not.toMatch(/\n\s+at /);
    expect(output()).toContain('ACTIONS_STEP_DEBUG');
    stdout.clear();
    process.env.ACTIONS_STEP_DEBUG = 'true';
    await runAction('demo', bug, { exit: false });
    expect(output()).toMatch(/TypeError: x is undefined\n\s+at /);
  });

  it('succeeds quietly', async () => {
    await runAction('demo', async () => {}, { exit: false });
    expect(output()).toBe('');
    expect(process.exitCode).toBeUndefined();
  });

  it('aborts the signal on SIGTERM and lets cleanup run', async () => {
    const events: string[] = [];
    await runAction(
      'demo',
      async ({ signal }) => {
        try {
          await new Promise((_, reject) => {
            signal.addEventListener('abort', () => reject(signal.reason));
            setTimeout(() => process.emit('SIGTERM', 'SIGTERM'), 10);
          });
        } finally {
          events.push('cleanup');
        }
      },
      { exit: false },
    );
    expect(events).toEqual(['cleanup']);
    expect(output()).toContain('::error::demo: cancelled (SIGTERM)');
  });

  it('warns instead of failing in a post step', async () => {
    await runAction(
      'demo',
      async () => {
        throw new ActionFailure('could not remove container');
      },
      { exit: false, phase: 'post' },
    );
    expect(output()).toBe('::warning::demo: could not remove container\n');
    expect(process.exitCode).toBeUndefined();
  });
});
