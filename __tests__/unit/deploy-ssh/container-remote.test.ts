// The generated remote scripts parse (bash -n) in every mode, and quote what the user wrote.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import {
  discardScript,
  prepareScript,
  pruneScript,
  pullScript,
  rollbackScript,
  stateScript,
  switchBackScript,
  switchScript,
} from '../../../actions/deploy-ssh/container/remote.js';
import type { ContainerSettings } from '../../../actions/deploy-ssh/container/settings.js';

const base: ContainerSettings = {
  image: 'registry.example.com/app:1',
  repository: 'registry.example.com/app',
  registry: 'registry.example.com',
  name: 'app',
  ports: [{ spec: '8080:80', hostPort: 8080, containerPort: 80 }],
  source: 'pull',
  registryUsername: 'me',
  registryPassword: "pa$$'word",
  runOptions: ['--label=a=$(touch /tmp/pwned)'],
  healthTimeoutMs: 5000,
  rolling: 0,
};
const proxied: ContainerSettings = {
  ...base,
  ports: [{ spec: '80', containerPort: 80 }],
  proxy: { file: '~/nginx/app.conf', template: 'server 127.0.0.1:{port};', reload: 'nginx -s reload' },
};
const plan = {
  command: 'curl -fsS "http://$DEPLOY_CONTAINER_IP/health"',
  url: { port: 80, path: '/health' },
  timeoutMs: 5000,
};

function parses(script: string): void {
  execFileSync('bash', ['-n'], { input: script, stdio: 'pipe' });
}

describe('container remote scripts', () => {
  for (const [mode, settings] of [
    ['published ports', base],
    ['behind a proxy', proxied],
  ] as const) {
    it(`are valid bash (${mode})`, () => {
      const env = [['SECRET', "it's $HOME `id`"]] as const;
      for (const script of [
        stateScript(settings),
        pullScript(settings),
        prepareScript(settings, env, '/srv/lock', plan, true),
        prepareScript(settings, env, '/srv/lock', plan, false),
        switchScript(settings, plan, true, 'old'),
        switchScript(settings, plan, false, ''),
        switchBackScript(settings, 'new', 'old', true),
        discardScript(settings, 'new'),
        rollbackScript(settings, plan),
        pruneScript(settings, 3),
      ])
        parses(script);
    });
  }

  it('single-quotes secrets and user values', () => {
    expect(pullScript(base)).toContain(`printf '%s' 'pa$$'\\''word' | dk login`);
    expect(prepareScript(base, [['SECRET', 'a b']], '/srv', plan, false)).toContain(
      `printf '%s=%s\\n' SECRET 'a b'`,
    );
    expect(prepareScript(base, [], '/srv', plan, false)).toContain(`'--label=a=$(touch /tmp/pwned)'`);
  });
});
