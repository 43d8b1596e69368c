/**
 * The dates `tasks` is given: `--due-before` / `--due-after` (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) and
 * `--today` (`YYYY-MM-DD`), checked against the calendar (`2022-13`, `2022-02-31` are refused).
 * A period is compared by its days: before `2022-02` is before its first day, after `2022-03` after
 * its last, so that a deadline (compared by `due`, its last day) is in or out as a whole.
 */

export interface Period {
  /** Its first day, `YYYY-MM-DD`. */
  first: string;
  /** Its last day. */
  last: string;
}

const PERIOD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The period `text` names, or a message saying what is wrong with it. */
export function periodOf(text: string): Period | string {
  const m = PERIOD.exec(text);
  if (!m) return `"${text}" is no date: write 2022, 2022-01 or 2022-01-31`;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (mo === undefined) return { first: `${y}-01-01`, last: `${y}-12-31` };
  const month = Number(mo);
  if (month < 1 || month > 12) return `"${text}": there is no month ${mo}`;
  const days = daysIn(year, month);
  if (d === undefined) return { first: `${y}-${mo}-01`, last: `${y}-${mo}-${String(days)}` };
  const day = Number(d);
  if (day < 1 || day > days) return `"${text}": ${y}-${mo} has no day ${d} (it has ${days})`;
  return { first: text, last: text };
}

/** A day (`--today`): `YYYY-MM-DD` only. */
export function dayOf(text: string): string | { error: string } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return { error: `"${text}" is no day: write 2022-01-31` };
  const p = periodOf(text);
  return typeof p === 'string' ? { error: p } : p.first;
}

export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
