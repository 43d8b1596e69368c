/**
 * Roman numerals: `I.` sections of a notice (src/lexicon/markers.ts reads them) and Word's
 * upperRoman/lowerRoman list levels (src/read/word/numbering.ts writes them).
 */
const NUMERALS: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** `n` in upper-case Roman numerals (1–3999), or null outside that range. */
export function toRoman(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 3999) return null;
  let out = '';
  for (const [v, s] of NUMERALS) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}
