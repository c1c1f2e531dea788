import { spawnSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { buildScript, parseEnv, quotePath, shellQuote } from '../../../actions/deploy-ssh/script.js';

/** Runs the text the way the server does: `bash -euo pipefail -s` with it on stdin. */
function bash(input: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('bash', ['-euo', 'pipefail', '-s'], { input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('deploy-ssh scripts', () => {
  it('quotes any string so bash reads it back unchanged', () => {
    for (const value of ["it's", 'a$HOME`id`$(id)', 'back\\slash', 'new\nline', '', '-n', '*', 'ü €']) {
      expect(bash(`printf '%s' ${shellQuote(value)}`).stdout).toBe(value);
    }
    expect(shellQuote('plain/path-1.2')).toBe('plain/path-1.2');
  });

  it('keeps ~/ working in remote paths', () => {
    expect(bash(`printf '%s' ${quotePath("~/my app/it's")}`).stdout).toBe(`${process.env.HOME}/my app/it's`);
    expect(quotePath('~')).toBe('"$HOME"');
  });

  it('reads env lines, continuing multi-line values', () => {
    expect(parseEnv('A=1\nB=x=y\n  indented continuation\n')).toEqual([
      ['A', '1'],
      ['B', 'x=y\n  indented continuation'],
    ]);
    expect(parseEnv('# leading comment\nPEM=-----BEGIN-----\nabc\n-----END-----\nNEXT=2')).toEqual([
      ['PEM', '-----BEGIN-----\nabc\n-----END-----'],
      ['NEXT', '2'],
    ]);
    expect(parseEnv('\nexport STRIPE_KEY sk_live_abc')).toBe(
      'line 2 must be KEY=value (the line is not shown: it may hold a secret)',
    );
    // A comment line is never appended to the value above it.
    expect(parseEnv('A=1\n# note\n  # indented note\nB=2')).toEqual([
      ['A', '1'],
      ['B', '2'],
    ]);
    expect(parseEnv('')).toEqual([]);
  });

  it('exports env before the script and fails on the first failing line', () => {
    const script = buildScript({
      env: [['VALUE', `it's $HOME "x"\nline 2`]],
      script: 'printf "%s" "$VALUE"\nfalse\necho never',
    });
    const result = bash(script);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(`it's $HOME "x"\nline 2`);
  });

  it('runs nothing when the script has a syntax error', () => {
    const result = bash(buildScript({ script: 'echo first\nif then fi' }));
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
  });

  it('gives the script /dev/null as stdin and runs it in cwd', () => {
    const result = bash(buildScript({ script: 'cat\npwd', cwd: '/' }));
    expect(result).toMatchObject({ status: 0, stdout: '/\n' });
  });
});
