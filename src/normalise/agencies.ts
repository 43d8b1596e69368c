/**
 * Agency matcher (SPEC §2 "agencies", FORMAT §6–§7): every mention of a body of the gazetteer in a
 * text, with exact offsets.
 *
 * One left-to-right pass: at each word start the text is walked down a character trie of every
 * name and alias, and the longest key that ends at a word boundary wins. Nothing is matched per
 * agency and no regular expression is used, so the cost is the text's length times the longest
 * key, whatever the gazetteer's size.
 *
 * Each call folds the text once into reused typed arrays (code units, character flags, word
 * starts) and walks, from each word start only, a trie held in arrays of numbers, so a short text
 * (an item, a recipient line) costs little more than its length. The keys are folded and sorted
 * at development time (`npm run gen` writes agency-index.gen.ts from agency-index-source.ts, the
 * tests check it against the gazetteer), and the trie is made from them as walks reach it, so a
 * cold process pays neither for evaluating and folding the gazetteer nor for the parts of the trie
 * its text never reaches.
 *
 * Text and keys are compared after a per-character fold that keeps offsets one-to-one: lower case,
 * the old tone placement on `oa`/`oe`/`uy` moved to the new one (`hòa` = `hoà`, `Ủy` = `Uỷ`), any
 * whitespace run = one space. `-` counts as spacing (`Covid 19` = `Covid-19`) and so does `,` in a
 * name (`phòng chống` = `phòng, chống`), but a comma in the text never stands for a plain space,
 * so a list `Đảng ủy, UBND xã` is never read as the one body `Đảng ủy UBND xã`.
 *
 * Around the trie, a few readings that keys alone cannot give:
 * - a named locality after a scoped body: `Huyện ủy Trà Cú`, `Ủy ban nhân dân huyện Duyên Hải`;
 * - a plural with named localities: `Ủy ban nhân dân các huyện Trà Cú, Duyên Hải` (one mention
 *   per locality), and the bodies listed just before it share them (`Huyện ủy, Ủy ban nhân dân
 *   các huyện …`);
 * - a body written without its scope takes the scope of the next one in a list: `HĐND, UBND xã`,
 *   `Ban Tổ chức, Ban Tuyên giáo Tỉnh ủy`;
 * - grouped recipients: `Các sở: Y tế, Tài chính` (one mention per member, each with its own span);
 * - names shaped like an agency but not in the gazetteer (`Sở <Name>`, `Ban <Name> Tỉnh ủy`),
 *   reported with `known: false`;
 * - classes of bodies (`các huyện ủy`, `Ủy ban nhân dân huyện, thị xã, thành phố`) and an
 *   unscoped name in lower case (`trung tâm y tế địa phương`) are generic: left out unless asked for.
 *
 * Text is expected in NFC (the reader normalises it): offsets are UTF-16 code units of the input.
 */
// Types only: the gazetteer itself (its templates and their expansion) is read at development time
// (agency-index-source.ts); at run time everything comes from the generated index.
import type { AgencyKind, AgencyLevel, GazetteerEntry, GroupHead, Scope } from './gazetteer.js';
import { AGENCY_INDEX } from './agency-index.gen.js';

export interface AgencyMention {
  id: string;
  name: string;
  kind: AgencyKind;
  level: AgencyLevel;
  /** Offsets into the text: `text.slice(start, end) === mention.text`. */
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** The exact body is in the gazetteer (a named locality or an unknown name is not). */
  known: boolean;
  /** Only present with `includeGeneric`: a class of bodies (`các huyện ủy`), not one body. */
  generic?: boolean;
}

export interface AgencySummary {
  id: string;
  name: string;
  kind: AgencyKind;
  level: AgencyLevel;
  known: boolean;
  mentions: number;
}

export interface FindOptions {
  /** Also report generic mentions (`các sở`, `các huyện ủy`), flagged `generic: true`. */
  includeGeneric?: boolean;
  /**
   * Receives the number of characters visited (trie steps, skipped spaces, look-backs): the cost
   * measure behind the linear-time claim, counted rather than timed.
   */
  stats?: { steps: number };
}

// ---------------------------------------------------------------------------------------------
// Characters

/** Digits and Vietnamese letters: Latin-1 and Latin Extended-A/B letters, combining marks, Latin Extended Additional. */
export function isWordCode(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x24f) ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

function isSpaceCode(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** One code unit in, one out: offsets in the folded text are offsets in the input. */
function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (isSpaceCode(c)) return ' ';
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return '-';
  // Ð (eth) and Ɖ stand in for Đ in text that went through an old 8-bit encoding.
  if (c === 0xd0 || c === 0xf0 || c === 0x189) return 'đ';
  if (c >= 0x41 && c <= 0x5a) return String.fromCharCode(c + 32);
  if (c < 0x80) return ch;
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

const TONED: Record<string, string> = { a: 'àáảãạ', e: 'èéẻẽẹ', o: 'òóỏõọ', u: 'ùúủũụ', y: 'ỳýỷỹỵ' };

/** Folded spacing: any whitespace, `,`, `-`. */
export const SPACE = 0x20;
export const COMMA = 0x2c;
const DASH = 0x2d;

/** Flags of a character of the input: a word character, and one that changes in lower / upper case. */
const WORD = 1;
const UPPER = 2;
const LOWER = 4;

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
  for (const [first, pairs] of [['o', 'ae'], ['u', 'y']] as const) {
    for (let t = 0; t < 5; t++) {
      row++;
      rows.set(TONED[first]!.charCodeAt(t), row);
      newFirst[row] = first.charCodeAt(0);
      for (const second of pairs) newSecond[row * 4 + seconds.indexOf(second)] = TONED[second]!.charCodeAt(t);
    }
  }
  charTables = { chars: new Int32Array(0x10000), newFirst, newSecond, rows };
  return charTables;
}

function learnChar(tables: CharTables, c: number): number {
  const ch = String.fromCharCode(c);
  const fold = foldChar(ch).charCodeAt(0);
  const flags = isWordCode(c) ? WORD | (ch !== ch.toLowerCase() ? UPPER : 0) | (ch !== ch.toUpperCase() ? LOWER : 0) : 0;
  const sep = fold === SPACE || fold === DASH || fold === COMMA ? SEP : 0;
  const second = fold === 0x61 ? 1 : fold === 0x65 ? 2 : fold === 0x79 ? 3 : 0;
  const row = tables.rows.get(fold) ?? 0;
  const entry = fold | KNOWN | (flags << FLAGS_SHIFT) | sep | (second << SECOND_SHIFT) | (row << ROW_SHIFT);
  tables.chars[c] = entry;
  return entry;
}

/** A text folded, as the scan reads it. Buffers are at least one longer than the text. */
interface Folded {
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
function foldInto(s: string, t: Folded): void {
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
function decode(codes: Uint16Array, start: number, end: number): string {
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

function folded(size: number): Folded {
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
function isKeyPunctCode(c: number): boolean {
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

// ---------------------------------------------------------------------------------------------
// The index: the trie over the keys, and what each key says

/** Where a key's scope comes from: its last word(s) are a scope word or a committee. */
export interface ScopeRef {
  /** Scope key (`huyen`) for a scope word, committee id (`huyen-uy`) for a committee. */
  key: string;
  /** The level's scope key: `huyen` for both `huyện` and `Huyện ủy`; '' for a bare `Đảng ủy`. */
  base: string;
  form: 'word' | 'committee';
  level: AgencyLevel;
}

/** A stem's bodies by scope key: `ủy ban nhân dân` → `huyen` → Ủy ban nhân dân huyện. */
type Scoped = ReadonlyMap<string, AgencyEntry>;

interface KeyInfo {
  entry?: AgencyEntry;
  scope?: ScopeRef;
  /** This key is some scoped key without its scope (`ủy ban nhân dân`): it can take one. */
  stem?: Scoped;
  group?: GroupHead;
  stop?: boolean;
}

const ROOT = 0;

/** A node with more children than this gets a row of the wide table (the root, first letters). */
const NARROW = 4;

/** Ends a key on its line of the index (see AgencyIndexData): folding makes any whitespace a space, so no key holds one. */
const TAB = 0x09;
const NEWLINE = 0x0a;

/**
 * The trie of the keys, unfolded as walks reach it: a node stands for the keys (sorted by code
 * unit) in [lo, hi) that share its first `depth` code units and go on past them, so its
 * children are found, the first time they are asked for, by reading code unit `depth` down that
 * range. Nodes are numbers, a node's children consecutive numbers in order of code unit; no
 * node objects, no maps. One notice unfolds the part of the trie its words lead into; the whole
 * trie is some fourteen thousand nodes, unfolded at most once.
 *
 * The keys are read in place, from the lines of the index's text (`key`, a tab, what it says):
 * key `a` starts at `starts[a]`, and a tab ends it.
 */
class Trie {
  private readonly lo: Int32Array;
  private readonly hi: Int32Array;
  private readonly depth: Int32Array;
  /** Node k's children are firstChild[k] … childEnd[k] − 1; firstChild 0: not unfolded yet. */
  readonly firstChild: Int32Array;
  readonly childEnd: Int32Array;
  /** The folded code unit on the edge into each node. */
  readonly code: Uint16Array;
  /** What the key that ends at each node says (null: no key ends there). */
  readonly info: (KeyInfo | null)[] = [];
  /** Per node, where its row of `wide` starts, or -1: a node with many children finds one in a step. */
  readonly wideRow: Int32Array;
  /** Rows of children by column of `letter` (-1: none); column 0, a code unit no key holds, is always -1. */
  wide: Int32Array;
  private wideUsed = 0;
  private count = 1;

  /**
   * @param text the keys, sorted by code unit, no repeats, each on its own line and ended by a tab
   * @param starts where each key's line starts in `text`
   * @param infoOf what a key says, from its line's text after the tab
   * @param letter per code unit, its column (1 … columns − 1), 0 for any code unit no key holds
   * @param nodes the number of nodes of the whole trie (its keys' distinct prefixes, and the root)
   * @param maxLength the longest key: no walk finds more keys than this
   */
  constructor(
    private readonly text: string,
    private readonly starts: Int32Array,
    private readonly infoOf: (record: number) => KeyInfo | null,
    readonly letter: Uint16Array,
    private readonly columns: number,
    nodes: number,
    readonly maxLength: number,
  ) {
    this.lo = new Int32Array(nodes);
    this.hi = new Int32Array(nodes);
    this.depth = new Int32Array(nodes);
    this.firstChild = new Int32Array(nodes);
    this.childEnd = new Int32Array(nodes);
    this.code = new Uint16Array(nodes);
    this.wideRow = new Int32Array(nodes).fill(-1);
    this.wide = new Int32Array(columns * 8).fill(-1);
    this.hi[ROOT] = starts.length;
    this.info.push(this.ending(ROOT, 0));
  }

  /** The child of `node` by code unit `c`, or -1. */
  child(node: number, c: number): number {
    let k = this.firstChild[node]!;
    if (k === 0) k = this.unfold(node);
    const row = this.wideRow[node]!;
    if (row >= 0) return this.wide[row + this.letter[c]!]!;
    // Most nodes have one child or a few.
    const code = this.code;
    const end = this.childEnd[node]!;
    for (; k < end; k++) if (code[k] === c) return k;
    return -1;
  }

  /** The node a folded key leads to, or -1. */
  nodeOf(key: string): number {
    let node = ROOT;
    for (let k = 0; k < key.length && node >= 0; k++) node = this.child(node, key.charCodeAt(k));
    return node;
  }

  /** The info of a key that ends at `node` (whose keys start at lo[node]), and skips that key. */
  private ending(node: number, depth: number): KeyInfo | null {
    const a = this.lo[node]!;
    const end = a < this.hi[node]! ? this.starts[a]! + depth : -1;
    if (end < 0 || this.text.charCodeAt(end) !== TAB) return null;
    // A key that ends here sorts before the longer keys it starts.
    this.lo[node] = a + 1;
    return this.infoOf(end + 1);
  }

  /** Makes the children of `node`; returns the first. */
  unfold(node: number): number {
    const { text, starts, lo, hi, depth, code } = this;
    const d = depth[node]!;
    const end = hi[node]!;
    const first = this.count;
    for (let a = lo[node]!; a < end; ) {
      const c = text.charCodeAt(starts[a]! + d);
      let b = a + 1;
      while (b < end && text.charCodeAt(starts[b]! + d) === c) b++;
      const child = this.count++;
      code[child] = c;
      depth[child] = d + 1;
      lo[child] = a;
      hi[child] = b;
      this.info.push(this.ending(child, d + 1));
      a = b;
    }
    this.firstChild[node] = first;
    this.childEnd[node] = this.count;
    if (this.count - first > NARROW) this.widen(node);
    return first;
  }

  /** Gives `node` a row of the wide table. */
  private widen(node: number): void {
    const columns = this.columns;
    if (this.wideUsed + columns > this.wide.length) {
      const grown = new Int32Array(this.wide.length * 2).fill(-1);
      grown.set(this.wide);
      this.wide = grown;
    }
    const row = this.wideUsed;
    this.wideUsed += columns;
    this.wideRow[node] = row;
    for (let k = this.firstChild[node]!; k < this.childEnd[node]!; k++) this.wide[row + this.letter[this.code[k]!]!] = k;
  }
}

interface ScopeWord {
  folded: string;
  scope: Scope;
}

interface Index {
  trie: Trie;
  committees: Set<string>;
  /** Scope words and their abbreviations, longest first. */
  scopeWords: ScopeWord[];
  prefixNodes: Map<GroupHead, number>;
}

/** Words before which a body is a class, not one body: `các sở`, `những huyện ủy`. */
const PLURAL = new Set(['các', 'những', 'mọi', 'từng']);
/** Level words elided in `các huyện, thành ủy` (= các huyện ủy, thành ủy). */
const ELLIPTIC = new Set(['huyện', 'quận', 'thị', 'thành', 'xã', 'phường', 'tỉnh', 'trấn', 'phố']);
/** Capitalised words that do not start a locality's name after a body (titles, sentence words). */
const NOT_LOCALITY = new Set(
  ['Bí', 'Chủ', 'Phó', 'Giám', 'Trưởng', 'Chánh', 'Ủy', 'Ban', 'Sở', 'Văn', 'Thường', 'Đồng', 'Tổng', 'Số', 'Về', 'Tại', 'Theo', 'Căn', 'Của', 'Và', 'Trong', 'Với', 'Ngày', 'Tháng', 'Năm', 'Khóa', 'Lần', 'Nhiệm', 'Kết', 'Thông', 'Kế', 'Quyết', 'Chỉ', 'Nghị', 'Tỉnh', 'Huyện', 'Xã', 'Đảng', 'Nhân', 'Ý', 'Họp', 'Buổi', 'Hội', 'Cuộc', 'Đối', 'Để', 'Giai', 'Đoàn', 'Phòng', 'Các'].map((w) => foldText(w)),
);
/** Common family names: after a committee (`Bí thư Tỉnh ủy Lê Văn A`) they start a person, not a place. */
const SURNAMES = new Set(
  ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý', 'Trịnh', 'Trương'].map((w) => foldText(w)),
);
/** Lower-case words that join two parts of a name rather than complete one: `Khoa học và Công nghệ`. */
const JOINERS = new Set(['và', 'của', 'các', 'tỉnh', 'huyện', 'xã']);

/**
 * Every scope a key may end with, once each: the committees (the bare `Đảng ủy` last), then the
 * scope words (an abbreviation, `TP`, reads as its word). A key's scope is its place here.
 */
export function scopeRefs(scopes: readonly Scope[], bare: Scope): ScopeRef[] {
  return [
    ...[...scopes, bare].map((s): ScopeRef => ({ key: s.committeeId, base: s.key, form: 'committee', level: s.level })),
    ...scopes.map((s): ScopeRef => ({ key: s.key, base: s.key, form: 'word', level: s.level })),
  ];
}

// ---------------------------------------------------------------------------------------------
// The index at run time: read from agency-index.gen.ts

/**
 * The index as data, derived from the gazetteer at development time (deriveAgencyIndex in
 * agency-index-source.ts, written to agency-index.gen.ts by `npm run gen`): a cold process, where
 * all of this runs in the interpreter, then reads the keys in place, with no folding, no sorting
 * and no map of keys, and makes a key's info only when a walk first reaches it. Nor does it
 * evaluate gazetteer.ts: expanding its templates over the levels alone would cost a cold start
 * more than reading the whole index. The entries, scopes and group heads are here instead.
 */
export interface AgencyIndexData {
  /**
   * One line per key, sorted by key (code unit order): the folded key, a tab, its record. A
   * record is base-36 digits: `EESGX` — its entry + 1 in `entries` (`00`: none), its scope + 1
   * in scopeRefs (`0`: none), its group head + 1 in `groupHeads` (`0`: none), `1` for a phrase
   * that names no agency (else `0`); then, for a stem, ` SEE` for each scope it takes: the scope
   * (in scopeRefs) and the body it then names (in `entries`).
   */
  keys: string;
  /** The code units the keys hold, in column order from column 1: space, comma, then by code unit. */
  alphabet: string;
  /** The trie's nodes: the keys' distinct prefixes, and the root. */
  nodes: number;
  /** The longest key's length. */
  maxLength: number;
  /** Each group head's prefix, folded, with its trailing space: a node of the trie. */
  prefixes: string[];
  /** Each scope word and abbreviation, folded, in the order of `scopes`. */
  scopeWords: string[];
  /**
   * GAZETTEER without its aliases (the keys hold them), one line per entry in its order: id,
   * name, kind, level, tab-separated, and a fifth field `group` when the entry names a group.
   */
  entries: string;
  /** SCOPES and BARE_SCOPE of the gazetteer. */
  scopes: readonly Scope[];
  bareScope: Scope;
  /** GROUP_HEADS of the gazetteer. */
  groupHeads: readonly GroupHead[];
}

/** A gazetteer entry as the matcher needs it: its names are in the keys. */
export type AgencyEntry = Omit<GazetteerEntry, 'aliases'>;

/** Where the fields of a record (see AgencyIndexData.keys) start; an entry has two digits, the others one. */
const RECORD_ENTRY = 0;
const RECORD_SCOPE = 2;
const RECORD_GROUP = 3;
const RECORD_STOP = 4;
/** A stem's first ` SEE`. */
const RECORD_SCOPED = 5;
const SCOPED_WIDTH = 4;
export const ENTRY_DIGITS = 2;

/** The base-36 number of `width` digits at `i`. */
function digitsAt(text: string, i: number, width: number): number {
  let value = 0;
  for (let k = i; k < i + width; k++) {
    const c = text.charCodeAt(k);
    value = value * 36 + (c <= 0x39 ? c - 0x30 : c - 0x57);
  }
  return value;
}

/** What a record refers to by place: scopes, entries, group heads. */
interface RecordRefs {
  scopes: readonly ScopeRef[];
  entries: EntryTable;
  groupHeads: readonly GroupHead[];
}

/** What the record at `r` of the index's text says, or null: nothing (a group's prefix only). */
function readRecord(text: string, r: number, refs: RecordRefs): KeyInfo | null {
  const entry = digitsAt(text, r + RECORD_ENTRY, ENTRY_DIGITS);
  const scope = digitsAt(text, r + RECORD_SCOPE, 1);
  const group = digitsAt(text, r + RECORD_GROUP, 1);
  const stop = digitsAt(text, r + RECORD_STOP, 1) !== 0;
  const stem = readScoped(text, r + RECORD_SCOPED, refs);
  if (entry === 0 && scope === 0 && group === 0 && !stop && !stem) return null;
  const info: KeyInfo = {};
  if (entry !== 0) info.entry = refs.entries.at(entry - 1);
  if (scope !== 0) info.scope = refs.scopes[scope - 1]!;
  if (stem) info.stem = stem;
  if (group !== 0) info.group = refs.groupHeads[group - 1]!;
  if (stop) info.stop = true;
  return info;
}

/** A stem's ` SEE` from `k` to the end of its line, or null when there are none. */
function readScoped(text: string, k: number, refs: RecordRefs): Scoped | null {
  if (k >= text.length || text.charCodeAt(k) === NEWLINE) return null;
  const stem = new Map<string, AgencyEntry>();
  for (; k < text.length && text.charCodeAt(k) !== NEWLINE; k += SCOPED_WIDTH) {
    stem.set(refs.scopes[digitsAt(text, k + 1, 1)]!.key, refs.entries.at(digitsAt(text, k + 2, ENTRY_DIGITS)));
  }
  return stem;
}

/**
 * The entries of AgencyIndexData.entries, each read from its line when first asked for: a notice
 * names a few dozen bodies of the hundreds. One object per entry, so the same body is the same
 * object wherever it is found.
 */
class EntryTable {
  private readonly starts: Int32Array;
  private readonly made: (AgencyEntry | undefined)[];

  constructor(private readonly text: string) {
    this.starts = lineStarts(text);
    this.made = new Array<AgencyEntry | undefined>(this.starts.length);
  }

  get size(): number {
    return this.starts.length;
  }

  at(k: number): AgencyEntry {
    return (this.made[k] ??= this.read(k));
  }

  private read(k: number): AgencyEntry {
    const end = k + 1 < this.starts.length ? this.starts[k + 1]! - 1 : this.text.length;
    const [id, name, kind, level, group] = this.text.slice(this.starts[k]!, end).split('\t');
    const entry: AgencyEntry = { id: id!, name: name!, kind: kind as AgencyKind, level: level as AgencyLevel };
    if (group) entry.group = true;
    return entry;
  }
}

/**
 * The index in use and what has been made of it so far. It is the generated one unless a parse was
 * given a gazetteer of the user's (useAgencyIndex); each index's tables are made once, when first
 * needed, and kept with it.
 */
interface Loaded {
  data: AgencyIndexData;
  entries?: EntryTable;
  index?: Index;
  byId?: Map<string, AgencyEntry>;
}

let loaded: Loaded = { data: AGENCY_INDEX };
const loadedByData = new WeakMap<AgencyIndexData, Loaded>([[AGENCY_INDEX, loaded]]);

/**
 * Makes `data` the index every later call matches with (null: the generated one), and returns the
 * one it replaces, so that a caller can put it back. A parse is synchronous, so setting it around
 * one parse cannot leak into another.
 */
export function useAgencyIndex(data: AgencyIndexData | null): AgencyIndexData {
  const previous = loaded.data;
  const next = data ?? AGENCY_INDEX;
  if (next !== previous) {
    let found = loadedByData.get(next);
    if (!found) loadedByData.set(next, (found = { data: next }));
    loaded = found;
  }
  return previous;
}

/** The index in use when it is not the generated one (a user's gazetteer), else null. */
export function customAgencyIndex(): AgencyIndexData | null {
  return loaded.data === AGENCY_INDEX ? null : loaded.data;
}

function entryTable(): EntryTable {
  return (loaded.entries ??= new EntryTable(loaded.data.entries));
}

function index(): Index {
  return (loaded.index ??= loadIndex(loaded.data));
}

/** Where each line of `text` starts (a loop of indexOf: no string per line). */
function lineStarts(text: string): Int32Array {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  const starts = new Int32Array(lines);
  let a = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[a++] = i + 1;
  return starts;
}

function loadIndex(data: AgencyIndexData): Index {
  const text = data.keys;
  const refs: RecordRefs = { scopes: scopeRefs(data.scopes, data.bareScope), entries: entryTable(), groupHeads: data.groupHeads };
  const letter = new Uint16Array(0x10000);
  for (let k = 0; k < data.alphabet.length; k++) letter[data.alphabet.charCodeAt(k)] = k + 1;
  const infoOf = (r: number): KeyInfo | null => readRecord(text, r, refs);
  const trie = new Trie(text, lineStarts(text), infoOf, letter, data.alphabet.length + 1, data.nodes, data.maxLength);
  const scopes = data.scopes.flatMap((scope) => [scope.word, ...scope.wordAliases].map(() => scope));
  return {
    trie,
    committees: new Set([...data.scopes, data.bareScope].map((s) => s.committeeId)),
    scopeWords: data.scopeWords.map((folded, k) => ({ folded, scope: scopes[k]! })).sort((a, b) => b.folded.length - a.folded.length),
    prefixNodes: new Map(data.groupHeads.map((head, k) => [head, trie.nodeOf(data.prefixes[k]!)])),
  };
}

/** The gazetteer entry with this id (named-locality and unknown ids are not entries). */
export function lookupAgency(id: string): AgencyEntry | undefined {
  if (!loaded.byId) {
    const entries = entryTable();
    const byId = new Map<string, AgencyEntry>();
    for (let k = 0; k < entries.size; k++) byId.set(entries.at(k).id, entries.at(k));
    loaded.byId = byId;
  }
  return loaded.byId.get(id);
}

// ---------------------------------------------------------------------------------------------
// The text being scanned

/** Buffers may be longer than the text: only [0, n] is this text's. */
interface Ctx extends Folded {
  text: string;
  n: number;
  ix: Index;
  stats: { steps: number };
}


/**
 * Texts are short and many (an item, a recipient line): the buffers of the last call are reused,
 * up to this length. A longer text gets buffers of its own, not kept.
 */
const SHARED_MAX = 0x10000;
let shared: Ctx | null = null;

function newCtx(size: number): Ctx {
  const t = folded(size);
  return { ...t, text: '', n: 0, ix: index(), stats: { steps: 0 } };
}

function makeCtx(text: string, stats: { steps: number }): Ctx {
  const n = text.length;
  let ctx: Ctx;
  if (n >= SHARED_MAX) ctx = newCtx(n + 1);
  else {
    if (!shared || shared.f.length <= n) shared = newCtx(Math.min(SHARED_MAX, Math.max(256, n + 1, shared ? shared.f.length * 2 : 0)));
    ctx = shared;
  }
  ctx.text = text;
  ctx.n = n;
  ctx.ix = index();
  ctx.stats = stats;
  foldInto(text, ctx);
  return ctx;
}

/** Counts the steps of a call that does not ask for them. */
const uncounted = { steps: 0 };

/** Lets go of the text and the caller's counter once a call is done. */
function releaseCtx(ctx: Ctx): void {
  ctx.text = '';
  ctx.stats = uncounted;
}

/** The folded text from `start` to `end`, as a string. */
function foldedSlice(ctx: Ctx, start: number, end: number): string {
  return decode(ctx.f, start, Math.min(end, ctx.n));
}

/** `s` (folded) is in the folded text at `i`. */
function foldedAt(ctx: Ctx, i: number, s: string): boolean {
  if (i < 0 || i + s.length > ctx.n) return false;
  for (let k = 0; k < s.length; k++) if (ctx.f[i + k] !== s.charCodeAt(k)) return false;
  return true;
}

function isWordAt(ctx: Ctx, i: number): boolean {
  return i >= 0 && i < ctx.n && (ctx.flags[i]! & WORD) !== 0;
}

function isUpperAt(ctx: Ctx, i: number): boolean {
  return i >= 0 && i < ctx.n && (ctx.flags[i]! & UPPER) !== 0;
}

function isLowerAt(ctx: Ctx, i: number): boolean {
  return i >= 0 && i < ctx.n && (ctx.flags[i]! & LOWER) !== 0;
}

function isDigitAt(ctx: Ctx, i: number): boolean {
  const c = ctx.text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/** PDF extraction glues words where the font lost a space: `vụTỉnh`. A lower→upper step is a word break. */
function isGlue(ctx: Ctx, i: number): boolean {
  return isLowerAt(ctx, i - 1) && isUpperAt(ctx, i);
}

function startsWord(ctx: Ctx, i: number): boolean {
  return isWordAt(ctx, i) && (!isWordAt(ctx, i - 1) || isGlue(ctx, i));
}

function endsWord(ctx: Ctx, i: number): boolean {
  return !isWordAt(ctx, i) || !isWordAt(ctx, i - 1) || isGlue(ctx, i);
}

function wordEnd(ctx: Ctx, i: number): number {
  let k = i + 1;
  while (isWordAt(ctx, k) && !isGlue(ctx, k)) k++;
  ctx.stats.steps += k - i;
  return k;
}

function skipSpace(ctx: Ctx, i: number): number {
  let k = i;
  while (k < ctx.n && ctx.f[k] === SPACE) k++;
  ctx.stats.steps += k - i;
  return k;
}

/** A single space (a locality follows its body on the same line, one space away). */
function isSingleSpaceAt(ctx: Ctx, i: number): boolean {
  const c = ctx.text.charCodeAt(i);
  return c === 0x20 || c === 0xa0;
}

/** The folded word that ends just before `i` (spaces skipped), and where it starts. */
function wordBefore(ctx: Ctx, i: number): { word: string; start: number } | null {
  let end = i;
  while (end > 0 && end <= ctx.n && ctx.f[end - 1] === SPACE) end--;
  let start = end;
  while (start > 0 && isWordAt(ctx, start - 1)) start--;
  ctx.stats.steps += i - start;
  return start < end ? { word: foldedSlice(ctx, start, end), start } : null;
}

/** `key` (folded, spaces matching any whitespace run) as a whole word at `i`, or -1. */
function matchPhrase(ctx: Ctx, i: number, key: string): number {
  if (!startsWord(ctx, i)) return -1;
  const { f, n } = ctx;
  let k = i;
  for (let q = 0; q < key.length; q++) {
    const c = key.charCodeAt(q);
    if (c === SPACE) {
      if (k >= n || f[k] !== SPACE) return -1;
      k = skipSpace(ctx, k);
    } else if (k < n && f[k] === c) k++;
    else return -1;
  }
  return endsWord(ctx, k) ? k : -1;
}

// ---------------------------------------------------------------------------------------------
// The trie walk

interface Hit {
  end: number;
  info: KeyInfo;
}

/** The result of a walk that found no key (never written to). */
const NO_HITS: Hit[] = [];

/** Every key that starts at `p` and ends at a word boundary, shortest first. */
/** Where a walk notes its hits (end offset, node) before it makes them objects. */
let hitEnds = new Int32Array(64);
let hitNodes = new Int32Array(64);

/**
 * Every key that starts at `p` and ends at a word boundary, shortest first. The loop calls
 * nothing but the trie's unfold, seldom, and reads module names and the context's fields once,
 * into locals: it runs once per word of every text.
 */
function walk(ctx: Ctx, start: number, p: number): Hit[] {
  const { f, flags, n } = ctx;
  const trie = ctx.ix.trie;
  const { firstChild, childEnd, code, wideRow, letter, info } = trie;
  let wide = trie.wide;
  if (hitEnds.length <= trie.maxLength) {
    hitEnds = new Int32Array(trie.maxLength + 1);
    hitNodes = new Int32Array(trie.maxLength + 1);
  }
  const ends = hitEnds;
  const nodes = hitNodes;
  const space = SPACE;
  const dash = DASH;
  const comma = COMMA;
  const word = WORD;
  const upper = UPPER;
  const lower = LOWER;
  let count = 0;
  let steps = 0;
  let node = start;
  let i = p;
  let afterPunct = false;
  while (i < n) {
    steps++;
    let c = f[i]!;
    let next = i + 1;
    const spacing = c === space || c === dash || c === comma;
    if (spacing) {
      // The run of spacing: mostly one space, seldom long, and a walk reaches it only through a key.
      let hasComma = c === comma;
      for (; next < n; next++) {
        const d = f[next]!;
        if (d === comma) hasComma = true;
        else if (d !== space && d !== dash) break;
      }
      steps += next - i - 1;
      // Spacing next to `&`, `/`, `(`, `)` is optional.
      if (!hasComma && (afterPunct || (next < n && isKeyPunctCode(f[next]!)))) {
        i = next;
        continue;
      }
      // A comma in the text only follows a key's comma: a list is never read as one name.
      c = hasComma ? comma : space;
    }
    // The child of `node` by `c` (trie.child, inline).
    let k = firstChild[node]!;
    if (k === 0) {
      k = trie.unfold(node);
      wide = trie.wide;
    }
    let child = -1;
    const row = wideRow[node]!;
    if (row >= 0) child = wide[row + letter[c]!]!;
    else for (const end = childEnd[node]!; k < end; k++) if (code[k] === c) { child = k; break; }
    if (child < 0) {
      // PDF glue (`vụTỉnh`): the key may go on with a space where the text has none.
      if (!spacing && i > 0 && (flags[i - 1]! & lower) !== 0 && (flags[i]! & upper) !== 0) {
        const gap = trie.child(node, space);
        const after = gap >= 0 ? gap : trie.child(node, comma);
        wide = trie.wide;
        if (after >= 0) {
          node = after;
          continue;
        }
      }
      break;
    }
    node = child;
    i = next;
    afterPunct = !spacing && isKeyPunctCode(c);
    // endsWord, inline: no word character on one side, or glued (lower → upper). No key ends in spacing.
    if (!spacing && info[node] && ((flags[i]! & word) === 0 || (flags[i - 1]! & word) === 0 || ((flags[i - 1]! & lower) !== 0 && (flags[i]! & upper) !== 0))) {
      ends[count] = i;
      nodes[count++] = node;
    }
  }
  ctx.stats.steps += steps;
  if (count === 0) return NO_HITS;
  const hits: Hit[] = [];
  for (let h = 0; h < count; h++) hits.push({ end: ends[h]!, info: info[nodes[h]!]! });
  return hits;
}

/** Some agency key starts at `i` (a name there is not a locality or part of an unknown name). */
function startsAgency(ctx: Ctx, i: number): boolean {
  return walk(ctx, ROOT, i).some((h) => h.info.entry || h.info.stem || h.info.group);
}

// ---------------------------------------------------------------------------------------------
// Reading mentions

interface Locality {
  name: string;
  start: number;
  end: number;
}

/** A mention before the scope, plural and generic readings are settled. */
interface Raw {
  start: number;
  end: number;
  entry: AgencyEntry | null;
  /** The bodies this stem names with a scope (it was read without one). */
  stem: Scoped | null;
  scope: ScopeRef | null;
  localities: Locality[] | null;
  /** The localities came from a list (`các huyện A, B`) … */
  plural: boolean;
  /** … that this mention wrote (each locality is then its own span). */
  ownsList: boolean;
  generic: boolean;
  /** A member of a grouped list (`Các sở: …`): its head already said `các`. */
  member: boolean;
  unknown: { id: string; name: string; kind: AgencyKind; level: AgencyLevel } | null;
}

interface Found {
  items: Raw[];
  end: number;
}

function raw(start: number, end: number, fields: Partial<Raw>): Raw {
  // Field by field rather than spread: one shape for every mention, built without a copy loop.
  return {
    start, end, entry: fields.entry ?? null, stem: fields.stem ?? null, scope: fields.scope ?? null,
    localities: fields.localities ?? null, plural: fields.plural ?? false, ownsList: fields.ownsList ?? false,
    generic: fields.generic ?? false, member: fields.member ?? false, unknown: fields.unknown ?? null,
  };
}

/** All-capital headings (`TỈNH ỦY BẾN TRE`) give names in capitals: write them as names. */
function displayName(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s
    .toLowerCase()
    .split(' ')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** Index of the next word of a locality's name after `w` (` `, `-` or ` - `), or -1. */
function nextNameWord(ctx: Ctx, w: number, upper: (i: number) => boolean): number {
  if (isSingleSpaceAt(ctx, w) && upper(w + 1)) return w + 1;
  if (ctx.text.charAt(w) === '-' && upper(w + 1)) return w + 1;
  if (ctx.text.startsWith(' - ', w) && upper(w + 3)) return w + 3;
  return -1;
}

/** `Trà Cú` after `huyện `: up to four capitalised words (digits too after phường/quận: `Phường 1`). */
function readLocality(ctx: Ctx, i: number, scope: ScopeRef): Locality | null {
  const digits = scope.form === 'word' && (scope.base === 'phuong' || scope.base === 'quan');
  const starts = (k: number): boolean => isUpperAt(ctx, k) || (digits && isDigitAt(ctx, k));
  let end = -1;
  let k = i;
  for (let words = 0; words < 4 && k >= 0 && starts(k); words++) {
    const w = wordEnd(ctx, k);
    const word = foldedSlice(ctx, k, w);
    if (NOT_LOCALITY.has(word) || startsAgency(ctx, k)) break;
    if (words === 0 && scope.form === 'committee' && SURNAMES.has(word)) return null;
    end = w;
    k = nextNameWord(ctx, w, starts);
  }
  return end < 0 ? null : { name: displayName(ctx.text.slice(i, end)), start: i, end };
}

/** `Trà Cú, Duyên Hải và Cầu Ngang` after `các huyện`. */
function readLocalityList(ctx: Ctx, e: number, scope: ScopeRef): Locality[] {
  const out: Locality[] = [];
  let i = e;
  for (;;) {
    let start = -1;
    if (out.length === 0) start = isSingleSpaceAt(ctx, i) ? i + 1 : -1;
    else if (ctx.text.startsWith(', ', i)) start = i + 2;
    else if (foldedAt(ctx, i, ' và ')) start = i + 4;
    const loc = start < 0 ? null : readLocality(ctx, start, scope);
    if (!loc) return out;
    out.push(loc);
    i = loc.end;
  }
}

function entryRaw(ctx: Ctx, info: KeyInfo, p: number, end: number): Raw {
  const r = raw(p, end, { entry: info.entry ?? null, scope: info.scope ?? null, stem: info.stem ?? null });
  // A named locality right after a territorial scope: `Huyện ủy Trà Cú`.
  if (info.scope?.base && isSingleSpaceAt(ctx, end)) {
    const loc = readLocality(ctx, end + 1, info.scope);
    if (loc) {
      r.localities = [loc];
      r.end = loc.end;
    }
  }
  return r;
}

/** `Ủy ban nhân dân các huyện Trà Cú, Duyên Hải`: the stem, `các`, a scope word, names. */
function readPlural(ctx: Ctx, stem: Scoped, p: number, end: number): Found | null {
  const after = matchPhrase(ctx, skipSpace(ctx, end), 'các');
  if (after < 0) return null;
  const i = skipSpace(ctx, after);
  for (const sw of ctx.ix.scopeWords) {
    const entry = stem.get(sw.scope.key);
    const e = entry ? matchPhrase(ctx, i, sw.folded) : -1;
    if (!entry || e < 0) continue;
    const scope: ScopeRef = { key: sw.scope.key, base: sw.scope.key, form: 'word', level: sw.scope.level };
    const list = readLocalityList(ctx, e, scope);
    const last = list[list.length - 1];
    if (!last) return { items: [raw(p, e, { entry, scope, generic: true })], end: e };
    return { items: [raw(p, last.end, { entry, scope, localities: list, plural: true, ownsList: true })], end: last.end };
  }
  return null;
}

/** `Du lịch`, `Quy hoạch - Kiến trúc`: capitalised parts, each maybe completed by one lower-case word. */
function readName(ctx: Ctx, i: number): number {
  let end = -1;
  let k = i;
  for (let parts = 0; parts < 6 && k >= 0 && isUpperAt(ctx, k); parts++) {
    let w = wordEnd(ctx, k);
    const word = foldedSlice(ctx, k, w);
    if (parts > 0 && (startsAgency(ctx, k) || ctx.ix.scopeWords.some((s) => s.folded === word))) break;
    if (isSingleSpaceAt(ctx, w) && isLowerAt(ctx, w + 1) && !JOINERS.has(foldedSlice(ctx, w + 1, wordEnd(ctx, w + 1)))) {
      w = wordEnd(ctx, w + 1);
    }
    end = w;
    k = foldedAt(ctx, w, ' và ') && isUpperAt(ctx, w + 4) ? w + 4 : nextNameWord(ctx, w, (x) => isUpperAt(ctx, x));
  }
  return end;
}

function unknownRaw(p: number, end: number, id: string, name: string, kind: AgencyKind, level: AgencyLevel): Raw {
  return raw(p, end, { unknown: { id, name, kind, level } });
}

/** The party committee whose key starts at `i` (`Tỉnh ủy`, `Huyện ủy` …). */
function committeeAt(ctx: Ctx, i: number): { entry: AgencyEntry; end: number } | null {
  const hits = walk(ctx, ROOT, i);
  for (let h = hits.length - 1; h >= 0; h--) {
    const { info, end } = hits[h]!;
    if (info.entry && ctx.ix.committees.has(info.entry.id)) return { entry: info.entry, end };
  }
  return null;
}

/** A name shaped like an agency but not in the gazetteer: `Sở <Name>`, `Ban <Name> <committee>`. */
function unknownAt(ctx: Ctx, p: number): Found | null {
  const text = ctx.text;
  if (text.charCodeAt(p) === 0x53 && foldedAt(ctx, p, 'sở') && isSingleSpaceAt(ctx, p + 2) && wordBefore(ctx, p)?.word !== 'cơ') {
    const e = readName(ctx, p + 3);
    if (e > 0) {
      const name = `Sở ${displayName(text.slice(p + 3, e))}`;
      return { items: [unknownRaw(p, e, slug(name), name, 'state', 'province')], end: e };
    }
  }
  if (text.charCodeAt(p) === 0x42 && foldedAt(ctx, p, 'ban') && isSingleSpaceAt(ctx, p + 3)) {
    const e = readName(ctx, p + 4);
    const committee = e > 0 && isSingleSpaceAt(ctx, e) ? committeeAt(ctx, e + 1) : null;
    if (committee) {
      const body = `Ban ${displayName(text.slice(p + 4, e))}`;
      const id = `${committee.entry.id}.${slug(body)}`;
      return { items: [unknownRaw(p, committee.end, id, `${body} ${committee.entry.name}`, 'party', committee.entry.level)], end: committee.end };
    }
  }
  return null;
}

/** Offset of the next member after a member ending at `end` (`, `, `; `, ` và `), or -1. */
function memberSeparator(ctx: Ctx, end: number): number {
  const i = skipSpace(ctx, end);
  const ch = ctx.text.charAt(i);
  if (ch === ',' || ch === ';' || ch === '&') return skipSpace(ctx, i + 1);
  const and = matchPhrase(ctx, i, 'và');
  return and < 0 ? -1 : skipSpace(ctx, and);
}

function asMember(items: Raw[], end: number): Found {
  for (const r of items) r.member = true;
  return { items, end };
}

/** One member of a group: `<prefix> <member>` first, then a whole name, then an unknown one. */
function readMember(ctx: Ctx, head: GroupHead, i: number): Found | null {
  const hits = walk(ctx, ctx.ix.prefixNodes.get(head)!, i);
  for (let h = hits.length - 1; h >= 0; h--) {
    const { info, end } = hits[h]!;
    if (info.entry) {
      const r = entryRaw(ctx, info, i, end);
      return asMember([r], r.end);
    }
    if (info.stem) return asMember([raw(i, end, { stem: info.stem })], end);
  }
  const whole = matchAt(ctx, i, false);
  if (whole && whole.items.length > 0) return asMember(whole.items, whole.end);
  const e = head.unknown ? readName(ctx, i) : -1;
  if (head.unknown && e > 0) {
    const name = `${head.prefix} ${displayName(ctx.text.slice(i, e))}`;
    return asMember([unknownRaw(i, e, slug(name), name, head.unknown.kind, head.unknown.level)], e);
  }
  return null;
}

/** `Các sở: Y tế, Tài chính, …`: one mention per member; the head itself is no mention. */
function readGroup(ctx: Ctx, head: GroupHead, end: number): Found | null {
  let i = skipSpace(ctx, end);
  if (ctx.text.charAt(i) === ':') i = skipSpace(ctx, i + 1);
  else if (head.colon === 'required' || i === end || !isUpperAt(ctx, i)) return null;
  const items: Raw[] = [];
  let last = -1;
  while (startsWord(ctx, i)) {
    const member = readMember(ctx, head, i);
    if (!member) break;
    items.push(...member.items);
    last = member.end;
    i = memberSeparator(ctx, member.end);
    if (i < 0) break;
  }
  return items.length > 0 ? { items, end: last } : null;
}

/** What a key found at `p` gives, or null to try a shorter key. */
function useKey(ctx: Ctx, hit: Hit, p: number, groups: boolean): Found | null {
  const { info, end } = hit;
  if (info.stop) return { items: [], end };
  if (info.group && groups) {
    const group = readGroup(ctx, info.group, end);
    if (group) return group;
  }
  if (info.stem) {
    const plural = readPlural(ctx, info.stem, p, end);
    if (plural) return plural;
  }
  if (info.entry) {
    const r = entryRaw(ctx, info, p, end);
    return { items: [r], end: r.end };
  }
  if (info.stem) return { items: [raw(p, end, { stem: info.stem })], end };
  return null;
}

/** The longest reading at word start `p`. */
function matchAt(ctx: Ctx, p: number, groups: boolean): Found | null {
  const hits = walk(ctx, ROOT, p);
  for (let h = hits.length - 1; h >= 0; h--) {
    const found = useKey(ctx, hits[h]!, p, groups);
    if (found) return found;
  }
  // Unknown names start with `Sở` or `Ban`, as written.
  const c = ctx.text.charCodeAt(p);
  return c === 0x53 || c === 0x42 ? unknownAt(ctx, p) : null;
}

function scan(ctx: Ctx): Raw[] {
  const raws: Raw[] = [];
  const { starts, startCount } = ctx;
  let next = 0;
  for (let k = 0; k < startCount; k++) {
    const p = starts[k]!;
    if (p < next) continue;
    const found = matchAt(ctx, p, true);
    if (!found) continue;
    for (const r of found.items) raws.push(r);
    next = Math.max(found.end, p + 1);
  }
  return raws;
}

// ---------------------------------------------------------------------------------------------
// Settling scope, plural and generic readings

/** Only list punctuation between two mentions: spaces, one or two of `,` `&` `/` `và`. */
function adjacent(ctx: Ctx, a: number, b: number): boolean {
  let joiners = 0;
  let i = a;
  while (i < b) {
    ctx.stats.steps++;
    const c = ctx.f[i];
    if (c === SPACE) i++;
    else if (c === COMMA || c === 0x26 || c === 0x2f) {
      joiners++;
      i++;
    } else if (matchPhrase(ctx, i, 'và') === i + 2) {
      joiners++;
      i += 2;
    } else return false;
  }
  return joiners <= 2;
}

/**
 * Right to left, a mention takes what the next one in its list says: a stem its scope
 * (`HĐND, UBND xã`), a body of the same level its localities (`Huyện ủy, UBND các huyện A, B`).
 */
function resolveScopes(ctx: Ctx, raws: Raw[]): void {
  for (let i = raws.length - 2; i >= 0; i--) {
    const r = raws[i]!;
    const right = raws[i + 1]!;
    if (!right.scope || right.unknown || r.localities || r.unknown || !adjacent(ctx, r.end, right.start)) continue;
    const weak = !r.scope || r.scope.base === '';
    const scoped = r.stem && weak ? r.stem.get(right.scope.key) : undefined;
    if (scoped) {
      Object.assign(r, { entry: scoped, scope: right.scope, localities: right.localities, plural: right.plural, generic: right.generic });
    } else if (r.entry && r.scope?.base && r.scope.base === right.scope.base && (right.plural || right.generic)) {
      if (right.plural) Object.assign(r, { localities: right.localities, plural: true });
      else r.generic = true;
    }
  }
}

/**
 * `các huyện ủy`; before a committee also the elided `các huyện, thành ủy` (= các huyện ủy,
 * thành ủy), where level words and commas stand between `các` and the committee.
 */
function pluralBefore(ctx: Ctx, r: Raw): boolean {
  const committee = r.entry !== null && ctx.ix.committees.has(r.entry.id);
  let i = r.start;
  let elided = false;
  for (let hop = 0; hop < 8; hop++) {
    const before = wordBefore(ctx, i);
    let k = i;
    while (k > 0 && ctx.f[k - 1] === SPACE) k--;
    ctx.stats.steps += i - k;
    if (before && before.start + before.word.length === k) {
      if (PLURAL.has(before.word)) return true;
      if (!(committee && elided && ELLIPTIC.has(before.word))) return false;
      i = before.start;
      continue;
    }
    const mark = k > 0 ? ctx.f[k - 1] : -1;
    const level = committee && (mark === COMMA || mark === 0x2f) ? wordBefore(ctx, k - 1) : null;
    if (!level || !ELLIPTIC.has(level.word)) return false;
    elided = true;
    i = level.start;
  }
  return false;
}

/** `… COVID-19 các huyện/thành phố`, `… tất cả các xã`, `… các cấp`. */
function pluralAfter(ctx: Ctx, end: number): boolean {
  const i = skipSpace(ctx, end);
  if (matchPhrase(ctx, i, 'tất cả') >= 0) return true;
  const after = matchPhrase(ctx, i, 'các');
  if (after < 0) return false;
  const j = skipSpace(ctx, after);
  return matchPhrase(ctx, j, 'cấp') >= 0 || ctx.ix.scopeWords.some((s) => matchPhrase(ctx, j, s.folded) >= 0);
}

/** `Ủy ban nhân dân huyện, thị xã, thành phố`: a list of levels, not one body. */
function levelListAfter(ctx: Ctx, r: Raw): boolean {
  const scope = r.scope;
  if (scope?.form !== 'word' || !scope.base) return false;
  const i = skipSpace(ctx, r.end);
  const mark = ctx.text.charAt(i);
  if (mark !== ',' && mark !== '/') return false;
  const j = skipSpace(ctx, i + 1);
  return ctx.ix.scopeWords.some((s) => s.scope.level === scope.level && matchPhrase(ctx, j, s.folded) >= 0);
}

/**
 * A body's name without its scope, all in lower case, is a common noun: `trung tâm y tế địa
 * phương đó` is whichever health centre, `Trung tâm Y tế` is the one of the notice's district.
 */
function commonNoun(ctx: Ctx, r: Raw): boolean {
  if (r.stem === null || r.scope?.base) return false;
  const written = ctx.text.slice(r.start, r.end);
  return written === written.toLowerCase();
}

/** Classes of bodies, and the bodies listed right after one (`Các huyện ủy, thị ủy, thành ủy`). */
function markGeneric(ctx: Ctx, raws: Raw[]): void {
  let prev: Raw | null = null;
  for (const r of raws) {
    if (r.entry && !r.localities && !r.member && !r.generic) {
      r.generic = (!r.entry.group && pluralBefore(ctx, r)) || pluralAfter(ctx, r.end) || levelListAfter(ctx, r) || commonNoun(ctx, r);
    }
    const follows = prev?.generic && prev.entry && r.entry && !r.localities && adjacent(ctx, prev.end, r.start);
    if (follows && r.entry!.level === prev!.entry!.level && r.entry!.kind === prev!.entry!.kind) r.generic = true;
    prev = r;
  }
}

// ---------------------------------------------------------------------------------------------
// Output

function mention(ctx: Ctx, start: number, end: number, body: { id: string; name: string; kind: AgencyKind; level: AgencyLevel }, known: boolean, generic: boolean, includeGeneric: boolean): AgencyMention {
  const m: AgencyMention = { id: body.id, name: body.name, kind: body.kind, level: body.level, start, end, text: ctx.text.slice(start, end), known };
  if (includeGeneric) m.generic = generic;
  return m;
}

function toMentions(ctx: Ctx, raws: Raw[], includeGeneric: boolean): AgencyMention[] {
  const out: AgencyMention[] = [];
  for (const r of raws) {
    if (r.generic && !includeGeneric) continue;
    if (r.unknown) out.push(mention(ctx, r.start, r.end, r.unknown, false, r.generic, includeGeneric));
    if (!r.entry || r.unknown) continue;
    const entry = r.entry;
    for (const loc of r.localities ?? []) {
      // A list's own mention spans each name; a body that shares the list keeps its own words.
      const span = r.ownsList ? loc : r;
      const body = { id: `${entry.id}:${slug(loc.name)}`, name: `${entry.name} ${loc.name}`, kind: entry.kind, level: entry.level };
      out.push(mention(ctx, span.start, span.end, body, false, r.generic, includeGeneric));
    }
    if (!r.localities?.length) out.push(mention(ctx, r.start, r.end, entry, true, r.generic, includeGeneric));
  }
  // Mostly in order already (the sort is stable: sorting only when needed changes nothing).
  for (let k = 1; k < out.length; k++) if (out[k]!.start < out[k - 1]!.start) return out.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * Every agency mentioned in `text`, in text order. Generic mentions (`các sở, ngành`) are left out
 * unless `includeGeneric`.
 */
export function findAgencies(text: string, options: FindOptions = {}): AgencyMention[] {
  uncounted.steps = 0;
  const ctx = makeCtx(text, options.stats ?? uncounted);
  try {
    const raws = scan(ctx);
    resolveScopes(ctx, raws);
    markGeneric(ctx, raws);
    return toMentions(ctx, raws, options.includeGeneric ?? false);
  } finally {
    releaseCtx(ctx);
  }
}

/**
 * One line per agency, in order of first appearance in `mentions` (findAgencies gives text
 * order), with its number of mentions; generic mentions are not counted.
 */
export function summariseAgencies(mentions: readonly AgencyMention[]): AgencySummary[] {
  const byId = new Map<string, AgencySummary>();
  for (const m of mentions) {
    if (m.generic) continue;
    const seen = byId.get(m.id);
    if (seen) seen.mentions++;
    else byId.set(m.id, { id: m.id, name: m.name, kind: m.kind, level: m.level, known: m.known, mentions: 1 });
  }
  return [...byId.values()];
}
