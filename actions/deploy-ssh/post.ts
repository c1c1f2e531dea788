import * as core from '../../shared/core.js';
import { runAction } from '../../shared/run-action.js';
import { ACTION, LOCK_STATE } from './main.js';
import { releaseLocks } from './release-locks.js';

// Only does something when the main step was killed while it held deploy locks.
await runAction(
  ACTION,
  async () => {
    const owner = core.getState(LOCK_STATE);
    if (owner) await releaseLocks(owner);
  },
  { phase: 'post' },
);
