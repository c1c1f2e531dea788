// Commit messages go into markdown (release notes, the job summary) as markdown, but never as raw HTML:
// one `<!--` in a subject would hide every entry after it, a tag could fake or restyle the page.

/**
 * `text` with every `<` outside code spans written `&lt;` (an entity: unlike `\<`, no backslash before it
 * can undo it). Code spans are found as CommonMark finds them (a run of n backticks up to the next run of
 * exactly n, a backslash-escaped backtick opening none) and kept as they are: `<` shows literally there.
 */
export function escapeInlineHtml(text: string): string {
  if (!text.includes('<')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '\\' && i + 1 < text.length) {
      out += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (char === '`') {
      let n = 0;
      while (text[i + n] === '`') n++;
      const run = '`'.repeat(n);
      let close = -1;
      for (let j = text.indexOf(run, i + n); j >= 0; ) {
        let m = 0;
        while (text[j + m] === '`') m++;
        if (m === n) {
          close = j;
          break;
        }
        j = text.indexOf(run, j + m);
      }
      const end = close < 0 ? i + n : close + n;
      out += text.slice(i, end);
      i = end;
      continue;
    }
    out += char === '<' ? '&lt;' : char;
    i++;
  }
  return out;
}
