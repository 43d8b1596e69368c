/** Spans into the input as read, from offsets in the cleaned text. */
import type { OffsetMap } from './offset-map.js';
import { LineMap } from './line-map.js';
import type { Span } from '../schema/notice.js';

export class SpanMaker {
  private readonly lines: LineMap;

  constructor(source: string, private readonly map: OffsetMap) {
    this.lines = new LineMap(source);
  }

  /** The span of cleaned text [start, end). */
  span(start: number, end: number): Span {
    const s = this.map.toSource(start, 'start');
    const e = Math.max(s, this.map.toSource(end, 'end'));
    return { start: this.lines.position(s), end: this.lines.position(e) };
  }

  /** Position of a source offset, for diagnostics. */
  position(sourceOffset: number): { line: number; column: number; offset: number } {
    return this.lines.position(sourceOffset);
  }

  sourceOffset(cleanOffset: number): number {
    return this.map.toSource(cleanOffset, 'start');
  }
}
