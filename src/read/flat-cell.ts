/**
 * A Markdown table cell whose lines a converter joined with spaces, as legal-document sites give
 * the header and footer tables of state documents:
 *
 *   | VĂN PHÒNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- |
 *   | Số: 8794/VPCP-KGVX V/v ban hành Thông tư … | Hà Nội, ngày 21 tháng 10 năm 2013 |
 *   | Nơi nhận: - Như trên; - TTCP, PTTg Nguyễn Thiện Nhân (để b/c); - Lưu: VT, KGVX. | KT. BỘ TRƯỞNG … |
 *
 * The cell's lines start again where the document's own furniture does: a dashed rule under a
 * name, a motto, the subject after a document's number, a list's dash after its head or after
 * the `;` that ends an entry. Nothing else is cut: a cell of running text stays one line.
 */
import { ADDRESSEES_HEAD, DOC_NUMBER_PREFIX, MOTTO_PHRASE, RECIPIENTS_HEAD, RULE_CHARS } from '../lexicon/markers.js';

/** A rule of 3+ dashes, underscores or `=` between blanks (or at the cell's ends). */
const RULE = new RegExp(`(?:^|[ \\t])([${RULE_CHARS}]{3,})(?=[ \\t]|$)`, 'g');
/** A list entry's dash after the `;`, `:` or `)` that ends the entry (or the head) before it. */
const ENTRY = /[;:)][ \t]+(?=[-+•][ \t]+[^ \t])/g;

/**
 * Where the lines of the flattened cell `cell` start, as offsets into it (ascending, without 0):
 * the caller cuts there, and each piece is trimmed as any cell is.
 */
export function flatCellCuts(cell: string): number[] {
  const cuts = new Set<number>();
  const first = cell.search(/[^ \t]/);
  const last = cell.trimEnd().length;
  // At the next piece's first letter (two cuts a blank apart are one), and only between two
  // pieces of text: a rule alone in its cell is no cut.
  const cut = (from: number) => {
    let at = from;
    while (at < last && (cell.charCodeAt(at) === 32 || cell.charCodeAt(at) === 9)) at++;
    if (first >= 0 && at > first && at < last) cuts.add(at);
  };
  for (const m of cell.matchAll(RULE)) {
    const start = m.index + m[0].length - m[1]!.length;
    cut(start);
    cut(start + m[1]!.length);
  }
  for (const m of cell.matchAll(MOTTO_PHRASE)) {
    cut(m.index);
    cut(m.index + m[0].length);
  }
  const lead = /^[ \t]*/.exec(cell)![0].length;
  const body = cell.slice(lead);
  const number = DOC_NUMBER_PREFIX.exec(body);
  if (number) cut(lead + number[0].length);
  // A list: a cell that opens with its head (`Nơi nhận:`, `Kính gửi:`) or with an entry's dash.
  if (RECIPIENTS_HEAD.test(body) || ADDRESSEES_HEAD.test(body) || /^[-+•][ \t]/.test(body)) {
    for (const m of cell.matchAll(ENTRY)) cut(m.index + m[0].length);
  }
  return [...cuts].sort((a, b) => a - b);
}
