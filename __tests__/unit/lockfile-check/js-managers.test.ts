import { rmSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { check } from './helpers.js';
import { applyMutation, type JsManager, MUTATIONS } from './js-mutations.js';

const cases = (['npm', 'pnpm', 'yarn'] as const).flatMap((manager: JsManager) =>
  MUTATIONS.map((mutation) => [manager, mutation.name, mutation] as const),
);

describe('verdicts match the recorded frozen-install verdicts of npm, pnpm and yarn', () => {
  it.each(cases)('%s: %s', async (manager, _name, mutation) => {
    const dir = applyMutation(mutation, manager);
    try {
      const outcome = await check(dir);
      expect(outcome.pairs).toHaveLength(1);
      expect(outcome.pairs[0]!.ecosystem).toBe(manager);
      expect(outcome.status).toBe(mutation.passes[manager] ? 'ok' : 'stale');
      for (const problem of outcome.errors) {
        expect(problem.fix).toBe(`${manager} install`);
        expect(problem.line).toBeGreaterThan(0);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
