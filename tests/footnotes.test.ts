/**
 * Footnotes at a notice's foot are its own text, not recipients: `footnotes`, each with its mark,
 * its text and where the mark hangs; the people one lists where the opening names attendees are
 * the meeting's attendees. A recipient wrapped without a dash stays one recipient. Expected values
 * read from the texts below.
 */
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/index.js';

const head = [
  'TỈNH ỦY BÌNH THUẬN',
  'Số 12-TB/TU',
  'Phan Thiết, ngày 10 tháng 9 năm 2025',
  'THÔNG BÁO',
  'KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY',
  'Ngày 08/9/2025, Thường trực Tỉnh ủy họp nghe báo cáo tình hình sản xuất nông nghiệp. Tham dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy[1]. Thường trực Tỉnh ủy kết luận như sau:',
  '1. Hội Nông dân tỉnh phối hợp với Sở Nông nghiệp và Môi trường hướng dẫn nông dân.',
  '2. Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện(2).',
];
const recipients = [
  'Nơi nhận:',
  '- Thường trực Tỉnh ủy (b/c),',
  '- Hội Nông dân tỉnh, Hội Làm vườn tỉnh Bình',
  'Thuận,',
  '- Lưu Văn phòng Tỉnh ủy.',
];
const signature = ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Nguyễn Hoài Anh'];
const footnotes = [
  '_ [1] Gồm các đồng chí: Nguyễn Văn A, Phó Bí thư Tỉnh ủy; Trần Thị B, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy.',
  '(2) Theo Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh',
  'khóa XV, nhiệm kỳ 2025 - 2030.',
];

describe('footnotes after Nơi nhận', () => {
  const n = parseNotice([...head, ...recipients, ...signature, ...footnotes].join('\n'));

  it('are not recipients, and a recipient wrapped without a dash is one', () => {
    expect(n.recipients.map((r) => r.text)).toEqual(['Thường trực Tỉnh ủy (b/c)', 'Hội Nông dân tỉnh, Hội Làm vườn tỉnh Bình Thuận', 'Lưu Văn phòng Tỉnh ủy']);
    expect(n.signature).toMatchObject({ authority: 'T/M', title: 'BÍ THƯ', name: 'Nguyễn Hoài Anh' });
  });

  it('each has its mark, its text (lines joined) and where the mark hangs', () => {
    expect(n.footnotes.map((f) => [f.mark, f.text, f.anchor?.item ?? null])).toEqual([
      ['[1]', 'Gồm các đồng chí: Nguyễn Văn A, Phó Bí thư Tỉnh ủy; Trần Thị B, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy.', null],
      ['(2)', 'Theo Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XV, nhiệm kỳ 2025 - 2030.', '2'],
    ]);
    const [first, second] = n.footnotes;
    // `[1]` after `Tỉnh ủy` on line 6; `(2)` glued to `thực hiện` on line 8.
    expect(first!.anchor!.span).toMatchObject({ start: { line: 6, column: 139 }, end: { line: 6, column: 142 } });
    expect(second!.anchor!.span!.start.line).toBe(8);
    expect(first!.span).toMatchObject({ start: { line: 17, column: 1 } });
    expect(second!.span).toMatchObject({ start: { line: 18, column: 1 }, end: { line: 19 } });
  });

  it('the people a footnote lists where the opening names attendees are the attendees', () => {
    expect(n.meeting.attendees.map((p) => [p.name, p.titles])).toEqual([
      ['Nguyễn Văn A', ['Phó Bí thư Tỉnh ủy']],
      ['Trần Thị B', ['Ủy viên Ban Thường vụ', 'Trưởng Ban Dân vận Tỉnh ủy']],
    ]);
    expect(n.meeting.attendees[0]!.span).toMatchObject({ start: { line: 17, column: 25 } });
  });

  it('in a Markdown text, `[^1]:` is one too', () => {
    const md = parseNotice([...head, '', ...recipients.flatMap((l) => [l, '']), ...signature.map((l) => `**${l}**\n`), '[^1]: Gồm các đồng chí: Nguyễn Văn A, Phó Bí thư Tỉnh ủy.'].join('\n'));
    expect(md.footnotes.map((f) => [f.mark, f.text])).toEqual([['[^1]', 'Gồm các đồng chí: Nguyễn Văn A, Phó Bí thư Tỉnh ủy.']]);
    expect(md.recipients).toHaveLength(3);
  });

  it('with two columns read line by line, a wrapped recipient stays one across the signer\'s title', () => {
    const twoColumns = parseNotice(
      [
        ...head,
        'Nơi nhận:                                              T/M BAN THƯỜNG VỤ',
        '- Thường trực Tỉnh ủy (b/c),',
        '- Hội Nông dân tỉnh, Hội Làm vườn tỉnh Bình                BÍ THƯ',
        'Thuận, Hội Chữ thập đỏ tỉnh,',
        '- Lưu Văn phòng Tỉnh ủy.                               Nguyễn Hoài Anh',
      ].join('\n'),
    );
    expect(twoColumns.recipients.map((r) => r.text)).toEqual([
      'Thường trực Tỉnh ủy (b/c)',
      'Hội Nông dân tỉnh, Hội Làm vườn tỉnh Bình Thuận, Hội Chữ thập đỏ tỉnh',
      'Lưu Văn phòng Tỉnh ủy',
    ]);
    expect(twoColumns.signature).toMatchObject({ title: 'BÍ THƯ', name: 'Nguyễn Hoài Anh' });
    expect(twoColumns.footnotes).toEqual([]);
  });
});
