/**
 * Item labels in brackets, `(1)` … `(6)`: items where they start lines and run in sequence, text
 * where they enumerate inside a sentence. Expected values read from the texts below (the first
 * after corpus commune-documents/016, the second after commune-notices/001).
 */
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/index.js';
import { outline } from './helpers.js';

const head = ['ĐẢNG BỘ TỈNH KHÁNH HOÀ', 'ĐẢNG UỶ XÃ CÔNG HẢI', 'Số 12-TB/ĐU', 'Công Hải, ngày 10 tháng 9 năm 2025', 'THÔNG BÁO', 'KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG UỶ'];
const tail = ['Nơi nhận:', '- Các chi bộ,', '- Lưu Văn phòng Đảng uỷ.', 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Nguyễn Văn Tám'];

describe('bracketed item labels', () => {
  const listed = parseNotice(
    [
      ...head,
      'Ngày 08/9/2025, Ban Thường vụ Đảng uỷ họp và kết luận như sau:',
      '1. Kết thúc hoạt động 06 chi bộ trường học trực thuộc Đảng uỷ xã, gồm:',
      '(1) Chi bộ Trường mẫu giáo Công Hải;',
      '(2) Chi bộ Trường mẫu giáo Phước Chiến;',
      '(3) Chi bộ Trường tiểu học Công Hải.',
      '2. Văn phòng Đảng uỷ tham mưu thành lập các chi bộ mới.',
      ...tail,
    ].join('\n'),
  );

  it('are items when they start lines in a run (1), (2), (3)', () => {
    expect(outline(listed.items)).toEqual(['1', ['(1)', '(2)', '(3)'], '2']);
    const first = listed.items[0]!.children[0]!;
    expect(first).toMatchObject({ id: '1.(1)', label: '(1)', number: [1], kind: 'numbered', text: 'Chi bộ Trường mẫu giáo Công Hải;' });
  });

  it('raise no numbering warning', () => {
    expect(listed.diagnostics.filter((d) => d.code === 'numbering')).toEqual([]);
  });

  it('stay text inside a sentence, also where a wrap puts one at a line start', () => {
    const inline = parseNotice(
      [
        ...head,
        'Ngày 08/9/2025, Ban Thường vụ Đảng uỷ họp cho ý kiến các nội dung: (1) tình hình thực hiện nhiệm vụ; (2) công tác chuẩn bị năm học mới;',
        '(3) Phân công các đồng chí Uỷ viên Ban Thường vụ dự lễ khai giảng năm học mới 2025 - 2026.',
        '1. Văn phòng Đảng uỷ tham mưu tổ chức lễ khai giảng.',
        ...tail,
      ].join('\n'),
    );
    expect(outline(inline.items)).toEqual(['1']);
    expect(inline.preamble).toContain('(3) Phân công các đồng chí');
  });

  it('a (1) with no (2) after it is text', () => {
    const alone = parseNotice([...head, 'Ban Thường vụ kết luận:', '1. Về công tác cán bộ:', '(1) Thống nhất chủ trương.', '2. Văn phòng theo dõi.', ...tail].join('\n'));
    expect(outline(alone.items)).toEqual(['1', '2']);
    expect(alone.items[0]!.text).toContain('(1) Thống nhất chủ trương.');
  });

  it('in a PDF text, a run at line starts breaks the wrapped paragraph; an inline (3) does not', () => {
    const wrapped = [
      ...head,
      'Ngày 08/9/2025, Ban Thường vụ Đảng uỷ họp cho ý kiến các nội dung: (1) tình hình thực hiện nhiệm vụ từ ngày 01/7 đến nay; (2) Công',
      'tác chuẩn bị các điều kiện năm học mới 2025 - 2026; nhiệm vụ trọng tâm thời gian tới của các chi bộ;',
      '(3) Phân công các đồng chí Uỷ viên Ban Thường vụ Đảng uỷ dự lễ khai giảng năm học mới, kết luận như sau:',
      '1. Kết thúc hoạt động 06 chi bộ trường học trực thuộc Đảng uỷ xã, chuyển giao về Đảng uỷ xã để tiến',
      'hành thành lập tổ chức đảng trực thuộc Đảng uỷ theo quy định, gồm:',
      '(1) Chi bộ Trường mẫu giáo Công Hải;',
      '(2) Chi bộ Trường mẫu giáo Phước Chiến.',
      '2. Văn phòng Đảng uỷ tham mưu thành lập các chi bộ mới theo quy định hiện hành của Điều lệ.',
      ...tail,
    ]
      .map((l) => `${l} \n`)
      .join('\n');
    const n = parseNotice(wrapped);
    expect(n.source.layout).toBe('wrapped');
    expect(outline(n.items)).toEqual(['1', ['(1)', '(2)'], '2']);
    expect(n.preamble).toContain('thời gian tới của các chi bộ; (3) Phân công');
  });
});
