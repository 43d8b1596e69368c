/** Glyph text → letters, unit by unit, telling the caller how each unit maps (for span maps). */
import type { GlyphReader } from './glyphs.js';

/**
 * Called for each run: `length` characters of the input at `from` became `out`. A letter read
 * from glyphs is one run; characters that are no glyph come as runs of themselves.
 */
export type RunSink = (from: number, length: number, out: string, converted: boolean) => void;

/** Converts `s.slice(from, to)`; returns the result and reports its runs to `sink` if given. */
export function convertGlyphs(s: string, read: GlyphReader, from = 0, to = s.length, sink?: RunSink): string {
  const parts: string[] = [];
  let plain = from;
  for (let i = from; i < to; ) {
    const glyph = read(s, i);
    if (glyph === null || i + glyph[1] > to) {
      i++;
      continue;
    }
    if (plain < i) emit(parts, s.slice(plain, i), plain, false, sink);
    emit(parts, glyph[0], i, true, sink, glyph[1]);
    i += glyph[1];
    plain = i;
  }
  if (plain < to) emit(parts, s.slice(plain, to), plain, false, sink);
  return parts.join('');
}

function emit(parts: string[], out: string, at: number, converted: boolean, sink?: RunSink, length = out.length): void {
  parts.push(out);
  sink?.(at, length, out, converted);
}
