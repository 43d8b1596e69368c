/**
 * The tokens a date can be made of (SPEC "dates and deadlines", FORMAT §8).
 *
 * A chevrotain lexer turns a paragraph into numbers, separators, the date words (ngày, tháng, năm,
 * quý …), the cue words that decide a deadline's kind (trước, chậm nhất, đến, từ …), the words that
 * veto a date (tuổi, lớp, tuần, nhiệm kỳ …) and everything else as `Word` or `Other`. The
 * recogniser in `dates.ts` then reads the token stream by hand.
 *
 * Rules that keep the lexer fast and safe:
 * - chevrotain drops the regex `u` flag, so letter classes are written out (`L` below), never \p{L};
 * - every pattern starts with a literal or a positive class, so the first-char optimisation works
 *   (`ensureOptimizations: true` would throw otherwise);
 * - no nested quantifiers, so matching is linear;
 * - keywords end in a negative look-ahead on letters, so `từ` does not match the start of `từng`
 *   and `thứ ba` not the start of `thứ bao`.
 * The text is expected in NFC (the reader normalises it); NFD letters still lex as `Word`.
 */
import { createToken, Lexer, type IToken, type TokenType } from 'chevrotain';

/**
 * Letters of Vietnamese text: ASCII, Latin-1 letters (not × ÷), Latin Extended-A/B (đ, ơ, ư),
 * Latin Extended Additional (ạ … ỹ) and combining marks (NFD input).
 */
const L = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u1E00-\\u1EFF';
/** Space inside a multi-word token: a wrapped line can split `chậm \n nhất`. */
const SP = '[ \\t\\r\\n\\u00A0]+';

/**
 * Words after which a token can run on over a space (`chậm` of `chậm nhất`), recorded as the
 * phrases are defined: a space after any other word is always a token boundary (see `boundaryAt`).
 */
const leadWords: string[] = [];

/** `words` (alternatives separated by |, words by a space) as a pattern source, spaces as SP. */
function phrase(words: string): string {
  for (const alternative of words.split('|')) leadWords.push(...alternative.split(' ').slice(0, -1));
  return words.split(' ').join(SP);
}

/** A case-insensitive keyword that must end at a word boundary. Spaces in `words` become SP. */
function keyword(name: string, words: string): TokenType {
  return createToken({
    name,
    pattern: new RegExp(`(?:${phrase(words)})(?![${L}])`, 'i'),
    line_breaks: words.includes(' '),
  });
}

/** Spaces the lexer skips. */
const SPACES = ' \\t\\r\\n\\f\\v\\u00A0\\u2000-\\u200B\\u3000';

export const WhiteSpace = createToken({
  name: 'WhiteSpace',
  pattern: new RegExp(`[${SPACES}]+`),
  group: Lexer.SKIPPED,
  line_breaks: true,
});

// Multi-word tokens come before the single words they start with (`đến hết` before `đến`).
export const ChamNhat = keyword('ChamNhat', 'chậm nhất');
export const HoanThanh = keyword('HoanThanh', 'hoàn thành');
export const DenHet = keyword('DenHet', 'đến hết');
export const KeTu = keyword('KeTu', 'kể từ');
export const KeoDai = keyword('KeoDai', 'kéo dài');
export const GiaHan = keyword('GiaHan', 'gia hạn');
export const ThoiHan = keyword('ThoiHan', 'thời hạn');
export const NhiemKy = keyword('NhiemKy', 'nhiệm kỳ');
export const GiaiDoan = keyword('GiaiDoan', 'giai đoạn');
export const NamHoc = keyword('NamHoc', 'năm học');
export const LamViec = keyword('LamViec', 'làm việc');
export const BanHanh = keyword('BanHanh', 'ban hành');
/** `thứ 2` only when the digit stands alone: `tuổi thứ 12` is not a weekday. */
export const Weekday = createToken({
  name: 'Weekday',
  pattern: new RegExp(
    `(?:${phrase('thứ hai|thứ ba|thứ tư|thứ năm|thứ sáu|thứ bảy|thứ [2-7](?![0-9])|chủ nhật')})(?![${L}])`,
    'i',
  ),
  line_breaks: true,
});
/** Names of cited documents: a date right after one is the document's date, not a deadline. */
export const DocType = keyword(
  'DocType',
  'nghị quyết|quyết định|chỉ thị|kế hoạch|kết luận|thông báo|công văn|hướng dẫn|nghị định|thông tư|quy định|văn bản|tờ trình|luật',
);

export const Ngay = keyword('Ngay', 'ngày');
export const Thang = keyword('Thang', 'tháng');
export const Nam = keyword('Nam', 'năm');
export const Quy = keyword('Quy', 'quý');
export const Gio = keyword('Gio', 'giờ');
export const Phut = keyword('Phut', 'phút');
/** `17h00`: only a lone `h`, so `học` stays a word. */
export const H = keyword('H', 'h');
export const PartOfDay = keyword('PartOfDay', 'sáng|trưa|chiều|tối');
export const Dau = keyword('Dau', 'đầu');
export const Cuoi = keyword('Cuoi', 'cuối');
export const Truoc = keyword('Truoc', 'trước');
export const Den = keyword('Den', 'đến');
export const Tu = keyword('Tu', 'từ');
export const Vao = keyword('Vao', 'vào');
export const Trong = keyword('Trong', 'trong');
export const Vong = keyword('Vong', 'vòng');
export const Sau = keyword('Sau', 'sau');
export const Luc = keyword('Luc', 'lúc');
export const La = keyword('La', 'là');
export const So = keyword('So', 'số');
/** Words that make the number next to them a count, an age or a grade. */
export const Tuoi = keyword('Tuoi', 'tuổi');
export const Lop = keyword('Lop', 'lớp');
export const Tuan = keyword('Tuan', 'tuần');

/** Upper case only (quý I/2022): a lower-case `v` or `x` is a word. */
export const Roman = createToken({ name: 'Roman', pattern: new RegExp(`[IVX]+(?![${L}])`) });
export const Word = createToken({ name: 'Word', pattern: new RegExp(`[${L}]+`) });
export const Num = createToken({ name: 'Num', pattern: /[0-9]+/ });
export const Slash = createToken({ name: 'Slash', pattern: /\// });
/** Hyphen, en dash, em dash, minus: `29/10 – 30/10/2025` is written with any of them. */
export const Dash = createToken({ name: 'Dash', pattern: /[-\u2010-\u2015\u2212]/ });
export const Dot = createToken({ name: 'Dot', pattern: /\./ });
export const Comma = createToken({ name: 'Comma', pattern: /,/ });
export const LParen = createToken({ name: 'LParen', pattern: /\(/ });
export const RParen = createToken({ name: 'RParen', pattern: /\)/ });
/** Ends a clause: the look-back for `kéo dài` stops here. */
export const Stop = createToken({ name: 'Stop', pattern: /[;:!?]/ });
export const Percent = createToken({ name: 'Percent', pattern: /%/ });
/**
 * Any other single code unit. A positive range rather than a complement class, so chevrotain can
 * still index it by first char; being last, it only takes what nothing else matched, so the lexer
 * never reports an error.
 */
export const Other = createToken({ name: 'Other', pattern: /[\u0000-\uFFFF]/ });

/** In match order: chevrotain takes the first pattern that matches, so longer phrases come first. */
export const dateTokens: TokenType[] = [
  WhiteSpace,
  ChamNhat, HoanThanh, DenHet, KeTu, KeoDai, GiaHan, ThoiHan, NhiemKy, GiaiDoan, NamHoc, LamViec,
  BanHanh, Weekday, DocType,
  Ngay, Thang, Nam, Quy, Gio, Phut, H, PartOfDay, Dau, Cuoi, Truoc, Den, Tu, Vao, Trong, Vong, Sau,
  Luc, La, So, Tuoi, Lop, Tuan,
  Roman, Word, Num, Slash, Dash, Dot, Comma, LParen, RParen, Stop, Percent, Other,
];

/**
 * Built once per process: building a chevrotain lexer analyses every pattern, and validating them
 * costs more again, so that is left to the tests (`buildDateLexer({ validate: true })`).
 * `onlyOffset` because the caller maps offsets to lines itself; `ensureOptimizations` makes a
 * pattern that would disable the first-char index fail here, at load time, rather than silently
 * slow every call.
 */
export function buildDateLexer(options: { validate?: boolean } = {}): Lexer {
  return new Lexer(dateTokens, {
    positionTracking: 'onlyOffset',
    ensureOptimizations: true,
    skipValidations: !options.validate,
  });
}

export const dateLexer = buildDateLexer();

/** The tokens of `text`, whitespace dropped (adjacency is read from the offsets). */
export function lexDates(text: string): IToken[] {
  return dateLexer.tokenize(text).tokens;
}

// ---------------------------------------------------------------------------------------------
// Token boundaries: where a piece of the text lexes as it does inside the whole

/** The tokens that are always one character on their own: no longer token holds these. */
const SINGLE = new RegExp(
  `^(?:${[Slash, Dash, Dot, Comma, LParen, RParen, Stop, Percent].map((t) => (t.PATTERN as RegExp).source).join('|')})$`,
);
const SPACE = new RegExp(`^[${SPACES}]$`);
const LETTER = new RegExp(`^[${L}]$`);
/** Same case rule as the phrase patterns. */
const LEAD_WORD = new RegExp(`^(?:${leadWords.join('|')})$`, 'i');
const LEAD_WORD_LENGTH = Math.max(...leadWords.map((w) => w.length));

const KNOWN = 1;
const IS_SINGLE = 2;
const IS_SPACE = 4;
const IS_LETTER = 8;
/** What the patterns above say of each UTF-16 code unit, worked out the first time it is met. */
const classes = new Uint8Array(0x10000);

function classOf(text: string, p: number): number {
  const code = text.charCodeAt(p);
  let c = classes[code]!;
  if (c === 0) {
    const ch = text[p]!;
    c = KNOWN | (SINGLE.test(ch) ? IS_SINGLE : 0) | (SPACE.test(ch) ? IS_SPACE : 0) | (LETTER.test(ch) ? IS_LETTER : 0);
    classes[code] = c;
  }
  return c;
}

/**
 * No token runs over offset `p`: lexing text.slice(0, p) or text.slice(p) gives the tokens that
 * lexing the whole text gives there. True at the ends, before a one-character token (`,` `.` `/`
 * …), and where a space begins unless the word before it can open a phrase (`chậm| nhất`). Every
 * pattern looks ahead only for a letter or a digit, and neither is found there, so a piece that
 * ends at `p` lexes its last token as the whole text does.
 */
export function boundaryAt(text: string, p: number): boolean {
  if (p <= 0 || p >= text.length) return true;
  const c = classOf(text, p);
  if (c & IS_SINGLE) return true;
  if (!(c & IS_SPACE) || classOf(text, p - 1) & IS_SPACE) return false;
  // A token that starts in a run of letters takes the whole run: find the run's start.
  let r = p;
  while (r > 0 && classOf(text, r - 1) & IS_LETTER) {
    r--;
    if (p - r > LEAD_WORD_LENGTH) return true;
  }
  return r === p || !LEAD_WORD.test(text.slice(r, p));
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
