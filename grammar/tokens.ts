/**
 * The tokens of a notice. The layout pre-pass hands the lexer one logical line per paragraph,
 * list item, recipient or signature line, so tokens are line-shaped: a line-start token (a list
 * marker, `Nơi nhận`, an authority such as `T/M`) or a whole-line token (a heading type, a
 * title in capitals, a place-and-date line), followed by the rest of the line as a Rest token.
 *
 * Line breaks make no token: every line starts with a token that is not a Rest, so the tokens
 * say where lines start without them (a line is its first token and the Rest after it, if any).
 */
import { Lexer, createToken, type CustomPatternMatcherReturn, type IToken, type TokenType } from 'chevrotain';
import {
  ADDRESSEES_HEAD,
  AUTHORITY,
  AUTHORITY_FORMS,
  DOC_NUMBER,
  DOC_TYPE,
  FOOTNOTE,
  MOTTO,
  PERSON_NAME,
  PLACE_DATE,
  RECIPIENTS_HEAD,
  SEPARATOR,
  SUBJECT_START,
  readMarker,
  resolveLabelRuns,
  type Marker as LineMarker,
  type MarkerKind,
} from '../src/lexicon/markers.js';
import { LOWER, UPPER, expandRanges, isCapsLine, isLowerCode, isUpperCode } from '../src/text/letters.js';

type Matcher = (text: string, offset: number) => CustomPatternMatcherReturn | null;

/** The token types that can start a line, in the lexer's order of precedence. */
type HeadKind =
  | 'Footnote' | 'Separator' | 'RecipientsHead' | 'AddresseesHead' | 'Authority' | 'DocNumber' | 'PlaceDate' | 'Motto'
  | 'DocType' | 'RomanMarker' | 'NumberMarker' | 'LetterMarker' | 'Bullet' | 'PersonName' | 'CapsLine'
  | 'SubjectText';

/** The token a line starts with: its type, how much of the line it takes, its payload. */
export interface LineHead {
  kind: HeadKind;
  length: number;
  /** The regex match of a prefix token, the Marker of a marker token; undefined for whole lines. */
  payload: unknown;
}

const DOC_TYPE_PREFIX = new RegExp(`${DOC_TYPE.source}[ \\t]*`);
const MARKER_KINDS: Record<MarkerKind, HeadKind> = {
  roman: 'RomanMarker',
  numbered: 'NumberMarker',
  lettered: 'LetterMarker',
  bullet: 'Bullet',
  // `(1)`: a number all the same; whether it labels an item is the layout's and the builder's call.
  parenthesised: 'NumberMarker',
  // `A.` and `ii.`: items like `a)` to the grammar, where the labels around them let them be
  // (resolveLabelRuns, see classifyLines).
  'upper-lettered': 'LetterMarker',
  'lower-roman': 'LetterMarker',
};

/**
 * The token a line (without its line break) starts with, or null when it is plain text.
 *
 * This is the whole lexer: every line is classified once, in the order of precedence of
 * `allTokens`, each test guarded by the first characters its token declares in
 * `start_chars_hint` (chevrotain tries a token only at those characters). A line starting `Tại`
 * is therefore never a SubjectText: that token's hint has no `T`.
 *
 * A label the line alone cannot settle (`A.`, `ii.`) is given as a marker: classifyLines keeps it
 * or not by the labels of the lines around it.
 */
export function classifyLine(line: string): LineHead | null {
  if (line.length === 0) return null;
  const first = line.charCodeAt(0);
  const second = line.charCodeAt(1); // NaN on a line of one character
  const upper = isUpperCode(first);
  // First characters as codes: `line[0]` would make a string of each (a new one past U+00FF).
  let head: LineHead | null = null;
  if ((first === 91 /* [ */ || first === 95 /* _ */) && (head = prefix('Footnote', FOOTNOTE, line))) return head;
  if (SEPARATOR_HINT.includes(first) && SEPARATOR.test(line)) return whole('Separator', line);
  if (first === 78 /* N */ && (head = prefix('RecipientsHead', RECIPIENTS_HEAD, line))) return head;
  if (first === 75 /* K */ && (head = prefix('AddresseesHead', ADDRESSEES_HEAD, line))) return head;
  if (mayBeAuthority(first, second) && (head = prefix('Authority', AUTHORITY, line))) return head;
  if (first === 83 /* S */ && DOC_NUMBER.test(line)) return whole('DocNumber', line);
  if (upper && mayBePlaceDate(line) && PLACE_DATE.test(line)) return whole('PlaceDate', line);
  if ((first === 0x110 /* Đ */ || first === 67 /* C */) && MOTTO.test(line)) return whole('Motto', line);
  // Every type name starts with two capitals.
  if (upper && isUpperCode(second) && (head = prefix('DocType', DOC_TYPE_PREFIX, line))) return head;
  const marker = readMarker(line);
  if (marker) return { kind: MARKER_KINDS[marker.kind], length: marker.length, payload: marker };
  return classifyUnmarked(line);
}

/** The token of a line with no marker: what classifyLine tries after the markers. */
function classifyUnmarked(line: string): LineHead | null {
  const first = line.charCodeAt(0);
  const second = line.charCodeAt(1);
  const upper = isUpperCode(first);
  // A name's first syllable goes on in lower case or ends at a space (`A Lềnh`).
  if (upper && (isLowerCode(second) || second === 32) && PERSON_NAME.test(line)) return whole('PersonName', line);
  if (isCapsLine(line)) return whole('CapsLine', line);
  if ((first === 118 /* v */ || first === 86 /* V */ || first === 116 /* t */) && SUBJECT_START.test(line)) {
    return whole('SubjectText', line);
  }
  return null;
}

/**
 * The tokens the lines of a prepared text start with (its lines that are not empty, each with
 * its start offset): classifyLine's answers, save that the candidate labels a line alone cannot settle (`A.`,
 * `ii.`, `i.` as a numeral) are settled by the labels of the lines around them
 * (resolveLabelRuns); a line whose label is not one is classified as if it had none.
 */
export function classifyLines(text: string): { starts: number[]; lines: string[]; heads: (LineHead | null)[] } {
  const starts: number[] = [];
  const lines: string[] = [];
  const heads: (LineHead | null)[] = [];
  const markers: (LineMarker | null)[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) {
      const line = text.slice(start, end);
      const head = classifyLine(line);
      starts.push(start);
      lines.push(line);
      heads.push(head);
      markers.push(isMarkerHead(head) ? (head!.payload as LineMarker) : null);
    }
    start = end + 1;
  }
  const resolved = resolveLabelRuns(markers);
  for (let i = 0; i < heads.length; i++) {
    const before = markers[i];
    const after = resolved[i];
    if (before === after) continue;
    heads[i] = after ? { kind: MARKER_KINDS[after.kind], length: after.length, payload: after } : classifyUnmarked(lines[i]!);
  }
  return { starts, lines, heads };
}

function isMarkerHead(head: LineHead | null): boolean {
  if (head === null) return false;
  const k = head.kind;
  return k === 'RomanMarker' || k === 'NumberMarker' || k === 'LetterMarker' || k === 'Bullet';
}

/** The first characters of SEPARATOR: `-–—_=*`. */
const SEPARATOR_HINT = [45, 0x2013, 0x2014, 95, 61, 42];

/**
 * The first two characters of AUTHORITY's forms (`T/`, `TM`, `KT`, `Q.` …): a cheap test before the
 * regex, since most lines starting with T are sentences (`Thường trực …`).
 */
const AUTHORITY_STARTS = new Set(AUTHORITY_FORMS.map((m) => (m.charCodeAt(0) << 16) | m.charCodeAt(1)));

function mayBeAuthority(first: number, second: number): boolean {
  return AUTHORITY_STARTS.has((first << 16) | second);
}

/**
 * PLACE_DATE: a place with no comma in it, a comma within the first 61 characters, `ngày`, and
 * a year at the end. Test the comma and the word after it before the regex (sentences in the
 * body end in a dot too).
 */
function mayBePlaceDate(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  if (!((last >= 48 && last <= 57) || last === 46 || last === 32 || last === 9)) return false;
  const comma = line.indexOf(',');
  if (comma < 1 || comma > 61) return false;
  let i = comma + 1;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  return line.startsWith('gày', i + 1);
}

function whole(kind: HeadKind, line: string): LineHead {
  return { kind, length: line.length, payload: undefined };
}

/** A token that is a prefix of the line, matched by an anchored pattern. */
function prefix(kind: HeadKind, pattern: RegExp, line: string): LineHead | null {
  const m = pattern.exec(line);
  return m && m[0].length > 0 ? { kind, length: m[0].length, payload: m } : null;
}

// The custom matchers of chevrotain's lexer (built by the tests, see noticeLexer) all ask about
// the line at an offset, which they classify with the lines around it (classifyLines): classify
// the text's lines once and remember the answers.
let memoText: string | null = null;
let memoHeads = new Map<number, LineHead | null>();

function headAt(text: string, offset: number): LineHead | null {
  if (text !== memoText) {
    memoText = text;
    const { starts, heads } = classifyLines(text);
    memoHeads = new Map();
    for (let i = 0; i < starts.length; i++) memoHeads.set(starts[i]!, heads[i]!);
  }
  return memoHeads.get(offset) ?? null;
}

/** The custom pattern of a line-start token: it matches where classifyLine says so. */
function lineHead(kind: HeadKind): Matcher {
  return (text, offset) => {
    if (offset !== 0 && text.charCodeAt(offset - 1) !== 10) return null;
    const head = headAt(text, offset);
    if (head === null || head.kind !== kind) return null;
    const result: CustomPatternMatcherReturn = [text.slice(offset, offset + head.length)];
    if (head.payload !== undefined) result.payload = head.payload;
    return result;
  };
}

const upperChars = expandRanges(UPPER);
const lowerChars = expandRanges(LOWER);

const digits = [...'0123456789'];

/**
 * Every first-character bucket chevrotain's lexer keeps (codes below 256 one each, the rest in
 * buckets of 255), for tokens that may start with any character but a line break.
 */
const anyCharHint: number[] = [];
for (let c = 0; c < 256; c++) if (c !== 10) anyCharHint.push(c);
for (let c = 256; c < 65536; c += 255) anyCharHint.push(c);
anyCharHint.push(65535);

// Categories: what the grammar asks for where several kinds of line will do.

/** The first token of any line. */
export const LineStart = createToken({ name: 'LineStart', pattern: Lexer.NA });
/** The marker of a list item. */
export const Marker = createToken({ name: 'Marker', pattern: Lexer.NA });
/** A line of text, with no line-start token of its own. */
export const AnyText = createToken({ name: 'AnyText', pattern: Lexer.NA });
/** A line of header or signature shape that may stand inside the body (a section title in capitals). */
export const OtherHead = createToken({ name: 'OtherHead', pattern: Lexer.NA });
/** A line of the signature block: an authority, the signer's title, the signer's name. */
export const SignatureHead = createToken({ name: 'SignatureHead', pattern: Lexer.NA });

/** Line breaks separate tokens and are no token themselves (chevrotain's lexer skips them). */
export const Newline = createToken({ name: 'Newline', pattern: /\n/, line_breaks: true, group: Lexer.SKIPPED });

/** A footnote's text: `[1] …`, `_ [1] …`, `[^1]: …` (its mark, then the text as Rest). */
export const Footnote = createToken({
  name: 'Footnote',
  pattern: { exec: lineHead('Footnote') },
  categories: [LineStart, OtherHead],
  start_chars_hint: ['[', '_'],
  line_breaks: false,
});

export const Separator = createToken({
  name: 'Separator',
  pattern: { exec: lineHead('Separator') },
  categories: [LineStart, OtherHead],
  start_chars_hint: [...'-–—_=*'],
  line_breaks: false,
});

export const RecipientsHead = createToken({
  name: 'RecipientsHead',
  pattern: { exec: lineHead('RecipientsHead') },
  categories: [LineStart],
  start_chars_hint: ['N'],
  line_breaks: false,
});

export const AddresseesHead = createToken({
  name: 'AddresseesHead',
  pattern: { exec: lineHead('AddresseesHead') },
  categories: [LineStart, OtherHead],
  start_chars_hint: ['K'],
  line_breaks: false,
});

export const Authority = createToken({
  name: 'Authority',
  pattern: { exec: lineHead('Authority') },
  categories: [LineStart, SignatureHead],
  start_chars_hint: [...'TKQ'],
  line_breaks: false,
});

export const DocNumber = createToken({
  name: 'DocNumber',
  pattern: { exec: lineHead('DocNumber') },
  categories: [LineStart, OtherHead],
  start_chars_hint: ['S'],
  line_breaks: false,
});

export const PlaceDate = createToken({
  name: 'PlaceDate',
  pattern: { exec: lineHead('PlaceDate') },
  categories: [LineStart, OtherHead],
  start_chars_hint: upperChars,
  line_breaks: false,
});

export const Motto = createToken({
  name: 'Motto',
  pattern: { exec: lineHead('Motto') },
  categories: [LineStart, OtherHead],
  start_chars_hint: ['Đ', 'C'],
  line_breaks: false,
});

export const DocType = createToken({
  name: 'DocType',
  pattern: { exec: lineHead('DocType') },
  categories: [LineStart, OtherHead],
  start_chars_hint: upperChars,
  line_breaks: false,
});

export const RomanMarker = createToken({
  name: 'RomanMarker',
  pattern: { exec: lineHead('RomanMarker') },
  categories: [LineStart, Marker],
  start_chars_hint: [...'IVXL'],
  line_breaks: false,
});

export const NumberMarker = createToken({
  name: 'NumberMarker',
  pattern: { exec: lineHead('NumberMarker') },
  categories: [LineStart, Marker],
  start_chars_hint: [...digits, '('],
  line_breaks: false,
});

export const LetterMarker = createToken({
  name: 'LetterMarker',
  pattern: { exec: lineHead('LetterMarker') },
  categories: [LineStart, Marker],
  // `a)`, `ii.`, and `A.` (upper-lettered).
  start_chars_hint: [...lowerChars, ...'ABCDEFGHJKMNOPQRSTUWYZ'],
  line_breaks: false,
});

export const Bullet = createToken({
  name: 'Bullet',
  pattern: { exec: lineHead('Bullet') },
  categories: [LineStart, Marker],
  start_chars_hint: [...'-+•*–—·●▪■◦○'],
  line_breaks: false,
});

/** A signer's name alone on a line. */
export const PersonName = createToken({
  name: 'PersonName',
  pattern: { exec: lineHead('PersonName') },
  start_chars_hint: upperChars,
  line_breaks: false,
  categories: [LineStart, AnyText, SignatureHead],
});

/** A line in capitals: issuer lines, titles, the signer's title, typist initials. */
export const CapsLine = createToken({
  name: 'CapsLine',
  pattern: { exec: lineHead('CapsLine') },
  line_breaks: false,
  start_chars_hint: anyCharHint,
  categories: [LineStart, OtherHead, SignatureHead],
});


/** A subject line of the heading: `về …`, `tại …`, `V/v …`. */
export const SubjectText = createToken({
  name: 'SubjectText',
  pattern: { exec: lineHead('SubjectText') },
  start_chars_hint: [...'vVt'],
  line_breaks: false,
  categories: [LineStart, AnyText],
});

/** The rest of a line after its line-start token. */
export const Rest = createToken({
  name: 'Rest',
  pattern: { exec: restOfLine },
  start_chars_hint: anyCharHint,
  line_breaks: false,
});

/** A line of plain text: a paragraph, a recipient with no dash. */
export const Text = createToken({
  name: 'Text',
  pattern: /[^\n]+/,
  start_chars_hint: anyCharHint,
  line_breaks: false,
  categories: [LineStart, AnyText],
});

/** The rest of a line: whatever follows a line-start token, up to the line break. */
function restOfLine(text: string, offset: number): CustomPatternMatcherReturn | null {
  if (offset === 0 || text.charCodeAt(offset - 1) === 10) return null;
  const end = text.indexOf('\n', offset);
  return [text.slice(offset, end < 0 ? text.length : end)];
}

/** In order of precedence: chevrotain takes the first token that matches. */
export const allTokens: TokenType[] = [
  Newline,
  Footnote,
  Separator,
  RecipientsHead,
  AddresseesHead,
  Authority,
  DocNumber,
  PlaceDate,
  Motto,
  DocType,
  RomanMarker,
  NumberMarker,
  LetterMarker,
  Bullet,
  PersonName,
  CapsLine,
  SubjectText,
  Rest,
  Text,
  LineStart,
  Marker,
  AnyText,
  OtherHead,
  SignatureHead,
];

const TOKEN_OF: Record<HeadKind, TokenType> = {
  Footnote, Separator, RecipientsHead, AddresseesHead, Authority, DocNumber, PlaceDate, Motto, DocType,
  RomanMarker, NumberMarker, LetterMarker, Bullet, PersonName, CapsLine, SubjectText,
};

/**
 * The tokens of a prepared text, as chevrotain's lexer (noticeLexer) gives them with
 * `positionTracking: 'onlyOffset'`: per line its head token (classifyLine) and the rest of the
 * line as Rest, or the whole line as Text. The lexer would try up to a dozen custom patterns at
 * each offset; walking the lines does the same work once per line. There are no lexing errors:
 * Text and Rest take any character but a line break.
 */
export function tokenizeLines(text: string): IToken[] {
  const tokens: IToken[] = [];
  const { starts, lines, heads } = classifyLines(text);
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    const line = lines[i]!;
    const head = heads[i]!;
    if (head === null) tokens.push(makeToken(line, start, Text));
    else {
      const whole = head.length === line.length;
      tokens.push(makeToken(whole ? line : line.slice(0, head.length), start, TOKEN_OF[head.kind], head.payload));
      if (!whole) tokens.push(makeToken(line.slice(head.length), start + head.length, Rest));
    }
  }
  return tokens;
}

/** A token of the shape chevrotain's lexer makes when it tracks offsets only. */
function makeToken(image: string, startOffset: number, tokenType: TokenType, payload?: unknown): IToken {
  // Every token has the same fields (payload undefined but for markers and prefixes): one shape
  // for the parser's reads.
  return { image, startOffset, tokenTypeIdx: tokenType.tokenTypeIdx!, tokenType, payload } as IToken;
}

let lexer: Lexer | undefined;

/**
 * Chevrotain's lexer over the same tokens. Parsing uses tokenizeLines; the tests build this one
 * with validation (`validate: true`) and check that both give the same tokens.
 */
export function noticeLexer(options: { validate?: boolean } = {}): Lexer {
  if (options.validate) {
    return new Lexer(allTokens, { ensureOptimizations: true, positionTracking: 'onlyOffset' });
  }
  lexer ??= new Lexer(allTokens, { positionTracking: 'onlyOffset', skipValidations: true });
  return lexer;
}
