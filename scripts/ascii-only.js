// Bundles are written as ASCII. A script with one character above U+007F makes Node decode its whole text from UTF-8,
// and one above U+00FF makes V8 keep it as a two-byte string and scan twice the bytes: loading the lockfile-check
// bundle, with 93 such characters (…, →, ✔ in messages and comments), took ~28 ms of CPU in a slow hour, and ~19 ms
// without them. Each one is written as the `\u` escape it stands for, and the build proves the program unchanged.
import ts from 'typescript';

/** Surrogate halves, as `\uXXXX` escapes: valid in strings, templates, comments and both kinds of regular expression. */
function unicodeEscapes(char) {
  let out = '';
  for (let index = 0; index < char.length; index++)
    out += `\\u${char.charCodeAt(index).toString(16).padStart(4, '0')}`;
  return out;
}

/**
 * `text` with each non-ASCII character replaced by `write(char)`. A character after an odd run of backslashes was
 * itself an escape (`\…` is `…` in a string, a template and a regular expression without the `u` flag, the only
 * places it can stand): its backslash goes with it.
 */
function replaceNonAscii(text, write) {
  return text.replace(
    /(\\*)([^\0-\x7f])/gu,
    (_, slashes, char) => (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + write(char),
  );
}

/** `code` with every non-ASCII character written as its `\u` escape. */
export function asciiOnly(code) {
  return replaceNonAscii(code, unicodeEscapes);
}

/** What a node means, for the parts escaping may touch: a literal's value, an identifier's name. */
function meaning(node, sourceFile) {
  switch (node.kind) {
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.TemplateHead:
    case ts.SyntaxKind.TemplateMiddle:
    case ts.SyntaxKind.TemplateTail:
      // A tag receives the raw text too (String.raw): an escape there would change what the tag sees.
      return `${node.text}\0${tagged(node) ? node.rawText : ''}`;
    case ts.SyntaxKind.Identifier:
    case ts.SyntaxKind.PrivateIdentifier:
      return node.text;
    case ts.SyntaxKind.RegularExpressionLiteral:
      return regexMeaning(node.getText(sourceFile));
    default:
      return '';
  }
}

function tagged(node) {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (ts.isTaggedTemplateExpression(parent)) return true;
    if (!ts.isTemplateSpan(parent) && !ts.isTemplateExpression(parent)) return false;
  }
  return false;
}

/** A regular expression's text with `\uXXXX` escapes of non-ASCII characters and identity escapes of them undone. */
function regexMeaning(text) {
  const unescaped = text.replace(/(\\*)\\u([0-9a-fA-F]{4})/g, (whole, slashes, hex) =>
    slashes.length % 2 === 0 && Number.parseInt(hex, 16) > 0x7f
      ? slashes + String.fromCharCode(Number.parseInt(hex, 16))
      : whole,
  );
  return replaceNonAscii(unescaped, (char) => char);
}

/** Each node's kind and meaning, in source order. */
function program(code) {
  const sourceFile = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  if (sourceFile.parseDiagnostics.length)
    return { error: ts.flattenDiagnosticMessageText(sourceFile.parseDiagnostics[0].messageText, '\n') };
  const nodes = [];
  const visit = (node) => {
    nodes.push(`${node.kind}:${meaning(node, sourceFile)}`);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { nodes };
}

/** Undefined when `escaped` is the same program as `original`; else where they first differ. */
export function programDifference(original, escaped) {
  const before = program(original);
  const after = program(escaped);
  if (before.error) return `the bundle does not parse: ${before.error}`;
  if (after.error) return `escaped, it does not parse: ${after.error}`;
  const length = Math.max(before.nodes.length, after.nodes.length);
  for (let index = 0; index < length; index++)
    if (before.nodes[index] !== after.nodes[index])
      return `node ${index} differs: ${JSON.stringify(before.nodes[index])?.slice(0, 120)} became ${JSON.stringify(after.nodes[index])?.slice(0, 120)}`;
  return undefined;
}
