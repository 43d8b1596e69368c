/**
 * What must hold on the five real notices, written from reading them (issue 2's list and more).
 * The full expected JSON is in fixtures/; these assertions name the facts one by one.
 */
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/index.js';
import { codes, fixtureBytes, outline } from './helpers.js';

const parse = (prefix: string) => parseNotice(fixtureBytes(prefix), { name: `${prefix}.txt` });

describe('sample 000 (PDF text)', () => {
  const n = parse('000');
  it('reads the layout and heading', () => {
    expect(n.source.layout).toBe('wrapped');
    expect(n.document.type).toBe('THÔNG BÁO');
    expect(n.document.title).toBe('kết luận của Thường trực Tỉnh ủy');
    expect(n.document.subject).toBeNull();
  });
  it('has items 1 (3 bullets), 2 (2 bullets), 3, 4', () => {
    expect(outline(n.items)).toEqual(['1', ['-', '-', '-'], '2', ['-', '-'], '3', '4']);
  });
  it('joins the page-break line `tuổi trở lên` into item 2', () => {
    expect(n.items[1]!.text).toContain('cho nhân dân từ 18 tuổi trở lên');
    expect(n.items[1]!.text).toMatch(/vào chiều ngày thứ hai \(06\/12\/2021\)\.$/);
  });
  it('has the meeting of 2 December 2021 chaired by Ngô Chí Cường', () => {
    expect(n.meeting.date).toBe('2021-12-02');
    expect(n.meeting.chair?.name).toBe('Ngô Chí Cường');
    expect(n.meeting.chair?.titles).toEqual(['Ủy viên Ban Chấp hành Trung ương Đảng', 'Bí thư Tỉnh ủy']);
  });
  it('has the closing paragraph', () => {
    expect(n.closing).toMatch(/^Văn phòng Tỉnh ủy thông báo và đề nghị/);
    expect(n.closing).toMatch(/nắm, chỉ đạo\.$/);
  });
  it('has 7 recipients, the grouped `Các sở` one over four lines', () => {
    expect(n.recipients.map((r) => r.text)).toEqual([
      'Thường trực Tỉnh ủy (b/c)',
      'Ban cán sự đảng Ủy ban nhân dân tỉnh',
      'Ủy ban MTTQ Việt Nam tỉnh',
      'Hội đồng nhân dân tỉnh',
      'Các sở: Y tế, Thông tin và Truyền thông, Nông nghiệp và Phát triển nông thôn, Ban Quản lý Khu kinh tế tỉnh, Giáo dục và Đào tạo',
      'Văn phòng Ủy ban nhân dân tỉnh',
      'Lưu Văn phòng Tỉnh ủy',
    ]);
    expect(n.recipients[0]).toMatchObject({ name: 'Thường trực Tỉnh ủy', note: 'b/c' });
    const grouped = n.recipients[4]!.span;
    expect(grouped.end.line - grouped.start.line).toBeGreaterThanOrEqual(6); // four lines, blank lines between
  });
  it('is signed CHÁNH VĂN PHÒNG with no name', () => {
    expect(n.signature).toMatchObject({ authority: null, title: 'CHÁNH VĂN PHÒNG', name: null });
  });
  it('has no warnings', () => expect(codes(n)).toEqual([]));
});

describe('sample 001 (Markdown)', () => {
  const n = parse('001');
  it('reads the layout and heading', () => {
    expect(n.source.layout).toBe('markdown');
    expect(n.document.title).toBe('kết luận của Thường trực Tỉnh ủy');
  });
  it('has items 1 and 2 with 12 bullets', () => {
    expect(outline(n.items)).toEqual(['1', '2', Array(12).fill('-')]);
  });
  it('joins the paragraph broken by a blank line mid-sentence', () => {
    expect(n.items[1]!.children[4]!.text).toContain('sẵn sàng khi nhận được vắc xin là triển khai tiêm ngay');
  });
  it('keeps bullet headings ending with a colon', () => {
    expect(n.items[1]!.children[1]!.heading).toBe('Đối với Công ty Cổ phần cắt may sofa Hoa Sen');
    expect(n.items[1]!.children[1]!.text).toMatch(/^Ủy ban nhân dân tỉnh chỉ đạo cách ly/);
  });
  it('has the meeting of 12 August 2021 chaired by Ngô Chí Cường (name in bold)', () => {
    expect(n.meeting.date).toBe('2021-08-12');
    expect(n.meeting.chair?.name).toBe('Ngô Chí Cường');
  });
  it('has 5 recipients and the K/T signature with the name after them', () => {
    expect(n.recipients).toHaveLength(5);
    expect(n.recipients[1]!.text).toBe('Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy');
    expect(n.signature).toMatchObject({
      authority: 'K/T',
      onBehalfOf: 'CHÁNH VĂN PHÒNG',
      authorities: ['K/T CHÁNH VĂN PHÒNG'],
      title: 'PHÓ CHÁNH VĂN PHÒNG',
      name: 'Trần Thanh Bình',
    });
  });
  it('has the closing line', () => expect(n.closing).toBe('Văn phòng Tỉnh ủy thông báo đến các đồng chí biết, tổ chức thực hiện.'));
});

describe('sample 002 (PDF text, irregular numbering)', () => {
  const n = parse('002');
  it('reads title and subject', () => {
    expect(n.document.title).toBe('KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY');
    expect(n.document.subject).toBe('về công tác phòng, chống dịch bệnh Covid-19');
  });
  it('keeps 2.1–2.3 under 3 with numbering warnings, and 4.1, 4.2 under 4', () => {
    expect(outline(n.items)).toEqual(['1', '2', '3', ['2.1', '2.2', '2.3'], '4', ['4.1', '4.2']]);
    expect(codes(n, 'warning')).toEqual(['numbering', 'numbering', 'numbering']);
    expect(n.diagnostics[0]!.line).toBe(72); // the `2.1.` line
  });
  it('takes item headings from the labels', () => {
    expect(n.items[2]!.children.map((c) => c.heading)).toEqual([
      'Về tầm soát xét nghiệm',
      'Về cách ly, điều trị',
      'Về công tác tiêm vắc xin phòng Covid-19',
    ]);
    expect(n.items[2]!.text).toMatch(/^Về một số nhiệm vụ, giải pháp\n\nThường trực Tỉnh ủy cơ bản nhất trí/);
  });
  it('does not take `12-17 tuổi` or `06-12 tuổi` for items', () => {
    expect(n.items[2]!.children[2]!.text).toContain('từ 12-17 tuổi');
    expect(n.items[2]!.children[2]!.text).toContain('từ 06-12 tuổi');
  });
  it('has the meeting of 29 November 2021 with no chair named, Lê Huyền attending and presenting', () => {
    expect(n.meeting.date).toBe('2021-11-29');
    expect(n.meeting.chair).toBeNull();
    expect(n.meeting.attendees.map((p) => [p.name, p.titles])).toEqual([
      ['Lê Huyền', ['Tỉnh ủy viên', 'Phó Chủ tịch Ủy ban nhân dân tỉnh']],
    ]);
    expect(n.meeting.presenters.map((p) => p.name)).toEqual(['Lê Huyền']);
  });
  it('has the closing, 6 recipients and the T/M signature', () => {
    expect(n.closing).toMatch(/^Trên đây là thông báo kết luận của Thường trực Tỉnh ủy/);
    expect(n.recipients).toHaveLength(6);
    expect(n.recipients[0]!.text).toBe('Ban Thường vụ Tỉnh uỷ');
    expect(n.signature).toMatchObject({ authority: 'T/M', onBehalfOf: 'BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Nguyễn Đức Thanh' });
  });
});

describe('sample 003 (PDF text, long title)', () => {
  const n = parse('003');
  it('joins the two title lines and the wrapped subject', () => {
    expect(n.document.title).toBe('KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ TỈNH ỦY - TRƯỞNG BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH BỆNH COVID-19 TỈNH BẾN TRE');
    expect(n.document.subject).toBe(
      'tại Hội nghị sơ kết công tác phòng, chống, kiểm soát dịch bệnh COVID-19 và phục hồi, phát triển kinh tế - xã hội',
    );
  });
  it('has items 1 (3 bullets), 2 (2 bullets), 3 to 7', () => {
    expect(outline(n.items)).toEqual(['1', ['-', '-', '-'], '2', ['-', '-'], '3', '4', '5', '6', '7']);
  });
  it('does not start a bullet at `tế - xã hội`', () => {
    expect(n.items[0]!.text).toMatch(/thúc đẩy phát triển kinh tế - xã hội\.$/);
  });
  it('has the meeting of 18 November 2022 chaired by Lê Đức Thọ, Trần Ngọc Tam attending', () => {
    expect(n.meeting.date).toBe('2022-11-18');
    expect(n.meeting.chair?.name).toBe('Lê Đức Thọ');
    expect(n.meeting.chair?.titles).toEqual([
      'Ủy viên Ban Chấp hành Trung ương Đảng',
      'Bí thư Tỉnh ủy',
      'Trưởng Ban Chỉ đạo phòng, chống dịch bệnh COVID-19 tỉnh',
    ]);
    expect(n.meeting.attendees.map((p) => p.name)).toEqual(['Trần Ngọc Tam']);
    expect(n.meeting.attendees[0]!.titles[0]).toBe('Phó Bí thư Tỉnh ủy');
  });
  it('has 8 recipients, `Các sở, ngành tỉnh …` one entry over two lines', () => {
    expect(n.recipients).toHaveLength(8);
    expect(n.recipients[3]!.text).toBe(
      'Các sở, ngành tỉnh, Đảng đoàn Mặt trận Tổ quốc, các tổ chức chính trị - xã hội, Ban thường vụ Tỉnh đoàn',
    );
    expect(n.recipients[6]).toMatchObject({ name: 'Văn phòng Tỉnh ủy', note: 'BLĐ, PTH' });
  });
  it('ignores the typist initials TTH', () => {
    expect(n.signature).toMatchObject({ authority: null, title: 'CHÁNH VĂN PHÒNG', name: 'Nguyễn Thái Bình' });
    expect(n.recipients.map((r) => r.text)).not.toContain('TTH');
  });
  it('has the closing', () => expect(n.closing).toMatch(/^Trên đây là kết luận của đồng chí Bí thư Tỉnh ủy/));
});

describe('sample 004 (Markdown)', () => {
  const n = parse('004');
  it('reads the heading with no separator', () => {
    expect(n.document.title).toBe('Ý KIẾN CỦA THƯỜNG TRỰC TỈNH ỦY');
    expect(n.document.subject).toBe('về công tác phòng, chống dịch bệnh Covid-19');
  });
  it('has items 1, 2 (2.1–2.7), 3, 4, 5', () => {
    expect(outline(n.items)).toEqual(['1', '2', ['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7'], '3', '4', '5']);
  });
  it('keeps unnumbered paragraphs with the item above', () => {
    expect(n.items[1]!.text).toMatch(/^Để thực hiện thành công .*\n\nThường trực Tỉnh ủy yêu cầu/s);
    expect(n.items[4]!.text).toMatch(/\n\nVề công tác báo cáo nhanh tình hình dịch bệnh/);
    expect(n.closing).toBeNull();
  });
  it('strips the italics and joins the quote broken over a blank line', () => {
    expect(n.items[3]!.text).toContain('“lấy tích cực để đẩy lùi tiêu cực”, “lấy cái đẹp để đẹp cái xấu”');
  });
  it('has the meeting of 12 July 2021 with no chair named', () => {
    expect(n.meeting.date).toBe('2021-07-12');
    expect(n.meeting.chair).toBeNull();
  });
  it('reads `Nơi nhận` without a colon, 5 recipients, and the T/M signature', () => {
    expect(n.recipients).toHaveLength(5);
    expect(n.recipients[0]!.text).toBe('Các đồng chí UVTV Tỉnh ủy');
    expect(n.signature).toMatchObject({ authority: 'T/M', onBehalfOf: 'BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Nguyễn Đức Thanh' });
  });
});
