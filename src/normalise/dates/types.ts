/** The date finder (see ../dates.ts): types the parts share. */
export type Precision = 'day' | 'month' | 'quarter' | 'half' | 'year';
export type DateKind = 'by' | 'on' | 'until' | 'from' | 'relative';
export type PartOfDay = 'morning' | 'noon' | 'afternoon' | 'evening';

export interface DateContext {
  /** 'YYYY-MM-DD': completes `dd/mm`, `tháng m`, `quý I` written without a year. */
  meetingDate?: string | null;
  /** The notice's own date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`): its year is `năm nay` when there is no meeting date. */
  issuedOn?: string | null;
}

export interface FoundDate {
  /** ISO at its precision: '2021-12-06', '2022-01', '2022-Q1', '2022-H1', '2022'; null when the
   * year cannot be known (no meeting date) or a relative deadline has no dated anchor. */
  date: string | null;
  /** The last day / period of a range, else null. */
  end: string | null;
  /** The last day the expression allows, `YYYY-MM-DD` (`2025-Q3` → `2025-09-30`), or null with no date. */
  due: string | null;
  /** Null only for a relative deadline whose date is unknown. */
  precision: Precision | null;
  kind: DateKind;
  partOfDay: PartOfDay | null;
  /** 'HH:MM' */
  time: string | null;
  /** Relative deadlines: the number of days (weeks × 7) and what they count from. */
  days: number | null;
  /** Relative deadlines counted in months (`trong 2 tháng`): the months; `days` is null then. */
  months: number | null;
  anchor: string | null;
  /** Relative deadlines: the day the days count from when the anchor is a written day, else null. */
  countedFrom: string | null;
  /** Relative deadlines counted in working days (`10 ngày làm việc`): no calendar date is given. */
  working: boolean;
  /** The weekday written beside the date, 1 = Monday … 7 = Sunday. */
  weekday: number | null;
  /** True when the year came from the meeting date (or the notice's own date) rather than the text:
   * `trước ngày 05/12`, `trong năm nay`, `quý I năm sau`. */
  yearInferred: boolean;
  /** The date of a cited document (`Quyết định số 2771/QĐ-UBND, ngày 26/11/2021`): not a
   * deadline. Returned so a caller building references can use it; deadline code drops it. */
  cited: boolean;
  /** The source text of the whole expression, cue words included. */
  text: string;
  /** Offsets into the input; `stop` is exclusive. */
  start: number;
  stop: number;
}

export interface DateProblem {
  code: 'weekday' | 'invalid-date';
  message: string;
  start: number;
  stop: number;
}

export interface DateScan {
  dates: FoundDate[];
  problems: DateProblem[];
}
