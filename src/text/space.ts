/**
 * White space, by code unit and as the body of a regex character class.
 *
 * This module, like all of src/text/, imports nothing of ours.
 */

/**
 * The code units of the regex class `\s`, which `trim()` and `split(/\s+/)` cut, written out as a
 * class body: tab, line feed, vertical tab, form feed, carriage return, space, no-break space,
 * Ogham space mark, the spaces U+2000–U+200A, line and paragraph separators, narrow no-break
 * space, medium mathematical space, ideographic space and the byte order mark.
 */
export const WHITE_SPACE = '\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** Is the code unit one of the regex class `\s` (WHITE_SPACE)? */
export function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** The zero-width space: not `\s`, but it parts words (text copied from web pages and Word). */
export const ZERO_WIDTH_SPACE = 0x200b;

/**
 * Spacing between words: white space (`\s`), the zero-width space, and the control characters
 * U+0000–U+001F, which stand where a space was in text converted from other formats. What the
 * agency matcher and the date lexer skip between words.
 */
export function isSpacing(code: number): boolean {
  return code <= 32 || code === ZERO_WIDTH_SPACE || isWhiteSpace(code);
}

/** SPACING (isSpacing) as the body of a regex character class. */
export const SPACING = `\u0000-\u0020\u200b${WHITE_SPACE}`;
