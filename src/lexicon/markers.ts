/**
 * The line-start markers of a notice, as plain regular expressions. The lexer (grammar/tokens.ts)
 * and the layout pre-pass (which must know where a wrapped paragraph ends) share them, so both
 * agree on what starts a list item.
 *
 * Every pattern is anchored, bounded and free of nested quantifiers: linear on any line.
 */
import { namesFor } from './document-types.js';
import { ADDRESSEES_HEADS, AUTHORITY_MARKS, BODY_HEADS, CLOSING_WORDS, MOTTOS, RECIPIENTS_HEADS, SUBJECT_OPENERS, TITLE_OPENERS, URGENCY_MARKS } from './lexicon.gen.js';
import { alternation } from './pattern.js';
import { toRoman } from '../text/roman.js';
import { LATIN, LETTER, LOWER, UPPER, isLowerCode, isUpperLetter } from '../text/letters.js';

/** `1.` `2.1.` `1)` `2.1` (a bare `1` is a number, not a marker). Group 1: the digits. */
export const NUMBERED = /^((?:\d{1,3}\.){1,6}\d{0,3}|\d{1,3}\))[ \t]*/;
/** `I.` `II-` `IV)` : Roman section numbers, upper case. Group 1: the numeral. */
export const ROMAN = /^([IVXL]{1,6})[.\-–)][ \t]*/;
/** `a)` `đ)` `b.` : lettered points. Group 1: the letter. */
export const LETTERED = /^([a-eg-ik-vxyđ])[).][ \t]*/;
/**
 * `A.` `B)` : parts or points lettered in capitals (Word's upperLetter). `I`, `V`, `X`, `L` are
 * Roman numerals. Group 1: the letter. Items only in sequence (resolveLabelRuns).
 */
export const UPPER_LETTERED = /^([A-HJKM-UWYZ])[.)][ \t]*/;
/**
 * `ii.` `iv)` : lower-case Roman numerals of two letters or more (Word's lowerRoman); `i.`, `v.`,
 * `x.` read as point letters first. Group 1: the numeral. Items only in sequence (resolveLabelRuns).
 */
export const LOWER_ROMAN = /^([ivx]{2,6})[.)][ \t]*/;
/**
 * `(1)` `(12)`: a number in brackets, then a blank. An item label only where such labels start
 * lines and run in sequence (`(1)`, `(2)` …): the layout pre-pass and the body's builder decide
 * that, since one line cannot tell a list from `(3)` wrapped to a line start mid-sentence.
 */
export const PARENTHESISED = /^\((\d{1,2})\)[ \t]+/;
/**
 * A footnote's text at the foot of the page: `[1] Gồm các đồng chí …`, `_ [1] …` (the rule above
 * a footnote, as a converter wrote it), `[^1]: …` (a Markdown footnote). Group 1: the mark as it
 * hangs in the text (`[1]`, `[^1]`). `(1) …` in the tail is one too (src/document/tail.ts).
 */
export const FOOTNOTE = /^(?:_[ \t]*)?(\[\^?\d{1,2}\]):?[ \t]*(?=[^ \t])/;
/** `-` `+` `•` `*` `–` and kin, followed by a space or directly by a letter (`-Sở Y tế`). */
export const BULLET = new RegExp(`^([\\-+•*–—·●▪■◦○])(?:[ \t]+|(?=[${LATIN}“"(]))`);

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** Value of a Roman numeral, or null when it is not a well-formed one (`IIII`, `VX`). */
export function romanValue(numeral: string): number | null {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = ROMAN_VALUES[numeral[i]!];
    const next = ROMAN_VALUES[numeral[i + 1] ?? ''] ?? 0;
    if (v === undefined) return null;
    total += v < next ? -v : v;
  }
  return toRoman(total) === numeral ? total : null;
}

/** Vietnamese points are lettered in the Vietnamese alphabet: no f, j, w, z; đ after d. */
const POINT_LETTERS = 'abcdđeghiklmnopqrstuvxy';

/**
 * `parenthesised` (`(1)`) is an item of kind `numbered` in the output, its label kept whole;
 * `upper-lettered` (`A.`) one of kind `lettered`, `lower-roman` (`ii.`) one of kind `roman`.
 */
export type MarkerKind = 'numbered' | 'roman' | 'lettered' | 'bullet' | 'parenthesised' | 'upper-lettered' | 'lower-roman';

/** The kind of item a marker labels in the output. */
export function itemKindOf(kind: MarkerKind): 'numbered' | 'roman' | 'lettered' | 'bullet' {
  switch (kind) {
    case 'parenthesised':
      return 'numbered';
    case 'upper-lettered':
      return 'lettered';
    case 'lower-roman':
      return 'roman';
    default:
      return kind;
  }
}

export interface Marker {
  kind: MarkerKind;
  /** The marker as written, without trailing space: `2.1.`, `II.`, `a)`, `-`, `(1)`. */
  label: string;
  /** Numbers of the marker: [2, 1] for `2.1.`, [2] for `II.`, [1] for `a)`; null for bullets. */
  number: number[] | null;
  /** Characters the marker and its following space take at the line start. */
  length: number;
}

/** The marker a line starts with, if any. Its first character tells which kind it can be. */
export function readMarker(line: string): Marker | null {
  const first = line.charCodeAt(0);
  if (first >= 48 && first <= 57) return numberedMarker(line);
  if (first === 73 || first === 86 || first === 88 || first === 76) return romanMarker(line); // I V X L
  if (first >= 65 && first <= 90) return upperLetteredMarker(line); // A–Z but the Roman letters
  if (isLowerCode(first)) {
    const lettered = letteredMarker(line);
    if (lettered || !(first === 105 || first === 118 || first === 120)) return lettered; // i v x
    return lowerRomanMarker(line);
  }
  if (BULLET_CODES.includes(first)) return bulletMarker(line);
  if (first === 40 /* ( */) return parenthesisedMarker(line);
  return null;
}

function parenthesisedMarker(line: string): Marker | null {
  const m = PARENTHESISED.exec(line);
  if (!m || line.length <= m[0].length) return null;
  const n = Number(m[1]);
  if (n === 0) return null;
  return { kind: 'parenthesised', label: m[0].trimEnd(), number: [n], length: m[0].length };
}

/** The characters a bullet can be, as char codes (what BULLET's first class holds). */
const BULLET_CODES = [...'-+•*–—·●▪■◦○'].map((c) => c.charCodeAt(0));

function romanMarker(line: string): Marker | null {
  const m = ROMAN.exec(line);
  if (!m) return null;
  const value = romanValue(m[1]!);
  // `I.` alone is ambiguous with nothing in Vietnamese, but `V.` or `X.` could be an initial.
  if (value === null || !followsAsText(line, m[0].length)) return null;
  return { kind: 'roman', label: m[0].trimEnd(), number: [value], length: m[0].length };
}

/** `2021. ` or `12.500 tấn` are not markers: a marker's numbers are small and dotted. */
const THOUSANDS = /^\d+\.\d{3}$/;

function numberedMarker(line: string): Marker | null {
  const m = NUMBERED.exec(line);
  if (!m || !followsAsText(line, m[0].length)) return null;
  const label = m[1]!;
  if (m[0].length === label.length && !label.includes('.')) return null;
  const number = smallNumbers(label);
  if (number !== null && !THOUSANDS.test(label)) return { kind: 'numbered', label, number, length: m[0].length };
  return null;
}

/**
 * The numbers of a label (`2.1.` → [2, 1]), or null when there is none or one is not in 1–999: a
 * notice may run past item 99 (`100.` after `99.`); a year or a thousand is no item number.
 */
function smallNumbers(label: string): number[] | null {
  const numbers: number[] = [];
  let n = -1; // the number being read, -1 between numbers
  for (let i = 0; i <= label.length; i++) {
    const code = i < label.length ? label.charCodeAt(i) : 46;
    if (code >= 48 && code <= 57) n = (n < 0 ? 0 : n * 10) + code - 48;
    else if (n >= 0) {
      if (n === 0 || n >= 1000) return null;
      numbers.push(n);
      n = -1;
    }
  }
  return numbers.length > 0 ? numbers : null;
}

function letteredMarker(line: string): Marker | null {
  const m = LETTERED.exec(line);
  if (!m || !followsAsText(line, m[0].length)) return null;
  if (!m[0].includes(')') && !isUpperLetter(line[m[0].length])) return null;
  const index = POINT_LETTERS.indexOf(m[1]!) + 1;
  return { kind: 'lettered', label: m[0].trimEnd(), number: [index], length: m[0].length };
}

/**
 * `A. KẾT QUẢ …`, `B) Nhiệm vụ …`: a capital letter, its mark, a blank and text; after a dot the
 * text starts with a capital (as after `b.`). Numbered in the Latin alphabet, as Word counts
 * (`A` 1, `B` 2 …). A candidate only: resolveLabelRuns keeps it where the letters run in sequence.
 */
function upperLetteredMarker(line: string): Marker | null {
  const m = UPPER_LETTERED.exec(line);
  if (!m || line.length <= m[0].length || !followsAsText(line, m[0].length)) return null;
  if (!m[0].includes(')') && !isUpperLetter(line[m[0].length])) return null;
  return { kind: 'upper-lettered', label: m[0].trimEnd(), number: [m[1]!.charCodeAt(0) - 64], length: m[0].length };
}

/**
 * `ii. Về …`, `iv) …`: a lower-case Roman numeral of two letters or more, as lettered points are
 * written (a dot needs a capital after it). A candidate only: resolveLabelRuns keeps it where it
 * follows on from the numeral before (`ii.` after `i.`).
 */
function lowerRomanMarker(line: string): Marker | null {
  const m = LOWER_ROMAN.exec(line);
  if (!m || !followsAsText(line, m[0].length)) return null;
  if (!m[0].includes(')') && !isUpperLetter(line[m[0].length])) return null;
  const value = romanValue(m[1]!.toUpperCase());
  if (value === null) return null;
  return { kind: 'lower-roman', label: m[0].trimEnd(), number: [value], length: m[0].length };
}

/** The value of a point letter that is also a lower Roman numeral: `i` 1, `v` 5, `x` 10; else 0. */
function romanLetterValue(marker: Marker): number {
  const c = marker.label.charCodeAt(0);
  return c === 105 ? 1 : c === 118 ? 5 : c === 120 ? 10 : 0;
}

/**
 * Which of the candidate labels of a text's lines, in order (readMarker's answers, null where a
 * line has none), label items. Two kinds of label read from one line alone may be something else:
 *
 * - `A.`, `B.` (upper-lettered): a capital and a dot also start a name's initial or a wrapped
 *   line. A letter counts where the letters run in sequence: `A.` when the next such label below
 *   is `B.` (however far: a part runs on over its sections), a later one when it follows the one
 *   before (`C.` after `B.`). Any other is text.
 * - `i.`, `v.`, `x.` are Vietnamese point letters (`i)` after `h)`, `v)` after `u)`, `x)` after
 *   `v)`) and lower Roman numerals. One is a numeral where it follows on from the numerals before
 *   it (`v.` after `iv.`) or starts them (`i.` whose next lower-case label, before a numbered or
 *   Roman item, is `ii.`: a letter `i` has no `ii` after it); where it follows on from both
 *   letters and numerals (`x` after `v)` and `ix.`), the list of the nearer label wins. Else it
 *   stays a letter, as it always was. `ii.`, `iv.` … count where they follow on from the numeral
 *   before; any other is text (`vi.` wrapped to a line start).
 *
 * Every other marker is kept as it is. Two passes, each line once: linear.
 */
export function resolveLabelRuns(markers: readonly (Marker | null)[]): (Marker | null)[] {
  const n = markers.length;
  // Backward pass: the number of the next upper-lettered label below each line (0: none), and
  // the value of the next lower-case label below it when that is a numeral of two letters or
  // more (0: a letter, or none before a numbered or Roman item).
  const nextUpper = new Int32Array(n);
  const nextLowerRoman = new Int32Array(n);
  let upper = 0;
  let lowerRoman = 0;
  for (let k = n - 1; k >= 0; k--) {
    nextUpper[k] = upper;
    nextLowerRoman[k] = lowerRoman;
    const m = markers[k];
    if (!m) continue;
    if (m.kind === 'upper-lettered') {
      upper = m.number![0]!;
      lowerRoman = 0;
    } else if (m.kind === 'lower-roman') lowerRoman = m.number![0]!;
    else if (m.kind === 'lettered' || m.kind === 'numbered' || m.kind === 'roman') lowerRoman = 0;
  }
  const out: (Marker | null)[] = [];
  let lastUpper = 0; // the last upper letter that labelled an item
  let lastLetter = 0; // the last point letter since a numbered, Roman or upper-lettered item
  let lastNumeral = 0; // the last lower Roman numeral since any of those or a point letter
  let numeralLatest = false; // the last lower-case label was a numeral
  for (let k = 0; k < n; k++) {
    const m = markers[k] ?? null;
    if (m === null || m.kind === 'bullet' || m.kind === 'parenthesised') {
      out.push(m);
      continue;
    }
    const number = m.number![0]!;
    if (m.kind === 'upper-lettered') {
      if (number === 1 ? nextUpper[k] !== 2 : number !== lastUpper + 1) {
        out.push(null);
        continue;
      }
      lastUpper = number;
    }
    if (m.kind !== 'lettered' && m.kind !== 'lower-roman') {
      lastLetter = 0;
      lastNumeral = 0;
      out.push(m);
      continue;
    }
    if (m.kind === 'lower-roman') {
      const follows = lastNumeral > 0 && number === lastNumeral + 1;
      out.push(follows ? m : null);
      if (follows) {
        lastNumeral = number;
        numeralLatest = true;
      }
      continue;
    }
    const value = romanLetterValue(m);
    const followsNumerals = value > 0 && lastNumeral > 0 && value === lastNumeral + 1;
    const startsNumerals = value === 1 && nextLowerRoman[k] === 2;
    const followsLetters = lastLetter > 0 && number === lastLetter + 1;
    if (startsNumerals || (followsNumerals && (!followsLetters || numeralLatest))) {
      out.push({ kind: 'lower-roman', label: m.label, number: [value], length: m.length });
      lastNumeral = value;
      numeralLatest = true;
    } else {
      out.push(m);
      lastLetter = number;
      lastNumeral = 0;
      numeralLatest = false;
    }
  }
  return out;
}

function bulletMarker(line: string): Marker | null {
  const m = BULLET.exec(line);
  if (!m || line.length <= m[0].length) return null;
  return { kind: 'bullet', label: m[1]!, number: null, length: m[0].length };
}

/** A marker must be followed by a space and then text, or end the line. */
function followsAsText(line: string, at: number): boolean {
  return at >= line.length || line[at - 1] === ' ' || line[at - 1] === '\t';
}

// ---------------------------------------------------------------------------------------------
// Whole-line shapes. Each is tested against one cleaned line (no line break inside).

/** `Nơi nhận`, `Nơi nhận:`, `NƠI NHẬN :` (data/lexicon/recipients-heads.yaml). */
export const RECIPIENTS_HEAD = new RegExp(`^(?:${alternation(RECIPIENTS_HEADS, { cases: ['title', 'upper'] })})[ \\t]*:?[ \\t]*`);
/** `Kính gửi:` of a công văn. */
export const ADDRESSEES_HEAD = new RegExp(`^(?:${alternation(ADDRESSEES_HEADS, { cases: ['sentence', 'upper'] })})[ \\t]*:?[ \\t]*`);
/**
 * Authority marks of a signature (data/lexicon/authority-marks.yaml: `T/M`, `K/T`, `T/L`, `T/U`,
 * `Q.`, `TM.`, `KT.`, `TL.`, `TUQ.`). A mark of two letters and a dot (`TM.`) without its dot
 * (`TM`) counts only at the start of a line.
 */
export const AUTHORITY_MARK = alternation(AUTHORITY_MARKS);
const UNDOTTED_MARKS = AUTHORITY_MARKS.filter((m) => /^[A-Z]{2}\.$/.test(m)).map((m) => m.slice(0, -1));
/** Every form a line may open with: the marks and the undotted ones. */
export const AUTHORITY_FORMS: readonly string[] = [...AUTHORITY_MARKS, ...UNDOTTED_MARKS];
export const AUTHORITY = new RegExp(`^(${AUTHORITY_MARK}|${alternation(UNDOTTED_MARKS)})[ \\t]*(?=[${UPPER}])`);
/** A dashed rule under the heading, or the `*` under the issuer. */
/** The characters a dashed rule is drawn with (a regex class body). */
export const RULE_CHARS = '-–—_=';
export const SEPARATOR = new RegExp(`^(?:[${RULE_CHARS}]{3,20}|\\*{1,3})$`);
/** `Số 123-TB/TU`, `Số: 45/TB-VPUBND`, `Số -TB/ĐU`, `Số:      /UBND-VX`, `Số: 49/2012/QĐ-UBND`. */
export const DOC_NUMBER = new RegExp(
  `^(?:Số|SỐ)[ \\t]*:?[ \\t]*([0-9]{0,6}(?:/(?:19|20)[0-9]{2})?[ \\t]*[-/][ \\t]*[${UPPER}][${LETTER}&]{0,9}(?:[-/][${LETTER}&.]{1,12}){0,3})[ \\t]*$`,
);
/** The same number at the start of a cell that goes on (`Số: 8794/VPCP-KGVX V/v ban hành …`). */
export const DOC_NUMBER_PREFIX = new RegExp(
  `^(?:Số|SỐ)[ \\t]*:?[ \\t]*(?:[0-9]{0,6}(?:/(?:19|20)[0-9]{2})?[ \\t]*[-/][ \\t]*[${UPPER}][${LETTER}&]{0,9}(?:[-/][${LETTER}&.]{1,12}){0,3})(?=[ \\t]+[^ \\t])`,
);
/** `Bến Tre, ngày 21 tháng 11 năm 2022`, `Hà Nội, ngày   tháng 8 năm 2025`. */
export const PLACE_DATE = new RegExp(
  `^([${UPPER}][^,\\n]{0,60}),[ \\t]*(?:ngày|Ngày)[ \\t]*([0-9]{0,2})[ \\t]*tháng[ \\t]*([0-9]{0,2})[ \\t]*năm[ \\t]*([0-9]{4})?[ \\t.]*$`,
);
/**
 * A text that opens with a body's head word (data/lexicon/body-heads.yaml: `Ban`, `Văn phòng`, `SỞ`),
 * in capitals or sentence case: a line of the header's issuer column that starts a body's name
 * (src/document/heading.ts), the head of a body's name in a directive (src/normalise/directives.ts).
 */
export const BODY_HEAD = new RegExp(`^(?:${alternation(BODY_HEADS, { cases: ['upper', 'sentence'], eitherPlacement: true })})(?![${LATIN}])`);
/** The national and party mottos of the right header column (data/lexicon/mottos.yaml). */
export const MOTTO = new RegExp(`^(?:${alternation(MOTTOS, { eitherPlacement: true, dash: '[ \\t]*[-–][ \\t]*' })})[ \\t]*$`);
/**
 * A motto anywhere in a line (`… -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh
 * phúc`): where a converter flattened a header cell, the motto's own lines start and end there.
 */
export const MOTTO_PHRASE = new RegExp(alternation(MOTTOS, { eitherPlacement: true, dash: '[ \\t]*[-–][ \\t]*' }), 'g');
/** Document type names, upper case, as the heading's first words (data/lexicon/document-types.yaml, stage `heading`). */
export const DOC_TYPE = new RegExp(`^(${alternation(namesFor('heading').map((t) => t.toUpperCase()))})(?=[ \\t]|$)`);
/** Urgency marks under the number (data/lexicon/urgency-marks.yaml). */
export const URGENCY = new RegExp(`^(?:${alternation(URGENCY_MARKS, { eitherPlacement: true })})$`);
/** A Vietnamese personal name alone on a line: 2 to 5 capitalised syllables. */
export const PERSON_NAME = new RegExp(`^[${UPPER}][${LOWER}]{0,7}(?: [${UPPER}][${LOWER}]{0,7}){1,4}$`);
/**
 * A word with which the last paragraph, ending with `./.`, speaks of carrying the notice out
 * (data/lexicon/closing-words.yaml): `… triển khai thực hiện./.`, `… biết, tổng hợp./.`.
 */
export const CLOSING_WORD = new RegExp(`(?<![${LATIN}])(?:${alternation(CLOSING_WORDS, { cases: ['sentence'] })})(?![${LATIN}])`);
/**
 * Paragraphs that say how the notice is to be carried out (its closing). They also always open
 * a new paragraph in wrapped text, even after a full-width line.
 */
export const CLOSING: RegExp[] = [
  /^Trên đây là/,
  /^Văn phòng[^.]{0,80}(?:thông báo|sao gửi|kính gửi|đề nghị)/,
  /^(?:Thường trực|Ban Thường vụ)[^.]{0,60}thông báo (?:để|đến|cho)/,
  /^Căn cứ (?:nội dung )?(?:kết luận|thông báo|ý kiến chỉ đạo)[^.]{0,40}(?:trên|này)/,
  /^(?:Đề nghị|Yêu cầu) các[^.]{0,160}(?:triển khai|tổ chức) thực hiện[^.]{0,60}\.\/\.$/,
  /^Nhận được thông báo này/,
];

/**
 * Where a sentence stops: a `.` or `;` after a small letter, a digit or a bracket, and the blanks
 * after it (not the `.` of `TP. Hồ Chí Minh` or `đ/c.`). A regex source, to build on.
 */
export const SENTENCE_STOP = `(?<=[${LOWER}0-9)])[.;][ \\t\\n]+`;

/** The subject line of a heading or header: `về …`, `tại …`, `V/v …`, `V/v: …` (data/lexicon/subject-openers.yaml). */
export const SUBJECT_START = new RegExp(`^(?:${alternation(SUBJECT_OPENERS, { cases: ['lower', 'sentence', 'upper'] })})(?=:?[ \\t])`);
/** A title line under the type that starts in capitals: `Kết luận của Chủ tịch UBND tỉnh …` (data/lexicon/title-openers.yaml). */
export const TITLE_START = new RegExp(`^(?:${alternation(TITLE_OPENERS, { eitherCase: true })})(?=[ \\t])`);

/** Typist initials and copy counts after the recipients: `TTH`, `VT-25b`, `NVA(15b)`. */
export const INITIALS = new RegExp(`^[${UPPER}]{1,6}(?:[-.][${UPPER}0-9a-z]{1,6})?(?:\\(\\d{1,3}b?\\))?$`);

/** A digital signature's timestamp: `12-08-2021 16:05:11 +07:00`. */
export const STAMP_TIME = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}[ T]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[+-]\d{2}:?\d{2})?$/;
