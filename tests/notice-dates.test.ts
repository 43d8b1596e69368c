/**
 * Every date a notice writes, with its role (`dates`), and what a directive's deadlines add for
 * the people who follow them up: the last day allowed (`due`), deadline or schedule, a relative
 * deadline counted from the notice's own date. Expected values read from the texts below and the
 * fixtures' text.
 */
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/index.js';
import { fixtureBytes } from './helpers.js';

const notice = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH ĐỒNG NAI',
  'Số: 120/TB-UBND',
  'Đồng Nai, ngày 28 tháng 4 năm 2026',
  'THÔNG BÁO',
  'Kết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày 25/4/2026',
  'Ngày 25/4/2026, Chủ tịch UBND tỉnh chủ trì cuộc họp về công tác chuẩn bị kỷ niệm 51 năm Ngày giải phóng (30/4/1975 - 30/4/2026). Chủ tịch UBND tỉnh kết luận như sau:',
  '1. Sở Tài chính báo cáo kết quả trong thời hạn 15 ngày kể từ ngày ký.',
  '2. Sở Nội vụ hoàn thành đề án trong Quý II/2026, thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh.',
  '3. Sở Văn hóa, Thể thao và Du lịch tổ chức Lễ kỷ niệm vào ngày 30/4/2026.',
  '4. Sở Xây dựng rà soát quy hoạch đến năm 2035; trả lời trong 10 ngày làm việc kể từ ngày ký.',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT.',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Nguyễn Văn An',
].join('\n');

describe('a notice’s dates', () => {
  const n = parseNotice(notice);

  // The heading's `tại cuộc họp ngày 25/4/2026` is not listed: the list covers the header's date, the opening, the items and the closing.
  it('lists every date in text order with its role', () => {
    expect(n.dates.map((d) => [d.role, d.date, d.item])).toEqual([
      ['issue', '2026-04-28', null],
      ['meeting', '2026-04-25', null],
      ['anniversary', '1975-04-30', null],
      ['deadline', '2026-05-13', '1'],
      ['deadline', '2026-Q2', '2'],
      ['cited', '2026-03-10', '2'],
      ['schedule', '2026-04-30', '3'],
      ['horizon', '2035', '4'],
      ['deadline', null, '4'],
    ]);
  });

  it('points each date at its words in the input', () => {
    for (const d of n.dates) expect(notice.slice(d.span!.start.offset, d.span!.end.offset)).toBe(d.text);
    expect(n.dates[0]!.text).toBe('Đồng Nai, ngày 28 tháng 4 năm 2026');
  });

  it('counts `15 ngày kể từ ngày ký` from the notice’s own date, but not working days', () => {
    const [d1] = n.directives.find((d) => d.id === '1')!.deadlines;
    expect([d1!.date, d1!.due, d1!.countedFrom, d1!.days, d1!.kind]).toEqual(['2026-05-13', '2026-05-13', '2026-04-28', 15, 'relative']);
    const d4 = n.directives.find((d) => d.id === '4')!.deadlines;
    expect(d4.map((d) => [d.date, d.countedFrom, d.days])).toEqual([[null, null, 10]]);
  });

  it('gives each deadline the last day it allows, and says a schedule from a deadline', () => {
    const [q2] = n.directives.find((d) => d.id === '2')!.deadlines;
    expect([q2!.date, q2!.due, q2!.role, q2!.yearInferred]).toEqual(['2026-Q2', '2026-06-30', 'deadline', false]);
    const [event] = n.directives.find((d) => d.id === '3')!.deadlines;
    expect([event!.date, event!.role]).toEqual(['2026-04-30', 'schedule']);
  });

  it('keeps only deadlines and schedules in the directives', () => {
    const all = n.directives.flatMap((d) => d.deadlines.map((x) => x.date));
    expect(all).toEqual(['2026-05-13', '2026-Q2', '2026-04-30', null]);
  });
});

describe('the fixtures', () => {
  it('000: a year taken from the meeting is said so (`đến ngày 05/12`)', () => {
    const n = parseNotice(fixtureBytes('000'));
    const d = n.directives.find((x) => x.id === '2.-.1')!.deadlines;
    expect(d.map((x) => [x.date, x.due, x.yearInferred])).toEqual([
      ['2021-12-05', '2021-12-05', true],
      ['2022-01', '2022-01-31', false],
    ]);
  });

  it('002: the drafts are for the meeting of 03/12/2021 (a schedule), the measures last until 15/12/2021', () => {
    const n = parseNotice(fixtureBytes('002'));
    expect(n.dates.map((d) => [d.role, d.date])).toEqual([
      ['meeting', '2021-11-29'],
      ['deadline', '2021-12-15'],
      ['schedule', '2021-12-03'],
    ]);
  });
});

describe('a letter with no meeting', () => {
  // Kon Tum, 19/11/2019: the meeting it recalls (15/11) was over when it was signed; its own
  // deadline (10/12/2019) was not. An effective date in the past sets nothing either.
  const letter = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH KON TUM',
    'Số: 4321/UBND-KGVX',
    'V/v triển khai ý kiến chỉ đạo của Thường trực Tỉnh ủy',
    'Kon Tum, ngày 19 tháng 11 năm 2019',
    'Kính gửi:',
    '- Sở Y tế;',
    '- Sở Tài chính.',
    'Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy tại buổi làm việc ngày 15/11/2019, Ủy ban nhân dân tỉnh có ý kiến như sau:',
    'Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát, báo cáo Ủy ban nhân dân tỉnh trước ngày 10/12/2019.',
    'Từ ngày 01/10/2019, Sở Tài chính điều chỉnh mức hỗ trợ.',
  ].join('\n');
  const n = parseNotice(letter);

  it('takes a date over before its own day for the past, not for a deadline', () => {
    expect(n.meeting.date).toBeNull();
    expect(n.dates.map((d) => [d.text, d.role])).toEqual([
      ['Kon Tum, ngày 19 tháng 11 năm 2019', 'issue'],
      ['ngày 15/11/2019', 'past'],
      ['trước ngày 10/12/2019', 'deadline'],
      ['Từ ngày 01/10/2019', 'past'],
    ]);
    expect(n.directives.flatMap((d) => d.deadlines.map((x) => x.due))).toEqual(['2019-12-10']);
  });
});
