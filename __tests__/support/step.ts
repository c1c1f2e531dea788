import { expect } from '@jest/globals';
import type { StepResult } from '../../cli/runner.js';

export { runStep } from '../../cli/runner.js';

/** The runner's verdict on bad input: exit 1, exactly one error line `<action>: …`, no stack trace. */
export function expectOneLineFailure(step: StepResult, action: string, message: RegExp | string): void {
  const errors = step.commands.filter((command) => command.command === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0]!.message.startsWith(`${action}: `)).toBe(true);
  if (typeof message === 'string') expect(errors[0]!.message).toContain(message);
  else expect(errors[0]!.message).toMatch(message);
  expect(errors[0]!.message).not.toContain('\n');
  expect(step.exitCode).toBe(1);
  expect(`${step.stdout}${step.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+/);
}
