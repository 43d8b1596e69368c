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
 * - names shaped like an agency but not in the gazetteer, reported with `known: false`: a head of
 *   data/gazetteer/words.yaml and a name, then a committee (`Ban <Name> Tỉnh ủy`) or a level word
 *   (`Ban Nghiên cứu phát triển thành phố`, `Trạm <Name> xã Công Hải`), or a name alone after `Sở`;
 *   and a known body written with another level's word (`Kho bạc Nhà nước Thành phố`);
 * - a body written without its scope before `thuộc` and the body it belongs to takes that body's
 *   scope (`Trạm y tế trực thuộc UBND xã`);
 * - classes of bodies (`các huyện ủy`, `Ủy ban nhân dân huyện, thị xã, thành phố`) and an
 *   unscoped name in lower case (`trung tâm y tế địa phương`) are generic: left out unless asked for.
 *
 * Text is expected in NFC (the reader normalises it): offsets are UTF-16 code units of the input.
 *
 * This module is the matcher's public face; its parts are in agencies/, in the order a call uses
 * them: fold.ts (characters and the fold), trie.ts (the trie over the keys and what a key says),
 * index-data.ts (the generated index read at run time, or a user's), scan-text.ts (the text being
 * scanned), walk.ts (the trie walk), readings.ts (reading mentions at each word start),
 * refine.ts (the refiners that settle scope, plural and generic readings, run from one list).
 */
import { slug } from './agencies/fold.js';
import { scan, type Raw } from './agencies/readings.js';
import { REFINERS } from './agencies/refine.js';
import { makeCtx, releaseCtx, uncounted, type Ctx } from './agencies/scan-text.js';
import type { AgencyKind, AgencyLevel } from './gazetteer.js';

// The parts of the matcher (src/normalise/agencies/) and what others take of them.
export { COMMA, SPACE, foldKey, foldKeys, foldText, isWordCode, slug } from './agencies/fold.js';
export { scopeRefs, type AgencyEntry, type ScopeRef } from './agencies/trie.js';
export { ENTRY_DIGITS, customAgencyIndex, gazetteerSurnames, lookupAgency, useAgencyIndex, type AgencyIndexData } from './agencies/index-data.js';

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
  /** Present (true) when the gazetteer names a class of bodies as one (`các sở, ban, ngành`). */
  collective?: boolean;
  /** Present (true), with `generic`, for a common noun (`trung tâm y tế địa phương đó`): whichever body, not a class. */
  common?: boolean;
}

export interface AgencySummary {
  id: string;
  name: string;
  kind: AgencyKind;
  level: AgencyLevel;
  known: boolean;
  mentions: number;
  /** True for a class of bodies the gazetteer names as one (`các sở, ban, ngành`). */
  collective: boolean;
}

export interface FindOptions {
  /** Also report generic mentions (`các sở`, `các huyện ủy`), flagged `generic: true`. */
  includeGeneric?: boolean;
  /**
   * Receives the number of characters visited (trie steps, skipped spaces, look-backs): the cost
   * measure behind the linear-time claim, counted rather than timed.
   */
  stats?: { steps: number };
  /**
   * The scope key of the notice's own body (`xa` for Đảng ủy xã Công Hải, homeScope gives it): a
   * body named without its scope (`Hội Nông dân`, `UBND`) that exists at that level is read as
   * that level's.
   */
  home?: string | null;
}

function mention(ctx: Ctx, start: number, end: number, body: { id: string; name: string; kind: AgencyKind; level: AgencyLevel; collective?: boolean }, known: boolean, generic: boolean, includeGeneric: boolean): AgencyMention {
  const m: AgencyMention = { id: body.id, name: body.name, kind: body.kind, level: body.level, start, end, text: ctx.text.slice(start, end), known };
  if (includeGeneric) m.generic = generic;
  if (body.collective) m.collective = true;
  return m;
}

function toMentions(ctx: Ctx, raws: Raw[], includeGeneric: boolean): AgencyMention[] {
  const out: AgencyMention[] = [];
  for (const r of raws) {
    const first = out.length;
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
    if (r.common) for (let k = first; k < out.length; k++) out[k]!.common = true;
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
  const ctx = makeCtx(text, options.stats ?? uncounted, options.home ?? null);
  try {
    const raws = scan(ctx);
    for (const refine of REFINERS) refine(ctx, raws);
    return toMentions(ctx, raws, options.includeGeneric ?? false);
  } finally {
    releaseCtx(ctx);
  }
}

/**
 * The mention `findAgencies(text, options)` gives first when it starts at the text's start, else
 * undefined: the same answer, but a text where no name starts at its first word is not scanned on
 * (the names inside a name are looked for at each of its capitalised words, most of them none).
 */
export function findAgencyAtStart(text: string, options: FindOptions = {}): AgencyMention | undefined {
  uncounted.steps = 0;
  const ctx = makeCtx(text, options.stats ?? uncounted, options.home ?? null);
  try {
    const raws = scan(ctx, true);
    if (raws === null) return undefined;
    for (const refine of REFINERS) refine(ctx, raws);
    const first = toMentions(ctx, raws, options.includeGeneric ?? false)[0];
    return first !== undefined && first.start === 0 ? first : undefined;
  } finally {
    releaseCtx(ctx);
  }
}

/**
 * The scope key of the body a header names (`ĐẢNG UỶ XÃ CÔNG HẢI` → `xa`, `TỈNH ỦY QUẢNG NAM` →
 * `tinh`): the last territorial scope read in `text`, or null (a central body has none).
 */
export function homeScope(text: string): string | null {
  const ctx = makeCtx(text, uncounted);
  try {
    const raws = scan(ctx);
    for (const refine of REFINERS) refine(ctx, raws);
    let home: string | null = null;
    for (const r of raws) if (r.entry && r.scope?.base && !r.generic) home = r.scope.base;
    return home;
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
    else byId.set(m.id, { id: m.id, name: m.name, kind: m.kind, level: m.level, known: m.known, mentions: 1, collective: m.collective ?? false });
  }
  return [...byId.values()];
}
