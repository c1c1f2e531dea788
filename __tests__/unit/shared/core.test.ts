import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { parseCommand, parseFileCommands } from '../../../cli/runner.js';
import * as core from '../../../shared/core.js';
import { writeSummaryTable } from '../../../shared/summary.js';
import { captureStdout } from '../../support/stdout.js';

const stdout = captureStdout();
const saved = { ...process.env };

afterEach(() => {
  process.env = { ...saved };
});

const lines = () => stdout.text().split('\n').filter(Boolean);

describe('shared/core: the runner protocol', () => {
  it('escapes annotation messages and properties so the runner reads them back whole', () => {
    core.warning('50% done\nnext: a, b', { file: 'src/a,b.ts', startLine: 3, startColumn: 7, title: 'T: x' });
    expect(lines()).toEqual([
      '::warning title=T%3A x,file=src/a%2Cb.ts,line=3,col=7::50%25 done%0Anext: a, b',
    ]);
    expect(parseCommand(lines()[0]!)).toEqual({
      command: 'warning',
      properties: { title: 'T: x', file: 'src/a,b.ts', line: '3', col: '7' },
      message: '50% done\nnext: a, b',
    });
  });

  it('fails with an error annotation and exit code 1', () => {
    core.setFailed('boom');
    expect(lines()).toEqual(['::error::boom']);
    expect(process.exitCode).toBe(1);
  });

  it('writes masks, groups and plain lines', () => {
    core.setSecret('s3cret');
    core.startGroup('logs');
    core.info('hello');
    core.endGroup();
    expect(lines()).toEqual(['::add-mask::s3cret', '::group::logs', 'hello', '::endgroup::']);
  });

  it('writes outputs and state as heredoc file commands, multi-line values intact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'core-'));
    process.env.GITHUB_OUTPUT = join(dir, 'out');
    process.env.GITHUB_STATE = join(dir, 'state');
    writeFileSync(process.env.GITHUB_OUTPUT, '');
    writeFileSync(process.env.GITHUB_STATE, '');
    core.setOutput('notes', 'line 1\nline 2');
    core.setOutput('empty', '');
    core.saveState('container', 'abc');
    expect(parseFileCommands(readFileSync(process.env.GITHUB_OUTPUT, 'utf8'))).toEqual({
      notes: 'line 1\nline 2',
      empty: '',
    });
    expect(parseFileCommands(readFileSync(process.env.GITHUB_STATE, 'utf8'))).toEqual({ container: 'abc' });
    expect(stdout.text()).toBe('');
    // Each block has its own unguessable delimiter (a random UUID).
    const delimiters = readFileSync(process.env.GITHUB_OUTPUT, 'utf8').match(/<<(.*)/g);
    expect(delimiters).toHaveLength(2);
    expect(delimiters![0]).toMatch(/^<<ghadelimiter_[0-9a-f-]{36}$/);
    expect(delimiters![0]).not.toBe(delimiters![1]);
  });

  it('reads state from STATE_* and debug mode from RUNNER_DEBUG', () => {
    process.env.STATE_container = 'abc';
    expect(core.getState('container')).toBe('abc');
    expect(core.getState('missing')).toBe('');
    process.env.RUNNER_DEBUG = '1';
    expect(core.isDebug()).toBe(true);
  });

  it('writes the job summary through the summary builder, escaped by writeSummaryTable', async () => {
    delete process.env.GITHUB_STEP_SUMMARY;
    await writeSummaryTable({ heading: 'x', columns: ['a'], rows: [['b']] });
    const file = join(mkdtempSync(join(tmpdir(), 'core-')), 'summary');
    writeFileSync(file, '');
    process.env.GITHUB_STEP_SUMMARY = file;
    await writeSummaryTable({
      heading: 'Targets <1>',
      intro: 'a & b',
      columns: ['name', 'state'],
      rows: [['<script>', 'ok']],
    });
    expect(readFileSync(file, 'utf8')).toBe(
      '<h3>Targets &#60;1&#62;</h3>\n<p>a &#38; b</p>\n' +
        '<table><tr><th>name</th><th>state</th></tr><tr><td>&#60;script&#62;</td><td>ok</td></tr></table>\n',
    );
  });
});
