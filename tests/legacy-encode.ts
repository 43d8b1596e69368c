/**
 * Test helpers: a fixture written as an old archive would hold it, made independently of
 * src/read/legacy (iconv-lite's own encoders, the old fonts' conventions written out here), and
 * the notice's parts that must come out the same whatever the encoding.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parse as parseYaml } from 'yaml';
import type { Notice } from '../src/index.js';

export const VNI_TABLE: [letter: string, glyphs: string][] = Object.entries(
  parseYaml(readFileSync(join(import.meta.dirname, '..', 'data', 'encodings', 'vni.yaml'), 'utf8')) as Record<string, string>,
);
const VNI_BY_LETTER = new Map(VNI_TABLE);

const ALL_BYTES = Buffer.from(Array.from({ length: 256 }, (_, b) => b));
const CP1252 = iconv.decode(ALL_BYTES, 'windows1252');

/** TCVN3 (.VnTime/.VnTimeH): its letters from iconv-lite's `tcvn`, from 0xA1 (0xB0–0xB4 excepted). */
const TCVN3_BYTE = new Map<string, number>();
{
  const tcvn = iconv.decode(ALL_BYTES, 'tcvn');
  for (let b = 0xa1; b < 0x100; b++) if (b < 0xb0 || b > 0xb4) TCVN3_BYTE.set(tcvn[b]!, b);
}

const WORD = /[\p{L}\p{M}]+/gu;

/**
 * What TCVN3 can hold of `text`: a capital with a tone has no code of its own in ABC. A heading
 * typed in .VnTimeH writes it with the lower-case letter's code (and reads back in capitals: the
 * word is all capitals); in a word of lower case (`Ủy`), the typist had to write `ủy`.
 */
export function tcvn3Holds(text: string): string {
  return text.normalize('NFC').replace(WORD, (w) => {
    const caps = w === w.toUpperCase() && w !== w.toLowerCase() && w.length > 1;
    return caps ? w : [...w].map((c) => (isAsciiOrHasTcvn3Byte(c) ? c : c.toLowerCase())).join('');
  });
}

function isAsciiOrHasTcvn3Byte(c: string): boolean {
  return c < '\u0080' || TCVN3_BYTE.has(c) || c.toLowerCase() === c;
}

/** The glyph characters (Windows-1252) a .VnTime/.VnTimeH font shows for text `tcvn3Holds` kept. */
export function tcvn3Glyphs(text: string): string {
  return [...tcvn3Holds(text)].map((c) => {
    const b = TCVN3_BYTE.get(c) ?? TCVN3_BYTE.get(c.toLowerCase());
    return b !== undefined && c >= '\u0080' ? CP1252[b]! : c;
  }).join('');
}

/** The glyph characters of VNI-Times for `text`: each letter spelled by data/encodings/vni.yaml. */
export function vniGlyphs(text: string): string {
  return [...text.normalize('NFC')].map((c) => VNI_BY_LETTER.get(c) ?? c).join('');
}

/** Glyph characters as bytes (Windows-1252); a character it lacks becomes `?`, as Windows wrote it. */
export function asCp1252(glyphs: string): Buffer {
  return iconv.encode(glyphs, 'windows1252');
}

const VIETNAMESE_LETTER = /[\p{L}]/u;

/** The text with each character that is neither a letter nor in Windows-1252 as `?`: what a font's glyph text can hold. */
export function cp1252Others(text: string): string {
  return [...text.normalize('NFC')].map((c) => (VIETNAMESE_LETTER.test(c) || CP1252.includes(c) ? c : '?')).join('');
}

/**
 * Windows-1258 as Word wrote it: the letters with a vowel mark precomposed (â ă ê ô ơ ư đ), the
 * tone as a combining mark after its letter.
 */
export function windows1258(text: string): Buffer {
  const tonesApart = text.normalize('NFD').replace(/(\P{M})(\p{M}*)/gu, (_m, base: string, marks: string) => {
    const shape = marks.replace(TONE_MARKS, '');
    const tones = marks.replace(SHAPE_MARKS, '');
    return (base + shape).normalize('NFC') + tones;
  });
  return iconv.encode(tonesApart, 'windows1258');
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const SHAPE_MARKS = /[^\u0300\u0301\u0303\u0309\u0323]/g;

/** The parts that must not change with the encoding (parsed with `spans: false`: offsets differ). */
export function essence(n: Notice) {
  return { type: n.document.type, items: n.items, recipients: n.recipients, signature: n.signature, directives: n.directives };
}
