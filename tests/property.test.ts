/**
 * Property-based tests (fast-check): whatever the input, `parseNotice` never throws, returns a
 * notice that passes `NoticeSchema`, gives spans that lie inside the decoded input (with line and
 * column agreeing with the offset), and gives the same output twice. Mutations of the five real
 * notices in fixtures/ must keep what they do not touch.
 *
 * The default run generates 14,150 cases from a fixed seed, so CI is reproducible;
 * a failure prints the seed and the shrunk counterexample. `FUZZ_RUNS=10` multiplies every
 * property's number of runs (and its time limit); `FUZZ_SEED=<n>` replays a seed, and
 * `FUZZ_SEED=random` draws a fresh one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NoticeSchema, parseNotice, type Notice } from '../src/index.js';
import { decode, decodeString } from '../src/read/decode.js';
import { readLegacy } from '../src/read/legacy/read.js';
import { sniff } from '../src/read/sniff.js';
import { fixtureFile, outline, type Outline } from './helpers.js';

// ---------------------------------------------------------------------------------------------
// Budget

const FACTOR = Math.max(1, Number(process.env.FUZZ_RUNS ?? '1') || 1);
const SEED =
  process.env.FUZZ_SEED === 'random'
    ? Date.now() ^ (Math.random() * 0x100000000)
    : Number(process.env.FUZZ_SEED ?? '20240613') | 0;

/** Runs of each property in the default run. */
const RUNS = {
  soup: 4000,
  anyString: 3000,
  anyBytes: 2000,
  soupBytes: 1200,
  large: 60,
  stringVsBytes: 800,
  interleaved: 400,
  encodings: 10,
  lines: 450,
  truncation: 400,
  markdown: 400,
  invalidBytes: 300,
  lineEnds: 150,
  nfd: 150,
  toneMarks: 250,
  bullets000: 60,
  entries001: 60,
  entries004: 60,
  headerDates: 400,
} as const;
const TOTAL = Object.values(RUNS).reduce((a, b) => a + b, 0);

function settings<T>(runs: number): fc.Parameters<T> {
  return { seed: SEED, numRuns: Math.ceil(runs * FACTOR) };
}
/** Time limit of a test: generous for the default run, scaled with FUZZ_RUNS. */
const LIMIT = 60_000 * FACTOR;

// ---------------------------------------------------------------------------------------------
// What must hold of any output

/** Where each line of `source` starts: CR LF, lone CR and LF end a line. */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line and column of `offset`, given the line starts. */
function positionOf(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

interface Pos {
  line: number;
  column: number;
  offset: number;
}

function isPos(x: unknown): x is Pos {
  if (typeof x !== 'object' || x === null) return false;
  const p = x as Record<string, unknown>;
  return typeof p.line === 'number' && typeof p.column === 'number' && typeof p.offset === 'number';
}

/** Every position in the notice (span starts and ends, diagnostics), with where it was found. */
function positions(n: Notice): { where: string; start: Pos; end: Pos }[] {
  const out: { where: string; start: Pos; end: Pos }[] = [];
  const visit = (x: unknown, where: string) => {
    if (Array.isArray(x)) x.forEach((e, i) => visit(e, `${where}[${i}]`));
    else if (typeof x === 'object' && x !== null) {
      const o = x as Record<string, unknown>;
      if (isPos(o.start) && isPos(o.end)) out.push({ where, start: o.start, end: o.end });
      for (const [k, v] of Object.entries(o)) visit(v, `${where}.${k}`);
    }
  };
  visit(n, '$');
  n.diagnostics.forEach((d, i) => out.push({ where: `$.diagnostics[${i}]`, start: d, end: d }));
  return out;
}

/** Everything but the input's identity (name, hash, size, encoding). */
function content(n: Notice): Omit<Notice, 'source'> & { layout: string } {
  const { source, ...rest } = n;
  return { ...rest, layout: source.layout };
}

/** The source the spans index into: the input as read (decoded, BOM removed). */
/** The text spans point into: the input decoded, or converted from an old encoding (src/index.ts, readInput). */
function sourceOf(input: string | Uint8Array): string {
  if (typeof input === 'string') return decodeString(input).source;
  const sniffed = sniff(input);
  if (sniffed.kind === 'binary') return '';
  return sniffed.kind === 'legacy' ? (readLegacy(input).decoded?.source ?? '') : decode(input).source;
}

/** Start offsets of the items, depth first: the order they are written in. */
function itemStarts(items: Notice['items']): number[] {
  return items.flatMap((i) => [i.span.start.offset, ...itemStarts(i.children)]);
}

function nonDecreasing(xs: number[]): boolean {
  return xs.every((x, i) => i === 0 || xs[i - 1]! <= x);
}

/** A generous limit for one parse of the small inputs generated here (they take a few ms). */
const SLOW_MS = 3_000;

/**
 * Parse `input` and check everything that must hold of any output. Returns the notice.
 * With `twice`, parse again and require deep equality (determinism).
 */
function check(input: string | Uint8Array, twice = true): Notice {
  const t0 = performance.now();
  const n = parseNotice(input, { name: 'fuzz' });
  const ms = performance.now() - t0;
  if (ms > SLOW_MS) throw new Error(`one parse of ${input.length} units took ${ms.toFixed(0)} ms`);
  NoticeSchema.parse(n);
  // Output that failed validation comes back salvaged with an `internal` error: a bug, always.
  const internal = n.diagnostics.find((d) => d.code === 'internal');
  if (internal) throw new Error(`internal error: ${internal.message}`);
  // The output is plain data: it survives a JSON round trip unchanged (no undefined, NaN, cycles).
  expect(JSON.parse(JSON.stringify(n))).toEqual(n);
  const source = sourceOf(input);
  const bound = source.length;
  const starts = lineStarts(source);
  for (const { where, start, end } of positions(n)) {
    const ok =
      start.offset >= 0 &&
      start.offset <= end.offset &&
      end.offset <= bound &&
      start.line >= 1 &&
      start.column >= 1 &&
      end.line >= 1 &&
      end.column >= 1;
    if (!ok) throw new Error(`${where}: span ${JSON.stringify({ start, end })} outside the input (length ${bound})`);
    for (const p of [start, end]) {
      const expected = positionOf(starts, p.offset);
      if (expected.line !== p.line || expected.column !== p.column) {
        throw new Error(`${where}: offset ${p.offset} is at ${expected.line}:${expected.column}, not ${p.line}:${p.column}`);
      }
    }
  }
  // Parts come in the order they are written; diagnostics are sorted by offset.
  expect(nonDecreasing(itemStarts(n.items)), 'items in text order').toBe(true);
  expect(nonDecreasing(n.recipients.map((r) => r.span.start.offset)), 'recipients in text order').toBe(true);
  expect(nonDecreasing(n.diagnostics.map((d) => d.offset)), 'diagnostics sorted').toBe(true);
  // An encoding warning points at the replacement character that stands for the bad bytes.
  if (typeof input !== 'string' && sniff(input).kind === 'text') {
    for (const d of n.diagnostics.filter((x) => x.code === 'encoding')) {
      expect(source[d.offset], `encoding warning at ${d.offset}: ${d.message}`).toBe('\uFFFD');
    }
  }
  if (twice) expect(parseNotice(input, { name: 'fuzz' })).toEqual(n);
  return n;
}

// ---------------------------------------------------------------------------------------------
// Generators

const VIETNAMESE = [
  'Tỉnh ủy', 'Tỉnh uỷ', 'Ủy ban nhân dân tỉnh', 'Uỷ ban nhân dân huyện Trà Cú', 'Sở Y tế', 'Sở Tài chính',
  'Ban Thường vụ Tỉnh ủy', 'Thường trực Tỉnh ủy', 'các huyện, thị xã, thành phố', 'Các sở: Y tế, Tài chính,',
  'Ban cán sự đảng', 'Văn phòng Tỉnh ủy thông báo', 'đồng chí Ngô Chí Cường,', 'Ủy viên Ban Chấp hành Trung ương Đảng,',
  'Bí thư Tỉnh ủy kết luận', 'chủ trì', 'tham dự có đồng chí Lê Huyền', 'Giao', 'Đề nghị', 'Yêu cầu', 'phối hợp với',
  'báo cáo', 'trình', 'xây dựng kế hoạch', 'thường xuyên', 'tiếp tục', 'thực hiện', 'ngày 02/12/2021', 'Ngày 29/11/2021,',
  'trước ngày 15/12', 'đến ngày 31/12/2022', 'trong quý I/2022', 'trong thời hạn 10 ngày kể từ ngày ký', 'chiều thứ hai (06/12/2021)',
  'lúc 14 giờ 30', 'tháng 8 năm 2025', 'Quyết định số 2771/QĐ-UBND', 'Nghị quyết 68/NQ-CP', 'Quy định số 29-QĐ/TW ngày 25/7/2016',
  'của Ủy ban nhân dân tỉnh về việc', 'Covid-19', 'hóa', 'hoá', 'khỏe', 'khoẻ', 'phòng, chống dịch', 'kinh tế - xã hội',
  'Trên đây là', 'Nhận được thông báo này', './.', '(b/c)', '(để biết)', 'Lưu Văn phòng Tỉnh ủy.', 'đ/c', 'Đ/c',
];
const CAPS = [
  'THÔNG BÁO', 'KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY', 'CÔNG VĂN', 'NGHỊ QUYẾT', 'T/M BAN THƯỜNG VỤ', 'K/T CHÁNH VĂN PHÒNG',
  'TL. CHỦ TỊCH KT. CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG Nguyễn Văn A', 'TM.', 'Q.', 'CHÁNH VĂN PHÒNG', 'BÍ THƯ',
  'PHÓ CHÁNH VĂN PHÒNG', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
  'TỈNH ỦY BẾN TRE', 'ĐẢNG BỘ TỈNH TRÀ VINH', 'Số 123-TB/TU', 'Số: 45/TB-VPUBND', 'Số      -TB/ĐU', 'SỐ:', 'KHẨN', 'HỎA TỐC',
  'Bến Tre, ngày 21 tháng 11 năm 2022', 'Hà Nội, ngày   tháng 8 năm 2025', 'Nơi nhận:', 'Nơi nhận', 'NƠI NHẬN :', 'Kính gửi:',
  'về công tác phòng, chống dịch', 'V/v', 'tại Hội nghị', 'Nguyễn Đức Thanh', 'Trần Thanh Bình', 'TTH', 'VT-25b', 'NVA(15b)',
  '12-08-2021 16:05:11 +07:00', 'Trang 2', '- 2 -', '-----', '*', '***', '===',
];
const MARKERS = [
  '1. ', '2. ', '3.', '2.1. ', '2.1 ', '1.1.1.1.1.1. ', '1.1.1.1.1.1.1.1. ', '99. ', '100. ', '0. ', '12.500 ', '2021. ', '1) ',
  'I. ', 'II- ', 'IV) ', 'IIII. ', 'VX. ', 'L. ', 'a) ', 'b. ', 'đ) ', 'f) ', '- ', '-', '+ ', '• ', '* ', '– ', '— ', '· ',
  '● ', '-Sở ', '- - ', '1.-', ')', '.', '/',
];
const MARKDOWN = ['**', '*', '***', '_', '__', '#', '## ', '###### ', '| ', '|', ' | ', '|---|---|', '> ', '\\', '\\*', '<br>', '<br/>', '  ', '`'];
const CONTROL = [
  '\t', '\r', '\r\n', '\n', '\n\n', '\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f', '\u0085',
  '\u00a0', '\u00ad', '\u200b', '\u2028', '\u2029', '\ufeff', '\ufffd', '\u202f', '\u2002',
];
const COMBINING = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323', 'o\u0302\u0301', 'U\u031b\u0309', 'a\u0306\u0300', 'e\u0302\u0323', '\u1160', '\u11a8', '\u0345'];
const SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d\ude00', '\ud83d', 'a\udc00b', '𝕏'];
const DIGITS = ['2021', '12/2021', '1/1/1/1', '123456789', '1.', '1.1.', '0', '00', '9999', '02-12-2021', '13.8.2021', '17:30', '1/', '/1'];

const pick = (xs: string[]) => fc.constantFrom(...xs);

/** One piece of a line: mostly words, sometimes anything. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: pick(VIETNAMESE) },
  { weight: 3, arbitrary: pick(CAPS) },
  { weight: 2, arbitrary: pick(MARKERS) },
  { weight: 2, arbitrary: pick(MARKDOWN) },
  { weight: 2, arbitrary: pick(CONTROL) },
  { weight: 1, arbitrary: pick(COMBINING) },
  { weight: 1, arbitrary: pick(SURROGATES) },
  { weight: 2, arbitrary: pick(DIGITS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom(' ', '  ', '    ', '\t', ',', ';', ':', '(', ')', '“', '”', '"') },
);

const lineEnd = fc.constantFrom('\n', '\n', '\n', ' \n\n', '\n\n', '\r\n', '\r', '  \n', '\n \n');

/** A line: an optional marker or line-start, then pieces joined by spaces (or glued). */
const line: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(fc.oneof(pick(MARKERS), pick(MARKDOWN), pick(CAPS)), { nil: '' }),
    fc.array(piece, { maxLength: 10 }),
    fc.boolean(),
    lineEnd,
  )
  .map(([head, parts, glued, end]) => head + parts.join(glued ? '' : ' ') + end);

/** A document-like soup of lines. */
function soup(maxLines: number): fc.Arbitrary<string> {
  return fc.array(line, { maxLength: maxLines }).map((lines) => lines.join(''));
}

/** Any string, with full Unicode, lone surrogates and control characters. */
const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 }),
  fc.string({ unit: fc.oneof(pick([...CONTROL, ...MARKDOWN, ...MARKERS, ...SURROGATES, ...COMBINING]), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })), maxLength: 200 }),
);

/** Encode text as UTF-8 or UTF-16 (either order, with or without a BOM). */
function encode(text: string, how: number): Uint8Array {
  const utf8 = Buffer.from(text, 'utf8');
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le);
  be.swap16();
  switch (how) {
    case 0:
      return utf8;
    case 1:
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    case 2:
      return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
    case 3:
      return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
    case 4:
      return le;
    default:
      return be;
  }
}

const MAGIC = [
  [0x89, 0x50, 0x4e, 0x47], [0xff, 0xd8, 0xff], [0x25, 0x50, 0x44, 0x46], [0x50, 0x4b, 0x03, 0x04], [0x1f, 0x8b],
  [0x7b, 0x5c, 0x72, 0x74, 0x66], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf],
];

/** Soup as bytes in some encoding, with some bytes overwritten or inserted, maybe a magic prefix. */
const soupBytes: fc.Arbitrary<Uint8Array> = fc
  .tuple(
    soup(30),
    fc.integer({ min: 0, max: 5 }),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.boolean()), { maxLength: 8 }),
    fc.option(fc.constantFrom(...MAGIC), { nil: null }),
  )
  .map(([text, how, edits, magic]) => {
    const bytes = Array.from(encode(text, how));
    for (const [at, byte, insert] of edits) {
      const i = bytes.length === 0 ? 0 : at % (bytes.length + (insert ? 1 : 0));
      if (insert) bytes.splice(i, 0, byte);
      else if (bytes.length > 0) bytes[i] = byte;
    }
    return Uint8Array.from(magic ? [...magic, ...bytes] : bytes);
  });

// ---------------------------------------------------------------------------------------------
// Any input

describe('any input', () => {
  it('a document-like soup of lines (markers, Markdown, controls, surrogates, CR) parses cleanly', () => {
    fc.assert(fc.property(soup(25), (s) => void check(s)), settings(RUNS.soup));
  }, LIMIT);

  it('any string parses cleanly', () => {
    fc.assert(fc.property(anyString, (s) => void check(s)), settings(RUNS.anyString));
  }, LIMIT);

  it('any bytes parse cleanly', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 600 }),
      fc.uint8Array({ minLength: 2000, maxLength: 8000 }),
      fc.uint8Array({ min: 0x80, max: 0xff, maxLength: 400 }),
      fc.array(fc.constantFrom(0x00, 0x0a, 0x0d, 0x20, 0x2d, 0x31, 0x2e, 0xc3, 0xe1, 0xbb, 0xa6, 0x80, 0xff, 0xfe), { maxLength: 400 }).map((a) => Uint8Array.from(a)),
    );
    fc.assert(fc.property(bytes, (b) => void check(b)), settings(RUNS.anyBytes));
  }, LIMIT);

  it('soup encoded as UTF-8 or UTF-16, with broken bytes and magic numbers, parses cleanly', () => {
    fc.assert(fc.property(soupBytes, (b) => void check(b)), settings(RUNS.soupBytes));
  }, LIMIT);

  it('large inputs parse cleanly', () => {
    // Several hundred lines, up to a few tens of KB, as a string and as bytes.
    fc.assert(
      fc.property(soup(400), fc.integer({ min: 0, max: 5 }), (s, how) => {
        check(s, false);
        check(encode(s, how), false);
      }),
      settings(RUNS.large),
    );
  }, LIMIT);

  it('a string and its UTF-8 or UTF-16 bytes give the same notice', () => {
    // Strings the byte reader takes as text: well-formed, no NUL or other C0 controls.
    const text = soup(20)
      .map((s) => s.replace(/[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/g, ''))
      .filter((s) => s.isWellFormed());
    fc.assert(
      fc.property(text, fc.constantFrom(0, 1, 2, 3), (s, how) => {
        // A string's leading U+FEFF is its BOM: encoded with a BOM of its own it has only one.
        const bytes = encode(how === 0 ? s : s.replace(/^\uFEFF/, ''), how);
        if (sniff(bytes).kind !== 'text') return; // `%PDF…`, `PK…`: not read as a notice
        const fromBytes = parseNotice(bytes, { name: 'fuzz' });
        const fromString = parseNotice(s, { name: 'fuzz' });
        if (how === 0) expect(fromBytes).toEqual(fromString);
        else expect(content(fromBytes)).toEqual(content(fromString));
      }),
      settings(RUNS.stringVsBytes),
    );
  }, LIMIT);

  it('parsing another input in between changes nothing (no state leaks between parses)', () => {
    fc.assert(
      fc.property(soup(15), soup(15), (a, b) => {
        const first = parseNotice(a, { name: 'fuzz' });
        parseNotice(b, { name: 'fuzz' });
        parseNotice(Buffer.from(b), { name: 'fuzz' });
        expect(parseNotice(a, { name: 'fuzz' })).toEqual(first);
      }),
      settings(RUNS.interleaved),
    );
  }, LIMIT);
});

// ---------------------------------------------------------------------------------------------
// Mutations of the five real notices

const PREFIXES = ['000', '001', '002', '003', '004'];
const TEXT = new Map(PREFIXES.map((p) => [p, readFileSync(fixtureFile(p), 'utf8')]));
const text = (p: string) => TEXT.get(p)!;
const BASE = new Map(PREFIXES.map((p) => [p, parseNotice(Buffer.from(text(p)), { name: 'fuzz' })]));
const base = (p: string) => BASE.get(p)!;

const fixture = fc.constantFrom(...PREFIXES);

/** A copy of `x` with every span and diagnostic position reduced to the fields kept. */
function positionsAs(x: unknown, keep: (p: Pos) => Partial<Pos>): unknown {
  if (Array.isArray(x)) return x.map((e) => positionsAs(e, keep));
  if (typeof x !== 'object' || x === null) return x;
  if (isPos(x)) {
    const { line, column, offset, ...rest } = x as Pos & Record<string, unknown>;
    return { ...(positionsAs(rest, keep) as object), ...keep({ line, column, offset }) };
  }
  return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, positionsAs(v, keep)]));
}

describe('mutations of the samples', () => {
  it('lines deleted, duplicated or swapped', () => {
    const edit = fc.tuple(fc.constantFrom('delete', 'duplicate', 'swap'), fc.nat(), fc.nat());
    fc.assert(
      fc.property(fixture, fc.array(edit, { minLength: 1, maxLength: 6 }), (p, edits) => {
        const lines = text(p).split('\n');
        for (const [op, a, b] of edits) {
          const i = a % lines.length;
          const j = b % lines.length;
          if (op === 'delete') lines.splice(i, 1);
          else if (op === 'duplicate') lines.splice(i, 0, lines[i]!);
          else [lines[i], lines[j]] = [lines[j]!, lines[i]!];
          if (lines.length === 0) lines.push('');
        }
        check(lines.join('\n'), false);
      }),
      settings(RUNS.lines),
    );
  }, LIMIT);

  it('truncation at any byte', () => {
    fc.assert(
      fc.property(fixture, fc.nat(), (p, at) => {
        const bytes = Buffer.from(text(p));
        check(bytes.subarray(0, at % (bytes.length + 1)), false);
      }),
      settings(RUNS.truncation),
    );
  }, LIMIT);

  it('Markdown markers inserted anywhere', () => {
    const marks = fc.array(fc.tuple(fc.nat(), fc.constantFrom('**', '*', '#', '|', '## ', '\n|', '| ', '\n# ', '***', '_', '\\')), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(fixture, marks, (p, inserts) => {
        let s = text(p);
        for (const [at, mark] of inserts) {
          const i = at % (s.length + 1);
          s = s.slice(0, i) + mark + s.slice(i);
        }
        check(s, false);
      }),
      settings(RUNS.markdown),
    );
  }, LIMIT);

  it('invalid UTF-8 bytes inserted: a warning, never an exception', () => {
    // Bytes that can never be part of valid UTF-8 here: any of them leaves an invalid sequence.
    const bad = fc.oneof(fc.integer({ min: 0x80, max: 0xc1 }), fc.integer({ min: 0xf5, max: 0xff }));
    fc.assert(
      fc.property(fixture, fc.array(fc.tuple(fc.nat(), bad), { minLength: 1, maxLength: 20 }), (p, inserts) => {
        const bytes = Array.from(Buffer.from(text(p)));
        for (const [at, byte] of inserts) bytes.splice(2 + (at % (bytes.length - 1)), 0, byte);
        const n = check(Uint8Array.from(bytes), false);
        expect(n.source.encoding).toBe('utf-8');
        expect(n.diagnostics.some((d) => d.code === 'encoding')).toBe(true);
      }),
      settings(RUNS.invalidBytes),
    );
  }, LIMIT);

  it('CR LF and lone CR line ends: the same notice, at the same lines and columns', () => {
    fc.assert(
      fc.property(fixture, fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1 }), (p, ends) => {
        const s = text(p);
        let out = '';
        let k = 0;
        for (let i = 0; i < s.length; i++) {
          if (s[i] !== '\n') {
            out += s[i];
            continue;
          }
          let end = ends[k++ % ends.length]!;
          // A lone CR right before the next line's LF would make one CR LF of two line ends.
          if (end === '\r' && s[i + 1] === '\n') end = '\r\n';
          out += end;
        }
        const n = check(out, false);
        const lineColumn = ({ line, column }: Pos) => ({ line, column });
        expect(positionsAs(content(n), lineColumn)).toEqual(positionsAs(content(base(p)), lineColumn));
      }),
      settings(RUNS.lineEnds),
    );
  }, LIMIT);

  it('NFD, in whole or in part: the same notice, on the same lines', () => {
    fc.assert(
      fc.property(fixture, fc.array(fc.nat(), { maxLength: 8 }), fc.boolean(), (p, cuts, whole) => {
        const s = text(p);
        let out: string;
        if (whole) out = s.normalize('NFD');
        else {
          const at = [...new Set(cuts.map((c) => c % (s.length + 1)))].sort((a, b) => a - b);
          out = '';
          let from = 0;
          at.push(s.length);
          at.forEach((to, k) => {
            const part = s.slice(from, to);
            out += k % 2 === 0 ? part.normalize('NFD') : part;
            from = to;
          });
        }
        const n = check(out, false);
        const lineOnly = ({ line }: Pos) => ({ line });
        expect(positionsAs(content(n), lineOnly)).toEqual(positionsAs(content(base(p)), lineOnly));
      }),
      settings(RUNS.nfd),
    );
  }, LIMIT);

  it('tone marks moved (Ủy ↔ Uỷ, hóa ↔ hoá …): the same items, recipients, signature and agencies', () => {
    const PAIRS: [string, string][] = [
      ['Ủy', 'Uỷ'], ['ủy', 'uỷ'], ['hóa', 'hoá'], ['hòa', 'hoà'], ['Hòa', 'Hoà'], ['khỏe', 'khoẻ'], ['thủy', 'thuỷ'],
    ];
    const swap = new Map(PAIRS.flatMap(([a, b]) => [[a, b], [b, a]] as [string, string][]));
    const re = new RegExp([...swap.keys()].join('|'), 'g');
    fc.assert(
      fc.property(fixture, fc.array(fc.boolean(), { minLength: 1 }), (p, flips) => {
        let k = 0;
        const s = text(p).replace(re, (m) => (flips[k++ % flips.length] ? swap.get(m)! : m));
        const n = check(s, false);
        const b = base(p);
        expect(outline(n.items)).toEqual(outline(b.items));
        expect(n.recipients.length).toBe(b.recipients.length);
        expect(n.signature).toEqual(b.signature);
        expect(n.agencies.map((a) => [a.id, a.mentions])).toEqual(b.agencies.map((a) => [a.id, a.mentions]));
      }),
      settings(RUNS.toneMarks),
    );
  }, LIMIT);
});

describe('the samples in other encodings', () => {
  it('UTF-8 with a BOM and UTF-16 LE/BE with a BOM give the same notice as UTF-8', () => {
    fc.assert(
      fc.property(fixture, fc.constantFrom(1, 2, 3), (p, how) => {
        const n = check(encode(text(p), how), false);
        expect(n.source.encoding).toBe(how === 1 ? 'utf-8' : how === 2 ? 'utf-16le' : 'utf-16be');
        expect(content(n)).toEqual(content(base(p)));
      }),
      settings(RUNS.encodings),
    );
  }, LIMIT);
});

// ---------------------------------------------------------------------------------------------
// Deleting whole list entries keeps the rest

/** Remove the entries at `drop` (indices into `entries`, in document order) from an outline. */
function without(tree: Outline, isEntry: (label: string) => boolean, drop: Set<number>): Outline {
  let k = 0;
  const walk = (t: Outline): Outline => {
    const out: Outline = [];
    for (let i = 0; i < t.length; i++) {
      const x = t[i]!;
      if (typeof x !== 'string') {
        const sub = walk(x);
        if (sub.length > 0) out.push(sub);
        continue;
      }
      if (isEntry(x) && drop.has(k++)) continue;
      out.push(x);
    }
    return out;
  };
  return walk(tree);
}

/** Flattened items with their texts, for comparing the items a deletion did not touch. */
function itemTexts(n: Notice): string[] {
  const out: string[] = [];
  const walk = (items: Notice['items']) => {
    for (const i of items) {
      out.push(`${i.label} ${i.heading ?? ''} ${i.text}`);
      walk(i.children);
    }
  };
  walk(n.items);
  return out;
}

describe('deleting list entries keeps the other parts', () => {
  // Sample 000 is PDF text: a blank line after every line, so a bullet is its `- ` line and the
  // continuation lines up to the next marker, the closing or `Nơi nhận`.
  const lines000 = text('000').split('\n');
  const tailAt = lines000.findIndex((l) => /^\s*Nơi nhận/.test(l));
  const isMarkerLine = (l: string) => /^(?:- |\d+\. )/.test(l) || /^Văn phòng Tỉnh ủy thông báo/.test(l) || /^\s*Nơi nhận/.test(l);
  const bullets000: [number, number][] = [];
  for (let i = 0; i < tailAt; i++) {
    if (!lines000[i]!.startsWith('- ')) continue;
    let j = i + 1;
    while (j < tailAt && !isMarkerLine(lines000[j]!)) j++;
    bullets000.push([i, j]);
  }

  it('sample 000 has the five bullets this test deletes', () => {
    expect(bullets000).toHaveLength(5);
    expect(outline(base('000').items)).toEqual(['1', ['-', '-', '-'], '2', ['-', '-'], '3', '4']);
  });

  it('sample 000: deleting bullet paragraphs keeps the other items, the 7 recipients and the signature', () => {
    const b = base('000');
    const texts = itemTexts(b);
    fc.assert(
      fc.property(fc.subarray([0, 1, 2, 3, 4], { minLength: 1 }), (dropped) => {
        const drop = new Set(dropped);
        const kept = lines000.filter((_, i) => !bullets000.some(([from, to], k) => drop.has(k) && i >= from && i < to));
        const n = check(kept.join('\n'), false);
        expect(outline(n.items)).toEqual(without(outline(b.items), (l) => l === '-', drop));
        // The items left read exactly as before.
        let bullet = 0;
        const keptTexts = texts.filter((t) => !(t.startsWith('- ') && drop.has(bullet++)));
        expect(itemTexts(n)).toEqual(keptTexts);
        expect(n.recipients.map((r) => r.text)).toEqual(b.recipients.map((r) => r.text));
        expect(n.recipients).toHaveLength(7);
        expect(n.signature?.title).toBe('CHÁNH VĂN PHÒNG');
        expect(n.closing).toBe(b.closing);
        expect(n.meeting).toEqual(b.meeting);
      }),
      settings(RUNS.bullets000),
    );
  }, LIMIT);

  // Samples 001 and 004 are Markdown: one paragraph a line. 001's bullets under item 2 and 004's
  // items 2.1–2.7 are each one line; deleting some leaves the others, recipients and signature.
  const markdownCases: [string, RegExp, (label: string) => boolean][] = [
    ['001', /^- /, (l) => l === '-'],
    ['004', /^2\.\d\. /, (l) => /^2\.\d$/.test(l)],
  ];
  it.each(markdownCases)('sample %s: deleting entry lines keeps the others, the recipients and the signature', (p, entry, isEntry) => {
    const lines = text(p).split('\n');
    const tailAt = lines.findIndex((l) => /^\s*Nơi nhận/.test(l));
    const entries = lines.map((l, i) => (i < tailAt && entry.test(l) ? i : -1)).filter((i) => i >= 0);
    const b = base(p);
    expect(entries.length).toBeGreaterThanOrEqual(7);
    fc.assert(
      fc.property(fc.subarray(entries.map((_, k) => k), { minLength: 1 }), (dropped) => {
        const drop = new Set(dropped);
        const kept = lines.filter((_, i) => !drop.has(entries.indexOf(i)));
        const n = check(kept.join('\n'), false);
        expect(outline(n.items)).toEqual(without(outline(b.items), isEntry, drop));
        expect(n.recipients.map((r) => r.text)).toEqual(b.recipients.map((r) => r.text));
        expect(n.signature).toMatchObject({ authority: b.signature!.authority, title: b.signature!.title, name: b.signature!.name });
      }),
      settings(p === '001' ? RUNS.entries001 : RUNS.entries004),
    );
  }, LIMIT);
});

// ---------------------------------------------------------------------------------------------
// Header dates

describe('header dates', () => {
  // Found by this file: `Huế, ngày 1 tháng 1 năm 0999` made issuedOn `999-01-01`, which the schema
  // rejects, and parseNotice threw (src/document/heading.ts isoOf; fixed in fde49e1).
  it('a place-and-date line with a year below 1000 is no date, and no error', () => {
    const n = check('Huế, ngày 1 tháng 1 năm 0999');
    expect(n.document.issuedOn).toBeNull();
  });

  it('a place-and-date line with any day, month and 4-digit year gives a valid notice', () => {
    const two = fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 99 }).map(String), fc.integer({ min: 0, max: 9 }).map((d) => `0${d}`));
    const year = fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0'));
    fc.assert(
      fc.property(fc.constantFrom('Huế', 'Bến Tre', 'Hà Nội'), two, two, year, fc.boolean(), (place, day, month, y, notice) => {
        const line = `${place}, ngày ${day} tháng ${month} năm ${y}`;
        const n = check(notice ? `TỈNH ỦY BẾN TRE\n${line}\nTHÔNG BÁO\nkết luận\n1. Sở Y tế báo cáo.\n` : line, false);
        if (n.document.issuedOn !== null) expect(n.document.issuedOn.startsWith(y)).toBe(true);
      }),
      settings(RUNS.headerDates),
    );
  }, LIMIT);
});

describe('budget', () => {
  it('the default run generates at least 10,000 cases', () => {
    console.log(`property tests: ${TOTAL} cases × FUZZ_RUNS ${FACTOR} = ${Math.ceil(TOTAL * FACTOR)}, seed ${SEED}`);
    expect(TOTAL).toBeGreaterThanOrEqual(10_000);
  });
});
