/**
 * The agency matcher (see ../agencies.ts): characters. What a letter, a case, white space and a
 * tone placement are is src/text/'s; this module packs them, per code unit, into the one table
 * the fold loop reads.
 */
import { changesInLowerCase, changesInUpperCase, lowerCode } from '../../text/case.js';
import { isLatinCode } from '../../text/letters.js';
import { isSpacing } from '../../text/space.js';
import { MOVABLE_PAIRS, TONED } from '../../text/tones.js';

/** Digits and the letters of a Latin-script word (src/text/letters.ts, LATIN: combining marks included). */
export function isWordCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || isLatinCode(c);
}

/** One code unit in, one out: offsets in the folded text are offsets in the input. */
function foldCode(c: number): number {
  if (isSpacing(c)) return SPACE;
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return DASH;
  // Ð (eth) and Ɖ stand in for Đ in text that went through an old 8-bit encoding.
  if (c === 0xd0 || c === 0xf0 || c === 0x189) return 0x111;
  return lowerCode(c);
}

/** Folded spacing: any whitespace, `,`, `-`. */
export const SPACE = 0x20;
export const COMMA = 0x2c;
export const DASH = 0x2d;

/** Flags of a character of the input: a word character, and one that changes in lower / upper case. */
export const WORD = 1;
export const UPPER = 2;
export const LOWER = 4;

/**
 * What the fold needs of a code unit, in one number (0 until the code unit is first seen): its
 * fold (low 16 bits), its flags, whether the fold is spacing, and its part in a tone move.
 */
const FOLD_MASK = 0xffff;
const FLAGS_SHIFT = 16;
const FLAGS_MASK = 0xf;
/** Always set: the entry is filled in. */
const KNOWN = 0x8 << FLAGS_SHIFT;
const SEP = 1 << 20;
/** 1–3 when the fold is a plain `a` / `e` / `y`, the second letter of a pair that may move. */
const SECOND_SHIFT = 21;
/** 1–10 when the fold is a toned `o` / `u`, the first letter of a pair that may move. */
const ROW_SHIFT = 23;

interface CharTables {
  /** Per code unit, as above. */
  chars: Int32Array;
  /**
   * Old-style tone placement (`hòa`, `ủy`, `khỏe`) → new style (`hoà`, `uỷ`, `khoẻ`). For a first
   * letter's row, `newFirst[row]` is the plain vowel and `newSecond[row * 4 + second]` the toned
   * `a` / `e` / `y` the second letter becomes, or 0 when that pair does not move. Every first
   * letter is a toned `o`/`u` and every second a plain `a`/`e`/`y`, so two pairs never overlap.
   */
  newFirst: Uint16Array;
  newSecond: Uint16Array;
  /** Row of each toned first letter (by its folded code unit). */
  rows: Map<number, number>;
}

let charTables: CharTables | null = null;

/** Built once, on first use; each code unit's entry on its first sight. */
function chars(): CharTables {
  if (charTables) return charTables;
  const rows = new Map<number, number>();
  const newFirst = new Uint16Array(11);
  const newSecond = new Uint16Array(44);
  const seconds = ' aey';
  let row = 0;
  for (const [first, pairs] of MOVABLE_PAIRS) {
    for (let t = 0; t < 5; t++) {
      row++;
      rows.set(TONED[first].charCodeAt(t), row);
      newFirst[row] = first.charCodeAt(0);
      for (const second of pairs) newSecond[row * 4 + seconds.indexOf(second)] = TONED[second as 'a' | 'e' | 'y'].charCodeAt(t);
    }
  }
  charTables = { chars: new Int32Array(0x10000), newFirst, newSecond, rows };
  return charTables;
}

function learnChar(tables: CharTables, c: number): number {
  const fold = foldCode(c);
  const flags = isWordCode(c) ? WORD | (changesInLowerCase(c) ? UPPER : 0) | (changesInUpperCase(c) ? LOWER : 0) : 0;
  const sep = fold === SPACE || fold === DASH || fold === COMMA ? SEP : 0;
  const second = fold === 0x61 ? 1 : fold === 0x65 ? 2 : fold === 0x79 ? 3 : 0;
  const row = tables.rows.get(fold) ?? 0;
  const entry = fold | KNOWN | (flags << FLAGS_SHIFT) | sep | (second << SECOND_SHIFT) | (row << ROW_SHIFT);
  tables.chars[c] = entry;
  return entry;
}

/** A text folded, as the scan reads it. Buffers are at least one longer than the text. */
export interface Folded {
  /** The folded text as code units, same offsets. */
  f: Uint16Array;
  /** WORD | UPPER | LOWER of each character of the text, with the KNOWN bit (0 past its end). */
  flags: Uint8Array;
  /** The offsets where a word starts (see startsWord), in order: the scan looks nowhere else. */
  starts: Int32Array;
  startCount: number;
}

/**
 * Folds `s` into `t`, in one pass with no branch but a rare one: a tone move rewrites the pair
 * that ends at the letter just folded, and each offset is written to `starts`, the count moving
 * on only at a word start.
 */
export function foldInto(s: string, t: Folded): void {
  const tables = chars();
  const { chars: table, newFirst, newSecond } = tables;
  const { f: out, flags, starts } = t;
  // Module constants read once: the loop may call learnChar, after which compiled code would
  // read every module-level name again on each character.
  const foldMask = FOLD_MASK;
  const flagsShift = FLAGS_SHIFT;
  const flagsMask = FLAGS_MASK;
  const secondShift = SECOND_SHIFT;
  const rowShift = ROW_SHIFT;
  const n = s.length;
  /** The tone row of the previous character's fold (0: none; spacing has none). */
  let row = 0;
  let before = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let entry = table[c]!;
    if (entry === 0) entry = learnChar(tables, c);
    const here = (entry >>> flagsShift) & flagsMask;
    out[i] = entry & foldMask;
    flags[i] = here;
    // startsWord: a word character after a non-word one, or glued (lower → upper), with no
    // branch: WORD is bit 0, UPPER bit 1, LOWER bit 2.
    starts[count] = i;
    count += here & (~before | ((before >>> 2) & (here >>> 1))) & 1;
    before = here;
    if (row !== 0) {
      const moved = newSecond[row * 4 + ((entry >>> secondShift) & 3)]!;
      if (moved !== 0) {
        out[i - 1] = newFirst[row]!;
        out[i] = moved;
      }
    }
    row = entry >>> rowShift;
  }
  // Past the end: no character, no word.
  out[n] = 0;
  flags[n] = 0;
  t.startCount = count;
}

/** Code units to a string, in slices small enough for one call. */
export function decode(codes: Uint16Array, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i += 0x2000) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(end, i + 0x2000)) as unknown as number[]);
  }
  return out;
}

/** Texts up to this length are folded into buffers of the module's, reused; a longer one gets its own. */
const SCRATCH_MAX = 0x10000;
let scratch: Folded | null = null;

/** `s` folded, in a buffer that the next fold may reuse. */
function foldOnce(s: string): Folded {
  const size = s.length + 1;
  let t: Folded;
  if (size > SCRATCH_MAX) t = folded(size);
  else {
    if (!scratch || scratch.f.length < size) scratch = folded(Math.max(256, size));
    t = scratch;
  }
  foldInto(s, t);
  return t;
}

/** The folded text: same length as `s`, so an offset in one is the same offset in the other. */
export function foldText(s: string): string {
  return decode(foldOnce(s).f, 0, s.length);
}

export function folded(size: number): Folded {
  return {
    f: new Uint16Array(size), flags: new Uint8Array(size), starts: new Int32Array(size), startCount: 0,
  };
}

/**
 * A name as a trie key: folded, `-` and whitespace runs as one space, `,` kept (the index also
 * holds the key without it), no space next to a comma or to punctuation a key may be written with
 * or without spaces around (`TT&TT` = `TT & TT`).
 */
export function foldKey(s: string): string {
  return foldKeys([s])[0]!;
}

/** Room for one key, as code units. */
let keyBuffer = new Uint16Array(256);

/**
 * The keys of many names (the index has thousands). The names share most of their words (`Ban`,
 * `Tuyên giáo`, `Tỉnh ủy` …) and most are plain words and single spaces, whose key is their words
 * folded one by one: each word is folded once.
 */
export function foldKeys(names: readonly string[]): string[] {
  const words = new Map<string, string | null>();
  return names.map((name) => keyOfWords(name, words) ?? keyOfCodes(name));
}

/** The key of a name of plain words, or null when some word is not plain (see plainWord). */
function keyOfWords(name: string, words: Map<string, string | null>): string | null {
  const parts = name.split(' ');
  for (let k = 0; k < parts.length; k++) {
    const word = parts[k]!;
    let folded = words.get(word);
    if (folded === undefined) words.set(word, (folded = plainWord(word)));
    if (folded === null) return null;
    parts[k] = folded;
  }
  return parts.join(' ');
}

/**
 * A word folded, when its key is that alone: not empty, no spacing (`-`, `,`, other whitespace),
 * no punctuation at its ends that would take the spaces around it. A tone move never crosses a
 * space, so the word folds as it does inside its name.
 */
function plainWord(word: string): string | null {
  const n = word.length;
  if (n === 0 || n > keyBuffer.length || isKeyPunctCode(word.charCodeAt(0)) || isKeyPunctCode(word.charCodeAt(n - 1))) return null;
  const tables = chars();
  const { chars: table, newFirst, newSecond } = tables;
  const out = keyBuffer;
  let row = 0;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    let entry = table[c]!;
    if (entry === 0) entry = learnChar(tables, c);
    if ((entry & SEP) !== 0) return null;
    out[i] = entry & FOLD_MASK;
    if (row !== 0) {
      const moved = newSecond[row * 4 + ((entry >>> SECOND_SHIFT) & 3)]!;
      if (moved !== 0) {
        out[i - 1] = newFirst[row]!;
        out[i] = moved;
      }
    }
    row = entry >>> ROW_SHIFT;
  }
  return decode(out, 0, n);
}

/** The key of any name, code unit by code unit, from its fold. */
function keyOfCodes(name: string): string {
  const f = foldOnce(name).f;
  if (keyBuffer.length < name.length) keyBuffer = new Uint16Array(name.length);
  const out = keyBuffer;
  let o = 0;
  let gap = false;
  let comma = false;
  for (let i = 0; i < name.length; i++) {
    const c = f[i]!;
    if (c === SPACE || c === DASH) gap = true;
    else if (c === COMMA) comma = true;
    else {
      if (o > 0 && comma) out[o++] = COMMA;
      else if (o > 0 && gap && !isKeyPunctCode(c) && !isKeyPunctCode(out[o - 1]!)) out[o++] = SPACE;
      gap = comma = false;
      out[o++] = c;
    }
  }
  return decode(out, 0, o);
}

/** Punctuation a key may be written with or without spaces around: `&`, the slash, `(`, `)`. */
export function isKeyPunctCode(c: number): boolean {
  return c === 0x26 || c === 0x2f || c === 0x28 || c === 0x29;
}

/** `Trà Cú` → `tra-cu`. */
export function slug(s: string): string {
  let out = '';
  let dash = false;
  for (const ch of s.normalize('NFD')) {
    const c = ch.charCodeAt(0);
    if (c >= 0x300 && c <= 0x36f) continue;
    const l = ch === 'đ' || ch === 'Đ' ? 'd' : ch.toLowerCase();
    if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) {
      if (dash && out) out += '-';
      out += l;
      dash = false;
    } else dash = true;
  }
  return out;
}
