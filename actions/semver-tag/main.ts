import { ConfigError } from '../../shared/errors.js';
import { getString } from '../../shared/inputs.js';
import type { ActionContext } from '../../shared/run-action.js';
import { Inputs } from './inputs.js';

export const ACTION = 'semver-tag';

/** Placeholder until issue #4: validates that inputs can be read, then says it is not built yet. */
export async function run(_context: ActionContext): Promise<void> {
  for (const spec of Object.values(Inputs)) getString(spec);
  throw new ConfigError('is not implemented yet (issue #4); pin an earlier ci-kit release or wait for it');
}
