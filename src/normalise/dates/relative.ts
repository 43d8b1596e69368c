/**
 * The date finder (see ../dates.ts): relative deadlines: `trong thời hạn 10 ngày`, `sau 15 ngày`,
 * `trong vòng 07 ngày kể từ ngày …`, `trong 02 tuần` (14 days), `trong 2 tháng` (2 months), and a
 * count after an event: `sau khi kết thúc quý 15 ngày`.
 */
import * as T from './lexer.js';
import { addDays, addMonths, completeYear, isInvalid, type Cal, type YearRef } from './calendar.js';
import { leftGlued, parseCore } from './cores.js';
import type { Match } from './matches.js';
import { clauseEnd, parsePrefix } from './prefix.js';
import { Stream } from './stream.js';
import type { FoundDate } from './types.js';

interface Anchor {
  text: string;
  /** The anchor as a day, when it is one. */
  day: Cal | null;
  last: number;
}

/** What the days count from, after `kể từ` / `từ` / `sau` / `sau khi`: a date, or a phrase up to the clause end. */
function parseAnchor(s: Stream, j: number, ref: YearRef): Anchor | null {
  if (!s.is(j, T.KeTu, T.Tu, T.Sau, T.SauKhi)) return null;
  const pre = parsePrefix(s, j + 1);
  const flags = { cue: true, ngay: pre.ngay, from: false };
  const core = pre.next > j + 1 || s.is(j + 1, T.Num) ? parseCore(s, pre.next, flags, false) : null;
  if (core && !isInvalid(core) && core.precision === 'day') {
    const day: Cal = { ...core, y: core.y ?? completeYear(core, ref) };
    return { text: s.slice(j + 1, core.next - 1), day: day.y === null ? null : day, last: core.next - 1 };
  }
  let k = j + 1;
  while (k < j + 16 && s.has(k) && !clauseEnd(s, k) && !s.is(k, T.Comma, T.LParen, T.RParen)) k++;
  return k === j + 1 ? null : { text: s.slice(j + 1, k - 1), day: null, last: k - 1 };
}

/** A count of time: `15 ngày`, `02 tuần` (14 days), `3 tháng`. */
interface Period {
  days: number | null;
  months: number | null;
  /** Counted in weeks or months: the looser cues (`sau` alone) do not make it a deadline. */
  long: boolean;
  next: number;
}

/** `trong 3 ngày qua`, `trong 2 tháng vừa qua`: a time past, not a deadline. */
function past(s: Stream, k: number): boolean {
  return s.lower(k) === 'qua' || (s.lower(k) === 'vừa' && s.lower(k + 1) === 'qua');
}

/** The count at `j`: a number of 1–3 digits, not glued on the left, then `ngày`, `tuần` or `tháng`. */
function parsePeriod(s: Stream, j: number): Period | null {
  const n = s.num(j, 1, 3);
  if (n === null || leftGlued(s, j)) return null;
  let p: Period;
  if (s.is(j + 1, T.Ngay)) p = { days: n, months: null, long: false, next: j + 2 };
  else if (s.is(j + 1, T.Tuan)) p = { days: n * 7, months: null, long: true, next: j + 2 };
  else if (s.is(j + 1, T.Thang)) {
    // `trong 2 tháng 10 và 11` names months; `3 tháng cuối năm` is a quarter, `2 tháng/lần` a rate.
    if (s.is(j + 2, T.Num, T.YearPart, T.Nam, T.NamRel) || (s.is(j + 2, T.Slash) && s.glued(j + 2))) return null;
    p = { days: null, months: n, long: true, next: j + 2 };
  } else return null;
  return past(s, p.next) ? null : p;
}

/** The clause words between `sau khi` and a count after the event: `sau khi kết thúc quý 15 ngày`. */
const EVENT_WORDS = 12;

/**
 * `sau khi <event> 15 ngày`: the `sau khi` before the count at `j` in its clause, or -1. Looks
 * back over words only: a number, a comma or a clause end between them stops it.
 */
function eventBefore(s: Stream, j: number): number {
  for (let k = j - 1; k >= j - EVENT_WORDS - 1 && s.has(k); k--) {
    if (s.is(k, T.SauKhi)) return k < j - 1 ? k : -1;
    if (s.is(k, T.Num, T.Roman, T.YearPart, T.NamRel, T.Comma, T.LParen) || s.is(k, T.RParen) || clauseEnd(s, k)) return -1;
  }
  return -1;
}

export function matchRelative(s: Stream, i: number, ref: YearRef): Match | null {
  let j = i;
  if (s.is(j, T.Trong)) j += s.is(j + 1, T.Vong, T.ThoiHan) ? 2 : 1;
  else if (s.is(j, T.ThoiHan, T.Sau, T.ChamNhat)) j++;
  const hasCue = j > i;
  // `sau 2 tháng triển khai` tells of a time past: weeks and months need a firmer cue.
  const firm = hasCue && !s.is(i, T.Sau);
  if (s.is(j, T.La)) j++;
  const period = parsePeriod(s, j);
  if (period === null) return null;
  j = period.next;
  const working = period.days !== null && !period.long && s.is(j, T.LamViec);
  if (working) j++;
  const anchor = parseAnchor(s, j, ref);
  // A count after an event, written before it: `sau khi kết thúc quý 15 ngày`.
  const event = !hasCue && anchor === null ? eventBefore(s, i) : -1;
  // `10 ngày` with no cue is a count, unless `kể từ …` follows or `sau khi …` precedes.
  if (!hasCue && anchor === null && event < 0) return null;
  if (period.long && !firm && anchor === null && event < 0) return null;
  const first = event < 0 ? i : s.is(event - 1, T.ChamNhat) ? event - 1 : event;
  const last = anchor?.last ?? j - 1;
  // Working days skip weekends and holidays: not resolved to a calendar date.
  const day = anchor?.day && !working ? anchor.day : null;
  const date = day === null ? null : period.months !== null ? addMonths(day, period.months) : addDays(day, period.days!);
  const found: FoundDate = {
    date,
    end: null,
    due: date,
    precision: date ? 'day' : null,
    kind: 'relative',
    partOfDay: null,
    time: null,
    days: period.days,
    months: period.months,
    anchor: event >= 0 ? s.slice(event + 1, i - 1) : (anchor?.text ?? null),
    countedFrom: anchor?.day ? addDays(anchor.day, 0) : null,
    working,
    weekday: null,
    yearInferred: false,
    cited: false,
    text: s.slice(first, last),
    start: s.start(first),
    stop: s.stop(last),
  };
  return { found, problems: [], next: last + 1 };
}
