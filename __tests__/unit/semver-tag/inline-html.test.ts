import { describe, expect, it } from '@jest/globals';
import { escapeInlineHtml } from '../../../actions/semver-tag/inline-html.js';

describe('escapeInlineHtml', () => {
  it('turns every < outside code spans into an entity', () => {
    expect(escapeInlineHtml('a <!-- b')).toBe('a &lt;!-- b');
    expect(escapeInlineHtml('<img src=x> <b>')).toBe('&lt;img src=x> &lt;b>');
  });

  it('keeps code spans as they are, with runs of any length', () => {
    expect(escapeInlineHtml('handle `Vec<u8>` <b>')).toBe('handle `Vec<u8>` &lt;b>');
    expect(escapeInlineHtml('``a ` <b> `` <i>')).toBe('``a ` <b> `` &lt;i>');
  });

  it('treats an unclosed or mismatched backtick run as text, not code', () => {
    expect(escapeInlineHtml('` <!-- open')).toBe('` &lt;!-- open');
    expect(escapeInlineHtml('`` <b> `')).toBe('`` &lt;b> `');
  });

  it('a backslash can neither undo the entity nor open a code span', () => {
    expect(escapeInlineHtml('\\<!-- x')).toBe('\\<!-- x');
    expect(escapeInlineHtml('\\\\<!-- x')).toBe('\\\\&lt;!-- x');
    expect(escapeInlineHtml('\\` <b> `')).toBe('\\` &lt;b> `');
  });

  it('leaves text without < alone', () => {
    expect(escapeInlineHtml('fix: a & b > c')).toBe('fix: a & b > c');
  });
});
