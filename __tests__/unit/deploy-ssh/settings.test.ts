import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { readSettings } from '../../../actions/deploy-ssh/settings.js';
import { inputEnvName } from '../../../shared/inputs.js';

const file = join(mkdtempSync(join(tmpdir(), 'ci-kit-key-')), 'id');
execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', file], { stdio: 'pipe' });
const KEY = readFileSync(file, 'utf8');

function withInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) process.env[inputEnvName(name)] = value;
}

afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
});

const base = { host: 'deploy@web1', key: KEY, script: 'true' };

describe('deploy-ssh settings', () => {
  it('applies the action.yml defaults', () => {
    withInputs(base);
    expect(readSettings()).toMatchObject({
      hosts: [{ user: 'deploy', host: 'web1', port: 22 }],
      connectTimeoutMs: 30_000,
      commandTimeoutMs: 600_000,
      strategy: 'copy',
      keepReleases: 5,
      maxParallel: 5,
      failFast: true,
      rollback: false,
      hostKeys: { knownHosts: [], fingerprints: [], insecure: false },
    });
  });

  it('reads every input', () => {
    const source = mkdtempSync(join(tmpdir(), 'ci-kit-src-'));
    withInputs({
      ...base,
      host: 'web1\napp@web2:2200',
      port: '2222',
      username: 'ci',
      passphrase: '',
      password: 'pw-secret',
      'known-hosts': '',
      fingerprint: `SHA256:${'A'.repeat(43)}`,
      'insecure-ignore-host-key': 'false',
      'proxy-jump': 'jump@bastion:2022',
      'connect-timeout': '5s',
      'command-timeout': '1m',
      env: 'A=1\nB=two',
      source,
      target: '~/app/',
      strategy: '',
      'keep-releases': '3',
      'shared-paths': 'storage\nconfig/.env',
      'health-command': 'curl -fsS localhost/health',
      'health-url': 'http://127.0.0.1:1/health',
      rollback: 'false',
      'max-parallel': '2',
      'fail-fast': 'false',
    });
    const settings = readSettings();
    expect(settings.hosts.map((host) => host.label)).toEqual(['ci@web1:2222', 'app@web2:2200']);
    expect(settings.proxyJump).toMatchObject({ user: 'jump', host: 'bastion', port: 2022 });
    expect(settings).toMatchObject({
      password: 'pw-secret',
      connectTimeoutMs: 5000,
      commandTimeoutMs: 60_000,
      env: [
        ['A', '1'],
        ['B', 'two'],
      ],
      source,
      target: '~/app',
      strategy: 'release',
      keepReleases: 3,
      sharedPaths: ['storage', 'config/.env'],
      maxParallel: 2,
      failFast: false,
    });
    expect(settings.secrets).toEqual(expect.arrayContaining(['pw-secret', '1', 'two']));
  });

  it.each([
    [{ key: '' }, "input 'key' or 'password' is required"],
    [{ script: '' }, "input 'script' or 'source' is required"],
    [{ host: 'deploy@web1\ndeploy@web1' }, "input 'host' names deploy@web1:22 twice"],
    [{ host: 'web1:x' }, "input 'host' has a bad port in 'web1:x'"],
    [{ fingerprint: 'MD5:aa:bb' }, /input 'fingerprint' must hold SHA256 fingerprints/],
    [{ 'known-hosts': 'garbage' }, /input 'known-hosts' has a line that is not/],
    [{ source: '/no/such/dir' }, "input 'source' names '/no/such/dir', which does not exist"],
    [{ strategy: 'release' }, /input 'target' is required/],
    [{ strategy: 'rsync', target: '/srv' }, /input 'strategy' must be one of release, copy/],
    [{ 'shared-paths': '../etc', target: '/srv' }, /input 'shared-paths' must hold paths relative/],
    [{ env: 'not a pair' }, /input 'env' line 1 must be KEY=value/],
    [{ 'health-url': 'localhost:8080' }, /input 'health-url' must be an http:\/\/ or https:\/\/ URL/],
    [{ 'max-parallel': '0' }, /input 'max-parallel' must be a whole number from 1/],
  ])('rejects %j with one clear line', (inputs, message) => {
    withInputs({ ...base, ...inputs });
    expect(() => readSettings()).toThrow(message);
  });

  it('artifact replaces source: a release by default, needs a target, and never both', () => {
    withInputs({ host: 'deploy@web1', key: KEY, artifact: 'site', target: '/srv/app' });
    expect(readSettings()).toMatchObject({ artifact: 'site', source: undefined, strategy: 'release' });
    withInputs({ target: '' });
    expect(() => readSettings()).toThrow(
      "input 'target' is required with 'source', 'artifact', 'strategy: release' or 'rollback'",
    );
    const source = mkdtempSync(join(tmpdir(), 'ci-kit-src-'));
    withInputs({ target: '/srv/app', source });
    expect(() => readSettings()).toThrow("input 'artifact' replaces 'source': set only one of them");
  });
});
