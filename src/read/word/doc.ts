/**
 * The text of a Word 97-2003 .doc, through word-extractor (pure JavaScript, kept up, no native
 * code), with the labels of Word's automatic numbering put back and a table's cells on lines of
 * their own. word-extractor gives the body's text as typed: a `1.` or `a)` made by Word's list
 * feature is not a character of the text but a list property of its paragraph, which it does not
 * read; and it writes a cell's end as a tab, so a header block's left cell's last line and the
 * right cell's first share a line (`Số 123-TB/TU<tab>ĐẢNG CỘNG SẢN VIỆT NAM`), which a header
 * reader cannot tell from a tab typed in a line. doc-lists.ts reads the file's paragraphs and
 * says, for each numbered one, its text and its label, and for each one that ends a cell, its
 * text. The label is put in front of the line word-extractor wrote for that paragraph, and the tab
 * after a cell's last paragraph becomes a line end, each found by its text in document order (see
 * `withParagraphMarks`): the text stays word-extractor's, character for character, but for these.
 * A table then reads cell after cell, each cell's paragraphs as lines, as a .docx's does.
 *
 * Its "Unicode filter" is off: it would make typographic quotes and dashes ASCII (`“…”` → `"…"`,
 * `–` → `-`), and the text is kept as written.
 */
import { WordFileError } from './error.js';
import { docParagraphs, type DocParagraph } from './doc-lists.js';

export async function docText(bytes: Uint8Array): Promise<string> {
  // Loaded on first use, as mammoth is: the plain-text path never loads it.
  const WordExtractor = (await import('word-extractor')).default;
  let text: string;
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    text = document.getBody({ filterUnicode: false });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new WordFileError(`cannot read this .doc: ${message.split('\n')[0]!.trim() || 'damaged'}`);
  }
  return withParagraphMarks(text, paragraphsOf(bytes));
}

/** The file's numbered and cell-ending paragraphs, or none when its structures cannot be read: the text is still worth having. */
function paragraphsOf(bytes: Uint8Array): DocParagraph[] {
  try {
    return docParagraphs(bytes);
  } catch {
    return [];
  }
}

/** After this many paragraphs not found in the text, the rest are not looked for. */
const MAX_MISSES = 8;

/**
 * `text` with each numbered paragraph's label (and a space) in front of its line, and the tab
 * after each cell's last paragraph a line end. The paragraphs come in the text's order, so each is
 * looked for after the one before: at a line's start (or a cell's, after a tab) and as the whole
 * of that line. One not found (its text differs from word-extractor's, say a tracked deletion it
 * leaves out) is left as word-extractor wrote it and the search goes on from where it was; after
 * MAX_MISSES misses it stops, so a file whose paragraphs do not align costs at most that many
 * passes over the text.
 */
export function withParagraphMarks(text: string, paragraphs: readonly DocParagraph[]): string {
  const edits: { index: number; remove: number; insert: string }[] = [];
  let from = 0;
  let misses = 0;
  for (const p of paragraphs) {
    if (p.text.trim() === '' || (!p.label && !p.endsCell)) continue;
    const index = lineAt(text, p.text, from);
    if (index < 0) {
      if (++misses >= MAX_MISSES) break;
      continue;
    }
    from = index + p.text.length;
    if (p.label) edits.push({ index, remove: 0, insert: `${p.label} ` });
    if (p.endsCell && text[from] === '\t') edits.push({ index: from, remove: 1, insert: '\n' });
  }
  let out = '';
  let last = 0;
  for (const { index, remove, insert } of edits) {
    out += text.slice(last, index) + insert;
    last = index + remove;
  }
  return out + text.slice(last);
}

/** Where `line` stands in `text` from `from` on as a whole line or cell: after a line end or tab, before one or the end. */
function lineAt(text: string, line: string, from: number): number {
  for (let i = text.indexOf(line, from); i >= 0; i = text.indexOf(line, i + 1)) {
    const before = i === 0 ? '\n' : text[i - 1]!;
    const after = text[i + line.length] ?? '\n';
    if ((before === '\n' || before === '\t') && (after === '\n' || after === '\t')) return i;
  }
  return -1;
}
