/**
 * A Word file's text: the bytes decide the reader (a `.doc` that is really a `.docx` is read as
 * one), and what no reader can take is refused with a WordFileError saying why in a person's
 * words, before a reader's own error (a zip library's "end of central directory") would.
 */
import { containerOf, isEncryptedOffice, type WordKind } from './kind.js';
import { WordFileError } from './error.js';

export interface Extracted {
  text: string;
  /** The format the text was taken from (by the bytes, not the name). */
  kind: WordKind;
}

/**
 * The most text one Word file may give: as for a text file (src/batch/job.ts), a notice is tens of
 * kilobytes, and a small zip can unpack to far more (a zip bomb, or a dump of many notices);
 * parsing it would cost memory in proportion.
 */
const MAX_TEXT = 32 * 1024 * 1024;

export async function extractWord(bytes: Uint8Array, named: WordKind): Promise<Extracted> {
  const extracted = await extractAny(bytes, named);
  if (extracted.text.length > MAX_TEXT) throw new WordFileError(`its text is too large for one notice (over ${MAX_TEXT / 1024 / 1024} M characters): split it into notices first`);
  return extracted;
}

async function extractAny(bytes: Uint8Array, named: WordKind): Promise<Extracted> {
  const container = containerOf(bytes);
  if (isEncryptedOffice(bytes)) throw new WordFileError('this Word file is password-protected (encrypted): open it in Word, remove the password and save it again');
  if (container === 'zip') return { text: await (await import('./docx.js')).docxText(bytes), kind: 'docx' };
  if (container === 'ole') return { text: await (await import('./doc.js')).docText(bytes), kind: 'doc' };
  throw new WordFileError(`not a Word file (.${named}): ${notWordBecause(bytes, named)}`);
}

/** Why bytes that are neither a zip nor an OLE file are not a Word file, as far as they tell. */
function notWordBecause(bytes: Uint8Array, named: WordKind): string {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 512)).toString('latin1').trimStart().toLowerCase();
  if (bytes.length === 0) return 'the file is empty';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.includes('<html')) return 'it is HTML (a web page saved under a Word name): save it from Word as .docx, or rename it .html and save its text';
  if (head.startsWith('{\\rtf')) return 'it is RTF: save it from Word as .docx';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'a damaged zip archive (truncated?)';
  return named === 'docx' ? 'not a zip archive (truncated, or another kind of file)' : 'neither a Word 97-2003 file nor a .docx';
}
