import { describe, expect, it } from 'vitest';
import { LineMap } from '../src/core/line-map.js';
import { composeMaps, identityMap, SegmentMap, type OffsetMap } from '../src/core/offset-map.js';

const starts = (map: OffsetMap, n: number): number[] => Array.from({ length: n + 1 }, (_, i) => map.toSource(i));
const ends = (map: OffsetMap, n: number): number[] => Array.from({ length: n + 1 }, (_, i) => map.toSource(i, 'end'));

describe('SegmentMap', () => {
  it('is the identity before anything is added', () => {
    const map = new SegmentMap();
    expect([map.toSource(0), map.toSource(5, 'end'), map.length]).toEqual([0, 5, 0]);
  });

  it('maps an empty derived text to the source end once finished', () => {
    const map = new SegmentMap().finish(0);
    expect([map.toSource(0), map.toSource(0, 'end')]).toEqual([0, 0]);
    const dropped = new SegmentMap().finish(4); // everything dropped
    expect([dropped.toSource(0), dropped.toSource(0, 'end')]).toEqual([4, 4]);
  });

  it('merges adjacent copies into one run', () => {
    const map = new SegmentMap();
    map.copy(0, 3);
    map.copy(3, 2);
    map.finish(5);
    expect(map.length).toBe(5);
    expect(starts(map, 5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ends(map, 5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect((map as unknown as { derived: number[] }).derived).toHaveLength(2);
  });

  it('ignores empty copies and replacements', () => {
    const map = new SegmentMap();
    map.copy(0, 0);
    map.replace(0, 3, 0); // "<b>" dropped
    map.copy(3, 2);
    map.finish(5);
    expect(starts(map, 2)).toEqual([3, 4, 5]);
    expect(ends(map, 2)).toEqual([3, 4, 5]);
  });

  it('skips dropped source: a start goes after it, an end stops before it', () => {
    // "ab<x>cd" → "abcd"
    const map = new SegmentMap();
    map.copy(0, 2);
    map.copy(5, 2);
    map.finish(7);
    expect(starts(map, 4)).toEqual([0, 1, 5, 6, 7]);
    expect(ends(map, 4)).toEqual([0, 1, 2, 6, 7]);
  });

  it('maps a replaced CR LF atomically', () => {
    // "a\r\nb" → "a\nb"
    const map = new SegmentMap();
    map.copy(0, 1);
    map.replace(1, 2, 1);
    map.copy(3, 1);
    map.finish(4);
    expect(starts(map, 3)).toEqual([0, 1, 3, 4]);
    expect(ends(map, 3)).toEqual([0, 1, 3, 4]);
  });

  it('maps the inside of a multi-character replacement to its whole source', () => {
    // "xQy" → "xq1q2y": both q1 and q2 stand for Q
    const map = new SegmentMap();
    map.copy(0, 1);
    map.replace(1, 1, 2);
    map.copy(2, 1);
    map.finish(3);
    expect(map.length).toBe(4);
    expect(starts(map, 4)).toEqual([0, 1, 1, 2, 3]);
    expect(ends(map, 4)).toEqual([0, 1, 2, 2, 3]);
  });

  it('keeps consecutive replacements apart, also at the very end', () => {
    // "a\u0301e\u0301" → "áé"
    const map = new SegmentMap();
    map.replace(0, 2, 1);
    map.replace(2, 2, 1);
    map.finish(4);
    expect(starts(map, 2)).toEqual([0, 2, 4]);
    expect(ends(map, 2)).toEqual([0, 2, 4]);
  });

  it('maps an insertion to the point where it was inserted', () => {
    // "ab" → "a--b"
    const map = new SegmentMap();
    map.copy(0, 1);
    map.replace(1, 0, 2);
    map.copy(1, 1);
    map.finish(2);
    expect(starts(map, 4)).toEqual([0, 1, 1, 1, 2]);
    expect(ends(map, 4)).toEqual([0, 1, 1, 1, 2]);
  });

  it('clamps negative offsets to the first source offset', () => {
    const map = new SegmentMap();
    map.copy(2, 3);
    map.finish(5);
    expect([map.toSource(-1), map.toSource(-1, 'end')]).toEqual([2, 2]);
  });
});

describe('composeMaps', () => {
  // Inner: "a\r\nb\r\nc" → "a\nb\nc" (CR LF to LF).
  const inner = new SegmentMap();
  inner.copy(0, 1);
  inner.replace(1, 2, 1);
  inner.copy(3, 1);
  inner.replace(4, 2, 1);
  inner.copy(6, 1);
  inner.finish(7);
  // Outer: "a\nb\nc" → "ab\nc" (the first line break joined away).
  const outer = new SegmentMap();
  outer.copy(0, 1);
  outer.copy(2, 3);
  outer.finish(5);
  const both = composeMaps(outer, inner);

  it('maps starts through both stages', () => {
    expect(starts(both, 4)).toEqual([0, 3, 4, 6, 7]);
  });

  it('maps ends through both stages, stopping before what was dropped', () => {
    // 'a' ends at 1 (before the dropped CR LF), the kept LF ends after its CR LF.
    expect(ends(both, 4)).toEqual([0, 1, 4, 6, 7]);
  });

  it('composes with the identity', () => {
    expect(starts(composeMaps(identityMap, inner), 5)).toEqual(starts(inner, 5));
    expect(ends(composeMaps(outer, identityMap), 4)).toEqual(ends(outer, 4));
    expect(identityMap.toSource(7, 'end')).toBe(7);
  });
});

describe('LineMap', () => {
  const pos = (text: string, offset: number) => {
    const { line, column } = new LineMap(text).position(offset);
    return [line, column];
  };

  it('numbers lines and columns from 1, the line break belonging to its line', () => {
    const text = 'ab\ncd';
    expect([0, 1, 2, 3, 4, 5].map((o) => pos(text, o))).toEqual([
      [1, 1],
      [1, 2],
      [1, 3],
      [2, 1],
      [2, 2],
      [2, 3],
    ]);
    expect(new LineMap(text).lineCount).toBe(2);
  });

  it('treats CR LF as one line break', () => {
    const text = 'ab\r\ncd';
    expect([2, 3, 4].map((o) => pos(text, o))).toEqual([
      [1, 3],
      [1, 4],
      [2, 1],
    ]);
    expect(new LineMap(text).lineCount).toBe(2);
    expect(new LineMap('\r\n\r\n').lineCount).toBe(3);
  });

  it('treats a lone CR as a line break, and LF CR as two', () => {
    expect(pos('a\rb', 2)).toEqual([2, 1]);
    expect(new LineMap('a\rb\r').lineCount).toBe(3);
    expect(new LineMap('\n\r').lineCount).toBe(3);
    expect(pos('\n\r', 2)).toEqual([3, 1]);
  });

  it('starts a last empty line after a final line break', () => {
    expect(pos('a\n', 2)).toEqual([2, 1]);
    expect(new LineMap('a\n').lineCount).toBe(2);
  });

  it('counts columns in UTF-16 code units', () => {
    expect(pos('Tỉnh 😀x', 7)).toEqual([1, 8]);
  });

  it('clamps offsets to the text', () => {
    const map = new LineMap('ab\ncd');
    expect(map.position(-3)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(map.position(99)).toEqual({ line: 2, column: 3, offset: 5 });
    expect(new LineMap('').position(0)).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it('gives line starts, clamping the line number', () => {
    const map = new LineMap('ab\r\ncd\ne');
    expect([0, 1, 2, 3, 4].map((l) => map.lineStart(l))).toEqual([0, 0, 4, 7, 7]);
  });
});
