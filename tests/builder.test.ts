/**
 * The builder (src/document/*) through parseNotice, on small notices written by hand: the tree of
 * items, headings, the closing, recipients, the signature, the header, the meeting, diagnostics
 * and spans. Each expected value is read off the input written here.
 */
import { describe, expect, it } from 'vitest';
import { NoticeSchema, parseNotice, type Item, type Notice, type Span } from '../src/index.js';
import { splitHeading } from '../src/document/items.js';
import { codes, fixtureBytes, outline } from './helpers.js';

// ---------------------------------------------------------------------------------------------
// A notice in plain layout (one paragraph a line): header, heading, opening, body, footer.

const HEADER = [
  'TỈNH ỦY BẾN TRE',
  '*',
  'Số 123-TB/TU',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'Bến Tre, ngày 21 tháng 11 năm 2022',
  'THÔNG BÁO',
  'KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY',
  '-----',
];
const OPENING = ['Ngày 02/12/2021, Thường trực Tỉnh ủy họp và kết luận như sau:'];
const FOOTER = ['Nơi nhận:', '- Thường trực Tỉnh ủy (b/c),', '- Lưu Văn phòng Tỉnh ủy.', 'CHÁNH VĂN PHÒNG'];
const BODY = ['1. Sở Y tế triển khai thực hiện.', '2. Sở Tài chính bố trí kinh phí.'];

interface Parts {
  header?: string[];
  opening?: string[];
  body?: string[];
  footer?: string[];
}

function text(parts: Parts = {}): string {
  const { header = HEADER, opening = OPENING, body = BODY, footer = FOOTER } = parts;
  return [...header, ...opening, ...body, ...footer].join('\n') + '\n';
}

function notice(parts: Parts = {}): Notice {
  return parseNotice(text(parts));
}

/** The same notice as PDF text: each line followed by a trailing space and a blank line. */
function pdfText(parts: Parts = {}): string {
  return text(parts)
    .slice(0, -1)
    .split('\n')
    .map((l) => `${l} \n\n`)
    .join('');
}

/** 1-based line of the first input line equal to `line`. */
function lineOf(input: string, line: string): number {
  const k = input.split('\n').indexOf(line);
  if (k < 0) throw new Error(`no line ${line}`);
  return k + 1;
}

/** Lines of the `numbering` warnings. */
function numberingLines(n: Notice): number[] {
  return n.diagnostics.filter((d) => d.code === 'numbering').map((d) => d.line);
}

function* walk(items: Item[]): Generator<Item> {
  for (const item of items) {
    yield item;
    yield* walk(item.children);
  }
}

// ---------------------------------------------------------------------------------------------

describe('the test notice itself', () => {
  it('is plain text with no warnings', () => {
    const n = notice();
    expect(n.source.layout).toBe('plain');
    expect(n.diagnostics).toEqual([]);
    expect(outline(n.items)).toEqual(['1', '2']);
  });
});

describe('items', () => {
  it('builds the tree Roman → numbered → 1.1. → a) → - → +', () => {
    const n = notice({
      body: [
        'I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC',
        '1. Về công tác phòng, chống dịch.',
        '1.1. Sở Y tế tiếp tục theo dõi tình hình.',
        'a) Tổ chức tiêm vắc xin cho người dân.',
        '- Ưu tiên người cao tuổi.',
        '+ Người trên 65 tuổi tiêm trước.',
        '+ Người có bệnh nền tiêm sau.',
        '- Bảo đảm an toàn tiêm chủng.',
        'b) Tổ chức xét nghiệm.',
        '1.2. Sở Tài chính bố trí kinh phí.',
        '2. Về phát triển kinh tế.',
        'II. NHIỆM VỤ THỜI GIAN TỚI',
        '1. Tiếp tục thực hiện tốt các biện pháp.',
      ],
    });
    expect(outline(n.items)).toEqual([
      'I',
      ['1', ['1.1', ['a', ['-', ['+', '+'], '-'], 'b'], '1.2'], '2'],
      'II',
      ['1'],
    ]);
    expect(codes(n, 'warning')).toEqual([]);
    const [sectionI] = n.items;
    expect(sectionI).toMatchObject({ kind: 'roman', number: [1], text: 'NHỮNG KẾT QUẢ ĐẠT ĐƯỢC' });
    const item11 = sectionI!.children[0]!.children[0]!;
    expect(item11).toMatchObject({ kind: 'numbered', label: '1.1', number: [1, 1], text: 'Sở Y tế tiếp tục theo dõi tình hình.' });
    const a = item11.children[0]!;
    expect(a).toMatchObject({ kind: 'lettered', label: 'a', number: [1], text: 'Tổ chức tiêm vắc xin cho người dân.' });
    expect(a.children.map((c) => [c.kind, c.label, c.number, c.text])).toEqual([
      ['bullet', '-', null, 'Ưu tiên người cao tuổi.'],
      ['bullet', '-', null, 'Bảo đảm an toàn tiêm chủng.'],
    ]);
    expect(a.children[0]!.children.map((c) => c.text)).toEqual(['Người trên 65 tuổi tiêm trước.', 'Người có bệnh nền tiêm sau.']);
  });

  it('makes bullets of the same sign siblings, nests `+` and a sign a colon introduces, and keeps another sign beside a bullet that introduces nothing', () => {
    const n = notice({
      body: [
        '1. Các sở, ngành thực hiện các nhiệm vụ sau.',
        '- Về công tác xây dựng Đảng:',
        '+ Kiện toàn tổ chức.',
        '+ Phát triển đảng viên, trong đó:',
        '• Đảng viên trẻ.',
        '- Về công tác dân vận',
        '+ Nắm tình hình nhân dân.',
        '• Tổ chức đối thoại.',
        '+ Giải quyết kiến nghị.',
      ],
    });
    // `• Tổ chức đối thoại.` follows a `+` that introduces nothing: one more point of the list,
    // and the `+` after it is too, as its earlier siblings were `+`.
    expect(outline(n.items)).toEqual(['1', ['-', ['+', '+', ['•']], '-', ['+', '•', '+']]]);
  });

  // As commune-notices/001 writes its item 1: results as `-`, then `*` paragraphs, the second and
  // third ending with a colon over the `-` bullets that follow them.
  it('makes a `*` after a `-` that introduces nothing its sibling, and the `-` after `* … lưu ý:` its children', () => {
    const n = notice({
      body: [
        '1. Về tình hình thực hiện nhiệm vụ: Thường trực Đảng uỷ ghi nhận kết quả trên các mặt:',
        '- Các cơ quan đã đi vào vận hành đảm bảo thông suốt.',
        '- Tổ chức thành công Đại hội đại biểu Đảng bộ xã lần thứ I.',
        '* Bên cạnh đó, cũng còn một số tồn tại, hạn chế; Thường trực Đảng uỷ lưu ý:',
        '- Tình hình an ninh trật tự vẫn còn tiềm ẩn nguy cơ.',
        '- Tình hình vệ sinh môi trường vẫn còn hạn chế.',
        '* Về nhiệm vụ thời gian tới: Thường trực Đảng uỷ lưu ý một số nội dung sau:',
        '- Về công tác xây dựng Đảng:',
        '+ Văn phòng Đảng uỷ xây dựng Chương trình làm việc trước ngày 10/9/2025.',
        '- Về kinh tế - xã hội:',
        '+ Tiếp tục theo dõi, hướng dẫn Nhân dân sản xuất vụ Hè thu.',
        '2. Về công tác chuẩn bị năm học mới.',
      ],
    });
    expect(outline(n.items)).toEqual(['1', ['-', '-', '*', ['-', '-'], '*', ['-', ['+'], '-', ['+']]], '2']);
    expect(n.items[0]!.children[2]!.text).toMatch(/^Bên cạnh đó/);
    expect(n.items[0]!.children[3]!.heading).toBe('Về nhiệm vụ thời gian tới');
  });

  it('nests under a bullet whose heading ends with a colon and whose text follows on the next line', () => {
    const n = notice({
      body: [
        '1. Công tác chi trả các chế độ chính sách.',
        '* Đối với người có công:',
        'Đã hoàn thành chi trả quà tết cho 186 người.',
        '- Hoàn thành chi quà tết Dương lịch.',
        '- Hoàn thành chi trả trợ cấp tháng 01, 02/2026.',
        '* Đối với bảo trợ xã hội: (03 hồ sơ)',
        '- Hoàn thành chi trả trợ cấp cho 470 đối tượng.',
      ],
    });
    expect(outline(n.items)).toEqual(['1', ['*', ['-', '-'], '*', ['-']]]);
  });

  it('closes the bullets at the next numbered item', () => {
    const n = notice({
      body: ['1. Sở Y tế thực hiện các việc sau:', '- Tiêm vắc xin.', '- Xét nghiệm.', '2. Sở Tài chính bố trí kinh phí.'],
    });
    expect(outline(n.items)).toEqual(['1', ['-', '-'], '2']);
    expect(n.items[1]!.text).toBe('Sở Tài chính bố trí kinh phí.');
  });

  it('closes a lettered list at the next numbered item', () => {
    const n = notice({
      body: ['1. Sở Y tế thực hiện các việc sau.', 'a) Tiêm vắc xin.', '- Tại trạm y tế.', 'b) Xét nghiệm.', '2. Sở Tài chính bố trí kinh phí.'],
    });
    expect(outline(n.items)).toEqual(['1', ['a', ['-'], 'b'], '2']);
  });

  const numbering: { name: string; body: string[]; outline: unknown[]; warnAt: string[] }[] = [
    {
      name: '`2.1.` under `3.` stays under 3 and warns',
      body: [
        '1. Sở Y tế triển khai thực hiện.',
        '2. Sở Tài chính bố trí kinh phí.',
        '3. Về một số nhiệm vụ, giải pháp',
        '2.1. Về tầm soát xét nghiệm: Tiếp tục thực hiện.',
        '2.2. Về cách ly, điều trị: Bảo đảm an toàn.',
        '4. Về kiến nghị, đề xuất.',
      ],
      outline: ['1', '2', '3', ['2.1', '2.2'], '4'],
      warnAt: ['2.1. Về tầm soát xét nghiệm: Tiếp tục thực hiện.', '2.2. Về cách ly, điều trị: Bảo đảm an toàn.'],
    },
    {
      name: '`1.1.` with no `1.` warns',
      body: ['1.1. Sở Y tế triển khai thực hiện.', '1.2. Sở Tài chính bố trí kinh phí.'],
      outline: ['1.1', '1.2'],
      warnAt: ['1.1. Sở Y tế triển khai thực hiện.', '1.2. Sở Tài chính bố trí kinh phí.'],
    },
    {
      name: 'a skipped number warns',
      body: ['1. Sở Y tế triển khai thực hiện.', '2. Sở Tài chính bố trí kinh phí.', '4. Sở Nội vụ kiện toàn tổ chức.'],
      outline: ['1', '2', '4'],
      warnAt: ['4. Sở Nội vụ kiện toàn tổ chức.'],
    },
    {
      name: 'a list that starts at `2.` warns',
      body: ['2. Sở Tài chính bố trí kinh phí.', '3. Sở Nội vụ kiện toàn tổ chức.'],
      outline: ['2', '3'],
      warnAt: ['2. Sở Tài chính bố trí kinh phí.'],
    },
    {
      name: 'a repeated number warns',
      body: ['1. Sở Y tế triển khai thực hiện.', '2. Sở Tài chính bố trí kinh phí.', '2. Sở Nội vụ kiện toàn tổ chức.'],
      outline: ['1', '2', '2'],
      warnAt: ['2. Sở Nội vụ kiện toàn tổ chức.'],
    },
    {
      name: '`a)` after `c)` warns',
      body: ['1. Các sở thực hiện các việc sau.', 'a) Việc thứ nhất.', 'b) Việc thứ hai.', 'c) Việc thứ ba.', 'a) Việc thứ tư.'],
      outline: ['1', ['a', 'b', 'c', 'a']],
      warnAt: ['a) Việc thứ tư.'],
    },
    {
      name: '`c)` after `a)` warns',
      body: ['1. Các sở thực hiện các việc sau.', 'a) Việc thứ nhất.', 'c) Việc thứ hai.'],
      outline: ['1', ['a', 'c']],
      warnAt: ['c) Việc thứ hai.'],
    },
    {
      name: 'letters that start at `b)` warn',
      body: ['1. Các sở thực hiện các việc sau.', 'b) Việc thứ nhất.', 'c) Việc thứ hai.'],
      outline: ['1', ['b', 'c']],
      warnAt: ['b) Việc thứ nhất.'],
    },
    {
      name: '`a)` … `đ)` … `e)` in order do not warn',
      body: ['1. Các sở thực hiện các việc sau.', 'a) Một.', 'b) Hai.', 'c) Ba.', 'd) Bốn.', 'đ) Năm.', 'e) Sáu.'],
      outline: ['1', ['a', 'b', 'c', 'd', 'đ', 'e']],
      warnAt: [],
    },
    {
      name: 'letters restart at `a)` under the next item without a warning',
      body: ['1. Các sở thực hiện.', 'a) Một.', 'b) Hai.', '2. Các huyện thực hiện.', 'a) Một.', 'b) Hai.'],
      outline: ['1', ['a', 'b'], '2', ['a', 'b']],
      warnAt: [],
    },
    {
      name: 'Roman sections restart the numbers at `1.` without a warning',
      body: ['I. KẾT QUẢ', '1. Một.', '2. Hai.', 'II. NHIỆM VỤ', '1. Một.', '2. Hai.'],
      outline: ['I', ['1', '2'], 'II', ['1', '2']],
      warnAt: [],
    },
  ];
  it.each(numbering)('numbering: $name', ({ body, outline: tree, warnAt }) => {
    const input = text({ body });
    const n = parseNotice(input);
    expect(outline(n.items)).toEqual(tree);
    expect(numberingLines(n)).toEqual(warnAt.map((l) => lineOf(input, l)));
    expect(n.diagnostics.filter((d) => d.code === 'numbering').every((d) => d.severity === 'warning')).toBe(true);
  });

  it('keeps `2.1.` under `3.` in PDF text when a paragraph stands between them', () => {
    const n = parseNotice(
      pdfText({
        body: [
          '1. Sở Y tế đẩy nhanh tiến độ tiêm vắc xin phòng Covid-19 cho nhân dân trên địa bàn.',
          '2. Sở Tài chính bố trí kinh phí cho công tác phòng, chống dịch bệnh trên địa bàn.',
          '3. Về một số nhiệm vụ, giải pháp',
          'Thường trực Tỉnh ủy cơ bản nhất trí với nhiệm vụ, giải pháp đề ra, lưu ý một số',
          'nội dung trọng tâm sau:',
          '2.1. Về tầm soát xét nghiệm: Tiếp tục rà soát, cập nhật bổ sung kế hoạch tầm soát',
          'xét nghiệm sát hợp với tình hình.',
          '2.2. Về cách ly, điều trị: Bảo đảm an toàn cho người bệnh tại các cơ sở điều trị.',
        ],
      }),
    );
    expect(n.source.layout).toBe('wrapped');
    expect(outline(n.items)).toEqual(['1', '2', '3', ['2.1', '2.2']]);
    expect(codes(n, 'warning')).toEqual(['numbering', 'numbering']);
  });

  it('keeps `2.1.` under `3.` in PDF text right after a heading line with no full stop', () => {
    const n = parseNotice(
      pdfText({
        body: [
          '1. Sở Y tế đẩy nhanh tiến độ tiêm vắc xin phòng Covid-19 cho nhân dân trên địa bàn.',
          '2. Sở Tài chính bố trí kinh phí cho công tác phòng, chống dịch bệnh trên địa bàn.',
          '3. Về một số nhiệm vụ, giải pháp',
          '2.1. Về tầm soát xét nghiệm: Tiếp tục rà soát, cập nhật bổ sung kế hoạch tầm soát',
          'xét nghiệm sát hợp với tình hình.',
          '2.2. Về cách ly, điều trị: Bảo đảm an toàn cho người bệnh tại các cơ sở điều trị.',
        ],
      }),
    );
    expect(outline(n.items)).toEqual(['1', '2', '3', ['2.1', '2.2']]);
    expect(n.items[2]!.text).toBe('Về một số nhiệm vụ, giải pháp');
  });

  // Regression: `g)` once got number 8 (counting the `f` Vietnamese lettering skips).
  it('runs past item 99: `100.` after `99.` is item 100, with no warning', () => {
    const body = Array.from({ length: 120 }, (_, k) => `${k + 1}. Nội dung thứ ${k + 1}.`);
    const n = notice({ body });
    expect(n.items.map((i) => i.label)).toEqual(body.map((_, k) => `${k + 1}`));
    expect(n.items[99]!.text).toBe('Nội dung thứ 100.');
    expect(codes(n)).not.toContain('numbering');
  });

  it('does not warn at `g)` after `e)` (Vietnamese lettering has no f)', () => {
    const body = ['1. Các sở thực hiện các việc sau.', 'a) Một.', 'b) Hai.', 'c) Ba.', 'd) Bốn.', 'đ) Năm.', 'e) Sáu.', 'g) Bảy.', 'h) Tám.'];
    const n = notice({ body });
    expect(outline(n.items)).toEqual(['1', ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h']]);
    expect(numberingLines(n)).toEqual([]);
  });

  it('keeps the text of every item, in order, whatever the numbering', () => {
    const n = notice({ body: numbering[0]!.body });
    expect([...walk(n.items)].map((i) => [i.label, i.heading, i.text])).toEqual([
      ['1', null, 'Sở Y tế triển khai thực hiện.'],
      ['2', null, 'Sở Tài chính bố trí kinh phí.'],
      ['3', null, 'Về một số nhiệm vụ, giải pháp'],
      ['2.1', 'Về tầm soát xét nghiệm', 'Tiếp tục thực hiện.'],
      ['2.2', 'Về cách ly, điều trị', 'Bảo đảm an toàn.'],
      ['4', null, 'Về kiến nghị, đề xuất.'],
    ]);
  });

  it('gives unnumbered paragraphs between items to the item above, joined by a blank line', () => {
    const n = notice({
      body: [
        '1. Sở Y tế tiếp tục theo dõi tình hình dịch bệnh.',
        'Đồng thời, Sở Y tế chuẩn bị phương án cách ly.',
        'Kết quả báo cáo Thường trực Tỉnh ủy.',
        '2. Sở Tài chính bố trí kinh phí.',
      ],
    });
    expect(outline(n.items)).toEqual(['1', '2']);
    expect(n.items[0]!.text).toBe(
      'Sở Y tế tiếp tục theo dõi tình hình dịch bệnh.\n\nĐồng thời, Sở Y tế chuẩn bị phương án cách ly.\n\nKết quả báo cáo Thường trực Tỉnh ủy.',
    );
    expect(n.items[1]!.text).toBe('Sở Tài chính bố trí kinh phí.');
    expect(n.preamble).toBe(OPENING[0]);
    expect(n.closing).toBeNull();
  });

  it('gives a paragraph after a bullet to that bullet', () => {
    const n = notice({ body: ['1. Sở Y tế thực hiện các việc sau:', '- Tiêm vắc xin.', 'Ưu tiên người cao tuổi.', '2. Sở Tài chính bố trí kinh phí.'] });
    expect(n.items[0]!.children[0]!.text).toBe('Tiêm vắc xin.\n\nƯu tiên người cao tuổi.');
  });

  it.each([
    'Trên đây là kết luận của Thường trực Tỉnh ủy, đề nghị các cơ quan, đơn vị triển khai thực hiện.',
    'Văn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện.',
  ])('takes a closing paragraph out of the last item: %s', (closing) => {
    const n = notice({ body: [...BODY, 'Đồng thời báo cáo kết quả thực hiện.', closing] });
    expect(n.closing).toBe(closing);
    expect(n.items[1]!.text).toBe('Sở Tài chính bố trí kinh phí.\n\nĐồng thời báo cáo kết quả thực hiện.');
    expect(n.closingSpan).not.toBeNull();
  });

  // The last paragraph ending with `./.` is the closing when it speaks of carrying the notice out
  // (commune-notices/004, commune-documents/032, 020) or is a note in brackets (commune-documents/017).
  it.each([
    'Căn cứ Kết luận của Thường trực Đảng uỷ, đề nghị Ban Xây dựng Đảng, các cơ quan liên quan nghiêm túc triển khai thực hiện./.',
    'Thường trực Đảng uỷ xã Công Hải báo cáo Văn phòng Tỉnh uỷ biết, tổng hợp./.',
    'Đề nghị các đồng chí tham dự đúng thành phần, thời gian theo quy định./.',
    '(Đính kèm Nghị quyết số 01-NQ/TU ngày 14/7/2025 của Tỉnh uỷ)./.',
  ])('takes the last paragraph ending with `./.` for the closing: %s', (closing) => {
    const n = notice({ body: [...BODY, closing] });
    expect(n.closing).toBe(closing);
    expect(n.items[1]!.text).toBe('Sở Tài chính bố trí kinh phí.');
  });

  // other-issuers/002: the paragraph that ends the notice gives duties of its own.
  it('keeps in the body a last paragraph ending with `./.` that gives duties of its own', () => {
    const last =
      'Ủy ban nhân dân các phường, xã có trách nhiệm chỉ đạo, kiểm tra, nhắc nhở việc treo cờ Tổ quốc ở địa bàn dân cư; Thủ trưởng các cơ quan, đơn vị chỉ đạo, kiểm tra việc treo cờ Tổ quốc ở các đơn vị thuộc quyền quản lý đảm bảo đúng quy định./.';
    const n = notice({ body: [...BODY, last] });
    expect(n.closing).toBeNull();
    expect(n.items[1]!.text).toBe(`Sở Tài chính bố trí kinh phí.\n\n${last}`);
  });

  it('takes a closing paragraph out of a last bullet', () => {
    const closing = 'Văn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện.';
    const n = notice({ body: ['1. Sở Y tế thực hiện các việc sau:', '- Tiêm vắc xin.', '- Xét nghiệm.', closing] });
    expect(n.closing).toBe(closing);
    expect(n.items[0]!.children.map((c) => c.text)).toEqual(['Tiêm vắc xin.', 'Xét nghiệm.']);
  });

  it('keeps the opening as the preamble', () => {
    const opening = [
      'Ngày 02/12/2021, Thường trực Tỉnh ủy họp nghe báo cáo tình hình dịch bệnh.',
      'Sau khi nghe báo cáo, Thường trực Tỉnh ủy kết luận như sau:',
    ];
    const n = notice({ opening });
    expect(n.preamble).toBe(opening.join('\n\n'));
  });
});

describe('splitHeading', () => {
  it.each([
    ['Về tầm soát xét nghiệm: Tiếp tục thực hiện xét nghiệm.', 'Về tầm soát xét nghiệm', 'Tiếp tục thực hiện xét nghiệm.'],
    [
      'Đối với Công ty Cổ phần May Việt Tiến: Ủy ban nhân dân tỉnh chỉ đạo cách ly.',
      'Đối với Công ty Cổ phần May Việt Tiến',
      'Ủy ban nhân dân tỉnh chỉ đạo cách ly.',
    ],
    ['Về nhiệm vụ thời gian tới:', 'Về nhiệm vụ thời gian tới', ''],
    ['Công tác tuyên truyền: Đẩy mạnh thông tin.', 'Công tác tuyên truyền', 'Đẩy mạnh thông tin.'],
  ])('%j has a heading', (paragraph, heading, rest) => {
    expect(splitHeading(paragraph)).toEqual([heading, rest]);
  });

  it.each([
    'Giao Sở Y tế, cơ quan thường trực Ban Chỉ đạo phòng, chống dịch tỉnh: Tiếp tục theo dõi tình hình.',
    'Giao Sở Y tế: Tiếp tục theo dõi tình hình.',
    'Họp vào lúc 17:30 ngày 05/12/2021.',
    'Sở Y tế tiếp tục theo dõi tình hình dịch bệnh.',
    'Sở Y tế đã báo cáo. Kết quả như sau: đạt 95%.',
  ])('%j has no heading', (paragraph) => {
    expect(splitHeading(paragraph)).toEqual([null, paragraph]);
  });

  it('gives items their heading', () => {
    const n = notice({
      body: [
        '1. Về tầm soát xét nghiệm: Tiếp tục thực hiện xét nghiệm.',
        '2. Giao Sở Y tế, cơ quan thường trực Ban Chỉ đạo phòng, chống dịch tỉnh: Tiếp tục theo dõi tình hình.',
        '- Đối với Công ty Cổ phần May Việt Tiến: Ủy ban nhân dân tỉnh chỉ đạo cách ly.',
      ],
    });
    expect([...walk(n.items)].map((i) => [i.heading, i.text])).toEqual([
      ['Về tầm soát xét nghiệm', 'Tiếp tục thực hiện xét nghiệm.'],
      [null, 'Giao Sở Y tế, cơ quan thường trực Ban Chỉ đạo phòng, chống dịch tỉnh: Tiếp tục theo dõi tình hình.'],
      ['Đối với Công ty Cổ phần May Việt Tiến', 'Ủy ban nhân dân tỉnh chỉ đạo cách ly.'],
    ]);
  });
});

describe('recipients', () => {
  it('reads text, name and note, dropping the trailing `,` `;` `.`', () => {
    const n = notice({
      footer: [
        'Nơi nhận:',
        '- Thường trực Tỉnh ủy (b/c),',
        '- Ban cán sự đảng Ủy ban nhân dân tỉnh;',
        '- Sở Y tế (để biết),',
        '- Các sở: Y tế, Tài chính,',
        '- Lưu Văn phòng Tỉnh ủy.',
        'CHÁNH VĂN PHÒNG',
      ],
    });
    expect(n.recipients.map((r) => ({ text: r.text, name: r.name, note: r.note }))).toEqual([
      { text: 'Thường trực Tỉnh ủy (b/c)', name: 'Thường trực Tỉnh ủy', note: 'b/c' },
      { text: 'Ban cán sự đảng Ủy ban nhân dân tỉnh', name: 'Ban cán sự đảng Ủy ban nhân dân tỉnh', note: null },
      { text: 'Sở Y tế (để biết)', name: 'Sở Y tế', note: 'để biết' },
      { text: 'Các sở: Y tế, Tài chính', name: 'Các sở: Y tế, Tài chính', note: null },
      { text: 'Lưu Văn phòng Tỉnh ủy', name: 'Lưu Văn phòng Tỉnh ủy', note: null },
    ]);
  });

  it('continues a recipient on a line without a dash', () => {
    const n = notice({
      footer: [
        'Nơi nhận:',
        '- Các sở: Y tế, Thông tin và Truyền thông,',
        'Nông nghiệp và Phát triển nông thôn,',
        '- Lưu Văn phòng Tỉnh ủy.',
        'CHÁNH VĂN PHÒNG',
      ],
    });
    expect(n.recipients.map((r) => r.text)).toEqual([
      'Các sở: Y tế, Thông tin và Truyền thông, Nông nghiệp và Phát triển nông thôn',
      'Lưu Văn phòng Tỉnh ủy',
    ]);
  });

  it('reads `Nơi nhận` without a colon, and a list with no dashes', () => {
    const n = notice({ footer: ['Nơi nhận', 'Thường trực Tỉnh ủy,', 'Sở Y tế,', 'Lưu VPTU.', 'CHÁNH VĂN PHÒNG'] });
    expect(n.recipients.map((r) => r.text)).toEqual(['Thường trực Tỉnh ủy', 'Sở Y tế', 'Lưu VPTU']);
  });

  it('does not take a copy count after the last recipient for a recipient', () => {
    const n = notice({ footer: ['Nơi nhận:', '- Sở Y tế,', '- Lưu: VT, TH.', 'VT-25b', 'CHÁNH VĂN PHÒNG', 'Nguyễn Văn An'] });
    expect(n.recipients.map((r) => r.text)).toEqual(['Sở Y tế', 'Lưu: VT, TH']);
    expect(n.signature).toMatchObject({ title: 'CHÁNH VĂN PHÒNG', name: 'Nguyễn Văn An' });
  });

  it('does not glue a copy count onto a last recipient that has no final full stop', () => {
    const n = notice({ footer: ['Nơi nhận:', '- Sở Y tế,', '- Lưu VPTU', 'VT-25b', 'CHÁNH VĂN PHÒNG', 'Nguyễn Văn An'] });
    expect(n.recipients.map((r) => r.text)).toEqual(['Sở Y tế', 'Lưu VPTU']);
  });
});

describe('signature', () => {
  const RECIPIENTS = ['Nơi nhận:', '- Như trên;', '- Lưu: VT, TH.'];
  const cases: { name: string; footer: string[]; signature: Record<string, unknown> }[] = [
    {
      name: 'T/M, title, name',
      footer: [...RECIPIENTS, 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Nguyễn Văn An'],
      signature: {
        authority: 'T/M',
        onBehalfOf: 'BAN THƯỜNG VỤ',
        authorities: ['T/M BAN THƯỜNG VỤ'],
        title: 'BÍ THƯ',
        name: 'Nguyễn Văn An',
        digitalStamp: null,
      },
    },
    {
      // other-issuers/003 (Văn phòng Chính phủ): the minister is also the office's chairman.
      name: 'KT. BỘ TRƯỞNG, CHỦ NHIỆM / PHÓ CHỦ NHIỆM: two offices signed for, the title on its own line',
      footer: [...RECIPIENTS, 'KT. BỘ TRƯỞNG, CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM', 'Phạm Mạnh Cường'],
      signature: {
        authority: 'KT.',
        onBehalfOf: 'BỘ TRƯỞNG, CHỦ NHIỆM',
        authorities: ['KT. BỘ TRƯỞNG, CHỦ NHIỆM'],
        title: 'PHÓ CHỦ NHIỆM',
        name: 'Phạm Mạnh Cường',
      },
    },
    {
      name: 'K/T CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG, before the recipients',
      footer: ['K/T CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'Trần Thanh Bình', ...RECIPIENTS],
      signature: {
        authority: 'K/T',
        onBehalfOf: 'CHÁNH VĂN PHÒNG',
        authorities: ['K/T CHÁNH VĂN PHÒNG'],
        title: 'PHÓ CHÁNH VĂN PHÒNG',
        name: 'Trần Thanh Bình',
      },
    },
    {
      name: 'K/T with the name after the recipients',
      footer: ['K/T CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', ...RECIPIENTS, 'Trần Thanh Bình'],
      signature: { authority: 'K/T', onBehalfOf: 'CHÁNH VĂN PHÒNG', title: 'PHÓ CHÁNH VĂN PHÒNG', name: 'Trần Thanh Bình' },
    },
    {
      name: 'a title only, no name',
      footer: [...RECIPIENTS, 'CHÁNH VĂN PHÒNG'],
      signature: { authority: null, onBehalfOf: null, authorities: [], title: 'CHÁNH VĂN PHÒNG', name: null },
    },
    {
      name: 'stacked TL. / KT. / title / name',
      footer: ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'Nguyễn Văn An', ...RECIPIENTS],
      signature: {
        authority: 'TL.',
        onBehalfOf: 'CHỦ TỊCH',
        authorities: ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG'],
        title: 'PHÓ CHÁNH VĂN PHÒNG',
        name: 'Nguyễn Văn An',
      },
    },
    {
      name: 'a squashed one-line cell',
      footer: [...RECIPIENTS, 'TL. CHỦ TỊCH KT. CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG Nguyễn Văn An'],
      signature: {
        authority: 'TL.',
        onBehalfOf: 'CHỦ TỊCH',
        authorities: ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG'],
        title: 'PHÓ CHÁNH VĂN PHÒNG',
        name: 'Nguyễn Văn An',
      },
    },
    {
      name: 'TM. / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH of a state body',
      footer: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Văn Hòa', ...RECIPIENTS],
      signature: {
        authority: 'TM.',
        onBehalfOf: 'ỦY BAN NHÂN DÂN',
        authorities: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'],
        title: 'PHÓ CHỦ TỊCH',
        name: 'Lê Văn Hòa',
      },
    },
    {
      name: 'a digital stamp after the name',
      footer: [...RECIPIENTS, 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Nguyễn Văn An', 'TỈNH ỦY BẾN TRE', '12-08-2021 16:05:11 +07:00'],
      signature: {
        authority: 'T/M',
        authorities: ['T/M BAN THƯỜNG VỤ'],
        title: 'BÍ THƯ',
        name: 'Nguyễn Văn An',
        digitalStamp: { signer: 'TỈNH ỦY BẾN TRE', timestamp: '12-08-2021 16:05:11 +07:00' },
      },
    },
    {
      name: 'typist initials TTH between the recipients and the signature',
      footer: ['Nơi nhận:', '- Các Ủy viên Ban Thường vụ Tỉnh ủy,', '- Lưu Văn phòng Tỉnh ủy.', 'TTH', 'CHÁNH VĂN PHÒNG', 'Nguyễn Thái Bình'],
      signature: { authority: null, authorities: [], title: 'CHÁNH VĂN PHÒNG', name: 'Nguyễn Thái Bình' },
    },
  ];
  it.each(cases)('$name', ({ footer, signature }) => {
    const n = notice({ footer });
    expect(n.signature).toMatchObject(signature);
    expect(n.recipients.length).toBeGreaterThan(0);
    expect(n.recipients.map((r) => r.text)).not.toContain(signature.name);
  });

  it.each(cases)('$name (PDF text)', ({ footer, signature }) => {
    const n = parseNotice(pdfText({ footer }));
    expect(n.source.layout).toBe('wrapped');
    expect(n.signature).toMatchObject(signature);
  });

  it('reads a squashed `T/M BAN THƯỜNG VỤ BÍ THƯ Nguyễn Văn An`', () => {
    const n = notice({ footer: [...RECIPIENTS, 'T/M BAN THƯỜNG VỤ BÍ THƯ Nguyễn Văn An'] });
    expect(n.signature).toMatchObject({
      authority: 'T/M',
      onBehalfOf: 'BAN THƯỜNG VỤ',
      authorities: ['T/M BAN THƯỜNG VỤ'],
      title: 'BÍ THƯ',
      name: 'Nguyễn Văn An',
    });
  });

  // Regression: the head of an inspection commission signs CHỦ NHIỆM, a title once missing.
  it('reads a squashed `T/M ỦY BAN KIỂM TRA CHỦ NHIỆM Nguyễn Văn An` like its stacked form', () => {
    const stacked = notice({ footer: [...RECIPIENTS, 'T/M ỦY BAN KIỂM TRA', 'CHỦ NHIỆM', 'Nguyễn Văn An'] });
    const squashed = notice({ footer: [...RECIPIENTS, 'T/M ỦY BAN KIỂM TRA CHỦ NHIỆM Nguyễn Văn An'] });
    const expected = { authority: 'T/M', onBehalfOf: 'ỦY BAN KIỂM TRA', authorities: ['T/M ỦY BAN KIỂM TRA'], title: 'CHỦ NHIỆM', name: 'Nguyễn Văn An' };
    expect(stacked.signature).toMatchObject(expected);
    expect(squashed.signature).toMatchObject(expected);
  });

  it('keeps a stamp time right after the name out of the name and the recipients', () => {
    const n = notice({ footer: [...RECIPIENTS, 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Nguyễn Văn An', '12-08-2021 16:05:11 +07:00'] });
    expect(n.recipients.map((r) => r.text)).toEqual(['Như trên', 'Lưu: VT, TH']);
    expect(n.signature).toMatchObject({ title: 'BÍ THƯ', name: 'Nguyễn Văn An' });
  });

  it('keeps the digital stamp out of the recipients and the notice’s date', () => {
    const n = notice({ footer: cases.find((c) => c.name.startsWith('a digital stamp'))!.footer });
    expect(n.recipients.map((r) => r.text)).toEqual(['Như trên', 'Lưu: VT, TH']);
    expect(n.document.issuedOn).toBe('2022-11-21');
  });

  it('keeps the typist initials out of the recipients', () => {
    const n = notice({ footer: cases.find((c) => c.name.startsWith('typist'))!.footer });
    expect(n.recipients.map((r) => r.text)).toEqual(['Các Ủy viên Ban Thường vụ Tỉnh ủy', 'Lưu Văn phòng Tỉnh ủy']);
  });

  it('covers the signature block with its span', () => {
    const input = text({ footer: cases[0]!.footer });
    const n = parseNotice(input);
    const span = n.signature!.span;
    expect(input.slice(span.start.offset, span.end.offset)).toBe('T/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn An');
  });
});

describe('header', () => {
  it('reads issuer lines, number, urgency, place and date, and the heading', () => {
    const n = notice({
      header: [
        'ĐẢNG BỘ TỈNH BẾN TRE',
        'TỈNH ỦY BẾN TRE',
        '*',
        'Số 123-TB/TU',
        'HỎA TỐC',
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'Bến Tre, ngày 21 tháng 11 năm 2022',
        'THÔNG BÁO',
        'KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY',
        'về công tác phòng, chống dịch bệnh Covid-19',
        '-----',
      ],
    });
    expect(n.document).toMatchObject({
      type: 'THÔNG BÁO',
      title: 'KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY',
      subject: 'về công tác phòng, chống dịch bệnh Covid-19',
      issuerLines: ['ĐẢNG BỘ TỈNH BẾN TRE', 'TỈNH ỦY BẾN TRE'],
      issuer: 'TỈNH ỦY BẾN TRE',
      number: '123-TB/TU',
      place: 'Bến Tre',
      issuedOn: '2022-11-21',
      urgency: 'HỎA TỐC',
    });
  });

  it('reads a blank number and a blank day: only the month is known', () => {
    const n = notice({
      header: [
        'ĐẢNG ỦY XÃ TÂN PHÚ',
        '*',
        'Số -TB/ĐU',
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'Tân Phú, ngày   tháng 8 năm 2025',
        'THÔNG BÁO',
        'KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY',
        '-----',
      ],
    });
    expect(n.document).toMatchObject({ issuer: 'ĐẢNG ỦY XÃ TÂN PHÚ', number: '-TB/ĐU', place: 'Tân Phú', issuedOn: '2025-08' });
  });

  it('reads a state header', () => {
    const n = notice({
      header: [
        'ỦY BAN NHÂN DÂN TỈNH BẾN TRE',
        'Số: 45/TB-UBND',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Bến Tre, ngày 05 tháng 3 năm 2022',
        'THÔNG BÁO',
        'KẾT LUẬN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
        '-----',
      ],
    });
    expect(n.document).toMatchObject({
      type: 'THÔNG BÁO',
      issuerLines: ['ỦY BAN NHÂN DÂN TỈNH BẾN TRE'],
      number: '45/TB-UBND',
      place: 'Bến Tre',
      issuedOn: '2022-03-05',
      urgency: null,
    });
  });

  it.each([
    // One body over two lines: the level and place go on with the name.
    [['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG'], null, 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG'],
    // A superior body over the issuing one.
    [['ĐẢNG BỘ TỈNH KHÁNH HÒA', 'ĐẢNG ỦY XÃ CÔNG HẢI'], 'ĐẢNG BỘ TỈNH KHÁNH HÒA', 'ĐẢNG ỦY XÃ CÔNG HẢI'],
    [['BỘ TÀI CHÍNH', 'CỤC THUẾ'], 'BỘ TÀI CHÍNH', 'CỤC THUẾ'],
    // Both wrapped: `VÀ …` goes on with the name above it.
    [['ĐOÀN ĐBQH VÀ HĐND', 'THÀNH PHỐ HỒ CHÍ MINH', 'VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI', 'VÀ HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ'],
      'ĐOÀN ĐBQH VÀ HĐND THÀNH PHỐ HỒ CHÍ MINH', 'VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI VÀ HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ'],
  ] as const)('reads the issuer column %j as superior and issuer', (column, superior, issuer) => {
    const n = notice({ header: [...column, 'Số: 45/TB-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'THÔNG BÁO', 'KẾT LUẬN', '-----'] });
    expect(n.document).toMatchObject({ issuerLines: column, superior, issuer });
  });

  it('reads a heading with a lower-case title', () => {
    const n = notice({
      header: ['THÔNG BÁO', 'kết luận của Thường trực Tỉnh ủy', '-----'],
      body: ['1. Sở Y tế triển khai thực hiện.', '2. Sở Tài chính bố trí kinh phí.', '3. Sở Nội vụ kiện toàn tổ chức.', '4. Sở Tư pháp thẩm định.'],
    });
    expect(n.source.layout).toBe('plain');
    expect(n.document).toMatchObject({ type: 'THÔNG BÁO', title: 'kết luận của Thường trực Tỉnh ủy', subject: null, issuer: null, number: null });
  });
});

describe('a Markdown notice with pipe tables', () => {
  const input = [
    '| **TỈNH ỦY X**<br>Số 12-TB/TU | **ĐẢNG CỘNG SẢN VIỆT NAM**<br>*X, ngày 5 tháng 3 năm 2022* |',
    '|---|---|',
    '',
    '# THÔNG BÁO',
    '**kết luận của Thường trực Tỉnh ủy**',
    '',
    'Ngày 02/3/2022, Thường trực Tỉnh ủy họp và kết luận như sau:',
    '',
    '**1.** Sở Y tế *khẩn trương* triển khai tiêm vắc xin.',
    '',
    '* Về nhiệm vụ thời gian tới:',
    '- Tiếp tục theo dõi tình hình.',
    '- Báo cáo kết quả.',
    '',
    '**2.** Sở Tài chính bố trí kinh phí.',
    '',
    '| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT. | **T/M BAN THƯỜNG VỤ**<br>**BÍ THƯ**<br><br>**Nguyễn Văn An** |',
    '|---|---|',
  ].join('\n');
  const n = parseNotice(input);

  it('reads the header cells and the heading', () => {
    expect(n.source.layout).toBe('markdown');
    expect(n.document).toMatchObject({
      type: 'THÔNG BÁO',
      title: 'kết luận của Thường trực Tỉnh ủy',
      issuer: 'TỈNH ỦY X',
      number: '12-TB/TU',
      place: 'X',
      issuedOn: '2022-03-05',
    });
    expect(n.meeting.date).toBe('2022-03-02');
  });

  it('reads the items, with `*` heading a `-` list', () => {
    expect(outline(n.items)).toEqual(['1', ['*', ['-', '-']], '2']);
    expect(n.items[0]!.text).toBe('Sở Y tế khẩn trương triển khai tiêm vắc xin.');
    expect(n.items[0]!.children[0]).toMatchObject({ heading: 'Về nhiệm vụ thời gian tới', text: '' });
  });

  it('reads the recipients and the signature side by side', () => {
    expect(n.recipients.map((r) => r.text)).toEqual(['Như trên', 'Lưu: VT']);
    expect(n.signature).toMatchObject({ authority: 'T/M', onBehalfOf: 'BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Nguyễn Văn An' });
    expect(n.diagnostics).toEqual([]);
  });
});

describe('meeting', () => {
  it('reads the date and the chair with two titles', () => {
    const n = notice({
      opening: [
        'Ngày 02/12/2021, Thường trực Tỉnh ủy tổ chức họp bàn về công tác phòng, chống dịch bệnh Covid-19, đồng chí Ngô Chí Cường, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy kết luận những nội dung như sau:',
      ],
    });
    expect(n.meeting.date).toBe('2021-12-02');
    expect(n.meeting.chair).toMatchObject({
      name: 'Ngô Chí Cường',
      titles: ['Ủy viên Ban Chấp hành Trung ương Đảng', 'Bí thư Tỉnh ủy'],
    });
    expect(n.meeting.attendees).toEqual([]);
    expect(n.meeting.presenters).toEqual([]);
  });

  it('reads an attendee with titles split at `-`, and a presenter', () => {
    const n = notice({
      opening: [
        'Ngày 29/11/2021, Thường trực Tỉnh ủy họp nghe báo cáo tình hình dịch bệnh trên địa bàn tỉnh.',
        'Cùng tham dự có đồng chí Lê Huyền, Tỉnh ủy viên-Phó Chủ tịch Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh.',
        'Sau khi nghe đồng chí Lê Huyền, Tỉnh ủy viên-Phó Chủ tịch Ủy ban nhân dân tỉnh báo cáo, Thường trực Tỉnh ủy kết luận như sau:',
      ],
    });
    expect(n.meeting.date).toBe('2021-11-29');
    expect(n.meeting.chair).toBeNull();
    expect(n.meeting.chairBody).toBe('Thường trực Tỉnh ủy');
    expect(n.meeting.attendees.map((p) => [p.name, p.titles])).toEqual([
      ['Lê Huyền', ['Tỉnh ủy viên', 'Phó Chủ tịch Ủy ban nhân dân tỉnh']],
    ]);
    expect(n.meeting.presenters.map((p) => [p.name, p.titles])).toEqual([
      ['Lê Huyền', ['Tỉnh ủy viên', 'Phó Chủ tịch Ủy ban nhân dân tỉnh']],
    ]);
  });

  it('points a person’s span at the name and titles in the input', () => {
    const opening = ['Ngày 02/12/2021, Thường trực Tỉnh ủy họp, đồng chí Ngô Chí Cường, Bí thư Tỉnh ủy kết luận như sau:'];
    const input = text({ opening });
    const chair = parseNotice(input).meeting.chair!;
    expect(input.slice(chair.span.start.offset, chair.span.end.offset)).toBe('Ngô Chí Cường, Bí thư Tỉnh ủy');
  });

  it.each([
    'Sáng ngày 5/3/2022, Ban Thường vụ Tỉnh ủy họp do đồng chí Ngô Chí Cường, Bí thư Tỉnh ủy chủ trì.',
    'Ngày 5/3/2022, đồng chí Ngô Chí Cường, Bí thư Tỉnh ủy chủ trì cuộc họp Ban Thường vụ Tỉnh ủy.',
  ])('reads the chair of %j', (opening) => {
    const n = notice({ opening: [opening] });
    expect(n.meeting.date).toBe('2022-03-05');
    expect(n.meeting.chair).toMatchObject({ name: 'Ngô Chí Cường', titles: ['Bí thư Tỉnh ủy'] });
  });

  it('reads the chair of `… họp dưới sự chủ trì của đồng chí X, …`', () => {
    const n = notice({
      opening: ['Ngày 02/12/2021, Thường trực Tỉnh ủy họp dưới sự chủ trì của đồng chí Ngô Chí Cường, Bí thư Tỉnh ủy.'],
    });
    expect(n.meeting.chair).toMatchObject({ name: 'Ngô Chí Cường', titles: ['Bí thư Tỉnh ủy'] });
  });

  it('gives no meeting date to an opening with `Căn cứ …`', () => {
    const n = notice({
      opening: [
        'Căn cứ Quy định số 12-QĐi/TU, ngày 05/3/2021 của Ban Thường vụ Tỉnh ủy về chế độ làm việc;',
        'Xét Tờ trình số 45/TTr-SYT, ngày 10/3/2022 của Sở Y tế, Thường trực Tỉnh ủy có ý kiến như sau:',
      ],
    });
    expect(n.meeting.date).toBeNull();
    expect(n.meeting.chair).toBeNull();
  });
});

describe('diagnostics', () => {
  it('gives an error and schema-valid output for empty input', () => {
    const n = parseNotice('');
    expect(NoticeSchema.safeParse(n).success).toBe(true);
    expect(n.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(n.items).toEqual([]);
    expect(n.signature).toBeNull();
  });

  it('gives `not-a-document` for prose with no notice part', () => {
    const n = parseNotice('Hôm nay trời đẹp, chúng tôi đi dạo trong công viên.\nBuổi chiều cả nhà cùng nhau ăn cơm và xem phim.\n');
    expect(NoticeSchema.safeParse(n).success).toBe(true);
    expect(n.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['not-a-document']);
  });

  it('gives info `not-a-notice` for a KẾT LUẬN', () => {
    const n = notice({
      header: ['TỈNH ỦY BẾN TRE', '*', 'Số 45-KL/TU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Bến Tre, ngày 05 tháng 3 năm 2022', 'KẾT LUẬN', 'CỦA BAN THƯỜNG VỤ TỈNH ỦY', '-----'],
    });
    expect(n.document.type).toBe('KẾT LUẬN');
    expect(n.document.title).toBe('CỦA BAN THƯỜNG VỤ TỈNH ỦY');
    expect(n.diagnostics.map((d) => [d.severity, d.code])).toEqual([['info', 'not-a-notice']]);
  });

  it('warns about the missing parts of a notice with only a heading', () => {
    const n = parseNotice('THÔNG BÁO\nKẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY\n');
    expect(codes(n, 'error')).toEqual([]);
    expect(codes(n, 'warning').sort()).toEqual(['no-items', 'no-recipients', 'no-signature']);
  });
});

describe('spans', () => {
  /** Line and column of an offset, counted in the input. */
  function position(input: string, offset: number): { line: number; column: number } {
    const before = input.slice(0, offset);
    return { line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
  }

  function checkSpan(input: string, span: Span): void {
    expect(span.start.offset).toBeGreaterThanOrEqual(0);
    expect(span.start.offset).toBeLessThanOrEqual(span.end.offset);
    expect(span.end.offset).toBeLessThanOrEqual(input.length);
    expect({ line: span.start.line, column: span.start.column }).toEqual(position(input, span.start.offset));
    expect({ line: span.end.line, column: span.end.column }).toEqual(position(input, span.end.offset));
  }

  it('puts every item’s span within the input, starting at its marker and covering its text', () => {
    const input = text({
      body: [
        'I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC',
        '1. Về tầm soát xét nghiệm: Tiếp tục thực hiện xét nghiệm.',
        'Đồng thời báo cáo kết quả.',
        '1.1. Sở Y tế tiếp tục theo dõi tình hình.',
        'a) Tổ chức tiêm vắc xin cho người dân.',
        '- Ưu tiên người cao tuổi.',
        '+ Người trên 65 tuổi tiêm trước.',
        'II. NHIỆM VỤ THỜI GIAN TỚI',
        '1. Tiếp tục thực hiện tốt các biện pháp.',
        'Trên đây là kết luận của Thường trực Tỉnh ủy.',
      ],
    });
    const n = parseNotice(input);
    const items = [...walk(n.items)];
    expect(items).toHaveLength(8);
    for (const item of items) {
      checkSpan(input, item.span);
      const covered = input.slice(item.span.start.offset, item.span.end.offset);
      expect(covered.startsWith(item.label)).toBe(true);
      for (const paragraph of item.text.split('\n\n')) expect(covered).toContain(paragraph);
      if (item.heading) expect(covered).toContain(item.heading);
    }
    expect(input.slice(n.items[0]!.children[0]!.span.start.offset, n.items[0]!.children[0]!.span.end.offset)).toBe(
      '1. Về tầm soát xét nghiệm: Tiếp tục thực hiện xét nghiệm.\nĐồng thời báo cáo kết quả.',
    );
    checkSpan(input, n.closingSpan!);
    checkSpan(input, n.preambleSpan!);
    for (const r of n.recipients) checkSpan(input, r.span);
  });

  it.each(['000', '001', '002', '003', '004'])('puts every item’s span within fixture %s', (prefix) => {
    const bytes = fixtureBytes(prefix);
    const input = bytes.toString('utf8');
    const n = parseNotice(bytes);
    const items = [...walk(n.items)];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      checkSpan(input, item.span);
      expect(input.slice(item.span.start.offset).replace(/^\*\*/, '').startsWith(item.label)).toBe(true);
    }
  });
});
