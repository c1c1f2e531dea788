import { describe, expect, it } from '@jest/globals';
import { describeSystemError } from '../../../shared/errors.js';

function systemError(code: string, address: string, port: number): Error {
  return Object.assign(new Error(`connect ${code} ${address}:${port}`), { code, address, port });
}

describe('describeSystemError', () => {
  it('renders code and address the way people search for them', () => {
    expect(describeSystemError(systemError('ECONNREFUSED', '127.0.0.1', 8080))).toBe(
      'ECONNREFUSED 127.0.0.1:8080',
    );
    expect(describeSystemError(systemError('ECONNREFUSED', '::1', 8080))).toBe('ECONNREFUSED [::1]:8080');
  });

  it('folds the addresses of one code tried in parallel', () => {
    const error = new AggregateError([
      systemError('ECONNREFUSED', '127.0.0.1', 80),
      systemError('ECONNREFUSED', '::1', 80),
    ]);
    expect(describeSystemError(error)).toBe('ECONNREFUSED 127.0.0.1:80, [::1]:80');
    const mixed = new AggregateError([
      systemError('ECONNREFUSED', '127.0.0.1', 80),
      systemError('EADDRNOTAVAIL', '::1', 80),
    ]);
    expect(describeSystemError(mixed)).toBe('ECONNREFUSED 127.0.0.1:80, EADDRNOTAVAIL [::1]:80');
  });

  it('keeps plain messages', () => {
    expect(describeSystemError(new Error('boom'))).toBe('boom');
    expect(describeSystemError('text')).toBe('text');
  });
});
