import { runAction } from '../../shared/run-action.js';
import { ACTION } from './main.js';

// Cleanup lands with the action itself; until then the post step has nothing to do.
await runAction(ACTION, async () => {}, { phase: 'post' });
