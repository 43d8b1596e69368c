/** The agency matcher (see ../agencies.ts): the index at run time: read from agency-index.gen.ts. */
import { AGENCY_INDEX } from '../agency-index.gen.js';
import type { AgencyKind, AgencyLevel, GroupHead, MatcherWords, Scope, ShapeHead } from '../gazetteer.js';
import { NEWLINE, Trie, scopeRefs, type Index, type KeyInfo, type ScopeRef, type Scoped } from './trie.js';
import type { AgencyEntry } from './trie.js';

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
   * name, kind, level, tab-separated, a fifth field `group` when the entry names a group (else
   * empty, when a sixth follows), a sixth `collective` when it names a class of bodies.
   */
  entries: string;
  /** SCOPES and BARE_SCOPE of the gazetteer. */
  scopes: readonly Scope[];
  bareScope: Scope;
  /** GROUP_HEADS of the gazetteer. */
  groupHeads: readonly GroupHead[];
  /** The words the matcher reads around a name (data/gazetteer/words.yaml), folded. */
  words: MatcherWords;
  /** The heads of names the gazetteer may lack (data/gazetteer/words.yaml, `heads`), their words folded. */
  shapeHeads: readonly ShapeHead[];
}

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
    const [id, name, kind, level, group, collective] = this.text.slice(this.starts[k]!, end).split('\t');
    const entry: AgencyEntry = { id: id!, name: name!, kind: kind as AgencyKind, level: level as AgencyLevel };
    if (group) entry.group = true;
    if (collective) entry.collective = true;
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

export function index(): Index {
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
    words: {
      plural: new Set(data.words.plural),
      elliptic: new Set(data.words.elliptic),
      notLocality: new Set(data.words.notLocality),
      surnames: new Set(data.words.surnames),
      joiners: new Set(data.words.joiners),
      under: new Set(data.words.under),
      provinces: new Set(data.words.provinces),
      middleNames: new Set(data.words.middleNames),
    },
    shapeHeads: data.shapeHeads,
    headStarts: new Set(data.shapeHeads.map((h) => (h.word.charCodeAt(0) << 16) | h.word.charCodeAt(1))),
    scopeStarts: new Set(data.scopeWords.map((w) => w.charCodeAt(0))),
  };
}

/** The gazetteer entry with this id (named-locality and unknown ids are not entries). */
/** The gazetteer's common family names, folded (data/gazetteer/words.yaml `surnames`). */
export function gazetteerSurnames(): ReadonlySet<string> {
  return index().words.surnames;
}

export function lookupAgency(id: string): AgencyEntry | undefined {
  if (!loaded.byId) {
    const entries = entryTable();
    const byId = new Map<string, AgencyEntry>();
    for (let k = 0; k < entries.size; k++) byId.set(entries.at(k).id, entries.at(k));
    loaded.byId = byId;
  }
  return loaded.byId.get(id);
}
