/**
 * `tasks --format xlsx`: the register as an Excel workbook, made with write-excel-file (loaded only
 * when this format is asked, so a plain parse never reads it). The issue date and the due day are
 * real date cells (Excel sorts and filters them as dates), the header row is frozen and carries an
 * autofilter, each column has a width fit for what it holds, text stays as written (Vietnamese).
 * write-excel-file has no autofilter option: a small feature of its own kind adds the `<autoFilter>`
 * element to the sheet and the `_xlnm._FilterDatabase` name Excel itself writes with one.
 */
import type { Blob } from 'node:buffer';
import type { Stream } from 'node:stream';
import type { Cell, Feature, SheetData, SheetOptions } from 'write-excel-file/node';
import { COLUMNS, cellOf, type Column, type Lang } from './tasks-columns.js';
import type { TaskRow } from '../tasks/rows.js';

/** Columns holding a day, written as date cells. */
const DATE_COLUMNS: ReadonlySet<Column> = new Set<Column>(['issuedOn', 'due']);

/** Widths in characters, by what the column holds. */
const WIDTHS: Record<Column, number> = {
  notice: 16,
  issuedOn: 12,
  issuer: 24,
  item: 10,
  lead: 28,
  leadId: 22,
  support: 30,
  task: 70,
  due: 12,
  deadline: 22,
  precision: 10,
  kind: 10,
  product: 30,
  reportTo: 26,
  status: 20,
  file: 24,
};

/** What write-excel-file/node takes as a file's content (its own type, not exported). */
type FileContent = Stream | Buffer | Blob;

export const SHEET_NAME = 'Tasks';
export const DATE_FORMAT = 'yyyy-mm-dd';

export async function xlsx(rows: TaskRow[], lang: Lang): Promise<Buffer> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const data: SheetData = [COLUMNS.map((c): Cell => ({ value: c[lang], fontWeight: 'bold' }))];
  for (const r of rows) data.push(COLUMNS.map((c) => cellFor(r, c.key, lang)));
  const lastColumn = columnName(COLUMNS.length);
  const range = `A1:${lastColumn}${data.length}`;
  const sheet: SheetOptions<FileContent> = {
    sheet: SHEET_NAME,
    stickyRowsCount: 1,
    columns: COLUMNS.map((c) => ({ width: WIDTHS[c.key] })),
    dateFormat: DATE_FORMAT,
  };
  return writeXlsxFile(data, sheet, { features: [autoFilter(range)] }).toBuffer();
}

function cellFor(row: TaskRow, key: Column, lang: Lang): Cell {
  const text = cellOf(row, key, lang);
  if (DATE_COLUMNS.has(key)) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (m) return { value: new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))), type: Date, format: DATE_FORMAT };
    return null;
  }
  return text === '' ? null : { value: text, type: String, wrap: key === 'task' };
}

/** `1` → `A`, `27` → `AA`. */
export function columnName(n: number): string {
  let name = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
  return name;
}

/**
 * An autofilter over `range` on the first sheet. In a worksheet `<autoFilter>` comes after
 * `<sheetData>` and before the page margins (ECMA-376 part 1, 18.3.1.99); the workbook names the
 * filtered range `_xlnm._FilterDatabase`, hidden, as Excel does.
 */
function autoFilter(range: string): Feature<FileContent> {
  const absolute = range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (content) => content.replace('</sheetData>', `</sheetData><autoFilter ref="${range}"/>`),
        },
        'xl/workbook.xml': {
          // The library writes an empty `<definedNames/>` (one only is allowed), else none.
          transform: (content) => {
            const names = `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${SHEET_NAME}'!${absolute}</definedName></definedNames>`;
            return content.includes('<definedNames/>') ? content.replace('<definedNames/>', names) : content.replace('</sheets>', `</sheets>${names}`);
          },
        },
      },
    },
  };
}
