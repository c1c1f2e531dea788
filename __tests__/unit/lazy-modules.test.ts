import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
// @ts-expect-error plain JavaScript build script without types
import { deferLazyModules } from '../../scripts/lazy-modules.js';

/** A bundle as ncc writes it: module 1 is required at start, 2 and 3 only through an eager import(). */
const BUNDLE = `import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1:
/***/ ((module) => {

module.exports = { name: 'eager', self: this };

/***/ }),

/***/ 2:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// a comment, "quotes", \`a template \${1 + 1}\` and a line\\u2028separator
module.exports = { name: 'lazy', self: this, strict: (function () { return this; })() === undefined, three: __nccwpck_require__(3) };

/***/ }),

/***/ 3:
/***/ (function(module) {

module.exports = { name: 'with this', self: this === module.exports };

/***/ }),

/***/ 4:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ })

/******/ });
/******/ var cache = {};
/******/ function __nccwpck_require__(id) {
/******/ 	if (cache[id]) return cache[id].exports;
/******/ 	var module = cache[id] = { exports: {} };
/******/ 	__webpack_modules__[id].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 	return module.exports;
/******/ }
const eager = __nccwpck_require__(1);
const lazy = await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 2));
const path = await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 4));
console.log(JSON.stringify({ eager, lazy, path: typeof path.join }));
`;

function run(code: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lazy-modules-'));
  try {
    writeFileSync(join(dir, 'index.mjs'), code);
    const result = spawnSync(process.execPath, [join(dir, 'index.mjs')], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    return result.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('scripts/lazy-modules.js', () => {
  it('keeps the modules reached only through eager imports as strings, and they run the same', () => {
    const deferred = deferLazyModules(BUNDLE, new Map([['2', '../node_modules/lazy/index.js']]));
    expect(deferred).toContain('/***/ 1:\n/***/ ((module) => {');
    expect(deferred).toContain(
      '/***/ 2: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], ',
    );
    expect(deferred).toContain('//# sourceURL=webpack-lazy://node_modules/lazy/index.js');
    expect(deferred).toMatch(/\/\*\*\*\/ 3: __nccwpck_lazy\(\["module"\], ".*", true\)/);
    // It needs the bundle's own scope (import.meta): it stays code.
    expect(deferred).toContain('/***/ 4:\n/***/ ((module) => {');
    const before = run(BUNDLE);
    expect(JSON.parse(before)).toEqual({
      eager: { name: 'eager' },
      lazy: { name: 'lazy', strict: true, three: { name: 'with this', self: true } },
      path: 'function',
    });
    expect(run(deferred)).toBe(before);
  });

  it('leaves a bundle that requires every module at start unchanged', () => {
    const eager = BUNDLE.replaceAll(
      '__nccwpck_require__.bind(__nccwpck_require__, ',
      '() => __nccwpck_require__(',
    );
    expect(deferLazyModules(eager, new Map())).toBe(eager);
  });
});
