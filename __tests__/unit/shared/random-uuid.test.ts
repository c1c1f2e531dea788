import { randomUUID as nodeRandomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { randomBytes16, randomUUID } from '../../../shared/toolkit/random-uuid.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('randomUUID (the delimiter of multi-line runner file commands)', () => {
  it('has the form crypto.randomUUID() has', () => {
    expect(nodeRandomUUID()).toMatch(UUID_V4);
    for (let round = 0; round < 100; round++) expect(randomUUID()).toMatch(UUID_V4);
  });

  it('never repeats', () => {
    const seen = new Set(Array.from({ length: 10_000 }, () => randomUUID()));
    expect(seen.size).toBe(10_000);
  });

  it('spreads its bits: every random hex digit takes many values', () => {
    const values = Array.from({ length: 2_000 }, () => randomUUID().replaceAll('-', ''));
    for (let position = 0; position < 32; position++) {
      if (position === 12 || position === 16) continue; // version and variant
      expect(new Set(values.map((value) => value[position])).size).toBe(16);
    }
  });

  it('reads the kernel generator, and says so when it cannot', () => {
    expect(randomBytes16()).toHaveLength(16);
    expect(randomBytes16('/nonexistent/device')).toBeUndefined();
    expect(randomBytes16('/dev/null')).toBeUndefined();
  });
});
