// `npm run check-dist`: rebuilds dist/ from scratch and fails when the committed bundles differ.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './actions.js';

rmSync(join(root, 'dist'), { recursive: true, force: true });
const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.js')], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);
const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all', 'dist'], {
  cwd: root,
  encoding: 'utf8',
});
if (status.status !== 0) {
  console.error(`check-dist: git status failed: ${status.stderr}`);
  process.exit(1);
}
if (status.stdout.trim()) {
  console.error('check-dist: dist/ is not what the sources build. Run `npm run build` and commit dist/:');
  console.error(status.stdout);
  spawnSync('git', ['--no-pager', 'diff', '--stat', 'dist'], { cwd: root, stdio: 'inherit' });
  process.exit(1);
}
console.log('check-dist: dist/ matches the sources');
