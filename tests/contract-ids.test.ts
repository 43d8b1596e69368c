/**
 * Item ids (issue 16, "Output a user can join"): every item has an `id` in the scheme of the
 * directives' ids, so that a directive joins to the item it was read from (`directive.id`) and to
 * the numbered item that owns it (`directive.item`). Expected ids were derived by hand from the
 * markers of each text (line numbers in the comments), not copied from the output.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotice, type Item, type Notice } from '../src/index.js';
import { FIXTURES, fixtureBytes } from './helpers.js';

const VARIANTS = join(import.meta.dirname, 'variants');
const CORPUS = join(import.meta.dirname, 'corpus');

/** Every item of the tree, depth first, by id. */
function itemsById(items: Item[], into = new Map<string, Item>()): Map<string, Item> {
  for (const item of items) {
    into.set(item.id, item);
    itemsById(item.children, into);
  }
  return into;
}

/** Every item's id, as an outline: an id, then its children's outline when it has some. */
type IdOutline = (string | IdOutline)[];
function idOutline(items: Item[]): IdOutline {
  return items.flatMap((i) => (i.children.length > 0 ? [i.id, idOutline(i.children)] : [i.id]));
}

/** Every item of the tree, depth first. */
function allItems(items: Item[]): Item[] {
  return items.flatMap((i) => [i, ...allItems(i.children)]);
}

function sameSpan(item: Item, span: Item['span']): boolean {
  return item.span.start.offset === span.start.offset && item.span.end.offset === span.end.offset;
}

/** The ids of `target` and its ancestors, nearest first (`2.-.1` → `2.-.1`, `2`). */
function selfAndAncestors(items: Item[], target: Item): string[] {
  const path = (list: Item[], trail: string[]): string[] | null => {
    for (const item of list) {
      if (item === target) return [item.id, ...trail];
      const found = path(item.children, [item.id, ...trail]);
      if (found) return found;
    }
    return null;
  };
  return path(items, []) ?? [];
}

function textsBelow(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...textsBelow(join(dir, e.name), pattern));
    else if (pattern.test(e.name)) out.push(join(dir, e.name));
  }
  return out;
}

const fixtures = readdirSync(FIXTURES).filter((f) => /\.(txt|md)$/.test(f)).map((f) => join(FIXTURES, f));
const notices: [string, Notice][] = [...fixtures, ...textsBelow(VARIANTS, /\.(txt|md)$/), ...textsBelow(join(CORPUS), /^\d+\.(txt|md)$/)].map(
  (file) => [file.slice(file.indexOf('/', file.indexOf('wt-') + 1) + 1), parseNotice(readFileSync(file), { name: file })],
);

describe('item ids', () => {
  it('are read from many notices (fixtures, variants, corpus)', () => {
    expect(notices.length).toBeGreaterThan(80);
    expect(notices.filter(([, n]) => n.directives.length > 0).length).toBeGreaterThan(50);
  });

  it.each(notices)('%s: every directive joins to the item it was read from, and to its owner', (_, notice) => {
    for (const d of notice.directives) {
      // A body with no items: the directive was read from its paragraph `p1`, `p2` …, owned by no item.
      if (notice.items.length === 0) {
        expect([d.id, d.item], `directive ${d.id}`).toEqual([expect.stringMatching(/^p[1-9]\d*$/), null]);
        continue;
      }
      // The directive was read from an item of that id which covers the same lines (an id can
      // repeat when the text repeats its numbering: see below).
      const own = allItems(notice.items).find((i) => i.id === d.id && sameSpan(i, d.span));
      expect(own, `directive ${d.id} is an item`).toBeDefined();
      // `item` is the item itself or the item above it that owns it (a bullet's numbered item).
      expect(selfAndAncestors(notice.items, own!), `directive ${d.id}: item ${d.item}`).toContain(d.item);
    }
  });

  it.each(notices.filter(([file]) => !file.includes('corpus/')))('%s: ids are unique', (_, notice) => {
    expect(itemsById(notice.items).size).toBe(allItems(notice.items).length);
  });

  it('repeat when the text repeats its numbering (corpus commune-documents/040: items 1.–4. twice)', () => {
    const n = notices.find(([file]) => file.endsWith('commune-documents/040.txt'))![1];
    const ids = allItems(n.items).map((i) => i.id);
    expect(ids.filter((id) => id === '1')).toHaveLength(2);
  });

  it('fixture 000: numbered items 1–4, bullets under 1 and 2 (lines 13–106)', () => {
    const n = parseNotice(fixtureBytes('000'));
    expect(idOutline(n.items)).toEqual(['1', ['1.-.1', '1.-.2', '1.-.3'], '2', ['2.-.1', '2.-.2'], '3', '4']);
    // Line 74, the first bullet under 2.: its directive names the bullet (id) and item 2 (item).
    const bullet = n.directives.find((d) => d.id === '2.-.1')!;
    expect(bullet.item).toBe('2');
    expect(itemsById(n.items).get(bullet.id)!.text).toMatch(/^Tập trung hoàn thành việc tiêm vắc xin/);
  });

  it('fixture 002: 2.1.–2.3. under item 3. are joined with `/` (lines 64–106), 4.1. and 4.2. under 4.', () => {
    const n = parseNotice(fixtureBytes('002'));
    expect(idOutline(n.items)).toEqual(['1', '2', '3', ['3/2.1', '3/2.2', '3/2.3'], '4', ['4.1', '4.2']]);
  });

  it('variant 07: Roman sections, numbers, letters, `-` and `+` bullets, each under the one above', () => {
    const n = parseNotice(readFileSync(join(VARIANTS, '07-roman-sections-deep-tree.txt')));
    expect(idOutline(n.items)).toEqual([
      'I',
      'II',
      ['II.1', ['II.1.1', 'II.1.2', ['II.1.2.a', 'II.1.2.b', ['II.1.2.b.-.1', 'II.1.2.b.-.2', ['II.1.2.b.-.2.-.1', 'II.1.2.b.-.2.-.2']]]], 'II.2'],
    ]);
  });

  it('a bullet at the top is `-.N`, a bullet under it `-.N.-.M`', () => {
    const text = [
      'THÔNG BÁO', 'kết luận của Thường trực Tỉnh ủy', '',
      'Ngày 02/12/2021, Thường trực Tỉnh ủy họp và kết luận như sau:', '',
      '- Sở Y tế xây dựng kế hoạch tiêm vắc xin, báo cáo trước ngày 10/12/2021.', '',
      '- Sở Tài chính bố trí kinh phí.', '',
      '+ Ưu tiên các huyện.', '',
    ].join('\n');
    const n = parseNotice(text);
    expect(idOutline(n.items)).toEqual(['-.1', '-.2', ['-.2.-.1']]);
    expect(n.directives.find((d) => d.id === '-.1')?.item).toBe('-.1');
  });
});
