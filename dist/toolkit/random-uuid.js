import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  K: () => (/* binding */ randomBytes16),
  N: () => (/* binding */ randomUUID)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./shared/toolkit/random-uuid.js
// @actions/core imports node:crypto (~10 ms of start-up) for one thing: the random delimiter of a multi-line
// value written to GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV. The toolkit build points core's import here: the
// delimiter's 16 random bytes come from the kernel's generator (/dev/urandom, the source node:crypto's own
// generator is seeded from), and node:crypto is loaded only where that device cannot be read (Windows).


/** A random (version 4) UUID, as crypto.randomUUID() returns it. */
function randomUUID() {
    const bytes = randomBytes16();
    if (!bytes)
        return (0,external_node_module_namespaceObject.createRequire)(import.meta.url)('node:crypto').randomUUID();
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Buffer.from(bytes).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/** 16 bytes from /dev/urandom, or undefined when it cannot be read whole. */
function randomBytes16(device = '/dev/urandom') {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(device, 'r');
    }
    catch {
        return undefined;
    }
    try {
        const bytes = new Uint8Array(16);
        let read = 0;
        while (read < 16) {
            const count = (0,external_node_fs_namespaceObject.readSync)(fd, bytes, read, 16 - read, null);
            if (count <= 0)
                return undefined;
            read += count;
        }
        return bytes;
    }
    catch {
        return undefined;
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}

var __webpack_exports__randomBytes16 = __webpack_exports__.K;
var __webpack_exports__randomUUID = __webpack_exports__.N;
export { __webpack_exports__randomBytes16 as randomBytes16, __webpack_exports__randomUUID as randomUUID };
