// The runner masks registered secrets in the job log only. Outputs, the job summary and anything else the
// action stores go through this one registry instead: every secret registered with the runner (see mask.ts)
// is replaced by `***` there too.

const secrets = new Set<string>();
let ordered: string[] | undefined;

/**
 * Remembers a secret, and its JSON-escaped forms as they appear inside JSON outputs and files (`docker
 * inspect`, a JSON body kept inside a JSON report: escaped twice).
 */
export function registerSecret(secret: string): void {
  if (secret.length < 3) return;
  let form = secret;
  for (let depth = 0; depth < 3; depth++) {
    secrets.add(form);
    form = JSON.stringify(form).slice(1, -1);
  }
  ordered = undefined;
}

/** `text` with every registered secret replaced by `***`, longest first. */
export function redact(text: string): string {
  if (secrets.size === 0 || text === '') return text;
  ordered ??= [...secrets].sort((a, b) => b.length - a.length);
  let result = text;
  for (const secret of ordered) if (result.includes(secret)) result = result.split(secret).join('***');
  return result;
}

/** Builds a redactor for a fixed list of secrets (the CLI: the masks a step registered). */
export function redactorFor(list: Iterable<string>): (text: string) => string {
  const parts = [...new Set([...list].filter((secret) => secret.length >= 3))].sort(
    (a, b) => b.length - a.length,
  );
  return (text) => parts.reduce((result, secret) => result.split(secret).join('***'), text);
}

/** Forgets every secret (unit tests). */
export function clearSecrets(): void {
  secrets.clear();
  ordered = undefined;
}
