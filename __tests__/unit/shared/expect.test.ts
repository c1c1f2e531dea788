import { describe, expect, it } from '@jest/globals';
import {
  checkHttpResponse,
  checkJson,
  parseJsonExpectation,
  parseJsonPath,
} from '../../../shared/probes/expect.js';
import { parseStatusSet } from '../../../shared/status-ranges.js';

describe('parseJsonPath', () => {
  it.each([
    ['version', ['version']],
    ['checks.db', ['checks', 'db']],
    ['items[0].state', ['items', 0, 'state']],
    ['[1]', [1]],
    ['a\\.b.c', ['a.b', 'c']],
    ['matrix[0][1]', ['matrix', 0, 1]],
  ])('%s', (path, segments) => {
    expect(parseJsonPath(path)).toEqual(segments);
  });

  it.each(['', '.a', 'a.', 'a..b', 'a[x]', 'a[0', 'a[0].'])('rejects %p', (path) => {
    expect(parseJsonPath(path)).toBeUndefined();
  });
});

describe('parseJsonExpectation', () => {
  it('splits at the first =', () => {
    expect(parseJsonExpectation('query=a=b')).toMatchObject({ path: 'query', expected: 'a=b' });
    expect(parseJsonExpectation('=x')).toBeUndefined();
    expect(parseJsonExpectation('nothing')).toBeUndefined();
  });
});

describe('checkJson', () => {
  const body = JSON.stringify({
    version: 'abc',
    checks: { db: 'ok', cache: 'degraded' },
    count: 3,
    live: true,
    items: [{ state: 'ready' }],
    nothing: null,
  });
  const expectations = (...lines: string[]) => lines.map((line) => parseJsonExpectation(line)!);

  it('passes when every path holds its value (strings, numbers, booleans, null, arrays)', () => {
    expect(
      checkJson(
        body,
        expectations(
          'version=abc',
          'checks.db=ok',
          'count=3',
          'live=true',
          'items[0].state=ready',
          'nothing=null',
        ),
      ),
    ).toBeUndefined();
    expect(checkJson(body, expectations('items=[{"state":"ready"}]'))).toBeUndefined();
    expect(checkJson(body, expectations('version="abc"'))).toBeUndefined();
  });

  it('says what was found and what was expected', () => {
    expect(checkJson(body, expectations('version=def'))).toBe('version was abc, expected def');
    expect(checkJson(body, expectations('checks.cache=ok'))).toBe('checks.cache was degraded, expected ok');
    expect(checkJson(body, expectations('checks.queue=ok'))).toBe('checks.queue is missing, expected ok');
    expect(checkJson('<html>down</html>', expectations('a=b'))).toBe('body is not JSON: <html>down</html>');
  });
});

describe('checkHttpResponse', () => {
  const status = parseStatusSet('200-299')!;
  it('reports status, body and transport failures', () => {
    expect(
      checkHttpResponse({ url: 'u', connected: true, durationMs: 1, status: 200, body: 'ok' }, { status }),
    ).toBeUndefined();
    expect(
      checkHttpResponse({ url: 'u', connected: true, durationMs: 1, status: 503, body: '' }, { status }),
    ).toBe('status 503 (expected 200-299)');
    expect(
      checkHttpResponse(
        { url: 'u', connected: true, durationMs: 1, status: 200, body: 'starting' },
        { status, body: /ok/ },
      ),
    ).toBe('body did not match /ok/: starting');
    expect(
      checkHttpResponse(
        { url: 'u', connected: false, durationMs: 1, error: 'ECONNREFUSED 127.0.0.1:1' },
        { status },
      ),
    ).toBe('ECONNREFUSED 127.0.0.1:1');
  });
});
