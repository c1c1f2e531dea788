// Attack: a release (or the target layout) holding symbolic links that lead out of `target`. Linking
// shared paths and cleaning releases must never act through them (issue #10, item 5).
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from '@jest/globals';
import { runInProcess } from '../fixtures/deploy-ssh/run-in-process.js';
import { describeWithService, sshdUnavailable } from '../support/services.js';
import { useSshd } from '../support/sshd-suite.js';

const temp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

describeWithService('deploy-ssh never follows a symlink out of target', sshdUnavailable(), () => {
  const sshd = useSshd({ defaults: { 'connect-timeout': '10s' } });
  const inputs = sshd.inputs;

  it('refuses a shared path that goes through a link in the release, leaving the outside alone', async () => {
    const outside = temp('ci-kit-outside-');
    mkdirSync(join(outside, 'logs'));
    writeFileSync(join(outside, 'logs', 'keep.txt'), 'precious\n');
    const source = temp('ci-kit-src-');
    writeFileSync(join(source, 'index.html'), 'v1\n');
    symlinkSync(outside, join(source, 'storage'));
    const target = join(temp('ci-kit-target-'), 'app');
    for (let attempt = 0; attempt < 2; attempt++) {
      const step = await runInProcess(
        inputs({
          source,
          target,
          'shared-paths': 'storage/logs',
          // Uploading the link at all needs the user's consent; following it is never allowed.
          'allow-external-symlinks': 'true',
        }),
      );
      expect(step.error?.message).toMatch(
        /linking shared paths failed: .*shared path 'storage\/logs': in the release, storage is a symbolic link/,
      );
      expect(step.error?.message).not.toContain('\n');
      expect(readFileSync(join(outside, 'logs', 'keep.txt'), 'utf8')).toBe('precious\n');
      expect(readdirSync(outside)).toEqual(['logs']);
      expect(readdirSync(join(target, 'shared'))).toEqual([]);
      // The unfinished release is discarded; current was never switched.
      expect(existsSync(join(target, 'current'))).toBe(false);
    }
  });

  it('refuses a releases/ folder that is a link to elsewhere instead of cleaning there', async () => {
    const outside = temp('ci-kit-outside-');
    mkdirSync(join(outside, 'precious'));
    writeFileSync(join(outside, 'precious', 'data'), 'keep me\n');
    const target = join(temp('ci-kit-target-'), 'app');
    mkdirSync(target);
    symlinkSync(outside, join(target, 'releases'));
    const source = temp('ci-kit-src-');
    writeFileSync(join(source, 'index.html'), 'v1\n');
    const step = await runInProcess(inputs({ source, target, 'keep-releases': '1' }));
    expect(step.error?.message).toMatch(
      /releases is a symbolic link: ci-kit keeps its folders inside target/,
    );
    expect(readdirSync(outside)).toEqual(['precious']);
    expect(readFileSync(join(outside, 'precious', 'data'), 'utf8')).toBe('keep me\n');
  });
});
