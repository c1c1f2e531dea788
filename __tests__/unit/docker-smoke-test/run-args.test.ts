import { describe, expect, it } from '@jest/globals';
import { buildArguments, buildEnv } from '../../../actions/docker-smoke-test/build.js';
import { parsePort } from '../../../actions/docker-smoke-test/ports.js';
import { containerName, runArguments, uniqueImageTag } from '../../../actions/docker-smoke-test/run-args.js';

describe('docker run arguments', () => {
  const base = { ports: [], command: [], entrypoint: undefined, network: undefined, options: [] };

  it('runs detached, named and labelled, ports on 127.0.0.1 only, env values in a file', () => {
    const args = runArguments(
      {
        ...base,
        ports: [parsePort('8080')!, parsePort('53/udp')!],
        command: ['serve', '--port', '8080'],
        entrypoint: '/app',
        network: 'ci',
        options: ['--memory', '64m'],
      },
      'ci-kit-smoke-1-abc',
      'app:1',
      '42',
      '/tmp/run/container.env',
    );
    expect(args).toEqual([
      'run',
      '--detach',
      '--name',
      'ci-kit-smoke-1-abc',
      '--label',
      'ci-kit.docker-smoke-test.run=42',
      '--publish',
      '127.0.0.1::8080/tcp',
      '--publish',
      '127.0.0.1::53/udp',
      '--env-file',
      '/tmp/run/container.env',
      '--network',
      'ci',
      '--entrypoint',
      '/app',
      '--memory',
      '64m',
      '--',
      'app:1',
      'serve',
      '--port',
      '8080',
    ]);
  });

  it('publishes nothing on the host network', () => {
    const args = runArguments({ ...base, ports: [parsePort('80')!], network: 'host' }, 'n', 'img', '1');
    expect(args).not.toContain('--publish');
  });

  it('names containers uniquely and safely', () => {
    expect(containerName('123/4')).toMatch(/^ci-kit-smoke-1234-[a-z0-9]+$/);
    expect(containerName('7')).not.toBe(containerName('7'));
  });

  it('tags built images uniquely and safely', () => {
    expect(uniqueImageTag('123/4')).toMatch(/^ci-kit-smoke:1234-[a-z0-9]+$/);
    expect(uniqueImageTag('')).toMatch(/^ci-kit-smoke:local-[a-z0-9]+$/);
    expect(uniqueImageTag('7')).not.toBe(uniqueImageTag('7'));
  });

  it('keeps build arg values out of the arguments, except those the docker CLI would read itself', () => {
    const build = {
      context: '.',
      buildArgs: [
        ['NPM_TOKEN', 's3cret'],
        ['DOCKER_HOST', 'tcp://x:1'],
        ['HTTPS_PROXY', 'http://proxy:3128'],
      ] as Array<[string, string]>,
    };
    const args = buildArguments(build, ['t'], '1', '/tmp/iid');
    expect(args.join(' ')).toContain('--build-arg NPM_TOKEN --build-arg DOCKER_HOST=tcp://x:1');
    expect(args.join(' ')).not.toContain('s3cret');
    const env = buildEnv(build, { PATH: '/bin' });
    expect(env).toEqual({ PATH: '/bin', NPM_TOKEN: 's3cret' });
  });

  it('builds with tags, build args, target and a run label', () => {
    expect(
      buildArguments(
        { context: 'app', dockerfile: 'app/Dockerfile.ci', buildArgs: [['A', '1=2']], target: 'prod' },
        ['ci-kit-smoke:1-x', 'me/app:ci'],
        '1',
        '/tmp/iid',
      ),
    ).toEqual([
      'build',
      '--iidfile',
      '/tmp/iid',
      '--label',
      'ci-kit.docker-smoke-test.run=1',
      '--tag',
      'ci-kit-smoke:1-x',
      '--tag',
      'me/app:ci',
      '--file',
      'app/Dockerfile.ci',
      '--build-arg',
      'A',
      '--target',
      'prod',
      'app',
    ]);
  });
});
