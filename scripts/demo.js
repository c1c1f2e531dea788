// `npm run demo`: runs the actions, as the runner would, against targets embedded here. Needs nothing but
// `npm ci`: the bundles in dist/ are committed. Says which parts it skipped and why.
import { createServer } from 'node:http';
import { main } from '../dist/cli/index.js';

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

say('skipped');
for (const [action, issue] of [
  ['lockfile-check', 3],
  ['semver-tag', 4],
  ['deploy-ssh', 5],
  ['docker-smoke-test', 6],
]) {
  console.log(
    `- ${action}: not built yet (issue #${issue}); its action.yml already declares the final inputs`,
  );
}
console.log(
  failures
    ? `\ndemo: ${failures} part(s) did not behave as expected`
    : '\ndemo: every part behaved as expected',
);
process.exit(failures ? 1 : 0);
