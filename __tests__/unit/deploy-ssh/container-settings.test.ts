import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { parseRunOptions } from '../../../actions/deploy-ssh/container/run-options.js';
import { parseImageReference, parsePort } from '../../../actions/deploy-ssh/container/settings.js';
import { readSettings } from '../../../actions/deploy-ssh/settings.js';
import { inputEnvName } from '../../../shared/inputs.js';

const file = join(mkdtempSync(join(tmpdir(), 'ci-kit-key-')), 'id');
execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', file], { stdio: 'pipe' });
const KEY = readFileSync(file, 'utf8');

function read(inputs: Record<string, string>) {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [name, value] of Object.entries({ host: 'deploy@web1', key: KEY, ...inputs }))
    process.env[inputEnvName(name)] = value;
  return readSettings();
}

afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
});

describe('container strategy settings', () => {
  it('is off without image, and needs no script or target with it', () => {
    expect(() => read({})).toThrow(/input 'script' or 'source' is required/);
    const settings = read({ image: 'ghcr.io/org/app:1.2.3', ports: '8000:8000' });
    expect(settings.target).toBe('~/.ci-kit/containers/app');
    expect(settings.container).toMatchObject({
      image: 'ghcr.io/org/app:1.2.3',
      repository: 'ghcr.io/org/app',
      registry: 'ghcr.io',
      name: 'app',
      source: 'pull',
      healthTimeoutMs: 60_000,
      rolling: 0,
      ports: [{ spec: '8000:8000', hostPort: 8000, containerPort: 8000 }],
    });
  });

  it('refuses inputs of the other strategies and half a registry login', () => {
    expect(() => read({ image: 'app', source: '.' })).toThrow("input 'source' cannot be used with 'image'");
    expect(() => read({ image: 'app', script: 'true' })).toThrow(
      "input 'script' cannot be used with 'image'",
    );
    expect(() => read({ image: 'app', 'registry-username': 'me' })).toThrow(
      "inputs 'registry-username' and 'registry-password' must be set together",
    );
  });

  it('masks the registry password and never quotes it', () => {
    const settings = read({ image: 'app', 'registry-username': 'me', 'registry-password': 'hunter2-secret' });
    expect(settings.secrets).toContain('hunter2-secret');
  });

  it('refuses a multi-line env value, which an env file cannot hold, naming the key only', () => {
    expect(() => read({ image: 'app', env: 'CERT=line one\n line two' })).toThrow(
      "input 'env' has a multi-line value for CERT, which a container's environment file cannot hold",
    );
  });

  it('rejects bad image references, container names and ports in one line', () => {
    expect(() => read({ image: 'App:Latest' })).toThrow(/^input 'image' must be an image reference/);
    expect(() => read({ image: 'app;rm -rf /' })).toThrow(/^input 'image' must be an image reference/);
    expect(() => read({ image: 'app', container: '-x' })).toThrow(
      /^input 'container' must be a container name/,
    );
    expect(() => read({ image: 'app', ports: '8080:80\n$(id)' })).toThrow(
      /^input 'ports' must have publish lines/,
    );
    expect(() => read({ image: 'app', 'image-source': 'scp' })).toThrow(
      /^input 'image-source' must be one of pull, upload/,
    );
  });
});

describe('image references', () => {
  it.each([
    ['app', 'app', 'docker.io'],
    ['org/app:1', 'org/app', 'docker.io'],
    ['localhost/app', 'localhost/app', 'localhost'],
    ['127.0.0.1:5000/team/app:v2', '127.0.0.1:5000/team/app', '127.0.0.1:5000'],
    [`ghcr.io/org/app@sha256:${'a'.repeat(64)}`, 'ghcr.io/org/app', 'ghcr.io'],
  ])('%s → repository %s on %s', (image, repository, registry) => {
    expect(parseImageReference(image)).toMatchObject({ repository, registry });
  });
});

describe('ports', () => {
  it.each([
    ['80', undefined, 80],
    ['8080:80', 8080, 80],
    ['127.0.0.1:8080:80/tcp', 8080, 80],
    ['127.0.0.1::80', undefined, 80],
    ['9000-9001:9000-9001', 9000, 9000],
  ])('%s', (line, hostPort, containerPort) => {
    expect(parsePort(line)).toEqual({ spec: line, hostPort, containerPort });
  });
  it.each(['80:', 'x:80', '8080:80 -v /:/host', '70000:80'])('refuses %s', (line) => {
    expect(parsePort(line)).toBeUndefined();
  });
});

describe('run options', () => {
  it('turns allowed options into one argument each', () => {
    expect(
      parseRunOptions(
        [
          '--volume=/srv/data:/data:ro',
          '-v /srv/logs:/logs',
          '--network web',
          '--restart=unless-stopped',
          '--label=traefik.enable=true',
          '--user=1000:1000',
          '--memory=512m',
          '--cpus=1.5',
          '--read-only',
          '--init',
        ],
        'run-options',
      ),
    ).toEqual([
      '--volume=/srv/data:/data:ro',
      '--volume=/srv/logs:/logs',
      '--network=web',
      '--restart=unless-stopped',
      '--label=traefik.enable=true',
      '--user=1000:1000',
      '--memory=512m',
      '--cpus=1.5',
      '--read-only',
      '--init',
    ]);
  });

  it.each([
    ['--privileged', /allows one option per line/],
    ['--pid=host', /allows one option per line/],
    ['--network=host', /--network has a value/],
    ['--restart=sometimes', /--restart has a value/],
    ['--memory=lots', /--memory has a value/],
    ['--volume=/etc', /--volume has a value/],
    ['--read-only=maybe', /--read-only takes no value/],
    ['echo hi; rm -rf /', /allows one option per line/],
  ])('refuses %s', (line, message) => {
    expect(() => parseRunOptions([line], 'run-options')).toThrow(message);
  });
});
