/**
 * Regular expressions built from the word lists of data/lexicon, so that no stage writes a list by
 * hand inside a pattern.
 *
 * `alternation` gives the body of a group: each entry escaped, longest first (where one entry
 * starts another, the longer is tried first; entries of these lists that share a start never both
 * match at one place, so the order changes no match). The result is a plain alternation of
 * literals, with no quantifier of its own: wrapped in a pattern it stays linear. No `u` flag is
 * needed or assumed, so the date lexer and the grammar (chevrotain) can use it.
 */
import { inPlacement } from '../text/tones.js';

export interface AlternationOptions {
  /** Also match the entry with its first letter in the other case: `[Đđ]ồng thời` for `đồng thời`. */
  eitherCase?: boolean;
  /** What a space inside an entry matches (a pattern source; default a single space). */
  space?: string;
  /**
   * Also match the entry in these case forms, each a whole entry of its own: `lower` (`v/v`),
   * `sentence` (`Về`: first letter capital, the rest lower case), `title` (`Nơi Nhận`: each word's
   * first letter capital) and `upper` (`NƠI NHẬN`). The entry as written is always matched.
   */
  cases?: readonly CaseForm[];
  /**
   * Also match the entry with its tone marks in the other placement (`Ủy` and `Uỷ`, `HỎA` and
   * `HOẢ`; src/text/tones.ts): a list writes each word once, in either placement.
   */
  eitherPlacement?: boolean;
  /** What ` - ` inside an entry matches (a pattern source; default itself): `Độc lập - Tự do`. */
  dash?: string;
}

export type CaseForm = 'lower' | 'sentence' | 'title' | 'upper';

const upperFirst = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

const CASE_FORMS: Record<CaseForm, (word: string) => string> = {
  lower: (w) => w.toLowerCase(),
  sentence: (w) => upperFirst(w.toLowerCase()),
  title: (w) => w.toLowerCase().split(' ').map(upperFirst).join(' '),
  upper: (w) => w.toUpperCase(),
};

/** The entries with the forms the options ask for (case forms, then both tone placements of each). */
export function variants(words: readonly string[], options: AlternationOptions = {}): string[] {
  const cased = words.flatMap((w) => [w, ...(options.cases ?? []).map((form) => CASE_FORMS[form](w))]);
  return options.eitherPlacement ? cased.flatMap((w) => [w, inPlacement(w, 'old'), inPlacement(w, 'new')]) : cased;
}

const SPECIAL = /[\\^$.*+?()[\]{}|]/g;

/** `s` as a pattern that matches exactly it. */
export function escapePattern(s: string): string {
  return s.replace(SPECIAL, '\\$&');
}

/** The entries as one alternation (no group around it), longest first. */
export function alternation(words: readonly string[], options: AlternationOptions = {}): string {
  if (words.length === 0) throw new Error('a pattern built from an empty word list matches nothing');
  const sorted = [...new Set(variants(words, options))].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return sorted.map((w) => entryPattern(w, options)).join('|');
}

function entryPattern(word: string, options: AlternationOptions): string {
  const { space, dash } = options;
  let body = escapePattern(word.slice(options.eitherCase ? 1 : 0));
  if (dash !== undefined) body = body.split(' - ').map((part) => (space === undefined ? part : part.replaceAll(' ', space))).join(dash);
  else if (space !== undefined) body = body.replaceAll(' ', space);
  if (!options.eitherCase) return body;
  const first = word[0]!;
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  // A letter with one case (or a case longer than one unit) stands as it is.
  const head = lower === upper || lower.length !== 1 || upper.length !== 1 ? escapePattern(first) : `[${upper}${lower}]`;
  return head + body;
}
