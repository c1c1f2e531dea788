// `npm run demo`: runs the actions, as the runner would, against targets embedded here. Needs nothing but
// `npm ci`: the bundles in dist/ are committed. Says which parts it skipped and why.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../dist/cli/index.js';
import { containerDemo, deployDemo, sshdUnavailable } from './demo-ssh.js';
import { serviceImageUnavailable } from './service-image.js';

const root = process.cwd();
const say = (text) => console.log(`\n\x1b[1m${text}\x1b[0m`);

function sampleService() {
  // Comes up after 1.5 s, answers 503 while "warming up" for 1 s more, then reports its version.
  const startedAt = Date.now();
  const server = createServer((request, response) => {
    const warm = Date.now() - startedAt > 2500;
    response.setHeader('content-type', 'application/json');
    response.statusCode = request.url === '/health' && warm ? 200 : 503;
    response.end(
      JSON.stringify({
        status: warm ? 'ok' : 'starting',
        version: '1.4.2',
        checks: { db: warm ? 'ok' : 'connecting' },
      }),
    );
  });
  setTimeout(() => server.listen(18_080, '127.0.0.1'), 1500);
  return server;
}

function git(cwd, ...args) {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'demo', GIT_AUTHOR_EMAIL: 'demo@example.com' };
  Object.assign(env, { GIT_COMMITTER_NAME: 'demo', GIT_COMMITTER_EMAIL: 'demo@example.com' });
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: 'pipe' }).trim();
}

function gitRepository() {
  const base = mkdtempSync(join(tmpdir(), 'ci-kit-demo-'));
  git(base, 'init', '-q', '--bare', '-b', 'main', 'remote.git');
  git(base, 'clone', '-q', join(base, 'remote.git'), 'work');
  const work = join(base, 'work');
  git(work, 'commit', '--allow-empty', '-qm', 'chore: start');
  git(work, 'push', '-q', 'origin', 'HEAD:main');
  return work;
}

function dockerUnavailable() {
  try {
    execFileSync('docker', ['info'], { stdio: 'pipe', timeout: 10_000 });
  } catch {
    return 'no running Docker engine here (bash .ci/run installs docker.io and starts dockerd)';
  }
  return existsSync('/bin/busybox')
    ? undefined
    : 'no static busybox for a FROM-scratch image (apt-get install busybox-static)';
}

function webImageContext() {
  const context = mkdtempSync(join(tmpdir(), 'ci-kit-demo-image-'));
  copyFileSync('/bin/busybox', join(context, 'busybox'));
  const dockerfile = [
    'FROM scratch',
    'COPY busybox /bin/busybox',
    'RUN ["/bin/busybox", "--install", "-s", "/bin"]',
    'RUN mkdir /www && echo ok > /www/health',
    'EXPOSE 8080',
    'CMD ["httpd", "-f", "-p", "8080", "-h", "/www"]',
  ];
  writeFileSync(join(context, 'Dockerfile'), `${dockerfile.join('\n')}\n`);
  return context;
}

const skipped = [];
let failures = 0;
const expect = (label, code, wanted) => {
  const ok = code === wanted;
  if (!ok) failures++;
  console.log(`${ok ? '✔' : '✘'} ${label}: exit ${code}${ok ? '' : ` (expected ${wanted})`}`);
};

say('health-wait: a sample service on 127.0.0.1:18080 starts in 1.5 s and warms up for 1 s more');
const service = sampleService();
expect(
  'health-wait waited for it',
  await main([
    'health-wait',
    '--url',
    'http://localhost:18080/health',
    '--expect-json',
    'checks.db=ok',
    '--expect-json',
    'version=1.4.2',
    '--timeout',
    '20s',
  ]),
  0,
);

say('health-wait: a wrong version is reported precisely (2 s timeout, fails on purpose)');
expect(
  'health-wait refused the wrong version',
  await main([
    'health-wait',
    '--url',
    'http://localhost:18080/health',
    '--expect-json',
    'version=2.0.0',
    '--timeout',
    '2s',
  ]),
  1,
);

say('health-wait: bad input gets one line');
expect(
  'health-wait rejected the input',
  await main(['health-wait', '--url', 'localhost:18080', '--timeout', '5s']),
  1,
);
service.close();

say(
  'semver-tag: a throw-away repository with a bare remote gets v0.1.0, then a feat makes v0.2.0 and moves v0',
);
const repo = gitRepository();
process.chdir(repo);
expect('semver-tag tagged the first release', await main(['semver-tag', '--floating-tags', 'major']), 0);
git(repo, 'commit', '--allow-empty', '-qm', 'feat(api): add search\n\nCloses #12');
git(repo, 'commit', '--allow-empty', '-qm', 'fix: handle empty query');
expect('semver-tag computed the next version', await main(['semver-tag', '--floating-tags', 'major']), 0);
expect('a rerun is a no-op', await main(['semver-tag', '--floating-tags', 'major']), 0);
console.log(
  `tags on the remote: ${git(repo, 'ls-remote', '--tags', '--refs', 'origin')
    .replace(/^\S+\s+refs\/tags\//gm, '')
    .split('\n')
    .join(', ')}`,
);
process.chdir(root);

say('docker-smoke-test: build a tiny FROM-scratch web image, wait until it answers, check it, clean up');
const dockerProblem = dockerUnavailable();
if (dockerProblem) skipped.push(['docker-smoke-test', dockerProblem]);
else {
  const context = webImageContext();
  expect(
    'docker-smoke-test passed the image',
    await main([
      'docker-smoke-test',
      '--context',
      context,
      '--ports',
      '8080',
      '--wait-for',
      'http:8080/health',
      '--expect-body',
      'ok',
      '--exec',
      'test -f /www/health',
      '--remove-image',
      'true',
    ]),
    0,
  );
  expect(
    'docker-smoke-test caught the crash at once',
    await main([
      'docker-smoke-test',
      '--context',
      context,
      '--command',
      'sh -c "echo boom >&2; exit 3"',
      '--timeout',
      '30s',
      '--remove-image',
      'true',
      '--log-lines',
      '5',
    ]),
    1,
  );
}

say('lockfile-check: a project in sync passes; then package.json gains a dependency the lockfile lacks');
const project = mkdtempSync(join(tmpdir(), 'ci-kit-demo-lock-'));
cpSync(join(root, '__tests__', 'fixtures', 'lockfile-check', 'npm-v3'), project, { recursive: true });
expect('lockfile-check passed the project', await main(['lockfile-check', '--path', project]), 0);
const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
manifest.dependencies['left-pad'] = '^1.3.0';
manifest.dependencies.chalk = '^5.3.0';
writeFileSync(join(project, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
expect('lockfile-check caught the stale lockfile', await main(['lockfile-check', '--path', project]), 1);

say('deploy-ssh: a release to a local OpenSSH server, a health gate, and a rollback');
const sshProblem = sshdUnavailable();
if (sshProblem) skipped.push(['deploy-ssh', sshProblem]);
else await deployDemo(expect);

say('deploy-ssh: container deploys — v1, an upgrade, a broken image refused, and a rollback');
const containerProblem = sshProblem ?? serviceImageUnavailable();
if (containerProblem) skipped.push(['deploy-ssh (containers)', containerProblem]);
else await containerDemo(expect);

say('skipped');
if (skipped.length === 0) console.log('- nothing');
for (const [action, reason] of skipped) console.log(`- ${action}: ${reason}`);
console.log(
  failures
    ? `\ndemo: ${failures} part(s) did not behave as expected`
    : '\ndemo: every part behaved as expected',
);
process.exit(failures ? 1 : 0);
