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

/** Rules with tokens of their own besides their line rules: those tokens make lines too. */
const OWN_LINE_RULES = new Set(['heading', 'recipients', 'addressees']);

function isNode(e: CstElement): e is CstNode {
  return (e as CstNode).children !== undefined;
}

/**
 * The tokens of `node` and its nested nodes, line breaks left out, into `into`. Chevrotain keeps
 * a node's children by name in a prototype-less object: walk it with for-in, no arrays of lists.
 */
function contentOf(node: CstNode, into: IToken[]): IToken[] {
  const children = node.children;
  for (const name in children) {
    if (name === 'Newline') continue;
    const list = children[name]!;
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      if (isNode(e)) contentOf(e, into);
      else into.push(e);
    }
  }
  return into;
}

/** A line of tokens (no line break among them), or null when there are none. */
function lineOf(rule: string, content: IToken[]): Line | null {
  if (content.length === 0) return null;
  if (content.length > 1) sortByOffset(content);
  const head = content[0]!;
  const last = content[content.length - 1]!;
  let text = head.image;
  for (let i = 1; i < content.length; i++) text += content[i]!.image;
  return {
    rule,
    head,
    rest: content.length > 1 ? last : null,
    text,
    start: head.startOffset,
    end: last.startOffset + last.image.length,
  };
}

/** Insertion sort: a line holds two or three tokens. */
function sortByOffset(tokens: IToken[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    let j = i - 1;
    while (j >= 0 && tokens[j]!.startOffset > t.startOffset) {
      tokens[j + 1] = tokens[j]!;
      j--;
    }
    tokens[j + 1] = t;
  }
}

function collect(node: CstNode, out: Line[]): void {
  if (LINE_RULES.has(node.name)) {
    const line = lineOf(node.name, contentOf(node, []));
    if (line) out.push(line);
    return;
  }
  // A rule with tokens of its own (heading, recipients): those tokens make one line.
  const own: IToken[] = [];
  const children = node.children;
  for (const name in children) {
    const list = children[name]!;
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      if (isNode(e)) collect(e, out);
      else own.push(e);
    }
  }
  if (OWN_LINE_RULES.has(node.name)) {
    // Own tokens may span two lines (the heading's type line and its separator): split at Newline.
    for (const tokens of splitAtNewlines(own)) out.push(lineOf(node.name, tokens)!);
  }
}

function splitAtNewlines(tokens: IToken[]): IToken[][] {
  sortByOffset(tokens);
  const groups: IToken[][] = [];
  let group: IToken[] = [];
  for (const t of tokens) {
    if (t.tokenType.name !== 'Newline') group.push(t);
    else if (group.length > 0) {
      groups.push(group);
      group = [];
    }
  }
  if (group.length > 0) groups.push(group);
  return groups;
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
