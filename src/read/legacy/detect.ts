/**
 * Which old encoding some bytes are in: each is tried, and the one whose words are most often
 * written Vietnamese syllables (src/text/syllable.ts) wins; that share is its confidence. No
 * frequency table, no vocabulary: the spelling rules of the syllable tell TCVN3's `Th«ng` from
 * VNI's `Thoâng` and from Windows-1258's `Thông` with the tone after its vowel.
 */
import { isSyllable } from '../../text/syllable.js';
import { decodeLegacy } from './bytes.js';
import { LEGACY_ENCODINGS, type LegacyEncoding } from './names.js';

export interface Detected {
  encoding: LegacyEncoding;
  /** Share of the words holding a letter beyond ASCII that are syllables, 0–1. */
  confidence: number;
}

/** Enough text to judge by; the rest of a file is decoded with the same answer. */
const SAMPLE_BYTES = 16384;
/** Fewer such words than this lower the confidence in proportion: two words prove little. */
const ENOUGH_WORDS = 5;

export function detectLegacy(bytes: Uint8Array): Detected {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let best: Detected = { encoding: 'tcvn3', confidence: 0 };
  for (const encoding of LEGACY_ENCODINGS) {
    const confidence = syllableShare(decodeLegacy(sample, encoding).normalize('NFC'));
    if (confidence > best.confidence) best = { encoding, confidence };
  }
  return best;
}

const WORD = /[\p{L}\p{M}]+/gu;
const BEYOND_ASCII = /[^\x00-\x7f]/;

/** Share of the words with a letter beyond ASCII that are one written syllable. */
export function syllableShare(text: string): number {
  let words = 0;
  let syllables = 0;
  for (const m of text.matchAll(WORD)) {
    if (!BEYOND_ASCII.test(m[0])) continue;
    words++;
    if (isSyllable(m[0])) syllables++;
  }
  if (words === 0) return 0;
  return (syllables / words) * Math.min(1, words / ENOUGH_WORDS);
}
