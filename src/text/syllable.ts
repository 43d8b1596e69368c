/**
 * The Vietnamese written syllable: onset + rhyme + at most one tone mark. Every word of Vietnamese
 * is written as syllables separated by spaces, and the spelling of a syllable is tightly bound:
 * about 27 onsets, about 160 rhymes, and a rhyme closed by a stop (`-c`, `-ch`, `-p`, `-t`) takes
 * only the sắc or nặng tone. So a run of letters that is not one syllable but splits into several
 * is text whose spaces were lost (PDF extraction: `Đảng uỷcơ bản`, `Vềthời gian`); and letters
 * spaced apart (`v ề c h o`) join back into the syllables they spell.
 *
 * Like letters.ts this is the alphabet's spelling rules, not vocabulary: it does not change with
 * the documents read. This module, like all of src/text/, imports nothing of ours but text/.
 */
import { isUpperCode, LETTER, expandRanges } from './letters.js';

/** The onsets, written as spelled (`qu`, `gi` and `ngh` included); '' is a syllable with none. */
const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'qu',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

/**
 * The rhymes without tone (medial vowel + nucleus + final), as spelled after an onset: `oa` in
 * `hoa`, `uyên` in `nguyên`, `yêt` in `quyết` (after `qu` the `u` belongs to the onset).
 */
const RHYMES = new Set(`
  a ai ao au ay ac ach am an ang anh ap at
  ăc ăm ăn ăng ăp ăt
  âc âm ân âng âp ât âu ây
  e ec em en eng eo ep et
  ê êch êm ên ênh êp êt êu
  i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
  o oc oi om on ong op ot ooc oong
  oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt
  oe oen oeo oet
  ô ôc ôi ôm ôn ông ôp ôt
  ơ ơi ơm ơn ơp ơt
  u ua uc ui um un ung up ut
  uâc uân uâng uât uây uê uêch uênh uơ
  uôc uôi uôm uôn uông uôt
  uy uya uych uyên uyêt uynh uyt uyu
  ư ưa ưc ưi ưm ưn ưng ưt ưu
  ươc ươi ươm ươn ương ươp ươt ươu
  y yêm yên yêt yêu
`.trim().split(/\s+/));

/** Finals after which only the sắc and nặng tones are written. */
const STOP_FINAL = /(?:c|ch|p|t)$/;

const enum Tone { None = 0, Huyen = 1, Sac = 2, Hoi = 3, Nga = 4, Nang = 5 }
const TONE_MARKS: Readonly<Record<string, Tone>> = {
  '\u0300': Tone.Huyen, '\u0301': Tone.Sac, '\u0309': Tone.Hoi, '\u0303': Tone.Nga, '\u0323': Tone.Nang,
};

/** Each letter (code unit) → its lower-case letter without tone, and the tone it carries. */
const BASE = new Map<number, { base: string; tone: Tone }>();
for (const ch of expandRanges(LETTER)) {
  const parts = [...ch.toLowerCase().normalize('NFD')];
  const tone = parts.reduce((t, p) => TONE_MARKS[p] ?? t, Tone.None);
  const base = parts.filter((p) => TONE_MARKS[p] === undefined).join('').normalize('NFC');
  BASE.set(ch.charCodeAt(0), { base, tone });
}

const VOWELS = new Set([...'aăâeêioôơuưy']);

/** The longest syllable spelled: `nghiêng`, `khuyếch`. */
export const MAX_SYLLABLE = 7;

/**
 * Is `s.slice(from, to)` one written syllable? Its case is one of `lower`, `Sentence`, `UPPER`; it
 * carries at most one tone mark; its letters spell an onset and a rhyme; a stop final takes sắc or
 * nặng.
 */
export function isSyllable(s: string, from = 0, to = s.length): boolean {
  const n = to - from;
  if (n <= 0 || n > MAX_SYLLABLE || !caseFits(s, from, to)) return false;
  let bare = '';
  let tone = Tone.None;
  for (let i = from; i < to; i++) {
    const letter = BASE.get(s.charCodeAt(i));
    if (letter === undefined) return false;
    if (letter.tone !== Tone.None) {
      if (tone !== Tone.None) return false;
      tone = letter.tone;
    }
    bare += letter.base;
  }
  for (const onset of ONSETS) {
    if (!bare.startsWith(onset)) continue;
    const rhyme = bare.slice(onset.length);
    if (!RHYMES.has(rhyme)) continue;
    if (STOP_FINAL.test(rhyme) && tone !== Tone.Sac && tone !== Tone.Nang) continue;
    if (!onsetFits(onset, rhyme)) continue;
    return true;
  }
  return false;
}

/** Before `i e ê y` the velar onsets are spelled `k`, `gh`, `ngh`; elsewhere `c`, `g`, `ng`. */
const FRONT = /^[ieêy]/;
const FRONT_ONLY = new Set(['k', 'gh', 'ngh']);
const NOT_FRONT = new Set(['c', 'ng']);
function onsetFits(onset: string, rhyme: string): boolean {
  const front = FRONT.test(rhyme);
  if (FRONT_ONLY.has(onset)) return front;
  if (NOT_FRONT.has(onset)) return !front;
  // `g` before `i` is `gi` (`gì`, `gìn`); before `e ê` it is spelled `gh`
  return onset !== 'g' || !/^[eê]/.test(rhyme);
}

function caseFits(s: string, from: number, to: number): boolean {
  let upper = 0;
  for (let i = from; i < to; i++) if (isUpperCode(s.charCodeAt(i))) upper++;
  if (upper === 0 || upper === to - from) return true;
  return upper === 1 && isUpperCode(s.charCodeAt(from));
}

/** Is the code unit a vowel letter that carries a tone mark or a vowel mark (`ề`, `ỷ`, `ơ`, `á`)? */
export function isMarkedVowel(code: number): boolean {
  const letter = BASE.get(code);
  if (letter === undefined || !VOWELS.has(letter.base)) return false;
  return letter.tone !== Tone.None || !'aeiouy'.includes(letter.base);
}

/** Is the code unit a vowel letter with a tone mark (`ề`, `ỷ`, `á`; not `ơ`)? A syllable holds one at most. */
export function isTonedVowel(code: number): boolean {
  const letter = BASE.get(code);
  return letter !== undefined && letter.tone !== Tone.None && VOWELS.has(letter.base);
}

/** The vowel letters with a tone mark, either case, as a regex class body. */
export const TONED_VOWELS = expandRanges(LETTER).filter((ch) => isTonedVowel(ch.charCodeAt(0))).join('');
/** The vowel letters that carry a tone or vowel mark, either case, as a regex class body. */
export const MARKED_VOWELS = expandRanges(LETTER).filter((ch) => isMarkedVowel(ch.charCodeAt(0))).join('');
/** Every vowel letter, either case, as a regex class body. */
export const VOWEL_LETTERS = expandRanges(LETTER).filter((ch) => isVowel(ch.charCodeAt(0))).join('');
/** The consonant letters, either case, as a regex class body. */
export const CONSONANTS = expandRanges(LETTER).filter((ch) => !isVowel(ch.charCodeAt(0))).join('');

/** Is the code unit a vowel letter (with or without marks)? */
export function isVowel(code: number): boolean {
  const letter = BASE.get(code);
  return letter !== undefined && VOWELS.has(letter.base);
}

/**
 * The cheapest split of `s.slice(from, to)` into pieces, as the offsets where each piece after the
 * first starts, or null when there is none. `piece` prices a piece (Infinity: not one; the caller
 * prices syllables, and whatever else it allows); `boundaryAt(i)` says whether a piece may start at
 * `i` (the caller's model of where spaces were lost). Among splits of equal cost, the one whose
 * boundaries come first wins, which gives each syllable the longest onset its letters allow
 * (`dựthảo` → `dự thảo`, not `dựt hảo`). Linear in the length: each offset looks back at most
 * MAX_PIECE characters.
 */
export function splitSyllables(
  s: string,
  from: number,
  to: number,
  boundaryAt: (i: number) => boolean,
  piece: (s: string, from: number, to: number) => number,
): number[] | null {
  const n = to - from;
  const cost = new Array<number>(n + 1).fill(Infinity);
  const back = new Array<number>(n + 1).fill(-1);
  cost[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - MAX_PIECE); start < end; start++) {
      if (cost[start] === Infinity || (start > 0 && !boundaryAt(from + start))) continue;
      const c = piece(s, from + start, from + end);
      if (c === Infinity) continue;
      // Strictly less: among equal costs the earliest start (the longest last piece) is kept.
      if (cost[start]! + c < cost[end]!) {
        cost[end] = cost[start]! + c;
        back[end] = start;
      }
    }
  }
  if (cost[n] === Infinity) return null;
  const starts: number[] = [];
  for (let at = back[n]!; at > 0; at = back[at]!) starts.push(from + at);
  return starts.reverse();
}

/** Longest piece splitSyllables looks at: a syllable, or an abbreviation or number a caller allows. */
const MAX_PIECE = 10;
