/**
 * The text of a .docx, through mammoth. Of mammoth's two outputs, its raw text and its HTML, the
 * HTML path keeps what a notice needs and the raw text does not: raw text drops Word's automatic
 * numbering (a `1.` or `a)` made by the list feature is not in the paragraph's text, only in its
 * list properties), so the items would lose their labels. We do not parse the HTML itself, though:
 * `<ol>` restarts its count whenever a plain paragraph interrupts a list, which Word does not, and
 * knows no `I.` or `(1)`. We read the document model that mammoth's HTML conversion walks (its
 * `transformDocument` hook), where each paragraph carries its list level, and write the text
 * ourselves:
 *
 * - a numbered paragraph gets its label back as Word shows it (`I.`, `1.`, `(1)`, `a)`, `1.1.`:
 *   numbering.ts reads the list definitions and counts as Word does). mammoth tells of a
 *   paragraph's list only its level and whether it is ordered, not which list (numId) it is in
 *   nor the level's format; see `hookNumbering` for how we learn the list. Where that fails (a
 *   definition this file lacks, a mammoth whose insides changed) the label is the conventional one
 *   for its level: level 1 `1.`, `2.` …, level 2 `a)`, `b)` … (the form of Decree 30/2020's
 *   administrative documents), a deeper level or a bullet `-`, counted as Word counts;
 * - a table (the header block: issuer left, national motto and date right; a tail of recipients
 *   left, signature right) is written cell after cell, each cell's paragraphs as lines, which is how
 *   text taken from a PDF of the same notice reads and what the heading and tail parsers know;
 * - every paragraph is a line; a manual line break a line end too.
 */
import { WordFileError } from './error.js';
import { formatNumber, ListLabels, readListDefinitions, type ListDefinitions, type ListPlace, type XmlElement } from './numbering.js';

/**
 * What hookNumbering adds to mammoth's numbering of a paragraph: the list it is in. A registered
 * symbol, as is the mark of the wrapped reader: should this module be loaded twice over one
 * mammoth (a test runner re-running modules), the reader is wrapped once and both read the tag.
 */
const LIST = Symbol.for('notice-parse.word-list');
const WRAPPED = Symbol.for('notice-parse.wrapped');

interface Numbering {
  level: string;
  isOrdered: boolean;
  [LIST]?: { lists: ListDefinitions; place: ListPlace };
}

interface Element {
  type: string;
  value?: string;
  breakType?: string;
  children?: Element[];
  numbering?: Numbering | null;
}

export async function docxText(bytes: Uint8Array): Promise<string> {
  // Loaded on first use: the plain-text path never pays for mammoth (and its zip reader).
  const mammoth = (await import('mammoth')).default;
  await hookNumbering();
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

/**
 * mammoth reads word/numbering.xml through its module `lib/docx/numbering-xml.js`, whose
 * `readNumberingXml(root)` returns an object that the body reader asks, for each numbered
 * paragraph, `findLevel(numId, ilvl)` (or `findLevelByParagraphStyleId(styleId)`), putting what
 * it returns on the paragraph as `numbering`. That is the one place where a paragraph's numId is
 * known, so we wrap it, once per process: the level it returns is copied with, under a symbol
 * (invisible to JSON and to mammoth, whose HTML is unchanged), the list definitions read from the
 * same XML tree and the paragraph's place in them. mammoth's document model has no field for it;
 * reading document.xml a second time to pair its paragraphs with mammoth's would have to follow
 * every rule by which mammoth merges, skips or unwraps paragraphs. If the module is not there or
 * not as described (another mammoth version), nothing is wrapped and labels go by level.
 */
let hooked: Promise<void> | null = null;

function hookNumbering(): Promise<void> {
  hooked ??= (async () => {
    try {
      const numberingXml = (await import('mammoth/lib/docx/numbering-xml.js')).default;
      const read = numberingXml.readNumberingXml as typeof numberingXml.readNumberingXml & { [WRAPPED]?: true };
      if (typeof read !== 'function' || read[WRAPPED]) return;
      const wrapped = (root: unknown, options: unknown) => {
        const numbering = read(root, options);
        let lists: ListDefinitions;
        try {
          lists = readListDefinitions(root as XmlElement);
        } catch {
          return numbering;
        }
        const tag = (level: Numbering | null, place: ListPlace) => (level ? { ...level, [LIST]: { lists, place } } : level);
        return {
          ...numbering,
          findLevel: (numId: string, level: string) => tag(numbering.findLevel(numId, level), { numId, level: Number.parseInt(level, 10) || 0 }),
          findLevelByParagraphStyleId: (styleId: string) => tag(numbering.findLevelByParagraphStyleId(styleId), { style: styleId }),
        };
      };
      numberingXml.readNumberingXml = Object.assign(wrapped, { [WRAPPED]: true as const });
    } catch {
      // Not this mammoth's layout: labels by level.
    }
  })();
  return hooked;
}

class Writer {
  private readonly lines: string[] = [];
  /** The count of each list level so far, for paragraphs labelled by their level alone. */
  private readonly counts: number[] = [];
  /** Word's labels, per list definitions (one document has one set). */
  private labels: { lists: ListDefinitions; labels: ListLabels } | null = null;

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

  private label(n: Numbering): string {
    const list = n[LIST];
    if (list) {
      if (this.labels?.lists !== list.lists) this.labels = { lists: list.lists, labels: new ListLabels(list.lists) };
      const label = this.labels.labels.label(list.place);
      if (label !== null) return label === '' ? '' : `${label} `;
    }
    return this.byLevel(n);
  }

  /** The conventional label of a level: `1.`, then `a)`, deeper or unordered `-`. */
  private byLevel(n: Numbering): string {
    const level = Math.max(0, Number.parseInt(n.level, 10) || 0);
    if (!n.isOrdered || level > 1) return '- ';
    this.counts[level] = (this.counts[level] ?? 0) + 1;
    this.counts.length = level + 1; // an item restarts the levels below it
    const k = this.counts[level]!;
    return level === 0 ? `${k}. ` : `${formatNumber(k, 'lowerLetter')}) `;
  }
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
