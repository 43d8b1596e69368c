/**
 * `notice-parse tasks`: the directives of many notices as one register, a row per (directive,
 * lead body, deadline): who must do what, by when, and how it stands against `--today`.
 * Rows, status and the dates' checks: src/tasks/ (the library's tasksOf); filters: tasks-agency.ts;
 * formats: tasks-text.ts (csv, md, json), tasks-xlsx.ts (loads its library only when asked),
 * tasks-ics.ts.
 */
import { writeFile } from 'node:fs/promises';
import { EXIT } from './exit.js';
import { eachNotice } from './each-notice.js';
import { bytesOf, type InputOptions } from './inputs.js';
import { fails, reportDiagnostics, tooManyWarnings, type CommonOptions } from './report.js';
import { agencyFilter, agencyTerms, bodiesOf, keepsRow } from './tasks-agency.js';
import { LANGS, type Lang } from './tasks-columns.js';
import { dayOf, periodOf, type Period } from '../tasks/dates.js';
import { rowsOf, type TaskRow } from '../tasks/rows.js';
import { STATUSES, localToday, type Status } from '../tasks/status.js';
import { ics } from './tasks-ics.js';
import { csv, json, markdown } from './tasks-text.js';

export const TASK_FORMATS = ['csv', 'md', 'json', 'xlsx', 'ics'] as const;
/** `--sep`: what a user may write, and the separator it means. */
export const SEPARATORS: Record<string, string> = { ';': ';', ',': ',', tab: '\t', '\t': '\t' };

export interface TasksOptions extends CommonOptions, InputOptions {
  format?: string;
  agency?: string[];
  dueBefore?: string;
  dueAfter?: string;
  status?: string[];
  today?: string;
  includeDecisions?: boolean;
  sep?: string;
  lang?: string;
  /** `--out FILE`: write the table there instead of to standard output. */
  out?: string;
}

/** What the options ask for, checked before any notice is read. */
interface Wanted {
  format: (typeof TASK_FORMATS)[number];
  today: string;
  before: Period | null;
  after: Period | null;
  statuses: Set<Status> | null;
  sep: string;
  lang: Lang;
}

export async function tasks(args: string[], options: TasksOptions, readStdin: () => Promise<Uint8Array>): Promise<number> {
  const wanted = check(options);
  if (typeof wanted === 'string') return usage(wanted);
  // A workbook is bytes a terminal cannot show: say so before reading anything.
  if (wanted.format === 'xlsx' && options.out === undefined && process.stdout.isTTY === true) {
    return usage('--format xlsx writes a workbook: give --out FILE.xlsx or redirect standard output (> tasks.xlsx)');
  }
  const rows: TaskRow[] = [];
  let failing = false;
  const walk = await eachNotice(args, options, readStdin, (notice, o, out) => {
    reportDiagnostics(out, o.input.path, o.result.diagnostics, bytesOf(o.input));
    failing ||= fails(o.result.diagnostics, options);
    rows.push(...rowsOf(notice, wanted.today, rows.length));
  });
  if ('usage' in walk) return usage(walk.usage);
  // A table of some of the notices would pass for the whole: none is printed.
  if (walk.interrupted) return usage(`interrupted after ${walk.seen} of ${walk.total} notices: no table printed`, EXIT.interrupted);
  const shown = sortRows(filterRows(rows, options, wanted));
  const table = await render(shown, wanted);
  if (options.out === undefined) process.stdout.write(table);
  else {
    try {
      await writeFile(options.out, table);
    } catch (e) {
      return usage(`--out ${options.out}: cannot write: ${(e as Error).message}`);
    }
  }
  const tooMany = tooManyWarnings(walk.out, options, 'notice-parse tasks');
  if (walk.unreadable > 0) return EXIT.usage;
  return failing || tooMany ? EXIT.failed : EXIT.ok;
}

function usage(message: string, code: number = EXIT.usage): number {
  process.stderr.write(`notice-parse tasks: ${message}\n`);
  return code;
}

function check(options: TasksOptions): Wanted | string {
  const format = options.format ?? 'csv';
  if (!(TASK_FORMATS as readonly string[]).includes(format)) return `unknown format "${format}" (${TASK_FORMATS.join(', ')})`;
  const periods: (Period | null)[] = [];
  for (const [flag, value] of [['--due-before', options.dueBefore], ['--due-after', options.dueAfter]] as const) {
    const p = value === undefined ? null : periodOf(value);
    if (typeof p === 'string') return `${flag}: ${p}`;
    periods.push(p);
  }
  const today = options.today === undefined ? localToday() : dayOf(options.today);
  if (typeof today !== 'string') return `--today: ${today.error}`;
  let statuses: Set<Status> | null = null;
  if (options.status !== undefined && options.status.length > 0) {
    const words = options.status.flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s !== '');
    const bad = words.filter((w) => !(STATUSES as readonly string[]).includes(w));
    if (bad.length > 0) return `--status: unknown status ${bad.map((w) => `"${w}"`).join(', ')} (${STATUSES.join(', ')})`;
    statuses = new Set(words as Status[]);
  }
  const sep = SEPARATORS[options.sep ?? ';'];
  if (sep === undefined) return `--sep "${options.sep}": give ';', ',' or tab`;
  const lang = options.lang ?? 'vi';
  if (!(LANGS as readonly string[]).includes(lang)) return `--lang "${lang}": give vi or en`;
  return { format: format as Wanted['format'], today, before: periods[0]!, after: periods[1]!, statuses, sep, lang: lang as Lang };
}

function filterRows(rows: TaskRow[], options: TasksOptions, wanted: Wanted): TaskRow[] {
  let out = options.includeDecisions ? rows : rows.filter((r) => r.directiveKind !== 'decision');
  if (options.agency !== undefined && options.agency.length > 0) {
    const filter = agencyFilter(agencyTerms(options.agency), bodiesOf(rows));
    for (const w of filter.warnings) process.stderr.write(`notice-parse tasks: warning: ${w}\n`);
    out = out.filter((r) => keepsRow(filter, r));
  }
  const { before, after, statuses } = wanted;
  if (before) out = out.filter((r) => r.due !== '' && r.due < before.first);
  if (after) out = out.filter((r) => r.due !== '' && r.due > after.last);
  if (statuses) out = out.filter((r) => statuses.has(r.status));
  return out;
}

/** By due day (none last), then notice, then the order of the text. */
function sortRows(rows: TaskRow[]): TaskRow[] {
  return [...rows].sort(
    (a, b) =>
      (a.due === '' ? 1 : 0) - (b.due === '' ? 1 : 0) ||
      (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.order - b.order,
  );
}

async function render(rows: TaskRow[], wanted: Wanted): Promise<string | Uint8Array> {
  if (wanted.format === 'xlsx') return (await import('./tasks-xlsx.js')).xlsx(rows, wanted.lang);
  if (wanted.format === 'ics') return ics(rows, wanted.lang, wanted.today);
  if (wanted.format === 'json') return json(rows);
  if (wanted.format === 'md') return markdown(rows, wanted.lang);
  return csv(rows, wanted.lang, wanted.sep);
}
