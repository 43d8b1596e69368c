/** The agency matcher (see ../agencies.ts): the text being scanned. */
import { LOWER, SPACE, UPPER, WORD, decode, foldInto, folded, type Folded } from './fold.js';
import { index } from './index-data.js';
import type { Index } from './trie.js';

/** Buffers may be longer than the text: only [0, n] is this text's. */
export interface Ctx extends Folded {
  text: string;
  n: number;
  ix: Index;
  stats: { steps: number };
  /** The scope key of the notice's own body (`xa`), or null: see FindOptions.home. */
  home: string | null;
}


/**
 * Texts are short and many (an item, a recipient line): the buffers of the last call are reused,
 * up to this length. A longer text gets buffers of its own, not kept.
 */
const SHARED_MAX = 0x10000;
let shared: Ctx | null = null;

function newCtx(size: number): Ctx {
  const t = folded(size);
  return { ...t, text: '', n: 0, ix: index(), stats: { steps: 0 }, home: null };
}

export function makeCtx(text: string, stats: { steps: number }, home: string | null = null): Ctx {
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
  ctx.home = home;
  foldInto(text, ctx);
  return ctx;
}

/** Counts the steps of a call that does not ask for them. */
export const uncounted = { steps: 0 };

/** Lets go of the text and the caller's counter once a call is done. */
export function releaseCtx(ctx: Ctx): void {
  ctx.text = '';
  ctx.stats = uncounted;
  ctx.home = null;
}

/** The folded text from `start` to `end`, as a string. */
export function foldedSlice(ctx: Ctx, start: number, end: number): string {
  return decode(ctx.f, start, Math.min(end, ctx.n));
}

/** `s` (folded) is in the folded text at `i`. */
export function foldedAt(ctx: Ctx, i: number, s: string): boolean {
  if (i < 0 || i + s.length > ctx.n) return false;
  for (let k = 0; k < s.length; k++) if (ctx.f[i + k] !== s.charCodeAt(k)) return false;
  return true;
}

function isWordAt(ctx: Ctx, i: number): boolean {
  return i >= 0 && i < ctx.n && (ctx.flags[i]! & WORD) !== 0;
}

export function isUpperAt(ctx: Ctx, i: number): boolean {
  return i >= 0 && i < ctx.n && (ctx.flags[i]! & UPPER) !== 0;
}

export function isLowerAt(ctx: Ctx, i: number): boolean {
  return i >= 0 && i < ctx.n && (ctx.flags[i]! & LOWER) !== 0;
}

export function isDigitAt(ctx: Ctx, i: number): boolean {
  const c = ctx.text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/** PDF extraction glues words where the font lost a space: `vụTỉnh`. A lower→upper step is a word break. */
function isGlue(ctx: Ctx, i: number): boolean {
  return isLowerAt(ctx, i - 1) && isUpperAt(ctx, i);
}

export function startsWord(ctx: Ctx, i: number): boolean {
  return isWordAt(ctx, i) && (!isWordAt(ctx, i - 1) || isGlue(ctx, i));
}

function endsWord(ctx: Ctx, i: number): boolean {
  return !isWordAt(ctx, i) || !isWordAt(ctx, i - 1) || isGlue(ctx, i);
}

export function wordEnd(ctx: Ctx, i: number): number {
  let k = i + 1;
  while (isWordAt(ctx, k) && !isGlue(ctx, k)) k++;
  ctx.stats.steps += k - i;
  return k;
}

export function skipSpace(ctx: Ctx, i: number): number {
  let k = i;
  while (k < ctx.n && ctx.f[k] === SPACE) k++;
  ctx.stats.steps += k - i;
  return k;
}

/** A single space (a locality follows its body on the same line, one space away). */
export function isSingleSpaceAt(ctx: Ctx, i: number): boolean {
  const c = ctx.text.charCodeAt(i);
  return c === 0x20 || c === 0xa0;
}

/** The folded word that ends just before `i` (spaces skipped), and where it starts. */
export function wordBefore(ctx: Ctx, i: number): { word: string; start: number } | null {
  let end = i;
  while (end > 0 && end <= ctx.n && ctx.f[end - 1] === SPACE) end--;
  let start = end;
  while (start > 0 && isWordAt(ctx, start - 1)) start--;
  ctx.stats.steps += i - start;
  return start < end ? { word: foldedSlice(ctx, start, end), start } : null;
}

/** `key` (folded, spaces matching any whitespace run) as a whole word at `i`, or -1. */
export function matchPhrase(ctx: Ctx, i: number, key: string): number {
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
