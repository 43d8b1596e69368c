/**
 * The tokens of a notice. The layout pre-pass hands the lexer one logical line per paragraph,
 * list item, recipient or signature line, so tokens are line-shaped: a line-start token (a list
 * marker, `Nơi nhận`, an authority such as `T/M`) or a whole-line token (a heading type, a
 * title in capitals, a place-and-date line), followed by the rest of the line as text.
 */
import { Lexer, createToken, type CustomPatternMatcherReturn, type IToken, type TokenType } from 'chevrotain';
import {
  ADDRESSEES_HEAD,
  AUTHORITY,
  DOC_NUMBER,
  DOC_TYPE,
  LOWER,
  MOTTO,
  PERSON_NAME,
  PLACE_DATE,
  RECIPIENTS_HEAD,
  SEPARATOR,
  SUBJECT_START,
  UPPER,
  expandRanges,
  isCapsLine,
  isUpperCode,
  readMarker,
  type MarkerKind,
} from './markers.js';

type Matcher = (text: string, offset: number) => CustomPatternMatcherReturn | null;

/** The token types that can start a line, in the lexer's order of precedence. */
type HeadKind =
  | 'Separator' | 'RecipientsHead' | 'AddresseesHead' | 'Authority' | 'DocNumber' | 'PlaceDate' | 'Motto'
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
};

/**
 * The token a line (without its line break) starts with, or null when it is plain text.
 *
 * This is the whole lexer: every line is classified once, in the order of precedence of
 * `allTokens`, each test guarded by the first characters its token declares in
 * `start_chars_hint` (chevrotain tries a token only at those characters). A line starting `Tại`
 * is therefore never a SubjectText: that token's hint has no `T`.
 */
export function classifyLine(line: string): LineHead | null {
  if (line.length === 0) return null;
  const first = line.charCodeAt(0);
  const ch = line[0]!;
  const upper = isUpperCode(first);
  if (SEPARATOR_HINT.includes(ch) && SEPARATOR.test(line)) return whole('Separator', line);
  let head: LineHead | null = null;
  if (ch === 'N' && (head = prefix('RecipientsHead', RECIPIENTS_HEAD, line))) return head;
  if (ch === 'K' && (head = prefix('AddresseesHead', ADDRESSEES_HEAD, line))) return head;
  if ((ch === 'T' || ch === 'K' || ch === 'Q') && (head = prefix('Authority', AUTHORITY, line))) return head;
  if (ch === 'S' && DOC_NUMBER.test(line)) return whole('DocNumber', line);
  if (upper && mayEndDate(line) && PLACE_DATE.test(line)) return whole('PlaceDate', line);
  if ((ch === 'Đ' || ch === 'C') && MOTTO.test(line)) return whole('Motto', line);
  if (upper && (head = prefix('DocType', DOC_TYPE_PREFIX, line))) return head;
  const marker = readMarker(line);
  if (marker) return { kind: MARKER_KINDS[marker.kind], length: marker.length, payload: marker };
  if (upper && PERSON_NAME.test(line)) return whole('PersonName', line);
  if (isCapsLine(line)) return whole('CapsLine', line);
  if ((ch === 'v' || ch === 'V' || ch === 't') && SUBJECT_START.test(line)) return whole('SubjectText', line);
  return null;
}

const SEPARATOR_HINT = '-–—_=*';

/** PLACE_DATE ends in a year, then spaces or dots: a cheap test before the regex. */
function mayEndDate(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  return (last >= 48 && last <= 57) || last === 46 || last === 32 || last === 9;
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
// the line at the same offset: classify it once and remember the answer.
let memoText = '';
let memoOffset = -1;
let memoHead: LineHead | null = null;

function headAt(text: string, offset: number): LineHead | null {
  if (text !== memoText || offset !== memoOffset) {
    memoText = text;
    memoOffset = offset;
    const end = text.indexOf('\n', offset);
    memoHead = classifyLine(text.slice(offset, end < 0 ? text.length : end));
  }
  return memoHead;
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

export const Newline = createToken({ name: 'Newline', pattern: /\n/, line_breaks: true });

export const Separator = createToken({
  name: 'Separator',
  pattern: { exec: lineHead('Separator') },
  start_chars_hint: [...'-–—_=*'],
  line_breaks: false,
});

export const RecipientsHead = createToken({
  name: 'RecipientsHead',
  pattern: { exec: lineHead('RecipientsHead') },
  start_chars_hint: ['N'],
  line_breaks: false,
});

export const AddresseesHead = createToken({
  name: 'AddresseesHead',
  pattern: { exec: lineHead('AddresseesHead') },
  start_chars_hint: ['K'],
  line_breaks: false,
});

export const Authority = createToken({
  name: 'Authority',
  pattern: { exec: lineHead('Authority') },
  start_chars_hint: [...'TKQ'],
  line_breaks: false,
});

export const DocNumber = createToken({
  name: 'DocNumber',
  pattern: { exec: lineHead('DocNumber') },
  start_chars_hint: ['S'],
  line_breaks: false,
});

export const PlaceDate = createToken({
  name: 'PlaceDate',
  pattern: { exec: lineHead('PlaceDate') },
  start_chars_hint: upperChars,
  line_breaks: false,
});

export const Motto = createToken({
  name: 'Motto',
  pattern: { exec: lineHead('Motto') },
  start_chars_hint: ['Đ', 'C'],
  line_breaks: false,
});

export const DocType = createToken({
  name: 'DocType',
  pattern: { exec: lineHead('DocType') },
  start_chars_hint: upperChars,
  line_breaks: false,
});

export const RomanMarker = createToken({
  name: 'RomanMarker',
  pattern: { exec: lineHead('RomanMarker') },
  start_chars_hint: [...'IVXL'],
  line_breaks: false,
});

export const NumberMarker = createToken({
  name: 'NumberMarker',
  pattern: { exec: lineHead('NumberMarker') },
  start_chars_hint: digits,
  line_breaks: false,
});

export const LetterMarker = createToken({
  name: 'LetterMarker',
  pattern: { exec: lineHead('LetterMarker') },
  start_chars_hint: lowerChars,
  line_breaks: false,
});

export const Bullet = createToken({
  name: 'Bullet',
  pattern: { exec: lineHead('Bullet') },
  start_chars_hint: [...'-+•*–—·●▪■◦○'],
  line_breaks: false,
});

/** Any rest-of-line text; the parser asks for this category where any text will do. */
export const AnyText = createToken({ name: 'AnyText', pattern: Lexer.NA });

/** A signer's name alone on a line. */
export const PersonName = createToken({
  name: 'PersonName',
  pattern: { exec: lineHead('PersonName') },
  start_chars_hint: upperChars,
  line_breaks: false,
  categories: [AnyText],
});

/** A line in capitals: issuer lines, titles, the signer's title, typist initials. */
export const CapsLine = createToken({
  name: 'CapsLine',
  pattern: { exec: lineHead('CapsLine') },
  line_breaks: false,
  start_chars_hint: anyCharHint,
});


/** A subject line of the heading: `về …`, `tại …`, `V/v …`. */
export const SubjectText = createToken({
  name: 'SubjectText',
  pattern: { exec: lineHead('SubjectText') },
  start_chars_hint: [...'vVt'],
  line_breaks: false,
  categories: [AnyText],
});

/** The rest of a line. */
export const Text = createToken({
  name: 'Text',
  pattern: /[^\n]+/,
  start_chars_hint: anyCharHint,
  line_breaks: false,
  categories: [AnyText],
});

/** In order of precedence: chevrotain takes the first token that matches. */
export const allTokens: TokenType[] = [
  Newline,
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
  Text,
  AnyText,
];

const TOKEN_OF: Record<HeadKind, TokenType> = {
  Separator, RecipientsHead, AddresseesHead, Authority, DocNumber, PlaceDate, Motto, DocType,
  RomanMarker, NumberMarker, LetterMarker, Bullet, PersonName, CapsLine, SubjectText,
};

/**
 * The tokens of a prepared text, as chevrotain's lexer (noticeLexer) gives them with
 * `positionTracking: 'onlyOffset'`: per line its head token (classifyLine), the rest of the line
 * as Text, then a Newline. The lexer would try up to a dozen custom patterns at each offset;
 * walking the lines does the same work once per line. There are no lexing errors: Text takes
 * any character but a line break.
 */
export function tokenizeLines(text: string): IToken[] {
  const tokens: IToken[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) {
      const line = text.slice(start, end);
      const head = classifyLine(line);
      let rest = start;
      if (head !== null) {
        const token = makeToken(head.length === line.length ? line : line.slice(0, head.length), start, TOKEN_OF[head.kind]);
        if (head.payload !== undefined) token.payload = head.payload;
        tokens.push(token);
        rest += head.length;
      }
      if (rest < end) tokens.push(makeToken(rest === start ? line : text.slice(rest, end), rest, Text));
    }
    if (end < text.length) tokens.push(makeToken('\n', end, Newline));
    start = end + 1;
  }
  return tokens;
}

/** A token of the shape chevrotain's lexer makes when it tracks offsets only. */
function makeToken(image: string, startOffset: number, tokenType: TokenType): IToken {
  return { image, startOffset, tokenTypeIdx: tokenType.tokenTypeIdx!, tokenType } as IToken;
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
