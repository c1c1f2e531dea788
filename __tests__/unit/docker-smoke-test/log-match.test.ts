import { describe, expect, it } from '@jest/globals';
import { LineMatcher, MAX_LINE_CHARS } from '../../../actions/docker-smoke-test/log-match.js';

describe('LineMatcher', () => {
  it('finds a line split across chunks, and keeps the first match', () => {
    const panic = /^panic: /;
    const lines = new LineMatcher([panic]);
    lines.push('stdout', 'booting\npan');
    expect(lines.match(panic)).toBeUndefined();
    lines.push('stdout', 'ic: nil map\r\nlater\npanic: again\n');
    expect(lines.match(panic)).toBe('panic: nil map');
  });

  it('sees everything, not a tail: a match followed by megabytes is still found', () => {
    const panic = /panic:/;
    const ready = /^ready$/;
    const lines = new LineMatcher([panic, ready]);
    lines.push('stderr', 'panic: boom\n');
    for (let i = 0; i < 300; i++) lines.push('stdout', `${'x'.repeat(10_000)}\n`);
    lines.push('stdout', 'ready\n');
    expect(lines.match(panic)).toBe('panic: boom');
    expect(lines.match(ready)).toBe('ready');
  });

  it('never joins stdout and stderr chunks into a line nobody wrote', () => {
    const joined = /^hello world$/;
    const lines = new LineMatcher([joined]);
    lines.push('stdout', 'hello ');
    lines.push('stderr', 'noise\n');
    lines.push('stderr', 'world\n');
    expect(lines.match(joined)).toBeUndefined();
    lines.push('stdout', 'world\n');
    expect(lines.match(joined)).toBe('hello world');
  });

  it('counts an unfinished last line, and the stream end makes it a line', () => {
    const ready = /^ready$/;
    const lines = new LineMatcher([ready]);
    lines.push('stdout', 'ready');
    expect(lines.match(ready)).toBe('ready');
    lines.end();
    expect(lines.match(ready)).toBe('ready');
  });

  it('matches inside endless lines in bounded windows, even across a window edge', () => {
    const marker = /MARKER-\d{6}/;
    const lines = new LineMatcher([marker]);
    const filler = 'y'.repeat(MAX_LINE_CHARS - 5);
    lines.push('stdout', filler);
    lines.push('stdout', `zzzzzMARK`);
    lines.push('stdout', `ER-123456${'y'.repeat(MAX_LINE_CHARS * 3)}`);
    expect(lines.match(marker)).toMatch(/^y+\.\.\.$/);
  });

  it('ignores g and y flags, which would carry lastIndex from one line to the next', () => {
    const global = /ok/g;
    const lines = new LineMatcher([global]);
    lines.push('stdout', 'xx ok\n');
    expect(lines.match(global)).toBe('xx ok');
  });
});
