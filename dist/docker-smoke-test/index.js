import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
import * as __WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__ from "../toolkit/core.js";
/******/ var __webpack_modules__ = ({

/***/ 217:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_run_action_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(937);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(504);


await (0,_shared_run_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION */ .h, _main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 504:
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
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./shared/node-crypto.js
// node:crypto costs ~5 ms of start-up to load, so code that needs it only now and then loads it on first use.

const node_crypto_require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
function node_crypto_nodeCrypto() {
    return node_crypto_require('node:crypto');
}

;// CONCATENATED MODULE: ./shared/one-line.js
/**
 * A one-line field (title, file name, commit subject, a line of someone else's output) with CR, LF and the
 * other line breaks each turned into a space: the runner reads CR as a line end too, so a field holding
 * `\r::warning \u2026` would otherwise start a line of its own and run as a workflow command.
 */
function one_line_oneLine(text) {
    return text.replace(/\r\n|[\r\n\v\f\u0085\u2028\u2029]/g, ' ');
}

;// CONCATENATED MODULE: ./shared/foreign-output.js
// Text from outside the action (container logs, command output, HTTP bodies, commit messages, file names)
// must never become a workflow command. The runner's own mechanism is used: between `::stop-commands::<token>`
// and `::<token>::` it prints lines as they are and runs none of them; the token is random per block, so the
// foreign text cannot end the block early.



function token(avoid) {
    for (;;) {
        const candidate = `ci-kit-${node_crypto_nodeCrypto().randomBytes(12).toString('hex')}`;
        if (!avoid.includes(candidate))
            return candidate;
    }
}
/** Prints a block of foreign text, line by line, with workflow commands in it switched off. */
function printForeign(text) {
    const body = text.replace(/\r?\n$/, '');
    if (body === '')
        return;
    const stop = token(body);
    shared_core/* info */.pq(`::stop-commands::${stop}`);
    shared_core/* info */.pq(body);
    shared_core/* info */.pq(`::${stop}::`);
}
/**
 * Foreign output that arrives in chunks (a build log, remote stdout): whole lines are printed as they
 * come, each batch inside its own stop-commands block; a last partial line on `end()`.
 */
class ForeignStream {
    pending = '';
    write(chunk) {
        this.pending += chunk;
        const cut = this.pending.lastIndexOf('\n');
        if (cut < 0)
            return;
        printForeign(this.pending.slice(0, cut));
        this.pending = this.pending.slice(cut + 1);
    }
    end() {
        if (this.pending !== '')
            printForeign(this.pending);
        this.pending = '';
    }
}

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

;// CONCATENATED MODULE: ./shared/mask.js


function register(secret) {
    registerSecret(secret);
    shared_core/* setSecret */.Pq(secret);
}
/** Registers a secret with the runner; each line too, since the runner masks line by line. */
function mask_maskSecret(value) {
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
        mask_maskSecret(value);
        const scheme = CREDENTIAL_VALUE.exec(value);
        if (scheme)
            mask_maskSecret(value.slice(scheme[1].length).trim());
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

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
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

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./actions/docker-smoke-test/docker-error.js
// Why a docker call failed, in one line: the CLI's real complaint (not its closing usage hint) and,
// where the text tells, which input it came from.
const MAX_CHARS = 500;
/** Lines that only point at `--help`: they end most CLI errors and explain nothing. */
const HINT = /^(Run|See) '?docker .*--help'? for more information\.?$|^See 'docker .*--help'\.?$|^Usage:/;
/**
 * The error lines of a failed call's output joined into one line: its ERROR lines when it has any,
 * else its last `maxLines` lines (a build log: only the last).
 */
function dockerErrorText(output, maxLines = 10) {
    const lines = output
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !HINT.test(line));
    const errors = lines.filter((line) => /^(#\d+ )?(ERROR|error)\b/.test(line));
    const text = (errors.length ? errors.slice(-2) : lines.slice(-maxLines))
        .map((line) => line.replace(/^docker: /, ''))
        .join(' ')
        .replace(/[\x00-\x1f\x7f]/g, ' ');
    return text.length > MAX_CHARS ? `\u2026${text.slice(text.length - MAX_CHARS + 1)}` : text;
}
/** Flags the action itself puts on `docker run`, by the input they come from. */
const RUN_FLAG_INPUTS = {
    '--publish': 'ports',
    '-p': 'ports',
    '--network': 'network',
    '--net': 'network',
    '--entrypoint': 'entrypoint',
    '--env-file': 'env',
};
/**
 * The input a `docker run` failure points at, when its text tells: a flag error is about `options`
 * (or the input behind a flag the action sets), an unknown network about `network`, and so on.
 */
function runErrorInput(text, settings) {
    const flag = /(?:unknown flag: |flag needs an argument: |invalid argument .* for "(?:-\w, )?)(--?[\w-]+)/.exec(text);
    if (flag || /unknown shorthand flag|flag needs an argument|bad flag syntax/.test(text))
        return (flag && RUN_FLAG_INPUTS[flag[1]]) ?? 'options';
    if (/network .*not found/i.test(text))
        return 'network';
    if (/port is already allocated|invalid (host|container)?\s*port|invalid proto/i.test(text))
        return 'ports';
    if (/env file|poorly formatted environment|variable .* contains whitespaces/i.test(text))
        return 'env';
    if (/executable file not found|exec: .*: (no such file|permission denied)/i.test(text))
        return settings.entrypoint !== undefined ? 'entrypoint' : 'command';
    if (/pull access denied|repository does not exist|manifest unknown|invalid reference format|no such image|unable to find image/i.test(text))
        return 'image';
    return undefined;
}
/** The input a `docker build` failure points at, when its text tells. */
function buildErrorInput(text) {
    if (/target stage .* could not be found|build target .* in Dockerfile/i.test(text))
        return 'target';
    if (/dockerfile/i.test(text) && /no such file|not found|cannot find|failed to read/i.test(text))
        return 'dockerfile';
    if (/unable to prepare context|context (path|directory)|path .* not found/i.test(text))
        return 'context';
    return undefined;
}
/** `docker <what> failed (input 'x'): why` */
function dockerFailure(what, why, input) {
    return `docker ${what} failed${input ? ` (input '${input}')` : ''}: ${why}`;
}

;// CONCATENATED MODULE: ./actions/docker-smoke-test/run-args.js
const RUN_LABEL = 'ci-kit.docker-smoke-test.run';
/**
 * `docker run` arguments: detached, named, labelled with the run id, ports published on 127.0.0.1 with
 * a free host port. Environment values are not in the arguments but in `envFile` (see env-file.ts),
 * so they never show in a process list nor reach the CLI's own environment.
 */
function runArguments(settings, name, image, runId, envFile) {
    const args = ['run', '--detach', '--name', name, '--label', `${RUN_LABEL}=${runId}`];
    if (settings.network !== 'host') {
        for (const spec of settings.ports)
            args.push('--publish', `127.0.0.1::${spec.port}/${spec.protocol}`);
    }
    if (envFile)
        args.push('--env-file', envFile);
    if (settings.network)
        args.push('--network', settings.network);
    if (settings.entrypoint !== undefined)
        args.push('--entrypoint', settings.entrypoint);
    args.push(...settings.options, '--', image, ...settings.command);
    return args;
}
/** A name part nobody else uses: the run id (only characters names and tags allow) plus randomness. */
function uniqueSuffix(runId) {
    const safe = runId.replace(/[^a-zA-Z0-9_.-]/g, '') || 'local';
    return `${safe}-${Math.random().toString(36).slice(2, 10)}`;
}
/** A container name nobody else uses. */
function containerName(runId) {
    return `ci-kit-smoke-${uniqueSuffix(runId)}`;
}
/** An image tag nobody else uses, so that this run's image can be told apart and removed. */
function uniqueImageTag(runId) {
    return `ci-kit-smoke:${uniqueSuffix(runId)}`;
}

;// CONCATENATED MODULE: ./actions/docker-smoke-test/build.js









/** Longest a build may take: bounded like every other wait, generous for real images. */
const BUILD_TIMEOUT_MS = 30 * 60_000;
/**
 * Build args the docker CLI would read as its own settings were they in its environment (`DOCKER_HOST`,
 * proxies, `PATH`, Go runtime knobs): those keep their value in the arguments.
 */
const CLI_OWN_ENV = /^(DOCKER_|BUILDKIT_|BUILDX_|GO|SSL_CERT_|XDG_)|^(PATH|HOME|TMPDIR|USER|SHELL|LANG)$|_PROXY$/i;
function valueInEnv(key) {
    return !CLI_OWN_ENV.test(key);
}
/**
 * `docker build` arguments. A build arg is passed as `--build-arg NAME`, its value taken by the CLI
 * from its environment (buildEnv), so values never show in a process list.
 */
function buildArguments(build, tags, runId, iidFile) {
    const args = ['build', '--iidfile', iidFile, '--label', `${RUN_LABEL}=${runId}`];
    for (const tag of tags)
        args.push('--tag', tag);
    if (build.dockerfile)
        args.push('--file', build.dockerfile);
    for (const [key, value] of build.buildArgs)
        args.push('--build-arg', valueInEnv(key) ? key : `${key}=${value}`);
    if (build.target)
        args.push('--target', build.target);
    args.push(build.context);
    return args;
}
/** The docker CLI's environment for the build: the step's own plus the build arg values. */
function buildEnv(build, base = process.env) {
    const env = { ...base };
    for (const [key, value] of build.buildArgs)
        if (valueInEnv(key))
            env[key] = value;
    return env;
}
/** `docker build` of the context, tagged uniquely (plus the `image` input), its output in a log group. */
async function buildImage(docker, build, extraTag, runId, signal) {
    const unique = uniqueImageTag(runId);
    const tags = extraTag ? [unique, extraTag] : [unique];
    // In a folder of its own under RUNNER_TEMP: no predictable name in a shared /tmp for docker to write through.
    const iidDir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)(process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), 'ci-kit-smoke-build-'));
    const iidFile = (0,external_node_path_namespaceObject.join)(iidDir, 'image.iid');
    const started = performance.now();
    shared_core/* startGroup */.Oh(one_line_oneLine(`docker build ${build.context}`));
    // The build's output is the Dockerfile's and its RUN commands': printed, never run as workflow commands.
    const stdout = new ForeignStream();
    const stderr = new ForeignStream();
    try {
        const result = await docker.exec(buildArguments(build, tags, runId, iidFile), {
            env: buildEnv(build),
            signal,
            timeoutMs: BUILD_TIMEOUT_MS,
            onStdout: (chunk) => stdout.write(chunk),
            onStderr: (chunk) => stderr.write(chunk),
        });
        stdout.end();
        stderr.end();
        shared_core/* endGroup */.N4();
        if (result.exitCode !== 0) {
            if (result.timedOut)
                throw new errors/* ActionFailure */.dR(`docker build did not finish within ${formatDuration(BUILD_TIMEOUT_MS)}`);
            const why = dockerErrorText(result.stderr, 1) || dockerErrorText(result.stdout, 1);
            throw new errors/* ActionFailure */.dR(dockerFailure(`build of '${build.context}'`, why, buildErrorInput(why)));
        }
        const id = (await (0,promises_namespaceObject.readFile)(iidFile, 'utf8')).trim();
        shared_core/* info */.pq(`Built ${id.slice(0, 19)} as ${tags.join(', ')} in ${formatDuration(performance.now() - started)}`);
        return { id, tags };
    }
    finally {
        await (0,promises_namespaceObject.rm)(iidDir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./shared/artifact-name.js
/** The job run's backend id from the runtime token's `scp` claim (`Actions.Results:<run>:<job>`), if any. */
function jobRunId(token = process.env.ACTIONS_RUNTIME_TOKEN ?? '') {
    const payload = token.split('.')[1];
    if (!payload)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        if (typeof claims.scp !== 'string')
            return undefined;
        for (const scope of claims.scp.split(' ')) {
            const parts = scope.split(':');
            if (parts[0] === 'Actions.Results' && parts.length === 3)
                return parts[2];
        }
    }
    catch {
        // not a JWT: the name simply has no job id
    }
    return undefined;
}
/** Characters an artifact name may not contain (the service rejects them), and anything odd. */
function clean(part) {
    return part.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-_]+|[-_]+$/g, '');
}
/**
 * An artifact name unique per job and attempt: job id, step id and attempt for people, plus the start of the
 * job run's backend id, which tells matrix legs (same GITHUB_JOB) apart.
 */
function uniqueArtifactName(prefix, env = process.env) {
    const job = jobRunId(env.ACTIONS_RUNTIME_TOKEN)?.replace(/-/g, '').slice(0, 8);
    const parts = [prefix, env.GITHUB_JOB, env.GITHUB_ACTION, `attempt${env.GITHUB_RUN_ATTEMPT ?? '1'}`, job];
    return parts
        .filter((part) => Boolean(part))
        .map(clean)
        .filter(Boolean)
        .join('-')
        .slice(0, 200);
}

// EXTERNAL MODULE: ./shared/timer.js
var shared_timer = __nccwpck_require__(614);
;// CONCATENATED MODULE: ./shared/results-guard.js
// The one door to the runner's results service (artifacts and caches). The libraries degrade badly: without a
// service they throw, a Twirp call that hangs retries for ~15 minutes, a blob PUT that hangs never ends. Every
// call goes through `resultsCall`, with our own deadline and the step's AbortSignal; the caller decides whether
// a failure is a warning (diagnostics, caches) or fails the step (the artifact a deploy needs).





let loaded;
/**
 * @actions/artifact and @actions/cache (~2.8 MB), loaded on first need. The import is left to Node
 * (webpackIgnore): it is dist/toolkit/results.js (built from ./toolkit/results.ts), one file beside every
 * action's folder. Only the bundles can load it: run from the sources, the guard reports it did not load.
 */
function loadResultsLib() {
    // @ts-expect-error the path is the bundle's (dist/<action>/ \u2192 dist/toolkit/), not this source file's
    loaded ??= import(/* webpackIgnore: true */ '../toolkit/results.js');
    return loaded;
}
/** Why the results service cannot be used here (outside a runner: the local CLI, a plain shell), if so. */
function resultsServiceMissing(env = process.env) {
    const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((name) => !env[name]);
    return missing.length ? `not on a GitHub Actions runner (${missing.join(' and ')} not set)` : undefined;
}
/**
 * The deadline of one results-service operation: its own default, unless CI_KIT_RESULTS_TIMEOUT (a
 * duration such as `30s`) sets one for every operation.
 */
function resultsTimeoutMs(defaultMs, env = process.env) {
    const override = env.CI_KIT_RESULTS_TIMEOUT ? parseDuration(env.CI_KIT_RESULTS_TIMEOUT) : undefined;
    return override && override > 0 ? override : defaultMs;
}
function firstLine(text) {
    return text.trim().split('\n')[0].trim() || 'unknown error';
}
/**
 * Runs `fn` against the on-demand libraries within `timeoutMs`. Never throws for a service problem (missing
 * service, refused, 5xx, hang, timeout): the outcome says why. A call given up on keeps running in the
 * background with its output dropped; runAction ends the process when the step is done.
 */
async function resultsCall(fn, { timeoutMs, signal, group }) {
    const missing = resultsServiceMissing();
    if (missing)
        return { ok: false, reason: missing };
    if (signal?.aborted)
        throw abortReason(signal);
    let lib;
    try {
        lib = await loadResultsLib();
    }
    catch (error) {
        return {
            ok: false,
            reason: `the artifact and cache libraries did not load: ${firstLine((0,errors/* errorMessage */.gJ)(error))}`,
        };
    }
    if (group)
        shared_core/* startGroup */.Oh(group);
    const { promise, call } = lib.inScope(() => fn(lib));
    let timer;
    let onAbort;
    const timeout = new Promise((resolve) => {
        timer = (0,shared_timer/* setTimer */.mI)(() => resolve({ ok: false, reason: `no answer within ${formatDuration(timeoutMs)}` }), timeoutMs);
        timer.unref();
    });
    const cancelled = new Promise((_, reject) => {
        if (!signal)
            return;
        onAbort = () => reject(abortReason(signal));
        signal.addEventListener('abort', onAbort, { once: true });
    });
    const settled = promise.then((value) => ({ ok: true, value }), (error) => ({ ok: false, reason: firstLine((0,errors/* errorMessage */.gJ)(error)) }));
    try {
        const outcome = await Promise.race([settled, timeout, cancelled]);
        if (!outcome.ok)
            call.abandon();
        return outcome;
    }
    catch (error) {
        call.abandon();
        throw error;
    }
    finally {
        clearTimeout(timer);
        if (onAbort)
            signal?.removeEventListener('abort', onAbort);
        if (group)
            shared_core/* endGroup */.N4();
    }
}
/** A call whose failure costs nothing but itself: one warning line (`<what> skipped: <why>`) and on. */
async function optionalResultsCall(what, fn, options) {
    const outcome = await resultsCall(fn, options);
    if (outcome.ok)
        return outcome.value;
    shared_core/* warning */.$e(`${what} skipped: ${outcome.reason}`);
    return undefined;
}
/** A call the step cannot do without: its failure fails the step with one line. */
async function requiredResultsCall(what, fn, options) {
    const outcome = await resultsCall(fn, options);
    if (outcome.ok)
        return outcome.value;
    throw new ActionFailure(`${what} failed: ${outcome.reason}`);
}

;// CONCATENATED MODULE: ./shared/diagnostics-artifact.js







/** Kept briefly: diagnostics explain one failed run and are worthless a few days later. */
const DIAGNOSTICS_RETENTION_DAYS = 5;
const UPLOAD_TIMEOUT_MS = 2 * 60_000;
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} kB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
function filesUnder(dir) {
    return (0,external_node_fs_namespaceObject.readdirSync)(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => (0,external_node_path_namespaceObject.join)(entry.parentPath, entry.name))
        .sort();
}
/**
 * Every registered secret out of every file, raw or JSON-escaped: the runner masks only the log, and an
 * artifact can be downloaded by anyone who can read the run.
 */
function redactFiles(files) {
    for (const file of files) {
        const text = (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
        const clean = redact(text);
        if (clean !== text)
            (0,external_node_fs_namespaceObject.writeFileSync)(file, clean);
    }
}
/**
 * Uploads every file under `dir` (redacted first) as one artifact named `<prefix>-<job>-<step>-attempt<n>-<job id>`, with a
 * short retention, and names it (with its size) in the log and the job summary. A failed upload is one
 * warning: diagnostics never change a step's result.
 */
async function uploadDiagnostics(prefix, dir, signal) {
    const name = uniqueArtifactName(prefix);
    const files = filesUnder(dir);
    redactFiles(files);
    const raw = files.reduce((sum, file) => sum + (0,external_node_fs_namespaceObject.statSync)(file).size, 0);
    const uploaded = await optionalResultsCall(`${prefix}: diagnostics upload`, (lib) => lib.uploadArtifact(name, files, dir, DIAGNOSTICS_RETENTION_DAYS), {
        timeoutMs: resultsTimeoutMs(UPLOAD_TIMEOUT_MS),
        signal,
        group: `Uploading diagnostics artifact ${name}`,
    });
    if (!uploaded)
        return undefined;
    const list = files.map((file) => (0,external_node_path_namespaceObject.relative)(dir, file)).join(', ');
    shared_core/* info */.pq(`Diagnostics: artifact ${name} (${formatBytes(uploaded.size)} zipped, ${formatBytes(raw)} of ${list}; kept ${DIAGNOSTICS_RETENTION_DAYS} days)`);
    if (summaryAvailable())
        await shared_core/* summary */.z
            .addRaw(`<p>Diagnostics: artifact <code>${escapeHtml(name)}</code>, ${escapeHtml(formatBytes(uploaded.size))} (kept ${DIAGNOSTICS_RETENTION_DAYS} days): ${escapeHtml(list)}</p>`, true)
            .write();
    return { name, size: uploaded.size };
}

;// CONCATENATED MODULE: ./actions/docker-smoke-test/dockerignore.js
// .dockerignore as the Docker engine reads it (moby/patternmatcher): one pattern per line, `#` comments,
// `!` re-includes, paths cleaned and relative to the context, `**` any number of folders, `*` and `?` within
// one name, `[\u2026]` classes; a pattern that matches a folder matches everything in it; the last match wins.

function toRegex(pattern) {
    let out = '^';
    for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i];
        if (char === '*') {
            if (pattern[i + 1] === '*') {
                i++;
                // `**/` may match no folder at all; a trailing `**` matches everything below.
                if (pattern[i + 1] === '/') {
                    i++;
                    out += '(?:.*/)?';
                }
                else
                    out += '.*';
            }
            else
                out += '[^/]*';
        }
        else if (char === '?')
            out += '[^/]';
        else if (char === '[') {
            const end = pattern.indexOf(']', i + 1);
            if (end < 0)
                out += '\\[';
            else {
                let body = pattern.slice(i + 1, end);
                if (body.startsWith('^') || body.startsWith('!'))
                    body = `^${body.slice(1)}`;
                out += `[${body.replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else if (char === '\\' && i + 1 < pattern.length) {
            out += pattern[++i].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
        }
        else
            out += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    return new RegExp(`${out}$`);
}
function parseDockerignore(text) {
    const patterns = [];
    for (const raw of text.split(/\r?\n/)) {
        let line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const exclusion = line.startsWith('!');
        if (exclusion)
            line = line.slice(1).trim();
        line = external_node_path_namespaceObject.posix.normalize(line.replace(/^\/+/, ''));
        if (line === '.' || line === '')
            continue;
        patterns.push({ regex: toRegex(line.replace(/\/+$/, '')), exclusion });
    }
    return patterns;
}
class Dockerignore {
    patterns;
    constructor(text) {
        this.patterns = parseDockerignore(text);
    }
    /** Whether some `!` pattern could bring back a file inside an ignored folder. */
    get hasExclusions() {
        return this.patterns.some((pattern) => pattern.exclusion);
    }
    /** Whether `path` (relative, `/`-separated) is left out of the build context. */
    ignores(path) {
        const parents = [];
        const parts = path.split('/');
        for (let i = 1; i <= parts.length; i++)
            parents.push(parts.slice(0, i).join('/'));
        let ignored = false;
        for (const pattern of this.patterns) {
            if (parents.some((candidate) => pattern.regex.test(candidate)))
                ignored = !pattern.exclusion;
        }
        return ignored;
    }
}

;// CONCATENATED MODULE: ./actions/docker-smoke-test/build-cache.js
// `cache: true`: the image built from `context` is saved to the Actions cache under a key that is a hash of
// everything the build reads; the next run with the same inputs loads it instead of building.














const KEY_PREFIX = 'ci-kit-docker-smoke-test-image-v1-';
const RESTORE_TIMEOUT_MS = 5 * 60_000;
const SAVE_TIMEOUT_MS = 5 * 60_000;
const DOCKER_IO_TIMEOUT_MS = 10 * 60_000;
function dockerfilePath(build) {
    return (0,external_node_path_namespaceObject.resolve)(build.dockerfile ?? (0,external_node_path_namespaceObject.join)(build.context, 'Dockerfile'));
}
/** `<Dockerfile>.dockerignore` beside the Dockerfile wins over the context's .dockerignore (BuildKit). */
function readIgnore(build) {
    const own = `${dockerfilePath(build)}.dockerignore`;
    const shared = (0,external_node_path_namespaceObject.join)(build.context, '.dockerignore');
    const file = (0,external_node_fs_namespaceObject.existsSync)(own) ? own : (0,external_node_fs_namespaceObject.existsSync)(shared) ? shared : undefined;
    return new Dockerignore(file ? (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8') : '');
}
const CHUNK_BYTES = 1024 * 1024;
/**
 * A file's sha256, read in chunks: a file of any size (over 2 GiB too) in bounded memory, and the event
 * loop free between chunks, so a cancel ends the step while a huge context is being read.
 */
async function hashFile(path, signal) {
    const hash = node_crypto_nodeCrypto().createHash('sha256');
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    const handle = await (0,promises_namespaceObject.open)(path, 'r');
    let bytes = 0;
    try {
        for (;;) {
            if (signal?.aborted)
                throw abortReason(signal);
            const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
            if (bytesRead === 0)
                break;
            hash.update(buffer.subarray(0, bytesRead));
            bytes += bytesRead;
        }
    }
    finally {
        await handle.close();
    }
    return { hex: hash.digest('hex'), bytes };
}
/** Every file the build can read: path, kind, executable bit and content, sorted, as one hash. */
async function hashContext(build, signal) {
    const root = (0,external_node_path_namespaceObject.resolve)(build.context);
    const ignore = readIgnore(build);
    const hash = node_crypto_nodeCrypto().createHash('sha256');
    let files = 0;
    let bytes = 0;
    const walk = async (dir) => {
        for (const name of (await (0,promises_namespaceObject.readdir)(dir)).sort()) {
            if (signal?.aborted)
                throw abortReason(signal);
            const full = (0,external_node_path_namespaceObject.join)(dir, name);
            const rel = (0,external_node_path_namespaceObject.relative)(root, full).split(external_node_path_namespaceObject.sep).join('/');
            const stat = await (0,promises_namespaceObject.lstat)(full);
            const ignored = ignore.ignores(rel);
            if (stat.isDirectory()) {
                // An ignored folder is still walked when a `!` pattern may bring part of it back.
                if (!ignored || ignore.hasExclusions)
                    await walk(full);
                continue;
            }
            if (ignored)
                continue;
            files++;
            if (stat.isSymbolicLink())
                hash.update(`L ${rel}\0${await (0,promises_namespaceObject.readlink)(full)}\n`);
            else if (stat.isFile()) {
                const content = await hashFile(full, signal);
                bytes += content.bytes;
                const exec = stat.mode & 0o111 ? 'x' : '-';
                hash.update(`F ${rel}\0${exec}\0${content.hex}\n`);
            }
        }
    };
    await walk(root);
    return { hash: hash.digest('hex'), files, bytes };
}
/** The platform images are built for: DOCKER_DEFAULT_PLATFORM, else the engine's own. */
async function buildPlatform(docker, signal) {
    if (process.env.DOCKER_DEFAULT_PLATFORM)
        return process.env.DOCKER_DEFAULT_PLATFORM;
    const result = await docker.exec(['version', '--format', '{{.Server.Os}}/{{.Server.Arch}}'], {
        signal,
        timeoutMs: 30_000,
    });
    return result.exitCode === 0 ? result.stdout.trim() : 'unknown';
}
async function cacheKey(docker, build, signal) {
    const context = await hashContext(build, signal);
    const dockerfile = dockerfilePath(build);
    if (!(0,external_node_fs_namespaceObject.existsSync)(dockerfile))
        throw new errors/* ActionFailure */.dR(`docker build of '${build.context}' failed: ${dockerfile} does not exist`);
    const hash = node_crypto_nodeCrypto()
        .createHash('sha256')
        .update(`context ${context.hash}\n`)
        .update(`dockerfile ${node_crypto_nodeCrypto().createHash('sha256').update((0,external_node_fs_namespaceObject.readFileSync)(dockerfile)).digest('hex')}\n`)
        .update(`args ${JSON.stringify(build.buildArgs)}\n`)
        .update(`target ${build.target ?? ''}\n`)
        .update(`platform ${await buildPlatform(docker, signal)}\n`)
        .digest('hex');
    return { key: `${KEY_PREFIX}${hash}`, files: context.files, bytes: context.bytes };
}
/** Where the saved image lives between `docker save` and the cache: the same path in every run (it is part of the cache version). */
function cacheDir() {
    return (0,external_node_path_namespaceObject.join)(process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), 'ci-kit-docker-smoke-test-image');
}
/** Loads a restored image and tags it like a fresh build would be; undefined when the archive is unusable. */
async function loadImage(docker, archive, extraTag, runId, signal) {
    const loaded = await docker.exec(['load', '--input', archive], { signal, timeoutMs: DOCKER_IO_TIMEOUT_MS });
    const id = /Loaded image ID: (sha256:[0-9a-f]{64})/.exec(loaded.stdout)?.[1];
    if (loaded.exitCode !== 0 || !id) {
        shared_core/* warning */.$e(`docker-smoke-test: the cached image could not be loaded (${loaded.stderr.trim().split('\n').at(-1) || 'no image id'}); building instead`);
        return undefined;
    }
    const unique = uniqueImageTag(runId);
    const tags = extraTag ? [unique, extraTag] : [unique];
    for (const tag of tags)
        await docker.ok(['tag', id, tag], { signal, timeoutMs: 30_000 });
    return { id, tags };
}
/**
 * The build with the cache in front: a hit loads the saved image and skips `docker build`; a miss builds,
 * `docker save`s the image and stores it. Any cache problem is one warning and a normal build.
 */
async function cachedBuild(docker, build, extraTag, runId, signal) {
    const started = performance.now();
    // Off a runner (the local CLI) there is no cache to read or fill: no key, no `docker save` for nothing.
    const missing = resultsServiceMissing();
    if (missing) {
        shared_core/* warning */.$e(`docker-smoke-test: image cache skipped: ${missing}`);
        return buildImage(docker, build, extraTag, runId, signal);
    }
    let computed;
    try {
        computed = await cacheKey(docker, build, signal);
    }
    catch (error) {
        // A context the key cannot be made of (unreadable, vanishing files) is a cache problem: the build
        // itself says what is wrong with the context, if anything.
        if (signal.aborted || error instanceof errors/* ActionFailure */.dR)
            throw error;
        shared_core/* warning */.$e(`docker-smoke-test: image cache skipped: the build context could not be hashed: ${(0,errors/* errorMessage */.gJ)(error).split('\n')[0]}`);
        return buildImage(docker, build, extraTag, runId, signal);
    }
    const { key, files, bytes } = computed;
    shared_core/* info */.pq(`Image cache key ${key} (${files} context files, ${formatBytes(bytes)})`);
    const dir = cacheDir();
    const archive = (0,external_node_path_namespaceObject.join)(dir, 'image.tar');
    (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
    (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true });
    try {
        const hit = await optionalResultsCall('docker-smoke-test: image cache restore', (lib) => lib.restoreCache([dir], key), { timeoutMs: resultsTimeoutMs(RESTORE_TIMEOUT_MS), signal, group: 'Image cache: restore' });
        if (hit && (0,external_node_fs_namespaceObject.existsSync)(archive)) {
            const image = await loadImage(docker, archive, extraTag, runId, signal);
            if (image) {
                shared_core/* info */.pq(`Cache hit: loaded ${image.id.slice(0, 19)} as ${image.tags.join(', ')} in ${formatDuration(performance.now() - started)}, build skipped`);
                return image;
            }
        }
        else
            shared_core/* info */.pq('Cache miss: building');
        const image = await buildImage(docker, build, extraTag, runId, signal);
        const saveStarted = performance.now();
        (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
        (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true });
        const saved = await docker.exec(['save', '--output', archive, image.id], {
            signal,
            timeoutMs: DOCKER_IO_TIMEOUT_MS,
        });
        if (saved.exitCode !== 0) {
            shared_core/* warning */.$e(`docker-smoke-test: image cache save skipped: docker save failed: ${saved.stderr.trim().split('\n').at(-1)}`);
            return image;
        }
        const id = await optionalResultsCall('docker-smoke-test: image cache save', (lib) => lib.saveCache([dir], key), { timeoutMs: resultsTimeoutMs(SAVE_TIMEOUT_MS), signal, group: 'Image cache: save' });
        if (id !== undefined && id >= 0)
            shared_core/* info */.pq(`Saved the image to the cache (${formatBytes((0,external_node_fs_namespaceObject.lstatSync)(archive).size)} before compression) in ${formatDuration(performance.now() - saveStarted)}`);
        return image;
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./actions/docker-smoke-test/cleanup.js


/** Names under which main hands its leftovers to the post step. */
const State = {
    Container: 'container',
    RemoveContainer: 'remove-container',
    Images: 'images',
};
async function removeContainer(docker, name) {
    if (await docker.remove(name))
        shared_core/* info */.pq(`Removed container ${name}`);
}
/** Untags (and so deletes) the images this step built; never touches an image it did not build. */
async function removeImages(docker, tags) {
    if (tags.length === 0)
        return;
    const result = await docker.exec(['rmi', ...tags], { timeoutMs: 60_000 });
    if (result.exitCode === 0)
        shared_core/* info */.pq(`Removed image ${tags.join(', ')}`);
    else
        shared_core/* warning */.$e(one_line_oneLine(`could not remove image ${tags.join(', ')}: ${result.stderr.trim().split('\n').at(-1)}`));
}

;// CONCATENATED MODULE: ./actions/docker-smoke-test/env-file.js
// The container's environment reaches `docker run` in a file, never through the docker CLI's own
// environment (`-e NAME` reads it there): `DOCKER_HOST=\u2026` meant for the container would otherwise
// redirect the CLI itself, and values stay out of every argument list.



/** The `--env-file` text: `KEY=value` lines, read by docker as they are (no quotes, no expansion). */
function envFileText(env) {
    return env.map(([key, value]) => `${key}=${value}\n`).join('');
}
/**
 * Runs `use` with the path of an env file holding `env` (0600, in a 0700 folder of its own), removed
 * as soon as `use` settles; with no env, `use` gets undefined and no file is written.
 */
async function withEnvFile(env, use) {
    if (env.length === 0)
        return use(undefined);
    const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)(process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), 'ci-kit-smoke-env-'));
    try {
        const path = (0,external_node_path_namespaceObject.join)(dir, 'container.env');
        await (0,promises_namespaceObject.writeFile)(path, envFileText(env), { mode: 0o600 });
        return await use(path);
    }
    finally {
        await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./actions/docker-smoke-test/ports.js
function parsePort(raw) {
    const match = /^(\d{1,5})(?:\/(tcp|udp|sctp))?$/i.exec(raw);
    if (!match)
        return undefined;
    const port = Number(match[1]);
    if (!(port > 0 && port < 65536))
        return undefined;
    const protocol = (match[2]?.toLowerCase() ?? 'tcp');
    return { port, protocol, key: protocol === 'tcp' ? String(port) : `${port}/${protocol}` };
}
/** `docker inspect` NetworkSettings.Ports \u2192 host port per spec (127.0.0.1 bindings first). */
function hostPorts(specs, bindings) {
    const result = {};
    for (const spec of specs) {
        const list = bindings?.[`${spec.port}/${spec.protocol}`] ?? [];
        const binding = list.find((entry) => entry.HostIp === '127.0.0.1') ?? list[0];
        if (binding)
            result[spec.key] = Number(binding.HostPort);
    }
    return result;
}

;// CONCATENATED MODULE: ./actions/docker-smoke-test/container.js








/** `docker run` may pull the image first: bounded, but generously. */
const RUN_TIMEOUT_MS = 10 * 60_000;
/** Starts the container detached, with its engine events and logs followed from the first moment. */
async function startContainer(docker, settings, image, name, runId, watch, signal) {
    // Events are replayed from a moment before the run, so even an instant crash is seen.
    watch.followEvents(Date.now() - 1000);
    const started = await withEnvFile(settings.env, (envFile) => docker.exec(runArguments(settings, name, image, runId, envFile), { signal, timeoutMs: RUN_TIMEOUT_MS }));
    const startedAt = performance.now();
    const stderr = started.stderr.trim();
    if (started.exitCode !== 0) {
        const why = started.timedOut
            ? `did not return within ${formatDuration(RUN_TIMEOUT_MS)}`
            : dockerErrorText(stderr) || `exit ${started.exitCode}`;
        throw new errors/* ActionFailure */.dR(dockerFailure('run', why, runErrorInput(why, settings)));
    }
    printForeign(stderr);
    const id = started.stdout.trim().split('\n').at(-1);
    watch.followLogs(id);
    const info = await docker.inspectContainer(id, signal);
    return { id, startedAt, info, published: hostPorts(settings.ports, info?.NetworkSettings.Ports) };
}
/** The image to run, pulled when it is not here yet. */
async function resolveImage(docker, image, signal) {
    const local = await docker.inspectImage(image, signal);
    if (local)
        return local;
    shared_core/* info */.pq(`Pulling ${image}`);
    await docker.ok(['pull', image], { signal, timeoutMs: RUN_TIMEOUT_MS }, 'image');
    const pulled = await docker.inspectImage(image, signal);
    if (!pulled)
        throw new errors/* ActionFailure */.dR(`image '${image}' cannot be inspected after pulling it`);
    return pulled;
}

;// CONCATENATED MODULE: ./actions/docker-smoke-test/diagnostics.js




const DIAGNOSTICS_PREFIX = 'docker-smoke-test-diagnostics';
const MAX_HTTP_ENTRIES = 200;
const MAX_BODY_CHARS = 4000;
/** Every distinct HTTP answer the checks saw, in order; a repeat of the previous answer is counted, not kept. */
class HttpLog {
    entries = [];
    record(exchange) {
        const now = new Date().toISOString();
        const body = exchange.body === undefined ? undefined : exchange.body.slice(0, MAX_BODY_CHARS);
        const previous = this.entries.at(-1);
        if (previous &&
            previous.url === exchange.url &&
            previous.status === exchange.status &&
            previous.error === exchange.error &&
            previous.body === body) {
            previous.times++;
            previous.last = now;
            return;
        }
        if (this.entries.length >= MAX_HTTP_ENTRIES)
            this.entries.shift();
        this.entries.push({ ...exchange, body, first: now, last: now, times: 1 });
    }
}
/** `2024-05-01T10:00:00.5Z` and `\u202600.123456789Z` compared as times (docker trims trailing zeros). */
function timeKey(line) {
    const match = /^(\S+?)(?:\.(\d+))?Z\s/.exec(line);
    return match ? `${match[1]}.${(match[2] ?? '').padEnd(9, '0')}` : '';
}
/** The whole log, both streams interleaved by their timestamps. */
async function containerLog(docker, id) {
    const result = await docker.exec(['logs', '--timestamps', id], {
        timeoutMs: 30_000,
        maxOutputBytes: 64 * 1024 * 1024,
    });
    const lines = [result.stdout, result.stderr]
        .flatMap((text) => text.split('\n'))
        .filter((line) => line !== '');
    return `${lines
        .map((line, index) => ({ line, index, key: timeKey(line) }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
        .map((entry) => entry.line)
        .join('\n')}\n`;
}
async function events(docker, filter, since) {
    const result = await docker.exec([
        'events',
        '--since',
        String(Math.floor(since.getTime() / 1000) - 1),
        '--until',
        String(Math.ceil(Date.now() / 1000) + 1),
        '--filter',
        filter,
        '--format',
        '{{json .}}',
    ], { timeoutMs: 30_000 });
    return result.stdout;
}
/**
 * Writes the diagnostics files into `dir`; what cannot be read is noted in the file instead. Secrets are
 * taken out by uploadDiagnostics (every masked value: `env`, `build-args`).
 */
async function collectDiagnostics(input, dir) {
    const { docker, containerId } = input;
    const write = (name, text) => (0,external_node_fs_namespaceObject.writeFileSync)((0,external_node_path_namespaceObject.join)(dir, name), text);
    const safely = async (name, read) => {
        try {
            write(name, await read());
        }
        catch (error) {
            write(name, `could not be read: ${error.message}\n`);
        }
    };
    const inspect = async (kind, id) => {
        const result = await docker.exec([kind, 'inspect', id], { timeoutMs: 30_000 });
        return result.exitCode === 0 ? result.stdout : `docker ${kind} inspect: ${result.stderr}`;
    };
    write('report.json', `${JSON.stringify(input.report, null, 2)}\n`);
    write('http-answers.json', `${JSON.stringify(input.http.entries, null, 2)}\n`);
    await safely('image-inspect.json', () => inspect('image', input.image));
    await safely('image-events.jsonl', () => events(docker, `image=${input.image}`, input.since));
    if (containerId) {
        await safely('container.log', () => containerLog(docker, containerId));
        await safely('container-inspect.json', () => inspect('container', containerId));
        await safely('container-events.jsonl', () => events(docker, `container=${containerId}`, input.since));
    }
}
/** Collects and uploads the diagnostics artifact; never throws for an upload problem. */
async function saveDiagnostics(input, signal) {
    const dir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)(process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), 'ci-kit-smoke-diagnostics-'));
    try {
        await collectDiagnostics(input, dir);
        await uploadDiagnostics(DIAGNOSTICS_PREFIX, dir, signal);
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
    }
}
function wantDiagnostics(mode, passed) {
    return mode === 'always' || (mode === 'on-failure' && !passed);
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
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

;// CONCATENATED MODULE: ./actions/docker-smoke-test/docker.js




/** The runner's own docker CLI (no socket, no bundled client); every call is bounded. */
class DockerCli {
    binary;
    constructor(binary = 'docker') {
        this.binary = binary;
    }
    async exec(args, options = {}) {
        try {
            return await runCommand(this.binary, args, { timeoutMs: 60_000, ...options });
        }
        catch (error) {
            if (error.code === 'ENOENT')
                throw new errors/* ConfigError */.xL(`needs the docker CLI on PATH ('${this.binary}' not found)`);
            throw error;
        }
    }
    /** Runs a docker command that must succeed; fails with its error (and the `input` behind it) otherwise. */
    async ok(args, options = {}, input) {
        const result = await this.exec(args, options);
        if (result.exitCode !== 0) {
            const why = result.timedOut
                ? `timed out after ${formatDuration(options.timeoutMs ?? 60_000)}`
                : dockerErrorText(result.stderr) || `exit ${result.exitCode}`;
            throw new errors/* ActionFailure */.dR(dockerFailure(args[0], why, input));
        }
        return result.stdout;
    }
    async inspectContainer(id, signal) {
        const result = await this.exec(['container', 'inspect', id], { signal, timeoutMs: 30_000 });
        if (result.exitCode !== 0)
            return undefined;
        return JSON.parse(result.stdout)[0];
    }
    async inspectImage(image, signal) {
        const result = await this.exec(['image', 'inspect', image], { signal, timeoutMs: 30_000 });
        if (result.exitCode !== 0)
            return undefined;
        return JSON.parse(result.stdout)[0];
    }
    /** The last `lines` lines of both streams (stderr interleaved as docker stored them). */
    async logs(id, lines) {
        const result = await this.exec(['logs', '--tail', String(lines), id], { timeoutMs: 30_000 });
        return mergeStreams(result);
    }
    /** Removes a container (and its anonymous volumes); true when one was removed. Never aborted. */
    async remove(nameOrId) {
        const result = await this.exec(['rm', '-f', '-v', nameOrId], { timeoutMs: 30_000 });
        return result.exitCode === 0;
    }
}
function mergeStreams(result) {
    if (!result.stderr)
        return result.stdout;
    if (!result.stdout)
        return result.stderr;
    return `${result.stdout}${result.stdout.endsWith('\n') ? '' : '\n'}${result.stderr}`;
}
/** The image's HEALTHCHECK, unless it has none or it was disabled (`NONE`). */
function activeHealthcheck(check) {
    const test = check?.Test;
    if (!test?.length || test[0] === 'NONE')
        return undefined;
    return check;
}
/** The command that runs a HEALTHCHECK test by hand (`docker exec` arguments). */
function healthcheckCommand(check) {
    const [kind, ...rest] = check.Test;
    return kind === 'CMD-SHELL' ? ['/bin/sh', '-c', rest.join(' ')] : rest;
}

;// CONCATENATED MODULE: ./actions/docker-smoke-test/endpoints.js
function endpoints(info, published) {
    const hostNetwork = info?.HostConfig.NetworkMode === 'host';
    const address = Object.values(info?.NetworkSettings.Networks ?? {}).find((net) => net.IPAddress)?.IPAddress;
    const loopback = (port) => ({ host: '127.0.0.1', port });
    return {
        tcp(port) {
            const hostPort = published[String(port)];
            if (hostNetwork)
                return loopback(port);
            if (address)
                return { host: address, port, ...(hostPort ? { fallback: loopback(hostPort) } : {}) };
            return loopback(hostPort ?? port);
        },
        http(port) {
            const hostPort = published[String(port)];
            if (hostNetwork)
                return loopback(port);
            if (hostPort)
                return loopback(hostPort);
            return address ? { host: address, port } : loopback(port);
        },
    };
}

;// CONCATENATED MODULE: ./actions/docker-smoke-test/inputs.js
// Generated from docker-smoke-test/action.yml by `npm run generate`. Do not edit.
const Inputs = {
    Image: { name: 'image' },
    Context: { name: 'context' },
    Dockerfile: { name: 'dockerfile' },
    BuildArgs: { name: 'build-args' },
    Target: { name: 'target' },
    Ports: { name: 'ports' },
    Env: { name: 'env' },
    Command: { name: 'command' },
    Entrypoint: { name: 'entrypoint' },
    Network: { name: 'network' },
    Options: { name: 'options' },
    WaitFor: { name: 'wait-for' },
    ExpectStatus: { name: 'expect-status', default: '200-299' },
    ExpectBody: { name: 'expect-body' },
    ExpectExitCode: { name: 'expect-exit-code', default: '0' },
    ExpectLogs: { name: 'expect-logs' },
    RejectLogs: { name: 'reject-logs' },
    Exec: { name: 'exec' },
    Timeout: { name: 'timeout', default: '2m' },
    StableFor: { name: 'stable-for', default: '2s' },
    LogLines: { name: 'log-lines', default: '100' },
    Cleanup: { name: 'cleanup', default: 'always' },
    RemoveImage: { name: 'remove-image', default: 'false' },
    Cache: { name: 'cache', default: 'false' },
    Diagnostics: { name: 'diagnostics', default: 'on-failure' },
};
const Outputs = {
    ImageId: 'image-id',
    ContainerId: 'container-id',
    Ports: 'ports',
    ReadyMs: 'ready-ms',
    ExitCode: 'exit-code',
    Logs: 'logs',
};

;// CONCATENATED MODULE: ./actions/docker-smoke-test/report.js

/** The `docker inspect` state as a few readable lines. */
function stateSummary(info) {
    if (!info)
        return ['container is gone (removed, or never created)'];
    const state = info.State;
    const lines = [
        `status: ${state.Status}${state.Restarting ? ' (restarting)' : ''}`,
        `exit code: ${state.ExitCode}`,
        `OOMKilled: ${state.OOMKilled}`,
        `restarts: ${info.RestartCount}`,
        `started: ${state.StartedAt}`,
    ];
    if (!state.Running && state.FinishedAt && !state.FinishedAt.startsWith('0001-'))
        lines.push(`finished: ${state.FinishedAt}`);
    if (state.Error)
        lines.push(`error: ${state.Error}`);
    if (state.Health) {
        lines.push(`health: ${state.Health.Status} (failing streak ${state.Health.FailingStreak})`);
        for (const entry of state.Health.Log?.slice(-3) ?? []) {
            lines.push(`  probe at ${entry.Start}: exit ${entry.ExitCode} ${entry.Output.trim().replace(/\s+/g, ' ')}`);
        }
    }
    return lines;
}
function httpSummary(exchange) {
    const lines = [`last request: GET ${exchange.url}`];
    if (exchange.status !== undefined)
        lines.push(`status: ${exchange.status}`);
    if (exchange.error)
        lines.push(`error: ${exchange.error}`);
    if (exchange.body !== undefined) {
        const body = exchange.body.length > 500 ? `${exchange.body.slice(0, 500)}\u2026` : exchange.body;
        lines.push(`body: ${body.trim() || '(empty)'}`);
    }
    return lines;
}
/** The last `lines` lines of a text. */
function tail(text, lines) {
    if (lines <= 0)
        return '';
    const all = text.replace(/\n$/, '').split('\n');
    return all.slice(-lines).join('\n');
}
/** `12.5 MB` from bytes. */
function formatSize(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let value = bytes;
    let unit = -1;
    do {
        value /= 1000;
        unit++;
    } while (value >= 1000 && unit < units.length - 1);
    return `${Number(value.toFixed(1))} ${units[unit]}`;
}
const SUMMARY_COLUMNS = ['check', 'result', 'detail'];
function summaryRows(rows) {
    return rows.map((row) => [row.name, row.passed ? '\u2705 passed' : '\u274c failed', row.detail]);
}
function summaryIntro(image, size, readyMs) {
    const parts = [`image ${image}`];
    if (size !== undefined)
        parts.push(`size ${formatSize(size)}`);
    parts.push(readyMs === undefined ? 'never ready' : `ready in ${formatDuration(readyMs)}`);
    return parts.join(' \u00b7 ');
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

;// CONCATENATED MODULE: ./actions/docker-smoke-test/args.js
/**
 * Splits a command line into arguments the way a POSIX shell would quote them ('\u2026', "\u2026", \x), without
 * expanding anything: no variables, globs or pipes. Newlines separate arguments like spaces.
 * Returns the reason when the text is malformed (an unclosed quote).
 */
function splitArgs(text) {
    const args = [];
    let current = '';
    let started = false;
    let quote;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (quote === "'") {
            if (char === "'")
                quote = undefined;
            else
                current += char;
        }
        else if (quote === '"') {
            if (char === '"')
                quote = undefined;
            else if (char === '\\' && i + 1 < text.length && '"\\$`'.includes(text[i + 1]))
                current += text[++i];
            else
                current += char;
        }
        else if (char === "'" || char === '"') {
            quote = char;
            started = true;
        }
        else if (char === '\\' && i + 1 < text.length) {
            current += text[++i];
            started = true;
        }
        else if (/\s/.test(char)) {
            if (started)
                args.push(current);
            current = '';
            started = false;
        }
        else {
            current += char;
            started = true;
        }
    }
    if (quote)
        return `has an unclosed ${quote} quote`;
    if (started)
        args.push(current);
    return args;
}

;// CONCATENATED MODULE: ./actions/docker-smoke-test/checks.js
const WAIT_FOR_FORMS = 'healthy, running, exit, log:<regex>, tcp:<port>, http:<port>/<path> or https:<port>/<path>';
function port(text) {
    if (!/^\d{1,5}$/.test(text))
        return undefined;
    const value = Number(text);
    return value > 0 && value < 65536 ? value : undefined;
}
/** Parses one `wait-for` line; returns the reason (no input name) when it is not a check. */
function parseWaitCheck(raw) {
    const lower = raw.toLowerCase();
    if (lower === 'healthy' || lower === 'running' || lower === 'exit')
        return { kind: lower, raw };
    const colon = raw.indexOf(':');
    const kind = colon < 0 ? '' : raw.slice(0, colon).toLowerCase();
    const rest = raw.slice(colon + 1);
    switch (kind) {
        case 'log':
            if (rest === '')
                return `needs a regular expression after 'log:', got '${raw}'`;
            try {
                return { kind: 'log', raw, pattern: new RegExp(rest, 'm') };
            }
            catch (error) {
                return `has an invalid regular expression in '${raw}' (${error.message.replace(/^Invalid regular expression: /, '')})`;
            }
        case 'tcp': {
            const value = port(rest);
            if (value === undefined)
                return `must be tcp:<container port from 1 to 65535>, got '${raw}'`;
            return { kind: 'tcp', raw, port: value };
        }
        case 'http':
        case 'https': {
            const match = /^(\d{1,5})(\/.*)?$/.exec(rest);
            const value = match ? port(match[1]) : undefined;
            if (value === undefined)
                return `must be ${kind}:<container port>/<path> like ${kind}:8080/health, got '${raw}'`;
            return { kind: 'http', raw, port: value, path: match[2] ?? '/', tls: kind === 'https' };
        }
        default:
            return `must be one of ${WAIT_FOR_FORMS}, got '${raw}'`;
    }
}

;// CONCATENATED MODULE: ./actions/docker-smoke-test/settings.js







/** `docker run` options the action sets itself: a second copy would break the run or its cleanup. */
const RESERVED_OPTIONS = /^(--rm|--name|-d|--detach|--cidfile)(=|$)/;
function args(spec, text) {
    const parsed = splitArgs(text);
    if (typeof parsed === 'string')
        throw new errors/* ConfigError */.xL(`input '${spec.name}' ${parsed}`);
    return parsed;
}
function readOptions() {
    const options = getList(Inputs.Options).flatMap((line) => args(Inputs.Options, line));
    const reserved = options.find((option) => RESERVED_OPTIONS.test(option));
    if (reserved) {
        throw new errors/* ConfigError */.xL(`input '${Inputs.Options.name}' must not set ${reserved.split('=')[0]}: the action names, detaches and removes the container itself`);
    }
    return options;
}
function readPorts() {
    return getList(Inputs.Ports).map((line) => {
        const spec = parsePort(line);
        if (!spec) {
            throw new errors/* ConfigError */.xL(`input '${Inputs.Ports.name}' must have container ports like 8080, 8080/tcp or 53/udp, one per line, got '${line}'`);
        }
        return spec;
    });
}
function readWaitFor() {
    const checks = getList(Inputs.WaitFor).map((line) => {
        const check = parseWaitCheck(line);
        if (typeof check === 'string')
            throw new errors/* ConfigError */.xL(`input '${Inputs.WaitFor.name}' ${check}`);
        return check;
    });
    if (checks.some((check) => check.kind === 'exit') && checks.some((check) => check.kind === 'running')) {
        throw new errors/* ConfigError */.xL(`input '${Inputs.WaitFor.name}' cannot wait for both exit and running`);
    }
    return checks;
}
/** Ports a tcp:/http: check needs are published even when `ports` does not list them. */
function withCheckedPorts(ports, checks) {
    const all = [...ports];
    for (const check of checks) {
        if ((check.kind === 'tcp' || check.kind === 'http') &&
            !all.some((spec) => spec.key === String(check.port)))
            all.push(parsePort(String(check.port)));
    }
    return all;
}
function readBuild() {
    const context = getString(Inputs.Context);
    const dockerfile = getString(Inputs.Dockerfile) || undefined;
    const buildArgs = getMap(Inputs.BuildArgs);
    const target = getString(Inputs.Target) || undefined;
    if (!context) {
        const stray = [Inputs.Dockerfile, Inputs.BuildArgs, Inputs.Target].find((spec) => getString(spec) !== '');
        if (stray)
            throw new errors/* ConfigError */.xL(`input '${stray.name}' needs 'context' (the build context) too`);
        return undefined;
    }
    return { context, dockerfile, buildArgs, target };
}
/** Inputs that only apply to some checks, set while no such check is asked for (an explicit list only). */
function unusedInputs(checks) {
    if (checks.length === 0)
        return [];
    const unused = [];
    if (!checks.some((check) => check.kind === 'http')) {
        if (getString(Inputs.ExpectStatus) !== Inputs.ExpectStatus.default)
            unused.push(Inputs.ExpectStatus);
        if (getString(Inputs.ExpectBody))
            unused.push(Inputs.ExpectBody);
    }
    if (!checks.some((check) => check.kind === 'exit') && getString(Inputs.ExpectExitCode) !== '0')
        unused.push(Inputs.ExpectExitCode);
    return unused.map((spec) => spec.name);
}
function readCache(build) {
    const cache = getBool(Inputs.Cache);
    if (cache && !build)
        throw new errors/* ConfigError */.xL(`input '${Inputs.Cache.name}' caches the image built from 'context', and 'context' is not set`);
    return cache;
}
function readSettings() {
    const image = getString(Inputs.Image);
    const build = readBuild();
    if (!image && !build)
        throw new errors/* ConfigError */.xL(`input '${Inputs.Image.name}' (or '${Inputs.Context.name}') is required`);
    const waitFor = readWaitFor();
    const entrypointText = getText(Inputs.Entrypoint).trim();
    const [entrypoint, ...entrypointArgs] = entrypointText ? args(Inputs.Entrypoint, entrypointText) : [];
    const command = [...entrypointArgs, ...args(Inputs.Command, getText(Inputs.Command))];
    const timeoutMs = getDuration(Inputs.Timeout, { min: 1 });
    const stableForMs = getDuration(Inputs.StableFor);
    if (stableForMs >= timeoutMs && waitFor.some((check) => check.kind === 'running')) {
        throw new errors/* ConfigError */.xL(`input '${Inputs.StableFor.name}' (${formatDuration(stableForMs)}) must be shorter than '${Inputs.Timeout.name}' (${formatDuration(timeoutMs)})`);
    }
    return {
        image,
        build,
        ports: withCheckedPorts(readPorts(), waitFor),
        env: getMap(Inputs.Env, /^[A-Za-z_][A-Za-z0-9_.-]*$/),
        command,
        entrypoint,
        network: getString(Inputs.Network) || undefined,
        options: readOptions(),
        waitFor,
        expectStatus: getStatusSet(Inputs.ExpectStatus),
        expectBody: getRegex(Inputs.ExpectBody),
        expectExitCode: getInt(Inputs.ExpectExitCode, { min: 0, max: 255 }),
        expectLogs: getRegex(Inputs.ExpectLogs),
        rejectLogs: getRegex(Inputs.RejectLogs),
        exec: getList(Inputs.Exec).map((line) => args(Inputs.Exec, line)),
        timeoutMs,
        stableForMs,
        logLines: getInt(Inputs.LogLines, { min: 0, max: 100_000 }),
        cleanup: getEnum(Inputs.Cleanup, ['always', 'on-success', 'never']),
        removeImage: getBool(Inputs.RemoveImage),
        cache: readCache(build),
        diagnostics: getEnum(Inputs.Diagnostics, ['on-failure', 'always', 'never']),
        unusedInputs: unusedInputs(waitFor),
    };
}

;// CONCATENATED MODULE: ./actions/docker-smoke-test/log-match.js
// Log patterns matched against a container's whole output as it streams by, line by line, in bounded
// memory: a `panic:` followed by megabytes of output is still found.
/** Longest unfinished line kept; a longer one is matched in windows that overlap by OVERLAP_CHARS. */
const MAX_LINE_CHARS = 64 * 1024;
const OVERLAP_CHARS = 4 * 1024;
const EXCERPT_CHARS = 160;
/** A pattern as it is tested on one line: without g/y, whose lastIndex would carry over between lines. */
function lineRegex(pattern) {
    return /[gy]/.test(pattern.flags)
        ? new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''))
        : pattern;
}
function excerpt(line) {
    const trimmed = line.trim();
    return trimmed.length > EXCERPT_CHARS ? `${trimmed.slice(0, EXCERPT_CHARS - 3)}...` : trimmed;
}
/**
 * Tests every complete line of each stream against each pattern, once, and remembers the first line
 * each pattern matched. stdout and stderr are split separately, so interleaved chunks never make up
 * a line that was not written.
 */
class LineMatcher {
    patterns;
    found = new Map();
    carry = { stdout: '', stderr: '' };
    constructor(patterns) {
        this.patterns = [...new Set(patterns.filter((pattern) => pattern !== undefined))].map((key) => ({
            key,
            regex: lineRegex(key),
        }));
    }
    push(stream, chunk) {
        if (this.found.size === this.patterns.length)
            return;
        const lines = (this.carry[stream] + chunk).split('\n');
        let rest = lines.pop();
        for (const line of lines)
            this.test(line.endsWith('\r') ? line.slice(0, -1) : line);
        if (rest.length > MAX_LINE_CHARS) {
            this.test(rest);
            rest = rest.slice(rest.length - OVERLAP_CHARS);
        }
        this.carry[stream] = rest;
    }
    /** The streams ended: their unfinished last lines are lines too. */
    end() {
        for (const stream of ['stdout', 'stderr']) {
            if (this.carry[stream])
                this.test(this.carry[stream]);
            this.carry[stream] = '';
        }
    }
    /**
     * The first line `pattern` matched (shortened), or undefined. A line still being written counts as
     * far as it has arrived, so `printf ready` without a newline is seen at once.
     */
    match(pattern) {
        const found = this.found.get(pattern);
        if (found !== undefined)
            return found;
        const entry = this.patterns.find((candidate) => candidate.key === pattern);
        if (!entry)
            return undefined;
        for (const stream of ['stdout', 'stderr']) {
            if (this.carry[stream] && entry.regex.test(this.carry[stream]))
                return excerpt(this.carry[stream]);
        }
        return undefined;
    }
    test(line) {
        for (const { key, regex } of this.patterns) {
            if (!this.found.has(key) && regex.test(line))
                this.found.set(key, excerpt(line));
        }
    }
}

;// CONCATENATED MODULE: ./actions/docker-smoke-test/verify.js





/** `expect-logs` / `reject-logs` against the lines a LineMatcher saw. */
function checkLogs(lines, expect, reject) {
    const rows = [];
    if (expect) {
        const line = lines.match(expect);
        rows.push({
            name: `expect-logs /${expect.source}/`,
            passed: line !== undefined,
            detail: line === undefined ? 'no log line matched' : `found: ${line}`,
        });
    }
    if (reject) {
        const line = lines.match(reject);
        rows.push({
            name: `reject-logs /${reject.source}/`,
            passed: line === undefined,
            detail: line === undefined ? 'not found' : `found: ${line}`,
        });
    }
    return rows;
}
/** Runs each `exec` command inside the container; each must exit 0. Stops at the first failure. */
async function runExecChecks(docker, containerId, commands, timeoutMs, signal) {
    const rows = [];
    for (const command of commands) {
        const name = `exec ${command.join(' ')}`;
        const result = await docker.exec(['exec', containerId, ...command], { signal, timeoutMs });
        const output = mergeStreams(result).trim();
        shared_core/* startGroup */.Oh(one_line_oneLine(`${name} \u2192 ${result.timedOut ? 'timed out' : `exit ${result.exitCode}`}`));
        printForeign(output);
        shared_core/* endGroup */.N4();
        const last = output.split('\n').at(-1) ?? '';
        const passed = result.exitCode === 0;
        rows.push({
            name,
            passed,
            detail: result.timedOut ? 'timed out' : `exit ${result.exitCode}${passed || !last ? '' : `: ${last}`}`,
        });
        if (!passed)
            break;
    }
    return rows;
}
/**
 * Everything the container logged so far (both streams), streamed through the patterns line by line:
 * the whole log is matched, however long, and none of it is kept.
 */
async function scanLogs(docker, containerId, patterns) {
    const lines = new LineMatcher(patterns);
    await docker.exec(['logs', containerId], {
        timeoutMs: 60_000,
        maxOutputBytes: 64 * 1024,
        onStdout: (chunk) => lines.push('stdout', chunk),
        onStderr: (chunk) => lines.push('stderr', chunk),
    });
    lines.end();
    return lines;
}
/** The checks after readiness: `exec` commands, then the log assertions. Fails at the first miss. */
async function verifyContainer(docker, containerId, settings, rows, signal) {
    const execRows = await runExecChecks(docker, containerId, settings.exec, settings.timeoutMs, signal);
    rows.push(...execRows);
    const failedExec = execRows.find((row) => !row.passed);
    if (failedExec)
        throw new errors/* ActionFailure */.dR(`${failedExec.name} failed: ${failedExec.detail}`);
    if (!settings.expectLogs && !settings.rejectLogs)
        return;
    const { expectLogs, rejectLogs } = settings;
    const lines = await scanLogs(docker, containerId, [expectLogs, rejectLogs]);
    const logRows = checkLogs(lines, expectLogs, rejectLogs);
    rows.push(...logRows);
    const failedLogs = logRows.find((row) => !row.passed);
    if (failedLogs)
        throw new errors/* ActionFailure */.dR(`${failedLogs.name}: ${failedLogs.detail}`);
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

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
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

;// CONCATENATED MODULE: ./actions/docker-smoke-test/wait.js







/** While nothing answers on a port, a refused connection costs microseconds: retry this often. */
const CONNECT_POLL_MS = 20;
/** How often the engine is asked directly, in case the event stream lags. */
const ENGINE_POLL_MS = 1000;
/** A check that can never pass any more (wrong exit code, unhealthy, \u2026). */
class CheckFailed extends Error {
}
class ContainerDied extends Error {
}
class TimedOut extends Error {
}
function wait_excerpt(text, max = 200) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    return oneLine.length > max ? `${oneLine.slice(0, max - 3)}...` : oneLine || '(empty)';
}
function describeDeath(death, startedAt) {
    const after = formatDuration(Math.max(0, death.ranMs ?? death.at - startedAt));
    return `container exited with code ${death.exitCode}${death.oom ? ' (OOMKilled)' : ''} after ${after}`;
}
/** Waits until every check passes, the container dies (fail fast), a check fails for good, or the deadline. */
async function waitForReady(options) {
    const results = options.checks.map((check) => ({
        check,
        passed: false,
        detail: 'not checked yet',
    }));
    const http = {};
    const local = new AbortController();
    const signal = AbortSignal.any([options.signal, local.signal]);
    const timer = (0,shared_timer/* setTimer */.mI)(() => local.abort(new TimedOut()), options.deadline.remaining());
    const waitsForExit = options.checks.some((check) => check.kind === 'exit');
    const elapsed = () => Math.round(performance.now() - options.startedAt);
    try {
        const all = Promise.all(results.map(async (result) => {
            result.detail = await runCheck(result, options, http, signal);
            result.passed = true;
            result.elapsedMs = elapsed();
            options.onPass?.(result);
        }));
        const engine = watchEngine(options, signal).then(() => {
            if (!waitsForExit)
                throw new ContainerDied();
            return new Promise(() => { });
        });
        await Promise.race([all, engine]);
        return { ready: true, results, readyMs: elapsed(), lastHttp: http.last, death: options.watch.death };
    }
    catch (error) {
        if (options.signal.aborted)
            throw abortReason(options.signal);
        const reason = local.signal.aborted ? local.signal.reason : error;
        const base = { ready: false, results, lastHttp: http.last, death: options.watch.death };
        if (reason instanceof TimedOut) {
            const pending = results.filter((result) => !result.passed);
            const what = pending.map((result) => `${result.check.raw}: ${result.detail}`).join('; ');
            return { ...base, failure: `not ready after ${formatDuration(options.deadline.totalMs)}: ${what}` };
        }
        if (reason instanceof ContainerDied) {
            const death = await confirmOom(options, options.signal);
            return { ...base, failure: `${describeDeath(death, options.startedAt)}, before it was ready` };
        }
        if (reason instanceof CheckFailed)
            return { ...base, failure: reason.message };
        throw error;
    }
    finally {
        clearTimeout(timer);
        local.abort();
    }
}
/** Resolves once the container is gone or restarted: from the event stream, or by asking the engine. */
async function watchEngine(options, signal) {
    const { watch, docker, containerId } = options;
    let lastPoll = performance.now();
    while (!watch.death) {
        await watch.changed(lastPoll + ENGINE_POLL_MS - performance.now(), signal);
        if (watch.death || performance.now() - lastPoll < ENGINE_POLL_MS)
            continue;
        lastPoll = performance.now();
        const info = await docker.inspectContainer(containerId, signal);
        if (!info)
            watch.markDead(-1, false);
        else if (!info.State.Running || info.State.Restarting || info.RestartCount > 0)
            watch.markDead(info.State.ExitCode, info.State.OOMKilled);
    }
}
async function runCheck(result, options, http, signal) {
    const { check } = result;
    switch (check.kind) {
        case 'running':
            result.detail = `not up for stable-for (${formatDuration(options.stableForMs)}) yet`;
            return checkRunning(options, signal);
        case 'healthy':
            return checkHealthy(result, options, signal);
        case 'exit':
            return checkExit(options, signal);
        case 'log':
            return checkLog(check.pattern, result, options, signal);
        case 'tcp':
            return checkTcp(check.port, result, options, signal);
        case 'http':
            return checkHttp(check, result, options, http, signal);
    }
}
async function checkRunning(options, signal) {
    const until = options.startedAt + options.stableForMs;
    while (performance.now() < until)
        await options.watch.changed(until - performance.now(), signal);
    const info = await options.docker.inspectContainer(options.containerId, signal);
    // A stopped container is reported by the engine watch.
    if (!info?.State.Running)
        return new Promise(() => { });
    if (info.RestartCount > 0)
        throw new CheckFailed(`container restarted ${info.RestartCount} times`);
    return `still up after ${formatDuration(options.stableForMs)}`;
}
async function checkHealthy(result, options, signal) {
    const { healthcheck, watch, docker, containerId, deadline } = options;
    if (!healthcheck) {
        throw new CheckFailed('the image has no HEALTHCHECK: wait for running, log:<regex>, tcp:<port> or http:<port>/<path> instead');
    }
    // The engine's first probe comes only after the HEALTHCHECK interval (30s by default): probe sooner by hand.
    const command = healthcheckCommand(healthcheck);
    const probeTimeoutMs = healthcheck.Timeout ? healthcheck.Timeout / 1e6 : 30_000;
    const backoff = new Backoff({ initialMs: 100, maxMs: 1000, factor: 2 });
    let nextProbe = performance.now();
    for (;;) {
        if (watch.health === 'healthy')
            return 'HEALTHCHECK reports healthy';
        if (watch.health === 'unhealthy') {
            const info = await docker.inspectContainer(containerId, signal);
            const last = info?.State.Health?.Log?.at(-1);
            const why = last ? `: exit ${last.ExitCode}, ${wait_excerpt(last.Output)}` : '';
            throw new CheckFailed(`HEALTHCHECK reports unhealthy${why}`);
        }
        if (performance.now() >= nextProbe) {
            const probe = await docker.exec(['exec', containerId, ...command], {
                signal,
                timeoutMs: Math.max(1, Math.min(probeTimeoutMs, deadline.remaining())),
            });
            if (probe.exitCode === 0)
                return 'HEALTHCHECK command passed';
            result.detail = `HEALTHCHECK command: ${probe.timedOut ? 'timed out' : `exit ${probe.exitCode}`}, ${wait_excerpt(probe.stdout + probe.stderr, 120)}`;
            nextProbe = performance.now() + backoff.next();
        }
        await watch.changed(nextProbe - performance.now(), signal);
    }
}
/** The engine may send a container's `oom` event after its `die`: for a SIGKILL exit, its state decides. */
async function confirmOom(options, signal) {
    const death = options.watch.death;
    if (!death.oom && death.exitCode === 137) {
        const info = await options.docker.inspectContainer(options.containerId, signal).catch(() => undefined);
        if (info?.State.OOMKilled)
            death.oom = true;
    }
    return death;
}
async function checkExit(options, signal) {
    while (!options.watch.death)
        await options.watch.changed(ENGINE_POLL_MS, signal);
    const death = await confirmOom(options, signal);
    const { exitCode, oom } = death;
    if (exitCode !== options.expectExitCode || oom) {
        throw new CheckFailed(`${describeDeath(death, options.startedAt)}, expected exit code ${options.expectExitCode}`);
    }
    return `exited with code ${exitCode}`;
}
/** After the container exits, its last log lines may still be on their way. */
const LOG_FLUSH_MS = 1000;
async function checkLog(pattern, result, options, signal) {
    const { watch } = options;
    result.detail = `no log line matched /${pattern.source}/ yet`;
    for (;;) {
        const line = watch.lines.match(pattern);
        if (line !== undefined)
            return `log: ${wait_excerpt(line, 120)}`;
        if (watch.death && performance.now() - watch.death.at > LOG_FLUSH_MS)
            throw new CheckFailed(`container exited without logging /${pattern.source}/`);
        await watch.changed(ENGINE_POLL_MS, signal);
    }
}
async function checkTcp(port, result, options, signal) {
    let target = options.endpoints.tcp(port);
    const backoff = new Backoff({ initialMs: 50, maxMs: 1000, factor: 2 });
    for (;;) {
        const timeoutMs = Math.max(1, Math.min(2000, options.deadline.remaining()));
        const probe = await probeTcp(target, { timeoutMs, signal });
        if (probe.ok)
            return `accepting connections on ${target.host}:${target.port}`;
        result.detail = probe.error ?? 'not accepting connections';
        if (probe.code !== 'ECONNREFUSED' && target.fallback) {
            // The container address is not reachable from here (rootless engine, VM): use the published port.
            target = { ...target.fallback };
            continue;
        }
        await options.watch.changed(probe.code === 'ECONNREFUSED' ? CONNECT_POLL_MS : backoff.next(), signal);
    }
}
async function checkHttp(check, result, options, http, signal) {
    const target = options.endpoints.http(check.port);
    const host = target.host.includes(':') ? `[${target.host}]` : target.host;
    const url = `${check.tls ? 'https' : 'http'}://${host}:${target.port}${check.path}`;
    const backoff = new Backoff({ initialMs: 50, maxMs: 1000, factor: 2 });
    for (;;) {
        const timeoutMs = Math.max(1, Math.min(5000, options.deadline.remaining()));
        // Test containers serve self-signed certificates: https checks prove the service, not its certificate.
        const response = await probeHttp(url, { timeoutMs, signal, insecure: true, followRedirects: true });
        const failure = checkHttpResponse(response, { status: options.expectStatus, body: options.expectBody });
        http.last = { url, status: response.status, body: response.body, error: response.error };
        options.onHttp?.(http.last);
        if (failure === undefined)
            return `${url}: status ${response.status}`;
        result.detail = `${url}: ${failure}`;
        // Until the service listens, the engine's port proxy accepts and drops connections: poll fast.
        const answered = response.status !== undefined;
        await options.watch.changed(answered ? backoff.next() : CONNECT_POLL_MS, signal);
    }
}

;// CONCATENATED MODULE: ./actions/docker-smoke-test/watch.js



/** Kept of the followed logs for display; older text is dropped (patterns see all of it, see `lines`). */
const MAX_LOG_CHARS = 1024 * 1024;
/**
 * Follows one container through the engine's event stream and its log stream, so an exit, a health
 * change or a log line wakes the waiters at once instead of at the next poll.
 */
class ContainerWatch {
    docker;
    name;
    /** The tail of the log, for display. */
    logs = '';
    /** The `log:` patterns, matched against every line as it arrives. */
    lines;
    health;
    death;
    oom = false;
    startedNs;
    waiters = new Set();
    stop = new AbortController();
    followers = [];
    logsDone;
    constructor(docker, name, logPatterns = []) {
        this.docker = docker;
        this.name = name;
        this.lines = new LineMatcher(logPatterns);
    }
    /** Subscribes to engine events; call before `docker run` (events are replayed from `sinceMs`). */
    followEvents(sinceMs) {
        let pending = '';
        const events = this.docker.exec([
            'events',
            '--since',
            (sinceMs / 1000).toFixed(3),
            '--filter',
            'type=container',
            '--filter',
            `container=${this.name}`,
            '--format',
            '{{json .}}',
        ], {
            signal: this.stop.signal,
            timeoutMs: 0,
            maxOutputBytes: 64 * 1024,
            onStdout: (chunk) => {
                pending += chunk;
                const lines = pending.split('\n');
                pending = lines.pop();
                for (const line of lines)
                    if (line.trim())
                        this.onEvent(line);
            },
        });
        this.followers.push(events.catch(() => { }));
    }
    /** Follows the container's output (both streams) from its start. */
    followLogs(id) {
        const append = (stream, chunk) => {
            this.logs += chunk;
            if (this.logs.length > MAX_LOG_CHARS)
                this.logs = this.logs.slice(this.logs.length - MAX_LOG_CHARS);
            this.lines.push(stream, chunk);
            this.notify();
        };
        const logs = this.docker.exec(['logs', '--follow', id], {
            signal: this.stop.signal,
            timeoutMs: 0,
            maxOutputBytes: 64 * 1024,
            onStdout: (chunk) => append('stdout', chunk),
            onStderr: (chunk) => append('stderr', chunk),
        });
        this.logsDone = logs.then(() => this.lines.end(), () => this.lines.end());
        this.followers.push(this.logsDone);
    }
    onEvent(line) {
        let event;
        try {
            event = JSON.parse(line);
        }
        catch {
            return;
        }
        const action = event.Action ?? event.status ?? '';
        // timeNano exceeds 2^53: read it from the text, not the parsed number.
        const nanos = /"timeNano":(\d+)/.exec(line)?.[1];
        if (action === 'start' && nanos)
            this.startedNs ??= BigInt(nanos);
        else if (action === 'oom')
            this.oom = true;
        else if (action === 'die') {
            const exitCode = Number(event.Actor?.Attributes?.exitCode ?? -1);
            const ranMs = nanos && this.startedNs !== undefined
                ? Number((BigInt(nanos) - this.startedNs) / 1000000n)
                : undefined;
            this.death ??= { exitCode, oom: this.oom, at: performance.now(), ranMs };
        }
        else if (action.startsWith('health_status:'))
            this.health = action.slice('health_status:'.length).trim();
        this.notify();
    }
    /** Records a death seen by polling the engine (a fallback should the event stream lag). */
    markDead(exitCode, oom) {
        this.death ??= { exitCode, oom, at: performance.now() };
        this.notify();
    }
    notify() {
        const waiters = [...this.waiters];
        this.waiters.clear();
        for (const wake of waiters)
            wake();
    }
    /** Resolves at the next event or log chunk, or after `ms`; rejects when `signal` aborts. */
    changed(ms, signal) {
        return new Promise((resolve, reject) => {
            if (signal.aborted)
                return reject(abortReason(signal));
            const done = () => {
                clearTimeout(timer);
                signal.removeEventListener('abort', onAbort);
                this.waiters.delete(done);
                resolve();
            };
            const onAbort = () => {
                clearTimeout(timer);
                this.waiters.delete(done);
                reject(abortReason(signal));
            };
            const timer = (0,shared_timer/* setTimer */.mI)(done, Math.max(0, ms));
            this.waiters.add(done);
            signal.addEventListener('abort', onAbort, { once: true });
        });
    }
    /**
     * Stops following. After the container exited, its log stream ends by itself once every line is
     * delivered: that is awaited (up to `flushMs`) so the last lines are not cut off.
     */
    async close(flushMs = 1000) {
        if (this.death && this.logsDone) {
            let timer;
            await Promise.race([
                this.logsDone,
                new Promise((resolve) => (timer = (0,shared_timer/* setTimer */.mI)(() => resolve(undefined), flushMs))),
            ]);
            clearTimeout(timer);
        }
        this.stop.abort();
        this.notify();
        await Promise.all(this.followers);
    }
}

;// CONCATENATED MODULE: ./actions/docker-smoke-test/main.js





















const ACTION = 'docker-smoke-test';
/** A log group of what the container and its answers said: foreign text, so no workflow command runs. */
function group(title, lines) {
    shared_core/* startGroup */.Oh(one_line_oneLine(title));
    printForeign(lines.join('\n'));
    shared_core/* endGroup */.N4();
}
function defaultChecks(image) {
    const healthy = activeHealthcheck(image.Config?.Healthcheck) !== undefined;
    return [healthy ? { kind: 'healthy', raw: 'healthy' } : { kind: 'running', raw: 'running' }];
}
/** The `wait-for: log:` patterns, matched by the watch against every line as it arrives. */
function logChecks(settings) {
    return settings.waitFor.flatMap((check) => (check.kind === 'log' ? [check.pattern] : []));
}
async function run({ signal }) {
    const settings = readSettings();
    for (const [, value] of settings.env)
        mask_maskSecret(value);
    // Build args are often credentials (a registry token for a private package feed).
    for (const [, value] of settings.build?.buildArgs ?? [])
        mask_maskSecret(value);
    if (settings.unusedInputs.length) {
        const which = settings.unusedInputs.join(', ');
        const verb = settings.unusedInputs.length === 1 ? 'is' : 'are';
        shared_core/* warning */.$e(`${ACTION}: ${which} ${verb} not used by any wait-for check`);
    }
    const docker = new DockerCli();
    const runId = process.env.GITHUB_RUN_ID ?? 'local';
    const since = new Date();
    let builtTags = [];
    let image = settings.image;
    if (settings.build) {
        const build = settings.cache ? cachedBuild : buildImage;
        builtTags = (await build(docker, settings.build, settings.image, runId, signal)).tags;
        image = builtTags[0];
        if (settings.removeImage)
            shared_core/* saveState */.LZ(State.Images, builtTags.join(' '));
    }
    else if (settings.removeImage) {
        shared_core/* info */.pq('remove-image: this step built no image, so none is removed');
    }
    const imageInfo = await resolveImage(docker, image, signal);
    const name = containerName(runId);
    shared_core/* saveState */.LZ(State.Container, name);
    shared_core/* saveState */.LZ(State.RemoveContainer, String(settings.cleanup !== 'never'));
    const session = {
        settings,
        runId,
        docker,
        watch: new ContainerWatch(docker, name, logChecks(settings)),
        name,
        image,
        imageInfo,
        rows: [],
        passed: false,
        http: new HttpLog(),
    };
    try {
        await smokeTest(session, signal);
        session.passed = true;
    }
    finally {
        await report(session, signal);
        if (!signal.aborted && wantDiagnostics(settings.diagnostics, session.passed))
            await saveDiagnostics({
                docker,
                containerId: session.container?.id,
                image,
                since,
                http: session.http,
                report: { passed: session.passed, outcome: session.outcome, checks: session.rows },
            }, signal);
        // on-success keeps a failed container for a look at it; a cancelled run has nothing to look at.
        const keep = settings.cleanup === 'never' ||
            (settings.cleanup === 'on-success' && !session.passed && !signal.aborted);
        if (!keep) {
            await removeContainer(docker, name);
            shared_core/* saveState */.LZ(State.Container, '');
            if (settings.removeImage && builtTags.length)
                await removeImages(docker, builtTags);
        }
        else {
            if (session.container)
                shared_core/* info */.pq(`Keeping container ${name} (cleanup: ${settings.cleanup})`);
            shared_core/* saveState */.LZ(State.RemoveContainer, 'false');
        }
        // A kept container still uses the image; nothing is left for the post step either way.
        shared_core/* saveState */.LZ(State.Images, '');
    }
}
/** Run, wait for readiness, then the checks on the ready container; throws at the first failure. */
async function smokeTest(session, signal) {
    const { settings, docker, watch } = session;
    const checks = settings.waitFor.length ? settings.waitFor : defaultChecks(session.imageInfo);
    shared_core/* info */.pq(`Starting ${session.image} as ${session.name}, waiting for ${checks.map((c) => c.raw).join(', ')}`);
    const container = await startContainer(docker, settings, session.image, session.name, session.runId, watch, signal);
    session.container = container;
    const outcome = await waitForReady({
        docker,
        watch,
        containerId: container.id,
        checks,
        deadline: new Deadline(settings.timeoutMs),
        startedAt: container.startedAt,
        stableForMs: settings.stableForMs,
        expectStatus: settings.expectStatus,
        expectBody: settings.expectBody,
        expectExitCode: settings.expectExitCode,
        healthcheck: activeHealthcheck(container.info?.Config.Healthcheck),
        endpoints: endpoints(container.info, container.published),
        signal,
        onHttp: (exchange) => session.http.record(exchange),
        onPass: (result) => shared_core/* info */.pq(one_line_oneLine(`\u2714 ${result.check.raw}: ${result.detail} (+${formatDuration(result.elapsedMs ?? 0)})`)),
    });
    session.outcome = outcome;
    session.rows.push(...outcome.results.map((result) => ({
        name: result.check.raw,
        passed: result.passed,
        // A check still open when the wait failed shows why it failed, not only its own last state.
        detail: outcome.ready || result.passed ? result.detail : `${outcome.failure} (check: ${result.detail})`,
    })));
    if (!outcome.ready) {
        shared_core/* info */.pq(one_line_oneLine(`\u2716 ${outcome.failure}`));
        throw new errors/* ActionFailure */.dR(outcome.failure);
    }
    shared_core/* info */.pq(`Ready after ${formatDuration(outcome.readyMs)}`);
    await verifyContainer(docker, container.id, settings, session.rows, signal);
}
/** Outputs, the job summary, and on failure the state, last HTTP answer and log tail that explain it. */
async function report(session, signal) {
    const { docker, settings, container, outcome, passed } = session;
    if (signal.aborted) {
        await session.watch.close();
        setOutputs({ [Outputs.ImageId]: session.imageInfo.Id, [Outputs.ContainerId]: container?.id ?? '' });
        return;
    }
    // The followed log stream has every line in arrival order; the engine is asked only to explain a failure.
    const [, info] = await Promise.all([
        session.watch.close(),
        container && !passed ? docker.inspectContainer(container.id) : undefined,
    ]);
    let logs = session.watch.logs;
    if (!logs && container)
        logs = await docker.logs(container.id, settings.logLines);
    const logTail = tail(logs, settings.logLines);
    const exitCode = session.watch.death?.exitCode ?? (info?.State.Running === false ? info.State.ExitCode : undefined);
    setOutputs({
        [Outputs.ImageId]: session.imageInfo.Id,
        [Outputs.ContainerId]: container?.id ?? '',
        [Outputs.Ports]: container?.published ?? {},
        [Outputs.ReadyMs]: outcome?.readyMs ?? '',
        [Outputs.ExitCode]: exitCode ?? '',
        [Outputs.Logs]: logTail,
    });
    if (!passed && container) {
        group(`docker inspect ${session.name}: ${info?.State.Status ?? 'gone'}`, stateSummary(info));
        if (outcome?.lastHttp)
            group('Last HTTP response', httpSummary(outcome.lastHttp));
        group(`Container log (last ${settings.logLines} lines)`, logTail ? logTail.split('\n') : ['(no output)']);
    }
    await writeSummaryTable({
        heading: `docker-smoke-test: ${passed ? 'passed' : 'failed'}`,
        intro: summaryIntro(session.image, session.imageInfo.Size, outcome?.readyMs),
        columns: SUMMARY_COLUMNS,
        rows: summaryRows(session.rows),
    });
}


/***/ }),

/***/ 783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  N4: () => (/* reexport */ core_js_namespaceObject.endGroup),
  pq: () => (/* reexport */ core_js_namespaceObject.info),
  _o: () => (/* reexport */ core_js_namespaceObject.isDebug),
  LZ: () => (/* reexport */ core_js_namespaceObject.saveState),
  C1: () => (/* reexport */ core_js_namespaceObject.setFailed),
  uH: () => (/* reexport */ core_js_namespaceObject.setOutput),
  Pq: () => (/* reexport */ core_js_namespaceObject.setSecret),
  Oh: () => (/* reexport */ core_js_namespaceObject.startGroup),
  z: () => (/* reexport */ core_js_namespaceObject.summary),
  $e: () => (/* reexport */ core_js_namespaceObject.warning)
});

// UNUSED EXPORTS: error, getState, notice, output

;// CONCATENATED MODULE: external "../toolkit/core.js"
var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
const core_js_namespaceObject = x({ ["endGroup"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.endGroup), ["info"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.info), ["isDebug"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.isDebug), ["saveState"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.saveState), ["setFailed"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.setFailed), ["setOutput"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.setOutput), ["setSecret"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.setSecret), ["startGroup"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.startGroup), ["summary"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.summary), ["warning"]: () => (__WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__.warning) });
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
/******/ var __webpack_exports__ = __nccwpck_require__(217);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
