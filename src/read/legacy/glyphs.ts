/**
 * The old fonts' glyphs as Unicode text holds them. A TCVN3 (.VnTime) or VNI (VNI-Times) document
 * saved as Unicode without converting keeps each byte as the Windows-1252 character the font drew
 * in its place: `Th«ng b¸o` (TCVN3), `Thoâng baùo` (VNI). A scheme reads those characters back
 * into letters: one character each in TCVN3, a base letter and a mark character in VNI.
 */
import { CP1252, TCVN3, VNI } from './tables.gen.js';

export type GlyphEncoding = 'tcvn3' | 'vni';

/** The letter the glyphs at `s[i]` stand for and how many characters they take, or null. */
export type GlyphReader = (s: string, i: number) => readonly [letter: string, length: number] | null;

/**
 * TCVN3: the bytes from 0xA1 up are its letters (0xB0–0xB4, combining tones in iconv-lite's table
 * but `°±²³´` in the font, stay as they are: ABC never typed them as marks).
 */
const TCVN3_GLYPHS = new Map<number, readonly [string, number]>();
for (let b = 0xa1; b < 0x100; b++) {
  if (b >= 0xb0 && b <= 0xb4) continue;
  if (TCVN3[b] !== CP1252[b]) TCVN3_GLYPHS.set(CP1252.charCodeAt(b), [TCVN3[b]!, 1]);
}

/** VNI: by the first glyph character, the longer spellings first. */
const VNI_GLYPHS = new Map<number, (readonly [glyphs: string, letter: string])[]>();
for (const [letter, glyphs] of VNI) {
  if (glyphs === letter) continue; // í and ì are their own glyphs
  const key = glyphs.charCodeAt(0);
  const list = VNI_GLYPHS.get(key) ?? [];
  list.push([glyphs, letter]);
  list.sort((a, b) => b[0].length - a[0].length);
  VNI_GLYPHS.set(key, list);
}

function readTcvn3(s: string, i: number): readonly [string, number] | null {
  return TCVN3_GLYPHS.get(s.charCodeAt(i)) ?? null;
}

function readVni(s: string, i: number): readonly [string, number] | null {
  const list = VNI_GLYPHS.get(s.charCodeAt(i));
  if (!list) return null;
  for (const [glyphs, letter] of list) if (s.startsWith(glyphs, i)) return [letter, glyphs.length];
  return null;
}

export const GLYPH_READERS: Readonly<Record<GlyphEncoding, GlyphReader>> = { tcvn3: readTcvn3, vni: readVni };

/** The letters of Vietnamese beyond ASCII, in lower case. */
const VIETNAMESE: ReadonlySet<string> = new Set([...'àáảãạâầấẩẫậăằắẳẵặèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ']);

function isVietnameseLetter(c: number): boolean {
  return VIETNAMESE.has(String.fromCharCode(c).toLowerCase());
}

/**
 * The glyph characters that are not Vietnamese letters (`«`, `¸`, `®`; VNI's `ø`, `û`, `ñ`, `ö`):
 * text without any of them holds no TCVN3 and (almost surely) no VNI glyph text.
 */
export const FOREIGN_GLYPHS: ReadonlySet<number> = (() => {
  const set = new Set<number>();
  for (const c of TCVN3_GLYPHS.keys()) if (!isVietnameseLetter(c)) set.add(c);
  for (const list of VNI_GLYPHS.values()) {
    for (const [glyphs] of list) for (let k = 0; k < glyphs.length; k++) if (glyphs.charCodeAt(k) > 0x7f && !isVietnameseLetter(glyphs.charCodeAt(k))) set.add(glyphs.charCodeAt(k));
  }
  return set;
})();
