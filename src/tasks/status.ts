/**
 * A row's status against a day (`--today`): `overdue` (its last day is past), `due-7-days` (due
 * today or within the next 7 days), `upcoming`, `ongoing` (a standing duty: no date, timing
 * ongoing), `no-deadline` (no date, or a count of days whose start is not known), `no-lead` (the
 * directive names no body to lead it).
 */
import type { Deadline, Directive } from '../schema/notice.js';

export const STATUSES = ['overdue', 'due-7-days', 'upcoming', 'no-deadline', 'ongoing', 'no-lead'] as const;
export type Status = (typeof STATUSES)[number];

export const SOON_DAYS = 7;

export function statusOf(deadline: Deadline | null, timing: Directive['timing'], today: string): Status {
  if (deadline === null) return timing === 'ongoing' ? 'ongoing' : 'no-deadline';
  if (deadline.due === null) return 'no-deadline';
  if (deadline.due < today) return 'overdue';
  return deadline.due <= addDays(today, SOON_DAYS) ? 'due-7-days' : 'upcoming';
}

/** `YYYY-MM-DD` plus `n` days, by the calendar (UTC, so no daylight-saving shift). */
export function addDays(day: string, n: number): string {
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + n);
  return new Date(t).toISOString().slice(0, 10);
}

/** Today in the local time zone, `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
