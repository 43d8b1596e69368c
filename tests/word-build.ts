/**
 * .docx files made from the fixtures' text with the `docx` package, as an office would type them:
 * the header block a two-column table without borders (issuer, `*` and number left; national motto,
 * place and date right), items numbered by Word's list feature (the typed `1.`, `a)` taken off and
 * made list paragraphs, so the label exists only as numbering), bold for Markdown's `**`, and every
 * other line a paragraph (an empty line an empty paragraph, as pressing Enter twice makes). With
 * `tailTable`, a tail whose `Nơi nhận` comes before the signature is typed as Word templates have
 * it: a two-column table, the recipients left and the signature right.
 */
import { AlignmentType, BorderStyle, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/** The header block's cells, left and right, line by line. */
export const HEADER = {
  left: ['TỈNH ỦY BẾN TRE', '*', 'Số 123-TB/TU'],
  right: ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Bến Tre, ngày 02 tháng 12 năm 2021'],
};

/** The same header as text taken from a PDF reads: the left cell's lines, then the right's. */
export const HEADER_TEXT = [...HEADER.left, ...HEADER.right].join('\n');

const NUMBERING = 'items';
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** What of the text became numbered paragraphs (a test checks there are some). */
export interface Built {
  bytes: Buffer;
  numbered: number;
  /** The tail was typed as a table. */
  tailTable: boolean;
}

/** The lines of a tail to type as a table: from `Nơi nhận` to the signature, and the signature on; or null. */
function tailOf(lines: string[]): { start: number; signature: number } | null {
  const start = lines.findIndex((l) => /^\s*(?:\*\*)?Nơi nhận/.test(l));
  if (start < 0) return null;
  const signature = lines.findIndex((l, k) => k > start && /^\s*(?:\*\*)?(?:T\/M|K\/T|T\/L|CHÁNH VĂN PHÒNG)/.test(l));
  return signature < 0 ? null : { start, signature };
}

/**
 * `numberFrom`: the first top-level item made a Word list item; those before it stay typed (Word's
 * AutoFormat makes a list of a typed `3. ` on its own, so a file may hold both), the list then
 * starting at that number. `points`: what the list's second level is, the lettered points `a)`
 * under `1.` (`letter`) or the outline numbers `2.1.` under `2.` (`outline`, Word's `%1.%2.`).
 */
export async function docxOf(text: string, withHeader = true, tailTable = false, numberFrom = 1, points: 'letter' | 'outline' = 'letter'): Promise<Built> {
  const children: (Paragraph | Table)[] = [];
  if (withHeader) children.push(headerTable());
  let top = 0;
  let sub = 0;
  let numbered = 0;
  let lines = text.split('\n');
  const tail = tailTable ? tailOf(lines) : null;
  if (tail) lines = lines.slice(0, tail.start);
  for (const line of lines) {
    const plain = line.replace(/\r$/, '');
    // A typed label Word would have made: the number that comes next (Word counts, so a label out
    // of order stays typed); `**1.**` is a Markdown-bold typed label.
    const item = /^\s*(?:\*\*)?(\d+)\.(?:\*\*)?\s+(.*)$/.exec(plain);
    if (item && Number(item[1]) === top + 1 && top + 1 >= numberFrom) {
      top++;
      sub = 0;
      numbered++;
      children.push(new Paragraph({ children: runs(item[2]!), numbering: { reference: NUMBERING, level: 0 } }));
      continue;
    }
    if (item && Number(item[1]) === top + 1) {
      top++; // typed, before numberFrom
      sub = 0;
    }
    const letter = points === 'letter' ? /^\s*([a-z])\)\s+(.*)$/.exec(plain) : null;
    const outline = points === 'outline' ? /^\s*(\d+)\.(\d+)\.\s+(.*)$/.exec(plain) : null;
    if (outline && top > 0 && top >= numberFrom && Number(outline[1]) === top && Number(outline[2]) === sub + 1) {
      sub++;
      numbered++;
      children.push(new Paragraph({ children: runs(outline[3]!), numbering: { reference: NUMBERING, level: 1 } }));
      continue;
    }
    if (letter && top > 0 && top >= numberFrom && letter[1]!.charCodeAt(0) - 96 === sub + 1) {
      sub++;
      numbered++;
      children.push(new Paragraph({ children: runs(letter[2]!), numbering: { reference: NUMBERING, level: 1 } }));
      continue;
    }
    children.push(new Paragraph({ children: runs(plain) }));
  }
  if (tail) {
    const all = text.split('\n');
    children.push(twoColumns(all.slice(tail.start, tail.signature), all.slice(tail.signature), false));
  }
  const document = new Document({
    numbering: {
      config: [
        {
          reference: NUMBERING,
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: numberFrom, alignment: AlignmentType.START },
            points === 'letter'
              ? { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.START }
              : { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
  return { bytes: await Packer.toBuffer(document), numbered, tailTable: tail !== null };
}

/** Markdown's `**bold**` as bold runs, the rest as it is. */
function runs(text: string): TextRun[] {
  return text.split('**').map((part, k) => new TextRun({ text: part, bold: k % 2 === 1 }));
}

function headerTable(): Table {
  return twoColumns(HEADER.left, HEADER.right, true);
}

/** A borderless table of one row: `left` and `right` a cell each, a paragraph a line. */
function twoColumns(left: string[], right: string[], bold: boolean): Table {
  const cell = (lines: string[]) =>
    new TableCell({
      width: { size: 50, type: WidthType.PERCENTAGE },
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
      children: lines.map((l) => new Paragraph({ alignment: AlignmentType.CENTER, children: bold ? [new TextRun({ text: l, bold: true })] : runs(l.replace(/\r$/, '')) })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ children: [cell(left), cell(right)] })],
  });
}
