import { runAction } from '../../shared/run-action.js';
import { ACTION, run } from './main.js';

await runAction(ACTION, run);
