/**
 * TCVN3 had one font for lower case (.VnTime) and one for capitals (.VnTimeH) on the same byte
 * codes: a heading typed in .VnTimeH reads back as `THôNG BáO`. A word whose ASCII letters are all
 * capitals but which holds a lower-case Vietnamese letter was such a heading word: it is raised
 * whole, unless it is a word of sentence case (`Xã`, `Hà`: one capital, first). The length never changes (every Vietnamese letter has a one-character capital), so the
 * offsets stay as they are.
 */
import { LATIN, LOWER } from '../../text/letters.js';

const WORD = new RegExp(`[${LATIN}]+`, 'gu');
const LOWER_ASCII = /[a-z]/;
const UPPER_ASCII = /[A-Z]/;
/** A lower-case Vietnamese letter beyond ASCII (with `a-z` too, but LOWER_ASCII rules those out first where it matters). */
const LOWER_LETTER = new RegExp(`[${LOWER}]`, 'u');
const LOWER_OTHER = { test: (s: string) => [...s].some((c) => c > '\u007f' && LOWER_LETTER.test(c)) };

export function raiseHeadingWords(s: string): string {
  if (!LOWER_OTHER.test(s)) return s;
  return s.replace(LINE, (line) => {
    const heading = isHeadingLine(line);
    return line.replace(WORD, (w) => raiseWord(w, heading));
  });
}

/** `w` in capitals if it is a heading word, or any word of a heading line (`Vô` in `BAN TH¦êNG Vô`). */
export function raiseWord(w: string, inHeadingLine: boolean): string {
  return inHeadingLine || isHeadingWord(w) ? upper(w) : w;
}

const LINE = /[^\n]+/g;
const UPPER_ASCII_WORD = /\b[A-Z]{2}/;

/** A line whose ASCII letters are all capitals, two together at least (`BÝ TH¦`, `BAN TH¦êNG Vô`): a heading line. */
export function isHeadingLine(line: string): boolean {
  return UPPER_ASCII_WORD.test(line) && !LOWER_ASCII.test(line);
}

function isHeadingWord(w: string): boolean {
  if (w.length < 2 || !UPPER_ASCII.test(w) || LOWER_ASCII.test(w) || !LOWER_OTHER.test(w)) return false;
  let capitals = 0;
  for (const c of w) if (c !== c.toLowerCase()) capitals++;
  const first = w[0]!;
  return !(capitals === 1 && first !== first.toLowerCase());
}

function upper(w: string): string {
  const up = w.toUpperCase();
  return up.length === w.length ? up : w;
}
