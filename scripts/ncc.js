// `node scripts/ncc.js <entry> <outDir> [externals JSON] [minify]`: ncc's build, as its CLI does it, plus what the CLI
// cannot say: externals mapped to a path (`{"@actions/core": "../toolkit/core.js"}`), so that bundles import one
// shared copy of a package from beside them instead of each carrying its own.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const ncc = createRequire(import.meta.url)('@vercel/ncc');
const [entry, outDir, externals = '{}', mode = ''] = process.argv.slice(2);
const { code, assets } = await ncc(entry, {
  externals: JSON.parse(externals),
  license: 'licenses.txt',
  target: 'es2022',
  quiet: true,
  minify: mode === 'minify',
});
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'index.js'), code);
for (const [name, asset] of Object.entries(assets)) {
  mkdirSync(dirname(join(outDir, name)), { recursive: true });
  writeFileSync(join(outDir, name), asset.source, { mode: asset.permissions });
}
