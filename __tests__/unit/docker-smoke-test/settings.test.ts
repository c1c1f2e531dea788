import { afterEach, describe, expect, it } from '@jest/globals';
import { readSettings } from '../../../actions/docker-smoke-test/settings.js';
import { ConfigError } from '../../../shared/errors.js';
import { inputEnvName } from '../../../shared/inputs.js';

function withInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) process.env[inputEnvName(name)] = value;
}

function clearInputs(): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
}

afterEach(clearInputs);

function configError(inputs: Record<string, string>): string {
  withInputs(inputs);
  try {
    readSettings();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  } finally {
    clearInputs();
  }
  throw new Error('expected a ConfigError');
}

describe('docker-smoke-test settings', () => {
  it('applies the action.yml defaults', () => {
    withInputs({ image: 'app:1' });
    const settings = readSettings();
    expect(settings).toMatchObject({
      image: 'app:1',
      build: undefined,
      ports: [],
      env: [],
      command: [],
      entrypoint: undefined,
      options: [],
      waitFor: [],
      expectExitCode: 0,
      exec: [],
      timeoutMs: 120_000,
      stableForMs: 2000,
      logLines: 100,
      cleanup: 'always',
      removeImage: false,
      unusedInputs: [],
    });
    expect(settings.expectStatus.toString()).toBe('200-299');
  });

  it('reads every input', () => {
    withInputs({
      context: 'app',
      dockerfile: 'app/Dockerfile',
      'build-args': 'VERSION=1.2\nFLAGS=a=b',
      target: 'prod',
      ports: '8080\n53/udp',
      env: 'TOKEN=abc',
      command: 'serve --port "8 0"',
      entrypoint: '/bin/sh -c',
      network: 'ci',
      options: '--memory 64m\n--cap-drop=ALL',
      'wait-for': 'http:9090/health\nlog:ready',
      'expect-status': '200,204',
      'expect-body': 'ok',
      'expect-exit-code': '3',
      'expect-logs': 'started',
      'reject-logs': 'panic:',
      exec: 'test -f /app\nsh -c "id -u"',
      timeout: '30s',
      'stable-for': '500ms',
      'log-lines': '20',
      cleanup: 'on-success',
      'remove-image': 'true',
    });
    const settings = readSettings();
    expect(settings.build).toEqual({
      context: 'app',
      dockerfile: 'app/Dockerfile',
      buildArgs: [
        ['VERSION', '1.2'],
        ['FLAGS', 'a=b'],
      ],
      target: 'prod',
    });
    expect(settings.ports.map((port) => port.key)).toEqual(['8080', '53/udp', '9090']);
    expect(settings.entrypoint).toBe('/bin/sh');
    expect(settings.command).toEqual(['-c', 'serve', '--port', '8 0']);
    expect(settings.options).toEqual(['--memory', '64m', '--cap-drop=ALL']);
    expect(settings.waitFor.map((check) => check.kind)).toEqual(['http', 'log']);
    expect(settings.exec).toEqual([
      ['test', '-f', '/app'],
      ['sh', '-c', 'id -u'],
    ]);
    expect(settings).toMatchObject({
      network: 'ci',
      env: [['TOKEN', 'abc']],
      expectExitCode: 3,
      timeoutMs: 30_000,
      stableForMs: 500,
      logLines: 20,
      cleanup: 'on-success',
      removeImage: true,
    });
    expect(settings.expectBody?.source).toBe('ok');
    expect(settings.rejectLogs?.source).toBe('panic:');
  });

  it('lists inputs that no wait-for check uses', () => {
    withInputs({ image: 'a', 'wait-for': 'tcp:80', 'expect-body': 'ok', 'expect-exit-code': '2' });
    expect(readSettings().unusedInputs).toEqual(['expect-body', 'expect-exit-code']);
    withInputs({ 'wait-for': 'http:80/\nexit' });
    expect(readSettings().unusedInputs).toEqual([]);
  });

  it('names the input that is wrong', () => {
    expect(configError({})).toBe("input 'image' (or 'context') is required");
    expect(configError({ image: 'a', target: 'prod' })).toBe(
      "input 'target' needs 'context' (the build context) too",
    );
    expect(configError({ image: 'a', ports: '8080:80' })).toMatch(/^input 'ports' must have container ports/);
    expect(configError({ image: 'a', 'wait-for': 'up' })).toMatch(/^input 'wait-for' must be one of/);
    expect(configError({ image: 'a', 'wait-for': 'exit\nrunning' })).toBe(
      "input 'wait-for' cannot wait for both exit and running",
    );
    expect(configError({ image: 'a', options: '--rm' })).toMatch(/^input 'options' must not set --rm/);
    expect(configError({ image: 'a', options: '--name=x' })).toMatch(/^input 'options' must not set --name/);
    expect(configError({ image: 'a', command: 'sh -c "oops' })).toBe(
      `input 'command' has an unclosed " quote`,
    );
    expect(configError({ image: 'a', env: 'not a pair' })).toMatch(/^input 'env' line 1 must be KEY=value/);
    expect(configError({ image: 'a', 'expect-exit-code': '256' })).toMatch(
      /^input 'expect-exit-code' must be/,
    );
    expect(configError({ image: 'a', cleanup: 'sometimes' })).toMatch(/^input 'cleanup' must be one of/);
    expect(configError({ image: 'a', timeout: 'soon' })).toMatch(/^input 'timeout' must be a duration/);
    expect(configError({ image: 'a', 'wait-for': 'running', timeout: '5s', 'stable-for': '10s' })).toBe(
      "input 'stable-for' (10s) must be shorter than 'timeout' (5s)",
    );
  });

  it('reads cache and diagnostics; cache needs a context to cache', () => {
    withInputs({ image: 'a' });
    expect(readSettings()).toMatchObject({ cache: false, diagnostics: 'on-failure' });
    clearInputs();
    withInputs({ context: '.', cache: 'true', diagnostics: 'always' });
    expect(readSettings()).toMatchObject({ cache: true, diagnostics: 'always' });
    clearInputs();
    expect(configError({ image: 'a', cache: 'true' })).toBe(
      "input 'cache' caches the image built from 'context', and 'context' is not set",
    );
    expect(configError({ image: 'a', diagnostics: 'sometimes' })).toMatch(
      /^input 'diagnostics' must be one of/,
    );
  });
});
