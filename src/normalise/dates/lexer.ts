/**
 * The tokens a date can be made of (SPEC "dates and deadlines", FORMAT §8).
 *
 * The lexer turns a paragraph into numbers, separators, the date words (ngày, tháng, năm, quý …),
 * the cue words that decide a deadline's kind (trước, chậm nhất, đến, từ …), the words that veto
 * a date (tuổi, lớp, tuần, nhiệm kỳ …) and everything else as `Word` or `Other`. The recogniser in
 * `dates.ts` then reads the token stream by hand.
 *
 * The tokens are defined as chevrotain token types with patterns: the patterns say what each token
 * is, and the tests build a chevrotain Lexer from them (`dateTokens`) as the reference. Building
 * that Lexer costs milliseconds at start-up and running it ~140 ns a token, so `lexDates` is a
 * hand-written scanner over the same definitions: one pass that classifies each character by a
 * table (letter, digit, space, one-character token), takes a run of letters as a word and looks
 * it up, folded to lower case, among the keywords' first words; a keyword of several words then
 * checks the words that follow. It gives the tokens, images and offsets chevrotain gives.
 *
 * What chevrotain does, and the scanner with it:
 * - patterns are tried in `dateTokens` order and the first that matches wins (no longest match):
 *   multi-word keywords come before the single words they start with (`đến hết` before `đến`);
 * - keywords are case-insensitive and end in a negative look-ahead on letters, so `từ` does not
 *   match the start of `từng` and `thứ ba` not the start of `thứ bao`; as `Word` takes a whole run
 *   of letters, every letter token starts and ends with a run of letters;
 * - the words of a keyword are separated by spaces and line breaks (`chậm \n nhất`: a wrapped line).
 * Character classes are written out (`LETTERS` below), never \p{L}: chevrotain drops the regex `u`
 * flag. The text is expected in NFC (the reader normalises it); NFD letters still lex as `Word`.
 */
import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';
import { DATE_CUES } from '../../lexicon/lexicon.gen.js';
import { namesFor } from '../../lexicon/document-types.js';
import { lowerCode } from '../../text/case.js';
import { LATIN } from '../../text/letters.js';
import { SPACING } from '../../text/space.js';

// ---------------------------------------------------------------------------------------------
// Character classes, as bodies of a regex character class: single characters and ranges a-b.

/**
 * Letters: those of any Latin-script word, combining marks (NFD input) included (src/text's LATIN):
 * a run of them is one word.
 */
const LETTERS = LATIN;
/** Spaces the lexer skips (src/text's SPACING). */
const SPACES = SPACING;
/** Spaces between the words of a keyword: a wrapped line can split `chậm \n nhất`. */
const GAPS = ' \t\r\n\u00A0';
const DIGITS = '0-9';

const L = `[${LETTERS}]`;
const SP = `[${GAPS}]+`;

/** What each UTF-16 code unit is to the scanner: one of the kinds below, or a one-character
 * token type (`FIRST_SINGLE` + its index in `singleTypes`). 0 is any other character. */
const kinds = new Uint8Array(0x10000);
const OTHER = 0;
const SPACE = 1;
/** A space that may also separate the words of a keyword. */
const GAP = 2;
const LETTER = 3;
const DIGIT = 4;
const FIRST_SINGLE = 5;
const singleTypes: TokenType[] = [];

/** Sets the kind of every character of the class body `chars`. */
function mark(chars: string, kind: number): void {
  for (let i = 0; i < chars.length; i++) {
    const from = chars.charCodeAt(i);
    const to = chars[i + 1] === '-' && i + 2 < chars.length ? chars.charCodeAt((i += 2)) : from;
    kinds.fill(kind, from, to + 1);
  }
}

mark(SPACES, SPACE);
mark(GAPS, GAP);
mark(LETTERS, LETTER);
mark(DIGITS, DIGIT);

/**
 * Keywords are case-insensitive: a regex with the `i` flag matches a letter to a keyword's
 * lower-case letter exactly when the letter lower-cases to it (checked for every code unit against
 * the keywords' letters; the one exception, the Kelvin sign, is not a letter here). A letter whose
 * lower case is longer (İ) stays as it is (lowerCode) and so matches no keyword, as with the regex.
 */
function foldAt(text: string, p: number): number {
  return lowerCode(text.charCodeAt(p));
}

/** The hash of a word from its lower-case code units, as `pushWord` computes it over a run. */
function stepHash(h: number, code: number): number {
  return (Math.imul(h, 31) + code) | 0;
}

function stringHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = stepHash(h, word.charCodeAt(i));
  return h;
}

/** text[p, end) is `word` (lower case), whatever its case. */
function sameWord(text: string, p: number, end: number, word: string): boolean {
  if (end - p !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (foldAt(text, p + i) !== word.charCodeAt(i)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Keywords

/**
 * The keywords by the hash of their first word (`stringHash`), each with that word and the words
 * that must follow it (`LONE_DIGIT` for the digit of `thứ 2`), all in lower case, in match order.
 * Filled from `dateTokens` below. A hash of numbers rather than a map of strings: a run of letters
 * is then looked up without slicing and lower-casing it (String#toLowerCase is slow on two-byte
 * strings, and most runs are not keywords).
 */
interface Keyword {
  type: TokenType;
  first: string;
  rest: string[];
}
const keywords = new Map<number, Keyword[]>();
/** The words of each keyword token, as defined (alternatives separated by |, words by a space). */
const keywordWords = new Map<TokenType, string>();
export const dateKeywords: ReadonlyMap<TokenType, string> = keywordWords;
/** In a keyword's words: one digit 2–7 not followed by another digit (`thứ 2`, not `thứ 12`). */
const LONE_DIGIT = '#';

/**
 * Words after which a token can run on over a space (`chậm` of `chậm nhất`), in lower case: a
 * space after any other word is always a token boundary (see `boundaryAt`).
 */
const leadWords = new Set<string>();

/** `words` as a pattern source: spaces as SP, `LONE_DIGIT` as its pattern. */
function phrase(words: string): string {
  const alternatives = words.split('|').map((a) => a.split(' ').map((w) => (w === LONE_DIGIT ? '[2-7](?![0-9])' : w)));
  return alternatives.map((a) => a.join(SP)).join('|');
}

/** A case-insensitive keyword that must end at a word boundary. Written in lower case, words of
 * letters only: the scanner compares runs of letters, folded, with them. */
function keyword(name: string, words: string): TokenType {
  if (words !== words.toLowerCase()) throw new Error(`date keyword ${name}: write it in lower case`);
  const type = createToken({
    name,
    pattern: new RegExp(`(?:${phrase(words)})(?!${L})`, 'i'),
    line_breaks: words.includes(' '),
  });
  keywordWords.set(type, words);
  return type;
}

/** A token of one character of the class body `chars` (no `]`, `\\` or `^` in it). */
function single(name: string, chars: string): TokenType {
  const type = createToken({ name, pattern: new RegExp(`[${chars}]`) });
  mark(chars, FIRST_SINGLE + singleTypes.length);
  singleTypes.push(type);
  return type;
}

export const WhiteSpace = createToken({
  name: 'WhiteSpace',
  pattern: new RegExp(`[${SPACES}]+`),
  group: Lexer.SKIPPED,
  line_breaks: true,
});

/**
 * The words of a cue token (data/lexicon/date-cues.yaml), as alternatives. The recogniser reads
 * each token in its own way, so every one must have a word.
 */
function cueWords(token: string): string {
  const words = DATE_CUES.filter((c) => c.token === token).map((c) => c.word);
  if (words.length === 0) throw new Error(`date cue ${token}: no word in data/lexicon/date-cues.yaml`);
  return words.join('|');
}

// Multi-word tokens come before the single words they start with (`đến hết` before `đến`).
export const ChamNhat = keyword('ChamNhat', cueWords('ChamNhat'));
export const HoanThanh = keyword('HoanThanh', cueWords('HoanThanh'));
export const DenHet = keyword('DenHet', cueWords('DenHet'));
export const KeTu = keyword('KeTu', cueWords('KeTu'));
export const KeoDai = keyword('KeoDai', cueWords('KeoDai'));
export const GiaHan = keyword('GiaHan', cueWords('GiaHan'));
export const ThoiHan = keyword('ThoiHan', cueWords('ThoiHan'));
export const NhiemKy = keyword('NhiemKy', 'nhiệm kỳ');
export const GiaiDoan = keyword('GiaiDoan', 'giai đoạn');
export const NamHoc = keyword('NamHoc', 'năm học');
export const LamViec = keyword('LamViec', 'làm việc');
export const BanHanh = keyword('BanHanh', 'ban hành');
/**
 * A part of a year: `đầu năm`, `giữa năm`, `cuối năm`, alone or with a year counted from the
 * notice's (`cuối năm nay`, `đầu năm sau`, `đầu năm tới`). One token, so a window can be found
 * around it (dates.ts ANCHOR) and `đầu tư` costs nothing.
 */
export const YearPart = keyword(
  'YearPart',
  ['đầu', 'giữa', 'cuối'].flatMap((p) => ['nay', 'sau', 'tới'].map((r) => `${p} năm ${r}`)).join('|') + '|đầu năm|giữa năm|cuối năm',
);
/** A year counted from the notice's: `năm nay` (this), `năm sau`, `năm tới` (the next). */
export const NamRel = keyword('NamRel', 'năm nay|năm sau|năm tới');
/** After an event: `sau khi kết thúc quý 15 ngày`, `trong 15 ngày sau khi nhận được …`. */
export const SauKhi = keyword('SauKhi', cueWords('SauKhi'));
/** `thứ 2` only when the digit stands alone: `tuổi thứ 12` is not a weekday. */
export const Weekday = keyword(
  'Weekday',
  `thứ hai|thứ ba|thứ tư|thứ năm|thứ sáu|thứ bảy|thứ ${LONE_DIGIT}|chủ nhật`,
);
/**
 * Names of cited documents: a date right after one is the document's date, not a deadline
 * (data/lexicon/document-types.yaml, stage `cited-date`).
 */
export const DocType = keyword(
  'DocType',
  namesFor('cited-date').map((t) => t.toLowerCase()).join('|'),
);

export const Ngay = keyword('Ngay', 'ngày');
export const Thang = keyword('Thang', 'tháng');
export const Nam = keyword('Nam', 'năm');
export const Quy = keyword('Quy', 'quý');
export const Gio = keyword('Gio', 'giờ');
export const Phut = keyword('Phut', 'phút');
/** `17h00`, `17g30`: only a lone `h` or `g`, so `học` stays a word. */
export const H = keyword('H', 'h|g');
export const PartOfDay = keyword('PartOfDay', 'sáng|trưa|chiều|tối');
export const Truoc = keyword('Truoc', cueWords('Truoc'));
export const Den = keyword('Den', cueWords('Den'));
export const Tu = keyword('Tu', cueWords('Tu'));
export const Vao = keyword('Vao', cueWords('Vao'));
export const Trong = keyword('Trong', cueWords('Trong'));
export const Vong = keyword('Vong', 'vòng');
export const Sau = keyword('Sau', cueWords('Sau'));
export const Luc = keyword('Luc', 'lúc');
export const La = keyword('La', 'là');
export const So = keyword('So', 'số');
/** Words that make the number next to them a count, an age or a grade. */
export const Tuoi = keyword('Tuoi', 'tuổi');
export const Lop = keyword('Lop', 'lớp');
export const Tuan = keyword('Tuan', 'tuần');
/** Joins the days of a list: `ngày 5 và 6/12`. */
export const Va = keyword('Va', 'và');
/** Before the `ngày` of a list: `vào các ngày 5, 12 và 19/12`. */
export const Cac = keyword('Cac', 'các');

/** Upper case only (quý I/2022): a lower-case `v` or `x` is a word. */
export const Roman = createToken({ name: 'Roman', pattern: new RegExp(`[IVX]+(?!${L})`) });
export const Word = createToken({ name: 'Word', pattern: new RegExp(`${L}+`) });
export const Num = createToken({ name: 'Num', pattern: new RegExp(`[${DIGITS}]+`) });
export const Slash = single('Slash', '/');
/** Hyphen, en dash, em dash, minus: `29/10 – 30/10/2025` is written with any of them. */
export const Dash = single('Dash', '-\u2010-\u2015\u2212');
export const Dot = single('Dot', '.');
export const Comma = single('Comma', ',');
export const LParen = single('LParen', '(');
export const RParen = single('RParen', ')');
/** Ends a clause: the look-back for `kéo dài` stops here. */
export const Stop = single('Stop', ';:!?');
export const Percent = single('Percent', '%');
/**
 * Any other single code unit. A positive range rather than a complement class, so chevrotain can
 * still index it by first char; being last, it only takes what nothing else matched.
 */
export const Other = createToken({ name: 'Other', pattern: /[\u0000-\uFFFF]/ });

/** In match order: the first pattern that matches wins, so longer phrases come first. */
export const dateTokens: TokenType[] = [
  WhiteSpace,
  ChamNhat, HoanThanh, DenHet, KeTu, KeoDai, GiaHan, ThoiHan, NhiemKy, GiaiDoan, NamHoc, LamViec,
  BanHanh, YearPart, NamRel, SauKhi, Weekday, DocType,
  Ngay, Thang, Nam, Quy, Gio, Phut, H, PartOfDay, Truoc, Den, Tu, Vao, Trong, Vong, Sau,
  Luc, La, So, Tuoi, Lop, Tuan, Va, Cac,
  Roman, Word, Num, Slash, Dash, Dot, Comma, LParen, RParen, Stop, Percent, Other,
];

for (const type of dateTokens) {
  for (const alternative of keywordWords.get(type)?.split('|') ?? []) {
    const [first, ...rest] = alternative.split(' ') as [string, ...string[]];
    const h = stringHash(first);
    const list = keywords.get(h) ?? [];
    list.push({ type, first, rest });
    keywords.set(h, list);
    for (const w of alternative.split(' ').slice(0, -1)) leadWords.add(w);
  }
}

/** Longer runs of letters are words without a look-up. */
const FIRST_WORD_LENGTH = Math.max(...[...keywords.values()].flat().map((k) => k.first.length));
const LEAD_WORD_LENGTH = Math.max(...[...leadWords].map((w) => w.length));

// ---------------------------------------------------------------------------------------------
// The scanner

const CODE_I = 0x49;
const CODE_V = 0x56;
const CODE_X = 0x58;
const CODE_2 = 0x32;
const CODE_7 = 0x37;

function kindAt(text: string, p: number): number {
  return kinds[text.charCodeAt(p)]!;
}

/** The end of the run of characters of `kind` that starts at `p`, not past `to`. */
function runEnd(text: string, p: number, to: number, kind: number): number {
  while (p < to && kindAt(text, p) === kind) p++;
  return p;
}

/** The end of the spaces at `p`, not past `to`. */
function spacesEnd(text: string, p: number, to: number): number {
  while (p < to) {
    const k = kindAt(text, p);
    if (k !== SPACE && k !== GAP) break;
    p++;
  }
  return p;
}

/**
 * The end of the words `rest` of a keyword after its first word, which ends at `p`, or -1. Each
 * word is a whole run of letters (or the lone digit) after a run of gap spaces.
 */
function restEnd(text: string, p: number, to: number, rest: string[]): number {
  for (const w of rest) {
    const start = runEnd(text, p, to, GAP);
    if (start === p || start === to) return -1;
    if (w === LONE_DIGIT) {
      const c = text.charCodeAt(start);
      if (c < CODE_2 || c > CODE_7) return -1;
      p = start + 1;
      // (?![0-9]) then (?![letters])
      if (p < to && (kindAt(text, p) === DIGIT || kindAt(text, p) === LETTER)) return -1;
      continue;
    }
    p = runEnd(text, start, to, LETTER);
    if (!sameWord(text, start, p, w)) return -1;
  }
  return p;
}

/** A run of letters is Roman when it is all I, V and X (upper case). */
function isRoman(text: string, p: number, end: number): boolean {
  for (; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c !== CODE_I && c !== CODE_V && c !== CODE_X) return false;
  }
  return true;
}

/** A token in the shape chevrotain makes with `positionTracking: 'onlyOffset'`. */
function token(type: TokenType, image: string, startOffset: number): IToken {
  return { image, startOffset, tokenTypeIdx: type.tokenTypeIdx!, tokenType: type };
}

/**
 * The tokens of `text` between `from` and `to` (as if that piece were the whole text), whitespace
 * dropped (adjacency is read from the offsets); offsets are from `from`.
 */
export function lexDates(text: string, from = 0, to = text.length): IToken[] {
  const toks: IToken[] = [];
  let p = from;
  while (p < to) {
    const kind = kindAt(text, p);
    if (kind === SPACE || kind === GAP) {
      p = spacesEnd(text, p, to);
      continue;
    }
    if (kind === LETTER) {
      p = pushWord(text, p, from, to, toks);
      continue;
    }
    if (kind === DIGIT) {
      const end = runEnd(text, p, to, DIGIT);
      toks.push(token(Num, text.slice(p, end), p - from));
      p = end;
      continue;
    }
    toks.push(token(kind === OTHER ? Other : singleTypes[kind - FIRST_SINGLE]!, text[p]!, p - from));
    p++;
  }
  return toks;
}

/** Pushes the token that starts with the run of letters at `p`: a keyword, Roman or Word. Returns
 * its end. */
function pushWord(text: string, p: number, from: number, to: number, toks: IToken[]): number {
  let end = p;
  let h = 0;
  for (; end < to && kindAt(text, end) === LETTER; end++) {
    if (end - p < FIRST_WORD_LENGTH) h = stepHash(h, foldAt(text, end));
  }
  const candidates = end - p <= FIRST_WORD_LENGTH ? keywords.get(h) : undefined;
  if (candidates !== undefined) {
    for (const k of candidates) {
      if (!sameWord(text, p, end, k.first)) continue;
      const stop = k.rest.length === 0 ? end : restEnd(text, end, to, k.rest);
      if (stop < 0) continue;
      toks.push(token(k.type, text.slice(p, stop), p - from));
      return stop;
    }
  }
  toks.push(token(isRoman(text, p, end) ? Roman : Word, text.slice(p, end), p - from));
  return end;
}

// ---------------------------------------------------------------------------------------------
// Token boundaries: where a piece of the text lexes as it does inside the whole

/**
 * No token runs over offset `p`: lexing text.slice(0, p) or text.slice(p) gives the tokens that
 * lexing the whole text gives there. True at the ends, before a one-character token (`,` `.` `/`
 * …), and where a space begins unless the word before it can open a phrase (`chậm| nhất`). Every
 * pattern looks ahead only for a letter or a digit, and neither is found there, so a piece that
 * ends at `p` lexes its last token as the whole text does.
 */
export function boundaryAt(text: string, p: number): boolean {
  if (p <= 0 || p >= text.length) return true;
  const k = kindAt(text, p);
  if (k >= FIRST_SINGLE) return true;
  if ((k !== SPACE && k !== GAP) || kindAt(text, p - 1) === SPACE || kindAt(text, p - 1) === GAP) return false;
  // A token that starts in a run of letters takes the whole run: find the run's start.
  let r = p;
  while (r > 0 && kindAt(text, r - 1) === LETTER) {
    r--;
    if (p - r > LEAD_WORD_LENGTH) return true;
  }
  return r === p || !leadWords.has(text.slice(r, p).toLowerCase());
}

/** The last token boundary at or before `p`, but not before `floor` (a boundary itself). */
export function boundaryBefore(text: string, p: number, floor: number): number {
  while (p > floor && !boundaryAt(text, p)) p--;
  return Math.max(p, floor);
}

/** The first token boundary at or after `p`. */
export function boundaryAfter(text: string, p: number): number {
  while (p < text.length && !boundaryAt(text, p)) p++;
  return Math.min(p, text.length);
}
