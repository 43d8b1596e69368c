/**
 * Character tests for the pre-pass's per-character loops, where a regular expression call per
 * character (or per line, several times over) is most of the cost. Each is exactly equivalent to
 * the expression it replaces; tests/layout.test.ts checks every UTF-16 code unit. (Letter tests
 * are the grammar's own: isUpperCode, isLowerCode and isCapsLine in grammar/markers.ts.)
 */

/** What `\s` matches and `String.prototype.trim` removes: white space and line terminators. */
export function isJsSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `s.slice(from, to).trim() === ''`. */
export function isSpaceOnly(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isJsSpace(s.charCodeAt(i))) return false;
  return true;
}

/** First offset in [from, to) that is not a space or a tab (`to` if none). */
export function skipSpaceTab(s: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9) break;
    i++;
  }
  return i;
}

/** End of [from, to) without its trailing spaces and tabs. */
export function trimSpaceTabEnd(s: string, from: number, to: number): number {
  let i = to;
  while (i > from) {
    const c = s.charCodeAt(i - 1);
    if (c !== 32 && c !== 9) break;
    i--;
  }
  return i;
}
