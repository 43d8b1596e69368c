/**
 * The grammar of a notice, over the line-shaped tokens of grammar/tokens.ts (a line is a
 * line-start token and the Rest of the line after it, if any):
 *
 *   notice     := header? heading? addressees? body tail
 *   header     := headerLine+                 issuer lines, `*`, `Số …`, motto, place and date
 *   heading    := DocType Rest? titleLine* subjectLine? Separator?
 *   addressees := `Kính gửi` Rest? addressee*
 *   body       := (item | paragraph | otherLine)*          until the tail starts
 *   tail       := (recipients | footnote | signatureLine | recipient | strayLine)*
 *   recipients := `Nơi nhận` Rest? recipient*
 *   footnote   := (Footnote | `(n)`) Rest? footnoteText*     `[1] Gồm các đồng chí …` at the foot
 *
 * The tree of items is not in the grammar: it follows the numbers written in the markers, which
 * the builder reads (src/document). Two decisions need more than a token or two of lookahead and
 * are computed from the whole token list before parsing: where the heading's type stands (so
 * the header can be any lines before it) and where the tail starts (the first `Nơi nhận` or
 * authority line, with the signer's title lines just above it).
 */
import { EmbeddedActionsParser, EOF, type IToken, type TokenType } from 'chevrotain';
import {
  AddresseesHead,
  AnyText,
  Authority,
  Bullet,
  CapsLine,
  DocNumber,
  DocType,
  Footnote,
  LineStart,
  Marker,
  Motto,
  NumberMarker,
  OtherHead,
  PersonName,
  PlaceDate,
  RecipientsHead,
  Rest,
  RomanMarker,
  Separator,
  SignatureHead,
  SubjectText,
  Text,
  allTokens,
  tokenizeLines,
} from './tokens.js';
import { INITIALS, STAMP_TIME, TITLE_START, type Marker as ItemMarker } from '../src/lexicon/markers.js';
import { isLowerLetter } from '../src/text/letters.js';

export { STAMP_TIME };

/** The rule of the grammar that took a line. */
export type LineRule =
  | 'headerLine'
  | 'heading' // the type line and the separator under the heading
  | 'titleLine'
  | 'subjectLine'
  | 'addressees' // the `Kính gửi` line
  | 'addressee'
  | 'item'
  | 'paragraph'
  | 'otherLine'
  | 'recipients' // the `Nơi nhận` line
  | 'recipient'
  | 'footnote' // the line that opens a footnote with its mark
  | 'footnoteText' // a further line of its text
  | 'signatureLine'
  | 'strayLine';

/** A line as the grammar took it. */
export interface ParsedLine {
  rule: LineRule;
  /** The line's first token (a marker, `Nơi nhận`, an authority, or the text itself). */
  head: IToken;
  /** The text after a line-start token, or null. */
  rest: IToken | null;
  /** The whole line's text (head and rest), cleaned. */
  text: string;
  start: number;
  end: number;
}

/**
 * The concrete syntax tree of a notice: its parts, each the list of its lines in text order (a
 * part the notice lacks has none). The items' tree is the builder's (see above).
 */
export interface NoticeTree {
  header: ParsedLine[];
  heading: ParsedLine[];
  addressees: ParsedLine[];
  body: ParsedLine[];
  /** Recipients and signature lines, in text order, the `Nơi nhận` line among them. */
  tail: ParsedLine[];
}

const HEADER_TOKENS: TokenType[] = [CapsLine, DocNumber, PlaceDate, Motto, Separator];
/** How many lines a công văn's subject under its number may wrap over. */
const SUBJECT_LINES = 6;

/**
 * The rules keep the lines they take in the tree (no chevrotain CST: the builder wants lines in
 * text order, which a CST, grouping children by name, does not keep). Lines of the body, header
 * and tail, most of a notice, are alternatives within their part's rule, not rules of their
 * own: a rule call per line would cost more than the line's tokens.
 */
export class NoticeParser extends EmbeddedActionsParser {
  /** Offset of the heading's type token, or -1 when the notice has none. */
  private docTypeOffset = -1;
  /** Offset where the tail (recipients, signature) starts. */
  private tailOffset = Infinity;
  /** A `Nơi nhận` line has been consumed in this parse. */
  private recipientsSeen = false;
  /** The last line taken in the tail was part of a footnote. */
  private inFootnote = false;
  private tree: NoticeTree = emptyTree();
  /**
   * chevrotain runs every rule once in performSelfAnalysis to record the grammar, with stand-in
   * tokens: no line is kept until then.
   */
  private recorded = false;

  constructor(validate = false) {
    // One token of lookahead: every decision is made on a line's first token (and the gates).
    // A second would only make performSelfAnalysis compute longer lookahead paths at start-up.
    super(allTokens, { maxLookahead: 1, skipValidations: !validate });
    this.performSelfAnalysis();
    this.recorded = true;
  }

  /** Parse the tokens of one notice. */
  parse(tokens: IToken[]): NoticeTree {
    this.docTypeOffset = findDocType(tokens);
    this.tailOffset = findTailStart(tokens, this.docTypeOffset);
    this.recipientsSeen = false;
    this.inFootnote = false;
    this.tree = emptyTree();
    this.input = tokens;
    this.notice();
    return this.tree;
  }

  /** Keep a line of `into`: its first token and the text after it. */
  private addLine(into: ParsedLine[], rule: LineRule, head: IToken, rest: IToken | undefined): void {
    if (!this.recorded) return;
    into.push(
      rest === undefined
        ? { rule, head, rest: null, text: head.image, start: head.startOffset, end: head.startOffset + head.image.length }
        : { rule, head, rest, text: head.image + rest.image, start: head.startOffset, end: rest.startOffset + rest.image.length },
    );
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
    if (HEADER_TOKENS.includes(next.tokenType)) return true;
    if (next.tokenType === SubjectText && /^V\/v/i.test(next.image)) return true;
    return this.subjectUnderNumber();
  }

  /**
   * A công văn's subject, written under its number in the left column and wrapped over a few lines
   * (`Số -CV/ĐU` / `Tham mưu triển khai thực hiện` / `Nghị quyết số 01-NQ/TU …`), which a PDF's
   * text gives before the right column's motto or place and date: plain lines right under the
   * number (none between them and it but such lines) that the motto or the date line follows.
   */
  private subjectUnderNumber(): boolean {
    const plain = (t: TokenType) => t === Text || t === SubjectText || t === CapsLine;
    let lines = 0;
    for (let k = 0; ; k--) {
      const t = this.LA(k).tokenType;
      if (t === Rest) continue;
      if (t === DocNumber) break;
      if (!plain(t) || ++lines > SUBJECT_LINES) return false;
    }
    for (let k = 1; ; k++) {
      const t = this.LA(k).tokenType;
      if (t === Rest) continue;
      if (t === Motto || t === PlaceDate) return true;
      if (!plain(t) || ++lines > SUBJECT_LINES) return false;
    }
  }

  /** header := (any line)+ */
  public header = this.RULE('header', () => {
    this.AT_LEAST_ONE({ GATE: () => this.inHeader(), DEF: () => this.addLine(this.tree.header, 'headerLine', this.CONSUME(LineStart), this.OPTION(this.rest)) });
  });

  /** heading := DocType Rest? titleLine* SubjectText? Separator? */
  public heading = this.RULE('heading', () => {
    const into = this.tree.heading;
    this.addLine(into, 'heading', this.CONSUME(DocType), this.OPTION(this.rest));
    this.MANY({ GATE: () => this.isTitleLine(), DEF: () => this.SUBRULE(this.titleLine) });
    this.OPTION2(() => this.addLine(into, 'subjectLine', this.CONSUME(SubjectText), undefined));
    this.OPTION3(() => this.addLine(into, 'heading', this.CONSUME(Separator), undefined));
  });

  /** A title line is in capitals or starts in lower case (`kết luận của Thường trực …`). */
  private isTitleLine(): boolean {
    const next = this.LA(1);
    if (next.tokenType === CapsLine || next.tokenType === DocType) return true;
    if (next.tokenType === SubjectText || this.LA(2).tokenType === Rest) return false;
    return isLowerLetter(next.image[0]) || TITLE_START.test(next.image);
  }

  /** titleLine := (CapsLine | DocType | AnyText) Rest? */
  public titleLine = this.RULE('titleLine', () => {
    const head = this.OR([
      { ALT: () => this.CONSUME(CapsLine) },
      // `KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY` under `THÔNG BÁO` is a title, not a second heading.
      { ALT: () => this.CONSUME(DocType) },
      { ALT: () => this.CONSUME(AnyText) },
    ]);
    this.addLine(this.tree.heading, 'titleLine', head, this.OPTION(this.rest));
  });

  /** addressees := AddresseesHead Rest? (Bullet Rest?)* */
  public addressees = this.RULE('addressees', () => {
    const into = this.tree.addressees;
    this.addLine(into, 'addressees', this.CONSUME(AddresseesHead), this.OPTION(this.rest));
    this.MANY(() => this.addLine(into, 'addressee', this.CONSUME(Bullet), this.OPTION2(this.rest2)));
  });

  /** body := (item | paragraph | otherLine)*, until the tail starts */
  public body = this.RULE('body', () => {
    this.MANY({ GATE: this.beforeTail, DEF: this.bodyLine });
  });

  // The closures and alternatives of the rules run at every line are built once, not at each
  // call (chevrotain's advice for hot rules).
  private readonly beforeTail = () => this.before(this.tailOffset);
  private readonly bodyLine = () => this.OR(this.bodyLines);
  private readonly bodyLines = [
    // item := Marker Rest?
    { ALT: () => this.addLine(this.tree.body, 'item', this.CONSUME(Marker), this.OPTION(this.rest)) },
    // paragraph := AnyText
    { ALT: () => this.addLine(this.tree.body, 'paragraph', this.CONSUME(AnyText), undefined) },
    // otherLine := OtherHead Rest?
    { ALT: () => this.addLine(this.tree.body, 'otherLine', this.CONSUME(OtherHead), this.OPTION2(this.rest2)) },
  ];

  /** The text after a line-start token (two copies: a rule may consume it at two places). */
  private readonly rest = () => this.CONSUME(Rest);
  private readonly rest2 = () => this.CONSUME2(Rest);
  private readonly rest3 = () => this.CONSUME3(Rest);

  /**
   * tail := (recipients | signatureLine | recipient | strayLine)*
   *
   * Recipients and signature stand side by side on the page; text extraction may give them one
   * after the other or line by line interleaved, so after `Nơi nhận` a recipient line may follow
   * a signature line.
   */
  public tail = this.RULE('tail', () => {
    this.MANY(this.tailLine);
  });

  private readonly tailLine = () => {
    this.OR(this.tailLines);
    // A footnote's text runs on over plain lines; any other line ends it.
    this.ACTION(() => {
      const last = this.tree.tail[this.tree.tail.length - 1];
      this.inFootnote = last !== undefined && (last.rule === 'footnote' || last.rule === 'footnoteText');
    });
  };
  private readonly tailLines = {
    IGNORE_AMBIGUITIES: true,
    DEF: [
      // footnoteText := AnyText, a further line of the footnote above
      { GATE: () => this.inFootnote && this.isFootnoteText(), ALT: () => this.addLine(this.tree.tail, 'footnoteText', this.CONSUME2(AnyText), undefined) },
      { ALT: () => this.SUBRULE(this.recipients) },
      // footnote := (Footnote | `(n)`) Rest?
      { GATE: () => this.isFootnoteStart(), ALT: () => this.addLine(this.tree.tail, 'footnote', this.CONSUME3(LineStart), this.OPTION3(this.rest3)) },
      // signatureLine := SignatureHead Rest?
      { ALT: () => this.addLine(this.tree.tail, 'signatureLine', this.CONSUME(SignatureHead), this.OPTION(this.rest)) },
      { GATE: () => this.recipientsSeen && this.isRecipientLine(), ALT: () => this.SUBRULE(this.recipient) },
      // strayLine := LineStart Rest?
      { ALT: () => this.addLine(this.tree.tail, 'strayLine', this.CONSUME(LineStart), this.OPTION2(this.rest2)) },
    ],
  };

  /** `[1] …`, `_ [1] …`, `[^1]: …`, or `(1) …` (in the tail a bracketed number opens a footnote). */
  private isFootnoteStart(): boolean {
    const next = this.LA(1);
    if (next.tokenType === Footnote) return true;
    return next.tokenType === NumberMarker && (next.payload as ItemMarker | undefined)?.kind === 'parenthesised';
  }

  private isFootnoteText(): boolean {
    const next = this.LA(1);
    return next.tokenType.CATEGORIES?.includes(AnyText) === true && next.tokenType !== PersonName && !STAMP_TIME.test(next.image);
  }

  /** recipients := RecipientsHead Rest? recipient* */
  public recipients = this.RULE('recipients', () => {
    const head = this.CONSUME(RecipientsHead);
    this.ACTION(() => {
      this.recipientsSeen = true;
    });
    this.addLine(this.tree.tail, 'recipients', head, this.OPTION(this.rest));
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

  /** recipient := Bullet Rest? | AnyText */
  public recipient = this.RULE('recipient', () => {
    this.OR(this.recipientHeads);
  });

  private readonly recipientHeads = [
    { ALT: () => this.addLine(this.tree.tail, 'recipient', this.CONSUME(Bullet), this.OPTION(this.rest)) },
    { ALT: () => this.addLine(this.tree.tail, 'recipient', this.CONSUME(AnyText), undefined) },
  ];
}

function emptyTree(): NoticeTree {
  return { header: [], heading: [], addressees: [], body: [], tail: [] };
}

/** The first heading type in the opening lines, before any list item. */
function findDocType(tokens: IToken[]): number {
  let lines = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.tokenType === Rest) continue;
    if (lines++ === 40) break;
    if (t.tokenType === DocType) return t.startOffset;
    // A `(1)` may be a footnote's mark or text; only `1.` and `I.` open the body.
    if ((t.tokenType === NumberMarker && (t.payload as ItemMarker).kind !== 'parenthesised') || t.tokenType === RomanMarker) return -1;
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
  for (let i = 0; i < tokens.length; i++) {
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

/** Index of the first token of the line before the one starting at token `k`. */
function previousLine(tokens: IToken[], k: number): number {
  let i = k - 1;
  if (tokens[i]!.tokenType === Rest) i--;
  return i;
}

function isSignatureShaped(tokens: IToken[], i: number): boolean {
  const t = tokens[i]!;
  const wholeLine = tokens[i + 1]?.tokenType !== Rest;
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
  cst: NoticeTree;
  tokens: IToken[];
  parseErrors: { offset: number; message: string }[];
}

/**
 * Lex and parse the prepared text of one notice. Lexing cannot fail: every character but a line
 * break is in some token (Text and Rest take whatever no other token does).
 */
export function parseLines(text: string): ParseResult {
  const tokens = tokenizeLines(text);
  const p = noticeParser();
  const cst = p.parse(tokens);
  return {
    cst,
    tokens,
    parseErrors: p.errors.map((e) => ({ offset: Number.isFinite(e.token.startOffset) ? e.token.startOffset : text.length, message: e.message })),
  };
}
