/**
 * The tokens of a notice. The layout pre-pass hands the lexer one logical line per paragraph,
 * list item, recipient or signature line, so tokens are line-shaped: a line-start token (a list
 * marker, `Nơi nhận`, an authority such as `T/M`) or a whole-line token (a heading type, a
 * title in capitals, a place-and-date line), followed by the rest of the line as text.
 */
import { Lexer, createToken, type CustomPatternMatcherReturn, type TokenType } from 'chevrotain';
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
  isCapsLine,
  readMarker,
  type Marker,
  type MarkerKind,
} from './markers.js';

type Matcher = (text: string, offset: number) => CustomPatternMatcherReturn | null;

function atLineStart(text: string, offset: number): boolean {
  return offset === 0 || text.charCodeAt(offset - 1) === 10;
}

function lineAt(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return text.slice(offset, end < 0 ? text.length : end);
}

function matched(image: string, payload?: unknown): CustomPatternMatcherReturn {
  const result: CustomPatternMatcherReturn = [image];
  if (payload !== undefined) result.payload = payload;
  return result;
}

/** A token that is a prefix of a line, matched by an anchored pattern. */
function prefixOf(pattern: RegExp): Matcher {
  return (text, offset) => {
    if (!atLineStart(text, offset)) return null;
    const m = pattern.exec(lineAt(text, offset));
    return m && m[0].length > 0 ? matched(m[0], m) : null;
  };
}

/** A token that is a whole line. */
function wholeLine(test: (line: string) => boolean): Matcher {
  return (text, offset) => {
    if (!atLineStart(text, offset)) return null;
    const line = lineAt(text, offset);
    return line.length > 0 && test(line) ? matched(line) : null;
  };
}

// The four marker tokens all ask readMarker about the same line: remember the last answer.
let memoText = '';
let memoOffset = -1;
let memoMarker: Marker | null = null;

function markerOf(kind: MarkerKind): Matcher {
  return (text, offset) => {
    if (!atLineStart(text, offset)) return null;
    if (text !== memoText || offset !== memoOffset) {
      memoText = text;
      memoOffset = offset;
      memoMarker = readMarker(lineAt(text, offset));
    }
    const marker = memoMarker;
    return marker && marker.kind === kind ? matched(text.slice(offset, offset + marker.length), marker) : null;
  };
}

const upperChars = expandRanges(UPPER);
const lowerChars = expandRanges(LOWER);

/** Characters of a `A-ZÀ-Ã…` class, for chevrotain's first-character optimisation. */
function expandRanges(cls: string): string[] {
  const out: string[] = [];
  const chars = [...cls];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i + 1] === '-' && chars[i + 2] !== undefined) {
      for (let c = chars[i]!.codePointAt(0)!; c <= chars[i + 2]!.codePointAt(0)!; c++) out.push(String.fromCodePoint(c));
      i += 2;
    } else out.push(chars[i]!);
  }
  return out;
}

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
  pattern: { exec: wholeLine((l) => SEPARATOR.test(l)) },
  start_chars_hint: [...'-–—_=*'],
  line_breaks: false,
});

export const RecipientsHead = createToken({
  name: 'RecipientsHead',
  pattern: { exec: prefixOf(RECIPIENTS_HEAD) },
  start_chars_hint: ['N'],
  line_breaks: false,
});

export const AddresseesHead = createToken({
  name: 'AddresseesHead',
  pattern: { exec: prefixOf(ADDRESSEES_HEAD) },
  start_chars_hint: ['K'],
  line_breaks: false,
});

export const Authority = createToken({
  name: 'Authority',
  pattern: { exec: prefixOf(AUTHORITY) },
  start_chars_hint: [...'TKQ'],
  line_breaks: false,
});

export const DocNumber = createToken({
  name: 'DocNumber',
  pattern: { exec: wholeLine((l) => DOC_NUMBER.test(l)) },
  start_chars_hint: ['S'],
  line_breaks: false,
});

export const PlaceDate = createToken({
  name: 'PlaceDate',
  pattern: { exec: wholeLine((l) => PLACE_DATE.test(l)) },
  start_chars_hint: upperChars,
  line_breaks: false,
});

export const Motto = createToken({
  name: 'Motto',
  pattern: { exec: wholeLine((l) => MOTTO.test(l)) },
  start_chars_hint: ['Đ', 'C'],
  line_breaks: false,
});

export const DocType = createToken({
  name: 'DocType',
  pattern: { exec: prefixOf(new RegExp(`${DOC_TYPE.source}[ \\t]*`)) },
  start_chars_hint: upperChars,
  line_breaks: false,
});

export const RomanMarker = createToken({
  name: 'RomanMarker',
  pattern: { exec: markerOf('roman') },
  start_chars_hint: [...'IVXL'],
  line_breaks: false,
});

export const NumberMarker = createToken({
  name: 'NumberMarker',
  pattern: { exec: markerOf('numbered') },
  start_chars_hint: digits,
  line_breaks: false,
});

export const LetterMarker = createToken({
  name: 'LetterMarker',
  pattern: { exec: markerOf('lettered') },
  start_chars_hint: lowerChars,
  line_breaks: false,
});

export const Bullet = createToken({
  name: 'Bullet',
  pattern: { exec: markerOf('bullet') },
  start_chars_hint: [...'-+•*–—·●▪■◦○'],
  line_breaks: false,
});

/** Any rest-of-line text; the parser asks for this category where any text will do. */
export const AnyText = createToken({ name: 'AnyText', pattern: Lexer.NA });

/** A signer's name alone on a line. */
export const PersonName = createToken({
  name: 'PersonName',
  pattern: { exec: wholeLine((l) => PERSON_NAME.test(l)) },
  start_chars_hint: upperChars,
  line_breaks: false,
  categories: [AnyText],
});

/** A line in capitals: issuer lines, titles, the signer's title, typist initials. */
export const CapsLine = createToken({
  name: 'CapsLine',
  pattern: { exec: wholeLine(isCapsLine) },
  line_breaks: false,
  start_chars_hint: anyCharHint,
});


/** A subject line of the heading: `về …`, `tại …`, `V/v …`. */
export const SubjectText = createToken({
  name: 'SubjectText',
  pattern: { exec: wholeLine((l) => SUBJECT_START.test(l)) },
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

let lexer: Lexer | undefined;

/** The lexer, built once per process. */
export function noticeLexer(options: { validate?: boolean } = {}): Lexer {
  if (options.validate) {
    return new Lexer(allTokens, { ensureOptimizations: true, positionTracking: 'onlyOffset' });
  }
  lexer ??= new Lexer(allTokens, { positionTracking: 'onlyOffset', skipValidations: true });
  return lexer;
}
