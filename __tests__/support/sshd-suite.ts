// One real sshd for a describe block, and the deploy-ssh inputs that log in to it.
import { afterAll, beforeAll } from '@jest/globals';
import { type SshdOptions, startSshd, type TestSshd } from './sshd.js';

export interface SshdSuite extends TestSshd {
  /** deploy-ssh inputs that log in with the generated client key and pin the host key, then `extra`. */
  inputs(extra?: Record<string, string>): Record<string, string>;
}

export interface SshdSuiteOptions extends SshdOptions {
  /** Where the user name goes: in `host` (`user@127.0.0.1:port`, the default) or the `username` input. */
  user?: 'in-host' | 'input';
  /** Inputs every call of `inputs()` starts from, e.g. a longer connect-timeout. */
  defaults?: Record<string, string>;
}

/**
 * Starts an sshd before the enclosing block's tests and stops it after them. The returned object stands
 * for that server (read its fields inside tests, once it has started).
 */
export function useSshd(options: SshdSuiteOptions = {}): SshdSuite {
  const { user = 'in-host', defaults = {}, ...sshdOptions } = options;
  let server: TestSshd | undefined;
  beforeAll(async () => {
    server = await startSshd(sshdOptions);
  });
  afterAll(async () => {
    await server?.stop();
  });
  const started = (): TestSshd => {
    if (!server) throw new Error('the sshd has not started: read it inside a test');
    return server;
  };
  return {
    get port() {
      return started().port;
    },
    get user() {
      return started().user;
    },
    get dir() {
      return started().dir;
    },
    get knownHostsLine() {
      return started().knownHostsLine;
    },
    get clientKey() {
      return started().clientKey;
    },
    get clientKeyPath() {
      return started().clientKeyPath;
    },
    get hostKeyLines() {
      return started().hostKeyLines;
    },
    stop: () => started().stop(),
    kill: () => started().kill(),
    inputs(extra = {}) {
      const sshd = started();
      const login: Record<string, string> =
        user === 'input'
          ? { host: `127.0.0.1:${sshd.port}`, username: sshd.user }
          : { host: `${sshd.user}@127.0.0.1:${sshd.port}` };
      return { ...login, key: sshd.clientKey, 'known-hosts': sshd.knownHostsLine, ...defaults, ...extra };
    },
  };
}
