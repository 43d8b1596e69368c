/**
 * Word's list definitions (a .docx's word/numbering.xml) and the label Word shows for each
 * numbered paragraph: `I.`, `(1)`, `A.`, `a)`, `1.1.` as the list defines them, counted as Word
 * counts. mammoth reads the same part but keeps of a level only whether it is ordered; docx.ts
 * hands us the part's XML tree, as mammoth parsed it, and the (numId, level) of each paragraph.
 *
 * The model (ECMA-376 part 1, 17.9):
 * - a `w:abstractNum` defines up to nine levels, each with its number format (`w:numFmt`), its
 *   text (`w:lvlText`, `%1.%2.`: `%n` is level n's number), its start (`w:start`), when it
 *   restarts (`w:lvlRestart`: after which level; 0 never; by default after any higher level) and
 *   `w:isLgl` (every number in the text decimal). One may instead point at a numbering style
 *   (`w:numStyleLink`), whose definition is the abstractNum with that `w:styleLink`;
 * - a `w:num` (the numId a paragraph names) is an instance of an abstractNum, which may override a
 *   level's start (`w:lvlOverride/w:startOverride`) or the whole level (`w:lvlOverride/w:lvl`).
 *
 * Counting follows Word: the count belongs to the abstractNum, so paragraphs of two nums of one
 * abstractNum count on together, unless a num restarts a level (startOverride) where it first uses
 * it; an item restarts the levels below it (as their lvlRestart says); a plain paragraph between
 * items changes nothing.
 */

import { BULLET } from '../../lexicon/markers.js';
import { toRoman } from '../../text/roman.js';

/** The little of mammoth's XML element (lib/xml/nodes.js) read here. */
export interface XmlElement {
  type?: string;
  name?: string;
  attributes?: Record<string, string | undefined>;
  children?: XmlElement[];
}

export interface LevelDefinition {
  /** `decimal`, `upperRoman`, `lowerLetter`, `bullet`, `none` … */
  format: string;
  /** `%1.`, `(%1)`, `%1.%2.`; a bullet's glyph. */
  text: string;
  start: number;
  /** Restart after a paragraph of a level above this index (0-based); -1 never; null: after any higher level. */
  restartAfter: number | null;
  /** Numbers shown decimal whatever their format (`w:isLgl`). */
  legal: boolean;
  /** The paragraph style linked to this level (`w:pStyle`), numbering a paragraph by its style. */
  style: string | null;
}

interface AbstractNum {
  id: string;
  levels: Map<number, LevelDefinition>;
  /** Its levels live in the abstractNum whose styleLink is this. */
  numStyleLink: string | null;
  styleLink: string | null;
}

interface Num {
  abstractNumId: string;
  /** Per level: a new start, and/or a whole new level definition. */
  overrides: Map<number, { start: number | null; level: LevelDefinition | null }>;
}

export interface ListDefinitions {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, Num>;
}

/** Where a numbered paragraph stands: its list instance and level, or the paragraph style that numbers it. */
export type ListPlace = { numId: string; level: number } | { style: string };

const MAX_LEVEL = 8;

function children(e: XmlElement, name: string): XmlElement[] {
  return (e.children ?? []).filter((c) => c.name === name);
}

function child(e: XmlElement, name: string): XmlElement | undefined {
  return (e.children ?? []).find((c) => c.name === name);
}

function val(e: XmlElement | undefined): string | undefined {
  return e?.attributes?.['w:val'];
}

function integer(s: string | undefined): number | null {
  if (s === undefined || !/^-?\d{1,9}$/.test(s.trim())) return null;
  return Number(s.trim());
}

/** On/off as OOXML writes it: present and not `0`/`false`/`off`. */
function on(e: XmlElement | undefined): boolean {
  if (!e) return false;
  const v = val(e);
  return v === undefined || !['0', 'false', 'off'].includes(v);
}

/** The definitions of word/numbering.xml (its root, `w:numbering`). */
export function readListDefinitions(root: XmlElement): ListDefinitions {
  const abstracts = new Map<string, AbstractNum>();
  for (const a of children(root, 'w:abstractNum')) {
    const id = a.attributes?.['w:abstractNumId'];
    if (id === undefined) continue;
    const levels = new Map<number, LevelDefinition>();
    for (const l of children(a, 'w:lvl')) {
      const k = integer(l.attributes?.['w:ilvl']) ?? 0;
      if (k >= 0 && k <= MAX_LEVEL) levels.set(k, levelOf(l));
    }
    abstracts.set(id, { id, levels, numStyleLink: val(child(a, 'w:numStyleLink')) ?? null, styleLink: val(child(a, 'w:styleLink')) ?? null });
  }
  const nums = new Map<string, Num>();
  for (const n of children(root, 'w:num')) {
    const id = n.attributes?.['w:numId'];
    const abstractNumId = val(child(n, 'w:abstractNumId'));
    if (id === undefined || abstractNumId === undefined) continue;
    const overrides: Num['overrides'] = new Map();
    for (const o of children(n, 'w:lvlOverride')) {
      const k = integer(o.attributes?.['w:ilvl']);
      if (k === null || k < 0 || k > MAX_LEVEL) continue;
      const lvl = child(o, 'w:lvl');
      overrides.set(k, { start: integer(val(child(o, 'w:startOverride'))), level: lvl ? levelOf(lvl) : null });
    }
    nums.set(id, { abstractNumId, overrides });
  }
  return { abstracts, nums };
}

function levelOf(l: XmlElement): LevelDefinition {
  const restart = integer(val(child(l, 'w:lvlRestart')));
  return {
    format: val(child(l, 'w:numFmt')) ?? 'decimal',
    text: val(child(l, 'w:lvlText')) ?? '',
    start: integer(val(child(l, 'w:start'))) ?? 0,
    // lvlRestart n (1-based): restart after a paragraph of level n or above, i.e. of an index below n.
    restartAfter: restart === null ? null : restart <= 0 ? -1 : restart - 1,
    legal: on(child(l, 'w:isLgl')),
    style: val(child(l, 'w:pStyle')) ?? null,
  };
}

/**
 * The labels of a document's numbered paragraphs, in document order: `label(place)` for each
 * numbered paragraph as it comes. Null when the place names no definition this file has (the
 * caller then labels it by its level alone).
 */
export class ListLabels {
  /** Per counting abstractNum, each level's current number (absent: not yet used since a restart). */
  private readonly counts = new Map<string, (number | undefined)[]>();
  /** (numId, level) pairs already used: a startOverride applies at the first. */
  private readonly used = new Set<string>();

  constructor(private readonly lists: ListDefinitions) {}

  label(place: ListPlace): string | null {
    const resolved = this.resolve(place);
    if (!resolved) return null;
    const { numId, level, num, abstract } = resolved;
    const definition = this.levelOf(num, abstract, level);
    if (!definition) return null;
    const counts = this.counts.get(abstract.id) ?? [];
    this.counts.set(abstract.id, counts);
    const key = `${numId}/${level}`;
    if (!this.used.has(key)) {
      this.used.add(key);
      if (num.overrides.get(level)?.start != null) counts[level] = undefined;
    }
    counts[level] = counts[level] === undefined ? startOf(num, definition, level) : counts[level]! + 1;
    // The levels below restart (each as its lvlRestart says).
    for (let below = level + 1; below <= MAX_LEVEL; below++) {
      const d = this.levelOf(num, abstract, below);
      const after = d?.restartAfter ?? null;
      if (after === null || level < after + 1) counts[below] = undefined;
    }
    // A bullet is an item of its level too: it restarts the levels below, as a number does.
    if (definition.format === 'bullet') return bulletOf(definition.text);
    return render(definition, (k) => {
      const d = this.levelOf(num, abstract, k);
      // A level not used yet (`%1.%2.` before any first-level item) shows its start.
      const n = counts[k] ?? (d ? startOf(num, d, k) : 1);
      return definition.legal ? String(n) : formatNumber(n, d?.format ?? 'decimal');
    });
  }

  /** The num and the abstractNum holding the levels (through a numbering style's link). */
  private resolve(place: ListPlace): { numId: string; level: number; num: Num; abstract: AbstractNum } | null {
    let numId: string;
    let level: number;
    if ('style' in place) {
      const found = this.byStyle(place.style);
      if (!found) return null;
      ({ numId, level } = found);
    } else {
      ({ numId, level } = place);
    }
    if (level < 0 || level > MAX_LEVEL) return null;
    const num = this.lists.nums.get(numId);
    if (!num) return null;
    let abstract = this.lists.abstracts.get(num.abstractNumId);
    if (abstract?.numStyleLink) {
      const link = abstract.numStyleLink;
      abstract = [...this.lists.abstracts.values()].find((a) => a.styleLink === link);
    }
    return abstract ? { numId, level, num, abstract } : null;
  }

  /** A paragraph numbered by its style: the level linked to the style, and the first num of its list. */
  private byStyle(style: string): { numId: string; level: number } | null {
    for (const a of this.lists.abstracts.values()) {
      for (const [level, d] of a.levels) {
        if (d.style !== style) continue;
        for (const [numId, num] of this.lists.nums) if (num.abstractNumId === a.id) return { numId, level };
      }
    }
    return null;
  }

  private levelOf(num: Num, abstract: AbstractNum, level: number): LevelDefinition | undefined {
    return num.overrides.get(level)?.level ?? abstract.levels.get(level);
  }
}

/** Where a level of a num starts: the num's startOverride, else the level's start. */
function startOf(num: Num, definition: LevelDefinition, level: number): number {
  return num.overrides.get(level)?.start ?? definition.start;
}

/** lvlText with each `%n` replaced by level n's number as `number(n - 1)` gives it. */
function render(definition: LevelDefinition, number: (level: number) => string): string {
  let out = '';
  const text = definition.text;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const d = text.charCodeAt(i + 1) - 48;
    if (c === '%' && d >= 1 && d <= 9) {
      out += number(d - 1);
      i++;
    } else out += c;
  }
  return out;
}

/** A number in one of Word's formats; one this reader does not know is written decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'none':
      return '';
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return toRoman(n) ?? String(n);
    case 'lowerRoman':
      return toRoman(n)?.toLowerCase() ?? String(n);
    case 'upperLetter':
      return letters(n)?.toUpperCase() ?? String(n);
    case 'lowerLetter':
      return letters(n) ?? String(n);
    default:
      return String(n);
  }
}

/** 1 → a, 26 → z, 27 → aa, 53 → aaa: Word's letters repeat rather than carry. */
function letters(n: number): string | null {
  if (n < 1 || n > 780) return null;
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/**
 * A bullet's label: its glyph when it is one the item parser knows as a bullet; the glyphs Word
 * writes in the Symbol and Wingdings fonts (private-use code points) and its `o` as the bullets
 * they look like; anything else `-`.
 */
function bulletOf(glyph: string): string {
  const g = glyph.trim();
  if (g.length === 1 && BULLET.test(`${g} `)) return g;
  const drawn: Record<string, string> = { '\uf0b7': '•', '\uf0a7': '▪', '\uf06e': '■', o: '◦' };
  return drawn[g] ?? '-';
}
