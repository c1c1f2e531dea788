import { describe, expect, it } from '@jest/globals';
import { parseStatusSet } from '../../../shared/status-ranges.js';

describe('parseStatusSet', () => {
  it('accepts ranges, single codes and classes', () => {
    const set = parseStatusSet('200-299, 304,4xx')!;
    expect([200, 250, 299, 304, 404, 499].every((status) => set.has(status))).toBe(true);
    expect([199, 300, 301, 500].some((status) => set.has(status))).toBe(false);
    expect(set.toString()).toBe('200-299,304,4xx');
  });

  it.each(['', 'abc', '200-', '299-200', '99', '600', '2xxx', '200,,x'])('rejects %p', (text) => {
    expect(parseStatusSet(text)).toBeUndefined();
  });
});
