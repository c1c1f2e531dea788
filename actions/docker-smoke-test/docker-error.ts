// Why a docker call failed, in one line: the CLI's real complaint (not its closing usage hint) and,
// where the text tells, which input it came from.

const MAX_CHARS = 500;

/** Lines that only point at `--help`: they end most CLI errors and explain nothing. */
const HINT = /^(Run|See) '?docker .*--help'? for more information\.?$|^See 'docker .*--help'\.?$|^Usage:/;

/**
 * The error lines of a failed call's output joined into one line: its ERROR lines when it has any,
 * else its last `maxLines` lines (a build log: only the last).
 */
export function dockerErrorText(output: string, maxLines = 10): string {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !HINT.test(line));
  const errors = lines.filter((line) => /^(#\d+ )?(ERROR|error)\b/.test(line));
  const text = (errors.length ? errors.slice(-2) : lines.slice(-maxLines))
    .map((line) => line.replace(/^docker: /, ''))
    .join(' ')
    .replace(/[\x00-\x1f\x7f]/g, ' ');
  return text.length > MAX_CHARS ? `…${text.slice(text.length - MAX_CHARS + 1)}` : text;
}

/** Flags the action itself puts on `docker run`, by the input they come from. */
const RUN_FLAG_INPUTS: Record<string, string> = {
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
export function runErrorInput(text: string, settings: { entrypoint?: string }): string | undefined {
  const flag =
    /(?:unknown flag: |flag needs an argument: |invalid argument .* for "(?:-\w, )?)(--?[\w-]+)/.exec(text);
  if (flag || /unknown shorthand flag|flag needs an argument|bad flag syntax/.test(text))
    return (flag && RUN_FLAG_INPUTS[flag[1]!]) ?? 'options';
  if (/network .*not found/i.test(text)) return 'network';
  if (/port is already allocated|invalid (host|container)?\s*port|invalid proto/i.test(text)) return 'ports';
  if (/env file|poorly formatted environment|variable .* contains whitespaces/i.test(text)) return 'env';
  if (/executable file not found|exec: .*: (no such file|permission denied)/i.test(text))
    return settings.entrypoint !== undefined ? 'entrypoint' : 'command';
  if (
    /pull access denied|repository does not exist|manifest unknown|invalid reference format|no such image|unable to find image/i.test(
      text,
    )
  )
    return 'image';
  return undefined;
}

/** The input a `docker build` failure points at, when its text tells. */
export function buildErrorInput(text: string): string | undefined {
  if (/target stage .* could not be found|build target .* in Dockerfile/i.test(text)) return 'target';
  if (/dockerfile/i.test(text) && /no such file|not found|cannot find|failed to read/i.test(text))
    return 'dockerfile';
  if (/unable to prepare context|context (path|directory)|path .* not found/i.test(text)) return 'context';
  return undefined;
}

/** `docker <what> failed (input 'x'): why` */
export function dockerFailure(what: string, why: string, input?: string): string {
  return `docker ${what} failed${input ? ` (input '${input}')` : ''}: ${why}`;
}
