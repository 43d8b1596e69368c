/**
 * Letters: which UTF-16 code units are letters of Vietnamese text, upper and lower case. The one
 * table every stage uses, as regex class bodies (for chevrotain, which drops the regex `u` flag:
 * the ranges are written out, never `\p{L}`) and as code-unit predicates (a table lookup, for the
 * per-character loops).
 *
 * A letter is a letter of the Vietnamese alphabet in NFC (`a`–`z` with `f j w z`, `ă â đ ê ô ơ ư`
 * and every vowel with each of the five tone marks), in either case. `×`, `÷`, `ʼ`, digits, and
 * letters of other alphabets (`ñ`, `ß`, Greek, Cyrillic) are not. Where a word of any Latin-script
 * language is meant, with the combining marks of NFD text, use LATIN / isLatinCode.
 *
 * This module, like all of src/text/, imports nothing of ours.
 */

/** The upper-case letters, as the body of a regex character class. */
export const UPPER = 'A-ZÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ';
/** The lower-case letters, as the body of a regex character class. */
export const LOWER = 'a-zà-ãè-êìíò-õùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ';
/** Every letter, either case, as the body of a regex character class. */
export const LETTER = UPPER + LOWER;

/**
 * Letters of any Latin-script word, as the body of a regex character class: ASCII letters,
 * Latin-1 letters (not `×` `÷`), Latin Extended-A and B, the combining marks of NFD text and
 * Latin Extended Additional. Wider than LETTER (`ñ`, `ß`, `ǎ`, a combining acute): for scanners
 * that must take a whole run of letters as one word, whatever language it is in.
 */
export const LATIN = 'A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u1E00-\u1EFF';

/** Characters of a class body such as `A-ZÀ-Ã…`, one string each (code units, as a regex class without `u` reads them). */
export function expandRanges(cls: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < cls.length; i++) {
    const from = cls.charCodeAt(i);
    const to = cls[i + 1] === '-' && i + 2 < cls.length ? cls.charCodeAt((i += 2)) : from;
    for (let c = from; c <= to; c++) out.push(String.fromCharCode(c));
  }
  return out;
}

// A table by code unit answers without a regex call. Every letter, Vietnamese or Latin, is below
// U+1F00.
const TABLE_SIZE = 0x1f00;
const UPPER_FLAG = 1;
const LOWER_FLAG = 2;
const LATIN_FLAG = 4;
const LETTER_FLAGS = UPPER_FLAG | LOWER_FLAG;
const kind = new Uint8Array(TABLE_SIZE);
function mark(cls: string, flag: number): void {
  for (const ch of expandRanges(cls)) kind[ch.charCodeAt(0)] = kind[ch.charCodeAt(0)]! | flag;
}
mark(UPPER, UPPER_FLAG);
mark(LOWER, LOWER_FLAG);
mark(LATIN, LATIN_FLAG);

/** Is the code unit an upper-case letter (of UPPER)? False for NaN (`charCodeAt` past the end). */
export function isUpperCode(code: number): boolean {
  return code < TABLE_SIZE && (kind[code]! & UPPER_FLAG) !== 0;
}

/** Is the code unit a lower-case letter (of LOWER)? */
export function isLowerCode(code: number): boolean {
  return code < TABLE_SIZE && (kind[code]! & LOWER_FLAG) !== 0;
}

/** Is the code unit a letter (of LETTER), either case? */
export function isLetterCode(code: number): boolean {
  return code < TABLE_SIZE && (kind[code]! & LETTER_FLAGS) !== 0;
}

/** Is the code unit a letter of a Latin-script word (of LATIN)? */
export function isLatinCode(code: number): boolean {
  return code < TABLE_SIZE && (kind[code]! & LATIN_FLAG) !== 0;
}

/** Is the character (one code unit; a longer string never is) an upper-case letter? */
export function isUpperLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && isUpperCode(ch.charCodeAt(0));
}

/** Is the character (one code unit; a longer string never is) a lower-case letter? */
export function isLowerLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && isLowerCode(ch.charCodeAt(0));
}

/** A line with at least two letters and none of them lower case: titles, issuer lines, initials. */
export function isCapsLine(line: string): boolean {
  let upper = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code >= TABLE_SIZE) continue; // no letter up there (nor a surrogate half)
    const k = kind[code]!;
    if ((k & LOWER_FLAG) !== 0) return false;
    if ((k & UPPER_FLAG) !== 0) upper++;
  }
  return upper >= 2;
}

/**
 * LEGACY, kept because output depends on it: `A-Z` and every code unit from `À` to `Ỹ`, as a
 * class body. Written as "a capital", it also holds the accented lower-case letters (`đ`, `ứ`, all
 * but `ỹ`), `×`, `÷` and every other alphabet between them. A cited title (src/normalise/references.ts)
 * ends at a comma before one of these: `về việc chủ động phòng, tránh, ứng phó …` ends after
 * `tránh`. With UPPER, the right class, titles in four notices of the shared corpus run on (`…,
 * ứng phó với mưa lớn`, `…, đổi mới sáng tạo`): a change of output, to be made on its own.
 */
export const LEGACY_CAPITAL_OR_ACCENTED = 'A-ZÀ-Ỹ';
