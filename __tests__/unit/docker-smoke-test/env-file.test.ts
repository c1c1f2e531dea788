import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { envFileText, withEnvFile } from '../../../actions/docker-smoke-test/env-file.js';

describe('container env file', () => {
  it('writes KEY=value lines as docker reads them', () => {
    expect(
      envFileText([
        ['A', 'x = "y" $HOME'],
        ['DOCKER_HOST', 'tcp://h:1'],
      ]),
    ).toBe('A=x = "y" $HOME\nDOCKER_HOST=tcp://h:1\n');
  });

  it('is private to the runner user and gone once used, even when the use fails', async () => {
    let seen = '';
    await expect(
      withEnvFile([['TOKEN', 'abc']], async (path) => {
        seen = path!;
        expect(statSync(path!).mode & 0o777).toBe(0o600);
        expect(statSync(dirname(path!)).mode & 0o777).toBe(0o700);
        expect(readFileSync(path!, 'utf8')).toBe('TOKEN=abc\n');
        throw new Error('docker failed');
      }),
    ).rejects.toThrow('docker failed');
    expect(existsSync(dirname(seen))).toBe(false);
    expect(await withEnvFile([], async (path) => path)).toBeUndefined();
  });
});
