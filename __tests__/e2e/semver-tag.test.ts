import { mkdtempSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from '@jest/globals';
import { startHttpServer } from '../support/http-server.js';
import { expectOneLineFailure, runStep } from '../support/step.js';
import { type Clone, TestRepos } from '../unit/semver-tag/git-fixture.js';

const ACTION = 'semver-tag';
let repos: TestRepos;

afterEach(() => repos?.cleanup());

function tagStep(clone: Clone, inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  return runStep({ action: ACTION, cwd: clone.dir, inputs, env, timeoutMs: 60_000 });
}

/** A repo whose main has v1.2.0 on the remote and HEAD one commit later. */
function released(): Clone {
  repos = new TestRepos();
  const work = repos.work;
  work.commit('feat: first');
  work.tag('v1.2.0');
  work.push('HEAD', 'refs/tags/v1.2.0');
  return work;
}

describe('semver-tag: versions from history', () => {
  test('first release: initial-version, annotated tag pushed, bot identity when git has none', async () => {
    repos = new TestRepos();
    repos.work.commit('chore: init');
    repos.work.push();
    const home = mkdtempSync(join(repos.root, 'home-'));
    const step = await tagStep(repos.work, {}, { HOME: home, GIT_CONFIG_NOSYSTEM: '1' });
    expect(step.exitCode).toBe(0);
    expect(step.outputs).toMatchObject({
      version: '0.1.0',
      tag: 'v0.1.0',
      'previous-version': '',
      'previous-tag': '',
      bump: 'minor',
      created: 'true',
      'floating-tags': '',
    });
    expect(repos.remoteTags()['v0.1.0']).toBe(repos.work.head());
    expect(repos.work.git('cat-file', '-t', 'v0.1.0')).toBe('tag');
    expect(repos.work.git('tag', '-l', '--format=%(taggername) %(contents:subject)', 'v0.1.0')).toBe(
      'github-actions[bot] Release v0.1.0',
    );
    expect(step.log).toContain('GITHUB_TOKEN do not start other workflows');
  });

  test('feat, fix and breaking commits bump from the previous tag; notes are grouped', async () => {
    const work = released();
    work.commit('fix(parser): handle tabs');
    const feat = work.commit('feat(api): add users endpoint');
    work.commit('docs: readme');
    work.push();
    const step = await tagStep(work, { push: 'false' });
    expect(step.exitCode).toBe(0);
    expect(step.outputs).toMatchObject({
      version: '1.3.0',
      tag: 'v1.3.0',
      'previous-version': '1.2.0',
      'previous-tag': 'v1.2.0',
      bump: 'minor',
      created: 'true',
    });
    const fix = work.git('rev-parse', '--short=7', 'HEAD~2');
    const docs = work.git('rev-parse', '--short=7', 'HEAD');
    expect(step.outputs.notes).toBe(
      [
        '### Features',
        '',
        `- **api:** add users endpoint (${feat.slice(0, 7)})`,
        '',
        '### Fixes',
        '',
        `- **parser:** handle tabs (${fix})`,
        '',
        '### Other',
        '',
        `- docs: readme (${docs})`,
      ].join('\n'),
    );
    expect(repos.remoteTags()['v1.3.0']).toBeUndefined();
    expect(work.tags()['v1.3.0']).toBe(work.head());

    work.commit('refactor!: drop the v1 API');
    const major = await tagStep(work, { push: 'false' });
    expect(major.outputs).toMatchObject({ version: '2.0.0', bump: 'major', 'previous-tag': 'v1.3.0' });
    expect(major.outputs.notes).toContain('### Breaking changes\n\n- refactor: drop the v1 API');
  });

  test('BREAKING CHANGE footers and squash-merge bodies count', async () => {
    const work = released();
    work.commit('chore: tidy\n\nBREAKING-CHANGE: config moved to ci.toml');
    const footer = await tagStep(work, { 'dry-run': 'true' });
    expect(footer.outputs).toMatchObject({ version: '2.0.0', bump: 'major' });
    expect(footer.outputs.notes).toContain('config moved to ci.toml');

    repos.cleanup();
    const second = released();
    second.commit('Add many things (#12)\n\n* feat: add export\n\n* fix: typo in help\n');
    const squash = await tagStep(second, { 'dry-run': 'true' });
    expect(squash.outputs).toMatchObject({ version: '1.3.0', bump: 'minor' });
    expect(squash.outputs.notes).toContain('### Features\n\n- add export');
    expect(squash.outputs.notes).toContain('### Fixes\n\n- typo in help');
  });

  test('previous tag: highest merged into HEAD; other branches, prefixes and non-semver tags ignored', async () => {
    const work = released();
    const base = work.head();
    work.git('checkout', '--quiet', '-b', 'next');
    work.commit('feat: on another branch');
    work.tag('v9.0.0');
    work.git('checkout', '--quiet', 'main');
    work.tag('api-v5.0.0', { at: base });
    work.tag('vnext', { at: base });
    work.tag('v1', { at: base, annotated: false });
    work.tag('v1.10.0-rc.1', { at: base });
    work.commit('fix: something');
    work.tag('v1.9.0', { at: 'HEAD~1' });
    const step = await tagStep(work, { 'dry-run': 'true' });
    expect(step.outputs).toMatchObject({
      'previous-tag': 'v1.10.0-rc.1',
      version: '1.10.0',
      tag: 'v1.10.0',
      bump: 'minor',
    });
  });

  test('bump input, explicit version, default-bump and nothing to release', async () => {
    const work = released();
    work.commit('chore: deps');
    expect((await tagStep(work, { 'dry-run': 'true' })).outputs).toMatchObject({
      version: '1.2.1',
      bump: 'patch',
    });
    expect((await tagStep(work, { 'dry-run': 'true', 'default-bump': 'minor' })).outputs.version).toBe(
      '1.3.0',
    );
    expect((await tagStep(work, { 'dry-run': 'true', bump: 'major' })).outputs.version).toBe('2.0.0');
    expect((await tagStep(work, { 'dry-run': 'true', version: 'v4.5.6' })).outputs).toMatchObject({
      version: '4.5.6',
      tag: 'v4.5.6',
      bump: 'major',
    });
    const none = await tagStep(work, { 'default-bump': 'none' });
    expect(none.exitCode).toBe(0);
    expect(none.outputs).toMatchObject({
      version: '',
      tag: '',
      created: 'false',
      bump: 'none',
      'previous-tag': 'v1.2.0',
    });
    expect(none.log).toContain('Nothing to release');
    expect(Object.keys(work.tags())).toEqual(['v1.2.0']);
  });

  test('0.x: a breaking change bumps minor, or major with breaking-pre-1: major', async () => {
    repos = new TestRepos();
    const work = repos.work;
    work.commit('feat: start');
    work.tag('v0.4.2');
    work.commit('feat!: new config format');
    expect((await tagStep(work, { 'dry-run': 'true' })).outputs).toMatchObject({
      version: '0.5.0',
      bump: 'minor',
    });
    expect((await tagStep(work, { 'dry-run': 'true', 'breaking-pre-1': 'major' })).outputs).toMatchObject({
      version: '1.0.0',
      bump: 'major',
    });
    work.commit('feat: more');
    work.tag('v0.5.0', { at: 'HEAD~1' });
    expect((await tagStep(work, { 'dry-run': 'true' })).outputs.version).toBe('0.6.0');
  });

  test('prerelease sequence: 1.3.0-rc.0 → 1.3.0-rc.1 → 1.3.0', async () => {
    const work = released();
    work.commit('feat: shiny');
    const rc0 = await tagStep(work, { prerelease: 'rc' });
    expect(rc0.outputs).toMatchObject({ version: '1.3.0-rc.0', 'previous-tag': 'v1.2.0', bump: 'minor' });
    work.commit('fix: polish');
    const rc1 = await tagStep(work, { prerelease: 'rc' });
    expect(rc1.outputs).toMatchObject({ version: '1.3.0-rc.1', 'previous-tag': 'v1.3.0-rc.0' });
    expect(rc1.outputs.notes).toContain('polish');
    expect(rc1.outputs.notes).not.toContain('shiny');
    // The release itself, on the same commit as rc.1: notes since the last release.
    const final = await tagStep(work, { 'floating-tags': 'major' });
    expect(final.outputs).toMatchObject({
      version: '1.3.0',
      'previous-tag': 'v1.3.0-rc.1',
      bump: 'minor',
      created: 'true',
      'floating-tags': 'v1',
    });
    expect(final.outputs.notes).toContain('shiny');
    expect(final.outputs.notes).toContain('polish');
    expect(Object.keys(repos.remoteTags()).sort()).toEqual([
      'v1',
      'v1.2.0',
      'v1.3.0',
      'v1.3.0-rc.0',
      'v1.3.0-rc.1',
    ]);
  });

  test('monorepo: paths and prefix pick the package history', async () => {
    repos = new TestRepos();
    const work = repos.work;
    work.commit('feat(api): first', { 'packages/api/index.js': 'a' });
    work.tag('api-v1.0.0');
    work.tag('v3.0.0');
    work.commit('feat(web): web only', { 'packages/web/index.js': 'w' });
    work.commit('fix(api): api fix', { 'packages/api/index.js': 'b' });
    work.push('HEAD', '--tags');
    const step = await tagStep(work, { prefix: 'api-v', paths: 'packages/api\n# comment' });
    expect(step.exitCode).toBe(0);
    expect(step.outputs).toMatchObject({ version: '1.0.1', tag: 'api-v1.0.1', 'previous-tag': 'api-v1.0.0' });
    expect(step.outputs.notes).not.toContain('web only');
    expect(repos.remoteTags()['api-v1.0.1']).toBe(work.head());
  });

  test('merge commits: commits of a merged branch count, the merge line itself is left out', async () => {
    const work = released();
    work.git('checkout', '--quiet', '-b', 'topic');
    work.commit('feat: from the branch');
    work.git('checkout', '--quiet', 'main');
    work.commit('fix: on main meanwhile');
    work.git('merge', '--quiet', '--no-ff', '--no-edit', 'topic');
    const step = await tagStep(work, { 'dry-run': 'true' });
    expect(step.outputs).toMatchObject({ version: '1.3.0', bump: 'minor' });
    expect(step.outputs.notes).not.toContain('Merge branch');
  });
});

describe('semver-tag: safety', () => {
  test('rerun on a tagged HEAD is a no-op that describes the tag', async () => {
    const work = released();
    work.commit('feat: x');
    work.push();
    const first = await tagStep(work, { 'floating-tags': 'major-minor' });
    expect(first.outputs).toMatchObject({ created: 'true', 'floating-tags': 'v1\nv1.3' });
    const remoteBefore = repos.remoteTags();
    const rerun = await tagStep(work, { 'floating-tags': 'major-minor' });
    expect(rerun.exitCode).toBe(0);
    expect(rerun.outputs).toMatchObject({
      version: '1.3.0',
      tag: 'v1.3.0',
      'previous-tag': 'v1.2.0',
      bump: 'minor',
      created: 'false',
      'floating-tags': '',
    });
    expect(rerun.outputs.notes).toBe(first.outputs.notes);
    expect(repos.remoteTags()).toEqual(remoteBefore);
    // An explicit version on a tagged HEAD does not add a second tag either.
    expect((await tagStep(work, { version: '7.0.0' })).outputs).toMatchObject({
      tag: 'v1.3.0',
      created: 'false',
    });
  });

  test('lightweight tags and message placeholders; a failed push says why and leaves no tag', async () => {
    const work = released();
    work.commit('fix: a');
    const light = await tagStep(work, { annotated: 'false', push: 'false' });
    expect(light.outputs).toMatchObject({ tag: 'v1.2.1', created: 'true' });
    expect(work.git('cat-file', '-t', 'v1.2.1')).toBe('commit');
    work.commit('fix: b');
    await tagStep(work, { message: 'Version {version} ({tag})', push: 'false' });
    expect(work.git('tag', '-l', '--format=%(contents:subject)', 'v1.2.2')).toBe('Version 1.2.2 (v1.2.2)');
    work.commit('fix: c');
    const failed = await tagStep(work, { remote: 'nowhere' });
    expectOneLineFailure(failed, ACTION, /git push of v1.2.3 to nowhere failed: .*nowhere/);
    expect(work.tags()['v1.2.3']).toBeUndefined();
  });

  test('dry run changes nothing, locally or on the remote', async () => {
    const work = released();
    work.commit('feat: x');
    const before = { local: work.tags(), remote: repos.remoteTags() };
    const step = await tagStep(work, {
      'dry-run': 'true',
      'floating-tags': 'major',
      release: 'true',
      token: 't0ken',
    });
    expect(step.exitCode).toBe(0);
    expect(step.outputs).toMatchObject({ version: '1.3.0', created: 'false', 'floating-tags': 'v1' });
    expect(step.log).toContain('Dry run: would create v1.3.0 and move v1');
    expect({ local: work.tags(), remote: repos.remoteTags() }).toEqual(before);
  });

  test('an existing tag elsewhere is never moved', async () => {
    const work = released();
    work.commit('feat: x');
    work.tag('v1.3.0', { at: 'HEAD~1' });
    const explicit = await tagStep(work, { version: '1.3.0' });
    expectOneLineFailure(explicit, ACTION, /tag v1.3.0 already exists at [0-9a-f]{7}, not at HEAD/);
    expect(repos.remoteTags()['v1.3.0']).toBeUndefined();
  });

  test('a tag pushed meanwhile by another run for another commit: clear failure, local tag removed', async () => {
    const work = released();
    const other = repos.clone('other');
    other.commit('feat: elsewhere');
    other.tag('v1.3.0');
    other.push('HEAD:refs/heads/other', 'refs/tags/v1.3.0');
    work.commit('feat: here');
    const step = await tagStep(work);
    expectOneLineFailure(step, ACTION, /tag v1.3.0 already exists on origin at [0-9a-f]{7}, not at HEAD/);
    expect(work.tags()['v1.3.0']).toBeUndefined();
    expect(repos.remoteTags()['v1.3.0']).toBe(other.head());
  });

  // Identical messages can make byte-identical tag objects (same second); different ones force a rejection.
  test.each([
    ['the same message', 'Release {tag}', 'Release {tag}'],
    ['different messages', 'Release {tag} (run a)', 'Release {tag} (run b)'],
  ])('two concurrent runs on one commit (%s): exactly one tag, both green', async (_, messageA, messageB) => {
    const work = released();
    work.commit('feat: race');
    work.push();
    const a = repos.clone('a');
    const b = repos.clone('b');
    const [first, second] = await Promise.all([
      tagStep(a, { message: messageA }),
      tagStep(b, { message: messageB }),
    ]);
    expect([first.exitCode, second.exitCode]).toEqual([0, 0]);
    expect(first.outputs.tag).toBe('v1.3.0');
    expect(second.outputs.tag).toBe('v1.3.0');
    expect([first.outputs.created, second.outputs.created].sort()).toEqual(['false', 'true']);
    const remote = repos.remoteTags();
    expect(Object.keys(remote).sort()).toEqual(['v1.2.0', 'v1.3.0']);
    expect(remote['v1.3.0']).toBe(work.head());
  });

  test('shallow checkout: history fetched automatically, or a clear error', async () => {
    const work = released();
    work.commit('fix: y');
    work.push();
    const shallow = repos.clone('shallow', 1);
    const refused = await tagStep(shallow, { 'fetch-history': 'false' });
    expectOneLineFailure(refused, ACTION, /shallow.*fetch-depth: 0/);
    const step = await tagStep(shallow, { push: 'false' });
    expect(step.exitCode).toBe(0);
    expect(step.outputs).toMatchObject({ version: '1.2.1', 'previous-tag': 'v1.2.0' });
    expect(step.log).toContain('Shallow checkout');
  });

  test('floating tags follow only the highest release of their line, never prereleases', async () => {
    const work = released();
    work.tag('v1', { annotated: false });
    work.push('refs/tags/v1');
    const maintenance = work.head();
    work.commit('feat: 1.3');
    work.tag('v1.3.0');
    work.push('HEAD', 'refs/tags/v1.3.0');
    work.git('checkout', '--quiet', '-b', 'release-1.2', maintenance);
    work.commit('fix: backport');
    const backport = await tagStep(work, { 'floating-tags': 'major-minor' });
    expect(backport.outputs).toMatchObject({ version: '1.2.1', 'floating-tags': 'v1.2' });
    expect(repos.remoteTags()['v1']).toBe(maintenance);
    expect(repos.remoteTags()['v1.2']).toBe(work.head());
    expect(repos.work.git('cat-file', '-t', 'v1.2')).toBe('commit');
    work.commit('fix: pre');
    const pre = await tagStep(work, { 'floating-tags': 'major', prerelease: 'beta' });
    expect(pre.outputs).toMatchObject({ version: '1.2.2-beta.0', 'floating-tags': '' });
  });
  test('a floating tag moved on the remote meanwhile is not pulled back by a stale clone', async () => {
    const work = released();
    work.tag('v1', { annotated: false });
    work.push('refs/tags/v1');
    const other = repos.clone('other');
    other.commit('feat: newer');
    other.tag('v1.3.0');
    other.git('tag', '--force', 'v1');
    other.git(
      'push',
      '--quiet',
      '--force',
      'origin',
      'HEAD:refs/heads/other',
      'refs/tags/v1.3.0',
      'refs/tags/v1',
    );
    work.commit('fix: on the stale clone');
    const step = await tagStep(work, { 'floating-tags': 'major' });
    expect(step.exitCode).toBe(0);
    expect(step.outputs).toMatchObject({ tag: 'v1.2.1', created: 'true', 'floating-tags': '' });
    expect(step.log).toMatch(/did not move v1 on origin/);
    expect(repos.remoteTags()['v1']).toBe(other.head());
  });
});

describe('semver-tag: GitHub release', () => {
  interface Seen {
    method?: string;
    url?: string;
    authorization?: string;
    body: Record<string, unknown>;
  }

  async function releaseApi(existing: boolean) {
    const seen: Seen[] = [];
    const server = await startHttpServer((request: IncomingMessage, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => {
        body += chunk;
      });
      request.on('end', () => {
        seen.push({
          method: request.method,
          url: request.url,
          authorization: request.headers.authorization,
          body: body ? JSON.parse(body) : {},
        });
        response.setHeader('content-type', 'application/json');
        if (request.method === 'GET') {
          response.statusCode = existing ? 200 : 404;
          response.end(JSON.stringify(existing ? { html_url: 'http://gh/r/1' } : { message: 'Not Found' }));
        } else {
          response.statusCode = 201;
          response.end(JSON.stringify({ html_url: 'http://gh/releases/v1.3.0' }));
        }
      });
    });
    return { server, seen };
  }

  test('creates the release for the pushed tag with the notes; a rerun finds it and creates nothing', async () => {
    const work = released();
    work.commit('feat: shiny');
    const { server, seen } = await releaseApi(false);
    try {
      const env = { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: 'octo/widgets' };
      const step = await tagStep(
        work,
        { release: 'true', token: 'ghs_secret123', 'floating-tags': 'major' },
        env,
      );
      expect(step.exitCode).toBe(0);
      expect(step.log).not.toContain('ghs_secret123');
      expect(seen.map((request) => `${request.method} ${request.url}`)).toEqual([
        'GET /repos/octo/widgets/releases/tags/v1.3.0',
        'POST /repos/octo/widgets/releases',
      ]);
      expect(seen[1]!.authorization).toBe('token ghs_secret123');
      expect(seen[1]!.body).toEqual({
        tag_name: 'v1.3.0',
        name: 'v1.3.0',
        body: step.outputs.notes,
        draft: false,
        prerelease: false,
      });
      expect(step.outputs.notes).toContain('### Features\n\n- shiny');
      expect(step.log).toContain('Created the GitHub release http://gh/releases/v1.3.0');
    } finally {
      await server.close();
    }
    const again = await releaseApi(true);
    try {
      const env = { GITHUB_API_URL: again.server.url, GITHUB_REPOSITORY: 'octo/widgets' };
      const rerun = await tagStep(
        work,
        { release: 'true', token: 'ghs_secret123', 'release-draft': 'true' },
        env,
      );
      expect(rerun.outputs.created).toBe('false');
      expect(again.seen.map((request) => request.method)).toEqual(['GET']);
    } finally {
      await again.server.close();
    }
  });

  test('a prerelease is marked as one; draft on request; API errors are one line', async () => {
    const work = released();
    work.commit('fix: x');
    const { server, seen } = await releaseApi(false);
    try {
      const env = { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: 'octo/widgets' };
      const step = await tagStep(
        work,
        { release: 'true', token: 't0ken', prerelease: 'rc', 'release-draft': 'true' },
        env,
      );
      expect(step.exitCode).toBe(0);
      expect(seen[1]!.body).toMatchObject({ tag_name: 'v1.2.1-rc.0', draft: true, prerelease: true });
    } finally {
      await server.close();
    }
    const failing = await startHttpServer((_request, response) => {
      response.statusCode = 403;
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ message: 'Resource not accessible by integration' }));
    });
    try {
      work.commit('fix: y');
      const env = { GITHUB_API_URL: failing.url, GITHUB_REPOSITORY: 'octo/widgets' };
      const step = await tagStep(work, { release: 'true', token: 't0ken' }, env);
      expectOneLineFailure(
        step,
        ACTION,
        /could not look up the release for v1.2.1: HTTP 403 .*contents: write/,
      );
    } finally {
      await failing.close();
    }
  });
});

describe('semver-tag: inputs', () => {
  test.each([
    [{ bump: 'huge' }, "input 'bump' must be one of auto, major, minor, patch, none"],
    [{ version: 'one' }, "input 'version' must be a semantic version"],
    [{ prerelease: 'rc.1' }, "input 'prerelease' must be an identifier"],
    [{ prefix: 'v*' }, "input 'prefix' may hold only"],
    [{ 'floating-tags': 'all' }, "input 'floating-tags' must be one of none, major, major-minor"],
    [{ release: 'true', token: '' }, "input 'token' is required when release is true"],
  ])('%p → one clear line', async (inputs, message) => {
    repos = new TestRepos();
    repos.work.commit('feat: x');
    expectOneLineFailure(await tagStep(repos.work, inputs), ACTION, message);
  });

  test('not a git repository', async () => {
    repos = new TestRepos();
    const step = await runStep({ action: ACTION, cwd: repos.root, timeoutMs: 60_000 });
    expectOneLineFailure(step, ACTION, /is not a git repository; run actions\/checkout first/);
  });
});
