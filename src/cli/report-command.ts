/**
 * `notice-parse report DIR|FILE… -o report.html`: the tasks register of the given notices as one
 * self-contained HTML page (src/cli/report-html.ts): the rows of `tasks`, grouped by lead body,
 * with the due days by month, a search box and a status filter, and the notices' items the rows
 * link to. Inputs, diagnostics and exit codes are those of `tasks`: an unreadable file is reported
 * and left out, the page is still written, exit 2; an error diagnostic is exit 1; Ctrl-C writes
 * no page (a page of some of the notices would pass for the whole), exit 130.
 */
import { writeFile } from 'node:fs/promises';
import { EXIT } from './exit.js';
import { eachNotice } from './each-notice.js';
import { bytesOf, type InputOptions } from './inputs.js';
import { fails, reportDiagnostics, tooManyWarnings, type CommonOptions } from './report.js';
import { reportHtml, reportNoticeOf, type ReportNotice, type ReportRow } from './report-html.js';
import { LANGS, type Lang } from './tasks-columns.js';
import { dayOf } from '../tasks/dates.js';
import { rowsOf } from '../tasks/rows.js';
import { localToday } from '../tasks/status.js';

export interface ReportOptions extends CommonOptions, InputOptions {
  /** `-o, --out FILE`: where the page is written. */
  out?: string;
  today?: string;
  lang?: string;
  includeDecisions?: boolean;
}

export async function report(args: string[], options: ReportOptions, readStdin: () => Promise<Uint8Array>): Promise<number> {
  const today = options.today === undefined ? localToday() : dayOf(options.today);
  if (typeof today !== 'string') return usage(`--today: ${today.error}`);
  const lang = options.lang ?? 'vi';
  if (!(LANGS as readonly string[]).includes(lang)) return usage(`--lang "${lang}": give vi or en`);
  // A page is for a browser, not a terminal: say so before reading anything.
  if (options.out === undefined && process.stdout.isTTY === true) return usage('give -o FILE.html (or redirect standard output: > report.html)');
  const notices: ReportNotice[] = [];
  const rows: ReportRow[] = [];
  let failing = false;
  let order = 0;
  const walk = await eachNotice(args, options, readStdin, (notice, o, out) => {
    reportDiagnostics(out, o.input.path, o.result.diagnostics, bytesOf(o.input));
    failing ||= fails(o.result.diagnostics, options);
    const index = notices.length;
    notices.push(reportNoticeOf(notice, index));
    const found = rowsOf(notice, today, order);
    order += found.length;
    for (const row of found) if (options.includeDecisions === true || row.directiveKind !== 'decision') rows.push({ row, notice: index });
  });
  if ('usage' in walk) return usage(walk.usage);
  if (walk.interrupted) return usage(`interrupted after ${walk.seen} of ${walk.total} notices: no page written`, EXIT.interrupted);
  const page = reportHtml({ notices, rows, today, lang: lang as Lang, unreadable: walk.unreadable });
  if (options.out === undefined) process.stdout.write(page);
  else {
    try {
      await writeFile(options.out, page);
    } catch (e) {
      return usage(`--out ${options.out}: cannot write: ${(e as Error).message}`);
    }
  }
  const tooMany = tooManyWarnings(walk.out, options, 'notice-parse report');
  if (walk.unreadable > 0) return EXIT.usage;
  return failing || tooMany ? EXIT.failed : EXIT.ok;
}

function usage(message: string, code: number = EXIT.usage): number {
  process.stderr.write(`notice-parse report: ${message}\n`);
  return code;
}
