// Issue #10 item 12: a duration past what setTimeout holds (~24.8 days) used to fire at once ("not up
// after 720h … 0 attempts" in 0.6 s). Every duration input has a maximum and says so in one line.

import { describe, expect, test } from '@jest/globals';
import { MAX_TIMER_MS, timerDelay } from '../../shared/timer.js';
import { expectOneLineFailure, runStep } from '../support/step.js';

describe('duration inputs past the maximum are one-line input errors', () => {
  test.each([
    ['health-wait', { url: 'http://127.0.0.1:1/', timeout: '30d' }, "input 'timeout' must be at most 120h"],
    ['health-wait', { url: 'http://127.0.0.1:1/', interval: '25d', timeout: '1s' }, "input 'interval'"],
    [
      'deploy-ssh',
      { host: '127.0.0.1', password: 'not-used-here', script: 'true', 'command-timeout': '30d' },
      "input 'command-timeout' must be at most 120h",
    ],
  ])('%s %j', async (action, inputs, message) => {
    const step = await runStep({ action, inputs, timeoutMs: 30_000, post: false });
    expectOneLineFailure(step, action, message);
  });
});

describe('the one place durations become timers', () => {
  test('a delay past what setTimeout holds is clamped, never turned into 1 ms', () => {
    expect(timerDelay(30 * 86_400_000)).toBe(MAX_TIMER_MS);
    expect(timerDelay(-5)).toBe(0);
    expect(timerDelay(Number.NaN)).toBe(0);
    expect(timerDelay(1500.2)).toBe(1501);
  });
});
