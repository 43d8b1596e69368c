/**
 * What a file is, before we try to read it as a notice: archives hold scans, Word files renamed
 * `.txt`, and text in the pre-Unicode Vietnamese encodings. Each gets a clear answer instead of a
 * page of replacement characters.
 */
import { isUtf8 } from 'node:buffer';

export interface Sniffed {
  /** `text` is read as a notice; the others get an error and are not parsed. */
  kind: 'text' | 'binary' | 'legacy';
  /** What it looks like, for the diagnostic: `a PNG image`, `TCVN3 (ABC) text`. */
  looksLike: string | null;
}

const MAGIC: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image (a scan?)'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'a TIFF image (a scan?)'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF file (extract its text first)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Word or Excel file (.doc/.xls; a Word file is read under its .doc name)'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program (ELF)'],
];

export function sniff(bytes: Uint8Array): Sniffed {
  for (const [magic, what] of MAGIC) {
    if (startsWith(bytes, magic)) return { kind: 'binary', looksLike: what };
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
    const what = head.includes('word/') ? 'a Word document (.docx) renamed (give it its .docx name to read it)' : head.includes('xl/') ? 'an Excel workbook (.xlsx)' : 'a ZIP archive';
    return { kind: 'binary', looksLike: what };
  }
  return sniffText(bytes);
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

/** NUL and other control bytes mean binary; many bytes that are not UTF-8 mean an old encoding. */
function sniffText(bytes: Uint8Array): Sniffed {
  const n = Math.min(bytes.length, 65536);
  const [nul, controls] = countControls(bytes, n);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || nul > n / 5;
  if (!utf16 && (nul > 0 || controls > n / 100)) return { kind: 'binary', looksLike: 'binary data, not text' };
  const head = bytes.subarray(0, n);
  // Valid UTF-8 (checked natively) has no invalid byte to count.
  if (!utf16 && !isUtf8(head) && invalidUtf8Ratio(head) > 0.01) return { kind: 'legacy', looksLike: legacyKind(head) };
  return { kind: 'text', looksLike: null };
}

const EMPTY_WORDS = new Uint32Array(0);

/**
 * NUL bytes, and other control bytes that text does not use (all below 0x20 but tab, LF, VT, FF,
 * CR and ESC), in the first `n` bytes. Read four bytes at a time: a word with no byte below 0x20
 * (most of them) needs no closer look.
 */
function countControls(bytes: Uint8Array, n: number): [nul: number, controls: number] {
  let nul = 0;
  let controls = 0;
  const count = (b: number) => {
    if (b === 0) nul++;
    else if (b < 9 || (b > 13 && b < 32 && b !== 27)) controls++;
  };
  let i = (4 - (bytes.byteOffset & 3)) & 3; // bytes up to an aligned word
  if (n - i < 4) i = n;
  for (let k = 0; k < i; k++) count(bytes[k]!);
  const words = i < n ? new Uint32Array(bytes.buffer, bytes.byteOffset + i, (n - i) >> 2) : EMPTY_WORDS;
  for (let w = 0; w < words.length; w++) {
    const x = words[w]!;
    // Non-zero exactly when some byte of x is below 0x20 (the classic "has less" test).
    if (((x - 0x20202020) & ~x & 0x80808080) === 0) continue;
    const at = i + 4 * w;
    count(bytes[at]!);
    count(bytes[at + 1]!);
    count(bytes[at + 2]!);
    count(bytes[at + 3]!);
  }
  for (i += 4 * words.length; i < n; i++) count(bytes[i]!);
  return [nul, controls];
}

/** Share of bytes above 0x7F that do not form valid UTF-8 sequences. */
function invalidUtf8Ratio(bytes: Uint8Array): number {
  let high = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    high++;
    const need = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
    let ok = need > 0 && i + need < bytes.length + (i + need === bytes.length ? 0 : 0);
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (!ok) {
      // A sequence cut by the 64 KB window is not the file's fault.
      if (need > 0 && i + need >= bytes.length) break;
      bad++;
      continue;
    }
    high += need;
    i += need;
  }
  return bytes.length === 0 ? 0 : bad / bytes.length;
}

/**
 * VNI writes a tone as a byte after its vowel (`Thoâng baùo`); TCVN3 (ABC) gives each toned
 * vowel its own byte (`Th«ng b¸o`, `®` for đ). Windows-1258 puts combining tones after vowels too,
 * in the 0xCC–0xF2 range.
 */
function legacyKind(bytes: Uint8Array): string {
  let afterVowel = 0;
  let standalone = 0;
  for (let i = 1; i < bytes.length; i++) {
    if (bytes[i]! < 0xa0) continue;
    if (VOWELS.has(bytes[i - 1]!)) afterVowel++;
    else standalone++;
  }
  const hasTcvnD = bytes.includes(0xae) || bytes.includes(0xa7); // đ, Đ in TCVN3
  if (standalone > afterVowel && hasTcvnD) return 'TCVN3 (ABC) text';
  if (afterVowel > standalone * 2) return 'VNI or Windows-1258 text';
  return 'text in a legacy 8-bit encoding (TCVN3, VNI or Windows-1258)';
}

const VOWELS = new Set([...'aeiouyAEIOUY'].map((c) => c.charCodeAt(0)));
