/**
 * Old fonts' glyph text inside Unicode text ("mojibake"): `Th«ng b¸o kÕt luËn` (TCVN3) or
 * `Thoâng baùo keát luaän` (VNI), whole documents or a header pasted from an old template. Such a
 * line is converted to the letters it stands for, with a map that points every converted letter
 * back at its glyphs (a VNI letter of two characters is one atomic run).
 *
 * Decided line by line, by the written syllable (src/text/syllable.ts): a word counts as glyph
 * text if it is not a syllable as written and its conversion is one; a line is glyph text if such
 * words outnumber its real Vietnamese words and there are two of them, or one with a glyph that is
 * no Vietnamese letter (`«`, `¸`, `ñ`) and nothing real beside it (decideLines says more). French and English words are not
 * syllables either way, so they stay as written. Text with no glyph foreign to Vietnamese
 * (FOREIGN_GLYPHS) is not looked at further: a clean notice costs one pass of one regex.
 */
import { SegmentMap, type OffsetMap } from '../core/offset-map.js';
import { isSyllable } from '../text/syllable.js';
import { isHeadingLine, raiseWord } from './legacy/caps.js';
import { convertGlyphs } from './legacy/convert.js';
import { FOREIGN_GLYPHS, GLYPH_READERS, type GlyphEncoding } from './legacy/glyphs.js';

export interface GlyphRepair {
  text: string;
  /** Offsets in `text` → offsets in the text given. */
  map: OffsetMap;
  /** Lines converted, by encoding. */
  lines: Record<GlyphEncoding, number>;
  /** Offset (in the text given) of the first line converted, or -1. */
  first: number;
}

const FOREIGN = new RegExp(`[${[...FOREIGN_GLYPHS].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`);

/** Every glyph-text candidate: a run of letters and the Latin-1 characters the fonts drew. */
const WORD = /[A-Za-z\u00A1-\u00FF\u0100-\u01B0\u1EA0-\u1EF9]+/g;
const BEYOND_ASCII = /[^\x00-\x7f]/;
const ENCODINGS: readonly GlyphEncoding[] = ['tcvn3', 'vni'];
const LETTERS_ONLY = /^\p{L}+$/u;
const HAS_LETTER = /\p{L}/u;

/** The text with its glyph lines converted; the same text (and an identity map) when there are none. */
export function repairGlyphs(text: string): GlyphRepair {
  const map = new SegmentMap();
  const lines = { tcvn3: 0, vni: 0 };
  if (!FOREIGN.test(text)) {
    map.copy(0, text.length);
    return { text, map: map.finish(text.length), lines, first: -1 };
  }
  const decided = decideLines(text);
  const out: string[] = [];
  let first = -1;
  for (const { start, end, encoding } of decided) {
    if (encoding === null) {
      map.copy(start, end - start);
      out.push(text.slice(start, end));
      continue;
    }
    out.push(convertLine(text, start, end, encoding, map));
    lines[encoding]++;
    if (first < 0) first = start;
  }
  return { text: out.join(''), map: map.finish(text.length), lines, first };
}

interface Line {
  start: number;
  end: number;
  encoding: GlyphEncoding | null;
}

/**
 * Each line's encoding. First by its own words; then, in a document where two lines or more are
 * glyph text of one font, a line of Latin-1 letters only (no `ư`, `ơ`, `ạ` … that Unicode
 * Vietnamese writes and glyph text cannot) whose words read as other syllables (`Sè` for `Số`).
 */
function decideLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl + 1;
    lines.push({ start, end, encoding: FOREIGN.test(text.slice(start, end)) ? lineEncoding(text.slice(start, end), 'tcvn3') : null });
    start = end;
  }
  const count = { tcvn3: 0, vni: 0 };
  for (const l of lines) if (l.encoding) count[l.encoding]++;
  const main: GlyphEncoding = count.vni > count.tcvn3 ? 'vni' : 'tcvn3';
  if (count[main] < 2) return lines;
  for (const l of lines) {
    const line = text.slice(l.start, l.end);
    // A tie between the fonts (`BÍ THÖ`) goes to the document's.
    if (l.encoding !== null) l.encoding = lineEncoding(line, main);
    else if (!BEYOND_LATIN1.test(line) && readsAsOtherSyllables(line, main)) l.encoding = main;
  }
  return lines;
}

const BEYOND_LATIN1 = /[^\x00-\xff\u2000-\u206f]/;

/** Some word of the line is another syllable once converted, and none becomes a non-word. */
function readsAsOtherSyllables(line: string, encoding: GlyphEncoding): boolean {
  let other = 0;
  for (const m of line.matchAll(WORD)) {
    if (!BEYOND_ASCII.test(m[0])) continue;
    const converted = convertWord(m[0], encoding);
    if (converted === m[0]) continue;
    if (!isSyllable(converted)) return false;
    other++;
  }
  return other > 0;
}

/** The encoding the line's words are glyph text of, or null for a line to leave as it is. */
function lineEncoding(line: string, prefer: GlyphEncoding): GlyphEncoding | null {
  let real = 0;
  const found = { tcvn3: 0, vni: 0 };
  const strong = { tcvn3: false, vni: false };
  for (const m of line.matchAll(WORD)) {
    const word = m[0];
    if (!BEYOND_ASCII.test(word) || !HAS_LETTER.test(word)) continue; // `«`, `§` alone are no word
    if (isSyllable(word)) {
      real++;
      continue;
    }
    for (const e of ENCODINGS) {
      if (!isSyllable(convertWord(word, e))) continue;
      found[e]++;
      strong[e] ||= FOREIGN.test(word);
    }
  }
  const other: GlyphEncoding = prefer === 'vni' ? 'tcvn3' : 'vni';
  const best = found[other] > found[prefer] ? other : prefer;
  const n = found[best];
  // A line of Latin-1 letters only is no Unicode Vietnamese: its syllables (`cã`) count for little.
  if (n >= 2 && (n > real || (strong[best] && !BEYOND_LATIN1.test(line)))) return best;
  return n === 1 && (real === 0 || !BEYOND_LATIN1.test(line)) && strong[best] ? best : null;
}

/** `heading`: the word stands in a heading line (caps.ts), where TCVN3's lower-case codes were capitals. */
function convertWord(word: string, encoding: GlyphEncoding, heading = false): string {
  const out = convertGlyphs(word, GLYPH_READERS[encoding]);
  return encoding === 'tcvn3' ? raiseWord(out, heading) : out;
}

/**
 * Converts each word of a glyph line that becomes letters only (`Q§` → `QĐ`; a syllable as
 * written too: `cã` → `có`, `sè` → `số`); the rest is copied.
 */
function convertLine(text: string, start: number, end: number, encoding: GlyphEncoding, map: SegmentMap): string {
  const parts: string[] = [];
  let copied = start;
  const line = text.slice(start, end);
  const heading = isHeadingLine(line);
  for (const m of line.matchAll(WORD)) {
    const word = m[0];
    const at = start + m.index;
    if (!BEYOND_ASCII.test(word) || !LETTERS_ONLY.test(convertWord(word, encoding))) continue;
    map.copy(copied, at - copied);
    parts.push(text.slice(copied, at), convertMapped(text, at, at + word.length, encoding, map, heading));
    copied = at + word.length;
  }
  map.copy(copied, end - copied);
  parts.push(text.slice(copied, end));
  return parts.join('');
}

/** One word converted, each letter mapped to its glyphs; heading words raised (same length). */
function convertMapped(text: string, from: number, to: number, encoding: GlyphEncoding, map: SegmentMap, heading: boolean): string {
  const out = convertGlyphs(text, GLYPH_READERS[encoding], from, to, (at, length, letters) => {
    if (length === letters.length) map.copy(at, length);
    else map.replace(at, length, letters.length);
  });
  return encoding === 'tcvn3' ? raiseWord(out, heading) : out;
}
