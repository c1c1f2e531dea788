import { describe, expect, it } from '@jest/globals';
import { HttpLog, wantDiagnostics } from '../../../actions/docker-smoke-test/diagnostics.js';

describe('diagnostics', () => {
  it('keeps every distinct HTTP answer and counts repeats of the previous one', () => {
    const log = new HttpLog();
    const refused = { url: 'http://127.0.0.1:1/', error: 'ECONNREFUSED' };
    log.record(refused);
    log.record(refused);
    log.record({ url: 'http://127.0.0.1:1/', status: 503, body: 'starting' });
    log.record({ url: 'http://127.0.0.1:1/', status: 200, body: 'ok' });
    expect(log.entries.map((entry) => [entry.status ?? entry.error, entry.times])).toEqual([
      ['ECONNREFUSED', 2],
      [503, 1],
      [200, 1],
    ]);
  });

  it('bounds what it keeps', () => {
    const log = new HttpLog();
    for (let i = 0; i < 500; i++) log.record({ url: 'u', status: 500 + (i % 2), body: 'x'.repeat(10_000) });
    expect(log.entries.length).toBe(200);
    expect(log.entries[0]!.body!.length).toBe(4000);
  });

  it('uploads on failure by default, always or never when asked', () => {
    expect(wantDiagnostics('on-failure', false)).toBe(true);
    expect(wantDiagnostics('on-failure', true)).toBe(false);
    expect(wantDiagnostics('always', true)).toBe(true);
    expect(wantDiagnostics('never', false)).toBe(false);
  });
});
