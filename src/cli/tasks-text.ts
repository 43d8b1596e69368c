/**
 * The text formats of `tasks`: CSV (RFC 4180 with a chosen separator, CRLF, UTF-8 with a BOM so
 * that Excel reads the Vietnamese), Markdown (a pipe table) and JSON (every field, the whole text).
 */
import { COLUMNS, cellOf, type Lang } from './tasks-columns.js';
import type { TaskRow } from '../tasks/rows.js';

export function csv(rows: TaskRow[], lang: Lang, sep: string): string {
  const special = new RegExp(`["\\r\\n${sep === '\t' ? '\\t' : sep}]|^\\s|\\s$`);
  const field = (s: string) => (special.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [COLUMNS.map((c) => field(c[lang])).join(sep)];
  for (const r of rows) lines.push(COLUMNS.map((c) => field(cellOf(r, c.key, lang))).join(sep));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export function markdown(rows: TaskRow[], lang: Lang): string {
  const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  const lines = [`| ${COLUMNS.map((c) => cell(c[lang])).join(' | ')} |`, `|${COLUMNS.map(() => '---').join('|')}|`];
  for (const r of rows) lines.push(`| ${COLUMNS.map((c) => cell(cellOf(r, c.key, lang))).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}

/** Keys and codes in English whatever `--lang`; `text` is the directive's whole text. */
export function json(rows: TaskRow[]): string {
  const out = rows.map((r) => ({
    notice: r.notice,
    issuedOn: r.issuedOn,
    issuer: r.issuer,
    item: r.item,
    directiveKind: r.directiveKind,
    lead: r.lead,
    leadId: r.leadId,
    support: r.support,
    supportIds: r.supportIds,
    task: r.task,
    text: r.text,
    due: r.due,
    deadline: r.deadline,
    precision: r.precision,
    kind: r.kind,
    product: r.product,
    reportTo: r.reportTo,
    status: r.status,
    file: r.file,
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
}
