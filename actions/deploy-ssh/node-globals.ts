// ssh2's bundled WebAssembly loader (poly1305, emscripten) reads `__dirname` when it is loaded. In the
// ESM bundle that name does not exist, so it is defined on globalThis before ssh2 is first imported.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const scope = globalThis as { __dirname?: string; __filename?: string };
scope.__filename ??= fileURLToPath(import.meta.url);
scope.__dirname ??= dirname(scope.__filename);
