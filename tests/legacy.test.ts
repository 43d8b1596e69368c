/**
 * Old archives (issue 18): every fixture written in TCVN3, VNI, VISCII and Windows-1258 bytes, and
 * as TCVN3 and VNI glyph text inside UTF-8, reads as the same notice as its UTF-8 original (what
 * the old encoding can hold of it: tests/legacy-encode.ts). Expected values are the fixtures' own
 * text, parsed as UTF-8.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parseNotice, type Notice } from '../src/index.js';
import { FIXTURES } from './helpers.js';
import { asCp1252, cp1252Others, essence, tcvn3Glyphs, tcvn3Holds, vniGlyphs, windows1258 } from './legacy-encode.js';

const NAMES = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
const text = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const parse = (input: string | Uint8Array, encoding?: 'tcvn3' | 'vni' | 'viscii' | 'windows-1258'): Notice =>
  parseNotice(input, { spans: false, ...(encoding ? { encoding } : {}) });

/** [name, encoding it must be detected as, what it can hold of the text, its bytes]. */
const ENCODED: [string, 'tcvn3' | 'vni' | 'viscii' | 'windows-1258', (t: string) => string, (t: string) => Uint8Array][] = [
  ['TCVN3', 'tcvn3', (t) => cp1252Others(tcvn3Holds(t)), (t) => asCp1252(tcvn3Glyphs(t))],
  ['VNI', 'vni', cp1252Others, (t) => asCp1252(vniGlyphs(t))],
  ['VISCII', 'viscii', (t) => iconv.decode(iconv.encode(t, 'viscii'), 'viscii'), (t) => iconv.encode(t, 'viscii')],
  ['Windows-1258', 'windows-1258', (t) => iconv.decode(windows1258(t), 'windows1258').normalize('NFC'), windows1258],
];

describe.each(NAMES)('%s', (name) => {
  const original = text(name);

  it.each(ENCODED)('read from %s bytes, detected, gives the same notice', (_label, encoding, holds, encode) => {
    const expected = essence(parse(holds(original)));
    const n = parse(encode(original));
    expect(n.source.encoding).toBe(encoding);
    expect(n.diagnostics.find((d) => d.code === 'converted')?.severity).toBe('info');
    expect(essence(n)).toEqual(expected);
  });

  it.each(ENCODED)('read from %s bytes, forced with encoding, gives the same notice', (_label, encoding, holds, encode) => {
    expect(essence(parse(encode(original), encoding))).toEqual(essence(parse(holds(original))));
  });

  it('as TCVN3 glyph text in UTF-8 gives the same notice, spans on the glyphs', () => {
    const glyphs = tcvn3Glyphs(cp1252Others(original));
    const n = parseNotice(glyphs);
    expect(essence(parseNotice(glyphs, { spans: false }))).toEqual(essence(parse(cp1252Others(tcvn3Holds(original)))));
    expect(n.diagnostics.some((d) => d.code === 'mojibake')).toBe(true);
    // TCVN3 glyphs are one character a letter: a span covers the glyphs of exactly its text.
    const item = n.items[0]!;
    const covered = glyphs.slice(item.span!.start.offset, item.span!.end.offset);
    expect(covered.length).toBeGreaterThanOrEqual(item.label.length);
    expect(covered.startsWith(item.label)).toBe(true);
  });

  it('as VNI glyph text in UTF-8 gives the same notice, spans on the glyphs', () => {
    const glyphs = vniGlyphs(cp1252Others(original));
    const n = parseNotice(glyphs);
    expect(essence(parseNotice(glyphs, { spans: false }))).toEqual(essence(parse(cp1252Others(original))));
    // A span ends after the last glyph of its text: the recipients' glyphs spell their text.
    for (const r of n.recipients) {
      const covered = glyphs.slice(r.span!.start.offset, r.span!.end.offset);
      expect(covered.replace(/\s+/g, ' ')).toContain(vniGlyphs(r.text.slice(0, 8)));
    }
  });
});

describe('what is not glyph text stays as written', () => {
  const DIRS = [FIXTURES, join(import.meta.dirname, 'corpus'), join(import.meta.dirname, 'variants')];
  const files = DIRS.flatMap((dir) => listText(dir));

  it('finds every file', () => {
    expect(files.length).toBeGreaterThan(60);
  });

  it.each(files)('%s: nothing converted', (file) => {
    const n = parseNotice(readFileSync(file));
    expect(n.diagnostics.filter((d) => d.code === 'mojibake' || d.code === 'converted' || d.code === 'mixed-encoding')).toEqual([]);
  });

  it('leaves French and a stray section sign alone', () => {
    const n = parseNotice('THÔNG BÁO\nLà où il a été, « déjà vu » § 3, château, Noël, naïve.\n1. Giao Sở Y tế triển khai.\n');
    expect(n.diagnostics.map((d) => d.code)).not.toContain('mojibake');
  });
});

function listText(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(txt|md)$/.test(e.name) && !/^(README|SOURCES|FORMAT)\.md$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}
