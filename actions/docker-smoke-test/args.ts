/**
 * Splits a command line into arguments the way a POSIX shell would quote them ('…', "…", \x), without
 * expanding anything: no variables, globs or pipes. Newlines separate arguments like spaces.
 * Returns the reason when the text is malformed (an unclosed quote).
 */
export function splitArgs(text: string): string[] | string {
  const args: string[] = [];
  let current = '';
  let started = false;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else current += char;
    } else if (quote === '"') {
      if (char === '"') quote = undefined;
      else if (char === '\\' && i + 1 < text.length && '"\\$`'.includes(text[i + 1]!)) current += text[++i];
      else current += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      started = true;
    } else if (char === '\\' && i + 1 < text.length) {
      current += text[++i];
      started = true;
    } else if (/\s/.test(char)) {
      if (started) args.push(current);
      current = '';
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (quote) return `has an unclosed ${quote} quote`;
  if (started) args.push(current);
  return args;
}
