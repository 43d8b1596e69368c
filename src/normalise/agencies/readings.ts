/** The agency matcher (see ../agencies.ts): reading mentions. */
import type { AgencyKind, AgencyLevel, GroupHead } from '../gazetteer.js';
import { slug } from './fold.js';
import type { AgencyEntry } from './trie.js';
import { foldedAt, foldedSlice, isDigitAt, isLowerAt, isSingleSpaceAt, isUpperAt, matchPhrase, skipSpace, startsWord, wordBefore, wordEnd, type Ctx } from './scan-text.js';
import { ROOT, type KeyInfo, type ScopeRef, type Scoped } from './trie.js';
import { startsAgency, walk, type Hit } from './walk.js';

interface Locality {
  name: string;
  start: number;
  end: number;
}

/** A mention before the scope, plural and generic readings are settled. */
export interface Raw {
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
  /** Generic only as a common noun (`trung tâm y tế địa phương đó`): whichever body, not a class. */
  common: boolean;
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
    generic: fields.generic ?? false, common: fields.common ?? false, member: fields.member ?? false, unknown: fields.unknown ?? null,
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

/**
 * The word (`Về`), or the word and the next (`Đồng chí`, where `Đồng` alone starts `Lâm Đồng`,
 * `Đồng Nai`), is one of data/gazetteer/words.yaml's words that start no place's name.
 */
function notLocality(ctx: Ctx, word: string, w: number): boolean {
  const words = ctx.ix.words.notLocality;
  if (words.has(word)) return true;
  if (!isSingleSpaceAt(ctx, w)) return false;
  return words.has(`${word} ${foldedSlice(ctx, w + 1, wordEnd(ctx, w + 1))}`);
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
    if (notLocality(ctx, word, w) || startsAgency(ctx, k)) break;
    if (words === 0 && scope.form === 'committee' && ctx.ix.words.surnames.has(word)) return null;
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
  // A named locality right after a territorial scope: `Huyện ủy Trà Cú`, also after an abbreviated
  // scope's point (`UBND TP. Hồ Chí Minh`).
  const dotted = ctx.text.charCodeAt(end) === 0x2e && isSingleSpaceAt(ctx, end + 1) ? 1 : 0;
  if (info.scope?.base && isSingleSpaceAt(ctx, end + dotted) && (dotted === 0 || isAbbreviated(ctx, p, end))) {
    const loc = readLocality(ctx, end + dotted + 1, info.scope);
    if (loc) {
      r.localities = [loc];
      r.end = loc.end;
    }
  }
  return r;
}

/** The name ends in capitals only (`UBND TP`): an abbreviation, which a point may follow. */
function isAbbreviated(ctx: Ctx, start: number, end: number): boolean {
  const last = ctx.text.slice(start, end).split(' ').pop() ?? '';
  return last.length >= 2 && last === last.toUpperCase() && last !== last.toLowerCase();
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
    if (isSingleSpaceAt(ctx, w) && isLowerAt(ctx, w + 1) && !ctx.ix.words.joiners.has(foldedSlice(ctx, w + 1, wordEnd(ctx, w + 1)))) {
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

export function scan(ctx: Ctx): Raw[] {
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
