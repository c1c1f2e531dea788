import { describe, expect, it } from '@jest/globals';
import type { ContainerInfo } from '../../../actions/docker-smoke-test/docker.js';
import { activeHealthcheck, healthcheckCommand } from '../../../actions/docker-smoke-test/docker.js';
import { LineMatcher } from '../../../actions/docker-smoke-test/log-match.js';
import { formatSize, stateSummary, summaryIntro, tail } from '../../../actions/docker-smoke-test/report.js';
import { checkLogs } from '../../../actions/docker-smoke-test/verify.js';

describe('docker-smoke-test report', () => {
  it('summarises the container state for a failure', () => {
    const info = {
      RestartCount: 0,
      State: {
        Status: 'exited',
        Running: false,
        Restarting: false,
        OOMKilled: true,
        ExitCode: 137,
        Error: '',
        StartedAt: '2026-01-01T00:00:00Z',
        FinishedAt: '2026-01-01T00:00:01Z',
        Health: {
          Status: 'unhealthy',
          FailingStreak: 2,
          Log: [{ ExitCode: 1, Output: 'db down\n', Start: 't1', End: 't2' }],
        },
      },
    } as unknown as ContainerInfo;
    expect(stateSummary(info)).toEqual([
      'status: exited',
      'exit code: 137',
      'OOMKilled: true',
      'restarts: 0',
      'started: 2026-01-01T00:00:00Z',
      'finished: 2026-01-01T00:00:01Z',
      'health: unhealthy (failing streak 2)',
      '  probe at t1: exit 1 db down',
    ]);
    expect(stateSummary(undefined)).toEqual(['container is gone (removed, or never created)']);
  });

  it('keeps the tail of the logs', () => {
    expect(tail('a\nb\nc\n', 2)).toBe('b\nc');
    expect(tail('a\nb', 5)).toBe('a\nb');
    expect(tail('a', 0)).toBe('');
  });

  it('formats sizes and the summary intro', () => {
    expect(formatSize(512)).toBe('512 B');
    expect(formatSize(1_234_567)).toBe('1.2 MB');
    expect(summaryIntro('app:1', 2_000_000, 1234)).toBe('image app:1 · size 2 MB · ready in 1.23s');
    expect(summaryIntro('app:1', undefined, undefined)).toBe('image app:1 · never ready');
  });

  it('checks expected and rejected log lines line by line', () => {
    const lines = (text: string, ...patterns: RegExp[]) => {
      const matcher = new LineMatcher(patterns);
      matcher.push('stdout', text);
      return matcher;
    };
    const expectLine = /^listening on \d+$/;
    const rejectLine = /Traceback|panic:/;
    const logs = lines('booting\nlistening on 8080\npanic: nil map\n', expectLine, rejectLine);
    expect(checkLogs(logs, expectLine, rejectLine)).toEqual([
      { name: 'expect-logs /^listening on \\d+$/', passed: true, detail: 'found: listening on 8080' },
      { name: 'reject-logs /Traceback|panic:/', passed: false, detail: 'found: panic: nil map' },
    ]);
    const [ready, fatal] = [/ready/, /FATAL/];
    expect(checkLogs(lines('ok', ready, fatal), ready, fatal).map((row) => row.passed)).toEqual([
      false,
      true,
    ]);
  });

  it('runs the image HEALTHCHECK by hand', () => {
    expect(activeHealthcheck({ Test: ['NONE'] })).toBeUndefined();
    expect(activeHealthcheck(undefined)).toBeUndefined();
    expect(healthcheckCommand({ Test: ['CMD-SHELL', 'curl -f localhost || exit 1'] })).toEqual([
      '/bin/sh',
      '-c',
      'curl -f localhost || exit 1',
    ]);
    expect(healthcheckCommand({ Test: ['CMD', 'pg_isready', '-q'] })).toEqual(['pg_isready', '-q']);
  });
});
