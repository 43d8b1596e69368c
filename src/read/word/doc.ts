/**
 * The text of a Word 97-2003 .doc, through word-extractor (pure JavaScript, kept up, no native
 * code). It gives the body's text as typed: numbering made by Word's list feature lives in the
 * file's list tables, which it does not read, so such labels are lost (a .docx keeps them). A
 * table comes out row by row, each cell's paragraphs as lines and a tab where a cell ends (Word's
 * cell mark), so a header block's left cell's last line and the right cell's first share a line.
 * Its "Unicode filter" is off: it would make typographic quotes and dashes ASCII (`“…”` → `"…"`,
 * `–` → `-`), and the text is kept as written.
 */
import { WordFileError } from './error.js';

export async function docText(bytes: Uint8Array): Promise<string> {
  // Loaded on first use, as mammoth is: the plain-text path never loads it.
  const WordExtractor = (await import('word-extractor')).default;
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    return document.getBody({ filterUnicode: false });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new WordFileError(`cannot read this .doc: ${message.split('\n')[0]!.trim() || 'damaged'}`);
  }
}
