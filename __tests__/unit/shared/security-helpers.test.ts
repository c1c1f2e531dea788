import { afterEach, describe, expect, it } from '@jest/globals';
import { maskLog } from '../../../cli/runner.js';
import { ForeignStream, printForeign } from '../../../shared/foreign-output.js';
import { maskSecret } from '../../../shared/mask.js';
import { oneLine } from '../../../shared/one-line.js';
import { clearSecrets, redact, redactorFor } from '../../../shared/redact.js';
import {
  displayUrl,
  hasUrlCredentials,
  maskUrlCredentials,
  urlCredentials,
} from '../../../shared/url-credentials.js';
import { captureStdout } from '../../support/stdout.js';

const stdout = captureStdout();
afterEach(() => clearSecrets());

describe('foreign output', () => {
  it('wraps a block in stop-commands with a fresh token, so nothing in it runs', () => {
    printForeign('::warning::a\n::add-mask::Starting\n##[error]b\n');
    const { commands, log } = maskLog(stdout.text());
    expect(commands).toEqual([]);
    expect(log).toContain('::warning::a');
    const tokens = stdout.text().match(/::stop-commands::(\S+)/g) ?? [];
    expect(tokens).toHaveLength(1);
  });

  it('streams whole lines as they come and the rest at the end', () => {
    const stream = new ForeignStream();
    stream.write('one\n::warn');
    stream.write('ing::two\nthr');
    stream.end();
    const { commands, log } = maskLog(stdout.text());
    expect(commands).toEqual([]);
    expect(log.split('\n').filter(Boolean)).toEqual(['one', '::warning::two', 'thr']);
  });

  it('prints nothing for empty text', () => {
    printForeign('');
    expect(stdout.text()).toBe('');
  });

  it('oneLine turns every line break into a space', () => {
    expect(oneLine('a\r\nb\rc\nd\u2028e\u0085f')).toBe('a b c d e f');
  });
});

describe('redaction of outputs and summaries', () => {
  it('redacts every secret registered through maskSecret, longest first, also JSON-escaped', () => {
    maskSecret('pa"ss\\word');
    maskSecret('abc');
    maskSecret('abcdef');
    expect(redact('x abcdef y abc')).toBe('x *** y ***');
    expect(redact(JSON.stringify({ v: 'pa"ss\\word' }))).toBe('{"v":"***"}');
    expect(redact('nothing')).toBe('nothing');
  });

  it('ignores secrets shorter than 3 characters, as the runner does', () => {
    maskSecret('ab');
    expect(redact('ab')).toBe('ab');
    expect(redactorFor(['ab', 'secret'])('ab secret')).toBe('ab ***');
  });
});

describe('URL credentials', () => {
  it('finds user and password in the userinfo only', () => {
    expect(urlCredentials('https://u:p%40ss@h/x')).toEqual({ user: 'u', password: 'p%40ss' });
    expect(urlCredentials('https://TOKEN@github.com/o/r.git')).toEqual({ user: 'TOKEN' });
    expect(urlCredentials('https://h/a@b')).toBeUndefined();
    expect(urlCredentials('origin')).toBeUndefined();
    expect(hasUrlCredentials('git@github.com:o/r.git')).toBe(false);
  });

  it('shows the URL with the secret part masked', () => {
    expect(displayUrl('http://deployer:Sup3r@host:8080/x')).toBe('http://deployer:***@host:8080/x');
    expect(displayUrl('https://ghp_abc@github.com/o/r')).toBe('https://***@github.com/o/r');
    expect(displayUrl('http://host/path@x')).toBe('http://host/path@x');
  });

  it('registers the password raw and decoded before anything prints', () => {
    maskUrlCredentials('http://u:p%40ssw0rd@h/');
    const masks = maskLog(stdout.text()).commands.map((command) => command.message);
    expect(masks).toEqual(expect.arrayContaining(['p%40ssw0rd', 'p@ssw0rd']));
    expect(redact('p@ssw0rd and p%40ssw0rd')).toBe('*** and ***');
  });
});
