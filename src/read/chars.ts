/**
 * Character tests for the pre-pass's per-character loops, where a regular expression call per
 * character (or per line, several times over) is most of the cost. Each is exactly equivalent to
 * the expression it replaces; tests/layout.test.ts checks every UTF-16 code unit.
 */
import { LOWER, UPPER } from '../../grammar/markers.js';

const UPPER_BIT = 1;
const LOWER_BIT = 2;

/** Letter class of each code unit up to the last letter of the grammar's ranges. */
const LETTERS = letterTable();

function letterTable(): Uint8Array {
  let max = 0;
  for (const ranges of [UPPER, LOWER]) for (let i = 0; i < ranges.length; i++) max = Math.max(max, ranges.charCodeAt(i));
  const table = new Uint8Array(max + 1);
  fillRanges(table, UPPER, UPPER_BIT);
  fillRanges(table, LOWER, LOWER_BIT);
  return table;
}

/** `ranges` is the body of a character class made of single characters and `x-y` ranges. */
function fillRanges(table: Uint8Array, ranges: string, bit: number): void {
  for (let i = 0; i < ranges.length; i++) {
    const from = ranges.charCodeAt(i);
    let to = from;
    if (ranges[i + 1] === '-' && i + 2 < ranges.length) {
      to = ranges.charCodeAt(i + 2);
      i += 2;
    }
    for (let c = from; c <= to; c++) table[c]! |= bit;
  }
}

function letterBits(c: number): number {
  return c < LETTERS.length ? LETTERS[c]! : 0;
}

/** `isUpperLetter` of grammar/markers.ts for one UTF-16 code unit (NaN, past the end: false). */
export function isUpperCode(c: number): boolean {
  return (letterBits(c) & UPPER_BIT) !== 0;
}

/** `isLowerLetter` of grammar/markers.ts for one UTF-16 code unit (NaN, past the end: false). */
export function isLowerCode(c: number): boolean {
  return (letterBits(c) & LOWER_BIT) !== 0;
}

/**
 * `isCapsLine` of grammar/markers.ts: letters, and none of them lower case. Walking code units
 * instead of code points is the same: a surrogate is never a letter.
 */
export function isCapsText(line: string): boolean {
  let upper = 0;
  for (let i = 0; i < line.length; i++) {
    const bits = letterBits(line.charCodeAt(i));
    if (bits & LOWER_BIT) return false;
    if (bits & UPPER_BIT) upper++;
  }
  return upper >= 2;
}

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
