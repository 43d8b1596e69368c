/**
 * `tasks --format ics`: the deadlines as a calendar (RFC 5545), one all-day VEVENT per row that has
 * a due day, to import into Outlook or Google Calendar. Written here rather than with the `ics`
 * package: that one folds lines every 75 characters, and a Vietnamese line of 75 characters is up
 * to 225 octets, where the RFC says 75 octets (3.1). So: CRLF line ends, lines folded at 75 octets
 * without cutting a UTF-8 sequence (a continuation starts with one space), TEXT values escaped
 * (backslash, `;`, `,`, newline: 3.3.11).
 */
import { createHash } from 'node:crypto';
import { headerOf, statusWord, type Lang } from './tasks-columns.js';
import type { TaskRow } from '../tasks/rows.js';
import { addDays } from '../tasks/status.js';

export const PRODID = '-//notice-parse//tasks//VI';
const LINE_OCTETS = 75;

const NO_LEAD: Record<Lang, string> = { vi: 'Chưa rõ đơn vị chủ trì', en: 'no lead body' };

/** The calendar of the rows that have a due day; `today` (YYYY-MM-DD) stamps each event. */
export function ics(rows: TaskRow[], lang: Lang, today: string): string {
  const stamp = `${basic(today)}T000000Z`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const r of rows) {
    if (r.due === '') continue;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uidOf(r)}@notice-parse`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basic(r.due)}`,
      // An all-day event ends the next day, exclusive (3.6.1).
      `DTEND;VALUE=DATE:${basic(addDays(r.due, 1))}`,
      `SUMMARY:${text(`${r.lead || NO_LEAD[lang]}: ${r.task}`)}`,
      `DESCRIPTION:${text(descriptionOf(r, lang))}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

function descriptionOf(r: TaskRow, lang: Lang): string {
  const parts: [string, string][] = [
    [headerOf('notice', lang), [r.notice, r.issuedOn].filter((s) => s !== '').join(', ')],
    [headerOf('item', lang), r.item],
    [headerOf('lead', lang), r.lead],
    [headerOf('support', lang), r.support],
    [headerOf('deadline', lang), r.deadline],
    [headerOf('product', lang), r.product],
    [headerOf('reportTo', lang), r.reportTo],
    [headerOf('status', lang), statusWord(r.status, lang)],
    [headerOf('file', lang), r.file],
  ];
  const head = parts.filter(([, v]) => v !== '').map(([k, v]) => `${k}: ${v}`);
  return [...head, '', r.text.replace(/\s+/g, ' ').trim()].join('\n');
}

/** The same row gives the same UID from run to run, so a calendar updates an event it imported. */
function uidOf(r: TaskRow): string {
  return createHash('sha256').update([r.file, r.notice, r.item, r.leadId, r.lead, r.due, r.deadline].join('\u0000')).digest('hex').slice(0, 32);
}

/** `2021-12-10` → `20211210`. */
function basic(day: string): string {
  return day.replace(/-/g, '');
}

/** A TEXT value (RFC 5545 3.3.11). */
export function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** One content line folded at 75 octets (3.1), never inside a character. */
export function fold(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= LINE_OCTETS) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = LINE_OCTETS;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
      limit = LINE_OCTETS - 1; // the leading space counts
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}
