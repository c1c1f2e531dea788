// The stand-in of the results service must answer as the real one does, or tests pass (or fail) for
// reasons a runner never shows. Run through the toolkit bundle the actions load.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { findRoot, node24 } from '../../cli/runner.js';
import { type ResultsService, startResultsService } from '../support/results-service.js';

const ROOT = findRoot();
let service: ResultsService;
let dir: string;
/** The runner's temp folder, apart from the cached one: an archive written inside it changes it as tar reads it. */
let runnerTemp: string;

beforeEach(async () => {
  service = await startResultsService();
  dir = mkdtempSync(join(tmpdir(), 'ci-kit-sec-fidelity-'));
  runnerTemp = mkdtempSync(join(tmpdir(), 'ci-kit-sec-fidelity-temp-'));
});
afterEach(async () => {
  await service.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(runnerTemp, { recursive: true, force: true });
});

/** Runs `saveCache` of `dir` under `key` in the bundle; its stdout (the library's log lines) and its result. */
async function save(key: string): Promise<{ stdout: string; id: number }> {
  const script = `const lib = await import(${JSON.stringify(join(ROOT, 'dist/toolkit/results.js'))});
console.log('id=' + (await lib.saveCache([process.argv[1]], process.argv[2])));`;
  const { stdout } = await promisify(execFile)(
    node24(ROOT) ?? process.execPath,
    ['--input-type=module', '-e', script, dir, key],
    {
      cwd: dir,
      env: { PATH: process.env.PATH, ...service.env, RUNNER_TEMP: runnerTemp, GITHUB_WORKSPACE: dir },
      timeout: 60_000,
    },
  );
  return { stdout, id: Number(/id=(-?\d+)/.exec(stdout)?.[1]) };
}

it('a second save of a key is refused as the real service refuses it: 409 already_exists, no warning', async () => {
  writeFileSync(join(dir, 'data.txt'), 'cached\n');
  const first = await save('fidelity-key');
  expect(first.id).toBeGreaterThan(0);
  const second = await save('fidelity-key');
  expect(second.id).toBe(-1);
  // The library reports a reservation conflict as information, not as a warning on the step.
  expect(second.stdout).not.toMatch(/^::warning::/m);
  expect(second.stdout).toMatch(/Failed to save: Unable to reserve cache with key fidelity-key/);
  expect(service.violations).toEqual([]);
}, 90_000);
