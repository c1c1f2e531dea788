// Stores the module factories a bundle reaches only through eager dynamic imports as strings, compiled on first
// require. `import(/* webpackMode: "eager" */ 'yaml')` keeps a package inside the single-file bundle and runs
// it on first import only, but V8 still parses every function of a script before it runs any of it: ~400 KB
// of YAML, TOML and semver parsers that an npm-only repository never calls cost lockfile-check ~5 ms of every
// start. A string literal is only scanned.

const OPEN = '/******/ var __webpack_modules__ = ({\n';
const CLOSE = '\n/******/ });\n';
// `/***/ 7371:\n/***/ ((module, exports, __nccwpck_require__) => {\n…\n/***/ }),` as webpack writes them, or
// `(function(module, exports, __nccwpck_require__) {` for modules that use `this` (module.exports) at the top.
const FACTORY =
  /^\/\*\*\*\/ (\d+):\n\/\*\*\*\/ \((?:\(([\w, ]*)\) => |function\(([\w, ]*)\) )\{\n([\s\S]*?)\n\/\*\*\*\/ \}\)(,?)\n/gm;
// A deferred arrow factory sees `this` undefined, as the bundle's module scope does; a function one gets the
// `this` it is called with.
const HELPER =
  '/******/ // Module factories kept as strings (scripts/lazy-modules.js): compiled on first require only.\n' +
  '/******/ var __nccwpck_lazy = (params, body, withThis) => function (...args) {\n' +
  '/******/ \treturn Function(...params, body).apply(withThis ? this : undefined, args);\n' +
  '/******/ };\n';

/** Module ids required (synchronously) by `text`: `__nccwpck_require__(7371)`, not `.bind(…, 7371)`. */
function requiredIds(text) {
  return [...text.matchAll(/__nccwpck_require__\((\d+)\)/g)].map((match) => match[1]);
}

/**
 * `code`: an ncc bundle; `names`: module id → module name (from the webpack stats), for stack traces.
 * Returns the bundle with every factory the entry cannot reach through plain requires turned into a string.
 */
export function deferLazyModules(code, names = new Map()) {
  const start = code.indexOf(OPEN);
  const end = start === -1 ? -1 : code.indexOf(CLOSE, start);
  if (end === -1) throw new Error('lazy-modules: no webpack module map in the bundle');
  const head = code.slice(0, start);
  const body = code.slice(start + OPEN.length, end);
  const tail = code.slice(end);

  const modules = new Map();
  let covered = 0;
  for (const match of body.matchAll(FACTORY)) {
    const [text, id, arrowParams, functionParams, source, comma] = match;
    if (body.slice(covered, match.index).trim() !== '') break;
    const withThis = functionParams !== undefined;
    modules.set(id, { text, params: arrowParams ?? functionParams, withThis, source, comma });
    covered = match.index + text.length;
  }
  if (body.slice(covered).trim() !== '')
    throw new Error('lazy-modules: the module map has entries of an unknown shape');

  const eager = new Set();
  const queue = requiredIds(head + tail);
  while (queue.length) {
    const id = queue.pop();
    if (eager.has(id)) continue;
    eager.add(id);
    const module = modules.get(id);
    if (module) queue.push(...requiredIds(module.source));
  }

  let deferred = 0;
  let out = body;
  for (const [id, module] of modules) {
    // Externals and anything else that needs the bundle's own scope (import.meta) stay code.
    if (eager.has(id) || /\bimport\.meta\b|__WEBPACK_EXTERNAL_/.test(module.source)) continue;
    const params = module.params.split(',').map((param) => param.trim());
    const name = (names.get(id) ?? `module-${id}.js`).replace(/^(\.\.\/)+/, '').replace(/\s/g, '_');
    const source = `"use strict";\n${module.source}\n//# sourceURL=webpack-lazy://${name}`;
    const args = [JSON.stringify(params), JSON.stringify(source), ...(module.withThis ? ['true'] : [])];
    const replacement = `/***/ ${id}: __nccwpck_lazy(${args.join(', ')})${module.comma}\n`;
    out = out.replace(module.text, () => replacement);
    deferred++;
  }
  if (deferred === 0) return code;
  return head + HELPER + OPEN + out + tail;
}
