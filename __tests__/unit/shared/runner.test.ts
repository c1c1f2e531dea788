import { describe, expect, it } from '@jest/globals';
import { inputVariable, maskLog, parseCommand, parseFileCommands } from '../../../cli/runner.js';

describe('local runner emulation', () => {
  it('names inputs like the runner', () => {
    expect(inputVariable('request-timeout')).toBe('INPUT_REQUEST-TIMEOUT');
  });

  it('parses file commands with heredocs', () => {
    const text = 'a=1\nresults<<ghadelimiter_123\n[1,\n2]\nghadelimiter_123\nempty=\n';
    expect(parseFileCommands(text)).toEqual({ a: '1', results: '[1,\n2]', empty: '' });
    expect(() => parseFileCommands('x<<EOF\nnever closed\n')).toThrow('unterminated heredoc');
  });

  it('parses workflow commands and their escaped properties', () => {
    expect(parseCommand('::error file=a%3Ab.ts,line=3::bad%0Anews')).toEqual({
      command: 'error',
      properties: { file: 'a:b.ts', line: '3' },
      message: 'bad\nnews',
    });
    expect(parseCommand('plain text')).toBeUndefined();
  });

  it('masks secrets from their add-mask on, like the runner', () => {
    const { log } = maskLog('early s3cret\n::add-mask::s3cret\nlate s3cret\n');
    expect(log).toBe('early s3cret\nlate ***\n');
  });
});
