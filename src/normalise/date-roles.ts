/**
 * What a date found in a directive's text is there for. Only a `deadline` (a date set for an
 * action, or a schedule the directive fixes) goes into the directive; the others tell of something
 * else: the date of a cited document, an anniversary, a plan's horizon, a past event. Each role is
 * one test, tried in order; the first that holds decides.
 */
import type { FoundDate } from './dates.js';
import type { FoundReference } from './references.js';

export type DateRole = 'cited' | 'anniversary' | 'horizon' | 'past' | 'deadline';

export interface DateContext {
  /** The citations found in the same text. */
  refs: readonly FoundReference[];
  /** The meeting's date, `YYYY-MM-DD`, when known. */
  meetingDate: string | null;
  /** The notice's own date, `YYYY-MM-DD`, when written whole (optional: a caller that has none). */
  issuedDay?: string | null;
  /** The year the notice speaks from: its meeting's, else its own date's. */
  thisYear: number | null;
}

const ROLES: readonly [Exclude<DateRole, 'deadline'>, (d: FoundDate, c: DateContext) => boolean][] = [
  // The date finder knows some cited dates by their type word; a date within a citation the
  // reference reader took whole (`Tờtrình số 50-TTr/BXDĐ ngày 29/9/2025`) is that document's too.
  ['cited', (d, c) => d.cited || withinCitation(d, c.refs)],
  ['anniversary', (d) => isAnniversary(d)],
  ['horizon', (d, c) => isHorizon(d, c.thisYear)],
  ['past', (d, c) => isPast(d, c.meetingDate, c.issuedDay ?? null)],
];

export function dateRole(d: FoundDate, context: DateContext): DateRole {
  for (const [role, holds] of ROLES) if (holds(d, context)) return role;
  return 'deadline';
}

/** The date stands inside a citation read whole (its number, date, issuer and title). */
function withinCitation(d: FoundDate, refs: readonly FoundReference[]): boolean {
  for (const r of refs) if (d.start >= r.start && d.start < r.stop) return true;
  return false;
}

/**
 * `(18/11/1930 - 18/11/2025)`: a range whose ends share their day and month but not their year
 * counts the years since an event (kỷ niệm 95 năm …); no one must act by either end.
 */
function isAnniversary(d: FoundDate): boolean {
  if (d.precision !== 'day' || d.date === null || d.end === null) return false;
  return d.date.slice(5) === d.end.slice(5) && d.date.slice(0, 4) !== d.end.slice(0, 4);
}

/**
 * A year alone, three years or more after the notice's own year (`đến năm 2030`, `định hướng đến
 * năm 2035` in a notice of 2025), is the horizon of a plan or a term, not a date set for an action.
 */
function isHorizon(d: FoundDate, thisYear: number | null): boolean {
  if (d.precision !== 'year' || d.date === null || thisYear === null) return false;
  return Number(d.date.slice(0, 4)) >= thisYear + HORIZON_YEARS;
}

const HORIZON_YEARS = 3;

/**
 * A date whose whole period is over by the meeting (`Từ ngày 01/7/2025, xã … được thành lập`,
 * `Trong quý III năm 2025, …` in a meeting of 30/9/2025) tells of the past: no one can be asked
 * to act by it. With no meeting, the notice's own day stands for it: what ended before the notice
 * was signed (a report's `Ngày 15/11, mưa lớn …`) is no deadline it sets.
 */
function isPast(d: FoundDate, meetingDate: string | null, issuedDay: string | null): boolean {
  if (d.kind === 'relative' || d.due === null) return false;
  if (meetingDate !== null) return d.due <= meetingDate;
  return issuedDay !== null && d.due < issuedDay;
}
