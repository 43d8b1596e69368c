/**
 * The heading's title may name the person who concluded: `Ý kiến kết luận của đồng chí X, Chủ tịch
 * HĐND Thành phố tại cuộc họp …` (corpus other-issuers/001). X is the meeting's chair, and the
 * subject starts at `tại`. Expected values read from the texts below.
 */
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/index.js';

function notice(title: string, opening: string): string {
  return [
    'VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI',
    'VÀ HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ',
    'Số: 12/TB-VP',
    'TP. Hồ Chí Minh, ngày 29 tháng 7 năm 2026',
    'THÔNG BÁO',
    title,
    opening,
    '1. Ban Pháp chế chủ trì rà soát các nội dung trình kỳ họp.',
    'Nơi nhận:',
    '- Thường trực HĐND TP;',
    '- Lưu: VT.',
    'CHÁNH VĂN PHÒNG',
    'Võ Anh Tuấn',
  ].join('\n');
}

describe('the chair named in the title', () => {
  const title = 'Ý kiến kết luận của đồng chí Võ Văn Minh, Chủ tịch HĐND Thành phố tại cuộc họp giao ban Thường trực HĐND tuần thứ 30';

  it('is the chair when the opening names none', () => {
    const n = parseNotice(notice(title, 'Ngày 28 tháng 7 năm 2026, Thường trực HĐND Thành phố họp giao ban tuần thứ 30.'));
    expect(n.document.title).toBe('Ý kiến kết luận của đồng chí Võ Văn Minh, Chủ tịch HĐND Thành phố');
    expect(n.document.subject).toBe('tại cuộc họp giao ban Thường trực HĐND tuần thứ 30');
    expect(n.meeting.chair).toMatchObject({ name: 'Võ Văn Minh', titles: ['Chủ tịch HĐND Thành phố'] });
    expect(n.meeting.chair!.span.start.line).toBe(6);
  });

  it('gives way to the chair the opening names (`… đã chủ trì`)', () => {
    const n = parseNotice(
      notice(
        title,
        'Ngày 28 tháng 7 năm 2026, tại trụ sở HĐND Thành phố, đồng chí Võ Văn Minh, Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy, Chủ tịch HĐND Thành phố đã chủ trì cuộc họp giao ban.',
      ),
    );
    expect(n.meeting.chair).toMatchObject({ name: 'Võ Văn Minh', titles: ['Ủy viên Trung ương Đảng', 'Phó Bí thư Thành ủy', 'Chủ tịch HĐND Thành phố'] });
    expect(n.meeting.chair!.span.start.line).toBe(7);
  });

  it('an office without a name is no chair, and `tại` still opens the subject', () => {
    const n = parseNotice(notice('Kết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày 25/4/2026', 'Ngày 25/4/2026, Chủ tịch UBND tỉnh chủ trì cuộc họp về tiến độ giải ngân vốn đầu tư công.'));
    expect(n.document.title).toBe('Kết luận của Chủ tịch UBND tỉnh');
    expect(n.document.subject).toBe('tại cuộc họp ngày 25/4/2026');
    expect(n.meeting.chair).toBeNull();
    expect(n.meeting.date).toBe('2026-04-25');
  });
});
