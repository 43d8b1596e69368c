/**
 * Item labels in capital letters (`A.`, `B.`: parts above Roman sections, or points under `1.` as
 * Word's upperLetter lists have them) and in lower-case Roman numerals (`i.`, `ii.`: the lowest
 * points, Word's lowerRoman). Both are items only where they run in sequence; what looks like one
 * but is not (an initial, a wrapped line starting `A. `, a point letter `i)` after `h)`, `v)`
 * and `x)` in a long lettered list) stays as it was. Every expected value is read from the
 * notices written below, after how the fixtures and the corpus write items.
 */
import { describe, expect, it } from 'vitest';
import type { IToken } from 'chevrotain';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import { parseNotice, parseWordFile } from '../src/index.js';
import type { Item } from '../src/schema/notice.js';
import { readMarker, resolveLabelRuns } from '../src/lexicon/markers.js';
import { noticeLexer, tokenizeLines } from '../grammar/tokens.js';
import { prepare } from '../src/read/layout.js';
import { extractWord } from '../src/read/word/extract.js';
import { essence } from './legacy-encode.js';
import { outline } from './helpers.js';

const head = [
  'ĐẢNG BỘ TỈNH BẾN TRE',
  'HUYỆN ỦY CHÂU THÀNH',
  '*',
  'Số 215-TB/HU',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'Châu Thành, ngày 15 tháng 11 năm 2026',
  'THÔNG BÁO',
  'kết luận của Ban Thường vụ Huyện ủy',
];
const tail = ['Nơi nhận:', '- Các đồng chí Huyện ủy viên,', '- Lưu Văn phòng Huyện ủy.', 'T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Nguyễn Văn An'];
const notice = (body: string[]) => [...head, ...body, ...tail].join('\n');

/** The item at a path of child indexes. */
function at(items: Item[], ...path: number[]): Item {
  let item = items[path[0]!]!;
  for (const k of path.slice(1)) item = item.children[k]!;
  return item;
}

/** Every item of the tree, depth first. */
function all(items: Item[]): Item[] {
  return items.flatMap((i) => [i, ...all(i.children)]);
}

/** tokenizeLines gives what chevrotain's lexer (whose matchers see the whole text) gives. */
function sameTokens(text: string): void {
  const shape = (tokens: IToken[]) => tokens.map((t) => ({ image: t.image, startOffset: t.startOffset, type: t.tokenType.name, payload: t.payload }));
  expect(shape(tokenizeLines(text))).toEqual(shape(noticeLexer({ validate: true }).tokenize(text).tokens));
}

const PARTS = notice([
  'Ngày 12/11/2026, Ban Thường vụ Huyện ủy họp nghe báo cáo tình hình thực hiện nhiệm vụ 10 tháng đầu năm 2026. Sau khi nghe báo cáo và ý kiến thảo luận, đồng chí Bí thư Huyện ủy kết luận như sau:',
  'A. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 10 THÁNG ĐẦU NĂM 2026',
  'I. Về phát triển kinh tế - xã hội',
  'Tổng giá trị sản xuất ước đạt 95% kế hoạch năm; thu ngân sách đạt 88% dự toán.',
  'II. Về công tác xây dựng Đảng',
  'Công tác kiểm tra, giám sát được thực hiện đúng kế hoạch.',
  'B. NHIỆM VỤ TRỌNG TÂM TỪ NAY ĐẾN CUỐI NĂM 2026',
  'I. Về phát triển kinh tế',
  '1. Ủy ban nhân dân huyện chỉ đạo đẩy nhanh tiến độ giải ngân vốn đầu tư công, hoàn thành trước ngày 31/12/2026.',
  '2. Phòng Tài chính - Kế hoạch tham mưu các giải pháp tăng thu ngân sách:',
  'i. Rà soát các nguồn thu còn tồn đọng;',
  'ii. Đôn đốc thu hồi nợ thuế;',
  'iii. Báo cáo kết quả về Thường trực Huyện ủy trước ngày 20/12/2026.',
  'II. Về công tác xây dựng Đảng',
  'Ban Tổ chức Huyện ủy tham mưu công tác chuẩn bị đại hội chi bộ.',
]);

describe('`A.`, `B.` as parts above Roman sections, `i.`, `ii.` as the lowest points', () => {
  const n = parseNotice(PARTS, { spans: false });

  it('builds the tree: parts A and B at the top, their sections, points and numerals under them', () => {
    expect(outline(n.items)).toEqual(['A', ['I', 'II'], 'B', ['I', ['1', '2', ['i', 'ii', 'iii']], 'II']]);
  });

  it('gives the letters as `lettered` items numbered in the alphabet, the numerals as `roman` items', () => {
    expect(at(n.items, 0)).toMatchObject({ id: 'A', label: 'A', number: [1], kind: 'lettered', text: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ 10 THÁNG ĐẦU NĂM 2026' });
    expect(at(n.items, 1)).toMatchObject({ id: 'B', label: 'B', number: [2], kind: 'lettered' });
    expect(at(n.items, 1, 0)).toMatchObject({ id: 'B.I', label: 'I', number: [1], kind: 'roman' });
    expect(at(n.items, 1, 0, 1, 1)).toMatchObject({ id: 'B.I.2.ii', label: 'ii', number: [2], kind: 'roman', text: 'Đôn đốc thu hồi nợ thuế;' });
    expect(at(n.items, 1, 0, 1, 2)).toMatchObject({ id: 'B.I.2.iii', label: 'iii', number: [3], kind: 'roman' });
    expect(at(n.items, 0, 1).text).toBe('Về công tác xây dựng Đảng\n\nCông tác kiểm tra, giám sát được thực hiện đúng kế hoạch.');
  });

  it('raises no numbering warning, and the directives join their items', () => {
    expect(n.diagnostics.filter((d) => d.code === 'numbering')).toEqual([]);
    const byId = new Map(n.directives.map((d) => [d.id, d]));
    expect(byId.get('B.I.1')?.deadlines.map((d) => d.date)).toEqual(['2026-12-31']);
    expect(byId.get('B.I.2.iii')?.deadlines.map((d) => d.date)).toEqual(['2026-12-20']);
    // A point with no body of its own is addressed to the item's body (`Phòng Tài chính - Kế hoạch`).
    expect(byId.get('B.I.2.ii')?.agencies.map((a) => a.role)).toEqual(['lead']);
    const ids = new Set(all(n.items).map((i) => i.id));
    for (const d of n.directives) expect(ids.has(d.id)).toBe(true);
  });

  it('reads the same from a PDF text, wrapped and with a blank line after each line', () => {
    const wrapped = PARTS.split('\n').map((l) => `${l} \n`).join('\n');
    const w = parseNotice(wrapped, { spans: false });
    expect(w.source.layout).toBe('wrapped');
    expect(outline(w.items)).toEqual(outline(n.items));
  });

  it('gives the tokens chevrotain’s lexer gives', () => {
    sameTokens(prepare(PARTS).text);
  });
});

describe('`A.`, `B.` under `1.`, `i.`, `ii.` under them (a Word list: 1. / A. / i.)', () => {
  const n = parseNotice(
    notice([
      'Ban Thường vụ Huyện ủy thống nhất các nội dung sau:',
      '1. Về công tác chuẩn bị Đại hội Đảng bộ huyện:',
      'A. Ban Tổ chức Huyện ủy tham mưu phương án nhân sự.',
      'i. Rà soát quy hoạch cán bộ nhiệm kỳ 2025 - 2030.',
      'ii. Báo cáo Ban Thường vụ Huyện ủy trước ngày 10/12/2026.',
      'B. Văn phòng Huyện ủy chuẩn bị cơ sở vật chất phục vụ Đại hội.',
      '2. Ủy ban nhân dân huyện bố trí kinh phí tổ chức Đại hội.',
    ]),
    { spans: false },
  );

  it('nests the letters under `1.` and the numerals under `A.`; `2.` closes them', () => {
    expect(outline(n.items)).toEqual(['1', ['A', ['i', 'ii'], 'B'], '2']);
    expect(at(n.items, 0, 0)).toMatchObject({ id: '1.A', kind: 'lettered', number: [1] });
    expect(at(n.items, 0, 0, 1)).toMatchObject({ id: '1.A.ii', kind: 'roman', number: [2] });
    expect(n.diagnostics.filter((d) => d.code === 'numbering')).toEqual([]);
  });

  it('a lettered point `a)` with numerals under it, and the next point after them', () => {
    const points = parseNotice(
      notice([
        'Ban Thường vụ Huyện ủy kết luận:',
        '1. Ủy ban nhân dân huyện chỉ đạo:',
        'a) Phòng Nông nghiệp hướng dẫn sản xuất vụ Đông Xuân:',
        'i. Khuyến cáo lịch thời vụ;',
        'ii. Kiểm tra chất lượng giống;',
        'iii. Theo dõi tình hình sâu bệnh;',
        'iv. Hướng dẫn nạo vét kênh mương;',
        'v. Báo cáo kết quả trước ngày 15/12/2026.',
        'b) Phòng Tài nguyên và Môi trường xử lý dứt điểm các vụ việc tồn đọng.',
      ]),
      { spans: false },
    );
    expect(outline(points.items)).toEqual(['1', ['a', ['i', 'ii', 'iii', 'iv', 'v'], 'b']]);
    // `v.` after `iv.` is the numeral five, not the point letter v.
    expect(at(points.items, 0, 0, 4)).toMatchObject({ label: 'v', kind: 'roman', number: [5] });
    expect(at(points.items, 0, 1)).toMatchObject({ label: 'b', kind: 'lettered', number: [2] });
  });
});

describe('numerals under a bullet that introduces them', () => {
  it('`- Về …:` / `i.` / `ii.`: the numerals go under the bullet, the next bullet is its sibling', () => {
    const n = parseNotice(
      notice([
        'Ban Thường vụ Huyện ủy kết luận:',
        '1. Ủy ban nhân dân huyện tập trung chỉ đạo:',
        '- Về nhiệm vụ trọng tâm từ nay đến cuối năm:',
        'i. Hoàn thành giải ngân vốn đầu tư công năm 2026;',
        'ii. Tổ chức tốt các hoạt động mừng Đảng, mừng Xuân.',
        '- Về lâu dài, rà soát điều chỉnh quy hoạch sử dụng đất của huyện.',
        '2. Văn phòng Huyện ủy theo dõi, đôn đốc.',
      ]),
      { spans: false },
    );
    expect(outline(n.items)).toEqual(['1', ['-', ['i', 'ii'], '-'], '2']);
    expect(at(n.items, 0, 0, 0)).toMatchObject({ id: '1.-.1.i', kind: 'roman', number: [1] });
  });
});

describe('what looks like a letter label and is not one', () => {
  it('an initial, and `A. ` wrapped to a line start, stay text (PDF text, wrapped)', () => {
    const lines = [
      ...head,
      'Ngày 12/11/2026, Ban Thường vụ Huyện ủy làm việc với đoàn chuyên gia tại Hội trường',
      'A. Trụ sở Huyện ủy. Đoàn chuyên gia của Cơ quan Hợp tác Quốc tế Nhật Bản do ông',
      'T. Tanaka làm trưởng đoàn báo cáo về dự án cấp nước sạch nông thôn. Sau khi nghe',
      'báo cáo, đồng chí Bí thư Huyện ủy kết luận như sau:',
      '1. Ủy ban nhân dân huyện phối hợp với đoàn chuyên gia khảo sát vị trí xây dựng nhà máy',
      'nước sạch tại các xã, hoàn thành trong tháng 12/2026.',
      '2. Phòng Tài chính - Kế hoạch tham mưu bố trí vốn đối ứng của dự án.',
      ...tail,
    ];
    const n = parseNotice(lines.map((l) => `${l} \n`).join('\n'), { spans: false });
    expect(n.source.layout).toBe('wrapped');
    expect(outline(n.items)).toEqual(['1', '2']);
    expect(n.preamble).toContain('tại Hội trường A. Trụ sở Huyện ủy. Đoàn chuyên gia');
    expect(n.preamble).toContain('do ông T. Tanaka làm trưởng đoàn');
  });

  it('a lone `A.` at a line start, with no `B.` after it, is text (plain text)', () => {
    const n = parseNotice(
      notice([
        'Ban Thường vụ Huyện ủy kết luận:',
        '1. Thống nhất bố trí các phòng làm việc của cơ quan tại dãy nhà',
        'A. Trụ sở cũ sẽ được sửa chữa trong quý I/2027.',
        '2. Văn phòng Huyện ủy lập dự toán sửa chữa trụ sở.',
      ]),
      { spans: false },
    );
    expect(outline(n.items)).toEqual(['1', '2']);
    expect(n.items[0]!.text).toContain('A. Trụ sở cũ sẽ được sửa chữa');
  });

  it('`B)`, `C)` after `a)` (an OCR reading of `b)`, `c)`) stay text: no `A)` starts them', () => {
    const n = parseNotice(
      notice([
        'Ủy ban nhân dân huyện yêu cầu:',
        '1. Mục đích',
        'a) Đổi mới, nâng cao hiệu quả công tác dân vận chính quyền;',
        'B) Triển khai thực hiện đồng bộ ở các cơ quan, đơn vị, địa phương;',
        'C) Bảo đảm sự kế thừa kết quả đã đạt được.',
        '2. Yêu cầu',
      ]),
      { spans: false },
    );
    expect(outline(n.items)).toEqual(['1', ['a'], '2']);
    expect(at(n.items, 0, 0).text).toContain('B) Triển khai thực hiện');
  });

  it('`i)` after `h)` stays a point letter; `v)` and `x)` in a long lettered list stay letters', () => {
    // The Vietnamese point alphabet: a b c d đ e g h i k l m n o p q r s t u v x y.
    const letters = [...'abcdđeghiklmnopqrstuvxy'];
    const n = parseNotice(
      notice([
        'Ban Thường vụ Huyện ủy giao Phòng Lao động - Thương binh và Xã hội rà soát, lập danh sách các đối tượng sau:',
        ...letters.map((l, k) => `${l}) Đối tượng thuộc nhóm ${k + 1} theo quy định;`),
        'Thời gian hoàn thành trước ngày 30/12/2026.',
      ]),
      { spans: false },
    );
    expect(n.items.map((i) => i.label)).toEqual(letters);
    expect(n.items.every((i) => i.kind === 'lettered' && i.children.length === 0)).toBe(true);
    expect(n.items.map((i) => i.number![0])).toEqual(letters.map((_, k) => k + 1));
    expect(n.items[8]).toMatchObject({ label: 'i', number: [9] });
    expect(n.items[20]).toMatchObject({ label: 'v', number: [21] });
    expect(n.items[21]).toMatchObject({ label: 'x', number: [22] });
    expect(n.diagnostics.filter((d) => d.code === 'numbering')).toEqual([]);
  });

  it('`i.` with no `ii.` after it stays a point letter; `vi.` wrapped to a line start is text', () => {
    const n = parseNotice(
      [
        ...head,
        'Ban Thường vụ Huyện ủy kết luận:',
        '1. Ủy ban nhân dân huyện chỉ đạo rà soát các dự án chậm tiến độ, điều chỉnh quy mô đầu tư trong phạm',
        'vi. Tổng mức đầu tư được phê duyệt, không phát sinh nợ đọng xây dựng cơ bản trên địa bàn huyện.',
        '2. Các phòng, ban chuyên môn thực hiện các nội dung:',
        'h) Rà soát thủ tục hành chính;',
        'i) Công khai kết quả giải quyết hồ sơ.',
        ...tail,
      ]
        .map((l) => `${l} \n`)
        .join('\n'),
      { spans: false },
    );
    expect(outline(n.items)).toEqual(['1', '2', ['h', 'i']]);
    expect(n.items[0]!.text).toContain('trong phạm vi. Tổng mức đầu tư');
    expect(at(n.items, 1, 1)).toMatchObject({ kind: 'lettered', number: [9] });
  });

  it('`I.`, `V.`, `X.` are Roman numerals, never letters', () => {
    expect(readMarker('V. Về công tác quốc phòng')).toMatchObject({ kind: 'roman', number: [5] });
    expect(readMarker('X. Về công tác đối ngoại')).toMatchObject({ kind: 'roman', number: [10] });
  });
});

describe('readMarker and resolveLabelRuns', () => {
  it('reads candidate labels', () => {
    expect(readMarker('A. KẾT QUẢ')).toEqual({ kind: 'upper-lettered', label: 'A.', number: [1], length: 3 });
    expect(readMarker('C) Thời gian thực hiện')).toEqual({ kind: 'upper-lettered', label: 'C)', number: [3], length: 3 });
    expect(readMarker('iv. Hướng dẫn')).toEqual({ kind: 'lower-roman', label: 'iv.', number: [4], length: 4 });
    expect(readMarker('ii) hướng dẫn')).toEqual({ kind: 'lower-roman', label: 'ii)', number: [2], length: 4 });
    // After a dot the text starts with a capital, as after `b.`; a numeral must be well formed.
    for (const line of ['A. là', 'A.B', 'A.', 'ii. hướng dẫn', 'iiii. Về', 'vx. Về', 'Đ. Về']) expect(readMarker(line)).toBeNull();
  });

  it('keeps a letter or a numeral only in sequence, every other marker as it is', () => {
    const lines = ['a) Một', 'A. Hai', 'C. Ba', 'i) Bốn', 'ii) Năm', 'vi. Sáu', '1. Bảy', 'B. Tám', 'A. Chín', 'B. Mười'];
    const resolved = resolveLabelRuns(lines.map(readMarker));
    expect(resolved.map((m) => (m ? `${m.kind} ${m.label}` : null))).toEqual([
      'lettered a)',
      null, // `A.` whose next capital label is `C.`
      null, // `C.` after no `B.`
      'lower-roman i)', // `ii)` comes next
      'lower-roman ii)',
      null, // `vi.` after `ii)`
      'numbered 1.',
      null, // `B.` after no `A.`
      'upper-lettered A.',
      'upper-lettered B.',
    ]);
  });
});

describe('a Word list with upperLetter and lowerRoman levels', () => {
  async function wordNotice(): Promise<Buffer> {
    const levels = [
      { format: LevelFormat.UPPER_LETTER, text: '%1.' },
      { format: LevelFormat.DECIMAL, text: '%2.' },
      { format: LevelFormat.LOWER_ROMAN, text: '%3.' },
    ];
    const body: [number, string][] = [
      [0, 'Về phát triển kinh tế'],
      [1, 'Ủy ban nhân dân huyện chỉ đạo đẩy nhanh giải ngân vốn đầu tư công.'],
      [2, 'Phòng Tài chính - Kế hoạch rà soát các dự án chậm giải ngân.'],
      [2, 'Ban Quản lý dự án huyện đẩy nhanh tiến độ thi công.'],
      [1, 'Chi cục Thuế huyện đôn đốc thu hồi nợ thuế.'],
      [0, 'Về công tác xây dựng Đảng'],
      [1, 'Ban Tổ chức Huyện ủy tham mưu công tác cán bộ.'],
    ];
    const document = new Document({
      numbering: { config: [{ reference: 'l', levels: levels.map((l, level) => ({ level, format: l.format, text: l.text, alignment: AlignmentType.START })) }] },
      sections: [
        {
          children: [
            new Paragraph({ text: 'THÔNG BÁO' }),
            new Paragraph({ text: 'kết luận của Ban Thường vụ Huyện ủy' }),
            new Paragraph({ text: 'Ban Thường vụ Huyện ủy kết luận như sau:' }),
            ...body.map(([level, text]) => new Paragraph({ text, numbering: { reference: 'l', level } })),
            ...['Nơi nhận:', '- Như trên,', '- Lưu Văn phòng Huyện ủy.'].map((text) => new Paragraph({ text })),
          ],
        },
      ],
    });
    return Packer.toBuffer(document);
  }

  it('gives items labelled `A`, `B` (lettered) and `i`, `ii` (roman), as typed', async () => {
    const bytes = await wordNotice();
    const typed = [
      'THÔNG BÁO',
      'kết luận của Ban Thường vụ Huyện ủy',
      'Ban Thường vụ Huyện ủy kết luận như sau:',
      'A. Về phát triển kinh tế',
      '1. Ủy ban nhân dân huyện chỉ đạo đẩy nhanh giải ngân vốn đầu tư công.',
      'i. Phòng Tài chính - Kế hoạch rà soát các dự án chậm giải ngân.',
      'ii. Ban Quản lý dự án huyện đẩy nhanh tiến độ thi công.',
      '2. Chi cục Thuế huyện đôn đốc thu hồi nợ thuế.',
      'B. Về công tác xây dựng Đảng',
      '1. Ban Tổ chức Huyện ủy tham mưu công tác cán bộ.',
      'Nơi nhận:',
      '- Như trên,',
      '- Lưu Văn phòng Huyện ủy.',
    ];
    expect((await extractWord(bytes, 'docx')).text.split('\n')).toEqual(typed);
    const n = await parseWordFile(bytes, { spans: false });
    expect(outline(n.items)).toEqual(['A', ['1', ['i', 'ii'], '2'], 'B', ['1']]);
    expect(at(n.items, 0)).toMatchObject({ label: 'A', kind: 'lettered', number: [1] });
    expect(at(n.items, 0, 0, 0)).toMatchObject({ id: 'A.1.i', label: 'i', kind: 'roman', number: [1] });
    expect(essence(n)).toEqual(essence(parseNotice(typed.join('\n'), { spans: false })));
  });
});
