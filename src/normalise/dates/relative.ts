/** The date finder (see ../dates.ts): relative deadlines: `trong thời hạn 10 ngày`, `sau 15 ngày`, `trong vòng 07 ngày kể từ ngày …`. */
import * as T from './lexer.js';
import { inferYear, isInvalid, pad, type Cal } from './calendar.js';
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

export function matchRelative(s: Stream, i: number, meeting: Date | null): Match | null {
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
    due: date,
    precision: date ? 'day' : null,
    kind: 'relative',
    partOfDay: null,
    time: null,
    days,
    anchor: anchor?.text ?? null,
    countedFrom: anchor?.day ? addDays(anchor.day, 0) : null,
    working,
    weekday: null,
    yearInferred: false,
    cited: false,
    text: s.slice(i, last),
    start: s.start(i),
    stop: s.stop(last),
  };
  return { found, problems: [], next: last + 1 };
}
