/** The agency matcher (see ../agencies.ts): settling scope, plural and generic readings. */
import { COMMA, SPACE } from './fold.js';
import type { Raw } from './readings.js';
import { matchPhrase, skipSpace, wordBefore, type Ctx } from './scan-text.js';
import { lookupAgency } from './index-data.js';
import type { ScopeRef, Scoped } from './trie.js';

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
 * A stem named after a committee (`Ban Xây dựng Đảng` of `Ban Xây dựng Đảng Đảng ủy xã`) takes
 * only a committee from the next body in a list: in `Ban Xây dựng Đảng, Ủy ban MTTQ xã` the `xã`
 * is the Front's.
 */
function takesForm(ctx: Ctx, stem: Scoped, scope: ScopeRef): boolean {
  if (scope.form === 'committee') return true;
  for (const key of stem.keys()) if (ctx.ix.committees.has(key)) return false;
  return true;
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
    const scoped = r.stem && weak && takesForm(ctx, r.stem, right.scope) ? r.stem.get(right.scope.key) : undefined;
    if (scoped) {
      Object.assign(r, { entry: scoped, scope: right.scope, localities: right.localities, plural: right.plural, generic: right.generic });
    } else if (r.entry && r.scope?.base && r.scope.base === right.scope.base && (right.plural || right.generic)) {
      if (right.plural) Object.assign(r, { localities: right.localities, plural: true });
      else r.generic = true;
    }
  }
}

/** Only a word of `under` (`thuộc`, `trực thuộc`) between `a` and `b`. */
function underBetween(ctx: Ctx, a: number, b: number): boolean {
  const i = skipSpace(ctx, a);
  for (const word of ctx.ix.words.under) {
    const e = matchPhrase(ctx, i, word);
    if (e >= 0 && skipSpace(ctx, e) === b) return true;
  }
  return false;
}

/**
 * A body named without its scope, then `thuộc` and the body it belongs to, is of that body's level:
 * `Trạm y tế trực thuộc UBND xã` is the commune's Trạm Y tế.
 */
function resolveUnder(ctx: Ctx, raws: Raw[]): void {
  for (let i = 0; i + 1 < raws.length; i++) {
    const r = raws[i]!;
    const owner = raws[i + 1]!;
    if (!r.stem || r.unknown || r.localities || r.generic || r.member || r.scope?.base) continue;
    if (!owner.entry || owner.generic || owner.unknown || !owner.scope?.base || !underBetween(ctx, r.end, owner.start)) continue;
    const scoped = r.stem.get(owner.scope.base);
    if (scoped) Object.assign(r, { entry: scoped, scope: { key: owner.scope.base, base: owner.scope.base, form: 'word', level: scoped.level } });
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
      if (ctx.ix.words.plural.has(before.word)) return true;
      if (!(committee && elided && ctx.ix.words.elliptic.has(before.word))) return false;
      i = before.start;
      continue;
    }
    const mark = k > 0 ? ctx.f[k - 1] : -1;
    const level = committee && (mark === COMMA || mark === 0x2f) ? wordBefore(ctx, k - 1) : null;
    if (!level || !ctx.ix.words.elliptic.has(level.word)) return false;
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

/**
 * `Ủy ban nhân dân huyện, thị xã, thành phố`: a list of levels, not one body. A level word that
 * opens the next body's name (`Ủy ban MTTQ Việt Nam huyện, Huyện đoàn …`) is not a list.
 */
function levelListAfter(ctx: Ctx, r: Raw, starts: ReadonlySet<number>): boolean {
  const scope = r.scope;
  if (scope?.form !== 'word' || !scope.base) return false;
  const i = skipSpace(ctx, r.end);
  const mark = ctx.text.charAt(i);
  if (mark !== ',' && mark !== '/') return false;
  const j = skipSpace(ctx, i + 1);
  if (starts.has(j)) return false;
  return ctx.ix.scopeWords.some((s) => s.scope.level === scope.level && matchPhrase(ctx, j, s.folded) >= 0);
}

/**
 * A body's name without its scope, all in lower case, is a common noun: `trung tâm y tế địa
 * phương đó` is whichever health centre, `Trung tâm Y tế` is the one of the notice's district.
 */
function commonNoun(ctx: Ctx, r: Raw): boolean {
  return r.stem !== null && !r.scope?.base && writtenLower(ctx, r);
}

/** The body is written all in lower case (`thành ủy`). */
function writtenLower(ctx: Ctx, r: Raw): boolean {
  const written = ctx.text.slice(r.start, r.end);
  return written === written.toLowerCase();
}

/** Classes of bodies, and the bodies listed right after one (`Các huyện ủy, thị ủy, thành ủy`). */
function markGeneric(ctx: Ctx, raws: Raw[]): void {
  const starts = new Set<number>();
  for (const r of raws) if (r.entry || r.unknown) starts.add(r.start);
  let prev: Raw | null = null;
  for (const r of raws) {
    // A collective entry is the class itself (`các sở, ban, ngành`): never a class of it.
    if (r.entry && !r.localities && !r.member && !r.generic && !r.entry.collective) {
      r.generic = (!r.entry.group && pluralBefore(ctx, r)) || pluralAfter(ctx, r.end) || levelListAfter(ctx, r, starts);
      if (!r.generic && commonNoun(ctx, r)) r.generic = r.common = true;
    }
    const follows = prev?.generic && prev.entry && r.entry && !r.localities && adjacent(ctx, prev.end, r.start);
    // Of the same level, or written as a common noun whatever its level in the gazetteer: `Các
    // tỉnh ủy, thành ủy` (the cities' committees, of a province's rank, not a district town's).
    if (follows && r.entry!.kind === prev!.entry!.kind && (r.entry!.level === prev!.entry!.level || writtenLower(ctx, r))) r.generic = true;
    prev = r;
  }
}

/**
 * A body named without its scope, that exists at the level of the notice's own body, is that
 * level's: in a commune party committee's notice `Hội Nông dân` is the commune's Hội Nông dân and
 * `UBND` the commune's People's Committee, as a reader takes them. Classes of bodies, names in lower
 * case and bodies whose unscoped name is a body of its own are left as they are.
 */
function resolveHome(ctx: Ctx, raws: Raw[]): void {
  const home = ctx.home;
  if (!home) return;
  for (const r of raws) {
    if (!r.stem || r.unknown || r.localities || r.generic || r.member || r.scope?.base) continue;
    if (ctx.text.slice(r.start, r.end) === ctx.text.slice(r.start, r.end).toLowerCase()) continue;
    if (r.entry ? r.entry.level !== 'unknown' : !namesABody(ctx.text.slice(r.start, r.end))) continue;
    const entry = r.stem.get(home);
    if (entry) Object.assign(r, { entry, scope: { key: home, base: home, form: 'word', level: entry.level } });
  }
}

/**
 * Whether a stem no entry reads alone still names a body: written with capitals, and either two
 * words or more (`Ủy ban nhân dân`) or an abbreviation (`UBND`). One capitalised word is a word
 * opening a sentence (`Báo cáo`, `Hội nghị`), and a name in lower case is a common noun.
 */
function namesABody(written: string): boolean {
  if (written === written.toLowerCase()) return false;
  return written.includes(' ') || written === written.toUpperCase();
}

/**
 * `kỳ họp HĐND tỉnh, xã`: a body's scope followed by a level word of another tier names the same
 * body at that level too (Hội đồng nhân dân xã). Levels of one tier (`UBND huyện, thị xã, thành
 * phố`) are a class instead (levelListAfter), and a class's levels (`UBND các huyện, thị xã, thành
 * phố`, `Đảng ủy các xã, phường`, `UBND các xã, thị trấn`) are as many classes, one per level. The
 * body at the other level is the one whose id differs only by the level's key (`hdnd-tinh` →
 * `hdnd-xa`), as the gazetteer writes them.
 */
function expandLevels(ctx: Ctx, raws: Raw[]): void {
  const added: Raw[] = [];
  for (const r of raws) {
    const scope = r.scope;
    if (!r.entry || r.localities || scope?.form !== 'word' || !scope.base || !r.entry.id.endsWith(`-${scope.key}`)) continue;
    const generic = r.generic === true;
    let end = r.end;
    for (let hop = 0; hop < 3; hop++) {
      const i = skipSpace(ctx, end);
      if (ctx.text.charAt(i) !== ',') break;
      const j = skipSpace(ctx, i + 1);
      const word = ctx.ix.scopeWords.find((s) => (generic ? s.scope.key !== scope.key : s.scope.level !== scope.level) && matchPhrase(ctx, j, s.folded) >= 0);
      if (!word) break;
      const stop = matchPhrase(ctx, j, word.folded);
      const other = lookupAgency(r.entry.id.slice(0, -scope.key.length) + word.scope.key);
      // A level word that opens a body's name (`…, xã Công Hải`) is that body's: only a word alone.
      const next = skipSpace(ctx, stop);
      if (!other || (next < ctx.n && ctx.text.charAt(next) !== ',' && ctx.text.charAt(next) !== ';' && isCapitalAt(ctx, next))) break;
      added.push({ ...r, start: j, end: stop, entry: other, scope: { key: word.scope.key, base: word.scope.key, form: 'word', level: word.scope.level } });
      end = stop;
    }
  }
  if (added.length > 0) raws.push(...added);
}

function isCapitalAt(ctx: Ctx, i: number): boolean {
  const c = ctx.text.charAt(i);
  return c !== c.toLowerCase();
}

/**
 * The readings settled after the scan, in order (as chrono runs its refiners): a body's scope first
 * (`HĐND, UBND xã` gives the first its scope; `Trạm y tế thuộc UBND xã` its owner's), then which
 * mentions are a class of bodies, which needs the scopes settled, then the scope a notice's own
 * level gives the bodies still without one.
 */
export const REFINERS: readonly ((ctx: Ctx, raws: Raw[]) => void)[] = [resolveScopes, resolveUnder, markGeneric, resolveHome, expandLevels];
