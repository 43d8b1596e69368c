/**
 * CST → the notice: every part of SPEC §2 that the grammar finds, with spans into the input.
 * Recognised data (the meeting, directives, references, agencies) is added by src/normalise.
 */
import type { Footnote, Item, NoticeDocument, Recipient, Signature, Span } from '../schema/notice.js';
import type { Line, Sections } from './lines.js';
import { buildBody, type ItemSource } from './items.js';
import { buildDocument, issueDateLine } from './heading.js';
import { buildFootnotes, buildRecipients, buildSignature, type FootnoteDraft } from './tail.js';
import type { Finding } from '../core/findings.js';
import type { SpanMaker } from '../core/spans.js';

export interface BuiltNotice {
  document: NoticeDocument;
  preamble: string | null;
  preambleSpan: Span | null;
  items: Item[];
  closing: string | null;
  closingSpan: Span | null;
  recipients: Omit<Recipient, 'agencies'>[];
  signature: Signature | null;
  footnotes: Footnote[];
  findings: Finding[];
  /** Not output: the footnotes as read, where the normaliser reads the people they list. */
  footnoteDrafts: FootnoteDraft[];
  /** Not output: the opening's lines, where the normaliser recognises the meeting. */
  preambleLines: Line[];
  /** Not output: the heading's title lines (the type line with a title after it included). */
  titleLines: Line[];
  /** Not output: where the texts the normaliser reads stand in the cleaned text. */
  sources: Map<Item, ItemSource>;
  preambleSource: ItemSource | null;
  closingSource: ItemSource | null;
  /** Not output: the header line holding the notice's own date, and where it stands. */
  issueDate: { text: string; span: Span } | null;
}

/** The notice from the parser's tree (its parts, each a list of lines). */
export function buildNotice(sections: Sections, spans: SpanMaker): BuiltNotice {
  const findings: Finding[] = [];
  const document = buildDocument(sections.header, sections.heading, sections.addressees, spans);
  const body = buildBody(sections.body, spans, findings);
  const recipients = buildRecipients(sections.tail, spans);
  const signature = buildSignature(sections.tail, spans);
  const footnoteDrafts = buildFootnotes(sections.tail, [...sections.heading, ...sections.body], spans);
  const notice: BuiltNotice = {
    document,
    preamble: body.preamble?.text ?? null,
    preambleSpan: body.preamble ? spans.span(body.preamble.start, body.preamble.end) : null,
    items: body.items,
    closing: body.closing?.text ?? null,
    closingSpan: body.closing ? spans.span(body.closing.start, body.closing.end) : null,
    recipients,
    signature,
    footnotes: footnoteDrafts.map((f) => footnoteOf(f, body.items, spans)),
    findings,
    footnoteDrafts,
    preambleLines: body.preambleLines,
    titleLines: sections.heading.filter((l) => l.rule === 'titleLine' || (l.rule === 'heading' && l.rest !== null)),
    sources: body.sources,
    preambleSource: body.preambleSource,
    closingSource: body.closingSource,
    issueDate: issueDateOf(sections.header, document.issuedOn, spans),
  };
  checkParts(notice, sections.body.length + sections.tail.length);
  return notice;
}

function footnoteOf(f: FootnoteDraft, items: Item[], spans: SpanMaker): Footnote {
  let anchor: Footnote['anchor'] = null;
  if (f.markAt >= 0) {
    const span = spans.span(f.markAt, f.markAt + f.mark.length);
    anchor = { item: itemHolding(items, span.start.offset)?.id ?? null, span };
  }
  return { mark: f.mark, text: f.text, anchor, span: f.span };
}

/** The deepest item whose span holds the source offset. */
function itemHolding(items: Item[], offset: number): Item | null {
  for (const item of items) {
    if (item.span && item.span.start.offset <= offset && offset < item.span.end.offset) return itemHolding(item.children, offset) ?? item;
  }
  return null;
}

function issueDateOf(header: Line[], issuedOn: string | null, spans: SpanMaker): BuiltNotice['issueDate'] {
  const line = issuedOn ? issueDateLine(header) : null;
  return line ? { text: line.text.trim(), span: spans.span(line.start, line.end) } : null;
}

/** Say what is missing, and whether this is a notice at all. */
function checkParts(n: BuiltNotice, lineCount: number): void {
  // These speak of the whole document: they point at its first line.
  const at = 0;
  const whole = { offset: at, sourceOffset: 0 };
  const partsFound = [n.document.type, n.items.length > 0, n.recipients.length > 0, n.signature].filter(Boolean).length;
  if (partsFound === 0) {
    const what = lineCount === 0 ? 'no text' : 'no heading, no items, no recipients and no signature';
    n.findings.push({ severity: 'error', code: 'not-a-document', message: `not a notice: ${what}`, ...whole });
    return;
  }
  if (n.document.type === null) n.findings.push({ severity: 'warning', code: 'no-heading', message: 'no heading (THÔNG BÁO …) found', ...whole });
  else if (n.document.type !== 'THÔNG BÁO') {
    n.findings.push({ severity: 'info', code: 'not-a-notice', message: `a ${n.document.type}, not a THÔNG BÁO: parsed the same way`, offset: at, sourceOffset: n.document.span?.start.offset ?? 0 });
  }
  if (n.items.length === 0) n.findings.push({ severity: 'warning', code: 'no-items', message: 'no numbered or bulleted items found', ...whole });
  if (n.recipients.length === 0) n.findings.push({ severity: 'warning', code: 'no-recipients', message: 'no recipient list (Nơi nhận) found', ...whole });
  if (n.signature === null) n.findings.push({ severity: 'warning', code: 'no-signature', message: 'no signature block found', ...whole });
}
