/**
 * Offset of the first JSON syntax error in `text` (V8 does not always say where: "Unexpected token '}',
 * … is not valid JSON"). A minimal scanner without recursion; only called after JSON.parse failed.
 */
export function jsonErrorOffset(text: string): number {
  let at = 0;
  const fail = (): never => {
    throw at;
  };
  const space = (): void => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const literal = (word: string): void => {
    for (const char of word) {
      if (text[at] !== char) fail();
      at++;
    }
  };
  const string = (): void => {
    at++;
    while (at < text.length && text[at] !== '"') {
      const code = text.charCodeAt(at);
      if (code < 0x20) fail();
      if (text[at] === '\\') {
        at++;
        if (text[at] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) fail();
          at += 4;
        } else if (!'"\\/bfnrt'.includes(text[at] ?? 'x')) fail();
      }
      at++;
    }
    if (text[at] !== '"') fail();
    at++;
  };
  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!match || match[0] === '' || match[0] === '-') fail();
    at += match![0].length;
  };
  // Iterative: a hostile file of 200,000 `[` must not exhaust the call stack. `open` holds the containers
  // being read ('{' or '['); after each value the scanner continues the innermost one.
  const open: string[] = [];
  const value = (): void => {
    for (;;) {
      space();
      const char = text[at];
      let done = true;
      if (char === '{' || char === '[') {
        at++;
        space();
        if (text[at] === (char === '{' ? '}' : ']')) at++;
        else {
          open.push(char);
          if (char === '{') key();
          continue;
        }
      } else if (char === '"') string();
      else if (char === 't') literal('true');
      else if (char === 'f') literal('false');
      else if (char === 'n') literal('null');
      else number();
      // A value is complete: close containers until one expects another member.
      while (done && open.length > 0) {
        space();
        const container = open[open.length - 1];
        if (text[at] === ',') {
          at++;
          if (container === '{') key();
          done = false;
        } else if (text[at] === (container === '{' ? '}' : ']')) {
          at++;
          open.pop();
        } else fail();
      }
      if (done) return;
    }
  };
  /** `"key":` of an object member. */
  const key = (): void => {
    space();
    if (text[at] !== '"') fail();
    string();
    space();
    if (text[at] !== ':') fail();
    at++;
  };
  try {
    value();
    space();
    if (at < text.length) fail();
  } catch (offset) {
    if (typeof offset === 'number') return Math.min(offset, text.length);
    throw offset;
  }
  return text.length;
}
