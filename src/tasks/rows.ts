/**
 * The rows of `notice-parse tasks`: one per (directive, lead body, deadline). A directive with no
 * lead gives one row with the lead empty (status `no-lead`); one with no deadline one row per lead.
 */
import type { Deadline, Notice } from '../schema/notice.js';
import { statusOf, type Status } from './status.js';

export interface TaskRow {
  /** `Số 456-TB/TU`, or empty when the notice's header gives no number. */
  notice: string;
  /** The notice's own date (`document.issuedOn`), else empty. */
  issuedOn: string;
  issuer: string;
  item: string;
  lead: string;
  leadId: string;
  /** The supporting bodies' names, `; `-separated. */
  support: string;
  supportIds: string[];
  /** The directive's text on one line, cut at a word near 200 characters (`…`). */
  task: string;
  /** The whole text (JSON only). */
  text: string;
  /** The last day the deadline allows, `YYYY-MM-DD`; empty when there is none or it is not known. */
  due: string;
  /** The deadline as written. */
  deadline: string;
  precision: string;
  kind: string;
  product: string;
  /** The names of the bodies it is reported to, `; `-separated. */
  reportTo: string;
  status: Status;
  /** The input's name, to find the notice. */
  file: string;
  /** `task` or `decision`. */
  directiveKind: string;
  /** Input order, for a stable sort. */
  order: number;
}

export const TASK_LENGTH = 200;

export function rowsOf(notice: Notice, today: string, order: number): TaskRow[] {
  const names = new Map(notice.agencies.map((a) => [a.id, a.name]));
  const rows: TaskRow[] = [];
  for (const d of notice.directives) {
    const leads = d.agencies.filter((a) => a.role === 'lead');
    const support = d.agencies.filter((a) => a.role === 'support');
    const deadlines: (Deadline | null)[] = d.deadlines.length > 0 ? d.deadlines : [null];
    const base = {
      notice: notice.document.number ? `Số ${notice.document.number}` : '',
      issuedOn: notice.document.issuedOn ?? '',
      issuer: notice.document.issuer ?? '',
      item: d.id,
      support: support.map((a) => a.name).join('; '),
      supportIds: support.map((a) => a.id),
      task: shorten(d.text, TASK_LENGTH),
      text: d.text,
      product: d.product ?? '',
      reportTo: d.reportTo.map((id) => names.get(id) ?? id).join('; '),
      file: notice.source.name,
      directiveKind: d.kind,
    };
    for (const lead of leads.length > 0 ? leads : [null]) {
      for (const deadline of deadlines) {
        rows.push({
          ...base,
          lead: lead?.name ?? '',
          leadId: lead?.id ?? '',
          due: deadline?.due ?? '',
          deadline: deadline ? oneLine(deadline.text) : '',
          precision: deadline?.precision ?? '',
          kind: deadline?.kind ?? '',
          status: lead === null ? 'no-lead' : statusOf(deadline, d.timing, today),
          order: order + rows.length,
        });
      }
    }
  }
  return rows;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `text` on one line, cut at the last space before `max` characters, with `…` when cut. */
export function shorten(text: string, max: number): string {
  const line = oneLine(text);
  if (line.length <= max) return line;
  const cut = line.lastIndexOf(' ', max - 1);
  const head = line.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:.–-]+$/, '');
  return `${head}…`;
}
