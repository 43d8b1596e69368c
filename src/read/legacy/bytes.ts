/**
 * Bytes in an old 8-bit encoding → Unicode text (not yet NFC: Windows-1258 writes tones as
 * combining marks, which decode.ts composes with an exact map). Each byte is one character of a
 * 256-entry table (tables.gen.ts, from iconv-lite); VNI's letters of two bytes are then joined.
 */
import { raiseHeadingWords } from './caps.js';
import { convertGlyphs } from './convert.js';
import { GLYPH_READERS } from './glyphs.js';
import type { LegacyEncoding } from './names.js';
import { CP1252, TCVN3, VISCII, WINDOWS_1258 } from './tables.gen.js';

const TABLES: Readonly<Record<LegacyEncoding, string>> = { tcvn3: TCVN3, vni: CP1252, viscii: VISCII, 'windows-1258': WINDOWS_1258 };

export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  const chars = byTable(bytes, TABLES[encoding]);
  if (encoding === 'vni') return convertGlyphs(chars, GLYPH_READERS.vni);
  // .VnTimeH headings: the same codes as lower case (caps.ts).
  return encoding === 'tcvn3' ? raiseHeadingWords(chars) : chars;
}

/** Windows-1252 bytes (a .doc's 8-bit text pieces: src/read/word/doc-lists.ts). */
export function decodeWindows1252(bytes: Uint8Array): string {
  return byTable(bytes, CP1252);
}

const CHUNK = 8192;

/** One table character a byte, built in chunks (String.fromCharCode takes its arguments on the stack). */
function byTable(bytes: Uint8Array, table: string): string {
  const codes = new Uint16Array(256);
  for (let b = 0; b < 256; b++) codes[b] = table.charCodeAt(b);
  const out: string[] = [];
  const units = new Uint16Array(Math.min(CHUNK, bytes.length));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const n = Math.min(CHUNK, bytes.length - start);
    for (let k = 0; k < n; k++) units[k] = codes[bytes[start + k]!]!;
    out.push(String.fromCharCode(...units.subarray(0, n)));
  }
  return out.join('');
}
