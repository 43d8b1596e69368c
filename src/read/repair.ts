/**
 * Repairs the two faults PDF extraction leaves in Vietnamese text, decided by the written syllable
 * (src/text/syllable.ts), never by a list of words:
 *
 * - **glued syllables**: the space after a letter with a tone or vowel mark is lost (`Đảng
 *   uỷcơ bản`, `ĐềnghịUỷban`, `nhiệm kỳ2025`). A run of letters that is not one syllable but splits
 *   into syllables, each but the last ending in a marked vowel (or followed by a capital), gets its
 *   spaces back.
 * - **letter-spaced words**: every letter of a word stands apart (`v ề c h o`, `T H Ô N G B Á O`,
 *   whole lines of `0 1 / 7 / 2 0 2 5 v ề Q u y c h ế`). A run of single letters and digits joins
 *   into the fewest syllables, numbers and capital abbreviations it spells.
 *
 * Text in another language is left alone: a glued run must hold a letter only Vietnamese writes
 * (above U+00FF: `ả`, `ư`, `đ` …, not the `é` of French), and a run that does not split wholly into
 * syllables is not touched. The map points every character of the repaired text back into its
 * input: a restored space maps to the empty place where it was lost.
 */
import { SegmentMap, type OffsetMap } from '../core/offset-map.js';
import { isLetterCode, isLowerCode, isUpperCode } from '../text/letters.js';
import {
  CONSONANTS, isMarkedVowel, isSyllable, isTonedVowel, isVowel, MARKED_VOWELS, MAX_SYLLABLE, splitSyllables, TONED_VOWELS, VOWEL_LETTERS,
} from '../text/syllable.js';
import { LETTER, UPPER } from '../text/letters.js';

export interface Repaired {
  text: string;
  /** Offsets in `text` → offsets in the text given. */
  map: OffsetMap;
  /** Runs of letters given their spaces back (`uỷcơ` → `uỷ cơ` is one). */
  glued: number;
  /** Letter-spaced runs joined (`v ề c h o` → `về cho` is one). */
  spaced: number;
  /** Offset (in the text given) of the first repair, or -1. */
  first: number;
}

/** A glued run longer than this is not words that lost their spaces (and is not worth the search). */
const MAX_GLUED = 40;
/** Fewest single characters, standing apart, read as a letter-spaced word. */
const MIN_SPACED = 3;

/** The small marked vowels, as a class body: after one, a capital starts a glued word. */
const MARKED_LOWER = [...MARKED_VOWELS].filter((ch) => ch !== ch.toUpperCase()).join('');

/**
 * What damage looks like, found by one linear regex before any per-character work: a marked vowel,
 * consonants and another vowel in one word (`uỷcơ`), two vowels with tone marks side by side
 * (`bộứng`, `dựán`: a syllable carries one tone), a capital after a small marked vowel (`bịĐại`:
 * the space lost is the one after such a vowel; `CoV-2`, `iPhone` are written so), a digit after a
 * marked vowel (`kỳ2025`), three letters or digits standing apart (`v ề c`). Clean
 * text matches none, and costs one regex pass (no loop of ours gets hot enough to be compiled).
 */
const DAMAGE = new RegExp(
  `[${MARKED_VOWELS}][${CONSONANTS}]+[${VOWEL_LETTERS}]|[${TONED_VOWELS}][${TONED_VOWELS}]|[${MARKED_LOWER}][${UPPER}]|[${MARKED_VOWELS}][0-9]|(?:^|[ \n])[${LETTER}0-9] [${LETTER}0-9] [${LETTER}0-9](?=[ \n]|$)`,
  'm',
);

export function repairText(text: string): Repaired {
  if (!DAMAGE.test(text)) return { text, map: identity(text.length), glued: 0, spaced: 0, first: -1 };
  const out = new Builder(text, new KnownSyllables(text));
  let i = 0;
  while (i < text.length) {
    const atToken = i === 0 || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 10;
    if (atToken && isSingle(text, i)) {
      const end = spacedRunEnd(text, i);
      if (end > i && out.spaced(i, end)) {
        i = end;
        continue;
      }
    }
    if (isLetterCode(text.charCodeAt(i))) {
      let end = i + 1;
      while (end < text.length && isLetterCode(text.charCodeAt(end))) end++;
      out.word(i, end);
      i = end;
      continue;
    }
    i++;
  }
  return out.finish();
}

function identity(length: number): SegmentMap {
  const map = new SegmentMap();
  map.copy(0, length);
  return map.finish(length);
}

/** Builds the repaired text and its map, copying untouched stretches whole. */
class Builder {
  private readonly parts: string[] = [];
  private readonly map = new SegmentMap();
  private copied = 0;
  glued = 0;
  spacedRuns = 0;
  first = -1;

  constructor(
    private readonly text: string,
    private readonly known: KnownSyllables,
  ) {}

  /** A run of letters `text[from, to)`: gives a glued run its spaces back. */
  word(from: number, to: number): void {
    const t = this.text;
    const starts = gluedStarts(t, from, to, this.known);
    const digitAfter = to < t.length && isDigit(t.charCodeAt(to)) && isMarkedVowel(t.charCodeAt(to - 1));
    const cuts = starts ?? [];
    if (digitAfter && (cuts.length > 0 || isSyllable(t, from, to))) cuts.push(to);
    if (cuts.length === 0) return;
    this.flush(from);
    let at = from;
    for (const cut of cuts) {
      this.copy(at, cut);
      this.insertSpace(cut);
      at = cut;
    }
    this.copy(at, to);
    this.copied = to;
    this.glued++;
    if (this.first < 0) this.first = from;
  }

  /** A letter-spaced run `text[from, to)`; false (and nothing written) when it spells no words. */
  spaced(from: number, to: number): boolean {
    const joined = joinSpaced(this.text, from, to, this.known);
    if (joined === null) return false;
    this.flush(from);
    for (const [char, source] of joined) {
      this.parts.push(char);
      if (source < 0) this.map.replace(-source - 1, 0, 1);
      else this.map.copy(source, 1);
    }
    this.copied = to;
    this.spacedRuns++;
    if (this.first < 0) this.first = from;
    return true;
  }

  finish(): Repaired {
    this.flush(this.text.length);
    const text = this.glued + this.spacedRuns === 0 ? this.text : this.parts.join('');
    return { text, map: this.map.finish(this.text.length), glued: this.glued, spaced: this.spacedRuns, first: this.first };
  }

  /** Copies the untouched text from where the last repair ended up to `to`. */
  private flush(to: number): void {
    this.copy(this.copied, to);
    this.copied = to;
  }

  private copy(from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(this.text.slice(from, to));
    this.map.copy(from, to - from);
  }

  private insertSpace(at: number): void {
    this.parts.push(' ');
    this.map.replace(at, 0, 1);
  }
}

/**
 * Where the syllables of a glued run start (after the first), or null when the run is a word as
 * it stands or is not Vietnamese. Cheap tests first: most runs are one syllable, with one group
 * of vowels, one tone mark at most and no capital inside. Two syllables can meet with no
 * consonant between them when the second starts with a vowel (`bộứng`, `dựán`): their vowels
 * make one group, which holds two tone marks where one syllable holds one.
 */
function gluedStarts(t: string, from: number, to: number, known: KnownSyllables): number[] | null {
  if (to - from < 3 || to - from > MAX_GLUED) return null;
  let vietnamese = false;
  let vowelGroups = 0;
  let innerCapital = false;
  let twoTones = false;
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c > 0xff) vietnamese = true;
    if (isVowel(c) && (i === from || !isVowel(t.charCodeAt(i - 1)))) vowelGroups++;
    if (i > from && isUpperCode(c) && isLowerCode(t.charCodeAt(i - 1))) innerCapital = true;
    if (i > from && isTonedVowel(c) && isTonedVowel(t.charCodeAt(i - 1))) twoTones = true;
  }
  if (!vietnamese || (vowelGroups < 2 && !innerCapital && !twoTones) || isSyllable(t, from, to)) return null;
  // A space was lost after a marked vowel (the glyph PDF text gets wrong), or before a capital.
  const lostAt = (i: number): boolean =>
    isMarkedVowel(t.charCodeAt(i - 1)) || (isUpperCode(t.charCodeAt(i)) && isLowerCode(t.charCodeAt(i - 1)));
  // A piece is a syllable, or an abbreviation after one (`Đảng uỷUBND xã`).
  const piece = (s: string, a: number, b: number): number => {
    const c = known.cost(s, a, b);
    return c !== Infinity || a === from ? c : abbreviationCost(s, a, b);
  };
  const starts = splitSyllables(t, from, to, lostAt, piece);
  return starts !== null && starts.length > 0 ? starts : null;
}

// ---------------------------------------------------------------------------------------------
// Letter-spaced runs

/** Punctuation that may stand apart inside a letter-spaced run, and how it joins its neighbours. */
const ATTACH: Readonly<Record<string, 'left' | 'right' | 'both' | 'none'>> = {
  ',': 'left', ';': 'left', ':': 'left', '.': 'left', ')': 'left', '(': 'right', '/': 'both', '-': 'both', '–': 'none',
};

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Is `text[i]` a single letter or digit standing alone (a space or the line's end after it)? */
function isSingle(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (!isLetterCode(c) && !isDigit(c)) return false;
  const next = text.charCodeAt(i + 1);
  return next === 32 || next === 10 || Number.isNaN(next);
}

/**
 * End of the letter-spaced run starting at `from`: single characters (letters, digits, the
 * punctuation of ATTACH) each followed by one space; the run ends after the last letter or digit
 * (or a comma, point … right after it).
 * Returns `from` when there are fewer than MIN_SPACED letters and digits.
 */
function spacedRunEnd(text: string, from: number): number {
  let i = from;
  let singles = 0;
  let end = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    const alone = next === 32 || next === 10 || Number.isNaN(next);
    if (!alone) break;
    if (isLetterCode(c) || isDigit(c)) {
      singles++;
      end = i + 1;
    } else if (ATTACH[text[i]!] === undefined) break;
    else if (ATTACH[text[i]!] === 'left' && singles > 0 && end === i - 1) end = i + 1; // `c h ủ t ị c h ,`
    if (next !== 32) break;
    i += 2;
  }
  return singles >= MIN_SPACED ? end : from;
}

/**
 * The characters a letter-spaced run joins to, each with the source offset it comes from (a
 * restored space that stood nowhere: `-offset - 1` of the place it goes). Null when a stretch
 * between punctuation does not split wholly into syllables, numbers and abbreviations, or when no
 * syllable of two letters or more comes out (`a b c` stays a list of letters).
 */
function joinSpaced(text: string, from: number, to: number, known: KnownSyllables): [string, number][] | null {
  // The run's characters (no spaces), with their offsets, cut into stretches at punctuation.
  const chars: string[] = [];
  const offsets: number[] = [];
  for (let i = from; i < to; i += 2) {
    chars.push(text[i]!);
    offsets.push(i);
  }
  const letters = chars.join('');
  const out: [string, number][] = [];
  let longSyllable = false;
  let pendingSpace = -1; // source offset of the space before the next piece, when one is due
  let k = 0;
  while (k < chars.length) {
    const punct = attachment(chars, k);
    if (punct !== undefined) {
      if ((punct === 'right' || punct === 'none') && pendingSpace >= 0) out.push([' ', pendingSpace]);
      out.push([chars[k]!, offsets[k]!]);
      pendingSpace = punct === 'left' || punct === 'none' ? offsets[k]! + 1 : -1;
      k++;
      continue;
    }
    let end = k;
    while (end < chars.length && ATTACH[chars[end]!] === undefined) end++;
    const starts = splitSyllables(letters, k, end, () => true, (s, a, b) => spacedPieceCost(s, a, b, known));
    if (starts === null) return null;
    const cuts = new Set(starts);
    for (let j = k; j < end; j++) {
      if (j === k ? pendingSpace >= 0 : cuts.has(j)) out.push([' ', j === k ? pendingSpace : offsets[j]! - 1]);
      out.push([chars[j]!, offsets[j]!]);
    }
    for (let s = k, idx = 0; s < end; idx++) {
      const e = idx < starts.length ? starts[idx]! : end;
      if (e - s >= 2 && isSyllable(letters, s, e)) longSyllable = true;
      s = e;
    }
    pendingSpace = end < chars.length ? offsets[end - 1]! + 1 : -1;
    k = end;
  }
  return longSyllable ? out : null;
}

/** How the punctuation at `chars[k]` joins: a hyphen binds codes (`QĐ-UBND`, `2021-2026`) and spaces words; a point binds digits. */
function attachment(chars: string[], k: number): 'left' | 'right' | 'both' | 'none' | undefined {
  const how = ATTACH[chars[k]!];
  const digit = (ch: string | undefined): boolean => ch !== undefined && isDigit(ch.charCodeAt(0));
  const code = (ch: string | undefined): boolean => digit(ch) || (ch !== undefined && isUpperCode(ch.charCodeAt(0)));
  // `300.000`, `4.2.6`: a point between digits is part of the number (a comma lists: `7, 8, 9/2025`)
  if (chars[k] === '.' && digit(chars[k - 1]) && digit(chars[k + 1])) return 'both';
  if (chars[k] !== '-') return how;
  return code(chars[k - 1]) && code(chars[k + 1]) ? 'both' : 'none';
}

/** A syllable costs as KnownSyllables says, a number as a known syllable, an abbreviation as abbreviationCost. */
function spacedPieceCost(s: string, from: number, to: number, known: KnownSyllables): number {
  const syllable = known.cost(s, from, to);
  if (syllable !== Infinity) return syllable;
  let digits = true;
  for (let i = from; i < to && digits; i++) digits = isDigit(s.charCodeAt(i));
  return digits ? KNOWN : abbreviationCost(s, from, to);
}

/** Capitals that spell no syllable (`UBND`, `QĐ`) cost three syllables: a split into syllables wins where there is one. */
function abbreviationCost(s: string, from: number, to: number): number {
  if (to - from < 2) return Infinity;
  for (let i = from; i < to; i++) if (!isUpperCode(s.charCodeAt(i))) return Infinity;
  return 3 * KNOWN;
}

// ---------------------------------------------------------------------------------------------
// The document's own syllables

/** Price of a syllable the document writes elsewhere as a word of its own, and of one it does not. */
const KNOWN = 10;
const UNKNOWN = 11;

/**
 * The syllables the document writes standing alone, in lower case: where two splits are both
 * spelled right (`còn hạn` and `cò nhạn`, `trường hợp` and `trườn ghợp`), the one made of the
 * document's own words wins. Read once, and only when a repair is first tried.
 */
class KnownSyllables {
  private words: Set<string> | null = null;

  constructor(private readonly text: string) {}

  /** KNOWN or UNKNOWN for a syllable, Infinity for letters that spell none. */
  cost(s: string, from: number, to: number): number {
    if (!isSyllable(s, from, to)) return Infinity;
    return this.all().has(s.slice(from, to).toLowerCase()) ? KNOWN : UNKNOWN;
  }

  private all(): Set<string> {
    if (this.words !== null) return this.words;
    const words = new Set<string>();
    const t = this.text;
    let i = 0;
    while (i < t.length) {
      if (!isLetterCode(t.charCodeAt(i))) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < t.length && isLetterCode(t.charCodeAt(end))) end++;
      if (end - i >= 2 && end - i <= MAX_SYLLABLE) words.add(t.slice(i, end).toLowerCase());
      i = end;
    }
    return (this.words = words);
  }
}
