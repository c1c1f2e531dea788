import { describe, expect, it } from '@jest/globals';
import {
  buildErrorInput,
  dockerErrorText,
  dockerFailure,
  runErrorInput,
} from '../../../actions/docker-smoke-test/docker-error.js';

// Real docker 28 CLI output.
const BAD_FLAG = `invalid argument "abc" for "-m, --memory" flag: invalid size: 'abc'

Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]

Run 'docker run --help' for more information
`;
const NO_NETWORK = `docker: Error response from daemon: network ci-net not found

Run 'docker run --help' for more information
`;
const NO_COMMAND = `docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "nope": executable file not found in $PATH: unknown

Run 'docker run --help' for more information
`;

describe('docker errors', () => {
  it('keeps the complaint and drops the usage hint', () => {
    expect(dockerErrorText(BAD_FLAG)).toBe(
      `invalid argument "abc" for "-m, --memory" flag: invalid size: 'abc'`,
    );
    expect(dockerErrorText(NO_NETWORK)).toBe('Error response from daemon: network ci-net not found');
    expect(dockerErrorText('#12 ERROR: boom\n#13 done\nERROR: failed to solve: x\n', 1)).toBe(
      '#12 ERROR: boom ERROR: failed to solve: x',
    );
    expect(dockerErrorText(`${'x'.repeat(2000)}\n`).length).toBe(500);
  });

  it('names the input a run failure comes from', () => {
    expect(runErrorInput(dockerErrorText(BAD_FLAG), {})).toBe('options');
    expect(runErrorInput('unknown flag: --bogus', {})).toBe('options');
    expect(runErrorInput("unknown shorthand flag: 'z' in -z", {})).toBe('options');
    expect(runErrorInput('invalid argument "x" for "-p, --publish" flag', {})).toBe('ports');
    expect(runErrorInput(dockerErrorText(NO_NETWORK), {})).toBe('network');
    expect(runErrorInput(dockerErrorText(NO_COMMAND), {})).toBe('command');
    expect(runErrorInput(dockerErrorText(NO_COMMAND), { entrypoint: '/x' })).toBe('entrypoint');
    expect(runErrorInput('something else entirely', {})).toBeUndefined();
    expect(dockerFailure('run', 'why', 'network')).toBe("docker run failed (input 'network'): why");
  });

  it('names the input a build failure comes from', () => {
    expect(
      buildErrorInput('Error response from daemon: failed to reach build target nope in Dockerfile'),
    ).toBe('target');
    expect(
      buildErrorInput(
        'unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat /x/Nope: no such file or directory',
      ),
    ).toBe('dockerfile');
    expect(buildErrorInput('unable to prepare context: path "/nonexist" not found')).toBe('context');
    expect(buildErrorInput("The command '/bin/sh -c exit 3' returned a non-zero code: 3")).toBeUndefined();
  });
});
