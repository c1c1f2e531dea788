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
/* harmony export */   Q: () => (/* binding */ HttpClient),
/* harmony export */   t: () => (/* binding */ BearerCredentialHandler)
/* harmony export */ });
let real;
class BearerCredentialHandler {
    token;
    constructor(token) {
        this.token = token;
    }
}
class HttpClient {
    userAgent;
    handlers;
    options;
    constructor(userAgent, handlers = [], options) {
        this.userAgent = userAgent;
        this.handlers = handlers;
        this.options = options;
    }
    async getJson(url, headers) {
        real ??= import(/* webpackIgnore: true */ './http-client.js');
        const client = await real;
        const handlers = this.handlers.map((handler) => new client.BearerCredentialHandler(handler.token));
        return new client.HttpClient(this.userAgent, handlers, this.options).getJson(url, headers);
    }
}

var __webpack_exports__BearerCredentialHandler = __webpack_exports__.t;
var __webpack_exports__HttpClient = __webpack_exports__.Q;
export { __webpack_exports__BearerCredentialHandler as BearerCredentialHandler, __webpack_exports__HttpClient as HttpClient };
