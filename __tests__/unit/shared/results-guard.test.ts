import { describe, expect, it } from '@jest/globals';
import { resultsCall, resultsServiceMissing, resultsTimeoutMs } from '../../../shared/results-guard.js';

describe('results guard', () => {
  it('knows when it is not on a runner', () => {
    expect(resultsServiceMissing({})).toBe(
      'not on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL not set)',
    );
    expect(resultsServiceMissing({ ACTIONS_RUNTIME_TOKEN: 't' })).toBe(
      'not on a GitHub Actions runner (ACTIONS_RESULTS_URL not set)',
    );
    expect(resultsServiceMissing({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'u' })).toBeUndefined();
  });

  it('takes its deadline from CI_KIT_RESULTS_TIMEOUT when set to a duration', () => {
    expect(resultsTimeoutMs(120_000, {})).toBe(120_000);
    expect(resultsTimeoutMs(120_000, { CI_KIT_RESULTS_TIMEOUT: '5s' })).toBe(5000);
    expect(resultsTimeoutMs(120_000, { CI_KIT_RESULTS_TIMEOUT: 'soon' })).toBe(120_000);
  });

  it('outside a runner: an outcome saying why, without loading the libraries or calling anything', async () => {
    const saved = { ...process.env };
    delete process.env.ACTIONS_RUNTIME_TOKEN;
    delete process.env.ACTIONS_RESULTS_URL;
    let called = false;
    try {
      const outcome = await resultsCall(
        async () => {
          called = true;
        },
        { timeoutMs: 1000 },
      );
      expect(outcome).toEqual({
        ok: false,
        reason: expect.stringContaining('not on a GitHub Actions runner'),
      });
      expect(called).toBe(false);
    } finally {
      process.env = saved;
    }
  });
});
