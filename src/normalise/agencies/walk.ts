/** The agency matcher (see ../agencies.ts): the trie walk. */
import { COMMA, DASH, LOWER, SPACE, UPPER, WORD, isKeyPunctCode } from './fold.js';
import type { Ctx } from './scan-text.js';
import { ROOT, type KeyInfo } from './trie.js';

export interface Hit {
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
export function walk(ctx: Ctx, start: number, p: number): Hit[] {
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
export function startsAgency(ctx: Ctx, i: number): boolean {
  return walk(ctx, ROOT, i).some((h) => h.info.entry || h.info.stem || h.info.group);
}
