// `npm run bench [name…]`: runs bench/<name>.js for every action that has one (or those named).
// Each prints its measurements as ratios against the peer tool measured in the same run.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './actions.js';

const dir = join(root, 'bench');
const wanted = process.argv.slice(2);
// `_name.js`: a helper the benches import or run, or a tool run on its own (bench/_lockfile-ab.js), not a bench.
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.js') && !file.startsWith('_'))
  .filter((file) => wanted.length === 0 || wanted.includes(file.replace(/\.js$/, '')));
if (files.length === 0) {
  console.error(`bench: nothing to run for ${wanted.join(', ') || 'any action'}`);
  process.exit(1);
}
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file.replace(/\.js$/, '')}`);
  const result = spawnSync(process.execPath, [join(dir, file)], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
if (!existsSync(dir) || failed) process.exit(1);
