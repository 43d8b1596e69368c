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

export interface AlternationOptions {
  /** Also match the entry with its first letter in the other case: `[Đđ]ồng thời` for `đồng thời`. */
  eitherCase?: boolean;
  /** What a space inside an entry matches (a pattern source; default a single space). */
  space?: string;
}

const SPECIAL = /[\\^$.*+?()[\]{}|]/g;

/** `s` as a pattern that matches exactly it. */
export function escapePattern(s: string): string {
  return s.replace(SPECIAL, '\\$&');
}

/** The entries as one alternation (no group around it), longest first. */
export function alternation(words: readonly string[], options: AlternationOptions = {}): string {
  if (words.length === 0) throw new Error('a pattern built from an empty word list matches nothing');
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return sorted.map((w) => entryPattern(w, options)).join('|');
}

function entryPattern(word: string, options: AlternationOptions): string {
  const space = options.space;
  let body = escapePattern(word.slice(options.eitherCase ? 1 : 0));
  if (space !== undefined) body = body.replaceAll(' ', space);
  if (!options.eitherCase) return body;
  const first = word[0]!;
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  // A letter with one case (or a case longer than one unit) stands as it is.
  const head = lower === upper || lower.length !== 1 || upper.length !== 1 ? escapePattern(first) : `[${upper}${lower}]`;
  return head + body;
}
