import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
import * as __WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__ from "../toolkit/core.js";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_run_action_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(937);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(941);


await (0,_shared_run_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION */ .h, _main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  h: () => (/* binding */ ACTION),
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./shared/core.js + 1 modules
var shared_core = __nccwpck_require__(783);
;// CONCATENATED MODULE: ./shared/duration.js
/**
 * The longest duration an input may ask for: 5 days, the longest a (self-hosted) job may run. Far
 * below what a timer can hold, and a typo like `30d` is an input error instead of a wait that never ends.
 */
const MAX_DURATION_MS = 5 * 86_400_000;
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
/**
 * Parses `500ms`, `30s`, `5m`, `1h30m`, `1.5s`; a bare number means seconds.
 * Returns milliseconds, or undefined when the text is not a duration.
 */
function parseDuration(text) {
    const value = text.trim().toLowerCase();
    if (value === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.round(Number(value) * 1000);
    PART.lastIndex = 0;
    let total = 0;
    let consumed = 0;
    for (let match = PART.exec(value); match; match = PART.exec(value)) {
        total += Number(match[1]) * UNIT_MS[match[2]];
        consumed = PART.lastIndex;
    }
    if (consumed !== value.length || consumed === 0)
        return undefined;
    return Math.round(total);
}
/** `1234` \u2192 `1.23s`, `125000` \u2192 `2m5s`, `40` \u2192 `40ms`. */
function formatDuration(ms) {
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

// EXTERNAL MODULE: ./shared/errors.js
var errors = __nccwpck_require__(952);
;// CONCATENATED MODULE: ./shared/one-line.js
/**
 * A one-line field (title, file name, commit subject, a line of someone else's output) with CR, LF and the
 * other line breaks each turned into a space: the runner reads CR as a line end too, so a field holding
 * `\r::warning \u2026` would otherwise start a line of its own and run as a workflow command.
 */
function one_line_oneLine(text) {
    return text.replace(/\r\n|[\r\n\v\f\u0085\u2028\u2029]/g, ' ');
}

// EXTERNAL MODULE: ./shared/timer.js
var shared_timer = __nccwpck_require__(614);
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
        const timer = (0,shared_timer/* setTimer */.mI)(() => {
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
    const emit = level === 'error' ? core.error : level === 'warning' ? core.warning : core.notice;
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

;// CONCATENATED MODULE: ./actions/health-wait/inputs.js
// Generated from health-wait/action.yml by `npm run generate`. Do not edit.
const Inputs = {
    Url: { name: 'url', required: true },
    Timeout: { name: 'timeout', default: '2m' },
    Interval: { name: 'interval', default: '1s' },
    RequestTimeout: { name: 'request-timeout', default: '5s' },
    Delay: { name: 'delay', default: '0s' },
    Method: { name: 'method', default: 'GET' },
    Headers: { name: 'headers' },
    SecretHeaders: { name: 'secret-headers' },
    ExpectStatus: { name: 'expect-status', default: '200-299' },
    ExpectBody: { name: 'expect-body' },
    ExpectJson: { name: 'expect-json' },
    FollowRedirects: { name: 'follow-redirects', default: 'true' },
    ConsecutiveSuccesses: { name: 'consecutive-successes', default: '1' },
    Insecure: { name: 'insecure', default: 'false' },
    CaCert: { name: 'ca-cert' },
    WaitFor: { name: 'wait-for', default: 'up' },
};
const Outputs = {
    Ready: 'ready',
    ElapsedMs: 'elapsed-ms',
    Attempts: 'attempts',
    Status: 'status',
    Results: 'results',
};

;// CONCATENATED MODULE: ./actions/health-wait/report.js

function describeTarget(result) {
    const attempts = `${result.attempts} attempt${result.attempts === 1 ? '' : 's'}`;
    return `${result.url}: ${result.error ?? 'no check finished'} (${attempts}, ${formatDuration(result.elapsedMs)})`;
}
/** The one-line failure: `1 of 2 targets not up after 2m: http://\u2026: ECONNREFUSED 127.0.0.1:8080 (12 attempts, 2m)`. */
function failureMessage(results, waitFor, timeoutMs) {
    const failed = results.filter((result) => !result.ready);
    const count = results.length === 1 ? 'target' : `${failed.length} of ${results.length} targets`;
    return `${count} not ${waitFor} after ${formatDuration(timeoutMs)}: ${failed.map(describeTarget).join('; ')}`;
}
function summaryRows(results) {
    return results.map((result) => [
        result.url,
        result.ready ? '\u2705 ready' : '\u274c not ready',
        formatDuration(result.elapsedMs),
        String(result.attempts),
        result.status === undefined ? '' : String(result.status),
        result.error ?? '',
    ]);
}
const SUMMARY_COLUMNS = ['target', 'result', 'time', 'attempts', 'last status', 'last error'];
/** The `results` output: one object per target, without undefined fields. */
function resultsJson(results) {
    return results.map((result) => ({
        url: result.url,
        ready: result.ready,
        attempts: result.attempts,
        requests: result.requests,
        elapsedMs: result.elapsedMs,
        status: result.status ?? null,
        error: result.error ?? null,
        ...(result.leftOrigin ? { leftOrigin: result.leftOrigin } : {}),
    }));
}

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./shared/node-crypto.js
// node:crypto costs ~5 ms of start-up to load, so code that needs it only now and then loads it on first use.

const node_crypto_require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
function nodeCrypto() {
    return node_crypto_require('node:crypto');
}

;// CONCATENATED MODULE: ./shared/status-ranges.js
/** A set of HTTP status codes such as `200-299,304` or `2xx, 301`. */
class StatusSet {
    ranges;
    text;
    constructor(ranges, text) {
        this.ranges = ranges;
        this.text = text;
    }
    has(status) {
        return this.ranges.some((range) => status >= range.min && status <= range.max);
    }
    toString() {
        return this.text;
    }
}
/** Returns undefined when any part is not a status, a range `a-b` or a class `2xx`. */
function parseStatusSet(text) {
    const parts = text
        .split(/[\s,]+/)
        .map((part) => part.trim())
        .filter(Boolean);
    if (parts.length === 0)
        return undefined;
    const ranges = [];
    for (const part of parts) {
        const range = parseRange(part.toLowerCase());
        if (!range)
            return undefined;
        ranges.push(range);
    }
    return new StatusSet(ranges, parts.join(','));
}
function parseRange(part) {
    const klass = /^([1-5])xx$/.exec(part);
    if (klass)
        return { min: Number(klass[1]) * 100, max: Number(klass[1]) * 100 + 99 };
    const range = /^(\d{3})(?:-(\d{3}))?$/.exec(part);
    if (!range)
        return undefined;
    const min = Number(range[1]);
    const max = range[2] === undefined ? min : Number(range[2]);
    if (min < 100 || max > 599 || min > max)
        return undefined;
    return { min, max };
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
    return splitLines(getString(spec));
}
function splitLines(text) {
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
        const text = (0,external_node_fs_namespaceObject.readFileSync)(value, 'utf8');
        if (!text.includes('-----BEGIN'))
            fail(spec, `must be PEM text or a PEM file;${shown || ' the file'} holds no PEM block`);
        return text;
    }
    catch (error) {
        if (error instanceof errors/* ConfigError */.xL)
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

;// CONCATENATED MODULE: ./shared/mask.js


function register(secret) {
    registerSecret(secret);
    shared_core/* setSecret */.Pq(secret);
}
/** Registers a secret with the runner; each line too, since the runner masks line by line. */
function maskSecret(value) {
    if (!value)
        return;
    const trimmed = value.trim();
    if (trimmed.length < 3)
        return;
    register(trimmed);
    const lines = trimmed.split(/\r?\n/).map((line) => line.trim());
    if (lines.length > 1)
        for (const line of lines)
            if (line.length >= 3)
                register(line);
}
const CREDENTIAL_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie)$|token|secret|key|pass|auth|session|signature/i;
const CREDENTIAL_VALUE = /^(bearer|basic|token|digest)\s+\S/i;
/** Whether a header carries a credential (by its name or by the shape of its value). */
function looksLikeCredential(name, value) {
    return CREDENTIAL_HEADER.test(name) || CREDENTIAL_VALUE.test(value);
}
/**
 * Masks the credential part of header values; `Bearer abc` masks `abc` as well as the whole value.
 * `all`: every header given is a credential (the caller decided, e.g. from a list of secret names).
 */
function maskHeaderCredentials(headers, all = false) {
    for (const [name, value] of headers) {
        if (!all && !looksLikeCredential(name, value))
            continue;
        maskSecret(value);
        const scheme = CREDENTIAL_VALUE.exec(value);
        if (scheme)
            maskSecret(value.slice(scheme[1].length).trim());
    }
}

;// CONCATENATED MODULE: ./shared/probes/expect.js
/** Parses `checks.db`, `items[0].name`, `a\.b` (a key containing a dot). Undefined when malformed. */
function parseJsonPath(path) {
    const segments = [];
    let key = '';
    let keyOpen = false;
    for (let i = 0; i < path.length; i++) {
        const char = path[i];
        if (char === '\\' && i + 1 < path.length) {
            key += path[++i];
            keyOpen = true;
        }
        else if (char === '.') {
            if (!keyOpen)
                return undefined;
            segments.push(key);
            key = '';
            keyOpen = false;
        }
        else if (char === '[') {
            const close = path.indexOf(']', i);
            const index = path.slice(i + 1, close);
            if (close < 0 || !/^\d+$/.test(index))
                return undefined;
            if (keyOpen)
                segments.push(key);
            segments.push(Number(index));
            key = '';
            keyOpen = false;
            i = close;
            if (path[i + 1] === '.') {
                i++;
                if (i + 1 >= path.length)
                    return undefined;
            }
        }
        else {
            key += char;
            keyOpen = true;
        }
    }
    if (keyOpen)
        segments.push(key);
    else if (path.endsWith('.') || segments.length === 0)
        return undefined;
    return segments;
}
/** `version=abc` \u2192 expectation; undefined when the line has no `=` or a malformed path. */
function parseJsonExpectation(line) {
    const eq = line.indexOf('=');
    if (eq <= 0)
        return undefined;
    const path = line.slice(0, eq).trim();
    const segments = parseJsonPath(path);
    if (!segments)
        return undefined;
    return { path, segments, expected: line.slice(eq + 1).trim() };
}
function render(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function matches(actual, expected) {
    if (typeof actual === 'string') {
        return actual === expected || (/^".*"$/.test(expected) && JSON.stringify(actual) === expected);
    }
    if (actual !== null && typeof actual === 'object') {
        try {
            return JSON.stringify(actual) === JSON.stringify(JSON.parse(expected));
        }
        catch {
            return false;
        }
    }
    return String(actual) === expected;
}
function shorten(text, max = 80) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    return oneLine.length > max ? `${oneLine.slice(0, max - 3)}...` : oneLine;
}
/** Why the JSON document does not meet the expectations, or undefined when it does. */
function checkJson(body, expectations) {
    let document;
    try {
        document = JSON.parse(body);
    }
    catch {
        return `body is not JSON: ${shorten(body, 60) || '(empty)'}`;
    }
    for (const expectation of expectations) {
        let value = document;
        for (const segment of expectation.segments) {
            value =
                value !== null && typeof value === 'object'
                    ? value[segment]
                    : undefined;
        }
        if (value === undefined)
            return `${expectation.path} is missing, expected ${expectation.expected}`;
        if (!matches(value, expectation.expected)) {
            return `${expectation.path} was ${shorten(render(value))}, expected ${expectation.expected}`;
        }
    }
    return undefined;
}
/** Why the response fails the expectations (`status 503`, `body did not match /ok/`), or undefined. */
function checkHttpResponse(result, expectations) {
    if (result.error)
        return result.status ? `status ${result.status}, then ${result.error}` : result.error;
    const status = result.status ?? 0;
    if (!expectations.status.has(status))
        return `status ${status} (expected ${expectations.status})`;
    const body = result.body ?? '';
    if (expectations.body && !expectations.body.test(body)) {
        return `body did not match /${expectations.body.source}/: ${shorten(body, 60) || '(empty)'}`;
    }
    if (expectations.json?.length)
        return checkJson(body, expectations.json);
    return undefined;
}

;// CONCATENATED MODULE: ./shared/url-credentials.js
// URLs with credentials in them (`https://deployer:pa55@host/`, `https://x-access-token:TOKEN@github.com/\u2026`):
// the userinfo is registered as a secret before the URL is shown anywhere, and every place that shows a
// URL shows it with the userinfo masked.

/** `scheme://userinfo@`: the userinfo ends at the last `@` before the path. */
const WITH_USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)@/i;
function decoded(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** The user name and password of a URL as written (and decoded), without parsing the rest of it. */
function urlCredentials(url) {
    const match = WITH_USERINFO.exec(url.trim());
    if (!match)
        return undefined;
    const userinfo = match[2];
    const colon = userinfo.indexOf(':');
    if (colon < 0)
        return userinfo === '' ? undefined : { user: userinfo };
    return { user: userinfo.slice(0, colon), password: userinfo.slice(colon + 1) };
}
/**
 * Registers the secret part of a URL's userinfo with the runner and the output redaction: the password,
 * or a lone user name (where tokens go: `https://TOKEN@github.com`). Raw and percent-decoded.
 */
function maskUrlCredentials(url) {
    const credentials = urlCredentials(url);
    if (!credentials)
        return;
    const secret = credentials.password ?? credentials.user;
    if (secret === '')
        return;
    maskSecret(secret);
    maskSecret(decoded(secret));
    maskSecret(encodeURIComponent(decoded(secret)));
}
/** Every line of a multi-line input that holds URLs (health-wait `url`). */
function maskUrlCredentialsIn(text) {
    for (const line of text.split(/\r?\n/))
        maskUrlCredentials(line);
}
/** The URL as it may be shown: `https://deployer:***@host/`, `https://***@github.com/\u2026`. */
function displayUrl(url) {
    const credentials = urlCredentials(url);
    if (!credentials)
        return url;
    const shown = credentials.password === undefined ? '***' : `${credentials.user}:***`;
    return url.trim().replace(WITH_USERINFO, (_, scheme) => `${scheme}${shown}@`);
}
/** Whether the URL carries credentials. */
function hasUrlCredentials(url) {
    return urlCredentials(url) !== undefined;
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./actions/health-wait/targets.js


const SCHEMES = 'http://, https://, tcp://host:port, unix:///path.sock or file:///path';
const TCP_FORMAT = (raw) => `must be tcp://host:port with a port from 1 to 65535, got '${raw}'`;
/** Parses one `url` line; returns the reason (no input name) when it is not a target. */
function parseTarget(line) {
    // What is shown of the target everywhere (log, outputs, summary): its password masked.
    const raw = displayUrl(line);
    const bareHostPort = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+):(\d+)(\/.*)?$/i.exec(raw);
    if (bareHostPort && !/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
        return `needs a scheme: '${raw}' (did you mean http://${raw} or tcp://${bareHostPort[1]}:${bareHostPort[2]}?)`;
    }
    let url;
    try {
        url = new URL(line);
    }
    catch {
        if (/^tcp:/i.test(raw))
            return TCP_FORMAT(raw);
        return `must be a URL like http://localhost:8080/health (${SCHEMES}), got '${raw}'`;
    }
    switch (url.protocol) {
        case 'http:':
        case 'https:':
            if (!url.hostname)
                return `has no host: '${raw}'`;
            return { kind: 'http', raw, url };
        case 'tcp:': {
            const port = Number(url.port);
            if (!url.hostname || !url.port || !(port > 0 && port < 65536)) {
                return TCP_FORMAT(raw);
            }
            return { kind: 'tcp', raw, host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port };
        }
        case 'unix:': {
            const path = decodeURIComponent(url.pathname);
            if (url.hostname || !path.startsWith('/'))
                return `must be unix:///absolute/path.sock, got '${raw}'`;
            return { kind: 'unix', raw, path };
        }
        case 'file:':
            if (url.hostname)
                return `must be file:///absolute/path, got '${raw}'`;
            return { kind: 'file', raw, path: (0,external_node_url_namespaceObject.fileURLToPath)(url) };
        default:
            return `has unsupported scheme '${url.protocol}' in '${raw}' (expected ${SCHEMES})`;
    }
}

;// CONCATENATED MODULE: ./actions/health-wait/settings.js








function readTargets() {
    // Registered before a URL can appear in any message: `http://user:password@host/` shows as `user:***`.
    maskUrlCredentialsIn(getString(Inputs.Url));
    return getList(Inputs.Url).map((line) => {
        const target = parseTarget(line);
        if (typeof target === 'string')
            throw new errors/* ConfigError */.xL(`input '${Inputs.Url.name}' ${target}`);
        return target;
    });
}
function readJsonExpectations() {
    return getList(Inputs.ExpectJson).map((line) => {
        const expectation = parseJsonExpectation(line);
        if (!expectation) {
            throw new errors/* ConfigError */.xL(`input '${Inputs.ExpectJson.name}' must have lines like 'checks.db=ok' or 'items[0].state=ready', got '${line}'`);
        }
        return expectation;
    });
}
function readSettings() {
    const targets = readTargets();
    if (targets.length === 0)
        throw new errors/* ConfigError */.xL(`input '${Inputs.Url.name}' is required`);
    const timeoutMs = getDuration(Inputs.Timeout, { min: 1 });
    const delayMs = getDuration(Inputs.Delay);
    if (delayMs >= timeoutMs) {
        throw new errors/* ConfigError */.xL(`input '${Inputs.Delay.name}' (${formatDuration(delayMs)}) must be shorter than '${Inputs.Timeout.name}' (${formatDuration(timeoutMs)})`);
    }
    const method = getString(Inputs.Method).toUpperCase();
    if (!/^[A-Z]+$/.test(method)) {
        throw new errors/* ConfigError */.xL(`input '${Inputs.Method.name}' must be an HTTP method like GET or HEAD, got '${method}'`);
    }
    const secretHeaders = getList(Inputs.SecretHeaders);
    const secret = new Set(secretHeaders.map((name) => name.toLowerCase()));
    // Credential values are masked before the lines are checked, so not even an error can show one.
    const headers = getHeaders(Inputs.Headers, (name, value) => {
        if (secret.has(name.toLowerCase()) || looksLikeCredential(name, value))
            maskHeaderCredentials([[name, value]], true);
    });
    const http = {
        method,
        headers,
        secretHeaders,
        expectStatus: getStatusSet(Inputs.ExpectStatus),
        expectBody: getRegex(Inputs.ExpectBody),
        expectJson: readJsonExpectations(),
        followRedirects: getBool(Inputs.FollowRedirects),
        insecure: getBool(Inputs.Insecure),
        ca: getCertificates(Inputs.CaCert),
    };
    const unusedHttpInputs = [];
    if (!targets.some((target) => target.kind === 'http')) {
        const setByUser = [
            Inputs.Headers,
            Inputs.SecretHeaders,
            Inputs.ExpectBody,
            Inputs.ExpectJson,
            Inputs.CaCert,
        ].filter((spec) => getString(spec) !== '');
        unusedHttpInputs.push(...setByUser.map((spec) => spec.name));
    }
    return {
        targets,
        timeoutMs,
        intervalMs: getDuration(Inputs.Interval, { min: 10 }),
        requestTimeoutMs: getDuration(Inputs.RequestTimeout, { min: 1 }),
        delayMs,
        consecutiveSuccesses: getInt(Inputs.ConsecutiveSuccesses, { min: 1, max: 1000 }),
        waitFor: getEnum(Inputs.WaitFor, ['up', 'down']),
        http,
        unusedHttpInputs,
    };
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:dns/promises"
const external_node_dns_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");
;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: ./shared/probes/address.js


/**
 * The addresses to try for a host. `localhost` is both loopbacks, whatever /etc/hosts says, so a
 * service listening only on ::1 (or only on 127.0.0.1) is found either way.
 */
async function hostCandidates(host) {
    const bare = host.replace(/^\[(.*)\]$/, '$1');
    if (bare.toLowerCase() === 'localhost' || bare.toLowerCase().endsWith('.localhost'))
        return ['127.0.0.1', '::1'];
    if ((0,external_node_net_namespaceObject.isIP)(bare))
        return [bare];
    const addresses = await (0,external_node_dns_promises_namespaceObject.lookup)(bare, { all: true, verbatim: true });
    return [...new Set(addresses.map((entry) => entry.address))];
}
function formatHostPort(address, port) {
    return `${address.includes(':') ? `[${address}]` : address}:${port}`;
}
function isLoopback(address) {
    return address === '::1' || address.startsWith('127.');
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
;// CONCATENATED MODULE: ./shared/probes/http.js










/** Headers that always carry credentials, whatever their value. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie']);
function isCredentialHeader(name, value, secret) {
    const lower = name.toLowerCase();
    return CREDENTIAL_HEADERS.has(lower) || secret.has(lower) || looksLikeCredential(name, value);
}
const TLS_HINTS = {
    DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed certificate',
    SELF_SIGNED_CERT_IN_CHAIN: 'self-signed certificate in the chain',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'certificate issuer unknown',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'certificate issuer unknown',
    CERT_HAS_EXPIRED: 'certificate expired',
    ERR_TLS_CERT_ALTNAME_INVALID: 'certificate does not match the host name',
};
/** `TLS: self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT)` for certificate errors, else the system error. */
function describeHttpError(error) {
    const code = error?.code;
    if (code && TLS_HINTS[code])
        return `TLS: ${TLS_HINTS[code]} (${code})`;
    return (0,errors/* describeSystemError */.Zo)(error);
}
function isTlsVerificationError(code) {
    return code !== undefined && code in TLS_HINTS;
}
class ProbeTimeout extends Error {
    code = 'ETIMEDOUT';
}
/**
 * One HTTP exchange (plus redirects) bounded by `timeoutMs`. Rejects only when `signal` aborts.
 * A redirect that leaves the origin (another scheme, host or port, https \u2192 http included) drops the
 * credential headers for the rest of the exchange, as curl and browsers do; a redirect to anything but
 * http(s) is a failed exchange that says so.
 */
async function probeHttp(url, options) {
    const started = performance.now();
    const deadline = Date.now() + options.timeoutMs;
    const maxRedirects = options.followRedirects === false ? 0 : (options.maxRedirects ?? 10);
    const origin = new URL(url);
    const secret = new Set((options.secretHeaders ?? []).map((name) => name.toLowerCase()));
    let current = origin;
    let headers = options.headers;
    let method = (options.method ?? 'GET').toUpperCase();
    let connected = false;
    let leftOrigin;
    let droppedHeaders;
    const result = (exchange, at) => ({
        ...exchange,
        url: displayUrl(at.toString()),
        connected,
        durationMs: Math.round(performance.now() - started),
        ...(leftOrigin ? { leftOrigin, droppedHeaders } : {}),
    });
    for (let redirects = 0;; redirects++) {
        const exchange = await requestOnce(current, method, {
            ...options,
            headers,
            timeoutMs: deadline - Date.now(),
        });
        connected ||= exchange.connected;
        const location = exchange.headers?.location;
        const status = exchange.status ?? 0;
        if (exchange.error || status < 300 || status > 399 || !location || redirects >= maxRedirects) {
            return result(exchange, current);
        }
        let next;
        try {
            next = new URL(location, current);
        }
        catch {
            return result({ ...exchange, error: `status ${status} redirects to an invalid URL`, code: 'EREDIRECT' }, current);
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
            const shown = one_line_oneLine(displayUrl(next.toString())).slice(0, 200);
            return result({
                ...exchange,
                error: `status ${status} redirects to ${shown}: only http and https redirects are followed`,
                code: 'EREDIRECT',
            }, current);
        }
        if (next.origin !== origin.origin && leftOrigin === undefined) {
            leftOrigin = next.origin;
            const kept = (headers ?? []).filter(([name, value]) => !isCredentialHeader(name, value, secret));
            droppedHeaders = (headers ?? [])
                .filter(([name, value]) => isCredentialHeader(name, value, secret))
                .map(([name]) => name);
            headers = kept;
        }
        current = next;
        if (status === 303 || ((status === 301 || status === 302) && method === 'POST'))
            method = 'GET';
    }
}
async function requestOnce(url, method, options) {
    if (options.signal?.aborted)
        throw abortReason(options.signal);
    if (options.timeoutMs <= 0)
        return { error: 'no time left for the request', code: 'ETIMEDOUT', connected: false };
    const maxBody = options.maxBodyBytes ?? 64 * 1024;
    let candidates;
    try {
        candidates = await hostCandidates(url.hostname);
    }
    catch (error) {
        return {
            error: (0,errors/* describeSystemError */.Zo)(error),
            code: error.code,
            connected: false,
        };
    }
    if (options.preferAddress && candidates.includes(options.preferAddress)) {
        candidates = [
            options.preferAddress,
            ...candidates.filter((address) => address !== options.preferAddress),
        ];
    }
    const lookup = (_host, lookupOptions, callback) => {
        const entries = candidates.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
        if (lookupOptions.all)
            callback(null, entries);
        else
            callback(null, entries[0].address, entries[0].family);
    };
    const isHttps = url.protocol === 'https:';
    const headers = { 'user-agent': 'ci-kit', 'accept-encoding': 'identity' };
    for (const [name, value] of options.headers ?? [])
        headers[name.toLowerCase()] = value;
    return new Promise((resolve, reject) => {
        let connected = false;
        let settled = false;
        let phase = 'connect';
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
            request.destroy();
            resolve(result);
        };
        const onAbort = () => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            request.destroy();
            reject(abortReason(options.signal));
        };
        const transport = isHttps ? external_node_https_namespaceObject : external_node_http_namespaceObject;
        const requestOptions = {
            method,
            headers,
            agent: false,
            lookup: lookup,
            autoSelectFamily: candidates.length > 1,
            ...(isHttps
                ? {
                    rejectUnauthorized: !options.insecure,
                    ...(options.ca ? { ca: [...external_node_tls_namespaceObject.rootCertificates, options.ca] } : {}),
                }
                : {}),
        };
        const request = transport.request(url, requestOptions);
        const timer = (0,shared_timer/* setTimer */.mI)(() => {
            const message = phase === 'connect'
                ? `connect timeout after ${options.timeoutMs}ms`
                : phase === 'response'
                    ? `no response within ${options.timeoutMs}ms`
                    : `body not complete within ${options.timeoutMs}ms`;
            const error = new ProbeTimeout(message);
            finish({ error: message, code: error.code, connected });
        }, options.timeoutMs);
        options.signal?.addEventListener('abort', onAbort, { once: true });
        request.on('socket', (socket) => {
            socket.once(isHttps ? 'secureConnect' : 'connect', () => {
                connected = true;
                phase = 'response';
            });
        });
        request.on('error', (error) => {
            finish({ error: describeHttpError(error), code: error.code, connected });
        });
        request.on('response', (response) => {
            connected = true;
            phase = 'body';
            const chunks = [];
            let size = 0;
            const done = () => finish({
                status: response.statusCode,
                headers: response.headers,
                body: Buffer.concat(chunks).toString('utf8'),
                connected,
            });
            response.on('data', (chunk) => {
                if (size >= maxBody)
                    return;
                chunks.push(chunk.subarray(0, maxBody - size));
                size += chunk.length;
                if (size >= maxBody)
                    done();
            });
            response.on('end', done);
            response.on('error', (error) => finish({ status: response.statusCode, error: describeHttpError(error), code: error.code, connected }));
        });
        request.end();
    });
}

;// CONCATENATED MODULE: ./shared/probes/tcp.js





class ConnectTimeout extends Error {
    code = 'ETIMEDOUT';
}
/**
 * Opens (and at once closes) a connection. Every candidate address is tried at the same time;
 * the first to accept wins. Rejects only when `signal` aborts.
 */
async function probeTcp(target, options) {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    if (options.signal?.aborted)
        throw abortReason(options.signal);
    let addresses;
    try {
        addresses = target.path
            ? [target.path]
            : (options.candidates ?? (await hostCandidates(target.host ?? 'localhost')));
    }
    catch (error) {
        return {
            ok: false,
            error: (0,errors/* describeSystemError */.Zo)(error),
            code: error.code,
            durationMs: elapsed(),
        };
    }
    const sockets = [];
    const attempts = addresses.map((address) => new Promise((resolve, reject) => {
        const socket = target.path
            ? (0,external_node_net_namespaceObject.connect)({ path: address })
            : (0,external_node_net_namespaceObject.connect)({ host: address, port: target.port });
        sockets.push(socket);
        socket.once('connect', () => resolve(address));
        socket.once('error', (error) => {
            if (target.path && !('address' in error))
                Object.assign(error, { address });
            reject(error);
        });
    }));
    let timer;
    let onAbort;
    const stop = new Promise((_, reject) => {
        timer = (0,shared_timer/* setTimer */.mI)(() => {
            const where = target.path ?? formatHostPort(addresses[0], target.port);
            reject(new ConnectTimeout(`connect timeout after ${options.timeoutMs}ms to ${where}`));
        }, options.timeoutMs);
        onAbort = () => reject(abortReason(options.signal));
        options.signal?.addEventListener('abort', onAbort, { once: true });
    });
    try {
        const address = await Promise.race([Promise.any(attempts), stop]);
        return { ok: true, address, durationMs: elapsed() };
    }
    catch (error) {
        if (options.signal?.aborted)
            throw abortReason(options.signal);
        const first = Array.isArray(error.errors)
            ? error.errors[0]
            : error;
        return {
            ok: false,
            error: (0,errors/* describeSystemError */.Zo)(error),
            code: first?.code,
            durationMs: elapsed(),
        };
    }
    finally {
        clearTimeout(timer);
        if (onAbort)
            options.signal?.removeEventListener('abort', onAbort);
        for (const socket of sockets)
            socket.destroy();
        for (const attempt of attempts)
            attempt.catch(() => { });
    }
}

;// CONCATENATED MODULE: ./actions/health-wait/check.js





/** Polls one target: connect checks while the port is closed, then full HTTP checks. */
class TargetChecker {
    target;
    http;
    portOpen = false;
    address;
    loopback;
    constructor(target, http) {
        this.target = target;
        this.http = http;
    }
    /** Whether a refused connection here is cheap enough to poll every few milliseconds. */
    async isLocal() {
        if (this.loopback === undefined) {
            const host = this.target.kind === 'http'
                ? this.target.url.hostname
                : this.target.kind === 'tcp'
                    ? this.target.host
                    : '';
            try {
                this.loopback = host === '' || (await hostCandidates(host)).every(isLoopback);
            }
            catch {
                this.loopback = false;
            }
        }
        return this.loopback;
    }
    async check(timeoutMs, signal) {
        switch (this.target.kind) {
            case 'file':
                return this.checkFile(this.target.path);
            case 'unix':
                return this.checkConnect({ path: this.target.path }, timeoutMs, signal);
            case 'tcp':
                return this.checkConnect({ host: this.target.host, port: this.target.port }, timeoutMs, signal);
            case 'http':
                return this.checkHttp(this.target.url, timeoutMs, signal);
        }
    }
    async checkFile(path) {
        try {
            const info = await (0,promises_namespaceObject.stat)(path);
            return {
                pass: true,
                detail: info.isDirectory() ? 'directory exists' : 'file exists',
                closed: false,
                probes: 1,
                requests: 0,
            };
        }
        catch (error) {
            const code = error.code ?? 'error';
            return { pass: false, detail: `${code} ${path}`, closed: code === 'ENOENT', probes: 1, requests: 0 };
        }
    }
    async checkConnect(where, timeoutMs, signal) {
        const result = await probeTcp(where, { timeoutMs, signal });
        const detail = result.ok ? `accepting connections on ${result.address}` : result.error;
        const closed = !result.ok && (result.code === 'ECONNREFUSED' || result.code === 'ENOENT');
        return { pass: result.ok, detail, closed, timedOut: result.code === 'ETIMEDOUT', probes: 1, requests: 0 };
    }
    async checkHttp(url, timeoutMs, signal) {
        let probes = 0;
        if (!this.portOpen) {
            const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
            const connect = await probeTcp({ host: url.hostname, port }, { timeoutMs, signal });
            probes++;
            if (!connect.ok) {
                const closed = connect.code === 'ECONNREFUSED';
                const timedOut = connect.code === 'ETIMEDOUT';
                return { pass: false, detail: connect.error, closed, timedOut, probes, requests: 0 };
            }
            this.portOpen = true;
            this.address = connect.address;
        }
        const response = await probeHttp(url.toString(), {
            method: this.http.method,
            headers: this.http.headers,
            timeoutMs,
            signal,
            followRedirects: this.http.followRedirects,
            insecure: this.http.insecure,
            ca: this.http.ca,
            preferAddress: this.address,
            secretHeaders: this.http.secretHeaders,
        });
        probes++;
        if (!response.connected)
            this.portOpen = false;
        let failure = checkHttpResponse(response, {
            status: this.http.expectStatus,
            body: this.http.expectBody,
            json: this.http.expectJson,
        });
        if (isTlsVerificationError(response.code))
            failure += '; trust it with ca-cert (or insecure: true)';
        const left = response.leftOrigin
            ? ` (redirected to ${response.leftOrigin}${response.droppedHeaders?.length ? `, without ${response.droppedHeaders.join(', ')}` : ''})`
            : '';
        return {
            pass: failure === undefined,
            detail: `${failure ?? `status ${response.status}`}${left}`,
            ...(response.leftOrigin ? { leftOrigin: response.leftOrigin } : {}),
            closed: false,
            status: response.status,
            probes,
            timedOut: response.code === 'ETIMEDOUT',
            requests: 1,
        };
    }
}

;// CONCATENATED MODULE: ./actions/health-wait/wait.js




/** While a local port refuses connections, connect checks cost microseconds: poll this often. */
const LOCAL_CONNECT_POLL_MS = 10;
/** Retries after failed checks: every 250 ms (wait-on's pace) for the first 5 s, then doubling up to interval. */
const STEADY_RETRY_MS = 250;
const STEADY_RETRIES = 20;
/**
 * The pause after the n-th failed check in a row (n \u2265 1), never above `interval`. Most services warm up
 * within seconds, so those are polled at a steady pace; a long warm-up is then left alone.
 */
function retryDelayMs(failures, intervalMs) {
    const delay = STEADY_RETRY_MS * 2 ** Math.max(0, failures - STEADY_RETRIES);
    return Math.min(delay, intervalMs);
}
/** Polls every target at once until all reach the wanted state or the deadline passes. */
async function waitForTargets(options) {
    const results = options.targets.map((target) => ({
        url: target.raw,
        ready: false,
        attempts: 0,
        requests: 0,
        elapsedMs: 0,
    }));
    const watchdog = new AbortController();
    const stopAll = AbortSignal.any([options.signal, watchdog.signal]);
    // A last guard: whatever a probe does, the wait ends within a moment of the deadline.
    const guard = (0,shared_timer/* setTimer */.mI)(() => watchdog.abort(), options.deadline.remaining() + 500);
    try {
        await Promise.all(options.targets.map((target, index) => watchTarget(target, results[index], options, stopAll)));
    }
    catch (error) {
        if (options.signal.aborted || !(0,errors/* isAbortError */.zf)(error))
            throw error;
    }
    finally {
        clearTimeout(guard);
    }
    return results;
}
async function watchTarget(target, result, options, signal) {
    const { deadline, waitFor, intervalMs } = options;
    const checker = new TargetChecker(target, options.http);
    const local = await checker.isLocal();
    let failures = 0;
    let streak = 0;
    let lastDetail = '';
    if (options.delayMs > 0)
        await sleep(Math.min(options.delayMs, deadline.remaining()), signal);
    while (!deadline.expired()) {
        const budget = Math.min(options.requestTimeoutMs, deadline.remaining());
        const outcome = await checker.check(budget, signal);
        result.attempts += outcome.probes;
        result.requests += outcome.requests;
        // A probe cut short by the deadline says nothing about the target: keep the last verdict.
        if (outcome.timedOut && budget < options.requestTimeoutMs) {
            result.error ??=
                waitFor === 'up' ? outcome.detail : `no verdict before the deadline (${outcome.detail})`;
            break;
        }
        if (outcome.status !== undefined)
            result.status = outcome.status;
        if (outcome.leftOrigin)
            result.leftOrigin = outcome.leftOrigin;
        result.elapsedMs = deadline.elapsed();
        const wanted = waitFor === 'up' ? outcome.pass : !outcome.pass;
        const detail = waitFor === 'up' || wanted ? outcome.detail : `still up (${outcome.detail})`;
        result.error = wanted ? undefined : detail;
        if (wanted && ++streak >= options.consecutiveSuccesses) {
            result.ready = true;
            options.onEvent?.({
                target,
                ready: true,
                detail,
                attempts: result.attempts,
                elapsedMs: result.elapsedMs,
            });
            return;
        }
        if (!wanted)
            streak = 0;
        if (detail !== lastDetail) {
            lastDetail = detail;
            options.onEvent?.({
                target,
                ready: false,
                detail,
                attempts: result.attempts,
                elapsedMs: result.elapsedMs,
            });
        }
        let pause;
        if (wanted)
            pause = intervalMs;
        else if (outcome.closed && waitFor === 'up' && local)
            pause = LOCAL_CONNECT_POLL_MS;
        else
            pause = retryDelayMs(++failures, intervalMs);
        const remaining = deadline.remaining();
        if (remaining <= 0)
            break;
        await sleep(Math.min(pause, remaining), signal);
    }
    result.elapsedMs = deadline.elapsed();
}

;// CONCATENATED MODULE: ./actions/health-wait/main.js










const ACTION = 'health-wait';
function logEvent(event) {
    const when = `+${formatDuration(event.elapsedMs)}`;
    const attempts = `${event.attempts} attempt${event.attempts === 1 ? '' : 's'}`;
    // The detail can quote the service's answer (a body, a redirect target): one line, whatever it holds.
    if (event.ready)
        shared_core/* info */.pq(one_line_oneLine(`\u2714 ${event.target.raw} ready: ${event.detail} (${when}, ${attempts})`));
    else
        shared_core/* info */.pq(one_line_oneLine(`\u2026 ${event.target.raw}: ${event.detail} (${when})`));
}
async function run({ signal }) {
    const settings = readSettings();
    const deadline = new Deadline(settings.timeoutMs);
    if (settings.unusedHttpInputs.length) {
        shared_core/* warning */.$e(`${ACTION}: ${settings.unusedHttpInputs.join(', ')} only apply to http(s) targets and are ignored`);
    }
    if (settings.http.insecure)
        shared_core/* warning */.$e(`${ACTION}: TLS certificates are not verified (insecure: true)`);
    const plural = settings.targets.length === 1 ? 'target' : `${settings.targets.length} targets`;
    shared_core/* info */.pq(`Waiting for ${plural} to be ${settings.waitFor} (timeout ${formatDuration(settings.timeoutMs)}, interval ${formatDuration(settings.intervalMs)})`);
    const results = await waitForTargets({ ...settings, deadline, signal, onEvent: logEvent });
    for (const result of results) {
        if (result.leftOrigin) {
            shared_core/* warning */.$e(`${ACTION}: ${result.url} redirected to another origin, ${result.leftOrigin}; credential headers were not sent there`);
        }
    }
    const ready = results.every((result) => result.ready);
    const firstHttp = results.find((_, index) => settings.targets[index].kind === 'http');
    setOutputs({
        [Outputs.Ready]: ready,
        [Outputs.ElapsedMs]: Math.max(...results.map((result) => result.elapsedMs)),
        [Outputs.Attempts]: results.reduce((sum, result) => sum + result.attempts, 0),
        [Outputs.Status]: firstHttp?.status ?? '',
        [Outputs.Results]: resultsJson(results),
    });
    await writeSummaryTable({
        heading: `health-wait: ${ready ? 'all targets' : 'not all targets'} ${settings.waitFor}`,
        columns: SUMMARY_COLUMNS,
        rows: summaryRows(results),
    });
    if (!ready)
        throw new errors/* ActionFailure */.dR(failureMessage(results, settings.waitFor, settings.timeoutMs));
    shared_core/* info */.pq(`${results.length === 1 ? 'Target' : `All ${results.length} targets`} ${settings.waitFor} after ${formatDuration(deadline.elapsed())}`);
}


/***/ }),

/***/ 783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  pq: () => (/* reexport */ core_js_namespaceObject.info),
  _o: () => (/* reexport */ core_js_namespaceObject.isDebug),
  C1: () => (/* reexport */ core_js_namespaceObject.setFailed),
  uH: () => (/* reexport */ core_js_namespaceObject.setOutput),
  Pq: () => (/* reexport */ core_js_namespaceObject.setSecret),
  z: () => (/* reexport */ core_js_namespaceObject.summary),
  $e: () => (/* reexport */ core_js_namespaceObject.warning)
});

// UNUSED EXPORTS: endGroup, error, getState, notice, output, saveState, startGroup

;// CONCATENATED MODULE: external "../toolkit/core.js"
var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
const core_js_namespaceObject = x({ ["info"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.info), ["isDebug"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.isDebug), ["setFailed"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.setFailed), ["setOutput"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.setOutput), ["setSecret"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.setSecret), ["summary"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.summary), ["warning"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.warning) });
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
/* harmony export */   Zo: () => (/* binding */ describeSystemError),
/* harmony export */   dR: () => (/* binding */ ActionFailure),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   oM: () => (/* binding */ AbortedError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   zf: () => (/* binding */ isAbortError)
/* harmony export */ });
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
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
