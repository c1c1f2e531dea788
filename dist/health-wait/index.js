import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
import * as __WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__ from "../toolkit/core.js";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_run_action_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(937);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(731);


await (0,_shared_run_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION */ .h, _main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 731:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  h: () => (/* binding */ ACTION),
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./shared/core.js + 1 modules
var shared_core = __nccwpck_require__(783);
;// CONCATENATED MODULE: ./shared/duration.js
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
/** `1234` → `1.23s`, `125000` → `2m5s`, `40` → `40ms`. */
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
;// CONCATENATED MODULE: ./shared/mask.js

/** Registers a secret with the runner; each line too, since the runner masks line by line. */
function maskSecret(value) {
    if (!value)
        return;
    const trimmed = value.trim();
    if (trimmed.length < 3)
        return;
    shared_core/* setSecret */.Pq(trimmed);
    const lines = trimmed.split(/\r?\n/).map((line) => line.trim());
    if (lines.length > 1)
        for (const line of lines)
            if (line.length >= 3)
                shared_core/* setSecret */.Pq(line);
}
const CREDENTIAL_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie)$|token|secret|key|pass|auth|session|signature/i;
const CREDENTIAL_VALUE = /^(bearer|basic|token|digest)\s+\S/i;
/** Whether a header carries a credential (by its name or by the shape of its value). */
function looksLikeCredential(name, value) {
    return CREDENTIAL_HEADER.test(name) || CREDENTIAL_VALUE.test(value);
}
/** Masks the credential part of header values; `Bearer abc` masks `abc` as well as the whole value. */
function maskHeaderCredentials(headers) {
    for (const [name, value] of headers) {
        if (!looksLikeCredential(name, value))
            continue;
        maskSecret(value);
        const scheme = CREDENTIAL_VALUE.exec(value);
        if (scheme)
            maskSecret(value.slice(scheme[1].length).trim());
    }
}

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
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, Math.max(0, ms));
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** Exponential backoff: initial, initial×factor, … capped at max. */
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
    shared_core/* summary */.z.addHeading(escapeHtml(table.heading), 3);
    if (table.intro)
        shared_core/* summary */.z.addRaw(`<p>${escapeHtml(table.intro)}</p>`, true);
    await shared_core/* summary */.z
        .addTable([
        table.columns.map((cell) => ({ data: escapeHtml(cell), header: true })),
        ...table.rows.map((cells) => cells.map(escapeHtml)),
    ])
        .write();
}
/** An error/warning/notice annotation, optionally pinned to a file and line. */
function annotate(level, message, place = {}) {
    const properties = {};
    if (place.title)
        properties.title = place.title;
    if (place.file)
        properties.file = place.file;
    if (place.line)
        properties.startLine = place.line;
    if (place.column)
        properties.startColumn = place.column;
    const emit = level === 'error' ? core.error : level === 'warning' ? core.warning : core.notice;
    emit(message, properties);
}
/** Sets every output; objects and arrays become JSON. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value === undefined)
            continue;
        shared_core/* setOutput */.uH(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
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
/** The one-line failure: `1 of 2 targets not up after 2m: http://…: ECONNREFUSED 127.0.0.1:8080 (12 attempts, 2m)`. */
function failureMessage(results, waitFor, timeoutMs) {
    const failed = results.filter((result) => !result.ready);
    const count = results.length === 1 ? 'target' : `${failed.length} of ${results.length} targets`;
    return `${count} not ${waitFor} after ${formatDuration(timeoutMs)}: ${failed.map(describeTarget).join('; ')}`;
}
function summaryRows(results) {
    return results.map((result) => [
        result.url,
        result.ready ? '✅ ready' : '❌ not ready',
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
    }));
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
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




/** The runner passes `with:` values as `INPUT_<NAME>`: upper-cased, spaces → `_`, hyphens kept. */
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
/** Milliseconds from `500ms`, `30s`, `5m`, `1h30m` (a bare number is seconds). */
function getDuration(spec, limits = {}) {
    const value = getString(spec);
    const ms = parseDuration(value);
    if (ms === undefined)
        fail(spec, 'must be a duration like 30s or 5m', value);
    if (limits.min !== undefined && ms < limits.min)
        fail(spec, `must be at least ${formatDuration(limits.min)}`, value);
    if (limits.max !== undefined && ms > limits.max)
        fail(spec, `must be at most ${formatDuration(limits.max)}`, value);
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
/** Lines `KEY=value` (the value may contain `=`); keys must match `keyPattern` when given. */
function getMap(spec, keyPattern) {
    const entries = [];
    for (const line of getList(spec)) {
        const eq = line.indexOf('=');
        const key = eq < 0 ? '' : line.slice(0, eq).trim();
        if (eq <= 0 || key === '')
            fail(spec, 'must have lines of the form KEY=value', line);
        if (keyPattern && !keyPattern.test(key))
            fail(spec, `has an invalid key '${key}' (expected ${keyPattern.source})`);
        entries.push([key, line.slice(eq + 1)]);
    }
    return entries;
}
/** HTTP header lines `Name: value`. */
function getHeaders(spec) {
    const headers = [];
    for (const line of getList(spec)) {
        const colon = line.indexOf(':');
        const name = colon < 0 ? '' : line.slice(0, colon).trim();
        if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
            fail(spec, "must have lines of the form 'Name: value'", `${line.slice(0, Math.max(colon, 0)) || line}`);
        }
        headers.push([name, line.slice(colon + 1).trim()]);
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
    try {
        const text = (0,external_node_fs_namespaceObject.readFileSync)(value, 'utf8');
        if (!text.includes('-----BEGIN'))
            fail(spec, `must be PEM text or a PEM file; '${value}' holds no PEM block`);
        return text;
    }
    catch (error) {
        if (error instanceof errors/* ConfigError */.xL)
            throw error;
        return fail(spec, `must be PEM text or the path of a PEM file; cannot read '${value}'`);
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
/** `version=abc` → expectation; undefined when the line has no `=` or a malformed path. */
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

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./actions/health-wait/targets.js

const SCHEMES = 'http://, https://, tcp://host:port, unix:///path.sock or file:///path';
const TCP_FORMAT = (raw) => `must be tcp://host:port with a port from 1 to 65535, got '${raw}'`;
/** Parses one `url` line; returns the reason (no input name) when it is not a target. */
function parseTarget(raw) {
    const bareHostPort = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+):(\d+)(\/.*)?$/i.exec(raw);
    if (bareHostPort && !/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
        return `needs a scheme: '${raw}' (did you mean http://${raw} or tcp://${bareHostPort[1]}:${bareHostPort[2]}?)`;
    }
    let url;
    try {
        url = new URL(raw);
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
    const http = {
        method,
        headers: getHeaders(Inputs.Headers),
        expectStatus: getStatusSet(Inputs.ExpectStatus),
        expectBody: getRegex(Inputs.ExpectBody),
        expectJson: readJsonExpectations(),
        followRedirects: getBool(Inputs.FollowRedirects),
        insecure: getBool(Inputs.Insecure),
        ca: getPem(Inputs.CaCert),
    };
    const unusedHttpInputs = [];
    if (!targets.some((target) => target.kind === 'http')) {
        const setByUser = [Inputs.Headers, Inputs.ExpectBody, Inputs.ExpectJson, Inputs.CaCert].filter((spec) => getString(spec) !== '');
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
/** One HTTP exchange (plus redirects) bounded by `timeoutMs`. Rejects only when `signal` aborts. */
async function probeHttp(url, options) {
    const started = performance.now();
    const deadline = Date.now() + options.timeoutMs;
    const maxRedirects = options.followRedirects === false ? 0 : (options.maxRedirects ?? 10);
    let current = new URL(url);
    let method = (options.method ?? 'GET').toUpperCase();
    let connected = false;
    for (let redirects = 0;; redirects++) {
        const exchange = await requestOnce(current, method, { ...options, timeoutMs: deadline - Date.now() });
        connected ||= exchange.connected;
        const location = exchange.headers?.location;
        const status = exchange.status ?? 0;
        if (exchange.error || status < 300 || status > 399 || !location || redirects >= maxRedirects) {
            return {
                ...exchange,
                url: current.toString(),
                connected,
                durationMs: Math.round(performance.now() - started),
            };
        }
        current = new URL(location, current);
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
        const timer = setTimeout(() => {
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
        timer = setTimeout(() => {
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
        return {
            pass: failure === undefined,
            detail: failure ?? `status ${response.status}`,
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
 * The pause after the n-th failed check in a row (n ≥ 1), never above `interval`. Most services warm up
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
    const guard = setTimeout(() => watchdog.abort(), options.deadline.remaining() + 500);
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
    if (event.ready)
        shared_core/* info */.pq(`✔ ${event.target.raw} ready: ${event.detail} (${when}, ${attempts})`);
    else
        shared_core/* info */.pq(`… ${event.target.raw}: ${event.detail} (${when})`);
}
async function run({ signal }) {
    const settings = readSettings();
    maskHeaderCredentials(settings.http.headers);
    const deadline = new Deadline(settings.timeoutMs);
    if (settings.unusedHttpInputs.length) {
        shared_core/* warning */.$e(`${ACTION}: ${settings.unusedHttpInputs.join(', ')} only apply to http(s) targets and are ignored`);
    }
    if (settings.http.insecure)
        shared_core/* warning */.$e(`${ACTION}: TLS certificates are not verified (insecure: true)`);
    const plural = settings.targets.length === 1 ? 'target' : `${settings.targets.length} targets`;
    shared_core/* info */.pq(`Waiting for ${plural} to be ${settings.waitFor} (timeout ${formatDuration(settings.timeoutMs)}, interval ${formatDuration(settings.intervalMs)})`);
    const results = await waitForTargets({ ...settings, deadline, signal, onEvent: logEvent });
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
 * The action did its job and the answer is "no" (service never became healthy, lockfile is stale, …).
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


function debugEnabled() {
    return _core_js__WEBPACK_IMPORTED_MODULE_0__/* .isDebug */ ._o() || process.env.ACTIONS_STEP_DEBUG === 'true';
}
/** Reports an error as one `<action>: …` line; a stack only for bugs and only in debug mode. */
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
        forceTimer = setTimeout(() => {
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
        process.exit(phase === 'post' ? 0 : (process.exitCode ?? 0));
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
