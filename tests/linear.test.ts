/**
 * Parsing time grows linearly with the input. Each case parses inputs of 1×, 4× and 16× a base
 * size, takes the best of 3 runs per size (after a warm-up), and fails when a 4× step in size costs
 * more than 8× the time (a quadratic step costs 16×). The ratios are printed so they can be quoted:
 *
 *   npx vitest run tests/linear.test.ts
 *
 * A case stops measuring once a step is over the bound (and a run of over a second that is
 * already over it is not repeated), so a regression fails fast instead of spending minutes on the
 * 16× input. Timings under 2 ms count as 2 ms: below that, ratios are noise.
 */
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/index.js';

/** A 4× step in size may cost at most this many times the time. */
const BOUND = 8;
/** Best of at least 3 runs per size; small inputs get up to 10 while under 250 ms in all. */
const MIN_RUNS = 3;
const MAX_RUNS = 10;
const SMALL_MS = 250;
/** Timings under this are mostly noise: ratios are computed with it as a floor. */
const FLOOR_MS = 2;

interface Growth {
  sizes: number[];
  ms: number[];
  ratios: number[];
}

/**
 * Best time of a few parses of `input`. When a first run of over a second is already over the
 * bound relative to `prev`, that is the answer: a slow run is not repeated.
 */
function best(input: string, prev?: number): number {
  let min = Infinity;
  let total = 0;
  for (let r = 0; r < MAX_RUNS && (r < MIN_RUNS || total < SMALL_MS); r++) {
    const t0 = performance.now();
    parseNotice(input);
    const t = performance.now() - t0;
    min = Math.min(min, t);
    total += t;
    if (r === 0 && prev !== undefined && t > 1000 && t > BOUND * Math.max(prev, FLOOR_MS)) break;
  }
  return min;
}

/** Time `make(size)` at each size; stop after the first step over the bound. */
function growth(make: (size: number) => string, sizes: number[]): Growth {
  // Warm-up: JIT, the lexers and the gazetteer index.
  const first = make(sizes[0]!);
  parseNotice(first);
  parseNotice(first);
  const g: Growth = { sizes: [], ms: [], ratios: [] };
  for (const size of sizes) {
    const prev = g.ms[g.ms.length - 1];
    const t = best(make(size), prev);
    g.sizes.push(size);
    g.ms.push(t);
    if (prev !== undefined) {
      const ratio = Math.max(t, FLOOR_MS) / Math.max(prev, FLOOR_MS);
      g.ratios.push(ratio);
      if (ratio >= BOUND) break;
    }
  }
  return g;
}

function report(name: string, g: Growth): string {
  const times = g.sizes.map((s, i) => `${s}: ${g.ms[i]!.toFixed(1)} ms`).join(', ');
  const ratios = g.ratios.map((r) => r.toFixed(2)).join(' / ');
  return `${name}: ${times}; ratios t(4×)/t(1×), t(16×)/t(4×) = ${ratios}`;
}

function expectLinear(name: string, make: (size: number) => string, base: number): void {
  const g = growth(make, [base, base * 4, base * 16]);
  const line = report(name, g);
  console.log(line);
  expect(g.ratios.length, line).toBe(2);
  for (const r of g.ratios) expect(r, line).toBeLessThan(BOUND);
}

// ---------------------------------------------------------------------------------------------
// Inputs

const WORDS = (
  'Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành, địa phương tiếp tục thực hiện tốt công tác phòng, ' +
  'chống dịch Covid-19 trên địa bàn; Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát, báo cáo ' +
  'Thường trực Tỉnh ủy trước ngày 15/12/2021 theo Quyết định số 2771/QĐ-UBND ngày 26/11/2021 của ' +
  'Ủy ban nhân dân tỉnh về việc ban hành Kế hoạch thích ứng an toàn, linh hoạt. Đồng thời'
).split(' ');

/** `length` characters of Vietnamese words (cut at a word). */
function words(length: number, from = 0): string {
  const out: string[] = [];
  let n = 0;
  for (let i = from; n < length; i++) {
    const w = WORDS[i % WORDS.length]!;
    out.push(w);
    n += w.length + 1;
  }
  return out.join(' ');
}

const HEAD = [
  'TỈNH ỦY BẾN TRE',
  'Số 123-TB/TU',
  'Bến Tre, ngày 21 tháng 11 năm 2022',
  'THÔNG BÁO',
  'kết luận của Thường trực Tỉnh ủy',
  '-----',
  'Ngày 02/12/2021, Thường trực Tỉnh ủy họp, đồng chí Ngô Chí Cường, Bí thư Tỉnh ủy kết luận như sau:',
];
const TAIL = ['Nơi nhận:', '- Thường trực Tỉnh ủy (b/c),', '- Lưu Văn phòng Tỉnh ủy.', 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Nguyễn Đức Thanh'];
const notice = (body: string[], tail = TAIL) => [...HEAD, ...body, ...tail].join('\n') + '\n';

const RECIPIENT_NAMES = [
  'Sở Y tế', 'Sở Tài chính', 'Ủy ban nhân dân huyện Trà Cú', 'Huyện ủy Châu Thành', 'Ban Tuyên giáo Tỉnh ủy',
  'Các sở, ban, ngành tỉnh', 'Thành phần dự họp', 'Đảng ủy các xã, phường, thị trấn',
];

/** A PDF-style body: hard-wrapped lines of ~80 characters, each followed by a blank line. */
function wrappedBody(lines: number): string[] {
  const out: string[] = [];
  let item = 0;
  for (let i = 0; i < lines; i++) {
    let line: string;
    if (i % 6 === 0) line = `${(item++ % 98) + 1}. ${words(76, i)}`;
    else if (i % 6 === 3) line = `- ${words(76, i)}`;
    else line = words(78, i).toLowerCase();
    out.push(`${line} `, '');
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Cases

// A ratio can be disturbed by other test files running beside this one: a failing case is
// measured again (twice at most) before it counts. A real quadratic fails every time.
describe('parse time grows linearly with the input', { retry: 2 }, () => {
  it('(a) one long line of Vietnamese words: 250 KB, 1 MB, 4 MB', () => {
    expectLinear('long line', (kb) => words(kb * 1024), 250);
  });

  it('(b) a notice with 1,250 / 5,000 / 20,000 numbered items', () => {
    const item = (i: number) => `${(i % 98) + 1}. Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2021.`;
    expectLinear('numbered items', (n) => notice(Array.from({ length: n }, (_, i) => item(i))), 1250);
  });

  it('(c) a recipients list of 1,250 / 5,000 / 20,000 lines', () => {
    const recipients = (n: number) => ['Nơi nhận:', ...Array.from({ length: n }, (_, i) => `- ${RECIPIENT_NAMES[i % RECIPIENT_NAMES.length]},`), '- Lưu Văn phòng Tỉnh ủy.'];
    expectLinear('recipients', (n) => notice(['1. Sở Y tế báo cáo.'], [...recipients(n), 'CHÁNH VĂN PHÒNG']), 1250);
  });

  it('(d) a wrapped PDF-style body of 1,250 / 5,000 / 20,000 lines (a blank line after each)', () => {
    expectLinear('wrapped body', (n) => notice(wrappedBody(n)), 1250);
  });
});

describe('pathological repetition for the regular expressions', { retry: 2 }, () => {
  const cases: [string, (n: number) => string, number][] = [
    ['`1.1.1.1…` on one line', (n) => '1.'.repeat(n) + ' Sở Y tế', 25_000],
    ['`1.1.1.1…` starting every line', (n) => Array.from({ length: n }, () => '1.1.1.1.1.1.1.1.1.1. x').join('\n'), 2_500],
    ['`- - - - -` on one line', (n) => '- '.repeat(n), 25_000],
    ['`- - - - -` starting every line', (n) => notice(['Nơi nhận:', ...Array.from({ length: n }, () => '- - - - - - - -')]), 2_500],
    ['`Số Số Số …`', (n) => 'Số '.repeat(n), 25_000],
    ['`Số Số Số …` on every line', (n) => Array.from({ length: n }, () => 'Số Số Số Số 12/ Số -TB').join('\n'), 2_500],
    ['10,000 `*` (×4, ×16)', (n) => '*'.repeat(n), 10_000],
    ['`*` runs in a Markdown notice', (n) => `**THÔNG BÁO**\n\n**kết luận**\n\n1. ${'*'.repeat(n)} x\n\n${'**a'.repeat(n / 4)}\n`, 10_000],
    ['a long run of spaces', (n) => `a${' '.repeat(n)}b${' '.repeat(n)}.${' '.repeat(n)}\n${' \t'.repeat(n)}x`, 100_000],
    ['runs of spaces between words', (n) => Array.from({ length: n }, (_, i) => `TỈNH ỦY${' '.repeat(4 + (i % 40))}Số`).join(' '), 2_500],
    ['a long run of digits with `/`', (n) => `Số ${'1234567890/'.repeat(n)} ngày ${'12/'.repeat(n)}2021`, 5_000],
    ['digits and `/` as dates and numbers', (n) => `1. ${Array.from({ length: n }, (_, i) => `${i}/${i % 13}/${2000 + (i % 200)}`).join(' ')}`, 5_000],
    ['`(` without `)`', (n) => `1. Sở Y tế (${'(a '.repeat(n)}\n- ${'(b/c '.repeat(n)}`, 10_000],
    // Each `(1)` looks ahead for a `(2)`; footnotes after the recipients look back for their mark.
    ['`(1)` `(2)` starting every line', (n) => notice(['1. Gồm:', ...Array.from({ length: n }, (_, i) => `(${(i % 2) + 1}) Chi bộ (1) x`)]), 2_500],
    ['`[1]` footnotes after `Nơi nhận`', (n) => notice(['Tham dự có các đồng chí x[2].', 'Nơi nhận:', '- Sở Y tế', ...Array.from({ length: n }, () => '_ [1] Gồm các đồng chí: [1] x')]), 2_500],
  ];
  it.each(cases)('%s', (name, make, base) => expectLinear(name, make, base));
});

// ---------------------------------------------------------------------------------------------
// Regressions: inputs that were quadratic once.

describe('inputs that were quadratic once', { retry: 2 }, () => {
  // src/normalise/directives.ts productOf() blanked each cited document out of the item's text by
  // rebuilding the whole text once per citation: O(citations × length), and worse still as each
  // slice flattened the string built the step before (8,000 citations in one item: over 2 s).
  it('(f) one item citing 500 / 2,000 / 8,000 documents', () => {
    const cite = (i: number) => `Quyết định số ${(i % 9999) + 1}/QĐ-UBND`;
    expectLinear('citations in one item', (n) => notice([`1. Thực hiện ${Array.from({ length: n }, (_, i) => cite(i)).join(', ')}.`]), 500);
  });

  // src/read/layout.ts cleanSegment() looked for the next character that needs a decision (tab,
  // no-break space, two spaces …) with a global regex run over the whole text, not just the line:
  // with single spaces only, every line scanned on to the end of the text.
  it('(g) 500 / 2,000 / 8,000 lines of 200 letters, single spaces only', () => {
    expectLinear('plain lines', (n) => `${'x'.repeat(200)}\n`.repeat(n), 500);
  });
});

// ---------------------------------------------------------------------------------------------
// Regressions of bugs found here.

describe('fixed bugs', { retry: 2 }, () => {
  // subjectOf() once searched the rest of the item for a comma, not the clause: O(clauses × length)
  // for an item of many comma-free sentences.
  it('(h) one item of 100,000 / 400,000 / 1,600,000 comma-free clauses', () => {
    expectLinear('comma-free clauses', (n) => notice([`1. Sở Y tế ${'. '.repeat(n)}`]), 100_000);
  });
});
