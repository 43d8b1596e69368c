/**
 * A map from offsets in a derived text (decoded, normalised, unwrapped …) back to offsets in the
 * text it was derived from. Each stage of the pre-pass builds one; composing them points every
 * character of the cleaned text back into the input.
 *
 * The map is piecewise: a list of breakpoints (derived offset → source offset). A `copy` run
 * advances one-to-one; a `replace` run is atomic (a composed letter, a joined line break), so a
 * span that starts inside it starts at its beginning and a span that ends inside it ends at its
 * end. Text that needs no repair costs one breakpoint, however long it is.
 */
export type Bias = 'start' | 'end';

export interface OffsetMap {
  /**
   * Source offset of derived offset `x`. `start` (the default) is for the first character of a
   * span, `end` for an exclusive end: it stops before markup that was dropped right after.
   */
  toSource(x: number, bias?: Bias): number;
}

export class SegmentMap implements OffsetMap {
  private readonly derived: number[] = [];
  private readonly source: number[] = [];
  private readonly atomic: boolean[] = [];
  private derivedLength = 0;
  /** Source offset the current copy run would continue at, or -1 when no run is open. */
  private runEnd = -1;

  /** Derived text gets `length` characters copied one-to-one from source offset `sourceStart`. */
  copy(sourceStart: number, length: number): void {
    if (length <= 0) return;
    if (sourceStart !== this.runEnd) this.push(sourceStart, false);
    this.derivedLength += length;
    this.runEnd = sourceStart + length;
  }

  /** Derived text gets `derivedLength` characters standing for `sourceLength` source characters. */
  replace(sourceStart: number, sourceLength: number, derivedLength: number): void {
    if (derivedLength <= 0) return;
    this.push(sourceStart, true);
    this.derivedLength += derivedLength;
    this.push(sourceStart + sourceLength, false);
    this.runEnd = sourceStart + sourceLength;
  }

  /** Close the map: the derived end maps to `sourceLength`. */
  finish(sourceLength: number): this {
    this.push(sourceLength, false);
    this.runEnd = -1;
    return this;
  }

  get length(): number {
    return this.derivedLength;
  }

  toSource(x: number, bias: Bias = 'start'): number {
    const d = this.derived;
    const n = d.length;
    if (n === 0) return x;
    // Last breakpoint at or before x ('start') or strictly before x ('end').
    let lo = -1;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bias === 'start' ? d[mid]! <= x : d[mid]! < x) lo = mid;
      else hi = mid - 1;
    }
    if (lo < 0) return this.source[0]!;
    const next = lo + 1 < n ? this.source[lo + 1]! : Infinity;
    if (this.atomic[lo] && x > d[lo]!) return bias === 'end' ? next : this.source[lo]!;
    return Math.min(this.source[lo]! + (x - d[lo]!), next);
  }

  private push(sourceOffset: number, atomic: boolean): void {
    this.derived.push(this.derivedLength);
    this.source.push(sourceOffset);
    this.atomic.push(atomic);
  }
}

export const identityMap: OffsetMap = { toSource: (x) => x };

/** Apply `outer` then `inner`: derived → intermediate → source. */
export function composeMaps(outer: OffsetMap, inner: OffsetMap): OffsetMap {
  return { toSource: (x, bias) => inner.toSource(outer.toSource(x, bias), bias) };
}
