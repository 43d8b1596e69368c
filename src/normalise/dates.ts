/**
 * Dates and deadlines in a paragraph (SPEC "dates and deadlines", FORMAT §8).
 *
 * `date-lexer.ts` cuts the text into tokens; this module reads the token stream by hand, left to
 * right, trying at each token: a relative deadline (`trong thời hạn 10 ngày kể từ …`), else a dated
 * expression `[cue] [lúc time] [part of day] [ngày] [weekday (] core [(weekday)] [range end] [)]`.
 * Every attempt looks at a bounded number of tokens, so the whole scan is linear.
 *
 * What is deliberately not a date: a number glued to letters or to another number (`68/NQ-CP`,
 * `23/2021/QĐ-TTg`, `Covid-19`, phone numbers), a number that counts something (`12-17 tuổi`,
 * `lớp 12`, `02 tuần`, `03 vòng`), a bare year (`2025 - 2030`, `nhiệm kỳ …`), a time alone. A bare
 * `dd/mm` or `tháng m` is only a date after `ngày` or a cue word, because `12/15 xã` is a ratio.
 */
import type { IToken, TokenType } from 'chevrotain';
import * as T from './date-lexer.js';
import { UNTIL_VERBS as UNTIL_VERB_LIST } from '../lexicon/lexicon.gen.js';

export type Precision = 'day' | 'month' | 'quarter' | 'half' | 'year';
export type DateKind = 'by' | 'on' | 'until' | 'from' | 'relative';
export type PartOfDay = 'morning' | 'noon' | 'afternoon' | 'evening';

export interface DateContext {
  /** 'YYYY-MM-DD': completes `dd/mm`, `tháng m`, `quý I` written without a year. */
  meetingDate?: string | null;
}

export interface FoundDate {
  /** ISO at its precision: '2021-12-06', '2022-01', '2022-Q1', '2022-H1', '2022'; null when the
   * year cannot be known (no meeting date) or a relative deadline has no dated anchor. */
  date: string | null;
  /** The last day / period of a range, else null. */
  end: string | null;
  /** Null only for a relative deadline whose date is unknown. */
  precision: Precision | null;
  kind: DateKind;
  partOfDay: PartOfDay | null;
  /** 'HH:MM' */
  time: string | null;
  /** Relative deadlines: the number of days and what they count from. */
  days: number | null;
  anchor: string | null;
  /** The weekday written beside the date, 1 = Monday … 7 = Sunday. */
  weekday: number | null;
  /** True when the year came from the meeting date rather than the text. */
  yearInferred: boolean;
  /** The date of a cited document (`Quyết định số 2771/QĐ-UBND, ngày 26/11/2021`): not a
   * deadline. Returned so a caller building references can use it; deadline code drops it. */
  cited: boolean;
  /** The source text of the whole expression, cue words included. */
  text: string;
  /** Offsets into the input; `stop` is exclusive. */
  start: number;
  stop: number;
}

export interface DateProblem {
  code: 'weekday' | 'invalid-date';
  message: string;
  start: number;
  stop: number;
}

export interface DateScan {
  dates: FoundDate[];
  problems: DateProblem[];
}

// ---------------------------------------------------------------------------------------------
// The token stream

/**
 * The tokens of the whole text, or of a window of it (`base` is the window's offset in `text`).
 * A window records whether the recogniser looked past one of its open ends (`outsideStart`,
 * `outsideEnd`): only then can its answer differ from the whole text's.
 */
class Stream {
  outsideStart = false;
  outsideEnd = false;

  constructor(
    readonly toks: IToken[],
    readonly text: string,
    readonly base = 0,
    /** Tokens of the text lie before / after the window. */
    readonly openStart = false,
    readonly openEnd = false,
  ) {}

  tok(i: number): IToken | undefined {
    if (i < 0) {
      if (this.openStart) this.outsideStart = true;
      return undefined;
    }
    if (i >= this.toks.length) {
      if (this.openEnd) this.outsideEnd = true;
      return undefined;
    }
    return this.toks[i];
  }

  /** There is a token `i` (the loops of the recogniser stop at the ends through this). */
  has(i: number): boolean {
    return this.tok(i) !== undefined;
  }

  /** Token `i` is one of the types given (a fixed list rather than a rest array: this is hot). */
  is(i: number, a: TokenType, b?: TokenType, c?: TokenType, d?: TokenType, e?: TokenType, f?: TokenType): boolean {
    const t = this.tok(i)?.tokenType;
    return t !== undefined && (t === a || t === b || t === c || t === d || t === e || t === f);
  }

  /** Token `i` touches token `i - 1` (no space between): `68/NQ`, `17h00`. */
  glued(i: number): boolean {
    const t = this.tok(i);
    const p = this.tok(i - 1);
    return t !== undefined && p !== undefined && p.startOffset + p.image.length === t.startOffset;
  }

  /** The value of a number token of `min`–`max` digits, else null (a 1 MB run is not parsed). */
  num(i: number, min: number, max: number): number | null {
    const t = this.tok(i);
    if (t === undefined || t.tokenType !== T.Num) return null;
    const n = t.image.length;
    return n >= min && n <= max ? Number(t.image) : null;
  }

  lower(i: number): string {
    return this.tok(i)?.image.toLowerCase() ?? '';
  }

  /** Offset in the text of token `i`, one the recogniser has matched. */
  start(i: number): number {
    return this.base + this.toks[i]!.startOffset;
  }

  /** Exclusive end offset of token `i`. */
  stop(i: number): number {
    const t = this.toks[i]!;
    return this.base + t.startOffset + t.image.length;
  }

  /** Source text of tokens `first` … `last` inclusive, spacing as written. */
  slice(first: number, last: number): string {
    return this.text.slice(this.start(first), this.stop(last));
  }
}

// ---------------------------------------------------------------------------------------------
// Calendar values

/** A date as written. Null parts are completed later, from the range's other end or the meeting. */
interface Cal {
  y: number | null;
  m: number | null;
  d: number | null;
  /** Quarter 1–4 or half 1–2, for those precisions. */
  part: number | null;
  precision: Precision;
}

/** A parsed core: tokens `first` … `next - 1`. `clear` means it was surely meant as a date, so an
 * impossible value is reported rather than ignored. */
interface Core extends Cal {
  first: number;
  next: number;
  clear: boolean;
}

interface Invalid {
  invalid: true;
  first: number;
  next: number;
  message: string;
}

type CoreResult = Core | Invalid | null;

function isInvalid<X extends object>(x: X | Invalid): x is Invalid {
  return 'invalid' in x;
}

/** Days in month `m` (1–12) of year `y`, counted as Date.UTC would (it reads 0–99 as 1900–1999). */
function daysInMonth(y: number, m: number): number {
  if (m !== 2) return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  const year = y >= 0 && y <= 99 ? 1900 + y : y;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** Why `c` cannot be a date, or null. An unknown year allows 29/02 until the year is known. */
function calError(c: Cal): string | null {
  if (c.m !== null && (c.m < 1 || c.m > 12)) return `month ${c.m} does not exist`;
  if (c.d !== null && c.m !== null) {
    const max = daysInMonth(c.y ?? 2000, c.m);
    if (c.d < 1 || c.d > max) return `day ${c.d} does not exist in month ${c.m}${c.y ? `/${c.y}` : ''}`;
  }
  return null;
}

/** Years outside this window are counts or codes, not dates. */
function plausibleYear(y: number | null): boolean {
  return y === null || (y >= 1900 && y <= 2199);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function iso(c: Cal): string | null {
  if (c.y === null) return null;
  const y = pad(c.y, 4);
  switch (c.precision) {
    case 'day':
      return `${y}-${pad(c.m!)}-${pad(c.d!)}`;
    case 'month':
      return `${y}-${pad(c.m!)}`;
    case 'quarter':
      return `${y}-Q${c.part}`;
    case 'half':
      return `${y}-H${c.part}`;
    case 'year':
      return y;
  }
}

/** Last day of the period `c` covers in year `y`, as a UTC timestamp. */
function periodEnd(c: Cal, y: number): number {
  const lastMonth =
    c.precision === 'quarter' ? c.part! * 3 : c.precision === 'half' ? c.part! * 6 : (c.m ?? 12);
  const day = c.precision === 'day' ? c.d! : daysInMonth(y, lastMonth);
  return Date.UTC(y, lastMonth - 1, day);
}

/**
 * The year of a date written without one: the meeting's year, or the next year when the period
 * would end more than two months before the meeting (a December meeting's `05/01` is in January).
 */
function inferYear(c: Cal, meeting: Date | null): number | null {
  if (meeting === null) return null;
  const y = meeting.getUTCFullYear();
  const threshold = Date.UTC(y, meeting.getUTCMonth() - 2, meeting.getUTCDate());
  return periodEnd(c, y) < threshold ? y + 1 : y;
}

/** The last meeting date parsed: every paragraph of a notice passes the same one. Only read. */
let lastIsoDay: { s: string | null | undefined; day: Date | null } = { s: null, day: null };

function parseIsoDay(s: string | null | undefined): Date | null {
  if (s === lastIsoDay.s) return lastIsoDay.day;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? '');
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  lastIsoDay = { s, day };
  return day;
}

function isoWeekday(c: Cal): number {
  return new Date(Date.UTC(c.y!, c.m! - 1, c.d!)).getUTCDay() || 7;
}

// ---------------------------------------------------------------------------------------------
// Cores: the date itself

/** What the words before a core tell about it. */
interface Flags {
  /** A cue word (trước, đến, từ …) stands before it. */
  cue: boolean;
  /** `ngày`, a weekday or a part of day stands before it: `05-12` is then a date too. */
  ngay: boolean;
  /** The cue opens a range (`từ`), so `đến` can close it. */
  from: boolean;
}

const SEPARATORS = [T.Slash, T.Dash, T.Dot];

/** The previous token is glued on: `Covid-19`, `QĐ-05/12`, the tail of a longer number. */
function leftGlued(s: Stream, j: number): boolean {
  return s.glued(j) && s.is(j - 1, T.Word, T.Roman, T.Num, T.Slash, T.Dash, T.Dot);
}

/** What follows makes the numbers something else: a document number, a longer number, an age. */
function rightVeto(s: Stream, k: number): boolean {
  if (s.is(k, T.Tuoi, T.Lop, T.Percent)) return true;
  if (!s.glued(k)) return false;
  if (s.is(k, T.Word, T.Roman, T.Num, T.Slash)) return true;
  if (s.is(k, T.Dash)) return s.is(k + 1, T.Word, T.Roman) && s.glued(k + 1);
  if (s.is(k, T.Dot)) return s.is(k + 1, T.Num) && s.glued(k + 1);
  return false;
}

/** A core whose values are checked: impossible and clear → Invalid, impossible and unclear → null. */
function checked(c: Cal, first: number, next: number, clear: boolean): CoreResult {
  if (!plausibleYear(c.y)) return null;
  const error = calError(c);
  if (error === null) return { y: c.y, m: c.m, d: c.d, part: c.part, precision: c.precision, first, next, clear };
  return clear ? { invalid: true, first, next, message: error } : null;
}

/** A 4-digit year after a glued separator (`/2022`) or after `năm`, starting at `k`. */
function yearAfter(s: Stream, k: number): { y: number; next: number } | null {
  if (s.is(k, T.Slash, T.Dash, T.Dot) && s.glued(k) && s.glued(k + 1)) {
    const y = s.num(k + 1, 4, 4);
    return y === null ? null : { y, next: k + 2 };
  }
  if (s.is(k, T.Nam)) {
    const y = s.num(k + 1, 4, 4);
    return y === null ? null : { y, next: k + 2 };
  }
  return null;
}

/** `06/12/2021`, `13-8-2021`, `13.8.2021`, `05/12`: all parts glued, one kind of separator. */
function numericDate(s: Stream, j: number, f: Flags, inRange: boolean): CoreResult {
  const d = s.num(j, 1, 2);
  const sep = s.tok(j + 1)?.tokenType;
  if (d === null || sep === undefined || !SEPARATORS.includes(sep)) return null;
  const m = s.num(j + 2, 1, 2);
  if (m === null || !s.glued(j + 1) || !s.glued(j + 2)) return null;
  if (!inRange && leftGlued(s, j)) return null;
  let next = j + 3;
  let y: number | null = null;
  if (s.is(next, sep) && s.glued(next) && s.glued(next + 1)) {
    // 1.2.3 or 23/2021/QĐ: a third part that is not a year makes it a number, not a date.
    y = s.num(next + 1, 4, 4);
    if (y === null) return null;
    next += 2;
  }
  if (rightVeto(s, next)) return null;
  // A bare dd/mm needs something that says "date": `12/15 xã` is a ratio, `06-12` an age range.
  if (y === null && !(f.ngay || ((f.cue || inRange) && sep === T.Slash))) return null;
  return checked({ y, m, d, part: null, precision: 'day' }, j, next, y !== null || f.ngay);
}

/** `ngày 13 tháng 8 năm 2021` (the `ngày` is in the prefix); `13 tháng 8` alone needs it. */
function wordDate(s: Stream, j: number, f: Flags): CoreResult {
  const d = s.num(j, 1, 2);
  const m = s.num(j + 2, 1, 2);
  if (d === null || !s.is(j + 1, T.Thang) || m === null) return null;
  const year = s.is(j + 3, T.Nam) ? yearAfter(s, j + 3) : null;
  if (year === null && !f.ngay) return null;
  const next = year?.next ?? j + 3;
  if (rightVeto(s, next)) return null;
  return checked({ y: year?.y ?? null, m, d, part: null, precision: 'day' }, j, next, true);
}

/** `tháng 01/2022`, `tháng 12 năm 2021`; `trong tháng 12` only after a cue. */
function monthDate(s: Stream, j: number, f: Flags, inRange: boolean): CoreResult {
  const m = s.num(j + 1, 1, 2);
  if (!s.is(j, T.Thang) || m === null) return null;
  const year = yearAfter(s, j + 2);
  if (year === null && !(f.cue || inRange)) return null;
  const next = year?.next ?? j + 2;
  if (rightVeto(s, next)) return null;
  return checked({ y: year?.y ?? null, m, d: null, part: null, precision: 'month' }, j, next, year !== null);
}

const ROMAN_QUARTERS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/** `quý I/2022`, `Quý II/2026`, `quý IV năm 2021`, `quý 1/2022`; `trong quý I` after a cue. */
function quarterDate(s: Stream, j: number, f: Flags, inRange: boolean): CoreResult {
  if (!s.is(j, T.Quy)) return null;
  const q = s.is(j + 1, T.Roman) ? ROMAN_QUARTERS[s.tok(j + 1)!.image] : s.num(j + 1, 1, 1);
  if (q === undefined || q === null || q < 1 || q > 4) return null;
  const year = yearAfter(s, j + 2);
  if (year === null && !(f.cue || inRange)) return null;
  const next = year?.next ?? j + 2;
  if (rightVeto(s, next)) return null;
  return checked({ y: year?.y ?? null, m: null, d: null, part: q, precision: 'quarter' }, j, next, true);
}

/** `6 tháng đầu năm 2022` (H1), `6 tháng cuối năm` (H2). */
function halfDate(s: Stream, j: number, f: Flags): CoreResult {
  if (s.num(j, 1, 2) !== 6 || !s.is(j + 1, T.Thang) || !s.is(j + 2, T.Dau, T.Cuoi)) return null;
  if (!s.is(j + 3, T.Nam)) return null;
  const y = s.num(j + 4, 4, 4);
  if (y === null && !f.cue) return null;
  const part = s.is(j + 2, T.Dau) ? 1 : 2;
  return checked({ y, m: null, d: null, part, precision: 'half' }, j, y === null ? j + 4 : j + 5, true);
}

/** `năm 2022`, only after a cue (`trong năm 2022`): a year alone is usually a subject, and
 * `năm 2025 - 2030` is a term. */
function yearDate(s: Stream, j: number, f: Flags, inRange: boolean): CoreResult {
  const y = s.num(j + 1, 4, 4);
  if (!s.is(j, T.Nam) || y === null || !(f.cue || inRange)) return null;
  if (s.is(j + 2, T.Dash) && s.num(j + 3, 4, 4) !== null) return null;
  if (rightVeto(s, j + 2)) return null;
  return checked({ y, m: null, d: null, part: null, precision: 'year' }, j, j + 2, true);
}

function parseCore(s: Stream, j: number, f: Flags, inRange: boolean): CoreResult {
  return (
    numericDate(s, j, f, inRange) ??
    wordDate(s, j, f) ??
    monthDate(s, j, f, inRange) ??
    quarterDate(s, j, f, inRange) ??
    halfDate(s, j, f) ??
    yearDate(s, j, f, inRange)
  );
}

// ---------------------------------------------------------------------------------------------
// Ranges: `từ ngày 01/12 đến ngày 15/12/2021`, `29/10 – 30/10/2025`, `05-07/12/2021`

interface Span {
  a: Core;
  b: Core | null;
  /** A weekday written after the first date: `ngày 06/12/2021 (thứ Hai)`. */
  weekday: number | null;
  next: number;
}

/** `05-07/12/2021`, `5 đến ngày 7/12/2021`: a lone day that takes month and year from the end. */
function dayRangeHead(s: Stream, j: number, f: Flags): Span | null {
  const d = s.num(j, 1, 2);
  if (d === null || leftGlued(s, j)) return null;
  let k = j + 1;
  if (s.is(k, T.Dash)) k++;
  else if (f.from && s.is(k, T.Den, T.DenHet)) k += s.is(k + 1, T.Ngay) ? 2 : 1;
  else return null;
  const b = parseCore(s, k, { ...f, ngay: true }, true);
  if (b === null || isInvalid(b) || b.precision !== 'day') return null;
  const a: Core = { ...b, d, first: j, next: j + 1 };
  return { a, b, weekday: null, next: b.next };
}

/** The end of a range after the first date, or null. */
function rangeEnd(s: Stream, k: number, a: Core, f: Flags): Core | null {
  let j = k;
  if (s.is(j, T.Dash)) j++;
  else if (f.from && s.is(j, T.Den, T.DenHet)) j++;
  else return null;
  const ngay = s.is(j, T.Ngay);
  if (ngay) j++;
  const b = parseCore(s, j, { ...f, cue: true, ngay: f.ngay || ngay }, true);
  if (b === null || isInvalid(b) || b.precision !== a.precision) return null;
  return b;
}

/** `(thứ Hai)` after a date. */
function weekdaySuffix(s: Stream, k: number): { weekday: number; next: number } | null {
  if (!s.is(k, T.LParen) || !s.is(k + 1, T.Weekday) || !s.is(k + 2, T.RParen)) return null;
  return { weekday: weekdayNumber(s.tok(k + 1)!.image), next: k + 3 };
}

function parseSpan(s: Stream, j: number, f: Flags): Span | Invalid | null {
  const head = dayRangeHead(s, j, f);
  if (head) return head;
  const a = parseCore(s, j, f, false);
  if (a === null || isInvalid(a)) return a;
  const suffix = weekdaySuffix(s, a.next);
  const afterA = suffix?.next ?? a.next;
  const b = rangeEnd(s, afterA, a, f);
  return { a, b, weekday: suffix?.weekday ?? null, next: b?.next ?? afterA };
}

// ---------------------------------------------------------------------------------------------
// Prefix: cue, time, part of day, `ngày`, weekday

const WEEKDAYS: Record<string, number> = { hai: 1, ba: 2, 'tư': 3, 'năm': 4, 'sáu': 5, 'bảy': 6, nhật: 7 };

/** 'thứ Hai' → 1 … 'chủ nhật' → 7; 'thứ 2' → 1. */
function weekdayNumber(image: string): number {
  const last = image.toLowerCase().split(/\s+/).pop() ?? '';
  return WEEKDAYS[last] ?? Number(last) - 1;
}

const PARTS_OF_DAY: Record<string, PartOfDay> = {
  'sáng': 'morning',
  'trưa': 'noon',
  'chiều': 'afternoon',
  'tối': 'evening',
};

/** `17 giờ`, `17h00`, `17 giờ 30 phút`, `8h`. */
function parseTime(s: Stream, j: number): { time: string; next: number } | null {
  const h = s.num(j, 1, 2);
  if (h === null || h > 23 || !s.is(j + 1, T.H, T.Gio)) return null;
  let next = j + 2;
  let min = 0;
  const mm = s.num(next, 2, 2);
  // `17h00` is glued; `17 giờ 30` is not.
  if (mm !== null && mm < 60 && (s.is(j + 1, T.Gio) || s.glued(next))) {
    min = mm;
    next++;
    if (s.is(next, T.Phut)) next++;
  }
  return { time: `${pad(h)}:${pad(min)}`, next };
}

interface Prefix {
  partOfDay: PartOfDay | null;
  time: string | null;
  weekday: number | null;
  ngay: boolean;
  /** The date is in brackets after a weekday: `thứ hai (06/12/2021)`. */
  paren: boolean;
  next: number;
}

function skipNgay(s: Stream, p: Prefix): void {
  if (!s.is(p.next, T.Ngay)) return;
  p.ngay = true;
  p.next++;
}

/** `[lúc] [17 giờ[,]] [chiều] [ngày] [thứ hai[,]] [(] [ngày]`, each part optional. */
function parsePrefix(s: Stream, j: number): Prefix {
  const p: Prefix = { partOfDay: null, time: null, weekday: null, ngay: false, paren: false, next: j };
  if (s.is(p.next, T.Luc)) p.next++;
  const time = parseTime(s, p.next);
  if (time) {
    p.time = time.time;
    p.next = time.next + (s.is(time.next, T.Comma) ? 1 : 0);
  }
  if (s.is(p.next, T.PartOfDay)) p.partOfDay = PARTS_OF_DAY[s.lower(p.next++)] ?? null;
  skipNgay(s, p);
  if (s.is(p.next, T.Weekday)) {
    p.weekday = weekdayNumber(s.tok(p.next++)!.image);
    if (s.is(p.next, T.Comma)) p.next++;
    p.paren = s.is(p.next, T.LParen);
    if (p.paren) p.next++;
  }
  skipNgay(s, p);
  return p;
}

interface Cue {
  /** `đến` waits for `untilOrBy`, run only once a date is found after it (it looks back). */
  kind: Exclude<DateKind, 'relative'> | 'đến';
  /** `trong`: a day after it is `on` (trong ngày 05/12), a period `by` (trong quý I). */
  within: boolean;
  from: boolean;
  next: number;
}

/** A clause ends at ; : ! ? or a full stop (not the dots inside 13.8.2021). */
function clauseEnd(s: Stream, k: number): boolean {
  return s.is(k, T.Stop) || (s.is(k, T.Dot) && !s.glued(k + 1));
}

/** The two words before `đến` that make it `until` (data/lexicon/until-verbs.yaml). */
const UNTIL_VERBS = new Set(UNTIL_VERB_LIST);

/**
 * `đến ngày` is `until` when something is extended or kept going to that day (`kéo dài … đến
 * ngày`, `thực hiện đến ngày`), and `by` when work must be finished (`hoàn thành … đến ngày`, and
 * by default). The nearest of the two in the clause decides; the look-back is bounded.
 */
function untilOrBy(s: Stream, cue: number): 'until' | 'by' {
  if (UNTIL_VERBS.has(`${s.lower(cue - 2)} ${s.lower(cue - 1)}`)) return 'until';
  for (let k = cue - 1; k > cue - 80 && s.has(k); k--) {
    if (clauseEnd(s, k)) break;
    if (s.is(k, T.KeoDai, T.GiaHan)) return 'until';
    if (s.is(k, T.HoanThanh)) return 'by';
  }
  return 'by';
}

function cue(kind: Cue['kind'], next: number, extra: Partial<Cue> = {}): Cue {
  return { kind, next, within: false, from: false, ...extra };
}

function parseCue(s: Stream, i: number): Cue | null {
  if (s.is(i, T.ChamNhat)) {
    let j = i + 1 + (s.is(i + 1, T.La) ? 1 : 0);
    if (s.is(j, T.Vao, T.Trong, T.Truoc)) j++;
    return cue('by', j);
  }
  if (s.is(i, T.HoanThanh)) return cue('by', i + 1 + (s.is(i + 1, T.Truoc, T.Trong, T.Vao, T.Den, T.DenHet) ? 1 : 0));
  if (s.is(i, T.Truoc)) return cue('by', i + 1);
  if (s.is(i, T.Den, T.DenHet)) return cue('đến', i + 1);
  if (s.is(i, T.Tu, T.KeTu, T.Sau)) return cue('from', i + 1, { from: true });
  if (s.is(i, T.Vao)) return cue('on', i + 1);
  if (s.is(i, T.Trong)) return cue('by', i + 1, { within: true });
  return null;
}

// ---------------------------------------------------------------------------------------------
// Cited documents

/** Tokens before `k` (inclusive) end a glued document number with digits, a slash and letters, in
 * letters: `2771/QĐ-UBND`, `23/2021/QĐ-TTg`, `05-CT/TU`. `xã/phường` has no digits, and
 * `quý I/2022` ends in its year: neither is one. */
function endsDocumentNumber(s: Stream, k: number): boolean {
  if (!s.is(k, T.Word, T.Roman)) return false;
  let slash = false;
  let letters = false;
  let digits = false;
  for (let n = 0; n < 12 && s.has(k); k--, n++) {
    if (s.is(k, T.Slash)) slash = true;
    else if (s.is(k, T.Word, T.Roman, T.DocType)) letters = true;
    else if (s.is(k, T.Num)) digits = true;
    else if (!s.is(k, T.Dash, T.Dot)) break;
    if (!s.glued(k)) break;
  }
  return slash && letters && digits;
}

/** `Quyết định số 2771/QĐ-UBND, ngày 26/11/2021`, `Nghị quyết 68/NQ-CP ngày …`, `ban hành ngày …`. */
function citedBefore(s: Stream, first: number): boolean {
  let k = first - 1;
  if (s.is(k, T.Comma)) k--;
  return s.is(k, T.DocType, T.BanHanh) || endsDocumentNumber(s, k);
}

// ---------------------------------------------------------------------------------------------
// Matches

interface Match {
  found: FoundDate | null;
  problems: DateProblem[];
  next: number;
}

function invalidMatch(s: Stream, x: Invalid, first: number): Match {
  const problem: DateProblem = {
    code: 'invalid-date',
    message: `"${s.slice(first, x.next - 1)}" is not a date: ${x.message}`,
    start: s.start(first),
    stop: s.stop(x.next - 1),
  };
  return { found: null, problems: [problem], next: x.next };
}

/** Fills the missing year (meeting rule) and, in a range, the start's missing month and year from
 * the end. Returns the completed pair and whether any year was inferred. */
function complete(span: Span, meeting: Date | null): { a: Cal; b: Cal | null; inferred: boolean } {
  const last: Cal = { ...(span.b ?? span.a) };
  const inferred = last.y === null;
  if (inferred) last.y = inferYear(last, meeting);
  if (span.b === null) return { a: last, b: null, inferred };
  const a: Cal = { ...span.a, m: span.a.m ?? last.m };
  if (a.y === null && last.y !== null) {
    // `từ 25/12 đến 05/01/2022`: the start is in the year before.
    a.y = periodEnd(a, last.y) > periodEnd(last, last.y) ? last.y - 1 : last.y;
  }
  return { a, b: last, inferred };
}

function weekdayProblem(c: Cal, weekday: number | null, text: string, start: number, stop: number): DateProblem[] {
  if (weekday === null || c.precision !== 'day' || c.y === null) return [];
  const actual = isoWeekday(c);
  if (actual === weekday) return [];
  const names = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  return [
    {
      code: 'weekday',
      message: `"${text}": ${iso(c)} is a ${names[actual]}, not a ${names[weekday]}`,
      start,
      stop,
    },
  ];
}

/** Re-checks values whose year was only just known (29/02 of a non-leap year). */
function lateInvalid(s: Stream, first: number, last: number, cals: Cal[]): Match | null {
  for (const c of cals) {
    const error = c.y === null ? null : calError(c);
    if (error) return invalidMatch(s, { invalid: true, first, next: last + 1, message: error }, first);
  }
  return null;
}

/** No cue: `on`. `trong` + a day: `on` (trong ngày 05/12); + a period: `by` (trong quý I). */
function cueKind(s: Stream, i: number, c: Cue | null, a: Cal): Exclude<DateKind, 'relative'> {
  if (c === null) return 'on';
  if (c.kind === 'đến') return untilOrBy(s, i);
  return c.within && a.precision === 'day' ? 'on' : c.kind;
}

function matchDated(s: Stream, i: number, meeting: Date | null): Match | null {
  const c = parseCue(s, i);
  const pre = parsePrefix(s, c?.next ?? i);
  const ngay = pre.ngay || pre.weekday !== null || pre.partOfDay !== null;
  const span = parseSpan(s, pre.next, { cue: c !== null, ngay, from: c?.from ?? false });
  if (span === null) return null;
  if (isInvalid(span)) return invalidMatch(s, span, i);
  let last = span.next - 1;
  if (pre.paren && s.is(span.next, T.RParen)) last++;
  const { a, b, inferred } = complete(span, meeting);
  const late = lateInvalid(s, i, last, b ? [a, b] : [a]);
  if (late) return late;
  const text = s.slice(i, last);
  const [start, stop] = [s.start(i), s.stop(last)];
  const weekday = pre.weekday ?? span.weekday;
  const kind = cueKind(s, i, c, a);
  const plain = c === null && pre.time === null && pre.partOfDay === null && pre.weekday === null;
  const found: FoundDate = {
    date: iso(a),
    end: b ? iso(b) : null,
    precision: a.precision,
    kind,
    partOfDay: pre.partOfDay,
    time: pre.time,
    days: null,
    anchor: null,
    weekday,
    yearInferred: inferred,
    cited: plain && citedBefore(s, i),
    text,
    start,
    stop,
  };
  return { found, problems: weekdayProblem(a, weekday, text, start, stop), next: last + 1 };
}

// ---------------------------------------------------------------------------------------------
// Relative deadlines: `trong thời hạn 10 ngày`, `sau 15 ngày`, `trong vòng 07 ngày kể từ ngày …`

interface Anchor {
  text: string;
  /** The anchor as a day, when it is one. */
  day: Cal | null;
  last: number;
}

/** What the days count from, after `kể từ` / `từ` / `sau`: a date, or a phrase up to the clause end. */
function parseAnchor(s: Stream, j: number, meeting: Date | null): Anchor | null {
  if (!s.is(j, T.KeTu, T.Tu, T.Sau)) return null;
  const pre = parsePrefix(s, j + 1);
  const flags = { cue: true, ngay: pre.ngay, from: false };
  const core = pre.next > j + 1 || s.is(j + 1, T.Num) ? parseCore(s, pre.next, flags, false) : null;
  if (core && !isInvalid(core) && core.precision === 'day') {
    const day: Cal = { ...core, y: core.y ?? inferYear(core, meeting) };
    return { text: s.slice(j + 1, core.next - 1), day: day.y === null ? null : day, last: core.next - 1 };
  }
  let k = j + 1;
  while (k < j + 16 && s.has(k) && !clauseEnd(s, k) && !s.is(k, T.Comma, T.LParen, T.RParen)) k++;
  return k === j + 1 ? null : { text: s.slice(j + 1, k - 1), day: null, last: k - 1 };
}

function addDays(c: Cal, days: number): string {
  const t = new Date(Date.UTC(c.y!, c.m! - 1, c.d! + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

function matchRelative(s: Stream, i: number, meeting: Date | null): Match | null {
  let j = i;
  if (s.is(j, T.Trong)) j += s.is(j + 1, T.Vong, T.ThoiHan) ? 2 : 1;
  else if (s.is(j, T.ThoiHan, T.Sau, T.ChamNhat)) j++;
  const hasCue = j > i;
  if (s.is(j, T.La)) j++;
  const days = s.num(j, 1, 3);
  if (days === null || !s.is(j + 1, T.Ngay) || leftGlued(s, j)) return null;
  j += 2;
  const working = s.is(j, T.LamViec);
  if (working) j++;
  const anchor = parseAnchor(s, j, meeting);
  // `10 ngày` with no cue is a count, unless `kể từ …` follows.
  if (!hasCue && anchor === null) return null;
  const last = anchor?.last ?? j - 1;
  // Working days skip weekends and holidays: not resolved to a calendar date.
  const date = anchor?.day && !working ? addDays(anchor.day, days) : null;
  const found: FoundDate = {
    date,
    end: null,
    precision: date ? 'day' : null,
    kind: 'relative',
    partOfDay: null,
    time: null,
    days,
    anchor: anchor?.text ?? null,
    weekday: null,
    yearInferred: false,
    cited: false,
    text: s.slice(i, last),
    start: s.start(i),
    stop: s.stop(last),
  };
  return { found, problems: [], next: last + 1 };
}

// ---------------------------------------------------------------------------------------------
// API

/** The tokens an expression can begin with; the rest are skipped without trying. */
const STARTS = new Set<TokenType>([
  T.ChamNhat, T.HoanThanh, T.Truoc, T.Den, T.DenHet, T.Tu, T.KeTu, T.Sau, T.Vao, T.Trong, T.ThoiHan,
  T.Luc, T.Num, T.PartOfDay, T.Ngay, T.Weekday, T.Thang, T.Quy, T.Nam,
]);

/** Appends the expressions of the stream `s` to `out`, left to right. */
function scanStream(s: Stream, meeting: Date | null, out: DateScan): void {
  for (let i = 0; i < s.toks.length; ) {
    const m = STARTS.has(s.toks[i]!.tokenType)
      ? (matchRelative(s, i, meeting) ?? matchDated(s, i, meeting))
      : null;
    if (m === null) {
      i++;
      continue;
    }
    if (m.found) out.dates.push(m.found);
    out.problems.push(...m.problems);
    i = m.next;
  }
}

/** The scan of the whole text: what the windows must agree with, and their fallback. */
export function findDatesInWholeText(text: string, ctx: DateContext = {}): DateScan {
  const out: DateScan = { dates: [], problems: [] };
  scanStream(new Stream(T.lexDates(text), text), parseIsoDay(ctx.meetingDate), out);
  return out;
}

// Windows -------------------------------------------------------------------------------------
//
// Lexing and scanning cost per token, and most of a paragraph is far from any date (windows halve
// findDates even with the hand-written lexer). Every expression has a core holding a number or
// `quý`, so only windows around those are lexed and scanned. The answer is the whole text's because:
// - a window starts and ends at token boundaries (`boundaryAt`), so its tokens are the text's;
// - no expression starts before a window and runs into it: the tokens before the window's first
//   number cannot all lead to one (`reachableFromBefore`), or the window starts where the previous
//   one ended or at the start of the text; and between windows there is no number;
// - when the recogniser looks past a window's open end (`Stream.outsideStart`, `outsideEnd`) the
//   window's answer is dropped and a wider window is scanned, up to the whole text.

/** The tokens every expression holds one of; the pattern is the lexer's, so where it finds
 * nothing the lexer makes no such token. */
const ANCHOR = new RegExp([T.Num, T.Quy].map((t) => (t.PATTERN as RegExp).source).join('|'), 'gi');

/** Characters lexed at first before the first number of a window and after its last one. */
const BEFORE = 16;
const AFTER = 24;

/**
 * The tokens that can come between the start of an expression and its first number or `quý`:
 * the cues (`parseCue`, `matchRelative`), the prefix (`parsePrefix`) and the `tháng` or `năm`
 * that opens a core. Keep in step with those functions.
 */
const LEADING = new Set<TokenType>([
  T.ChamNhat, T.HoanThanh, T.La, T.Vao, T.Trong, T.Truoc, T.Den, T.DenHet, T.Tu, T.KeTu, T.Sau,
  T.Vong, T.ThoiHan, T.Luc, T.PartOfDay, T.Ngay, T.Weekday, T.Comma, T.LParen, T.Thang, T.Nam,
]);

/** An expression starting before `toks` could reach their first number or `quý`: every token
 * before it can lead to one. */
function reachableFromBefore(toks: IToken[]): boolean {
  for (const t of toks) {
    if (t.tokenType === T.Num || t.tokenType === T.Quy) return true;
    if (!LEADING.has(t.tokenType)) return false;
  }
  return false;
}

/**
 * The window from about `before` characters before the number at `first`, not before `floor`
 * (where the previous window ended), to `stop`, both token boundaries; started earlier while an
 * expression could run into it from before.
 */
function windowAt(text: string, first: number, floor: number, stop: number, before: number): Stream {
  for (let reach = before; ; reach *= 2) {
    const start = T.boundaryBefore(text, first - reach, floor);
    const toks = T.lexDates(text, start, stop);
    if (start === floor || !reachableFromBefore(toks)) {
      return new Stream(toks, text, start, start > 0, stop < text.length);
    }
  }
}

/**
 * The end of the window that opens with `anchor`: `after` characters past its last number, where
 * numbers whose windows would meet share one. Also the first number of the next window.
 */
function windowEnd(text: string, anchor: RegExpExecArray, after: number): { stop: number; next: RegExpExecArray | null } {
  let end = anchor.index + anchor[0].length;
  let stop = T.boundaryAfter(text, end + after);
  for (;;) {
    ANCHOR.lastIndex = end;
    const next = ANCHOR.exec(text);
    if (next === null || next.index - BEFORE > stop) return { stop, next };
    end = next.index + next[0].length;
    if (end + after > stop) stop = T.boundaryAfter(text, end + after);
  }
}

/** The expressions of `text` from its windows, or null when one needed text before the window
 * next to it (the whole text is scanned then). */
function scanWindows(text: string, meeting: Date | null): DateScan | null {
  const out: DateScan = { dates: [], problems: [] };
  let floor = 0;
  ANCHOR.lastIndex = 0;
  let anchor = ANCHOR.exec(text);
  while (anchor !== null) {
    for (let before = BEFORE, after = AFTER; ; ) {
      const { stop, next } = windowEnd(text, anchor, after);
      const s = windowAt(text, anchor.index, floor, stop, before);
      const found = out.dates.length;
      const problems = out.problems.length;
      scanStream(s, meeting, out);
      if (!s.outsideStart && !s.outsideEnd) {
        floor = stop;
        anchor = next;
        break;
      }
      if (s.outsideStart && s.base === floor) return null;
      // Widen the side that was looked past, and scan again.
      out.dates.length = found;
      out.problems.length = problems;
      if (s.outsideStart) before = (anchor.index - s.base) * 4;
      if (s.outsideEnd) after *= 2;
    }
  }
  return out;
}

/** Every date expression in `text`, left to right, with the problems met on the way. */
export function findDates(text: string, ctx: DateContext = {}): DateScan {
  const meeting = parseIsoDay(ctx.meetingDate);
  return scanWindows(text, meeting) ?? findDatesInWholeText(text, ctx);
}

/**
 * The meeting date of an opening sentence: its first full date (day, month and year written), not
 * a cited document's. 'Ngày 02/12/2021, …', 'Trong cuộc họp … ngày 12/8/2021', 'Chiều 14-9-2023'.
 */
export function parseMeetingDate(text: string): string | null {
  const hit = findDates(text).dates.find(
    (d) => d.precision === 'day' && d.kind !== 'relative' && !d.cited && !d.yearInferred && d.date,
  );
  return hit?.date ?? null;
}
