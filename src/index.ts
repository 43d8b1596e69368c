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
import { sniff } from './read/sniff.js';
import { composeMaps } from './core/offset-map.js';
import { parseLines } from '../grammar/parser.js';
import { buildNotice } from './document/notice.js';
import { normalise } from './normalise/index.js';
import { SpanMaker } from './core/spans.js';
import type { Finding } from './core/findings.js';
import { NoticeSchema, SCHEMA_VERSION, type Diagnostic, type Notice } from './schema/notice.js';
import { safeParseCounted } from './schema/fast-objects.js';
import { salvage } from './salvage.js';

import { useAgencyIndex } from './normalise/agencies.js';
import type { LoadedGazetteer } from './data/user-gazetteer.js';

export { NoticeSchema, noticeJsonSchema, SCHEMA_VERSION } from './schema/notice.js';
export { loadGazetteerFiles, type LoadedGazetteer } from './data/user-gazetteer.js';
export { DataFileError, type DataProblem } from './data/data-file.js';
/** The agency matcher on its own: every body of the gazetteer a text names, and the fold it compares with. */
export { findAgencies, foldText, type AgencyMention, type FindOptions } from './normalise/agencies.js';

/**
 * Makes a user's gazetteer the one every later parse uses when none is given (null: data/'s own),
 * for a whole process, as the command line does with --gazetteer; worker threads it starts get it too.
 */
export function setDefaultGazetteer(gazetteer: LoadedGazetteer | null): void {
  useAgencyIndex(gazetteer?.index ?? null);
}
export type * from './schema/notice.js';

export interface ParseOptions {
  /** The name reported in `source.name` (a file name, or `-` for standard input). */
  name?: string;
  /** Agencies of the user's own (loadGazetteerFiles) beside those of data/gazetteer. */
  gazetteer?: LoadedGazetteer;
}

export function parseNotice(input: string | Uint8Array, options: ParseOptions = {}): Notice {
  if (!options.gazetteer) return parseDocument(input, options);
  const previous = useAgencyIndex(options.gazetteer.index);
  try {
    return parseDocument(input, options);
  } finally {
    useAgencyIndex(previous);
  }
}

function parseDocument(input: string | Uint8Array, options: ParseOptions): Notice {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const sniffed = typeof input === 'string' ? null : sniff(input);
  // Binary data and old 8-bit encodings are not read as a notice: their text would be noise.
  const decoded = typeof input === 'string' ? decodeString(input) : sniffed?.kind === 'text' ? decode(input) : decodeString('');
  const prepared = prepare(decoded.text);
  const repaired = repairText(prepared.text);
  const toDecoded = composeMaps(prepared.map, decoded.map);
  const spans = new SpanMaker(decoded.source, composeMaps(repaired.map, toDecoded));
  const parsed = parseLines(repaired.text);
  const built = buildNotice(parsed.cst, spans);
  const normalised = normalise(built, spans);
  const findings: Finding[] = [
    ...(sniffed && sniffed.kind !== 'text' ? [unreadable(sniffed.kind, sniffed.looksLike!)] : []),
    ...encodingFindings(decoded),
    ...repairFindings(repaired, toDecoded.toSource(Math.max(0, repaired.first))),
    ...parsed.parseErrors.map((e): Finding => ({ severity: 'error', code: 'grammar', message: e.message, offset: e.offset })),
    ...built.findings,
    ...normalised.findings,
  ];
  const ignore = sniffed !== null && sniffed.kind !== 'text' ? new Set(['not-a-document']) : new Set<string>();
  const kept = findings.filter((f) => !ignore.has(f.code));
  const { findings: _f, sources: _s, preambleSource: _p, closingSource: _c, preambleLines: _l, document, ...parts } = built;
  const notice: Notice = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      name: options.name ?? '-',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      encoding: decoded.encoding,
      layout: prepared.layout,
    },
    document,
    meeting: normalised.meeting,
    ...parts,
    recipients: normalised.recipients,
    directives: normalised.directives,
    references: normalised.references,
    agencies: normalised.agencies,
    diagnostics: kept.map((f) => diagnosticOf(f, spans)).sort((a, b) => a.offset - b.offset),
  };
  const checked = safeParseCounted(NoticeSchema, notice);
  if (checked.success) return checked.data as Notice;
  // A part the builder got wrong must not cost the user the file: keep what validates, say why.
  return salvage(notice, checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
}

function unreadable(kind: 'binary' | 'legacy', looksLike: string): Finding {
  const message =
    kind === 'binary'
      ? `not text: this looks like ${looksLike}`
      : `not UTF-8: this looks like ${looksLike}; convert it to UTF-8 first`;
  return { severity: 'error', code: kind === 'binary' ? 'binary' : 'legacy-encoding', message, offset: 0 };
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
