// docker-smoke-test `cache: true` against a rebuild: an image whose build takes ≥ 10 s, built once with the cache
// on (miss: build, docker save, cache upload), then run again with the context unchanged (hit: cache download,
// docker load, build skipped) and rebuilt without the cache as a fresh runner would (a new build arg in front of
// the slow step, so the engine's own layer cache cannot help). The Actions cache is the stand-in results service
// of the tests (__tests__/support/results-service.ts, compiled here with TypeScript's transpileModule).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';

/** The tests' stand-in service, as JavaScript in a temporary folder. */
async function loadResultsService(root) {
  const out = mkdtempSync(join(root, '.bench-results-'));
  for (const name of ['results-service', 'http-server']) {
    const source = readFileSync(join(root, '__tests__', 'support', `${name}.ts`), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    writeFileSync(join(out, `${name}.js`), outputText);
  }
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  const module = await import(join(out, 'results-service.js'));
  return { module, cleanup: () => rmSync(out, { recursive: true, force: true }) };
}

function step(node, root, env, inputs) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(node, [join(root, 'dist', 'docker-smoke-test', 'index.js')], {
      env: {
        PATH: process.env.PATH,
        ...env,
        ...Object.fromEntries(
          Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
        ),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk) => {
      log += chunk;
    });
    child.on('close', (code) => resolve({ code, ms: performance.now() - started, log }));
  });
}

export async function imageCacheBench({ node, root, runId }) {
  const { module, cleanup } = await loadResultsService(root);
  const service = await module.startResultsService();
  const context = mkdtempSync(join(tmpdir(), 'ci-kit-bench-cache-'));
  const temp = mkdtempSync(join(tmpdir(), 'ci-kit-bench-runner-'));
  try {
    copyFileSync('/bin/busybox', join(context, 'busybox'));
    mkdirSync(join(context, 'app'));
    for (let i = 0; i < 200; i++)
      writeFileSync(join(context, 'app', `file-${i}.txt`), `content ${i}\n`.repeat(50));
    writeFileSync(
      join(context, 'Dockerfile'),
      [
        'FROM scratch',
        'COPY busybox /bin/busybox',
        'RUN ["/bin/busybox", "--install", "-s", "/bin"]',
        'LABEL ci-kit.bench=docker-smoke-test',
        'ARG NONCE',
        'RUN echo "build $NONCE" && sleep 10 && dd if=/dev/urandom of=/blob bs=1M count=20 2>/dev/null',
        'COPY app /app',
        'CMD ["sleep", "60"]',
      ].join('\n'),
    );
    const env = { ...service.env, GITHUB_RUN_ID: runId, GITHUB_WORKSPACE: context, RUNNER_TEMP: temp };
    const base = { context, 'wait-for': 'running', 'stable-for': '0s', 'remove-image': 'true' };
    const nonce = `${process.pid}-${Date.now()}`;
    const miss = await step(node, root, env, { ...base, cache: 'true', 'build-args': `NONCE=${nonce}` });
    const hit = await step(node, root, env, { ...base, cache: 'true', 'build-args': `NONCE=${nonce}` });
    const rebuild = await step(node, root, env, {
      ...base,
      cache: 'false',
      'build-args': `NONCE=${nonce}-fresh`,
    });
    const ok =
      miss.code === 0 &&
      hit.code === 0 &&
      rebuild.code === 0 &&
      miss.log.includes('Cache miss') &&
      hit.log.includes('build skipped') &&
      service.violations.length === 0;
    const size = service.caches[0]?.size
      ? `${(Number(service.caches[0].size) / 1024 / 1024).toFixed(1)} MB`
      : '?';
    console.log(
      `\nC. image cache: build ≥ 10 s, whole step timed (1 trial each${ok ? '' : ', WRONG OUTCOME'})`,
    );
    console.log(`  first run, cache miss (build + save ${size})  ${(miss.ms / 1000).toFixed(1)} s`);
    console.log(`  second run, context unchanged (cache hit)   ${(hit.ms / 1000).toFixed(1)} s`);
    console.log(`  rebuild without the cache                   ${(rebuild.ms / 1000).toFixed(1)} s`);
    console.log(`  ratio: a cache hit finishes ${(rebuild.ms / hit.ms).toFixed(1)}× sooner than a rebuild`);
    if (!ok || process.env.BENCH_VERBOSE)
      console.log(miss.log.slice(-3000), hit.log.slice(-3000), service.violations);
    return ok ? 0 : 1;
  } finally {
    await service.close();
    cleanup();
    rmSync(context, { recursive: true, force: true });
    rmSync(temp, { recursive: true, force: true });
  }
}
