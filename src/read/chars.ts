/**
 * Character tests for the pre-pass's per-character loops, where a regular expression call per
 * character (or per line, several times over) is most of the cost. Each is exactly equivalent to
 * the expression it replaces; tests/layout.test.ts checks every UTF-16 code unit. (Letter tests
 * and white space are src/text/'s: isUpperCode, isLowerCode, isCapsLine, isWhiteSpace.)
 */
import { isWhiteSpace } from '../text/space.js';

/** `s.slice(from, to).trim() === ''`. */
export function isSpaceOnly(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhiteSpace(s.charCodeAt(i))) return false;
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
