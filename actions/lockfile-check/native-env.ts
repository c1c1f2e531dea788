/**
 * The environment a native check runs with. The package manager may run code from the checked repository
 * (a pnpmfile, yarn plugins, a build backend), and under `pull_request_target` that repository is the pull
 * request's: it gets what a package manager needs to find its tools, caches, proxies and certificates, and
 * nothing of the step's secrets — no GITHUB_TOKEN, no ACTIONS_* runtime tokens, no INPUT_* values, no
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
const PREFIXES =
  /^(?:LC_|XDG_|npm_config_|NPM_CONFIG_|PNPM_|COREPACK_|YARN_|UV_|POETRY_|CARGO_|RUSTUP_|GO[A-Z0-9]*$)/;

/** Names that hold credentials, whatever their prefix (`NPM_CONFIG__AUTH`, `UV_INDEX_X_PASSWORD`, …). */
const SECRET =
  /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|AUTH|_KEY$|^KEY$|PRIVATE|COOKIE|SESSION|_PAT$/i;

/** Settings that keep the package manager from running the repository's code where it allows that. */
const HARDENING: Record<string, string> = {
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
export function nativeEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (!NAMES.has(name) && !PREFIXES.test(name)) continue;
    if (SECRET.test(name)) continue;
    out[name] = value;
  }
  return { ...out, ...HARDENING };
}
