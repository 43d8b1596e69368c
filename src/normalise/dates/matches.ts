/** The date finder (see ../dates.ts): matches. */
import * as T from './lexer.js';
import { calError, completeYear, isInvalid, iso, isoWeekday, lastDay, periodEnd, type Cal, type Invalid, type YearRef } from './calendar.js';
import { citedBefore } from './cited.js';
import { parseCue, parsePrefix, untilOrBy, type Cue } from './prefix.js';
import { parseSpan, type Span } from './ranges.js';
import { Stream } from './stream.js';
import type { DateKind, DateProblem, FoundDate } from './types.js';

export interface Match {
  found: FoundDate | null;
  /** More dates of the same expression: the days of a list that are not one run (`ngày 5, 12 và 19/12`). */
  more?: FoundDate[];
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
 * the end; the days of a list take the year of its last date. Returns the completed pair, the other
 * days of a list, and whether any year was inferred. */
function complete(span: Span, ref: YearRef): { a: Cal; b: Cal | null; more: Cal[]; inferred: boolean } {
  const last: Cal = { ...(span.more.at(-1) ?? span.b ?? span.a) };
  const inferred = last.y === null;
  if (inferred) last.y = completeYear(last, ref);
  if (span.more.length > 0) {
    const more = span.more.map((c) => ({ ...c, y: last.y }));
    return { a: { ...span.a, y: last.y }, b: null, more, inferred };
  }
  if (span.b === null) return { a: last, b: null, more: [], inferred };
  const a: Cal = { ...span.a, m: span.a.m ?? last.m };
  if (a.y === null && last.y !== null) {
    // `từ 25/12 đến 05/01/2022`: the start is in the year before.
    a.y = periodEnd(a, last.y) > periodEnd(last, last.y) ? last.y - 1 : last.y;
  }
  return { a, b: last, more: [], inferred };
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

export function matchDated(s: Stream, i: number, ref: YearRef): Match | null {
  const c = parseCue(s, i);
  const pre = parsePrefix(s, c?.next ?? i);
  const ngay = pre.ngay || pre.weekday !== null || pre.partOfDay !== null;
  const span = parseSpan(s, pre.next, { cue: c !== null, ngay, from: c?.from ?? false });
  if (span === null) return null;
  if (isInvalid(span)) return invalidMatch(s, span, i);
  let last = span.next - 1;
  if (pre.paren && s.is(span.next, T.RParen)) last++;
  const { a, b, more, inferred } = complete(span, ref);
  const late = lateInvalid(s, i, last, [...(b ? [a, b] : [a]), ...more]);
  if (late) return late;
  const text = s.slice(i, last);
  const [start, stop] = [s.start(i), s.stop(last)];
  const weekday = pre.weekday ?? span.weekday;
  const kind = cueKind(s, i, c, a);
  const plain = c === null && pre.time === null && pre.partOfDay === null && pre.weekday === null;
  const found: FoundDate = {
    date: iso(a),
    end: b ? iso(b) : null,
    due: lastDay(b ?? a),
    precision: a.precision,
    kind,
    partOfDay: pre.partOfDay,
    time: pre.time,
    days: null,
    months: null,
    anchor: null,
    countedFrom: null,
    working: false,
    weekday,
    yearInferred: inferred,
    cited: plain && citedBefore(s, i),
    text,
    start,
    stop,
  };
  const others = more.map((c): FoundDate => ({ ...found, date: iso(c), end: null, due: lastDay(c), weekday: null }));
  return { found, ...(others.length > 0 ? { more: others } : {}), problems: weekdayProblem(a, weekday, text, start, stop), next: last + 1 };
}
