/**
 * Word's automatic numbering in a Word 97-2003 .doc: which paragraphs of the main text a list
 * numbers, and the label Word shows for each (`1.`, `a)`, `I.`, `(1)`, `1.1.`); and which
 * paragraphs end a table's cell. word-extractor gives the text but not these labels: they are not
 * characters of the text but list properties of the paragraphs; and it writes a cell's end as a
 * tab, as it writes a typed tab. We read them from the binary file as [MS-DOC] lays it out:
 *
 * - the File Information Block (FIB) at the head of the `WordDocument` stream says where the rest
 *   lies in the table stream (`0Table` or `1Table`): the piece table (Clx), the paragraph
 *   properties' bin table (PlcBtePapx), the style sheet (STSH), the list definitions (PlfLst,
 *   each list's levels: LVL) and the list instances (PlfLfo, with their overrides);
 * - the piece table maps character positions (CP) of the text to bytes of the `WordDocument`
 *   stream, 8-bit (cp1252) or UTF-16;
 * - paragraph properties stand in 512-byte pages (FKP) of the `WordDocument` stream, one run per
 *   paragraph, keyed by the byte position of the paragraph's end mark; a paragraph is in a list
 *   when its properties, or its style's (through the styles it is based on), hold an `ilfo` (the
 *   1-based list instance: sprmPIlfo) and an `ilvl` (its level: sprmPIlvl).
 *
 * The list definitions are turned into the model of a .docx's numbering.xml (numbering.ts), so a
 * .doc's labels are counted by the same code as a .docx's: a list (LSTF) is an abstractNum, a
 * list instance (LFO) a num with its start and level overrides.
 *
 * Everything read is checked against the buffers' ends: a damaged or unusual file throws a
 * RangeError here, and the caller then gives the text without list labels.
 */
import CFB from 'cfb';
import { decodeWindows1252 } from '../legacy/bytes.js';
import { ListLabels, type LevelDefinition, type ListDefinitions } from './numbering.js';

/** A paragraph of the main text that Word's list feature numbers, or that ends a table's cell. */
export interface DocParagraph {
  /** Its text as word-extractor writes it (fields shown by their result, marks dropped), up to its first line break. */
  text: string;
  /** Word's label, as shown (`3.`, `a)`), `''` for a level whose format shows nothing; null: not numbered. */
  label: string | null;
  /** It is the last paragraph of a table's cell (word-extractor writes a tab after it). */
  endsCell: boolean;
}

/** The FIB's FcLcb pairs read here, by their index in FibRgFcLcb97. */
const FC = { stshf: 1, plcfBtePapx: 13, clx: 33, plfLst: 73, plfLfo: 74 } as const;

/** nFib of Word 97, the first with list tables (PlfLst, PlfLfo). */
const WORD_97 = 193;

const SPRM_P_ILVL = 0x260a;
const SPRM_P_ILFO = 0x460b;
/** Table definitions: a 2-byte length, not a 1-byte one as other variable operands. */
const SPRM_T_DEF_TABLE = 0xd608;
const SPRM_P_CHG_TABS = 0xc615;

/** The paragraphs of a .doc's main text that are numbered or end a cell, in order. */
export function docParagraphs(bytes: Uint8Array): DocParagraph[] {
  const container = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), { type: 'buffer' });
  const main = streamOf(container, 'WordDocument');
  if (main.readUInt16LE(0) !== 0xa5ec) throw new RangeError('not a Word document stream');
  // Word 6 and 95 (nFib below 193) have another FIB and number paragraphs another way (ANLD).
  if (main.readUInt16LE(2) < WORD_97) return [];
  const table = streamOf(container, (main.readUInt16LE(0x0a) & 0x0200) !== 0 ? '1Table' : '0Table');
  const fib = readFib(main);
  // Damaged list tables or styles cost the labels, not the cells: each is read on its own.
  const definitions = orElse(() => readLists(fib.part(FC.plfLst, table), fib.part(FC.plfLfo, table)), { abstracts: new Map(), nums: new Map() });
  const styles = orElse(() => readStyleLists(fib.part(FC.stshf, table)), () => ({}));
  const runs = readParagraphRuns(main, fib.part(FC.plcfBtePapx, table));
  const pieces = readPieces(main, fib.part(FC.clx, table));
  return markedParagraphs(main, pieces, fib.ccpText, runs, styles, definitions);
}

function orElse<T>(read: () => T, otherwise: T): T {
  try {
    return read();
  } catch {
    return otherwise;
  }
}

function streamOf(container: CFB.CFB$Container, name: string): Buffer {
  const entry = CFB.find(container, name);
  if (!entry?.content) throw new RangeError(`no ${name} stream`);
  const c = entry.content as Uint8Array;
  return Buffer.from(c.buffer, c.byteOffset, c.length);
}

/** The FIB: the main text's length and, by index, where a structure lies in the table stream. */
function readFib(main: Buffer): { ccpText: number; part: (index: number, table: Buffer) => Buffer } {
  // FibBase (32 bytes), csw + FibRgW97, cslw + FibRgLw97, cbRgFcLcb + FibRgFcLcb: sized as written.
  const csw = main.readUInt16LE(32);
  const lw = 34 + csw * 2;
  const cslw = main.readUInt16LE(lw);
  const ccpText = main.readInt32LE(lw + 2 + 3 * 4);
  const fcLcb = lw + 2 + cslw * 4;
  const cbRgFcLcb = main.readUInt16LE(fcLcb);
  const part = (index: number, table: Buffer): Buffer => {
    if (index >= cbRgFcLcb) return Buffer.alloc(0);
    const fc = main.readUInt32LE(fcLcb + 2 + index * 8);
    const lcb = main.readUInt32LE(fcLcb + 2 + index * 8 + 4);
    if (lcb === 0) return Buffer.alloc(0);
    if (fc + lcb > table.length) throw new RangeError('a structure beyond the table stream');
    return table.subarray(fc, fc + lcb);
  };
  return { ccpText, part };
}

// --- list definitions -----------------------------------------------------------------------

/** nfc (MS-DOC 2.9.171, the numbering formats) → the format names of numbering.xml. */
const FORMATS: Record<number, string> = {
  0: 'decimal', 1: 'upperRoman', 2: 'lowerRoman', 3: 'upperLetter', 4: 'lowerLetter',
  22: 'decimalZero', 23: 'bullet', 255: 'none',
};

/** PlfLst (the lists, LSTF) with each list's LVLs after it, and PlfLfo (the instances, LFO). */
function readLists(plfLst: Buffer, plfLfo: Buffer): ListDefinitions {
  const definitions: ListDefinitions = { abstracts: new Map(), nums: new Map() };
  if (plfLst.length < 2) return definitions;
  const count = plfLst.readInt16LE(0);
  // The LVLs follow the PlfLst in the table stream: plfLst is a view of it, so read on past its end.
  const table = Buffer.from(plfLst.buffer, plfLst.byteOffset, plfLst.buffer.byteLength - plfLst.byteOffset);
  let at = 2 + count * 28;
  for (let i = 0; i < count; i++) {
    const lstf = 2 + i * 28;
    const lsid = plfLst.readInt32LE(lstf);
    const simple = (plfLst.readUInt8(lstf + 26) & 0x01) !== 0;
    const levels = new Map<number, LevelDefinition>();
    for (let k = 0; k < (simple ? 1 : 9); k++) {
      const lvl = readLevel(table, at);
      levels.set(k, lvl.level);
      at = lvl.end;
    }
    definitions.abstracts.set(String(lsid), { id: String(lsid), levels, numStyleLink: null, styleLink: null });
  }
  if (plfLfo.length < 4) return definitions;
  const lfoMac = plfLfo.readInt32LE(0);
  let data = 4 + lfoMac * 16; // rgLfo, then each LFO's LFOData in order
  for (let i = 0; i < lfoMac; i++) {
    const lfo = 4 + i * 16;
    const lsid = plfLfo.readInt32LE(lfo);
    const clfolvl = plfLfo.readUInt8(lfo + 12);
    const overrides: NonNullable<ReturnType<ListDefinitions['nums']['get']>>['overrides'] = new Map();
    data += 4; // LFOData.cp
    for (let j = 0; j < clfolvl; j++) {
      const startAt = plfLfo.readInt32LE(data);
      const bits = plfLfo.readUInt32LE(data + 4);
      data += 8;
      const level = bits & 0x0f;
      let definition: LevelDefinition | null = null;
      if ((bits & 0x20) !== 0) {
        const lvl = readLevel(plfLfo, data);
        definition = lvl.level;
        data = lvl.end;
      }
      overrides.set(level, { start: (bits & 0x10) !== 0 ? startAt : null, level: definition });
    }
    // A paragraph names its instance by its 1-based index (ilfo).
    definitions.nums.set(String(i + 1), { abstractNumId: String(lsid), overrides });
  }
  return definitions;
}

/** An LVL at `at`: LVLF (28 bytes), its paragraph and character sprms, then its number text. */
function readLevel(b: Buffer, at: number): { level: LevelDefinition; end: number } {
  const start = b.readInt32LE(at);
  const nfc = b.readUInt8(at + 4);
  const flags = b.readUInt8(at + 5);
  const cbGrpprlChpx = b.readUInt8(at + 24);
  const cbGrpprlPapx = b.readUInt8(at + 25);
  const restartLimit = b.readUInt8(at + 26);
  let x = at + 28 + cbGrpprlPapx + cbGrpprlChpx;
  const cch = b.readUInt16LE(x);
  x += 2;
  if (x + cch * 2 > b.length) throw new RangeError('a level text beyond its buffer');
  // The number text holds each level's number as the character of that level's index (0–8).
  let text = '';
  for (let i = 0; i < cch; i++) {
    const c = b.readUInt16LE(x + i * 2);
    text += c < 9 ? `%${c + 1}` : String.fromCharCode(c);
  }
  const noRestart = (flags & 0x08) !== 0;
  return {
    level: {
      format: FORMATS[nfc] ?? 'decimal',
      text,
      start,
      // fNoRestart: restart only after the levels above ilvlRestartLim (0: never), as lvlRestart.
      restartAfter: noRestart ? restartLimit - 1 : null,
      legal: (flags & 0x04) !== 0,
      style: null,
    },
    end: x + cch * 2,
  };
}

// --- paragraph and style properties -------------------------------------------------------------

/** A paragraph's list properties as its sprms set them (undefined: not set there). */
interface ListProps {
  ilfo?: number;
  ilvl?: number;
}

/** A run of paragraph properties: the paragraphs whose end mark's byte lies in [from, to). */
interface ParagraphRun extends ListProps {
  from: number;
  to: number;
  istd: number;
}

/** The list properties in a grpprl (a run of sprms), stopping at one whose size cannot be known. */
function listProps(b: Buffer, from: number, to: number): ListProps {
  const props: ListProps = {};
  let at = from;
  while (at + 2 <= to) {
    const sprm = b.readUInt16LE(at);
    at += 2;
    if (sprm === SPRM_P_ILFO && at + 2 <= to) props.ilfo = b.readInt16LE(at);
    else if (sprm === SPRM_P_ILVL && at + 1 <= to) props.ilvl = b.readUInt8(at);
    const size = operandSize(b, sprm, at);
    if (size === null) break;
    at += size;
  }
  return props;
}

/** The operand's size, from the sprm's spra bits (MS-DOC 2.2.5.1). */
function operandSize(b: Buffer, sprm: number, at: number): number | null {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      if (sprm === SPRM_T_DEF_TABLE) return 2 + b.readUInt16LE(at) - 1;
      if (sprm === SPRM_P_CHG_TABS && b.readUInt8(at) === 255) return null;
      return 1 + b.readUInt8(at);
  }
}

/** PlcBtePapx's pages: every paragraph run with its style and list properties, by byte position. */
function readParagraphRuns(main: Buffer, plc: Buffer): ParagraphRun[] {
  const runs: ParagraphRun[] = [];
  const n = (plc.length - 4) / 8;
  for (let i = 0; i < n; i++) {
    const page = (plc.readUInt32LE((n + 1) * 4 + i * 4) & 0x3fffff) * 512;
    if (page + 512 > main.length) throw new RangeError('a property page beyond the stream');
    const fkp = main.subarray(page, page + 512);
    const crun = fkp.readUInt8(511);
    for (let j = 0; j < crun; j++) {
      const from = fkp.readUInt32LE(j * 4);
      const to = fkp.readUInt32LE((j + 1) * 4);
      const offset = fkp.readUInt8((crun + 1) * 4 + j * 13) * 2;
      if (offset === 0) {
        runs.push({ from, to, istd: 0 });
        continue;
      }
      // PapxInFkp: cb, then GrpPrlAndIstd of 2cb - 1 bytes; cb 0: the next byte is cb', 2cb' bytes.
      let cb = fkp.readUInt8(offset);
      let start = offset + 1;
      if (cb === 0) {
        cb = fkp.readUInt8(offset + 1) * 2;
        start++;
      } else cb = cb * 2 - 1;
      const end = Math.min(start + cb, 511);
      runs.push({ from, to, istd: fkp.readUInt16LE(start), ...listProps(fkp, start + 2, end) });
    }
  }
  return runs.sort((a, b) => a.from - b.from);
}

/**
 * Each paragraph style's list properties, its own over those of the style it is based on (a
 * heading style numbered by an outline list; Word's `List Number`).
 */
function readStyleLists(stsh: Buffer): (istd: number) => ListProps {
  if (stsh.length < 4) return () => ({});
  const cbStshi = stsh.readUInt16LE(0);
  const cstd = stsh.readUInt16LE(2);
  const cbBase = stsh.readUInt16LE(4);
  const own: { base: number; props: ListProps }[] = [];
  let at = 2 + cbStshi;
  for (let i = 0; i < cstd && at + 2 <= stsh.length; i++) {
    const cbStd = stsh.readUInt16LE(at);
    const std = at + 2;
    at = std + cbStd;
    if (cbStd === 0) continue;
    const stk = stsh.readUInt16LE(std + 2) & 0x0f;
    const base = stsh.readUInt16LE(std + 2) >> 4;
    if (stk !== 1) continue; // not a paragraph style
    const name = std + cbBase;
    const upx = name + 2 + stsh.readUInt16LE(name) * 2 + 2;
    const cbUpx = stsh.readUInt16LE(upx);
    // UpxPapx: istd, then the paragraph sprms.
    own[i] = { base, props: cbUpx >= 2 ? listProps(stsh, upx + 4, Math.min(upx + 2 + cbUpx, std + cbStd)) : {} };
  }
  const resolved = new Map<number, ListProps>();
  const resolve = (istd: number, depth = 0): ListProps => {
    const known = resolved.get(istd);
    if (known) return known;
    const style = own[istd];
    if (!style || depth > 16) return {};
    const props = { ...(style.base !== 0xfff ? resolve(style.base, depth + 1) : {}), ...style.props };
    resolved.set(istd, props);
    return props;
  };
  return (istd) => resolve(istd);
}

// --- the text ---------------------------------------------------------------------------------

interface Piece {
  cpFrom: number;
  cpTo: number;
  /** Byte position of its first character in the WordDocument stream. */
  fc: number;
  /** One byte (cp1252) per character, else two (UTF-16). */
  compressed: boolean;
}

/** The Clx: Prc entries (skipped), then the piece table (PlcPcd). */
function readPieces(main: Buffer, clx: Buffer): Piece[] {
  let at = 0;
  while (at < clx.length && clx.readUInt8(at) === 0x01) at += 3 + clx.readUInt16LE(at + 1);
  if (clx.readUInt8(at) !== 0x02) throw new RangeError('no piece table');
  const lcb = clx.readUInt32LE(at + 1);
  const plc = clx.subarray(at + 5, at + 5 + lcb);
  const n = (lcb - 4) / 12;
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const fcCompressed = plc.readUInt32LE((n + 1) * 4 + i * 8 + 2);
    const compressed = (fcCompressed & 0x40000000) !== 0;
    const fc = compressed ? (fcCompressed & 0x3fffffff) / 2 : fcCompressed & 0x3fffffff;
    const piece = { cpFrom: plc.readUInt32LE(i * 4), cpTo: plc.readUInt32LE((i + 1) * 4), fc, compressed };
    if (piece.fc + (piece.cpTo - piece.cpFrom) * (compressed ? 1 : 2) > main.length) throw new RangeError('a piece beyond the stream');
    pieces.push(piece);
  }
  return pieces;
}

/** A piece's text: UTF-16, or Windows-1252 as word-extractor reads an 8-bit piece. */
function pieceText(main: Buffer, p: Piece, from: number, to: number): string {
  if (!p.compressed) return main.toString('utf16le', p.fc + (from - p.cpFrom) * 2, p.fc + (to - p.cpFrom) * 2);
  return decodeWindows1252(main.subarray(p.fc + (from - p.cpFrom), p.fc + (to - p.cpFrom)));
}

/**
 * The main text's paragraphs (each ends at a paragraph mark `\r` or a cell mark `\x07`) that a
 * list numbers or that end a cell, labelled where a list numbers them.
 */
function markedParagraphs(main: Buffer, pieces: Piece[], ccpText: number, runs: ParagraphRun[], style: (istd: number) => ListProps, lists: ListDefinitions): DocParagraph[] {
  const out: DocParagraph[] = [];
  const labels = new ListLabels(lists);
  let text = '';
  for (const p of pieces) {
    if (p.cpFrom >= ccpText) break;
    const to = Math.min(p.cpTo, ccpText);
    const chunk = pieceText(main, p, p.cpFrom, to);
    let from = 0;
    for (let k = 0; k < chunk.length; k++) {
      const c = chunk.charCodeAt(k);
      if (c !== 0x0d && c !== 0x07) continue;
      text += chunk.slice(from, k);
      from = k + 1;
      const fc = p.fc + k * (p.compressed ? 1 : 2);
      const run = runAt(runs, fc);
      const props = run ? { ...style(run.istd), ...definedOf(run) } : {};
      const label = props.ilfo !== undefined && props.ilfo > 0 ? labels.label({ numId: String(props.ilfo), level: props.ilvl ?? 0 }) : null;
      if (label !== null || c === 0x07) out.push({ text: visible(text), label, endsCell: c === 0x07 });
      text = '';
    }
    text += chunk.slice(from);
  }
  return out;
}

/** The run holding the byte at `fc` (runs sorted, disjoint). */
function runAt(runs: ParagraphRun[], fc: number): ParagraphRun | null {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = runs[mid]!;
    if (fc < r.from) hi = mid - 1;
    else if (fc >= r.to) lo = mid + 1;
    else return r;
  }
  return null;
}

/** The list properties a run sets itself (those it does not set are its style's). */
function definedOf(run: ParagraphRun): ListProps {
  const props: ListProps = {};
  if (run.ilfo !== undefined) props.ilfo = run.ilfo;
  if (run.ilvl !== undefined) props.ilvl = run.ilvl;
  return props;
}

/** A field as word-extractor shows it: `\x13` code `\x14` result `\x15` → the result (innermost first). */
const FIELD = /\x13[^\x13\x14\x15]*\x14?([^\x13\x14\x15]*)\x15/g;
/** Fields nest; past this depth a paragraph is no list item's text anyway. */
const MAX_FIELD_DEPTH = 16;

/**
 * A paragraph's text as word-extractor writes it (filters.js `clean`), up to its first line
 * break: line and page breaks end a line, a field shows its result, and the marks of notes,
 * pictures and objects (\x00–\x08) are dropped.
 */
function visible(raw: string): string {
  let s = raw.replace(/[\x0a\x0b\x0c]/g, '\n');
  for (let depth = 0; depth < MAX_FIELD_DEPTH && s.includes('\x15'); depth++) {
    const next = s.replace(FIELD, '$1');
    if (next === s) break;
    s = next;
  }
  s = s.replace(/[\x00-\x08]/g, '');
  const end = s.indexOf('\n');
  return end < 0 ? s : s.slice(0, end);
}
