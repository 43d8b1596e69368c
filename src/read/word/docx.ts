/**
 * The text of a .docx, through mammoth. Of mammoth's two outputs, its raw text and its HTML, the
 * HTML path keeps what a notice needs and the raw text does not: raw text drops Word's automatic
 * numbering (a `1.` or `a)` made by the list feature is not in the paragraph's text, only in its
 * list properties), so the items would lose their labels. We do not parse the HTML itself, though:
 * `<ol>` restarts its count whenever a plain paragraph interrupts a list, which Word does not. We
 * read the document model that mammoth's HTML conversion walks (its `transformDocument` hook),
 * where each paragraph carries its list level, and write the text ourselves:
 *
 * - a numbered paragraph gets its label back: level 1 `1.`, `2.` …, level 2 `a)`, `b)` … (the
 *   form of Decree 30/2020's administrative documents), a deeper level or a bullet `-`. mammoth
 *   tells whether a level is ordered but not its number format, so the label is the conventional one
 *   for its level; counting follows Word (a level's count goes on across plain paragraphs and
 *   restarts below a higher level's item);
 * - a table (the header block: issuer left, national motto and date right; a tail of recipients
 *   left, signature right) is written cell after cell, each cell's paragraphs as lines, which is how
 *   text taken from a PDF of the same notice reads and what the heading and tail parsers know;
 * - every paragraph is a line; a manual line break a line end too.
 */
import { WordFileError } from './error.js';

interface Element {
  type: string;
  value?: string;
  breakType?: string;
  children?: Element[];
  numbering?: { level: string; isOrdered: boolean } | null;
}

export async function docxText(bytes: Uint8Array): Promise<string> {
  // Loaded on first use: the plain-text path never pays for mammoth (and its zip reader).
  const mammoth = (await import('mammoth')).default;
  let lines: string[] = [];
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) },
      {
        transformDocument: (document: Element) => {
          lines = new Writer().document(document);
          return document;
        },
      },
    );
  } catch (e) {
    throw new WordFileError(`cannot read this .docx: ${reason(e)}`);
  }
  return lines.join('\n');
}

/** The reader's message, first line only: a damaged zip's message may run on, never its stack. */
function reason(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0]!.trim() || 'damaged';
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

class Writer {
  private readonly lines: string[] = [];
  /** The count of each list level so far. */
  private readonly counts: number[] = [];

  document(root: Element): string[] {
    this.block(root);
    return this.lines;
  }

  private block(e: Element): void {
    if (e.type === 'paragraph') this.paragraph(e);
    else for (const child of e.children ?? []) this.block(child);
  }

  private paragraph(p: Element): void {
    const text = inline(p.children ?? []);
    const label = p.numbering ? this.label(p.numbering) : '';
    const parts = text.split('\n');
    parts[0] = label + parts[0];
    this.lines.push(...parts);
  }

  private label(n: { level: string; isOrdered: boolean }): string {
    const level = Math.max(0, Number.parseInt(n.level, 10) || 0);
    if (!n.isOrdered || level > 1) return '- ';
    this.counts[level] = (this.counts[level] ?? 0) + 1;
    this.counts.length = level + 1; // an item restarts the levels below it
    const k = this.counts[level]!;
    return level === 0 ? `${k}. ` : `${letters(k)}) `;
  }
}

/** 1 → a, 26 → z, 27 → aa (Word's lowerLetter goes on so). */
function letters(k: number): string {
  const letter = LETTERS[(k - 1) % 26]!;
  return letter.repeat(Math.floor((k - 1) / 26) + 1);
}

/** A paragraph's text: runs, hyperlinks and the like read through; a line break is `\n`. */
function inline(children: Element[]): string {
  let s = '';
  for (const c of children) {
    if (c.type === 'text') s += c.value ?? '';
    else if (c.type === 'tab') s += '\t';
    else if (c.type === 'break') s += c.breakType === 'line' || c.breakType === undefined ? '\n' : '';
    else if (c.children && c.type !== 'note' && c.type !== 'comment') s += inline(c.children);
  }
  return s;
}
