import { describe, expect, it } from '@jest/globals';
import { parseWaitCheck } from '../../../actions/docker-smoke-test/checks.js';

describe('parseWaitCheck', () => {
  it('reads the engine states', () => {
    expect(parseWaitCheck('healthy')).toEqual({ kind: 'healthy', raw: 'healthy' });
    expect(parseWaitCheck('Running')).toEqual({ kind: 'running', raw: 'Running' });
    expect(parseWaitCheck('exit')).toEqual({ kind: 'exit', raw: 'exit' });
  });

  it('reads log, tcp and http checks', () => {
    const log = parseWaitCheck('log:listening on :\\d+');
    expect(log).toMatchObject({ kind: 'log' });
    expect((log as { pattern: RegExp }).pattern.test('x\nlistening on :80\n')).toBe(true);
    expect(parseWaitCheck('tcp:5432')).toEqual({ kind: 'tcp', raw: 'tcp:5432', port: 5432 });
    expect(parseWaitCheck('http:8080/health?full=1')).toEqual({
      kind: 'http',
      raw: 'http:8080/health?full=1',
      port: 8080,
      path: '/health?full=1',
      tls: false,
    });
    expect(parseWaitCheck('https:8443')).toMatchObject({ kind: 'http', port: 8443, path: '/', tls: true });
  });

  it('explains what is wrong', () => {
    expect(parseWaitCheck('ready')).toMatch(/^must be one of healthy, running, exit, log:<regex>/);
    expect(parseWaitCheck('tcp:0')).toBe("must be tcp:<container port from 1 to 65535>, got 'tcp:0'");
    expect(parseWaitCheck('http://localhost:8080/')).toMatch(/^must be http:<container port>\/<path>/);
    expect(parseWaitCheck('log:')).toMatch(/needs a regular expression/);
    expect(parseWaitCheck('log:(')).toMatch(/invalid regular expression/);
  });
});
