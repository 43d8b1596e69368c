/**
 * The agency index derived from the gazetteer (see AgencyIndexData in agencies.ts): what `npm run
 * gen` (scripts/gen-agency-index.mjs) writes to agency-index.gen.ts, and what tests/agencies.test.ts
 * compares that file with. Development only: the runtime never imports this module, so a cold
 * process neither evaluates gazetteer.ts (expanding its templates over the levels) nor folds and
 * sorts its names.
 */
import {
  COMMA,
  ENTRY_DIGITS,
  SPACE,
  foldKey,
  foldKeys,
  foldText,
  scopeRefs,
  type AgencyIndexData,
  type ScopeRef,
} from './agencies.js';
import type { Gazetteer, GazetteerEntry, Scope } from './gazetteer.js';

/** What a key says, by place: entry in the gazetteer's entries, scope in scopeRefs, head in its group heads. */
interface KeyDraft {
  entry?: number;
  scope?: number;
  /** A stem: scope key → its scope and the body it names, first found first. */
  stem?: Map<string, { scope: number; entry: number }>;
  group?: number;
  stop?: boolean;
}

/** Each key (folded) and what it says. */
type Drafts = Map<string, KeyDraft>;

function draftFor(keys: Drafts, key: string): KeyDraft {
  let draft = keys.get(key);
  if (!draft) keys.set(key, (draft = {}));
  return draft;
}

interface Suffix {
  folded: string;
  /** ` ` + folded: the suffix as the last word(s) of a longer key. */
  spaced: string;
  /** Its place in scopeRefs. */
  scope: number;
}

/** Committees before scope words, longest first: `đảng ủy xã` is a committee before it ends in `xã`. */
function scopeSuffixes(scopes: readonly Scope[], bare: Scope): Suffix[] {
  const suffix = (name: string, scope: number): Suffix => {
    const folded = foldKey(name);
    return { folded, spaced: ' ' + folded, scope };
  };
  const committees = [...scopes, bare].map((s, k) => suffix(s.committee, k));
  const words = scopes.flatMap((s, k) => [s.word, ...s.wordAliases].map((w) => suffix(w, scopes.length + 1 + k)));
  return [...committees, ...words].sort((a, b) => b.folded.length - a.folded.length);
}

/** Suffixes by their last word, longest first: a key can only end with those of its own last word. */
function byLastWord(suffixes: Suffix[]): Map<string, Suffix[]> {
  const map = new Map<string, Suffix[]>();
  for (const s of suffixes) {
    const word = s.folded.slice(s.folded.lastIndexOf(' ') + 1);
    const list = map.get(word);
    if (list) list.push(s);
    else map.set(word, [s]);
  }
  return map;
}

/** Every scope a key ends with, and the key without it. */
function splitScope(key: string, suffixes: Map<string, Suffix[]>): { scope: number; stem: string }[] {
  const found: { scope: number; stem: string }[] = [];
  for (const s of suffixes.get(key.slice(key.lastIndexOf(' ') + 1)) ?? []) {
    if (key === s.folded) found.push({ scope: s.scope, stem: '' });
    else if (key.endsWith(s.spaced)) found.push({ scope: s.scope, stem: key.slice(0, key.length - s.spaced.length) });
  }
  return found;
}

function addKey(keys: Drafts, entry: number, key: string, suffixes: Map<string, Suffix[]>, refs: readonly ScopeRef[]): void {
  const draft = draftFor(keys, key);
  draft.entry ??= entry;
  const scopes = splitScope(key, suffixes);
  if (scopes[0]) draft.scope ??= scopes[0].scope;
  for (const { scope, stem } of scopes) {
    if (!stem) continue;
    const stemDraft = draftFor(keys, stem);
    stemDraft.stem ??= new Map();
    if (!stemDraft.stem.has(refs[scope]!.key)) stemDraft.stem.set(refs[scope]!.key, { scope, entry });
  }
}

/**
 * Each name and alias of the gazetteer as a key, and the same without its commas: `Văn hóa, Thể
 * thao` is also written `Văn hóa Thể thao`.
 */
function addGazetteer(keys: Drafts, refs: readonly ScopeRef[], gazetteer: Gazetteer): void {
  const entries = gazetteer.entries;
  const suffixes = byLastWord(scopeSuffixes(gazetteer.scopes, gazetteer.bareScope));
  const folded = foldKeys(entries.flatMap((entry) => [entry.name, ...entry.aliases]));
  let k = 0;
  entries.forEach((entry, e) => {
    for (let a = 0; a <= entry.aliases.length; a++) {
      const key = folded[k++]!;
      addKey(keys, e, key, suffixes, refs);
      if (key.includes(',')) addKey(keys, e, key.replaceAll(',', ' '), suffixes, refs);
    }
  });
}

/** `value` in `width` base-36 digits; throws when it does not fit (the record must then grow). */
function digits(value: number, width: number): string {
  const s = value.toString(36);
  if (s.length > width) throw new Error(`agency index: ${value} does not fit in ${width} base-36 digits: widen the record (RECORD_* in agencies.ts)`);
  return s.padStart(width, '0');
}

/** A key's record (see AgencyIndexData.keys); a group's prefix that is no key says nothing. */
function record(draft: KeyDraft | undefined): string {
  const place = (p: number | undefined, width: number): string => digits(p === undefined ? 0 : p + 1, width);
  let out = place(draft?.entry, ENTRY_DIGITS) + place(draft?.scope, 1) + place(draft?.group, 1) + (draft?.stop ? '1' : '0');
  for (const { scope, entry } of draft?.stem?.values() ?? []) out += ' ' + digits(scope, 1) + digits(entry, ENTRY_DIGITS);
  return out;
}

/** Space and comma (the spacing a key is written with), then every other code unit of the keys. */
function alphabetOf(keys: readonly string[]): string {
  const codes = new Set<number>();
  for (const key of keys) for (let k = 0; k < key.length; k++) codes.add(key.charCodeAt(k));
  codes.delete(SPACE);
  codes.delete(COMMA);
  return String.fromCharCode(SPACE, COMMA, ...[...codes].sort((a, b) => a - b));
}

/** The nodes of the trie of sorted keys: each key adds those of its prefixes the previous one lacks. */
function trieNodes(sorted: readonly string[]): number {
  let nodes = 1;
  sorted.forEach((key, k) => {
    const previous = k > 0 ? sorted[k - 1]! : '';
    let shared = 0;
    while (shared < key.length && key.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    nodes += key.length - shared;
  });
  return nodes;
}

/** The entries without aliases, as AgencyIndexData.entries holds it: one line per entry. */
function entriesText(entries: readonly GazetteerEntry[]): string {
  const lines = entries.map((e) => [e.id, e.name, e.kind, e.level, e.group ? 'group' : '', ...(e.collective ? ['collective'] : [])].join('\t').replace(/\t$/, ''));
  if (entries.some((e) => /[\t\n]/.test(e.id + e.name))) throw new Error('agency index: an id or a name holds a tab or a line break');
  return lines.join('\n');
}

/**
 * The index's data from the gazetteer: what `npm run gen` writes to agency-index.gen.ts, and what
 * the tests compare that file with. Not called at run time.
 */
export function deriveAgencyIndex(gazetteer: Gazetteer): AgencyIndexData {
  const { scopes, bareScope, groupHeads } = gazetteer;
  const keys: Drafts = new Map();
  const refs = scopeRefs(scopes, bareScope);
  addGazetteer(keys, refs, gazetteer);
  for (const stop of foldKeys(gazetteer.notAgencies)) draftFor(keys, stop).stop = true;
  const heads = foldKeys(groupHeads.map((h) => h.head));
  groupHeads.forEach((_, k) => (draftFor(keys, heads[k]!).group = k));
  // A group's prefix (`sở `) is a node of the trie, whether or not a key ends there.
  const prefixes = foldKeys(groupHeads.map((h) => h.prefix)).map((p) => p + ' ');
  const sorted = [...new Set([...keys.keys(), ...prefixes])].sort();
  // Folding makes any whitespace a space: no key holds a tab or a line break.
  if (sorted.some((key) => key.includes('\t') || key.includes('\n'))) throw new Error('agency index: a key holds a tab or a line break');
  return {
    keys: sorted.map((key) => `${key}\t${record(keys.get(key))}`).join('\n'),
    alphabet: alphabetOf(sorted),
    nodes: trieNodes(sorted),
    maxLength: Math.max(...sorted.map((key) => key.length)),
    prefixes,
    scopeWords: scopes.flatMap((scope) => [scope.word, ...scope.wordAliases].map((w) => foldKey(w))),
    entries: entriesText(gazetteer.entries),
    scopes,
    bareScope,
    groupHeads,
    words: {
      plural: gazetteer.words.plural.map(foldText),
      elliptic: gazetteer.words.elliptic.map(foldText),
      notLocality: gazetteer.words.notLocality.map(foldText),
      surnames: gazetteer.words.surnames.map(foldText),
      joiners: gazetteer.words.joiners.map(foldText),
      under: gazetteer.words.under.map(foldText),
      // As the matcher reads a place's words: `-` and spaces between them one space.
      provinces: gazetteer.words.provinces.map(foldKey),
      middleNames: gazetteer.words.middleNames.map(foldText),
    },
    shapeHeads: gazetteer.shapeHeads.map((h) => ({ ...h, word: foldText(h.word) })),
  };
}
