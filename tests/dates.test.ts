import { readdirSync, readFileSync } from 'node:fs';
import { Lexer, type IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { boundaryAt, dateKeywords, dateTokens, lexDates } from '../src/normalise/dates/lexer.js';
import { findDates, findDatesInWholeText, parseMeetingDate, type FoundDate } from '../src/normalise/dates.js';
import { countFromIssue } from '../src/normalise/deadline-dates.js';

/**
 * Seeded pseudo-random integers below `n` (mulberry32): the same paragraphs on every run. Not an
 * LCG in doubles: its product overflows 2^53 and loses the low bits that `% n` reads.
 */
function picker(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

/** Meeting date of fixture 000, used to complete `dd/mm` unless a case says otherwise. */
const MEETING = '2021-12-02';

function scan(text: string, meetingDate: string | null = MEETING) {
  const result = findDates(text, { meetingDate });
  // Whatever else a case checks, every span must point at its own text.
  for (const d of result.dates) expect(text.slice(d.start, d.stop)).toBe(d.text);
  return result;
}

/**
 * The reference: a chevrotain Lexer built from the token definitions, validated. `lexDates` is a
 * hand-written scanner that must give the same tokens, images and offsets.
 */
const reference = new Lexer(dateTokens, { positionTracking: 'onlyOffset', ensureOptimizations: true });

/** A token stream as comparable strings: type, image, offset. */
const show = (toks: IToken[]) => toks.map((t) => `${t.tokenType.name} ${JSON.stringify(t.image)} @${t.startOffset}`);

/** `lexDates` gives the reference's tokens for `text`, and for a piece of it. */
function expectSameTokens(text: string, from = 0, to = text.length): void {
  expect(show(lexDates(text, from, to)), JSON.stringify(text)).toEqual(show(reference.tokenize(text.slice(from, to)).tokens));
}

describe('date lexer', () => {
  it('has definitions chevrotain accepts, with the first-char optimisation on', () => {
    expect(reference.lexerDefinitionErrors).toEqual([]);
    const internals = reference as unknown as { canModeBeOptimized: Record<string, boolean> };
    expect(Object.values(internals.canModeBeOptimized)).toEqual([true]);
  });

  it('finds token boundaries: one-character tokens, and spaces not inside a phrase', () => {
    const text = 'chậm nhất ngày 5/12, thứ hai tới';
    const at = (s: string) => boundaryAt(text, text.indexOf(s));
    expect(at(' nhất')).toBe(false);
    expect(at(' hai')).toBe(false);
    expect(at(' ngày')).toBe(true);
    expect(at('/12')).toBe(true);
    expect(at(', thứ')).toBe(true);
    expect(at('12,')).toBe(false);
    expect(at(' tới')).toBe(true);
    // Every boundary found cuts the text into pieces that lex as the whole does.
    const whole = lexDates(text).map((t) => `${t.tokenType.name}@${t.startOffset}`);
    for (let p = 1; p < text.length; p++) {
      if (!boundaryAt(text, p)) continue;
      const pieces = [...lexDates(text.slice(0, p)), ...lexDates(text.slice(p)).map((t) => ({ ...t, startOffset: t.startOffset + p }))];
      expect(pieces.map((t) => `${t.tokenType.name}@${t.startOffset}`)).toEqual(whole);
    }
  });

  const tokenCases: [string, string[]][] = [
    ['Tháng 01/2022', ['Thang', 'Num', 'Slash', 'Num']],
    ['tháng 01', ['Thang', 'Num']],
    ['Quý II/2026', ['Quy', 'Roman', 'Slash', 'Num']],
    ['quý IV năm 2021', ['Quy', 'Roman', 'Nam', 'Num']],
    ['17h00', ['Num', 'H', 'Num']],
    ['học', ['Word']],
    ['từng từ', ['Word', 'Tu']],
    ['chiều thứ Hai (06/12/2021)', ['PartOfDay', 'Weekday', 'LParen', 'Num', 'Slash', 'Num', 'Slash', 'Num', 'RParen']],
    ['tuổi thứ 12', ['Tuoi', 'Word', 'Num']],
    ['thứ bao', ['Word', 'Word']],
    ['chậm \n\n nhất', ['ChamNhat']],
    ['đến hết ngày', ['DenHet', 'Ngay']],
    ['năm học 2025 – 2026', ['NamHoc', 'Num', 'Dash', 'Num']],
    ['VIỆT NAM', ['Word', 'Word']],
    ['Covid-19', ['Word', 'Dash', 'Num']],
    ['“95%” ★', ['Other', 'Num', 'Percent', 'Other', 'Other']],
  ];
  it.each(tokenCases)('%j', (text, names) => {
    expect(lexDates(text).map((t) => t.tokenType.name)).toEqual(names);
    expectSameTokens(text);
  });
});

type Expected = Partial<FoundDate>[];

/** [text, dates expected, meeting date (default MEETING)] */
const positive: [string, Expected, (string | null)?][] = [
  // Numeric forms
  ['ngày 13/8/2021', [{ date: '2021-08-13', precision: 'day', kind: 'on', text: 'ngày 13/8/2021' }]],
  ['06/12/2021', [{ date: '2021-12-06', kind: 'on' }]],
  ['13-8-2021', [{ date: '2021-08-13' }]],
  ['13.8.2021', [{ date: '2021-08-13' }]],
  ['Chiều 14-9-2023', [{ date: '2023-09-14', partOfDay: 'afternoon' }]],
  ['ngày 05.12', [{ date: '2021-12-05', yearInferred: true }]],
  // dd/mm: the meeting's year, or the next one when it would fall more than two months before it
  ['đến ngày 05/12 cho cơ bản xong', [{ date: '2021-12-05', kind: 'by', yearInferred: true, text: 'đến ngày 05/12' }]],
  ['trước ngày 05/01', [{ date: '2022-01-05', kind: 'by' }]],
  ['trước ngày 05/10', [{ date: '2021-10-05', kind: 'by' }]],
  ['vào ngày 05/12', [{ date: null, precision: 'day', kind: 'on' }], null],
  // Words
  ['ngày 13 tháng 8 năm 2021', [{ date: '2021-08-13', precision: 'day' }]],
  ['Bến Tre, ngày 21 tháng 11 năm 2022', [{ date: '2022-11-21', text: 'ngày 21 tháng 11 năm 2022' }]],
  ['tháng 01/2022', [{ date: '2022-01', precision: 'month', kind: 'on' }]],
  ['tháng 12 năm 2021', [{ date: '2021-12', precision: 'month' }]],
  ['trong tháng 12', [{ date: '2021-12', precision: 'month', kind: 'by', yearInferred: true }]],
  ['quý I/2022', [{ date: '2022-Q1', precision: 'quarter' }]],
  ['Quý II/2026', [{ date: '2026-Q2', precision: 'quarter' }]],
  ['trong quý IV năm 2021', [{ date: '2021-Q4', kind: 'by', text: 'trong quý IV năm 2021' }]],
  ['trong quý I', [{ date: '2022-Q1', kind: 'by', yearInferred: true }]],
  ['6 tháng đầu năm 2022', [{ date: '2022-H1', precision: 'half' }]],
  ['trong 6 tháng cuối năm', [{ date: '2021-H2', precision: 'half', kind: 'by' }]],
  ['trong năm 2022', [{ date: '2022', precision: 'year', kind: 'by' }]],
  ['đến năm 2025', [{ date: '2025', precision: 'year', kind: 'by' }]],
  ['hoàn thành trong năm 2022', [{ date: '2022', kind: 'by', text: 'hoàn thành trong năm 2022' }]],
  // Cues and kinds
  ['trước 17 giờ ngày 10/12/2021', [{ date: '2021-12-10', kind: 'by', time: '17:00', text: 'trước 17 giờ ngày 10/12/2021' }]],
  ['trước 17h00, ngày 10/12/2021', [{ date: '2021-12-10', time: '17:00' }]],
  ['14 giờ 30 phút, ngày 06/12/2021', [{ date: '2021-12-06', time: '14:30', kind: 'on' }]],
  ['8 giờ sáng ngày 5/12/2021', [{ time: '08:00', partOfDay: 'morning' }]],
  ['vào 17h00 ngày 10/12/2021', [{ kind: 'on', time: '17:00' }]],
  ['chậm nhất ngày 20/12/2021', [{ date: '2021-12-20', kind: 'by' }]],
  ['chậm nhất là ngày 20/12/2021', [{ kind: 'by', text: 'chậm nhất là ngày 20/12/2021' }]],
  ['hoàn thành trước ngày 5/1', [{ date: '2022-01-05', kind: 'by' }]],
  ['đến hết ngày 31/12/2021', [{ date: '2021-12-31', kind: 'by' }]],
  ['kể từ ngày 01/01/2022', [{ date: '2022-01-01', kind: 'from' }]],
  ['từ ngày 01/01/2022 đến nay', [{ date: '2022-01-01', kind: 'from', end: null }]],
  ['thực hiện đến ngày 31/12/2021', [{ kind: 'until', text: 'đến ngày 31/12/2021' }]],
  ['kéo dài thời gian áp dụng, thực hiện các biện pháp trên địa bàn tỉnh đến ngày 15/12/2021', [{ kind: 'until' }]],
  ['kéo dài giãn cách. Sở Y tế hoàn thành đến ngày 15/12/2021', [{ kind: 'by' }]],
  ['cho ý kiến tại cuộc họp ngày 03/12/2021.', [{ date: '2021-12-03', kind: 'on', text: 'ngày 03/12/2021' }]],
  ['trong ngày 05/12/2021', [{ kind: 'on' }]],
  // Weekday and part of day
  ['vào chiều ngày thứ hai (06/12/2021).', [{ date: '2021-12-06', kind: 'on', partOfDay: 'afternoon', weekday: 1, text: 'vào chiều ngày thứ hai (06/12/2021)' }]],
  ['chiều thứ Hai (06/12/2021)', [{ partOfDay: 'afternoon', weekday: 1, text: 'chiều thứ Hai (06/12/2021)' }]],
  ['thứ 2 (06/12/2021)', [{ weekday: 1 }]],
  ['thứ Hai (ngày 06/12/2021)', [{ weekday: 1, date: '2021-12-06' }]],
  ['ngày 06/12/2021 (thứ Hai)', [{ weekday: 1, text: 'ngày 06/12/2021 (thứ Hai)' }]],
  ['đến hết ngày Chủ nhật (12/12/2021)', [{ weekday: 7, kind: 'by' }]],
  ['tối thứ sáu, ngày 10/12/2021', [{ partOfDay: 'evening', weekday: 5 }]],
  ['trưa ngày 10/12/2021', [{ partOfDay: 'noon' }]],
  // Ranges: one date with an end; the start takes missing parts from the end
  ['từ ngày 01/12 đến ngày 15/12/2021', [{ date: '2021-12-01', end: '2021-12-15', kind: 'from', yearInferred: false }]],
  ['từ ngày 29/10 – 30/10/2025', [{ date: '2025-10-29', end: '2025-10-30', text: 'từ ngày 29/10 – 30/10/2025' }]],
  ['từ 05-07/12/2021', [{ date: '2021-12-05', end: '2021-12-07', kind: 'from' }]],
  ['ngày 29-30/10/2025', [{ date: '2025-10-29', end: '2025-10-30', kind: 'on' }]],
  ['từ ngày 5 đến ngày 7/12/2021', [{ date: '2021-12-05', end: '2021-12-07' }]],
  ['từ ngày 25/12 đến ngày 05/01/2022', [{ date: '2021-12-25', end: '2022-01-05' }]],
  ['từ tháng 10 đến tháng 12/2021', [{ date: '2021-10', end: '2021-12', precision: 'month' }]],
  ['từ năm 2021 đến năm 2025', [{ date: '2021', end: '2025', precision: 'year', kind: 'from' }]],
  // Relative deadlines
  ['trong thời hạn 10 ngày', [{ kind: 'relative', days: 10, anchor: null, date: null, precision: null }]],
  ['sau 15 ngày', [{ kind: 'relative', days: 15 }]],
  ['trong vòng 07 ngày kể từ ngày 01/12/2021', [{ kind: 'relative', days: 7, anchor: 'ngày 01/12/2021', date: '2021-12-08', precision: 'day' }]],
  ['trong vòng 07 ngày kể từ ngày nhận được văn bản này, báo cáo', [{ kind: 'relative', days: 7, anchor: 'ngày nhận được văn bản này', date: null, text: 'trong vòng 07 ngày kể từ ngày nhận được văn bản này' }]],
  ['trong 05 ngày làm việc kể từ ngày 01/12/2021', [{ kind: 'relative', days: 5, date: null }]],
  ['10 ngày kể từ ngày ký', [{ kind: 'relative', days: 10, anchor: 'ngày ký' }]],
  // Cited documents: returned flagged, for the caller to drop
  ['Quyết định số 2771/QĐ-UBND, ngày 26/11/2021 của Ủy ban nhân dân tỉnh', [{ date: '2021-11-26', cited: true }]],
  ['Nghị quyết 68/NQ-CP, ngày 01/7/2021 của Chính phủ', [{ date: '2021-07-01', cited: true }]],
  ['Quyết định số 23/2021/QĐ-TTg, ngày 07/7/2021', [{ date: '2021-07-07', cited: true }]],
  ['Chỉ thị số 05-CT/TU ngày 6/3/2022', [{ cited: true }]],
  ['Thông báo ngày 5/3/2022 của Tỉnh ủy', [{ cited: true }]],
  ['các xã/phường ngày 5/12/2021', [{ cited: false }]],
  ['quý I/2022, Quý II/2026', [{ date: '2022-Q1', cited: false }, { date: '2026-Q2', cited: false }]],
  ['xây dựng kế hoạch trước ngày 10/12', [{ kind: 'by', cited: false }]],
  // Issue 15: two-digit years, read as 20yy (19yy from 70), only after `ngày` or a cue
  ['ngày 13/8/21', [{ date: '2021-08-13', precision: 'day', kind: 'on', yearInferred: false, text: 'ngày 13/8/21' }]],
  ['Các xã hoàn thành trước ngày 15/12/25.', [{ date: '2025-12-15', kind: 'by', due: '2025-12-15', text: 'hoàn thành trước ngày 15/12/25' }]],
  ['báo cáo trước 15-12-25', [{ date: '2025-12-15', kind: 'by' }]],
  ['ngày 15.12.25', [{ date: '2025-12-15' }]],
  ['từ ngày 05/12/25 đến ngày 07/12/25', [{ date: '2025-12-05', end: '2025-12-07', kind: 'from' }]],
  ['ngày 20/11/98', [{ date: '1998-11-20' }]],
  // Counts in weeks (days × 7) and months (months, days null)
  ['Sở Tài chính báo cáo trong 02 tuần.', [{ kind: 'relative', days: 14, months: null, date: null, text: 'trong 02 tuần' }]],
  ['trong vòng 2 tuần kể từ ngày 01/12/2021', [{ kind: 'relative', days: 14, date: '2021-12-15', countedFrom: '2021-12-01' }]],
  ['trình đề án trong 2 tháng.', [{ kind: 'relative', days: null, months: 2, date: null, text: 'trong 2 tháng' }]],
  ['trong thời hạn 03 tháng kể từ ngày 30/11/2021', [{ kind: 'relative', months: 3, date: '2022-02-28', due: '2022-02-28', countedFrom: '2021-11-30' }]],
  ['trong 03 tháng kể từ ngày ký', [{ kind: 'relative', months: 3, anchor: 'ngày ký', date: null }]],
  // A count after an event: the event is the anchor; no date
  [
    'gửi Sở chậm nhất sau khi kết thúc quý 15 ngày (đối với báo cáo quý)',
    [{ kind: 'relative', days: 15, anchor: 'kết thúc quý', date: null, text: 'chậm nhất sau khi kết thúc quý 15 ngày' }],
  ],
  ['Báo cáo gửi sau khi kết thúc hội nghị 10 ngày.', [{ kind: 'relative', days: 10, anchor: 'kết thúc hội nghị', text: 'sau khi kết thúc hội nghị 10 ngày' }]],
  ['trong 15 ngày sau khi kết thúc hội nghị, báo cáo', [{ kind: 'relative', days: 15, anchor: 'kết thúc hội nghị', text: 'trong 15 ngày sau khi kết thúc hội nghị' }]],
  // Parts of a year, after a cue: đầu năm the first quarter, cuối năm the last, giữa năm June–July
  ['hoàn thành trong đầu năm 2022', [{ date: '2022-Q1', precision: 'quarter', kind: 'by', due: '2022-03-31', yearInferred: false }]],
  ['trình Hội đồng nhân dân trước cuối năm 2021', [{ date: '2021-Q4', precision: 'quarter', kind: 'by', due: '2021-12-31' }]],
  ['hoàn thành trước cuối năm', [{ date: '2021-Q4', kind: 'by', yearInferred: true }]],
  ['đến giữa năm 2022', [{ date: '2022-06', end: '2022-07', precision: 'month', due: '2022-07-31', kind: 'by' }]],
  // A December meeting's `đầu năm` is the next year's
  ['triển khai trong đầu năm', [{ date: '2022-Q1', yearInferred: true }]],
  ['6 tháng đầu năm sau', [{ date: '2022-H1', precision: 'half', yearInferred: true }]],
  // Lists of days: a run is one range; other days are a date each, sharing the words
  ['ngày 5 và 6/12', [{ date: '2021-12-05', end: '2021-12-06', due: '2021-12-06', kind: 'on', text: 'ngày 5 và 6/12' }]],
  ['Hội nghị tổ chức vào ngày 5, 6 và 7/12/2021', [{ date: '2021-12-05', end: '2021-12-07', kind: 'on', text: 'vào ngày 5, 6 và 7/12/2021' }]],
  ['ngày 5 và ngày 6 tháng 12 năm 2021', [{ date: '2021-12-05', end: '2021-12-06' }]],
  [
    'tổ chức kiểm tra vào các ngày 5, 12 và 19/12/2021',
    [
      { date: '2021-12-05', end: null, text: 'vào các ngày 5, 12 và 19/12/2021' },
      { date: '2021-12-12', end: null },
      { date: '2021-12-19', end: null },
    ],
  ],
  // Times: 17g30, 17 giờ 30 phút, minutes marked ” or ’’
  ['vào lúc 17g30 ngày 10/12/2021', [{ date: '2021-12-10', time: '17:30', kind: 'on' }]],
  ['trước 17 giờ 30 phút ngày 10/12/2021', [{ time: '17:30', kind: 'by' }]],
  ['Bắt đầu lúc 08 giờ 30”, ngày 14/8/2025', [{ date: '2025-08-14', time: '08:30', text: 'lúc 08 giờ 30”, ngày 14/8/2025' }]],
  ['Vào lúc 14 giờ 00’’, ngày 04/11/2025', [{ time: '14:00', kind: 'on' }]],
  // Years counted from the notice's: the meeting's year (2021), or the next
  ['hoàn thành trong năm nay', [{ date: '2021', precision: 'year', kind: 'by', due: '2021-12-31', yearInferred: true, text: 'hoàn thành trong năm nay' }]],
  ['đến năm sau', [{ date: '2022', precision: 'year', kind: 'by', yearInferred: true }]],
  ['trong quý I năm tới', [{ date: '2022-Q1', precision: 'quarter', yearInferred: true }]],
  ['trước cuối năm nay', [{ date: '2021-Q4', kind: 'by', yearInferred: true }]],
  ['tháng 3 năm sau', [{ date: '2022-03', precision: 'month', yearInferred: true }]],
  ['trong năm nay', [{ date: null, precision: 'year', yearInferred: true }], null],
];

describe('findDates: forms', () => {
  it.each(positive)('%j', (text, expected, meeting = MEETING) => {
    const { dates, problems } = scan(text, meeting);
    expect(dates).toMatchObject(expected);
    expect(problems).toEqual([]);
  });
});

/** Never a date, whatever the meeting. */
const negative: string[] = [
  'lứa tuổi từ 12-17 tuổi',
  'trẻ em từ 06-12 tuổi',
  'học sinh từ lớp 9 đến lớp 12',
  'lớp 12',
  'cho công nhân nghỉ 02 tuần',
  'trên cả 03 vòng kiểm soát',
  'Nghị quyết 68/NQ-CP',
  'Quyết định số 23/2021/QĐ-TTg',
  'Chỉ thị 16/CT-TTg',
  'Tổ Công tác 3426 và 3623',
  'dịch Covid-19',
  'dịch bệnh COVID-19',
  'các trường hợp F0, F1',
  '2025 - 2030',
  'nhiệm kỳ 2025 - 2030',
  'giai đoạn 2026 – 2030',
  'năm học 2025 - 2026',
  'năm 2025 - 2030',
  'điện thoại 0275.3822.123',
  'điện thoại 0913 123 456',
  '0913.123.456',
  'lúc 17 giờ',
  'trước 17 giờ.',
  '17h00',
  'đạt 95%',
  'đạt 12/15%',
  'tiêm mũi 2',
  'Bệnh viện dã chiến số 1',
  '12/15 xã đạt chuẩn',
  'đến 12/15 huyện',
  'Sau hơn 1 tháng triển khai',
  'chưa tròn tháng của tuổi thứ 12',
  'năm 2022',
  'kế hoạch 10 ngày',
  '2.1. Về tầm soát; 4.1. Thường trực',
  '(1) Năng lực; (2) ý thức',
  'Sars CoV-2',
  // Issue 15: what the new forms must not take
  '12/15/20 xã đạt chuẩn',
  'đến 12/15/20 huyện',
  '2.1.25. Về công tác cán bộ',
  'trong 3 tháng cuối năm 2025',
  'trong 2 tuần qua',
  'trong 2 tháng vừa qua',
  'Sau 2 tháng triển khai, mô hình đã phát huy hiệu quả',
  'trong 2 tháng 10 và 11',
  'tại kỳ họp cuối năm 2025',
  'Phấn đấu cuối năm đạt chỉ tiêu',
  'từ đầu năm đến nay',
  'ngay từ đầu năm học mới',
  'trong 5 năm tới',
  'trong những năm tới',
  'Năm nay, tỉnh đạt nhiều kết quả',
  'ngày 5,6 và 7 trong tháng',
  'vào 5g muối ngày',
];

describe('issue 15: counted from the notice', () => {
  it('`trong 03 tháng kể từ ngày ký` gets a date from the notice\'s own date, by months', () => {
    const [found] = scan('Sở Nội vụ trình đề án trong 03 tháng kể từ ngày ký.').dates;
    expect(countFromIssue(found!, '2025-11-30')).toMatchObject({ date: '2026-02-28', due: '2026-02-28', months: 3, days: null, countedFrom: '2025-11-30' });
  });

  it('`năm nay` / `năm sau` take the notice\'s own year when there is no meeting date', () => {
    const { dates } = findDates('hoàn thành trong năm nay; trình trong quý II năm sau', { meetingDate: null, issuedOn: '2025-12' });
    expect(dates).toMatchObject([
      { date: '2025', yearInferred: true },
      { date: '2026-Q2', yearInferred: true },
    ]);
  });
});

describe('findDates: not dates', () => {
  it.each(negative)('%j', (text) => {
    expect(scan(text)).toEqual({ dates: [], problems: [] });
  });
});

const problemCases: [string, string[], number][] = [
  ['31/02/2022', ['invalid-date'], 0],
  ['32/1/2021', ['invalid-date'], 0],
  ['ngày 05/13/2021', ['invalid-date'], 0],
  ['tháng 13/2022', ['invalid-date'], 0],
  ['vào ngày 29/02/2023', ['invalid-date'], 0],
  ['chiều thứ Ba (06/12/2021)', ['weekday'], 1],
  ['thứ năm, ngày 10/12/2021', ['weekday'], 1],
  ['vào chiều ngày thứ hai (06/12/2021)', [], 1],
];

describe('findDates: problems', () => {
  it.each(problemCases)('%j', (text, codes, dateCount) => {
    const { dates, problems } = scan(text);
    expect(problems.map((p) => p.code)).toEqual(codes);
    expect(dates).toHaveLength(dateCount);
    for (const p of problems) expect(p.stop).toBeGreaterThan(p.start);
  });
});

describe('parseMeetingDate', () => {
  const cases: [string, string | null][] = [
    ['Ngày 02/12/2021, Thường trực Tỉnh ủy tổ chức họp báo', '2021-12-02'],
    ['Trong cuộc họp báo Thường trực Tỉnh ủy ngày 12/8/2021, qua nghe báo cáo', '2021-08-12'],
    ['Sáng ngày 5/3/2022, Ban Thường vụ họp', '2022-03-05'],
    ['Chiều 14-9-2023, Thường trực Tỉnh ủy làm việc', '2023-09-14'],
    ['ngày 13 tháng 8 năm 2021, Thường trực họp', '2021-08-13'],
    ['Thực hiện Kế hoạch số 12/KH-TU ngày 01/3/2022, ngày 10/3/2022 Thường trực họp', '2022-03-10'],
    ['Ngày 05/12, Thường trực họp', null],
    ['Thường trực Tỉnh ủy họp', null],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(parseMeetingDate(text)).toBe(expected);
  });
});

/** A fixture as one line: wrapped lines joined with a space. */
function fixture(name: string): string {
  const raw = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
  return raw
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ');
}

type Brief = [date: string | null, kind: string, text: string];
const brief = (d: FoundDate): Brief => [d.date, d.kind, d.text];

describe('real notices', () => {
  // Each expectation was read off the notice by hand. The first date is the meeting (the caller
  // does not pass the opening; here the whole text is scanned).
  const cases: [string, string, Brief[], string[]][] = [
    [
      '000_b3db3eb0fe8e6948.txt',
      '2021-12-02',
      [
        ['2021-12-02', 'on', 'Ngày 02/12/2021'],
        ['2021-12-06', 'on', 'vào chiều ngày thứ hai (06/12/2021)'],
        ['2021-12-05', 'by', 'đến ngày 05/12'],
        ['2022-01', 'by', 'đến tháng 01/2022'],
      ],
      ['2021-11-26'],
    ],
    [
      '001_082bbfe5dfebed40.txt',
      '2021-08-12',
      [
        ['2021-08-12', 'on', 'ngày 12/8/2021'],
        ['2021-08-13', 'on', 'vào ngày 13/8/2021'],
      ],
      ['2021-07-01', '2021-07-07', '2021-07-13'],
    ],
    [
      '002_ef7fe86db7a7f25b.txt',
      '2021-11-29',
      [
        ['2021-11-29', 'on', 'Ngày 29/11/2021'],
        ['2021-12-15', 'until', 'đến ngày 15/12/2021'],
        ['2021-12-03', 'on', 'ngày 03/12/2021'],
      ],
      [],
    ],
    ['003_86db102a5b295d07.txt', '2022-11-18', [['2022-11-18', 'on', 'Ngày 18/11/2022']], []],
    ['004_ca3071fca0b0c2ac.txt', '2021-07-12', [['2021-07-12', 'on', 'Ngày 12/7/2021']], ['2021-07-01']],
  ];

  it.each(cases)('%s', (name, meeting, dates, cited) => {
    const text = fixture(name);
    expect(parseMeetingDate(text)).toBe(meeting);
    const result = scan(text, meeting);
    expect(result.problems).toEqual([]);
    expect(result.dates.filter((d) => !d.cited).map(brief)).toEqual(dates);
    expect(result.dates.filter((d) => d.cited).map((d) => d.date)).toEqual(cited);
  });

  it('000: the Monday afternoon report', () => {
    const found = scan(fixture('000_b3db3eb0fe8e6948.txt')).dates.find((d) => d.date === '2021-12-06');
    expect(found).toMatchObject({ partOfDay: 'afternoon', weekday: 1, precision: 'day' });
  });
});

describe('windows around numbers', () => {
  // findDates lexes only windows around numbers; it must agree with a scan of the whole text,
  // however the cue words, prefixes, look-backs and cited numbers fall around the windows' ends.
  const words = [
    'ngày', 'Ngày', 'tháng', 'năm', 'quý', 'Quý', 'I', 'IV', 'đến', 'đến hết', 'từ', 'kể từ', 'trước',
    'chậm nhất', 'là', 'vào', 'trong', 'thời hạn', 'vòng', 'sau', 'lúc', 'giờ', 'h', 'phút', 'sáng',
    'chiều', 'thứ hai', 'thứ 2', 'chủ nhật', 'kéo dài', 'gia hạn', 'hoàn thành', 'thực hiện',
    'Quyết định', 'số', 'QĐ', 'UBND', 'ban hành', 'tuổi', 'lớp', 'tuần', 'nhiệm kỳ', 'đầu', 'cuối',
    'làm việc', 'xã', 'tỉnh', 'Covid', 'của', 'các', 'và', 'chậm', 'thứ', 'kể', 'giai đoạn', 'Tỉnh ủy',
    // issue 15's forms
    'sau khi', 'khi', 'kết thúc', 'đầu năm', 'cuối năm', 'giữa năm', 'cuối năm nay', 'năm nay', 'năm sau',
    'năm tới', 'g', 'qua', 'vừa', 'học', 'các ngày',
  ];
  const gaps = [' ', ' ', ' ', ' ', ', ', '. ', '; ', ': ', '/', '-', '–', '(', ')', '.', '%', '\n'];
  const pick = picker(7);
  const number = () =>
    [String(pick(32)), String(2000 + pick(30)), `${pick(31)}/${pick(13)}/20${10 + pick(20)}`, `${pick(31)}/${pick(13)}`, `${pick(31)}/${pick(13)}/${10 + pick(90)}`][pick(5)]!;

  it('agree with the whole text on 3,000 generated paragraphs', () => {
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let i = 3 + pick(60); i > 0; i--) text += (pick(4) === 0 ? number() : words[pick(words.length)]!) + gaps[pick(gaps.length)]!;
      const ctx = { meetingDate: pick(3) === 0 ? null : MEETING };
      expect(findDates(text, ctx), text).toEqual(findDatesInWholeText(text, ctx));
    }
  });

  // parseMeetingDate stops at the first date that can be a meeting's: the same as the first such
  // date of the whole scan, on the same generated paragraphs and on every line of the fixtures.
  it('let the meeting date stop at its first window with the same answer', () => {
    const isMeeting = (d: FoundDate) => d.precision === 'day' && d.kind === 'on' && !d.cited && !d.yearInferred && d.date !== null;
    const full = (text: string) => findDatesInWholeText(text).dates.find(isMeeting)?.date ?? null;
    const texts: string[] = [];
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let i = 3 + pick(60); i > 0; i--) text += (pick(4) === 0 ? number() : words[pick(words.length)]!) + gaps[pick(gaps.length)]!;
      texts.push(text);
    }
    for (const name of readdirSync(new URL('../fixtures/', import.meta.url)).filter((f) => /\.(txt|md)$/.test(f))) {
      texts.push(...readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8').split('\n'));
    }
    let dated = 0;
    for (const text of texts) {
      const expected = full(text);
      if (expected !== null) dated++;
      expect(parseMeetingDate(text), text).toBe(expected);
    }
    expect(dated).toBeGreaterThan(100);
  });

  it('look back past a window for `kéo dài … đến ngày`', () => {
    const text = `Kéo dài ${'thời gian thực hiện các biện pháp, '.repeat(3)}Covid-19 trên địa bàn tỉnh đến ngày 15/12/2021.`;
    expect(scan(text).dates.map((d) => d.kind)).toEqual(['until']);
  });
});

describe('linear time', () => {
  // No timing assertion (performance is measured by the bench): these only have to finish.
  it('scans a 1 MB line of digits and slashes', () => {
    const line = '1/2/'.repeat(250_000);
    expect(line.length).toBe(1_000_000);
    expect(findDates(line).dates).toEqual([]);
  });

  it('scans a 1 MB number and 1 MB of cue words', () => {
    expect(findDates('1'.repeat(1_000_000)).dates).toEqual([]);
    expect(findDates('đến '.repeat(250_000)).dates).toEqual([]);
    expect(findDates('kéo dài '.repeat(125_000) + 'đến ngày 5/12/2021').dates).toHaveLength(1);
  });
});

describe('the scanner gives the reference lexer\'s tokens', () => {
  const fixtures = readdirSync(new URL('../fixtures/', import.meta.url)).sort();

  it.each(fixtures)('%s, as written and as one line, whole and in pieces', (name) => {
    const raw = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
    for (const text of [raw, raw.split('\n').map((l) => l.trim()).join(' ')]) {
      expectSameTokens(text);
      for (let from = 0; from < text.length; from += 97) expectSameTokens(text, from, Math.min(text.length, from + 61));
    }
  });

  it('at the edges of keywords: spaces a phrase may not span, glued digits, case folding', () => {
    const texts = [
      'thứ2', 'thứ 2a', 'thứ 23', 'thứ 8', 'thứ\u20002', 'thứ\n\n7.', 'chậm\u2003nhất', 'chậm\fnhất', 'chậm\u00A0nhất',
      'chậm nhấtt', 'đến hết,', 'đến  hếtx', 'năm học', 'NĂM HỌC', 'năm họcc', 'thứ năm học',
      // İ lower-cases to two code units, the Kelvin sign to k, ſ upper-cases to S: none is a keyword letter.
      'GİA HẠN', 'CHİỀU', 'nghİ quyết', '\u212Aể từ', 'ſau', 'Sau', 'SAU', 'H', 'h', 'hh', 'XIV', 'XIVa', 'xiv',
    ];
    for (const text of texts) expectSameTokens(text);
  });

  it('on the texts of the cases above', () => {
    const texts = [
      ...positive.map(([t]) => t),
      ...negative,
      ...problemCases.map(([t]) => t),
    ];
    for (const text of texts) expectSameTokens(text);
  });

  // Paragraphs made of the lexer's own keywords (whole, word by word, in any case), numbers (the
  // lone digit of `thứ 2` and longer ones), punctuation, Vietnamese letters, other characters
  // (a lone surrogate, the Kelvin sign K that case-folds to k), glued or apart, with every kind of
  // space between: the ones a keyword may span and the ones it may not.
  const phrases = [...dateKeywords.values()].flatMap((words) => words.split('|')).map((p) => p.replace('#', '2'));
  const words = [...new Set(phrases.flatMap((p) => p.split(' '))), 'thứ', 'từng', 'học', 'bao', 'I', 'IV', 'XII', 'IVa', 'v', 'x', 'ſau', 'İ'];
  const spaces = [' ', ' ', ' ', '  ', '\t', '\n', '\r\n', ' \n ', '\u00A0', '\f', '\v', '\u2003', '\u200B', '\u3000', ''];
  const marks = '/-\u2010\u2013\u2014\u2212.,();:!?%“”★×÷\u0301\uD83D\u212A';
  const letters = 'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵẠỆỲ';
  const pick = picker(11);
  const anyCase = (w: string) =>
    [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1), [...w].map((c) => (pick(2) ? c.toUpperCase() : c)).join('')][pick(4)]!;
  const piece = (): string => {
    switch (pick(8)) {
      case 0:
      case 1:
        return anyCase(phrases[pick(phrases.length)]!);
      case 2:
      case 3:
        return anyCase(words[pick(words.length)]!);
      case 4:
        return String(pick(3) === 0 ? pick(100000) : pick(10));
      case 5:
        return marks[pick(marks.length)]!;
      case 6:
        return Array.from({ length: 1 + pick(5) }, () => letters[pick(letters.length)]).join('');
      default:
        return spaces[pick(spaces.length)]!;
    }
  };

  it('on 3,000 generated paragraphs, whole and in a piece', () => {
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let i = 1 + pick(40); i > 0; i--) text += piece() + spaces[pick(spaces.length)]!;
      expectSameTokens(text);
      const from = pick(text.length + 1);
      expectSameTokens(text, from, from + pick(text.length - from + 1));
    }
  });
});
