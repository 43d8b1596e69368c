/**
 * Bytes → text. Detects the encoding, decodes without ever stopping on bad bytes, and produces
 * the text the rest of the pipeline reads (LF line ends, NFC) with an exact map back to the input
 * as read, so every span can point at what the user actually wrote.
 */
import { isUtf8, transcode } from 'node:buffer';
import { SegmentMap, type OffsetMap } from '../core/offset-map.js';
import type { LegacyEncoding } from './legacy/names.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyEncoding;

export interface EncodingIssue {
  /** Offset in the input bytes (a BOM counts) of the first invalid byte. */
  byteOffset: number;
  /** Offset in `source` of the first U+FFFD that stands for it. */
  sourceOffset: number;
  /** Number of U+FFFD characters in `source` for this issue (the byte count is in `message`). */
  length: number;
  message: string;
}

export interface Decoded {
  /** The input as read: decoded, BOM removed, original line ends and Unicode form. */
  source: string;
  /** `source` with CR LF and lone CR turned into LF, then NFC-normalised. */
  text: string;
  /** Offsets in `text` → offsets in `source`. */
  map: OffsetMap;
  encoding: Encoding;
  /** Invalid byte sequences, each replaced by U+FFFD in `source`. */
  issues: EncodingIssue[];
}

const MAX_ISSUES = 100;

export function decode(bytes: Uint8Array): Decoded {
  const { encoding, bomLength } = detectEncoding(bytes);
  const body = bytes.subarray(bomLength);
  const label = encoding === 'utf-8' ? 'UTF-8' : 'UTF-16';
  const issues = new IssueCollector(bytes, bomLength, label);
  const source =
    encoding === 'utf-8' ? decodeUtf8(body, issues) : decodeUtf16(body, encoding === 'utf-16be', issues);
  return { source, ...normalise(source), encoding, issues: issues.finish() };
}

/** Text decoded elsewhere (an old encoding, a Word file): line ends and NFC, with their map. */
export function decodedFrom(source: string, encoding: Encoding): Decoded {
  return { source, ...normalise(source), encoding, issues: [] };
}

/** Valid UTF-8 as a string (ICU's converter when it has one: see decodeUtf8). */
export function utf8Text(bytes: Uint8Array): string {
  return TRANSCODE ? transcode(bytes, 'utf8', 'ucs2').toString('ucs2') : UTF8.decode(bytes);
}

/** For callers that already hold a string (a leading U+FEFF is a BOM that survived reading). */
export function decodeString(s: string): Decoded {
  const source = s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  return { source, ...normalise(source), encoding: 'utf-8', issues: [] };
}

// ---------------------------------------------------------------------------------------------
// Encoding detection

function detectEncoding(b: Uint8Array): { encoding: Encoding; bomLength: number } {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: sniffUtf16(b) ?? 'utf-8', bomLength: 0 };
}

const SNIFF_BYTES = 4096;

/**
 * UTF-16 without a BOM, only when unmistakable: in real UTF-8 text NUL bytes do not occur, while
 * UTF-16 Vietnamese is mostly ASCII/Latin-1 code units, i.e. a NUL in every high byte. Require
 * that on one side and almost no NULs on the other (binary data has NULs everywhere).
 */
function sniffUtf16(b: Uint8Array): Encoding | null {
  const n = Math.min(b.length, SNIFF_BYTES) & ~1;
  if (n < 8 || !hasNul(b, n)) return null; // no code unit with a NUL byte: nothing like UTF-16
  if (looksLikeUtf16(b, n, 1)) return 'utf-16le';
  if (looksLikeUtf16(b, n, 0)) return 'utf-16be';
  return null;
}

function looksLikeUtf16(b: Uint8Array, n: number, high: number): boolean {
  let latin = 0;
  let lowNul = 0;
  for (let i = 0; i < n; i += 2) {
    const lo = b[i + 1 - high]!;
    if (lo === 0) lowNul++;
    else if (b[i + high] === 0 && isTextByte(lo)) latin++;
  }
  const units = n / 2;
  return latin * 5 >= units * 2 && lowNul * 100 <= units;
}

/** A NUL in the first `n` bytes (a native search: most files have none). */
function hasNul(b: Uint8Array, n: number): boolean {
  return Buffer.from(b.buffer, b.byteOffset, n).indexOf(0) >= 0;
}

/** Tab, LF, CR, printable ASCII and printable Latin-1: what U+0000–U+00FF text is made of. */
function isTextByte(c: number): boolean {
  return c === 9 || c === 10 || c === 13 || (c >= 0x20 && c < 0x7f) || c >= 0xa0;
}

// ---------------------------------------------------------------------------------------------
// Decoding

// ignoreBOM keeps a second BOM as U+FEFF: the first one is cut off before decoding.
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });
const UTF16LE = new TextDecoder('utf-16le', { ignoreBOM: true });
const UTF16BE = tryDecoder('utf-16be');

/** Node built without ICU has no `transcode`. */
const TRANSCODE = canTranscode();

function canTranscode(): boolean {
  try {
    return transcode(new Uint8Array([0xc3, 0xa1]), 'utf8', 'ucs2').toString('ucs2') === '\u00e1';
  } catch {
    return false;
  }
}

/** Node built without full ICU has no UTF-16BE decoder; we then swap bytes ourselves. */
function tryDecoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label, { ignoreBOM: true });
  } catch {
    return null;
  }
}

/**
 * The native decoder is fast; we only walk the bytes when it had to replace something. Valid
 * UTF-8 (the usual case, checked natively) goes through ICU's converter, about twice as fast as
 * TextDecoder for Vietnamese text and the same string.
 */
function decodeUtf8(body: Uint8Array, issues: IssueCollector): string {
  if (TRANSCODE && isUtf8(body)) return transcode(body, 'utf8', 'ucs2').toString('ucs2');
  const s = UTF8.decode(body);
  if (s.includes('\uFFFD')) scanUtf8(body, issues);
  return s;
}

/**
 * Finds the maximal invalid subparts exactly as the WHATWG decoder (and so TextDecoder) does,
 * each being one U+FFFD. A valid EF BF BD (a literal U+FFFD) is just a valid sequence here.
 */
function scanUtf8(b: Uint8Array, issues: IssueCollector): void {
  let char = 0;
  for (let i = 0; i < b.length; ) {
    if (b[i]! < 0x80) {
      i++;
      char++;
      continue;
    }
    const len = utf8SequenceLength(b, i);
    if (len > 0) {
      i += len;
      char += len === 4 ? 2 : 1; // a 4-byte sequence is a surrogate pair in the string
    } else {
      issues.add(i, -len, char, 1);
      i -= len;
      char++;
    }
  }
}

/** Length of the valid sequence at `i`, or minus the length of the invalid subpart there. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const lead = b[i]!;
  // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
  let lo = 0x80;
  let hi = 0xbf;
  let need: number;
  if (lead >= 0xc2 && lead <= 0xdf) need = 1;
  else if (lead >= 0xe0 && lead <= 0xef) {
    need = 2;
    if (lead === 0xe0) lo = 0xa0;
    else if (lead === 0xed) hi = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    need = 3;
    if (lead === 0xf0) lo = 0x90;
    else if (lead === 0xf4) hi = 0x8f;
  } else return -1;
  for (let k = 1; k <= need; k++) {
    const c = b[i + k];
    if (c === undefined || c < lo || c > hi) return -k;
    lo = 0x80;
    hi = 0xbf;
  }
  return need + 1;
}

function decodeUtf16(body: Uint8Array, bigEndian: boolean, issues: IssueCollector): string {
  const s = bigEndian ? decodeUtf16be(body) : UTF16LE.decode(body);
  if (s.includes('\uFFFD')) scanUtf16(body, bigEndian, s, issues);
  return s;
}

function decodeUtf16be(body: Uint8Array): string {
  if (UTF16BE) return UTF16BE.decode(body);
  const swapped = new Uint8Array(body.length);
  const even = body.length & ~1;
  for (let i = 0; i < even; i++) swapped[i] = body[i ^ 1]!;
  if (even < body.length) swapped[even] = body[even]!; // a stray last byte stays a stray
  return UTF16LE.decode(swapped);
}

/**
 * Every code unit gives one character (a lone surrogate becomes one U+FFFD), so U+FFFD at index
 * `i` came from bytes 2i–2i+1, except that the last one may also swallow a stray odd byte.
 */
function scanUtf16(b: Uint8Array, bigEndian: boolean, s: string, issues: IssueCollector): void {
  for (let i = s.indexOf('\uFFFD'); i >= 0; i = s.indexOf('\uFFFD', i + 1)) {
    const at = 2 * i;
    const whole = at + 1 < b.length;
    const unit = whole ? (bigEndian ? (b[at]! << 8) | b[at + 1]! : b[at]! | (b[at + 1]! << 8)) : -1;
    if (unit === 0xfffd) continue; // a literal U+FFFD in the file
    issues.add(at, i === s.length - 1 ? b.length - at : 2, i, 1);
  }
}

/**
 * Merges adjacent invalid bytes into one issue and lists at most MAX_ISSUES; past that, one last
 * issue (at the first one not listed) says how many more there were, so a binary file cannot
 * flood the diagnostics.
 */
class IssueCollector {
  private readonly list: EncodingIssue[] = [];
  private open: EncodingIssue | null = null;
  private openBytes = 0;
  private omitted = 0;
  private firstOmitted: EncodingIssue | null = null;

  /** `base` is the BOM length: callers give offsets in the body, issues report file offsets. */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly base: number,
    private readonly label: string,
  ) {}

  add(bodyOffset: number, byteLength: number, sourceOffset: number, chars: number): void {
    const byteOffset = this.base + bodyOffset;
    const open = this.open;
    if (open && open.byteOffset + this.openBytes === byteOffset) {
      this.openBytes += byteLength;
      open.length += chars;
      return;
    }
    this.close();
    this.open = { byteOffset, sourceOffset, length: chars, message: '' };
    this.openBytes = byteLength;
  }

  finish(): EncodingIssue[] {
    this.close();
    const first = this.firstOmitted;
    if (first) {
      const more = `${this.omitted} more invalid ${this.label} byte sequence${this.omitted > 1 ? 's' : ''}`;
      this.list.push({ ...first, message: `${more} not listed, the first at byte ${first.byteOffset}` });
    }
    return this.list;
  }

  private close(): void {
    const open = this.open;
    if (!open) return;
    this.open = null;
    if (this.list.length < MAX_ISSUES) {
      open.message = this.describe(open.byteOffset, this.openBytes);
      this.list.push(open);
    } else if (this.omitted++ === 0) this.firstOmitted = open;
  }

  private describe(offset: number, length: number): string {
    const shown = Array.from(this.bytes.subarray(offset, offset + Math.min(length, 8)), hex).join(' ');
    const more = length > 8 ? ' …' : '';
    const plural = length > 1 ? 's' : '';
    const what = `${length} byte${plural} (${shown}${more})`;
    return `invalid ${this.label} at byte ${offset}: ${what} replaced by U+FFFD`;
  }
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}

// ---------------------------------------------------------------------------------------------
// Line ends and NFC

/**
 * Characters that may change, or join the character before them, under NFC: combining marks,
 * Hangul medial/final jamo, and the one Kirat Rai vowel that composes although it is a letter
 * (tests/decode.test.ts checks every canonical decomposition of the running Unicode version,
 * 17 at the time of writing, so a Node upgrade that adds one fails there). Every other character starts
 * a cluster that normalises on its own exactly as it does in place. Below U+0300 nothing changes.
 */
const CONTINUATION = /[\p{M}\u1160-\u11FF\uD7B0-\uD7FF\u{16D67}]/uy;

/** In a chunk that is not clean: line breaks, a character with its marks, anything ≥ U+0300. */
const SUSPECT = /\r\n?|[^\r]?[\p{M}\u1160-\u11FF\uD7B0-\uD7FF\u{16D67}]+|[^\x00-\u02FF]/gu;
const CR = /\r\n?/g;

/** Small enough that a stray NFD letter only costs a walk of its neighbourhood. */
const CHUNK = 4096;

function normalise(source: string): { text: string; map: SegmentMap } {
  const map = new SegmentMap();
  if (!source.includes('\r') && isNfc(source)) {
    map.copy(0, source.length);
    return { text: source, map: map.finish(source.length) };
  }
  const out: string[] = [];
  for (let start = 0; start < source.length; ) {
    const end = chunkEnd(source, start);
    const chunk = source.slice(start, end);
    out.push(rewrite(chunk, start, isNfc(chunk) ? CR : SUSPECT, map));
    start = end;
  }
  return { text: out.join(''), map: map.finish(source.length) };
}

function isNfc(s: string): boolean {
  return s.normalize('NFC') === s;
}

/** Never split a CR LF, a surrogate pair or a letter from its marks. */
function chunkEnd(s: string, start: number): number {
  let end = Math.min(start + CHUNK, s.length);
  while (end < s.length && !isClusterStart(s, end)) end++;
  return end;
}

function isClusterStart(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c === 0x0a) return s.charCodeAt(i - 1) !== 0x0d;
  if (c < 0x300) return true;
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  CONTINUATION.lastIndex = i;
  return !CONTINUATION.test(s);
}

/**
 * Copies the chunk, replacing each match of `pattern` that changes: a CR LF becomes one atomic
 * LF, a lone CR maps one-to-one, a cluster becomes its NFC as one atomic run.
 */
function rewrite(chunk: string, start: number, pattern: RegExp, map: SegmentMap): string {
  const parts: string[] = [];
  let from = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(chunk); m; m = pattern.exec(chunk)) {
    const unit = m[0];
    const out = unit.charCodeAt(0) === 0x0d ? '\n' : unit.normalize('NFC');
    if (out === unit) continue;
    map.copy(start + from, m.index - from);
    parts.push(chunk.slice(from, m.index), out);
    if (unit === '\r') map.copy(start + m.index, 1);
    else map.replace(start + m.index, unit.length, out.length);
    from = m.index + unit.length;
  }
  map.copy(start + from, chunk.length - from);
  parts.push(chunk.slice(from));
  return parts.join('');
}
