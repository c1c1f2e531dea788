import { describe, expect, it } from '@jest/globals';
import { formatDuration, parseDuration } from '../../../shared/duration.js';

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['30s', 30_000],
    ['5m', 300_000],
    ['1h30m', 5_400_000],
    ['1.5s', 1500],
    ['2m30s', 150_000],
    ['1d', 86_400_000],
    ['45', 45_000],
    [' 10S ', 10_000],
    ['0s', 0],
  ])('%s is %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', 'abc', '5 m', 's', '10x', '1h30', '-5s', 'm5', '5m abc'])('rejects %p', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it.each([
    [40, '40ms'],
    [1234, '1.23s'],
    [60_000, '1m'],
    [125_000, '2m5s'],
    [5_400_000, '1h30m'],
    [0, '0ms'],
  ])('%d ms reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
