import { describe, expect, it } from 'vitest';
import { decode, decodeString, type Decoded } from '../src/read/decode.js';
import { sniff } from '../src/read/sniff.js';

const VI = 'Thường trực Tỉnh ủy';
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => Array.from(p)));

function utf16(s: string, bigEndian: boolean, bom = true): Uint8Array {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (bigEndian) out.push(u >> 8, u & 0xff);
    else out.push(u & 0xff, u >> 8);
  }
  return Uint8Array.from(out);
}

/** What `text` must be, computed the slow obvious way. */
const reference = (source: string): string => source.replace(/\r\n?/g, '\n').normalize('NFC');

/**
 * The map is exact: the spans of consecutive text characters tile `source` from 0 to its end,
 * are monotone and in bounds, and each span normalises to exactly the characters mapped to it.
 */
function expectExactMap(d: Decoded): void {
  const { source, text, map } = d;
  expect(text).toBe(reference(source));
  expect(map.toSource(text.length)).toBe(source.length);
  expect(map.toSource(text.length, 'end')).toBe(source.length);
  // Plain comparisons in the loop (an expect per character is slow on long texts).
  const fail = (i: number, why: string): never =>
    expect.fail(`text offset ${i} of ${JSON.stringify(text.slice(0, 80))}: ${why}`);
  let groupStart = 0;
  let prevStart = 0;
  let prevEnd = 0;
  for (let i = 0; i < text.length; i++) {
    const start = map.toSource(i);
    const end = map.toSource(i + 1, 'end');
    if (!(start >= prevStart && end >= prevEnd)) fail(i, 'not monotone');
    if (!(start < end && end <= source.length)) fail(i, `span ${start}–${end} out of bounds`);
    if (i === 0 && start !== 0) fail(i, 'does not start at 0');
    if (i > 0 && (start !== prevStart || end !== prevEnd)) {
      // The previous group of characters shares one source span, and spans tile the source.
      if (text.slice(groupStart, i) !== reference(source.slice(prevStart, prevEnd))) fail(i, 'span text differs');
      if (start !== prevEnd) fail(i, `gap or overlap at ${prevEnd}–${start}`);
      groupStart = i;
    }
    prevStart = start;
    prevEnd = end;
  }
  if (text.length > 0) {
    if (text.slice(groupStart) !== reference(source.slice(prevStart, prevEnd))) fail(text.length, 'last span differs');
    if (prevEnd !== source.length) fail(text.length, 'does not end at the source end');
  }
}

/** Deterministic PRNG (mulberry32) so a failing case can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('decode: encodings', () => {
  it('reads UTF-8 without BOM as is, with an identity map', () => {
    const d = decode(utf8(VI));
    expect(d).toMatchObject({ source: VI, text: VI, encoding: 'utf-8', issues: [] });
    for (let i = 0; i <= VI.length; i++) expect(d.map.toSource(i)).toBe(i);
  });

  it('removes a UTF-8 BOM, and only the first one', () => {
    const d = decode(bytes([0xef, 0xbb, 0xbf], utf8(VI)));
    expect(d).toMatchObject({ source: VI, text: VI, encoding: 'utf-8', issues: [] });
    const twice = decode(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], utf8('A')));
    expect(twice.source).toBe('\uFEFFA');
  });

  it('reads a BOM alone as empty', () => {
    expect(decode(Uint8Array.from([0xef, 0xbb, 0xbf]))).toMatchObject({ source: '', text: '', issues: [] });
    expect(decode(Uint8Array.from([0xff, 0xfe]))).toMatchObject({ source: '', encoding: 'utf-16le' });
  });

  it.each([
    ['utf-16le', false],
    ['utf-16be', true],
  ] as const)('reads %s with BOM', (encoding, bigEndian) => {
    const input = `${VI}\r\nTỉnh ủy 😀\n`;
    const d = decode(utf16(input, bigEndian));
    expect(d).toMatchObject({ source: input, text: `${VI}\nTỉnh ủy 😀\n`, encoding, issues: [] });
    expectExactMap(d);
  });

  it.each([
    ['utf-16le', false],
    ['utf-16be', true],
  ] as const)('recognises %s without BOM when unmistakable', (encoding, bigEndian) => {
    const input = `THÔNG BÁO\nKết luận của Ban ${VI} về công tác cán bộ.\n`;
    const d = decode(utf16(input, bigEndian, false));
    expect(d).toMatchObject({ source: input, encoding, issues: [] });
  });

  it('does not guess UTF-16 from a few NULs or from UTF-8 text', () => {
    expect(decode(Uint8Array.from([0x41, 0, 0x42, 0])).encoding).toBe('utf-8');
    expect(decode(utf8(`${VI} ${VI} ${VI}`)).encoding).toBe('utf-8');
    // NULs on both sides: binary, not text.
    expect(decode(new Uint8Array(64)).encoding).toBe('utf-8');
  });

  it('reports bad UTF-16 code units with their byte offsets; a literal U+FFFD is fine', () => {
    // BOM, 'A', lone high surrogate, 'B', U+FFFD, lone low surrogate twice, stray last byte
    const b = Uint8Array.from([0xff, 0xfe, 0x41, 0, 0x00, 0xd8, 0x42, 0, 0xfd, 0xff, 0x00, 0xdc, 0x01, 0xdc, 0x43]);
    const d = decode(b);
    expect(d.source).toBe('A\uFFFDB\uFFFD\uFFFD\uFFFD\uFFFD');
    expect(d.issues.map(({ byteOffset, sourceOffset, length }) => [byteOffset, sourceOffset, length])).toEqual([
      [4, 1, 1],
      [10, 4, 3],
    ]);
    expect(d.issues[1]!.message).toContain('5 bytes');
  });

  it('reports a lone high surrogate followed by a stray byte at the end as one issue', () => {
    const d = decode(Uint8Array.from([0xff, 0xfe, 0x41, 0, 0x00, 0xd8, 0x42]));
    expect(d.source).toBe('A\uFFFD');
    expect(d.issues).toMatchObject([{ byteOffset: 4, sourceOffset: 1, length: 1 }]);
    expect(d.issues[0]!.message).toContain('3 bytes');
  });
});

describe('decode: invalid UTF-8', () => {
  const spans = (d: Decoded) => d.issues.map((i) => [i.byteOffset, i.sourceOffset, i.length]);

  it('replaces a bad byte and carries on', () => {
    const d = decode(Uint8Array.from([0x41, 0xff, 0x42]));
    expect(d.source).toBe('A\uFFFDB');
    expect(d.text).toBe('A\uFFFDB');
    expect(spans(d)).toEqual([[1, 1, 1]]);
    expect(d.issues[0]!.message).toBe('invalid UTF-8 at byte 1: 1 byte (FF) replaced by U+FFFD');
  });

  it('counts the BOM in byte offsets but not in source offsets', () => {
    const d = decode(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xff]));
    expect(spans(d)).toEqual([[4, 1, 1]]);
  });

  it('replaces a truncated sequence at the end by one U+FFFD', () => {
    const ủ = Array.from(utf8('ủ')); // E1 BB A7
    const d = decode(bytes(utf8('Tỉnh '), ủ.slice(0, 2)));
    expect(d.source).toBe('Tỉnh \uFFFD');
    expect(spans(d)).toEqual([[utf8('Tỉnh ').length, 5, 1]]);
    expect(d.issues[0]!.message).toContain('2 bytes (E1 BB)');
  });

  it('replaces a truncated sequence before a valid character', () => {
    const d = decode(Uint8Array.from([0xe1, 0xbb, 0x41]));
    expect(d.source).toBe('\uFFFDA');
    expect(spans(d)).toEqual([[0, 0, 1]]);
  });

  it.each([
    ['overlong 2-byte', [0xc0, 0xaf], 2],
    ['overlong 3-byte', [0xe0, 0x80, 0xaf], 3],
    ['overlong 4-byte', [0xf0, 0x80, 0x80, 0xaf], 4],
    ['UTF-16 surrogate', [0xed, 0xa0, 0x80], 3],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 4],
    ['F5 lead', [0xf5, 0x80], 2],
    ['lone continuation bytes', [0x80, 0xbf], 2],
  ])('merges the U+FFFDs of one %s into one issue', (_name, bad, count) => {
    const d = decode(bytes([0x61], bad, [0x62]));
    expect(d.source).toBe(`a${'\uFFFD'.repeat(count)}b`);
    expect(d.source).toBe(new TextDecoder().decode(bytes([0x61], bad, [0x62])));
    expect(spans(d)).toEqual([[1, 1, count]]);
  });

  it('keeps separate issues for bad bytes that are not adjacent, with astral characters between', () => {
    const d = decode(bytes([0xff], utf8('😀ủ'), [0xfe, 0xfe], utf8('x'), [0xc3]));
    expect(d.source).toBe('\uFFFD😀ủ\uFFFD\uFFFDx\uFFFD');
    expect(spans(d)).toEqual([
      [0, 0, 1],
      [8, 4, 2],
      [11, 7, 1],
    ]);
  });

  it('does not report a literal U+FFFD in valid input', () => {
    expect(decode(utf8('a\uFFFDb')).issues).toEqual([]);
    const d = decode(bytes(utf8('\uFFFD'), [0xff], utf8('\uFFFD')));
    expect(d.source).toBe('\uFFFD\uFFFD\uFFFD');
    expect(spans(d)).toEqual([[3, 1, 1]]);
  });

  it('lists at most 100 issues, then says how many more', () => {
    const input: number[] = [];
    for (let i = 0; i < 300; i++) input.push(0x41, 0xff);
    const d = decode(Uint8Array.from(input));
    expect(d.issues).toHaveLength(101);
    expect(d.issues[99]).toMatchObject({ byteOffset: 199, sourceOffset: 199 });
    expect(d.issues[100]).toMatchObject({ byteOffset: 201, sourceOffset: 201, length: 1 });
    expect(d.issues[100]!.message).toMatch(/^200 more invalid UTF-8 byte sequences/);
  });

  it('never throws on random bytes, and every issue points at its U+FFFDs', () => {
    const random = prng(7);
    // 0xBD never appears, so no literal EF BF BD: every U+FFFD is a replacement.
    const alphabet = [0x41, 0x0d, 0x0a, 0x00, 0x80, 0xa7, 0xbb, 0xc3, 0xcc, 0xe1, 0xef, 0xbf, 0xf0, 0x9f, 0xf4, 0xff];
    for (let round = 0; round < 300; round++) {
      const n = Math.floor(random() * 40);
      const b = Uint8Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]!);
      const d = decode(b);
      if (d.encoding !== 'utf-8') continue;
      // The default TextDecoder drops a leading BOM too.
      const reader = new TextDecoder();
      expect(d.source).toBe(reader.decode(b));
      let replaced = 0;
      for (const { sourceOffset, length, byteOffset } of d.issues) {
        expect(d.source.slice(sourceOffset, sourceOffset + length)).toBe('\uFFFD'.repeat(length));
        // Everything before the issue decodes to exactly the source before it.
        expect(reader.decode(b.subarray(0, byteOffset)).length).toBe(sourceOffset);
        replaced += length;
      }
      expect(replaced).toBe(d.source.split('\uFFFD').length - 1);
      expectExactMap(d);
    }
  });
});

describe('decode: line ends and NFC', () => {
  it('turns CRLF and lone CR into LF, one LF mapping to both CR LF characters', () => {
    const d = decode(utf8('a\r\nb\rc\r\r\nd\n'));
    expect(d.text).toBe('a\nb\nc\n\nd\n');
    expect(d.source).toBe('a\r\nb\rc\r\r\nd\n');
    expect([d.map.toSource(1), d.map.toSource(2, 'end')]).toEqual([1, 3]);
    expect(d.map.toSource(2)).toBe(3);
    expect([d.map.toSource(3), d.map.toSource(4, 'end')]).toEqual([4, 5]);
    expectExactMap(d);
  });

  it('composes NFD Vietnamese and maps each letter to its whole cluster', () => {
    const nfd = 'Tỉnh ủy'.normalize('NFD');
    expect(nfd).not.toBe('Tỉnh ủy');
    const d = decode(utf8(nfd));
    expect(d.source).toBe(nfd);
    expect(d.text).toBe('Tỉnh ủy');
    const ỉ = d.text.indexOf('ỉ');
    expect(d.source.slice(d.map.toSource(ỉ), d.map.toSource(ỉ + 1, 'end'))).toBe('ỉ'.normalize('NFD'));
    expectExactMap(d);
  });

  it('handles NFD, CRLF and a BOM together', () => {
    const input = `${VI}\r\n${VI.normalize('NFD')}\r`;
    const d = decode(bytes([0xef, 0xbb, 0xbf], utf8(input)));
    expect(d.source).toBe(input);
    expect(d.text).toBe(`${VI}\n${VI}\n`);
    expectExactMap(d);
  });

  it('normalises marks with no base, singletons and expansions', () => {
    for (const s of ['\u0301a', '\r\u0301', 'Å', '\u0958x', 'e\u0323\u0302', '가\u11A8', 'ᄀ\u1161\u11A8']) {
      expectExactMap(decodeString(s));
    }
  });

  it('normalises across the internal chunk boundaries', () => {
    // Long runs put clusters and CR LFs on every possible chunk edge.
    for (const unit of ['ủ'.normalize('NFD'), '\r\n', 'ab\u0323\u0302', '😀\u0301']) {
      const s = 'x'.repeat(4093) + unit.repeat(3000) + 'Tỉnh';
      const d = decodeString(s);
      expect(d.text).toBe(reference(s));
      expectExactMap(d);
    }
  });

  it('joins every letter with the marks it composes with (all canonical decompositions)', () => {
    for (let p = 0; p <= 0x10ffff; p++) {
      if (p >= 0xd800 && p <= 0xdfff) continue;
      const c = String.fromCodePoint(p);
      const nfd = c.normalize('NFD');
      if (nfd === c) continue;
      const s = `a${nfd}\u0323b`;
      if (decodeString(s).text !== s.normalize('NFC')) expect.fail(`U+${p.toString(16)} not composed`);
    }
  });

  it('keeps a large clean input as one map segment', () => {
    const s = `${VI} — 2024\n`.repeat(200_000);
    const d = decodeString(s);
    expect(d.text).toBe(s);
    // White box: one copy breakpoint and the final one, however long the text.
    expect((d.map as unknown as { derived: number[] }).derived).toHaveLength(2);
    expect(d.map.toSource(s.length - 3)).toBe(s.length - 3);
  });

  it('maps a large input with CR LF, a stray NFD letter and a bad byte', () => {
    const line = `${VI} — 2024\r\n`;
    const s = line.repeat(50_000) + '#' + 'ủ'.normalize('NFD') + line.repeat(50_000);
    const d = decode(bytes(utf8(s), [0xff]));
    expect(d.text).toBe(reference(s) + '\uFFFD');
    expect(d.issues).toMatchObject([{ byteOffset: utf8(s).length, sourceOffset: s.length, length: 1 }]);
    const ủ = d.text.indexOf('#ủ') + 1;
    expect(d.source.slice(d.map.toSource(ủ), d.map.toSource(ủ + 1, 'end'))).toBe('ủ'.normalize('NFD'));
    const lf = d.text.lastIndexOf('\n');
    expect(d.source.slice(d.map.toSource(lf), d.map.toSource(lf + 1, 'end'))).toBe('\r\n');
  });
});

describe('decode: edge cases', () => {
  it('reads empty input as empty', () => {
    for (const d of [decode(new Uint8Array(0)), decodeString('')]) {
      expect(d).toMatchObject({ source: '', text: '', encoding: 'utf-8', issues: [] });
      expect(d.map.toSource(0)).toBe(0);
      expect(d.map.toSource(0, 'end')).toBe(0);
    }
  });

  it('decodeString normalises the same way and strips a leading BOM', () => {
    const input = `\uFEFF${VI.normalize('NFD')}\r\nx`;
    const d = decodeString(input);
    expect(d).toMatchObject({ source: input.slice(1), text: `${VI}\nx`, encoding: 'utf-8', issues: [] });
    expectExactMap(d);
    expect(decodeString(input.slice(1)).text).toBe(d.text);
  });

  it('decodeString keeps lone surrogates as they are', () => {
    const d = decodeString('a\uD800b\uDC00\u0301');
    expect(d.text).toBe('a\uD800b\uDC00\u0301');
    expectExactMap(d);
  });
});

describe('decode: random strings (property)', () => {
  const pieces = [
    'a', 'T', ' ', '1', '\n', '\r', '\r\n', 'ư', 'ơ', 'đ', 'ủ', 'ỉ', 'Ệ', 'Tỉnh', 'ủy',
    '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306', '\u031B',
    'ủ'.normalize('NFD'), 'Thường'.normalize('NFD'), 'Å', '\u0958', '가', '\u1100', '\u1161', '\u11A8',
    '😀', '\uFFFD', '\uFEFF', '\u0000', '—',
  ];

  it('gives the reference text and an exact, monotone, in-bounds map', () => {
    const random = prng(2024);
    for (let round = 0; round < 400; round++) {
      let s = '';
      const n = Math.floor(random() * 30);
      for (let k = 0; k < n; k++) s += pieces[Math.floor(random() * pieces.length)]!;
      const fromString = decodeString(s);
      expectExactMap(fromString);
      const fromUtf8 = decode(utf8(s));
      expect(fromUtf8.issues).toEqual([]);
      expect(fromUtf8.text).toBe(fromString.text);
      expectExactMap(fromUtf8);
      const fromUtf16 = decode(utf16(s, round % 2 === 0));
      expect(fromUtf16.source).toBe(s);
      expect(fromUtf16.issues).toEqual([]);
      expectExactMap(fromUtf16);
    }
  });
});

describe('decode and sniff: fast paths give what the slow ones would', () => {
  it('decodes valid UTF-8 of every code point as TextDecoder does, a BOM after the first kept', () => {
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    for (let from = 0; from <= 0x10ffff; from += 0x8000) {
      let s = '';
      for (let cp = from; cp < from + 0x8000 && cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) s += String.fromCodePoint(cp);
      const b = utf8(s);
      expect(decode(b).source === decoder.decode(b)).toBe(true);
    }
    expect(decode(bytes([0xef, 0xbb, 0xbf], utf8('\uFEFFa'))).source).toBe('\uFEFFa');
  });

  it('finds control bytes and NULs at any position and alignment of the bytes', () => {
    const text = utf8(`${VI}\n`.repeat(8));
    for (let offset = 0; offset < 4; offset++) {
      for (const at of [0, 1, 2, 3, 5, 40, text.length - 1]) {
        for (const [byte, kind] of [[0x01, 'text'], [0x00, 'binary'], [0x1f, 'text'], [0x1b, 'text']] as const) {
          const buffer = new Uint8Array(text.length + 8);
          buffer.set(text, offset);
          const view = buffer.subarray(offset, offset + text.length);
          view[at] = byte;
          // One control byte in ~250 is under the 1% that marks binary; a NUL always is.
          expect(sniff(view).kind, `byte ${byte} at ${at}, offset ${offset}`).toBe(kind);
          for (let k = 0; k < 4; k++) view[(at + 7 * k + 1) % view.length] = byte;
          if (byte !== 0x1b) expect(sniff(view).kind).toBe('binary');
        }
      }
    }
    expect(sniff(Uint8Array.from([0x61, 0x01])).kind).toBe('binary');
    expect(sniff(Uint8Array.from([0, 0x61, 0x62, 0, 0x63, 0x64, 0x65, 0x66, 0]).subarray(1, 8)).kind).toBe('binary');
  });
});
