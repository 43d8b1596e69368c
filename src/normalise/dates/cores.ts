/** The date finder (see ../dates.ts): cores: the date itself. */
import * as T from './lexer.js';
import { calError, fullYear, plausibleYear, type Cal, type CoreResult } from './calendar.js';
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
  if (error === null) {
    const core = { y: c.y, m: c.m, d: c.d, part: c.part, precision: c.precision, first, next, clear };
    return c.yearOffset === undefined ? core : { ...core, yearOffset: c.yearOffset };
  }
  return clear ? { invalid: true, first, next, message: error } : null;
}

interface Year {
  /** Null for a year counted from the notice's (`năm nay`): `offset` says how. */
  y: number | null;
  offset?: number;
  next: number;
}

/** `năm nay` 0, `năm sau` / `năm tới` 1: the offset from the notice's year of a `NamRel` or `YearPart` image. */
export function yearOffsetOf(image: string): number | undefined {
  const last = image.toLowerCase().split(/\s+/).pop();
  return last === 'nay' ? 0 : last === 'sau' || last === 'tới' ? 1 : undefined;
}

/** A 4-digit year after a glued separator (`/2022`) or after `năm`, or `năm nay` / `năm sau`, starting at `k`. */
function yearAfter(s: Stream, k: number): Year | null {
  if (s.is(k, T.Slash, T.Dash, T.Dot) && s.glued(k) && s.glued(k + 1)) {
    const y = s.num(k + 1, 4, 4);
    return y === null ? null : { y, next: k + 2 };
  }
  if (s.is(k, T.Nam)) {
    const y = s.num(k + 1, 4, 4);
    return y === null ? null : { y, next: k + 2 };
  }
  if (s.is(k, T.NamRel) && !s.is(k + 1, T.Num)) return { y: null, offset: yearOffsetOf(s.tok(k)!.image)!, next: k + 1 };
  return null;
}

/** The year of a core as a Cal's `y` and `yearOffset`. */
function yearOf(year: Year | null): Pick<Cal, 'y' | 'yearOffset'> {
  if (year === null) return { y: null };
  return year.offset === undefined ? { y: year.y } : { y: null, yearOffset: year.offset };
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
  let short = false;
  if (s.is(next, sep) && s.glued(next) && s.glued(next + 1)) {
    // 1.2.3 or 23/2021/QĐ: a third part that is not a year makes it a number, not a date.
    y = s.num(next + 1, 4, 4);
    if (y === null) {
      // `15/12/25`: a two-digit year, only where something says "date": `ngày`, or a cue before
      // slashes or dashes (`trước 15/12/25`); `2.1.25` is a heading's number.
      const yy = s.num(next + 1, 2, 2);
      if (yy === null || !(f.ngay || ((f.cue || inRange) && sep !== T.Dot))) return null;
      y = fullYear(yy);
      short = true;
    }
    next += 2;
  }
  if (rightVeto(s, next)) return null;
  // A bare dd/mm needs something that says "date": `12/15 xã` is a ratio, `06-12` an age range.
  if (y === null && !(f.ngay || ((f.cue || inRange) && sep === T.Slash))) return null;
  // An impossible two-digit form after a cue only is not reported: `đến 12/15/20` is not a date.
  return checked({ y, m, d, part: null, precision: 'day' }, j, next, (y !== null && !short) || f.ngay);
}

/** `ngày 13 tháng 8 năm 2021` (the `ngày` is in the prefix); `13 tháng 8` alone needs it. */
function wordDate(s: Stream, j: number, f: Flags): CoreResult {
  const d = s.num(j, 1, 2);
  const m = s.num(j + 2, 1, 2);
  if (d === null || !s.is(j + 1, T.Thang) || m === null) return null;
  const year = s.is(j + 3, T.Nam, T.NamRel) ? yearAfter(s, j + 3) : null;
  if (year === null && !f.ngay) return null;
  const next = year?.next ?? j + 3;
  if (rightVeto(s, next)) return null;
  return checked({ ...yearOf(year), m, d, part: null, precision: 'day' }, j, next, true);
}

/** `tháng 01/2022`, `tháng 12 năm 2021`; `trong tháng 12` only after a cue. */
function monthDate(s: Stream, j: number, f: Flags, inRange: boolean): CoreResult {
  const m = s.num(j + 1, 1, 2);
  if (!s.is(j, T.Thang) || m === null) return null;
  const year = yearAfter(s, j + 2);
  if (year === null && !(f.cue || inRange)) return null;
  const next = year?.next ?? j + 2;
  if (rightVeto(s, next)) return null;
  return checked({ ...yearOf(year), m, d: null, part: null, precision: 'month' }, j, next, year !== null);
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
  return checked({ ...yearOf(year), m: null, d: null, part: q, precision: 'quarter' }, j, next, true);
}

/** `6 tháng đầu năm 2022` (H1), `6 tháng cuối năm` (H2), `6 tháng đầu năm sau`. */
function halfDate(s: Stream, j: number, f: Flags): CoreResult {
  if (s.num(j, 1, 2) !== 6 || !s.is(j + 1, T.Thang) || !s.is(j + 2, T.YearPart)) return null;
  const part = yearPartOf(s.tok(j + 2)!.image);
  if (part === 'giữa' || notOfYear(s, j + 3)) return null;
  const offset = yearOffsetOf(s.tok(j + 2)!.image);
  const y = offset === undefined ? s.num(j + 3, 4, 4) : null;
  if (y === null && offset === undefined && !f.cue) return null;
  const half = part === 'đầu' ? 1 : 2;
  const cal: Cal = { y, m: null, d: null, part: half, precision: 'half', ...(offset === undefined ? {} : { yearOffset: offset }) };
  return checked(cal, j, y === null ? j + 3 : j + 4, true);
}

/** `đầu`, `giữa` or `cuối` of a `YearPart` image. */
function yearPartOf(image: string): string {
  return image.toLowerCase().split(/\s+/)[0]!;
}

/** `đầu năm học`: the school year's, not the calendar's. */
function notOfYear(s: Stream, k: number): boolean {
  return s.lower(k) === 'học';
}

/**
 * `đầu năm 2026` (its first quarter), `cuối năm 2025` (its last quarter), `giữa năm 2025` (June and
 * July, a range: returned as June with `midYear`), with the year written, counted from the
 * notice's (`cuối năm nay`, `đầu năm sau`) or, after a cue, left out (`trước cuối năm`; not after
 * `từ`: `từ đầu năm đến nay`). Only after a cue, as a year is: `kỳ họp cuối năm 2025` names a
 * session, not a date.
 */
function yearPartDate(s: Stream, j: number, f: Flags, inRange: boolean): CoreResult {
  if (!s.is(j, T.YearPart) || !(f.cue || inRange)) return null;
  const image = s.tok(j)!.image;
  const offset = yearOffsetOf(image);
  let y: number | null = null;
  let next = j + 1;
  if (offset === undefined) {
    if (notOfYear(s, next)) return null;
    y = s.num(next, 4, 4);
    if (y !== null) next++;
    // `từ đầu năm (đến nay)` tells of the time since the year began, not of a year to come.
    else if (s.is(next, T.Num) || f.from) return null;
  }
  if (rightVeto(s, next)) return null;
  const part = yearPartOf(image);
  const year = offset === undefined ? { y } : { y: null, yearOffset: offset };
  const cal: Cal =
    part === 'giữa'
      ? { ...year, m: 6, d: null, part: null, precision: 'month' }
      : { ...year, m: null, d: null, part: part === 'đầu' ? 1 : 4, precision: 'quarter' };
  const core = checked(cal, j, next, true);
  return core !== null && !('invalid' in core) && part === 'giữa' ? { ...core, midYear: true } : core;
}

/** `năm 2022`, only after a cue (`trong năm 2022`): a year alone is usually a subject, and
 * `năm 2025 - 2030` is a term. */
function yearDate(s: Stream, j: number, f: Flags, inRange: boolean): CoreResult {
  if (s.is(j, T.NamRel) && (f.cue || inRange) && !s.is(j + 1, T.Num) && !rightVeto(s, j + 1)) {
    // `trong năm nay`, `đến năm sau`: counted from the notice's year.
    const yearOffset = yearOffsetOf(s.tok(j)!.image)!;
    return checked({ y: null, m: null, d: null, part: null, precision: 'year', yearOffset }, j, j + 1, true);
  }
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
    yearPartDate(s, j, f, inRange) ??
    yearDate(s, j, f, inRange)
  );
}
