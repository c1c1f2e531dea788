import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
import * as __WEBPACK_EXTERNAL_MODULE__toolkit_core_js_b91ce3cc__ from "../toolkit/core.js";
/******/ var __webpack_modules__ = ({

/***/ 618:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_run_action_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(937);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(232);


await (0,_shared_run_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION */ .h, _main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 232:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  h: () => (/* binding */ ACTION),
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./shared/core.js + 1 modules
var core = __nccwpck_require__(783);
// EXTERNAL MODULE: ./shared/errors.js
var errors = __nccwpck_require__(952);
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
    core/* summary */.z.addHeading(escapeHtml(table.heading), 3);
    if (table.intro)
        core/* summary */.z.addRaw(`<p>${escapeHtml(table.intro)}</p>`, true);
    await core/* summary */.z
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
    const emit = level === 'error' ? core/* error */.z3 : level === 'warning' ? core/* warning */.$e : core/* notice */.lm;
    emit(message, properties);
}
/** Sets every output; objects and arrays become JSON. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value === undefined)
            continue;
        core/* setOutput */.uH(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
    }
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./actions/lockfile-check/json-position.js
/**
 * Offset of the first JSON syntax error in `text` (V8 does not always say where: "Unexpected token '}',
 * … is not valid JSON"). A minimal recursive-descent scanner; only called after JSON.parse failed.
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
    const value = () => {
        space();
        const char = text[at];
        if (char === '{') {
            at++;
            space();
            if (text[at] === '}') {
                at++;
                return;
            }
            for (;;) {
                space();
                if (text[at] !== '"')
                    fail();
                string();
                space();
                if (text[at] !== ':')
                    fail();
                at++;
                value();
                space();
                if (text[at] === ',')
                    at++;
                else if (text[at] === '}') {
                    at++;
                    return;
                }
                else
                    fail();
            }
        }
        if (char === '[') {
            at++;
            space();
            if (text[at] === ']') {
                at++;
                return;
            }
            for (;;) {
                value();
                space();
                if (text[at] === ',')
                    at++;
                else if (text[at] === ']') {
                    at++;
                    return;
                }
                else
                    fail();
            }
        }
        if (char === '"')
            string();
        else if (char === 't')
            literal('true');
        else if (char === 'f')
            literal('false');
        else if (char === 'n')
            literal('null');
        else
            number();
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
let loaded;
/**
 * yaml, smol-toml and node-semver, loaded on first need. The import is left to Node (webpackIgnore): in
 * dist/ it is the file beside the bundle, built from parsers.ts on its own.
 */
function loadParsers() {
    loaded ??= import(/* webpackIgnore: true */ './parsers.js');
    return loaded;
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
    try {
        return { path, text: (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.resolve)(cwd, path), 'utf8') };
    }
    catch (error) {
        const code = error.code ?? 'error';
        throw new FileProblem(path, 1, `cannot read ${path}: ${code}`);
    }
}
/** `fs.promises.readdir(path, { withFileTypes: true })`, read synchronously. */
async function readDirents(path) {
    return (0,external_node_fs_namespaceObject.readdirSync)(path, { withFileTypes: true });
}
/** 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1))
        line++;
    return line;
}
function parseJson(file) {
    try {
        return JSON.parse(file.text);
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
// The TOML and YAML parsers are loaded only when a lockfile needs them (most repositories have neither).
/** `bigints`: integers as bigint, so they stay apart from floats (Poetry's hash needs the difference). */
async function parseTomlText(file, bigints = false) {
    const { parseToml, TomlError } = await loadParsers();
    try {
        return (bigints ? parseToml(file.text, { integersAsBigInt: true }) : parseToml(file.text));
    }
    catch (error) {
        const line = error instanceof TomlError ? error.line : 1;
        const reason = error.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
        throw new FileProblem(file.path, line, `${file.path}:${line}: invalid TOML: ${reason}`);
    }
}
async function parseYamlText(file) {
    const { parseYaml, YAMLParseError } = await loadParsers();
    try {
        return parseYaml(file.text, { uniqueKeys: false, maxAliasCount: -1 });
    }
    catch (error) {
        const line = error instanceof YAMLParseError ? (error.linePos?.[0]?.line ?? 1) : 1;
        const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new FileProblem(file.path, line, `${file.path}:${line}: invalid YAML: ${reason}`);
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The string entries of an object field (`dependencies`, …); anything else is empty. */
function stringMap(value) {
    const out = {};
    if (!isRecord(value))
        return out;
    for (const [key, spec] of Object.entries(value))
        if (typeof spec === 'string')
            out[key] = spec;
    return out;
}
/**
 * The line of `key` inside a section, found textually (parsers drop positions): the first line matching
 * `item` after the first line matching `section`, or the section line, or 1.
 */
function findLine(text, section, item) {
    const lines = text.split('\n');
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
/** The line of `[[package]]` `name = "…"` in a TOML lockfile (Cargo.lock, uv.lock, poetry.lock), or 1. */
function tomlPackageLine(text, name) {
    return findLine(text, undefined, new RegExp(`^name = "${escapeRegex(name)}"`));
}
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
/** Manifest file → the lockfile family that pins it. */
const MANIFESTS = {
    'package.json': 'js',
    'pyproject.toml': 'python',
    'Cargo.toml': 'cargo',
    'go.mod': 'go',
};
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
function ignored(path, rootRelative, patterns) {
    return patterns.some((pattern) => (0,external_node_path_namespaceObject.matchesGlob)(path, pattern) || (0,external_node_path_namespaceObject.matchesGlob)(rootRelative, pattern));
}
/** Walks the tree under `root` and pairs each manifest with its lockfile (either may be missing). */
async function discover(options) {
    const folders = new Map();
    const ignoredFamilies = new Set();
    const prefix = options.root === '.' ? '' : `${options.root}/`;
    async function walk(dir) {
        let entries;
        try {
            entries = await readDirents((0,external_node_path_namespaceObject.resolve)(options.cwd, dir));
        }
        catch (error) {
            // An unreadable subfolder (permissions, removed meanwhile) holds nothing we can check.
            if (dir !== options.root)
                return;
            throw error;
        }
        const files = new Set();
        const subdirs = [];
        for (const entry of entries) {
            const path = dir === '.' ? entry.name : `${dir}/${entry.name}`;
            const rootRelative = path.slice(prefix.length);
            if (ignored(path, rootRelative, options.ignore)) {
                // An ignored lockfile still pins its manifest: that manifest is not "missing" one.
                const locked = LOCKFILES.find(([name]) => name === entry.name);
                if (locked)
                    ignoredFamilies.add(`${dir}\0${FAMILY[locked[1]]}`);
                continue;
            }
            if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name))
                subdirs.push(path);
            else if (entry.isFile() && (MANIFESTS[entry.name] || LOCKFILES.some(([name]) => name === entry.name)))
                files.add(entry.name);
        }
        if (files.size)
            folders.set(dir, files);
        for (const subdir of subdirs.sort())
            await walk(subdir);
    }
    await walk(options.root);
    const pairs = [];
    const conflicts = [];
    const lockedFamilies = new Map();
    for (const [dir, files] of folders) {
        const families = new Set();
        for (const [name, ecosystem] of LOCKFILES)
            if (files.has(name))
                families.add(FAMILY[ecosystem]);
        lockedFamilies.set(dir, families);
    }
    const coveredByAncestor = (dir, family) => {
        for (let parent = external_node_path_namespaceObject.posix.dirname(dir);; parent = external_node_path_namespaceObject.posix.dirname(parent)) {
            if (lockedFamilies.get(parent)?.has(family))
                return true;
            if (parent === '.' || parent === '/' || parent === external_node_path_namespaceObject.posix.dirname(parent))
                return false;
        }
    };
    for (const [dir, files] of folders) {
        const present = LOCKFILES.filter(([name]) => files.has(name));
        const byFamily = new Map();
        for (const entry of present) {
            const family = FAMILY[entry[1]];
            byFamily.set(family, [...(byFamily.get(family) ?? []), entry]);
        }
        for (const [family, locks] of byFamily) {
            if (locks.length > 1)
                conflicts.push({ dir, lockfiles: locks.map(([name]) => external_node_path_namespaceObject.posix.join(dir, name)) });
            // npm reads npm-shrinkwrap.json and ignores package-lock.json when both exist.
            const used = locks.filter(([name], index) => !(name === 'package-lock.json' && locks[index - 1]?.[0] === 'npm-shrinkwrap.json'));
            const manifestName = MANIFEST_OF[family];
            for (const [name, ecosystem] of used) {
                pairs.push({
                    ecosystem,
                    dir,
                    manifest: files.has(manifestName) ? external_node_path_namespaceObject.posix.join(dir, manifestName) : undefined,
                    lockfile: external_node_path_namespaceObject.posix.join(dir, name),
                });
            }
        }
        for (const [manifestName, family] of Object.entries(MANIFESTS)) {
            if (!files.has(manifestName) || byFamily.has(family) || coveredByAncestor(dir, family))
                continue;
            if (ignoredFamilies.has(`${dir}\0${family}`))
                continue;
            const ecosystem = await guessEcosystem((0,external_node_path_namespaceObject.resolve)(options.cwd, dir, manifestName), family);
            pairs.push({ ecosystem, dir, manifest: external_node_path_namespaceObject.posix.join(dir, manifestName) });
        }
    }
    const wanted = new Set(options.ecosystems);
    return { pairs: pairs.filter((pair) => wanted.has(pair.ecosystem)), conflicts };
}
/** Which package manager a manifest without a lockfile is meant for (`packageManager`, `[tool.poetry]`). */
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
    return manager?.[1] ?? 'npm';
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
/** Checks an URL a package resolves to: allowed host and https. Non-URL specs (file:, git+ssh…) are skipped. */
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
/** A sha512 Subresource Integrity value (`sha512-…`); several space-separated hashes are allowed. */
function hasSha512(integrity) {
    if (typeof integrity !== 'string')
        return false;
    return integrity.startsWith('sha512-') || integrity.split(/\s+/).some((hash) => hash.startsWith('sha512-'));
}
function checkIntegrity(integrity, security) {
    if (!security.requireIntegrity || hasSha512(integrity))
        return [];
    const what = typeof integrity === 'string' && integrity
        ? `a weak integrity hash (${integrity.split('-')[0]})`
        : 'no integrity hash';
    return [{ kind: 'integrity', message: `has ${what}; expected sha512` }];
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
const SKIP = new Set(['node_modules', '.git', '.venv', 'target']);
/** Folders (relative, `/`-separated) holding `marker` (package.json) that the workspace globs match. */
async function expandWorkspaces(root, patterns, maxDepth = 4, marker = 'package.json') {
    const include = patterns.filter((pattern) => !pattern.startsWith('!')).map(normalise);
    const exclude = patterns
        .filter((pattern) => pattern.startsWith('!'))
        .map((pattern) => normalise(pattern.slice(1)));
    if (include.length === 0)
        return [];
    const found = [];
    async function walk(relative, depth) {
        let entries;
        try {
            entries = await readDirents((0,external_node_path_namespaceObject.join)(root, relative));
        }
        catch {
            return;
        }
        if (relative !== '' &&
            entries.some((entry) => entry.isFile() && entry.name === marker) &&
            include.some((pattern) => (0,external_node_path_namespaceObject.matchesGlob)(relative, pattern)) &&
            !exclude.some((pattern) => (0,external_node_path_namespaceObject.matchesGlob)(relative, pattern))) {
            found.push(relative);
        }
        if (depth >= maxDepth)
            return;
        for (const entry of entries) {
            if (!entry.isDirectory() || SKIP.has(entry.name))
                continue;
            await walk(relative === '' ? entry.name : external_node_path_namespaceObject.posix.join(relative, entry.name), depth + 1);
        }
    }
    await walk('', 0);
    return found.sort();
}
function normalise(pattern) {
    return external_node_path_namespaceObject.posix.normalize(pattern.replace(/\\/g, '/')).replace(/^\.\//, '').replace(/\/$/, '');
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/semver.js
// node-semver, loaded on first need only (with the other parsers, see lazy-parsers.ts): setting it up (a few
// hundred regular expressions) costs several milliseconds of a run that may never need it.

let semver;
async function loadSemver() {
    semver ??= (await loadParsers()).semver;
    return semver;
}
function semverIfLoaded() {
    return semver;
}
/** Thrown by synchronous checks that need node-semver before it was loaded (see withSemver). */
class SemverNotLoaded extends Error {
}
/**
 * Runs a synchronous check; when it needed node-semver before it was loaded, `reset` undoes what the first
 * attempt recorded, node-semver is loaded and the check runs again.
 */
async function withSemver(check, reset) {
    try {
        check();
        return;
    }
    catch (error) {
        if (!(error instanceof SemverNotLoaded))
            throw error;
    }
    reset();
    await loadSemver();
    check();
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/cargo.js






const FIX = 'cargo update --workspace';
const HOSTS = ['github.com', 'index.crates.io'];
const DEPENDENCY_TABLES = ['dependencies', 'dev-dependencies', 'build-dependencies'];
function table(value) {
    return isRecord(value) ? value : {};
}
/** Cargo requirement → node-semver range: `1.2` → `^1.2`, `=1.0.3` stays, `>=1, <2` → `>=1 <2`. */
function cargoRange(requirement) {
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
    const collect = (tables, prefix) => {
        for (const section of DEPENDENCY_TABLES) {
            for (const [key, raw] of Object.entries(table(tables[section]))) {
                let spec = raw;
                if (isRecord(raw) && raw.workspace === true) {
                    const inherited = workspaceDeps[key];
                    spec = isRecord(inherited)
                        ? { ...inherited, ...raw }
                        : typeof inherited === 'string'
                            ? { ...raw, version: inherited }
                            : raw;
                }
                const details = typeof spec === 'string' ? { version: spec } : table(spec);
                out.push({
                    key,
                    name: typeof details.package === 'string' ? details.package : key,
                    requirement: typeof details.version === 'string' ? details.version : undefined,
                    path: typeof details.path === 'string' ? details.path : undefined,
                    section: `${prefix}${section}`,
                });
            }
        }
    };
    collect(manifest, '');
    for (const [cfg, tables] of Object.entries(table(manifest.target)))
        collect(table(tables), `target.${cfg}.`);
    return out;
}
class CargoCheck {
    context;
    problems = new Problems('cargo', FIX);
    lock;
    semver;
    constructor(context) {
        this.context = context;
    }
    async run() {
        const { cwd, pair } = this.context;
        this.semver = await loadSemver();
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
        const members = (Array.isArray(workspace.members) ? workspace.members : []).filter((item) => typeof item === 'string');
        const excluded = (Array.isArray(workspace.exclude) ? workspace.exclude : []).filter((item) => typeof item === 'string');
        const folders = await expandWorkspaces((0,external_node_path_namespaceObject.resolve)(cwd, pair.dir), [...members, ...excluded.map((item) => `!${item}`)], 4, 'Cargo.toml');
        for (const dir of folders) {
            const file = await readText(cwd, external_node_path_namespaceObject.posix.join(pair.dir, dir, 'Cargo.toml'));
            const parsed = await parseTomlText(file);
            if (isRecord(parsed.package))
                crates.push(this.crate(dir, file, parsed, workspace));
        }
        const packages = (Array.isArray(data.package) ? data.package : []).filter(isRecord);
        for (const crate of crates)
            this.checkCrate(crate, packages);
        this.checkSources(packages);
    }
    crate(dir, manifest, parsed, workspace) {
        const pkg = table(parsed.package);
        const inherited = table(workspace.package);
        const version = isRecord(pkg.version) && pkg.version.workspace === true ? inherited.version : pkg.version;
        return {
            dir,
            manifest,
            name: String(pkg.name ?? ''),
            version: typeof version === 'string' ? version : '0.0.0',
            dependencies: cargoDependencies(parsed, table(workspace.dependencies)),
        };
    }
    checkCrate(crate, packages) {
        const { manifest } = crate;
        const local = packages.filter((entry) => entry.name === crate.name && entry.source === undefined);
        const nameLine = findLine(manifest.text, /^\[package\]/, /^name\s*=/);
        if (local.length === 0) {
            this.problems.add('workspace', manifest.path, nameLine, crate.name, `crate ${crate.name} (${crate.dir}) is not in ${this.lock.path}`);
            return;
        }
        const entry = local.find((item) => item.version === crate.version);
        if (!entry) {
            this.problems.add('workspace', manifest.path, findLine(manifest.text, /^\[package\]/, /^version\s*=/), crate.name, `${crate.name} is version ${crate.version} but ${this.lock.path} locks ${String(local[0].version)}`);
            return;
        }
        // `dependencies = ["serde", "serde 1.0.1", "serde 1.0.1 (registry+…)"]`: name, then version when ambiguous.
        const locked = new Map();
        for (const item of Array.isArray(entry.dependencies) ? entry.dependencies : []) {
            const [name, version] = String(item).split(' ');
            locked.set(name, version);
        }
        const wanted = new Set();
        for (const dependency of crate.dependencies) {
            wanted.add(dependency.name);
            const line = findLine(manifest.text, new RegExp(`^\\[${escapeRegex(dependency.section).replace(/\\\./g, '["\']?\\.["\']?')}`), new RegExp(`^${escapeRegex(dependency.key)}\\s*[=.]`));
            if (!locked.has(dependency.name)) {
                this.problems.add('not-locked', manifest.path, line, dependency.name, `${dependency.name} (${dependency.section} of ${crate.name}) is not in ${this.lock.path}`);
                continue;
            }
            if (!dependency.requirement || dependency.path)
                continue;
            const version = locked.get(dependency.name) ??
                String(packages.find((item) => item.name === dependency.name)?.version ?? '');
            const range = cargoRange(dependency.requirement);
            if (version && this.semver.validRange(range) && !this.semver.satisfies(version, range)) {
                this.problems.add('unsatisfied', manifest.path, line, dependency.name, `${this.lock.path} locks ${dependency.name} ${version}, which does not satisfy "${dependency.requirement}" (${dependency.section} of ${crate.name})`);
            }
        }
        for (const name of locked.keys()) {
            if (wanted.has(name))
                continue;
            this.problems.add('extraneous', this.lock.path, findLine(this.lock.text, new RegExp(`^name = "${escapeRegex(crate.name)}"`), new RegExp(`^\\s*"${escapeRegex(name)}[ "]`)), name, `${name} is locked as a dependency of ${crate.name} but Cargo.toml no longer declares it`);
        }
    }
    checkSources(packages) {
        for (const entry of packages) {
            const source = typeof entry.source === 'string' ? entry.source : '';
            const registry = /^(registry|sparse)\+(.*)$/.exec(source);
            if (!registry)
                continue;
            const name = String(entry.name ?? '');
            const line = tomlPackageLine(this.lock.text, name);
            const findings = checkUrl(registry[2], this.context.security, HOSTS);
            if (this.context.security.requireIntegrity && typeof entry.checksum !== 'string') {
                findings.push({ kind: 'integrity', message: 'has no checksum' });
            }
            for (const finding of findings)
                this.problems.add(finding.kind, this.lock.path, line, name, `${name} ${String(entry.version ?? '')} ${finding.message}`);
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
    async check(context) {
        const check = new CargoCheck(context);
        return check.problems.guard(() => check.run());
    },
};

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/go.js


const go_FIX = 'go mod tidy';
/** The `require` lines of a go.mod (single and block form), with `replace` directives applied. */
function parseGoMod(file) {
    const requires = [];
    const replaces = new Map();
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
        const opening = /^(require|replace|exclude|retract|tool|godebug|ignore)\s*\($/.exec(line);
        if (opening) {
            block = opening[1];
            return;
        }
        const single = /^(require|replace)\s+(.*)$/.exec(line);
        if (single)
            directive(single[1], single[2], index + 1);
    });
    function directive(kind, text, line) {
        const parts = text.split(/\s+/).map((part) => part.replace(/^"(.*)"$/, '$1'));
        if (kind === 'require') {
            if (parts.length < 2 || !parts[1].startsWith('v')) {
                throw new FileProblem(file.path, line, `${file.path}:${line}: invalid go.mod: expected 'require module/path vX.Y.Z', got '${text}'`);
            }
            requires.push({ path: parts[0], version: parts[1], line });
        }
        else if (kind === 'replace') {
            const arrow = parts.indexOf('=>');
            if (arrow < 1)
                throw new FileProblem(file.path, line, `${file.path}:${line}: invalid go.mod: replace needs '=>'`);
            const target = parts.slice(arrow + 1);
            const local = target[0].startsWith('.') || target[0].startsWith('/');
            const key = arrow === 2 ? `${parts[0]} ${parts[1]}` : parts[0];
            replaces.set(key, local ? null : { path: target[0], version: target[1] ?? '' });
        }
    }
    return requires.flatMap((require) => {
        const replaced = replaces.has(`${require.path} ${require.version}`)
            ? replaces.get(`${require.path} ${require.version}`)
            : replaces.get(require.path);
        if (replaced === null)
            return [];
        return replaced ? [{ ...require, ...replaced }] : [require];
    });
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
async function check(context, problems) {
    const { cwd, pair } = context;
    const goMod = await readText(cwd, pair.manifest);
    const goSum = await readText(cwd, pair.lockfile);
    const requires = parseGoMod(goMod);
    const sums = parseGoSum(goSum);
    for (const require of requires) {
        const missing = [`${require.version}`, `${require.version}/go.mod`].filter((version) => !sums.has(`${require.path} ${version}`));
        if (missing.length === 0)
            continue;
        const what = missing.length === 2
            ? 'no h1: hash lines'
            : `no ${missing[0].endsWith('/go.mod') ? '/go.mod' : 'module zip'} h1: hash`;
        problems.add('missing-sum', goMod.path, require.line, require.path, `${require.path} ${require.version} has ${what} in ${goSum.path}`);
    }
}
const go = {
    name: 'go',
    lockfiles: ['go.sum'],
    manifest: 'go.mod',
    fix: go_FIX,
    defaultHosts: [],
    declaresDependencies(manifest) {
        return parseGoMod(manifest).length > 0;
    },
    async check(context) {
        const problems = new Problems('go', go_FIX);
        return problems.guard(() => check(context, problems));
    },
};

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
const NUMBER = '0|[1-9]\\d{0,14}';
const IDENTIFIER = `(?:${NUMBER}|[0-9A-Za-z-]*[A-Za-z-][0-9A-Za-z-]*)`;
const PRERELEASE = `${IDENTIFIER}(?:\\.${IDENTIFIER})*`;
const VERSION = new RegExp(`^(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})(?:-(${PRERELEASE}))?$`);
const PART = `\\*|x|X|${NUMBER}`;
const COMPARATOR = new RegExp(`^(<=|>=|<|>|=|\\^|~)?(?:(\\*|x|X)|(${NUMBER})(?:\\.(${PART})(?:\\.(${PART})(?:-(${PRERELEASE}))?)?)?)$`);
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
// numbers, x.y.z ↦ x·2^34 + y·2^17 + z (components of at most five digits stay below 2^17, the sum below 2^53).
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
    return compileSimple(range) ?? compileSets(range, fastRange(range)) ?? compileWithSemver(range);
}
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

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/js-specs.js



/** The dependency fields of package.json that a lockfile records, in the order npm writes them. */
const DEPENDENCY_FIELDS = [
    'dependencies',
    'devDependencies',
    'optionalDependencies',
    'peerDependencies',
];
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
    if (/^[^@\s/]+\/[^\s/]+$/.test(range) && !/^[<>=~^]/.test(range))
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
/** The line of `name` in a package.json dependency field. */
function manifestLine(file, field, name) {
    return findLine(file.text, new RegExp(`"${field}"\\s*:`), new RegExp(`"${escapeRegex(name)}"\\s*:`));
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
                return packages[candidate.resolved];
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
/** `name@version` of a locked package, for messages. */
function label(name, entry) {
    return `${name}@${String(entry.version ?? '?')}`;
}
/** `node_modules/a/node_modules/@s/b` → `@s/b`. */
function nameFromKey(key) {
    const at = key.lastIndexOf('node_modules/');
    return at === -1 ? key : key.slice(at + 'node_modules/'.length);
}
class NpmCheck {
    context;
    problems = new Problems('npm', npm_FIX);
    lines;
    lockPath = '';
    lockText = '';
    /** Optional packages for other platforms: npm records them without fetching, so without a hash. */
    unhashedOptional = [];
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
        const lockFile = await readText(cwd, pair.lockfile);
        this.lockPath = lockFile.path;
        this.lockText = lockFile.text;
        const lock = parseJson(lockFile);
        const manifest = await readText(cwd, pair.manifest);
        const pkg = parseJson(manifest);
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
        if ((version !== 2 && version !== 3) || !isRecord(lock.packages)) {
            this.problems.add('unsupported-format', lockFile.path, findLine(lockFile.text, /"lockfileVersion"/), '', `${lockFile.path} has lockfileVersion ${JSON.stringify(version)}, which this action does not know (expected 1, 2 or 3); refusing to pass it unchecked`);
            return;
        }
        const packages = lock.packages;
        const root = isRecord(packages['']) ? packages[''] : {};
        const importers = [{ key: '', manifest, pkg, entry: root }];
        await this.collectWorkspaces(pkg, packages, importers);
        await this.checkSync(() => {
            for (const importer of importers)
                this.checkImporter(importer, packages);
            this.checkPackages(packages);
        });
    }
    /** Runs the synchronous checks; again from a clean slate when an unusual range needed node-semver first. */
    async checkSync(check) {
        const before = this.problems.list.length;
        await withSemver(check, () => {
            this.problems.list.length = before;
            this.unhashedOptional = [];
        });
    }
    async collectWorkspaces(pkg, packages, importers) {
        const { cwd, pair } = this.context;
        const patterns = workspacePatterns(pkg);
        const folders = await expandWorkspaces((0,external_node_path_namespaceObject.resolve)(cwd, pair.dir), patterns);
        const lockWorkspaces = Object.keys(packages).filter((key) => key !== '' && !key.startsWith('node_modules/') && !key.includes('/node_modules/'));
        for (const folder of folders) {
            const entry = packages[folder];
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
        const linkedSpecs = DEPENDENCY_FIELDS.flatMap((field) => Object.values(stringMap(pkg[field])));
        for (const key of lockWorkspaces) {
            // `file:` dependencies are recorded like workspaces; only folders no spec points at are old workspaces.
            if (folders.includes(key) ||
                linkedSpecs.some((spec) => spec.startsWith('file:') && external_node_path_namespaceObject.posix.normalize(spec.slice(5)) === key))
                continue;
            this.problems.warn('extraneous', this.lockPath, this.lineOf(key), key, `${this.lockPath} still has workspace ${key}, which package.json no longer lists`);
        }
    }
    /** The node a dependency of `importer` resolves to, the way node_modules lookup would find it. */
    resolve(importer, name, packages) {
        const keys = importer === ''
            ? [`node_modules/${name}`]
            : [`${importer}/node_modules/${name}`, `node_modules/${name}`];
        for (const key of keys) {
            const entry = packages[key];
            if (!isRecord(entry))
                continue;
            if (entry.link === true && typeof entry.resolved === 'string' && isRecord(packages[entry.resolved]))
                return [entry.resolved, packages[entry.resolved]];
            return [key, entry];
        }
        return undefined;
    }
    checkImporter(importer, packages) {
        const where = importer.key === '' ? 'the root package' : `workspace ${importer.key}`;
        const seen = new Set();
        for (const field of DEPENDENCY_FIELDS) {
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
        const target = specTarget(name, spec);
        const node = this.resolve(importer.key, name, packages);
        const peerOptional = field === 'peerDependencies' &&
            isRecord(importer.pkg.peerDependenciesMeta) &&
            isRecord(importer.pkg.peerDependenciesMeta[name]) &&
            importer.pkg.peerDependenciesMeta[name].optional === true;
        if (!node) {
            if (peerOptional)
                return;
            this.problems.add('not-locked', file, line(), name, `${name}@${spec} (${field} of ${where}) is not in ${this.lockPath}`);
            return;
        }
        const [, entry] = node;
        const version = typeof entry.version === 'string' ? entry.version : undefined;
        if (target.kind === 'range' && version) {
            const lockedName = typeof entry.name === 'string' ? entry.name : name;
            if (lockedName !== target.name && !(entry.link === true)) {
                this.problems.add('unsatisfied', file, line(), name, `${name}@${spec} wants ${target.name} but ${this.lockPath} locks ${lockedName}@${version}`);
                return;
            }
            if (!versionSatisfies(version, target)) {
                this.problems.add('unsatisfied', file, line(), name, `${this.lockPath} locks ${name}@${version}, which does not satisfy ${field} "${spec}"`);
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
            if (!key.includes('node_modules/') ||
                !isRecord(entry) ||
                entry.link === true ||
                entry.inBundle === true)
                continue;
            this.checkEntry(nameFromKey(key), entry, key, security);
            if (isRecord(entry.dependencies) || isRecord(entry.optionalDependencies))
                this.checkEdges(key, entry, packages, index);
        }
        const count = this.unhashedOptional.length;
        if (count === 0)
            return;
        const list = this.unhashedOptional.slice(0, 5).join(', ') + (count > 5 ? `, … (${count} in all)` : '');
        this.problems.warn('integrity', this.lockPath, 1, '', `${count} optional package${count === 1 ? '' : 's'} for other platforms ${count === 1 ? 'has' : 'have'} no integrity hash (npm never downloaded them): ${list}`, 'npm install on each platform, or accept that these are checked on first download only');
    }
    /**
     * The dependencies of a locked package must resolve (node_modules lookup from where it sits) to a
     * version in range, else `npm ci` rebuilds that part of the tree and refuses ("Invalid: lock file's …").
     */
    checkEdges(key, entry, packages, index) {
        const folders = lookupFolders(key, index);
        // Peer dependencies are left out: npm places and validates them from the dependent's parent, and
        // tolerates optional peers that do not match.
        for (const field of EDGE_FIELDS) {
            const dependencies = entry[field];
            if (!isRecord(dependencies))
                continue;
            for (const name of Object.keys(dependencies)) {
                const range = dependencies[name];
                // stringMap() never kept a `__proto__` key: assigning a string to it does nothing.
                if (typeof range !== 'string' || name === '__proto__')
                    continue;
                const found = resolveFrom(folders, name, packages);
                if (!found) {
                    if (field === 'dependencies') {
                        this.problems.add('not-locked', this.lockPath, this.lineOf(key), name, `${label(nameFromKey(key), entry)} depends on ${name}@${range}, which ${this.lockPath} does not contain`);
                    }
                    continue;
                }
                const version = found.version;
                if (typeof version !== 'string' || version === range)
                    continue;
                let compiled = this.ranges.get(range);
                if (compiled === undefined)
                    compiled = this.compile(name, range);
                if (compiled === null || compiled.test(version))
                    continue;
                this.problems.add('unsatisfied', this.lockPath, this.lineOf(key), name, `${label(nameFromKey(key), entry)} depends on ${name}@${range} but ${this.lockPath} resolves it to ${version}`);
            }
        }
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
        const resolved = typeof entry.resolved === 'string' ? entry.resolved : undefined;
        const realName = typeof entry.name === 'string' ? entry.name : name;
        if (resolved) {
            const findings = checkUrl(resolved, security, npm_HOSTS);
            const names = checkTarballName(realName, resolved);
            for (const finding of findings)
                this.reportEntry(finding, name, entry, lineOf);
            for (const finding of names)
                this.reportEntry(finding, name, entry, lineOf);
        }
        const fromRegistry = resolved === undefined ? isValidVersion(String(entry.version)) : /^https?:.*\.tgz$/.test(resolved);
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
        this.problems.add(finding.kind, this.lockPath, lineOf(), name, `${label(name, entry)} ${finding.message}`);
    }
    checkV1(lock, manifest, pkg) {
        const top = isRecord(lock.dependencies) ? lock.dependencies : {};
        for (const field of DEPENDENCY_FIELDS) {
            if (field === 'peerDependencies')
                continue;
            for (const [name, spec] of Object.entries(stringMap(pkg[field]))) {
                const line = manifestLine(manifest, field, name);
                const entry = top[name];
                if (!isRecord(entry)) {
                    this.problems.add('not-locked', manifest.path, line, name, `${name}@${spec} (${field}) is not in ${this.lockPath}`);
                    continue;
                }
                const target = specTarget(name, spec);
                const version = typeof entry.version === 'string' ? entry.version : '';
                if (target.kind === 'range' && !version.includes(':') && !versionSatisfies(version, target)) {
                    this.problems.add('unsatisfied', manifest.path, line, name, `${this.lockPath} locks ${name}@${version}, which does not satisfy ${field} "${spec}"`);
                }
            }
        }
        const visit = (deps) => {
            for (const [name, entry] of Object.entries(deps)) {
                if (!isRecord(entry) || entry.bundled === true)
                    continue;
                const line = () => findLine(this.lockText, undefined, new RegExp(`^\\s*"${escapeRegex(name)}": \\{`));
                this.checkEntry(name, entry, line, this.context.security);
                if (isRecord(entry.dependencies))
                    visit(entry.dependencies);
            }
        };
        visit(top);
    }
}
const npm = {
    name: 'npm',
    lockfiles: ['npm-shrinkwrap.json', 'package-lock.json'],
    manifest: 'package.json',
    fix: npm_FIX,
    defaultHosts: npm_HOSTS,
    declaresDependencies: declaresJsDependencies,
    async check(context) {
        const check = new NpmCheck(context);
        return check.problems.guard(() => check.run());
    },
};

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/pnpm.js






const pnpm_FIX = 'pnpm install';
const pnpm_HOSTS = ['registry.npmjs.org'];
/** Lockfile formats of pnpm 8 (6.0), 9 and later (9.0); 7.0 was written by early pnpm 9 betas. */
const SUPPORTED = new Set(['6.0', '6.1', '7.0', '9.0']);
/** The fields pnpm records per importer (peer dependencies are installed through these). */
const FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'];
/** `'/@s/a@1.0.0(peer@2)'`, `a@1.0.0` → `@s/a`. */
function pnpmPackageName(key) {
    const bare = key.replace(/^\//, '').replace(/\(.*$/, '');
    const at = bare.indexOf('@', 1);
    return at === -1 ? bare : bare.slice(0, at);
}
function lockLine(text, key) {
    return findLine(text, /^packages:/, new RegExp(`^ {2}'?${escapeRegex(key)}'?:`));
}
class PnpmCheck {
    context;
    problems = new Problems('pnpm', pnpm_FIX);
    lock;
    autoInstallPeers = true;
    constructor(context) {
        this.context = context;
    }
    async run() {
        const { cwd, pair } = this.context;
        this.lock = await readText(cwd, pair.lockfile);
        const data = await parseYamlText(this.lock);
        if (!isRecord(data)) {
            this.problems.add('parse', this.lock.path, 1, '', `${this.lock.path} is not a pnpm lockfile (no YAML mapping)`);
            return;
        }
        const version = String(data.lockfileVersion ?? '');
        if (!SUPPORTED.has(version)) {
            this.problems.add('unsupported-format', this.lock.path, findLine(this.lock.text, /^lockfileVersion/), '', `${this.lock.path} has lockfileVersion '${version}', which this action does not know (expected 6.0 to 9.0); refusing to pass it unchecked`, Number.parseFloat(version) < 6 ? 'pnpm install (with pnpm 8 or newer)' : pnpm_FIX);
            return;
        }
        const settings = isRecord(data.settings) ? data.settings : {};
        this.autoInstallPeers = settings.autoInstallPeers !== false;
        // Single-project lockfiles of pnpm 8 keep the root importer at the top level.
        const importers = isRecord(data.importers)
            ? data.importers
            : { '.': data };
        const rootManifest = await readText(cwd, pair.manifest);
        const rootPkg = parseJson(rootManifest);
        const workspace = await this.workspaceSettings();
        const folders = await expandWorkspaces((0,external_node_path_namespaceObject.resolve)(cwd, pair.dir), workspace.packages);
        for (const folder of ['.', ...folders]) {
            const importer = importers[folder];
            const manifest = folder === '.' ? rootManifest : await readText(cwd, external_node_path_namespaceObject.posix.join(pair.dir, folder, 'package.json'));
            if (!isRecord(importer)) {
                // pnpm itself accepts a new workspace package without dependencies; any it has are reported below.
                this.problems.warn('workspace', manifest.path, 1, folder, `workspace ${folder} is not an importer in ${this.lock.path}`);
            }
            const pkg = folder === '.' ? rootPkg : parseJson(manifest);
            if (isRecord(pkg))
                this.checkImporter(folder, isRecord(importer) ? importer : {}, manifest, pkg);
        }
        for (const folder of Object.keys(importers)) {
            if (folder === '.' || folders.includes(folder))
                continue;
            this.problems.add('extraneous', this.lock.path, findLine(this.lock.text, /^importers:/, new RegExp(`^ {2}'?${escapeRegex(folder)}'?:`)), folder, `${this.lock.path} has importer ${folder}, which is not a workspace package`);
        }
        const overrides = {
            ...(isRecord(rootPkg) && isRecord(rootPkg.pnpm) ? stringMap(rootPkg.pnpm.overrides) : {}),
            ...workspace.overrides,
        };
        this.checkOverrides(stringMap(data.overrides), overrides, rootManifest);
        if (isRecord(data.packages))
            this.checkPackages(data.packages);
    }
    async workspaceSettings() {
        const { cwd, pair } = this.context;
        let file;
        try {
            file = await readText(cwd, external_node_path_namespaceObject.posix.join(pair.dir, 'pnpm-workspace.yaml'));
        }
        catch {
            return { packages: [], overrides: {} };
        }
        const data = await parseYamlText(file);
        if (!isRecord(data))
            return { packages: [], overrides: {} };
        const packages = Array.isArray(data.packages)
            ? data.packages.filter((item) => typeof item === 'string')
            : [];
        return { packages, overrides: stringMap(data.overrides) };
    }
    checkImporter(folder, importer, manifest, pkg) {
        const where = folder === '.' ? 'the root package' : `workspace ${folder}`;
        const locked = new Map();
        for (const field of FIELDS) {
            const entries = isRecord(importer[field]) ? importer[field] : {};
            const specifiers = stringMap(importer.specifiers);
            for (const [name, value] of Object.entries(entries)) {
                // 6.0+: `{ specifier, version }`; the older layout keeps specifiers in a separate map.
                const specifier = isRecord(value) ? String(value.specifier ?? '') : (specifiers[name] ?? '');
                const version = isRecord(value) ? String(value.version ?? '') : String(value);
                locked.set(name, { field, specifier, version });
            }
        }
        const expected = [];
        for (const field of FIELDS) {
            for (const [name, spec] of Object.entries(stringMap(pkg[field]))) {
                // A package in both dependencies and optionalDependencies is only optional for pnpm.
                if (field === 'dependencies' && stringMap(pkg.optionalDependencies)[name] !== undefined)
                    continue;
                expected.push({ field, source: field, name, spec });
            }
        }
        if (this.autoInstallPeers) {
            // autoInstallPeers records a peer nobody else provides as a dependency with the peer's range.
            for (const [name, spec] of Object.entries(stringMap(pkg.peerDependencies))) {
                if (expected.some((item) => item.name === name))
                    continue;
                expected.push({ field: 'dependencies', source: 'peerDependencies', name, spec });
            }
        }
        const wanted = new Set();
        for (const { field, source, name, spec } of expected) {
            wanted.add(name);
            const line = manifestLine(manifest, source, name);
            const lock = locked.get(name);
            if (!lock && field === 'optionalDependencies') {
                // pnpm --frozen-lockfile installs without it ("could not be resolved, excluding it").
                this.problems.warn('not-locked', manifest.path, line, name, `${name}@${spec} (${source} of ${where}) is not in ${this.lock.path}; pnpm will skip it until the lockfile is updated`);
            }
            else if (!lock) {
                this.problems.add('not-locked', manifest.path, line, name, `${name}@${spec} (${source} of ${where}) is not in ${this.lock.path}`);
            }
            else if (lock.field !== field) {
                this.problems.add('dependency-type', manifest.path, line, name, `${name} is in ${source} of ${where} but ${this.lock.path} records it in ${lock.field}`);
            }
            else if (lock.specifier !== spec) {
                this.problems.add('spec-mismatch', manifest.path, line, name, `${name}: package.json says "${spec}", ${this.lock.path} was made for "${lock.specifier}" (locked ${lock.version})`);
            }
        }
        for (const [name, lock] of locked) {
            if (wanted.has(name))
                continue;
            this.problems.add('extraneous', this.lock.path, findLine(this.lock.text, /^importers:|^dependencies:/, new RegExp(`^\\s+'?${escapeRegex(name)}'?:`)), name, `${name} is locked in ${lock.field} of ${where} but package.json no longer declares it`);
        }
    }
    checkOverrides(locked, wanted, manifest) {
        for (const [name, spec] of Object.entries(wanted)) {
            if (locked[name] === spec)
                continue;
            const line = findLine(manifest.text, /"overrides"\s*:/, new RegExp(`"${escapeRegex(name)}"\\s*:`));
            const was = locked[name] === undefined ? 'has no such override' : `has "${locked[name]}"`;
            this.problems.add('spec-mismatch', manifest.path, line, name, `override ${name}: "${spec}" is configured but ${this.lock.path} ${was}`);
        }
        for (const name of Object.keys(locked)) {
            if (wanted[name] !== undefined)
                continue;
            this.problems.add('extraneous', this.lock.path, findLine(this.lock.text, /^overrides:/), name, `${this.lock.path} has override ${name}, which is no longer configured`);
        }
    }
    checkPackages(packages) {
        const security = this.context.security;
        for (const [key, entry] of Object.entries(packages)) {
            if (!isRecord(entry) || !isRecord(entry.resolution))
                continue;
            const resolution = entry.resolution;
            if (resolution.type === 'git' ||
                resolution.type === 'directory' ||
                typeof resolution.directory === 'string')
                continue;
            const name = typeof entry.name === 'string' ? entry.name : pnpmPackageName(key);
            const findings = [];
            if (typeof resolution.tarball === 'string') {
                findings.push(...checkUrl(resolution.tarball, security, pnpm_HOSTS));
                if (!resolution.tarball.startsWith('file:'))
                    findings.push(...checkTarballName(name, resolution.tarball));
            }
            if (!(typeof resolution.tarball === 'string' && resolution.tarball.startsWith('file:')))
                findings.push(...checkIntegrity(resolution.integrity, security));
            for (const finding of findings) {
                this.problems.add(finding.kind, this.lock.path, lockLine(this.lock.text, key), name, `${key.replace(/^\//, '')} ${finding.message}`);
            }
        }
    }
}
const pnpm = {
    name: 'pnpm',
    lockfiles: ['pnpm-lock.yaml'],
    manifest: 'package.json',
    fix: pnpm_FIX,
    defaultHosts: pnpm_HOSTS,
    declaresDependencies: declaresJsDependencies,
    async check(context) {
        const check = new PnpmCheck(context);
        return check.problems.guard(() => check.run());
    },
};

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./shared/node-crypto.js
// node:crypto costs ~5 ms of start-up to load, so code that needs it only now and then loads it on first use.

const node_crypto_require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
function nodeCrypto() {
    return node_crypto_require('node:crypto');
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
 * 2.x nests them under `tool.poetry` next to [project] when [project] has relevant keys; newer 2.x
 * also hashes [dependency-groups]. Any match means the lock was made from this pyproject.
 */
function poetryContentHashes(pyproject) {
    const project = isRecord(pyproject.project) ? pyproject.project : {};
    const tool = isRecord(pyproject.tool) && isRecord(pyproject.tool.poetry) ? pyproject.tool.poetry : {};
    const relevantProject = {};
    for (const key of PROJECT_KEYS)
        if (project[key] !== undefined)
            relevantProject[key] = project[key];
    const hasProject = Object.keys(relevantProject).length > 0;
    const relevantPoetry = {};
    for (const key of POETRY_KEYS) {
        const value = tool[key];
        if (value === undefined && (!LEGACY_KEYS.includes(key) || hasProject))
            continue;
        relevantPoetry[key] = value ?? null;
    }
    const variants = [];
    if (hasProject) {
        variants.push({ project: relevantProject, tool: { poetry: relevantPoetry } });
        if (isRecord(pyproject['dependency-groups'])) {
            variants.push({
                project: relevantProject,
                tool: { poetry: relevantPoetry },
                'dependency-groups': pyproject['dependency-groups'],
            });
        }
    }
    else {
        variants.push(relevantPoetry);
    }
    // Only a poetry.lock needs node:crypto.
    const { createHash } = nodeCrypto();
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
    if (typeof recorded !== 'string' || !expected.includes(recorded)) {
        problems.add('content-hash', manifest.path, dependencyLine(manifest), '', `${manifest.path} changed since ${lockFile.path} was written: its content-hash is ${String(recorded).slice(0, 12)}…, the dependency sections now hash to ${expected[0].slice(0, 12)}…`);
    }
    checkSources(problems, lock, lockFile, context);
}
/** Where the dependency sections start, for the annotation. */
function dependencyLine(manifest) {
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
        if (type !== 'legacy' || typeof url !== 'string')
            continue;
        const name = String(entry.name ?? '');
        const line = tomlPackageLine(lockFile.text, name);
        for (const finding of checkUrl(url, context.security, poetry_HOSTS)) {
            problems.add(finding.kind, lockFile.path, line, name, `${name} ${entry.version ?? ''} ${finding.message}`.replace('  ', ' '));
        }
    }
}
const poetry = {
    name: 'poetry',
    lockfiles: ['poetry.lock'],
    manifest: 'pyproject.toml',
    fix: poetry_FIX,
    defaultHosts: poetry_HOSTS,
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

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/python-deps.js

/** PEP 503 normalised name: `Foo_Bar.baz` → `foo-bar-baz`. */
function normaliseName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
const PEP508 = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?\s*(?:@\s*([^;\s]+)|\(?([^;()]*)\)?)?\s*(?:;\s*(.*))?$/;
/** Specifiers compared as a set: `>= 1.0,<2` and `<2, >=1.0` are the same requirement. */
function normaliseSpecifier(text) {
    return text
        .split(',')
        .map((part) => part.replace(/\s+/g, ''))
        .filter(Boolean)
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
 * rewrites markers and replaces requirements by their `[tool.uv.sources]` entry (editable, git, …).
 */
function requirementKey(requirement) {
    const extras = requirement.extras.length ? `[${requirement.extras.join(',')}]` : '';
    return `${requirement.name}${extras}${requirement.specifier}`;
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/uv.js






const uv_FIX = 'uv lock';
const uv_HOSTS = ['pypi.org', 'files.pythonhosted.org'];
/** uv.lock `version = 1` (revisions 1–3 only add fields). */
const SUPPORTED_VERSION = 1;
function uv_table(value) {
    return isRecord(value) ? value : {};
}
function strings(value) {
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}
/** `[dependency-groups]` with `{ include-group = "x" }` entries expanded, plus legacy `tool.uv.dev-dependencies`. */
function dependencyGroups(pyproject) {
    const groups = uv_table(pyproject['dependency-groups']);
    const resolveGroup = (name, seen) => {
        if (seen.has(name))
            return [];
        seen.add(name);
        const items = Array.isArray(groups[name]) ? groups[name] : [];
        return items.flatMap((item) => {
            if (typeof item === 'string')
                return [item];
            if (isRecord(item) && typeof item['include-group'] === 'string')
                return resolveGroup(item['include-group'], seen);
            return [];
        });
    };
    const out = {};
    for (const name of Object.keys(groups))
        out[normaliseName(name)] = resolveGroup(name, new Set());
    const legacy = strings(uv_table(uv_table(pyproject.tool).uv)['dev-dependencies']);
    if (legacy.length)
        out.dev = [...(out.dev ?? []), ...legacy];
    return out;
}
/** What `[package.metadata] requires-dist` should hold: dependencies, and optional ones with their extra marker. */
function wantedRequiresDist(project) {
    const wanted = new Map();
    const add = (text) => {
        const requirement = parseRequirement(text);
        if (requirement)
            wanted.set(requirementKey(requirement), requirement);
    };
    for (const text of strings(project.dependencies))
        add(text);
    for (const extras of Object.values(uv_table(project['optional-dependencies'])))
        for (const text of strings(extras))
            add(text);
    return wanted;
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
        const rootManifest = await readText(cwd, pair.manifest);
        const root = { dir: '.', manifest: rootManifest, pyproject: await parseTomlText(rootManifest) };
        const members = [root, ...(await this.workspaceMembers(root.pyproject))];
        const packages = (Array.isArray(data.package) ? data.package : []).filter(isRecord);
        this.checkRequiresPython(data, members);
        this.checkMembers(data, members);
        for (const member of members)
            this.checkMember(member, packages);
        this.checkSources(packages);
    }
    async workspaceMembers(pyproject) {
        const workspace = uv_table(uv_table(uv_table(pyproject.tool).uv).workspace);
        const patterns = [
            ...strings(workspace.members),
            ...strings(workspace.exclude).map((pattern) => `!${pattern}`),
        ];
        if (!patterns.length)
            return [];
        const { cwd, pair } = this.context;
        const folders = await expandWorkspaces((0,external_node_path_namespaceObject.resolve)(cwd, pair.dir), patterns, 4, 'pyproject.toml');
        const members = [];
        for (const dir of folders) {
            const manifest = await readText(cwd, external_node_path_namespaceObject.posix.join(pair.dir, dir, 'pyproject.toml'));
            members.push({ dir, manifest, pyproject: await parseTomlText(manifest) });
        }
        return members;
    }
    checkRequiresPython(data, members) {
        const wanted = members
            .map((member) => uv_table(member.pyproject.project)['requires-python'])
            .filter((value) => typeof value === 'string');
        if (!wanted.length)
            return;
        const locked = typeof data['requires-python'] === 'string' ? normaliseSpecifier(data['requires-python']) : '';
        // With several members uv locks their intersection: every member's bound must appear in it.
        const parts = new Set(locked.split(','));
        const combined = normaliseSpecifier(wanted.join(','));
        if (locked === combined || combined.split(',').every((part) => parts.has(part)))
            return;
        const manifest = members[0].manifest;
        this.problems.add('requires-python', manifest.path, findLine(manifest.text, /^\[project\]/, /^requires-python\s*=/), 'python', `requires-python is "${wanted.join(', ')}" but ${this.lock.path} was locked for "${String(data['requires-python'] ?? '')}"`);
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
        const metadata = uv_table(entry.metadata);
        this.compare(manifest, name, 'dependencies', wantedRequiresDist(project), lockedSet(metadata['requires-dist']), /^\[project\]/);
        const groups = dependencyGroups(member.pyproject);
        const lockedGroups = uv_table(metadata['requires-dev']);
        for (const [group, items] of Object.entries(groups)) {
            const wanted = new Map();
            for (const text of items) {
                const requirement = parseRequirement(text);
                if (requirement)
                    wanted.set(requirementKey(requirement), requirement);
            }
            this.compare(manifest, name, `dependency group ${group}`, wanted, lockedSet(lockedGroups[group]), /^\[dependency-groups\]|^\[tool\.uv\]/);
        }
        for (const group of Object.keys(lockedGroups)) {
            if (groups[normaliseName(group)] !== undefined)
                continue;
            this.problems.add('extraneous', this.lock.path, findLine(this.lock.text, /requires-dev/, new RegExp(`^${escapeRegex(group)}\\s*=`)), group, `${this.lock.path} still locks dependency group ${group} of ${name}, which pyproject.toml no longer has`);
        }
    }
    /** Compares requirement sets by name, extras, specifier and URL (uv rewrites markers, so those are not compared). */
    compare(manifest, owner, what, wanted, locked, section) {
        for (const [key, requirement] of wanted) {
            if (locked.has(key))
                continue;
            const before = [...locked.values()].find((item) => item.name === requirement.name);
            const line = findLine(manifest.text, section, new RegExp(`["']${escapeRegex(requirement.name).replace(/-/g, '[-_.]')}`, 'i'));
            const message = before
                ? `${key} (${what} of ${owner}) is locked as ${requirementKey(before)} in ${this.lock.path}`
                : `${key} (${what} of ${owner}) is not in ${this.lock.path}`;
            this.problems.add(before ? 'spec-mismatch' : 'not-locked', manifest.path, line, requirement.name, message);
        }
        for (const [key, requirement] of locked) {
            if (wanted.has(key) || [...wanted.values()].some((item) => item.name === requirement.name))
                continue;
            this.problems.add('extraneous', this.lock.path, findLine(this.lock.text, /requires-dist|requires-dev/, new RegExp(`name = "${escapeRegex(requirement.name)}"`)), requirement.name, `${key} is locked as a ${what} entry of ${owner} but pyproject.toml no longer declares it`);
        }
    }
    checkSources(packages) {
        for (const entry of packages) {
            const registry = uv_table(entry.source).registry;
            if (typeof registry !== 'string')
                continue;
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
/** `__metadata.version` of yarn 2 (4), 3 (6) and 4 (8); lockfile-check knows their layouts. */
const BERRY_VERSIONS = new Set([4, 5, 6, 7, 8]);
const yarn_FIELDS = DEPENDENCY_FIELDS.filter((field) => field !== 'peerDependencies');
/** `@s/a@npm:^1, @s/a@npm:^1.2` → `@s/a`. */
function descriptorName(descriptor) {
    const at = descriptor.indexOf('@', 1);
    return at === -1 ? descriptor : descriptor.slice(0, at);
}
/** What yarn berry writes for a package.json range: `^1.0.0` → `npm:^1.0.0`, protocols kept. */
function berryRange(spec) {
    if (/^[a-z][a-z+]*:/i.test(spec))
        return spec;
    if (/^[^@\s/]+\/[^\s/]+$/.test(spec) && !/^[<>=~^\d*]/.test(spec))
        return spec;
    return `npm:${spec}`;
}
class YarnCheck {
    context;
    problems = new Problems('yarn', yarn_FIX);
    lock;
    constructor(context) {
        this.context = context;
    }
    async run() {
        const { cwd, pair } = this.context;
        this.lock = await readText(cwd, pair.lockfile);
        const workspaces = await this.workspaces();
        if (/^# yarn lockfile v1\s*$/m.test(this.lock.text.slice(0, 300)))
            return this.checkV1(workspaces);
        if (/^__metadata:/m.test(this.lock.text))
            return this.checkBerry(workspaces);
        this.problems.add('unsupported-format', this.lock.path, 1, '', `${this.lock.path} is neither a yarn v1 lockfile ('# yarn lockfile v1') nor a yarn 2+ lockfile (__metadata); refusing to pass it unchecked`);
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
    checkV1(workspaces) {
        const entries = parseYarnV1(this.lock);
        const keys = new Set(entries.flatMap((entry) => entry.keys));
        const local = new Set(workspaces.map((workspace) => String(workspace.pkg.name ?? '')));
        for (const { manifest, pkg } of workspaces) {
            for (const field of yarn_FIELDS) {
                for (const [name, spec] of Object.entries(stringMap(pkg[field]))) {
                    if (local.has(name) || keys.has(`${name}@${spec}`))
                        continue;
                    const known = entries.find((entry) => entry.keys.some((key) => descriptorName(key) === name));
                    const detail = known
                        ? ` (it has ${known.keys.filter((key) => descriptorName(key) === name).join(', ')})`
                        : '';
                    this.problems.add('not-locked', manifest.path, manifestLine(manifest, field, name), name, `${name}@${spec} (${field}) is not in ${this.lock.path}${detail}`);
                }
            }
        }
        for (const entry of entries) {
            const name = descriptorName(entry.keys[0]);
            const resolved = entry.fields.resolved;
            const findings = [];
            if (resolved)
                findings.push(...checkUrl(resolved, this.context.security, yarn_HOSTS), ...checkTarballName(name, resolved.replace(/#.*$/, '')));
            const tarball = resolved ? /^https?:.*\.tgz(#.*)?$/.test(resolved) : true;
            if (tarball && !resolved?.startsWith('file:'))
                findings.push(...checkIntegrity(entry.fields.integrity, this.context.security));
            this.report(findings, entry.line, name, `${name}@${entry.fields.version ?? '?'}`);
        }
    }
    async checkBerry(workspaces) {
        const data = await parseYamlText(this.lock);
        const metadata = isRecord(data) && isRecord(data.__metadata) ? data.__metadata : {};
        const version = Number(metadata.version);
        if (!isRecord(data) || !BERRY_VERSIONS.has(version)) {
            this.problems.add('unsupported-format', this.lock.path, findLine(this.lock.text, /^__metadata:/, /^\s+version:/), '', `${this.lock.path} has __metadata.version ${String(metadata.version)}, which this action does not know (expected 4 to 8); refusing to pass it unchecked`);
            return;
        }
        const byDescriptor = new Map();
        const keyOf = new Map();
        for (const [key, entry] of Object.entries(data)) {
            if (key === '__metadata' || !isRecord(entry))
                continue;
            keyOf.set(entry, key);
            for (const descriptor of key.split(/,\s*/))
                byDescriptor.set(descriptor, entry);
        }
        for (const workspace of workspaces)
            this.checkBerryWorkspace(workspace, byDescriptor);
        for (const [entry, key] of keyOf) {
            const resolution = String(entry.resolution ?? '');
            const name = descriptorName(resolution || key);
            const reference = resolution.slice(name.length + 1);
            if (entry.linkType === 'soft' || /^(workspace|link|portal|file|patch):/.test(reference))
                continue;
            const findings = [];
            const url = reference.replace(/^npm:/, '');
            if (/^https?:/.test(url))
                findings.push(...checkUrl(url, this.context.security, yarn_HOSTS), ...checkTarballName(name, url.replace(/#.*$/, '')));
            if (this.context.security.requireIntegrity && typeof entry.checksum !== 'string') {
                findings.push({ kind: 'integrity', message: 'has no checksum' });
            }
            const line = findLine(this.lock.text, undefined, new RegExp(`^"?${escapeRegex(key)}"?:`));
            this.report(findings, line, name, resolution);
        }
    }
    checkBerryWorkspace(workspace, byDescriptor) {
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
        for (const field of yarn_FIELDS)
            for (const [dep, spec] of Object.entries(stringMap(pkg[field])))
                wanted.set(dep, [field, spec]);
        for (const [dep, [field, spec]] of wanted) {
            const line = manifestLine(manifest, field, dep);
            if (!byDescriptor.has(`${dep}@${berryRange(spec)}`)) {
                this.problems.add('not-locked', manifest.path, line, dep, `${dep}@${spec} (${field} of ${where}) is not in ${this.lock.path}`);
            }
            else if (locked[dep] !== undefined && locked[dep] !== spec) {
                this.problems.add('spec-mismatch', manifest.path, line, dep, `${dep}: package.json says "${spec}", ${this.lock.path} was made for "${locked[dep]}"`);
            }
            else if (locked[dep] === undefined) {
                this.problems.add('not-locked', manifest.path, line, dep, `${dep}@${spec} is locked, but not as a dependency of ${where}`);
            }
        }
        for (const dep of Object.keys(locked)) {
            if (wanted.has(dep))
                continue;
            const line = findLine(this.lock.text, new RegExp(`^"?${escapeRegex(name)}@workspace:${escapeRegex(folder)}"?:`), new RegExp(`^\\s+"?${escapeRegex(dep)}"?:`));
            this.problems.add('extraneous', this.lock.path, line, dep, `${dep} is locked as a dependency of ${where} but package.json no longer declares it`);
        }
        this.checkBerryPeers(workspace, entry, where);
    }
    /** Berry copies a workspace's peerDependencies into its entry verbatim (unresolved). */
    checkBerryPeers(workspace, entry, where) {
        const { manifest, pkg } = workspace;
        const wanted = stringMap(pkg.peerDependencies);
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
            this.problems.add(finding.kind, this.lock.path, line, name, `${label} ${finding.message}`);
    }
}
const yarn = {
    name: 'yarn',
    lockfiles: ['yarn.lock'],
    manifest: 'package.json',
    fix: yarn_FIX,
    defaultHosts: yarn_HOSTS,
    declaresDependencies: declaresJsDependencies,
    async check(context) {
        const check = new YarnCheck(context);
        return check.problems.guard(() => check.run());
    },
};

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/index.js







const ECOSYSTEM_CHECKS = { npm: npm, pnpm: pnpm, yarn: yarn, uv: uv, poetry: poetry, cargo: cargo, go: go };

;// CONCATENATED MODULE: ./actions/lockfile-check/native.js
/** The package manager's own read-only verdict on a lockfile. */
const NATIVE_COMMANDS = {
    npm: ['npm', 'ci', '--dry-run', '--ignore-scripts'],
    pnpm: ['pnpm', 'install', '--frozen-lockfile', '--lockfile-only'],
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
/** Runs the native check in `dir`; a tool that is not installed is `missing`, never a crash. */
async function runNative(argv, dir, options) {
    const [file, ...args] = argv;
    const command = argv.join(' ');
    // Loaded here (node:child_process costs a millisecond of start-up): most runs never start a native check.
    const { runCommand } = await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 600));
    try {
        const outcome = await runCommand(file, args, {
            cwd: dir,
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
    const { pairs, conflicts } = await discover(options);
    const checked = [];
    for (const pair of pairs) {
        const result = await checkPair(pair, options);
        if (result)
            checked.push(result);
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
    return checked;
}
async function checkPair(pair, options) {
    const ecosystem = ECOSYSTEM_CHECKS[pair.ecosystem];
    const problems = new Problems(pair.ecosystem, ecosystem.fix);
    if (!pair.lockfile) {
        let needed = false;
        await problems.guard(async () => {
            needed = await ecosystem.declaresDependencies(await readText(options.cwd, pair.manifest));
        });
        if (problems.list.length === 0 && !needed)
            return undefined;
        if (needed) {
            problems.add('missing-lockfile', pair.manifest, 1, '', `${pair.manifest} declares dependencies but has no lockfile; run \`${ecosystem.fix}\` and commit ${ecosystem.lockfiles.at(-1)}`);
        }
        return { ...pair, problems: problems.list };
    }
    if (!pair.manifest) {
        problems.warn('extraneous', pair.lockfile, 1, '', `${pair.lockfile} has no ${ecosystem.manifest} next to it; delete it or add the manifest`, `rm ${pair.lockfile}`);
        return { ...pair, problems: problems.list };
    }
    const found = await ecosystem.check({ pair, cwd: options.cwd, security: options.security });
    const result = { ...pair, problems: found };
    if (options.native !== 'never')
        await addNative(result, options);
    return result;
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

;// CONCATENATED MODULE: ./actions/lockfile-check/inputs.js
// Generated from lockfile-check/action.yml by `npm run generate`. Do not edit.
const Inputs = {
    Path: { name: 'path', default: '.' },
    Ecosystems: { name: 'ecosystems', default: 'auto' },
    Native: { name: 'native', default: 'never' },
    AllowedHosts: { name: 'allowed-hosts' },
    RequireHttps: { name: 'require-https', default: 'true' },
    RequireIntegrity: { name: 'require-integrity', default: 'true' },
    Ignore: { name: 'ignore' },
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
/** The `problems` output: the fields the action.yml promises, plus severity. */
function problemsJson(problems) {
    return problems.map((problem) => ({
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
/** One row per problem, grouped by lockfile; a lockfile without problems gets one ✅ row. */
function summaryRows(pairs) {
    const rows = [];
    for (const pair of pairs) {
        const name = pair.lockfile ?? `${pair.manifest} (no lockfile)`;
        if (pair.problems.length === 0) {
            rows.push([name, pair.ecosystem, '✅ ok', '', pair.native ?? '', '']);
            continue;
        }
        const hidden = pair.problems.length - MAX_ROWS_PER_LOCKFILE;
        for (const problem of pair.problems.slice(0, MAX_ROWS_PER_LOCKFILE)) {
            const icon = problem.severity === 'warning' ? '⚠️' : '❌';
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
            rows.push([name, pair.ecosystem, '…', '', `${hidden} more problems (see the problems output)`, '']);
    }
    return rows;
}
const VERDICT = {
    ok: 'in sync',
    stale: 'out of date',
    unsafe: 'unsafe',
    error: 'could not be checked',
};
/** The one-line failure: `1 lockfile out of date: package-lock.json: semver@^7 … is not in …; fix: npm install`. */
function failureMessage(pairs) {
    const failing = pairs.filter((pair) => overallStatus(pair.problems) !== 'ok');
    const statuses = [...new Set(failing.map((pair) => overallStatus(pair.problems)))];
    const parts = failing.map((pair) => {
        const errors = pair.problems.filter((problem) => problem.severity === 'error');
        const first = errors[0];
        const more = errors.length > 1 ? ` (+${errors.length - 1} more)` : '';
        const status = statuses.length > 1 ? ` (${overallStatus(pair.problems)})` : '';
        return `${pair.lockfile ?? pair.manifest}${status}: ${first.message}${more}; fix: ${first.fix}`;
    });
    const what = failing.length === 1 ? '1 lockfile' : `${failing.length} lockfiles`;
    return `${what} ${statuses.map((status) => VERDICT[status]).join(' or ')}: ${parts.join(' | ')}`;
}

;// CONCATENATED MODULE: ./shared/duration.js
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
/** `1234` → `1.23s`, `125000` → `2m5s`, `40` → `40ms`. */
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
        const text = readFileSync(value, 'utf8');
        if (!text.includes('-----BEGIN'))
            fail(spec, `must be PEM text or a PEM file; '${value}' holds no PEM block`);
        return text;
    }
    catch (error) {
        if (error instanceof ConfigError)
            throw error;
        return fail(spec, `must be PEM text or the path of a PEM file; cannot read '${value}'`);
    }
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
        },
        ignore: getList(Inputs.Ignore),
    };
}

;// CONCATENATED MODULE: ./actions/lockfile-check/main.js







const ACTION = 'lockfile-check';
const MAX_ANNOTATIONS = 50;
async function run({ signal }) {
    const settings = readSettings();
    // process.hrtime, not performance.now(): the first use of `performance` costs a millisecond of set-up.
    const started = process.hrtime.bigint();
    const pairs = await checkAll({ ...settings, signal });
    const problems = pairs.flatMap((pair) => pair.problems);
    const status = overallStatus(problems);
    for (const pair of pairs) {
        const pairStatus = overallStatus(pair.problems);
        const native = pair.native ? `; ${pair.native}` : '';
        core/* info */.pq(`${pairStatus === 'ok' ? '✔' : '✖'} ${pair.lockfile ?? pair.manifest} (${pair.ecosystem}): ${pairStatus}${native}`);
    }
    // The runner shows only the first few annotations of a step; the rest stay in the log and outputs.
    const errorsFirst = [...problems].sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'));
    for (const problem of errorsFirst.slice(0, MAX_ANNOTATIONS)) {
        annotate(problem.severity === 'error' ? 'error' : 'warning', `${problem.message} (fix: ${problem.fix})`, {
            file: problem.file,
            line: problem.line,
            title: `lockfile-check: ${problem.kind}${problem.package ? ` ${problem.package}` : ''}`,
        });
    }
    if (problems.length > MAX_ANNOTATIONS) {
        core/* info */.pq(`${problems.length - MAX_ANNOTATIONS} more problems are not annotated; all are in the problems output`);
    }
    setOutputs({
        [Outputs.Status]: status,
        [Outputs.Problems]: problemsJson(problems),
        [Outputs.Lockfiles]: lockfilesJson(pairs),
    });
    const elapsed = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
    await writeSummaryTable({
        heading: `lockfile-check: ${status}`,
        intro: `${pairs.length} lockfile${pairs.length === 1 ? '' : 's'} checked under ${settings.root} in ${elapsed}ms`,
        columns: SUMMARY_COLUMNS,
        rows: summaryRows(pairs),
    });
    if (status !== 'ok')
        throw new errors/* ActionFailure */.dR(failureMessage(pairs));
    if (pairs.length === 0)
        core/* warning */.$e(`${ACTION}: no manifest or lockfile found under ${settings.root}`);
    else
        core/* info */.pq(`${pairs.length} lockfile${pairs.length === 1 ? '' : 's'} in sync (${elapsed}ms)`);
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

/***/ 600:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

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
/**
 * Runs a program without a shell. A timeout or abort sends SIGTERM, then SIGKILL after 2s; an abort
 * rejects with the signal's reason once the process is gone, a timeout resolves with `timedOut`.
 * A program that cannot be started rejects with its spawn error (ENOENT …).
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
        });
        const stdout = new TailBuffer(max);
        const stderr = new TailBuffer(max);
        let timedOut = false;
        let killTimer;
        const stop = () => {
            child.kill('SIGTERM');
            killTimer = setTimeout(() => child.kill('SIGKILL'), 2000);
            killTimer.unref();
        };
        const timer = options.timeoutMs
            ? setTimeout(() => {
                timedOut = true;
                stop();
            }, options.timeoutMs)
            : undefined;
        options.signal?.addEventListener('abort', stop, { once: true });
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
            options.signal?.removeEventListener('abort', stop);
            reject(error);
        });
        child.on('close', (exitCode, signal) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            options.signal?.removeEventListener('abort', stop);
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
/******/ var __webpack_exports__ = __nccwpck_require__(618);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
