import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
import * as __WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__ from "../toolkit/core.js";
/******/ var __webpack_modules__ = ({

/***/ 618:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_run_action_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(937);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(107);


await (0,_shared_run_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION */ .h, _main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 107:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  h: () => (/* binding */ ACTION),
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./shared/core.js + 1 modules
var shared_core = __nccwpck_require__(783);
// EXTERNAL MODULE: ./shared/errors.js
var errors = __nccwpck_require__(952);
;// CONCATENATED MODULE: ./shared/one-line.js
/**
 * A one-line field (title, file name, commit subject, a line of someone else's output) with CR, LF and the
 * other line breaks each turned into a space: the runner reads CR as a line end too, so a field holding
 * `\r::warning \u2026` would otherwise start a line of its own and run as a workflow command.
 */
function oneLine(text) {
    return text.replace(/\r\n|[\r\n\v\f\u0085\u2028\u2029]/g, ' ');
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./shared/redact.js
// The runner masks registered secrets in the job log only. Outputs, the job summary and anything else the
// action stores go through this one registry instead: every secret registered with the runner (see mask.ts)
// is replaced by `***` there too.
const secrets = new Set();
let ordered;
/**
 * Remembers a secret, and its JSON-escaped forms as they appear inside JSON outputs and files (`docker
 * inspect`, a JSON body kept inside a JSON report: escaped twice).
 */
function registerSecret(secret) {
    if (secret.length < 3)
        return;
    let form = secret;
    for (let depth = 0; depth < 3; depth++) {
        secrets.add(form);
        form = JSON.stringify(form).slice(1, -1);
    }
    ordered = undefined;
}
/** `text` with every registered secret replaced by `***`, longest first. */
function redact(text) {
    if (secrets.size === 0 || text === '')
        return text;
    ordered ??= [...secrets].sort((a, b) => b.length - a.length);
    let result = text;
    for (const secret of ordered)
        if (result.includes(secret))
            result = result.split(secret).join('***');
    return result;
}
/** Builds a redactor for a fixed list of secrets (the CLI: the masks a step registered). */
function redactorFor(list) {
    const parts = [...new Set([...list].filter((secret) => secret.length >= 3))].sort((a, b) => b.length - a.length);
    return (text) => parts.reduce((result, secret) => result.split(secret).join('***'), text);
}
/** Forgets every secret (unit tests). */
function clearSecrets() {
    secrets.clear();
    ordered = undefined;
}

;// CONCATENATED MODULE: ./shared/summary.js




function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
/** Whether a job summary can be written (the runner, the local CLI and the e2e harness set this). */
function summaryAvailable() {
    return Boolean(process.env.GITHUB_STEP_SUMMARY);
}
/** Writes a heading and a table (cells are escaped) to the job summary; silently skipped outside a runner. */
async function writeSummaryTable(table) {
    if (!summaryAvailable())
        return;
    // Secrets are redacted before escaping, so a secret holding & < > " ' is still found.
    const cell = (text) => escapeHtml(redact(text));
    shared_core/* summary */.z.addHeading(cell(table.heading), 3);
    if (table.intro)
        shared_core/* summary */.z.addRaw(`<p>${cell(table.intro)}</p>`, true);
    shared_core/* summary */.z.addTable([
        table.columns.map((text) => ({ data: cell(text), header: true })),
        ...table.rows.map((cells) => cells.map(cell)),
    ]);
    appendSummary();
}
/** Appends markdown (the caller's, as it stands) to the job summary; silently skipped outside a runner. */
async function writeSummaryMarkdown(markdown) {
    if (!summaryAvailable())
        return;
    core.summary.addRaw(markdown, true);
    appendSummary();
}
/**
 * Appends what @actions/core's summary holds to the summary file, as its `write()` does, but in one synchronous
 * call: `write()` goes through node:fs/promises, whose first use starts libuv's thread pool for two small
 * file operations at the end of every run.
 */
function appendSummary() {
    const text = shared_core/* summary */.z.stringify();
    shared_core/* summary */.z.emptyBuffer();
    (0,external_node_fs_namespaceObject.appendFileSync)(process.env.GITHUB_STEP_SUMMARY, text, 'utf8');
}
/** An error/warning/notice annotation, optionally pinned to a file and line. */
function annotate(level, message, place = {}) {
    const properties = {};
    if (place.title)
        properties.title = oneLine(place.title);
    if (place.file)
        properties.file = oneLine(place.file);
    if (place.line)
        properties.startLine = place.line;
    if (place.column)
        properties.startColumn = place.column;
    const emit = level === 'error' ? shared_core/* error */.z3 : level === 'warning' ? shared_core/* warning */.$e : shared_core/* notice */.lm;
    emit(message, properties);
}
/** Sets every output (secrets redacted, as in the log); objects and arrays become JSON. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value === undefined)
            continue;
        shared_core/* setOutput */.uH(name, redact(typeof value === 'object' ? JSON.stringify(value) : String(value)));
    }
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./actions/lockfile-check/json-position.js
/**
 * Offset of the first JSON syntax error in `text` (V8 does not always say where: "Unexpected token '}',
 * \u2026 is not valid JSON"). A minimal scanner without recursion; only called after JSON.parse failed.
 */
function jsonErrorOffset(text) {
    let at = 0;
    const fail = () => {
        throw at;
    };
    const space = () => {
        while (at < text.length && ' \t\n\r'.includes(text[at]))
            at++;
    };
    const literal = (word) => {
        for (const char of word) {
            if (text[at] !== char)
                fail();
            at++;
        }
    };
    const string = () => {
        at++;
        while (at < text.length && text[at] !== '"') {
            const code = text.charCodeAt(at);
            if (code < 0x20)
                fail();
            if (text[at] === '\\') {
                at++;
                if (text[at] === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5)))
                        fail();
                    at += 4;
                }
                else if (!'"\\/bfnrt'.includes(text[at] ?? 'x'))
                    fail();
            }
            at++;
        }
        if (text[at] !== '"')
            fail();
        at++;
    };
    const number = () => {
        const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
        if (!match || match[0] === '' || match[0] === '-')
            fail();
        at += match[0].length;
    };
    // Iterative: a hostile file of 200,000 `[` must not exhaust the call stack. `open` holds the containers
    // being read ('{' or '['); after each value the scanner continues the innermost one.
    const open = [];
    const value = () => {
        for (;;) {
            space();
            const char = text[at];
            let done = true;
            if (char === '{' || char === '[') {
                at++;
                space();
                if (text[at] === (char === '{' ? '}' : ']'))
                    at++;
                else {
                    open.push(char);
                    if (char === '{')
                        key();
                    continue;
                }
            }
            else if (char === '"')
                string();
            else if (char === 't')
                literal('true');
            else if (char === 'f')
                literal('false');
            else if (char === 'n')
                literal('null');
            else
                number();
            // A value is complete: close containers until one expects another member.
            while (done && open.length > 0) {
                space();
                const container = open[open.length - 1];
                if (text[at] === ',') {
                    at++;
                    if (container === '{')
                        key();
                    done = false;
                }
                else if (text[at] === (container === '{' ? '}' : ']')) {
                    at++;
                    open.pop();
                }
                else
                    fail();
            }
            if (done)
                return;
        }
    };
    /** `"key":` of an object member. */
    const key = () => {
        space();
        if (text[at] !== '"')
            fail();
        string();
        space();
        if (text[at] !== ':')
            fail();
        at++;
    };
    try {
        value();
        space();
        if (at < text.length)
            fail();
    }
    catch (offset) {
        if (typeof offset === 'number')
            return Math.min(offset, text.length);
        throw offset;
    }
    return text.length;
}

;// CONCATENATED MODULE: ./actions/lockfile-check/lazy-parsers.js
// Parsers only some lockfiles need, each loaded on first need from its own file beside the bundle. The imports
// are left to Node (webpackIgnore): in dist/ they are the files built from toml-parser.ts, yaml-parser.ts and
// semver-lib.ts on their own.
let toml;
let yaml;
let semver;
/** smol-toml. */
function loadTomlParser() {
    toml ??= import(/* webpackIgnore: true */ './toml-parser.js');
    return toml;
}
/** The yaml package. */
function loadYamlParser() {
    yaml ??= import(/* webpackIgnore: true */ './yaml-parser.js');
    return yaml;
}
/** node-semver. */
function loadSemverLib() {
    semver ??= import(/* webpackIgnore: true */ './semver-lib.js');
    return semver;
}

;// CONCATENATED MODULE: ./actions/lockfile-check/lock-toml.js
/**
 * A reader for the TOML that cargo, uv and poetry write into their lockfiles (and most Cargo.toml and
 * pyproject.toml files are written in): comments, `key = value` with basic and literal strings (multi-line
 * ones without backslashes),
 * decimal integers and plain decimal fractions, booleans, arrays and inline tables of those (across lines, with
 * trailing commas, as smol-toml takes them), table headers `[a.b]` and `[[a.b]]`, quoted and dotted keys. It
 * returns what smol-toml's `parse` returns for the same text \u2014 the same values and types (null-prototype tables,
 * numbers or, with `integersAsBigInt`, bigint integers), the same key order \u2014 or `undefined` for anything outside
 * that subset, which the caller then hands to smol-toml: multi-line basic strings with backslashes, dates and times, exponents, `inf`
 * and `nan`, hex/octal/binary and underscored numbers, control characters and CR line ends, a byte-order mark,
 * dotted keys inside inline tables, a header that reaches into a table made by dotted keys, a `__proto__` key,
 * and everything smol-toml rejects (duplicate keys and tables, malformed text), so that smol-toml reports it.
 *
 * smol-toml reads strings a character at a time; this finds their ends with indexOf, which is most of the
 * difference on a lockfile (hashes, URLs and names are most of its bytes).
 *
 * Arrays and inline tables nest at most MAX_DEPTH deep before falling back (the only recursion); tables
 * opened by headers are walked in a loop.
 */
/** Thrown inside the reader when the text leaves the subset; never escapes readLockToml. */
class OutsideSubset extends Error {
}
const OUTSIDE = new OutsideSubset();
function outside() {
    throw OUTSIDE;
}
const MAX_DEPTH = 32;
/** Control characters but tab and line feed (CR too): smol-toml refuses them, or this reader leaves them to it. */
const UNUSUAL = /[\x00-\x08\x0b-\x1f\x7f]/;
const NUMBER = /^[-+]?(?:0|[1-9][0-9]*)(\.[0-9]+)?$/;
const HEX = /^[0-9a-fA-F]*$/;
// The reader's state: the text, the offset, and the next line feed and backslash at or after some earlier
// offset (found once, so a lockfile without backslashes is not searched to its end for each string).
let src = '';
let pos = 0;
let bigints = false;
let nextLineFeed = -1;
let nextBackslash = -1;
function newTable() {
    return Object.create(null);
}
/**
 * Reads `text` as smol-toml's `parse(text, { integersAsBigInt })` would, or returns `undefined` when the text
 * is outside the subset.
 */
function readLockToml(text, integersAsBigInt = false) {
    try {
        return read(text, integersAsBigInt);
    }
    catch (error) {
        if (error === OUTSIDE)
            return undefined;
        throw error;
    }
    finally {
        src = '';
    }
}
function lineFeedFrom(at) {
    if (nextLineFeed < at && nextLineFeed !== Number.POSITIVE_INFINITY) {
        const found = src.indexOf('\n', at);
        nextLineFeed = found === -1 ? Number.POSITIVE_INFINITY : found;
    }
    return nextLineFeed;
}
function backslashFrom(at) {
    if (nextBackslash < at && nextBackslash !== Number.POSITIVE_INFINITY) {
        const found = src.indexOf('\\', at);
        nextBackslash = found === -1 ? Number.POSITIVE_INFINITY : found;
    }
    return nextBackslash;
}
function skipSpaces() {
    let code = src.charCodeAt(pos);
    while (code === 0x20 || code === 0x09)
        code = src.charCodeAt(++pos);
}
/** Spaces, tabs, line feeds and comments. */
function skipVoid() {
    for (;;) {
        const code = src.charCodeAt(pos);
        if (code === 0x20 || code === 0x09 || code === 0x0a)
            pos++;
        else if (code === 0x23) {
            const end = lineFeedFrom(pos);
            pos = end === Number.POSITIVE_INFINITY ? src.length : end;
        }
        else
            return;
    }
}
/** A one-line basic string starting at `pos` (on its opening quote). */
function basicString() {
    const start = pos + 1;
    const end = src.indexOf('"', start);
    if (end === -1)
        outside();
    if (backslashFrom(start) < end)
        return escapedString(start);
    if (lineFeedFrom(start) < end)
        outside();
    pos = end + 1;
    return src.slice(start, end);
}
/** The escapes smol-toml takes in basic strings (TOML 1.1's `\e` and `\x` among them). */
function escapedString(start) {
    let value = '';
    let sliceStart = start;
    for (let at = start; at < src.length; at++) {
        const code = src.charCodeAt(at);
        if (code === 0x22) {
            pos = at + 1;
            return value + src.slice(sliceStart, at);
        }
        if (code === 0x0a)
            outside();
        if (code !== 0x5c)
            continue;
        value += src.slice(sliceStart, at);
        const letter = src.charCodeAt(++at);
        switch (letter) {
            case 0x62: // b
                value += '\b';
                break;
            case 0x74: // t
                value += '\t';
                break;
            case 0x6e: // n
                value += '\n';
                break;
            case 0x66: // f
                value += '\f';
                break;
            case 0x72: // r
                value += '\r';
                break;
            case 0x65: // e
                value += '\x1b';
                break;
            case 0x22: // "
                value += '"';
                break;
            case 0x5c: // backslash
                value += '\\';
                break;
            case 0x78: // x
            case 0x75: // u
            case 0x55: {
                // U
                const length = letter === 0x78 ? 2 : letter === 0x75 ? 4 : 8;
                const hex = src.slice(at + 1, at + 1 + length);
                if (hex.length !== length || !HEX.test(hex))
                    outside();
                const point = Number.parseInt(hex, 16);
                if (point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff))
                    outside();
                value += String.fromCodePoint(point);
                at += length;
                break;
            }
            default:
                outside();
        }
        sliceStart = at + 1;
    }
    return outside();
}
/** A one-line literal string starting at `pos` (on its opening quote). */
function literalString() {
    const start = pos + 1;
    const end = src.indexOf("'", start);
    if (end === -1 || lineFeedFrom(start) < end)
        outside();
    pos = end + 1;
    return src.slice(start, end);
}
/**
 * A multi-line string starting at `pos` (on its first opening quote), as smol-toml reads it: a line feed right
 * after the opening quotes is dropped, and one or two quotes before the closing ones belong to the string.
 * Backslashes in a basic one (escapes, line-ending backslashes) are left to smol-toml.
 */
function multiLineString(quote) {
    let start = pos + 3;
    if (src.charCodeAt(start) === 0x0a)
        start++;
    let end = src.indexOf(quote === 0x22 ? '"""' : "'''", start);
    if (end === -1)
        outside();
    if (src.charCodeAt(end + 3) === quote)
        end++;
    if (src.charCodeAt(end + 3) === quote)
        end++;
    if (quote === 0x22 && backslashFrom(start) < end)
        outside();
    pos = end + 3;
    return src.slice(start, end);
}
/** A string starting at `pos`; multi-line ones only where `multiLine` (values, not keys). */
function string(quote, multiLine) {
    if (src.charCodeAt(pos + 1) === quote && src.charCodeAt(pos + 2) === quote) {
        if (!multiLine)
            outside();
        return multiLineString(quote);
    }
    return quote === 0x22 ? basicString() : literalString();
}
function isBareKeyChar(code) {
    return ((code >= 0x61 && code <= 0x7a) || // a-z
        (code >= 0x41 && code <= 0x5a) || // A-Z
        (code >= 0x30 && code <= 0x39) || // 0-9
        code === 0x2d || // -
        code === 0x5f // _
    );
}
/** One part of a (dotted) key, with the spaces around it. */
function keyPart() {
    skipSpaces();
    const code = src.charCodeAt(pos);
    let key;
    if (code === 0x22 || code === 0x27)
        key = string(code, false);
    else {
        const start = pos;
        while (isBareKeyChar(src.charCodeAt(pos)))
            pos++;
        if (pos === start)
            outside();
        key = src.slice(start, pos);
    }
    // smol-toml takes it as an own property, which code reading the result may not expect; left to it.
    if (key === '__proto__')
        outside();
    skipSpaces();
    return key;
}
/** Characters that end a number (or any bare value) for smol-toml, in some context. */
function endsValue(code) {
    return (code === 0x20 ||
        code === 0x09 ||
        code === 0x0a ||
        code === 0x0d ||
        code === 0x23 ||
        code === 0x2c ||
        code === 0x5d ||
        code === 0x7d ||
        Number.isNaN(code));
}
function number() {
    const start = pos;
    while (!endsValue(src.charCodeAt(pos)))
        pos++;
    const text = src.slice(start, pos);
    const match = NUMBER.exec(text);
    if (!match)
        outside(); // dates, times, exponents, inf, nan, other bases, underscores, \u2026
    if (match[1] !== undefined)
        return Number.parseFloat(text);
    if (bigints)
        return BigInt(text);
    const value = Number.parseInt(text, 10);
    if (!Number.isSafeInteger(value))
        outside(); // an error for smol-toml
    return value === 0 ? 0 : value; // -0 is 0
}
function value(depth) {
    const code = src.charCodeAt(pos);
    switch (code) {
        case 0x22:
        case 0x27:
            return string(code, true);
        case 0x5b:
            return array(depth + 1);
        case 0x7b:
            return inlineTable(depth + 1);
        case 0x74: // t
            if (!src.startsWith('true', pos))
                outside();
            pos += 4;
            return true;
        case 0x66: // f
            if (!src.startsWith('false', pos))
                outside();
            pos += 5;
            return false;
    }
    return number();
}
function array(depth) {
    if (depth > MAX_DEPTH)
        outside();
    pos++;
    const items = [];
    for (;;) {
        skipVoid();
        if (src.charCodeAt(pos) === 0x5d) {
            pos++;
            return items;
        }
        items.push(value(depth));
        skipVoid();
        const code = src.charCodeAt(pos++);
        if (code === 0x5d)
            return items;
        if (code !== 0x2c)
            outside();
    }
}
function inlineTable(depth) {
    if (depth > MAX_DEPTH)
        outside();
    pos++;
    const table = newTable();
    for (;;) {
        skipVoid();
        if (src.charCodeAt(pos) === 0x7d) {
            pos++;
            return table;
        }
        const key = keyPart();
        // Dotted keys in inline tables (and duplicates) are left to smol-toml.
        if (src.charCodeAt(pos) !== 0x3d || table[key] !== undefined)
            outside();
        pos++;
        skipSpaces();
        table[key] = value(depth);
        skipVoid();
        const code = src.charCodeAt(pos++);
        if (code === 0x7d)
            return table;
        if (code !== 0x2c)
            outside();
    }
}
function read(text, integersAsBigInt) {
    if (text.charCodeAt(0) === 0xfeff || UNUSUAL.test(text))
        outside();
    src = text;
    pos = 0;
    bigints = integersAsBigInt;
    nextLineFeed = -1;
    nextBackslash = -1;
    const root = newTable();
    // Tables a header may walk through: made by headers (defined or not) and the entries of arrays of tables.
    const headerTables = new Set();
    // Tables made as the parents in a header (`a` of `[a.b]`), which a later `[a]` may still define.
    const undefinedTables = new Set();
    // Arrays made by `[[\u2026]]` headers.
    const tableArrays = new Set();
    // Tables made by the parents of dotted keys (`a` of `a.b = 1`), which later dotted keys may add to.
    const dottedTables = new Set();
    let table = root;
    skipVoid();
    while (pos < src.length) {
        if (src.charCodeAt(pos) === 0x5b) {
            const isArray = src.charCodeAt(pos + 1) === 0x5b;
            pos += isArray ? 2 : 1;
            let parent = root;
            let key = keyPart();
            while (src.charCodeAt(pos) === 0x2e) {
                pos++;
                let child = parent[key];
                if (child === undefined) {
                    child = newTable();
                    parent[key] = child;
                    headerTables.add(child);
                    undefinedTables.add(child);
                }
                else if (tableArrays.has(child)) {
                    const entries = child;
                    child = entries[entries.length - 1];
                }
                else if (!headerTables.has(child))
                    outside();
                parent = child;
                key = keyPart();
            }
            if (src.charCodeAt(pos) !== 0x5d)
                outside();
            pos++;
            const existing = parent[key];
            if (isArray) {
                if (src.charCodeAt(pos) !== 0x5d)
                    outside();
                pos++;
                let entries = existing;
                if (entries === undefined) {
                    entries = [];
                    parent[key] = entries;
                    tableArrays.add(entries);
                }
                else if (!tableArrays.has(entries))
                    outside();
                table = newTable();
                entries.push(table);
                headerTables.add(table);
            }
            else {
                if (existing === undefined) {
                    table = newTable();
                    parent[key] = table;
                    headerTables.add(table);
                }
                else if (undefinedTables.delete(existing))
                    table = existing;
                else
                    outside(); // a table defined twice, or a value
            }
        }
        else {
            let parent = table;
            let key = keyPart();
            while (src.charCodeAt(pos) === 0x2e) {
                pos++;
                let child = parent[key];
                if (child === undefined) {
                    child = newTable();
                    parent[key] = child;
                    dottedTables.add(child);
                }
                else if (!dottedTables.has(child))
                    outside();
                parent = child;
                key = keyPart();
            }
            if (src.charCodeAt(pos) !== 0x3d || parent[key] !== undefined)
                outside();
            pos++;
            skipSpaces();
            parent[key] = value(0);
        }
        // Only spaces and a comment may follow on the line.
        skipSpaces();
        if (src.charCodeAt(pos) === 0x23) {
            const end = lineFeedFrom(pos);
            pos = end === Number.POSITIVE_INFINITY ? src.length : end;
        }
        if (pos < src.length && src.charCodeAt(pos) !== 0x0a)
            outside();
        skipVoid();
    }
    return root;
}

;// CONCATENATED MODULE: ./actions/lockfile-check/lock-yaml.js
/**
 * A reader for the YAML that pnpm and yarn berry write into their lockfiles: block mappings and sequences
 * indented by spaces, plain and quoted one-line scalars, one-line flow mappings and sequences, full-line
 * comments and `---` between documents. It returns what the `yaml` package returns for the same text
 * (`parseAllDocuments(text).map((doc) => doc.toJS())`, core schema), or `undefined` for anything outside that
 * subset \u2014 anchors and aliases, tags, block scalars, multi-line scalars, directives, tabs, CR line ends, \u2026 \u2014
 * which the caller then hands to the `yaml` package. The `yaml` package takes ~0.5 s on an 830 KB pnpm
 * lockfile; this reads it in a few tens of milliseconds.
 *
 * Nothing here recurses over the block structure (an indentation stack instead), so hostile nesting cannot
 * exhaust the call stack; flow collections nest at most MAX_FLOW_DEPTH deep before falling back.
 */
/** Thrown inside the reader when the text leaves the subset; never escapes readLockYaml. */
class lock_yaml_OutsideSubset extends Error {
}
const lock_yaml_OUTSIDE = new lock_yaml_OutsideSubset();
function lock_yaml_outside() {
    throw lock_yaml_OUTSIDE;
}
const MAX_FLOW_DEPTH = 64;
/** The yaml package refuses implicit keys longer than 1024 characters; such keys are left to it. */
const MAX_KEY_LENGTH = 1000;
/**
 * Where the last scanned token ended: the scanners return their value and leave their end here rather than
 * in a [value, end] pair (a pair per token is most of a big lockfile's garbage).
 */
let scanEnd = 0;
/** `map[key] = value` as the yaml package does it: an own property even for `__proto__`. */
function setKey(map, key, value) {
    if (key === '__proto__')
        Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
    else
        map[key] = value;
}
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
/** Core-schema forms this reader leaves to the yaml package: hex, octal, infinities and NaN. */
const OTHER_NUMBER = /^(?:0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
/** ReadScope.failsafe of the text being read: every plain scalar a string. */
let failsafe = false;
/**
 * A plain scalar resolved by the YAML 1.2 core schema (null, booleans, decimal numbers, strings), or kept as
 * its text under the failsafe schema.
 */
function plainValue(text) {
    if (failsafe)
        return text;
    const first = text.charCodeAt(0);
    // Only text starting with a digit, sign, dot, n/N, t/T, f/F or ~ can be anything but a string.
    if ((first >= 0x30 && first <= 0x39) || first === 0x2d || first === 0x2b || first === 0x2e) {
        // Versions (`7.29.7`, `1.0.0-rc.1`) have two dots, which no number of the core schema has.
        const dot = text.indexOf('.');
        if (dot !== -1 && text.indexOf('.', dot + 1) !== -1)
            return text;
        if (INT.test(text))
            return Number.parseInt(text, 10);
        if (FLOAT.test(text) || FLOAT_EXP.test(text))
            return Number.parseFloat(text);
        if (OTHER_NUMBER.test(text))
            lock_yaml_outside();
        return text;
    }
    switch (text) {
        case '~':
        case 'null':
        case 'Null':
        case 'NULL':
            return null;
        case 'true':
        case 'True':
        case 'TRUE':
            return true;
        case 'false':
        case 'False':
        case 'FALSE':
            return false;
    }
    return text;
}
/** A key as the yaml package turns it into a property name: String(value), null as ''. */
function plainKey(text) {
    const value = plainValue(text);
    return value === null ? '' : String(value);
}
/** Characters that cannot start a plain scalar (or start something this reader leaves alone). */
function isIndicator(code) {
    switch (code) {
        case 0x2c: // ,
        case 0x5b: // [
        case 0x5d: // ]
        case 0x7b: // {
        case 0x7d: // }
        case 0x23: // #
        case 0x26: // &
        case 0x2a: // *
        case 0x21: // !
        case 0x7c: // |
        case 0x3e: // >
        case 0x27: // '
        case 0x22: // "
        case 0x25: // %
        case 0x40: // @
        case 0x60: // `
            return true;
    }
    return false;
}
/** A block-context plain scalar (the rest of a line, trimmed): anything that could mean more is outside. */
function checkPlain(text) {
    const first = text.charCodeAt(0);
    if (isIndicator(first))
        lock_yaml_outside();
    // `-`, `?`, `:` start a plain scalar only when a non-space follows.
    if ((first === 0x2d || first === 0x3f || first === 0x3a) && (text.length === 1 || text[1] === ' '))
        lock_yaml_outside();
    if (text.includes(' #') || text.includes(': ') || text.endsWith(':') || text === '<<')
        lock_yaml_outside();
    return text;
}
const JSON_ESCAPES = /\\[^"\\/bfnrtu]/;
/** A double-quoted scalar starting at `start`; scanEnd: the offset after the closing quote. */
function doubleQuoted(line, start) {
    let end = start + 1;
    for (;;) {
        end = line.indexOf('"', end);
        if (end === -1)
            lock_yaml_outside(); // continues on the next line
        let backslashes = 0;
        for (let at = end - 1; line.charCodeAt(at) === 0x5c; at--)
            backslashes++;
        if (backslashes % 2 === 0)
            break;
        end++;
    }
    scanEnd = end + 1;
    const body = line.slice(start, end + 1);
    // Control characters were refused up front, so without a backslash the text is the value.
    if (!body.includes('\\'))
        return body.slice(1, -1);
    // YAML's escapes are a superset of JSON's; the others (\x, \e, \N, \U, \u2026) are left to the yaml package.
    if (JSON_ESCAPES.test(body))
        lock_yaml_outside();
    try {
        return JSON.parse(body);
    }
    catch {
        return lock_yaml_outside();
    }
}
/** A single-quoted scalar starting at `start` (`''` is a quote); scanEnd: the offset after it. */
function singleQuoted(line, start) {
    let end = start + 1;
    let doubled = false;
    for (;;) {
        end = line.indexOf("'", end);
        if (end === -1)
            lock_yaml_outside();
        if (line.charCodeAt(end + 1) !== 0x27)
            break;
        doubled = true;
        end += 2;
    }
    scanEnd = end + 1;
    const body = line.slice(start + 1, end);
    return doubled ? body.replaceAll("''", "'") : body;
}
function lock_yaml_skipSpaces(line, at) {
    while (line.charCodeAt(at) === 0x20)
        at++;
    return at;
}
/**
 * Where a plain flow scalar ends: `,`, a bracket or brace, a `:` followed by a space, `,`, `]`, `}` or the line's
 * end; or ` #`, a comment, which this reader leaves to the yaml package. Found by one search, not a loop per
 * character (an integrity hash is ~90 characters, and a lockfile has thousands).
 */
const FLOW_PLAIN_END = /[,[\]{}]|:(?=[ ,\]}]|$)| #/g;
/** A flow scalar: quoted, or plain up to `,`, `]`, `}` or `: `. */
function flowScalar(line, at, asKey) {
    const code = line.charCodeAt(at);
    if (code === 0x22)
        return doubleQuoted(line, at);
    if (code === 0x27)
        return singleQuoted(line, at);
    if (isIndicator(code) || code === 0x3f || code === 0x2d || code === 0x3a) {
        // `-1`, `-foo` are plain; `- `, `? ` and `:` are structure this reader does not take.
        if (!(code === 0x2d && line.charCodeAt(at + 1) !== 0x20 && at + 1 < line.length))
            lock_yaml_outside();
    }
    FLOW_PLAIN_END.lastIndex = at;
    const stop = FLOW_PLAIN_END.exec(line);
    const end = stop ? stop.index : line.length;
    if (stop && stop[0] === ' #')
        lock_yaml_outside();
    if (line.charCodeAt(end) === 0x5b || line.charCodeAt(end) === 0x7b)
        lock_yaml_outside();
    const text = line.slice(at, end).trimEnd();
    if (text === '')
        lock_yaml_outside();
    scanEnd = end;
    return asKey ? plainKey(text) : plainValue(text);
}
/** A one-line flow mapping or sequence starting at `at`; returns the value and the offset after it. */
function flow(line, at, depth) {
    if (depth > MAX_FLOW_DEPTH)
        lock_yaml_outside();
    const open = line.charCodeAt(at);
    const close = open === 0x7b ? 0x7d : 0x5d;
    const map = open === 0x7b ? {} : undefined;
    const seq = open === 0x7b ? undefined : [];
    at = lock_yaml_skipSpaces(line, at + 1);
    if (line.charCodeAt(at) === close) {
        scanEnd = at + 1;
        return map ?? seq;
    }
    for (;;) {
        at = lock_yaml_skipSpaces(line, at);
        if (at >= line.length)
            lock_yaml_outside(); // continues on the next line
        let item;
        const code = line.charCodeAt(at);
        if (map) {
            if (code === 0x7b || code === 0x5b)
                lock_yaml_outside(); // a collection as a key
            const key = flowScalar(line, at, true);
            at = lock_yaml_skipSpaces(line, scanEnd);
            // `{a}` and `{a, b}` (keys without values) are left to the yaml package.
            if (line.charCodeAt(at) !== 0x3a || line.charCodeAt(at + 1) !== 0x20)
                lock_yaml_outside();
            at = lock_yaml_skipSpaces(line, at + 2);
            const next = line.charCodeAt(at);
            if (next === 0x2c || next === close)
                lock_yaml_outside();
            item = next === 0x7b || next === 0x5b ? flow(line, at, depth + 1) : flowScalar(line, at, false);
            at = scanEnd;
            if (key === '<<')
                lock_yaml_outside();
            setKey(map, key, item);
        }
        else {
            item = code === 0x7b || code === 0x5b ? flow(line, at, depth + 1) : flowScalar(line, at, false);
            at = scanEnd;
            // `[a: b]` (a single-pair mapping inside a sequence) is left to the yaml package.
            if (line.charCodeAt(lock_yaml_skipSpaces(line, at)) === 0x3a)
                lock_yaml_outside();
            seq.push(item);
        }
        at = lock_yaml_skipSpaces(line, at);
        const next = line.charCodeAt(at);
        if (next === close) {
            scanEnd = at + 1;
            return map ?? seq;
        }
        if (next !== 0x2c)
            lock_yaml_outside();
        at = lock_yaml_skipSpaces(line, at + 1);
        // A trailing comma (`[a, ]`) is left to the yaml package.
        if (line.charCodeAt(at) === close)
            lock_yaml_outside();
    }
}
/** A value after `key: ` or `- ` that ends on this line: flow collection, quoted or plain scalar. */
function inlineValue(line, at) {
    const code = line.charCodeAt(at);
    let value;
    if (code === 0x7b || code === 0x5b)
        value = flow(line, at, 1);
    else if (code === 0x22)
        value = doubleQuoted(line, at);
    else if (code === 0x27)
        value = singleQuoted(line, at);
    else {
        const comment = line.indexOf(' #', at);
        return plainValue(checkPlain(comment === -1 ? line.slice(at) : line.slice(at, comment).trimEnd()));
    }
    const end = scanEnd;
    // Only spaces and a comment may follow (the line is trimmed already); more text is left to the yaml package.
    if (end !== line.length &&
        !(line.charCodeAt(end) === 0x20 && line.charCodeAt(lock_yaml_skipSpaces(line, end)) === 0x23))
        lock_yaml_outside();
    return value;
}
/** Whether the text at `at` is a `key: value` or `key:` entry rather than a scalar. */
function isKeyEntry(line, at) {
    const code = line.charCodeAt(at);
    if (code === 0x7b || code === 0x5b)
        return false;
    if (code === 0x22 || code === 0x27) {
        if (code === 0x22)
            doubleQuoted(line, at);
        else
            singleQuoted(line, at);
        return line.charCodeAt(scanEnd) === 0x3a;
    }
    const comment = line.indexOf(' #', at);
    const text = comment === -1 ? line.slice(at) : line.slice(at, comment);
    return text.includes(': ') || text.endsWith(':');
}
/**
 * A literal block scalar (`|` or `|-`) whose content lines start at `start`; returns the value and the offset
 * of the first line after it. Folded (`>`), keep (`|+`) and explicitly indented forms are left to the yaml package.
 */
function literalBlock(text, start, parentIndent, header) {
    if (header !== '|' && header !== '|-')
        lock_yaml_outside();
    const lines = [];
    let indent = -1;
    let next = start;
    while (next < text.length) {
        const end = text.indexOf('\n', next);
        if (end === -1)
            lock_yaml_outside(); // a block at the very end without a final line break: left to the yaml package
        const line = text.slice(next, end);
        let spaces = 0;
        while (line.charCodeAt(spaces) === 0x20)
            spaces++;
        if (spaces === line.length) {
            // An empty line; one with more spaces than the content's indentation would carry them.
            if (indent !== -1 && spaces > indent)
                lock_yaml_outside();
            lines.push('');
        }
        else {
            if (indent === -1) {
                if (spaces <= parentIndent)
                    break;
                // Leading empty lines longer than the first content line are an error for the yaml package.
                indent = spaces;
            }
            else if (spaces < indent)
                break;
            lines.push(line.slice(indent));
        }
        next = end + 1;
    }
    if (indent === -1)
        lock_yaml_outside(); // an empty block
    // Empty lines before the next node belong to the document, not to the clipped or stripped value.
    while (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    const value = lines.join('\n');
    return [header === '|' ? `${value}\n` : value, next];
}
/** The key of a `key: value` or `key:` line (starting at `at`); scanEnd: the offset after its colon. */
function blockKey(line, at) {
    const code = line.charCodeAt(at);
    let key;
    let end;
    if (code === 0x22 || code === 0x27) {
        key = code === 0x22 ? doubleQuoted(line, at) : singleQuoted(line, at);
        end = scanEnd;
        if (line.charCodeAt(end) !== 0x3a)
            lock_yaml_outside();
    }
    else {
        end = line.indexOf(': ', at);
        if (end === -1) {
            if (line.charCodeAt(line.length - 1) !== 0x3a)
                lock_yaml_outside();
            end = line.length - 1;
        }
        key = plainKey(checkPlain(line.slice(at, end)));
        if (key === '<<')
            lock_yaml_outside();
    }
    if (end - at > MAX_KEY_LENGTH)
        lock_yaml_outside();
    const after = end + 1;
    if (after < line.length && line.charCodeAt(after) !== 0x20)
        lock_yaml_outside();
    scanEnd = after;
    return key;
}
/** Control characters (tab and line feed aside), CR, byte-order marks, DEL and C1: left to the yaml package. */
const lock_yaml_UNUSUAL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]/g;
/**
 * Reads the documents of `text`, or `undefined` when the text is outside the subset. What `scope` leaves out
 * (pnpm's `snapshots`, a third of its lockfile, or the fields of each `packages` entry but its resolution) is
 * left out of the result unread: its lines are passed over up to the next line indented no deeper than its key,
 * which is then read as usual (so a merge conflict marker there still ends the subset).
 */
function readLockYaml(text, scope = {}, from = 0) {
    try {
        return lock_yaml_read(text, scope, from);
    }
    catch (error) {
        if (error === lock_yaml_OUTSIDE)
            return undefined;
        throw error;
    }
}
/**
 * The offset of the first line from `start` on that is indented `indent` spaces or less (the next entry beside
 * a key at that indentation, or above it), blank lines, comments and `- item` lines at `indent` (a sequence
 * written at its key's indentation) aside.
 */
function nextLineAtOrAbove(text, start, indent) {
    if (start >= text.length)
        return text.length;
    const next = lineAtOrAbove(indent);
    next.lastIndex = start;
    return next.exec(text)?.index ?? text.length;
}
const lineAtOrAboveCache = [];
/**
 * The start of a line indented `indent` spaces or less that holds something (not a blank line, a comment or, at
 * exactly `indent`, a `- ` item): one search through the passed-over text instead of a loop over its lines (a
 * pnpm lockfile's `snapshots` are a third of it). The line may also be the text's end after a few spaces.
 */
function lineAtOrAbove(indent) {
    let pattern = lineAtOrAboveCache[indent];
    if (!pattern) {
        const fewer = indent > 0 ? ` {0,${indent - 1}}(?![ \n#])|` : '';
        pattern = new RegExp(`^(?:${fewer} {${indent}}(?![ \n#]|-[ \n]))`, 'gm');
        lineAtOrAboveCache[indent] = pattern;
    }
    return pattern;
}
/** A plain key of word characters and `$.@()/~+-` (resolved by plainKey), or a single-quoted one without `''`. */
const RECORD_KEY = "([A-Za-z0-9_$][A-Za-z0-9_$.@()\\/~+-]*|'[^'\\n]*')";
/** A field name: a letter or underscore, then word characters and dashes (null-like names are not taken). */
const FIELD_NAME = '(?!(?:null|Null|NULL)(?![A-Za-z0-9_-]))[A-Za-z_][A-Za-z0-9_-]*';
const RECORD_FIELD = `(${FIELD_NAME})`;
/** The names FIELD_NAME can match: a field the caller reads that is not one is never passed over anyway. */
const FIELD_NAME_ONLY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/**
 * A single-quoted scalar without a doubled quote, or a plain one that starts with no indicator and holds no `#`,
 * no `: ` and no trailing space.
 */
const RECORD_VALUE = "('[^'\\n]*'|[^\\s'\"#,\\[\\]{}&*!|>%@`?:\\\\-](?:[^\\n#:]|:(?=[^ \\n]))*(?<! ))";
/** `key:` and two `field: value` lines two spaces deeper. */
const RECORD = new RegExp(`( *)${RECORD_KEY}:\\n\\1  ${RECORD_FIELD}: ${RECORD_VALUE}\\n\\1  ${RECORD_FIELD}: ${RECORD_VALUE}\\n`, 'y');
/** `key:` and a `field: {name: value}` line two spaces deeper, the value word characters and `+/=.-`. */
const ENTRY = `( *)${RECORD_KEY}:\\n\\1  ${RECORD_FIELD}: \\{${RECORD_FIELD}: ([A-Za-z0-9_][A-Za-z0-9_+/=.-]*)\\}\\n`;
const entryPatterns = new WeakMap();
/**
 * ENTRY, then the fields after it that the caller does not read (`engines: {\u2026}`, `peerDependencies:` and its
 * deeper lines, `- item`s at the field's indentation, blank and comment lines), passed over as the line-by-line
 * reading passes over them.
 */
function entryPattern(fields) {
    let pattern = entryPatterns.get(fields);
    if (!pattern) {
        const read = [...fields].filter((field) => FIELD_NAME_ONLY.test(field)).join('|');
        const field = `(?!(?:${read}):)${FIELD_NAME}`;
        const below = '\\1   [^\\n]*\\n|\\1  -(?: [^\\n]*)?\\n| *\\n| *#[^\\n]*\\n';
        const passed = `(?:\\1  ${field}:(?: [^\\n]*)?\\n(?:${below})*)*`;
        pattern = new RegExp(ENTRY + passed, 'y');
        entryPatterns.set(fields, pattern);
    }
    return pattern;
}
function recordKey(text) {
    return text.charCodeAt(0) === 0x27 ? text.slice(1, -1) : plainKey(text);
}
function recordScalar(text) {
    if (text.charCodeAt(0) === 0x27)
        return text.slice(1, -1);
    if (text === '<<')
        lock_yaml_outside();
    return plainValue(text);
}
/**
 * The shapes read in one match from the `key:` line at `lineStart` (indented `indent`) into `map`, and from each
 * sibling line after it that starts one too; returns the last mapping read (later lines may add fields to it), or
 * undefined when the line starts none. scanEnd: where the reading goes on.
 */
function readShapes(text, lineStart, indent, map, stack) {
    const fields = stack[1]?.fields;
    if (fields !== undefined && stack.length !== 2)
        return undefined;
    // Without a field filter: a key holding a mapping of two one-line scalars (a dependency of a pnpm importer:
    // specifier, version). In a section read field by field: an entry whose first field is a one-pair flow mapping
    // (a pnpm package's `resolution: {integrity: \u2026}`), then the fields passed over.
    const pattern = fields === undefined ? RECORD : entryPattern(fields);
    let last;
    for (let at = lineStart;; at = pattern.lastIndex) {
        pattern.lastIndex = at;
        const found = pattern.exec(text);
        if (found === null || found[1].length !== indent || found[2].length > MAX_KEY_LENGTH)
            break;
        const entry = {};
        if (fields === undefined) {
            setKey(entry, found[3], recordScalar(found[4]));
            setKey(entry, found[5], recordScalar(found[6]));
        }
        else {
            if (!fields.has(found[3]))
                break;
            const inner = {};
            setKey(inner, found[4], recordScalar(found[5]));
            setKey(entry, found[3], inner);
        }
        setKey(map, recordKey(found[2]), entry);
        last = entry;
        scanEnd = pattern.lastIndex;
    }
    return last;
}
function lock_yaml_read(text, scope, from) {
    const { skip, entryFields } = scope;
    failsafe = scope.failsafe === true;
    lock_yaml_UNUSUAL.lastIndex = from;
    if (lock_yaml_UNUSUAL.test(text) || text.indexOf('\t', from) !== -1)
        lock_yaml_outside();
    const documents = [];
    let started = false;
    let root;
    let stack = [];
    // A `key:` with nothing after it: the next lines may hold its value. Set once that is known (setting null
    // first and the value later would make V8 generalise the object's shape).
    let pendingMap;
    let pendingKey = '';
    let pendingIndent = 0;
    const finish = () => {
        if (stack.length === 0)
            lock_yaml_outside(); // an empty document, or one holding only a scalar
        if (pendingMap)
            setKey(pendingMap, pendingKey, null);
        pendingMap = undefined;
        documents.push(root);
    };
    for (let start = from; start <= text.length;) {
        let end = text.indexOf('\n', start);
        if (end === -1)
            end = text.length;
        let line = text.slice(start, end);
        const lineStart = start;
        start = end + 1;
        let indent = 0;
        while (line.charCodeAt(indent) === 0x20)
            indent++;
        if (indent === line.length || line.charCodeAt(indent) === 0x23)
            continue; // blank or comment line
        if (line.charCodeAt(line.length - 1) === 0x20)
            line = line.trimEnd();
        if (indent === 0) {
            const first = line.charCodeAt(0);
            if (first === 0x25)
                lock_yaml_outside(); // %YAML directive
            if (line === '---' || line === '...' || line.startsWith('--- ') || line.startsWith('... ')) {
                if (line !== '---')
                    lock_yaml_outside();
                if (started)
                    finish();
                started = true;
                root = undefined;
                stack = [];
                continue;
            }
        }
        started = true;
        const isItem = line.charCodeAt(indent) === 0x2d &&
            (line.length === indent + 1 || line.charCodeAt(indent + 1) === 0x20);
        if (pendingMap) {
            if (indent > pendingIndent || (indent === pendingIndent && isItem)) {
                const child = isItem ? { indent, seq: [] } : { indent, map: {} };
                if (entryFields && stack.length === 1 && Object.hasOwn(entryFields, pendingKey))
                    child.fields = entryFields[pendingKey];
                setKey(pendingMap, pendingKey, child.seq ?? child.map);
                stack.push(child);
            }
            else
                setKey(pendingMap, pendingKey, null);
            pendingMap = undefined;
        }
        else if (stack.length === 0) {
            const frame = isItem ? { indent, seq: [] } : { indent, map: {} };
            root = frame.seq ?? frame.map;
            stack.push(frame);
        }
        let top = stack[stack.length - 1];
        while (top.indent > indent || (top.seq && !isItem && top.indent === indent && stack.length > 1)) {
            stack.pop();
            top = stack[stack.length - 1];
            if (!top)
                lock_yaml_outside();
        }
        if (top.indent !== indent)
            lock_yaml_outside(); // under-indented or over-indented content
        let at = indent;
        let map = top.map;
        // The shapes that make up most of a pnpm lockfile, each read in one match instead of line by line (both
        // start with a `key:` line).
        if (map && !isItem && indent > 0 && line.charCodeAt(line.length - 1) === 0x3a) {
            const entry = readShapes(text, lineStart, indent, map, stack);
            if (entry !== undefined) {
                // Further fields of the same mapping are read as usual.
                stack.push({ indent: indent + 2, map: entry });
                start = scanEnd;
                continue;
            }
        }
        if (!map) {
            if (!isItem)
                lock_yaml_outside();
            at = lock_yaml_skipSpaces(line, indent + 1);
            // `-` alone (a nested block as the item) and `- - x` are rare in lockfiles and left to the yaml package.
            if (at >= line.length || line.charCodeAt(at) === 0x23)
                lock_yaml_outside();
            if (line.charCodeAt(at) === 0x2d && (at + 1 === line.length || line.charCodeAt(at + 1) === 0x20))
                lock_yaml_outside();
            if (!isKeyEntry(line, at)) {
                top.seq.push(inlineValue(line, at));
                continue;
            }
            // `- key: value`: a mapping whose keys line up with this first one.
            map = {};
            top.seq.push(map);
            stack.push({ indent: at, map });
        }
        else if (isItem)
            lock_yaml_outside();
        const key = blockKey(line, at);
        const valueAt = lock_yaml_skipSpaces(line, scanEnd);
        const code = line.charCodeAt(valueAt);
        // A field of an entry the caller does not read: its value, on this line or below, is passed over.
        const section = stack.length === 3 && top.map === map ? stack[1].fields : undefined;
        if (section && !section.has(key)) {
            start = nextLineAtOrAbove(text, start, at);
            continue;
        }
        if (valueAt >= line.length || code === 0x23) {
            if (indent === 0 && skip?.has(key) && stack.length === 1) {
                start = nextLineAtOrAbove(text, start, 0);
                continue;
            }
            pendingMap = map;
            pendingKey = key;
            pendingIndent = at;
        }
        else if (code === 0x7c || code === 0x3e) {
            let value;
            [value, start] = literalBlock(text, start, at, line.slice(valueAt));
            setKey(map, key, value);
        }
        else
            setKey(map, key, inlineValue(line, valueAt));
    }
    if (!started)
        lock_yaml_outside();
    finish();
    return documents;
}

;// CONCATENATED MODULE: ./actions/lockfile-check/files.js






/** A manifest or lockfile that cannot be read or parsed: becomes a `parse` problem on that line. */
class FileProblem extends Error {
    file;
    line;
    constructor(file, line, message) {
        super(message);
        this.file = file;
        this.line = line;
    }
}
// Files and folders are read synchronously: the check is synchronous work anyway, a read is one system call
// without a thread-pool round trip (libuv starts its threads on first use), and node:fs/promises alone
// costs over a millisecond of start-up to load.
async function readText(cwd, path) {
    return readTextSync(cwd, path);
}
/** readText without a promise, for a loop over thousands of files (each await is a turn of the microtask queue). */
function readTextSync(cwd, path) {
    try {
        return { path, text: (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.resolve)(cwd, path), 'utf8') };
    }
    catch (error) {
        const code = error.code ?? 'error';
        throw new FileProblem(path, 1, `cannot read ${path}: ${code}`);
    }
}
/** readText, or undefined when the file cannot be read (most often: it is not there). */
async function readTextIfPresent(cwd, path) {
    try {
        return await readText(cwd, path);
    }
    catch {
        return undefined;
    }
}
/** `fs.promises.readdir(path, { withFileTypes: true })`, read synchronously. */
async function readDirents(path) {
    return readDirentsSync(path);
}
/** `fs.readdirSync(path, { withFileTypes: true })`, each folder read once per run. */
function readDirentsSync(path) {
    let entries = direntCache.get(path);
    if (!entries) {
        entries = (0,external_node_fs_namespaceObject.readdirSync)(path, { withFileTypes: true });
        direntCache.set(path, entries);
    }
    return entries;
}
/**
 * Folders as read during this run: discovery and each workspace expansion walk the same tree (a repository's
 * folders do not change while it is checked; native checks run read-only commands).
 */
const direntCache = new Map();
const runCaches = [];
/** A map emptied with the folders read, at the start of each run: for what one run reads once. */
function perRun() {
    const map = new Map();
    runCaches.push(map);
    return map;
}
/** Forgets the folders read (and every perRun map): a new run (discovery) reads the tree afresh. */
function forgetFolders() {
    direntCache.clear();
    for (const map of runCaches)
        map.clear();
}
/** Whether a path made by path.relative(from, to) leads out of `from` (up, or to another drive). */
function leadsOut(rel) {
    return rel === '..' || rel.startsWith(`..${external_node_path_namespaceObject.sep}`) || (0,external_node_path_namespaceObject.isAbsolute)(rel);
}
/**
 * `from` and each folder above it, nearest first, up to and including `boundary` (absolute paths): where a
 * setting a tool reads from the nearest file that has it is looked for. None when `from` lies outside.
 */
function foldersUpTo(from, boundary) {
    const folders = [];
    for (let dir = from; !leadsOut((0,external_node_path_namespaceObject.relative)(boundary, dir)); dir = (0,external_node_path_namespaceObject.resolve)(dir, '..')) {
        folders.push(dir);
        if (dir === (0,external_node_path_namespaceObject.resolve)(dir, '..'))
            break;
    }
    return folders;
}
/** 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1))
        line++;
    return line;
}
/** JSON text as npm, pnpm and yarn read it: a UTF-8 byte-order mark in front is dropped. */
function parseJson(file) {
    if (parsedJson.has(file))
        return parsedJson.get(file);
    try {
        const value = JSON.parse(file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text);
        parsedJson.set(file, value);
        return value;
    }
    catch (error) {
        const reason = error.message;
        const line = lineAt(file.text, jsonErrorOffset(file.text));
        const short = reason
            .replace(/ in JSON at position \d+.*$/s, '')
            .replace(/, (\.\.\.)?".*$/s, '')
            .replace(/\s+/g, ' ')
            .replace(/^Unexpected end of JSON input$/, 'unexpected end of file');
        throw new FileProblem(file.path, line, `${file.path}:${line}: invalid JSON: ${short}`);
    }
}
/**
 * What each file read parsed into: a manifest without a lockfile is asked whether it declares dependencies and then
 * whether its kind of project commits a lockfile, each answer read from the same parse. Nothing changes parsed data.
 */
const parsedJson = new WeakMap();
const parsedToml = new WeakMap();
// The TOML and YAML parsers are loaded only when a lockfile needs them (most repositories have neither).
/** `bigints`: integers as bigint, so they stay apart from floats (Poetry's hash needs the difference). */
async function parseTomlText(file, bigints = false) {
    const known = parsedToml.get(file);
    if (known?.bigints === bigints)
        return known.value;
    // What lockfiles and most manifests are written in is read without smol-toml (which then is not even loaded).
    const fast = readLockToml(file.text, bigints);
    if (fast) {
        parsedToml.set(file, { bigints, value: fast });
        return fast;
    }
    const { parseToml, TomlError } = await loadTomlParser();
    try {
        const value = (bigints ? parseToml(file.text, { integersAsBigInt: true }) : parseToml(file.text));
        parsedToml.set(file, { bigints, value });
        return value;
    }
    catch (error) {
        const line = error instanceof TomlError ? error.line : 1;
        const reason = error.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
        throw new FileProblem(file.path, line, `${file.path}:${line}: invalid TOML: ${reason}`);
    }
}
/** Bounds alias expansion: a few nested aliases (an "alias bomb") otherwise expand to gigabytes. */
const MAX_ALIAS_COUNT = 100;
/**
 * A file's only YAML document (several are an error, as for `yaml.parse`). What `scope` leaves out may be missing
 * from the result (it is when the fast reader takes the file).
 */
async function parseYamlText(file, scope) {
    const fast = file.within
        ? readLockYaml(file.within.text, scope, file.within.start)
        : readLockYaml(file.text, scope);
    if (fast?.length === 1)
        return fast[0];
    const { parseYaml, YAMLParseError } = await loadYamlParser();
    try {
        return parseYaml(file.text, {
            uniqueKeys: false,
            maxAliasCount: MAX_ALIAS_COUNT,
            ...(scope?.failsafe ? { schema: 'failsafe' } : {}),
        });
    }
    catch (error) {
        throw yamlProblem(file, error, YAMLParseError);
    }
}
function yamlProblem(file, error, YAMLParseError) {
    const line = error instanceof YAMLParseError ? (error.linePos?.[0]?.line ?? 1) : 1;
    let reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    // The yaml package's ReferenceError for too many aliases, in the words of this action.
    if (/alias count/i.test(reason))
        reason = `more than ${MAX_ALIAS_COUNT} alias expansions (a YAML "alias bomb"); refusing to expand them`;
    return new FileProblem(file.path, line, `${file.path}:${line}: invalid YAML: ${reason}`);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * A property of parsed data only if the data has it: `own(deps, 'constructor')` is undefined, where
 * `deps.constructor` is Object. Every lookup by a name taken from a manifest or lockfile goes through this.
 */
function own(record, key) {
    return Object.hasOwn(record, key) ? record[key] : undefined;
}
/** The strings of an array field (`members`, `exclude`, `dynamic`); anything else is empty. */
function strings(value) {
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}
/**
 * The string entries of an object field (`dependencies`, \u2026); anything else is empty. A null-prototype object,
 * so a dependency named `constructor`, `__proto__` or `hasOwnProperty` is looked up like any other.
 */
function stringMap(value) {
    const out = Object.create(null);
    if (!isRecord(value))
        return out;
    for (const [key, spec] of Object.entries(value))
        if (typeof spec === 'string')
            out[key] = spec;
    return out;
}
let splitText;
let splitLines = [];
/** The lines of a text, split once for the many problems one big lockfile can have. */
function linesOf(text) {
    if (text !== splitText) {
        splitText = text;
        splitLines = text.split('\n');
    }
    return splitLines;
}
/**
 * The line of `key` inside a section, found textually (parsers drop positions): the first line matching
 * `item` after the first line matching `section`, or the section line, or 1.
 */
function findLine(text, section, item) {
    const lines = linesOf(text);
    let start = 0;
    if (section) {
        const found = lines.findIndex((line) => section.test(line));
        if (found === -1)
            return 1;
        start = found;
    }
    if (item) {
        for (let index = start; index < lines.length; index++)
            if (item.test(lines[index]))
                return index + 1;
        if (!section)
            return 1;
    }
    return start + 1;
}
/** The line of `[[package]]` `name = "\u2026"` in a TOML lockfile (Cargo.lock, uv.lock, poetry.lock), or 1. */
function tomlPackageLine(text, name) {
    if (text !== indexedToml) {
        indexedToml = text;
        tomlNames = new Map();
        const lines = linesOf(text);
        for (let index = 0; index < lines.length; index++) {
            const line = lines[index];
            if (!line.startsWith('name = "'))
                continue;
            const end = line.indexOf('"', 8);
            const found = line.slice(8, end === -1 ? undefined : end);
            if (end !== -1 && !tomlNames.has(found))
                tomlNames.set(found, index + 1);
        }
    }
    return tomlNames.get(name) ?? 1;
}
// The lockfile's `name = "\u2026"` lines, indexed once: a check asks for the line of every package.
let indexedToml;
let tomlNames = new Map();
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./actions/lockfile-check/glob-match.js

/**
 * `path.matchesGlob(path, pattern)` with the pattern compiled once. Node compiles a pattern on every call
 * (~10 \u00b5s), and discovery and workspace expansion test every folder of a repository against every pattern.
 * Patterns of literal segments, `*`, `?` and `**` become one RegExp with the same semantics (segments that
 * start with a dot are matched only by a pattern segment that starts with one); anything else \u2014 classes,
 * braces, extglobs, escapes, `.`/`..` segments, empty segments \u2014 and case-insensitive platforms keep using
 * matchesGlob itself.
 */
function globMatcher(pattern) {
    const compiled = compile(pattern);
    if (!compiled)
        return (path) => (0,external_node_path_namespaceObject.matchesGlob)(path, pattern);
    // What compiles without a wildcard is its own text (workspace globs are mostly literal segments); `*` alone is
    // one segment not starting with a dot.
    if (!/[*?]/.test(pattern))
        return (path) => path === pattern;
    if (pattern === '*')
        return (path) => path !== '' && path.charCodeAt(0) !== 0x2e && !path.includes('/');
    // A path the pattern matches holds its literal segments as written: most paths are ruled out by that alone
    // (`**/fixtures/**` against a repository's folders), without running the expression.
    const needle = literalRun(pattern);
    return needle ? (path) => path.includes(needle) && compiled.test(path) : (path) => compiled.test(path);
}
/** The longest run of consecutive wildcard-free segments of a pattern, `/`-joined (empty when there is none). */
function literalRun(pattern) {
    let best = '';
    let run = [];
    for (const segment of [...pattern.split('/'), '*']) {
        if (segment !== '' && !/[*?]/.test(segment)) {
            run.push(segment);
            continue;
        }
        const joined = run.join('/');
        if (joined.length > best.length)
            best = joined;
        run = [];
    }
    return best;
}
/** One segment of a path that `*` or `**` may stand for: not empty, not starting with a dot. */
const SEGMENT = '(?!\\.)[^/]+';
function compile(pattern) {
    // matchesGlob ignores case on macOS and Windows.
    if (process.platform !== 'linux')
        return undefined;
    if (pattern === '' || /[[\]{}()!+@\\]/.test(pattern))
        return undefined;
    // `**/**` is `**`.
    const segments = pattern
        .split('/')
        .filter((segment, index, all) => segment !== '**' || all[index - 1] !== '**');
    // With two `**`, minimatch's own rewriting of the pattern decides some wildcard segments differently.
    if (segments.filter((segment) => segment === '**').length > 1 &&
        segments.some((s) => s !== '**' && /[*?]/.test(s)))
        return undefined;
    let source = '';
    for (let index = 0; index < segments.length; index++) {
        const segment = segments[index];
        const first = index === 0;
        const last = index === segments.length - 1;
        if (segment === '' || segment === '.' || segment === '..')
            return undefined;
        if (segment === '**') {
            if (segments.length === 1)
                source += `${SEGMENT}(?:/${SEGMENT})*`;
            else if (first)
                source += `(?:${SEGMENT}/)*`;
            else if (last)
                source += `(?:/${SEGMENT})+`;
            else
                source += `(?:/${SEGMENT})*`;
            continue;
        }
        // A leading `**` group ends with its separator; every other segment is preceded by one.
        if (!first && !(index === 1 && segments[0] === '**'))
            source += '/';
        if (segment === '*') {
            source += SEGMENT;
            continue;
        }
        if (segment[0] === '*' || segment[0] === '?')
            source += '(?!\\.)';
        for (const char of segment) {
            if (char === '*')
                source += source.endsWith('[^/]*') ? '' : '[^/]*';
            else if (char === '?')
                source += '[^/]';
            else
                source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
        }
    }
    return new RegExp(`^${source}$`);
}
const cache = new Map();
/** A drop-in for `path.matchesGlob` that compiles each pattern once. */
function matchesGlobCached(path, pattern) {
    let matches = cache.get(pattern);
    if (!matches) {
        matches = globMatcher(pattern);
        cache.set(pattern, matches);
    }
    return matches(path);
}

;// CONCATENATED MODULE: ./actions/lockfile-check/discover.js




/** Folders never scanned: installed dependencies and build output, not the project's own manifests. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'vendor', 'target', '.venv']);
const LOCKFILES = [
    ['npm-shrinkwrap.json', 'npm'],
    ['package-lock.json', 'npm'],
    ['pnpm-lock.yaml', 'pnpm'],
    ['yarn.lock', 'yarn'],
    ['uv.lock', 'uv'],
    ['poetry.lock', 'poetry'],
    ['Cargo.lock', 'cargo'],
    ['go.sum', 'go'],
];
const LOCKFILE_ECOSYSTEM = new Map(LOCKFILES);
/** Lockfiles of tools this action does not check: found and reported, and they pin their family's manifests. */
const OTHER_LOCKFILES = {
    'bun.lock': { tool: 'bun', family: 'js' },
    'bun.lockb': { tool: 'bun', family: 'js' },
    'deno.lock': { tool: 'deno', family: 'js' },
    'pdm.lock': { tool: 'pdm', family: 'python' },
    'Pipfile.lock': { tool: 'pipenv', family: 'python' },
    'pylock.toml': { tool: 'pylock (PEP 751)', family: 'python' },
    'pixi.lock': { tool: 'pixi', family: 'python' },
    'requirements.lock': { tool: 'rye', family: 'python' },
    'composer.lock': { tool: 'composer' },
    'Gemfile.lock': { tool: 'bundler' },
    'mix.lock': { tool: 'mix' },
    'pubspec.lock': { tool: 'dart pub' },
    'Podfile.lock': { tool: 'cocoapods' },
    'Package.resolved': { tool: 'swift package manager' },
    'packages.lock.json': { tool: 'nuget' },
    'gradle.lockfile': { tool: 'gradle' },
    'flake.lock': { tool: 'nix' },
    'conda-lock.yml': { tool: 'conda-lock' },
};
/** `uv lock --script tool.py` writes `tool.py.lock` beside a PEP 723 script: it pins the script, not a manifest. */
const SCRIPT_LOCKFILE = { tool: 'uv (PEP 723 script)' };
/** Manifest file \u2192 the lockfile family that pins it. */
const MANIFESTS = {
    'package.json': 'js',
    'pyproject.toml': 'python',
    'Cargo.toml': 'cargo',
    'go.mod': 'go',
};
/** PEP 751 names a lockfile `pylock.toml` or `pylock.<name>.toml` (one per environment or use). */
const NAMED_PYLOCK = /^pylock\.[^.]+\.toml$/;
/** The tool whose lockfile `name` is, when it is one this action does not check. */
function otherLockfile(name) {
    if (Object.hasOwn(OTHER_LOCKFILES, name))
        return OTHER_LOCKFILES[name];
    if (isScriptLockfile(name))
        return SCRIPT_LOCKFILE;
    return NAMED_PYLOCK.test(name) ? OTHER_LOCKFILES['pylock.toml'] : undefined;
}
function isScriptLockfile(name) {
    return name.length > 8 && name.endsWith('.py.lock');
}
const RELEVANT_NAMES = new Set([
    ...Object.keys(MANIFESTS),
    ...LOCKFILE_ECOSYSTEM.keys(),
    ...Object.keys(OTHER_LOCKFILES),
]);
/** A manifest or lockfile name (of any tool): what discovery looks for. */
function isRelevant(name) {
    return (RELEVANT_NAMES.has(name) ||
        (name.startsWith('pylock.') && NAMED_PYLOCK.test(name)) ||
        isScriptLockfile(name));
}
const MANIFEST_NAMES = Object.keys(MANIFESTS);
const FAMILY = {
    npm: 'js',
    pnpm: 'js',
    yarn: 'js',
    uv: 'python',
    poetry: 'python',
    cargo: 'cargo',
    go: 'go',
};
const MANIFEST_OF = {
    js: 'package.json',
    python: 'pyproject.toml',
    cargo: 'Cargo.toml',
    go: 'go.mod',
};
/**
 * Patterns match paths relative to the root, and relative to the working directory unless they cover the
 * root itself: `path: tests/fixtures/x` checks that fixture on purpose, whatever the default fixture patterns say.
 */
function ignoreMatcher(root, patterns) {
    const matchers = patterns.map(globMatcher);
    const outer = root === '.' ? [] : matchers.filter((matches) => !matches(`${root}/x`));
    // Asked for every folder of the tree: indexed loops, which allocate no iterator in code that runs cold.
    return (path, rootRelative) => {
        for (let index = 0; index < matchers.length; index++)
            if (matchers[index](rootRelative))
                return true;
        for (let index = 0; index < outer.length; index++)
            if (outer[index](path))
                return true;
        return false;
    };
}
/** Walks the tree under `root` and pairs each manifest with its lockfile (either may be missing). */
async function discover(options) {
    forgetFolders();
    const folders = new Map();
    const ignoredFamilies = new Set();
    const unchecked = [];
    /** Folders pinned by another tool's lockfile, per family. */
    const otherLocked = new Set();
    let skipped = 0;
    const ignored = ignoreMatcher(options.root, options.ignore);
    const prefix = options.root === '.' ? '' : `${options.root}/`;
    /** `dir` relative to the working directory, `abs` the same folder resolved (built by appending names). */
    function walk(dir, abs) {
        let entries;
        try {
            entries = readDirentsSync(abs);
        }
        catch (error) {
            // An unreadable subfolder (permissions, removed meanwhile) holds nothing we can check.
            if (dir !== options.root)
                return;
            throw error;
        }
        // Most folders hold no manifest or lockfile: their set is made only for the first one.
        let files;
        const subdirs = [];
        for (let index = 0; index < entries.length; index++) {
            const entry = entries[index];
            const relevant = isRelevant(entry.name);
            const directory = entry.isDirectory();
            // Most of a repository's files are neither manifests nor lockfiles: nothing to match or follow.
            if (!relevant && !directory)
                continue;
            if (directory && SKIPPED_DIRS.has(entry.name))
                continue;
            const path = dir === '.' ? entry.name : `${dir}/${entry.name}`;
            const rootRelative = path.slice(prefix.length);
            if (ignored(path, rootRelative)) {
                // An ignored lockfile still pins its manifest: that manifest is not "missing" one.
                const locked = LOCKFILE_ECOSYSTEM.get(entry.name);
                if (locked)
                    ignoredFamilies.add(`${dir}\0${FAMILY[locked]}`);
                if (relevant && !directory)
                    skipped++;
                else if (directory)
                    skipped += countRelevant((0,external_node_path_namespaceObject.resolve)(options.cwd, path), { left: 20_000 });
                continue;
            }
            if (directory) {
                subdirs.push(entry.name);
                continue;
            }
            const kind = entryKind(entry, () => (0,external_node_path_namespaceObject.resolve)(options.cwd, path), boundary);
            if (relevant) {
                if (kind === 'escape') {
                    escapes.push(path);
                    continue;
                }
                if (kind !== 'file')
                    continue;
                const other = otherLockfile(entry.name);
                if (other) {
                    unchecked.push({ path, tool: other.tool });
                    if (other.family)
                        otherLocked.add(`${dir}\0${other.family}`);
                }
                else {
                    files ??= new Set();
                    files.add(entry.name);
                }
            }
        }
        if (files)
            folders.set(dir, files);
        // The default order compares UTF-16 code units, as `<` does, without calling back into JavaScript.
        subdirs.sort();
        const absPrefix = abs.endsWith(external_node_path_namespaceObject.sep) ? abs : abs + external_node_path_namespaceObject.sep;
        const dirPrefix = dir === '.' ? '' : `${dir}/`;
        for (let index = 0; index < subdirs.length; index++)
            walk(dirPrefix + subdirs[index], absPrefix + subdirs[index]);
    }
    const escapes = [];
    const boundary = realRoot((0,external_node_path_namespaceObject.resolve)(options.cwd, options.root));
    walk(options.root, (0,external_node_path_namespaceObject.resolve)(options.cwd, options.root));
    const pairs = [];
    const conflicts = [];
    /** The lockfile families of each folder that has a lockfile (most folders have only a manifest). */
    const lockedFamilies = new Map();
    for (const dir of folders.keys()) {
        const files = folders.get(dir);
        const families = new Set();
        for (const name of files) {
            const ecosystem = LOCKFILE_ECOSYSTEM.get(name);
            if (ecosystem)
                families.add(FAMILY[ecosystem]);
        }
        if (families.size)
            lockedFamilies.set(dir, families);
    }
    /** `folder\0family` \u2192 whether the folder or one above it pins the family; a monorepo asks for each member. */
    const pinnedAtOrAbove = new Map();
    const above = new LockfilesAbove(options);
    const coveredByAncestor = (dir, family) => {
        // Each Go module has its own go.sum (a Go workspace is go.work's matter: see the go check).
        if (family === 'go')
            return false;
        const unknown = [];
        let covered;
        for (let parent = external_node_path_namespaceObject.posix.dirname(dir);; parent = external_node_path_namespaceObject.posix.dirname(parent)) {
            const key = `${parent}\0${family}`;
            const known = pinnedAtOrAbove.get(key);
            if (known !== undefined) {
                covered = known;
                break;
            }
            unknown.push(key);
            if (lockedFamilies.get(parent)?.has(family) || otherLocked.has(key)) {
                covered = true;
                break;
            }
            if (parent === options.root || parent === '.' || parent === external_node_path_namespaceObject.posix.dirname(parent))
                break;
        }
        covered ??= false;
        for (const key of unknown)
            pinnedAtOrAbove.set(key, covered);
        return covered;
    };
    const familiesLocked = new Set([...lockedFamilies.values()].flatMap((families) => [...families]));
    for (const dir of folders.keys()) {
        const files = folders.get(dir);
        const byFamily = lockedFamilies.has(dir) ? folderLockfiles(dir, files) : NO_LOCKFILES;
        for (const found of byFamily.values()) {
            if (found.conflict)
                conflicts.push(found.conflict);
            pairs.push(...found.pairs);
        }
        for (const manifestName of MANIFEST_NAMES) {
            if (!files.has(manifestName))
                continue;
            const family = MANIFESTS[manifestName];
            if (byFamily.has(family) || coveredByAncestor(dir, family))
                continue;
            if (ignoredFamilies.has(`${dir}\0${family}`) || otherLocked.has(`${dir}\0${family}`))
                continue;
            const ecosystem = await guessEcosystem((0,external_node_path_namespaceObject.resolve)(options.cwd, dir, manifestName), family);
            pairs.push({
                ecosystem,
                dir,
                manifest: external_node_path_namespaceObject.posix.join(dir, manifestName),
                lockfileElsewhere: familiesLocked.has(family),
            });
        }
    }
    for (const path of escapes) {
        const name = external_node_path_namespaceObject.posix.basename(path);
        const locked = LOCKFILES.find(([lockName]) => lockName === name);
        const family = locked ? FAMILY[locked[1]] : MANIFESTS[name];
        const ecosystem = locked?.[1] ?? (family ? await guessEcosystem('', family) : undefined);
        if (ecosystem)
            pairs.push({ ecosystem, dir: external_node_path_namespaceObject.posix.dirname(path), escapes: path });
    }
    const wanted = new Set(options.ecosystems);
    // The nearest lockfile above `path` of each family found inside it: where what is inside is a member of its
    // workspace, that lockfile is the one the package manager run there reads (checkTree decides).
    const inside = new Set(pairs.map((pair) => FAMILY[pair.ecosystem]));
    const outer = [...inside].flatMap((family) => above.pairsOf(family));
    const checked = (pair) => wanted.has(pair.ecosystem);
    return {
        pairs: pairs.filter(checked),
        above: outer.filter((pair) => checked(pair) && !pairs.some((other) => other.lockfile === pair.lockfile)),
        conflicts,
        unchecked,
        skipped,
    };
}
/**
 * The lockfiles in the folders above `path`, up to the working directory: the package manager run in `path`
 * reads one where `path` (or a project inside it) is a member of its workspace. Nothing is looked for above the
 * working directory, nor when `path` lies outside it.
 */
class LockfilesAbove {
    options;
    nearest = new Map();
    constructor(options) {
        this.options = options;
    }
    /** The pairs of the nearest lockfile of `family` above `path`, paired as discovery pairs a folder's. */
    pairsOf(family) {
        const found = this.find(family);
        if (!found)
            return [];
        return folderLockfiles(found.dir, new Set(found.names)).get(family)?.pairs ?? [];
    }
    find(family) {
        let found = this.nearest.get(family);
        if (found !== undefined)
            return found;
        found = null;
        const { cwd, root } = this.options;
        if (root !== '.' && !outsideWorkingDirectory(root)) {
            for (let dir = external_node_path_namespaceObject.posix.dirname(root); found === null; dir = external_node_path_namespaceObject.posix.dirname(dir)) {
                let names = [];
                try {
                    names = readDirentsSync((0,external_node_path_namespaceObject.resolve)(cwd, dir))
                        .filter((entry) => entry.isFile())
                        .map((entry) => entry.name);
                }
                catch { }
                const locks = (name) => {
                    const ecosystem = LOCKFILE_ECOSYSTEM.get(name);
                    return ecosystem ? FAMILY[ecosystem] === family : otherLockfile(name)?.family === family;
                };
                if (names.some(locks))
                    found = { dir, names };
                if (dir === '.')
                    break;
            }
        }
        this.nearest.set(family, found);
        return found;
    }
}
/** `path` as settings give it (`/`-separated, relative, or absolute when outside): whether it leaves the working directory. */
function outsideWorkingDirectory(root) {
    return root === '..' || root.startsWith('../') || /^(?:[A-Za-z]:)?\//.test(root);
}
const NO_LOCKFILES = new Map();
/** A folder's lockfiles, each paired with its manifest, per family (`files`: the names in the folder). */
function folderLockfiles(dir, files) {
    const byFamily = new Map();
    for (const entry of LOCKFILES) {
        if (!files.has(entry[0]))
            continue;
        const family = FAMILY[entry[1]];
        byFamily.set(family, [...(byFamily.get(family) ?? []), entry]);
    }
    const out = new Map();
    for (const [family, locks] of byFamily) {
        // npm reads npm-shrinkwrap.json and ignores package-lock.json when both exist.
        const used = locks.filter(([name], index) => !(name === 'package-lock.json' && locks[index - 1]?.[0] === 'npm-shrinkwrap.json'));
        const manifestName = MANIFEST_OF[family];
        const found = {
            pairs: used.map(([name, ecosystem]) => ({
                ecosystem,
                dir,
                manifest: files.has(manifestName) ? external_node_path_namespaceObject.posix.join(dir, manifestName) : undefined,
                lockfile: external_node_path_namespaceObject.posix.join(dir, name),
            })),
        };
        if (locks.length > 1)
            found.conflict = { dir, lockfiles: locks.map(([name]) => external_node_path_namespaceObject.posix.join(dir, name)) };
        out.set(family, found);
    }
    return out;
}
/** The manifests and lockfiles under an ignored folder, for the summary's count (bounded by `budget`). */
function countRelevant(path, budget) {
    let entries;
    try {
        entries = (0,external_node_fs_namespaceObject.readdirSync)(path, { withFileTypes: true });
    }
    catch {
        return 0;
    }
    let count = 0;
    for (const entry of entries) {
        if (--budget.left < 0)
            return count;
        if (entry.isDirectory()) {
            if (!SKIPPED_DIRS.has(entry.name))
                count += countRelevant((0,external_node_path_namespaceObject.resolve)(path, entry.name), budget);
        }
        else if (isRelevant(entry.name))
            count++;
    }
    return count;
}
function realRoot(path) {
    try {
        return (0,external_node_fs_namespaceObject.realpathSync)(path);
    }
    catch {
        return path;
    }
}
/**
 * What a folder entry is once symlinks are followed: a link that stays inside the checked tree is its
 * target (file or directory), one that leaves it is an escape; a broken link is a file (reading it says why).
 * Directory links are not followed: what they point at inside the tree is scanned where it is.
 */
function entryKind(entry, path, root) {
    if (entry.isDirectory())
        return 'directory';
    if (entry.isFile())
        return 'file';
    if (!entry.isSymbolicLink())
        return 'other';
    let target;
    try {
        target = (0,external_node_fs_namespaceObject.realpathSync)(path());
    }
    catch {
        return 'file';
    }
    const rel = (0,external_node_path_namespaceObject.relative)(root, target);
    if (rel === '' || leadsOut(rel))
        return 'escape';
    try {
        return (0,external_node_fs_namespaceObject.statSync)(target).isDirectory() ? 'other' : 'file';
    }
    catch {
        return 'file';
    }
}
/** The package manager `devEngines.packageManager` names (an object, or a list whose first entry is preferred). */
function devEnginesManager(text) {
    if (!text.includes('devEngines'))
        return undefined;
    let pkg;
    try {
        pkg = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch {
        return undefined;
    }
    const wanted = isRecord(pkg) && isRecord(pkg.devEngines) ? pkg.devEngines.packageManager : undefined;
    const first = Array.isArray(wanted) ? wanted[0] : wanted;
    const name = isRecord(first) ? first.name : undefined;
    return name === 'npm' || name === 'pnpm' || name === 'yarn' ? name : undefined;
}
/**
 * Which package manager a manifest without a lockfile is meant for: `packageManager`, `devEngines`, its settings
 * beside the manifest (`pnpm-workspace.yaml`, `.yarnrc.yml`), `[tool.poetry]`.
 */
async function guessEcosystem(path, family) {
    if (family === 'cargo')
        return 'cargo';
    if (family === 'go')
        return 'go';
    let text = '';
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
    }
    catch { }
    if (family === 'python')
        return /^\[tool\.poetry[\].]/m.test(text) ? 'poetry' : 'uv';
    const manager = /"packageManager"\s*:\s*"(pnpm|yarn|npm)@/.exec(text);
    if (manager)
        return manager[1];
    // What else names the package manager: devEngines (npm 10.9+, pnpm, yarn), or its own settings beside it.
    const named = devEnginesManager(text);
    if (named)
        return named;
    if (path === '')
        return 'npm';
    const dir = (0,external_node_path_namespaceObject.dirname)(path);
    if ((0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(dir, 'pnpm-workspace.yaml')))
        return 'pnpm';
    if ((0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(dir, '.yarnrc.yml')))
        return 'yarn';
    return 'npm';
}

;// CONCATENATED MODULE: ./actions/lockfile-check/problems.js

/** Collects the problems of one lockfile check, with the ecosystem and fix command filled in. */
class Problems {
    ecosystem;
    fix;
    list = [];
    constructor(ecosystem, fix) {
        this.ecosystem = ecosystem;
        this.fix = fix;
    }
    add(kind, file, line, pkg, message, fix = this.fix) {
        this.record('error', kind, file, line, pkg, message, fix);
    }
    /** A security finding about a lock entry, a warning when the finding says so. */
    finding(finding, file, line, pkg, label) {
        const message = `${label} ${finding.message}`;
        if (finding.warning)
            this.warn(finding.kind, file, line, pkg, message);
        else
            this.add(finding.kind, file, line, pkg, message);
    }
    /** Reported, but does not fail the step. */
    warn(kind, file, line, pkg, message, fix = this.fix) {
        this.record('warning', kind, file, line, pkg, message, fix);
    }
    record(severity, kind, file, line, pkg, message, fix) {
        this.list.push({ file, line, ecosystem: this.ecosystem, kind, package: pkg, message, fix, severity });
    }
    /** Runs a check; an unreadable or unparsable file becomes one `parse` problem instead of a crash. */
    async guard(check) {
        try {
            await check();
        }
        catch (error) {
            if (!(error instanceof FileProblem))
                throw error;
            this.add('parse', error.file, error.line, '', error.message, `fix the syntax of ${error.file}`);
        }
        return this.list;
    }
}

;// CONCATENATED MODULE: ./actions/lockfile-check/security.js


/** The verdicts of an allowed-host list by host name: a lockfile has thousands of URLs and a few hosts. */
const verdictsOf = new WeakMap();
/** `registry.npmjs.org` matches itself; `*.example.com` matches any subdomain. */
function hostAllowed(host, allowed) {
    let verdicts = verdictsOf.get(allowed);
    if (!verdicts) {
        verdicts = new Map();
        verdictsOf.set(allowed, verdicts);
    }
    let verdict = verdicts.get(host);
    if (verdict === undefined) {
        const wanted = host.toLowerCase();
        verdict = allowed.some((entry) => {
            const pattern = entry
                .toLowerCase()
                .replace(/^[a-z+]+:\/\//, '')
                .replace(/\/.*$/, '');
            if (pattern.startsWith('*.'))
                return wanted.endsWith(pattern.slice(1));
            return wanted === pattern;
        });
        verdicts.set(host, verdict);
    }
    return verdict;
}
// `https://registry.npmjs.org/@scope/name/-/name-1.0.0.tgz`: lower-case host names whose last label starts with a
// letter, paths of letters, digits and -._~@+ without dot segments. The WHATWG parser returns these unchanged,
// so they are split here (parsing thousands of them was most of the security checks' time on a big lockfile);
// anything it could normalise (case, ports, credentials, escapes, IDNA, IPv4 forms, queries) goes to URL.
const PLAIN_URL = /^(https?:)\/\/((?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*)(\/[A-Za-z0-9\-._~@+/]*)$/;
/** The last URL split: checkUrl and checkTarballName look at the same one in turn. */
let lastUrl;
let lastParts;
/** `new URL(url)`'s protocol, hostname and pathname, or undefined when it throws. */
function urlParts(url) {
    if (url === lastUrl)
        return lastParts;
    let parts;
    const match = PLAIN_URL.exec(url);
    if (match &&
        !match[2].includes('xn--') &&
        !(match[3].includes('/.') && /\/\.\.?(?:\/|$)/.test(match[3])))
        parts = { protocol: match[1], hostname: match[2], pathname: match[3] };
    else {
        try {
            const parsed = new URL(url);
            parts = { protocol: parsed.protocol, hostname: parsed.hostname, pathname: parsed.pathname };
        }
        catch { }
    }
    lastUrl = url;
    lastParts = parts;
    return parts;
}
/** Checks an URL a package resolves to: allowed host and https. Non-URL specs (file:, git+ssh\u2026) are skipped. */
function checkUrl(url, security, defaultHosts) {
    const parsed = urlParts(url);
    if (!parsed)
        return [];
    const findings = [];
    const web = parsed.protocol === 'http:' || parsed.protocol === 'https:';
    if (security.requireHttps && parsed.protocol === 'http:') {
        findings.push({ kind: 'https', message: `resolves over plain http: ${url}` });
    }
    const hosts = security.allowedHosts ?? defaultHosts;
    if (web && !hostAllowed(parsed.hostname, hosts)) {
        findings.push({
            kind: 'host',
            message: `resolves from ${parsed.hostname}, which is not an allowed host (${hosts.join(', ')})`,
        });
    }
    return findings;
}
/** A sha512 Subresource Integrity value (`sha512-\u2026`); several space-separated hashes are allowed. */
function hasSha512(integrity) {
    if (typeof integrity !== 'string')
        return false;
    return integrity.startsWith('sha512-') || integrity.split(/\s+/).some((hash) => hash.startsWith('sha512-'));
}
/**
 * sha512 is expected. An entry with only a sha1 hash (packages published before npm 5, old yarn) is a warning:
 * `npm ci` accepts it and the registry has nothing better for it. No hash at all fails.
 */
function checkIntegrity(integrity, security, accept = []) {
    if (!security.requireIntegrity || hasSha512(integrity))
        return [];
    const hashes = typeof integrity === 'string' ? integrity.split(/\s+/).filter(Boolean) : [];
    if (hashes.some((hash) => accept.some((prefix) => hash.startsWith(prefix))))
        return [];
    if (hashes.length && hashes.every((hash) => hash.startsWith('sha1-'))) {
        return [
            {
                kind: 'integrity',
                warning: true,
                message: 'has only a sha1 integrity hash (the registry offers nothing stronger for old packages)',
            },
        ];
    }
    const what = hashes.length ? `a weak integrity hash (${hashes[0].split('-')[0]})` : 'no integrity hash';
    return [
        {
            kind: 'integrity',
            message: `has ${what}; expected sha512 (delete the entry and reinstall to have the package manager record it)`,
        },
    ];
}
/**
 * An npm-style tarball URL must carry the package's own name (`/<name>/-/<base>-<version>.tgz`), else a
 * lockfile entry can install a different package than it claims (name confusion).
 */
function checkTarballName(name, url) {
    const parsed = urlParts(url);
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:'))
        return [];
    let path = parsed.pathname;
    try {
        if (path.includes('%'))
            path = decodeURIComponent(path);
    }
    catch {
        return [];
    }
    if (!path.includes('/-/') && !path.endsWith('.tgz'))
        return [];
    const base = name.startsWith('@') ? name.slice(name.indexOf('/') + 1) : name;
    const expected = `/${name}/-/${base}-`;
    if (path.includes(expected))
        return [];
    return [
        {
            kind: 'name-mismatch',
            message: `is named ${name} but resolves to a tarball of another package: ${url}`,
        },
    ];
}
const SOURCE_KINDS = ['registry', 'tarball', 'git', 'local'];
const GIT_SCHEME = /^(?:git\+[a-z]+:|git:|ssh:|github:|gitlab:|bitbucket:|gist:)/i;
/** `git@github.com:user/repo.git`: scp-like ssh. */
const SCP_LIKE = /^[\w.-]+@([\w.-]+):(?!\/\/)/;
const LOCAL = /^(?:file:|link:|portal:|workspace:|\.{1,2}(?:\/|$)|\/)/;
/** The kind of a resolved location: an URL, a git reference or a path. */
function classifySource(location) {
    if (GIT_SCHEME.test(location) || SCP_LIKE.test(location))
        return 'git';
    if (LOCAL.test(location))
        return 'local';
    const parts = urlParts(location);
    if (parts && /\/-\/[^/]+\.tgz$/.test(parts.pathname))
        return 'registry';
    if (isGitArchive(location))
        return 'git';
    return 'tarball';
}
/** An https archive of a git commit, as yarn v1 and pnpm record a GitHub dependency (codeload.github.com). */
function isGitArchive(location) {
    return archiveForge(location) !== undefined;
}
/** The forge whose commit an archive URL holds (`github.com` for codeload.github.com), if it is one. */
function archiveForge(location) {
    const parts = /^https?:/i.test(location) ? urlParts(location) : undefined;
    if (!parts)
        return undefined;
    return GIT_ARCHIVE.find(([host, path]) => parts.hostname === host && path.test(parts.pathname))?.[2];
}
/**
 * Archives of a git commit that yarn and pnpm record for a git dependency (pinned by the commit in the URL): the
 * host serving it, its path, and the forge whose repository it is.
 */
const GIT_ARCHIVE = [
    ['codeload.github.com', /^\/[^/]+\/[^/]+\/tar\.gz\/[0-9a-f]{40}$/, 'github.com'],
    // What npm records for a `https://github.com/<o>/<r>/tarball/<commit>` (or `/archive/<commit>.tar.gz`) spec.
    ['github.com', /^\/[^/]+\/[^/]+\/(?:tarball\/[0-9a-f]{40}|archive\/[0-9a-f]{40}\.tar\.gz)$/, 'github.com'],
    ['gitlab.com', /\/-\/archive\/[0-9a-f]{40}\//, 'gitlab.com'],
    ['bitbucket.org', /^\/[^/]+\/[^/]+\/get\/[0-9a-f]{40}\.tar\.gz$/, 'bitbucket.org'],
];
const SHORTCUT_HOSTS = {
    'github:': 'github.com',
    'gitlab:': 'gitlab.com',
    'bitbucket:': 'bitbucket.org',
    'gist:': 'gist.github.com',
};
/** Host and scheme of a git reference (`git+ssh://git@host/\u2026`, `git@host:\u2026`, `github:u/r`). */
function gitLocation(location) {
    const shortcut = /^([a-z]+:)(?!\/\/)/i.exec(location);
    if (shortcut && SHORTCUT_HOSTS[shortcut[1].toLowerCase()])
        return { host: SHORTCUT_HOSTS[shortcut[1].toLowerCase()], scheme: 'https' };
    const scp = SCP_LIKE.exec(location);
    if (scp)
        return { host: scp[1].toLowerCase(), scheme: 'ssh' };
    try {
        const url = new URL(location.replace(/^git\+/i, ''));
        return { host: url.hostname.toLowerCase(), scheme: url.protocol.slice(0, -1).toLowerCase() };
    }
    catch {
        return undefined;
    }
}
/** Git hosts allowed by default for sources fetched with git (pinned to a commit). */
const GIT_FORGES = ['github.com', 'gitlab.com', 'bitbucket.org'];
/** The folders of absolute `dir` below absolute `root` (null when it is not below it). */
function segmentsBelow(root, dir) {
    const rel = (0,external_node_path_namespaceObject.relative)(root, dir);
    return leadsOut(rel) ? null : rel.split(external_node_path_namespaceObject.sep).filter(Boolean);
}
/** The base folder's path below the boundary's root, as segments (null when outside it), per base. */
const baseSegments = new Map();
/**
 * Whether a local path, relative to the boundary's base, resolves outside its root. A relative `/`-path is walked
 * segment by segment from the base (a workspace lockfile holds thousands of `link:../x`); others go to node:path.
 */
function leavesBoundary(boundary, path) {
    let segments = boundary.segments;
    if (segments === undefined) {
        let known = baseSegments.get(boundary.base);
        if (known?.root !== boundary.root) {
            known = { root: boundary.root, segments: segmentsBelow(boundary.root, boundary.base) };
            baseSegments.set(boundary.base, known);
        }
        segments = known.segments;
    }
    if (segments && !(0,external_node_path_namespaceObject.isAbsolute)(path) && !path.includes('\\')) {
        // Above the root, a later segment may come back in by name (`../repo/x`): node:path decides those.
        let depth = segments.length;
        for (const segment of path.split('/')) {
            if (segment === '..')
                depth--;
            else if (segment !== '' && segment !== '.')
                depth++;
            if (depth < 0)
                break;
        }
        if (depth >= 0)
            return false;
    }
    return leadsOut((0,external_node_path_namespaceObject.relative)(boundary.root, (0,external_node_path_namespaceObject.resolve)(boundary.base, path)));
}
/** Every finding of a resolved source under the one policy; warnings are marked. */
function checkSource(source, security, defaultHosts) {
    const allowed = security.allowedSources ?? SOURCE_KINDS;
    const findings = [];
    if (source.kind !== 'registry' && !allowed.includes(source.kind)) {
        findings.push({
            kind: 'source',
            message: `is a ${source.kind} dependency (${source.location}), which allowed-sources does not allow`,
        });
        return findings;
    }
    if (source.kind === 'local') {
        const path = source.location.replace(/^(?:file|link|portal):/, '');
        if (source.boundary && !source.location.startsWith('workspace:') && leavesBoundary(source.boundary, path))
            findings.push({
                kind: 'source',
                message: `resolves to ${source.location}, a local path outside the repository`,
            });
        return findings;
    }
    if (source.kind === 'git') {
        const where = gitLocation(source.location);
        if (!where)
            return [{ kind: 'source', message: `has a git source that cannot be read: ${source.location}` }];
        if (security.requireHttps && where.scheme !== 'https' && where.scheme !== 'ssh') {
            findings.push({
                kind: 'https',
                message: `resolves from git over plain ${where.scheme}: ${source.location}`,
            });
        }
        // Fetched with git, the commit hash verifies what arrives: the public forges are allowed by default. An
        // archive of the commit downloaded over https (codeload.github.com) is verified only by an integrity hash the
        // lockfile pins (pnpm records a sha512 of it): with one, it is as good as the commit fetched from its forge and
        // is judged as that forge; without one, nothing checks what arrives, and its own host must be allowed like any
        // tarball's.
        const forge = archiveForge(source.location);
        const archive = forge !== undefined;
        const verified = archive && hasSha512(source.integrity);
        const pinned = source.pinned ?? /(?:#|#commit=|\/)[0-9a-f]{40}(?:$|[#/?.])/i.test(source.location);
        if (!pinned && !archive) {
            findings.push({
                kind: 'integrity',
                message: `is a git dependency not pinned to a commit: ${source.location}`,
            });
        }
        const hosts = security.allowedHosts ??
            (archive && !verified ? defaultHosts : [...new Set([...defaultHosts, ...GIT_FORGES])]);
        if (!hostAllowed(where.host, hosts) && !(verified && hostAllowed(forge, hosts))) {
            findings.push({
                kind: 'host',
                message: archive
                    ? `resolves from an archive of a git commit at ${where.host}${verified ? '' : ' with no integrity hash to verify it'}, which is not an allowed host (${hosts.join(', ')})`
                    : `resolves from git at ${where.host || 'a local path'}, which is not an allowed host (${hosts.join(', ')})`,
            });
        }
        return findings;
    }
    const parts = urlParts(source.location);
    if (!parts || (parts.protocol !== 'https:' && parts.protocol !== 'http:')) {
        findings.push({
            kind: 'source',
            message: `resolves from an URL this action cannot judge: ${source.location}`,
        });
        return findings;
    }
    findings.push(...checkUrl(source.location, security, defaultHosts));
    if (source.hashExpected !== false)
        findings.push(...checkIntegrity(source.integrity, security, source.acceptHashes));
    return findings;
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/semver.js
// node-semver, loaded on first need only (from a bundle file of its own, see lazy-parsers.ts): setting it up (a few
// hundred regular expressions) costs several milliseconds of a run that may never need it.

let semver_semver;
async function loadSemver() {
    semver_semver ??= (await loadSemverLib()).semver;
    return semver_semver;
}
function semverIfLoaded() {
    return semver_semver;
}
/** Thrown by synchronous checks that need node-semver before it was loaded (see withSemver). */
class SemverNotLoaded extends Error {
}
/**
 * Runs a synchronous check; when it needed node-semver before it was loaded, `reset` undoes what the first
 * attempt recorded, node-semver is loaded and the check runs again. Returns a promise only then: a caller with
 * thousands of checks awaits only the one that loads it (`const loading = withSemver(\u2026); if (loading) await loading`).
 */
function withSemver(check, reset) {
    try {
        check();
        return undefined;
    }
    catch (error) {
        if (!(error instanceof SemverNotLoaded))
            throw error;
    }
    reset();
    return loadSemver().then(check);
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/npm-ranges.js
// npm version ranges without node-semver on the common path. node-semver costs several milliseconds of every
// run: its module set-up (a few hundred regular expressions) and a regex-driven parse of each distinct range.
// Nearly every range in a lockfile is `^1.2.3`, `~1.2`, `>= 1.2.0 < 2`, `1.x || 2`, `*` or `1.2.3-beta.1`:
// those are read here, desugared exactly as node-semver does in loose mode (Range#parseRange, replaceCaret,
// replaceTilde, replaceXRange, replaceGTE0 and the Range constructor's set clean-up) and tested as Range#test
// does. Anything else (hyphen ranges, `v1`, build metadata, `~>`, odd spacing) goes to node-semver itself:
// a check that meets one runs again once it is loaded (withSemver). __tests__/unit/lockfile-check/
// npm-ranges.test.ts holds both to the same answers.

function lib() {
    const semver = semverIfLoaded();
    if (!semver)
        throw new SemverNotLoaded('node-semver is needed but not loaded yet');
    return semver;
}
// Numbers without leading zeros and far below Number.MAX_SAFE_INTEGER; prerelease identifiers as strict
// semver writes them. Loose-only spellings (`01`, `1.2.3beta`, `v1`) are left to node-semver.
const npm_ranges_NUMBER = '0|[1-9]\\d{0,14}';
const IDENTIFIER = `(?:${npm_ranges_NUMBER}|[0-9A-Za-z-]*[A-Za-z-][0-9A-Za-z-]*)`;
const PRERELEASE = `${IDENTIFIER}(?:\\.${IDENTIFIER})*`;
const VERSION = new RegExp(`^(${npm_ranges_NUMBER})\\.(${npm_ranges_NUMBER})\\.(${npm_ranges_NUMBER})(?:-(${PRERELEASE}))?$`);
const PART = `\\*|x|X|${npm_ranges_NUMBER}`;
const COMPARATOR = new RegExp(`^(<=|>=|<|>|=|\\^|~)?(?:(\\*|x|X)|(${npm_ranges_NUMBER})(?:\\.(${PART})(?:\\.(${PART})(?:-(${PRERELEASE}))?)?)?)$`);
/** Operators node-semver joins to the version after them (`>= 1.2.3` is `>=1.2.3`, `^ 1` is `^1`). */
const LONE_OPERATORS = new Set(['<', '<=', '>', '>=', '=', '^', '~']);
/** Longer versions could hit node-semver's length limits; they are left to it. */
const MAX_VERSION_LENGTH = 200;
function prerelease(text) {
    if (text === undefined)
        return [];
    return text.split('.').map((id) => (/^\d+$/.test(id) ? Number(id) : id));
}
function parseVersion(text) {
    if (text.length > MAX_VERSION_LENGTH)
        return undefined;
    const match = VERSION.exec(text);
    if (!match)
        return undefined;
    return {
        major: Number(match[1]),
        minor: Number(match[2]),
        patch: Number(match[3]),
        pre: prerelease(match[4]),
    };
}
const versions = new Map();
// Most edges of a lockfile are `^1.2.3`, `~1.2.3` or `1.2.3` against a release version: those are compared as
// numbers, x.y.z \u21a6 x\u00b72^34 + y\u00b72^17 + z (components of at most five digits stay below 2^17, the sum below 2^53).
const SIMPLE_RANGE = /^([\^~]?)(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})$/;
const RELEASE = /^(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})$/;
function releaseNumber(major, minor, patch) {
    return major * 2 ** 34 + minor * 2 ** 17 + patch;
}
const releases = new Map();
function cachedRelease(text) {
    let release = releases.get(text);
    if (release === undefined) {
        const match = RELEASE.exec(text);
        release = match ? releaseNumber(Number(match[1]), Number(match[2]), Number(match[3])) : null;
        releases.set(text, release);
    }
    return release ?? undefined;
}
function cachedVersion(text) {
    let version = versions.get(text);
    if (version === undefined) {
        version = parseVersion(text) ?? null;
        versions.set(text, version);
    }
    return version ?? undefined;
}
function compareIdentifiers(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a < b ? -1 : 1;
    if (typeof a === 'number')
        return -1;
    if (typeof b === 'number')
        return 1;
    return a < b ? -1 : 1;
}
/** SemVer#compare: main version, then prerelease (none sorts after any). */
function compare(a, b) {
    if (a.major !== b.major)
        return a.major < b.major ? -1 : 1;
    if (a.minor !== b.minor)
        return a.minor < b.minor ? -1 : 1;
    if (a.patch !== b.patch)
        return a.patch < b.patch ? -1 : 1;
    // No prerelease sorts after any prerelease.
    if (a.pre.length === 0)
        return b.pre.length === 0 ? 0 : 1;
    if (b.pre.length === 0)
        return -1;
    for (let index = 0;; index++) {
        const x = a.pre[index];
        const y = b.pre[index];
        if (x === undefined && y === undefined)
            return 0;
        if (y === undefined)
            return 1;
        if (x === undefined)
            return -1;
        if (x !== y)
            return compareIdentifiers(x, y);
    }
}
function testComparator(comparator, version) {
    const order = compare(version, comparator.version);
    switch (comparator.op) {
        case '':
            return order === 0;
        case '<':
            return order < 0;
        case '<=':
            return order <= 0;
        case '>':
            return order > 0;
        case '>=':
            return order >= 0;
    }
}
/** node-semver's testSet: every comparator, and a prerelease only next to a comparator with one on its x.y.z. */
function testSet(set, version) {
    for (const comparator of set)
        if (comparator && !testComparator(comparator, version))
            return false;
    if (version.pre.length === 0)
        return true;
    for (const comparator of set) {
        if (!comparator || comparator.version.pre.length === 0)
            continue;
        const allowed = comparator.version;
        if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch)
            return true;
    }
    return false;
}
function at(op, major, minor, patch, pre = []) {
    // replaceGTE0: `>=0.0.0` is ANY.
    if (op === '>=' && major === 0 && minor === 0 && patch === 0 && pre.length === 0)
        return null;
    return { op, version: { major, minor, patch, pre } };
}
/** `<X.Y.Z-0`: the upper bound node-semver writes for carets, tildes and x-ranges. */
function below(major, minor, patch) {
    return { op: '<', version: { major, minor, patch, pre: [0] } };
}
const isX = (part) => part === undefined || part === 'x' || part === 'X' || part === '*';
/** One comparator token (`^1.2`, `>=1.0.0-rc.1`, `1.x`) desugared onto `set`; false when it is not ours. */
function addComparator(token, set) {
    if (token.length > MAX_VERSION_LENGTH)
        return false;
    const match = COMPARATOR.exec(token);
    if (!match)
        return false;
    const [, op = '', star, majorText, minorText, patchText, preText] = match;
    if (star !== undefined) {
        if (op !== '')
            return false;
        set.push(null);
        return true;
    }
    const major = Number(majorText);
    const xMinor = isX(minorText);
    const xPatch = xMinor || isX(patchText);
    // `1.x.3` (node-semver keeps it as written) and `1.2.x-pre` are left to node-semver.
    if ((xMinor && !isX(patchText)) || (xPatch && preText !== undefined))
        return false;
    const minor = xMinor ? 0 : Number(minorText);
    const patch = xPatch ? 0 : Number(patchText);
    const pre = prerelease(preText);
    if (op === '^') {
        if (xMinor)
            set.push(at('>=', major, 0, 0), below(major + 1, 0, 0));
        else if (xPatch)
            set.push(at('>=', major, minor, 0), major === 0 ? below(0, minor + 1, 0) : below(major + 1, 0, 0));
        else {
            const upper = major !== 0 ? below(major + 1, 0, 0) : minor !== 0 ? below(0, minor + 1, 0) : below(0, 0, patch + 1);
            set.push(at('>=', major, minor, patch, pre), upper);
        }
        return true;
    }
    if (op === '~') {
        if (xMinor)
            set.push(at('>=', major, 0, 0), below(major + 1, 0, 0));
        else if (xPatch)
            set.push(at('>=', major, minor, 0), below(major, minor + 1, 0));
        else
            set.push(at('>=', major, minor, patch, pre), below(major, minor + 1, 0));
        return true;
    }
    if (!xPatch) {
        set.push(at(op === '=' ? '' : op, major, minor, patch, pre));
        return true;
    }
    // replaceXRange with an x somewhere.
    if (op === '' || op === '=') {
        if (xMinor)
            set.push(at('>=', major, 0, 0), below(major + 1, 0, 0));
        else
            set.push(at('>=', major, minor, 0), below(major, minor + 1, 0));
    }
    else if (op === '>') {
        set.push(xMinor ? at('>=', major + 1, 0, 0) : at('>=', major, minor + 1, 0));
    }
    else if (op === '<=') {
        set.push(xMinor ? below(major + 1, 0, 0) : below(major, minor + 1, 0));
    }
    else if (op === '<') {
        set.push(below(major, minor, 0));
    }
    else {
        set.push(at('>=', major, minor, 0));
    }
    return true;
}
const isNull = (comparator) => comparator !== null &&
    comparator.op === '<' &&
    comparator.version.major === 0 &&
    comparator.version.minor === 0 &&
    comparator.version.patch === 0 &&
    comparator.version.pre.length === 1 &&
    comparator.version.pre[0] === 0;
/** Range#parseRange on one `||` alternative, after whitespace was collapsed; undefined when it is not ours. */
function parseSet(text) {
    if (text === '')
        return undefined;
    const tokens = text.split(' ');
    const set = [];
    for (let index = 0; index < tokens.length; index++) {
        let token = tokens[index];
        if (LONE_OPERATORS.has(token)) {
            const next = tokens[++index];
            if (next === undefined || !/^\d/.test(next))
                return undefined;
            token += next;
        }
        if (!addComparator(token, set))
            return undefined;
    }
    // A null set (`<0.0.0-0`) replaces the whole set; ANY is dropped next to anything else.
    const nullSet = set.find(isNull);
    if (nullSet)
        return [nullSet];
    const bounded = set.filter((comparator) => comparator !== null);
    return bounded.length ? bounded : [null];
}
/** The comparator sets of a range as node-semver's Range holds them; undefined when node-semver must decide. */
function parseRange(range) {
    const sets = [];
    for (const part of range.trim().replace(/\s+/g, ' ').split('||')) {
        const set = parseSet(part.trim());
        if (!set)
            return undefined;
        sets.push(set);
    }
    if (sets.length === 1)
        return sets;
    const kept = sets.filter((set) => !isNull(set[0]));
    if (kept.length === 0)
        return [sets[0]];
    return kept.find((set) => set.length === 1 && set[0] === null) ? [[null]] : kept;
}
const ranges = new Map();
function fastRange(range) {
    let sets = ranges.get(range);
    if (sets === undefined) {
        sets = parseRange(range) ?? null;
        ranges.set(range, sets);
    }
    return sets ?? undefined;
}
/** Whether `range` is read here without node-semver (for the tests). */
function isFastRange(range) {
    return fastRange(range) !== undefined;
}
const NOTHING = { test: () => false };
/** `new Range(range, { loose: true })`, ready to test versions; an invalid range satisfies nothing. */
function compileRange(range) {
    let compiled = compiledRanges.get(range);
    if (compiled === undefined) {
        compiled = compileSimple(range) ?? compileSets(range, fastRange(range)) ?? compileWithSemver(range);
        compiledRanges.set(range, compiled);
    }
    return compiled;
}
/** A workspace repeats its ranges (`^18.2.0` in a hundred manifests): each is compiled once. */
const compiledRanges = new Map();
/**
 * `^1.2.3`, `~1.2.3` or `1.2.3` compiled, else undefined. Such a spec is its own range (specTarget would
 * return it unchanged), so callers can skip specTarget for it.
 */
function compileSimple(range) {
    const simple = SIMPLE_RANGE.exec(range);
    if (!simple)
        return undefined;
    // [low, high) as release numbers; prereleases and longer numbers go through the comparator sets.
    const [, op, majorText, minorText, patchText] = simple;
    const major = Number(majorText);
    const minor = Number(minorText);
    const patch = Number(patchText);
    const low = releaseNumber(major, minor, patch);
    const high = op === ''
        ? low + 1
        : op === '~' || (major === 0 && minor !== 0)
            ? releaseNumber(major, minor + 1, 0)
            : major === 0
                ? low + 1
                : releaseNumber(major + 1, 0, 0);
    let general;
    return {
        test(text) {
            const version = cachedRelease(text);
            if (version !== undefined)
                return version >= low && version < high;
            general ??= compileSets(range, fastRange(range));
            return general.test(text);
        },
    };
}
function compileWithSemver(range) {
    const semver = lib();
    try {
        const parsed = new semver.Range(range, { loose: true });
        return { test: (version) => parsed.test(version) };
    }
    catch {
        return NOTHING;
    }
}
function compileSets(range, sets) {
    if (!sets)
        return undefined;
    return {
        test(text) {
            const version = cachedVersion(text);
            if (!version)
                return lib().satisfies(text, range, { loose: true });
            for (const set of sets)
                if (testSet(set, version))
                    return true;
            return false;
        },
    };
}
/** node-semver's `validRange(range, { loose: true }) !== null`. */
function isValidRange(range) {
    return (SIMPLE_RANGE.test(range) ||
        fastRange(range) !== undefined ||
        lib().validRange(range, { loose: true }) !== null);
}
/** node-semver's `satisfies(version, range, { loose: true })`. */
function satisfiesRange(version, range) {
    return compileRange(range).test(version);
}
/** node-semver's `valid(version) !== null` (strict, as npm records versions). */
function isValidVersion(version) {
    return cachedVersion(version) !== undefined || lib().valid(version) !== null;
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/npm-workspaces.js



/** The `workspaces` globs of a package.json (array or `{ packages: [...] }`). */
function workspacePatterns(manifest) {
    const field = manifest.workspaces;
    const list = Array.isArray(field)
        ? field
        : isRecord(field) && Array.isArray(field.packages)
            ? field.packages
            : [];
    return list.filter((item) => typeof item === 'string');
}
const SKIP = new Set(['node_modules', 'bower_components', '.git', '.venv', 'target']);
/** A glob segment with none of the characters that make it more than its own text. */
const LITERAL = /^[^*?[\]{}()!+@\\]+$/;
function shapeOf(segments) {
    const last = segments.length - 1;
    const simple = (segment) => segment === '*' || LITERAL.test(segment);
    if (segments.every(simple))
        return 'exact';
    if (segments[last] === '**' && segments.slice(0, last).every(simple))
        return 'tail';
    return 'other';
}
/**
 * Folders (relative, `/`-separated) holding `marker` (package.json) that the workspace globs match, with the
 * package managers' own semantics: a pattern matches `<pattern>/<marker>`, so `dir/**` includes `dir` itself and
 * has no depth limit; `*` and `**` do not enter dot folders; `!pattern` excludes. The walk only enters folders
 * a pattern can still match below (`maxDepth` only bounds a runaway tree).
 */
async function expandWorkspaces(root, patterns, maxDepth = 64, marker = 'package.json', dotFolders = false) {
    // uv expands its member globs with Rust's glob crate, whose `*` and `**` enter dot folders too. The npm-style
    // matcher never lets a wildcard match a leading dot, so for uv each segment gets a letter in front first.
    const undot = (path) => dotFolders ? path.replace(/(^|\/)(?!\*\*(?:\/|$))/g, '$1_') : path;
    const glob = (path, pattern) => matchesGlobCached(undot(path), undot(pattern));
    const include = patterns.filter((pattern) => !pattern.startsWith('!')).map(normalise);
    const exclude = patterns
        .filter((pattern) => pattern.startsWith('!'))
        .map((pattern) => normalise(pattern.slice(1)));
    if (include.length === 0)
        return [];
    const includeSegments = include.map((pattern) => pattern.split('/'));
    const shapes = includeSegments.map(shapeOf);
    const found = [];
    /** Whether a folder reached with `item` alive at `depth` matches that pattern. */
    function matches(item, depth, relative) {
        const shape = shapes[item.pattern];
        const length = includeSegments[item.pattern].length;
        if (shape === 'exact')
            return !item.starred && depth === length;
        if (shape === 'tail')
            return item.starred || depth === length - 1;
        return glob(`${relative}/${marker}`, `${include[item.pattern]}/${marker}`);
    }
    async function walk(relative, depth, alive) {
        let entries;
        try {
            entries = await readDirents(relative === '' ? root : (0,external_node_path_namespaceObject.join)(root, relative));
        }
        catch {
            return;
        }
        if (relative !== '' &&
            entries.some((entry) => entry.name === marker && entry.isFile()) &&
            alive.some((item) => matches(item, depth, relative)) &&
            !exclude.some((pattern) => glob(`${relative}/${marker}`, `${pattern}/${marker}`))) {
            found.push(relative);
        }
        if (depth >= maxDepth)
            return;
        for (const entry of entries) {
            if (!entry.isDirectory() || SKIP.has(entry.name))
                continue;
            const below = aliveBelow(alive, depth, entry.name);
            if (below.length === 0)
                continue;
            await walk(relative === '' ? entry.name : `${relative}/${entry.name}`, depth + 1, below);
        }
    }
    /** The patterns of `alive` that may match a folder named `name` at `depth` (0-based) or below it. */
    function aliveBelow(alive, depth, name) {
        const out = [];
        const hidden = !dotFolders && name.charCodeAt(0) === 0x2e;
        for (const item of alive) {
            if (item.starred) {
                if (!hidden)
                    out.push(item);
                continue;
            }
            const segment = includeSegments[item.pattern][depth];
            if (segment === undefined)
                continue;
            if (segment === '**') {
                if (!hidden)
                    out.push({ pattern: item.pattern, starred: true });
                continue;
            }
            if (glob(name, segment))
                out.push(item);
        }
        return out;
    }
    await walk('', 0, include.map((_, pattern) => ({ pattern, starred: false })));
    return found.sort();
}
/** `./a/b/`, `a//b`, `a\\b` \u2192 `a/b`: a relative path or glob as written in a manifest; most already are. */
function normalise(pattern) {
    if (!/\\|\/\/|\/\.|^\.|\/$/.test(pattern))
        return pattern;
    return external_node_path_namespaceObject.posix.normalize(pattern.replace(/\\/g, '/')).replace(/^\.\//, '').replace(/\/$/, '');
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/cargo.js








const FIX = 'cargo update --workspace';
const HOSTS = ['github.com', 'index.crates.io'];
/** Before edition 2024 cargo also reads (and warns about) the `dev_dependencies` and `build_dependencies` spellings. */
const DEPENDENCY_TABLES = [
    'dependencies',
    'dev-dependencies',
    'build-dependencies',
    'dev_dependencies',
    'build_dependencies',
];
function table(value) {
    return isRecord(value) ? value : {};
}
/** `{ git, rev | branch | tag }` \u2192 the URL and query Cargo.lock's `git+<url>?<query>#<commit>` source carries. */
function gitSpec(field) {
    const git = field('git');
    if (typeof git !== 'string')
        return undefined;
    for (const key of ['rev', 'branch', 'tag']) {
        const value = field(key);
        if (typeof value === 'string')
            return { url: git, query: `${key}=${value}` };
    }
    return { url: git, query: '' };
}
/**
 * A git URL as cargo compares it (its CanonicalUrl): no trailing `/` or `.git`, host in lower case; a github.com
 * URL as https (its user kept) with its whole path in lower case (GitHub's paths are not case-sensitive).
 */
function canonicalGit(url) {
    const canonical = url
        .replace(/\/+$/, '')
        .replace(/\.git$/, '')
        .replace(/^([a-z+]+:\/\/(?:[^/@]*@)?)([^/]+)/i, (_, start, host) => start + host.toLowerCase());
    const github = /^[a-z]+:\/\/((?:[^/@]*@)?github\.com(?::\d+)?)(\/.*)?$/.exec(canonical);
    return github ? `https://${github[1]}${(github[2] ?? '').toLowerCase()}` : canonical;
}
/**
 * The git reference of a Cargo.lock `source` query as cargo reads it (GitReference::from_query): form-decoded, as
 * lockfile v4 writes it (`branch=feature%2Fx`), the last of `branch` (or the older `ref`), `tag` and `rev`.
 */
function lockedGitReference(query) {
    let reference = '';
    for (const [key, value] of new URLSearchParams(query)) {
        if (key === 'branch' || key === 'ref')
            reference = `branch=${value}`;
        else if (key === 'tag' || key === 'rev')
            reference = `${key}=${value}`;
    }
    return reference;
}
/** Whether a Cargo.lock `source` is the git dependency `git` (same URL, same rev/branch/tag). */
function sameGitSource(source, git) {
    const match = /^git\+([^?#]+)(?:\?([^#]*))?(?:#.*)?$/.exec(source);
    if (!match)
        return false;
    return (canonicalGit(match[1]) === canonicalGit(git.url) && lockedGitReference(match[2] ?? '') === git.query);
}
const BARE_VERSION = /^\d+(?:\.\d+){0,2}$/;
/** Cargo requirement \u2192 node-semver range: `1.2` \u2192 `^1.2`, `=1.0.3` stays, `>=1, <2` \u2192 `>=1 <2`. */
function cargoRange(requirement) {
    // Most requirements are a bare version (`1`, `0.4`, `1.0.197`).
    if (BARE_VERSION.test(requirement))
        return `^${requirement}`;
    return requirement
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => (/^\d/.test(part) ? `^${part}` : part.replace(/\s+/g, '')))
        .join(' ');
}
/** Every dependency a Cargo.toml declares: normal, dev, build and `[target.'cfg(..)'.*]`, with renames resolved. */
function cargoDependencies(manifest, workspaceDeps) {
    const out = [];
    collectDependencies(manifest, '', workspaceDeps, out);
    const targets = table(manifest.target);
    for (const cfg of Object.keys(targets))
        collectDependencies(table(targets[cfg]), `target.${cfg}.`, workspaceDeps, out);
    return out;
}
// A workspace declares a thousand dependencies or more, each read once in a cold process: keys and lookups
// rather than entry pairs and object spreads, which cost several times more there.
function collectDependencies(tables, prefix, workspaceDeps, out) {
    for (const section of DEPENDENCY_TABLES) {
        const declared = tables[section];
        if (!isRecord(declared))
            continue;
        const where = prefix + section;
        for (const key of Object.keys(declared))
            out.push(dependency(key, declared[key], workspaceDeps, where));
    }
}
/**
 * One declared dependency. `{ workspace = true }` takes the workspace's entry, with the member's own keys
 * (features, optional) over it; a workspace entry that is only a version string is that version.
 */
function dependency(key, raw, workspaceDeps, section) {
    if (typeof raw === 'string')
        return { key, name: key, requirement: raw, path: undefined, git: undefined, section };
    const details = table(raw);
    const inherits = details.workspace === true;
    const inherited = inherits ? own(workspaceDeps, key) : undefined;
    const base = isRecord(inherited) ? inherited : undefined;
    const field = (name) => (details[name] !== undefined ? details[name] : base?.[name]);
    const version = typeof inherited === 'string' ? inherited : field('version');
    const renamed = field('package');
    const path = field('path');
    const found = {
        key,
        name: typeof renamed === 'string' ? renamed : key,
        requirement: typeof version === 'string' ? version : undefined,
        path: typeof path === 'string' ? path : undefined,
        git: gitSpec(field),
        section,
    };
    if (inherits)
        found.inherited = true;
    // `optional` is the crate's own key (a workspace entry cannot make a dependency optional).
    if (details.optional === true)
        found.optional = true;
    return found;
}
/**
 * Whether a member folder is left out by `workspace.exclude`: cargo excludes every manifest below an excluded
 * path (a path prefix by components, not a glob), unless a member names it literally.
 */
function cargoExcluded(dir, excluded, members) {
    const under = (prefix) => {
        const path = normalise(prefix);
        return path === '.' || dir === path || dir.startsWith(`${path}/`);
    };
    return excluded.some(under) && !members.some(under);
}
/**
 * The members of the workspace a root Cargo.toml (in `rootDir`, relative to `cwd`) declares, as cargo finds them
 * (`Workspace::find_members`): the folders `members` globs match, then \u2014 transitively \u2014 every path dependency
 * (of any kind or target, inherited ones resolved from the root) of the root package and of each member whose
 * folder lies inside the root's, unless `exclude` leaves it out (and no member names it). A manifest without a
 * `[workspace]` table has no members. The root itself is not listed.
 */
function cargoWorkspaceMembers(cwd, rootDir, root) {
    // The check and the member-lockfile scan both ask for them: each manifest is read and parsed once a run.
    const key = (0,external_node_path_namespaceObject.resolve)(cwd, rootDir);
    let members = membersFound.get(key);
    if (!members) {
        members = findMembers(cwd, rootDir, root);
        membersFound.set(key, members);
    }
    return members;
}
const membersFound = perRun();
async function findMembers(cwd, rootDir, root) {
    if (!isRecord(root.workspace))
        return [];
    const workspace = root.workspace;
    const members = strings(workspace.members);
    const excluded = strings(workspace.exclude);
    const workspaceDeps = table(workspace.dependencies);
    const out = [];
    const seen = new Set(['.']);
    // A member the globs found is read as any manifest (an unreadable one is a problem); a path dependency's
    // folder without a Cargo.toml is no member (cargo itself reports it).
    const load = async (dir, found) => {
        const path = external_node_path_namespaceObject.posix.join(rootDir, dir, 'Cargo.toml');
        const file = found ? await readText(cwd, path) : await readTextIfPresent(cwd, path);
        return file && { dir, file, parsed: await parseTomlText(file) };
    };
    const queue = [{ dir: '.', parsed: root }];
    for (const dir of await expandWorkspaces((0,external_node_path_namespaceObject.resolve)(cwd, rootDir), members, undefined, 'Cargo.toml')) {
        if (seen.has(dir) || cargoExcluded(dir, excluded, members))
            continue;
        seen.add(dir);
        const member = (await load(dir, true));
        out.push(member);
        queue.push(member);
    }
    while (queue.length > 0) {
        const crate = queue.shift();
        if (!isRecord(crate.parsed.package))
            continue;
        crate.dependencies = cargoDependencies(crate.parsed, workspaceDeps);
        for (const dependency of crate.dependencies) {
            if (!dependency.path)
                continue;
            const dir = external_node_path_namespaceObject.posix.normalize(dependency.inherited ? normalise(dependency.path) : external_node_path_namespaceObject.posix.join(crate.dir, normalise(dependency.path)));
            if (dir === '..' || dir.startsWith('../') || external_node_path_namespaceObject.posix.isAbsolute(dir))
                continue;
            if (seen.has(dir) || cargoExcluded(dir, excluded, members))
                continue;
            seen.add(dir);
            const member = await load(dir, false);
            if (!member)
                continue;
            out.push(member);
            queue.push(member);
        }
    }
    return out;
}
/**
 * The line that declares `key` in `section` (`dependencies`, `target.'cfg(unix)'.dev-dependencies`): its own
 * table `[dependencies.key]` where it has one, else its `key = \u2026` line below the section's header.
 */
function dependencyLine(text, section, key) {
    const header = escapeRegex(section).replace(/\\\./g, '["\']?\\.["\']?');
    const table = new RegExp(`^\\[${header}\\.["']?${escapeRegex(key)}["']?\\]`, 'm').exec(text);
    if (table)
        return lineAt(text, table.index);
    return findLine(text, new RegExp(`^\\[${header}\\]`), new RegExp(`^["']?${escapeRegex(key)}["']?\\s*[=.]`));
}
/** A folder's real path (symlinks resolved), or undefined where there is none. */
function realFolder(path) {
    try {
        return (0,external_node_fs_namespaceObject.realpathSync)(path);
    }
    catch {
        return undefined;
    }
}
/**
 * `[patch."<git url>"]` entries of the root manifest, as `<canonical url> <name>`: cargo takes such a dependency
 * from the patch (a fork, a folder), and the lockfile records that source instead of the URL the member wrote.
 */
function patchedGitSources(root) {
    const out = new Set();
    for (const [source, entries] of Object.entries(table(root.patch))) {
        if (source === 'crates-io')
            continue;
        for (const name of Object.keys(table(entries)))
            out.add(`${canonicalGit(source)} ${name}`);
    }
    return out;
}
class CargoCheck {
    context;
    problems = new Problems('cargo', FIX);
    lock;
    patchedGit = new Set();
    constructor(context) {
        this.context = context;
    }
    async run() {
        const { cwd, pair } = this.context;
        this.lock = await readText(cwd, pair.lockfile);
        const data = await parseTomlText(this.lock);
        const version = data.version;
        if (version !== undefined && version !== 3 && version !== 4) {
            this.problems.add('unsupported-format', this.lock.path, findLine(this.lock.text, /^version\s*=/), '', `${this.lock.path} has version ${String(version)}, which this action does not know (expected 3 or 4); refusing to pass it unchecked`);
            return;
        }
        const manifest = await readText(cwd, pair.manifest);
        const root = await parseTomlText(manifest);
        const workspace = table(root.workspace);
        const crates = [];
        if (isRecord(root.package))
            crates.push(this.crate('.', manifest, root, workspace));
        for (const member of await cargoWorkspaceMembers(cwd, pair.dir, root))
            if (isRecord(member.parsed.package))
                crates.push(this.crate(member.dir, member.file, member.parsed, workspace, member.dependencies));
        crates.push(...(await this.pathCrates(crates)));
        // Cargo.lock format 1 (cargo before 1.24 or so) kept the root crate in a `[root]` table of its own.
        const packages = [data.root, ...(Array.isArray(data.package) ? data.package : [])].filter(isRecord);
        this.patchedGit = patchedGitSources(root);
        // Each crate asks for the entries of each of its dependencies: a workspace has hundreds of both.
        const byName = new Map();
        for (const entry of packages) {
            if (typeof entry.name !== 'string')
                continue;
            const name = entry.name;
            const list = byName.get(name);
            if (list)
                list.push(entry);
            else
                byName.set(name, [entry]);
        }
        // Common requirements are judged without node-semver; the checks run again once it is loaded if one is not.
        const before = this.problems.list.length;
        await withSemver(() => {
            for (const crate of crates)
                this.checkCrate(crate, byName);
        }, () => {
            this.problems.list.length = before;
        });
        this.checkSources(packages, table(data.metadata));
    }
    /**
     * The path dependencies that are no members (outside the root's folder, or left out by `exclude`), and theirs,
     * transitively: cargo locks them too, with their version and their normal and build dependencies (it resolves
     * no member's dev-dependencies), their inherited fields read from their own workspace. Only those inside the
     * repository are read.
     */
    async pathCrates(members) {
        const { cwd, pair } = this.context;
        const boundary = realFolder(this.context.boundary ?? (0,external_node_path_namespaceObject.resolve)(cwd));
        const seen = new Set(members.map((crate) => crate.dir));
        const resolved = new Map();
        const queue = [...members];
        const found = [];
        for (let crate = queue.shift(); crate; crate = queue.shift()) {
            for (const dependency of crate.dependencies) {
                // Another package's optional dependency is locked only where a feature asks for it; members' all are.
                if (!dependency.path || (dependency.optional && crate.member === false))
                    continue;
                const base = dependency.inherited ? (crate.workspaceDir ?? '.') : crate.dir;
                // Members inherit the same workspace paths many times over: each is resolved once.
                const key = `${base}\0${dependency.path}`;
                let dir = resolved.get(key);
                if (dir === undefined) {
                    dir = external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(base, normalise(dependency.path)));
                    resolved.set(key, dir);
                }
                if (seen.has(dir))
                    continue;
                seen.add(dir);
                const path = external_node_path_namespaceObject.posix.join(pair.dir, dir, 'Cargo.toml');
                // Inside the repository, symlinks followed: a link out of it is not read.
                const real = realFolder((0,external_node_path_namespaceObject.resolve)(cwd, pair.dir, dir));
                if (real === undefined || boundary === undefined || leadsOut((0,external_node_path_namespaceObject.relative)(boundary, real)))
                    continue;
                const file = await readTextIfPresent(cwd, path);
                if (!file)
                    continue;
                const parsed = await parseTomlText(file);
                if (!isRecord(parsed.package))
                    continue;
                const owner = await this.workspaceOf(dir);
                const pathCrate = this.crate(dir, file, parsed, table(owner?.parsed.workspace));
                pathCrate.dependencies = pathCrate.dependencies.filter((item) => !/dev[-_]dependencies/.test(item.section));
                pathCrate.member = false;
                pathCrate.workspaceDir = owner?.dir;
                found.push(pathCrate);
                queue.push(pathCrate);
            }
        }
        return found;
    }
    /**
     * The workspace root a path crate belongs to, as cargo finds it: the nearest Cargo.toml at or above its folder
     * with a `[workspace]` table (its folder relative to the checked root), inside the repository.
     */
    async workspaceOf(dir) {
        const { cwd, pair } = this.context;
        const boundary = this.context.boundary ?? (0,external_node_path_namespaceObject.resolve)(cwd);
        const top = (0,external_node_path_namespaceObject.resolve)(cwd, pair.dir);
        for (let folder = (0,external_node_path_namespaceObject.resolve)(top, dir); !leadsOut((0,external_node_path_namespaceObject.relative)(boundary, folder)); folder = (0,external_node_path_namespaceObject.resolve)(folder, '..')) {
            const path = (0,external_node_path_namespaceObject.relative)(cwd, (0,external_node_path_namespaceObject.resolve)(folder, 'Cargo.toml')).split('\\').join('/');
            const file = await readTextIfPresent(cwd, path);
            const parsed = file ? await parseTomlText(file).catch(() => undefined) : undefined;
            if (parsed && isRecord(parsed.workspace))
                return { dir: (0,external_node_path_namespaceObject.relative)(top, folder).split('\\').join('/') || '.', parsed };
            if (folder === (0,external_node_path_namespaceObject.resolve)(folder, '..'))
                break;
        }
        return undefined;
    }
    crate(dir, manifest, parsed, workspace, dependencies = cargoDependencies(parsed, table(workspace.dependencies))) {
        const pkg = table(parsed.package);
        const inherited = table(workspace.package);
        const version = isRecord(pkg.version) && pkg.version.workspace === true ? inherited.version : pkg.version;
        return {
            dir,
            manifest,
            name: String(pkg.name ?? ''),
            version: typeof version === 'string' ? version : '0.0.0',
            dependencies,
        };
    }
    checkCrate(crate, byName) {
        const { manifest } = crate;
        const named = (name) => byName.get(name) ?? [];
        const local = named(crate.name).filter((entry) => entry.source === undefined);
        const nameLine = () => findLine(manifest.text, /^\[package\]/, /^name\s*=/);
        if (local.length === 0) {
            this.problems.add('workspace', manifest.path, nameLine(), crate.name, `crate ${crate.name} (${crate.dir}) is not in ${this.lock.path}`);
            return;
        }
        const entry = local.find((item) => item.version === crate.version);
        if (!entry) {
            this.problems.add('workspace', manifest.path, findLine(manifest.text, /^\[package\]/, /^version\s*=/), crate.name, `${crate.name} is version ${crate.version} but ${this.lock.path} locks ${String(local[0].version)}`);
            return;
        }
        // `dependencies = ["serde", "serde 1.0.1", "serde 1.0.1 (registry+\u2026)"]`: name, then version when ambiguous;
        // a crate can depend on two versions of one package (one of them renamed), listed once each.
        const locked = new Map();
        for (const item of Array.isArray(entry.dependencies) ? entry.dependencies : []) {
            const text = String(item);
            const space = text.indexOf(' ');
            const name = space === -1 ? text : text.slice(0, space);
            const versions = locked.get(name) ?? [];
            if (space !== -1) {
                const next = text.indexOf(' ', space + 1);
                const version = next === -1 ? text.slice(space + 1) : text.slice(space + 1, next);
                if (version)
                    versions.push(version);
            }
            locked.set(name, versions);
        }
        const wanted = new Set();
        for (const dependency of crate.dependencies) {
            wanted.add(dependency.name);
            const line = () => dependencyLine(manifest.text, dependency.section, dependency.key);
            if (!locked.has(dependency.name) && dependency.optional && crate.member === false)
                continue;
            if (!locked.has(dependency.name)) {
                this.problems.add('not-locked', manifest.path, line(), dependency.name, `${dependency.name} (${dependency.section} of ${crate.name}) is not in ${this.lock.path}`);
                continue;
            }
            if (dependency.git &&
                !dependency.path &&
                !this.patchedGit.has(`${canonicalGit(dependency.git.url)} ${dependency.name}`)) {
                const git = dependency.git;
                const sources = named(dependency.name).filter((item) => typeof item.source === 'string');
                if (!sources.some((item) => sameGitSource(String(item.source), git))) {
                    const what = git.query ? `${git.url} (${git.query.replace('=', ' ')})` : git.url;
                    this.problems.add('unsatisfied', manifest.path, line(), dependency.name, `${dependency.name} comes from git ${what} (${dependency.section} of ${crate.name}) but ${this.lock.path} locks it from ${String(sources[0]?.source ?? 'elsewhere')}`);
                    continue;
                }
            }
            if (!dependency.requirement || dependency.path)
                continue;
            const listed = locked.get(dependency.name) ?? [];
            const versions = listed.length
                ? listed
                : [String(named(dependency.name)[0]?.version ?? '')].filter(Boolean);
            const range = cargoRange(dependency.requirement);
            if (versions.length && isValidRange(range) && !versions.some((item) => satisfiesRange(item, range))) {
                this.problems.add('unsatisfied', manifest.path, line(), dependency.name, `${this.lock.path} locks ${dependency.name} ${versions.join(', ')}, which does not satisfy "${dependency.requirement}" (${dependency.section} of ${crate.name})`);
            }
        }
        for (const name of locked.keys()) {
            if (wanted.has(name))
                continue;
            this.problems.add('extraneous', this.lock.path, findLine(this.lock.text, new RegExp(`^name = "${escapeRegex(crate.name)}"`), new RegExp(`^\\s*"${escapeRegex(name)}[ "]`)), name, `${name} is locked as a dependency of ${crate.name} but Cargo.toml no longer declares it`);
        }
    }
    /** `metadata`: the lockfile format 1 (no `version`) keeps checksums there, as `"checksum <name> <version> (<source>)"`. */
    checkSources(packages, metadata) {
        for (const entry of packages) {
            const source = typeof entry.source === 'string' ? entry.source : '';
            const registry = /^(registry|sparse)\+(.*)$/.exec(source);
            const name = String(entry.name ?? '');
            if (!registry) {
                // A git source (`git+https://\u2026?rev=\u2026#<commit>`), under the one source policy; path dependencies
                // have no source in Cargo.lock.
                if (!source)
                    continue;
                const findings = checkSource({ kind: source.startsWith('git+') ? 'git' : 'tarball', location: source, hashExpected: false }, this.context.security, HOSTS);
                for (const finding of findings)
                    this.problems.finding(finding, this.lock.path, tomlPackageLine(this.lock.text, name), name, `${name} ${String(entry.version ?? '')}`);
                continue;
            }
            const line = () => tomlPackageLine(this.lock.text, name);
            const findings = checkUrl(registry[2], this.context.security, HOSTS);
            const checksum = entry.checksum ?? metadata[`checksum ${name} ${String(entry.version ?? '')} (${source})`];
            if (this.context.security.requireIntegrity && typeof checksum !== 'string') {
                findings.push({ kind: 'integrity', message: 'has no checksum' });
            }
            for (const finding of findings)
                this.problems.add(finding.kind, this.lock.path, line(), name, `${name} ${String(entry.version ?? '')} ${finding.message}`);
        }
    }
}
const cargo = {
    name: 'cargo',
    lockfiles: ['Cargo.lock'],
    manifest: 'Cargo.toml',
    fix: FIX,
    defaultHosts: HOSTS,
    async declaresDependencies(manifest) {
        const parsed = await parseTomlText(manifest);
        return isRecord(parsed.workspace) || cargoDependencies(parsed, {}).length > 0;
    },
    /**
     * Cargo writes Cargo.lock whenever it is missing (only `--locked` refuses), and its guidance long was to
     * commit it for binaries and leave it out for libraries (`cargo new --lib` ignored it in git): a package that
     * builds a binary is expected to commit it; a library, or a virtual workspace root, is not.
     */
    async lockfileExpected(manifest, cwd) {
        const parsed = await parseTomlText(manifest);
        if (!isRecord(parsed.package))
            return false;
        if (Array.isArray(parsed.bin) && parsed.bin.length > 0)
            return true;
        if (parsed.package.autobins === false)
            return false;
        try {
            const src = await readDirents((0,external_node_path_namespaceObject.resolve)(cwd, external_node_path_namespaceObject.posix.dirname(manifest.path), 'src'));
            return src.some((entry) => (entry.name === 'main.rs' ? !entry.isDirectory() : entry.name === 'bin'));
        }
        catch {
            return false;
        }
    },
    async check(context) {
        const check = new CargoCheck(context);
        return check.problems.guard(() => check.run());
    },
};

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/go-vendor.js
// A Go module that commits vendor/modules.txt builds from vendor/ (go 1.14 and later), and go refuses a
// vendor/modules.txt that disagrees with go.mod ("inconsistent vendoring"). The rules are cmd/go's
// checkVendorConsistency, for a module on its own (in a Go workspace, go reads the workspace's vendor folder).
const go_vendor_VERSION = /^v\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/;
/** vendor/modules.txt as cmd/go's readVendorList reads it. */
function parseModulesTxt(text) {
    const list = { meta: new Map(), withPackages: [], replaced: [] };
    let current;
    const seen = new Set();
    const lines = text.split('\n');
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        const meta = (key) => {
            const known = list.meta.get(key);
            if (known)
                return known;
            const entry = {
                explicit: false,
                line: index + 1,
            };
            list.meta.set(key, entry);
            return entry;
        };
        if (line.startsWith('# ')) {
            let fields = line.trim().split(/\s+/);
            if (fields.length < 3)
                continue;
            if (go_vendor_VERSION.test(fields[2])) {
                current = `${fields[1]} ${fields[2]}`;
                fields = fields.slice(3);
            }
            else if (fields[2] === '=>') {
                current = fields[1];
                fields = fields.slice(2);
            }
            else {
                current = undefined;
                continue;
            }
            const entry = meta(current);
            if (fields.length >= 2 && fields[0] === '=>') {
                const replacement = fields.length === 2
                    ? fields[1]
                    : fields.length === 3 && go_vendor_VERSION.test(fields[2])
                        ? fields.slice(1).join(' ')
                        : undefined;
                if (replacement !== undefined) {
                    entry.replacement = replacement;
                    list.replaced.push(current);
                }
            }
            continue;
        }
        if (current === undefined)
            continue;
        if (line.startsWith('## ')) {
            if (line
                .slice(3)
                .split(';')
                .some((part) => part.trim() === 'explicit'))
                meta(current).explicit = true;
            continue;
        }
        const fields = line.trim().split(/\s+/);
        if (fields.length === 1 && fields[0] !== '' && !seen.has(current)) {
            seen.add(current);
            list.withPackages.push(current);
        }
    }
    return list;
}
/** `go 1.14`, `go 1.21.0`, `go 1.22rc1` \u2192 whether it is 1.14 or later; false when go.mod names none. */
function vendorsByDefault(goVersion) {
    const match = /^1\.(\d+)/.exec(goVersion ?? '');
    return match !== null && Number(match[1]) >= 14;
}
/** Where go.mod and vendor/modules.txt disagree, in go's words. */
function vendorInconsistencies(mod, vendor) {
    const problems = [];
    const required = new Set(mod.requires.map((require) => `${require.path} ${require.version}`));
    for (const require of mod.requires) {
        if (vendor.meta.get(`${require.path} ${require.version}`)?.explicit)
            continue;
        problems.push({
            file: 'go.mod',
            line: require.line,
            module: require.path,
            kind: 'not-locked',
            message: `${require.path}@${require.version} is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt`,
        });
    }
    const replacements = new Map();
    for (const replace of mod.replaces)
        replacements.set(replace.old, replace.target);
    const replacementOf = (key) => replacements.get(key) ?? replacements.get(key.split(' ')[0]);
    const checked = new Set();
    for (const replace of mod.replaces) {
        if (checked.has(replace.old))
            continue;
        checked.add(replace.old);
        // A replacement of the main module itself replaces nothing.
        if (replace.old.split(' ')[0] === mod.module)
            continue;
        const target = replacements.get(replace.old);
        const marked = vendor.meta.get(replace.old)?.replacement;
        const old = replace.old.replace(' ', '@');
        if (marked === undefined)
            problems.push({
                file: 'go.mod',
                line: replace.line,
                module: old,
                kind: 'spec-mismatch',
                message: `${old} is replaced in go.mod, but not marked as replaced in vendor/modules.txt`,
            });
        else if (marked !== target)
            problems.push({
                file: 'go.mod',
                line: replace.line,
                module: old,
                kind: 'spec-mismatch',
                message: `${old} is replaced by ${target.replace(' ', '@')} in go.mod, but marked as replaced by ${marked.replace(' ', '@')} in vendor/modules.txt`,
            });
    }
    for (const key of vendor.withPackages) {
        const meta = vendor.meta.get(key);
        if (!meta?.explicit || required.has(key))
            continue;
        problems.push({
            file: 'vendor/modules.txt',
            line: meta.line,
            module: key.split(' ')[0],
            kind: 'extraneous',
            message: `${key.replace(' ', '@')} is marked as explicit in vendor/modules.txt, but not explicitly required in go.mod`,
        });
    }
    for (const key of vendor.replaced) {
        if (replacementOf(key) !== undefined)
            continue;
        problems.push({
            file: 'vendor/modules.txt',
            line: vendor.meta.get(key)?.line ?? 1,
            module: key.split(' ')[0],
            kind: 'extraneous',
            message: `${key.replace(' ', '@')} is marked as replaced in vendor/modules.txt, but not replaced in go.mod`,
        });
    }
    return problems;
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/go.js




const go_FIX = 'go mod tidy';
const VENDOR_FIX = 'go mod vendor';
/** The directives of a go.mod or go.work (single and block form). */
function parseGoFile(file) {
    const parsed = { requires: [], replaces: new Map(), replaceLines: [], uses: [] };
    let block;
    file.text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.replace(/\/\/.*$/, '').trim();
        if (line === '')
            return;
        if (block) {
            if (line === ')') {
                block = undefined;
                return;
            }
            directive(block, line, index + 1);
            return;
        }
        const opening = /^(require|replace|exclude|retract|tool|godebug|ignore|use)\s*\($/.exec(line);
        if (opening) {
            block = opening[1];
            return;
        }
        const single = /^(module|go|require|replace|use)\s+(.*)$/.exec(line);
        if (single)
            directive(single[1], single[2], index + 1);
    });
    function directive(kind, text, line) {
        const parts = text.split(/\s+/).map((part) => part.replace(/^"(.*)"$/, '$1'));
        if (kind === 'module')
            parsed.module = parts[0];
        else if (kind === 'go')
            parsed.goVersion = parts[0];
        else if (kind === 'use')
            parsed.uses.push(parts[0].replace(/(.)\/+$/, '$1'));
        else if (kind === 'require') {
            if (parts.length < 2 || !parts[1].startsWith('v')) {
                throw new FileProblem(file.path, line, `${file.path}:${line}: invalid go.mod: expected 'require module/path vX.Y.Z', got '${text}'`);
            }
            parsed.requires.push({ path: parts[0], version: parts[1], line });
        }
        else if (kind === 'replace') {
            const arrow = parts.indexOf('=>');
            if (arrow < 1)
                throw new FileProblem(file.path, line, `${file.path}:${line}: invalid ${file.path}: replace needs '=>'`);
            const target = parts.slice(arrow + 1);
            const local = target[0].startsWith('.') || target[0].startsWith('/');
            const key = arrow === 2 ? `${parts[0]} ${parts[1]}` : parts[0];
            parsed.replaces.set(key, local ? null : { path: target[0], version: target[1] ?? '' });
            parsed.replaceLines.push({ old: key, target: target.join(' '), line });
        }
    }
    return parsed;
}
/**
 * Requirements with `replace` applied. In a Go workspace, as go's replacementFrom applies them: go.work's first
 * (they win), then those of every workspace module, its siblings' too (two that disagree are an error of go's).
 */
function effectiveRequires(mod, workspace) {
    const sources = workspace ? [workspace.work.replaces, ...workspace.moduleReplaces] : [mod.replaces];
    const replaced = (require) => {
        for (const replaces of sources) {
            const exact = `${require.path} ${require.version}`;
            if (replaces.has(exact))
                return replaces.get(exact);
            if (replaces.has(require.path))
                return replaces.get(require.path);
        }
        return undefined;
    };
    return mod.requires.flatMap((require) => {
        const target = replaced(require);
        if (target === null)
            return [];
        return target ? [{ ...require, ...target }] : [require];
    });
}
/** The `require` lines of a go.mod (single and block form), with `replace` directives applied. */
function parseGoMod(file) {
    return effectiveRequires(parseGoFile(file));
}
/** `module version h1:hash` and `module version/go.mod h1:hash` lines of a go.sum. */
function parseGoSum(file) {
    const lines = new Set();
    file.text.split(/\r?\n/).forEach((raw, index) => {
        const text = raw.trim();
        if (text === '')
            return;
        const parts = text.split(/\s+/);
        if (parts.length !== 3 || !/^h\d+:[A-Za-z0-9+/=]+$/.test(parts[2])) {
            const line = index + 1;
            throw new FileProblem(file.path, line, `${file.path}:${line}: invalid go.sum line: expected 'module version h1:hash'`);
        }
        lines.add(`${parts[0]} ${parts[1]}`);
    });
    return lines;
}
/** go.work path (with cwd) \u2192 the workspace it describes, read once per run. */
const workspaces = perRun();
async function workspaceOf(cwd, dir, boundary) {
    for (let folder = dir;; folder = external_node_path_namespaceObject.posix.dirname(folder)) {
        if (leadsOut((0,external_node_path_namespaceObject.relative)(boundary, (0,external_node_path_namespaceObject.resolve)(cwd, folder))))
            return undefined;
        const workPath = external_node_path_namespaceObject.posix.join(folder, 'go.work');
        const key = `${cwd}\0${workPath}`;
        let found = workspaces.get(key);
        if (!found) {
            found = readWorkspace(cwd, folder, workPath);
            workspaces.set(key, found);
        }
        const workspace = await found;
        if (workspace) {
            const uses = workspace.work.uses.map((use) => external_node_path_namespaceObject.posix.join(folder, use));
            return uses.includes(external_node_path_namespaceObject.posix.normalize(dir)) ? workspace : undefined;
        }
        if (folder === '.' || folder === '/' || external_node_path_namespaceObject.posix.dirname(folder) === folder)
            return undefined;
    }
}
async function readWorkspace(cwd, folder, workPath) {
    const file = await readTextIfPresent(cwd, workPath);
    if (!file)
        return undefined;
    const work = parseGoFile(file);
    const workspace = {
        work,
        moduleReplaces: [],
        modules: new Set(),
        sums: new Set(),
        sumFiles: [],
    };
    const addSums = async (path) => {
        const sum = await readTextIfPresent(cwd, path);
        if (!sum)
            return;
        for (const line of parseGoSum(sum))
            workspace.sums.add(line);
        workspace.sumFiles.push(path);
    };
    for (const use of work.uses) {
        const modFolder = external_node_path_namespaceObject.posix.join(folder, use);
        const mod = await readTextIfPresent(cwd, external_node_path_namespaceObject.posix.join(modFolder, 'go.mod'));
        const parsed = mod ? parseGoFile(mod) : undefined;
        if (parsed?.module)
            workspace.modules.add(parsed.module);
        if (parsed)
            workspace.moduleReplaces.push(parsed.replaces);
        await addSums(external_node_path_namespaceObject.posix.join(modFolder, 'go.sum'));
    }
    await addSums(external_node_path_namespaceObject.posix.join(folder, 'go.work.sum'));
    return workspace;
}
/** The requirements of a go.mod whose hashes are missing from `sums`, each with what is missing. */
function unhashed(requires, sums, workspace) {
    return requires.flatMap((require) => {
        if (workspace?.modules.has(require.path))
            return [];
        const missing = [`${require.version}`, `${require.version}/go.mod`].filter((version) => !sums.has(`${require.path} ${version}`));
        return missing.length ? [{ require, missing }] : [];
    });
}
/** Only the module zip's hash is missing (the /go.mod one is there). */
function zipOnly(missing) {
    return missing.length === 1 && !missing[0].endsWith('/go.mod');
}
async function check(context, problems) {
    const { cwd, pair } = context;
    const goMod = await readText(cwd, pair.manifest);
    const goSum = await readText(cwd, pair.lockfile);
    const mod = parseGoFile(goMod);
    if (mod.module === undefined) {
        // Go itself refuses it ("no module declaration"): a file named go.mod that is data (a syntax-highlighting
        // sample, a rendered snapshot), not a module whose go.sum anything reads.
        problems.warn('parse', goMod.path, 1, '', `${goMod.path} has no module directive, so it is not a Go module (go refuses it); ${goSum.path} was not checked`, `add \`module <path>\` to ${goMod.path}, or ignore its folder`);
        return;
    }
    const workspace = await workspaceOf(cwd, pair.dir, context.boundary ?? (0,external_node_path_namespaceObject.resolve)(cwd));
    const sums = parseGoSum(goSum);
    for (const line of workspace?.sums ?? [])
        sums.add(line);
    const others = workspace?.sumFiles.filter((path) => path !== external_node_path_namespaceObject.posix.normalize(goSum.path)) ?? [];
    const where = others.length
        ? `${goSum.path} or the rest of its workspace (${others.join(', ')})`
        : goSum.path;
    const vendor = workspace ? undefined : await vendorListOf(cwd, pair.dir, mod);
    for (const { require, missing } of unhashed(effectiveRequires(mod, workspace), sums, workspace)) {
        if (vendor) {
            // go build reads vendor/ and not go.sum; -mod=mod and -mod=readonly (go mod verify, go list -m) read it.
            problems.warn('missing-sum', goMod.path, require.line, require.path, `${require.path} ${require.version} has no h1: hash${missing.length === 2 ? ' lines' : ''} in ${where}: go builds this module from vendor/, which does not need it, but -mod=mod and -mod=readonly do`);
            continue;
        }
        if (zipOnly(missing)) {
            // Go hashes a module's zip only when it builds a package of that module: a requirement that provides
            // none (kept for the module graph, or by an older go mod tidy) builds with its /go.mod hash alone.
            problems.warn('missing-sum', goMod.path, require.line, require.path, `${require.path} ${require.version} has no module zip h1: hash in ${where}: go needs it only to build a package of that module, and then says "missing go.sum entry"`);
            continue;
        }
        const what = missing.length === 2
            ? 'no h1: hash lines'
            : `no ${missing[0].endsWith('/go.mod') ? '/go.mod' : 'module zip'} h1: hash`;
        problems.add('missing-sum', goMod.path, require.line, require.path, `${require.path} ${require.version} has ${what} in ${where}`);
    }
    if (vendor)
        checkVendor(pair.dir, goMod, mod, vendor, problems);
}
/**
 * vendor/modules.txt of a module go builds from vendor/ (its go directive 1.14 or later, vendor/modules.txt
 * committed), read; undefined when go does not.
 */
async function vendorListOf(cwd, dir, mod) {
    if (!vendorsByDefault(mod.goVersion))
        return undefined;
    const file = await readTextIfPresent(cwd, external_node_path_namespaceObject.posix.join(dir, 'vendor', 'modules.txt'));
    return file ? parseModulesTxt(file.text) : undefined;
}
function checkVendor(dir, goMod, mod, vendor, problems) {
    const inputs = { module: mod.module, requires: mod.requires, replaces: mod.replaceLines };
    for (const problem of vendorInconsistencies(inputs, vendor)) {
        const file = problem.file === 'go.mod' ? goMod.path : external_node_path_namespaceObject.posix.join(dir, 'vendor', 'modules.txt');
        problems.add(problem.kind, file, problem.line, problem.module, problem.message, VENDOR_FIX);
    }
}
const go = {
    name: 'go',
    lockfiles: ['go.sum'],
    manifest: 'go.mod',
    fix: go_FIX,
    defaultHosts: [],
    declaresDependencies(manifest) {
        const mod = parseGoFile(manifest);
        return mod.module !== undefined && effectiveRequires(mod).length > 0;
    },
    /** go builds a module that commits vendor/modules.txt from vendor/, without reading go.sum. */
    async lockfileExpected(manifest, cwd) {
        return (await vendorListOf(cwd, external_node_path_namespaceObject.posix.dirname(manifest.path), parseGoFile(manifest))) === undefined;
    },
    /**
     * A module of a Go workspace (go.work) needs no go.sum of its own when the workspace's go.sum files and
     * go.work.sum hold every hash it needs; its requirements on the workspace's own modules need none.
     */
    async pinnedElsewhere(manifest, cwd, boundary) {
        const dir = external_node_path_namespaceObject.posix.dirname(manifest.path);
        const workspace = await workspaceOf(cwd, dir, boundary);
        if (!workspace)
            return false;
        const mod = parseGoFile(manifest);
        return unhashed(effectiveRequires(mod, workspace), workspace.sums, workspace).every(({ missing }) => zipOnly(missing));
    },
    async check(context) {
        const problems = new Problems('go', go_FIX);
        return problems.guard(() => check(context, problems));
    },
};

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/js-specs.js



/** The dependency fields of package.json that a lockfile records, in the order npm writes them. */
const DEPENDENCY_FIELDS = [
    'dependencies',
    'devDependencies',
    'optionalDependencies',
    'peerDependencies',
];
/** npm-package-arg's GitHub shorthand: `user/repo`, and a `#committish` after it, which may hold slashes. */
const GITHUB_SHORTHAND = /^[^@\s/]+\/[^\s/#]+(?:#.*)?$/;
/** Reads `^1.2.0`, `npm:real@^1`, `workspace:*`, `file:../x`, `github:u/r`, `latest` the way npm-package-arg would. */
function specTarget(name, spec) {
    let target = name;
    let range = spec.trim();
    if (range.startsWith('npm:')) {
        const aliased = range.slice(4);
        const at = aliased.lastIndexOf('@');
        if (at > 0) {
            target = aliased.slice(0, at);
            range = aliased.slice(at + 1);
        }
        else {
            target = aliased;
            range = '*';
        }
    }
    if (range === '')
        range = '*';
    if (/^(file|link|workspace|portal|patch|git|git\+[a-z]+|github|gitlab|bitbucket|https?|catalog|jsr):/.test(range))
        return { kind: 'other' };
    if (GITHUB_SHORTHAND.test(range) && !/^[<>=~^]/.test(range))
        return { kind: 'other' };
    if (!isValidRange(range))
        return { kind: 'other' };
    return { kind: 'range', name: target, range };
}
/** Whether a locked version satisfies a spec (true when the spec is not a semver range). */
function versionSatisfies(version, target) {
    if (target.kind !== 'range')
        return true;
    return satisfiesRange(version, target.range);
}
/** A package.json needs a lockfile when it has dependencies or workspaces. */
function declaresJsDependencies(manifest) {
    const pkg = parseJson(manifest);
    if (!isRecord(pkg))
        return false;
    const hasDeps = DEPENDENCY_FIELDS.some((field) => isRecord(pkg[field]) && Object.keys(pkg[field]).length > 0);
    return hasDeps || workspacePatterns(pkg).length > 0;
}
let indexedText;
const indexedFields = new Map();
/** A JSON key: `"\u2026":`, escapes kept as written. */
const KEY = /"((?:[^"\\]|\\.)*)"\s*:/g;
function keyLines(text, field) {
    const lines = text.split('\n');
    const pattern = new RegExp(`"${escapeRegex(field)}"\\s*:`);
    const start = lines.findIndex((line) => pattern.test(line));
    if (start === -1)
        return null;
    const keys = new Map();
    for (let index = start; index < lines.length; index++) {
        for (const match of lines[index].matchAll(KEY))
            if (!keys.has(match[1]))
                keys.set(match[1], index + 1);
    }
    return { section: start + 1, keys };
}
/**
 * The line of `name` in a package.json dependency field: the first line naming it from the field's line on
 * (as findLine would find it). Each manifest and field is indexed once: a workspace asks for every dependency.
 */
function manifestLine(file, field, name) {
    if (file.text !== indexedText) {
        indexedText = file.text;
        indexedFields.clear();
    }
    let index = indexedFields.get(field);
    if (index === undefined) {
        index = keyLines(file.text, field);
        indexedFields.set(field, index);
    }
    if (!index)
        return 1;
    return index.keys.get(name) ?? index.section;
}
/**
 * A JS project expected to commit its lockfile on its own: an application or monorepo root (`private`,
 * `workspaces`) or one that pins its package manager (`packageManager`). A publishable library need not.
 */
function jsLockfileExpected(manifest) {
    const pkg = parseJson(manifest);
    if (!isRecord(pkg))
        return true;
    return pkg.private === true || workspacePatterns(pkg).length > 0 || typeof pkg.packageManager === 'string';
}
/**
 * Whether the workspace package at `version` has left the range a dependency linked to it was locked for
 * (`^7.9.5`, pnpm's `workspace:^7.9.5`, yarn's `npm:^7.9.5`): pnpm and yarn check that range again. `workspace:*`,
 * `^`, `~` and folder paths follow the package wherever it goes.
 */
function leftWorkspaceRange(specifier, version) {
    const range = specifier.replace(/^(npm|workspace):/, '');
    if (['', '*', '^', '~'].includes(range) || range.startsWith('.') || range.includes('/'))
        return false;
    return isValidRange(range) && !satisfiesRange(version, range);
}
/**
 * The versions of the package manager `name` a project pins (`packageManager: name@x.y.z`, and
 * `devEngines.packageManager` entries of that name by the lowest version their range allows), as
 * [major, minor, patch]; a pin that names no version is left out.
 */
function packageManagerPins(pkg, name) {
    const pins = [];
    if (typeof pkg.packageManager === 'string' && pkg.packageManager.startsWith(`${name}@`))
        pins.push(pkg.packageManager.slice(name.length + 1));
    const devEngines = isRecord(pkg.devEngines) ? pkg.devEngines.packageManager : undefined;
    for (const entry of Array.isArray(devEngines) ? devEngines : [devEngines])
        if (isRecord(entry) && entry.name === name)
            pins.push(entry.version);
    const out = [];
    for (const version of pins) {
        const match = typeof version === 'string' ? /^[\s^~>=v]*(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(version) : null;
        if (match)
            out.push([Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)]);
    }
    return out;
}
/** Whether a version (major, minor, \u2026) is `least` or later. */
function versionAtLeast(version, least) {
    for (let part = 0; part < least.length; part++)
        if ((version[part] ?? 0) !== least[part])
            return (version[part] ?? 0) > least[part];
    return true;
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/lockfile-switch.js
// Whether a JavaScript project's configuration tells its package manager not to write a lockfile at all.


/**
 * The value (`true` / `false`) the nearest `file` at or above the manifest's folder, inside `boundary`, gives the
 * boolean setting `setting` matches; undefined when no such file sets it. The nearest file that sets it decides.
 */
async function nearestBoolean(manifest, cwd, boundary, file, setting) {
    for (const dir of foldersUpTo((0,external_node_path_namespaceObject.resolve)(cwd, (0,external_node_path_namespaceObject.dirname)(manifest.path)), boundary)) {
        const found = await readTextIfPresent(cwd, (0,external_node_path_namespaceObject.relative)(cwd, (0,external_node_path_namespaceObject.resolve)(dir, file)).split(external_node_path_namespaceObject.sep).join('/'));
        const value = found && setting.exec(found.text)?.[1];
        if (value)
            return value === 'true';
    }
    return undefined;
}
/** `key=false` in an `.npmrc` (ini: spaces and quotes around the value allowed). */
function npmrcSetting(key) {
    return new RegExp(`^[ \\t]*${key}[ \\t]*=[ \\t]*["']?(true|false)["']?[ \\t]*$`, 'm');
}
/** npm writes no package-lock.json where an `.npmrc` says `package-lock=false` (ionic-team/capacitor). */
async function npmLockfileSwitchedOff(manifest, cwd, boundary) {
    return (await nearestBoolean(manifest, cwd, boundary, '.npmrc', npmrcSetting('package-lock'))) === false;
}
/**
 * pnpm writes no pnpm-lock.yaml where its `lockfile` setting is false: read from `.npmrc` before pnpm 11, from
 * `pnpm-workspace.yaml` from 11 (pnpm 10.34 ignores the latter, 12.21 the former). `releases`: whether a pnpm
 * before 11 and one from 11 may run the project (both, with no pin).
 */
async function pnpmLockfileSwitchedOff(manifest, cwd, boundary, releases) {
    if (releases.before11 &&
        (await nearestBoolean(manifest, cwd, boundary, '.npmrc', npmrcSetting('lockfile'))) === false)
        return true;
    const yaml = /^lockfile[ \t]*:[ \t]*["']?(true|false)["']?[ \t]*(?:#.*)?$/m;
    return (releases.from11 && (await nearestBoolean(manifest, cwd, boundary, 'pnpm-workspace.yaml', yaml)) === false);
}

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./shared/node-crypto.js
// node:crypto costs ~5 ms of start-up to load, so code that needs it only now and then loads it on first use.

const node_crypto_require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
function node_crypto_nodeCrypto() {
    return node_crypto_require('node:crypto');
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/npm-extensions.js
// npm 12's patches and manifest extensions, which it records in a lockfileVersion 4 package-lock.json and which
// `npm ci` compares (lib/utils/validate-lockfile.js): `patchedDependencies`, `packageExtensions` and the
// `.npm-extension.{mjs,cjs}` file.



/** The package a `packages` key holds: its `name` (an alias's target) or the key's last folder. */
function entryName(key, entry) {
    if (typeof entry.name === 'string')
        return entry.name;
    const at = key.lastIndexOf('node_modules/');
    return at === -1 ? key : key.slice(at + 'node_modules/'.length);
}
/** `name@version` (or `name` alone, any version) \u2192 the patch file, as package.json's patchedDependencies says. */
function patchTarget(selector) {
    const at = selector.indexOf('@', selector.startsWith('@') ? 1 : 0);
    return at === -1 ? { name: selector } : { name: selector.slice(0, at), version: selector.slice(at + 1) };
}
/** ssri's sha512 integrity of a text, as npm records a patch file's. */
function sha512(text) {
    return `sha512-${node_crypto_nodeCrypto().createHash('sha512').update(text).digest('base64')}`;
}
/**
 * Each configured patch against the locked packages: recorded with its path and the patch file's integrity;
 * a patch that names no locked package (EPATCHUNUSED); a recorded patch no longer configured.
 */
async function patchFindings(pkg, packages, cwd, dir) {
    const configured = stringMap(pkg.patchedDependencies);
    const targets = Object.keys(configured).map((selector) => ({ selector, ...patchTarget(selector) }));
    const findings = [];
    const used = new Set();
    for (const [key, entry] of Object.entries(packages)) {
        if (key === '' || !isRecord(entry))
            continue;
        const name = entryName(key, entry);
        const selector = targets.find((target) => target.name === name && (target.version === undefined || target.version === entry.version))?.selector;
        const patched = isRecord(entry.patched) ? entry.patched : undefined;
        if (selector === undefined) {
            if (patched)
                findings.push({
                    kind: 'extraneous',
                    key,
                    name,
                    message: `${key} records a patch (${String(patched.path)}) that package.json no longer declares`,
                });
            continue;
        }
        used.add(selector);
        const path = configured[selector];
        if (!patched) {
            findings.push({
                kind: 'not-locked',
                key,
                name,
                message: `package.json patches ${selector} with ${path}, but ${key} records no patch`,
            });
            continue;
        }
        if (typeof patched.path !== 'string' || external_node_path_namespaceObject.posix.normalize(patched.path) !== external_node_path_namespaceObject.posix.normalize(path)) {
            findings.push({
                kind: 'spec-mismatch',
                key,
                name,
                message: `the patch of ${selector} is ${path}, the lockfile records ${String(patched.path)}`,
            });
            continue;
        }
        const file = await readTextIfPresent(cwd, external_node_path_namespaceObject.posix.join(dir, path));
        if (file && patched.integrity !== sha512(file.text))
            findings.push({
                kind: 'spec-mismatch',
                key,
                name,
                message: `${path} has changed since the lockfile recorded it (its integrity differs)`,
            });
    }
    for (const selector of Object.keys(configured))
        if (!used.has(selector))
            findings.push({
                kind: 'spec-mismatch',
                key: '',
                name: patchTarget(selector).name,
                message: `package.json patches ${selector}, which no locked package is (npm: EPATCHUNUSED)`,
            });
    return findings;
}
/** JSON with every object's keys sorted and no spaces: what npm hashes packageExtensions in. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (isRecord(value))
        return `{${Object.keys(value)
            .sort()
            .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
            .join(',')}}`;
    return JSON.stringify(value);
}
/**
 * package.json's `packageExtensions` against the root entry's packageExtensionsHash (sha512 of their canonical
 * JSON), and an `.npm-extension.mjs` / `.cjs` file against its npmExtensionHash (present or not: npm hashes the
 * file with its format).
 */
async function extensionFindings(pkg, root, cwd, dir) {
    const findings = [];
    const locked = typeof root.packageExtensionsHash === 'string' ? root.packageExtensionsHash : undefined;
    const configured = pkg.packageExtensions === undefined ? undefined : sha512(canonicalJson(pkg.packageExtensions));
    if (locked !== configured)
        findings.push({
            kind: 'spec-mismatch',
            key: '',
            name: '',
            message: configured === undefined
                ? 'the lockfile was made with packageExtensions, which package.json no longer has'
                : locked === undefined
                    ? "package.json's packageExtensions are not in the lockfile"
                    : "package.json's packageExtensions have changed since the lockfile was made",
        });
    let file = false;
    for (const name of ['.npm-extension.mjs', '.npm-extension.cjs'])
        if (await readTextIfPresent(cwd, external_node_path_namespaceObject.posix.join(dir, name)))
            file = true;
    const recorded = typeof root.npmExtensionHash === 'string';
    if (file !== recorded)
        findings.push({
            kind: 'spec-mismatch',
            key: '',
            name: '',
            message: file
                ? 'an .npm-extension file is present, but the lockfile records no .npm-extension state'
                : 'the lockfile records .npm-extension state, but no .npm-extension file is present',
        });
    return findings;
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/npm-overrides.js
// npm `overrides` of the root package.json, read the way @npmcli/arborist's OverrideSet reads them: a rule
// `name` or `name@range` replaces the spec of the dependency edges it matches; an object value scopes its rules
// to the dependency subtree of the package it names (`"."` overrides that package itself); `"$name"` stands for
// the root package's own spec of `name`.

const ROOT_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
/** The root override set, or undefined when package.json has no `overrides`. */
function parseOverrides(pkg) {
    if (!isRecord(pkg.overrides) || Object.keys(pkg.overrides).length === 0)
        return undefined;
    const reference = (value) => {
        if (!value.startsWith('$'))
            return value;
        for (const field of ROOT_FIELDS) {
            const deps = pkg[field];
            if (isRecord(deps) && typeof deps[value.slice(1)] === 'string')
                return deps[value.slice(1)];
        }
        return value;
    };
    const build = (object, parent) => {
        const rules = [];
        for (const [key, value] of Object.entries(object)) {
            if (key === '.')
                continue;
            const at = key.indexOf('@', key.startsWith('@') ? 1 : 0);
            const rule = {
                name: at === -1 ? key : key.slice(0, at),
                keySpec: at === -1 || key.slice(at + 1) === '' ? '*' : key.slice(at + 1),
                children: [],
                parent,
            };
            if (typeof value === 'string')
                rule.value = reference(value);
            else if (isRecord(value)) {
                if (typeof value['.'] === 'string')
                    rule.value = reference(value['.']);
                else if (rule.keySpec !== '*')
                    rule.value = rule.keySpec;
                rule.children = build(value, rule);
            }
            else
                continue;
            rules.push(rule);
        }
        return rules;
    };
    const root = { name: '', keySpec: '*', children: [] };
    root.children = build(pkg.overrides, root);
    return root;
}
/** The rules in force in a set: its own children, then its own rule, then each ancestor's, nearest first. */
function ruleset(set) {
    const rules = new Map();
    for (let current = set; current; current = current.parent) {
        for (const kid of current.children) {
            const key = `${kid.name}@${kid.keySpec}`;
            if (!rules.has(key))
                rules.set(key, kid);
        }
        if (current.parent) {
            const key = `${current.name}@${current.keySpec}`;
            if (!rules.has(key))
                rules.set(key, current);
        }
    }
    return [...rules.values()];
}
const rulesets = new WeakMap();
function rulesOf(set) {
    let rules = rulesets.get(set);
    if (!rules) {
        rules = ruleset(set);
        rulesets.set(set, rules);
    }
    return rules;
}
/** The range of a spec for matching a rule key: an `npm:name@range` alias by its range. */
function rangeOf(spec) {
    if (!spec.startsWith('npm:'))
        return spec;
    const at = spec.lastIndexOf('@');
    return at > 4 ? spec.slice(at + 1) : '*';
}
/** The rule that replaces the spec of an edge `name@spec` from a node in `set`, if any. */
function edgeRule(set, name, spec, semver) {
    for (const rule of rulesOf(set)) {
        if (rule.name !== name)
            continue;
        if (rule.keySpec === '*')
            return rule;
        const range = rangeOf(spec);
        try {
            if (semver.validRange(range) && semver.intersects(range, rule.keySpec))
                return rule;
        }
        catch { }
    }
    return undefined;
}
/** The override set a node `name@version` reached from a node in `set` carries to its own edges. */
function nodeSet(set, name, version, semver) {
    for (const rule of rulesOf(set)) {
        if (rule.name !== name)
            continue;
        if (rule.keySpec === '*' || semver.satisfies(version, rule.keySpec, { includePrerelease: true }))
            return rule;
    }
    return set;
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/npm.js











const npm_FIX = 'npm install';
const npm_HOSTS = ['registry.npmjs.org'];
/** Line of each `"packages"` key in the lockfile, found in one pass (JSON.parse keeps no positions). */
function packageLines(text) {
    const lines = new Map();
    const pattern = /^ {4}"([^"]*)": \{/gm;
    for (let match = pattern.exec(text), line = 1, last = 0; match; match = pattern.exec(text)) {
        for (let index = text.indexOf('\n', last); index !== -1 && index < match.index; index = text.indexOf('\n', index + 1))
            line++;
        last = match.index;
        lines.set(match[1], line);
    }
    return lines;
}
const EDGE_FIELDS = ['dependencies', 'optionalDependencies'];
/**
 * The `packages` keys filed under every folder a node_modules lookup can find them from, so that a lookup
 * reads a map instead of building and hashing a key per dependency and folder: key K is found as name N in
 * folder F exactly when K is `F/node_modules/N` (`node_modules/N` for the root folder ``).
 */
function folderIndex(packages) {
    const index = new Map();
    for (const key of Object.keys(packages)) {
        for (let at = key.indexOf('node_modules/'); at !== -1; at = key.indexOf('node_modules/', at + 1)) {
            // `F/node_modules/N` with a non-empty F, or `node_modules/N` at the start.
            if (at !== 0 && (at === 1 || key[at - 1] !== '/'))
                continue;
            const folder = at === 0 ? '' : key.slice(0, at - 1);
            let names = index.get(folder);
            if (!names) {
                names = new Map();
                index.set(folder, names);
            }
            names.set(key.slice(at + 'node_modules/'.length), packages[key]);
        }
    }
    return index;
}
/**
 * Node's lookup: `a/node_modules/b` asks for c in `a/node_modules/b/node_modules/c`, then upwards (`folders`:
 * those folders' packages by name, nearest first, from lookupFolders).
 */
function resolveFrom(folders, name, packages) {
    for (const folder of folders) {
        const candidate = folder.get(name);
        if (isRecord(candidate)) {
            if (candidate.link === true && typeof candidate.resolved === 'string')
                return own(packages, candidate.resolved);
            return candidate;
        }
    }
    return undefined;
}
/** The folders a package's dependencies are looked up in, nearest first: its own, then each parent's, then ``. */
function lookupFolders(key, index) {
    const folders = [];
    for (let folder = key;;) {
        const names = index.get(folder);
        if (names)
            folders.push(names);
        if (folder === '')
            return folders;
        const at = folder.lastIndexOf('/node_modules/');
        folder = at === -1 ? '' : folder.slice(0, at);
    }
}
/** lockfile v1 keeps an `npm:` alias in `version`: `npm:socket.io-client@2.4.0` is socket.io-client 2.4.0. */
function v1Alias(version) {
    const match = /^npm:((?:@[^@/]+\/)?[^@/]+)@(.+)$/.exec(version);
    return match ? { name: match[1], version: match[2] } : undefined;
}
/** The first five of a list, for one message: `a, b, c, d, e, \u2026 (12 in all)`. */
function firstFive(items) {
    return items.slice(0, 5).join(', ') + (items.length > 5 ? `, \u2026 (${items.length} in all)` : '');
}
/** `name@version` of a locked package, for messages. */
function label(name, entry) {
    return `${name}@${String(entry.version ?? '?')}`;
}
/** `node_modules/a/node_modules/@s/b` \u2192 `@s/b`. */
function nameFromKey(key) {
    const at = key.lastIndexOf('node_modules/');
    return at === -1 ? key : key.slice(at + 'node_modules/'.length);
}
/** What a linked folder's manifest installs: npm ci reads them again from its package.json. */
const LINKED_FIELDS = ['dependencies', 'optionalDependencies'];
class NpmCheck {
    context;
    problems = new Problems('npm', npm_FIX);
    lines;
    lockPath = '';
    lockText = '';
    /** Optional packages for other platforms: npm records them without fetching, so without a hash. */
    unhashedOptional = [];
    /** `optionalDependencies` of locked packages that the lockfile does not contain: [package key, name@range]. */
    missingOptional = [];
    /** Whether the project pins an npm that refuses a missing optional dependency (11.6.2 and later). */
    strictOptional = false;
    /** Whether npm ci passes an optional peer whose locked version is out of its range: npm 11.11 and later do. */
    optionalPeerOutOfRange = 'either';
    /** The root package.json's `overrides`, when it has any (node-semver is loaded then). */
    overrides;
    semver;
    /** The override sets each locked node is reached with (absent: only the root set). */
    nodeSets = new Map();
    constructor(context) {
        this.context = context;
    }
    /** Line of a `packages` key; the index is built on the first problem only (most runs have none). */
    lineOf(key) {
        this.lines ??= packageLines(this.lockText);
        return this.lines.get(key) ?? 1;
    }
    async run() {
        const { pair, cwd } = this.context;
        const manifest = await readText(cwd, pair.manifest);
        const pkg = parseJson(manifest);
        const pins = packageManagerPins(isRecord(pkg) ? pkg : {}, 'npm');
        const lockFile = await this.lockfileRead(pair.lockfile, pins);
        if (!lockFile)
            return;
        this.lockPath = lockFile.path;
        this.lockText = lockFile.text;
        const lock = parseJson(lockFile);
        if (!isRecord(lock) || !isRecord(pkg)) {
            const bad = isRecord(lock) ? manifest.path : lockFile.path;
            this.problems.add('parse', bad, 1, '', `${bad} is not a JSON object`);
            return;
        }
        const version = lock.lockfileVersion;
        if (version === 1 || (version === undefined && isRecord(lock.dependencies))) {
            this.problems.warn('outdated-format', lockFile.path, findLine(lockFile.text, /"lockfileVersion"/), '', `${lockFile.path} has lockfileVersion 1 (npm 6 or older): only top-level versions and integrity can be checked`, 'npm install --lockfile-version 3');
            await this.checkSync(() => this.checkV1(lock, manifest, pkg));
            return;
        }
        if ((version !== 2 && version !== 3 && version !== 4) || !isRecord(lock.packages)) {
            this.problems.add('unsupported-format', lockFile.path, findLine(lockFile.text, /"lockfileVersion"/), '', `${lockFile.path} has lockfileVersion ${JSON.stringify(version)}, which this action does not know (expected 1 to 4); refusing to pass it unchecked`);
            return;
        }
        const packages = lock.packages;
        const root = isRecord(packages['']) ? packages[''] : {};
        const importers = [{ key: '', manifest, pkg, entry: root }];
        const linkedFolders = [];
        await this.collectWorkspaces(pkg, packages, importers, linkedFolders);
        this.strictOptional = pins.length > 0 && pins.every((pin) => versionAtLeast(pin, [11, 6, 2]));
        const accepting = pins.filter((pin) => versionAtLeast(pin, [11, 11]));
        this.optionalPeerOutOfRange =
            pins.length > 0 && accepting.length === pins.length
                ? 'yes'
                : accepting.length === 0 && pins.length > 0
                    ? 'no'
                    : 'either';
        this.overrides = parseOverrides(pkg);
        if (this.overrides) {
            this.semver = await loadSemver();
            this.propagateOverrides(importers, packages);
        }
        await this.checkSync(() => {
            for (const importer of [...importers, ...linkedFolders])
                this.checkImporter(importer, packages);
            this.checkPackages(packages);
        });
        await this.checkExtensions(version, pkg, packages, root, pins);
    }
    /**
     * npm 12's patches and extensions (lockfileVersion 4). A lockfile of an older version with them configured is
     * refused by npm 12 and passed by npm 11, which ignores them: an error where the project pins npm 12, a
     * warning where it pins nothing, nothing where it pins an older npm.
     */
    async checkExtensions(version, pkg, packages, root, pins) {
        const { cwd, pair } = this.context;
        const npm12 = pins.length === 0 ? undefined : pins.some((pin) => versionAtLeast(pin, [12]));
        if (version !== 4 && npm12 === false)
            return;
        // Only npm 12 records patches (lockfileVersion 4): with none configured, an older lockfile has none either.
        const patches = version === 4 || pkg.patchedDependencies !== undefined
            ? await patchFindings(pkg, packages, cwd, pair.dir)
            : [];
        const findings = [...patches, ...(await extensionFindings(pkg, root, cwd, pair.dir))];
        for (const finding of findings) {
            const file = finding.key === '' ? pair.manifest : this.lockPath;
            const line = finding.key === '' ? 1 : this.lineOf(finding.key);
            if (version === 4 || npm12)
                this.problems.add(finding.kind, file, line, finding.name, finding.message);
            else
                this.problems.warn(finding.kind, file, line, finding.name, `${finding.message}: npm 12 refuses this lockfile, npm 11 and older ignore it (pin npm in packageManager to decide)`);
        }
    }
    /**
     * The lockfile npm reads: npm-shrinkwrap.json before package-lock.json, except from npm 12, which reads only
     * package-lock.json. Where the project pins npm 12 or later, a shrinkwrap is passed over for the
     * package-lock.json beside it, and with none npm ci fails.
     */
    async lockfileRead(path, pins) {
        const { cwd } = this.context;
        if (external_node_path_namespaceObject.posix.basename(path) !== 'npm-shrinkwrap.json' ||
            pins.length === 0 ||
            pins.some(([major]) => major < 12))
            return readText(cwd, path);
        const packageLock = external_node_path_namespaceObject.posix.join(external_node_path_namespaceObject.posix.dirname(path), 'package-lock.json');
        const file = await readTextIfPresent(cwd, packageLock);
        if (!file)
            this.problems.add('missing-lockfile', path, 1, '', `npm 12 (pinned) reads no npm-shrinkwrap.json, and there is no ${packageLock}: npm ci fails`, 'npm install (npm 12 writes package-lock.json)');
        return file;
    }
    /** Runs the synchronous checks; again from a clean slate when an unusual range needed node-semver first. */
    async checkSync(check) {
        const before = this.problems.list.length;
        await withSemver(check, () => {
            this.problems.list.length = before;
            this.unhashedOptional = [];
            this.missingOptional = [];
        });
    }
    async collectWorkspaces(pkg, packages, importers, linkedFolders) {
        const { cwd, pair } = this.context;
        const patterns = workspacePatterns(pkg);
        const folders = await expandWorkspaces((0,external_node_path_namespaceObject.resolve)(cwd, pair.dir), patterns);
        const lockWorkspaces = Object.keys(packages).filter((key) => key !== '' && !key.startsWith('node_modules/') && !key.includes('/node_modules/'));
        for (const folder of folders) {
            const entry = own(packages, folder);
            const manifestPath = external_node_path_namespaceObject.posix.join(pair.dir, folder, 'package.json');
            if (!isRecord(entry)) {
                this.problems.add('workspace', manifestPath, 1, folder, `workspace ${folder} is not in ${this.lockPath}`);
                continue;
            }
            const manifest = await readText(cwd, manifestPath);
            const wsPkg = parseJson(manifest);
            if (isRecord(wsPkg))
                importers.push({ key: folder, manifest, pkg: wsPkg, entry });
        }
        // Local folder dependencies are recorded like workspaces, at their folder relative to the root: those of the root,
        // of every workspace and of every folder so linked (each spec relative to the folder that declares it).
        // Only folders nothing points at are old workspaces.
        const linked = new Set();
        const declarers = [
            ['', pkg],
            ...importers.map((importer) => [importer.key, importer.pkg]),
            ...lockWorkspaces.map((key) => [key, packages[key] ?? {}]),
        ];
        for (const [folder, declared] of declarers) {
            for (const field of DEPENDENCY_FIELDS) {
                for (const spec of Object.values(stringMap(declared[field]))) {
                    const path = localPath(spec);
                    // npm records the folder without a trailing slash (`file:../../` is locked at `../..`).
                    if (path !== undefined)
                        linked.add(external_node_path_namespaceObject.posix.join(folder, path).replace(/(.)\/+$/, '$1'));
                }
            }
        }
        // npm ci reads a linked folder's package.json again and refuses a lockfile its dependencies left
        // ("Missing: \u2026"): those inside the repository are compared like a workspace's.
        for (const key of lockWorkspaces) {
            if (folders.includes(key) || !linked.has(key) || key === '..' || key.startsWith('../'))
                continue;
            const entry = packages[key];
            const manifest = await readTextIfPresent(cwd, external_node_path_namespaceObject.posix.join(pair.dir, key, 'package.json'));
            const linkedPkg = manifest ? parseJson(manifest) : undefined;
            if (isRecord(entry) && manifest && isRecord(linkedPkg))
                linkedFolders.push({ key, manifest, pkg: linkedPkg, entry, linked: true });
        }
        for (const key of lockWorkspaces) {
            if (folders.includes(key) || linked.has(key))
                continue;
            this.problems.warn('extraneous', this.lockPath, this.lineOf(key), key, `${this.lockPath} still has workspace ${key}, which package.json no longer lists`);
        }
    }
    /**
     * Which override sets reach each locked node, following the dependency edges from every importer as
     * arborist does: a node matching a rule of its dependent's set carries that rule's set to its own edges.
     */
    propagateOverrides(importers, packages) {
        const root = this.overrides;
        const semver = this.semver;
        const index = folderIndex(packages);
        const keyOf = new Map();
        for (const key of Object.keys(packages))
            keyOf.set(packages[key], key);
        const queue = importers.map((importer) => [
            importer.key,
            importer.entry,
            root,
        ]);
        const fields = [...DEPENDENCY_FIELDS];
        while (queue.length) {
            const [key, entry, set] = queue.pop();
            const folders = lookupFolders(key, index);
            for (const field of fields) {
                for (const name of Object.keys(stringMap(entry[field]))) {
                    const node = resolveFrom(folders, name, packages);
                    const targetKey = node && keyOf.get(node);
                    if (!node || targetKey === undefined)
                        continue;
                    const version = typeof node.version === 'string' ? node.version : '';
                    const next = version ? nodeSet(set, name, version, semver) : set;
                    let sets = this.nodeSets.get(targetKey);
                    if (!sets) {
                        sets = new Set();
                        this.nodeSets.set(targetKey, sets);
                    }
                    if (sets.has(next))
                        continue;
                    sets.add(next);
                    queue.push([targetKey, node, next]);
                }
            }
        }
    }
    /** The node a dependency of `importer` resolves to, the way node_modules lookup would find it. */
    resolve(importer, name, packages) {
        const keys = importer === ''
            ? [`node_modules/${name}`]
            : [`${importer}/node_modules/${name}`, `node_modules/${name}`];
        for (const key of keys) {
            const entry = own(packages, key);
            if (!isRecord(entry))
                continue;
            if (entry.link === true && typeof entry.resolved === 'string') {
                const target = own(packages, entry.resolved);
                if (isRecord(target))
                    return [entry.resolved, target];
            }
            return [key, entry];
        }
        return undefined;
    }
    checkImporter(importer, packages) {
        const where = importer.key === ''
            ? 'the root package'
            : importer.linked
                ? `folder dependency ${importer.key}`
                : `workspace ${importer.key}`;
        const seen = new Set();
        for (const field of importer.linked ? LINKED_FIELDS : DEPENDENCY_FIELDS) {
            const wanted = stringMap(importer.pkg[field]);
            const locked = stringMap(importer.entry[field]);
            for (const [name, spec] of Object.entries(wanted)) {
                seen.add(`${field}:${name}`);
                this.checkDependency(importer, packages, field, name, spec, locked[name], where);
            }
            for (const name of Object.keys(locked)) {
                if (seen.has(`${field}:${name}`))
                    continue;
                const movedTo = DEPENDENCY_FIELDS.find((other) => other !== field && stringMap(importer.pkg[other])[name] !== undefined);
                if (movedTo)
                    continue;
                this.problems.warn('extraneous', this.lockPath, this.lineOf(importer.key), name, `${name} is locked as a ${field} entry of ${where} but package.json no longer declares it`);
            }
        }
    }
    checkDependency(importer, packages, field, name, spec, lockedSpec, where) {
        // Found textually, so only when there is something to report.
        const line = () => manifestLine(importer.manifest, field, name);
        const file = importer.manifest.path;
        // Overrides apply to a workspace's own dependencies; the root's must equal them (npm: EOVERRIDE).
        const rule = this.overrides ? edgeRule(this.overrides, name, spec, this.semver) : undefined;
        if (importer.key === '' && rule?.value !== undefined && rule.value !== spec) {
            this.problems.add('spec-mismatch', file, manifestLine(importer.manifest, 'overrides', name), name, `the override of ${name} ("${rule.value}") conflicts with the root's direct dependency ${name}@${spec}: npm ci refuses it (EOVERRIDE); make them equal, or write the override as "$${name}"`);
        }
        const node = this.resolve(importer.key, name, packages);
        const peerOptional = field === 'peerDependencies' &&
            isRecord(importer.pkg.peerDependenciesMeta) &&
            isRecord(own(importer.pkg.peerDependenciesMeta, name)) &&
            own(importer.pkg.peerDependenciesMeta, name).optional === true;
        if (!node) {
            if (peerOptional)
                return;
            this.problems.add('not-locked', file, line(), name, `${name}@${spec} (${field} of ${where}) is not in ${this.lockPath}`);
            return;
        }
        const [, entry] = node;
        const version = typeof entry.version === 'string' ? entry.version : undefined;
        const held = importer.key !== '' && version ? this.heldTo(rule, spec, version) : spec;
        const target = specTarget(name, held);
        if (target.kind === 'range' && version) {
            const lockedName = typeof entry.name === 'string' ? entry.name : name;
            if (lockedName !== target.name && !(entry.link === true)) {
                this.problems.add('unsatisfied', file, line(), name, `${name}@${spec} wants ${target.name} but ${this.lockPath} locks ${lockedName}@${version}`);
                return;
            }
            if (!versionSatisfies(version, target)) {
                const message = `${this.lockPath} locks ${name}@${version}, which does not satisfy ${field} "${spec}"`;
                // npm 11.11 and later pass an optional peer out of range when nothing is saved (npm/cli#8726).
                const passes = peerOptional ? this.optionalPeerOutOfRange : 'no';
                if (passes === 'no')
                    this.problems.add('unsatisfied', file, line(), name, message);
                else if (passes === 'either')
                    this.problems.warn('unsatisfied', file, line(), name, `${message}: an optional peer, which npm 11.11 and later accept and earlier npm refuses (pin npm in packageManager to decide)`);
                return;
            }
        }
        if (lockedSpec === undefined) {
            const other = DEPENDENCY_FIELDS.find((type) => type !== field && stringMap(importer.entry[type])[name] !== undefined);
            if (other) {
                this.problems.warn('dependency-type', file, line(), name, `${name} moved from ${other} to ${field} in ${where}; the lockfile still records it as ${other}`);
            }
            else {
                this.problems.warn('spec-mismatch', file, line(), name, `${name}@${spec} (${field} of ${where}) is locked only as a transitive dependency; ${this.lockPath} does not record it`);
            }
        }
        else if (lockedSpec !== spec) {
            this.problems.warn('spec-mismatch', file, line(), name, `${name}: package.json says "${spec}", ${this.lockPath} was made for "${lockedSpec}"`);
        }
    }
    checkPackages(packages) {
        const security = this.context.security;
        const index = folderIndex(packages);
        for (const key of Object.keys(packages)) {
            const entry = packages[key];
            if (!key.includes('node_modules/') || !isRecord(entry) || entry.inBundle === true)
                continue;
            // An entry of a package nothing depends on (a leftover npm found in node_modules): npm ci prunes it
            // from the tree it builds, so it is never downloaded.
            if (entry.extraneous === true)
                continue;
            if (entry.link === true) {
                // A link to a folder (workspace, file: dependency) must stay inside the repository.
                if (typeof entry.resolved === 'string')
                    this.checkLocation('local', entry.resolved, nameFromKey(key), entry, () => this.lineOf(key));
                continue;
            }
            this.checkEntry(nameFromKey(key), entry, key, security);
            if (isRecord(entry.dependencies) || isRecord(entry.optionalDependencies))
                this.checkEdges(key, entry, packages, index);
        }
        this.reportMissingOptional(packages);
        const count = this.unhashedOptional.length;
        if (count === 0)
            return;
        const list = firstFive(this.unhashedOptional);
        this.problems.warn('integrity', this.lockPath, 1, '', `${count} optional package${count === 1 ? '' : 's'} for other platforms ${count === 1 ? 'has' : 'have'} no integrity hash (npm never downloaded them): ${list}`, 'npm install on each platform, or accept that these are checked on first download only');
    }
    /**
     * An optional dependency of a locked package that the lockfile does not contain (a lockfile written where npm
     * skipped other platforms' packages): npm 11.6.2 and later build it into the ideal tree and `npm ci` refuses
     * ("Missing: fsevents@2.3.3 from lock file"); npm 11.6.1 and earlier (npm 9 and 10 alike) install without it.
     * A failure where the project pins npm 11.6.2 or later, else one warning.
     */
    reportMissingOptional(packages) {
        const missing = this.missingOptional;
        if (missing.length === 0)
            return;
        const owner = (key) => label(nameFromKey(key), packages[key]);
        if (this.strictOptional) {
            for (const [key, dep] of missing)
                this.problems.add('not-locked', this.lockPath, this.lineOf(key), dep.slice(0, dep.lastIndexOf('@')), `${owner(key)} has the optional dependency ${dep}, which ${this.lockPath} does not contain (the pinned npm, 11.6.2 or later, refuses that in npm ci)`);
            return;
        }
        const list = firstFive(missing.map(([key, dep]) => `${owner(key)} \u2192 ${dep}`));
        this.problems.warn('not-locked', this.lockPath, this.lineOf(missing[0][0]), '', `${missing.length} optional dependenc${missing.length === 1 ? 'y' : 'ies'} of locked packages ${missing.length === 1 ? 'is' : 'are'} not in ${this.lockPath}: ${list}; npm ci of npm 11.6.2 and later refuses that ("Missing: \u2026 from lock file"), older npm installs without ${missing.length === 1 ? 'it' : 'them'}`);
    }
    /**
     * The dependencies of a locked package must resolve (node_modules lookup from where it sits) to a
     * version in range, else `npm ci` rebuilds that part of the tree and refuses ("Invalid: lock file's \u2026").
     */
    checkEdges(key, entry, packages, index) {
        const folders = lookupFolders(key, index);
        const bundled = bundledNames(entry);
        // Peer dependencies are left out: npm places and validates them from the dependent's parent, and
        // tolerates optional peers that do not match.
        for (const field of EDGE_FIELDS) {
            const dependencies = entry[field];
            if (!isRecord(dependencies))
                continue;
            for (const name of Object.keys(dependencies)) {
                const range = dependencies[name];
                // A bundled dependency comes inside the package's own tarball, whatever the lockfile records of it
                // (nothing, for a package npm never downloaded: an optional one for another platform).
                if (typeof range !== 'string' || bundled === true || bundled.has(name))
                    continue;
                const found = resolveFrom(folders, name, packages);
                if (!found) {
                    if (field === 'dependencies') {
                        this.problems.add('not-locked', this.lockPath, this.lineOf(key), name, `${label(nameFromKey(key), entry)} depends on ${name}@${range}, which ${this.lockPath} does not contain`);
                    }
                    else
                        this.missingOptional.push([key, `${name}@${range}`]);
                    continue;
                }
                const version = found.version;
                if (typeof version !== 'string')
                    continue;
                const specs = this.overrides ? this.edgeSpecs(key, name, range, version) : [range];
                if (specs.some((spec) => this.satisfies(name, spec, version)))
                    continue;
                const wanted = specs.includes(range) ? range : `${specs[0]} (overridden from ${range})`;
                const higher = this.higherSatisfying(folders, name, packages, specs);
                if (higher) {
                    // npm ci's ideal tree drops the nested copy and uses the one further up: the lockfile passes.
                    this.problems.warn('unsatisfied', this.lockPath, this.lineOf(key), name, `${label(nameFromKey(key), entry)} depends on ${name}@${wanted}; ${this.lockPath} nests ${version} for it, which npm will replace with the ${higher} further up`);
                    continue;
                }
                this.problems.add('unsatisfied', this.lockPath, this.lineOf(key), name, `${label(nameFromKey(key), entry)} depends on ${name}@${wanted} but ${this.lockPath} resolves it to ${version}`);
            }
        }
    }
    /** The version of a copy further up the lookup path than the one found that satisfies one of `specs`. */
    higherSatisfying(folders, name, packages, specs) {
        const nearest = folders.findIndex((folder) => isRecord(folder.get(name)));
        for (let index = nearest + 1; index < folders.length; index++) {
            const candidate = resolveFrom([folders[index]], name, packages);
            const version = candidate?.version;
            if (typeof version === 'string' && specs.some((spec) => this.satisfies(name, spec, version)))
                return version;
        }
        return undefined;
    }
    satisfies(name, spec, version) {
        if (version === spec)
            return true;
        let compiled = this.ranges.get(spec);
        if (compiled === undefined)
            compiled = this.compile(name, spec);
        return compiled === null || compiled.test(version);
    }
    /** The specs an edge `name@range` of the node at `key` stands for, once the overrides reaching it apply. */
    edgeSpecs(key, name, range, version) {
        const sets = this.nodeSets.get(key) ?? [this.overrides];
        const specs = new Set();
        for (const set of sets)
            specs.add(this.heldTo(edgeRule(set, name, range, this.semver), range, version));
        return [...specs];
    }
    /**
     * The spec a locked `version` on an edge `range` that `rule` matches is held to: the rule's value, except
     * that a version a ranged rule (`colors@>1.4.0`) does not match \u2014 it satisfies neither the rule's key nor
     * its value \u2014 stays on the edge's own spec (arborist's Edge#satisfiedBy, which tests both loosely and
     * without prereleases; checked with npm 11.19.1).
     */
    heldTo(rule, range, version) {
        const value = rule?.value;
        if (value === undefined)
            return range;
        if (rule.keySpec === '*')
            return value;
        const semver = this.semver;
        if (semver.satisfies(version, rule.keySpec, true))
            return value;
        return semver.validRange(value, true) && semver.satisfies(version, value, true) ? value : range;
    }
    /** Parsed ranges by spec text (null: not a semver range, anything satisfies it). */
    ranges = new Map();
    /** A spec's range, compiled once: a big lockfile repeats a few hundred ranges thousands of times. */
    compile(name, spec) {
        // The range alone decides (an `npm:other@^1` alias is checked by its range, as npm does).
        let range = compileSimple(spec) ?? null;
        if (!range) {
            const target = specTarget(name, spec);
            range = target.kind === 'range' ? compileRange(target.range) : null;
        }
        this.ranges.set(spec, range);
        return range;
    }
    /**
     * `line`: the entry's line, or its `packages` key (the line is looked up for a problem only).
     */
    checkEntry(name, entry, line, security) {
        const lineOf = typeof line === 'string' ? () => this.lineOf(line) : line;
        const alias = v1Alias(String(entry.version));
        const version = alias?.version ?? String(entry.version);
        // lockfile v1 keeps a git or file source in `version`.
        const resolved = typeof entry.resolved === 'string'
            ? entry.resolved
            : version.includes(':') && !isValidVersion(version)
                ? version
                : undefined;
        const realName = typeof entry.name === 'string' ? entry.name : (alias?.name ?? name);
        if (resolved && !resolved.startsWith('https:') && !resolved.startsWith('http:')) {
            // git, file:, and anything else that is not a web URL: the one source policy.
            this.checkLocation(classifySource(resolved), resolved, name, entry, lineOf);
            return;
        }
        if (resolved && classifySource(resolved) === 'git') {
            // A forge's archive of a commit (github.com/<o>/<r>/tarball/<sha>, codeload): the git archive rule.
            this.checkLocation('git', resolved, name, entry, lineOf);
            return;
        }
        if (resolved) {
            const findings = checkUrl(resolved, security, npm_HOSTS);
            const names = checkTarballName(realName, resolved);
            for (const finding of findings)
                this.reportEntry(finding, name, entry, lineOf);
            for (const finding of names)
                this.reportEntry(finding, name, entry, lineOf);
        }
        const fromRegistry = resolved === undefined ? isValidVersion(version) : /^https?:.*\.tgz$/.test(resolved);
        if (!fromRegistry)
            return;
        for (const finding of checkIntegrity(entry.integrity, security)) {
            // npm records optional packages for other platforms without fetching them, so without a hash.
            if (entry.optional === true && entry.integrity === undefined && resolved === undefined) {
                this.unhashedOptional.push(label(name, entry));
            }
            else
                this.reportEntry(finding, name, entry, lineOf);
        }
    }
    reportEntry(finding, name, entry, lineOf) {
        this.problems.finding(finding, this.lockPath, lineOf(), name, label(name, entry));
    }
    /** A git, local or other non-web source, judged by the one source policy (local paths from the lockfile's folder). */
    checkLocation(kind, location, name, entry, lineOf) {
        const { cwd, pair, security } = this.context;
        const boundary = { base: (0,external_node_path_namespaceObject.resolve)(cwd, pair.dir), root: this.context.boundary ?? (0,external_node_path_namespaceObject.resolve)(cwd) };
        const findings = checkSource({ kind, location, integrity: entry.integrity, boundary }, security, npm_HOSTS);
        for (const finding of findings)
            this.reportEntry(finding, name, entry, lineOf);
    }
    /** Why a lockfile v1 top-level version does not do for a spec, if it does not: an alias by its target too. */
    v1Mismatch(name, spec, field, version) {
        const target = specTarget(name, spec);
        const locked = v1Alias(version) ?? { name, version };
        if (target.kind !== 'range' || locked.version.includes(':'))
            return undefined;
        if (locked.name !== target.name)
            return `${name}@${spec} wants ${target.name} but ${this.lockPath} locks ${locked.name}@${locked.version}`;
        if (!versionSatisfies(locked.version, target))
            return `${this.lockPath} locks ${name}@${version}, which does not satisfy ${field} "${spec}"`;
        return undefined;
    }
    checkV1(lock, manifest, pkg) {
        const top = isRecord(lock.dependencies) ? lock.dependencies : {};
        for (const field of DEPENDENCY_FIELDS) {
            if (field === 'peerDependencies')
                continue;
            for (const [name, spec] of Object.entries(stringMap(pkg[field]))) {
                const line = () => manifestLine(manifest, field, name);
                const entry = own(top, name);
                if (!isRecord(entry)) {
                    this.problems.add('not-locked', manifest.path, line(), name, `${name}@${spec} (${field}) is not in ${this.lockPath}`);
                    continue;
                }
                const version = typeof entry.version === 'string' ? entry.version : '';
                const mismatch = this.v1Mismatch(name, spec, field, version);
                if (mismatch)
                    this.problems.add('unsatisfied', manifest.path, line(), name, mismatch);
            }
        }
        // Depth first with a stack of its own: a hostile lockfile nests `dependencies` 20,000 deep.
        const pending = Object.entries(top).reverse();
        for (let next = pending.pop(); next; next = pending.pop()) {
            const [name, entry] = next;
            if (!isRecord(entry) || entry.bundled === true)
                continue;
            const line = () => findLine(this.lockText, undefined, new RegExp(`^\\s*"${escapeRegex(name)}": \\{`));
            this.checkEntry(name, entry, line, this.context.security);
            if (!isRecord(entry.dependencies))
                continue;
            const children = Object.entries(entry.dependencies);
            for (let index = children.length - 1; index >= 0; index--)
                pending.push(children[index]);
        }
    }
}
/** The dependencies a locked package bundles (`bundleDependencies`, or `bundledDependencies`; `true`: all). */
function bundledNames(entry) {
    const bundled = entry.bundleDependencies ?? entry.bundledDependencies;
    if (bundled === true)
        return true;
    return new Set(Array.isArray(bundled) ? bundled.filter((name) => typeof name === 'string') : []);
}
const npm = {
    name: 'npm',
    lockfiles: ['npm-shrinkwrap.json', 'package-lock.json'],
    manifest: 'package.json',
    fix: npm_FIX,
    defaultHosts: npm_HOSTS,
    declaresDependencies: declaresJsDependencies,
    lockfileExpected: jsLockfileExpected,
    lockfileSwitchedOff: npmLockfileSwitchedOff,
    async check(context) {
        const check = new NpmCheck(context);
        return check.problems.guard(() => check.run());
    },
};
/**
 * The path of a local folder or archive dependency as npm-package-arg reads a spec: `file:<path>`; a path
 * (`./x`, `../x`, `/x`, `~/x`, `C:\x`); or, past URLs, protocols and `user/repo` GitHub shorthands, any spec with
 * a slash or an archive's name. npm records such a spec as written and the folder at its path, like a workspace.
 */
function localPath(spec) {
    if (/^file:/i.test(spec))
        return spec.slice(5);
    if (/^(?:\.|~\/|[/\\]|[a-zA-Z]:)/.test(spec))
        return spec;
    if (/^[a-z][a-z0-9+.-]*:/i.test(spec) || GITHUB_SHORTHAND.test(spec))
        return undefined;
    return spec.includes('/') || /\.(?:tgz|tar\.gz|tar)$/i.test(spec) ? spec : undefined;
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/pnpm-config.js
// What pnpm resolves with besides the manifests: `overrides` (package.json `pnpm.overrides` and
// pnpm-workspace.yaml), catalogs, and how an override rewrites a project's own dependency spec.




/** The reading of the pnpm release `version` ([major, minor]). */
function releaseReading(version) {
    const since1217 = versionAtLeast(version, [12, 17]);
    return {
        convergence: versionAtLeast(version, [11, 13]),
        wildcards: since1217,
        peerKeptFromAlias: since1217,
        projectsExtended: versionAtLeast(version, [12, 8]),
        catalogsSelected: versionAtLeast(version, [12, 20]),
    };
}
/** Whether the releases' readings can differ on `rule`: only then is a project's expectation worked out twice. */
function readingMatters(rule) {
    return (rule.converges === true ||
        rule.range !== undefined ||
        rule.name.includes('*') ||
        (rule.parent?.includes('*') ?? false) ||
        (rule.value !== '-' && !isValidPeerRange(rule.value)));
}
/** `pnpm-workspace.yaml`'s `catalog` (the default one) and `catalogs`. */
function readCatalogs(workspace) {
    const catalogs = {};
    if (isRecord(workspace.catalogs)) {
        for (const [name, entries] of Object.entries(workspace.catalogs))
            catalogs[name] = stringMap(entries);
    }
    if (isRecord(workspace.catalog))
        catalogs.default = { ...catalogs.default, ...stringMap(workspace.catalog) };
    return catalogs;
}
/** `catalog:` / `catalog:name` \u2192 the catalog's spec for `name`; undefined when it names nothing. */
function catalogSpec(catalogs, name, spec) {
    if (!spec.startsWith('catalog:'))
        return undefined;
    return catalogs[spec.slice('catalog:'.length).trim() || 'default']?.[name];
}
function splitSelector(selector) {
    const at = selector.indexOf('@', selector.startsWith('@') ? 1 : 0);
    if (at === -1)
        return { name: selector };
    const range = selector.slice(at + 1);
    return range ? { name: selector.slice(0, at), range } : { name: selector.slice(0, at), converges: true };
}
const GROUP_SUFFIX = /:(prod|optional|peer)$/;
/** The override rules with their values resolved as pnpm writes them to the lockfile's `overrides`. */
function readOverrides(overrides, rootPkg, catalogs) {
    const rootSpec = (name) => {
        for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
            const spec = stringMap(rootPkg[field])[name];
            if (spec !== undefined)
                return spec;
        }
        return undefined;
    };
    return Object.entries(overrides).map(([written, raw]) => {
        // pnpm trims a selector, and records it trimmed.
        const key = written.trim();
        const arrow = key.lastIndexOf('>');
        let selector = (arrow === -1 ? key : key.slice(arrow + 1)).trim();
        const group = GROUP_SUFFIX.exec(selector)?.[1];
        if (group)
            selector = selector.slice(0, -group.length - 1);
        const target = splitSelector(selector);
        const parent = arrow === -1 ? undefined : splitSelector(key.slice(0, arrow).trim());
        let value = raw;
        if (value.startsWith('$'))
            value = rootSpec(value.slice(1)) ?? value;
        value = catalogSpec(catalogs, target.name, value) ?? value;
        const rule = {
            key,
            ...target,
            parent: parent?.name,
            parentRange: parent?.range,
            value,
            raw,
        };
        if (group)
            rule.group = group;
        return rule;
    });
}
/**
 * The rule that rewrites a project's own dependency `name@spec` of `group`, as pnpm's versions overrider picks it.
 * The overrider reads every manifest, the workspace's own included: `p>name` (and `p@range>name`) rules whose
 * parent is this project (by its name, and its version within the range) come first, then the rules without a
 * parent. In each, rules naming `name` come before wildcard ones (pnpm 12.17+); of those, rules for the group
 * (`name:prod`) before the others; of those, rules with a range (which must contain the spec) or a convergence
 * override whose version the spec allows, before the plain one.
 * Throws SemverNotLoaded when deciding needs node-semver and it is not loaded yet (most workspaces write their
 * specs as `catalog:` or `workspace:`, which no range contains, and never need it).
 */
function projectOverride(rules, name, spec, project = {}, group = undefined, reading = NEWEST_READING) {
    const index = indexed(rules);
    const named = index.byName.get(name) ?? [];
    const wild = reading.wildcards ? index.wildcards.filter((rule) => globMatches(rule.name, name)) : [];
    if (named.length === 0 && wild.length === 0)
        return undefined;
    const projectName = typeof project.name === 'string' ? project.name : undefined;
    const ownParent = (rule) => rule.parent !== undefined &&
        projectName !== undefined &&
        (rule.parent === projectName || (reading.wildcards && globMatches(rule.parent, projectName))) &&
        parentMatches(rule, project.version);
    for (const scope of [ownParent, (rule) => rule.parent === undefined]) {
        for (const candidates of [named, wild]) {
            const rule = pick(candidates.filter(scope), spec, group, reading);
            if (rule)
                return rule;
        }
    }
    return undefined;
}
const NEWEST_READING = releaseReading([Number.POSITIVE_INFINITY, 0]);
/** pnpm's pickMostSpecificVersionOverride, the rules for the dependency's group first. */
function pick(rules, spec, group, reading) {
    if (rules.length === 0)
        return undefined;
    const grouped = group === undefined ? [] : rules.filter((rule) => rule.group === group);
    return (pickBySpec(grouped, spec, reading) ??
        pickBySpec(rules.filter((rule) => rule.group === undefined), spec, reading));
}
/** A rule whose range contains the spec (or a convergence override the spec allows), else the plain one. */
function pickBySpec(rules, spec, reading) {
    let plain;
    for (const rule of rules) {
        if (rule.converges && reading.convergence) {
            if (pnpm_config_versionSatisfies(rule.value, spec))
                return rule;
            continue;
        }
        if (rule.range === undefined) {
            plain ??= rule;
            continue;
        }
        if (spec === rule.range || rangeWithin(spec, rule.range))
            return rule;
    }
    return plain;
}
/** `*` in an override selector's name matches any run of characters, `/` included (`@types/*`). */
const globs = new Map();
function globMatches(pattern, name) {
    if (!pattern.includes('*'))
        return pattern === name;
    let regex = globs.get(pattern);
    if (!regex) {
        regex = new RegExp(`^${pattern.split('*').map(escapeRegex).join('.*')}$`);
        globs.set(pattern, regex);
    }
    return regex.test(name);
}
/** A convergence override's version against the dependency's own range (semver.satisfies; not a range: no). */
function pnpm_config_versionSatisfies(version, spec) {
    if (!mayBeRange(spec) || !mayBeRange(version))
        return false;
    const semver = semverIfLoaded();
    if (!semver)
        throw new SemverNotLoaded();
    try {
        return isRange(semver, spec) && semver.valid(version) !== null && semver.satisfies(version, spec);
    }
    catch {
        return false;
    }
}
/** `p@range>a` applies to a p whose version the range allows (semver.satisfies; no version never does). */
function parentMatches(rule, version) {
    if (rule.parentRange === undefined)
        return true;
    if (typeof version !== 'string')
        return false;
    const semver = semverIfLoaded();
    if (!semver)
        throw new SemverNotLoaded();
    try {
        return semver.satisfies(version, rule.parentRange);
    }
    catch {
        return false;
    }
}
/** The rules by the name they rewrite, and the wildcard ones, per rule list: a workspace asks for thousands. */
const indexes = new WeakMap();
function indexed(rules) {
    let index = indexes.get(rules);
    if (!index) {
        index = { byName: new Map(), wildcards: [] };
        for (const rule of rules) {
            if (rule.name.includes('*'))
                index.wildcards.push(rule);
            else
                index.byName.set(rule.name, [...(index.byName.get(rule.name) ?? []), rule]);
        }
        indexes.set(rules, index);
    }
    return index;
}
const validRanges = new Map();
function isRange(semver, spec) {
    let valid = validRanges.get(spec);
    if (valid === undefined) {
        valid = Boolean(semver.validRange(spec));
        validRanges.set(spec, valid);
    }
    return valid;
}
/** `semver.subset(spec, range)` for two valid ranges, remembered: workspaces repeat the same specs. */
const within = new Map();
/** Whether node-semver could read `spec` as a range at all: its grammar has no `:` and no `/`. */
function mayBeRange(spec) {
    return !spec.includes(':') && !spec.includes('/');
}
function rangeWithin(spec, range) {
    if (!mayBeRange(spec) || !mayBeRange(range))
        return false;
    const key = `${spec}\0${range}`;
    let verdict = within.get(key);
    if (verdict === undefined) {
        const semver = semverIfLoaded();
        if (!semver)
            throw new SemverNotLoaded();
        try {
            verdict = isRange(semver, spec) && isRange(semver, range) && semver.subset(spec, range);
        }
        catch {
            verdict = false;
        }
        within.set(key, verdict);
    }
    return verdict;
}
/** `text` cut into YAML documents at `---` lines, each padded so that its lines keep their numbers. */
function yamlDocuments(file) {
    const text = file.text;
    if (!/^---[ \t]*$/m.test(text))
        return [file];
    // Offsets found with one scan of the text: a big lockfile has tens of thousands of lines and one separator.
    const cuts = [];
    const separator = /^---[ \t]*\r?$/gm;
    for (let match = separator.exec(text); match; match = separator.exec(text))
        cuts.push(match.index);
    const documents = [];
    let start = 0;
    let line = 0;
    for (const cut of [...cuts, -1]) {
        if (cut === -1) {
            // The last document runs to the end of the file: read in place, its padded copy made only if asked for.
            if (text.slice(start).trim())
                documents.push(paddedTail(file.path, text, start, line));
            break;
        }
        const body = text.slice(start, Math.max(start, cut - 1));
        if (body.trim())
            documents.push({ path: file.path, text: '\n'.repeat(line) + body });
        const next = text.indexOf('\n', cut);
        const after = next === -1 ? text.length : next + 1;
        for (let at = text.indexOf('\n', start); at !== -1 && at < after; at = text.indexOf('\n', at + 1))
            line++;
        start = after;
    }
    return documents.length ? documents : [file];
}
/** The document from `start` to the end of `text`, `lines` line breaks in front (built on first use of `text`). */
function paddedTail(path, text, start, lines) {
    let padded;
    return {
        path,
        get text() {
            padded ??= '\n'.repeat(lines) + text.slice(start);
            return padded;
        },
        within: { text, start },
    };
}
/** pnpm's isValidPeerRange: a semver range (which never holds a `:`), or one with `workspace:` or `catalog:`. */
function isValidPeerRange(spec) {
    return !spec.includes(':') || spec.includes('workspace:') || spec.includes('catalog:');
}
/**
 * A project's peerDependencies after pnpm's versions overrider: an override that is a valid peer range replaces the
 * peer's range (what autoInstallPeers then records); any other (`npm:` alias, `link:`) makes it a regular
 * dependency instead, written into `dependencies` over what the manifest has there, until pnpm 12.17, which
 * leaves the peer as declared.
 */
function overridePeers(rules, peers, project = {}, reading = NEWEST_READING) {
    const result = { peers: { ...peers }, dependencies: {} };
    for (const [name, spec] of Object.entries(peers)) {
        const rule = projectOverride(rules, name, spec, project, 'peer', reading);
        if (!rule)
            continue;
        if (rule.value === '-')
            delete result.peers[name];
        else if (isValidPeerRange(rule.value))
            result.peers[name] = rule.value;
        else if (!reading.peerKeptFromAlias)
            result.dependencies[name] = rule;
    }
    return result;
}
const EXTENDED_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies', 'peerDependenciesMeta'];
/**
 * A project's manifest as pnpm 12.8+ reads it with `packageExtensions` applied: each extension whose selector
 * names the project (and whose range allows its version) adds its fields, the manifest's own entries winning.
 * Throws SemverNotLoaded when a range needs node-semver before it is loaded.
 */
function extendedManifest(pkg, extensions) {
    if (typeof pkg.name !== 'string')
        return pkg;
    let extended = pkg;
    for (const [selector, extension] of Object.entries(extensions)) {
        if (!isRecord(extension))
            continue;
        const { name, range } = splitSelector(selector.trim());
        if (name !== pkg.name)
            continue;
        if (range !== undefined && (typeof pkg.version !== 'string' || !satisfiesRange(pkg.version, range)))
            continue;
        extended = { ...extended };
        for (const field of EXTENDED_FIELDS)
            if (isRecord(extension[field]))
                extended[field] = { ...extension[field], ...(isRecord(extended[field]) ? extended[field] : {}) };
    }
    return extended;
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/pnpm.js









const pnpm_FIX = 'pnpm install';
const pnpm_HOSTS = ['registry.npmjs.org'];
/** pnpm's default registry for the `@jsr` scope, where its `jsr:` dependencies resolve (pnpm 10.9+). */
const JSR_HOSTS = [...pnpm_HOSTS, 'npm.jsr.io'];
/** Where pnpm downloads a devEngines.runtime from by default (node; bun and deno publish on GitHub). */
const RUNTIME_HOSTS = [
    'nodejs.org',
    'unofficial-builds.nodejs.org',
    'github.com',
    'objects.githubusercontent.com',
    'dl.deno.land',
];
/**
 * Lockfile formats of pnpm 6 (5.3), 7 (5.4), 8 (6.0), 9 and later (9.0); 7.0 was written by early pnpm 9 betas.
 */
const SUPPORTED = new Set(['5.3', '5.4', '6.0', '6.1', '7.0', '9.0']);
/**
 * For lockfiles of pnpm 6 and 7 (5.3, 5.4): the first version whose frozen check compares each of these (found
 * by running pnpm 6.x and 7.x on small projects); the pnpm that runs may be older, and then it is not compared.
 */
const LEGACY_SINCE = {
    dependenciesMeta: [6, 20],
    packageExtensions: [6, 10],
    onlyBuiltDependencies: [6, 35],
    patchedDependencies: [7, 4],
    publishDirectory: [7, 7],
};
/** The fields pnpm records per importer (peer dependencies are installed through these). */
const FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'];
/** The order pnpm merges the fields in: a name in two of them is recorded in the later one. */
const PRECEDENCE = ['devDependencies', 'dependencies', 'optionalDependencies'];
/** The group an override selector (`a:prod`, `a:optional`) names for a dependency field; devDependencies have none. */
const FIELD_GROUP = {
    dependencies: 'prod',
    devDependencies: undefined,
    optionalDependencies: 'optional',
};
/**
 * The expectations of two pnpm releases' readings, as one: the first's, accepting what the other records instead
 * (another specifier, another field, or none).
 */
function mergeExpected(first, other) {
    const others = new Map(other.map((item) => [item.name, item]));
    const merged = first.map((item) => {
        const alternative = others.get(item.name);
        others.delete(item.name);
        if (!alternative)
            return { ...item, alt: 'none' };
        const also = [...(item.also ?? []), alternative.spec, ...(alternative.also ?? [])].filter((spec, index, all) => spec !== item.spec && all.indexOf(spec) === index);
        return {
            ...item,
            also,
            alt: alternative.field !== item.field ? (item.alt ?? alternative.field) : item.alt,
            fromOverride: item.fromOverride || alternative.fromOverride,
        };
    });
    for (const alternative of others.values())
        merged.push({ ...alternative, alt: 'none' });
    return merged;
}
/** Per field, the fields pnpm merges after it (whose entry for a name wins). */
const LATER = Object.fromEntries(PRECEDENCE.map((field, index) => [field, PRECEDENCE.slice(index + 1)]));
/** Whether a field pnpm merges after `field` declares `name` too (that one is what the lockfile records). */
function declaredLater(fields, field, name) {
    for (const later of LATER[field])
        if (fields[later][name] !== undefined)
            return true;
    return false;
}
/**
 * Settings pnpm records in the lockfile's `settings` and refuses a frozen install over when the configuration
 * says otherwise (LOCKFILE_CONFIG_MISMATCH). Compared only where pnpm-workspace.yaml sets them: a value from
 * .npmrc, the environment or a user's config is not visible here.
 */
/**
 * Settings pnpm records in the lockfile's `settings` and refuses a frozen install over when pnpm-workspace.yaml
 * sets them otherwise (LOCKFILE_CONFIG_MISMATCH), with the default a lockfile without one was made with. The
 * first two every pnpm records; the others only some releases (10.x, 12.x, or with
 * `lockfile.includeResolutionSettings`), so they are compared where the lockfile records them.
 */
const LOCK_SETTINGS = {
    autoInstallPeers: { default: true, always: true },
    excludeLinksFromLockfile: { default: false, always: true },
    dedupePeers: { default: false },
    peersSuffixMaxLength: { default: 1000 },
    injectWorkspacePackages: { default: false },
    addMissingPeerTypes: { default: false },
    projectScopedOptionalPeers: { default: false },
    autoDedupe: { default: false },
    dedupeInjectedDeps: { default: true },
    dedupePeerDependents: { default: true },
    linkWorkspacePackages: { default: false },
};
/**
 * What the checks read of a lockfile: not the resolved dependency graph of each package (`snapshots`, pnpm 9+),
 * and of each `packages` entry only where it comes from (its engines, platforms and peers are pnpm's business).
 */
const READ_SCOPE = {
    skip: new Set(['snapshots']),
    entryFields: { packages: new Set(['resolution', 'name']) },
};
/** `'/@s/a@1.0.0(peer@2)'`, `a@1.0.0` \u2192 `@s/a`. */
function pnpmPackageName(key) {
    const bare = key.replace(/^\//, '').replace(/\(.*$/, '');
    const at = bare.indexOf('@', 1);
    return at === -1 ? bare : bare.slice(0, at);
}
/** A key of pnpm 6 and 7: `'/@s/a/1.0.0_peer@2'`, `/a/1.0.0` \u2192 `@s/a`, `a`. */
function legacyPackageName(key) {
    const parts = key.replace(/^\//, '').split('/');
    return parts.slice(0, parts[0].startsWith('@') ? 2 : 1).join('/');
}
function lockLine(text, key) {
    return findLine(text, /^packages:/, new RegExp(`^ {2}'?${escapeRegex(key)}'?:`));
}
class PnpmCheck {
    context;
    problems = new Problems('pnpm', pnpm_FIX);
    lock;
    /**
     * Unknown where the lockfile records no `settings` (pnpm 6 to 8.5): it came from .npmrc, the environment or a
     * user's configuration, none of which the lockfile records.
     */
    autoInstallPeers = true;
    /**
     * The readings of override selectors by the pnpm releases that may have written the lockfile: one, unless
     * the project pins none (or pins releases that differ) and a rule reads differently.
     */
    readings = [releaseReading([9, 0])];
    /** Whether the lockfile was made through a `.pnpmfile` (its pnpmfileChecksum): its hooks may rewrite manifests. */
    hooked = false;
    /** `packageExtensions` configured for the workspace (pnpm-workspace.yaml, and package.json before pnpm 11). */
    extensions = {};
    /** Whether overrides rewrite peer ranges: pnpm 8.7 and later; with no pin a 6.0 lockfile may be either. */
    peerOverrides = 'yes';
    /** For a lockfile of pnpm 6 or 7 (5.x): the oldest pnpm that may check it (see LEGACY_SINCE). */
    legacy;
    overrides = [];
    catalogs = {};
    /** Catalog entries the lockfile records (`catalogs.<name>.<package>.specifier`). */
    lockedCatalogs = {};
    /** The repository root, the lockfile's folder and that folder's segments below the root (importerBoundary). */
    lockDir;
    constructor(context) {
        this.context = context;
    }
    async run() {
        const { cwd, pair } = this.context;
        const file = await readText(cwd, pair.lockfile);
        // pnpm 11+ writes the package manager's own lockfile (packageManagerDependencies, configDependencies) as
        // a YAML document before the project's; each is read on its own, the project's is the last one.
        const documents = yamlDocuments(file);
        this.lock = documents.at(-1);
        for (const env of documents.slice(0, -1)) {
            const parsed = await parseYamlText(env);
            if (isRecord(parsed) && isRecord(parsed.packages))
                this.checkPackages(parsed.packages, env);
        }
        const data = await parseYamlText(this.lock, READ_SCOPE);
        if (!isRecord(data)) {
            this.problems.add('parse', this.lock.path, 1, '', `${this.lock.path} is not a pnpm lockfile (no YAML mapping)`);
            return;
        }
        const version = String(data.lockfileVersion ?? '');
        if (!SUPPORTED.has(version)) {
            this.problems.add('unsupported-format', this.lock.path, findLine(this.lock.text, /^lockfileVersion/), '', `${this.lock.path} has lockfileVersion '${version}', which this action does not know (expected 5.3 to 9.0); refusing to pass it unchecked`, Number.parseFloat(version) < 5.3 ? 'pnpm install (with pnpm 6 or newer)' : pnpm_FIX);
            return;
        }
        this.autoInstallPeers = isRecord(data.settings) ? data.settings.autoInstallPeers !== false : undefined;
        this.hooked = typeof data.pnpmfileChecksum === 'string';
        // A workspace root needs no package.json of its own (payloadcms/payload's .github): an empty root project.
        const rootManifest = pair.manifest
            ? await readText(cwd, pair.manifest)
            : { path: external_node_path_namespaceObject.posix.join(pair.dir, 'pnpm-workspace.yaml'), text: '{}' };
        const rootPkg = parseJson(rootManifest);
        const pins = pnpmPins(isRecord(rootPkg) ? rootPkg : {});
        if (version.startsWith('5.'))
            this.legacy = oldestPnpm(pins, version === '5.4' ? [7, 0] : [6, 0]);
        this.peerOverrides = peerOverrides(version, pins);
        // Single-project lockfiles of pnpm 6 to 8 keep the root importer at the top level.
        const importers = isRecord(data.importers)
            ? data.importers
            : { '.': data };
        const workspace = await this.workspaceSettings(!pins.length || pins.some((pin) => versionAtLeast(pin, [12, 15])));
        if (this.legacy || (isRecord(rootPkg) && workspaceSettingsIgnored(rootPkg)))
            Object.assign(workspace, { overrides: {}, patches: {}, packageExtensions: {}, lockSettings: {} });
        // pnpm 6 and 7 know no catalogs.
        if (this.legacy)
            workspace.catalogs = {};
        this.catalogs = workspace.catalogs;
        for (const [name, entries] of Object.entries(isRecord(data.catalogs) ? data.catalogs : {})) {
            this.lockedCatalogs[name] = {};
            for (const [pkg, entry] of Object.entries(isRecord(entries) ? entries : {}))
                if (isRecord(entry) && typeof entry.specifier === 'string')
                    this.lockedCatalogs[name][pkg] = entry.specifier;
        }
        // Before pnpm 11, the root package.json's `pnpm.overrides` and yarn's `resolutions` (under it) are
        // overrides too, and `pnpm.patchedDependencies` patches; pnpm 11 and later read only pnpm-workspace.yaml.
        const fromManifest = isRecord(rootPkg) && !manifestSettingsIgnored(rootPkg);
        const manifestField = (field) => fromManifest && isRecord(rootPkg.pnpm) ? stringMap(rootPkg.pnpm[field]) : {};
        const resolutions = fromManifest ? stringMap(rootPkg.resolutions) : {};
        const manifestOverrides = manifestField('overrides');
        const manifestExtensions = fromManifest && isRecord(rootPkg.pnpm) && isRecord(rootPkg.pnpm.packageExtensions)
            ? rootPkg.pnpm.packageExtensions
            : {};
        const configured = { ...resolutions, ...manifestOverrides, ...workspace.overrides };
        const origin = (field, key) => {
            if (workspace.file && Object.hasOwn(workspace[field === 'overrides' ? 'overrides' : 'patches'], key))
                return { file: workspace.file, field, yaml: true };
            if (field === 'overrides' && !Object.hasOwn(manifestOverrides, key))
                return { file: rootManifest, field: 'resolutions', yaml: false };
            return { file: rootManifest, field, yaml: false };
        };
        this.overrides = readOverrides(configured, isRecord(rootPkg) ? rootPkg : {}, this.catalogs);
        this.extensions = { ...manifestExtensions, ...workspace.packageExtensions };
        this.readings = releaseReadings(version, pins, this.overrides, Object.keys(this.extensions).length > 0);
        this.checkExtensionsChecksum(data, workspace.file ?? rootManifest);
        const manifestIgnored = fromManifest && isRecord(rootPkg.pnpm) && Array.isArray(rootPkg.pnpm.ignoredOptionalDependencies)
            ? rootPkg.pnpm.ignoredOptionalDependencies.map(String)
            : undefined;
        this.checkIgnoredOptional(data, workspace.ignoredOptional ?? manifestIgnored, workspace.file ?? rootManifest);
        this.checkLockSettings(isRecord(data.settings) ? data.settings : {}, workspace.lockSettings, workspace.file);
        const folders = await expandWorkspaces((0,external_node_path_namespaceObject.resolve)(cwd, pair.dir), workspaceGlobs(workspace, isRecord(rootPkg) ? rootPkg : {}, pins, importers));
        const versions = new Map();
        const links = [];
        // Without a root package.json there is no root project, and pnpm records no `.` importer.
        for (const folder of pair.manifest ? ['.', ...folders] : folders) {
            const importer = own(importers, folder);
            const manifest = folder === '.' ? rootManifest : readTextSync(cwd, external_node_path_namespaceObject.posix.join(pair.dir, folder, 'package.json'));
            if (!isRecord(importer)) {
                // pnpm itself accepts a new workspace package without dependencies; any it has are reported below.
                this.problems.warn('workspace', manifest.path, 1, folder, `workspace ${folder} is not an importer in ${this.lock.path}`);
            }
            const pkg = folder === '.' ? rootPkg : parseJson(manifest);
            if (!isRecord(pkg))
                continue;
            const locked = lockedDependencies(isRecord(importer) ? importer : {});
            // An override with a range that meets a dependency written as a range needs node-semver: loaded then.
            const before = this.problems.list.length;
            const loading = withSemver(() => this.checkImporter(folder, locked, manifest, pkg), () => {
                this.problems.list.length = before;
            });
            if (loading)
                await loading;
            if (isRecord(importer))
                this.checkImporterMeta(folder, importer, manifest, pkg);
            if (typeof pkg.version === 'string')
                versions.set(folder, pkg.version);
            // pnpm 6 and 7 (5.x) locked a workspace link by version only: no range to leave.
            if (!this.legacy)
                links.push(...workspaceLinks(folder, locked, manifest));
        }
        const beforeLinks = this.problems.list.length;
        await withSemver(() => this.checkWorkspaceLinks(links, versions), () => {
            this.problems.list.length = beforeLinks;
        });
        for (const folder of Object.keys(importers)) {
            if (folder === '.' || folders.includes(folder))
                continue;
            // pnpm's frozen check reads the importers of the packages it finds and passes over the rest (a package in
            // a git submodule that was not checked out, or one removed since): worth a warning, not a failure.
            this.problems.warn('extraneous', this.lock.path, findLine(this.lock.text, /^importers:/, new RegExp(`^ {2}'?${escapeRegex(folder)}'?:`)), folder, `${this.lock.path} has importer ${folder}, which is not a workspace package here (pnpm passes over it; \`pnpm install\` removes it)`);
        }
        const overrides = Object.fromEntries(this.overrides.map((rule) => [rule.key, rule.value]));
        // pnpm 7 records a `$name` override resolved; pnpm 6, which does not resolve it, compares it as written.
        const raw = this.legacy ? Object.fromEntries(this.overrides.map((rule) => [rule.key, rule.raw])) : {};
        this.checkOverrides(stringMap(data.overrides), overrides, (key) => origin('overrides', key), raw);
        this.checkCatalogs();
        if (this.compares('patchedDependencies'))
            this.checkPatches({ ...manifestField('patchedDependencies'), ...workspace.patches }, isRecord(data.patchedDependencies) ? data.patchedDependencies : {}, (key) => origin('patchedDependencies', key));
        if (this.legacy && isRecord(rootPkg))
            this.checkLegacySettings(data, rootPkg, rootManifest);
        if (isRecord(data.packages))
            this.checkPackages(data.packages, this.lock);
    }
    /**
     * `ignoredOptionalDependencies` against the list the lockfile records at its top level, in any order: pnpm
     * refuses a frozen install when they differ (LOCKFILE_CONFIG_MISMATCH), one removed included.
     */
    checkIgnoredOptional(data, configured, file) {
        if (this.legacy)
            return;
        const locked = Array.isArray(data.ignoredOptionalDependencies)
            ? data.ignoredOptionalDependencies.map(String)
            : [];
        const wanted = configured ?? [];
        if (sameData([...wanted].sort(), [...locked].sort()))
            return;
        this.settingMismatch(configured ? file : undefined, 'ignoredOptionalDependencies', 'ignoredOptionalDependencies', `ignoredOptionalDependencies is ${brief(wanted)}, ${this.lock.path} was made with ${brief(locked)}`);
    }
    /** A setting that differs from the lockfile's: reported at its entry in `file`, or (not set) at the lockfile's `key`. */
    settingMismatch(file, setting, key, message) {
        this.problems.add('spec-mismatch', file ? file.path : this.lock.path, file
            ? findLine(file.text, new RegExp(`^${setting}:|"${setting}"\\s*:`))
            : findLine(this.lock.text, new RegExp(`^${key}:`)), '', message);
    }
    /**
     * Whether `packageExtensions` are configured, against the lockfile's `packageExtensionsChecksum`: pnpm refuses
     * a frozen install when one is there without the other (LOCKFILE_CONFIG_MISMATCH). The checksum itself is
     * pnpm's to compute, so a changed extension is not seen here. (pnpm 6 and 7: checkLegacySettings.)
     */
    checkExtensionsChecksum(data, file) {
        if (this.legacy)
            return;
        const configured = Object.keys(this.extensions).length > 0;
        const recorded = data.packageExtensionsChecksum !== undefined;
        if (configured === recorded)
            return;
        this.settingMismatch(configured ? file : undefined, 'packageExtensions', 'packageExtensionsChecksum', configured
            ? `packageExtensions are configured, but ${this.lock.path} was made without them (no packageExtensionsChecksum)`
            : `${this.lock.path} was made with packageExtensions (packageExtensionsChecksum), which are no longer configured`);
    }
    /**
     * pnpm refuses a frozen install when the patched packages differ from the lockfile's (LOCKFILE_CONFIG_MISMATCH).
     * The keys (and the path, where the lockfile records it) are compared; the patch's hash is not.
     */
    checkPatches(configured, locked, origin) {
        for (const [key, path] of Object.entries(configured)) {
            const entry = locked[key];
            const lockedPath = isRecord(entry) && typeof entry.path === 'string' ? entry.path : undefined;
            if (entry !== undefined &&
                (lockedPath === undefined || external_node_path_namespaceObject.posix.normalize(lockedPath) === external_node_path_namespaceObject.posix.normalize(path)))
                continue;
            const where = origin(key);
            this.problems.add('spec-mismatch', where.file.path, settingLine(where, key), key, entry === undefined
                ? `patch of ${key} (${path}) is configured but ${this.lock.path} has no such patched dependency`
                : `patch of ${key} is ${path}, ${this.lock.path} was made for ${lockedPath}`);
        }
        for (const key of Object.keys(locked)) {
            if (configured[key] !== undefined)
                continue;
            this.problems.add('extraneous', this.lock.path, findLine(this.lock.text, /^patchedDependencies:/, new RegExp(`^\\s+'?${escapeRegex(key)}'?:`)), key, `${this.lock.path} still patches ${key}, which is no longer configured`);
        }
    }
    /** Whether the frozen check of every pnpm that may check this lockfile compares `what`. */
    compares(what) {
        if (!this.legacy)
            return true;
        return versionAtLeast(this.legacy, LEGACY_SINCE[what]);
    }
    /**
     * Settings of the root package.json's `pnpm` field that pnpm 6 and 7 record at the top of the lockfile and
     * refuse a frozen install over when they differ: the build lists (in any order; no `neverBuiltDependencies`
     * is an empty one, while an empty `onlyBuiltDependencies` is not the same as none), and whether there are
     * `packageExtensions` (their checksum is pnpm's to compute).
     */
    checkLegacySettings(data, pkg, manifest) {
        const config = isRecord(pkg.pnpm) ? pkg.pnpm : {};
        const list = (value) => (Array.isArray(value) ? value.map(String).sort() : undefined);
        const never = [list(config.neverBuiltDependencies) ?? [], list(data.neverBuiltDependencies) ?? []];
        const only = [list(config.onlyBuiltDependencies), list(data.onlyBuiltDependencies)];
        const extended = isRecord(config.packageExtensions) && Object.keys(config.packageExtensions).length > 0;
        const checksum = data.packageExtensionsChecksum !== undefined;
        const differ = [];
        if (!sameData(never[0], never[1]))
            differ.push(['neverBuiltDependencies', brief(never[0]), brief(never[1])]);
        if (this.compares('onlyBuiltDependencies') && !sameData(only[0], only[1]))
            differ.push(['onlyBuiltDependencies', brief(only[0]), brief(only[1])]);
        if (this.compares('packageExtensions') && extended !== checksum)
            differ.push([
                'packageExtensions',
                extended ? 'set' : 'not set',
                checksum ? 'a packageExtensionsChecksum' : 'no packageExtensionsChecksum',
            ]);
        for (const [field, configured, locked] of differ) {
            this.problems.add('spec-mismatch', manifest.path, findLine(manifest.text, /"pnpm"\s*:/, new RegExp(`"${field}"\\s*:`)), '', `pnpm.${field} of ${manifest.path} is ${configured}, ${this.lock.path} was made with ${locked}`);
        }
    }
    /** A setting pnpm-workspace.yaml sets that the lockfile was made with another value of. */
    checkLockSettings(locked, configured, file) {
        for (const [key, value] of Object.entries(configured)) {
            const setting = LOCK_SETTINGS[key];
            if (!setting?.always && !Object.hasOwn(locked, key))
                continue;
            // pnpm's defaults, which a lockfile without the setting was made with.
            const was = locked[key] ?? setting?.default;
            if (value === was || file === undefined)
                continue;
            this.problems.add('spec-mismatch', file.path, findLine(file.text, new RegExp(`^${key}\\s*:`)), '', `${key}: ${String(value)} in ${file.path}, but ${this.lock.path} was made with ${key}: ${String(was)}`);
        }
    }
    /** pnpm refuses a frozen install when a catalog entry the lockfile used changed (LOCKFILE_CONFIG_MISMATCH). */
    checkCatalogs() {
        const file = external_node_path_namespaceObject.posix.join(this.context.pair.dir, 'pnpm-workspace.yaml');
        for (const [catalog, entries] of Object.entries(this.lockedCatalogs)) {
            for (const [name, specifier] of Object.entries(entries)) {
                const configured = this.catalogs[catalog]?.[name];
                if (configured === specifier)
                    continue;
                const now = configured === undefined ? 'no longer has it' : `says "${configured}"`;
                this.problems.add('spec-mismatch', configured === undefined ? this.lock.path : file, configured === undefined
                    ? findLine(this.lock.text, /^catalogs:/, new RegExp(`^\\s+'?${escapeRegex(name)}'?:`))
                    : 1, name, `catalog ${catalog} entry ${name}: ${this.lock.path} was made for "${specifier}", the workspace's catalog ${now}`);
            }
        }
    }
    /**
     * pnpm 12.15's `include:` in pnpm-workspace.yaml: each listed file (relative to the workspace file, inside the
     * repository) owns the settings listed for it, which replace the workspace file's own.
     */
    async readIncludes(data, file) {
        if (!isRecord(data.include))
            return;
        for (const [path, keys] of Object.entries(data.include)) {
            if (!Array.isArray(keys))
                continue;
            const { cwd, boundary = cwd } = this.context;
            const target = external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(external_node_path_namespaceObject.posix.dirname(file.path), path));
            if (external_node_path_namespaceObject.posix.isAbsolute(target) || leadsOut((0,external_node_path_namespaceObject.relative)(boundary, (0,external_node_path_namespaceObject.resolve)(cwd, target))))
                continue;
            const included = await readTextIfPresent(cwd, target);
            const settings = included ? await parseYamlText(included) : undefined;
            if (!isRecord(settings))
                continue;
            for (const key of keys)
                if (typeof key === 'string' && Object.hasOwn(settings, key))
                    data[key] = settings[key];
        }
    }
    async workspaceSettings(includes) {
        const { cwd, pair } = this.context;
        const none = {
            packages: [],
            overrides: {},
            catalogs: {},
            patches: {},
            packageExtensions: {},
            lockSettings: {},
        };
        const file = await readTextIfPresent(cwd, external_node_path_namespaceObject.posix.join(pair.dir, 'pnpm-workspace.yaml'));
        if (!file)
            return none;
        const data = await parseYamlText(file);
        if (!isRecord(data))
            return none;
        if (includes)
            await this.readIncludes(data, file);
        const packages = Array.isArray(data.packages)
            ? data.packages.filter((item) => typeof item === 'string')
            : [];
        return {
            packages,
            overrides: stringMap(data.overrides),
            catalogs: readCatalogs(data),
            patches: stringMap(data.patchedDependencies),
            packageExtensions: isRecord(data.packageExtensions) ? data.packageExtensions : {},
            ignoredOptional: Array.isArray(data.ignoredOptionalDependencies)
                ? data.ignoredOptionalDependencies.map(String)
                : undefined,
            file,
            lockSettings: Object.fromEntries([
                ...Object.keys(LOCK_SETTINGS)
                    .filter((key) => Object.hasOwn(data, key))
                    .map((key) => [key, data[key]]),
                // `lockfile: { integrityTarget: tar }` (pnpm 12.15) is recorded as settings.integrityTarget.
                ...(isRecord(data.lockfile) && data.lockfile.integrityTarget !== undefined
                    ? [['integrityTarget', data.lockfile.integrityTarget]]
                    : []),
            ]),
        };
    }
    /**
     * What pnpm's frozen check compares of an importer besides its dependencies: `dependenciesMeta` (`injected`,
     * `node`) as the manifest has it, and `publishConfig.directory` as `publishDirectory`.
     */
    checkImporterMeta(folder, importer, manifest, pkg) {
        const where = importerLabel(folder);
        const meta = isRecord(pkg.dependenciesMeta) ? pkg.dependenciesMeta : {};
        const lockedMeta = isRecord(importer.dependenciesMeta) ? importer.dependenciesMeta : {};
        if (this.compares('dependenciesMeta') && !sameData(meta, lockedMeta)) {
            this.problems.add('spec-mismatch', manifest.path, findLine(manifest.text, /"dependenciesMeta"\s*:/), '', `dependenciesMeta of ${where} is ${brief(meta)}, ${this.lock.path} was made for ${brief(lockedMeta)}`);
        }
        const directory = isRecord(pkg.publishConfig) ? pkg.publishConfig.directory : undefined;
        if (this.compares('publishDirectory') && importer.publishDirectory !== directory) {
            this.problems.add('spec-mismatch', manifest.path, findLine(manifest.text, /"publishConfig"\s*:/, /"directory"\s*:/), '', `publishConfig.directory of ${where} is ${directory === undefined ? 'not set' : brief(directory)}, ${this.lock.path} records ${importer.publishDirectory === undefined ? 'no publishDirectory' : `publishDirectory ${brief(importer.publishDirectory)}`}`);
        }
    }
    /**
     * What the lockfile must record for a project's own dependencies under one pnpm release's reading of the
     * overrides: field, specifier, and the alternatives other releases write.
     */
    expectedDependencies(folder, manifestPkg, reading) {
        const pkg = reading.projectsExtended ? extendedManifest(manifestPkg, this.extensions) : manifestPkg;
        const expected = [];
        // Overrides rewrite peers too; one that is no peer range (an `npm:` alias) turns the peer into a dependency.
        // pnpm 7 records a peer with the range the manifest gives, overridden or not.
        const peers = stringMap(pkg.peerDependencies);
        const overridden = this.peerOverrides === 'no'
            ? { peers, dependencies: {} }
            : overridePeers(this.overrides, peers, pkg, reading);
        const fields = {};
        for (const field of FIELDS)
            fields[field] = stringMap(pkg[field]);
        for (const [name, rule] of Object.entries(overridden.dependencies))
            fields.dependencies[name] = rule.value;
        for (const field of FIELDS) {
            const inField = fields[field];
            for (const name of Object.keys(inField)) {
                const spec = inField[name];
                // pnpm reads devDependencies, then dependencies, then optionalDependencies into one map: a name in
                // two of them is recorded once, in the later field.
                if (declaredLater(fields, field, name))
                    continue;
                // From pnpm 12.20, a selector's range is matched against what a `catalog:` reference stands for.
                const rule = this.overrides.length
                    ? projectOverride(this.overrides, name, (reading.catalogsSelected && catalogSpec(this.catalogs, name, spec)) || spec, pkg, FIELD_GROUP[field], reading)
                    : undefined;
                if (rule?.value === '-')
                    continue;
                // pnpm records an overridden dependency with the override as its specifier (resolved, or as written).
                // pnpm 12.21 keeps such a peer where the manifest declares it; the earlier versions move it (both pass
                // their own frozen check), so either field is accepted.
                const fromPeer = field === 'dependencies'
                    ? own(overridden.dependencies, name)
                    : undefined;
                const declared = fromPeer
                    ? PRECEDENCE.findLast((f) => stringMap(pkg[f])[name] !== undefined)
                    : undefined;
                const source = fromPeer ? (declared ?? 'peerDependencies') : field;
                const alt = declared ??
                    (fromPeer && (this.autoInstallPeers !== true || this.peerOverrides === 'either')
                        ? 'none'
                        : undefined);
                expected.push({
                    field,
                    source,
                    name,
                    spec: rule ? rebasedOverride(rule.value, folder) : spec,
                    also: rule || fromPeer
                        ? [
                            (rule ?? fromPeer)?.raw,
                            fromPeer && this.peerOverrides === 'either' ? peers[name] : undefined,
                        ].filter((item) => item !== undefined)
                        : undefined,
                    alt,
                    fromOverride: rule !== undefined || fromPeer !== undefined,
                });
            }
        }
        const named = new Set(expected.map((item) => item.name));
        for (const runtime of devEngineRuntimes(pkg)) {
            if (named.has(runtime.name))
                continue;
            named.add(runtime.name);
            expected.push({
                field: 'devDependencies',
                source: 'devEngines',
                name: runtime.name,
                spec: runtime.spec,
            });
        }
        if (this.autoInstallPeers !== false) {
            // autoInstallPeers records a peer nobody else provides as a dependency with the peer's range; where the
            // setting is unknown, the peer may be recorded so or not at all.
            const alt = this.autoInstallPeers === undefined ? 'none' : undefined;
            for (const [name, spec] of Object.entries(overridden.peers)) {
                if (named.has(name))
                    continue;
                named.add(name);
                const original = this.peerOverrides === 'either' && peers[name] !== spec ? [peers[name]] : [];
                expected.push({
                    field: 'dependencies',
                    source: 'peerDependencies',
                    name,
                    spec,
                    alt,
                    also: original,
                    fromOverride: spec !== peers[name],
                });
            }
        }
        return expected;
    }
    checkImporter(folder, locked, manifest, pkg) {
        const where = importerLabel(folder);
        const [first, ...others] = this.readings;
        let expected = this.expectedDependencies(folder, pkg, first);
        for (const reading of others)
            expected = mergeExpected(expected, this.expectedDependencies(folder, pkg, reading));
        const wanted = new Set();
        for (const { field, source, name, spec, also, alt, fromOverride } of expected) {
            wanted.add(name);
            const line = () => manifestLine(manifest, source, name);
            const catalog = catalogSpec(this.catalogs, name, spec);
            if (spec.startsWith('catalog:') && catalog === undefined) {
                this.problems.add('spec-mismatch', manifest.path, line(), name, `${name}@${spec} (${source} of ${where}) names no entry of the workspace's catalogs`);
                continue;
            }
            const lock = locked.get(name);
            if (!lock && alt === 'none')
                continue;
            if (!lock && field === 'optionalDependencies') {
                // pnpm --frozen-lockfile installs without it ("could not be resolved, excluding it").
                this.problems.warn('not-locked', manifest.path, line(), name, `${name}@${spec} (${source} of ${where}) is not in ${this.lock.path}; pnpm will skip it until the lockfile is updated`);
            }
            else if (!lock) {
                this.importerMismatch('not-locked', manifest.path, line(), name, `${name}@${spec} (${source} of ${where}) is not in ${this.lock.path}`);
            }
            else if (lock.field !== field && lock.field !== alt) {
                this.importerMismatch('dependency-type', manifest.path, line(), name, `${name} is in ${source} of ${where} but ${this.lock.path} records it in ${lock.field}`);
            }
            else if (!sameSpecifier(lock.specifier, spec) && !also?.includes(lock.specifier)) {
                this.importerMismatch('spec-mismatch', manifest.path, line(), name, `${name}: ${fromOverride ? 'the override makes it' : 'package.json says'} "${spec}", ${this.lock.path} was made for "${lock.specifier}" (locked ${lock.version})`);
            }
        }
        // `link:` dependencies live only here (no `packages` entry): a link out of the repository is refused.
        const { security } = this.context;
        let boundary;
        for (const [name, lock] of locked) {
            if (!lock.version.startsWith('link:'))
                continue;
            boundary ??= this.importerBoundary(folder);
            const findings = checkSource({
                kind: 'local',
                location: lock.version,
                boundary,
            }, security, pnpm_HOSTS);
            for (const finding of findings)
                this.problems.finding(finding, this.lock.path, findLine(this.lock.text, /^importers:/, new RegExp(`^\\s+'?${escapeRegex(name)}'?:`)), name, `${name} (${where})`);
        }
        for (const [name, lock] of locked) {
            if (wanted.has(name))
                continue;
            this.importerMismatch('extraneous', this.lock.path, findLine(this.lock.text, /^importers:|^dependencies:/, new RegExp(`^\\s+'?${escapeRegex(name)}'?:`)), name, `${name} is locked in ${lock.field} of ${where} but package.json no longer declares it`);
        }
    }
    /**
     * A dependency linked to a workspace package with a range (`^7.9.5`, `workspace:^7.9.5`): pnpm's frozen check
     * refuses it once that package's version leaves the range ("local dependency \u2026 is outdated").
     */
    checkWorkspaceLinks(links, versions) {
        for (const link of links) {
            const version = versions.get(link.target);
            if (version === undefined || !leftWorkspaceRange(link.specifier, version))
                continue;
            this.problems.add('unsatisfied', link.manifest.path, manifestLine(link.manifest, 'dependencies', link.name), link.name, `${link.name}@${link.specifier} of ${importerLabel(link.folder)} is linked to workspace package ${link.target}, whose version ${version} is out of that range now`);
        }
    }
    /**
     * A project's dependency the lockfile records otherwise: an error, or a warning where the lockfile was made
     * through a `.pnpmfile` (it records a pnpmfileChecksum), whose readPackage hook may rewrite the project's own
     * manifest and which this check does not run.
     */
    importerMismatch(kind, file, line, name, message) {
        if (this.hooked)
            this.problems.warn(kind, file, line, name, `${message}; not judged: ${this.lock.path} was made through a .pnpmfile, whose hooks may rewrite package.json and are not run here`);
        else
            this.problems.add(kind, file, line, name, message);
    }
    /**
     * What a workspace package's `link:` paths are resolved against. Its folders below the repository root come
     * from the lockfile folder's, computed once, and its own relative path (thousands of links, hundreds of
     * packages); the absolute folder is resolved only for a path that needs node:path.
     */
    importerBoundary(folder) {
        const { cwd, pair } = this.context;
        if (!this.lockDir) {
            const root = this.context.boundary ?? (0,external_node_path_namespaceObject.resolve)(cwd);
            const dir = (0,external_node_path_namespaceObject.resolve)(cwd, pair.dir);
            this.lockDir = { root, dir, segments: segmentsBelow(root, dir) };
        }
        const { root, dir, segments } = this.lockDir;
        const below = folder === '.' ? [] : folder.split('/');
        const plain = below.every((segment) => segment !== '' && segment !== '.' && segment !== '..');
        return {
            get base() {
                return (0,external_node_path_namespaceObject.resolve)(dir, folder);
            },
            root,
            segments: plain ? segments && [...segments, ...below] : undefined,
        };
    }
    checkOverrides(locked, wanted, origin, alsoAccepted = {}) {
        for (const [name, spec] of Object.entries(wanted)) {
            if (locked[name] === spec || (locked[name] !== undefined && locked[name] === alsoAccepted[name]))
                continue;
            const where = origin(name);
            const was = locked[name] === undefined ? 'has no such override' : `has "${locked[name]}"`;
            this.problems.add('spec-mismatch', where.file.path, settingLine(where, name), name, `override ${name}: "${spec}" is configured but ${this.lock.path} ${was}`);
        }
        for (const name of Object.keys(locked)) {
            if (wanted[name] !== undefined)
                continue;
            this.problems.add('extraneous', this.lock.path, findLine(this.lock.text, /^overrides:/), name, `${this.lock.path} has override ${name}, which is no longer configured`);
        }
    }
    checkPackages(packages, lock) {
        for (const key of Object.keys(packages)) {
            const entry = packages[key];
            if (!isRecord(entry) || !isRecord(entry.resolution))
                continue;
            const name = typeof entry.name === 'string'
                ? entry.name
                : this.legacy
                    ? legacyPackageName(key)
                    : pnpmPackageName(key);
            const line = () => lockLine(lock.text, key);
            const resolution = entry.resolution;
            if (resolution.type === 'variations' && Array.isArray(resolution.variants)) {
                // devEngines.runtime: a binary per platform, from the runtime's own site, with its sha256.
                for (const variant of resolution.variants) {
                    const binary = isRecord(variant) && isRecord(variant.resolution) ? variant.resolution : {};
                    this.checkResolution(key, name, binary, lock, line, RUNTIME_HOSTS);
                }
                continue;
            }
            this.checkResolution(key, name, resolution, lock, line, name.startsWith('@jsr/') ? JSR_HOSTS : pnpm_HOSTS);
        }
    }
    /** One resolution, classified (registry, tarball, git, directory) and judged by the one source policy. */
    checkResolution(key, name, resolution, lock, line, hosts) {
        const { cwd, pair, security } = this.context;
        const label = key.replace(/^\//, '');
        const report = (findings) => {
            for (const finding of findings)
                this.problems.finding(finding, lock.path, line(), name, label);
        };
        const location = resolution.type === 'git' && typeof resolution.repo === 'string'
            ? resolution.repo
            : typeof resolution.directory === 'string'
                ? `file:${resolution.directory}`
                : typeof resolution.tarball === 'string'
                    ? resolution.tarball
                    : typeof resolution.url === 'string'
                        ? resolution.url
                        : undefined;
        if (location === undefined) {
            // `{integrity}`: a registry package whose URL pnpm derives from the configured registry.
            report(checkIntegrity(resolution.integrity, security));
            return;
        }
        const kind = resolution.type === 'git' ? 'git' : classifySource(location);
        const boundary = { base: (0,external_node_path_namespaceObject.resolve)(cwd, pair.dir), root: this.context.boundary ?? (0,external_node_path_namespaceObject.resolve)(cwd) };
        report(checkSource({
            kind,
            location,
            integrity: resolution.integrity,
            acceptHashes: resolution.type === 'binary' ? ['sha256-'] : [],
            boundary,
            pinned: resolution.type === 'git' ? typeof resolution.commit === 'string' : undefined,
        }, security, hosts));
        if (kind === 'registry')
            report(checkTarballName(name, location));
    }
}
/** How messages name an importer: `the root package`, `workspace packages/a`. */
function importerLabel(folder) {
    return folder === '.' ? 'the root package' : `workspace ${folder}`;
}
/**
 * An override to a relative path (`link:`, `file:`, `workspace:./x`, or a bare `./x`), as pnpm writes it into a
 * workspace package: the path, taken from the workspace root, made relative to the package's folder (`link:.` is
 * `link:../..` in `examples/x`; `workspace:./packages/foo` is `workspace:../foo` in `packages/a`).
 */
function rebasedOverride(value, folder) {
    const local = /^(link:|file:|workspace:(?=\.{1,2}(?:\/|$))|(?=\.{1,2}\/))(.*)$/.exec(value);
    if (!local || external_node_path_namespaceObject.posix.isAbsolute(local[2]) || local[2].includes('\\'))
        return value;
    const path = external_node_path_namespaceObject.posix.relative(folder === '.' ? '' : folder, external_node_path_namespaceObject.posix.normalize(local[2]));
    // A bare path must still read as one (`vendor/x` would be a GitHub shorthand).
    return local[1] === '' && !path.startsWith('../') ? `./${path}` : `${local[1]}${path}`;
}
/**
 * Deep equality of parsed JSON or YAML data, whatever the order of object keys (as pnpm's ramda `equals`).
 * Data nested deeper than any real setting is taken as different rather than followed down.
 */
function sameData(a, b, depth = 0) {
    if (a === b)
        return true;
    if (depth > 32)
        return false;
    if (Array.isArray(a) || Array.isArray(b)) {
        return (Array.isArray(a) &&
            Array.isArray(b) &&
            a.length === b.length &&
            a.every((item, index) => sameData(item, b[index], depth + 1)));
    }
    if (!isRecord(a) || !isRecord(b))
        return false;
    const keys = Object.keys(a);
    return (keys.length === Object.keys(b).length &&
        keys.every((key) => Object.hasOwn(b, key) && sameData(a[key], b[key], depth + 1)));
}
/** Data for a message: JSON, at most 200 characters. */
function brief(value) {
    let text;
    try {
        text = JSON.stringify(value);
    }
    catch {
        return '(too deeply nested to show)';
    }
    if (text === undefined)
        return 'not set';
    return text.length > 200 ? `${text.slice(0, 200)}\u2026` : text;
}
/** The line of a setting's entry in its file (JSON `"field": { "key": \u2026`, YAML `field:\n  key: \u2026`), or 1. */
function settingLine({ file, field, yaml }, key) {
    const name = escapeRegex(key);
    return yaml
        ? findLine(file.text, new RegExp(`^${field}:`), new RegExp(`^\\s+['"]?${name}['"]?\\s*:`))
        : findLine(file.text, new RegExp(`"${field}"\\s*:`), new RegExp(`"${name}"\\s*:`));
}
/** The pnpm versions a project pins (`packageManager`, `devEngines.packageManager`) as [major, minor]. */
function pnpmPins(pkg) {
    return packageManagerPins(pkg, 'pnpm').map(([major, minor]) => [major, minor]);
}
/**
 * The oldest pnpm the project pins, or, with no pin, the oldest that writes its lockfile's format (`fallback`).
 */
function oldestPnpm(pins, fallback) {
    if (pins.length === 0)
        return fallback;
    return pins.reduce((oldest, pin) => (versionAtLeast(pin, oldest) ? oldest : pin));
}
/**
 * The readings of override selectors (convergence `a@`, wildcards, a peer's alias) by the releases that may have
 * checked the lockfile: those the project pins; with no pin, the newest and the oldest that write its format
 * (lockfileVersion 9.0: pnpm 9 to today's).
 */
function releaseReadings(lockfileVersion, pins, rules, extended) {
    const releases = lockfileVersion !== '9.0'
        ? [[8, 0]]
        : pins.length
            ? pins
            : [
                [99, 0],
                [9, 0],
            ];
    const readings = releases.map(releaseReading);
    const distinct = readings.filter((reading, index) => readings.findIndex((other) => sameData(other, reading)) === index);
    return distinct.length > 1 && (extended || rules.some(readingMatters)) ? distinct : distinct.slice(0, 1);
}
/**
 * Whether overrides rewrite peer ranges, as pnpm 8.7 and later do: not for pnpm 6 and 7 (5.x lockfiles) or pins
 * older than 8.7; with no pin a lockfile of pnpm 8 (6.x) may have been checked by either.
 */
function peerOverrides(version, pins) {
    const older = (pin) => !versionAtLeast(pin, [8, 7]);
    if (version.startsWith('5.') || (pins.length > 0 && pins.every(older)))
        return 'no';
    if (pins.length > 0 ? pins.some(older) : version.startsWith('6.'))
        return 'either';
    return 'yes';
}
/**
 * Whether the project pins pnpm 11 or later, which no longer reads settings (`pnpm.*`, `resolutions`) from
 * package.json. With no pin, the older reading is kept.
 */
function manifestSettingsIgnored(pkg) {
    return pnpmPins(pkg).some(([major]) => major >= 11);
}
/**
 * Whether the project pins a pnpm older than 10.6, which reads `overrides`, `patchedDependencies` and the
 * settings it records in the lockfile from package.json and .npmrc only, not from pnpm-workspace.yaml (its
 * `packages` and catalogs it does read). With no pin, the newer reading is kept.
 */
function workspaceSettingsIgnored(pkg) {
    const pins = pnpmPins(pkg);
    return pins.length > 0 && pins.every((pin) => !versionAtLeast(pin, [10, 6]));
}
/**
 * The workspace's package globs: pnpm-workspace.yaml's `packages`; with no such file, pnpm 12.7 and later take
 * package.json's `workspaces` (and write the file from them). With no pin, the lockfile tells: importers beyond
 * the root were made so.
 */
function workspaceGlobs(workspace, rootPkg, pins, importers) {
    if (workspace.file)
        return workspace.packages;
    const patterns = workspacePatterns(rootPkg);
    if (patterns.length === 0)
        return workspace.packages;
    const reads = pins.length
        ? pins.some((pin) => versionAtLeast(pin, [12, 7]))
        : Object.keys(importers).some((folder) => folder !== '.');
    return reads ? patterns : workspace.packages;
}
/** What an importer records of its dependencies, by name. */
function lockedDependencies(importer) {
    const locked = new Map();
    const specifiers = stringMap(importer.specifiers);
    for (const field of FIELDS) {
        const entries = isRecord(importer[field]) ? importer[field] : {};
        // Keys and a lookup rather than Object.entries, which builds a pair per entry (thousands per workspace).
        for (const name of Object.keys(entries)) {
            const value = entries[name];
            // 6.0+: `{ specifier, version }`; the older layout keeps specifiers in a separate map.
            const specifier = isRecord(value) ? String(value.specifier ?? '') : (specifiers[name] ?? '');
            const version = isRecord(value) ? String(value.version ?? '') : String(value);
            locked.set(name, { field, specifier, version });
        }
    }
    return locked;
}
/** An importer's dependencies locked as `link:` to a folder, with the specifier they were locked for. */
function workspaceLinks(folder, locked, manifest) {
    const links = [];
    for (const [name, { specifier, version }] of locked) {
        if (!version.startsWith('link:'))
            continue;
        const target = external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(folder, version.slice('link:'.length)));
        links.push({ folder, manifest, name, specifier, target });
    }
    return links;
}
/** A specifier as pnpm compares it: `tool:` is `runtime:` by another name (pnpm 12.12.1). */
function sameSpecifier(locked, spec) {
    return locked === spec || (spec.startsWith('tool:') && locked === `runtime:${spec.slice('tool:'.length)}`);
}
/** `devEngines.runtime` entries pnpm installs (`onFail: download`): locked as devDependencies `runtime:<version>`. */
function devEngineRuntimes(pkg) {
    const devEngines = isRecord(pkg.devEngines) ? pkg.devEngines : {};
    const list = Array.isArray(devEngines.runtime) ? devEngines.runtime : [devEngines.runtime];
    return list
        .filter((item) => isRecord(item) &&
        typeof item.name === 'string' &&
        typeof item.version === 'string' &&
        item.onFail === 'download')
        .map((item) => ({ name: item.name, spec: `runtime:${item.version}` }));
}
const pnpm = {
    name: 'pnpm',
    lockfiles: ['pnpm-lock.yaml'],
    manifest: 'package.json',
    fix: pnpm_FIX,
    defaultHosts: pnpm_HOSTS,
    declaresDependencies: declaresJsDependencies,
    lockfileExpected: jsLockfileExpected,
    async rootWithoutManifest(dir, cwd) {
        return (await readTextIfPresent(cwd, external_node_path_namespaceObject.posix.join(dir, 'pnpm-workspace.yaml'))) !== undefined;
    },
    lockfileSwitchedOff(manifest, cwd, boundary) {
        const pkg = parseJson(manifest);
        const majors = pnpmPins(isRecord(pkg) ? pkg : {}).map(([major]) => major);
        return pnpmLockfileSwitchedOff(manifest, cwd, boundary, {
            before11: majors.length === 0 || majors.some((major) => major < 11),
            from11: majors.length === 0 || majors.some((major) => major >= 11),
        });
    },
    async check(context) {
        const check = new PnpmCheck(context);
        return check.problems.guard(() => check.run());
    },
};

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/pep440.js
/**
 * PEP 440 versions and specifiers, as far as a lock check compares them: uv writes versions in canonical form
 * (`2024.01` as `2024.1`, `1.0.0-rc.1` as `1.0.0rc1`) and `requires-python` as one normalised range, and judges
 * both by meaning, not by text.
 */
// The version grammar of PEP 440's appendix ("Parsing version strings with regular expressions").
const pep440_VERSION = /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$/i;
const PRE_LABEL = {
    alpha: 'a',
    a: 'a',
    beta: 'b',
    b: 'b',
    c: 'rc',
    pre: 'rc',
    preview: 'rc',
    rc: 'rc',
};
function pep440_parseVersion(text) {
    const match = pep440_VERSION.exec(text.trim());
    if (!match)
        return undefined;
    const version = { epoch: Number(match[1] ?? 0), release: match[2].split('.').map(Number) };
    if (match[3])
        version.pre = [PRE_LABEL[match[3].toLowerCase()], Number(match[4] ?? 0)];
    if (match[5] !== undefined)
        version.post = Number(match[5]);
    else if (match[6])
        version.post = Number(match[7] ?? 0);
    if (match[8])
        version.dev = Number(match[9] ?? 0);
    if (match[10]) {
        version.local = match[10]
            .toLowerCase()
            .split(/[-_.]/)
            .map((part) => (/^\d+$/.test(part) ? String(Number(part)) : part))
            .join('.');
    }
    return version;
}
/** Trailing zeros of a release do not change a version: `1.0` is `1`. */
function trimmed(release) {
    let end = release.length;
    while (end > 1 && release[end - 1] === 0)
        end -= 1;
    return release.slice(0, end);
}
/** The canonical text of a version, equal for two versions exactly when PEP 440 says they are equal. */
function versionKey(version, keepRelease = false) {
    const release = (keepRelease ? version.release : trimmed(version.release)).join('.');
    return ((version.epoch ? `${version.epoch}!` : '') +
        release +
        (version.pre ? `${version.pre[0]}${version.pre[1]}` : '') +
        (version.post !== undefined ? `.post${version.post}` : '') +
        (version.dev !== undefined ? `.dev${version.dev}` : '') +
        (version.local ? `+${version.local}` : ''));
}
const SPECIFIER = /^(~=|===|==|!=|<=|>=|<|>)\s*(.*?)\s*$/;
/** `>= 1.0`, `==1.2.*`: undefined for `===` (arbitrary equality, compared as text) and what does not parse. */
function parseSpecifier(text) {
    const match = SPECIFIER.exec(text.trim());
    if (!match || match[1] === '===')
        return undefined;
    const star = match[2].endsWith('.*');
    const version = pep440_parseVersion(star ? match[2].slice(0, -2) : match[2]);
    return version && { operator: match[1], version, star };
}
/**
 * One specifier as uv compares it: operator and version by PEP 440 equality, except that `~=` depends on how
 * many release segments it names and `===` on its exact text. Unparsable text is kept (without spaces).
 */
function specifierKey(text) {
    const specifier = parseSpecifier(text);
    if (!specifier)
        return text.replace(/\s+/g, '');
    const { operator, version, star } = specifier;
    return `${operator}${versionKey(version, operator === '~=')}${star ? '.*' : ''}`;
}
function compareRelease(left, right) {
    const length = Math.max(left.length, right.length);
    for (let index = 0; index < length; index += 1) {
        const difference = (left[index] ?? 0) - (right[index] ?? 0);
        if (difference)
            return Math.sign(difference);
    }
    return 0;
}
/**
 * Whether a version sorts before the final release `release` (`2.3.0`), by PEP 440's order: an earlier release,
 * or that release's own pre-releases and dev releases (`2.3.0a1`, `2.3.0.dev0`); its post and local releases
 * come after it.
 */
function isBeforeRelease(version, release) {
    if (version.epoch > 0)
        return false;
    const order = compareRelease(version.release, release);
    if (order !== 0)
        return order < 0;
    return version.pre !== undefined || (version.dev !== undefined && version.post === undefined);
}
/**
 * Of two bounds at one end (`end` 1 for lower bounds, -1 for upper ones), the tighter (`tighter`) or the looser
 * one; an unbounded end is the loosest, and at one value an exclusive bound is tighter than an inclusive one.
 */
function pep440_pick(left, right, end, tighter) {
    if (!left || !right)
        return tighter ? (left ?? right) : undefined;
    const order = compareRelease(left.value, right.value) * end || (left.inclusive ? -1 : 1);
    return order > 0 === tighter ? left : right;
}
function isEmpty({ lower, upper }) {
    if (!lower || !upper)
        return false;
    const order = compareRelease(lower.value, upper.value);
    return order > 0 || (order === 0 && !(lower.inclusive && upper.inclusive));
}
function bumped(release) {
    return [...release.slice(0, -1), release[release.length - 1] + 1];
}
/** A specifier's versions as intervals, with release-only semantics (as uv reads `requires-python`). */
function specifierIntervals(text) {
    const specifier = parseSpecifier(text);
    if (!specifier)
        return undefined;
    const { operator, star } = specifier;
    const release = specifier.version.release;
    const at = (inclusive) => ({ value: release, inclusive });
    const below = (value, inclusive) => ({
        lower: undefined,
        upper: { value, inclusive },
    });
    const above = (value, inclusive) => ({
        lower: { value, inclusive },
        upper: undefined,
    });
    if (star) {
        const next = bumped(release);
        if (operator === '==')
            return [{ lower: at(true), upper: { value: next, inclusive: false } }];
        if (operator === '!=')
            return [below(release, false), above(next, true)];
        return undefined;
    }
    switch (operator) {
        case '==':
            return [{ lower: at(true), upper: at(true) }];
        case '!=':
            return [below(release, false), above(release, false)];
        case '<':
            return [below(release, false)];
        case '<=':
            return [below(release, true)];
        case '>':
            return [above(release, false)];
        case '>=':
            return [above(release, true)];
        case '~=':
            if (release.length < 2)
                return undefined;
            return [{ lower: at(true), upper: { value: bumped(release.slice(0, -1)), inclusive: false } }];
        default:
            return undefined;
    }
}
function intersect(left, right) {
    const out = [];
    for (const a of left) {
        for (const b of right) {
            const interval = { lower: pep440_pick(a.lower, b.lower, 1, true), upper: pep440_pick(a.upper, b.upper, -1, true) };
            if (!isEmpty(interval))
                out.push(interval);
        }
    }
    return out;
}
/**
 * The lowest and highest bound of the versions every one of `specifierSets` (comma-separated specifiers)
 * allows: uv's `requires-python` range for a workspace. `undefined` when a specifier cannot be read or nothing
 * is allowed (uv refuses to lock then).
 */
function pythonRange(specifierSets) {
    let intervals = [{ lower: undefined, upper: undefined }];
    for (const set of specifierSets) {
        for (const part of set.split(',')) {
            if (!part.trim())
                continue;
            const allowed = specifierIntervals(part);
            if (!allowed)
                return undefined;
            intervals = intersect(intervals, allowed);
        }
    }
    if (!intervals.length)
        return undefined;
    return intervals.reduce((range, interval) => ({
        lower: pep440_pick(range.lower, interval.lower, 1, false),
        upper: pep440_pick(range.upper, interval.upper, -1, false),
    }));
}
function sameBound(left, right) {
    if (!left || !right)
        return left === right;
    return left.inclusive === right.inclusive && compareRelease(left.value, right.value) === 0;
}
function sameRange(left, right) {
    return sameBound(left.lower, right.lower) && sameBound(left.upper, right.upper);
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/python-deps.js


/** PEP 503 normalised name: `Foo_Bar.baz` \u2192 `foo-bar-baz`. */
function normaliseName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
const PEP508 = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?\s*(?:@\s*([^;\s]+)|\(?([^;()]*)\)?)?\s*(?:;\s*(.*))?$/;
/**
 * Specifiers compared as uv compares them: as a set (`>= 1.0,<2` and `<2, >=1.0` are the same requirement) of
 * PEP 440 versions (`>=2024.01` is `>=2024.1`).
 */
function normaliseSpecifier(text) {
    return text
        .split(',')
        .filter((part) => part.trim())
        .map(specifierKey)
        .sort()
        .join(',');
}
function normaliseMarker(text) {
    return text.replace(/\s+/g, ' ').replace(/"/g, "'").trim();
}
function parseRequirement(text) {
    const match = PEP508.exec(text);
    if (!match)
        return undefined;
    return {
        name: normaliseName(match[1]),
        extras: (match[2] ?? '')
            .split(',')
            .map((extra) => normaliseName(extra.trim()))
            .filter(Boolean)
            .sort(),
        url: match[3] ?? '',
        specifier: normaliseSpecifier(match[4] ?? ''),
        marker: normaliseMarker(match[5] ?? ''),
    };
}
/** uv's lock form `{ name = "x", specifier = ">=1", extras = [..], marker = "..." }`. */
function lockedRequirement(value) {
    if (!isRecord(value) || typeof value.name !== 'string')
        return undefined;
    const url = [value.url, value.git, value.path, value.editable, value.directory].find((item) => typeof item === 'string');
    return {
        name: normaliseName(value.name),
        extras: Array.isArray(value.extras)
            ? value.extras.map((extra) => normaliseName(String(extra))).sort()
            : [],
        specifier: normaliseSpecifier(typeof value.specifier === 'string' ? value.specifier : ''),
        url: typeof url === 'string' ? url : '',
        marker: normaliseMarker(typeof value.marker === 'string' ? value.marker : ''),
    };
}
/**
 * `requests[socks]>=2.31`: what two requirements are compared by. Markers and URLs are left out: uv
 * rewrites markers and replaces requirements by their `[tool.uv.sources]` entry (editable, git, \u2026).
 */
function requirementKey(requirement) {
    const extras = requirement.extras.length ? `[${requirement.extras.join(',')}]` : '';
    return `${requirement.name}${extras}${requirement.specifier}`;
}
/**
 * A Python project expected to commit its lockfile on its own: an application that uv or Poetry manages, i.e.
 * one not built as a package (uv's `package = false`, Poetry's `package-mode = false`, or no `[build-system]`
 * in a project with a `[tool.uv]` or `[tool.poetry]` table). With neither table, a missing `[build-system]`
 * means pip builds it with setuptools (PEP 517's fallback): as often a folder of scripts installed with pip.
 * A library (which its users install with their own resolution) need not.
 */
function pythonLockfileExpected(pyproject) {
    const tool = isRecordValue(pyproject.tool) ? pyproject.tool : {};
    const uv = isRecordValue(tool.uv) ? tool.uv : undefined;
    const poetry = isRecordValue(tool.poetry) ? tool.poetry : undefined;
    if (uv?.package === false || poetry?.['package-mode'] === false)
        return true;
    return !isRecordValue(pyproject['build-system']) && (uv !== undefined || poetry !== undefined);
}
function isRecordValue(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/python-json.js
/**
 * `json.dumps(value, sort_keys=True)` exactly as CPython writes it: `", "` and `": "` separators,
 * non-ASCII escaped as \uXXXX, floats with a decimal point. Poetry hashes this text.
 */
function pythonJsonDumps(value) {
    if (value === null || value === undefined)
        return 'null';
    if (value === true)
        return 'true';
    if (value === false)
        return 'false';
    if (typeof value === 'bigint')
        return value.toString();
    if (typeof value === 'number')
        return pythonFloat(value);
    if (typeof value === 'string')
        return pythonString(value);
    if (Array.isArray(value))
        return `[${value.map(pythonJsonDumps).join(', ')}]`;
    if (value instanceof Date)
        return pythonString(value.toISOString());
    const entries = Object.entries(value).sort(([a], [b]) => compareCodePoints(a, b));
    return `{${entries.map(([key, item]) => `${pythonString(key)}: ${pythonJsonDumps(item)}`).join(', ')}}`;
}
function compareCodePoints(a, b) {
    const left = [...a];
    const right = [...b];
    for (let index = 0; index < Math.min(left.length, right.length); index++) {
        const diff = left[index].codePointAt(0) - right[index].codePointAt(0);
        if (diff !== 0)
            return diff;
    }
    return left.length - right.length;
}
/** TOML floats reach us as numbers (integers come as bigint): Python writes them as `1.0`, `1e+20`, `inf`. */
function pythonFloat(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? 'Infinity' : '-Infinity';
    if (Number.isInteger(value) && Math.abs(value) < 1e16)
        return `${value}.0`;
    return String(value)
        .replace(/e\+?(-?)(\d)$/, 'e+$1$2')
        .replace('e+-', 'e-');
}
const ESCAPES = {
    '"': '\\"',
    '\\': '\\\\',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\b': '\\b',
    '\f': '\\f',
};
function pythonString(text) {
    let out = '"';
    for (let index = 0; index < text.length; index++) {
        const char = text[index];
        const code = text.charCodeAt(index);
        if (ESCAPES[char])
            out += ESCAPES[char];
        else if (code < 0x20 || code > 0x7e)
            out += `\\u${code.toString(16).padStart(4, '0')}`;
        else
            out += char;
    }
    return `${out}"`;
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/poetry.js








const poetry_FIX = 'poetry lock';
const poetry_HOSTS = ['pypi.org', 'files.pythonhosted.org'];
/** Poetry reads lock-version 1.x and 2.x (`_READ_VERSION_RANGE = ">=1,<3"`). */
const READABLE = /^[12](\.\d+)?$/;
const LEGACY_KEYS = ['dependencies', 'source', 'extras', 'dev-dependencies'];
const POETRY_KEYS = [...LEGACY_KEYS, 'group'];
const PROJECT_KEYS = ['requires-python', 'dependencies', 'optional-dependencies'];
/**
 * The `content-hash` candidates of a pyproject.toml, computed as Poetry's Locker does: sha256 of the
 * relevant sections dumped by `json.dumps(sort_keys=True)`. Poetry 1.x hashes [tool.poetry] keys only;
 * 2.x nests them under `tool.poetry` next to [project] when [project] has relevant keys; 2.3 and later
 * also hash [dependency-groups]. The first is the hash Poetry computes now; a second (when there are
 * dependency groups) is the one Poetry before 2.3 wrote, which is_fresh accepts from a lock made by one.
 */
function poetryContentHashes(pyproject) {
    const project = isRecord(pyproject.project) ? pyproject.project : {};
    const tool = isRecord(pyproject.tool) && isRecord(pyproject.tool.poetry) ? pyproject.tool.poetry : {};
    const relevantProject = {};
    for (const key of PROJECT_KEYS)
        if (project[key] !== undefined)
            relevantProject[key] = project[key];
    const hasProject = Object.keys(relevantProject).length > 0;
    // Poetry's Locker._get_content_hash, with `[dependency-groups]` (2.3.0 and later) and without (the hash a
    // lock written by an older Poetry holds, which is_fresh still accepts).
    const groups = isRecord(pyproject['dependency-groups']) ? pyproject['dependency-groups'] : {};
    const variants = [];
    for (const group of Object.keys(groups).length > 0 ? [groups, undefined] : [undefined]) {
        const relevantPoetry = {};
        for (const key of POETRY_KEYS) {
            const value = tool[key];
            if (value === undefined && (!LEGACY_KEYS.includes(key) || hasProject || group))
                continue;
            relevantPoetry[key] = value ?? null;
        }
        const content = {};
        if (hasProject)
            content.project = relevantProject;
        if (group)
            content['dependency-groups'] = group;
        variants.push(Object.keys(content).length > 0 ? { ...content, tool: { poetry: relevantPoetry } } : relevantPoetry);
    }
    // Only a poetry.lock needs node:crypto.
    const { createHash } = node_crypto_nodeCrypto();
    return variants.map((content) => createHash('sha256').update(pythonJsonDumps(content)).digest('hex'));
}
async function poetry_check(context, problems) {
    const { cwd, pair } = context;
    const lockFile = await readText(cwd, pair.lockfile);
    const lock = await parseTomlText(lockFile);
    const manifest = await readText(cwd, pair.manifest);
    const pyproject = await parseTomlText(manifest, true);
    const metadata = isRecord(lock.metadata) ? lock.metadata : undefined;
    const lockVersion = metadata?.['lock-version'];
    if (!metadata || (lockVersion !== undefined && !READABLE.test(String(lockVersion)))) {
        problems.add('unsupported-format', lockFile.path, findLine(lockFile.text, /^\[metadata\]/, /^lock-version/), '', `${lockFile.path} has ${metadata ? `lock-version ${String(lockVersion)}` : 'no [metadata]'}, which this action does not know (expected 1.x or 2.x); refusing to pass it unchecked`);
        return;
    }
    const recorded = metadata['content-hash'];
    const expected = poetryContentHashes(pyproject);
    // Locker.is_fresh (Poetry 2.3+) takes the hash without [dependency-groups] only from a lock whose header
    // names a Poetry before 2.3.0 (`# This file is automatically @generated by Poetry 2.2.1 \u2026`), which did not
    // hash them; a lock a later Poetry wrote, or one whose header names no version, must hash them.
    const accepted = expected.length > 1 && writtenBeforeGroupsHashed(lockFile.text) ? expected : expected.slice(0, 1);
    if (typeof recorded !== 'string' || !accepted.includes(recorded)) {
        problems.add('content-hash', manifest.path, poetry_dependencyLine(manifest), '', `${manifest.path} changed since ${lockFile.path} was written: its content-hash is ${String(recorded).slice(0, 12)}\u2026, the dependency sections now hash to ${expected[0].slice(0, 12)}\u2026`);
    }
    checkSources(problems, lock, lockFile, context);
}
/** The lock's first line names a Poetry before 2.3.0, as `re.search("Poetry ([^ ]+)", line)` reads it. */
function writtenBeforeGroupsHashed(text) {
    const firstLine = text.slice(0, text.indexOf('\n') + 1 || text.length);
    const match = /Poetry ([^ ]+)/.exec(firstLine);
    const version = match && pep440_parseVersion(match[1].trimEnd());
    return version ? isBeforeRelease(version, [2, 3, 0]) : false;
}
/** Where the dependency sections start, for the annotation. */
function poetry_dependencyLine(manifest) {
    for (const section of [/^\[project\]/, /^\[tool\.poetry\.dependencies\]/, /^\[tool\.poetry\]/]) {
        const line = findLine(manifest.text, section);
        if (section.test(manifest.text.split('\n')[line - 1] ?? ''))
            return line;
    }
    return 1;
}
/** Packages from a package index must come from an allowed host over https. */
function checkSources(problems, lock, lockFile, context) {
    const packages = Array.isArray(lock.package) ? lock.package : [];
    for (const entry of packages) {
        if (!isRecord(entry) || !isRecord(entry.source))
            continue;
        const { type, url } = entry.source;
        if (typeof url !== 'string')
            continue;
        const name = String(entry.name ?? '');
        const line = tomlPackageLine(lockFile.text, name);
        // legacy: a package index; git (pinned by resolved_reference); url: an archive (hashed in `files`);
        // file and directory: local paths.
        const findings = type === 'legacy'
            ? checkUrl(url, context.security, poetry_HOSTS)
            : type === 'git' || type === 'url' || type === 'file' || type === 'directory'
                ? checkSource({
                    kind: type === 'git' ? 'git' : type === 'url' ? 'tarball' : 'local',
                    location: type === 'file' || type === 'directory' ? `file:${url}` : url,
                    hashExpected: false,
                    pinned: type === 'git' ? typeof entry.source.resolved_reference === 'string' : undefined,
                    boundary: {
                        base: (0,external_node_path_namespaceObject.resolve)(context.cwd, context.pair.dir),
                        root: context.boundary ?? (0,external_node_path_namespaceObject.resolve)(context.cwd),
                    },
                }, context.security, poetry_HOSTS)
                : [];
        for (const finding of findings)
            problems.finding(finding, lockFile.path, line, name, `${name} ${entry.version ?? ''}`.trim());
    }
}
const poetry = {
    name: 'poetry',
    lockfiles: ['poetry.lock'],
    manifest: 'pyproject.toml',
    fix: poetry_FIX,
    defaultHosts: poetry_HOSTS,
    async lockfileExpected(manifest) {
        return pythonLockfileExpected(await parseTomlText(manifest));
    },
    async declaresDependencies(manifest) {
        const pyproject = await parseTomlText(manifest);
        const project = isRecord(pyproject.project) ? pyproject.project : {};
        const tool = isRecord(pyproject.tool) && isRecord(pyproject.tool.poetry) ? pyproject.tool.poetry : {};
        const poetryDeps = isRecord(tool.dependencies)
            ? Object.keys(tool.dependencies).filter((name) => name !== 'python')
            : [];
        return ((Array.isArray(project.dependencies) && project.dependencies.length > 0) ||
            poetryDeps.length > 0 ||
            isRecord(tool.group));
    },
    async check(context) {
        const problems = new Problems('poetry', poetry_FIX);
        return problems.guard(() => poetry_check(context, problems));
    },
};

;// CONCATENATED MODULE: ./actions/lockfile-check/rust-glob.js

/**
 * `glob::Pattern::new(pattern)?.matches_path(path)` of Rust's glob crate, with its default options (what uv's
 * workspace `exclude` uses): unlike a shell or npm glob, `*`, `?` and classes match `/` and a leading dot too, so
 * `packages/*` also matches `packages/a/b`. `**` as a whole segment stands for any folders, none included. The
 * pattern is normalised as uv does (`./a/` is `a`). A pattern the crate refuses matches nothing.
 */
function rustGlobMatches(pattern, path) {
    let compiled = rust_glob_cache.get(pattern);
    if (compiled === undefined) {
        compiled = rust_glob_compile(external_node_path_namespaceObject.posix.normalize(pattern).replace(/^\.\/|\/$/g, '')) ?? null;
        rust_glob_cache.set(pattern, compiled);
    }
    return compiled?.test(path) === true;
}
const rust_glob_cache = new Map();
function rust_glob_compile(pattern) {
    let source = '';
    for (let index = 0; index < pattern.length;) {
        const char = pattern[index];
        if (char === '*' && pattern[index + 1] === '*') {
            const starts = index === 0 || pattern[index - 1] === '/';
            const end = index + 2;
            // `**` must be a segment of its own.
            if (!starts || (end < pattern.length && pattern[end] !== '/'))
                return undefined;
            if (end === pattern.length)
                source += '.*';
            else
                source += '(?:.*/)?';
            index = end + 1;
            continue;
        }
        if (char === '*')
            source += '.*';
        else if (char === '?')
            source += '.';
        else if (char === '[') {
            const close = classEnd(pattern, index);
            if (close === undefined)
                return undefined;
            source += classSource(pattern.slice(index + 1, close));
            index = close + 1;
            continue;
        }
        else
            source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
        index++;
    }
    return new RegExp(`^${source}$`, 's');
}
/** Where a class opened at `open` ends: `]` right after `[` or `[!` is a member, not the end. */
function classEnd(pattern, open) {
    let index = open + 1;
    if (pattern[index] === '!')
        index++;
    if (pattern[index] === ']')
        index++;
    const close = pattern.indexOf(']', index);
    return close === -1 ? undefined : close;
}
/** `[!a-c]` \u2192 `[^a-c]`, every other member taken literally. */
function classSource(body) {
    const negated = body.startsWith('!');
    const members = negated ? body.slice(1) : body;
    const escaped = members.replace(/[\\\]^[]/g, '\\$&');
    return `[${negated ? '^' : ''}${escaped}]`;
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/uv.js








const uv_FIX = 'uv lock';
const uv_HOSTS = ['pypi.org', 'files.pythonhosted.org'];
/** uv.lock `version = 1` (later revisions add fields, or leave metadata out). */
const SUPPORTED_VERSION = 1;
/** The revision from which uv may lock a package without its metadata (preview `lock-without-metadata`). */
const METADATA_FREE_REVISION = 4;
/** The revision from which uv records an empty dependency group (`foo = []`) and compares it (`includes_empty_groups`). */
const EMPTY_GROUPS_REVISION = 1;
/**
 * Keys uv reads under a second name (serde `alias` in uv-resolver's lock: uv 0.4.27 wrote `dependency-groups`
 * where later versions write `dev-dependencies` and `requires-dev`). One table may hold either, not both.
 */
const DEV_DEPENDENCIES = ['dev-dependencies', 'dependency-groups'];
const REQUIRES_DEV = ['requires-dev', 'dependency-groups'];
function uv_table(value) {
    return isRecord(value) ? value : {};
}
/**
 * The members of the uv workspace a root pyproject.toml (in `rootDir`, relative to `cwd`) declares, as uv finds
 * them: `members` globs (entering dot folders, as Rust's glob does) less what `exclude` matches (Rust's glob
 * again, whose `*` crosses `/` there), less any project that says
 * `[tool.uv] managed = false`, which uv leaves out of the workspace it lies in. The root is not listed.
 */
async function uvWorkspaceMembers(cwd, rootDir, pyproject) {
    const workspace = uv_table(uv_table(uv_table(pyproject.tool).uv).workspace);
    const patterns = strings(workspace.members);
    if (!patterns.length)
        return [];
    const excluded = strings(workspace.exclude);
    const folders = await expandWorkspaces((0,external_node_path_namespaceObject.resolve)(cwd, rootDir), patterns, undefined, 'pyproject.toml', true);
    const members = [];
    for (const dir of folders) {
        if (excluded.some((pattern) => rustGlobMatches(pattern, dir)))
            continue;
        const manifest = await readText(cwd, external_node_path_namespaceObject.posix.join(rootDir, dir, 'pyproject.toml'));
        const member = await parseTomlText(manifest);
        if (uv_table(uv_table(member.tool).uv).managed === false)
            continue;
        members.push({ dir, manifest, pyproject: member });
    }
    return members;
}
/**
 * `[dependency-groups]` with `{ include-group = "x" }` entries expanded, plus legacy `tool.uv.dev-dependencies`.
 * Group names are compared normalised (PEP 735), in an include as in a key: `Test_Deps` is `test-deps`.
 */
function dependencyGroups(pyproject) {
    const groups = uv_table(pyproject['dependency-groups']);
    const byName = new Map(Object.keys(groups).map((key) => [normaliseName(key), groups[key]]));
    const resolveGroup = (name, seen) => {
        if (seen.has(name))
            return [];
        seen.add(name);
        const item = byName.get(name);
        const items = Array.isArray(item) ? item : [];
        return items.flatMap((item) => {
            if (typeof item === 'string')
                return [item];
            if (isRecord(item) && typeof item['include-group'] === 'string')
                return resolveGroup(normaliseName(item['include-group']), seen);
            return [];
        });
    };
    const out = {};
    for (const name of byName.keys())
        out[name] = resolveGroup(name, new Set());
    // uv locks the legacy group whenever the key is there, `dev-dependencies = []` (old `uv init`) included.
    const uv = uv_table(uv_table(pyproject.tool).uv);
    if (Array.isArray(uv['dev-dependencies']))
        out.dev = [...(out.dev ?? []), ...strings(uv['dev-dependencies'])];
    return out;
}
/**
 * What `[package.metadata] requires-dist` should hold: dependencies, and optional ones with their extra marker.
 * `complete` is false when `[project] dynamic` lists either: uv then locks what the build backend reports,
 * which only a build can tell, so the static part must be locked but the lock may hold more.
 */
function wantedRequiresDist(project) {
    const dynamic = strings(project.dynamic);
    const wanted = new Map();
    const add = (text) => {
        const requirement = parseRequirement(text);
        if (requirement)
            wanted.set(requirementKey(requirement), requirement);
    };
    if (!dynamic.includes('dependencies'))
        for (const text of strings(project.dependencies))
            add(text);
    if (!dynamic.includes('optional-dependencies'))
        for (const extras of Object.values(uv_table(project['optional-dependencies'])))
            for (const text of strings(extras))
                add(text);
    return {
        wanted,
        complete: !dynamic.includes('dependencies') && !dynamic.includes('optional-dependencies'),
    };
}
/** Requirements, those of `sourced` names without their specifier (as uv locks them). */
function withoutSourcedSpecifiers(wanted, sourced) {
    if (sourced.size === 0)
        return wanted;
    const out = new Map();
    for (const requirement of wanted.values()) {
        const item = sourced.has(requirement.name) ? { ...requirement, specifier: '' } : requirement;
        out.set(requirementKey(item), item);
    }
    return out;
}
/**
 * A `[tool.uv.sources]` git entry as uv records it in `requires-dist` (RequirementSourceWire): the repository URL
 * without a `git+` prefix, credentials (but the `git` user of an ssh URL), query or fragment, then as form-encoded
 * query pairs `subdirectory` (as written), `lfs=true` and the rev, tag or branch; or, for an archive inside the
 * repository, `path`, the reference and `lfs=true`.
 */
function uvGitUrl(source) {
    const text = source.git.replace(/^git\+/, '');
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return text;
    }
    if (!(url.protocol === 'ssh:' && url.username === 'git' && url.password === ''))
        url.username = '';
    url.password = '';
    url.hash = '';
    url.search = '';
    const query = new URLSearchParams();
    const ref = ['branch', 'tag', 'rev'].find((key) => typeof source[key] === 'string');
    const archive = typeof source.path === 'string' ? source.path : undefined;
    if (archive !== undefined)
        query.append('path', archive);
    else if (typeof source.subdirectory === 'string')
        query.append('subdirectory', source.subdirectory);
    if (source.lfs === true && archive === undefined)
        query.append('lfs', 'true');
    if (ref)
        query.append(ref, source[ref]);
    if (source.lfs === true && archive !== undefined)
        query.append('lfs', 'true');
    const pairs = query.toString();
    return pairs ? `${url.href}?${pairs}` : url.href;
}
/**
 * A path as Rust's `Path` equality sees it, which uv applies when it reads a lock back: a trailing `/`, a `//`
 * and an inner `.` do not count, a leading `./` does (`src/` is `src`, `./src` is not).
 */
function pathComponents(path) {
    const parts = path.split('/').filter((part, index) => part !== '' && (part !== '.' || index === 0));
    return (path.startsWith('/') ? '/' : '') + parts.join('/');
}
/** A git URL of uv's form as uv compares it: the commit fragment and a trailing `/` aside, paths by components. */
function gitKey(text) {
    const bare = text.replace(/#.*$/, '');
    const at = bare.indexOf('?');
    const params = new URLSearchParams(at < 0 ? '' : bare.slice(at + 1));
    const parts = [(at < 0 ? bare : bare.slice(0, at)).replace(/\/$/, '')];
    for (const key of ['subdirectory', 'path', 'lfs', 'branch', 'tag', 'rev']) {
        const value = params.get(key);
        if (value === null)
            continue;
        parts.push(`${key}=${key === 'subdirectory' || key === 'path' ? pathComponents(value) : value}`);
    }
    return parts.join('&');
}
function sameKeys(left, right) {
    return left.size === right.size && [...left.keys()].every((key) => right.has(key));
}
/**
 * Requirements with `name[extra]` self-references dropped, as uv's FlatRequiresDist leaves them (markers are not
 * compared here, so the extras' own requirements are already in the set); one with a specifier stays as a bare
 * self-constraint.
 */
function withoutSelfReferences(wanted, name) {
    const out = new Map();
    for (const requirement of wanted.values()) {
        if (requirement.name !== name)
            out.set(requirementKey(requirement), requirement);
        else if (requirement.specifier) {
            const constraint = { ...requirement, extras: [] };
            out.set(requirementKey(constraint), constraint);
        }
    }
    return out;
}
function isRecordTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A key uv also reads under an alias: the value under whichever of the two the table has. */
function aliased(source, [name, alias]) {
    return own(source, name) ?? own(source, alias);
}
/** A directory, editable or virtual source: a source tree, whose version uv reads from its pyproject.toml. */
function isSourceTree(entry) {
    const source = uv_table(entry.source);
    return ['directory', 'editable', 'virtual'].some((kind) => typeof source[kind] === 'string');
}
/** PEP 440 equality (`1.0` is `1.0.0`, `1.0-RC1` is `1.0rc1`); text that does not parse must match as text. */
function sameVersion(left, right) {
    const key = (text) => {
        const version = pep440_parseVersion(text);
        return version ? versionKey(version) : text;
    };
    return key(left) === key(right);
}
function lockedSet(list) {
    const out = new Map();
    for (const item of Array.isArray(list) ? list : []) {
        const requirement = lockedRequirement(item);
        if (requirement)
            out.set(requirementKey(requirement), requirement);
    }
    return out;
}
class UvCheck {
    context;
    problems = new Problems('uv', uv_FIX);
    lock;
    rootPyproject = {};
    revision = 0;
    constructor(context) {
        this.context = context;
    }
    async run() {
        const { cwd, pair } = this.context;
        this.lock = await readText(cwd, pair.lockfile);
        const data = await parseTomlText(this.lock);
        if (data.version !== SUPPORTED_VERSION) {
            this.problems.add('unsupported-format', this.lock.path, findLine(this.lock.text, /^version\s*=/), '', `${this.lock.path} has version ${String(data.version)}, which this action does not know (expected ${SUPPORTED_VERSION}); refusing to pass it unchecked`);
            return;
        }
        this.revision = typeof data.revision === 'number' ? data.revision : 0;
        const rootManifest = await readText(cwd, pair.manifest);
        const root = { dir: '.', manifest: rootManifest, pyproject: await parseTomlText(rootManifest) };
        this.rootPyproject = root.pyproject;
        const members = [root, ...(await this.workspaceMembers(root.pyproject))];
        const packages = (Array.isArray(data.package) ? data.package : []).filter(isRecord);
        if (!this.checkAliases(packages))
            return;
        this.checkRequiresPython(data, members);
        this.checkMembers(data, members);
        for (const member of members)
            this.checkMember(member, packages);
        this.checkSources(packages);
    }
    workspaceMembers(pyproject) {
        return uvWorkspaceMembers(this.context.cwd, this.context.pair.dir, pyproject);
    }
    /**
     * uv reads `[package.dependency-groups]` as `dev-dependencies` and `[package.metadata.dependency-groups]` as
     * `requires-dev`, and refuses to read a lock whose table has both (a duplicate field), as `uv lock` does too.
     */
    checkAliases(packages) {
        let readable = true;
        for (const entry of packages) {
            const tables = [
                [entry, DEV_DEPENDENCIES, 'package'],
                [uv_table(entry.metadata), REQUIRES_DEV, 'package.metadata'],
            ];
            for (const [source, [name, alias], where] of tables) {
                if (own(source, name) === undefined || own(source, alias) === undefined)
                    continue;
                readable = false;
                const pkg = String(entry.name ?? '');
                this.problems.add('parse', this.lock.path, tomlPackageLine(this.lock.text, pkg), pkg, `${this.lock.path} has both [${where}.${name}] and its alias [${where}.${alias}] for ${pkg}: uv cannot read it`, `keep one of the two tables, or delete ${this.lock.path} and run uv lock`);
            }
        }
        return readable;
    }
    /** uv re-locks when the range its members' `requires-python` allow together is not the one it locked for. */
    checkRequiresPython(data, members) {
        const wanted = members
            .map((member) => uv_table(member.pyproject.project)['requires-python'])
            .filter((value) => typeof value === 'string');
        if (!wanted.length)
            return;
        const lockedText = typeof data['requires-python'] === 'string' ? data['requires-python'] : '';
        const wantedRange = pythonRange(wanted);
        const lockedRange = pythonRange([lockedText]);
        if (wantedRange && lockedRange) {
            if (sameRange(wantedRange, lockedRange))
                return;
        }
        else if (normaliseSpecifier(lockedText) === normaliseSpecifier(wanted.join(','))) {
            return;
        }
        const manifest = members[0].manifest;
        this.problems.add('requires-python', manifest.path, findLine(manifest.text, /^\[project\]/, /^requires-python\s*=/), 'python', `requires-python is "${wanted.join(', ')}" but ${this.lock.path} was locked for "${lockedText}"`);
    }
    checkMembers(data, members) {
        const locked = strings(uv_table(data.manifest).members).map(normaliseName);
        if (members.length === 1 && locked.length === 0)
            return;
        const names = members
            .map((member) => uv_table(member.pyproject.project).name)
            .filter((name) => typeof name === 'string')
            .map(normaliseName);
        for (const member of members) {
            const name = uv_table(member.pyproject.project).name;
            if (typeof name !== 'string' || locked.includes(normaliseName(name)))
                continue;
            this.problems.add('workspace', member.manifest.path, findLine(member.manifest.text, /^\[project\]/, /^name\s*=/), name, `workspace member ${name} is not in ${this.lock.path}`);
        }
        for (const name of locked) {
            if (names.includes(name))
                continue;
            this.problems.add('extraneous', this.lock.path, findLine(this.lock.text, /^\[manifest\]/, new RegExp(`"${escapeRegex(name)}"`)), name, `${this.lock.path} still has workspace member ${name}, which is gone`);
        }
    }
    checkMember(member, packages) {
        const project = uv_table(member.pyproject.project);
        if (typeof project.name !== 'string')
            return;
        const name = normaliseName(project.name);
        const entry = packages.find((item) => {
            const source = uv_table(item.source);
            const path = source.editable ?? source.virtual ?? source.directory;
            return (normaliseName(String(item.name ?? '')) === name &&
                typeof path === 'string' &&
                external_node_path_namespaceObject.posix.normalize(path) === external_node_path_namespaceObject.posix.normalize(member.dir));
        }) ?? packages.find((item) => normaliseName(String(item.name ?? '')) === name);
        const manifest = member.manifest;
        if (!entry) {
            this.problems.add('workspace', manifest.path, findLine(manifest.text, /^\[project\]/, /^name\s*=/), name, `${name} (${member.dir}) is not in ${this.lock.path}`);
            return;
        }
        this.checkVersion(member, name, entry);
        const metadata = uv_table(entry.metadata);
        if (this.revision >= METADATA_FREE_REVISION && Object.keys(metadata).length === 0) {
            // uv's `lock-without-metadata` leaves the declarations out, and `uv lock --check` then cannot compare them.
            this.problems.warn('unsupported-format', this.lock.path, findLine(this.lock.text, new RegExp(`^name = "${escapeRegex(String(entry.name))}"`)), name, `${this.lock.path} (revision ${this.revision}) records no metadata for ${name}: its requirements are not compared, as uv does not compare them either`);
            return;
        }
        this.checkProvidesExtras(member, name, entry);
        const requiresDist = wantedRequiresDist(project);
        const sourced = this.sourcedNames(member);
        const lockedDist = withoutSourcedSpecifiers(lockedSet(metadata['requires-dist']), sourced);
        let wantedDist = withoutSourcedSpecifiers(requiresDist.wanted, sourced);
        // A package locked without a version (a dynamic one) may be locked with its self-referencing extras
        // (`project[extra]`) flattened out, as its build backend reports them; uv accepts either form.
        if (entry.version === undefined && !sameKeys(wantedDist, lockedDist)) {
            const flattened = withoutSelfReferences(wantedDist, name);
            if (sameKeys(flattened, lockedDist))
                wantedDist = flattened;
        }
        this.compare(manifest, name, 'dependencies', wantedDist, lockedDist, /^\[project\]/, requiresDist.complete);
        const groups = dependencyGroups(member.pyproject);
        const lockedGroups = uv_table(aliased(metadata, REQUIRES_DEV));
        for (const [group, items] of Object.entries(groups)) {
            if (items.length === 0)
                this.checkEmptyGroup(manifest, name, group, lockedGroups);
            const wanted = new Map();
            for (const text of items) {
                const requirement = parseRequirement(text);
                if (requirement)
                    wanted.set(requirementKey(requirement), requirement);
            }
            this.compare(manifest, name, `dependency group ${group}`, withoutSourcedSpecifiers(wanted, sourced), withoutSourcedSpecifiers(lockedSet(lockedGroups[group]), sourced), /^\[dependency-groups\]|^\[tool\.uv\]/);
        }
        this.checkGitSources(member, name, [metadata['requires-dist'], ...Object.values(lockedGroups)]);
        for (const [group, items] of Object.entries(lockedGroups)) {
            if (groups[normaliseName(group)] !== undefined)
                continue;
            if (!this.comparesEmptyGroups() && Array.isArray(items) && items.length === 0)
                continue;
            this.problems.add('extraneous', this.lock.path, findLine(this.lock.text, /requires-dev|metadata\.dependency-groups/, new RegExp(`^${escapeRegex(group)}\\s*=`)), group, `${this.lock.path} still locks dependency group ${group} of ${name}, which pyproject.toml no longer has`);
        }
    }
    /**
     * The extras a member with static metadata provides, against the lock's `provides-extras` (uv's
     * `satisfies_provides_extra`, from lock revision 1): an extra added or removed, even an empty one, is stale.
     * What a build backend makes of a dynamic version or dynamic extras is not seen without building.
     */
    checkProvidesExtras(member, name, entry) {
        const project = uv_table(member.pyproject.project);
        const dynamic = strings(project.dynamic);
        if (this.revision < 1 || !isSourceTree(entry) || typeof project.version !== 'string')
            return;
        if (dynamic.includes('version') || dynamic.includes('optional-dependencies'))
            return;
        // A Poetry project declaring its dependencies under [tool.poetry] is locked from what poetry-core builds.
        if (isRecord(uv_table(member.pyproject.tool).poetry) && project.dependencies === undefined)
            return;
        const wanted = new Set(Object.keys(uv_table(project['optional-dependencies'])).map(normaliseName));
        const locked = new Set(strings(uv_table(entry.metadata)['provides-extras']).map(normaliseName));
        const added = [...wanted].filter((extra) => !locked.has(extra));
        const removed = [...locked].filter((extra) => !wanted.has(extra));
        if (!added.length && !removed.length)
            return;
        const changes = [
            ...added.map((extra) => `${extra} is new`),
            ...removed.map((extra) => `${extra} is gone`),
        ].join(', ');
        this.problems.add('spec-mismatch', member.manifest.path, findLine(member.manifest.text, /^\[project\.optional-dependencies\]|^\[project\]/), name, `the extras of ${name} changed since ${this.lock.path} was made (${changes}); uv locks the ones a project provides`);
    }
    /**
     * The member's version as uv's `Lock::satisfies` checks a source tree: a version listed in `[project] dynamic`
     * is locked without one, a static one as itself by PEP 440 equality (`MismatchedDynamic`, `MismatchedVersion`).
     * A project with neither is one uv refuses to build, so there is nothing to compare.
     */
    checkVersion(member, name, entry) {
        if (!isSourceTree(entry))
            return;
        const project = uv_table(member.pyproject.project);
        const manifest = member.manifest;
        const locked = typeof entry.version === 'string' ? entry.version : undefined;
        const report = (field, message) => this.problems.add('spec-mismatch', manifest.path, findLine(manifest.text, /^\[project\]/, field), name, message);
        if (strings(project.dynamic).includes('version')) {
            if (locked !== undefined)
                report(/^dynamic\s*=/, `${name} has a dynamic version in ${manifest.path} but ${this.lock.path} locked version ${locked} (uv locks a dynamic version as none)`);
            return;
        }
        if (typeof project.version !== 'string')
            return;
        if (locked === undefined)
            report(/^version\s*=/, `${name} has version ${project.version} in ${manifest.path} but ${this.lock.path} locked its version as dynamic`);
        else if (!sameVersion(project.version, locked))
            report(/^version\s*=/, `${name} has version ${project.version} in ${manifest.path} but ${this.lock.path} locked version ${locked}`);
    }
    /** uv compares empty groups from the revision that records them; before it, it leaves them out on both sides. */
    comparesEmptyGroups() {
        return this.revision >= EMPTY_GROUPS_REVISION;
    }
    checkEmptyGroup(manifest, owner, group, lockedGroups) {
        if (!this.comparesEmptyGroups() || own(lockedGroups, group) !== undefined)
            return;
        this.problems.add('not-locked', manifest.path, findLine(manifest.text, /^\[dependency-groups\]|^\[tool\.uv\]/, new RegExp(`^${escapeRegex(group)}\\s*=`)), group, `dependency group ${group} of ${owner} is empty but ${this.lock.path} does not record it (revision ${this.revision} records empty groups)`);
    }
    /**
     * `[tool.uv.sources]` git entries: uv records the requirement with `git = "<url>[?rev|tag|branch=\u2026]"`, and
     * `uv lock --check` fails when the URL or the rev, tag or branch changed.
     */
    checkGitSources(member, owner, lockedLists) {
        const sources = {
            ...uv_table(uv_table(uv_table(this.rootPyproject.tool).uv).sources),
            ...uv_table(uv_table(uv_table(member.pyproject.tool).uv).sources),
        };
        const wanted = new Map();
        for (const [name, source] of Object.entries(sources)) {
            if (!isRecordTable(source) || typeof source.git !== 'string')
                continue;
            wanted.set(normaliseName(name), uvGitUrl(source));
        }
        if (wanted.size === 0)
            return;
        for (const list of lockedLists) {
            for (const item of Array.isArray(list) ? list : []) {
                if (!isRecordTable(item) || typeof item.name !== 'string')
                    continue;
                const want = wanted.get(normaliseName(item.name));
                if (want === undefined || typeof item.git !== 'string')
                    continue;
                if (gitKey(item.git) === gitKey(want))
                    continue;
                this.problems.add('spec-mismatch', member.manifest.path, findLine(member.manifest.text, /^\[tool\.uv\.sources\]/, new RegExp(`^${escapeRegex(item.name)}\\s*=`)), item.name, `${item.name} (${owner}) comes from git ${want} but ${this.lock.path} was locked from ${item.git}`);
            }
        }
    }
    /**
     * Names whose `[tool.uv.sources]` entry (the member's over the root's) is a workspace, path, editable, git or
     * URL source: uv locks such a requirement as that source, without the version specifier the project wrote
     * (a lock that kept it is read the same way). An `index` source keeps it.
     */
    sourcedNames(member) {
        const sources = {
            ...uv_table(uv_table(uv_table(this.rootPyproject.tool).uv).sources),
            ...uv_table(uv_table(uv_table(member.pyproject.tool).uv).sources),
        };
        const names = new Set();
        for (const [name, source] of Object.entries(sources)) {
            const entries = Array.isArray(source) ? source : [source];
            if (entries.length && entries.every((item) => isRecordTable(item) && item.index === undefined))
                names.add(normaliseName(name));
        }
        return names;
    }
    /** Compares requirement sets by name, extras, specifier and URL (uv rewrites markers, so those are not compared). */
    compare(manifest, owner, what, wanted, locked, section, complete = true) {
        for (const [key, requirement] of wanted) {
            if (locked.has(key))
                continue;
            // Dynamic metadata may add or tighten requirements: only a static one missing by name is certain.
            if (!complete && [...locked.values()].some((item) => item.name === requirement.name))
                continue;
            const before = [...locked.values()].find((item) => item.name === requirement.name);
            const line = findLine(manifest.text, section, new RegExp(`["']${escapeRegex(requirement.name).replace(/-/g, '[-_.]')}`, 'i'));
            const message = before
                ? `${key} (${what} of ${owner}) is locked as ${requirementKey(before)} in ${this.lock.path}`
                : `${key} (${what} of ${owner}) is not in ${this.lock.path}`;
            this.problems.add(before ? 'spec-mismatch' : 'not-locked', manifest.path, line, requirement.name, message);
        }
        for (const [key, requirement] of locked) {
            if (!complete)
                break;
            if (wanted.has(key) || [...wanted.values()].some((item) => item.name === requirement.name))
                continue;
            this.problems.add('extraneous', this.lock.path, findLine(this.lock.text, /requires-dist|requires-dev|metadata\.dependency-groups/, new RegExp(`name = "${escapeRegex(requirement.name)}"`)), requirement.name, `${key} is locked as a ${what} entry of ${owner} but pyproject.toml no longer declares it`);
        }
    }
    /** git, url, path, directory, editable and virtual sources, under the one source policy. */
    checkOtherSource(entry, source) {
        const { cwd, pair, security } = this.context;
        let kind;
        let location;
        if (typeof source.git === 'string')
            [kind, location] = ['git', source.git];
        else if (typeof source.url === 'string')
            [kind, location] = ['tarball', source.url];
        else {
            const path = source.path ?? source.directory ?? source.editable ?? source.virtual;
            if (typeof path === 'string')
                [kind, location] = ['local', `file:${path}`];
        }
        if (!kind || !location)
            return;
        const name = String(entry.name ?? '');
        const findings = checkSource({
            kind,
            location,
            // uv keeps a url source's sha256 in its sdist/wheels entries, not as an integrity field.
            hashExpected: false,
            boundary: { base: (0,external_node_path_namespaceObject.resolve)(cwd, pair.dir), root: this.context.boundary ?? (0,external_node_path_namespaceObject.resolve)(cwd) },
        }, security, uv_HOSTS);
        for (const finding of findings)
            this.problems.finding(finding, this.lock.path, tomlPackageLine(this.lock.text, name), name, `${name} ${String(entry.version ?? '')}`.trim());
    }
    checkSources(packages) {
        for (const entry of packages) {
            const source = uv_table(entry.source);
            const registry = source.registry;
            if (typeof registry !== 'string') {
                this.checkOtherSource(entry, source);
                continue;
            }
            const name = String(entry.name ?? '');
            const urls = [
                registry,
                uv_table(entry.sdist).url,
                ...(Array.isArray(entry.wheels) ? entry.wheels.map((wheel) => uv_table(wheel).url) : []),
            ];
            const seen = new Set();
            for (const url of urls) {
                if (typeof url !== 'string')
                    continue;
                for (const finding of checkUrl(url, this.context.security, uv_HOSTS)) {
                    if (seen.has(finding.kind))
                        continue;
                    seen.add(finding.kind);
                    const line = tomlPackageLine(this.lock.text, name);
                    this.problems.add(finding.kind, this.lock.path, line, name, `${name} ${String(entry.version ?? '')} ${finding.message}`);
                }
            }
        }
    }
}
const uv = {
    name: 'uv',
    lockfiles: ['uv.lock'],
    manifest: 'pyproject.toml',
    fix: uv_FIX,
    defaultHosts: uv_HOSTS,
    async lockfileExpected(manifest) {
        return pythonLockfileExpected(await parseTomlText(manifest));
    },
    async declaresDependencies(manifest) {
        const pyproject = await parseTomlText(manifest);
        const project = uv_table(pyproject.project);
        return (strings(project.dependencies).length > 0 ||
            Object.keys(uv_table(project['optional-dependencies'])).length > 0 ||
            Object.keys(dependencyGroups(pyproject)).length > 0);
    },
    async check(context) {
        const check = new UvCheck(context);
        return check.problems.guard(() => check.run());
    },
};

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/yarn-v1-parser.js

function unquote(text) {
    const trimmed = text.trim();
    if (trimmed.startsWith('"')) {
        try {
            return JSON.parse(trimmed);
        }
        catch {
            return trimmed.slice(1, -1);
        }
    }
    return trimmed;
}
/** Splits `key value` where either side may be quoted. */
function splitPair(text) {
    const match = /^("(?:[^"\\]|\\.)*"|\S+)\s+(.*)$/.exec(text);
    if (!match)
        return [unquote(text), ''];
    return [unquote(match[1]), unquote(match[2])];
}
/** Parses the yarn v1 lockfile format (its own syntax, not YAML); errors name the line. */
function parseYarnV1(file) {
    const entries = [];
    let current;
    let section;
    const lines = file.text.split(/\r?\n/);
    lines.forEach((raw, index) => {
        const line = index + 1;
        if (raw.trim() === '' || raw.trimStart().startsWith('#'))
            return;
        const indent = raw.length - raw.trimStart().length;
        const text = raw.trim();
        if (indent === 0) {
            if (!text.endsWith(':'))
                throw new FileProblem(file.path, line, `${file.path}:${line}: invalid yarn.lock: expected 'name@range:'`);
            const keys = text
                .slice(0, -1)
                .split(/,\s*/)
                .map((key) => unquote(key));
            current = { keys, line, fields: {}, dependencies: {} };
            section = undefined;
            entries.push(current);
            return;
        }
        if (!current)
            throw new FileProblem(file.path, line, `${file.path}:${line}: invalid yarn.lock: indented line outside an entry`);
        if (indent === 2) {
            if (text.endsWith(':')) {
                section = unquote(text.slice(0, -1));
                return;
            }
            section = undefined;
            const [key, value] = splitPair(text);
            current.fields[key] = value;
            return;
        }
        if (section === 'dependencies' || section === 'optionalDependencies') {
            const [name, range] = splitPair(text);
            current.dependencies[name] = range;
        }
    });
    return entries;
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/yarn.js










const yarn_FIX = 'yarn install';
const yarn_HOSTS = ['registry.yarnpkg.com', 'registry.npmjs.org'];
/** yarn berry reads its YAML with js-yaml's FAILSAFE_SCHEMA (parseSyml): `react: 18` is the range "18". */
const FAILSAFE = { failsafe: true };
/** `__metadata.version` of yarn 2 (4), 3 (4 to 6) and 4 (8 to 10); the layout is the same. */
const BERRY_VERSIONS = new Set([4, 5, 6, 7, 8, 9, 10]);
/**
 * The `__metadata.version` a yarn release writes (its LOCKFILE_VERSION, read off each release of
 * @yarnpkg/cli-dist), for the releases that were read: undefined for others (2.0 to 2.3, prereleases, later
 * ones). yarn writes it into every lockfile it generates, so `install --immutable` fails (YN0028) on a
 * lockfile of another version: the release in use would rewrite it.
 */
function berryLockfileVersion(release) {
    const match = /^(\d+)\.(\d+)\.\d+$/.exec(release);
    if (!match)
        return undefined;
    const major = Number(match[1]);
    const minor = Number(match[2]);
    if (major === 2)
        return minor === 4 ? 4 : undefined;
    if (major === 3)
        return minor === 0 ? 4 : minor === 1 ? 5 : minor <= 8 ? 6 : undefined;
    if (major === 4)
        return minor <= 13 ? 8 : minor === 14 ? 9 : minor <= 18 ? 10 : undefined;
    return undefined;
}
const yarn_FIELDS = DEPENDENCY_FIELDS.filter((field) => field !== 'peerDependencies');
const BERRY_FIELD_ORDER = ['dependencies', 'optionalDependencies', 'devDependencies'];
/** `@s/a@npm:^1, @s/a@npm:^1.2` \u2192 `@s/a`. */
function descriptorName(descriptor) {
    const at = descriptor.indexOf('@', 1);
    return at === -1 ? descriptor : descriptor.slice(0, at);
}
/** `ms-old@npm:ms@2.0.0` \u2192 `ms`: an `npm:` alias installs the target package. */
function aliasTarget(descriptor) {
    const name = descriptorName(descriptor);
    const range = descriptor.slice(name.length + 1);
    return range.startsWith('npm:') && /^npm:(@[^@/]+\/)?[^@/]+@/.test(range)
        ? descriptorName(range.slice(4))
        : name;
}
/**
 * The `resolutions` value that replaces a workspace's own dependency `dep@spec`: the keys `dep`, `dep@range`
 * (the range compared as yarn normalises both, `^1` and `npm:^1` alike) and `<workspace>/dep` apply to it, and
 * the any-depth glob of `dep` before yarn 4, which ignores glob keys (YN0057). yarn berry's reduceDependency
 * hook (CorePlugin) walks the resolutions in the order package.json lists them and takes the first that
 * applies, so `"react": "npm:18.2.0"` listed before `"docs/react": "npm:17.0.2"` sends docs' react to 18.2.0 too.
 */
function resolutionFor(resolutions, workspace, dep, spec) {
    const range = berryRange(spec);
    for (const [key, value] of Object.entries(resolutions)) {
        if (key === dep || key === `${workspace}/${dep}` || key === `**/${dep}`)
            return value;
        if (key.startsWith(`${dep}@`) && berryRange(key.slice(dep.length + 1)) === range)
            return value;
    }
    return undefined;
}
/**
 * The workspace folder of a berry `::locator=<name>@workspace:<folder>` suffix, `.` without one. The suffix is a
 * query string: a `file:` folder's puts its content hash first (`::hash=8ccf1c&locator=\u2026`).
 */
function berryLocatorFolder(reference) {
    const suffix = reference.lastIndexOf('::');
    const locator = suffix === -1 ? undefined : /(?:^|&)locator=([^&,]*)/.exec(reference.slice(suffix + 2))?.[1];
    if (!locator)
        return '.';
    let decoded;
    try {
        decoded = decodeURIComponent(locator);
    }
    catch {
        return '.';
    }
    const at = decoded.indexOf('@workspace:', decoded.startsWith('@') ? 1 : 0);
    return at === -1 ? '.' : decoded.slice(at + '@workspace:'.length) || '.';
}
/**
 * The descriptor range yarn v1 locks a `file:` / `link:` dependency under: yarn rebases the path onto the
 * lockfile's folder (`link:../b` of packages/a \u2192 `link:packages/b`) and keeps a leading `./` the spec had
 * (src/util/normalize-manifest/resolve-relative.js). Other specs are locked as written.
 */
function yarnV1LockedRange(spec, lockDir, folder) {
    const value = (0,external_node_path_namespaceObject.isAbsolute)(spec) ? `file:${spec}` : spec;
    const prefix = /^(file|link):/.exec(value)?.[0];
    if (!prefix)
        return spec;
    const path = value.slice(prefix.length);
    const target = (0,external_node_path_namespaceObject.resolve)(lockDir, folder, path);
    let rebased = (0,external_node_path_namespaceObject.relative)(lockDir, target) || '.';
    if (target === lockDir)
        rebased = '.';
    else if (/^\.(\/|$)/.test(path))
        rebased = rebased.replace(/^(?!\.{0,2}\/)/, './');
    return prefix + rebased.replace(/\\/g, '/');
}
/**
 * The `file:` / `link:` spec the root `resolutions` send a descriptor's package to (a key of its name, `a/ms`
 * or the any-depth glob of it), when the lockfile has that spec's own entry: yarn locks each range it
 * redirects with the local package's fields, so with no `resolved` and no integrity.
 */
function redirectedToLocal(descriptor, byKey, resolutions) {
    const name = descriptorName(descriptor);
    for (const [glob, spec] of Object.entries(resolutions)) {
        if (!/^(file|link):/.test(spec) || (glob !== name && !glob.endsWith(`/${name}`)))
            continue;
        if (byKey.has(`${name}@${spec}`))
            return spec;
    }
    return undefined;
}
/**
 * Whether a descriptor asks for this very URL (`chokidarAt2@https://\u2026/chokidar-2.1.8.tgz`): the manifest named
 * the tarball and the name to install it under, as an `npm:` alias names its target, so the two may differ.
 */
function asksForUrl(descriptors, url) {
    const bare = (location) => location.replace(/^npm:/, '').replace(/#.*$/, '');
    return descriptors.some((descriptor) => bare(descriptor.slice(descriptorName(descriptor).length + 1)) === bare(url));
}
/** yarn v1's git patterns (GitResolver.isVersion): git schemes and https URLs of a `.git` repository. */
const YARN_V1_GIT = [/^git:/, /^git\+.+:/, /^ssh:/, /^https?:.+\.git$/, /^https?:.+\.git#.+/];
/** Hosts whose `owner/repo` URL yarn v1 fetches with git. */
const YARN_V1_GIT_HOSTS = ['github.com', 'gitlab.com', 'bitbucket.com', 'bitbucket.org'];
/** Whether yarn v1 resolves a range with git: `https://github.com/u/r.git#ref`, `https://gitlab.com/u/r`, `github:u/r`. */
function isYarnV1GitRange(range) {
    if (classifySource(range) === 'git' || YARN_V1_GIT.some((pattern) => pattern.test(range)))
        return true;
    const parts = urlParts(range.replace(/#.*$/, ''));
    if (!parts || !YARN_V1_GIT_HOSTS.includes(parts.hostname))
        return false;
    return parts.pathname.split('/').filter(Boolean).length === 2;
}
/** What yarn berry writes for a package.json range: `^1.0.0` \u2192 `npm:^1.0.0`, protocols kept. */
function berryRange(spec) {
    if (/^[a-z][a-z+]*:/i.test(spec))
        return spec;
    if (/^[^@\s/]+\/[^\s/]+$/.test(spec) && !/^[<>=~^\d*]/.test(spec))
        return spec;
    return `npm:${spec}`;
}
/** A `dependenciesMeta`-like table as strings, keys sorted, empty entries left out (yarn drops them). */
function metaTable(value) {
    const table = {};
    if (!isRecord(value))
        return table;
    for (const name of Object.keys(value).sort()) {
        const entry = value[name];
        if (!isRecord(entry))
            continue;
        const flags = {};
        for (const flag of Object.keys(entry).sort())
            flags[flag] = String(entry[flag]);
        if (Object.keys(flags).length)
            table[name] = flags;
    }
    return table;
}
/** `bin` commands with their paths normalised (`./cli.js` and `cli.js` alike), keys sorted. */
function binTable(bin) {
    const table = {};
    for (const name of Object.keys(bin).sort())
        table[name] = external_node_path_namespaceObject.posix.normalize(bin[name]).replace(/^\.\//, '');
    return table;
}
/** yarn 1's header line, which it writes first. */
const YARN_V1_HEADER = /^# yarn lockfile v1\s*$/m;
/** Whether a lockfile holds only comments and blank lines. */
const isBlank = (text) => text.split('\n').every((line) => /^\s*(?:#|$)/.test(line));
class YarnCheck {
    context;
    problems = new Problems('yarn', yarn_FIX);
    lock;
    /** `.yarnrc.yml` per folder (relative to cwd), read and parsed once: the release and the catalogs both need it. */
    yarnrcs = new Map();
    constructor(context) {
        this.context = context;
    }
    async run() {
        const { cwd, pair } = this.context;
        this.lock = await readText(cwd, pair.lockfile);
        const workspaces = await this.workspaces();
        const text = this.lock.text;
        const v1 = YARN_V1_HEADER.test(text.slice(0, 300));
        if (!v1 && /^__metadata:/m.test(text))
            return this.checkBerry(await this.nestedWorkspaces(workspaces));
        // yarn 1 also reads a lockfile of comments and blank lines (an empty one locks nothing); yarn 2+ would
        // write its own format over either, which --immutable refuses.
        const blank = !v1 && isBlank(text);
        if (!v1 && !blank) {
            this.problems.add('unsupported-format', this.lock.path, 1, '', `${this.lock.path} is neither a yarn v1 lockfile ('# yarn lockfile v1') nor a yarn 2+ lockfile (__metadata); refusing to pass it unchecked`);
            return;
        }
        const { release, from } = await this.pinnedRelease(workspaces[0]?.pkg ?? {});
        if (release !== undefined && Number.parseInt(release, 10) >= 2) {
            const what = blank ? 'is empty' : 'is a yarn v1 lockfile';
            this.problems.add('spec-mismatch', this.lock.path, 1, '', `${this.lock.path} ${what}, but yarn ${release} (${from}) writes a yarn 2+ lockfile (__metadata): yarn install --immutable would rewrite it (YN0028)`);
            return;
        }
        return this.checkV1(workspaces);
    }
    async workspaces() {
        const { cwd, pair } = this.context;
        const manifest = await readText(cwd, pair.manifest);
        const pkg = parseJson(manifest);
        if (!isRecord(pkg))
            return [];
        const list = [{ folder: '.', manifest, pkg }];
        for (const folder of await expandWorkspaces((0,external_node_path_namespaceObject.resolve)(cwd, pair.dir), workspacePatterns(pkg))) {
            const file = await readText(cwd, external_node_path_namespaceObject.posix.join(pair.dir, folder, 'package.json'));
            const member = parseJson(file);
            if (isRecord(member))
                list.push({ folder, manifest: file, pkg: member });
        }
        return list;
    }
    /**
     * yarn 2+ also reads each workspace's own `workspaces`, relative to its folder (nested workspaces), and locks
     * them like the root's, at their path from the root (`x@workspace:packages/a/sub/x`). yarn 1 does not.
     */
    async nestedWorkspaces(list) {
        const { cwd, pair } = this.context;
        const all = [...list];
        const seen = new Set(list.map((workspace) => workspace.folder));
        for (let index = 1; index < all.length; index++) {
            const parent = all[index];
            const patterns = workspacePatterns(parent.pkg);
            if (patterns.length === 0)
                continue;
            for (const child of await expandWorkspaces((0,external_node_path_namespaceObject.resolve)(cwd, pair.dir, parent.folder), patterns)) {
                const folder = external_node_path_namespaceObject.posix.join(parent.folder, child);
                if (seen.has(folder))
                    continue;
                seen.add(folder);
                const file = await readText(cwd, external_node_path_namespaceObject.posix.join(pair.dir, folder, 'package.json'));
                const member = parseJson(file);
                if (isRecord(member))
                    all.push({ folder, manifest: file, pkg: member });
            }
        }
        return all;
    }
    checkV1(workspaces) {
        const entries = parseYarnV1(this.lock);
        const byKey = new Map();
        for (const entry of entries)
            for (const key of entry.keys)
                byKey.set(key, entry);
        const local = new Set(workspaces.map((workspace) => String(workspace.pkg.name ?? '')));
        for (const workspace of workspaces)
            this.checkV1Workspace(workspace, entries, byKey, local);
        const resolutions = stringMap(workspaces[0]?.pkg.resolutions);
        for (const entry of entries)
            this.checkV1Entry(entry, byKey, resolutions);
    }
    checkV1Entry(entry, byKey, resolutions) {
        const name = aliasTarget(entry.keys[0]);
        const resolved = entry.fields.resolved;
        // The descriptor says what was asked for: `pkg@github:u/r`, `pkg@git+ssh://\u2026`, `pkg@file:../x`.
        const asked = entry.keys[0].slice(descriptorName(entry.keys[0]).length + 1);
        const location = resolved ??
            (classifySource(asked) === 'tarball' ? redirectedToLocal(entry.keys[0], byKey, resolutions) : asked);
        const label = `${name}@${entry.fields.version ?? '?'}`;
        if (location === undefined) {
            this.report(checkIntegrity(entry.fields.integrity, this.context.security), entry.line, name, label);
            return;
        }
        // The resolver is chosen by what was asked: any key of a git URL means yarn fetched it with git.
        const git = entry.keys.some((key) => isYarnV1GitRange(key.slice(descriptorName(key).length + 1)));
        const kind = git ? 'git' : classifySource(location);
        // yarn v1 keeps the sha1 of a tarball after `#` when it recorded no integrity line.
        const hash = /#([0-9a-f]{40})$/.exec(location)?.[1];
        const integrity = entry.fields.integrity ?? (hash ? `sha1-${hash}` : undefined);
        const findings = this.source(kind, kind === 'git' ? location : location.replace(/#[0-9a-f]{40}$/, ''), integrity);
        if (kind === 'registry' && !asksForUrl(entry.keys, location))
            findings.push(...checkTarballName(name, location.replace(/#.*$/, '')));
        this.report(findings, entry.line, name, label);
    }
    checkV1Workspace(workspace, entries, byKey, local) {
        const { manifest, pkg, folder } = workspace;
        const lockDir = (0,external_node_path_namespaceObject.resolve)(this.context.cwd, this.context.pair.dir);
        for (const field of yarn_FIELDS) {
            for (const [name, spec] of Object.entries(stringMap(pkg[field]))) {
                if (local.has(name) || byKey.has(`${name}@${yarnV1LockedRange(spec, lockDir, folder)}`))
                    continue;
                const line = manifestLine(manifest, field, name);
                // yarn looks a root dependency up by its name alone first (install.js): a key without a range, as
                // yarn before 1.0 wrote for `yarn add`, locks it for any range.
                const byName = folder === '.' ? byKey.get(name) : undefined;
                if (byName) {
                    this.checkV1NameKey(manifest, line, field, name, spec, byName);
                    continue;
                }
                const known = entries.find((entry) => entry.keys.some((key) => descriptorName(key) === name));
                const detail = known
                    ? ` (it has ${known.keys.filter((key) => descriptorName(key) === name).join(', ')})`
                    : '';
                this.problems.add('not-locked', manifest.path, line, name, `${name}@${spec} (${field}) is not in ${this.lock.path}${detail}`);
            }
        }
    }
    /**
     * yarn keeps a name-only key whatever the range says, in a frozen install and a plain one alike: a version
     * outside the range is installed as it is, so it is worth a warning, not a verdict yarn itself would not give.
     */
    checkV1NameKey(manifest, line, field, name, spec, entry) {
        const version = entry.fields.version ?? '';
        if (versionSatisfies(version, specTarget(name, spec)))
            return;
        this.problems.warn('unsatisfied', manifest.path, line, name, `${this.lock.path} locks ${name}@${version} by its name alone, which does not satisfy ${field} "${spec}" (yarn keeps such an entry for any range: delete it and run yarn install)`);
    }
    /** The one source policy, with local paths resolved from the lockfile's folder. */
    source(kind, location, integrity, hashExpected = true, from = '.') {
        const { cwd, pair, security } = this.context;
        const boundary = { base: (0,external_node_path_namespaceObject.resolve)(cwd, pair.dir, from), root: this.context.boundary ?? (0,external_node_path_namespaceObject.resolve)(cwd) };
        return checkSource({ kind, location, integrity, hashExpected, boundary }, security, yarn_HOSTS);
    }
    async checkBerry(workspaces) {
        const data = await parseYamlText(this.lock, FAILSAFE);
        const metadata = isRecord(data) && isRecord(data.__metadata) ? data.__metadata : {};
        const version = Number(metadata.version);
        if (!isRecord(data) || !BERRY_VERSIONS.has(version)) {
            this.problems.add('unsupported-format', this.lock.path, findLine(this.lock.text, /^__metadata:/, /^\s+version:/), '', `${this.lock.path} has __metadata.version ${String(metadata.version)}, which this action does not know (expected 4 to 10); refusing to pass it unchecked`);
            return;
        }
        await this.checkBerryVersion(version, workspaces[0]?.pkg ?? {});
        const byDescriptor = new Map();
        const keyOf = new Map();
        for (const [key, entry] of Object.entries(data)) {
            if (key === '__metadata' || !isRecord(entry))
                continue;
            keyOf.set(entry, key);
            for (const descriptor of key.split(/,\s*/))
                byDescriptor.set(descriptor, entry);
        }
        const rootPkg = workspaces[0]?.pkg ?? {};
        const resolutions = stringMap(rootPkg.resolutions);
        // yarn 4 (lockfile 8 and later) warns about glob keys (`**/ms`, YN0057) and ignores them.
        if (version >= 8)
            for (const key of Object.keys(resolutions))
                if (/^\*{1,2}\//.test(key))
                    delete resolutions[key];
        const catalogs = await this.yarnrcCatalogs();
        // yarn reads a peer range that is neither a semver range nor `workspace:` as `*` (YN0057).
        const peerRanges = workspaces.flatMap((workspace) => Object.values(stringMap(workspace.pkg.peerDependencies)));
        if (peerRanges.some((range) => !range.startsWith('workspace:') && !isFastRange(range)))
            await loadSemver();
        for (const workspace of workspaces)
            this.checkBerryWorkspace(workspace, byDescriptor, resolutions, catalogs);
        const before = this.problems.list.length;
        await withSemver(() => this.checkWorkspaceRanges(keyOf, workspaces), () => {
            this.problems.list.length = before;
        });
        for (const [entry, key] of keyOf) {
            const resolution = String(entry.resolution ?? '');
            const name = descriptorName(resolution || key);
            const reference = resolution.slice(name.length + 1);
            // Workspaces, and patches of a package that is locked (and checked) on its own.
            if (/^(workspace|patch):/.test(reference))
                continue;
            // yarn-plugin-conditions' switch (babel): no archive of its own, its branches are locked as aliases.
            if (reference.startsWith('condition:') && String(entry.version).startsWith('0.0.0-condition-'))
                continue;
            const line = () => findLine(this.lock.text, undefined, new RegExp(`^"?${escapeRegex(key)}"?:`));
            const location = reference.replace(/^npm:(?=https?:)/, '');
            let kind;
            if (/^npm:/.test(location))
                kind = 'registry';
            else if (/^(link|portal|file):/.test(location))
                kind = 'local';
            else if (/#commit=|\.git(#|$)/.test(location))
                kind = 'git';
            else
                kind = classifySource(location);
            // A berry checksum is a hash of yarn's own archive, not an integrity field: only its absence matters.
            // Packages for other platforms (`conditions:`) are never fetched, so they have none by design.
            const findings = kind === 'registry' && !/^https?:/.test(location)
                ? []
                : this.source(kind, kind === 'git' ? location : location.replace(/::.*$/, '').replace(/[#?].*$/, ''), 'sha512-berry', false, 
                // `link:../b::locator=a%40workspace%3Apackages%2Fa`: relative to the workspace that declared it.
                kind === 'local' ? berryLocatorFolder(location) : '.');
            if (kind === 'local' || entry.linkType === 'soft') {
                this.report(findings, line, name, resolution);
                continue;
            }
            if (kind === 'registry' || kind === 'tarball') {
                if (/^https?:/.test(location) && !asksForUrl(key.split(/,\s*/), location))
                    findings.push(...checkTarballName(name, location.replace(/#.*$/, '')));
                if (this.context.security.requireIntegrity &&
                    typeof entry.checksum !== 'string' &&
                    entry.conditions === undefined)
                    findings.push({
                        kind: 'integrity',
                        message: 'has no checksum (run yarn install to have yarn record it)',
                    });
            }
            this.report(findings, line, name, resolution);
        }
    }
    /**
     * The yarn release the project runs, where the repository says: the `yarnPath` of the nearest `.yarnrc.yml`
     * that sets one (yarn merges the rc files of the folders above the project, and runs that release), else
     * the root package.json's `packageManager` (corepack).
     */
    async pinnedRelease(rootPkg) {
        const { cwd, pair } = this.context;
        const top = this.context.boundary ?? (0,external_node_path_namespaceObject.resolve)(cwd);
        for (const dir of foldersUpTo((0,external_node_path_namespaceObject.resolve)(cwd, pair.dir), top)) {
            const folder = (0,external_node_path_namespaceObject.relative)(cwd, dir).split('\\').join('/') || '.';
            const data = await this.yarnrc(folder).catch(() => undefined);
            if (isRecord(data) && typeof data.yarnPath === 'string') {
                const release = /(?:^|\/)yarn-(\d+\.\d+\.\d+)\.c?js$/.exec(data.yarnPath)?.[1];
                return { release, from: `the yarnPath of ${external_node_path_namespaceObject.posix.join(folder, '.yarnrc.yml')}` };
            }
        }
        if (typeof rootPkg.packageManager !== 'string')
            return { from: '' };
        return {
            release: /^yarn@(\d+\.\d+\.\d+)(?:\+|$)/.exec(rootPkg.packageManager)?.[1],
            from: 'packageManager',
        };
    }
    /**
     * A lockfile of another `__metadata.version` than the release the project runs writes is one
     * `yarn install --immutable` refuses (YN0028).
     */
    async checkBerryVersion(version, rootPkg) {
        const { release, from } = await this.pinnedRelease(rootPkg);
        const writes = release === undefined ? undefined : berryLockfileVersion(release);
        if (writes === undefined || writes === version)
            return;
        this.problems.add('spec-mismatch', this.lock.path, findLine(this.lock.text, /^__metadata:/, /^\s+version:/), '', `${this.lock.path} has __metadata.version ${version}, but yarn ${release} (${from}) writes version ${writes}: yarn install --immutable would rewrite it (YN0028)`);
    }
    /** `.yarnrc.yml`'s `catalog` and `catalogs` (yarn \u2265 4.10), the same shape as pnpm's. */
    async yarnrcCatalogs() {
        const data = await this.yarnrc(this.context.pair.dir);
        return isRecord(data) ? readCatalogs(data) : {};
    }
    /** A folder's `.yarnrc.yml` (folder relative to cwd) as yarn reads it, or undefined where there is none. */
    yarnrc(folder) {
        let data = this.yarnrcs.get(folder);
        if (!data) {
            data = readTextIfPresent(this.context.cwd, external_node_path_namespaceObject.posix.join(folder, '.yarnrc.yml')).then((file) => file ? parseYamlText(file, FAILSAFE) : undefined);
            this.yarnrcs.set(folder, data);
        }
        return data;
    }
    checkBerryWorkspace(workspace, byDescriptor, resolutions, catalogs) {
        const { manifest, pkg, folder } = workspace;
        const name = typeof pkg.name === 'string' ? pkg.name : `root-workspace-0b6124`;
        const entry = byDescriptor.get(`${name}@workspace:${folder}`);
        const where = folder === '.' ? 'the root workspace' : `workspace ${folder}`;
        if (!entry) {
            this.problems.add('workspace', manifest.path, 1, name, `${where} (${name}@workspace:${folder}) is not in ${this.lock.path}`);
            return;
        }
        const locked = { ...stringMap(entry.dependencies) };
        const wanted = new Map();
        // Berry reads optionalDependencies into dependencies, then devDependencies over both: a name in two fields
        // is locked with the later one's range.
        for (const field of BERRY_FIELD_ORDER)
            for (const [dep, spec] of Object.entries(stringMap(pkg[field])))
                wanted.set(dep, [field, spec]);
        for (const [dep, [field, spec]] of wanted) {
            const line = () => manifestLine(manifest, field, dep);
            // `catalog:` is replaced by the catalog's range, and `resolutions` replace the descriptor yarn
            // resolves; the workspace entry keeps the manifest's range.
            const catalog = catalogSpec(catalogs, dep, spec);
            if (spec.startsWith('catalog:') && catalog === undefined) {
                this.problems.add('spec-mismatch', manifest.path, line(), dep, `${dep}@${spec} (${field} of ${where}) names no entry of the catalogs in .yarnrc.yml`);
                continue;
            }
            const range = catalog ?? spec;
            const resolved = resolutionFor(resolutions, name, dep, range);
            // yarn 2 and 3 write a range that a workspace satisfies as written (`a@^1.0.0`), yarn 4 as `a@npm:^1.0.0`.
            // A resolution replaces the descriptor: yarn locks the resolution's instead.
            const wantedRange = resolved ?? range;
            const descriptors = [`${dep}@${berryRange(wantedRange)}`, `${dep}@${wantedRange}`];
            if (!descriptors.some((descriptor) => this.hasDescriptor(byDescriptor, descriptor))) {
                this.problems.add('not-locked', manifest.path, line(), dep, `${dep}@${spec} (${field} of ${where}) is not in ${this.lock.path}`);
            }
            else if (locked[dep] !== undefined && locked[dep] !== spec && locked[dep] !== berryRange(spec)) {
                this.problems.add('spec-mismatch', manifest.path, line(), dep, `${dep}: package.json says "${spec}", ${this.lock.path} was made for "${locked[dep]}"`);
            }
            else if (locked[dep] === undefined) {
                this.problems.add('not-locked', manifest.path, line(), dep, `${dep}@${spec} is locked, but not as a dependency of ${where}`);
            }
        }
        for (const dep of Object.keys(locked)) {
            if (wanted.has(dep))
                continue;
            const line = findLine(this.lock.text, new RegExp(`^"?${escapeRegex(name)}@workspace:${escapeRegex(folder)}"?:`), new RegExp(`^\\s+"?${escapeRegex(dep)}"?:`));
            this.problems.add('extraneous', this.lock.path, line, dep, `${dep} is locked as a dependency of ${where} but package.json no longer declares it`);
        }
        this.checkBerryPeers(workspace, entry, where);
        this.checkBerryMeta(workspace, entry, where);
    }
    /**
     * A range a workspace satisfied when the lockfile was made (`c@npm:^3.0.0` locked to `c@workspace:\u2026`): yarn
     * checks it again, and once the workspace's version leaves it, `install --immutable` fails (YN0082 or YN0028).
     */
    checkWorkspaceRanges(keyOf, workspaces) {
        const versions = new Map(workspaces.map((workspace) => [workspace.folder, workspace.pkg.version]));
        for (const [entry, key] of keyOf) {
            const resolution = String(entry.resolution ?? '');
            const name = descriptorName(resolution);
            const reference = resolution.slice(name.length + 1);
            if (!reference.startsWith('workspace:'))
                continue;
            const folder = reference.slice('workspace:'.length);
            const version = versions.get(folder);
            if (typeof version !== 'string')
                continue;
            for (const descriptor of key.split(/,\s*/)) {
                const written = descriptor.slice(descriptorName(descriptor).length + 1);
                // `c@workspace:c` names the folder, not a range.
                if (written === `workspace:${folder}` || !leftWorkspaceRange(written, version))
                    continue;
                this.problems.add('unsatisfied', this.lock.path, findLine(this.lock.text, new RegExp(`(?:^"?|, )${escapeRegex(descriptor)}[,":]`)), name, `${descriptor} is locked to workspace ${folder}, whose version ${version} is out of that range now`);
            }
        }
    }
    /** A descriptor, also as yarn writes it for a patch or a path with its `::locator=` suffix. */
    hasDescriptor(byDescriptor, descriptor) {
        if (byDescriptor.has(descriptor))
            return true;
        if (!/@(patch|file|link|portal):/.test(descriptor))
            return false;
        for (const key of byDescriptor.keys())
            if (key.startsWith(`${descriptor}::`))
                return true;
        return false;
    }
    /**
     * What else berry records of a workspace and compares on `install --immutable` (YN0028): `dependenciesMeta`
     * (the manifest's, with `optional: true` for each optionalDependencies entry), `peerDependenciesMeta` as
     * written, and `bin` (a string is the command of the package's name without its scope).
     */
    checkBerryMeta(workspace, entry, where) {
        const { manifest, pkg } = workspace;
        const meta = metaTable(pkg.dependenciesMeta);
        for (const name of Object.keys(stringMap(pkg.optionalDependencies)))
            meta[name] = { ...meta[name], optional: 'true' };
        const bin = typeof pkg.bin === 'string' && typeof pkg.name === 'string'
            ? { [pkg.name.replace(/^@[^/]+\//, '')]: pkg.bin }
            : stringMap(pkg.bin);
        const fields = [
            ['dependenciesMeta', metaTable(meta), metaTable(entry.dependenciesMeta)],
            ['peerDependenciesMeta', metaTable(pkg.peerDependenciesMeta), metaTable(entry.peerDependenciesMeta)],
            ['bin', binTable(bin), binTable(stringMap(entry.bin))],
        ];
        for (const [field, wanted, locked] of fields) {
            if (JSON.stringify(wanted) === JSON.stringify(locked))
                continue;
            this.problems.add('spec-mismatch', manifest.path, findLine(manifest.text, new RegExp(`"${field}"\\s*:`)), '', `${field} of ${where} is ${JSON.stringify(wanted)}, ${this.lock.path} was made for ${JSON.stringify(locked)}`);
        }
    }
    /** Berry copies a workspace's peerDependencies into its entry verbatim (unresolved). */
    checkBerryPeers(workspace, entry, where) {
        const { manifest, pkg } = workspace;
        const wanted = stringMap(pkg.peerDependencies);
        for (const [dep, range] of Object.entries(wanted))
            if (!range.startsWith('workspace:') && !isValidRange(range))
                wanted[dep] = '*';
        const locked = stringMap(entry.peerDependencies);
        for (const [dep, spec] of Object.entries(wanted)) {
            if (locked[dep] === spec)
                continue;
            const was = locked[dep] === undefined ? 'does not list it' : `has "${locked[dep]}"`;
            this.problems.add(locked[dep] === undefined ? 'not-locked' : 'spec-mismatch', manifest.path, manifestLine(manifest, 'peerDependencies', dep), dep, `peer ${dep}@${spec} of ${where}: ${this.lock.path} ${was}`);
        }
        for (const [dep, spec] of Object.entries(locked)) {
            if (wanted[dep] !== undefined)
                continue;
            this.problems.add('extraneous', this.lock.path, findLine(this.lock.text, /^\s+peerDependencies:/, new RegExp(`^\\s+"?${escapeRegex(dep)}"?:`)), dep, `${this.lock.path} still lists peer ${dep}@${spec} of ${where}, which package.json no longer declares`);
        }
    }
    report(findings, line, name, label) {
        for (const finding of findings)
            this.problems.finding(finding, this.lock.path, typeof line === 'number' ? line : line(), name, label);
    }
}
const yarn = {
    name: 'yarn',
    lockfiles: ['yarn.lock'],
    manifest: 'package.json',
    fix: yarn_FIX,
    defaultHosts: yarn_HOSTS,
    declaresDependencies: declaresJsDependencies,
    lockfileExpected: jsLockfileExpected,
    async check(context) {
        const check = new YarnCheck(context);
        return check.problems.guard(() => check.run());
    },
};

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/index.js







const ECOSYSTEM_CHECKS = { npm: npm, pnpm: pnpm, yarn: yarn, uv: uv, poetry: poetry, cargo: cargo, go: go };

;// CONCATENATED MODULE: ./actions/lockfile-check/gitignore.js
// Whether the repository's .gitignore files ignore a lockfile: a project that ignores its lockfile says it does
// not commit one (Rust libraries long did: `cargo new --lib` wrote `Cargo.lock` into .gitignore), so a missing
// lockfile there is deliberate, not forgotten.



/** Reads each folder's .gitignore once per run. */
class GitIgnores {
    cwd;
    files = new Map();
    constructor(cwd) {
        this.cwd = cwd;
    }
    /**
     * Whether `path` (a file, relative to the working directory) is ignored by the .gitignore files of `top` and
     * of every folder from there down to the file's own, as git decides it: the last matching pattern wins, a
     * deeper file's over a higher one's, `!` re-includes. Patterns that name only folders (`dir/`) are skipped.
     */
    ignores(top, path) {
        const dirs = [top];
        const below = top === '.' ? external_node_path_namespaceObject.posix.dirname(path) : external_node_path_namespaceObject.posix.relative(top, external_node_path_namespaceObject.posix.dirname(path));
        if (below !== '.' && below !== '' && !below.startsWith('..')) {
            let dir = top;
            for (const segment of below.split('/')) {
                dir = dir === '.' ? segment : `${dir}/${segment}`;
                dirs.push(dir);
            }
        }
        let ignored = false;
        for (const dir of dirs) {
            const relative = dir === '.' ? path : path.slice(dir.length + 1);
            const name = external_node_path_namespaceObject.posix.basename(path);
            for (const rule of this.rules(dir)) {
                if (matchesGlobCached(rule.anchored ? relative : name, rule.pattern))
                    ignored = !rule.negated;
            }
        }
        return ignored;
    }
    rules(dir) {
        let rules = this.files.get(dir);
        if (rules)
            return rules;
        rules = [];
        let text = '';
        try {
            text = (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.resolve)(this.cwd, dir, '.gitignore'), 'utf8');
        }
        catch {
            // No .gitignore in this folder.
        }
        for (const raw of text.split(/\r?\n/)) {
            let line = raw.replace(/(?<!\\)\s+$/, '');
            if (line === '' || line.startsWith('#'))
                continue;
            const negated = line.startsWith('!');
            if (negated)
                line = line.slice(1);
            line = line.replace(/^\\([#!])/, '$1');
            if (line.endsWith('/'))
                continue;
            const anchored = line.includes('/');
            rules.push({ pattern: line.replace(/^\//, ''), negated, anchored });
        }
        this.files.set(dir, rules);
        return rules;
    }
}

;// CONCATENATED MODULE: ./actions/lockfile-check/member-lockfiles.js
// A workspace is installed from its root lockfile: npm, yarn and pnpm (with its default shared lockfile), uv and
// cargo never read a lockfile a member keeps in its own folder. Such a lockfile is reported as not read, not
// checked as if it were the project's.







/** Ecosystems whose root lockfile locks every member, each with the family a root of it belongs to. */
const member_lockfiles_FAMILY = {
    npm: 'js',
    pnpm: 'js',
    yarn: 'js',
    uv: 'uv',
    cargo: 'cargo',
};
/** The workspace folders (relative to the root's folder) a root installs, or [] when it has none. */
async function workspaceFolders(cwd, root) {
    const dir = (0,external_node_path_namespaceObject.resolve)(cwd, root.dir);
    try {
        if (root.ecosystem === 'pnpm') {
            const file = await readText(cwd, external_node_path_namespaceObject.posix.join(root.dir, 'pnpm-workspace.yaml'));
            const data = await parseYamlText(file);
            if (!isRecord(data) || data.sharedWorkspaceLockfile === false)
                return [];
            const packages = Array.isArray(data.packages)
                ? data.packages.filter((item) => typeof item === 'string')
                : [];
            return expandWorkspaces(dir, packages);
        }
        if (root.ecosystem === 'uv') {
            const pyproject = await parseTomlText(await readText(cwd, root.manifest));
            return (await uvWorkspaceMembers(cwd, root.dir, pyproject)).map((member) => member.dir);
        }
        if (root.ecosystem === 'cargo') {
            // Explicit members and the path dependencies inside the root's folder, which cargo makes members too.
            const manifest = await parseTomlText(await readText(cwd, root.manifest));
            return (await cargoWorkspaceMembers(cwd, root.dir, manifest)).map((member) => member.dir);
        }
        const pkg = parseJson(await readText(cwd, root.manifest));
        return isRecord(pkg) ? expandWorkspaces(dir, workspacePatterns(pkg)) : [];
    }
    catch {
        return [];
    }
}
/**
 * Pairs whose lockfile the package manager does not read, each with the lockfile it reads instead: a member's
 * of a workspace rooted above it, and (pnpm before 11.27.1) any folder's below a pnpm workspace.
 */
async function memberLockfiles(cwd, pairs) {
    const members = new Map();
    const nested = pairs.filter((pair) => member_lockfiles_FAMILY[pair.ecosystem] !== undefined &&
        pair.lockfile &&
        pairs.some((root) => root !== pair && isAncestor(root, pair)));
    if (nested.length === 0)
        return members;
    const folders = new Map();
    for (const pair of nested) {
        for (const root of pairs) {
            if (root === pair || !isAncestor(root, pair))
                continue;
            if (!folders.has(root))
                folders.set(root, await workspaceFolders(cwd, root));
            const relative = root.dir === '.' ? pair.dir : pair.dir.slice(root.dir.length + 1);
            if (folders.get(root).includes(relative))
                members.set(pair, root.ecosystem === pair.ecosystem
                    ? {
                        root: root.lockfile,
                        reason: `${pair.dir} is a workspace member of ${root.lockfile}, which locks it`,
                        fix: memberFix(pair),
                    }
                    : {
                        // Each package manager knows its own workspaces only: npm run there would read this one
                        // (microsoft/pyright's package-lock.json files in its pnpm workspace's members).
                        root: root.lockfile,
                        reason: `${pair.dir} is a workspace member of ${root.lockfile}, which ${root.ecosystem} installs it from; ${pair.ecosystem} run in ${pair.dir} would read this one, which was not checked`,
                        fix: `delete ${pair.lockfile} if ${pair.ecosystem} is not used in ${pair.dir}`,
                    });
        }
    }
    for (const pair of nested) {
        if (members.has(pair) || pair.ecosystem !== 'pnpm')
            continue;
        const notRead = await belowOldPnpmWorkspace(cwd, pair, pairs);
        if (notRead)
            members.set(pair, notRead);
    }
    return members;
}
/**
 * pnpm before 11.27.1 (9, 10, and 11.0 to 11.27.0 seen), run in a folder below a pnpm workspace that does not
 * list it, install that workspace from its lockfile and never read the folder's own (xstate's and payload's
 * examples); 11.27.1 and 12 read it (pnpm/pnpm#15125). The release is the `packageManager` of the folder's
 * package.json, else of the workspace root's; none pinned, the folder's lockfile is checked as its own.
 */
async function belowOldPnpmWorkspace(cwd, pair, pairs) {
    if (await readTextIfPresent(cwd, external_node_path_namespaceObject.posix.join(pair.dir, 'pnpm-workspace.yaml')))
        return undefined;
    const roots = pairs
        .filter((root) => root.ecosystem === 'pnpm' && isAncestor(root, pair))
        .sort((a, b) => b.dir.length - a.dir.length);
    for (const root of roots) {
        const file = await readTextIfPresent(cwd, external_node_path_namespaceObject.posix.join(root.dir, 'pnpm-workspace.yaml'));
        if (!file)
            continue;
        const settings = await parseYamlText(file).catch(() => undefined);
        if (isRecord(settings) && settings.sharedWorkspaceLockfile === false)
            return undefined;
        const pin = (await pnpmPin(cwd, pair.manifest)) ?? (await pnpmPin(cwd, root.manifest));
        if (!pin || versionAtLeast(pin.release, [11, 27, 1]))
            return undefined;
        return {
            root: root.lockfile,
            reason: `pnpm ${pin.version} (packageManager), run in ${pair.dir}, installs the workspace of ${file.path} from ${root.lockfile} (pnpm 11.27.1 and later read this one)`,
            fix: `delete ${pair.lockfile}, give ${pair.dir} a pnpm-workspace.yaml of its own (pnpm then reads it), or pin pnpm 11.27.1 or later`,
        };
    }
    return undefined;
}
/** The pnpm release a package.json's `packageManager` pins. */
async function pnpmPin(cwd, manifest) {
    if (!manifest)
        return undefined;
    try {
        const pkg = parseJson(await readText(cwd, manifest));
        if (!isRecord(pkg) || typeof pkg.packageManager !== 'string')
            return undefined;
        // The packageManager pin alone: a devEngines range says less about the release that runs here.
        const [release] = packageManagerPins({ packageManager: pkg.packageManager }, 'pnpm');
        return release && { version: pkg.packageManager.slice('pnpm@'.length).split('+')[0], release };
    }
    catch {
        return undefined;
    }
}
/**
 * Manifests without a lockfile that are members of a workspace whose root (with no lockfile either) is in
 * `pairs`: the package manager would lock them in the root's lockfile, so the root's verdict covers them and
 * each member is not reported again as missing one.
 */
async function unlockedMembers(cwd, pairs) {
    const members = new Set();
    const unlocked = pairs.filter((pair) => !pair.lockfile && pair.manifest && member_lockfiles_FAMILY[pair.ecosystem]);
    const roots = unlocked.filter((root) => unlocked.some((pair) => encloses(root, pair)));
    const folders = new Map();
    for (const pair of unlocked) {
        for (const root of roots) {
            if (!encloses(root, pair))
                continue;
            if (!folders.has(root))
                folders.set(root, await workspaceFolders(cwd, root));
            const relative = root.dir === '.' ? pair.dir : pair.dir.slice(root.dir.length + 1);
            if (folders.get(root).includes(relative)) {
                members.add(pair);
                break;
            }
        }
    }
    return members;
}
/**
 * Manifests without a lockfile inside `path` that are members of the workspace of a lockfile above it (`path`
 * pointed at a member): each with that lockfile's pair, which the package manager run there reads.
 */
async function membersOfWorkspacesAbove(cwd, pairs, above) {
    const found = new Map();
    const folders = new Map();
    for (const pair of pairs) {
        if (pair.lockfile || !pair.manifest || !member_lockfiles_FAMILY[pair.ecosystem])
            continue;
        for (const root of above) {
            if (!root.lockfile || member_lockfiles_FAMILY[root.ecosystem] !== member_lockfiles_FAMILY[pair.ecosystem])
                continue;
            if (root.dir !== '.' && !pair.dir.startsWith(`${root.dir}/`))
                continue;
            if (!folders.has(root))
                folders.set(root, await workspaceFolders(cwd, root));
            const relative = root.dir === '.' ? pair.dir : pair.dir.slice(root.dir.length + 1);
            if (folders.get(root).includes(relative)) {
                found.set(pair, root);
                break;
            }
        }
    }
    return found;
}
/** `root` lies above `pair` and both belong to one workspace-sharing family. */
function encloses(root, pair) {
    if (root === pair || member_lockfiles_FAMILY[root.ecosystem] !== member_lockfiles_FAMILY[pair.ecosystem] || root.dir === pair.dir)
        return false;
    return root.dir === '.' || pair.dir.startsWith(`${root.dir}/`);
}
function isAncestor(root, pair) {
    if (member_lockfiles_FAMILY[root.ecosystem] !== member_lockfiles_FAMILY[pair.ecosystem])
        return false;
    // A pnpm workspace root needs no package.json: its pnpm-workspace.yaml lists the members.
    if (!root.lockfile || (!root.manifest && root.ecosystem !== 'pnpm') || root.dir === pair.dir)
        return false;
    return root.dir === '.' || pair.dir.startsWith(`${root.dir}/`);
}
function memberFix(pair) {
    return `delete ${pair.lockfile} (or stop listing ${pair.dir} as a workspace) \u2014 ${ECOSYSTEM_CHECKS[pair.ecosystem].fix} at the root keeps the root lockfile`;
}

;// CONCATENATED MODULE: ./actions/lockfile-check/native-env.js
/**
 * The environment a native check runs with. The package manager may run code from the checked repository
 * (a pnpmfile, yarn plugins, a build backend), and under `pull_request_target` that repository is the pull
 * request's: it gets what a package manager needs to find its tools, caches, proxies and certificates, and
 * nothing of the step's secrets \u2014 no GITHUB_TOKEN, no ACTIONS_* runtime tokens, no INPUT_* values, no
 * variable whose name says it holds a credential.
 */
/** Passed on by exact name. */
const NAMES = new Set([
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'LANG',
    'LANGUAGE',
    'TZ',
    'TERM',
    'TMPDIR',
    'TMP',
    'TEMP',
    'CI',
    'RUNNER_OS',
    'RUNNER_ARCH',
    'RUNNER_TEMP',
    'RUNNER_TOOL_CACHE',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'http_proxy',
    'https_proxy',
    'no_proxy',
    'NODE_EXTRA_CA_CERTS',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'REQUESTS_CA_BUNDLE',
    'SystemRoot',
    'ComSpec',
    'PATHEXT',
    'APPDATA',
    'LOCALAPPDATA',
    'USERPROFILE',
]);
/** Passed on by prefix: the package managers' own configuration, locales and XDG folders. */
const PREFIXES = /^(?:LC_|XDG_|npm_config_|NPM_CONFIG_|PNPM_|COREPACK_|YARN_|UV_|POETRY_|CARGO_|RUSTUP_|GO[A-Z0-9]*$)/;
/** Names that hold credentials, whatever their prefix (`NPM_CONFIG__AUTH`, `UV_INDEX_X_PASSWORD`, \u2026). */
const SECRET = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|AUTH|_KEY$|^KEY$|PRIVATE|COOKIE|SESSION|_PAT$/i;
/** Settings that keep the package manager from running the repository's code where it allows that. */
const HARDENING = {
    // yarn 1 and 2+: do not run the release `yarnPath` / `yarn-path` points to inside the repository.
    YARN_IGNORE_PATH: '1',
    // yarn 2+: no lifecycle scripts (also --mode=skip-build); yarn 1 gets --ignore-scripts.
    YARN_ENABLE_SCRIPTS: 'false',
    // npm, pnpm, yarn 1: no lifecycle scripts even where a command would run them.
    npm_config_ignore_scripts: 'true',
    // No telemetry or update checks from a gate.
    YARN_ENABLE_TELEMETRY: '0',
    npm_config_update_notifier: 'false',
};
/** The scrubbed environment for a native check, from the step's environment. */
function nativeEnvironment(env = process.env) {
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined)
            continue;
        if (!NAMES.has(name) && !PREFIXES.test(name))
            continue;
        if (SECRET.test(name))
            continue;
        out[name] = value;
    }
    return { ...out, ...HARDENING };
}

;// CONCATENATED MODULE: ./actions/lockfile-check/native.js

/** The package manager's own read-only verdict on a lockfile. */
const NATIVE_COMMANDS = {
    npm: ['npm', 'ci', '--dry-run', '--ignore-scripts'],
    // --ignore-pnpmfile: the repository's .pnpmfile.cjs is code; a lockfile that records its checksum is then
    // reported by pnpm as not matching (said in the docs' Security section).
    pnpm: ['pnpm', 'install', '--frozen-lockfile', '--lockfile-only', '--ignore-scripts', '--ignore-pnpmfile'],
    yarn: ['yarn', 'install', '--immutable', '--mode=skip-build'],
    uv: ['uv', 'lock', '--check', '--offline'],
    poetry: ['poetry', 'check', '--lock'],
    cargo: ['cargo', 'metadata', '--locked', '--offline', '--format-version', '1'],
    go: ['go', 'mod', 'verify'],
};
/** yarn 1 has neither --immutable nor --mode; its frozen install is spelled differently. */
const YARN_V1 = ['yarn', 'install', '--frozen-lockfile', '--ignore-scripts'];
/** The native command for a lockfile; `lockfileHead` tells yarn 1 lockfiles from yarn 2+ ones. */
function nativeCommand(ecosystem, lockfileHead = '') {
    if (ecosystem === 'yarn' && /^# yarn lockfile v1/m.test(lockfileHead))
        return YARN_V1;
    return NATIVE_COMMANDS[ecosystem];
}
/**
 * Runs the native check in `dir` with a scrubbed environment (native-env.ts); a tool that is not installed is
 * `missing`, never a crash.
 */
async function runNative(argv, dir, options) {
    const [file, ...args] = argv;
    const command = argv.join(' ');
    // Loaded here (node:child_process costs a millisecond of start-up): most runs never start a native check.
    const { runCommand } = await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 600));
    try {
        const outcome = await runCommand(file, args, {
            cwd: dir,
            env: nativeEnvironment(),
            signal: options.signal,
            timeoutMs: options.timeoutMs,
        });
        if (outcome.exitCode === 0)
            return { result: 'ok', command };
        const lines = `${outcome.stderr}\n${outcome.stdout}`
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line && !/^npm (warn|notice)/i.test(line));
        const detail = outcome.timedOut
            ? `timed out after ${options.timeoutMs / 1000}s`
            : (lines.find((line) => /error|invalid|out of (date|sync)|mismatch|missing|not/i.test(line)) ??
                lines[0] ??
                `exit code ${outcome.exitCode}`);
        return { result: 'failed', command, detail: detail.slice(0, 300) };
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { result: 'missing', command };
        throw error;
    }
}

;// CONCATENATED MODULE: ./actions/lockfile-check/check.js









/** Discovers every manifest/lockfile pair under the root and checks each one. */
async function checkAll(options) {
    return (await checkTree(options)).pairs;
}
/** checkAll, with what discovery found but did not check. */
async function checkTree(options) {
    const discovered = await discover(options);
    const { conflicts, unchecked, skipped } = discovered;
    const members = await memberLockfiles(options.cwd, [...discovered.pairs, ...discovered.above]);
    // `path` at a workspace member (its manifest without a lockfile, or with one the package manager does not
    // read there): the lockfile it reads is above `path`, and is checked, whole, in its place.
    const coveredAbove = await membersOfWorkspacesAbove(options.cwd, discovered.pairs, discovered.above);
    const reads = new Set([...members.values()].map((notRead) => notRead.root));
    const used = new Set(coveredAbove.values());
    const pairs = [
        ...discovered.pairs.filter((pair) => !coveredAbove.has(pair)),
        ...discovered.above.filter((pair) => used.has(pair) || (pair.lockfile && reads.has(pair.lockfile))),
    ];
    // A workspace member with no lockfile is judged with its root, which would lock it.
    const lockless = await unlockedMembers(options.cwd, pairs);
    const gitignores = new GitIgnores(options.cwd);
    const checked = [];
    const unlocked = [];
    for (const pair of pairs) {
        if (lockless.has(pair))
            continue;
        const notRead = members.get(pair);
        if (notRead) {
            // The package manager installs this member from the root lockfile and never reads this one.
            checked.push({
                ...pair,
                problems: [
                    {
                        file: pair.lockfile,
                        line: 1,
                        ecosystem: pair.ecosystem,
                        kind: 'extraneous',
                        package: '',
                        message: `${pair.lockfile} is not read: ${notRead.reason}`,
                        fix: notRead.fix,
                        severity: 'warning',
                    },
                ],
            });
            continue;
        }
        const result = await checkPair(pair, options, gitignores);
        if (result)
            checked.push(result);
        else if (pair.manifest)
            unlocked.push(pair.manifest);
    }
    for (const conflict of conflicts) {
        const owner = checked.find((pair) => pair.lockfile === conflict.lockfiles[0]);
        if (!owner)
            continue;
        owner.problems.push({
            file: conflict.lockfiles[1],
            line: 1,
            ecosystem: owner.ecosystem,
            kind: 'multiple-lockfiles',
            package: '',
            message: `${conflict.dir} has ${conflict.lockfiles.join(' and ')}: keep the one of the package manager you use and delete the other`,
            fix: `delete all but one of ${conflict.lockfiles.join(', ')}`,
            severity: 'warning',
        });
    }
    return { pairs: checked, unchecked, skipped, unlocked };
}
async function checkPair(pair, options, gitignores) {
    const ecosystem = ECOSYSTEM_CHECKS[pair.ecosystem];
    const problems = new Problems(pair.ecosystem, ecosystem.fix);
    if (pair.escapes) {
        // Not read: the package manager would follow the link, so what it reads is outside what was checked.
        problems.add('symlink', pair.escapes, 1, '', `${pair.escapes} is a symlink to ${linkTarget((0,external_node_path_namespaceObject.resolve)(options.cwd, pair.escapes))}, outside the checked folder ${options.root}`, `replace the symlink with the file, or check the folder it points into`);
        return { ...pair, problems: problems.list };
    }
    if (!pair.lockfile) {
        const boundary = repositoryBoundary(options.cwd, options.root);
        const top = (0,external_node_path_namespaceObject.resolve)(options.cwd) === boundary ? '.' : options.root;
        let declares = false;
        let expected = false;
        await problems.guard(async () => {
            const manifest = await readText(options.cwd, pair.manifest);
            declares = await ecosystem.declaresDependencies(manifest);
            if (declares && (await ecosystem.pinnedElsewhere?.(manifest, options.cwd, boundary)))
                declares = false;
            if (declares && (await ecosystem.lockfileSwitchedOff?.(manifest, options.cwd, boundary)))
                declares = false;
            expected = declares && ((await ecosystem.lockfileExpected?.(manifest, options.cwd)) ?? true);
        });
        // A manifest that does not parse, with no lockfile beside it, locks nothing this check could judge: a
        // deliberately broken test package (pypa/build's tests/packages/test-bad-syntax) is reported, not failed.
        for (const problem of problems.list)
            if (problem.kind === 'parse') {
                problem.severity = 'warning';
                problem.message += ' (it has no lockfile, so nothing was judged)';
            }
        // A library (nothing expects its lockfile) need not commit one. That the tree locks other projects of its
        // family is worth a warning, not a failure: no package manager reads a lockfile there, and such a manifest
        // is as often a test package, a published fixture or a tool installed with `npm install` as a forgotten one.
        // A lockfile the repository's .gitignore ignores is left out on purpose (Rust libraries, `npm install` tools).
        if (declares && ecosystem.lockfiles.some((name) => gitignores.ignores(top, external_node_path_namespaceObject.posix.join(pair.dir, name))))
            expected = declares = false;
        const elsewhere = declares && !expected && pair.lockfileElsewhere === true;
        if (problems.list.length === 0 && !expected && !elsewhere)
            return undefined;
        const message = `${pair.manifest} declares dependencies but has no lockfile`;
        const advice = `run \`${ecosystem.fix}\` and commit ${ecosystem.lockfiles.at(-1)}`;
        if (expected)
            problems.add('missing-lockfile', pair.manifest, 1, '', `${message}; ${advice}`);
        else if (elsewhere)
            problems.warn('missing-lockfile', pair.manifest, 1, '', `${message} (other projects in this tree commit theirs; nothing marks it as an application); if it is installed on its own, ${advice}`);
        return { ...pair, problems: problems.list };
    }
    if (!pair.manifest && !(await ecosystem.rootWithoutManifest?.(pair.dir, options.cwd))) {
        problems.warn('extraneous', pair.lockfile, 1, '', `${pair.lockfile} has no ${ecosystem.manifest} next to it; delete it or add the manifest`, `rm ${pair.lockfile}`);
        return { ...pair, problems: problems.list };
    }
    const found = await ecosystem.check({
        pair,
        cwd: options.cwd,
        security: options.security,
        boundary: repositoryBoundary(options.cwd, options.root),
    });
    const result = { ...pair, problems: found };
    if (options.native !== 'never')
        await addNative(result, options);
    return result;
}
/**
 * The folder local sources must stay inside: the workspace (cwd), or the checked folder itself when `path` points
 * outside it (another checkout, or the CLI run from elsewhere), whose own links would otherwise all look foreign.
 */
function repositoryBoundary(cwd, root) {
    const base = (0,external_node_path_namespaceObject.resolve)(cwd);
    const checked = (0,external_node_path_namespaceObject.resolve)(cwd, root);
    const rel = (0,external_node_path_namespaceObject.relative)(base, checked);
    return leadsOut(rel) ? checked : base;
}
async function addNative(result, options) {
    let head = '';
    if (result.ecosystem === 'yarn')
        head = (await readText(options.cwd, result.lockfile)).text.slice(0, 200);
    const outcome = await runNative(nativeCommand(result.ecosystem, head), (0,external_node_path_namespaceObject.resolve)(options.cwd, result.dir), {
        signal: options.signal,
        timeoutMs: options.nativeTimeoutMs ?? 300_000,
    });
    const ecosystem = ECOSYSTEM_CHECKS[result.ecosystem];
    const base = {
        file: result.lockfile,
        line: 1,
        ecosystem: result.ecosystem,
        package: '',
        fix: ecosystem.fix,
    };
    if (outcome.result === 'ok')
        result.native = `${outcome.command}: ok`;
    else if (outcome.result === 'failed') {
        result.native = `${outcome.command}: failed`;
        result.problems.push({
            ...base,
            kind: 'native',
            severity: 'error',
            message: `\`${outcome.command}\` failed: ${outcome.detail}`,
        });
    }
    else {
        result.native = `${outcome.command}: not installed`;
        if (options.native === 'always') {
            result.problems.push({
                ...base,
                kind: 'native-missing',
                severity: 'error',
                message: `native: always, but \`${outcome.command.split(' ')[0]}\` is not installed`,
                fix: `install ${outcome.command.split(' ')[0]} before this step, or set native: auto`,
            });
        }
    }
}
function linkTarget(path) {
    try {
        return (0,external_node_fs_namespaceObject.readlinkSync)(path);
    }
    catch {
        return 'a path it cannot read';
    }
}

;// CONCATENATED MODULE: ./actions/lockfile-check/inputs.js
// Generated from lockfile-check/action.yml by `npm run generate`. Do not edit.
const Inputs = {
    Path: { name: 'path', default: '.' },
    Ecosystems: { name: 'ecosystems', default: 'auto' },
    Native: { name: 'native', default: 'never' },
    AllowedHosts: { name: 'allowed-hosts' },
    AllowedSources: { name: 'allowed-sources', default: 'tarball git local' },
    RequireHttps: { name: 'require-https', default: 'true' },
    RequireIntegrity: { name: 'require-integrity', default: 'true' },
    Ignore: {
        name: 'ignore',
        default: '**/fixtures/**\n**/__fixtures__/**\n**/fixture/**\n**/testdata/**\n**/fuzz/**',
    },
};
const Outputs = {
    Status: 'status',
    Problems: 'problems',
    Lockfiles: 'lockfiles',
};

;// CONCATENATED MODULE: ./actions/lockfile-check/types.js
const ECOSYSTEMS = ['npm', 'pnpm', 'yarn', 'uv', 'poetry', 'cargo', 'go'];
const KIND_CATEGORY = {
    'missing-lockfile': 'stale',
    'not-locked': 'stale',
    unsatisfied: 'stale',
    'spec-mismatch': 'stale',
    extraneous: 'stale',
    'dependency-type': 'stale',
    workspace: 'stale',
    'content-hash': 'stale',
    'requires-python': 'stale',
    'missing-sum': 'stale',
    native: 'stale',
    host: 'unsafe',
    https: 'unsafe',
    integrity: 'unsafe',
    'name-mismatch': 'unsafe',
    source: 'unsafe',
    symlink: 'unsafe',
    parse: 'error',
    'unsupported-format': 'error',
    'outdated-format': 'error',
    'multiple-lockfiles': 'error',
    'native-missing': 'error',
};

;// CONCATENATED MODULE: ./actions/lockfile-check/report.js

const RANK = { ok: 0, stale: 1, unsafe: 2, error: 3 };
/** The worst category among failing problems: error (could not check) > unsafe > stale > ok. */
function overallStatus(problems) {
    let status = 'ok';
    for (const problem of problems) {
        if (problem.severity !== 'error')
            continue;
        const category = KIND_CATEGORY[problem.kind];
        if (RANK[category] > RANK[status])
            status = category;
    }
    return status;
}
/**
 * At most this many problems go into the `problems` output (errors before warnings): a hostile or badly broken
 * repository must not write megabytes into the step's outputs. The log and summary give the full count.
 */
const MAX_PROBLEMS_OUTPUT = 500;
/** The problems the output holds: all of them, or the first MAX_PROBLEMS_OUTPUT with errors first. */
function outputProblems(problems) {
    if (problems.length <= MAX_PROBLEMS_OUTPUT)
        return problems;
    const errors = problems.filter((problem) => problem.severity === 'error');
    const warnings = problems.filter((problem) => problem.severity !== 'error');
    return [...errors, ...warnings].slice(0, MAX_PROBLEMS_OUTPUT);
}
/** The `problems` output: the fields the action.yml promises, plus severity. */
function problemsJson(problems) {
    return outputProblems(problems).map((problem) => ({
        file: problem.file,
        line: problem.line,
        ecosystem: problem.ecosystem,
        kind: problem.kind,
        package: problem.package,
        message: problem.message,
        fix: problem.fix,
        severity: problem.severity,
    }));
}
function lockfilesJson(pairs) {
    return pairs.map((pair) => ({
        ecosystem: pair.ecosystem,
        manifest: pair.manifest ?? null,
        lockfile: pair.lockfile ?? null,
        status: overallStatus(pair.problems),
    }));
}
const SUMMARY_COLUMNS = ['lockfile', 'ecosystem', 'result', 'package', 'problem', 'fix'];
/** Rows per lockfile in the job summary: a badly broken lockfile must not push the rest out of view. */
const MAX_ROWS_PER_LOCKFILE = 50;
/** One row per problem, grouped by lockfile; a lockfile without problems gets one \u2705 row. */
function summaryRows(pairs) {
    const rows = [];
    for (const pair of pairs) {
        const name = pair.lockfile ?? `${pair.manifest} (no lockfile)`;
        if (pair.problems.length === 0) {
            rows.push([name, pair.ecosystem, '\u2705 ok', '', pair.native ?? '', '']);
            continue;
        }
        const hidden = pair.problems.length - MAX_ROWS_PER_LOCKFILE;
        for (const problem of pair.problems.slice(0, MAX_ROWS_PER_LOCKFILE)) {
            const icon = problem.severity === 'warning' ? '\u26a0\ufe0f' : '\u274c';
            rows.push([
                name,
                pair.ecosystem,
                `${icon} ${problem.kind}`,
                problem.package,
                `${problem.file}:${problem.line}: ${problem.message}`,
                problem.fix,
            ]);
        }
        if (hidden > 0)
            rows.push([name, pair.ecosystem, '\u2026', '', `${hidden} more problems (see the problems output)`, '']);
    }
    return rows;
}
/** `3 lockfiles checked under . in 12ms; 40 skipped by ignore; 1 lockfile of another tool found, not checked`. */
function summaryIntro(checked, root, elapsedMs, skipped, unchecked) {
    const parts = [`${checked} lockfile${checked === 1 ? '' : 's'} checked under ${root} in ${elapsedMs}ms`];
    if (skipped)
        parts.push(`${skipped} manifest${skipped === 1 ? '' : 's'} or lockfiles skipped by \`ignore\` (test fixtures and fuzzing harnesses by default)`);
    if (unchecked)
        parts.push(`${unchecked} lockfile${unchecked === 1 ? '' : 's'} of other tools found, not checked`);
    return parts.join('; ');
}
/** One row per lockfile of a tool this action does not check. */
function uncheckedRows(unchecked) {
    return unchecked.map((other) => [other.path, other.tool, '\u2139\ufe0f not checked', '', 'found, not checked', '']);
}
const VERDICT = {
    ok: 'in sync',
    stale: 'out of date',
    unsafe: 'unsafe',
    error: 'could not be checked',
};
/** Lockfiles the one-line failure names; the annotations, the summary and the problems output hold the rest. */
const FAILURE_MESSAGE_PAIRS = 5;
/** The one-line failure: `1 lockfile out of date: package-lock.json: semver@^7 \u2026 is not in \u2026; fix: npm install`. */
function failureMessage(pairs) {
    const failing = pairs.filter((pair) => overallStatus(pair.problems) !== 'ok');
    const statuses = [...new Set(failing.map((pair) => overallStatus(pair.problems)))];
    const parts = failing.slice(0, FAILURE_MESSAGE_PAIRS).map((pair) => {
        const errors = pair.problems.filter((problem) => problem.severity === 'error');
        const first = errors[0];
        const more = errors.length > 1 ? ` (+${errors.length - 1} more)` : '';
        const status = statuses.length > 1 ? ` (${overallStatus(pair.problems)})` : '';
        return `${pair.lockfile ?? pair.manifest}${status}: ${first.message}${more}; fix: ${first.fix}`;
    });
    const what = failing.length === 1 ? '1 lockfile' : `${failing.length} lockfiles`;
    const rest = failing.length - parts.length;
    if (rest > 0)
        parts.push(`and ${rest} more (see the job summary or the problems output)`);
    return `${what} ${statuses.map((status) => VERDICT[status]).join(' or ')}: ${parts.join(' | ')}`;
}

;// CONCATENATED MODULE: ./shared/duration.js
/**
 * The longest duration an input may ask for: 5 days, the longest a (self-hosted) job may run. Far
 * below what a timer can hold, and a typo like `30d` is an input error instead of a wait that never ends.
 */
const duration_MAX_DURATION_MS = (/* unused pure expression or super */ null && (5 * 86_400_000));
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const duration_PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
/**
 * Parses `500ms`, `30s`, `5m`, `1h30m`, `1.5s`; a bare number means seconds.
 * Returns milliseconds, or undefined when the text is not a duration.
 */
function duration_parseDuration(text) {
    const value = text.trim().toLowerCase();
    if (value === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.round(Number(value) * 1000);
    duration_PART.lastIndex = 0;
    let total = 0;
    let consumed = 0;
    for (let match = duration_PART.exec(value); match; match = duration_PART.exec(value)) {
        total += Number(match[1]) * UNIT_MS[match[2]];
        consumed = duration_PART.lastIndex;
    }
    if (consumed !== value.length || consumed === 0)
        return undefined;
    return Math.round(total);
}
/** `1234` \u2192 `1.23s`, `125000` \u2192 `2m5s`, `40` \u2192 `40ms`. */
function duration_formatDuration(ms) {
    if (!Number.isFinite(ms))
        return String(ms);
    const rounded = Math.max(0, Math.round(ms));
    if (rounded < 1000)
        return `${rounded}ms`;
    if (rounded < 60_000)
        return `${Number((rounded / 1000).toFixed(2))}s`;
    const hours = Math.floor(rounded / 3_600_000);
    const minutes = Math.floor((rounded % 3_600_000) / 60_000);
    const seconds = Math.floor((rounded % 60_000) / 1000);
    return [hours ? `${hours}h` : '', minutes ? `${minutes}m` : '', seconds ? `${seconds}s` : '']
        .join('')
        .replace(/^$/, '0s');
}

;// CONCATENATED MODULE: ./shared/inputs.js





/** The runner passes `with:` values as `INPUT_<NAME>`: upper-cased, spaces \u2192 `_`, hyphens kept. */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function quote(value) {
    const oneLine = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `'${oneLine.replace(/\n/g, '\\n')}'`;
}
function fail(spec, expected, got) {
    throw new errors/* ConfigError */.xL(`input '${spec.name}' ${expected}${got === undefined ? '' : `, got ${quote(got)}`}`);
}
/** The trimmed value, the action.yml default when empty, or an error when required and still empty. */
function getString(spec) {
    const raw = (process.env[inputEnvName(spec.name)] ?? '').trim();
    const value = raw === '' ? (spec.default ?? '').trim() : raw;
    if (value === '' && spec.required)
        fail(spec, 'is required');
    return value;
}
/** The value without trimming (scripts, PEM text): leading indentation can matter. */
function getText(spec) {
    const raw = process.env[inputEnvName(spec.name)] ?? '';
    const value = raw.trim() === '' ? (spec.default ?? '') : raw;
    if (value.trim() === '' && spec.required)
        fail(spec, 'is required');
    return value;
}
const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);
function getBool(spec) {
    const value = getString(spec).toLowerCase();
    if (TRUE.has(value))
        return true;
    if (FALSE.has(value) || value === '')
        return false;
    return fail(spec, 'must be true or false', value);
}
function getInt(spec, limits = {}) {
    const value = getString(spec);
    if (!/^-?\d+$/.test(value))
        fail(spec, 'must be a whole number', value);
    const number = Number(value);
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = limits;
    if (number < min || number > max) {
        const bounds = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
        fail(spec, `must be a whole number ${bounds}`, value);
    }
    return number;
}
/**
 * Milliseconds from `500ms`, `30s`, `5m`, `1h30m` (a bare number is seconds); at most `max`, which is
 * never above MAX_DURATION_MS (5 days).
 */
function getDuration(spec, limits = {}) {
    const value = getString(spec);
    const ms = parseDuration(value);
    if (ms === undefined)
        fail(spec, 'must be a duration like 30s or 5m', value);
    if (limits.min !== undefined && ms < limits.min)
        fail(spec, `must be at least ${formatDuration(limits.min)}`, value);
    const max = Math.min(limits.max ?? MAX_DURATION_MS, MAX_DURATION_MS);
    if (ms > max) {
        const days = max === MAX_DURATION_MS ? ' (5 days, the longest a job may run)' : '';
        fail(spec, `must be at most ${formatDuration(max)}${days}`, value);
    }
    return ms;
}
function getEnum(spec, allowed) {
    const value = getString(spec).toLowerCase();
    if (allowed.includes(value))
        return value;
    return fail(spec, `must be one of ${allowed.join(', ')}`, value);
}
/** One item per line; blank lines and lines starting with `#` are skipped. */
function getList(spec) {
    return inputs_splitLines(getString(spec));
}
function inputs_splitLines(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/** The lines of an input that hold items (not blank, not `#` comments), with their 1-based line numbers. */
function numberedLines(text) {
    return text
        .split(/\r?\n/)
        .map((raw, index) => ({ text: raw.trim(), line: index + 1 }))
        .filter(({ text: line }) => line !== '' && !line.startsWith('#'));
}
/**
 * Lines `KEY=value` (the value may contain `=`); keys must match `keyPattern` when given. Values can be
 * secrets, so errors name the input and the line, never the value.
 */
function getMap(spec, keyPattern) {
    const entries = [];
    for (const { text: line, line: number } of numberedLines(getString(spec))) {
        const eq = line.indexOf('=');
        const key = eq < 0 ? '' : line.slice(0, eq).trim();
        if (eq <= 0 || key === '')
            fail(spec, `line ${number} must be KEY=value (the line is not shown: it may hold a secret)`);
        if (keyPattern && !keyPattern.test(key))
            fail(spec, `line ${number} has an invalid key (expected ${keyPattern.source}; the line is not shown)`);
        entries.push([key, line.slice(eq + 1)]);
    }
    return entries;
}
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** What HTTP allows in a field value: tab, visible ASCII, space and obs-text. */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
/**
 * HTTP header lines `Name: value`. `beforeParse` sees every line that has a colon before anything is
 * checked (health-wait masks credential values there, so no error can print one); errors name the
 * input, the line and at most the header name.
 */
function getHeaders(spec, beforeParse) {
    const lines = numberedLines(getString(spec));
    for (const { text } of lines) {
        const colon = text.indexOf(':');
        if (colon > 0)
            beforeParse?.(text.slice(0, colon).trim(), text.slice(colon + 1).trim());
    }
    const headers = [];
    for (const { text, line } of lines) {
        const colon = text.indexOf(':');
        const name = colon < 0 ? '' : text.slice(0, colon).trim();
        if (!HEADER_NAME.test(name)) {
            fail(spec, `line ${line} must be 'Name: value' with a header name of letters, digits and -`);
        }
        const value = text.slice(colon + 1).trim();
        if (!HEADER_VALUE.test(value)) {
            fail(spec, `line ${line}: the value of '${name}' holds a control character, which HTTP does not allow`);
        }
        headers.push([name, value]);
    }
    return headers;
}
function getStatusSet(spec) {
    const value = getString(spec);
    const set = parseStatusSet(value);
    if (!set)
        fail(spec, 'must be HTTP statuses or ranges like 200-299,304', value);
    return set;
}
/** A JavaScript regular expression (`ok` or `/ok/i`), or undefined when the input is empty. */
function getRegex(spec) {
    const value = getString(spec);
    if (value === '')
        return undefined;
    const literal = /^\/(.+)\/([imsu]*)$/s.exec(value);
    try {
        return literal ? new RegExp(literal[1], literal[2]) : new RegExp(value);
    }
    catch (error) {
        const reason = error.message.replace(/^Invalid regular expression: /, '');
        return fail(spec, `must be a valid regular expression (${reason})`);
    }
}
/** PEM text given inline, or read from the file the input names. */
function getPem(spec) {
    const value = getText(spec).trim();
    if (value === '')
        return undefined;
    if (value.includes('-----BEGIN'))
        return value;
    // Only something shaped like a path is quoted back: anything else may be key material pasted wrongly.
    const shown = /^[^\n]{1,255}$/.test(value) && !/\s/.test(value) ? ` '${value}'` : '';
    try {
        const text = readFileSync(value, 'utf8');
        if (!text.includes('-----BEGIN'))
            fail(spec, `must be PEM text or a PEM file;${shown || ' the file'} holds no PEM block`);
        return text;
    }
    catch (error) {
        if (error instanceof ConfigError)
            throw error;
        return fail(spec, `must be PEM text or the path of a PEM file; cannot read${shown || ' it as a file'}`);
    }
}
/** PEM CA certificates (inline or from a file), each one checked: garbage is an input error, not a silent no-op. */
function getCertificates(spec) {
    const pem = getPem(spec);
    if (pem === undefined)
        return undefined;
    const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
    if (blocks.length === 0)
        fail(spec, 'must hold PEM certificates (-----BEGIN CERTIFICATE-----)');
    blocks.forEach((block, index) => {
        try {
            new (nodeCrypto().X509Certificate)(block);
        }
        catch {
            fail(spec, `holds a certificate that cannot be read (certificate ${index + 1} of ${blocks.length})`);
        }
    });
    return pem;
}

;// CONCATENATED MODULE: ./actions/lockfile-check/settings.js






/** Items of a list input, one per line or separated by commas/spaces. */
function items(values) {
    return values.flatMap((line) => line.split(/[\s,]+/)).filter(Boolean);
}
function readRoot(cwd) {
    const value = getString(Inputs.Path);
    const absolute = (0,external_node_path_namespaceObject.resolve)(cwd, value);
    let isDirectory = false;
    try {
        isDirectory = (0,external_node_fs_namespaceObject.statSync)(absolute).isDirectory();
    }
    catch {
        throw new errors/* ConfigError */.xL(`input '${Inputs.Path.name}' must be an existing folder, got '${value}'`);
    }
    if (!isDirectory)
        throw new errors/* ConfigError */.xL(`input '${Inputs.Path.name}' must be a folder, not a file: '${value}'`);
    const rel = (0,external_node_path_namespaceObject.relative)(cwd, absolute);
    if ((0,external_node_path_namespaceObject.isAbsolute)(rel))
        return absolute.split(external_node_path_namespaceObject.sep).join('/');
    return rel === '' ? '.' : rel.split(external_node_path_namespaceObject.sep).join('/');
}
function readEcosystems() {
    const values = items(getList(Inputs.Ecosystems)).map((value) => value.toLowerCase());
    if (values.length === 0 || (values.length === 1 && values[0] === 'auto'))
        return [...ECOSYSTEMS];
    for (const value of values) {
        if (!ECOSYSTEMS.includes(value)) {
            throw new errors/* ConfigError */.xL(`input '${Inputs.Ecosystems.name}' must be auto or a list of ${ECOSYSTEMS.join(', ')}, got '${value}'`);
        }
    }
    return [...new Set(values)];
}
function readHosts() {
    const hosts = items(getList(Inputs.AllowedHosts)).map((host) => host.replace(/^[a-z+]+:\/\//i, '').replace(/\/.*$/, ''));
    for (const host of hosts) {
        if (!/^(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(host)) {
            throw new errors/* ConfigError */.xL(`input '${Inputs.AllowedHosts.name}' must list host names like registry.npmjs.org or *.example.com, got '${host}'`);
        }
    }
    return hosts.length ? hosts.map((host) => host.replace(/:\d+$/, '')) : undefined;
}
const SOURCES = ['registry', 'tarball', 'git', 'local'];
function readSources() {
    const values = items(getList(Inputs.AllowedSources)).map((value) => value.toLowerCase());
    for (const value of values) {
        if (!SOURCES.includes(value)) {
            throw new errors/* ConfigError */.xL(`input '${Inputs.AllowedSources.name}' must list tarball, git or local (registry is always allowed), got '${value}'`);
        }
    }
    return [...new Set(['registry', ...values])];
}
function readSettings(cwd = process.cwd()) {
    return {
        cwd,
        root: readRoot(cwd),
        ecosystems: readEcosystems(),
        native: getEnum(Inputs.Native, ['never', 'auto', 'always']),
        security: {
            allowedHosts: readHosts(),
            requireHttps: getBool(Inputs.RequireHttps),
            requireIntegrity: getBool(Inputs.RequireIntegrity),
            allowedSources: readSources(),
        },
        // `none` checks everything, test fixtures included (an empty input takes the default).
        ignore: getList(Inputs.Ignore).filter((pattern) => pattern.toLowerCase() !== 'none'),
    };
}

;// CONCATENATED MODULE: ./actions/lockfile-check/main.js








const ACTION = 'lockfile-check';
const MAX_ANNOTATIONS = 50;
async function run({ signal }) {
    const settings = readSettings();
    // process.hrtime, not performance.now(): the first use of `performance` costs a millisecond of set-up.
    const started = process.hrtime.bigint();
    const { pairs, unchecked, skipped, unlocked } = await checkTree({ ...settings, signal });
    const problems = pairs.flatMap((pair) => pair.problems);
    const status = overallStatus(problems);
    for (const pair of pairs) {
        const pairStatus = overallStatus(pair.problems);
        const native = pair.native ? `; ${pair.native}` : '';
        // An ok lockfile can still carry warnings (one the package manager does not read, a sha1-only entry).
        const warnings = pairStatus === 'ok' ? pair.problems.length : 0;
        const icon = pairStatus !== 'ok' ? '\u2716' : warnings > 0 ? '\u26a0' : '\u2714';
        const verdict = warnings > 0 ? `ok, ${warnings} warning${warnings === 1 ? '' : 's'}` : pairStatus;
        // File names come from the repository: a name holding a line break must not start a line of its own.
        shared_core/* info */.pq(oneLine(`${icon} ${pair.lockfile ?? pair.manifest} (${pair.ecosystem}): ${verdict}${native}`));
    }
    for (const other of unchecked)
        shared_core/* info */.pq(oneLine(`- ${other.path} (${other.tool}): found, not checked`));
    if (skipped)
        shared_core/* info */.pq(`${skipped} manifest or lockfile${skipped === 1 ? '' : 's'} skipped by ignore`);
    // The runner shows only the first few annotations of a step; the rest stay in the log and outputs.
    const errorsFirst = [...problems].sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'));
    for (const problem of errorsFirst.slice(0, MAX_ANNOTATIONS)) {
        annotate(problem.severity === 'error' ? 'error' : 'warning', `${problem.message} (fix: ${problem.fix})`, {
            file: problem.file,
            line: problem.line,
            title: `lockfile-check: ${problem.kind}${problem.package ? ` ${problem.package}` : ''}`,
        });
    }
    const omitted = problems.length - MAX_PROBLEMS_OUTPUT;
    if (omitted > 0)
        shared_core/* info */.pq(`the problems output holds the first ${MAX_PROBLEMS_OUTPUT} of ${problems.length} problems (errors first)`);
    if (problems.length > MAX_ANNOTATIONS) {
        const where = omitted > 0 ? 'the log above lists them all' : 'all are in the problems output';
        shared_core/* info */.pq(`${problems.length - MAX_ANNOTATIONS} more problems are not annotated; ${where}`);
    }
    setOutputs({
        [Outputs.Status]: status,
        [Outputs.Problems]: problemsJson(problems),
        [Outputs.Lockfiles]: lockfilesJson(pairs),
    });
    const elapsed = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
    await writeSummaryTable({
        heading: `lockfile-check: ${status}`,
        intro: summaryIntro(pairs.length, settings.root, elapsed, skipped, unchecked.length) +
            (omitted > 0
                ? `; ${problems.length} problems, of which the problems output holds the first ${MAX_PROBLEMS_OUTPUT} (errors first)`
                : ''),
        columns: SUMMARY_COLUMNS,
        rows: [...summaryRows(pairs), ...uncheckedRows(unchecked)],
    });
    if (status !== 'ok')
        throw new errors/* ActionFailure */.dR(failureMessage(pairs));
    if (pairs.length === 0 && unlocked.length > 0) {
        shared_core/* info */.pq(oneLine(`no lockfile to check under ${settings.root}: ${unlocked.slice(0, 5).join(', ')}${unlocked.length > 5 ? ` and ${unlocked.length - 5} more` : ''} need none (a library, no dependencies, a lockfile ignored or switched off on purpose, or a Go workspace module its workspace hashes)`));
    }
    else if (pairs.length === 0 && unchecked.length > 0) {
        shared_core/* info */.pq(`no lockfile this action checks under ${settings.root}: the ${unchecked.length} found (above) are other tools'`);
    }
    else if (pairs.length === 0)
        shared_core/* warning */.$e(`${ACTION}: no manifest or lockfile found under ${settings.root}`);
    else
        shared_core/* info */.pq(`${pairs.length} lockfile${pairs.length === 1 ? '' : 's'} in sync (${elapsed}ms)`);
}


/***/ }),

/***/ 783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  z3: () => (/* reexport */ core_js_namespaceObject.error),
  pq: () => (/* reexport */ core_js_namespaceObject.info),
  _o: () => (/* reexport */ core_js_namespaceObject.isDebug),
  lm: () => (/* reexport */ core_js_namespaceObject.notice),
  C1: () => (/* reexport */ core_js_namespaceObject.setFailed),
  uH: () => (/* reexport */ core_js_namespaceObject.setOutput),
  z: () => (/* reexport */ core_js_namespaceObject.summary),
  $e: () => (/* reexport */ core_js_namespaceObject.warning)
});

// UNUSED EXPORTS: endGroup, getState, output, saveState, setSecret, startGroup

;// CONCATENATED MODULE: external "../toolkit/core.js"
var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
const core_js_namespaceObject = x({ ["error"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.error), ["info"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.info), ["isDebug"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.isDebug), ["notice"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.notice), ["setFailed"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.setFailed), ["setOutput"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.setOutput), ["summary"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.summary), ["warning"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.warning) });
;// CONCATENATED MODULE: ./shared/core.js

/** Raw text to the step's log (a stream passed through as it comes); @actions/core writes there too. */
const output = {
    write(text) {
        process.stdout.write(text);
    },
};


/***/ }),

/***/ 952:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BI: () => (/* binding */ isExpectedError),
/* harmony export */   dR: () => (/* binding */ ActionFailure),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   oM: () => (/* binding */ AbortedError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   zf: () => (/* binding */ isAbortError)
/* harmony export */ });
/* unused harmony export describeSystemError */
/**
 * A problem the user can fix in their workflow (bad input, missing file, wrong setup).
 * Reported as one line, never with a stack trace.
 */
class ConfigError extends Error {
    name = 'ConfigError';
}
/**
 * The action did its job and the answer is "no" (service never became healthy, lockfile is stale, \u2026).
 * Reported as one line; details were already logged by the action.
 */
class ActionFailure extends Error {
    name = 'ActionFailure';
}
/** Duck-typed, so errors from another realm (vm contexts, workers) are recognised too. */
function isErrorLike(error) {
    return typeof error === 'object' && error !== null && typeof error.message === 'string';
}
/** Thrown by waits when the step is cancelled (SIGINT/SIGTERM) or an AbortSignal fires. */
class AbortedError extends Error {
    name = 'AbortError';
    constructor(message = 'cancelled') {
        super(message);
    }
}
function isAbortError(error) {
    return error instanceof AbortedError || (isErrorLike(error) && error.name === 'AbortError');
}
/** Errors whose message is the whole story: no stack, even with debug logging on. */
function isExpectedError(error) {
    return error instanceof ConfigError || error instanceof ActionFailure || error instanceof AbortedError;
}
function errorMessage(error) {
    return isErrorLike(error) ? error.message : String(error);
}
/** Node system errors (`ECONNREFUSED 127.0.0.1:8080`) rendered the way people search for them. */
function describeSystemError(error) {
    if (!isErrorLike(error))
        return String(error);
    const sys = error;
    if (error instanceof AggregateError || Array.isArray(error.errors)) {
        if (error.errors.length === 0)
            return error.message;
        // `ECONNREFUSED 127.0.0.1:80, [::1]:80` rather than the code repeated for every address tried.
        const parts = [...new Set(error.errors.map((inner) => describeSystemError(inner)))];
        const code = /^\S+ /.exec(parts[0])?.[0];
        if (code && parts.every((part) => part.startsWith(code))) {
            return code + parts.map((part) => part.slice(code.length)).join(', ');
        }
        return parts.join(', ');
    }
    if (sys.code && sys.address) {
        const host = sys.address.includes(':') ? `[${sys.address}]` : sys.address;
        return sys.port !== undefined ? `${sys.code} ${host}:${sys.port}` : `${sys.code} ${sys.address}`;
    }
    if (sys.code && !error.message.includes(sys.code))
        return `${sys.code}: ${error.message}`;
    return error.message;
}


/***/ }),

/***/ 600:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// UNUSED EXPORTS: signalGroup

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ./shared/errors.js
var errors = __nccwpck_require__(952);
;// CONCATENATED MODULE: ./shared/retry.js


/** An absolute point in time that every wait of a step is bounded by. */
class Deadline {
    totalMs;
    startedAt;
    at;
    constructor(totalMs, startedAt = Date.now()) {
        this.totalMs = totalMs;
        this.startedAt = startedAt;
        this.at = startedAt + totalMs;
    }
    remaining(now = Date.now()) {
        return Math.max(0, this.at - now);
    }
    expired(now = Date.now()) {
        return now >= this.at;
    }
    elapsed(now = Date.now()) {
        return now - this.startedAt;
    }
}
function abortReason(signal) {
    return signal.reason instanceof Error || signal.reason?.name === 'AbortError'
        ? signal.reason
        : new errors/* AbortedError */.oM();
}
/** Resolves after `ms`, or rejects as soon as `signal` aborts. Never keeps the process alive by itself. */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(abortReason(signal));
        const onAbort = () => {
            clearTimeout(timer);
            reject(abortReason(signal));
        };
        const timer = setTimer(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** Exponential backoff: initial, initial\u00d7factor, \u2026 capped at max. */
class Backoff {
    options;
    current;
    constructor(options) {
        this.options = options;
        this.current = options.initialMs;
    }
    next() {
        const { maxMs, factor = 2, jitter = 0, random = Math.random } = this.options;
        const base = Math.min(this.current, maxMs);
        this.current = Math.min(this.current * factor, maxMs);
        return Math.round(base * (1 - jitter * random()));
    }
    reset() {
        this.current = this.options.initialMs;
    }
}
/** Calls `fn` until it resolves, the deadline passes (last error is thrown) or the signal aborts. */
async function retry(fn, options) {
    const { deadline, backoff, signal, retryIf = () => true, onRetry } = options;
    for (let attempt = 1;; attempt++) {
        if (signal?.aborted)
            throw abortReason(signal);
        try {
            return await fn(attempt);
        }
        catch (error) {
            if (signal?.aborted)
                throw abortReason(signal);
            const delay = Math.min(backoff.next(), deadline.remaining());
            if (!retryIf(error) || deadline.expired() || delay <= 0)
                throw error;
            onRetry?.(error, attempt, delay);
            await sleep(delay, signal);
        }
    }
}

// EXTERNAL MODULE: ./shared/timer.js
var shared_timer = __nccwpck_require__(614);
;// CONCATENATED MODULE: ./shared/exec.js



class TailBuffer {
    max;
    chunks = [];
    size = 0;
    constructor(max) {
        this.max = max;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size > this.max && this.chunks.length > 1)
            this.size -= this.chunks.shift().length;
    }
    toString() {
        const text = this.chunks.join('');
        return text.length > this.max ? text.slice(text.length - this.max) : text;
    }
}
/** Process groups exist (and `kill(-pgid)` works) everywhere but Windows. */
const GROUPS = process.platform !== 'win32';
/** Signals the child's whole process group (its own children too), or the child alone without groups. */
function signalGroup(child, signal) {
    if (GROUPS && child.pid !== undefined) {
        try {
            process.kill(-child.pid, signal);
            return;
        }
        catch {
            // ESRCH: the group is gone already
            return;
        }
    }
    child.kill(signal);
}
/** How long a cancelled command gets between SIGTERM and SIGKILL: a cancel must end the step within 2 s. */
const CANCEL_GRACE_MS = 1000;
/** The same after a timeout, where there is no such hurry. */
const TIMEOUT_GRACE_MS = 2000;
/**
 * Runs a program without a shell, in a process group of its own. A timeout or abort sends SIGTERM to
 * the whole group (so a hook git runs, or a tool's own children, end with it), then SIGKILL; an abort
 * rejects with the signal's reason once the process is gone, a timeout resolves with `timedOut`.
 * A program that cannot be started rejects with its spawn error (ENOENT \u2026).
 */
function runCommand(file, args, options = {}) {
    const started = performance.now();
    const max = options.maxOutputBytes ?? 1024 * 1024;
    return new Promise((resolve, reject) => {
        if (options.signal?.aborted)
            return reject(abortReason(options.signal));
        const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            // Its own process group: signals reach every process the command started, and a Ctrl-C in a
            // terminal reaches the action (which then stops the group) rather than each process at random.
            detached: GROUPS,
        });
        const stdout = new TailBuffer(max);
        const stderr = new TailBuffer(max);
        let timedOut = false;
        let stopping = false;
        let killTimer;
        const stop = (graceMs) => {
            stopping = true;
            signalGroup(child, 'SIGTERM');
            killTimer = (0,shared_timer/* setTimer */.mI)(() => signalGroup(child, 'SIGKILL'), graceMs);
            killTimer.unref();
        };
        const onAbort = () => stop(CANCEL_GRACE_MS);
        const timer = options.timeoutMs
            ? (0,shared_timer/* setTimer */.mI)(() => {
                timedOut = true;
                stop(TIMEOUT_GRACE_MS);
            }, options.timeoutMs)
            : undefined;
        options.signal?.addEventListener('abort', onAbort, { once: true });
        child.stdout.setEncoding('utf8').on('data', (chunk) => {
            stdout.push(chunk);
            options.onStdout?.(chunk);
        });
        child.stderr.setEncoding('utf8').on('data', (chunk) => {
            stderr.push(chunk);
            options.onStderr?.(chunk);
        });
        child.stdin.on('error', () => { });
        child.stdin.end(options.input ?? '');
        child.on('error', (error) => {
            clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
            reject(error);
        });
        child.on('close', (exitCode, signal) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            options.signal?.removeEventListener('abort', onAbort);
            // Whatever of a stopped command's group is still there (it left our pipes) does not outlive it.
            if (stopping)
                signalGroup(child, 'SIGKILL');
            if (options.signal?.aborted)
                return reject(abortReason(options.signal));
            resolve({
                exitCode,
                signal,
                stdout: stdout.toString(),
                stderr: stderr.toString(),
                durationMs: Math.round(performance.now() - started),
                timedOut,
            });
        });
    });
}


/***/ }),

/***/ 937:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction)
/* harmony export */ });
/* unused harmony export reportError */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(783);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(952);
/* harmony import */ var _timer_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(614);



function debugEnabled() {
    return _core_js__WEBPACK_IMPORTED_MODULE_0__/* .isDebug */ ._o() || process.env.ACTIONS_STEP_DEBUG === 'true';
}
/** Reports an error as one `<action>: \u2026` line; a stack only for bugs and only in debug mode. */
function reportError(action, error, phase = 'main') {
    let message;
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isAbortError */ .zf)(error))
        message = `${action}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
    else if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isExpectedError */ .BI)(error))
        message = `${action}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
    else {
        message = `${action}: unexpected error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
        const stack = error instanceof Error ? error.stack : undefined;
        if (stack && debugEnabled())
            _core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(stack);
        else if (stack)
            _core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('(run with ACTIONS_STEP_DEBUG=true for the stack trace)');
    }
    if (phase === 'post')
        _core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message);
    else
        _core_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
}
/**
 * The one entry point of every action: wires cancellation to an AbortSignal, turns errors into a
 * one-line failure, and ends the process when the action is done.
 */
async function runAction(action, body, options = {}) {
    const { cleanupGraceMs = 10_000, exit = true, phase = 'main' } = options;
    const controller = new AbortController();
    let forceTimer;
    const onSignal = (signal) => {
        if (controller.signal.aborted) {
            _core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${action}: second ${signal}, stopping now`);
            process.exit(130);
        }
        _core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${action}: received ${signal}, cancelling and cleaning up`);
        controller.abort(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AbortedError */ .oM(`cancelled (${signal})`));
        forceTimer = (0,_timer_js__WEBPACK_IMPORTED_MODULE_2__/* .setTimer */ .mI)(() => {
            _core_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${action}: cleanup did not finish within ${cleanupGraceMs / 1000}s after ${signal}`);
            process.exit(1);
        }, cleanupGraceMs);
        forceTimer.unref();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
        await body({ signal: controller.signal });
        if (controller.signal.aborted)
            reportError(action, controller.signal.reason, phase);
    }
    catch (error) {
        reportError(action, controller.signal.aborted ? controller.signal.reason : error, phase);
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        if (forceTimer)
            clearTimeout(forceTimer);
    }
    if (exit)
        await exitAfterFlush(phase === 'post' ? 0 : (process.exitCode ?? 0));
}
/** Longest the process waits for the log to reach the runner before it exits anyway. */
const FLUSH_TIMEOUT_MS = 5_000;
/**
 * Exits once everything written to stdout and stderr has been handed to the runner: stdout is a pipe,
 * written asynchronously, and process.exit() drops what is still queued (after megabytes of remote output,
 * the end of the log and the one-line failure were lost).
 */
async function exitAfterFlush(code) {
    const flushed = (stream) => new Promise((resolve) => {
        if (!stream.writableLength)
            return resolve();
        stream.write('', () => resolve());
    });
    const timer = (0,_timer_js__WEBPACK_IMPORTED_MODULE_2__/* .setTimer */ .mI)(() => process.exit(code), FLUSH_TIMEOUT_MS);
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    clearTimeout(timer);
    process.exit(code);
}


/***/ }),

/***/ 614:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   mI: () => (/* binding */ setTimer)
/* harmony export */ });
/* unused harmony exports MAX_TIMER_MS, timerDelay */
// The one place durations become Node timers. setTimeout takes at most 2^31-1 ms (~24.8 days) and fires a
// longer delay after 1 ms instead: a `timeout: 30d` would end a wait at once. Every timer of the actions
// goes through here, and every duration input is capped far below (see MAX_DURATION_MS).
/** The longest delay setTimeout honours. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** A delay setTimeout honours: negative and NaN become 0, longer ones the maximum (never 1 ms). */
function timerDelay(ms) {
    if (!(ms > 0))
        return 0;
    return Math.min(Math.ceil(ms), MAX_TIMER_MS);
}
/** setTimeout with the delay made safe; returns the usual handle (clearTimeout, unref). */
function setTimer(callback, ms) {
    return setTimeout(callback, timerDelay(ms));
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
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
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(618);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
