/**
 * notice-parse as a library: `parseNotice(bytes or text)` → the validated notice of SPEC §2.
 *
 * bytes → decode (encoding, line ends, NFC) → layout pre-pass (unwrap, strip Markdown) → tokens →
 * CST → document → normalised document → zod validation. Each stage is a pure function.
 */
import { createHash } from 'node:crypto';
import { decode, decodeString, type Decoded } from './read/decode.js';
import { prepare } from './read/layout.js';
import { repairText, type Repaired } from './read/repair.js';
import { sniff, type Sniffed } from './read/sniff.js';
import { readLegacy } from './read/legacy/read.js';
import { LEGACY_ENCODINGS, LEGACY_LABEL } from './read/legacy/names.js';
import type { GlyphEncoding } from './read/legacy/glyphs.js';
import { repairGlyphs, type GlyphRepair } from './read/mojibake.js';
import { composeMaps } from './core/offset-map.js';
import { parseLines } from '../grammar/parser.js';
import { buildNotice } from './document/notice.js';
import { normalise } from './normalise/index.js';
import { SpanMaker } from './core/spans.js';
import type { Finding } from './core/findings.js';
import { NoticeSchema, SCHEMA_VERSION, type Diagnostic, type Notice } from './schema/notice.js';
import { safeParseCounted } from './schema/fast-objects.js';
import { salvage } from './salvage.js';

import { findAgencies as findAgenciesIn, foldText as foldWith, useAgencyIndex, type AgencyMention, type FindOptions } from './normalise/agencies.js';
import { loadGazetteerFiles as loadGazetteers, type LoadedGazetteer } from './data/user-gazetteer.js';
import { dropSpans } from './schema/without-spans.js';
import { NoticeParseError, checkOptional, checkOptions, checkText, isPlainObject } from './arguments.js';
import type { WordKind } from './read/word/kind.js';
import { rowsOf, type TaskRow } from './tasks/rows.js';
import { localToday } from './tasks/status.js';
import { dayOf } from './tasks/dates.js';

export { NoticeSchema, noticeJsonSchema, SCHEMA_VERSION } from './schema/notice.js';
export type { LoadedGazetteer } from './data/user-gazetteer.js';
export { DataFileError, type DataProblem } from './data/data-file.js';
export { NoticeParseError } from './arguments.js';
export { WordFileError } from './read/word/error.js';
export type { TaskRow } from './tasks/rows.js';
export { STATUSES as TASK_STATUSES, type Status as TaskStatus } from './tasks/status.js';
export type { WordKind } from './read/word/kind.js';
export type { AgencyMention, FindOptions } from './normalise/agencies.js';
export type * from './schema/notice.js';

// Every public function checks its arguments first and throws NoticeParseError (a TypeError with
// code ERR_NOTICE_PARSE_ARGUMENT) for one it cannot use; given good arguments, none throws but
// loadGazetteerFiles, which rejects with DataFileError for a file that does not fit (README).

export interface ParseOptions {
  /** The name reported in `source.name` (a file name, or `-` for standard input). */
  name?: string;
  /** Agencies of the user's own (loadGazetteerFiles) beside those of data/gazetteer. */
  gazetteer?: LoadedGazetteer;
  /** false: leave every span out of the output (docs/output.md, "Spans"). Default true. */
  spans?: boolean;
  /**
   * The encoding of bytes given, when detection must not decide: `utf-8` (UTF-16 with a BOM is
   * still read as such), `tcvn3`, `vni`, `viscii` or `windows-1258`. Ignored for a string.
   */
  encoding?: InputEncoding;
}

/** What `encoding` may force. */
export const INPUT_ENCODINGS = ['utf-8', ...LEGACY_ENCODINGS] as const;
export type InputEncoding = (typeof INPUT_ENCODINGS)[number];

const PARSE_OPTIONS = ['name', 'gazetteer', 'spans', 'encoding'] as const;

/**
 * The notice in `input` (bytes as read from a file, or a string), validated against NoticeSchema.
 * Never throws on any content, however broken: what is wrong is in `diagnostics`. Throws
 * NoticeParseError when `input` is neither a string nor a Uint8Array (a Buffer is one), or when
 * an option is unknown or of the wrong type.
 */
export function parseNotice(input: string | Uint8Array, options: ParseOptions = {}): Notice {
  checkParseArguments(input, options);
  const notice = parseWithGazetteer(input, options);
  return options.spans === false ? dropSpans(notice) : notice;
}

function checkParseArguments(input: unknown, options: unknown): void {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new NoticeParseError('parseNotice', 'input', 'a string or a Uint8Array (a Buffer); wrap an ArrayBuffer in new Uint8Array()', input);
  }
  const checked = checkOptions('parseNotice', options, PARSE_OPTIONS);
  checkOptional('parseNotice', checked, 'name', 'string');
  checkOptional('parseNotice', checked, 'spans', 'boolean');
  if (checked.encoding !== undefined && !(INPUT_ENCODINGS as readonly unknown[]).includes(checked.encoding)) {
    throw new NoticeParseError('parseNotice', 'options.encoding', `one of ${INPUT_ENCODINGS.join(', ')}`, checked.encoding);
  }
  if (checked.gazetteer !== undefined) checkGazetteer('parseNotice', 'options.gazetteer', checked.gazetteer);
}

/** A gazetteer must be what loadGazetteerFiles resolved to (its agency index is all a parse uses). */
function checkGazetteer(callee: string, argument: string, value: unknown): asserts value is LoadedGazetteer {
  const index = isPlainObject(value) ? value.index : undefined;
  if (index === null || typeof index !== 'object' || !Array.isArray((value as { files?: unknown }).files)) {
    throw new NoticeParseError(callee, argument, 'a gazetteer that loadGazetteerFiles resolved to', value);
  }
}

export interface WordFileOptions extends Omit<ParseOptions, 'encoding'> {
  /** The format the file is named as (`report.doc`: `doc`); the bytes decide in the end. Default `docx`. */
  kind?: WordKind;
}

const WORD_OPTIONS = ['name', 'gazetteer', 'spans', 'kind'] as const;

/**
 * The notice in a Word file (`.docx`, or Word 97-2003 `.doc`), given its bytes: its text is
 * extracted (README, "Old archives") and parsed as parseNotice parses text. `source.extractedFrom`
 * says which format it was; `source.sha256` and `bytes` are the file's, and spans point into the
 * extracted text. Rejects with WordFileError for a file that cannot be read (not a Word file,
 * damaged, password-protected), with NoticeParseError for bad arguments; never for its content.
 */
export async function parseWordFile(bytes: Uint8Array, options: WordFileOptions = {}): Promise<Notice> {
  if (!(bytes instanceof Uint8Array)) throw new NoticeParseError('parseWordFile', 'bytes', 'a Uint8Array (a Buffer) holding the file', bytes);
  const checked = checkOptions('parseWordFile', options, WORD_OPTIONS);
  checkOptional('parseWordFile', checked, 'name', 'string');
  checkOptional('parseWordFile', checked, 'spans', 'boolean');
  if (checked.kind !== undefined && checked.kind !== 'docx' && checked.kind !== 'doc') throw new NoticeParseError('parseWordFile', 'options.kind', 'docx or doc', checked.kind);
  if (checked.gazetteer !== undefined) checkGazetteer('parseWordFile', 'options.gazetteer', checked.gazetteer);
  // Loaded on first use: reading plain text never loads the Word readers.
  const { extractWord } = await import('./read/word/extract.js');
  const extracted = await extractWord(bytes, options.kind ?? 'docx');
  const notice = parseWithGazetteer(extracted.text, options, { bytes, kind: extracted.kind });
  return options.spans === false ? dropSpans(notice) : notice;
}

/** A Word file's own bytes and format, for `source` (the text parsed is what was extracted). */
interface WordSource {
  bytes: Uint8Array;
  kind: WordKind;
}

function parseWithGazetteer(input: string | Uint8Array, options: ParseOptions, word?: WordSource): Notice {
  if (!options.gazetteer) return parseDocument(input, options, word);
  const previous = useAgencyIndex(options.gazetteer.index);
  try {
    return parseDocument(input, options, word);
  } finally {
    useAgencyIndex(previous);
  }
}

function parseDocument(input: string | Uint8Array, options: ParseOptions, word?: WordSource): Notice {
  const bytes = word?.bytes ?? (typeof input === 'string' ? Buffer.from(input, 'utf8') : input);
  const read = readInput(input, options.encoding);
  const { decoded, sniffed } = read;
  // Old fonts' glyph text inside Unicode (`Th«ng b¸o`) becomes letters; spans still point at the glyphs.
  const glyphs = repairGlyphs(decoded.text);
  const prepared = prepare(glyphs.text);
  const repaired = repairText(prepared.text);
  const toDecoded = composeMaps(prepared.map, composeMaps(glyphs.map, decoded.map));
  const spans = new SpanMaker(decoded.source, composeMaps(repaired.map, toDecoded));
  const parsed = parseLines(repaired.text);
  const built = buildNotice(parsed.cst, spans);
  const normalised = normalise(built, spans);
  const findings: Finding[] = [
    ...(sniffed && sniffed.kind === 'binary' ? [unreadable(sniffed.looksLike!)] : []),
    ...read.findings,
    ...encodingFindings(decoded),
    ...glyphFindings(glyphs, decoded.map.toSource(Math.max(0, glyphs.first))),
    ...repairFindings(repaired, toDecoded.toSource(Math.max(0, repaired.first))),
    ...parsed.parseErrors.map((e): Finding => ({ severity: 'error', code: 'grammar', message: e.message, offset: e.offset })),
    ...built.findings,
    ...normalised.findings,
  ];
  const ignore = read.unreadable ? new Set(['not-a-document']) : new Set<string>();
  const kept = findings.filter((f) => !ignore.has(f.code));
  const { findings: _f, sources: _s, preambleSource: _p, closingSource: _c, preambleLines: _l, titleLines: _t, footnoteDrafts: _n, issueDate: _i, document, ...parts } = built;
  const notice: Notice = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      name: options.name ?? '-',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      encoding: decoded.encoding,
      layout: prepared.layout,
      ...(word ? { extractedFrom: word.kind } : {}),
    },
    document,
    meeting: normalised.meeting,
    ...parts,
    recipients: normalised.recipients,
    directives: normalised.directives,
    references: normalised.references,
    dates: normalised.dates,
    agencies: normalised.agencies,
    diagnostics: kept.map((f) => diagnosticOf(f, spans)).sort((a, b) => a.offset - b.offset),
  };
  const checked = safeParseCounted(NoticeSchema, notice);
  if (checked.success) return checked.data as Notice;
  // A part the builder got wrong must not cost the user the file: keep what validates, say why.
  return salvage(notice, checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
}

interface Read {
  decoded: Decoded;
  sniffed: Sniffed | null;
  /** How the bytes were read, when that is worth saying (converted, mixed, refused). */
  findings: Finding[];
  /** Not read as a notice (binary, or no encoding fits): its `not-a-document` goes unsaid. */
  unreadable: boolean;
}

/**
 * Bytes → text: UTF-8 and UTF-16 as they are; bytes that are not (sniff.ts) in the old encoding
 * they fit, or the one `encoding` forces. Binary data is not read: its text would be noise.
 */
function readInput(input: string | Uint8Array, encoding: InputEncoding | undefined): Read {
  if (typeof input === 'string') return { decoded: decodeString(input), sniffed: null, findings: [], unreadable: false };
  const sniffed = sniff(input);
  const empty = decodeString('');
  if (sniffed.kind === 'binary') return { decoded: empty, sniffed, findings: [], unreadable: true };
  const forced = encoding === 'utf-8' ? null : encoding;
  if (forced) return fromLegacy(readLegacy(input, forced), sniffed);
  if (sniffed.kind === 'legacy' && encoding !== 'utf-8') return fromLegacy(readLegacy(input), sniffed);
  return { decoded: decode(input), sniffed, findings: [], unreadable: false };
}

function fromLegacy(legacy: ReturnType<typeof readLegacy>, sniffed: Sniffed): Read {
  const decoded = legacy.decoded ?? decodeString('');
  return { decoded, sniffed, findings: [legacy.finding], unreadable: legacy.decoded === null };
}

function unreadable(looksLike: string): Finding {
  return { severity: 'error', code: 'binary', message: `not text: this looks like ${looksLike}`, offset: 0 };
}

/** One `info` saying which lines of old fonts' glyphs were converted, at the first. */
function glyphFindings(g: GlyphRepair, sourceOffset: number): Finding[] {
  const counts = (Object.entries(g.lines) as [GlyphEncoding, number][]).filter(([, n]) => n > 0);
  if (counts.length === 0) return [];
  const what = counts.map(([e, n]) => `${n} line${n === 1 ? '' : 's'} of ${LEGACY_LABEL[e]} glyphs`).join(', ');
  return [{ severity: 'info', code: 'mojibake', message: `${what} converted to Vietnamese letters (spans point at the glyphs as written)`, offset: 0, sourceOffset }];
}

function encodingFindings(decoded: Decoded): Finding[] {
  return decoded.issues.map((issue) => ({
    severity: 'warning' as const,
    code: 'encoding',
    message: issue.message,
    offset: 0,
    sourceOffset: issue.sourceOffset,
  }));
}

/** One `info` saying how much PDF damage was repaired, at the first repair. */
function repairFindings(r: Repaired, sourceOffset: number): Finding[] {
  if (r.glued + r.spaced === 0) return [];
  const counts = [
    r.glued ? `${r.glued} run${r.glued === 1 ? '' : 's'} of glued syllables split` : '',
    r.spaced ? `${r.spaced} letter-spaced run${r.spaced === 1 ? '' : 's'} joined` : '',
  ].filter(Boolean);
  return [{ severity: 'info', code: 'repair', message: `PDF text repaired: ${counts.join(', ')}`, offset: 0, sourceOffset }];
}

function diagnosticOf(f: Finding, spans: SpanMaker): Diagnostic {
  const offset = f.sourceOffset ?? spans.sourceOffset(Math.max(0, f.offset));
  const pos = spans.position(offset);
  return { severity: f.severity, code: f.code, message: f.message, line: pos.line, column: pos.column, offset: pos.offset };
}

/**
 * A user's gazetteer read from bodies files (YAML or JSON), for ParseOptions.gazetteer and
 * setDefaultGazetteer. Rejects with NoticeParseError when `paths` is not an array of file names,
 * with DataFileError for a file that does not fit the bodies schema (every problem at
 * `file:line:col`), with the file system's error for one that cannot be read.
 */
export async function loadGazetteerFiles(paths: readonly string[]): Promise<LoadedGazetteer> {
  if (!Array.isArray(paths)) throw new NoticeParseError('loadGazetteerFiles', 'paths', "an array of file names (['my-province.yaml'])", paths);
  paths.forEach((path: unknown, k) => {
    if (typeof path !== 'string' || path === '') throw new NoticeParseError('loadGazetteerFiles', `paths[${k}]`, 'a file name', path);
  });
  return loadGazetteers(paths);
}

/**
 * Makes a user's gazetteer the one every later parse uses when none is given (null: data/'s own),
 * for a whole process, as the command line does with --gazetteer; worker threads it starts get it too.
 */
export function setDefaultGazetteer(gazetteer: LoadedGazetteer | null): void {
  if (gazetteer !== null) checkGazetteer('setDefaultGazetteer', 'gazetteer', gazetteer);
  useAgencyIndex(gazetteer?.index ?? null);
}

const FIND_OPTIONS = ['includeGeneric', 'stats'] as const;

/** The agency matcher on its own: every body of the gazetteer that `text` names, in text order. */
export function findAgencies(text: string, options: FindOptions = {}): AgencyMention[] {
  checkText('findAgencies', 'text', text);
  const checked = checkOptions('findAgencies', options, FIND_OPTIONS);
  checkOptional('findAgencies', checked, 'includeGeneric', 'boolean');
  const stats = checked.stats as { steps?: unknown } | undefined;
  if (stats !== undefined && (!isPlainObject(stats) || typeof stats.steps !== 'number')) {
    throw new NoticeParseError('findAgencies', 'options.stats', 'an object with a number `steps` (it receives the count)', stats);
  }
  return findAgenciesIn(text, options);
}

/** `text` folded as findAgencies compares it; the same length, so an offset in one is the same offset in the other. */
export function foldText(text: string): string {
  checkText('foldText', 'text', text);
  return foldWith(text);
}

const TASKS_OPTIONS = ['today', 'includeDecisions'] as const;

export interface TasksOfOptions {
  /** The day a row's status is reckoned against, `YYYY-MM-DD`. Default: today, in local time. */
  today?: string;
  /** Keep the approvals (`kind: decision`) too. Default false: a register tracks tasks. */
  includeDecisions?: boolean;
}

/**
 * The rows of the task register (`notice-parse tasks`) for one notice that parseNotice returned:
 * one per (directive, lead body, deadline), in the order of the text, each with its `due` day and
 * its status against `options.today`. Throws NoticeParseError for a value that is not a parsed
 * notice, an unknown option, or a `today` that is not a day of the calendar.
 */
export function tasksOf(notice: Notice, options: TasksOfOptions = {}): TaskRow[] {
  const n = notice as unknown;
  if (!isPlainObject(n) || !Array.isArray(n.directives) || !Array.isArray(n.agencies) || !isPlainObject(n.document) || !isPlainObject(n.source)) {
    throw new NoticeParseError('tasksOf', 'notice', 'a notice that parseNotice returned', notice);
  }
  const checked = checkOptions('tasksOf', options, TASKS_OPTIONS);
  checkOptional('tasksOf', checked, 'today', 'string');
  checkOptional('tasksOf', checked, 'includeDecisions', 'boolean');
  let today = localToday();
  if (typeof checked.today === 'string') {
    const day = dayOf(checked.today);
    if (typeof day !== 'string') throw new NoticeParseError('tasksOf', 'options.today', 'a day of the calendar, YYYY-MM-DD', checked.today);
    today = day;
  }
  const rows = rowsOf(notice, today, 0);
  return checked.includeDecisions === true ? rows : rows.filter((r) => r.directiveKind !== 'decision');
}
