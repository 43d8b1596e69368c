/** The date finder (see ../dates.ts): cores: the date itself. */
import * as T from './lexer.js';
import { calError, plausibleYear, type Cal, type CoreResult } from './calendar.js';
import { Stream } from './stream.js';

/** What the words before a core tell about it. */
export interface Flags {
  /** A cue word (trước, đến, từ …) stands before it. */
  cue: boolean;
  /** `ngày`, a weekday or a part of day stands before it: `05-12` is then a date too. */
  ngay: boolean;
  /** The cue opens a range (`từ`), so `đến` can close it. */
  from: boolean;
}

const SEPARATORS = [T.Slash, T.Dash, T.Dot];

/** The previous token is glued on: `Covid-19`, `QĐ-05/12`, the tail of a longer number. */
export function leftGlued(s: Stream, j: number): boolean {
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

export function parseCore(s: Stream, j: number, f: Flags, inRange: boolean): CoreResult {
  return (
    numericDate(s, j, f, inRange) ??
    wordDate(s, j, f) ??
    monthDate(s, j, f, inRange) ??
    quarterDate(s, j, f, inRange) ??
    halfDate(s, j, f) ??
    yearDate(s, j, f, inRange)
  );
}
