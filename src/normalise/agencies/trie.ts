/** The agency matcher (see ../agencies.ts): the index: the trie over the keys, and what each key says. */
import type { GazetteerEntry, MatcherWords, AgencyLevel, GroupHead, Scope, ShapeHead } from '../gazetteer.js';

/** A gazetteer entry as the matcher needs it: its names are in the keys. */
export type AgencyEntry = Omit<GazetteerEntry, 'aliases'>;

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
export type Scoped = ReadonlyMap<string, AgencyEntry>;

export interface KeyInfo {
  entry?: AgencyEntry;
  scope?: ScopeRef;
  /** This key is some scoped key without its scope (`ủy ban nhân dân`): it can take one. */
  stem?: Scoped;
  group?: GroupHead;
  stop?: boolean;
}

export const ROOT = 0;

/** A node with more children than this gets a row of the wide table (the root, first letters). */
const NARROW = 4;

/** Ends a key on its line of the index (see AgencyIndexData): folding makes any whitespace a space, so no key holds one. */
const TAB = 0x09;
export const NEWLINE = 0x0a;

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
export class Trie {
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

export interface Index {
  trie: Trie;
  committees: Set<string>;
  /** Scope words and their abbreviations, longest first. */
  scopeWords: ScopeWord[];
  prefixNodes: Map<GroupHead, number>;
  /** data/gazetteer/words.yaml, folded: see MatcherWords. */
  words: { [list in keyof MatcherWords]: ReadonlySet<string> };
  /** Heads of names the gazetteer may lack, their words folded. */
  shapeHeads: readonly ShapeHead[];
  /**
   * The first two folded code units of each head (`(c0 << 16) | c1`), and the first of each scope
   * word: most words start neither, and are passed over at once.
   */
  headStarts: ReadonlySet<number>;
  scopeStarts: ReadonlySet<number>;
}

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
