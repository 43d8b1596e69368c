/**
 * Tone-mark placement. On the pairs `oa`, `oe` and `uy` the tone mark is written on either vowel:
 * on the first in the old placement (`hòa`, `khỏe`, `Ủy`), on the second in the new one (`hoà`,
 * `khoẻ`, `Uỷ`). Both are in use, often in the same notice; names are compared with the pair folded
 * to the new placement.
 *
 * This module, like all of src/text/, imports nothing of ours.
 */
import { lowerCode } from './case.js';
import { isLetterCode } from './letters.js';

/** Each vowel with the five tone marks, in the order huyền, sắc, hỏi, ngã, nặng (lower case, NFC). */
export const TONED: Readonly<Record<'a' | 'e' | 'o' | 'u' | 'y', string>> = {
  a: 'àáảãạ', e: 'èéẻẽẹ', o: 'òóỏõọ', u: 'ùúủũụ', y: 'ỳýỷỹỵ',
};

/** The pairs whose tone mark may stand on either vowel: the first vowel and the seconds it pairs with. */
export const MOVABLE_PAIRS: readonly (readonly [first: 'o' | 'u', seconds: string])[] = [['o', 'ae'], ['u', 'y']];

/**
 * Each pair in the old placement (lower case) with the same pair in the new one: `òa` → `oà`,
 * `ủy` → `uỷ` (15 pairs).
 */
export const NEW_PLACEMENT: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [first, seconds] of MOVABLE_PAIRS) {
    for (const second of seconds) {
      for (let t = 0; t < 5; t++) {
        map.set(TONED[first][t]! + second, first + TONED[second as 'a' | 'e' | 'y'][t]!);
      }
    }
  }
  return map;
})();

/**
 * `s` in lower case (code unit by code unit, as lowerCode) with every movable pair in the new
 * placement: `Ủy ban` and `Uỷ ban` both give `uỷ ban`, `HÒA` and `hoà` both `hoà`. Same length as
 * `s`, so an offset in one is the same offset in the other.
 */
export function foldTones(s: string): string {
  let out = '';
  let prev = -1;
  for (let i = 0; i < s.length; i++) {
    const c = lowerCode(s.charCodeAt(i));
    if (prev >= 0) {
      const moved = NEW_PLACEMENT.get(String.fromCharCode(prev, c));
      if (moved !== undefined) {
        out += moved;
        prev = -1;
        continue;
      }
      out += String.fromCharCode(prev);
    }
    prev = c;
  }
  return prev >= 0 ? out + String.fromCharCode(prev) : out;
}

/** Each pair in the new placement (lower case) with the same pair in the old one: `oà` → `òa`. */
const OLD_PLACEMENT: ReadonlyMap<string, string> = new Map([...NEW_PLACEMENT].map(([old, moved]) => [moved, old]));

/**
 * `word` with every movable pair that ends a syllable in the `placement` given: `Ủy ban` → `Uỷ ban`
 * (new), `HOẢ TỐC` → `HỎA TỐC` (old); case kept. A pair before another letter of its syllable
 * (`hoàn`, `khuyến`) has its mark on the second vowel in both placements and stays, as does `uy`
 * after `q` (`quý`: the `u` belongs to the consonant). For building patterns from word lists, where
 * an entry is written once and either placement is matched.
 */
export function inPlacement(word: string, placement: 'old' | 'new'): string {
  const table = placement === 'new' ? NEW_PLACEMENT : OLD_PLACEMENT;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const pair = word.slice(i, i + 2);
    const moved = pair.length === 2 ? table.get(pair.toLowerCase()) : undefined;
    const endsSyllable = !isLetterCode(word.charCodeAt(i + 2));
    const afterQ = i > 0 && word[i - 1]!.toLowerCase() === 'q';
    if (moved === undefined || !endsSyllable || afterQ) {
      out += word[i];
      continue;
    }
    for (let k = 0; k < 2; k++) out += pair[k] === pair[k]!.toLowerCase() ? moved[k] : moved[k]!.toUpperCase();
    i++;
  }
  return out;
}
