// `npm test`: jest with ESM support (jest 30 needs --experimental-vm-modules). Extra arguments go to jest.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './actions.js';

const jest = join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const result = spawnSync(process.execPath, [jest, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings`.trim(),
  },
});
process.exit(result.status ?? 1);
