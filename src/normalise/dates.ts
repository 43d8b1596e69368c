/**
 * Dates and deadlines in a paragraph (SPEC "dates and deadlines", FORMAT §8).
 *
 * `dates/lexer.ts` cuts the text into tokens; the parts in dates/ read the token stream by hand,
 * left to right, trying at each token: a relative deadline (`trong thời hạn 10 ngày kể từ …`), else a dated
 * expression `[cue] [lúc time] [part of day] [ngày] [weekday (] core [(weekday)] [range end] [)]`.
 * Every attempt looks at a bounded number of tokens, so the whole scan is linear.
 *
 * Issue 15 added: two-digit years (`ngày 15/12/25`, 20yy up to 69), counts in weeks and months
 * (`trong 02 tuần` 14 days, `trong 2 tháng` 2 months), a count after an event (`sau khi kết thúc
 * quý 15 ngày`, found from the count by looking back), parts of a year after a cue (`trước cuối năm
 * 2025` Q4, `đầu năm` Q1, `giữa năm` June–July), lists of days (`ngày 5, 6 và 7/12`), `17g30`, and
 * years counted from the notice's (`năm nay`, `năm sau`, `năm tới`: DateContext.issuedOn when there
 * is no meeting date).
 *
 * What is deliberately not a date: a number glued to letters or to another number (`68/NQ-CP`,
 * `23/2021/QĐ-TTg`, `Covid-19`, phone numbers), a number that counts something (`12-17 tuổi`,
 * `lớp 12`, `02 tuần` with no cue, `03 vòng`, `trong 2 tuần qua`), a bare year (`2025 - 2030`,
 * `nhiệm kỳ …`), a part of a year with no cue (`kỳ họp cuối năm 2025`) or after `từ` with no year
 * (`từ đầu năm đến nay`), a time alone. A bare `dd/mm` or `tháng m` is only a date after `ngày` or
 * a cue word, because `12/15 xã` is a ratio; a two-digit year likewise (`12/15/20` is not one).
 *
 * This module is the API (a paragraph's dates, a whole text's, the meeting's date); its parts are in
 * dates/: lexer.ts (tokens), stream.ts (the token stream), calendar.ts (calendar values), cores.ts
 * (the date itself), ranges.ts, prefix.ts (cue, time, part of day, weekday), cited.ts (dates of
 * cited documents), matches.ts (a dated expression), relative.ts (`trong thời hạn 10 ngày`).
 */
import * as T from './dates/lexer.js';
import { parseIsoDay, type YearRef } from './dates/calendar.js';
import { matchDated } from './dates/matches.js';
import { matchRelative } from './dates/relative.js';
import { Stream } from './dates/stream.js';
import type { DateContext, DateScan, FoundDate } from './dates/types.js';

export type { DateContext, DateKind, DateProblem, DateScan, FoundDate, PartOfDay, Precision } from './dates/types.js';
import type { IToken, TokenType } from 'chevrotain';

/** The tokens an expression can begin with; the rest are skipped without trying. */
const STARTS = new Set<TokenType>([
  T.ChamNhat, T.HoanThanh, T.Truoc, T.Den, T.DenHet, T.Tu, T.KeTu, T.Sau, T.Vao, T.Trong, T.ThoiHan,
  T.Luc, T.Num, T.PartOfDay, T.Ngay, T.Weekday, T.Thang, T.Quy, T.Nam,
]);

/** The year references of a context: the meeting's day, and the notice's year (the meeting's, else its own date's). */
function yearRef(ctx: DateContext): YearRef {
  const meeting = parseIsoDay(ctx.meetingDate);
  const own = /^(\d{4})(?:-|$)/.exec(ctx.issuedOn ?? '');
  return { meeting, year: meeting?.getUTCFullYear() ?? (own ? Number(own[1]) : null) };
}

/**
 * A date the caller looks for, the first one that is: the scan may stop once it has it (its
 * dates then end there), as the ones after it cannot come before it.
 */
type Enough = (d: FoundDate) => boolean;

/** Some date of `dates` from `from` on is `enough`. */
function reached(dates: readonly FoundDate[], from: number, enough: Enough | undefined): boolean {
  if (enough === undefined) return false;
  for (let k = from; k < dates.length; k++) if (enough(dates[k]!)) return true;
  return false;
}

/** Appends the expressions of the stream `s` to `out`, left to right (up to an `enough` one). */
function scanStream(s: Stream, ref: YearRef, out: DateScan, enough?: Enough): void {
  for (let i = 0; i < s.toks.length; ) {
    const m = STARTS.has(s.toks[i]!.tokenType)
      ? (matchRelative(s, i, ref) ?? matchDated(s, i, ref))
      : null;
    if (m === null) {
      i++;
      continue;
    }
    const from = out.dates.length;
    if (m.found) out.dates.push(m.found);
    if (m.more) out.dates.push(...m.more);
    out.problems.push(...m.problems);
    i = m.next;
    if (reached(out.dates, from, enough)) return;
  }
}

/** The scan of the whole text: what the windows must agree with, and their fallback. */
export function findDatesInWholeText(text: string, ctx: DateContext = {}): DateScan {
  return wholeText(text, yearRef(ctx));
}

function wholeText(text: string, ref: YearRef, enough?: Enough): DateScan {
  const out: DateScan = { dates: [], problems: [] };
  scanStream(new Stream(T.lexDates(text), text), ref, out, enough);
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

/** The tokens every expression holds one of: a number, `quý`, `cuối năm`, `năm nay` … (a
 * `sau khi` before its count is found by looking back from the count, as `kéo dài` is). */
const ANCHORS = [T.Num, T.Quy, T.YearPart, T.NamRel];
const ANCHOR_TYPES = new Set<TokenType>(ANCHORS);

/** Their patterns, as one; the pattern is the lexer's, so where it finds
 * nothing the lexer makes no such token. */
const ANCHOR = new RegExp(ANCHORS.map((t) => (t.PATTERN as RegExp).source).join('|'), 'gi');

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
  T.Vong, T.ThoiHan, T.Luc, T.PartOfDay, T.Ngay, T.Weekday, T.Comma, T.LParen, T.Thang, T.Nam, T.Cac,
]);

/** An expression starting before `toks` could reach their first number or `quý`: every token
 * before it can lead to one. */
function reachableFromBefore(toks: IToken[]): boolean {
  for (const t of toks) {
    if (ANCHOR_TYPES.has(t.tokenType)) return true;
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
function scanWindows(text: string, ref: YearRef, enough?: Enough): DateScan | null {
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
      scanStream(s, ref, out);
      if (!s.outsideStart && !s.outsideEnd) {
        // The window's dates are the text's (see above): those after it cannot come first.
        if (reached(out.dates, found, enough)) return out;
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
  return scanWindows(text, yearRef(ctx)) ?? findDatesInWholeText(text, ctx);
}

/**
 * The meeting date of an opening sentence: its first full date (day, month and year written), not
 * a cited document's. 'Ngày 02/12/2021, …', 'Trong cuộc họp … ngày 12/8/2021', 'Chiều 14-9-2023'.
 */
export function parseMeetingDate(text: string): string | null {
  // The scan stops at the first such date: the opening's dates are all scanned again for the
  // notice's list of dates, with the meeting's day known.
  const ref = yearRef({});
  const dates = (scanWindows(text, ref, isMeetingDay) ?? wholeText(text, ref, isMeetingDay)).dates;
  return dates.find(isMeetingDay)?.date ?? null;
}

/**
 * A meeting is dated `Ngày 02/12/2021, …` or `vào ngày …`: a date to finish by (`trước ngày …`),
 * the end of a span (`đến ngày …`) or its start (`từ ngày …`) is no meeting's.
 */
function isMeetingDay(d: FoundDate): boolean {
  return d.precision === 'day' && d.kind === 'on' && !d.cited && !d.yearInferred && d.date !== null;
}
