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
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ getExecOutput),
/* harmony export */   m: () => (/* binding */ exec)
/* harmony export */ });
let real;
const load = () => {
    real ??= import(/* webpackIgnore: true */ './exec.js');
    return real;
};
async function exec(...args) {
    return (await load()).exec(...args);
}
async function getExecOutput(...args) {
    return (await load()).getExecOutput(...args);
}

var __webpack_exports__exec = __webpack_exports__.m;
var __webpack_exports__getExecOutput = __webpack_exports__.H;
export { __webpack_exports__exec as exec, __webpack_exports__getExecOutput as getExecOutput };
