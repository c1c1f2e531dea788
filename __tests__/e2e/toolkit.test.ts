import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  it('loads neither node:crypto nor child_process when it starts', async () => {
    const result = await runModule(
      `await import(${JSON.stringify(join(toolkit, 'core.js'))});
       console.log(JSON.stringify(process.moduleLoadList.filter((m) => /crypto|child_process|assert/.test(m) && !/internal\\/(assert|modules)/.test(m))));`,
      { PATH: process.env.PATH },
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout.trim().split('\n').at(-1)!)).toEqual([]);
  });

  it('writes a multi-line output with a fresh random delimiter, as the runner reads it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'toolkit-output-'));
    const output = join(dir, 'output');
    writeFileSync(output, '');
    try {
      const result = await runModule(
        `const core = await import(${JSON.stringify(join(toolkit, 'core.js'))});
         core.setOutput('a', 'one\\ntwo'); core.setOutput('b', 'three\\nfour');`,
        { PATH: process.env.PATH, GITHUB_OUTPUT: output },
      );
      expect(result.code).toBe(0);
      const text = readFileSync(output, 'utf8');
      const delimiters = [...text.matchAll(/^\w+<<(ghadelimiter_[0-9a-f-]+)$/gm)].map((match) => match[1]);
      expect(delimiters).toHaveLength(2);
      expect(new Set(delimiters).size).toBe(2);
      for (const delimiter of delimiters)
        expect(delimiter).toMatch(
          /^ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
        );
      expect(text).toBe(
        `a<<${delimiters[0]}\none\ntwo\n${delimiters[0]}\nb<<${delimiters[1]}\nthree\nfour\n${delimiters[1]}\n`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('still runs commands for platform details, loading @actions/exec on demand', async () => {
    const result = await runModule(
      `const core = await import(${JSON.stringify(join(toolkit, 'core.js'))});
       const details = await core.platform.getDetails();
       console.log('platform=' + details.platform + ' loaded=' + process.moduleLoadList.some((m) => m.includes('child_process')));`,
      { PATH: process.env.PATH },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`platform=${process.platform} loaded=true`);
  });
});
