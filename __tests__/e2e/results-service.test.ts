// The real bundles (and the on-demand dist/toolkit/results.js) against a local stand-in of the runner's
// results service: artifacts and caches round-trip byte for byte, a cache hit skips the build, an artifact is
// deployed to a real sshd, and every kind of service fault ends within our deadline with one warning.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { findRoot, node24, type RunStepOptions } from '../../cli/runner.js';
import { BUSYBOX, docker } from '../support/docker.js';
import { freePort } from '../support/http-server.js';
import { type ResultsService, startResultsService } from '../support/results-service.js';
import { describeWithService, dockerUnavailable, sshdUnavailable } from '../support/services.js';
import { startSshd, type TestSshd } from '../support/sshd.js';
import { runStep } from '../support/step.js';

const execFileAsync = promisify(execFile);
const ROOT = findRoot();
const RUN_ID = `results-e2e-${process.pid}`;
const SUFFIX = Math.random().toString(36).slice(2, 8);
let service: ResultsService;
let runnerTemp: string;

beforeEach(async () => {
  service = await startResultsService();
});
afterEach(async () => {
  expect(service.violations).toEqual([]);
  await service.close();
});
beforeAll(() => {
  runnerTemp = mkdtempSync(join(tmpdir(), 'ci-kit-results-temp-'));
});
afterAll(() => rmSync(runnerTemp, { recursive: true, force: true }));

const stepEnv = (extra: Record<string, string> = {}) => ({
  GITHUB_RUN_ID: RUN_ID,
  GITHUB_JOB: 'smoke',
  GITHUB_ACTION: 'test',
  GITHUB_RUN_ATTEMPT: '2',
  RUNNER_TEMP: runnerTemp,
  ...service.env,
  ...extra,
});

const warnings = (step: Awaited<ReturnType<typeof runStep>>) =>
  step.commands.filter((command) => command.command === 'warning').map((command) => command.message);
const errors = (step: Awaited<ReturnType<typeof runStep>>) =>
  step.commands.filter((command) => command.command === 'error').map((command) => command.message);

/** Lists and reads the files of a zip (the artifact as the service stored it). */
function unzip(data: Buffer): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'ci-kit-unzip-'));
  try {
    writeFileSync(join(dir, 'a.zip'), data);
    execFileSync('unzip', ['-q', 'a.zip', '-d', 'out'], { cwd: dir });
    const files: Record<string, string> = {};
    const out = join(dir, 'out');
    for (const name of execFileSync('find', ['.', '-type', 'f'], { cwd: out, encoding: 'utf8' })
      .trim()
      .split('\n'))
      files[name.replace(/^\.\//, '')] = readFileSync(join(out, name), 'utf8');
    return files;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Uploads files as an artifact through the on-demand bundle itself (what a build job's upload does). */
async function uploadWithBundle(
  name: string,
  dir: string,
  files: string[],
  env: Record<string, string>,
): Promise<void> {
  const script = `const lib = await import(${JSON.stringify(join(ROOT, 'dist/toolkit/results.js'))});
const r = await lib.uploadArtifact(process.argv[1], JSON.parse(process.argv[2]), process.argv[3], 1);
console.log(JSON.stringify(r));`;
  // Asynchronously: the stand-in service answers from this very process.
  await execFileAsync(
    node24(ROOT) ?? process.execPath,
    ['--input-type=module', '-e', script, name, JSON.stringify(files.map((file) => join(dir, file))), dir],
    { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', timeout: 60_000 },
  );
}

describeWithService('docker-smoke-test with the results service', dockerUnavailable(), () => {
  const FAILING = `ci-kit-results-fail-${SUFFIX}:test`;
  let context: string;

  beforeAll(() => {
    context = mkdtempSync(join(tmpdir(), 'ci-kit-results-ctx-'));
    copyFileSync(BUSYBOX, join(context, 'busybox'));
    writeFileSync(
      join(context, 'Dockerfile'),
      [
        'FROM scratch',
        'COPY busybox /bin/busybox',
        'RUN ["/bin/busybox", "--install", "-s", "/bin"]',
        'LABEL ci-kit.test=results',
        // Every line of a long log, so the artifact can prove it holds all of it (log-lines shows 5).
        'CMD ["sh", "-c", "i=0; while [ $i -lt 300 ]; do echo line $i; i=$((i+1)); done; echo to-stderr >&2; mkdir -p /www && echo nope > /www/index.html && exec httpd -f -p 8080 -h /www"]',
      ].join('\n'),
    );
    docker(['build', '-q', '-t', FAILING, context], { timeoutMs: 120_000 });
  }, 180_000);

  afterAll(() => {
    docker(['rmi', '-f', FAILING]);
    rmSync(context, { recursive: true, force: true });
  });

  const smoke = (
    inputs: Record<string, string>,
    env: Record<string, string> = {},
    extra: Partial<RunStepOptions> = {},
  ) => runStep({ action: 'docker-smoke-test', inputs, env: stepEnv(env), timeoutMs: 120_000, ...extra });

  it('uploads a diagnostics artifact with the whole log, inspects, events and HTTP answers when a check fails', async () => {
    const step = await smoke({
      image: FAILING,
      'wait-for': 'http:8080/missing',
      timeout: '3s',
      'log-lines': '5',
      env: 'API_TOKEN=sekret-value-123',
    });
    expect(step.exitCode).toBe(1);
    expect(warnings(step)).toEqual([]);
    expect(service.artifacts).toHaveLength(1);
    const artifact = service.artifacts[0]!;
    expect(artifact.name).toBe(
      `docker-smoke-test-diagnostics-smoke-test-attempt2-${service.jobId.replace(/-/g, '').slice(0, 8)}`,
    );
    // Short retention: the expiry asked for is within a week.
    expect(Date.parse(artifact.expiresAt!) - Date.now()).toBeLessThan(7 * 86_400_000);
    const files = unzip(service.blob(artifact.blob)!);
    expect(Object.keys(files).sort()).toEqual([
      'container-events.jsonl',
      'container-inspect.json',
      'container.log',
      'http-answers.json',
      'image-events.jsonl',
      'image-inspect.json',
      'report.json',
    ]);
    const log = files['container.log']!;
    for (const n of [0, 150, 299]) expect(log).toContain(` line ${n}\n`);
    expect(log).toContain('to-stderr');
    expect(JSON.parse(files['container-inspect.json']!)[0].Config.Image).toBe(FAILING);
    expect(JSON.parse(files['image-inspect.json']!)[0].RepoTags).toContain(FAILING);
    expect(files['container-events.jsonl']).toMatch(/"(status|Action)":"start"/);
    const answers = JSON.parse(files['http-answers.json']!);
    expect(answers.some((answer: { status?: number }) => answer.status === 404)).toBe(true);
    expect(JSON.parse(files['report.json']!).passed).toBe(false);
    // The env value is a secret: the runner masks the log, the artifact is redacted by the action.
    expect(JSON.stringify(files)).not.toContain('sekret-value-123');
    expect(step.summary).toContain(artifact.name);
    expect(step.summary).toMatch(/\d+(\.\d)? (B|kB|MB)/);
  });

  it('uploads nothing for a passing step by default, and always with diagnostics: always', async () => {
    const passing = { image: FAILING, 'wait-for': 'http:8080/index.html', timeout: '20s' };
    const quiet = await smoke(passing);
    expect(errors(quiet)).toEqual([]);
    expect(quiet.exitCode).toBe(0);
    expect(service.log.filter((name) => name.includes('Artifact'))).toEqual([]);
    const always = await smoke({ ...passing, diagnostics: 'always' });
    expect(always.exitCode).toBe(0);
    expect(service.artifacts).toHaveLength(1);
    const never = await smoke({
      ...passing,
      'wait-for': 'http:8080/missing',
      timeout: '2s',
      diagnostics: 'never',
    });
    expect(never.exitCode).toBe(1);
    expect(service.artifacts).toHaveLength(1);
  });

  it('outside a runner (no ACTIONS_RUNTIME_TOKEN) says so in one warning and still fails only for the check', async () => {
    const step = await smoke(
      { image: FAILING, 'wait-for': 'http:8080/missing', timeout: '2s' },
      { ACTIONS_RUNTIME_TOKEN: '' },
    );
    expect(step.exitCode).toBe(1);
    expect(warnings(step)).toEqual([
      'docker-smoke-test-diagnostics: diagnostics upload skipped: not on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN not set)',
    ]);
    expect(errors(step)).toHaveLength(1);
    expect(service.log).toEqual([]);
  });

  describe('faults end within the deadline with one warning', () => {
    const failing = { image: FAILING, 'wait-for': 'http:8080/missing', timeout: '2s' };
    const DEADLINE = { CI_KIT_RESULTS_TIMEOUT: '4s' };

    it.each([
      ['a hung Twirp call', { kind: 'hang' as const, match: /CreateArtifact/ }, /no answer within 4s/],
      ['a hung blob PUT', { kind: 'hang' as const, match: /^blob-put/ }, /no answer within 4s/],
      [
        'a service answering 500',
        { kind: 'status' as const, status: 500, match: /CreateArtifact/ },
        /no answer within 4s|500/,
      ],
    ])('%s', async (_name, fault, reason) => {
      service.faults.push(fault);
      const started = Date.now();
      const step = await smoke(failing, DEADLINE);
      const elapsed = Date.now() - started;
      expect(step.exitCode).toBe(1);
      const found = warnings(step);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^docker-smoke-test-diagnostics: diagnostics upload skipped: /);
      expect(found[0]).toMatch(reason);
      expect(errors(step)).toHaveLength(1);
      // 2s of checks, the deadline, and the engine's work: far from the library's own minutes.
      expect(elapsed).toBeLessThan(30_000);
    });

    it('a refused connection', async () => {
      const port = await freePort();
      const step = await smoke(failing, { ...DEADLINE, ACTIONS_RESULTS_URL: `http://127.0.0.1:${port}/` });
      expect(step.exitCode).toBe(1);
      const found = warnings(step);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/diagnostics upload skipped: .*(ECONNREFUSED|no answer within 4s)/);
    });
  });

  describe('cache: true', () => {
    let buildContext: string;
    const TAG = `ci-kit-results-cached-${SUFFIX}:test`;

    beforeAll(() => {
      buildContext = mkdtempSync(join(tmpdir(), 'ci-kit-results-cache-'));
      copyFileSync(BUSYBOX, join(buildContext, 'busybox'));
      writeFileSync(join(buildContext, 'app.txt'), `v1 ${SUFFIX}\n`);
      writeFileSync(join(buildContext, 'ignored.log'), 'noise\n');
      writeFileSync(join(buildContext, '.dockerignore'), '*.log\n');
      writeFileSync(
        join(buildContext, 'Dockerfile'),
        [
          'FROM scratch',
          'COPY busybox /bin/busybox',
          'RUN ["/bin/busybox", "--install", "-s", "/bin"]',
          'LABEL ci-kit.test=results',
          'ARG FLAVOUR=plain',
          'COPY app.txt /app.txt',
          'RUN echo "$FLAVOUR" > /flavour && sleep 1',
          'CMD ["sleep", "60"]',
        ].join('\n'),
      );
    });
    afterAll(() => {
      rmSync(buildContext, { recursive: true, force: true });
      spawnSync('docker', ['rmi', '-f', TAG]);
    });

    const cached = (extra: Record<string, string> = {}) =>
      smoke({ context: buildContext, image: TAG, cache: 'true', 'remove-image': 'true', ...extra });

    it('saves the built image on a miss, loads it on a hit (skipping the build), and rebuilds when the context changes', async () => {
      const first = await cached();
      expect(errors(first)).toEqual([]);
      expect(warnings(first)).toEqual([]);
      expect(first.exitCode).toBe(0);
      expect(first.log).toContain('Cache miss: building');
      expect(first.log).toContain('Saved the image to the cache');
      expect(service.caches).toHaveLength(1);
      expect(service.caches[0]!.finalized).toBe(true);
      const builtId = first.outputs['image-id'];

      const second = await cached();
      expect(second.exitCode).toBe(0);
      expect(second.log).toMatch(/Cache hit: loaded sha256:[0-9a-f]{12} .*build skipped/);
      expect(second.log).not.toContain('docker build');
      // Byte for byte: the loaded image is the very image that was built.
      expect(second.outputs['image-id']).toBe(builtId);
      expect(service.log).toContain('blob-get');

      // A file .dockerignore leaves out changes nothing; a file the build reads changes the key.
      writeFileSync(join(buildContext, 'ignored.log'), 'other noise\n');
      const third = await cached();
      expect(third.log).toContain('Cache hit');
      const argChanged = await cached({ 'build-args': 'FLAVOUR=spicy' });
      expect(argChanged.log).toContain('Cache miss: building');
      writeFileSync(join(buildContext, 'app.txt'), `v2 ${SUFFIX}\n`);
      const fourth = await cached();
      expect(fourth.log).toContain('Cache miss: building');
      expect(service.caches).toHaveLength(3);
    }, 240_000);

    it('a hung cache lookup is a warning and a normal build', async () => {
      service.faults.push({ kind: 'hang', match: /GetCacheEntryDownloadURL|CreateCacheEntry/ });
      const step = await smoke(
        {
          context: buildContext,
          image: TAG,
          cache: 'true',
          'remove-image': 'true',
          'build-args': `NONCE=${Date.now()}`,
        },
        { CI_KIT_RESULTS_TIMEOUT: '4s' },
      );
      expect(step.exitCode).toBe(0);
      expect(warnings(step)).toEqual([
        'docker-smoke-test: image cache restore skipped: no answer within 4s',
        'docker-smoke-test: image cache save skipped: no answer within 4s',
      ]);
    });
  });
});

describeWithService('deploy-ssh with an artifact of this run', sshdUnavailable(), () => {
  let sshd: TestSshd;
  let home: string;

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'ci-kit-results-home-'));
    sshd = await startSshd({ home });
  });
  afterAll(async () => {
    await sshd?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  const deploy = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
    runStep({
      action: 'deploy-ssh',
      inputs: {
        host: `${sshd.user}@127.0.0.1:${sshd.port}`,
        key: sshd.clientKey,
        'known-hosts': sshd.knownHostsLine,
        ...inputs,
      },
      env: stepEnv(env),
      timeoutMs: 120_000,
    });

  function site(): string {
    const dir = mkdtempSync(join(tmpdir(), 'ci-kit-results-site-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), `<h1>release ${SUFFIX}</h1>\n`);
    // Binary content, to prove the round trip is byte-identical.
    writeFileSync(
      join(dir, 'assets', 'blob.bin'),
      Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256)),
    );
    return dir;
  }

  it('downloads the artifact, checks its digest and deploys it as a release', async () => {
    const dir = site();
    await uploadWithBundle('site', dir, ['index.html', 'assets/blob.bin'], stepEnv());
    const target = join(home, 'app');
    const step = await deploy({ artifact: 'site', target });
    expect(errors(step)).toEqual([]);
    expect(step.exitCode).toBe(0);
    expect(step.log).toMatch(/Downloaded artifact 'site' \(id \d+, .*sha256:[0-9a-f]{64}\) .*digest checked/);
    const live = join(target, 'current');
    expect(readFileSync(join(live, 'index.html'))).toEqual(readFileSync(join(dir, 'index.html')));
    expect(readFileSync(join(live, 'assets', 'blob.bin'))).toEqual(
      readFileSync(join(dir, 'assets', 'blob.bin')),
    );
    expect(service.log).toEqual(
      expect.arrayContaining([
        'ArtifactService/ListArtifacts',
        'ArtifactService/GetSignedArtifactURL',
        'blob-get',
      ]),
    );
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails the step when the artifact is missing, tampered with, or the service is not there', async () => {
    const missing = await deploy({ artifact: 'nope', target: join(home, 'app2') });
    expect(missing.exitCode).toBe(1);
    expect(errors(missing)).toEqual([
      expect.stringMatching(/^deploy-ssh: download of artifact 'nope' failed: .*not found/i),
    ]);

    const dir = site();
    await uploadWithBundle('tampered', dir, ['index.html'], stepEnv());
    const stored = service.artifacts.find((a) => a.name === 'tampered')!;
    const bytes = service.blob(stored.blob)!;
    bytes[bytes.length - 30] = bytes[bytes.length - 30]! ^ 0xff;
    const tampered = await deploy({ artifact: 'tampered', target: join(home, 'app3') });
    expect(tampered.exitCode).toBe(1);
    expect(errors(tampered)).toEqual([
      expect.stringMatching(
        /^deploy-ssh: download of artifact 'tampered' failed: its content does not match the digest recorded at upload \(sha256:[0-9a-f]{64}\)$/,
      ),
    ]);

    const offline = await deploy(
      { artifact: 'site', target: join(home, 'app4') },
      { ACTIONS_RESULTS_URL: '' },
    );
    expect(errors(offline)).toEqual([
      "deploy-ssh: download of artifact 'site' failed: not on a GitHub Actions runner (ACTIONS_RESULTS_URL not set)",
    ]);
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['a hung Twirp call', /ListArtifacts/],
    ['a hung blob download', /^blob-get/],
  ])('%s fails the step within our deadline', async (_name, match) => {
    const dir = site();
    await uploadWithBundle('slow', dir, ['index.html'], stepEnv());
    service.faults.push({ kind: 'hang', match });
    const started = Date.now();
    const step = await deploy(
      { artifact: 'slow', target: join(home, 'app6') },
      { CI_KIT_RESULTS_TIMEOUT: '3s' },
    );
    const elapsed = Date.now() - started;
    expect(step.exitCode).toBe(1);
    expect(errors(step)).toEqual(["deploy-ssh: download of artifact 'slow' failed: no answer within 3s"]);
    // The 3 s deadline plus starting the bundle and connecting, on a loaded machine: far from the library's minutes.
    expect(elapsed).toBeLessThan(30_000);
    rmSync(dir, { recursive: true, force: true });
  });

  it('uploads per-host transcripts and results as diagnostics when the deploy fails', async () => {
    const dir = site();
    const step = await deploy({
      source: dir,
      target: join(home, 'app5'),
      script: 'echo about to fail; exit 3',
    });
    expect(step.exitCode).toBe(1);
    expect(service.artifacts).toHaveLength(1);
    const artifact = service.artifacts[0]!;
    expect(artifact.name).toMatch(/^deploy-ssh-diagnostics-smoke-test-attempt2-/);
    const files = unzip(service.blob(artifact.blob)!);
    const host = `${sshd.user}@127.0.0.1_${sshd.port}`;
    expect(Object.keys(files).sort()).toEqual(['deploy.json', `${host}.json`, `${host}.log`].sort());
    expect(files[`${host}.log`]).toContain('about to fail');
    expect(JSON.parse(files[`${host}.json`]!).exitCode).toBe(3);
    expect(JSON.parse(files['deploy.json']!).failure).toBeTruthy();
    expect(JSON.stringify(files)).not.toContain('PRIVATE KEY');
    expect(step.summary).toContain(artifact.name);
    rmSync(dir, { recursive: true, force: true });
  });
});
