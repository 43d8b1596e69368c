/**
 * data/encodings/vni.yaml, entry by entry, against the published VNI scheme written out here from
 * the letter's own marks (NFD), and against words of real VNI text.
 */
import { describe, expect, it } from 'vitest';
import { decodeLegacy } from '../src/read/legacy/bytes.js';
import { repairGlyphs } from '../src/read/mojibake.js';
import { VNI_TABLE } from './legacy-encode.js';

// The VNI-Windows mark bytes, as Windows-1252 characters (lower case; capitals are their capitals).
const TONE: Record<string, string> = { '\u0301': 'ù', '\u0300': 'ø', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï' };
const WITH_CIRCUMFLEX: Record<string, string> = { '': 'â', '\u0301': 'á', '\u0300': 'à', '\u0309': 'å', '\u0303': 'ã', '\u0323': 'ä' };
const WITH_BREVE: Record<string, string> = { '': 'ê', '\u0301': 'é', '\u0300': 'è', '\u0309': 'ú', '\u0303': 'ü', '\u0323': 'ë' };
const TONED_I: Record<string, string> = { '\u0301': 'í', '\u0300': 'ì', '\u0309': 'æ', '\u0303': 'ó', '\u0323': 'ò' };

function byRule(letter: string): string {
  const lower = letter.toLowerCase();
  const [base, ...marks] = [...lower.normalize('NFD')];
  const tone = marks.find((m) => TONE[m]) ?? '';
  const shape = marks.find((m) => !TONE[m]);
  let glyphs: string;
  if (lower === 'đ') glyphs = 'ñ';
  else if (shape === '\u0302') glyphs = base + WITH_CIRCUMFLEX[tone]!;
  else if (shape === '\u0306') glyphs = base + WITH_BREVE[tone]!;
  else if (shape === '\u031b') glyphs = (base === 'o' ? 'ô' : 'ö') + (TONE[tone] ?? '');
  else if (base === 'i') glyphs = TONED_I[tone]!;
  else glyphs = base + TONE[tone]!;
  return letter === lower ? glyphs : glyphs.toUpperCase();
}

describe('data/encodings/vni.yaml', () => {
  it('has every Vietnamese letter beyond ASCII, in both cases', () => {
    expect(VNI_TABLE.length).toBe(134);
    expect(new Set(VNI_TABLE.map(([l]) => l)).size).toBe(134);
  });

  it.each(VNI_TABLE)('%s is written %s', (letter, glyphs) => {
    expect(glyphs).toBe(byRule(letter));
  });
});

describe('real VNI text', () => {
  // Glyph text as old VNI documents show it in Unicode, and the words they spell.
  it.each([
    ['Thoâng baùo keát luaän cuûa Ban Thöôøng vuï', 'Thông báo kết luận của Ban Thường vụ'],
    ['ÑAÛNG COÄNG SAÛN VIEÄT NAM', 'ĐẢNG CỘNG SẢN VIỆT NAM'],
    ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
  ])('%s reads %s', (glyphs, letters) => {
    expect(repairGlyphs(`${glyphs}\n`).text).toBe(`${letters}\n`);
    expect(decodeLegacy(Buffer.from(glyphs, 'latin1'), 'vni')).toBe(letters);
  });
});
