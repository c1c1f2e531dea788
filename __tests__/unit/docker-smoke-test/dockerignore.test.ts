import { describe, expect, it } from '@jest/globals';
import { Dockerignore } from '../../../actions/docker-smoke-test/dockerignore.js';

describe('Dockerignore', () => {
  it('ignores nothing without patterns', () => {
    expect(new Dockerignore('').ignores('a/b.txt')).toBe(false);
  });

  it('reads patterns like the engine: comments, leading slash, folders and their contents', () => {
    const ignore = new Dockerignore('# comment\n/node_modules\n*.log\ntmp/\n');
    expect(ignore.ignores('node_modules')).toBe(true);
    expect(ignore.ignores('node_modules/x/index.js')).toBe(true);
    expect(ignore.ignores('app.log')).toBe(true);
    // `*` stays within one folder level: only a root-level *.log is matched.
    expect(ignore.ignores('logs/app.log')).toBe(false);
    expect(ignore.ignores('tmp/cache/a')).toBe(true);
    expect(ignore.ignores('src/tmp')).toBe(false);
    expect(ignore.ignores('# comment')).toBe(false);
  });

  it('`**` matches any number of folders, including none', () => {
    const ignore = new Dockerignore('**/*.pyc\ndocs/**\n');
    expect(ignore.ignores('a.pyc')).toBe(true);
    expect(ignore.ignores('pkg/sub/a.pyc')).toBe(true);
    expect(ignore.ignores('docs/a/b.md')).toBe(true);
    expect(ignore.ignores('docsx/a.md')).toBe(false);
  });

  it('the last matching pattern wins, `!` brings files back', () => {
    const ignore = new Dockerignore('*.md\n!README.md\nREADME*.md\n!README.md\n');
    expect(ignore.ignores('CHANGES.md')).toBe(true);
    expect(ignore.ignores('README.md')).toBe(false);
    expect(ignore.ignores('README-dev.md')).toBe(true);
    expect(new Dockerignore('secret\n!secret/keep').ignores('secret/keep')).toBe(false);
    expect(new Dockerignore('secret\n!secret/keep').ignores('secret/other')).toBe(true);
    expect(new Dockerignore('!x').hasExclusions).toBe(true);
  });

  it('`?` and character classes match one character, never a slash', () => {
    const ignore = new Dockerignore('file?.txt\n[ab].bin\n');
    expect(ignore.ignores('file1.txt')).toBe(true);
    expect(ignore.ignores('file12.txt')).toBe(false);
    expect(ignore.ignores('a.bin')).toBe(true);
    expect(ignore.ignores('c.bin')).toBe(false);
  });
});
