/** The date finder (see ../dates.ts): ranges: `từ ngày 01/12 đến ngày 15/12/2021`, `29/10 – 30/10/2025`, `05-07/12/2021`. */
import * as T from './lexer.js';
import { calError, isInvalid, type Core, type Invalid } from './calendar.js';
import { leftGlued, parseCore, type Flags } from './cores.js';
import { weekdayNumber } from './prefix.js';
import { Stream } from './stream.js';

export interface Span {
  a: Core;
  b: Core | null;
  /** Days of a list that are not one run (`ngày 5, 12 và 19/12`): each a date of its own, after `a`. */
  more: Core[];
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
  return { a, b, weekday: null, next: b.next, more: [] };
}

/** The most days a list may name before its last date. */
const LIST_DAYS = 8;

/**
 * `ngày 5 và 6/12`, `ngày 5, 6 và 7/12/2025`, `ngày 5 và ngày 6 tháng 12`: lone days before `và`
 * and a last date whose month and year they take, only after `ngày`. Days that follow each other
 * are one range (5–7); others are dates of their own (`more`).
 */
function dayListHead(s: Stream, j: number, f: Flags): Span | null {
  if (!f.ngay || leftGlued(s, j)) return null;
  const days: number[] = [];
  let k = j;
  for (;;) {
    const d = s.num(k, 1, 2);
    if (d === null) return null;
    days.push(d);
    if (s.is(k + 1, T.Va)) break;
    // `5,6` glued is a decimal number.
    if (!s.is(k + 1, T.Comma) || s.glued(k + 2) || days.length >= LIST_DAYS) return null;
    k += 2;
  }
  k += 2;
  if (s.is(k, T.Ngay)) k++;
  const last = parseCore(s, k, { ...f, ngay: true }, true);
  if (last === null || isInvalid(last) || last.precision !== 'day') return null;
  const all = [...days, last.d!];
  for (let n = 1; n < all.length; n++) if (all[n]! <= all[n - 1]!) return null;
  const cores = days.map((d, n): Core => ({ ...last, d, first: j + 2 * n, next: j + 2 * n + 1 }));
  if (cores.some((c) => calError(c) !== null)) return null;
  const run = all.every((d, n) => n === 0 || d === all[n - 1]! + 1);
  if (run) return { a: cores[0]!, b: last, weekday: null, next: last.next, more: [] };
  return { a: cores[0]!, b: null, weekday: null, next: last.next, more: [...cores.slice(1), last] };
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

export function parseSpan(s: Stream, j: number, f: Flags): Span | Invalid | null {
  const head = dayRangeHead(s, j, f) ?? dayListHead(s, j, f);
  if (head) return head;
  const a = parseCore(s, j, f, false);
  if (a === null || isInvalid(a)) return a;
  // `giữa năm`: June and July.
  if (a.midYear) return { a, b: { ...a, m: 7 }, weekday: null, next: a.next, more: [] };
  const suffix = weekdaySuffix(s, a.next);
  const afterA = suffix?.next ?? a.next;
  const b = rangeEnd(s, afterA, a, f);
  return { a, b, weekday: suffix?.weekday ?? null, next: b?.next ?? afterA, more: [] };
}
