/**
 * Replaces secrets with `***` in text the action itself stores (outputs, job summary), which the
 * runner's log masking does not cover. Multi-line secrets are also matched line by line, as the runner does.
 */
export function redactor(secrets: readonly string[]): (text: string) => string {
  const parts = new Set<string>();
  for (const secret of secrets) {
    const trimmed = secret.trim();
    if (trimmed.length >= 3) parts.add(trimmed);
    for (const line of trimmed.split(/\r?\n/)) if (line.trim().length >= 3) parts.add(line.trim());
  }
  const ordered = [...parts].sort((a, b) => b.length - a.length);
  return (text) => ordered.reduce((result, secret) => result.split(secret).join('***'), text);
}
