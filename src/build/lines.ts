/**
 * The CST as the builder reads it: each part of the notice as a list of lines, in text order.
 * Every line keeps its tokens, so the builder knows what the grammar saw (a marker, an authority,
 * a title in capitals) and where each piece stands.
 */
import type { CstElement, CstNode, IToken } from 'chevrotain';

export interface Line {
  /** The grammar rule that took the line: item, paragraph, titleLine, recipient … */
  rule: string;
  /** The line's first token (a marker, `Nơi nhận`, an authority, or the text itself). */
  head: IToken;
  /** The text after a line-start token, or null. */
  rest: IToken | null;
  /** The whole line's text (head and rest), cleaned. */
  text: string;
  start: number;
  end: number;
}

export interface Sections {
  header: Line[];
  heading: Line[];
  addressees: Line[];
  body: Line[];
  /** Tail lines in order; recipients lines carry rule `recipients` (the head) or `recipient`. */
  tail: Line[];
}

const LINE_RULES = new Set([
  'headerLine', 'titleLine', 'subjectLine', 'addressee', 'item', 'paragraph', 'otherLine',
  'recipient', 'signatureLine', 'strayLine',
]);

function isNode(e: CstElement): e is CstNode {
  return (e as CstNode).children !== undefined;
}

function tokensOf(node: CstNode, into: IToken[] = []): IToken[] {
  for (const list of Object.values(node.children)) {
    for (const e of list) {
      if (isNode(e)) tokensOf(e, into);
      else into.push(e);
    }
  }
  return into;
}

/** Lines of `node`'s own tokens (not those of nested line rules). */
function lineOf(rule: string, tokens: IToken[]): Line | null {
  const content = tokens.filter((t) => t.tokenType.name !== 'Newline').sort((a, b) => a.startOffset - b.startOffset);
  const head = content[0];
  if (!head) return null;
  const last = content[content.length - 1]!;
  return {
    rule,
    head,
    rest: content.length > 1 ? last : null,
    text: content.map((t) => t.image).join(''),
    start: head.startOffset,
    end: last.startOffset + last.image.length,
  };
}

function collect(node: CstNode, out: Line[]): void {
  if (LINE_RULES.has(node.name)) {
    const line = lineOf(node.name, tokensOf(node));
    if (line) out.push(line);
    return;
  }
  // A rule with tokens of its own (heading, recipients): those tokens make one line.
  const own: IToken[] = [];
  for (const list of Object.values(node.children)) {
    for (const e of list) {
      if (isNode(e)) collect(e, out);
      else own.push(e);
    }
  }
  if (node.name === 'heading' || node.name === 'recipients' || node.name === 'addressees') {
    // Own tokens may span two lines (the heading's type line and its separator): split at Newline.
    const byLine = splitAtNewlines(own);
    for (const tokens of byLine) {
      const line = lineOf(node.name, tokens);
      if (line) out.push(line);
    }
  }
}

function splitAtNewlines(tokens: IToken[]): IToken[][] {
  const sorted = [...tokens].sort((a, b) => a.startOffset - b.startOffset);
  const groups: IToken[][] = [[]];
  for (const t of sorted) {
    if (t.tokenType.name === 'Newline') groups.push([]);
    else groups[groups.length - 1]!.push(t);
  }
  return groups.filter((g) => g.length > 0);
}

function linesOf(node: CstNode | undefined): Line[] {
  if (!node) return [];
  const out: Line[] = [];
  collect(node, out);
  return out.sort((a, b) => a.start - b.start);
}

export function sectionsOf(cst: CstNode): Sections {
  const child = (name: string) => cst.children[name]?.[0] as CstNode | undefined;
  return {
    header: linesOf(child('header')),
    heading: linesOf(child('heading')),
    addressees: linesOf(child('addressees')),
    body: linesOf(child('body')),
    tail: linesOf(child('tail')),
  };
}

/** The text after the line's first token (or the whole line when the head is text). */
export function restText(line: Line): string {
  return line.rest ? line.rest.image.trim() : '';
}
