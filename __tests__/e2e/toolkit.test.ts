import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findRoot, node24 } from '../../cli/runner.js';
import { startHttpServer, type TestServer } from '../support/http-server.js';

const toolkit = join(findRoot(), 'dist', 'toolkit');

/** Runs an ES module snippet under the runtime the bundles run on; resolves with its stdout. */
function runModule(code: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(node24() ?? process.execPath, ['--input-type=module', '-e', code], { env });
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stdout += chunk;
    });
    child.on('exit', (exitCode) => resolve({ code: exitCode, stdout }));
  });
}

describe('dist/toolkit: the one copy of @actions/core', () => {
  let server: TestServer;
  const seen: { authorization?: string; url?: string }[] = [];
  beforeAll(async () => {
    server = await startHttpServer((request, response) => {
      seen.push({ authorization: request.headers.authorization, url: request.url });
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ value: 'id-token-123' }));
    });
  });
  afterAll(() => server.close());

  it('is small: the HTTP client core only needs for OIDC tokens is a file of its own', () => {
    expect(statSync(join(toolkit, 'core.js')).size).toBeLessThan(200_000);
    expect(statSync(join(toolkit, 'http-client.js')).size).toBeGreaterThan(200_000);
  });

  it('still fetches an OIDC token, loading the real HTTP client on demand', async () => {
    const result = await runModule(
      `const core = await import(${JSON.stringify(join(toolkit, 'core.js'))});
       console.log('token=' + await core.getIDToken('ci-kit'));`,
      {
        PATH: process.env.PATH,
        ACTIONS_ID_TOKEN_REQUEST_URL: `${server.url}/token?api-version=2.0`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-secret',
      },
    );
    expect(result.stdout).toContain('::add-mask::id-token-123');
    expect(result.stdout).toContain('token=id-token-123');
    expect(result.code).toBe(0);
    expect(seen).toEqual([
      { authorization: 'Bearer request-secret', url: '/token?api-version=2.0&audience=ci-kit' },
    ]);
  });
});
