import { afterEach, describe, expect, it } from '@jest/globals';
import { Inputs } from '../../../actions/lockfile-check/inputs.js';
import { readSettings } from '../../../actions/lockfile-check/settings.js';
import { ECOSYSTEMS } from '../../../actions/lockfile-check/types.js';
import { ConfigError } from '../../../shared/errors.js';
import { inputEnvName } from '../../../shared/inputs.js';
import { scratch } from './helpers.js';

const set = (name: string, value: string) => {
  process.env[inputEnvName(name)] = value;
};

afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
});

function failure(cwd: string): string {
  try {
    readSettings(cwd);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('lockfile-check settings', () => {
  it('has the documented defaults', () => {
    const cwd = scratch();
    expect(readSettings(cwd)).toEqual({
      cwd,
      root: '.',
      ecosystems: [...ECOSYSTEMS],
      native: 'never',
      security: {
        allowedHosts: undefined,
        requireHttps: true,
        requireIntegrity: true,
        allowedSources: ['registry', 'tarball', 'git', 'local'],
      },
      ignore: ['**/fixtures/**', '**/__fixtures__/**', '**/fixture/**', '**/testdata/**', '**/fuzz/**'],
    });
  });

  it('ignore: none checks test fixtures too; allowed-sources narrows the kinds of source', () => {
    const cwd = scratch();
    set(Inputs.Ignore.name, 'none');
    set(Inputs.AllowedSources.name, 'git');
    const settings = readSettings(cwd);
    expect(settings.ignore).toEqual([]);
    expect(settings.security.allowedSources).toEqual(['registry', 'git']);
    set(Inputs.AllowedSources.name, 'svn');
    expect(failure(cwd)).toBe(
      "input 'allowed-sources' must list tarball, git or local (registry is always allowed), got 'svn'",
    );
  });

  it('reads lists one per line or comma-separated', () => {
    const cwd = scratch('npm-workspaces');
    set(Inputs.Path.name, 'packages/');
    set(Inputs.Ecosystems.name, 'npm, PNPM\ngo');
    set(Inputs.Native.name, 'auto');
    set(Inputs.AllowedHosts.name, 'https://npm.example.com/\n*.corp.example, registry.npmjs.org');
    set(Inputs.RequireHttps.name, 'false');
    set(Inputs.RequireIntegrity.name, 'no');
    set(Inputs.Ignore.name, 'examples/**\n# comment\n**/fixtures/**');
    expect(readSettings(cwd)).toMatchObject({
      root: 'packages',
      ecosystems: ['npm', 'pnpm', 'go'],
      native: 'auto',
      security: {
        allowedHosts: ['npm.example.com', '*.corp.example', 'registry.npmjs.org'],
        requireHttps: false,
        requireIntegrity: false,
      },
      ignore: ['examples/**', '**/fixtures/**'],
    });
  });

  it.each([
    ['path', 'missing/dir', "input 'path' must be an existing folder, got 'missing/dir'"],
    [
      'ecosystems',
      'npm, bundler',
      "input 'ecosystems' must be auto or a list of npm, pnpm, yarn, uv, poetry, cargo, go, got 'bundler'",
    ],
    ['native', 'sometimes', "input 'native' must be one of never, auto, always, got 'sometimes'"],
    [
      'allowed-hosts',
      'registry.npmjs.org\nbad_host!',
      "input 'allowed-hosts' must list host names like registry.npmjs.org or *.example.com, got 'bad_host!'",
    ],
    ['require-https', 'maybe', "input 'require-https' must be true or false, got 'maybe'"],
    ['require-integrity', '2', "input 'require-integrity' must be true or false, got '2'"],
  ])('rejects a bad %s in one line', (name, value, message) => {
    const cwd = scratch();
    set(name, value);
    expect(failure(cwd)).toBe(message);
  });

  it('rejects a file as path', () => {
    const cwd = scratch('go');
    set('path', 'go.mod');
    expect(failure(cwd)).toBe("input 'path' must be a folder, not a file: 'go.mod'");
  });
});
