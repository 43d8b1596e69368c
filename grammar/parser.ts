/**
 * The grammar of a notice, over the line-shaped tokens of grammar/tokens.ts:
 *
 *   notice     := header? heading? addressees? body tail
 *   header     := headerLine+                 issuer lines, `*`, `Số …`, motto, place and date
 *   heading    := DocType text? titleLine* subjectLine? Separator?
 *   addressees := `Kính gửi` text? addressee*
 *   body       := (item | paragraph | otherLine)*          until the tail starts
 *   tail       := (recipients | signatureLine | strayLine)*
 *   recipients := `Nơi nhận` text? recipient*
 *
 * The tree of items is not in the grammar: it follows the numbers written in the markers, which
 * the builder reads (src/build). Two decisions need more than a token or two of lookahead and
 * are computed from the whole token list before parsing: where the heading's type stands (so
 * the header can be any lines before it) and where the tail starts (the first `Nơi nhận` or
 * authority line, with the signer's title lines just above it).
 */
import { CstParser, EOF, type CstNode, type IToken, type TokenType } from 'chevrotain';
import {
  AddresseesHead,
  AnyText,
  Authority,
  Bullet,
  CapsLine,
  DocNumber,
  DocType,
  LetterMarker,
  Motto,
  Newline,
  NumberMarker,
  PersonName,
  PlaceDate,
  RecipientsHead,
  RomanMarker,
  Separator,
  SubjectText,
  allTokens,
  tokenizeLines,
} from './tokens.js';
import { INITIALS, STAMP_TIME, TITLE_START, isLowerLetter } from './markers.js';

export { STAMP_TIME };

const HEADER_TOKENS: TokenType[] = [CapsLine, DocNumber, PlaceDate, Motto, Separator];

export class NoticeParser extends CstParser {
  /** Offset of the heading's type token, or -1 when the notice has none. */
  private docTypeOffset = -1;
  /** Offset where the tail (recipients, signature) starts. */
  private tailOffset = Infinity;

  constructor(validate = false) {
    super(allTokens, { maxLookahead: 2, skipValidations: !validate });
    this.performSelfAnalysis();
  }

  /** Parse the tokens of one notice. */
  parse(tokens: IToken[]): CstNode {
    this.docTypeOffset = findDocType(tokens);
    this.tailOffset = findTailStart(tokens, this.docTypeOffset);
    this.recipientsSeen = false;
    this.input = tokens;
    return this.notice();
  }

  private before(offset: number): boolean {
    const next = this.LA(1);
    return next.tokenType !== EOF && next.startOffset < offset;
  }

  public notice = this.RULE('notice', () => {
    this.OPTION({ GATE: () => this.startsHeader(), DEF: () => this.SUBRULE(this.header) });
    this.OPTION2(() => this.SUBRULE(this.heading));
    this.OPTION3(() => this.SUBRULE(this.addressees));
    this.SUBRULE(this.body);
    this.SUBRULE(this.tail);
  });

  private startsHeader(): boolean {
    return this.inHeader() && this.before(this.tailOffset);
  }

  /**
   * Before the heading's type, every line is header. A công văn has no type line: its header is
   * the run of header-shaped lines at the top (issuer, `Số …`, `V/v …`, motto, place and date).
   */
  private inHeader(): boolean {
    if (this.docTypeOffset >= 0) return this.before(this.docTypeOffset);
    const next = this.LA(1);
    return HEADER_TOKENS.includes(next.tokenType) || (next.tokenType === SubjectText && /^V\/v/i.test(next.image));
  }

  public header = this.RULE('header', () => {
    this.AT_LEAST_ONE({ GATE: () => this.inHeader(), DEF: () => this.SUBRULE(this.headerLine) });
  });

  public headerLine = this.RULE('headerLine', () => this.anyLine());

  public heading = this.RULE('heading', () => {
    this.CONSUME(DocType);
    this.OPTION(() => this.CONSUME(AnyText));
    this.CONSUME(Newline);
    this.MANY({ GATE: () => this.isTitleLine(), DEF: () => this.SUBRULE(this.titleLine) });
    this.OPTION2(() => this.SUBRULE(this.subjectLine));
    this.OPTION3(() => {
      this.CONSUME(Separator);
      this.CONSUME2(Newline);
    });
  });

  /** A title line is in capitals or starts in lower case (`kết luận của Thường trực …`). */
  private isTitleLine(): boolean {
    const next = this.LA(1);
    if (next.tokenType === CapsLine || next.tokenType === DocType) return true;
    if (next.tokenType === SubjectText || this.LA(2).tokenType !== Newline) return false;
    return isLowerLetter(next.image[0]) || TITLE_START.test(next.image);
  }

  public titleLine = this.RULE('titleLine', () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { ALT: () => this.CONSUME(CapsLine) },
        {
          // `KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY` under `THÔNG BÁO` is a title, not a second heading.
          ALT: () => {
            this.CONSUME(DocType);
            this.OPTION(() => this.CONSUME2(AnyText));
          },
        },
        { ALT: () => this.CONSUME(AnyText) },
      ],
    });
    this.CONSUME(Newline);
  });

  public subjectLine = this.RULE('subjectLine', () => {
    this.CONSUME(SubjectText);
    this.CONSUME(Newline);
  });

  public addressees = this.RULE('addressees', () => {
    this.CONSUME(AddresseesHead);
    this.OPTION(() => this.CONSUME(AnyText));
    this.CONSUME(Newline);
    this.MANY(() => this.SUBRULE(this.addressee));
  });

  public addressee = this.RULE('addressee', () => {
    this.CONSUME(Bullet);
    this.OPTION(() => this.CONSUME(AnyText));
    this.CONSUME(Newline);
  });

  public body = this.RULE('body', () => {
    this.MANY({ GATE: this.beforeTail, DEF: this.bodyLine });
  });

  // The closures and alternatives of the rules run at every line are built once, not at each
  // call (chevrotain's advice for hot rules).
  private readonly beforeTail = () => this.before(this.tailOffset);
  private readonly bodyLine = () => this.OR(this.bodyLines);
  private readonly bodyLines = [
    { ALT: () => this.SUBRULE(this.item) },
    { ALT: () => this.SUBRULE(this.paragraph) },
    { ALT: () => this.SUBRULE(this.otherLine) },
  ];
  /** The text after a line-start token. */
  private readonly rest = () => this.CONSUME(AnyText);

  public item = this.RULE('item', () => {
    this.OR(this.markers);
    this.OPTION(this.rest);
    this.CONSUME(Newline);
  });

  private readonly markers = [
    { ALT: () => this.CONSUME(RomanMarker) },
    { ALT: () => this.CONSUME(NumberMarker) },
    { ALT: () => this.CONSUME(LetterMarker) },
    { ALT: () => this.CONSUME(Bullet) },
  ];

  public paragraph = this.RULE('paragraph', () => {
    this.CONSUME(AnyText);
    this.CONSUME(Newline);
  });

  /** A line of header or signature shape that stands inside the body (a section title in capitals). */
  public otherLine = this.RULE('otherLine', () => {
    this.OR(this.otherLineHeads);
    this.OPTION(this.rest);
    this.CONSUME(Newline);
  });

  private readonly otherLineHeads = [
    { ALT: () => this.CONSUME(CapsLine) },
    { ALT: () => this.CONSUME(Separator) },
    { ALT: () => this.CONSUME(DocNumber) },
    { ALT: () => this.CONSUME(PlaceDate) },
    { ALT: () => this.CONSUME(Motto) },
    { ALT: () => this.CONSUME(DocType) },
    { ALT: () => this.CONSUME(AddresseesHead) },
  ];

  /**
   * Recipients and signature stand side by side on the page; text extraction may give them one
   * after the other or line by line interleaved, so after `Nơi nhận` a recipient line may follow
   * a signature line.
   */
  public tail = this.RULE('tail', () => {
    this.MANY(this.tailLine);
  });

  private readonly tailLine = () => this.OR(this.tailLines);
  private readonly tailLines = {
    IGNORE_AMBIGUITIES: true,
    DEF: [
      { ALT: () => this.SUBRULE(this.recipients) },
      { ALT: () => this.SUBRULE(this.signatureLine) },
      { GATE: () => this.recipientsSeen && this.isRecipientLine(), ALT: () => this.SUBRULE(this.recipient) },
      { ALT: () => this.SUBRULE(this.strayLine) },
    ],
  };

  /** A `Nơi nhận` line has been consumed in this parse. */
  private recipientsSeen = false;

  public recipients = this.RULE('recipients', () => {
    this.CONSUME(RecipientsHead);
    this.ACTION(() => {
      this.recipientsSeen = true;
    });
    this.OPTION(() => this.CONSUME(AnyText));
    this.CONSUME(Newline);
    this.MANY({ GATE: this.recipientLineNext, DEF: this.recipientLine });
  });

  /**
   * A recipient line has a marker, or is plain text that is neither the signer's name nor a
   * digital stamp (some lists have no dashes at all).
   */
  private isRecipientLine(): boolean {
    const next = this.LA(1);
    if (next.tokenType === Bullet) return true;
    if (next.tokenType === PersonName || next.tokenType === CapsLine) return false;
    if (next.tokenType.CATEGORIES?.includes(AnyText) !== true) return false;
    return next.image.charCodeAt(0) !== 40 /* ( */ && !STAMP_TIME.test(next.image) && !INITIALS.test(next.image);
  }

  private readonly recipientLineNext = () => this.isRecipientLine();
  private readonly recipientLine = () => this.SUBRULE(this.recipient);

  public recipient = this.RULE('recipient', () => {
    this.OPTION(this.bullet);
    this.OPTION2(this.rest);
    this.CONSUME(Newline);
  });

  private readonly bullet = () => this.CONSUME(Bullet);

  public signatureLine = this.RULE('signatureLine', () => {
    this.OR(this.signatureHeads);
    this.CONSUME(Newline);
  });

  private readonly signatureHeads = [
    {
      ALT: () => {
        this.CONSUME(Authority);
        this.OPTION(this.rest);
      },
    },
    { ALT: () => this.CONSUME(CapsLine) },
    { ALT: () => this.CONSUME(PersonName) },
  ];

  public strayLine = this.RULE('strayLine', () => this.anyLine());

  /**
   * Any line at all, inside a header or stray line. Not a rule of its own: one rule call per
   * line is enough, the builder reads the line's tokens either way.
   */
  private anyLine(): void {
    this.OR(this.anyLineHeads);
    this.OPTION(this.rest);
    this.CONSUME(Newline);
  }

  // Alternatives built once rather than at every line (chevrotain's advice for hot ORs).
  private readonly anyLineHeads = [
    { ALT: () => this.CONSUME(Separator) },
    { ALT: () => this.CONSUME(DocNumber) },
    { ALT: () => this.CONSUME(PlaceDate) },
    { ALT: () => this.CONSUME(Motto) },
    { ALT: () => this.CONSUME(CapsLine) },
    { ALT: () => this.CONSUME(DocType) },
    { ALT: () => this.CONSUME(AddresseesHead) },
    { ALT: () => this.CONSUME(RecipientsHead) },
    { ALT: () => this.CONSUME(Authority) },
    { ALT: () => this.CONSUME(RomanMarker) },
    { ALT: () => this.CONSUME(NumberMarker) },
    { ALT: () => this.CONSUME(LetterMarker) },
    { ALT: () => this.CONSUME(Bullet) },
    { ALT: () => this.CONSUME2(AnyText) },
  ];
}

/** The first heading type in the opening lines, before any list item. */
function findDocType(tokens: IToken[]): number {
  let lines = 0;
  for (let i = 0; i < tokens.length && lines < 40; i++) {
    const t = tokens[i]!;
    if (t.tokenType === Newline) lines++;
    else if (t.tokenType === DocType) return t.startOffset;
    else if (t.tokenType === NumberMarker || t.tokenType === RomanMarker) return -1;
  }
  return -1;
}

/**
 * Where the tail starts: the first `Nơi nhận` or authority line after the heading; with no such
 * line, the signer's block at the end. Title lines in capitals and a name just above it belong to
 * the signature too (a head who signs alone has no authority line).
 */
function findTailStart(tokens: IToken[], docTypeOffset: number): number {
  // Index of the first token of the tail's first line, or tokens.length with no such line.
  let k = tokens.length;
  for (let i = 0; i < tokens.length; i = nextLine(tokens, i)) {
    const t = tokens[i]!;
    if (t.startOffset > docTypeOffset && (t.tokenType === RecipientsHead || t.tokenType === Authority)) {
      k = i;
      break;
    }
  }
  for (let back = 0; back < 6 && k > 0; back++) {
    const above = previousLine(tokens, k);
    if (!isSignatureShaped(tokens, above)) break;
    k = above;
  }
  return k < tokens.length ? tokens[k]!.startOffset : Infinity;
}

/** Index of the first token of the line after the one holding token `i`. */
function nextLine(tokens: IToken[], i: number): number {
  while (i < tokens.length && tokens[i]!.tokenType !== Newline) i++;
  return i + 1;
}

/** Index of the first token of the line before the one starting at token `k`. */
function previousLine(tokens: IToken[], k: number): number {
  let i = k - 1; // the Newline ending that line (or, at the very end, its last token)
  while (i > 0 && tokens[i - 1]!.tokenType !== Newline) i--;
  return i;
}

function isSignatureShaped(tokens: IToken[], i: number): boolean {
  const t = tokens[i]!;
  const wholeLine = tokens[i + 1]?.tokenType === Newline;
  if (!wholeLine) return false;
  if (t.tokenType === PersonName || STAMP_TIME.test(t.image)) return true;
  // A short line in capitals: the signer's title (`CHÁNH VĂN PHÒNG`, `BÍ THƯ`), not a section title.
  return t.tokenType === CapsLine && t.image.length <= 40 && !endsLikeSentence(t.image);
}

function endsLikeSentence(image: string): boolean {
  const last = image.charCodeAt(image.length - 1);
  return last === 58 || last === 46; // `:` `.`
}

let parser: NoticeParser | undefined;

/** The parser, built once per process (grammar validation is for the tests). */
export function noticeParser(): NoticeParser {
  parser ??= new NoticeParser(false);
  return parser;
}

export interface ParseResult {
  cst: CstNode;
  tokens: IToken[];
  lexErrors: { offset: number; length: number; message: string }[];
  parseErrors: { offset: number; message: string }[];
}

/** Lex and parse the prepared text of one notice. */
export function parseLines(text: string): ParseResult {
  const tokens = tokenizeLines(text);
  const p = noticeParser();
  const cst = p.parse(tokens);
  return {
    cst,
    tokens,
    lexErrors: [], // every character is in some token: Text takes whatever no other token does
    parseErrors: p.errors.map((e) => ({ offset: Number.isFinite(e.token.startOffset) ? e.token.startOffset : text.length, message: e.message })),
  };
}
