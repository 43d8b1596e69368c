/**
 * The layout pre-pass: decoded text → one logical line per paragraph, list item, recipient or
 * signature line, with Markdown removed and whitespace collapsed, plus a map from every character
 * of the result back to the decoded text.
 *
 * Three layouts meet us (SPEC, FORMAT §1):
 * - `wrapped`: text taken out of a PDF. Lines are hard-wrapped, usually followed by a blank line,
 *   so blank lines say nothing; where a paragraph ends must be read from the text itself.
 * - `markdown`: a DOCX converted to Markdown: one paragraph a line, `**bold**`, pipe tables.
 * - `plain`: one paragraph a line, nothing else.
 *
 * Most physical lines need nothing but trimming, so each line is first classified with a few
 * character tests, and the regular expressions run only where those tests leave a doubt.
 */
import type { Layout } from '../schema/notice.js';
import {
  ADDRESSEES_HEAD,
  AUTHORITY,
  BULLET,
  LETTERED,
  NUMBERED,
  PARENTHESISED,
  ROMAN,
  UPPER_LETTERED,
  LOWER_ROMAN,
  CLOSING,
  INITIALS,
  DOC_NUMBER,
  DOC_TYPE,
  FOOTNOTE,
  MOTTO,
  PERSON_NAME,
  PLACE_DATE,
  RECIPIENTS_HEAD,
  SEPARATOR,
  STAMP_TIME,
  SUBJECT_START,
  TITLE_START,
  readMarker,
  resolveLabelRuns,
  type Marker,
} from '../lexicon/markers.js';
import { isSpaceOnly, skipSpaceTab, trimSpaceTabEnd } from './chars.js';
import { flatCellCuts } from './flat-cell.js';
import { isCapsLine, isLowerCode, isUpperCode } from '../text/letters.js';
import { isWhiteSpace } from '../text/space.js';
import { SegmentMap, type OffsetMap } from '../core/offset-map.js';

export interface Prepared {
  layout: Layout;
  /** Logical lines separated by `\n`. */
  text: string;
  /** Offsets in `text` → offsets in the decoded text. */
  map: OffsetMap;
}

/** One cleaned physical line (or one cell line of a Markdown table). */
interface CleanLine {
  text: string;
  /**
   * Map operations, in order: [sourceStart, sourceLength, derivedLength, atomic]; null when
   * `text` is copied as it is from offset `from` (most lines: nothing to clean but the ends).
   */
  ops: number[] | null;
  from: number;
  /** Where the raw line started and ended in the decoded text. */
  rawStart: number;
  rawEnd: number;
  blankBefore: boolean;
  /** Markdown hard break (two trailing spaces or a backslash). */
  hardBreak: boolean;
  /** What joining asks of every line, worked out once: its list marker, and its shape. */
  marker: Marker | null;
  caps: boolean;
  structural: boolean;
  /** It opens a footnote: `[1] …`, `_ [1] …`, `[^1]: …`. */
  footnote: boolean;
}

export function prepare(text: string): Prepared {
  const layout = detectLayout(text);
  const lines = cleanLines(text, layout);
  const logical = joinLines(lines, layout);
  return assemble(logical, text.length, layout);
}

// ---------------------------------------------------------------------------------------------
// Layout detection

export function detectLayout(text: string): Layout {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const lines = sample.split('\n');
  // Filled by a loop (not `map`, whose result is a holey array) so the hot loops below always see
  // the same elements kind.
  const blank: boolean[] = [];
  for (let i = 0; i < lines.length; i++) blank.push(isSpaceOnly(lines[i]!, 0, lines[i]!.length));
  let markdown = 0;
  let nonBlank = 0;
  let blankAfter = 0;
  let trailingSpace = 0;
  let continued = 0;
  for (let i = 0; i < lines.length; i++) {
    if (blank[i]) continue;
    const line = lines[i]!;
    nonBlank++;
    if (looksMarkdown(line)) markdown++;
    if (endsInTwoSpaces(line) && i + 1 < lines.length && !blank[i + 1]) markdown++;
    const last = line.charCodeAt(line.length - 1);
    if (last === 32 || last === 9) trailingSpace++;
    if (i + 1 < lines.length && blank[i + 1]) blankAfter++;
    // A full line running on into lower case: a hard wrap (short heading lines do not count).
    if (line.length >= 50 && runsOnLower(lines, blank, i + 1) && !endsSentence(line)) continued++;
  }
  if (nonBlank === 0) return 'plain';
  if (markdown >= 2) return 'markdown';
  // PDF text: most lines followed by a blank line and ending in a space, or many sentences
  // running on from one line to the next.
  if ((blankAfter / nonBlank > 0.6 && trailingSpace / nonBlank > 0.4) || continued / nonBlank > 0.15) {
    return 'wrapped';
  }
  return 'plain';
}

/** `**bold**`, a `#` heading, a `| pipe |` table row. */
function looksMarkdown(line: string): boolean {
  const first = line[0];
  if (first === '#' && /^#{1,6} /.test(line)) return true;
  if (first === '|' && /^\|.*\|[ \t]*$/.test(line)) return true;
  return line.includes('**') && /\*\*[^*\s]/.test(line);
}

/** A Markdown hard break: `[^ ] {2}$`. */
function endsInTwoSpaces(line: string): boolean {
  const n = line.length;
  return n >= 3 && line.charCodeAt(n - 1) === 32 && line.charCodeAt(n - 2) === 32 && line.charCodeAt(n - 3) !== 32;
}

/** The next non-blank line within three starts in lower case. */
function runsOnLower(lines: string[], blank: boolean[], from: number): boolean {
  for (let j = from; j < lines.length && j < from + 3; j++) {
    if (blank[j]) continue;
    const next = lines[j]!;
    let k = 0;
    while (isWhiteSpace(next.charCodeAt(k))) k++;
    return isLowerCode(next.charCodeAt(k));
  }
  return false;
}

/** `[.:;!?]\s*$` */
function endsSentence(line: string): boolean {
  let k = line.length - 1;
  while (k >= 0 && isWhiteSpace(line.charCodeAt(k))) k--;
  const c = line[k];
  return c === '.' || c === ':' || c === ';' || c === '!' || c === '?';
}

// ---------------------------------------------------------------------------------------------
// Cleaning one physical line

function cleanLines(text: string, layout: Layout): CleanLine[] {
  const out: CleanLine[] = [];
  let start = 0;
  let blank = false;
  let afterPageNumber = false;
  const specials = new Specials(text, layout === 'markdown' ? SPECIAL_LINE_MARKDOWN : SPECIAL_LINE_PLAIN);
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // First and last character that is not a space or a tab.
    const first = skipSpaceTab(text, start, end);
    const last = trimSpaceTabEnd(text, first, end);
    if (isSpaceOnly(text, first, last)) {
      blank = true;
    } else if (layout === 'wrapped' && isPageNumber(text, first, last, start, end)) {
      blank = true;
      afterPageNumber = true;
    } else if (afterPageNumber && isRunningHeader(text.slice(start, end))) {
      afterPageNumber = false;
    } else {
      afterPageNumber = false;
      const hardBreak = layout === 'markdown' && isHardBreak(text, start, end);
      if (!specials.within(first, last) && !(layout === 'markdown' && isMarkdownBlock(text[first]))) {
        out.push(cleanLine(text.slice(first, last), null, first, start, end, blank, hardBreak));
        blank = false;
      } else {
        const cells = splitCells(text, start, end, layout);
        for (let c = 0; c < cells.length; c += 2) {
          const line = cleanSegment(text, cells[c]!, cells[c + 1]!, layout);
          if (line.text === '') continue;
          out.push(cleanLine(line.text, line.ops, 0, line.rawStart, line.rawEnd, blank, hardBreak));
          blank = false;
        }
      }
    }
    start = end + 1;
  }
  return out;
}

function cleanLine(
  text: string,
  ops: number[] | null,
  from: number,
  rawStart: number,
  rawEnd: number,
  blankBefore: boolean,
  hardBreak: boolean,
): CleanLine {
  const caps = isCapsLine(text);
  const structural = caps || STRUCTURAL.test(text);
  const marker = MAY_BE_MARKER.test(text) ? readMarker(text) : null;
  const first = text.charCodeAt(0);
  const footnote = (first === 91 || first === 95) && FOOTNOTE.test(text); // [ _
  return { text, ops, from, rawStart, rawEnd, blankBefore, hardBreak, marker, caps, structural, footnote };
}

/**
 * Where the characters that `splitCells` and `cleanSegment` act on are, found by one scan of the
 * whole text instead of a loop over every line. A line (without the spaces and tabs around it)
 * with none of them, and in Markdown not opening a block, is its own clean text: no whitespace to
 * collapse, no invisible character to drop, no column gap to split at, no markup.
 */
class Specials {
  /** Offset of the first special character at or after the last offset asked about. */
  private next = -1;

  constructor(
    private readonly text: string,
    private readonly pattern: RegExp,
  ) {}

  /** Is there one in [from, to)? `from` must not decrease from call to call. */
  within(from: number, to: number): boolean {
    if (this.next < from) {
      this.pattern.lastIndex = from;
      const m = this.pattern.exec(this.text);
      this.next = m ? m.index : Infinity;
    }
    return this.next < to;
  }
}

/** A Markdown heading, blockquote or table row. */
function isMarkdownBlock(first: string | undefined): boolean {
  return first === '#' || first === '>' || first === '|';
}

/** `(?: {2}|\\)$` */
function isHardBreak(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  return end > start && (c === 92 || (c === 32 && end - 1 > start && text.charCodeAt(end - 2) === 32));
}

/**
 * A running header repeated at the top of each page, right under the page number: a short line
 * that names the document by its number (`Thông báo số 1035-TB/TU của Tỉnh ủy …`).
 */
function isRunningHeader(raw: string): boolean {
  return raw.length < 120 && /(?:số|Số|SỐ)[ \t]*\d{1,6}[-/][A-ZĐ]/.test(raw);
}

const PAGE_NUMBER = /^[ \t]*(?:[-–][ \t]*)?(?:Trang[ \t]+)?\d{1,3}(?:[ \t]*[-–])?[ \t]*$/;

/**
 * `- 2 -`, `2`, `Trang 2`: page numbers between pages of a PDF. `first` and `last` bound the line
 * without its spaces and tabs: only a line that starts and ends like one is tested.
 */
function isPageNumber(text: string, first: number, last: number, start: number, end: number): boolean {
  const a = text.charCodeAt(first);
  const z = text.charCodeAt(last - 1);
  if (!(isDigit(a) || a === 0x2d || a === 0x2013 || a === 0x54)) return false; // digit - – T
  if (!(isDigit(z) || z === 0x2d || z === 0x2013)) return false;
  return PAGE_NUMBER.test(text.slice(start, end));
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * The parts of a raw line that read as separate lines: the cells of a Markdown table row (left
 * column first, `<br>` breaking a cell), or the two columns of a header or footer that a PDF tool
 * put on one line (`TỈNH ỦY BẾN TRE      ĐẢNG CỘNG SẢN VIỆT NAM`).
 */
/**
 * The cells of a line as flat start/end pairs (`[s0, e0, s1, e1, …]`). Every outcome is one
 * array of small integers filled by `push`, so its caller's optimised loop sees one elements kind.
 */
function splitCells(text: string, start: number, end: number, layout: Layout): number[] {
  const parts: number[] = [];
  const raw = text.slice(start, end);
  if (layout === 'markdown' && /^[ \t]*\|/.test(raw)) {
    if (/^[ \t|:\-]*$/.test(raw)) return parts; // a |---|---| rule
    let cellStart = start + raw.indexOf('|') + 1;
    for (let i = cellStart; i <= end; i++) {
      const atEnd = i === end;
      if (atEnd || (text[i] === '|' && text[i - 1] !== '\\')) {
        splitCell(text, cellStart, i, parts);
        cellStart = i + 1;
      }
    }
    return parts;
  }
  if (layout === 'markdown') return splitBreaks(text, start, end, parts);
  const gaps = /[^ \t]([ \t]{4,}|\t)(?=[^ \t])/g;
  for (let gap = gaps.exec(raw); gap; gap = gaps.exec(raw)) {
    const cut = gap.index + 1;
    const left = raw.slice(0, cut).trim();
    const right = raw.slice(cut + gap[1]!.length).trim();
    // `Số      -TB/ĐU`, `ngày      tháng 8`: blanks left for a hand-written number or day.
    if (/^(?:Số|SỐ)[ \t]*:?$/.test(left) || /(?:ngày|Ngày)$/.test(left)) continue;
    if (isColumnCell(left) || isColumnCell(right)) {
      parts.push(start, start + cut, start + cut + gap[1]!.length, end);
      return parts;
    }
  }
  parts.push(start, end);
  return parts;
}

function isColumnCell(cell: string): boolean {
  return (
    isCapsLine(cell) ||
    MOTTO.test(cell) ||
    PLACE_DATE.test(cell) ||
    DOC_NUMBER.test(cell) ||
    AUTHORITY.test(cell) ||
    PERSON_NAME.test(cell)
  );
}

/** A table cell's lines: between `<br>` tags, and in a piece without any, where flatCellCuts finds them. */
function splitCell(text: string, start: number, end: number, parts: number[]): void {
  const pieces = splitBreaks(text, start, end, []);
  for (let p = 0; p < pieces.length; p += 2) {
    const from = pieces[p]!;
    const to = pieces[p + 1]!;
    let at = from;
    for (const cut of flatCellCuts(text.slice(from, to))) {
      parts.push(at, from + cut);
      at = from + cut;
    }
    parts.push(at, to);
  }
}

/** The pieces of text[start, end) between `<br>` tags, appended to `parts` as start/end pairs. */
function splitBreaks(text: string, start: number, end: number, parts: number[]): number[] {
  const re = /<br[ \t]*\/?>/gi;
  const raw = text.slice(start, end);
  let from = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    parts.push(start + from, start + m.index);
    from = m.index + m[0].length;
  }
  parts.push(start + from, end);
  return parts;
}

/** Collapse whitespace, trim, and in Markdown drop the markup, recording the offset map. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2002 || c === 0x2003 || c === 0x202f;
}

interface CleanSegment {
  text: string;
  ops: number[];
  rawStart: number;
  rawEnd: number;
}
function cleanSegment(text: string, start: number, rawEnd: number, layout: Layout): CleanSegment {
  let end = rawEnd;
  let out = '';
  const ops: number[] = [];
  let pendingSpace = -1; // source offset of a whitespace run not yet written
  let pendingLength = 0;
  let i = start;
  if (layout === 'markdown') {
    const heading = /^[ \t]*#{1,6}[ \t]+/.exec(text.slice(start, Math.min(end, start + 16)));
    if (heading) i += heading[0].length;
    // A blockquote marker is markup too.
    const quote = /^[ \t]*>[ \t]?/.exec(text.slice(i, Math.min(end, i + 8)));
    if (quote) i += quote[0].length;
  }
  const emit = (s: string, srcStart: number, srcLength: number) => {
    if (pendingSpace >= 0 && out !== '') {
      ops.push(pendingSpace, pendingLength, 1, pendingLength === 1 && text[pendingSpace] === ' ' ? 0 : 1);
      out += ' ';
    }
    pendingSpace = -1;
    ops.push(srcStart, srcLength, s.length, s.length === srcLength && s === text.slice(srcStart, srcStart + srcLength) ? 0 : 1);
    out += s;
  };
  // Characters that need a decision; runs of anything else are copied whole. Leading and
  // trailing blanks are trimmed first, so a copied run never starts or ends with a space.
  const special = layout === 'markdown' ? SPECIAL_MARKDOWN : SPECIAL_PLAIN;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  while (end > i && isBlank(text.charCodeAt(end - 1))) end--;
  // Searched in this line only: a search through the rest of the text would make long
  // documents quadratic.
  const line = text.slice(start, end);
  while (i < end) {
    special.lastIndex = i - start;
    const next = special.exec(line);
    const stop = next ? start + next.index : end;
    if (stop > i) {
      emit(text.slice(i, stop), i, stop - i);
      i = stop;
      continue;
    }
    const ch = text[i]!;
    if (isBlank(text.charCodeAt(i))) {
      // The whole run of blanks at once: it becomes one space before the next text.
      if (pendingSpace < 0) pendingSpace = i;
      while (i < end && isBlank(text.charCodeAt(i))) i++;
      pendingLength = i - pendingSpace;
      continue;
    }
    if (layout === 'markdown') {
      const skip = markupLength(text, i, end, out === '');
      if (skip > 0) {
        i += skip;
        continue;
      }
      if (ch === '\\' && i + 1 < end && /[\\`*_{}[\]()#+\-.!|<>~"']/.test(text[i + 1]!)) {
        emit(text[i + 1]!, i + 1, 1); // the escaped character is text, whatever it is
        i += 2;
        continue;
      }
    }
    if (ch === '\u00ad' || ch === '\u200b' || ch === '\ufeff') {
      i++; // soft hyphen, zero-width space: invisible in the notice
      continue;
    }
    emit(ch, i, 1);
    i++;
  }
  return { text: out, ops: mergeOps(ops), rawStart: start, rawEnd };
}

/** A single space between words is copied with them; anything else here needs a decision. */
const SPECIAL_PLAIN = /[\t\u00a0\u2002\u2003\u202f\u00ad\u200b\ufeff]| {2}/g;
const SPECIAL_MARKDOWN = /[\t\u00a0\u2002\u2003\u202f\u00ad\u200b\ufeff*_\\]| {2}/g;
/** Those, and in Markdown the `<` of a `<br>`: a line without any is only trimmed. */
const SPECIAL_LINE_PLAIN = new RegExp(SPECIAL_PLAIN.source, 'g');
const SPECIAL_LINE_MARKDOWN = /[\t\u00a0\u2002\u2003\u202f\u00ad\u200b\ufeff*_\\<]| {2}/g;

/** Length of Markdown emphasis markup at `i` (0 when the character is text). */
function markupLength(text: string, i: number, end: number, atLineStart: boolean): number {
  const ch = text[i];
  if (ch !== '*' && ch !== '_') return 0;
  if (text[i + 1] === ch) return text[i + 2] === ch ? 3 : 2;
  if (ch === '_') {
    // `_x_` is emphasis only at a word edge; snake_case is text.
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    return /\s/.test(before) !== /\s/.test(after) ? 1 : 0;
  }
  // A `*` that starts a line and is followed by a space is a bullet; alone it is a separator.
  if (atLineStart && (i + 1 >= end || text[i + 1] === ' ' || text[i + 1] === '\t')) return 0;
  return 1;
}

/** Fuse adjacent one-to-one copies so long lines cost one map entry. */
function mergeOps(ops: number[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < ops.length; k += 4) {
    const n = out.length;
    if (n > 0 && ops[k + 3] === 0 && out[n - 1] === 0 && out[n - 4]! + out[n - 3]! === ops[k]) {
      out[n - 3]! += ops[k + 1]!;
      out[n - 2]! += ops[k + 2]!;
      continue;
    }
    out.push(ops[k]!, ops[k + 1]!, ops[k + 2]!, ops[k + 3]!);
  }
  return out;
}


// ---------------------------------------------------------------------------------------------
// Joining lines into paragraphs

/** Tests every grammar pattern at once; they are all flagless, with no back-references. */
function anyOf(patterns: RegExp[]): RegExp {
  for (const re of patterns) {
    if (re.flags !== '' || /\\[1-9k]/.test(re.source)) throw new Error(`cannot combine ${re}`);
  }
  return new RegExp(patterns.map((re) => `(?:${re.source})`).join('|'));
}

/**
 * Lines that stand alone whatever surrounds them: parts of the header, heading and signature
 * (with capitals-only lines, `isCapsLine`).
 */
const STRUCTURAL = anyOf([SEPARATOR, RECIPIENTS_HEAD, ADDRESSEES_HEAD, AUTHORITY, DOC_NUMBER, PLACE_DATE, MOTTO, DOC_TYPE]);
const ANY_CLOSING = anyOf(CLOSING);
/** `readMarker` finds nothing in a line that none of its patterns match (most lines). */
const MAY_BE_MARKER = anyOf([ROMAN, NUMBERED, LETTERED, BULLET, PARENTHESISED, UPPER_LETTERED, LOWER_ROMAN]);

/**
 * The line ends a sentence or a clause: `.`, `:`, `;`, `!`, `?`, `…`, before closing quotes
 * (`[.:;!?…][ \t]*["”'’»)\]*]*$`), and no bracket is left open in its last 12 characters.
 */
function endsClosed(line: string): boolean {
  let k = line.length - 1;
  while (k >= 0 && isCloser(line[k]!)) k--;
  while (k >= 0 && (line[k] === ' ' || line[k] === '\t')) k--;
  if (k < 0 || !'.:;!?…'.includes(line[k]!)) return false;
  for (let j = line.length - 1; j >= 0 && j >= line.length - 12; j--) {
    if (line[j] === ')') return true;
    if (line[j] === '(') return false;
  }
  return true;
}

function isCloser(c: string): boolean {
  return c === '"' || c === '”' || c === "'" || c === '’' || c === '»' || c === ')' || c === ']' || c === '*';
}

/** The line ends with `mark` (or `other`) and then only spaces or tabs: `[.;][ \t]*$`, `,[ \t]*$`. */
function endsWithMark(line: string, mark: string, other = mark): boolean {
  let k = line.length - 1;
  while (k >= 0 && (line[k] === ' ' || line[k] === '\t')) k--;
  return k >= 0 && (line[k] === mark || line[k] === other);
}
interface JoinState {
  layout: Layout;
  /** Typical full width of a wrapped line, in characters. */
  width: number;
  inRecipients: boolean;
  /** Between the heading's type line and the first paragraph: a `về …` line is the subject. */
  inHeading: boolean;
  /** In the current recipients list, unmarked lines continue the entry above. */
  recipientsMarked: boolean;
  /** Numbers of the last numbered, Roman and lettered markers that started an item. */
  lastNumber: number[] | null;
  lastRoman: number;
  lastLetter: number;
  /** The number of the last `(n)` label that started an item, 0 when none is open. */
  lastParen: number;
}

function joinLines(lines: CleanLine[], layout: Layout): CleanLine[][] {
  const state: JoinState = {
    layout,
    width: typicalWidth(lines),
    inRecipients: false,
    inHeading: false,
    recipientsMarked: false,
    lastNumber: null,
    lastRoman: 0,
    lastLetter: 0,
    lastParen: 0,
  };
  // `A.`, `ii.`: labels only in sequence, as the lexer will have them (resolveLabelRuns); the
  // lines whose candidate label is none are plain lines from here on.
  const resolved = resolveLabelRuns(lines.map((l) => l.marker));
  for (let k = 0; k < lines.length; k++) lines[k]!.marker = resolved[k]!;
  const groups: CleanLine[][] = [];
  for (let k = 0; k < lines.length; k++) {
    const cur = lines[k]!;
    const group = groups[groups.length - 1];
    const prev = group?.[group.length - 1];
    const marker = inSequence(cur.marker, lines, k, state);
    if (prev && continues(prev, group![0]!, cur, marker, state, lines, k)) {
      group!.push(cur);
      continue;
    }
    groups.push([cur]);
    track(cur, marker, lines, k, state);
  }
  return groups;
}

/**
 * A `(n)` label counts only in a run of such labels at line starts: `(1)` with a `(2)` starting
 * a line below it (before the next numbered or Roman item), a later one right after the one
 * before. Otherwise it is text: `(3)` wrapped to a line start inside `… các nội dung: (1) …; (2) …`.
 */
function inSequence(marker: Marker | null, lines: CleanLine[], k: number, state: JoinState): Marker | null {
  if (marker?.kind !== 'parenthesised') return marker;
  const n = marker.number![0]!;
  if (n === 1) return secondFollows(lines, k) ? marker : null;
  return state.lastParen > 0 && n === state.lastParen + 1 ? marker : null;
}

function secondFollows(lines: CleanLine[], k: number): boolean {
  for (let j = k + 1; j < lines.length && j <= k + 60; j++) {
    const m = lines[j]!.marker;
    if (m === null) continue;
    if (m.kind === 'parenthesised') return m.number![0] === 2;
    if (m.kind === 'numbered' || m.kind === 'roman') return false;
  }
  return false;
}

/** Lines a heading is made of: capitals, a title in lower case or `Kết luận …`, a subject. */
function isHeadingLine(line: CleanLine): boolean {
  return line.caps || startsLower(line.text) || SUBJECT_START.test(line.text) || TITLE_START.test(line.text);
}

function track(cur: CleanLine, marker: Marker | null, lines: CleanLine[], k: number, state: JoinState): void {
  if (DOC_TYPE.test(cur.text)) state.inHeading = true;
  else if (!isHeadingLine(cur) || endsClosed(cur.text) || marker) state.inHeading = false;
  if (RECIPIENTS_HEAD.test(cur.text)) {
    state.inRecipients = true;
    state.recipientsMarked = false;
    for (let j = k + 1; j < lines.length && j < k + 60; j++) {
      // Signature lines may be interleaved with the list (two columns read line by line).
      if (lines[j]!.marker?.kind === 'bullet') state.recipientsMarked = true;
    }
    return;
  }
  if (!marker || state.inRecipients) return;
  if (marker.kind === 'numbered') state.lastNumber = marker.number;
  if (marker.kind === 'roman') state.lastRoman = marker.number![0]!;
  if (marker.kind === 'lettered') state.lastLetter = marker.number![0]!;
  if (marker.kind === 'roman' || marker.kind === 'numbered' || marker.kind === 'upper-lettered') {
    state.lastLetter = 0;
    state.lastParen = 0;
  }
  if (marker.kind === 'parenthesised') state.lastParen = marker.number![0]!;
}

/** Does `cur` (`lines[k]`) carry on the paragraph whose first line is `first`, last `prev`? */
function continues(
  prev: CleanLine,
  first: CleanLine,
  cur: CleanLine,
  marker: Marker | null,
  state: JoinState,
  lines: CleanLine[],
  k: number,
): boolean {
  if (cur.structural || prev.structural) return false;
  if (RECIPIENTS_HEAD.test(first.text)) return false;
  // A footnote starts a paragraph of its own, also among the recipients (`(1)` there is one too),
  // and its text wraps as a paragraph's does, not as a recipient's.
  if (cur.footnote || (state.inRecipients && cur.marker?.kind === 'parenthesised')) return false;
  if (first.footnote || (state.inRecipients && first.marker?.kind === 'parenthesised')) {
    if (marker) return false;
    return state.layout === 'wrapped' ? continuesWrapped(prev, first, cur, null, state, lines, k) : !endsClosed(prev.text) && startsLower(cur.text);
  }
  if (state.inHeading && SUBJECT_START.test(cur.text)) return false;
  if (state.inRecipients) return continuesRecipient(prev, cur, marker, state);
  if (state.layout === 'wrapped') return continuesWrapped(prev, first, cur, marker, state, lines, k);
  // Markdown and plain text: a paragraph is a line, but converters and copy-paste still break
  // some mid-sentence, with or without a blank line between the halves; also at the dash of
  // `kinh tế - xã hội`: a dash then lower case after a line left open (no stop, no comma) goes on.
  if (marker) return !state.inHeading && wrappedAtDash(prev, cur, marker);
  if (state.layout === 'markdown' && prev.hardBreak) return false;
  if (state.layout === 'markdown' && !cur.blankBefore && !endsClosed(prev.text)) return true;
  return !endsClosed(prev.text) && startsLower(cur.text);
}

function continuesRecipient(prev: CleanLine, cur: CleanLine, marker: Marker | null, state: JoinState): boolean {
  if (marker?.kind === 'bullet' || !state.recipientsMarked) return false;
  // `,` may separate the parts of one grouped entry (`Các sở: Y tế, Tài chính,` / `Nội vụ;`);
  // `;` and `.` end an entry.
  if (endsWithMark(prev.text, '.', ';') || PERSON_NAME.test(prev.text)) return false;
  if (PERSON_NAME.test(cur.text) || INITIALS.test(cur.text) || STAMP_TIME.test(cur.text)) return false;
  return true;
}

function continuesWrapped(
  prev: CleanLine,
  first: CleanLine,
  cur: CleanLine,
  marker: Marker | null,
  state: JoinState,
  lines: CleanLine[],
  k: number,
): boolean {
  const closed = endsClosed(prev.text);
  const short = prev.text.length < state.width * 0.8;
  if (marker) {
    if (closed) return false;
    const rest = cur.text.slice(marker.length);
    if (marker.kind === 'bullet') {
      // `kinh tế` / `- xã hội` is one sentence; `…tỉnh,` / `- Sở Y tế …` a list. A capital after
      // the sign starts an item after a line that stopped short or with a comma, and after a
      // full line too when the list is there to see: the paragraph is itself an item of that
      // sign (`- Tờ trình số 34 … 2026 - 2030` / `- Tờ trình số 35 …`), or a bullet is the next
      // marker below (`1. Nâng cao … của xã` / `- Các cấp uỷ …` / `- …`). A capitalised half
      // of a name wrapped at its dash (`đường đi Bình Tiên` / `- Vĩnh Hy.`, `Chánh Văn phòng`
      // / `- Thành viên.` in a numbered list) has neither.
      if (!isUpperCode(rest.charCodeAt(0))) return DASH_SIGNS.includes(marker.label) ? wrappedAtDash(prev, cur, marker) : true;
      if (endsWithMark(prev.text, ',') || short) return false;
      return !(first.marker?.kind === 'bullet' && first.marker.label === marker.label) && !bulletFollows(lines, k);
    }
    // A number the notice's own numbering expects, or any number after a line that stopped
    // short, starts an item when text in capitals follows (`3. Về một số nhiệm vụ` / `2.1. Về …`).
    const expected = isExpected(marker, state);
    return !(isUpperCode(rest.charCodeAt(0)) ? expected || short : expected && short);
  }
  if (startsLower(cur.text)) return true;
  if (closed && ANY_CLOSING.test(cur.text)) return false;
  return !(short && (closed || isUpperCode(cur.text.charCodeAt(0))));
}

/** The signs a compound's dash is written with (`kinh tế - xã hội`, `2026 – 2030`). */
const DASH_SIGNS = ['-', '–'];

/**
 * `… tình hình kinh tế` / `- xã hội của huyện …`: the sentence goes on over the dash, which a line
 * left open (no stop, no comma: a list's entries end in one) and lower case or a range's second
 * number after it tell.
 */
function wrappedAtDash(prev: CleanLine, cur: CleanLine, marker: Marker): boolean {
  if (marker.kind !== 'bullet' || !DASH_SIGNS.includes(marker.label)) return false;
  if (endsClosed(prev.text) || endsWithMark(prev.text, ',')) return false;
  const rest = cur.text.slice(marker.length);
  const first = rest.charCodeAt(0);
  // A range of numbers (`nhiệm kỳ 2026` / `- 2031`, `từ ngày 15` / `– 17/10/2025`); after a word,
  // a number opens an entry (`Về công tác lãnh đạo, chỉ đạo` / `- 100% cơ quan …`).
  if (first >= 48 && first <= 57) return /[0-9]$/.test(prev.text.trimEnd());
  // `- a) …` is a dash before a point's label (OCR draws one), not a sentence going on.
  return isLowerCode(first) && readMarker(rest) === null;
}

/**
 * Is the next line below `lines[k]` that starts with a marker a bullet? Looks no further than 60
 * lines (a paragraph's worth), so that joining stays linear.
 */
function bulletFollows(lines: CleanLine[], k: number): boolean {
  for (let j = k + 1; j < lines.length && j <= k + 60; j++) {
    const line = lines[j]!;
    if (line.structural) return false;
    if (line.marker) return line.marker.kind === 'bullet';
  }
  return false;
}

/** `^["“'‘(]*` then a lower-case letter. */
function startsLower(line: string): boolean {
  let k = 0;
  while (k < line.length && '"“\'‘('.includes(line[k]!)) k++;
  return isLowerCode(line.charCodeAt(k));
}

/** Does this marker continue the notice's own numbering? */
function isExpected(marker: Marker, state: JoinState): boolean {
  const n = marker.number!;
  if (marker.kind === 'parenthesised') return true; // inSequence let only a label of the run through
  // resolveLabelRuns let only a letter or numeral that follows on (or starts a run) through.
  if (marker.kind === 'upper-lettered' || marker.kind === 'lower-roman') return true;
  if (marker.kind === 'roman') return n[0] === state.lastRoman + 1;
  if (marker.kind === 'lettered') return n[0] === state.lastLetter + 1;
  const last = state.lastNumber;
  if (!last) return n.every((x, i) => x === 1 || i === 0) && n[0]! <= 2;
  // A next sibling at any depth, or the first child.
  for (let depth = 1; depth <= last.length; depth++) {
    if (n.length === depth && n[depth - 1] === last[depth - 1]! + 1 && samePrefix(n, last, depth - 1)) return true;
  }
  return n.length === last.length + 1 && n[n.length - 1] === 1 && samePrefix(n, last, last.length);
}

function samePrefix(a: number[], b: number[], length: number): boolean {
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The width a full line of this PDF reaches: the 90th percentile of line lengths. */
function typicalWidth(lines: CleanLine[]): number {
  if (lines.length === 0) return 0;
  const lengths = new Uint32Array(lines.length);
  for (let k = 0; k < lines.length; k++) lengths[k] = lines[k]!.text.length;
  lengths.sort(); // a typed array sorts by value
  return lengths[Math.floor(lengths.length * 0.9)]!;
}

// ---------------------------------------------------------------------------------------------
// Assembling the result

/**
 * `Face-` / `book`: a word cut by a hyphen at a line end. Vietnamese syllables are written apart,
 * so only a word of unaccented Latin letters is glued back (keeping the hyphen, which may be real).
 * That is `[A-Za-z]{2}-$` then `^[a-z]{2}`.
 */
function isHyphenated(prev: string, next: string): boolean {
  const n = prev.length;
  return (
    n >= 3 &&
    prev.charCodeAt(n - 1) === 0x2d &&
    isAsciiLetter(prev.charCodeAt(n - 2)) &&
    isAsciiLetter(prev.charCodeAt(n - 3)) &&
    isAsciiLower(next.charCodeAt(0)) &&
    isAsciiLower(next.charCodeAt(1))
  );
}

function isAsciiLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function isAsciiLetter(c: number): boolean {
  return isAsciiLower(c) || (c >= 0x41 && c <= 0x5a);
}

function assemble(groups: CleanLine[][], sourceLength: number, layout: Layout): Prepared {
  const map = new SegmentMap();
  const parts: string[] = [];
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    for (let k = 0; k < group.length; k++) {
      const line = group[k]!;
      if (k > 0 && !isHyphenated(group[k - 1]!.text, line.text)) {
        // The wrap between two lines reads as one space.
        const prev = group[k - 1]!;
        map.replace(prev.rawEnd, Math.max(1, line.rawStart - prev.rawEnd), 1);
        parts.push(' ');
      }
      const ops = line.ops;
      if (ops === null) map.copy(line.from, line.text.length);
      else {
        for (let o = 0; o < ops.length; o += 4) {
          if (ops[o + 3] === 0) map.copy(ops[o]!, ops[o + 1]!);
          else map.replace(ops[o]!, ops[o + 1]!, ops[o + 2]!);
        }
      }
      parts.push(line.text);
    }
    const last = group[group.length - 1]!;
    map.replace(last.rawEnd, 0, 1);
    parts.push('\n');
  }
  return { layout, text: parts.join(''), map: map.finish(sourceLength) };
}
