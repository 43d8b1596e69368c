/** The agency matcher (see ../agencies.ts): reading mentions. */
import type { AgencyKind, AgencyLevel, GroupHead, ShapeHead } from '../gazetteer.js';
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

/** A number in Roman numerals (`I`, `IV`, `XII`): a section's, or a ward's (`Phường III`). */
function isRoman(written: string): boolean {
  for (let k = 0; k < written.length; k++) if (!'IVXLC'.includes(written.charAt(k))) return false;
  return written.length > 0;
}

/**
 * `Trà Cú` after `huyện `: up to four capitalised words. A number (`Phường 1`, `Phường III`)
 * names only a ward or a district (`xã I.` is a section's number after a body's name). After
 * `tỉnh` (or `Tỉnh ủy`) a place is a province's name, which a list holds (data/gazetteer/words.yaml
 * `provinces`): the words after it are not the place's, and capitalised words that start no
 * province's name are none (a person: `Phó Bí thư Tỉnh ủy Hồ Thị Hoàng Yến`). After `thành phố` a
 * province-level city's name is taken whole; a city of a province, which no list holds, is read by
 * its words.
 */
function readLocality(ctx: Ctx, i: number, scope: ScopeRef): Locality | null {
  if (scope.base === 'tinh' || scope.base === 'thanh-pho') {
    const province = readProvince(ctx, i);
    if (province || scope.base === 'tinh') return province;
  }
  const digits = scope.form === 'word' && (scope.base === 'phuong' || scope.base === 'quan');
  const starts = (k: number): boolean => isUpperAt(ctx, k) || (digits && isDigitAt(ctx, k));
  let end = -1;
  let k = i;
  for (let words = 0; words < 4 && k >= 0 && starts(k); words++) {
    const w = wordEnd(ctx, k);
    const word = foldedSlice(ctx, k, w);
    if (notLocality(ctx, word, w) || startsAgency(ctx, k) || (!digits && isRoman(ctx.text.slice(k, w)))) break;
    if (words === 0 && ((scope.form === 'committee' && ctx.ix.words.surnames.has(word)) || startsPerson(ctx, w, scope))) return null;
    end = w;
    k = nextNameWord(ctx, w, starts);
  }
  return end < 0 ? null : { name: displayName(ctx.text.slice(i, end)), start: i, end };
}

/**
 * A word (the one ending at `w`), a middle name (`Văn`, `Thị`) and a capitalised word make a
 * person's name (`Phó Chủ tịch UBND huyện Nguyễn Thị Mai`, `Thạch Văn Lợi`), not a place's, but
 * after `phường`: wards are often named after people (`phường Võ Thị Sáu`). The family name need
 * not be a common one: the middle name and the given name after it tell.
 */
function startsPerson(ctx: Ctx, w: number, scope: ScopeRef): boolean {
  if (scope.base === 'phuong' || !isSingleSpaceAt(ctx, w)) return false;
  const middleEnd = wordEnd(ctx, w + 1);
  if (!ctx.ix.words.middleNames.has(foldedSlice(ctx, w + 1, middleEnd))) return false;
  return isSingleSpaceAt(ctx, middleEnd) && isUpperAt(ctx, middleEnd + 1);
}

/** The longest province-level name at `i` (up to four words, `-` or a space between them), or null. */
function readProvince(ctx: Ctx, i: number): Locality | null {
  const upper = (k: number): boolean => isUpperAt(ctx, k);
  let end = -1;
  let name = '';
  let k = i;
  for (let words = 0; words < 4 && k >= 0 && upper(k); words++) {
    const w = wordEnd(ctx, k);
    name = words === 0 ? foldedSlice(ctx, k, w) : `${name} ${foldedSlice(ctx, k, w)}`;
    if (ctx.ix.words.provinces.has(name)) end = w;
    k = nextNameWord(ctx, w, upper);
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

/** How many words a name the gazetteer lacks may have between its head and its scope (`Nghiên cứu phát triển`). */
const SHAPE_WORDS = 10;
/** How many lower-case words may follow one another in such a name: a longer run is a sentence. */
const SHAPE_LOWER_RUN = 6;

/** What the keys that start at word `k` say, from one walk: a committee, a phrase that names nothing, another body. */
interface KeysAt {
  committee: { entry: AgencyEntry; end: number } | null;
  /** The end of a phrase that names nothing (data/gazetteer/not-agencies.yaml: `xã hội`), or -1. */
  stop: number;
  /** Some body's name (or its stem) starts here. */
  agency: boolean;
  /** A body's whole name starts here (not only a stem: `Đoàn` of `Đoàn kết`). */
  entry: boolean;
}

function keysAt(ctx: Ctx, k: number): KeysAt {
  const hits = walk(ctx, ROOT, k);
  const at: KeysAt = { committee: null, stop: -1, agency: false, entry: false };
  for (let h = hits.length - 1; h >= 0; h--) {
    const { info, end } = hits[h]!;
    if (info.entry && at.committee === null && ctx.ix.committees.has(info.entry.id)) at.committee = { entry: info.entry, end };
    if (info.stop && at.stop < 0) at.stop = end;
    if (info.entry || info.stem || info.group) at.agency = true;
    if (info.entry || info.group) at.entry = true;
  }
  return at;
}

/**
 * A level word at `i` (`xã`, `thành phố`, `TP`), unless it opens a phrase naming nothing (`xã
 * hội`): `stop` says where one ends (-1: none; undefined: not looked for yet).
 */
function scopeWordAt(ctx: Ctx, i: number, stop?: number): { scope: ScopeRef; word: string; end: number } | null {
  if ((stop !== undefined && stop >= 0) || i >= ctx.n || !ctx.ix.scopeStarts.has(ctx.f[i]!)) return null;
  for (const sw of ctx.ix.scopeWords) {
    const e = matchPhrase(ctx, i, sw.folded);
    if (e < 0) continue;
    if (stop === undefined && keysAt(ctx, i).stop >= 0) return null;
    return { scope: { key: sw.scope.key, base: sw.scope.key, form: 'word', level: sw.scope.level }, word: sw.scope.word, end: e };
  }
  return null;
}

/** Where a name's next word starts after a word ending at `w` (` `, `-`, ` - `, ` và ` or `, ` before a capital), or -1. */
function nextShapeWord(ctx: Ctx, w: number): number {
  if (isSingleSpaceAt(ctx, w) && startsWord(ctx, w + 1)) return w + 1;
  const text = ctx.text;
  if (text.charAt(w) === '-' && startsWord(ctx, w + 1)) return w + 1;
  if (text.startsWith(' - ', w) && startsWord(ctx, w + 3)) return w + 3;
  if (text.startsWith(', ', w) && isUpperAt(ctx, w + 2)) return w + 2;
  return -1;
}

/** How a name the gazetteer lacks ends: at a level word, at a committee, or with no scope. */
interface Shape {
  /** The end of the name (before its scope). */
  end: number;
  scope: { scope: ScopeRef; word: string; end: number } | null;
  committee: { entry: AgencyEntry; end: number } | null;
}

/**
 * The name after a head (`Nghiên cứu phát triển` in `Ban Nghiên cứu phát triển thành phố`): a
 * capitalised word, then words, capitalised or not (never more than a few lower-case ones in a
 * row, nor a word that joins or subordinates: `của`, `thuộc`), up to a level word or a
 * committee. Stops at the start of another body's name.
 */
function readShape(ctx: Ctx, i: number): Shape | null {
  if (!isUpperAt(ctx, i)) return null;
  const words = ctx.ix.words;
  let end = -1;
  let k = i;
  let lowerRun = 0;
  for (let n = 0; n < SHAPE_WORDS && k >= 0; n++) {
    const at = keysAt(ctx, k);
    if (n > 0) {
      if (at.committee) return { end, scope: null, committee: at.committee };
      const scope = scopeWordAt(ctx, k, at.stop);
      if (scope) return { end, scope, committee: null };
    }
    // Another body's name ends this one; first (`Ban HĐND thành phố`), the head is a part of that
    // body (a stem alone there is a word of the name: `Ủy ban Đoàn kết Công giáo`).
    if (n === 0 ? at.entry : at.agency) {
      if (n === 0) return null;
      break;
    }
    // A phrase that names nothing (`xã hội`) is words of the name, though it opens with a level word.
    const lower = isLowerAt(ctx, k);
    const w = lower && at.stop >= 0 ? at.stop : wordEnd(ctx, k);
    if (lower) {
      const word = foldedSlice(ctx, k, w);
      if (words.under.has(word) || (words.joiners.has(word) && !(word === 'và' && isUpperAt(ctx, w + 1)))) break;
      if (++lowerRun > SHAPE_LOWER_RUN) return null;
    } else lowerRun = 0;
    end = w;
    k = nextShapeWord(ctx, w);
  }
  return end < 0 ? null : { end, scope: null, committee: null };
}

/** The head (data/gazetteer/words.yaml, `heads`) whose word starts at `p`, and where it ends. */
function shapeHeadAt(ctx: Ctx, p: number): { head: ShapeHead; end: number } | null {
  if (p + 1 >= ctx.n || !ctx.ix.headStarts.has((ctx.f[p]! << 16) | ctx.f[p + 1]!)) return null;
  for (const head of ctx.ix.shapeHeads) {
    const e = matchPhrase(ctx, p, head.word);
    if (e >= 0) return { head, end: e };
  }
  return null;
}

/** All in capitals (`BAN`): a heading, where any word is capitalised. */
function inCapitals(ctx: Ctx, start: number, end: number): boolean {
  const s = ctx.text.slice(start, end);
  return s === s.toUpperCase();
}

/**
 * A name shaped like an agency but not in the gazetteer: a head and a name, then a committee
 * (`Ban Kinh tế Tỉnh ủy`: that committee's organ) or a level word (`Ban Nghiên cứu phát triển
 * thành phố`, `Trạm Thủy nông xã Công Hải`: a body of that level, of the locality named after it);
 * after a head that names a body alone (`Sở`), a capitalised name is enough (`Sở Du lịch`). A level
 * word read in a heading's capitals is no scope: there every word is capitalised (`BÁO CÁO … XÃ`).
 */
function unknownAt(ctx: Ctx, p: number): Found | null {
  const at = shapeHeadAt(ctx, p);
  if (!at || !isSingleSpaceAt(ctx, at.end)) return null;
  const { head } = at;
  const text = ctx.text;
  if (head.alone) {
    // `cơ sở Y tế` is a facility, not a department.
    if (wordBefore(ctx, p)?.word === 'cơ') return null;
    const e = readName(ctx, at.end + 1);
    if (e < 0) return null;
    // The head as the gazetteer writes a name's first word (`Sở`, not `SỞ`), the name as written.
    const name = `${displayName(text.slice(p, at.end))} ${displayName(text.slice(at.end + 1, e))}`;
    return { items: [unknownRaw(p, e, slug(name), name, head.kind, head.alone.level)], end: e };
  }
  const shape = readShape(ctx, at.end + 1);
  if (!shape) return null;
  const body = inCapitals(ctx, p, shape.end) ? displayName(text.slice(p, shape.end)) : text.slice(p, shape.end);
  if (shape.committee) {
    const { entry, end } = shape.committee;
    return { items: [unknownRaw(p, end, `${entry.id}.${slug(body)}`, `${body} ${entry.name}`, 'party', entry.level)], end };
  }
  if (!shape.scope || inCapitals(ctx, p, shape.scope.end)) return null;
  const { scope, word, end } = shape.scope;
  const name = `${body} ${word}`;
  const loc = isSingleSpaceAt(ctx, end) ? readLocality(ctx, end + 1, scope) : null;
  if (loc) return { items: [unknownRaw(p, loc.end, `${slug(name)}:${slug(loc.name)}`, `${name} ${loc.name}`, head.kind, scope.level)], end: loc.end };
  return { items: [unknownRaw(p, end, slug(name), name, head.kind, scope.level)], end };
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

/**
 * A body the gazetteer knows at some levels, written with the word of another (`Kho bạc Nhà nước
 * Thành phố`, known as `Kho bạc Nhà nước tỉnh`; `Báo&PT, TH Thành phố`): that body at that level,
 * named as the known one is (`Kho bạc Nhà nước thành phố`), not in the gazetteer.
 */
function atOtherLevel(ctx: Ctx, stem: Scoped, p: number, end: number): Found | null {
  if (!isSingleSpaceAt(ctx, end)) return null;
  const at = scopeWordAt(ctx, end + 1);
  if (!at || stem.has(at.scope.key)) return null;
  // Only a body named with a level word: a committee (`Đảng ủy`) and its organs (`Ban Xây dựng
  // Đảng`) are named after committees.
  for (const key of stem.keys()) if (ctx.ix.committees.has(key)) return null;
  // Nor a class of bodies (`các sở, ban, ngành tỉnh`).
  for (const entry of stem.values()) if (ctx.ix.committees.has(entry.id) || entry.collective) return null;
  for (const [key, entry] of stem) {
    const known = ctx.ix.scopeWords.find((s) => s.scope.key === key);
    if (!known || !entry.name.endsWith(` ${known.scope.word}`)) continue;
    const name = `${entry.name.slice(0, entry.name.length - known.scope.word.length)}${at.word}`;
    const loc = isSingleSpaceAt(ctx, at.end) ? readLocality(ctx, at.end + 1, at.scope) : null;
    if (loc) return { items: [unknownRaw(p, loc.end, `${slug(name)}:${slug(loc.name)}`, `${name} ${loc.name}`, entry.kind, at.scope.level)], end: loc.end };
    return { items: [unknownRaw(p, at.end, slug(name), name, entry.kind, at.scope.level)], end: at.end };
  }
  return null;
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
    const other = readPlural(ctx, info.stem, p, end) ?? atOtherLevel(ctx, info.stem, p, end);
    if (other) return other;
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
    if (!found) continue;
    // A stem with no scope here (`Văn phòng`, known as Văn phòng Tỉnh ủy …) is a head too:
    // `Văn phòng Điều phối nông thôn mới tỉnh` is a body the gazetteer lacks.
    if (found.items.length === 1 && isStemOnly(found.items[0]!) && isUpperAt(ctx, p)) {
      const unknown = unknownAt(ctx, p);
      if (unknown && unknown.end > found.end) return unknown;
    }
    return found;
  }
  // Unknown names start with a head (`Sở`, `Ban`, `Trạm` …), capitalised.
  return isUpperAt(ctx, p) ? unknownAt(ctx, p) : null;
}

function isStemOnly(r: Raw): boolean {
  return r.stem !== null && r.entry === null && r.unknown === null && r.localities === null;
}

/**
 * The readings of the text, left to right. With `atStart`, null when none starts at offset 0 (no
 * mention could start there, whatever the refiners make of the others): the rest is not read.
 */
export function scan(ctx: Ctx): Raw[];
export function scan(ctx: Ctx, atStart: true): Raw[] | null;
export function scan(ctx: Ctx, atStart = false): Raw[] | null {
  const raws: Raw[] = [];
  const { starts, startCount } = ctx;
  let next = 0;
  for (let k = 0; k < startCount; k++) {
    const p = starts[k]!;
    if (p < next) continue;
    if (atStart && p !== 0 && k === 0) return null;
    const found = matchAt(ctx, p, true);
    if (atStart && k === 0 && (!found || !found.items.some((r) => r.start === 0))) return null;
    if (!found) continue;
    for (const r of found.items) raws.push(r);
    next = Math.max(found.end, p + 1);
  }
  return raws;
}
