/**
 * Case, by code unit: the lower case of a code unit as `String#toLowerCase` gives it, and whether
 * `toLowerCase` / `toUpperCase` change it. One table, filled as code units are first met (most
 * texts use a few hundred), so that the per-character loops of the recognisers neither call
 * `toLowerCase` nor slice strings to compare words in any case.
 *
 * This module, like all of src/text/, imports nothing of ours.
 */

/**
 * Per code unit: 0 until first met; then KNOWN, the lower case (low 16 bits) and the two flags.
 * Int32Array: 256 kB, shared by every stage.
 */
const entries = new Int32Array(0x10000);
const LOWER_MASK = 0xffff;
const KNOWN = 1 << 16;
const CHANGES_IN_LOWER = 1 << 17;
const CHANGES_IN_UPPER = 1 << 18;

function learn(c: number): number {
  const s = String.fromCharCode(c);
  const lower = s.toLowerCase();
  // A lower case longer than one unit (`İ` → `i̇`, the only one) is left as the unit itself.
  let entry = KNOWN | (lower.length === 1 ? lower.charCodeAt(0) : c);
  if (lower !== s) entry |= CHANGES_IN_LOWER;
  if (s.toUpperCase() !== s) entry |= CHANGES_IN_UPPER;
  entries[c] = entry;
  return entry;
}

function entryOf(c: number): number {
  const entry = entries[c]!;
  return entry !== 0 ? entry : learn(c);
}

/**
 * The lower case of a code unit: `String.fromCharCode(c).toLowerCase()` when that is one code
 * unit, `c` itself otherwise (`İ`, whose lower case is two units; a surrogate half).
 */
export function lowerCode(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  return entryOf(c) & LOWER_MASK;
}

/** Does `toLowerCase` change the code unit (an upper- or title-case letter of any alphabet, `İ` included)? */
export function changesInLowerCase(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return (entryOf(c) & CHANGES_IN_LOWER) !== 0;
}

/** Does `toUpperCase` change the code unit (a lower-case letter of any alphabet, `ß` and `ŉ` included)? */
export function changesInUpperCase(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return (entryOf(c) & CHANGES_IN_UPPER) !== 0;
}
