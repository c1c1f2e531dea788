// The local runner against a throw-away action: inputs, defaults, file commands and the post step's STATE_*.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runStep } from '../../../cli/runner.js';

function fakeActionRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'fake-action-'));
  writeFileSync(join(root, 'package.json'), '{"type":"module"}');
  mkdirSync(join(root, 'health-wait'));
  writeFileSync(join(root, 'health-wait', 'action.yml'), 'name: x\n');
  mkdirSync(join(root, 'probe'));
  mkdirSync(join(root, 'dist', 'probe'), { recursive: true });
  writeFileSync(
    join(root, 'probe', 'action.yml'),
    [
      'name: probe',
      'description: d',
      'inputs:',
      '  request-timeout:',
      "    default: '5s'",
      '  token:',
      `    default: '${'$'}{{ github.token }}'`,
      '  given:',
      '    required: true',
      'runs:',
      '  using: node24',
      '  main: ../dist/probe/index.js',
      '  post: ../dist/probe/post.js',
      '',
    ].join('\n'),
  );
  const append = `import { appendFileSync } from 'node:fs';
const put = (file, name, value) => appendFileSync(process.env[file], name + '<<EOF_1\\n' + value + '\\nEOF_1\\n');`;
  writeFileSync(
    join(root, 'dist', 'probe', 'index.js'),
    `${append}
put('GITHUB_OUTPUT', 'seen', [process.env['INPUT_REQUEST-TIMEOUT'], process.env.INPUT_TOKEN, process.env.INPUT_GIVEN].join('|'));
put('GITHUB_OUTPUT', 'multi', 'line 1\\nline 2');
put('GITHUB_STATE', 'container', 'abc123');
appendFileSync(process.env.GITHUB_STEP_SUMMARY, '### hello\\n');
console.log('::add-mask::hunter2');
console.log('password is hunter2');
process.exitCode = 3;
`,
  );
  writeFileSync(
    join(root, 'dist', 'probe', 'post.js'),
    `${append}
put('GITHUB_OUTPUT', 'cleaned', process.env.STATE_container);
`,
  );
  return root;
}

describe('runStep', () => {
  it('passes inputs and defaults, reads file commands back and runs the post step with its state', async () => {
    const root = fakeActionRoot();
    const step = await runStep({
      action: 'probe',
      root,
      inputs: { given: 'yes' },
      env: { GITHUB_TOKEN: 'ghs_x' },
    });
    expect(step.exitCode).toBe(3);
    expect(step.outputs).toEqual({ seen: '5s|ghs_x|yes', multi: 'line 1\nline 2' });
    expect(step.state).toEqual({ container: 'abc123' });
    expect(step.summary).toBe('### hello\n');
    expect(step.log).toContain('password is ***');
    expect(step.post?.outputs).toEqual({ cleaned: 'abc123' });
  });

  it('refuses inputs the action does not declare', async () => {
    const root = fakeActionRoot();
    await expect(runStep({ action: 'probe', root, inputs: { given: 'x', typo: 'y' } })).rejects.toThrow(
      "probe has no input 'typo'",
    );
  });
});
