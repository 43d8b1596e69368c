/**
 * Every span points into the input as read: the text it covers, with whitespace collapsed and
 * Markdown markup removed, is the text the output gives for that part.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotice, type Item, type Span } from '../src/index.js';
import { FIXTURES } from './helpers.js';

const flat = (s: string) => s.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();

function slice(source: string, span: Span): string {
  return source.slice(span.start.offset, span.end.offset);
}

function allItems(items: Item[]): Item[] {
  return items.flatMap((i) => [i, ...allItems(i.children)]);
}

describe.each(readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')))('spans of %s', (file) => {
  const source = readFileSync(join(FIXTURES, file), 'utf8');
  const n = parseNotice(Buffer.from(source), { name: file });

  it('item spans start at the marker and cover the item text', () => {
    for (const item of allItems(n.items)) {
      const covered = flat(slice(source, item.span));
      expect(covered.startsWith(item.label)).toBe(true);
      const firstParagraph = item.text.split('\n\n')[0]!;
      expect(covered).toContain(flat(firstParagraph).slice(0, 40));
      expect(covered.endsWith(flat(item.text).slice(-20))).toBe(true);
    }
  });

  it('recipient spans cover the recipient text', () => {
    for (const r of n.recipients) {
      expect(flat(slice(source, r.span)).replace(/^[-+•]\s*/, '').replace(/[,;.]$/, '')).toBe(r.text);
    }
  });

  it('people spans start at the name', () => {
    for (const p of [n.meeting.chair, ...n.meeting.attendees, ...n.meeting.presenters]) {
      if (p) expect(flat(slice(source, p.span)).startsWith(p.name)).toBe(true);
    }
  });

  it('line and column agree with the offset', () => {
    const lines = source.split('\n');
    for (const item of allItems(n.items)) {
      const { line, column, offset } = item.span.start;
      const lineStart = lines.slice(0, line - 1).reduce((a, l) => a + l.length + 1, 0);
      expect(lineStart + column - 1).toBe(offset);
    }
  });

  it('the signature span covers its name', () => {
    if (n.signature?.name) expect(flat(slice(source, n.signature.span))).toContain(n.signature.name);
  });
});
