// What no lockfile check of a folder can skip, timed as a whole process under Node 24 (bench/lockfile-check.js
// runs it beside each corpus row): finding the lockfiles (a walk of the tree, passing over the folders discovery
// never enters) and reading the one lockfile as text. Nothing is parsed or compared.
// Usage: node _lockfile-floor.js <lockfile path>, run in the folder to walk.
// Builtins through process.getBuiltinModule, as the action's bundle reaches them (through require): an ES module
// import of node:fs makes Node load fs/promises as well (~30M instructions the action does not spend).
const { readdirSync, readFileSync } = process.getBuiltinModule('node:fs');
const { join } = process.getBuiltinModule('node:path');

// discover.ts's SKIPPED_DIRS.
const SKIPPED = new Set(['node_modules', '.git', 'vendor', 'target', '.venv']);

let entries = 0;
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    entries++;
    if (entry.isDirectory() && !SKIPPED.has(entry.name)) walk(join(dir, entry.name));
  }
}
walk('.');
const text = readFileSync(process.argv[2], 'utf8');
process.stdout.write(`${entries} entries, ${text.length} characters\n`);
