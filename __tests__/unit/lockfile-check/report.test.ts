import { describe, expect, it } from '@jest/globals';
import type { CheckedPair } from '../../../actions/lockfile-check/check.js';
import {
  FAILURE_MESSAGE_PAIRS,
  failureMessage,
  MAX_ROWS_PER_LOCKFILE,
  overallStatus,
  summaryRows,
} from '../../../actions/lockfile-check/report.js';
import type { Kind, Problem } from '../../../actions/lockfile-check/types.js';

function problem(kind: Kind, severity: Problem['severity'] = 'error', file = 'package.json'): Problem {
  return {
    file,
    line: 3,
    ecosystem: 'npm',
    kind,
    package: 'ms',
    message: `${kind} message`,
    fix: 'npm install',
    severity,
  };
}

function pair(lockfile: string, problems: Problem[]): CheckedPair {
  return { ecosystem: 'npm', dir: '.', manifest: 'package.json', lockfile, problems };
}

describe('report', () => {
  it('ranks error above unsafe above stale, and ignores warnings', () => {
    expect(overallStatus([])).toBe('ok');
    expect(overallStatus([problem('spec-mismatch', 'warning'), problem('host', 'warning')])).toBe('ok');
    expect(overallStatus([problem('not-locked'), problem('host')])).toBe('unsafe');
    expect(overallStatus([problem('host'), problem('parse'), problem('unsatisfied')])).toBe('error');
  });

  it('writes one line naming each failing lockfile, its first problem and the fix', () => {
    const pairs = [
      pair('a/package-lock.json', [
        problem('not-locked'),
        problem('unsatisfied'),
        problem('extraneous', 'warning'),
      ]),
      pair('b/package-lock.json', []),
    ];
    expect(failureMessage(pairs)).toBe(
      '1 lockfile out of date: a/package-lock.json: not-locked message (+1 more); fix: npm install',
    );
    pairs[1]!.problems.push(problem('integrity'));
    expect(failureMessage(pairs)).toBe(
      '2 lockfiles out of date or unsafe: a/package-lock.json (stale): not-locked message (+1 more); fix: npm install | b/package-lock.json (unsafe): integrity message; fix: npm install',
    );
  });

  it('names the first few failing lockfiles and counts the rest', () => {
    const pairs = Array.from({ length: FAILURE_MESSAGE_PAIRS + 3 }, (_, index) =>
      pair(`p${index}/package-lock.json`, [problem('not-locked')]),
    );
    const message = failureMessage(pairs);
    expect(
      message.startsWith(`${FAILURE_MESSAGE_PAIRS + 3} lockfiles out of date: p0/package-lock.json:`),
    ).toBe(true);
    expect(message).toContain(`p${FAILURE_MESSAGE_PAIRS - 1}/package-lock.json`);
    expect(message).not.toContain(`p${FAILURE_MESSAGE_PAIRS}/package-lock.json`);
    expect(message.endsWith(' | and 3 more (see the job summary or the problems output)')).toBe(true);
  });

  it('groups summary rows by lockfile and caps each group', () => {
    const many = Array.from({ length: MAX_ROWS_PER_LOCKFILE + 7 }, () => problem('not-locked'));
    const rows = summaryRows([pair('ok/package-lock.json', []), pair('bad/package-lock.json', many)]);
    expect(rows[0]).toEqual(['ok/package-lock.json', 'npm', '✅ ok', '', '', '']);
    expect(rows[1]).toEqual([
      'bad/package-lock.json',
      'npm',
      '❌ not-locked',
      'ms',
      'package.json:3: not-locked message',
      'npm install',
    ]);
    expect(rows).toHaveLength(1 + MAX_ROWS_PER_LOCKFILE + 1);
    expect(rows.at(-1)![4]).toBe('7 more problems (see the problems output)');
  });
});
