import { describe, expect, it } from '@jest/globals';
// @ts-expect-error plain JavaScript build script without types
import { asciiOnly, programDifference } from '../../../scripts/ascii-only.js';

const toAscii = asciiOnly as (code: string) => string;
const difference = programDifference as (original: string, escaped: string) => string | undefined;

/** The value of an expression written in `code`. */
const evaluate = (code: string): unknown => new Function(`return (${code});`)();

describe('asciiOnly (the build writes bundles as ASCII)', () => {
  it.each([
    ['a string', "'✔ done … 3 × 4 → µs'"],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the code under test is a template literal
    ['a template', '`${1} — ✖ ${2}…`'],
    ['an identity escape in a string', "'\\…'"],
    ['an escaped backslash before the character', "'\\\\…'"],
    ['three backslashes', "'\\\\\\…'"],
    ['a character outside the Basic Multilingual Plane', "'✅ 😀'"],
  ])('keeps the value of %s', (_, code) => {
    const escaped = toAscii(code);
    expect(escaped).toMatch(/^[\0-\x7f]*$/);
    expect(evaluate(escaped)).toBe(evaluate(code));
    expect(difference(code, escaped)).toBeUndefined();
  });

  it.each([
    ['a class', '/[…→]/', ['…', '→', 'x']],
    ['an identity escape', '/a\\…b/', ['a…b', 'ab']],
    ['the u flag and an astral character', '/^😀$/u', ['😀', '\ud83d']],
    ['no u flag and an astral character', '/^😀$/', ['😀', '\ud83d']],
    ['the u flag and an astral class', '/^[😀✅]$/u', ['😀', '✅', '\ude00']],
  ])('keeps what a regular expression with %s matches', (_, code, inputs) => {
    const escaped = toAscii(code);
    expect(escaped).toMatch(/^[\0-\x7f]*$/);
    const [before, after] = [evaluate(code), evaluate(escaped)] as RegExp[];
    for (const input of inputs) expect(after!.test(input)).toBe(before!.test(input));
    expect(difference(code, escaped)).toBeUndefined();
  });

  it('escapes comments and leaves ASCII text as it is', () => {
    const code = "// a → b\n/* ✔ */ const x = 'plain';\n";
    expect(toAscii(code)).toBe("// a \\u2192 b\n/* \\u2714 */ const x = 'plain';\n");
    expect(toAscii('const y = 1;')).toBe('const y = 1;');
  });

  it('finds a tag that would see the escape in its raw text', () => {
    const code = 'const s = String.raw`a…b`;';
    expect(difference(code, toAscii(code))).toMatch(/node \d+ differs/);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the code under test is a template literal
    const untagged = 'const s = `a…b${1}c→`;';
    expect(difference(untagged, toAscii(untagged))).toBeUndefined();
  });

  it('finds a non-ASCII space between tokens, which an escape would turn into an identifier character', () => {
    const code = 'const\u00a0z = 1;';
    expect(difference(code, toAscii(code))).toMatch(/does not parse/);
  });

  it('finds any other change of meaning', () => {
    expect(difference("const a = '…';", "const a = '.';")).toMatch(/differs/);
    expect(difference('const a = /…/;', 'const a = /x/;')).toMatch(/differs/);
    expect(difference('const é = 1;', 'const e = 1;')).toMatch(/differs/);
  });
});
