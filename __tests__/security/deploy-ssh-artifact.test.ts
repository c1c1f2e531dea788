// An artifact is untrusted input: whatever uploaded it (a build job running a pull request's code, a
// crafted upload through the API) chose its zip entries. Nothing of it may land outside the release on the
// server or outside the step's temp folder on the runner, and the step leaves no copy of it behind.

import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crc32 } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from '@jest/globals';
import { findRoot, node24 } from '../../cli/runner.js';
import { type ResultsService, startResultsService } from '../support/results-service.js';
import { describeWithService, sshdUnavailable } from '../support/services.js';
import { startSshd, type TestSshd } from '../support/sshd.js';
import { runStep } from '../support/step.js';

const ROOT = findRoot();
const SUFFIX = randomBytes(4).toString('hex');
let service: ResultsService;
let sshd: TestSshd;
let home: string;
let runnerTemp: string;

/** A zip of stored (uncompressed) entries, names taken as given: `../`, absolute, anything. */
function zip(entries: Array<[string, string]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text);
    const fileName = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += 30 + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Uploads a harmless artifact through the bundle, then swaps its stored bytes (and digest) for `data`. */
async function plant(name: string, data: Buffer, env: Record<string, string>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ci-kit-sec-art-src-'));
  writeFileSync(join(dir, 'index.html'), 'harmless\n');
  // Uploaded from outside the step's temp folder.
  const script = `const lib = await import(${JSON.stringify(join(ROOT, 'dist/toolkit/results.js'))});
await lib.uploadArtifact(process.argv[1], [process.argv[2]], process.argv[3], 1);`;
  await promisify(execFile)(
    node24(ROOT) ?? process.execPath,
    ['--input-type=module', '-e', script, name, join(dir, 'index.html'), dir],
    { env: { PATH: process.env.PATH, ...env }, timeout: 60_000 },
  );
  rmSync(dir, { recursive: true, force: true });
  const stored = service.artifacts.find((artifact) => artifact.name === name)!;
  service.setBlob(stored.blob, data);
  // The digest the service records is the uploader's: a crafted upload passes the digest check.
  Object.assign(stored, {
    hash: `sha256:${createHash('sha256').update(data).digest('hex')}`,
    size: String(data.length),
  });
}

describeWithService('deploy-ssh with a hostile artifact', sshdUnavailable(), () => {
  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'ci-kit-sec-art-home-'));
    sshd = await startSshd({ home });
  });
  afterAll(async () => {
    await sshd?.stop();
    rmSync(home, { recursive: true, force: true });
  });
  beforeEach(async () => {
    service = await startResultsService();
    runnerTemp = mkdtempSync(join(tmpdir(), 'ci-kit-sec-art-temp-'));
  });
  afterEach(async () => {
    await service.close();
    rmSync(runnerTemp, { recursive: true, force: true });
  });

  const env = () => ({
    GITHUB_RUN_ID: `sec-art-${SUFFIX}`,
    GITHUB_JOB: 'deploy',
    GITHUB_ACTION: 'sec',
    RUNNER_TEMP: runnerTemp,
    ...service.env,
  });
  const deploy = (inputs: Record<string, string>, extraEnv: Record<string, string> = {}) =>
    runStep({
      action: 'deploy-ssh',
      inputs: {
        host: `${sshd.user}@127.0.0.1:${sshd.port}`,
        key: sshd.clientKey,
        'known-hosts': sshd.knownHostsLine,
        ...inputs,
      },
      env: { ...env(), ...extraEnv },
      timeoutMs: 120_000,
    });
  const leftInTemp = () =>
    readdirSync(runnerTemp).filter((name) => name.startsWith('ci-kit-deploy-artifact-'));

  it('leaves no copy of the artifact in the runner temp folder, deployed or not', async () => {
    await plant('site', zip([['index.html', 'site\n']]), env());
    const ok = await deploy({ artifact: 'site', target: join(home, `app-${SUFFIX}`) });
    expect(ok.exitCode).toBe(0);
    expect(leftInTemp()).toEqual([]);
    const failed = await deploy({
      artifact: 'site',
      target: join(home, `app2-${SUFFIX}`),
      script: 'echo about to fail; exit 3',
    });
    expect(failed.exitCode).toBe(1);
    expect(leftInTemp()).toEqual([]);
  }, 120_000);

  it('keeps `../` and absolute zip entries inside the release', async () => {
    const marker = `escape-${SUFFIX}`;
    const data = zip([
      ['index.html', 'site\n'],
      [`../../../../../../../../tmp/${marker}`, 'escaped\n'],
      [`/tmp/${marker}-abs`, 'escaped\n'],
      [`a/../../${marker}-up`, 'escaped\n'],
    ]);
    await plant('hostile', data, env());
    const target = join(home, `app3-${SUFFIX}`);
    const step = await deploy({ artifact: 'hostile', target });
    for (const path of [
      `/tmp/${marker}`,
      `/tmp/${marker}-abs`,
      join(home, `${marker}-up`),
      join(runnerTemp, `${marker}-up`),
      join(target, `${marker}-up`),
    ])
      expect(existsSync(path)).toBe(false);
    expect(step.exitCode).toBe(0);
    expect(readFileSync(join(target, 'current', 'index.html'), 'utf8')).toBe('site\n');
  }, 120_000);

  it('a results deadline over 24.8 days is not a timer that fires at once', async () => {
    await plant('long', zip([['index.html', 'site\n']]), env());
    const step = await deploy(
      { artifact: 'long', target: join(home, `app4-${SUFFIX}`) },
      { CI_KIT_RESULTS_TIMEOUT: '30d' },
    );
    expect(step.log).not.toMatch(/no answer within/);
    expect(step.exitCode).toBe(0);
  }, 120_000);
});
