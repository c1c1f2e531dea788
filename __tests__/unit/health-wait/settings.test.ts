import { afterEach, describe, expect, it } from '@jest/globals';
import { readSettings } from '../../../actions/health-wait/settings.js';
import { inputEnvName } from '../../../shared/inputs.js';

function withInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) process.env[inputEnvName(name)] = value;
}

afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
});

describe('health-wait settings', () => {
  it('applies the action.yml defaults', () => {
    withInputs({ url: 'http://localhost:8080/health' });
    const settings = readSettings();
    expect(settings).toMatchObject({
      timeoutMs: 120_000,
      intervalMs: 1000,
      requestTimeoutMs: 5000,
      delayMs: 0,
      consecutiveSuccesses: 1,
      waitFor: 'up',
      unusedHttpInputs: [],
    });
    expect(settings.http).toMatchObject({
      method: 'GET',
      followRedirects: true,
      insecure: false,
      expectJson: [],
    });
    expect(settings.http.expectStatus.toString()).toBe('200-299');
  });

  it('reads every input', () => {
    withInputs({
      url: 'http://a/\ntcp://b:1',
      timeout: '30s',
      interval: '250ms',
      'request-timeout': '2s',
      delay: '1s',
      method: 'head',
      headers: 'Authorization: Bearer x',
      'expect-status': '200,204',
      'expect-body': 'ok',
      'expect-json': 'status=ok',
      'follow-redirects': 'false',
      'consecutive-successes': '3',
      insecure: 'true',
      'wait-for': 'down',
    });
    const settings = readSettings();
    expect(settings.targets).toHaveLength(2);
    expect(settings).toMatchObject({
      timeoutMs: 30_000,
      intervalMs: 250,
      requestTimeoutMs: 2000,
      delayMs: 1000,
    });
    expect(settings).toMatchObject({ consecutiveSuccesses: 3, waitFor: 'down' });
    expect(settings.http).toMatchObject({ method: 'HEAD', followRedirects: false, insecure: true });
    expect(settings.http.headers).toEqual([['Authorization', 'Bearer x']]);
    expect(settings.http.expectJson[0]).toMatchObject({ path: 'status', expected: 'ok' });
  });

  it.each([
    [{ url: '' }, "input 'url' is required"],
    [{ url: 'ftp://x' }, "input 'url' has unsupported scheme 'ftp:'"],
    [{ url: 'http://a', timeout: 'abc' }, "input 'timeout' must be a duration like 30s or 5m, got 'abc'"],
    [{ url: 'http://a', 'expect-status': '200-' }, "input 'expect-status' must be HTTP statuses or ranges"],
    [{ url: 'http://a', 'expect-body': '(' }, "input 'expect-body' must be a valid regular expression"],
    [
      { url: 'http://a', 'expect-json': 'no-equals' },
      "input 'expect-json' must have lines like 'checks.db=ok'",
    ],
    [
      { url: 'http://a', delay: '5m', timeout: '1m' },
      "input 'delay' (5m) must be shorter than 'timeout' (1m)",
    ],
    [{ url: 'http://a', method: 'GE T' }, "input 'method' must be an HTTP method"],
    [
      { url: 'http://a', 'consecutive-successes': '0' },
      "input 'consecutive-successes' must be a whole number from 1",
    ],
    [{ url: 'http://a', 'wait-for': 'sideways' }, "input 'wait-for' must be one of up, down"],
    [{ url: 'http://a', interval: '1ms' }, "input 'interval' must be at least 10ms"],
  ])('%j → %s', (inputs, message) => {
    withInputs(inputs);
    expect(() => readSettings()).toThrow(message);
  });

  it('notes http-only inputs set for non-http targets', () => {
    withInputs({ url: 'tcp://db:5432', 'expect-body': 'ok' });
    expect(readSettings().unusedHttpInputs).toEqual(['expect-body']);
  });
});
