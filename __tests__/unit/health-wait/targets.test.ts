import { describe, expect, it } from '@jest/globals';
import { parseTarget } from '../../../actions/health-wait/targets.js';

describe('parseTarget', () => {
  it('parses every scheme', () => {
    expect(parseTarget('http://localhost:8080/health')).toMatchObject({ kind: 'http' });
    expect(parseTarget('https://example.test/')).toMatchObject({ kind: 'http' });
    expect(parseTarget('tcp://db:5432')).toEqual({
      kind: 'tcp',
      raw: 'tcp://db:5432',
      host: 'db',
      port: 5432,
    });
    expect(parseTarget('tcp://[::1]:6379')).toMatchObject({ kind: 'tcp', host: '::1', port: 6379 });
    expect(parseTarget('unix:///var/run/app.sock')).toEqual({
      kind: 'unix',
      raw: 'unix:///var/run/app.sock',
      path: '/var/run/app.sock',
    });
    expect(parseTarget('file:///tmp/ready%20flag')).toMatchObject({ kind: 'file', path: '/tmp/ready flag' });
  });

  it('parses [::1]:port in http URLs', () => {
    const target = parseTarget('http://[::1]:9000/x');
    expect(target).toMatchObject({ kind: 'http' });
    expect((target as { url: URL }).url.hostname).toBe('[::1]');
  });

  it('explains what is wrong', () => {
    expect(parseTarget('ftp://x/y')).toBe(
      "has unsupported scheme 'ftp:' in 'ftp://x/y' (expected http://, https://, tcp://host:port, unix:///path.sock or file:///path)",
    );
    expect(parseTarget('localhost:8080')).toBe(
      "needs a scheme: 'localhost:8080' (did you mean http://localhost:8080 or tcp://localhost:8080?)",
    );
    expect(parseTarget('tcp://db')).toContain('must be tcp://host:port');
    expect(parseTarget('tcp://db:99999')).toContain('must be tcp://host:port');
    expect(parseTarget('unix://relative.sock')).toContain('must be unix:///absolute/path.sock');
    expect(parseTarget('not a url')).toContain('must be a URL like http://localhost:8080/health');
  });
});
