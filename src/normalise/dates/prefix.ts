/** The date finder (see ../dates.ts): prefix: cue, time, part of day, `ngày`, weekday. */
import { UNTIL_VERBS as UNTIL_VERB_LIST } from '../../lexicon/lexicon.gen.js';
import * as T from './lexer.js';
import { pad } from './calendar.js';
import { Stream } from './stream.js';
import type { DateKind, PartOfDay } from './types.js';

const WEEKDAYS: Record<string, number> = { hai: 1, ba: 2, 'tư': 3, 'năm': 4, 'sáu': 5, 'bảy': 6, nhật: 7 };

/** 'thứ Hai' → 1 … 'chủ nhật' → 7; 'thứ 2' → 1. */
export function weekdayNumber(image: string): number {
  const last = image.toLowerCase().split(/\s+/).pop() ?? '';
  return WEEKDAYS[last] ?? Number(last) - 1;
}

const PARTS_OF_DAY: Record<string, PartOfDay> = {
  'sáng': 'morning',
  'trưa': 'noon',
  'chiều': 'afternoon',
  'tối': 'evening',
};

/** Marks written after the minutes: `08 giờ 30”`, `09 giờ30’’`, `17h30'`. */
const MINUTE_MARKS = new Set(["'", '"', '\u2019', '\u201D', '\u2032', '\u2033']);

/** `17 giờ`, `17h00`, `17g30`, `17 giờ 30 phút`, `08 giờ 30”`, `8h`. */
function parseTime(s: Stream, j: number): { time: string; next: number } | null {
  const h = s.num(j, 1, 2);
  if (h === null || h > 23 || !s.is(j + 1, T.H, T.Gio)) return null;
  // `17g30` is written glued: `5 g` is five grams.
  if (s.lower(j + 1) === 'g' && !s.glued(j + 1)) return null;
  let next = j + 2;
  let min = 0;
  const mm = s.num(next, 2, 2);
  // `17h00` is glued; `17 giờ 30` is not.
  if (mm !== null && mm < 60 && (s.is(j + 1, T.Gio) || s.glued(next))) {
    min = mm;
    next++;
    if (s.is(next, T.Phut)) next++;
    else for (let n = 0; n < 2 && s.is(next, T.Other) && s.glued(next) && MINUTE_MARKS.has(s.tok(next)!.image); n++) next++;
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
  // `các ngày 5, 12 và 19/12`
  const cac = s.is(p.next, T.Cac) ? 1 : 0;
  if (!s.is(p.next + cac, T.Ngay)) return;
  p.ngay = true;
  p.next += cac + 1;
}

/** `[lúc] [17 giờ[,]] [chiều] [[các] ngày] [thứ hai[,]] [(] [ngày]`, each part optional. */
export function parsePrefix(s: Stream, j: number): Prefix {
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

export interface Cue {
  /** `đến` waits for `untilOrBy`, run only once a date is found after it (it looks back). */
  kind: Exclude<DateKind, 'relative'> | 'đến';
  /** `trong`: a day after it is `on` (trong ngày 05/12), a period `by` (trong quý I). */
  within: boolean;
  from: boolean;
  next: number;
}

/** A clause ends at ; : ! ? or a full stop (not the dots inside 13.8.2021). */
export function clauseEnd(s: Stream, k: number): boolean {
  return s.is(k, T.Stop) || (s.is(k, T.Dot) && !s.glued(k + 1));
}

/** The two words before `đến` that make it `until` (data/lexicon/until-verbs.yaml). */
const UNTIL_VERBS = new Set(UNTIL_VERB_LIST);

/**
 * `đến ngày` is `until` when something is extended or kept going to that day (`kéo dài … đến
 * ngày`, `thực hiện đến ngày`), and `by` when work must be finished (`hoàn thành … đến ngày`, and
 * by default). The nearest of the two in the clause decides; the look-back is bounded.
 */
export function untilOrBy(s: Stream, cue: number): 'until' | 'by' {
  if (UNTIL_VERBS.has(`${s.lower(cue - 2)} ${s.lower(cue - 1)}`)) return 'until';
  for (let k = cue - 1; k > cue - 80 && s.has(k); k--) {
    if (clauseEnd(s, k)) break;
    if (s.is(k, T.KeoDai, T.GiaHan)) return 'until';
    if (s.is(k, T.HoanThanh)) return 'by';
  }
  return 'by';
}

export function cue(kind: Cue['kind'], next: number, extra: Partial<Cue> = {}): Cue {
  return { kind, next, within: false, from: false, ...extra };
}

export function parseCue(s: Stream, i: number): Cue | null {
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
