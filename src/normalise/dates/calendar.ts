/** The date finder (see ../dates.ts): calendar values. */
import type { Precision } from './types.js';

/** A date as written. Null parts are completed later, from the range's other end or the meeting. */
export interface Cal {
  y: number | null;
  m: number | null;
  d: number | null;
  /** Quarter 1–4 or half 1–2, for those precisions. */
  part: number | null;
  precision: Precision;
  /** A year written as counted from the notice's (`năm nay` 0, `năm sau` / `năm tới` 1), `y` null. */
  yearOffset?: number;
}

/** `dd/mm/yy`: a two-digit year is of this century up to 69, else of the last (as POSIX reads `%y`). */
export function fullYear(yy: number): number {
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

/** A parsed core: tokens `first` … `next - 1`. `clear` means it was surely meant as a date, so an
 * impossible value is reported rather than ignored. */
export interface Core extends Cal {
  first: number;
  next: number;
  clear: boolean;
  /** `giữa năm`: June, the start of a range that ends in July (ranges.ts). */
  midYear?: boolean;
}

export interface Invalid {
  invalid: true;
  first: number;
  next: number;
  message: string;
}

export type CoreResult = Core | Invalid | null;

export function isInvalid<X extends object>(x: X | Invalid): x is Invalid {
  return 'invalid' in x;
}

/** Days in month `m` (1–12) of year `y`, counted as Date.UTC would (it reads 0–99 as 1900–1999). */
function daysInMonth(y: number, m: number): number {
  if (m !== 2) return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  const year = y >= 0 && y <= 99 ? 1900 + y : y;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** Why `c` cannot be a date, or null. An unknown year allows 29/02 until the year is known. */
export function calError(c: Cal): string | null {
  if (c.m !== null && (c.m < 1 || c.m > 12)) return `month ${c.m} does not exist`;
  if (c.d !== null && c.m !== null) {
    const max = daysInMonth(c.y ?? 2000, c.m);
    if (c.d < 1 || c.d > max) return `day ${c.d} does not exist in month ${c.m}${c.y ? `/${c.y}` : ''}`;
  }
  return null;
}

/** Years outside this window are counts or codes, not dates. */
export function plausibleYear(y: number | null): boolean {
  return y === null || (y >= 1900 && y <= 2199);
}

export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function iso(c: Cal): string | null {
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
export function periodEnd(c: Cal, y: number): number {
  const lastMonth =
    c.precision === 'quarter' ? c.part! * 3 : c.precision === 'half' ? c.part! * 6 : (c.m ?? 12);
  const day = c.precision === 'day' ? c.d! : daysInMonth(y, lastMonth);
  return Date.UTC(y, lastMonth - 1, day);
}

/** The last day a calendar value allows, `YYYY-MM-DD`, or null when its year is unknown. */
export function lastDay(c: Cal): string | null {
  if (c.y === null) return null;
  return new Date(periodEnd(c, c.y)).toISOString().slice(0, 10);
}

/**
 * The year of a date written without one: the meeting's year, or the next year when the period
 * would end more than two months before the meeting (a December meeting's `05/01` is in January).
 */
export function inferYear(c: Cal, meeting: Date | null): number | null {
  if (meeting === null) return null;
  const y = meeting.getUTCFullYear();
  const threshold = Date.UTC(y, meeting.getUTCMonth() - 2, meeting.getUTCDate());
  return periodEnd(c, y) < threshold ? y + 1 : y;
}

/**
 * The year a date written without one is completed from: the meeting's, else the notice's own
 * date's year (for a year counted from the notice's, `năm nay`, `năm sau`). Null when neither is known.
 */
export interface YearRef {
  meeting: Date | null;
  /** The notice's year: the meeting's, else its own date's. */
  year: number | null;
}

/** The year of a date written as counted from the notice's (`năm sau`), or a plain `inferYear`. */
export function completeYear(c: Cal, ref: YearRef): number | null {
  if (c.yearOffset !== undefined) return ref.year === null ? null : ref.year + c.yearOffset;
  return inferYear(c, ref.meeting);
}

/** The last meeting date parsed: every paragraph of a notice passes the same one. Only read. */
let lastIsoDay: { s: string | null | undefined; day: Date | null } = { s: null, day: null };

export function parseIsoDay(s: string | null | undefined): Date | null {
  if (s === lastIsoDay.s) return lastIsoDay.day;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? '');
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  lastIsoDay = { s, day };
  return day;
}

export function isoWeekday(c: Cal): number {
  return new Date(Date.UTC(c.y!, c.m! - 1, c.d!)).getUTCDay() || 7;
}

/** The day `days` later, `YYYY-MM-DD` (the calendar's own carry: 30/11 + 15 → 15/12). */
export function addDays(c: Cal, days: number): string {
  const t = new Date(Date.UTC(c.y!, c.m! - 1, c.d! + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** The same day `months` later, or the month's last day when it has no such day (31/01 + 1 → 28/02). */
export function addMonths(c: Cal, months: number): string {
  const first = new Date(Date.UTC(c.y!, c.m! - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const t = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(c.d!, last)));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}
