/**
 * The body: preamble, the tree of items, and the closing.
 *
 * The tree follows the numbers written in the markers, not indentation: `2.1.` goes under `2.`,
 * `a)` under the numbered item above it, bullets under the item they follow; `A.` parts and `i.`
 * numerals (rankOf) stand where their run starts. A bullet of another
 * sign goes one level deeper when the bullet above introduces a list (it ends with a colon) or
 * when it is `+` (`+` under `-`); else it is a sibling of the bullet above. A number that does not fit its place (`2.1.` under `3.`,
 * `1.1.` with no `1.`, a skipped number) is kept where it stands, in text order, with a warning.
 */
import type { Item } from '../schema/notice.js';
import { CLOSING, CLOSING_WORD, itemKindOf, type Marker } from '../lexicon/markers.js';
import { ASSENT_OPENERS, HAND_OVER_VERBS, ITEM_LABEL_OPENERS } from '../lexicon/lexicon.gen.js';
import { alternation } from '../lexicon/pattern.js';
import { LATIN } from '../text/letters.js';
import type { Line } from './lines.js';
import type { SpanMaker } from '../core/spans.js';
import type { Finding } from '../core/findings.js';

interface OpenItem {
  item: Item;
  marker: Marker;
  /**
   * Depth in the numbering scheme: Roman 0, `1.` 1, `1.1.` 2 …, letters 10, bullets 20+; a run of
   * `(1)`, `A.` or `i.` half a step below the item it starts under (`A.` before any item -0.5).
   */
  rank: number;
  paragraphs: Paragraph[];
  start: number;
  /** The last child's number, to check that siblings follow on. */
  lastChild: number[] | null;
  /** The bullet signs its children have used, each once (`-+`). */
  childSigns: string;
}

/** A paragraph of an item: its trimmed text and where it stands in the cleaned text. */
interface Paragraph {
  text: string;
  start: number;
  end: number;
}

/**
 * An item's full text as the normaliser reads it (heading included, paragraphs joined by a
 * blank line), with the cleaned-text offset of each paragraph so that what is found in it can be
 * given a span.
 */
export interface ItemSource {
  text: string;
  paragraphs: { at: number; start: number; length: number }[];
}

export interface Body {
  preamble: { text: string; start: number; end: number } | null;
  preambleLines: Line[];
  items: Item[];
  closing: { text: string; start: number; end: number } | null;
  sources: Map<Item, ItemSource>;
  preambleSource: ItemSource | null;
  closingSource: ItemSource | null;
}


export function buildBody(lines: Line[], spans: SpanMaker, findings: Finding[]): Body {
  const root: OpenItem = rootItem();
  const stack: OpenItem[] = [root];
  const sources = new Map<Item, ItemSource>();
  const preamble: Line[] = [];
  let afterLastItem: Line[] = [];
  let seenItem = false;
  const labelled = parenthesisedRuns(lines);
  for (const line of lines) {
    const marker = markerOf(line, labelled);
    if (!marker) {
      if (!seenItem) preamble.push(line);
      else {
        afterLastItem.push(line);
        addParagraph(stack[stack.length - 1]!, line);
      }
      continue;
    }
    seenItem = true;
    afterLastItem = [];
    place(stack, marker, line, spans, findings, sources);
  }
  // With no items at all, the paragraphs after the first may still hold a closing.
  const closing = seenItem ? splitClosing(afterLastItem, stack[stack.length - 1]!) : splitClosing(preamble.slice(1), null);
  if (!seenItem) preamble.splice(preamble.length - closing.length, closing.length);
  while (stack.length > 1) close(stack.pop()!, spans, sources);
  return {
    preamble: joinParagraphs(preamble),
    preambleLines: preamble,
    items: root.item.children,
    closing: closing.length > 0 ? joinParagraphs(closing) : null,
    sources,
    preambleSource: sourceOf(preamble.map((l) => paragraphOf(l.text, l.start, l.end))),
    closingSource: sourceOf(closing.map((l) => paragraphOf(l.text, l.start, l.end))),
  };
}

function rootItem(): OpenItem {
  const item: Item = { id: '', label: '', number: null, kind: 'numbered', heading: null, text: '', children: [], span: null! };
  return { item, marker: { kind: 'numbered', label: '', number: [], length: 0 }, rank: -1, paragraphs: [], start: 0, lastChild: null, childSigns: '' };
}

function markerOf(line: Line, labelled: ReadonlySet<Line>): Marker | null {
  if (line.rule !== 'item') return null;
  const marker = (line.head.payload as Marker | undefined) ?? null;
  return marker?.kind === 'parenthesised' && !labelled.has(line) ? null : marker;
}

/**
 * The lines whose `(n)` labels an item: runs of two or more that start lines and follow on from
 * `(1)` (`(1)`, `(2)`, `(3)` …), lines of any other kind between them, a numbered or Roman item
 * ending the run. A `(n)` outside such a run is text (`(3)` that a wrap put at a line start).
 */
function parenthesisedRuns(lines: Line[]): Set<Line> {
  const labelled = new Set<Line>();
  let run: Line[] = [];
  const end = () => {
    if (run.length >= 2) for (const l of run) labelled.add(l);
    run = [];
  };
  for (const line of lines) {
    if (line.rule !== 'item') continue;
    const marker = line.head.payload as Marker | undefined;
    if (!marker) continue;
    if (marker.kind === 'numbered' || marker.kind === 'roman') end();
    if (marker.kind !== 'parenthesised') continue;
    const n = marker.number![0]!;
    if (n === run.length + 1) run.push(line);
    else {
      end();
      if (n === 1) run.push(line);
    }
  }
  end();
  return labelled;
}

function addParagraph(open: OpenItem, line: Line): void {
  if (open.rank < 0) return; // unreachable: paragraphs before the first item are the preamble
  open.paragraphs.push(paragraphOf(line.text, line.start, line.end));
}

function rankOf(marker: Marker, stack: OpenItem[]): number {
  switch (marker.kind) {
    case 'roman':
      return 0;
    case 'numbered':
      return marker.number!.length;
    case 'lettered':
      return 10;
    case 'parenthesised': {
      // A sibling of the open `(n)` item; else one step below the item on top (`(1)` under `2.`).
      for (let i = stack.length - 1; i > 0; i--) if (stack[i]!.marker.kind === 'parenthesised') return stack[i]!.rank;
      return stack[stack.length - 1]!.rank + 0.5;
    }
    case 'upper-lettered':
    case 'lower-roman':
      return runRank(marker, stack);
    case 'bullet': {
      // The same sign as an open bullet: a sibling of it.
      for (let i = stack.length - 1; i > 0; i--) {
        const open = stack[i]!;
        if (open.marker.kind !== 'bullet') break;
        if (open.marker.label === marker.label) return open.rank;
      }
      const top = stack[stack.length - 1]!;
      if (top.marker.kind !== 'bullet') return 20;
      // Another sign goes one level deeper under a bullet that introduces a list (`* Về nhiệm vụ
      // thời gian tới: … lưu ý một số nội dung sau:` / `- …`).
      if (introducesList(top)) return top.rank + 1;
      // A sign the bullet's earlier siblings used is one more of them (`+ …` / `• …` / `+ …`);
      // `+` is the sign Vietnamese lists write for the level under `-` (`- Về công tác X` /
      // `+ …`); any other sign after a bullet that introduced nothing is its sibling (`- … ổn
      // định.` / `* Bên cạnh đó, … lưu ý:`).
      if (stack[stack.length - 2]!.childSigns.includes(marker.label)) return top.rank;
      return marker.label === SUB_BULLET ? top.rank + 1 : top.rank;
    }
  }
}

/**
 * Where an `A.` or an `i.` stands: the level of their run, which the text's sequence sets, not
 * the label. A label that follows on from an open one of its kind (`B.` after `A.`, `ii.` after
 * `i.`) is its sibling, however deep the items between (`A. KẾT QUẢ` / `I.` / `1.` / … /
 * `B. NHIỆM VỤ`). A run's first label goes half a step below the item it follows (`1.` / `A.` /
 * `i.`, as Word's lists have them; `a)` / `i.`), bullets aside, but for numerals under a bullet
 * that introduces a list (`- Về nhiệm vụ trọng tâm:` / `i. …`); with nothing but bullets above
 * it, it stands at the top, above Roman sections (`A. KẾT QUẢ …` / `I. …`: parts A and B).
 */
function runRank(marker: Marker, stack: OpenItem[]): number {
  const n = marker.number![0]!;
  let anchor: OpenItem | null = null;
  for (let i = stack.length - 1; i > 0; i--) {
    const open = stack[i]!;
    if (open.marker.kind === marker.kind && (open.marker.number![0]! === n - 1 || (anchor === null && n === 1))) return open.rank;
    if (anchor === null && (open.marker.kind !== 'bullet' || (marker.kind === 'lower-roman' && introducesList(open)))) anchor = open;
  }
  return anchor === null ? -0.5 : anchor.rank + 0.5;
}

/** The sign Vietnamese lists write for the level below a bullet of another sign. */
const SUB_BULLET = '+';

/**
 * Does the item end its first or its last paragraph with a colon, so that what follows is its
 * list (`- Về công tác xây dựng Đảng:`; `* Đối với người có công:` / `Đã hoàn thành …` / `- …`)?
 */
function introducesList(open: OpenItem): boolean {
  const paragraphs = open.paragraphs;
  return endsWithColon(paragraphs[0]!.text) || endsWithColon(paragraphs[paragraphs.length - 1]!.text);
}

/** `…lưu ý:`, also with a note in brackets after the colon (`* Năm 2026: (02 cuộc kiểm tra)`). */
function endsWithColon(text: string): boolean {
  let end = text.length;
  if (text.charCodeAt(end - 1) === 41 /* ) */) {
    const open = text.lastIndexOf('(');
    if (open < 0) return false;
    end = open;
    while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  }
  return text.charCodeAt(end - 1) === 58; // ':'
}

function place(
  stack: OpenItem[],
  marker: Marker,
  line: Line,
  spans: SpanMaker,
  findings: Finding[],
  sources: Map<Item, ItemSource>,
): void {
  const rank = rankOf(marker, stack);
  while (stack.length > 1 && stack[stack.length - 1]!.rank >= rank) close(stack.pop()!, spans, sources);
  const parent = stack[stack.length - 1]!;
  // A `(n)` run follows on by construction (parenthesisedRuns).
  if (marker.kind !== 'parenthesised') checkNumbering(parent, marker, line, findings);
  // `(1)` keeps its brackets: `1` would read as the item `1.`.
  const label = marker.kind === 'bullet' || marker.kind === 'parenthesised' ? marker.label : withoutClosingMark(marker.label);
  const kind = itemKindOf(marker.kind);
  const item: Item = {
    id: itemId(kind, label, marker.number, parent.item),
    label,
    number: marker.number,
    kind,
    heading: null,
    text: '',
    children: [],
    span: null!,
  };
  parent.item.children.push(item);
  if (marker.number && marker.kind !== 'parenthesised') parent.lastChild = marker.number;
  const first = line.rest ? paragraphOf(line.rest.image, line.rest.startOffset, line.end) : { text: '', start: line.end, end: line.end };
  if (marker.kind === 'bullet' && !parent.childSigns.includes(marker.label)) parent.childSigns += marker.label;
  stack.push({ item, marker, rank, paragraphs: [first], start: line.start, lastChild: null, childSigns: '' });
}

/**
 * An item's id, which is the id of the directive read from it (src/normalise/index.ts, idOf: the
 * same rule, so that a directive joins to its item): the labels from the top (`2.1`, `II.1.a`), a
 * bullet as `-` and its place among its siblings (`2.-.3`, `-.1` at the top). A number that does
 * not fit its parent (`2.1.` under `3.`) is joined with `/` (`3/2.1`), apart from a `3.2.1.`. A
 * text that starts its numbering again repeats ids (tests/contract-ids.test.ts). `parent` is the
 * root (id '') for a top-level item; called before the item joins its siblings.
 */
function itemId(kind: Item['kind'], label: string, number: number[] | null, parent: Item): string {
  const place = parent.children.length + 1;
  if (kind === 'bullet') return parent.id ? `${parent.id}.-.${place}` : `-.${place}`;
  if (!parent.id) return label;
  // `2.1` under `2` (itself maybe `I.2`): the sub-item's label replaces its parent's.
  if (kind === 'numbered' && parent.kind === 'numbered' && label.startsWith(`${parent.label}.`)) {
    return parent.id.slice(0, parent.id.length - parent.label.length) + label;
  }
  const fits = kind !== 'numbered' || (number?.length ?? 1) === 1;
  return `${parent.id}${fits ? '.' : '/'}${label}`;
}

/** `2.1.` → `2.1`, `a)` → `a`, `II-` → `II`: what `.replace(/[.)\-–]$/, '')` gives. */
function withoutClosingMark(label: string): string {
  const last = label.charCodeAt(label.length - 1);
  return last === 46 || last === 41 || last === 45 || last === 0x2013 ? label.slice(0, -1) : label;
}

function paragraphOf(raw: string, start: number, end: number): Paragraph {
  const text = raw.trimStart();
  return { text: text.trimEnd(), start: start + raw.length - text.length, end };
}

/** Paragraphs joined by a blank line, each remembering where it stands in the cleaned text. */
function sourceOf(paragraphs: Paragraph[]): ItemSource | null {
  if (paragraphs.length === 0) return null;
  let text = '';
  const entries: ItemSource['paragraphs'] = [];
  for (const p of paragraphs) {
    if (p.text === '') continue;
    if (entries.length > 0) text += '\n\n';
    entries.push({ at: text.length, start: p.start, length: p.text.length });
    text += p.text;
  }
  return { text, paragraphs: entries };
}

function close(open: OpenItem, spans: SpanMaker, sources: Map<Item, ItemSource>): void {
  sources.set(open.item, sourceOf(open.paragraphs)!);
  const [heading, text] = splitHeading(open.paragraphs[0]!.text);
  open.item.heading = heading;
  open.item.text = joinTexts(text, open.paragraphs);
  open.item.span = spans.span(open.start, open.paragraphs[open.paragraphs.length - 1]!.end);
}

/** The item's first text and its further paragraphs, the empty ones left out, a blank line between. */
function joinTexts(first: string, paragraphs: Paragraph[]): string {
  let out = first;
  for (let i = 1; i < paragraphs.length; i++) {
    const text = paragraphs[i]!.text;
    if (text === '') continue;
    out = out === '' ? text : `${out}\n\n${text}`;
  }
  return out;
}

/** Does the marker's number fit where it stands? Warn when it does not; never move it. */
function checkNumbering(parent: OpenItem, marker: Marker, line: Line, findings: Finding[]): void {
  const n = marker.number;
  if (!n) return;
  const label = marker.label;
  if (marker.kind === 'numbered' && n.length > 1) {
    const prefix = n.slice(0, -1);
    const parentNumber = parent.marker.kind === 'numbered' ? parent.marker.number! : null;
    if (!parentNumber || !sameNumbers(parentNumber, prefix)) {
      const where = parentNumber?.length ? `under item ${parentNumber.join('.')}` : `with no item ${prefix.join('.')} above it`;
      findings.push({ severity: 'warning', code: 'numbering', message: `item ${label} stands ${where}`, offset: line.start });
      return;
    }
  }
  const previous = parent.lastChild;
  // After `1.2.` (kept at the top for want of a `1.`), the next top-level item is `2.`.
  const expected = previous ? (previous[n.length - 1] ?? 0) + 1 : 1;
  const actual = n[n.length - 1]!;
  if (actual !== expected && !(previous === null && marker.kind === 'numbered' && n.length === 1 && actual === 1)) {
    const what = previous === null ? `starts at ${label}` : `follows ${formatNumber(previous, marker)} with ${label}`;
    findings.push({ severity: 'warning', code: 'numbering', message: `numbering ${what}`, offset: line.start });
  }
}

function sameNumbers(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function formatNumber(n: number[], marker: Marker): string {
  return marker.kind === 'numbered' ? `${n.join('.')}.` : String(n[n.length - 1]);
}

/** Words a label of a heading opens with (data/lexicon/item-label-openers.yaml). */
const LABEL_OPENER = new RegExp(`^(?:${alternation(ITEM_LABEL_OPENERS)})(?![${LATIN}])`);
/** Words that open an order, not a label (hand-over-verbs.yaml, assent-openers.yaml). */
const OPENS_AN_ORDER = new RegExp(`^(?:${alternation([...HAND_OVER_VERBS, ...ASSENT_OPENERS])})(?![${LATIN}])`);

/**
 * `Về tầm soát xét nghiệm: Tiếp tục …` → heading `Về tầm soát xét nghiệm`. A heading is a short
 * label: it ends at the first colon, holds no sentence punctuation and does not read as a
 * sentence with its own verb (`Giao Sở Y tế, cơ quan thường trực …: Tiếp tục …` is not one).
 */
export function splitHeading(paragraph: string): [string | null, string] {
  const colon = paragraph.indexOf(':');
  if (colon <= 0 || colon > 160) return [null, paragraph];
  const label = paragraph.slice(0, colon).trim();
  // `17:30` is a time, not a label.
  if (/[.;!?]/.test(label) || /\d/.test(paragraph[colon + 1] ?? '')) return [null, paragraph];
  const words = label.split(/\s+/).length;
  const labelLike = LABEL_OPENER.test(label);
  if (!(labelLike && words <= 24) && !(words <= 6 && !OPENS_AN_ORDER.test(label))) {
    return [null, paragraph];
  }
  return [label, paragraph.slice(colon + 1).trim()];
}


/** The trailing paragraphs from the first that reads as a closing; they leave the last item. */
function splitClosing(after: Line[], owner: OpenItem | null): Line[] {
  // A paragraph that opens like a closing, or the paragraph that ends the notice with `./.` when it
  // speaks of carrying the notice out or is a note in brackets: one that gives duties of its own
  // (`Ủy ban nhân dân các phường, xã có trách nhiệm chỉ đạo, kiểm tra …./.`) is body.
  const k = after.findIndex((line, i) => {
    const text = line.text.trim();
    if (CLOSING.some((re) => re.test(text))) return true;
    return i === after.length - 1 && text.endsWith('./.') && (CLOSING_WORD.test(text) || isBracketedNote(text));
  });
  if (k < 0) return [];
  const closing = after.slice(k);
  owner?.paragraphs.splice(owner.paragraphs.length - closing.length, closing.length);
  return closing;
}

/** `(Đính kèm Nghị quyết số 01-NQ/TU …)./.`: a note in brackets, the closing mark after it. */
function isBracketedNote(text: string): boolean {
  return text.startsWith('(') && text.indexOf(')') === text.length - 4;
}

function joinParagraphs(lines: Line[]): { text: string; start: number; end: number } | null {
  if (lines.length === 0) return null;
  return {
    text: lines.map((l) => l.text.trim()).join('\n\n'),
    start: lines[0]!.start,
    end: lines[lines.length - 1]!.end,
  };
}
