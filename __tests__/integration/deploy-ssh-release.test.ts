// deploy-ssh releases on real sshd servers (several on different ports): upload, atomic switch,
// keep-releases, shared paths, health gate with rollback on every host, crashes, rollback mode, lock.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { releaseLocks } from '../../actions/deploy-ssh/release-locks.js';
import { inputEnvName } from '../../shared/inputs.js';
import { runInProcess } from '../fixtures/deploy-ssh/run-in-process.js';
import { freePort, startHttpServer } from '../support/http-server.js';
import { describeWithService, sshdUnavailable } from '../support/services.js';
import { startSshd, type TestSshd } from '../support/sshd.js';

const ODD_NAMES = [
  'plain.txt',
  'with space.txt',
  "it's quoted.txt",
  '$(touch pwned).txt',
  '-leading-dash',
  'new\nline.txt',
  'ünïcødé.txt',
  'deep/nested/dir/file.txt',
  `long-${'x'.repeat(120)}/${'y'.repeat(120)}.txt`,
];

function sourceTree(files: string[], content = (name: string) => `content of ${name}\n`): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-kit-src-'));
  for (const name of files) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content(name));
  }
  return dir;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once `check()` holds (polled, at most 30 s): waits for an event, not for a guessed delay. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !check(); i++) await sleep(50);
}

describeWithService('deploy-ssh releases on real sshd servers', sshdUnavailable(), () => {
  const servers: TestSshd[] = [];
  const homes = [0, 1, 2].map(() => mkdtempSync(join(tmpdir(), 'ci-kit-home-')));
  let first: TestSshd;

  beforeAll(async () => {
    first = await startSshd({ home: homes[0] });
    const pub = execFileSync('ssh-keygen', ['-y', '-f', first.clientKeyPath]).toString();
    servers.push(
      first,
      await startSshd({ authorizedKeys: [pub], home: homes[1] }),
      await startSshd({ authorizedKeys: [pub], home: homes[2] }),
    );
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
  });

  const inputs = (targets: TestSshd[], extra: Record<string, string>) => ({
    host: targets.map((server) => `${server.user}@127.0.0.1:${server.port}`).join('\n'),
    key: first.clientKey,
    'known-hosts': targets.map((server) => server.knownHostsLine).join('\n'),
    'connect-timeout': '10s',
    ...extra,
  });
  const newTarget = () => join(mkdtempSync(join(tmpdir(), 'ci-kit-target-')), 'app');
  const current = (target: string) => readlinkSync(join(target, 'current'));

  it('uploads a tree with odd file names into a release and switches current to it', async () => {
    const source = sourceTree(ODD_NAMES);
    const target = newTarget();
    const step = await runInProcess(
      inputs([first], { source, target, script: 'test -f plain.txt\necho "in $DEPLOY_RELEASE"' }),
    );
    expect(step.error).toBeUndefined();
    const release = step.outputs.release!;
    expect(release).toMatch(/^\d{8}-\d{6}-\d{3}$/);
    expect(step.outputs['previous-release']).toBe('');
    expect(current(target)).toBe(`releases/${release}`);
    for (const name of ODD_NAMES) {
      expect(readFileSync(join(target, 'current', name), 'utf8')).toBe(`content of ${name}\n`);
    }
    expect(existsSync(join(target, 'current', 'pwned'))).toBe(false);
    expect(existsSync(join(target, '.ci-kit', 'lock'))).toBe(false);
    expect(step.outputs.stdout).toBe(`in ${release}\n`);
  });

  it('keeps keep-releases releases, links shared paths and reports the previous release', async () => {
    const target = newTarget();
    const releases: string[] = [];
    for (let i = 0; i < 4; i++) {
      const source = sourceTree(['index.html', 'storage/seed.txt'], () => `v${i}\n`);
      const step = await runInProcess(
        inputs([first], {
          source,
          target,
          'keep-releases': '2',
          'shared-paths': 'storage\nlogs',
          script: `echo v${i} >> storage/history`,
        }),
      );
      expect(step.error).toBeUndefined();
      if (i > 0) expect(step.outputs['previous-release']).toBe(releases[i - 1]);
      releases.push(step.outputs.release!);
      await sleep(5);
    }
    expect(readdirSync(join(target, 'releases')).sort()).toEqual(releases.slice(2));
    expect(current(target)).toBe(`releases/${releases[3]}`);
    expect(readFileSync(join(target, 'current', 'index.html'), 'utf8')).toBe('v3\n');
    // shared/storage was seeded from the first release and survives every deploy.
    expect(readFileSync(join(target, 'shared', 'storage', 'history'), 'utf8')).toBe('v0\nv1\nv2\nv3\n');
    expect(readFileSync(join(target, 'shared', 'storage', 'seed.txt'), 'utf8')).toBe('v0\n');
    expect(readlinkSync(join(target, 'current', 'logs'))).toBe(join(target, 'shared', 'logs'));
  });

  it('switches every host only when all are prepared, and rolls all back when health fails', async () => {
    // Each server has its own $HOME, so the remote path ~/app is a different folder per host.
    const apps = homes.map((home) => join(home, 'app'));
    const v1 = await runInProcess(inputs(servers, { source: sourceTree(['v1.txt']), target: '~/app' }));
    expect(v1.error).toBeUndefined();
    for (const app of apps) expect(current(app)).toBe(`releases/${v1.outputs.release}`);

    const step = await runInProcess(
      inputs(servers, {
        source: sourceTree(['v2.txt']),
        target: '~/app',
        // Fails on the last host only, after every host has switched.
        'health-command': `test "$HOME" != ${homes[2]}`,
        'max-parallel': '2',
      }),
    );
    expect(step.error?.message).toMatch(/health-command exited with code 1.*every host was switched back/);
    expect(step.outputs['rolled-back']).toBe('true');
    expect(step.outputs['previous-release']).toBe(v1.outputs.release);
    const results = JSON.parse(step.outputs.results!);
    expect(results.map((result: { exitCode: number }) => result.exitCode)).toEqual([0, 0, 1]);
    for (const app of apps) {
      expect(current(app)).toBe(`releases/${v1.outputs.release}`);
      expect(existsSync(join(app, 'releases', step.outputs.release!, 'v2.txt'))).toBe(true);
      expect(existsSync(join(app, '.ci-kit', 'lock'))).toBe(false);
    }
    // Output of parallel hosts is prefixed with the host, line by line.
    expect(step.log).toMatch(/^\[root@127\.0\.0\.1:\d+\] /m);
  });

  it('switches no host when one fails to prepare', async () => {
    const apps = homes.map((home) => join(home, 'app'));
    const before = apps.map((app) => current(app));
    const step = await runInProcess(
      inputs(servers, {
        source: sourceTree(['v3.txt']),
        target: '~/app',
        script: `if [ "$HOME" = ${homes[1]} ]; then exit 9; fi\nsleep 0.5`,
      }),
    );
    expect(step.error?.message).toMatch(/script exited with code 9/);
    expect(step.outputs['rolled-back']).toBe('false');
    expect(apps.map((app) => current(app))).toEqual(before);
    for (const app of apps) expect(existsSync(join(app, 'releases', step.outputs.release!))).toBe(false);
  });

  it('with fail-fast off, a host that cannot connect does not hold up the others sharing the upload', async () => {
    const deadPort = await freePort();
    const live = servers.slice(0, 2);
    const step = await runInProcess({
      ...inputs(live, { source: sourceTree(['v4.txt']), target: '~/fail-fast-off', 'fail-fast': 'false' }),
      host: [
        ...live.map((server) => `${server.user}@127.0.0.1:${server.port}`),
        `127.0.0.1:${deadPort}`,
      ].join('\n'),
    });
    expect(step.error?.message).toMatch(new RegExp(`127\\.0\\.0\\.1:${deadPort}: cannot connect`));
    const results = JSON.parse(step.outputs.results!);
    // The two live hosts were prepared in full (uploaded, no script to run) and then not switched.
    expect(results.map((result: { error: string | null }) => result.error === null)).toEqual([
      true,
      true,
      false,
    ]);
    for (const home of homes.slice(0, 2))
      expect(existsSync(join(home, 'fail-fast-off', 'current'))).toBe(false);
  });

  it('fails at once, not after command-timeout, when two hosts share the target folder', async () => {
    const started = performance.now();
    const step = await runInProcess(
      inputs(servers.slice(0, 2), {
        source: sourceTree(['v5.txt']),
        target: newTarget(),
        'fail-fast': 'false',
      }),
    );
    expect(step.error?.message).toMatch(
      /is a folder another host of this deploy already holds \(a shared filesystem, or one server listed twice\)/,
    );
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('rolls back to the previous release when health-url fails after the switch', async () => {
    const target = newTarget();
    const v1 = await runInProcess(inputs([first], { source: sourceTree(['v1.txt']), target }));
    expect(v1.error).toBeUndefined();
    const server = await startHttpServer((_, response) => {
      response.statusCode = 503;
      response.end('down');
    });
    try {
      const step = await runInProcess(
        inputs([first], {
          source: sourceTree(['v2.txt']),
          target,
          'health-url': `http://127.0.0.1:${server.port}/health`,
          'connect-timeout': '1s',
        }),
      );
      expect(step.error?.message).toMatch(/health-url .* not healthy within 1s: status 503/);
      expect(step.outputs['rolled-back']).toBe('true');
      expect(step.outputs['previous-release']).toBe(v1.outputs.release);
      expect(current(target)).toBe(`releases/${v1.outputs.release}`);
    } finally {
      await server.close();
    }
  });

  it('leaves current unchanged when the script fails or sshd dies mid-upload', async () => {
    const target = newTarget();
    const v1 = await runInProcess(inputs([first], { source: sourceTree(['v1.txt']), target }));
    const failing = await runInProcess(
      inputs([first], { source: sourceTree(['v2.txt']), target, script: 'exit 4' }),
    );
    expect(failing.error?.message).toMatch(/script exited with code 4/);
    expect(failing.outputs['rolled-back']).toBe('false');
    expect(current(target)).toBe(`releases/${v1.outputs.release}`);
    expect(readdirSync(join(target, 'releases'))).toEqual([v1.outputs.release]);

    const doomed = await startSshd({
      authorizedKeys: [execFileSync('ssh-keygen', ['-y', '-f', first.clientKeyPath]).toString()],
    });
    try {
      const victim = newTarget();
      const ok = await runInProcess(inputs([doomed], { source: sourceTree(['v1.txt']), target: victim }));
      expect(ok.error).toBeUndefined();
      // ~40 MB of incompressible data takes long enough to kill the server in the middle.
      const big = mkdtempSync(join(tmpdir(), 'ci-kit-big-'));
      for (let i = 0; i < 40; i++) writeFileSync(join(big, `blob-${i}`), Buffer.alloc(1024 * 1024, i));
      execFileSync('sh', ['-c', `head -c 40000000 /dev/urandom > ${join(big, 'random')}`]);
      const releases = join(victim, 'releases');
      const killer = (async () => {
        for (let i = 0; i < 400; i++) {
          if (readdirSync(releases).length > 1) break;
          await sleep(10);
        }
        doomed.kill();
      })();
      const step = await runInProcess(inputs([doomed], { source: big, target: victim }));
      await killer;
      expect(step.error?.message).toMatch(/upload to .* failed|connection/);
      expect(current(victim)).toBe(`releases/${ok.outputs.release}`);
    } finally {
      await doomed.stop();
    }
  });

  it('rollback mode switches current back to the release before it', async () => {
    const target = newTarget();
    const v1 = await runInProcess(inputs([first], { source: sourceTree(['a']), target }));
    await sleep(5);
    const v2 = await runInProcess(inputs([first], { source: sourceTree(['b']), target }));
    expect(current(target)).toBe(`releases/${v2.outputs.release}`);
    const step = await runInProcess(inputs([first], { target, rollback: 'true' }));
    expect(step.error).toBeUndefined();
    expect(step.outputs).toMatchObject({
      release: v1.outputs.release,
      'previous-release': v2.outputs.release,
      'rolled-back': 'true',
    });
    expect(current(target)).toBe(`releases/${v1.outputs.release}`);
    const again = await runInProcess(inputs([first], { target, rollback: 'true' }));
    expect(again.error?.message).toMatch(/no release older than/);
  });

  it('serialises two concurrent deploys with the lock, and fails clearly when the wait is too long', async () => {
    const target = newTarget();
    const order: string[] = [];
    const slow = (name: string) =>
      runInProcess(
        inputs([first], {
          source: sourceTree([name]),
          target,
          script: `echo start-${name} >> ../../order\nsleep 1\necho end-${name} >> ../../order`,
        }),
      );
    // b starts once a's script runs (a holds the lock), however long a took to connect and upload.
    const [a, b] = await Promise.all([
      slow('a'),
      until(() => existsSync(join(target, 'order'))).then(() => slow('b')),
    ]);
    expect(a.error).toBeUndefined();
    expect(b.error).toBeUndefined();
    order.push(...readFileSync(join(target, 'order'), 'utf8').trim().split('\n'));
    expect(order).toEqual(['start-a', 'end-a', 'start-b', 'end-b']);
    // (Outputs of overlapping in-process runs share one GITHUB_OUTPUT, so the folders tell the story.)
    const releases = readdirSync(join(target, 'releases')).sort();
    expect(releases).toHaveLength(2);
    expect(current(target)).toBe(`releases/${releases[1]}`);
    expect(existsSync(join(target, 'current', 'b'))).toBe(true);

    // The holder keeps the lock until the test lets it go (bounded at 30 s), not for a guessed 3 s.
    const gate = mkdtempSync(join(tmpdir(), 'ci-kit-gate-'));
    const holder = runInProcess(
      inputs([first], {
        target,
        script: `touch ${gate}/held\nfor i in $(seq 300); do [ -e ${gate}/release ] && break; sleep 0.1; done`,
      }),
    );
    await until(() => existsSync(join(gate, 'held')));
    const blocked = await runInProcess(inputs([first], { target, script: 'true', 'command-timeout': '1s' }));
    writeFileSync(join(gate, 'release'), '');
    expect(blocked.error?.message).toMatch(/another deploy still holds .*\.ci-kit\/lock after 1s/);
    expect((await holder).error).toBeUndefined();
    expect(existsSync(join(target, '.ci-kit', 'lock'))).toBe(false);
  });

  it('post step removes a lock the killed main step left, and only its own', async () => {
    const target = newTarget();
    const lock = join(target, '.ci-kit', 'lock');
    mkdirSync(lock, { recursive: true });
    writeFileSync(join(lock, 'owner'), 'run 1 on runner\n');
    const env = inputs([first], { target, script: 'true' });
    for (const [name, value] of Object.entries(env)) process.env[inputEnvName(name)] = value;
    const write = process.stdout.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      await releaseLocks('run 2 on runner');
      expect(existsSync(lock)).toBe(true);
      await releaseLocks('run 1 on runner');
      expect(existsSync(lock)).toBe(false);
    } finally {
      process.stdout.write = write;
      for (const name of Object.keys(env)) delete process.env[inputEnvName(name)];
    }
  });
});
