/**
 * `notice-parse tasks`: the directives of many notices as one table, a row per (directive,
 * agency): who must do what, by when. CSV (UTF-8 with BOM, RFC 4180), Markdown or JSON.
 */
import { problemOf } from '../batch/job.js';
import { processInputs } from '../batch/run.js';
import type { Input } from '../batch/walk.js';
import { findAgencies, foldText } from '../index.js';
import type { Notice } from '../schema/notice.js';
import { EXIT } from './exit.js';
import { bytesOf, gatherInputs, noNotices, type InputOptions } from './inputs.js';
import { onInterrupt } from './interrupt.js';
import { fails, ioError, outputFor, reportDiagnostics, tooManyWarnings, type CommonOptions } from './report.js';

export interface TasksOptions extends CommonOptions, InputOptions {
  format?: string;
  agency?: string;
  dueBefore?: string;
  dueAfter?: string;
}

export interface TaskRow {
  notice: string;
  meetingDate: string;
  item: string;
  agency: string;
  role: string;
  deadline: string;
  deadlineKind: string;
  text: string;
  /** For filtering and sorting only. */
  agencyId: string;
  due: string;
  order: number;
}

const COLUMNS: [keyof TaskRow, string][] = [
  ['notice', 'notice'], ['meetingDate', 'meeting date'], ['item', 'item'], ['agency', 'agency'], ['role', 'role'],
  ['deadline', 'deadline'], ['deadlineKind', 'deadline kind'], ['text', 'text'],
];

export async function tasks(args: string[], options: TasksOptions, readStdin: () => Promise<Uint8Array>): Promise<number> {
  const format = options.format ?? 'csv';
  if (!['csv', 'md', 'json'].includes(format)) {
    return usage(`unknown format "${format}" (csv, md or json)`);
  }
  for (const [flag, value] of [['--due-before', options.dueBefore], ['--due-after', options.dueAfter]] as const) {
    if (value !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
      return usage(`${flag} wants a date like 2022-01-31, not "${value}"`);
    }
  }
  const out = await outputFor(options);
  const found = await gatherInputs(args, options, readStdin, true);
  if ('usage' in found) return usage(found.usage);
  for (const p of found.problems) ioError(out, p.path, p.message);
  if (found.inputs.length === 0 && found.problems.length === 0) return usage(noNotices(found));
  const rows: TaskRow[] = [];
  let failing = false;
  let unreadable = found.problems.length;
  let seen = 0;
  const interrupt = onInterrupt();
  const run = { jobs: options.jobs ?? 1, encoding: options.encoding, nameOf: (i: Input) => i.path, signal: interrupt.signal };
  await processInputs(found.inputs, run, (o) => {
    seen++;
    const problem = problemOf(o.result);
    if (problem !== null || o.result.json === null) {
      ioError(out, o.input.path, problem ?? 'no output');
      unreadable++;
      return;
    }
    reportDiagnostics(out, o.input.path, o.result.diagnostics, bytesOf(o.input));
    failing ||= fails(o.result.diagnostics, options);
    rows.push(...rowsOf(JSON.parse(o.result.json) as Notice, rows.length));
  });
  interrupt.dispose();
  // A table of some of the notices would pass for the whole: none is printed.
  if (interrupt.signal.aborted) return usage(`interrupted after ${seen} of ${found.inputs.length} notices: no table printed`, EXIT.interrupted);
  const shown = sortRows(filterRows(rows, options));
  process.stdout.write(render(shown, format));
  const tooMany = tooManyWarnings(out, options, 'notice-parse tasks');
  if (unreadable > 0) return EXIT.usage;
  return failing || tooMany ? EXIT.failed : EXIT.ok;
}

function usage(message: string, code: number = EXIT.usage): number {
  process.stderr.write(`notice-parse tasks: ${message}\n`);
  return code;
}

export function rowsOf(notice: Notice, order: number): TaskRow[] {
  const rows: TaskRow[] = [];
  for (const d of notice.directives) {
    const first = d.deadlines[0];
    const base = {
      notice: notice.source.name,
      meetingDate: notice.meeting.date ?? '',
      item: d.id,
      deadline: first ? (first.date ?? (first.days !== null ? `${first.days} ngày` : '')) + (first.end ? `/${first.end}` : '') : '',
      deadlineKind: first ? first.kind : d.timing === 'ongoing' ? 'ongoing' : '',
      text: d.text.replace(/\s+/g, ' '),
      due: first?.date ? startOf(first.date) : '',
    };
    const agencies = d.agencies.length > 0 ? d.agencies : [null];
    for (const a of agencies) {
      rows.push({
        ...base,
        agency: a?.name ?? '',
        agencyId: a?.id ?? '',
        role: a ? (a.inherited ? `${a.role} (inherited)` : a.role) : '',
        order: order + rows.length,
      });
    }
  }
  return rows;
}

/** The first day of an ISO date at any precision: `2022-01` → `2022-01-01`, `2022-Q2` → `2022-04-01`. */
export function startOf(date: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(date);
  if (q) return `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  const h = /^(\d{4})-H([12])$/.exec(date);
  if (h) return `${h[1]}-${h[2] === '1' ? '01' : '07'}-01`;
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date;
}

function filterRows(rows: TaskRow[], options: TasksOptions): TaskRow[] {
  let out = rows;
  if (options.agency) {
    const wanted = options.agency;
    const ids = new Set(findAgencies(wanted).map((m) => m.id));
    const folded = foldText(wanted);
    out = out.filter((r) => ids.has(r.agencyId) || (r.agency !== '' && foldText(r.agency).includes(folded)));
  }
  if (options.dueBefore) out = out.filter((r) => r.due !== '' && r.due < startOf(options.dueBefore!));
  if (options.dueAfter) out = out.filter((r) => r.due !== '' && r.due > startOf(options.dueAfter!));
  return out;
}

/** By deadline (none last), then notice, then the order of the text. */
function sortRows(rows: TaskRow[]): TaskRow[] {
  return [...rows].sort(
    (a, b) =>
      (a.due === '' ? 1 : 0) - (b.due === '' ? 1 : 0) ||
      (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) ||
      (a.notice < b.notice ? -1 : a.notice > b.notice ? 1 : 0) ||
      a.order - b.order,
  );
}

export function render(rows: TaskRow[], format: string): string {
  if (format === 'json') {
    return `${JSON.stringify(rows.map((r) => Object.fromEntries(COLUMNS.map(([k]) => [k, r[k]]))), null, 2)}\n`;
  }
  if (format === 'md') {
    const cell = (v: unknown) => String(v).replace(/\|/g, '\\|');
    const lines = [`| ${COLUMNS.map(([, h]) => h).join(' | ')} |`, `|${COLUMNS.map(() => '---').join('|')}|`];
    for (const r of rows) lines.push(`| ${COLUMNS.map(([k]) => cell(r[k])).join(' | ')} |`);
    return `${lines.join('\n')}\n`;
  }
  // CSV: RFC 4180 (CRLF, quotes doubled), with a BOM so that Excel reads the Vietnamese as UTF-8.
  const field = (v: unknown) => {
    const s = String(v);
    return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [COLUMNS.map(([, h]) => field(h)).join(',')];
  for (const r of rows) lines.push(COLUMNS.map(([k]) => field(r[k])).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
