/**
 * `notice-parse tasks --format xlsx` (issue 17 point 3): the workbook written by the built command,
 * read back with read-excel-file, holds the same cells as the csv, with the issue date and the due
 * day as date cells, a frozen header row, an autofilter over the table and set column widths. The
 * expected values are read from the notice texts (tests/tasks-notice.ts, the fixtures).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { BIN, envOf, run, tempDir, tree } from './cli-run.js';
import { fixtureFile } from './helpers.js';
import { NOTICE_456, due456, issued456, item456, parseCsv } from './tasks-notice.js';

type Cell = string | number | boolean | Date | null;

/** The one sheet of a workbook, its name and rows. */
async function sheetOf(file: string | Buffer): Promise<{ sheet: string; data: Cell[][] }> {
  const sheets = (await readXlsxFile(file)) as unknown as { sheet: string; data: Cell[][] }[];
  expect(sheets).toHaveLength(1);
  return sheets[0]!;
}

/** The csv of the same run, its cells (`;`, CRLF, quoted cells). */
function csvOf(args: string[]): string[][] {
  const r = run(['tasks', ...args, '--quiet']);
  expect(r.code).toBe(0);
  return parseCsv(r.stdout.slice(1), ';');
}

/** A cell as the csv writes it: a date cell as YYYY-MM-DD, an empty one as ''. */
function asText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

function in456(): string {
  return tree(tempDir(), { 'n456.txt': NOTICE_456 });
}

describe('tasks --format xlsx', () => {
  it('writes --out FILE: the csv cells, dates as date cells, Vietnamese intact', async () => {
    const dir = in456();
    const out = join(tempDir(), 'tasks.xlsx');
    const args = [dir, '--today', due456()];
    const r = run(['tasks', ...args, '--format', 'xlsx', '--out', out, '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
    const { sheet, data } = await sheetOf(out);
    expect(sheet).toBe('Tasks');
    const csv = csvOf(args);
    expect(data.map((row) => row.map(asText))).toEqual(csv);
    const header = data[0] as string[];
    const col = (name: string) => header.indexOf(name);
    const first = data.find((row) => row[col('Mục')] === '1')!;
    // Read from the text: the header's date, item 1's `trước ngày`, its bodies.
    expect(first[col('Ngày ban hành')]).toEqual(day(issued456()));
    expect(first[col('Hạn hoàn thành')]).toEqual(day(due456()));
    expect(item456(1)).toMatch(/^Sở Y tế chủ trì, phối hợp với Sở Tài chính /);
    expect(first[col('Đơn vị chủ trì')]).toBe('Sở Y tế');
    expect(first[col('Đơn vị phối hợp')]).toBe('Sở Tài chính');
    expect(first[col('Số thông báo')]).toBe(`Số ${/^Số (\S+)$/m.exec(NOTICE_456)![1]}`);
    expect(first[col('Tình trạng')]).toBe('Đến hạn trong 7 ngày');
    // A row with no due day has an empty cell there, not a text.
    expect(item456(4)).toMatch(/thường xuyên/);
    expect(data.find((row) => row[col('Mục')] === '4')![col('Hạn hoàn thành')]).toBeNull();
  });

  it('freezes the header row, filters the whole table, sets the column widths, formats dates', () => {
    const out = join(tempDir(), 'tasks.xlsx');
    expect(run(['tasks', in456(), '--format', 'xlsx', '--out', out, '--lang', 'en', '-q']).code).toBe(0);
    const files = unzipSync(readFileSync(out));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const workbook = strFromU8(files['xl/workbook.xml']!);
    const styles = strFromU8(files['xl/styles.xml']!);
    const rows = csvOf([in456(), '--lang', 'en']);
    const last = String.fromCharCode(64 + rows[0]!.length);
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheet).toContain(`<autoFilter ref="A1:${last}${rows.length}"/>`);
    // autoFilter stands after sheetData (ECMA-376 order), and the workbook names its range once.
    expect(sheet.indexOf('<autoFilter')).toBeGreaterThan(sheet.indexOf('</sheetData>'));
    expect(workbook.match(/<definedNames/g)).toHaveLength(1);
    expect(workbook).toContain(`name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Tasks'!$A$1:$${last}$${rows.length}<`);
    expect(sheet.match(/<col [^>]*width="\d+" customWidth="1"/g)).toHaveLength(rows[0]!.length);
    expect(styles).toMatch(/formatCode="yyyy-mm-dd"/);
  });

  it('writes to standard output when there is no --out; fixtures: every row, Vietnamese as written', async () => {
    const r = spawnSync(process.execPath, [BIN, 'tasks', fixtureFile('000'), '--format', 'xlsx', '--quiet', '--today', '2021-12-01'], { env: envOf() });
    const why = `exit ${r.status}, signal ${r.signal}, ${r.stdout.length} bytes, stderr: ${r.stderr.toString()}`;
    expect(r.status, why).toBe(0);
    expect(r.stdout.subarray(0, 2).toString('latin1'), why).toBe('PK');
    const { data } = await sheetOf(r.stdout);
    const csv = csvOf([fixtureFile('000'), '--today', '2021-12-01']);
    expect(data.map((row) => row.map(asText))).toEqual(csv);
    // 000's bodies, as the text writes them.
    const text = readFileSync(fixtureFile('000'), 'utf8');
    expect(text).toContain('Sở Giáo dục và Đào tạo');
    expect(data.flat()).toContain('Sở Giáo dục và Đào tạo');
  });

  it('--out a file that cannot be written: exit 2, a one-line message', () => {
    const out = join(tempDir(), 'missing', 'tasks.xlsx');
    const r = run(['tasks', in456(), '--format', 'xlsx', '--out', out, '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^notice-parse tasks: --out ${out.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: cannot write: ENOENT`));
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  // util-linux's `script` gives the command a terminal for its standard output.
  it.skipIf(!existsSync('/usr/bin/script'))('refuses to write a workbook to a terminal (exit 2), before reading anything', () => {
    const command = [process.execPath, BIN, 'tasks', in456(), '--format', 'xlsx', '-q'].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('/usr/bin/script', ['-qec', `${command}; echo "exit $?"`, '/dev/null'], { encoding: 'utf8', env: envOf() });
    const lines = r.stdout.replace(/\r/g, '').trimEnd().split('\n');
    expect(lines).toEqual(['notice-parse tasks: --format xlsx writes a workbook: give --out FILE.xlsx or redirect standard output (> tasks.xlsx)', 'exit 2']);
  });

  it('loads write-excel-file only for xlsx: the bundle requires it, not holds it', () => {
    const bundle = readFileSync(join(import.meta.dirname, '..', 'dist', 'bundle', 'cli.cjs'), 'utf8');
    expect(bundle).toMatch(/require\("write-excel-file\/node"\)/);
    expect(bundle).not.toMatch(/sharedStrings\.xml/);
  });
});
