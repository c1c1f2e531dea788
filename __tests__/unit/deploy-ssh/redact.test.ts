import { describe, expect, it } from '@jest/globals';
import { redactor } from '../../../actions/deploy-ssh/redact.js';

describe('deploy-ssh redaction', () => {
  it('replaces whole secrets and each line of multi-line ones, longest first', () => {
    const redact = redactor(['hunter22', 'line-one\nline-two', 'ab', 'hunter22-long']);
    expect(redact('a hunter22-long b hunter22 c line-two d ab')).toBe('a *** b *** c *** d ab');
  });
});
