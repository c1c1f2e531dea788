/**
 * A one-line field (title, file name, commit subject, a line of someone else's output) with CR, LF and the
 * other line breaks each turned into a space: the runner reads CR as a line end too, so a field holding
 * `\r::warning …` would otherwise start a line of its own and run as a workflow command.
 */
export function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\v\f\u0085\u2028\u2029]/g, ' ');
}
