import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../../shared/errors.js';
import {
  getBool,
  getDuration,
  getEnum,
  getHeaders,
  getInt,
  getList,
  getMap,
  getPem,
  getRegex,
  getStatusSet,
  getString,
  getText,
  inputEnvName,
} from '../../../shared/inputs.js';

const set = (name: string, value: string) => {
  process.env[inputEnvName(name)] = value;
};

afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
});

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('input getters', () => {
  it('names variables like the runner: upper case, hyphens kept, spaces to _', () => {
    expect(inputEnvName('request-timeout')).toBe('INPUT_REQUEST-TIMEOUT');
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
  });

  it('falls back to the action.yml default when empty and requires required inputs', () => {
    expect(getString({ name: 'method', default: 'GET' })).toBe('GET');
    set('method', '  POST ');
    expect(getString({ name: 'method', default: 'GET' })).toBe('POST');
    expect(errorOf(() => getString({ name: 'url', required: true })).message).toBe("input 'url' is required");
  });

  it('keeps text inputs untrimmed', () => {
    set('script', '  indented\n');
    expect(getText({ name: 'script' })).toBe('  indented\n');
  });

  it('parses booleans leniently and names the input when wrong', () => {
    for (const [value, expected] of [
      ['true', true],
      ['YES', true],
      ['1', true],
      ['false', false],
      ['off', false],
    ] as const) {
      set('insecure', value);
      expect(getBool({ name: 'insecure' })).toBe(expected);
    }
    set('insecure', 'maybe');
    expect(errorOf(() => getBool({ name: 'insecure' })).message).toBe(
      "input 'insecure' must be true or false, got 'maybe'",
    );
  });

  it('checks whole numbers and bounds', () => {
    set('n', '3');
    expect(getInt({ name: 'n' }, { min: 1 })).toBe(3);
    set('n', '0');
    expect(errorOf(() => getInt({ name: 'n' }, { min: 1, max: 10 })).message).toBe(
      "input 'n' must be a whole number from 1 to 10, got '0'",
    );
    set('n', '1.5');
    expect(errorOf(() => getInt({ name: 'n' })).message).toContain('must be a whole number');
  });

  it('parses durations with the message from the brief', () => {
    set('timeout', '1h30m');
    expect(getDuration({ name: 'timeout' })).toBe(5_400_000);
    set('timeout', 'abc');
    expect(errorOf(() => getDuration({ name: 'timeout' })).message).toBe(
      "input 'timeout' must be a duration like 30s or 5m, got 'abc'",
    );
    set('interval', '1ms');
    expect(errorOf(() => getDuration({ name: 'interval' }, { min: 10 })).message).toBe(
      "input 'interval' must be at least 10ms, got '1ms'",
    );
  });

  it('checks enums', () => {
    set('wait-for', 'Down');
    expect(getEnum({ name: 'wait-for' }, ['up', 'down'])).toBe('down');
    set('wait-for', 'sideways');
    expect(errorOf(() => getEnum({ name: 'wait-for' }, ['up', 'down'])).message).toBe(
      "input 'wait-for' must be one of up, down, got 'sideways'",
    );
  });

  it('splits lists on lines, skipping blanks and comments', () => {
    set('url', 'http://a\n\n  # comment\n http://b \r\n');
    expect(getList({ name: 'url' })).toEqual(['http://a', 'http://b']);
  });

  it('parses KEY=value maps keeping = in values', () => {
    set('env', 'A=1\nB=x=y\nC=');
    expect(getMap({ name: 'env' })).toEqual([
      ['A', '1'],
      ['B', 'x=y'],
      ['C', ''],
    ]);
    set('env', 'A=1\n\nexport STRIPE_KEY sk_live_abcdef');
    const missing = errorOf(() => getMap({ name: 'env' })).message;
    expect(missing).toBe(
      "input 'env' line 3 must be KEY=value (the line is not shown: it may hold a secret)",
    );
    set('env', '1A=sk_live_abcdef');
    const badKey = errorOf(() => getMap({ name: 'env' }, /^[A-Za-z_]\w*$/)).message;
    expect(badKey).toContain("input 'env' line 1 has an invalid key");
    expect(badKey).not.toContain('sk_live');
  });

  it('parses headers', () => {
    set('headers', 'Authorization: Bearer abc\nX-Thing:  a:b ');
    expect(getHeaders({ name: 'headers' })).toEqual([
      ['Authorization', 'Bearer abc'],
      ['X-Thing', 'a:b'],
    ]);
    set('headers', 'no colon here');
    expect(errorOf(() => getHeaders({ name: 'headers' })).message).toContain("'Name: value'");
  });

  it('parses status sets', () => {
    set('expect-status', '200-299,304');
    expect(getStatusSet({ name: 'expect-status' }).has(304)).toBe(true);
    set('expect-status', '2000');
    expect(errorOf(() => getStatusSet({ name: 'expect-status' })).message).toBe(
      "input 'expect-status' must be HTTP statuses or ranges like 200-299,304, got '2000'",
    );
  });

  it('compiles regexes, including /literal/flags, and reports bad ones in one line', () => {
    expect(getRegex({ name: 'expect-body' })).toBeUndefined();
    set('expect-body', '/OK/i');
    expect(getRegex({ name: 'expect-body' })!.test('ok')).toBe(true);
    set('expect-body', 'a(b');
    const message = errorOf(() => getRegex({ name: 'expect-body' })).message;
    expect(message).toMatch(/^input 'expect-body' must be a valid regular expression \(/);
    expect(message).not.toContain('\n');
  });

  it('reads PEM inline or from a file', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nabc\n-----END CERTIFICATE-----';
    set('ca-cert', pem);
    expect(getPem({ name: 'ca-cert' })).toBe(pem);
    const file = join(mkdtempSync(join(tmpdir(), 'pem-')), 'ca.pem');
    writeFileSync(file, pem);
    set('ca-cert', file);
    expect(getPem({ name: 'ca-cert' })).toBe(pem);
    set('ca-cert', '/nonexistent/ca.pem');
    expect(errorOf(() => getPem({ name: 'ca-cert' })).message).toContain("cannot read '/nonexistent/ca.pem'");
  });

  it('shortens long values in messages', () => {
    set('timeout', 'x'.repeat(200));
    expect(errorOf(() => getDuration({ name: 'timeout' })).message.length).toBeLessThan(140);
  });
});
