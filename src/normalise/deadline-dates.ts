/**
 * What a directive's dates tell a clerk who must follow them up: whether a date is one to finish by
 * (`deadline`) or the day an event is fixed for (`schedule`), and the date of a relative deadline
 * counted from the notice's own date (`trong thời hạn 15 ngày kể từ ngày ký`).
 */
import { EVENT_NOUNS, ISSUE_DATE_ANCHORS } from '../lexicon/lexicon.gen.js';
import { alternation } from '../lexicon/pattern.js';
import { LATIN } from '../text/letters.js';
import type { FoundDate } from './dates.js';
import { addDays, addMonths } from './dates/calendar.js';

export type DeadlineRole = 'deadline' | 'schedule';

/** An event noun (data/lexicon/event-nouns.yaml), as a whole word. */
const EVENT = new RegExp(`(?<![${LATIN}])(?:${alternation(EVENT_NOUNS, { cases: ['lower', 'sentence', 'title'], eitherPlacement: true })})(?![${LATIN}])`);

/** How far back in its clause an event noun may stand before the date (`Đại hội Hội Cựu chiến binh xã: từ ngày …`). */
const EVENT_REACH = 120;

/**
 * `schedule` for a date written as a day or a span (`vào ngày`, `ngày`, `từ ngày … – …`: kinds `on`
 * and `from`) after an event noun in its clause; `deadline` otherwise (`trước ngày`, `trong tháng`,
 * `đến ngày`, a relative deadline).
 */
export function deadlineRole(d: FoundDate, text: string): DeadlineRole {
  if (d.kind !== 'on' && d.kind !== 'from') return 'deadline';
  let from = Math.max(0, d.start - EVENT_REACH);
  // The clause: back to the last sentence end or line break before the date.
  for (let i = d.start - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x3b || (c === 0x2e && (text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x0a))) {
      from = i + 1;
      break;
    }
  }
  return EVENT.test(text.slice(from, d.start)) ? 'schedule' : 'deadline';
}

/** `ngày ký`, `ngày ban hành` (data/lexicon/issue-date-anchors.yaml) opening an anchor. */
const ISSUE_ANCHOR = new RegExp(`^(?:${alternation(ISSUE_DATE_ANCHORS, { cases: ['lower', 'sentence'] })})(?![${LATIN}])`);

/**
 * A relative deadline counted from the notice's own date (`15 ngày kể từ ngày ký`), given a date
 * when that day is known (`issuedOn` as `YYYY-MM-DD`) and the days are calendar days; the date as
 * found otherwise.
 */
export function countFromIssue(d: FoundDate, issuedOn: string | null): FoundDate {
  if (d.kind !== 'relative' || d.date !== null || d.working || (d.days === null && d.months === null) || d.anchor === null) return d;
  if (issuedOn === null || !/^\d{4}-\d{2}-\d{2}$/.test(issuedOn) || !ISSUE_ANCHOR.test(d.anchor)) return d;
  const [y, m, day] = issuedOn.split('-').map(Number) as [number, number, number];
  const issued = { y, m, d: day, part: null, precision: 'day' } as const;
  const date = d.months !== null ? addMonths(issued, d.months) : addDays(issued, d.days!);
  return { ...d, date, due: date, precision: 'day', countedFrom: issuedOn };
}
