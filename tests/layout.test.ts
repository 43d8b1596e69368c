/**
 * The layout pre-pass (src/read/layout.ts): which layout a text is in, how physical lines become
 * logical lines (one per paragraph, item, recipient or signature line), how Markdown and page
 * furniture are removed, and that the offset map points every character back at its source.
 *
 * Every input here is written by hand; the expected lines are read off the input.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSpaceOnly } from '../src/read/chars.js';
import { isWhiteSpace as isJsSpace } from '../src/text/space.js';
import { detectLayout, prepare } from '../src/read/layout.js';
import { FIXTURES } from './helpers.js';

/** PDF-like text: each line followed by a trailing space and a blank line. */
function pdf(lines: string[]): string {
  return lines.map((l) => `${l} \n\n`).join('');
}

/** Markdown text: a bold heading (so the layout is Markdown for sure), then the given lines. */
function md(lines: string[]): string {
  return ['**THÔNG BÁO**  ', '**kết luận của Thường trực Tỉnh ủy**', '', ...lines, ''].join('\n');
}

/** The logical lines of a text after the pre-pass. */
function logical(text: string): string[] {
  const { text: out } = prepare(text);
  expect(out.endsWith('\n') || out === '').toBe(true);
  return out.split('\n').slice(0, -1);
}

/**
 * Characters of the prepared text whose source character differs: a space must come from
 * whitespace (a collapsed run, or the line break of a joined wrap), any other character from
 * the same character. Newlines are not checked: they stand for line ends, not characters.
 */
function mapMismatches(source: string): string[] {
  const prepared = prepare(source);
  const bad: string[] = [];
  for (let i = 0; i < prepared.text.length; i++) {
    const ch = prepared.text[i]!;
    if (ch === '\n') continue;
    const at = prepared.map.toSource(i);
    const src = source[at];
    const ok = ch === ' ' ? src !== undefined && /\s/.test(src) : src === ch;
    if (!ok && bad.length < 10) bad.push(`#${i} ${JSON.stringify(ch)} -> source #${at} ${JSON.stringify(src)}`);
  }
  return bad;
}

/** Offsets where the map goes backwards (for either bias), or ends past the source. */
function monotoneBreaks(source: string): string[] {
  const prepared = prepare(source);
  const bad: string[] = [];
  for (const bias of ['start', 'end'] as const) {
    let last = -1;
    for (let i = 0; i <= prepared.text.length; i++) {
      const at = prepared.map.toSource(i, bias);
      if (at < last || at > source.length) {
        if (bad.length < 10) bad.push(`${bias} #${i}: ${at} after ${last}`);
      }
      last = Math.max(last, at);
    }
  }
  return bad;
}

describe('detectLayout', () => {
  it('reads PDF text: every line followed by a blank line and ending in a space', () => {
    const text = pdf([
      'Ngày 02/12/2021, Thường trực Tỉnh ủy tổ chức họp bàn về công tác phòng, chống dịch',
      'bệnh Covid-19 trên địa bàn tỉnh và cho ý kiến về các nội dung như sau:',
      '1. Sở Y tế đẩy nhanh tiến độ tiêm vắc xin phòng Covid-19, bảo đảm kịp thời, hiệu',
      'quả theo chỉ đạo của Bộ Y tế.',
      '2. Sở Tài chính bố trí kinh phí cho công tác phòng, chống dịch.',
    ]);
    expect(detectLayout(text)).toBe('wrapped');
    expect(prepare(text).layout).toBe('wrapped');
  });

  it('reads PDF text with no blank lines from sentences running on in lower case', () => {
    const text = [
      'Ngày 02/12/2021, Thường trực Tỉnh ủy tổ chức họp bàn về công tác phòng, chống dịch',
      'bệnh Covid-19 trên địa bàn tỉnh và cho ý kiến về các nội dung như sau:',
      '1. Sở Y tế đẩy nhanh tiến độ tiêm vắc xin phòng Covid-19, bảo đảm kịp thời, hiệu',
      'quả theo chỉ đạo của Bộ Y tế và kế hoạch của Ủy ban nhân dân tỉnh đã ban',
      'hành trong tháng 11 năm 2021.',
    ].join('\n');
    expect(detectLayout(text)).toBe('wrapped');
  });

  it('reads Markdown: **bold** and two-space line breaks', () => {
    const text = [
      '**THÔNG BÁO**  ',
      '**kết luận của Thường trực Tỉnh ủy**',
      '',
      'Ngày 12/8/2021, Thường trực Tỉnh ủy họp và kết luận như sau:',
      '',
      '**1.** Sở Y tế đẩy nhanh tiến độ tiêm vắc xin.',
      '',
      '**K/T CHÁNH VĂN PHÒNG  ',
      'PHÓ CHÁNH VĂN PHÒNG**',
    ].join('\n');
    expect(detectLayout(text)).toBe('markdown');
  });

  it('reads Markdown from a pipe table and its rule', () => {
    const text = [
      '| **TỈNH ỦY X**<br>Số 12-TB/TU | **ĐẢNG CỘNG SẢN VIỆT NAM**<br>*X, ngày 5 tháng 3 năm 2022* |',
      '|---|---|',
      '',
      'Ngày 02/3/2022, Thường trực Tỉnh ủy họp.',
    ].join('\n');
    expect(detectLayout(text)).toBe('markdown');
  });

  it('reads plain text: one paragraph a line, no markup', () => {
    const text = [
      'THÔNG BÁO',
      'KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY',
      'Ngày 02/12/2021, Thường trực Tỉnh ủy họp và kết luận như sau:',
      '1. Sở Y tế đẩy nhanh tiến độ tiêm vắc xin phòng Covid-19.',
      '2. Sở Tài chính bố trí kinh phí cho công tác phòng, chống dịch.',
      '3. Sở Giáo dục và Đào tạo xây dựng kế hoạch dạy học trực tiếp.',
      'Văn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện.',
    ].join('\n');
    expect(detectLayout(text)).toBe('plain');
  });

  it('calls a short plain notice with a lower-case title plain', () => {
    const text = [
      'THÔNG BÁO',
      'kết luận của Thường trực Tỉnh ủy',
      'về công tác phòng, chống dịch bệnh Covid-19',
      'Ngày 02/12/2021, Thường trực Tỉnh ủy họp và kết luận như sau:',
      '1. Sở Y tế triển khai thực hiện.',
      '2. Sở Tài chính bố trí kinh phí.',
      'Nơi nhận:',
      '- Lưu Văn phòng Tỉnh ủy.',
      'CHÁNH VĂN PHÒNG',
    ].join('\n');
    expect(detectLayout(text)).toBe('plain');
  });

  it('calls empty and blank text plain', () => {
    expect(detectLayout('')).toBe('plain');
    expect(detectLayout('\n  \n\n')).toBe('plain');
  });
});

describe('joining wrapped lines (PDF text)', () => {
  it('joins a line that starts in lower case to the line above', () => {
    expect(
      logical(
        pdf([
          'Ngày 02/12/2021, Thường trực Tỉnh ủy tổ chức họp bàn về công tác phòng, chống dịch',
          'bệnh Covid-19 trên địa bàn tỉnh và cho ý kiến về các nội dung như sau:',
        ]),
      ),
    ).toEqual([
      'Ngày 02/12/2021, Thường trực Tỉnh ủy tổ chức họp bàn về công tác phòng, chống dịch bệnh Covid-19 trên địa bàn tỉnh và cho ý kiến về các nội dung như sau:',
    ]);
  });

  it('joins `kinh tế` / `- xã hội`, but starts a bullet at `- Sở Y tế` after `…tỉnh.`', () => {
    expect(
      logical(
        pdf([
          '1. Ủy ban nhân dân tỉnh tiếp tục chỉ đạo khôi phục và phát triển kinh tế',
          '- xã hội của tỉnh, bảo đảm an toàn cho người dân trên địa bàn tỉnh.',
          '- Sở Y tế chủ trì, phối hợp với các ngành có liên quan triển khai tiêm vắc xin.',
        ]),
      ),
    ).toEqual([
      '1. Ủy ban nhân dân tỉnh tiếp tục chỉ đạo khôi phục và phát triển kinh tế - xã hội của tỉnh, bảo đảm an toàn cho người dân trên địa bàn tỉnh.',
      '- Sở Y tế chủ trì, phối hợp với các ngành có liên quan triển khai tiêm vắc xin.',
    ]);
  });

  it('starts a bullet at `- Sở Y tế` after a line ending with a comma', () => {
    expect(
      logical(
        pdf([
          '1. Giao các cơ quan sau đây triển khai thực hiện tốt các nhiệm vụ được giao,',
          '- Sở Y tế chủ trì, phối hợp với các ngành có liên quan triển khai tiêm vắc xin.',
        ]),
      ),
    ).toEqual([
      '1. Giao các cơ quan sau đây triển khai thực hiện tốt các nhiệm vụ được giao,',
      '- Sở Y tế chủ trì, phối hợp với các ngành có liên quan triển khai tiêm vắc xin.',
    ]);
  });

  // commune-notices/007: a full line with no closing mark, then the next `- Tờ trình …` of the list.
  it('starts a bullet at `- Tờ trình` after a full line with no stop when the paragraph is a bullet of that sign', () => {
    const lines = [
      '- Tờ trình số 34-TTr/ĐU ngày 18/12/2025 của Đảng uỷ UBND xã về dự thảo Kế',
      'hoạch phát triển Kinh tế - Xã hội xã Công Hải 5 năm giai đoạn 2026 - 2030',
      '- Tờ trình số 35-TTr/ĐU ngày 18/12/2025 của Đảng uỷ UBND xã về dự kiến kế',
      'hoạch đầu tư công trung hạn 2026-2030.',
    ];
    expect(logical(pdf(lines))).toEqual([`${lines[0]} ${lines[1]}`, `${lines[2]} ${lines[3]}`]);
  });

  // commune-documents/003: a numbered heading with no full stop over two full lines, then its bullets.
  it('starts a bullet after a full line with no stop when a bullet is the next marker below', () => {
    const lines = [
      '1. Nâng cao nhận thức, đột phá về đổi mới tư duy, xác định quyết tâm chính trị',
      'mạnh mẽ về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
      '- Các cấp uỷ, tổ chức đảng, cán bộ, đảng viên cần nhận thức đầy đủ tầm quan',
      'trọng của khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của xã.',
      '- Xây dựng kế hoạch tuyên truyền, giáo dục hiệu quả để nâng cao nhận thức.',
    ];
    expect(logical(pdf(lines))).toEqual([`${lines[0]} ${lines[1]}`, `${lines[2]} ${lines[3]}`, lines[4]]);
  });

  // commune-documents/031 and 040: the capitalised second half of a name wrapped at its dash.
  it('joins `Bình Tiên` / `- Vĩnh Hy.` when neither the paragraph nor the next marker is a bullet', () => {
    const lines = [
      '2. Các khu vực xung yếu: khu vực sạt lở đất dọc theo tuyến đường thôn Tập Lá xã',
      'Công Hải qua xã Bác Ái Đông; đoạn đường khu vực núi đường đi từ Bình Tiên',
      '- Vĩnh Hy.',
      '3. Kết quả công tác khắc phục hậu quả mưa lũ trên địa bàn xã trong thời gian qua.',
    ];
    expect(logical(pdf(lines))).toEqual([`${lines[0]} ${lines[1]} ${lines[2]}`, lines[3]]);
  });

  it.each([
    ['12 tuổi', '2. Sở Y tế xây dựng kế hoạch tiêm mũi 2 cho nhân dân từ', '12 tuổi trở lên, hoàn thành trong tháng 12/2021.'],
    ['2021', '3. Sở Y tế báo cáo kết quả thực hiện nhiệm vụ trong năm', '2021 và đề xuất nhiệm vụ năm 2022.'],
  ])('joins a line starting `%s` to an unfinished line', (_name, first, second) => {
    expect(logical(pdf([first, second]))).toEqual([`${first} ${second}`]);
  });

  it('starts an item at the expected next number after a finished line', () => {
    expect(
      logical(
        pdf([
          '1. Sở Y tế đẩy nhanh tiến độ tiêm vắc xin phòng Covid-19 cho nhân dân trên địa bàn',
          'tỉnh.',
          '2. Sở Tài chính bố trí kinh phí cho công tác phòng, chống dịch bệnh trên địa bàn.',
        ]),
      ),
    ).toEqual([
      '1. Sở Y tế đẩy nhanh tiến độ tiêm vắc xin phòng Covid-19 cho nhân dân trên địa bàn tỉnh.',
      '2. Sở Tài chính bố trí kinh phí cho công tác phòng, chống dịch bệnh trên địa bàn.',
    ]);
  });

  it('starts an item at an unexpected `2.1.` after a short heading line with no full stop', () => {
    const lines = [
      '2. Sở Tài chính bố trí kinh phí cho công tác phòng, chống dịch bệnh trên địa bàn.',
      '3. Về một số nhiệm vụ, giải pháp',
      '2.1. Về tầm soát xét nghiệm: Tiếp tục rà soát, cập nhật bổ sung kế hoạch tầm soát',
      'xét nghiệm sát hợp với tình hình.',
    ];
    expect(logical(pdf(lines))).toEqual([lines[0], lines[1], `${lines[2]} ${lines[3]}`]);
  });

  const fullLines = [
    '4. Tăng cường kiểm tra, giám sát chặt chẽ việc giải ngân của các đơn vị, địa phương',
    'để kịp thời tháo gỡ khó khăn, vướng mắc, bảo đảm tiến độ giải ngân trong năm nay.',
  ];
  it.each([
    ['Trên đây là kết luận của Thường trực Tỉnh ủy, đề nghị các cơ quan, đơn vị triển khai'],
    ['Văn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị, địa phương có liên quan biết và'],
  ])('starts a new paragraph at a closing after a full-width line ending with `.`: %s', (closing) => {
    expect(logical(pdf([...fullLines, closing, 'thực hiện nghiêm túc.']))).toEqual([
      `${fullLines[0]} ${fullLines[1]}`,
      `${closing} thực hiện nghiêm túc.`,
    ]);
  });

  it('keeps a full-width line ending with `.` in its paragraph when the next sentence is not a closing', () => {
    const next = 'Sở Kế hoạch và Đầu tư tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày';
    expect(logical(pdf([...fullLines, next, '15/12/2021.']))).toEqual([
      `${fullLines[0]} ${fullLines[1]} ${next} 15/12/2021.`,
    ]);
  });

  it('drops page-number lines (`2`, `- 3 -`, `Trang 4`) and joins the text around them', () => {
    expect(
      logical(
        pdf([
          '1. Sở Y tế tiếp tục chỉ đạo các cơ sở y tế chuẩn bị đầy đủ trang thiết bị, thuốc cho',
          '2',
          'bệnh nhân, bảo đảm an toàn cho người bệnh và nhân viên y tế tại các cơ sở điều trị',
          '- 3 -',
          'trên địa bàn tỉnh.',
          'Trang 4',
          '2. Sở Tài chính bố trí kinh phí.',
        ]),
      ),
    ).toEqual([
      '1. Sở Y tế tiếp tục chỉ đạo các cơ sở y tế chuẩn bị đầy đủ trang thiết bị, thuốc cho bệnh nhân, bảo đảm an toàn cho người bệnh và nhân viên y tế tại các cơ sở điều trị trên địa bàn tỉnh.',
      '2. Sở Tài chính bố trí kinh phí.',
    ]);
  });

  it('splits two columns that a PDF tool put on one line (4 or more spaces apart)', () => {
    expect(
      logical(
        pdf([
          'TỈNH ỦY BẾN TRE          ĐẢNG CỘNG SẢN VIỆT NAM',
          'Số 123-TB/TU      Bến Tre, ngày 21 tháng 11 năm 2022',
          'THÔNG BÁO',
        ]),
      ),
    ).toEqual(['TỈNH ỦY BẾN TRE', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 123-TB/TU', 'Bến Tre, ngày 21 tháng 11 năm 2022', 'THÔNG BÁO']);
  });

  it('does not split a prose line with a wide gap, and collapses the gap to one space', () => {
    expect(logical(pdf(['2. Sở Tài chính     bố trí kinh phí cho công tác phòng, chống dịch.']))).toEqual([
      '2. Sở Tài chính bố trí kinh phí cho công tác phòng, chống dịch.',
    ]);
  });
});

describe('joining wrapped lines at a dash before a number', () => {
  // commune-documents/024: `… Ban Thường vụ Đảng uỷ nhiệm kỳ 2025` / `- 2030; (3) Dự thảo …`
  it('joins a range of numbers wrapped at its dash', () => {
    const lines = logical(pdf(['Ban Thường vụ Đảng uỷ tổ chức Hội nghị, cho ý kiến Chương trình làm việc toàn khoá nhiệm kỳ 2025', '- 2030; (3) Dự thảo Chương trình kiểm tra, giám sát toàn khoá.']));
    expect(lines).toContain('Ban Thường vụ Đảng uỷ tổ chức Hội nghị, cho ý kiến Chương trình làm việc toàn khoá nhiệm kỳ 2025 - 2030; (3) Dự thảo Chương trình kiểm tra, giám sát toàn khoá.');
  });

  // commune-documents/010: `2.1. Về công tác lãnh đạo, chỉ đạo` / `- 100% cơ quan, đơn vị ban hành …`
  it('starts an entry at a number after a word', () => {
    const lines = logical(pdf(['2.1. Về công tác lãnh đạo, chỉ đạo', '- 100% cơ quan, đơn vị ban hành kế hoạch chuyển đổi số năm 2026.']));
    expect(lines.slice(-2)).toEqual(['2.1. Về công tác lãnh đạo, chỉ đạo', '- 100% cơ quan, đơn vị ban hành kế hoạch chuyển đổi số năm 2026.']);
  });
});

describe('joining lines of plain text (a paragraph a line) at a dash', () => {
  const plain = (lines: string[]) => ['THÔNG BÁO', 'kết luận của Ban Thường vụ Huyện ủy', ...lines, ''].join('\n');

  it('joins `… tình hình kinh tế` / `- xã hội của huyện …`: the sentence goes on over the dash', () => {
    expect(logical(plain(['Năm 2021, trong bối cảnh dịch bệnh diễn biến phức tạp, tình hình kinh tế', '- xã hội của huyện vẫn duy trì ổn định.'])).slice(2)).toEqual([
      'Năm 2021, trong bối cảnh dịch bệnh diễn biến phức tạp, tình hình kinh tế - xã hội của huyện vẫn duy trì ổn định.',
    ]);
  });

  it.each([
    // after a colon: a list, even in lower case
    ['Thường trực Huyện ủy yêu cầu:', '- tăng cường công tác kiểm tra, giám sát.'],
    // after a comma: the entries of a list
    ['- đẩy mạnh cải cách hành chính,', '- tăng cường công tác kiểm tra, giám sát.'],
    // a capital after the dash
    ['Ủy ban nhân dân huyện chỉ đạo các ngành', '- Phòng Tài chính - Kế hoạch bố trí vốn.'],
    // a point's label after the dash
    ['Mục đích', '- a) Đổi mới, nâng cao hiệu quả công tác dân vận.'],
  ])('keeps `%s` / `%s` apart', (first, second) => {
    expect(logical(plain([first, second])).slice(2)).toEqual([first, second]);
  });
});

describe('joining recipients', () => {
  const list = [
    'Nơi nhận:',
    '- Thường trực Tỉnh ủy (b/c),',
    '- Các sở: Y tế,',
    'Thông tin và Truyền thông,',
    '- Lưu Văn phòng Tỉnh ủy.',
    'TTH',
    'CHÁNH VĂN PHÒNG',
  ];
  const expected = [
    'Nơi nhận:',
    '- Thường trực Tỉnh ủy (b/c),',
    '- Các sở: Y tế, Thông tin và Truyền thông,',
    '- Lưu Văn phòng Tỉnh ủy.',
    'TTH',
    'CHÁNH VĂN PHÒNG',
  ];

  it.each([
    ['wrapped', pdf(list)],
    ['plain', list.join('\n') + '\n'],
  ])('a dash-less line continues the recipient above; `TTH` does not (%s)', (_layout, text) => {
    expect(logical(text)).toEqual(expected);
  });

  it('does not join `TTH` to a last recipient with no final full stop', () => {
    expect(logical(pdf(['Nơi nhận:', '- Sở Y tế,', '- Lưu Văn phòng Tỉnh ủy', 'TTH']))).toEqual([
      'Nơi nhận:',
      '- Sở Y tế,',
      '- Lưu Văn phòng Tỉnh ủy',
      'TTH',
    ]);
  });

  it.each([
    ['wrapped', pdf(['Nơi nhận:', 'Thường trực Tỉnh ủy,', 'Ủy ban nhân dân tỉnh,', 'Sở Y tế,', 'Lưu Văn phòng Tỉnh ủy.'])],
    ['plain', ['Nơi nhận:', 'Thường trực Tỉnh ủy,', 'Ủy ban nhân dân tỉnh,', 'Sở Y tế,', 'Lưu Văn phòng Tỉnh ủy.'].join('\n')],
  ])('a list with no dashes at all gives one line per recipient (%s)', (_layout, text) => {
    expect(logical(text)).toEqual(['Nơi nhận:', 'Thường trực Tỉnh ủy,', 'Ủy ban nhân dân tỉnh,', 'Sở Y tế,', 'Lưu Văn phòng Tỉnh ủy.']);
  });
});

describe('Markdown', () => {
  it('keeps the heading lines apart', () => {
    expect(logical(md([]))).toEqual(['THÔNG BÁO', 'kết luận của Thường trực Tỉnh ủy']);
  });

  it.each([
    ['`**1.**` becomes `1.`', '**1.** Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành thực hiện.', '1. Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành thực hiện.'],
    ['`*italic*` loses its stars', 'Đề nghị các ngành *khẩn trương* triển khai thực hiện.', 'Đề nghị các ngành khẩn trương triển khai thực hiện.'],
    ['`_italic_` loses its underscores', 'Đề nghị các ngành _khẩn trương_ triển khai thực hiện.', 'Đề nghị các ngành khẩn trương triển khai thực hiện.'],
    ['bold inside a line loses its stars', 'Đồng chí **Ngô Chí Cường**, Bí thư Tỉnh ủy kết luận.', 'Đồng chí Ngô Chí Cường, Bí thư Tỉnh ủy kết luận.'],
    ['`* bullet` keeps its star', '* Về nhiệm vụ thời gian tới:', '* Về nhiệm vụ thời gian tới:'],
    ['an escaped `-` stays', 'Khu vực 1 \\- nông thôn.', 'Khu vực 1 - nông thôn.'],
  ])('%s', (_name, line, expected) => {
    expect(logical(md([line]))).toEqual(['THÔNG BÁO', 'kết luận của Thường trực Tỉnh ủy', expected]);
  });

  it('keeps an escaped `\\*` as a star, not emphasis', () => {
    expect(logical(md(['Kết quả đạt 95\\*, vượt kế hoạch.']))).toEqual([
      'THÔNG BÁO',
      'kết luận của Thường trực Tỉnh ủy',
      'Kết quả đạt 95*, vượt kế hoạch.',
    ]);
  });

  it('reads a `# THÔNG BÁO` heading as `THÔNG BÁO`', () => {
    const text = ['# THÔNG BÁO', '', '**kết luận của Thường trực Tỉnh ủy**', '', 'Ngày 02/3/2022, Thường trực Tỉnh ủy họp.'].join('\n');
    expect(prepare(text).layout).toBe('markdown');
    expect(logical(text)).toEqual(['THÔNG BÁO', 'kết luận của Thường trực Tỉnh ủy', 'Ngày 02/3/2022, Thường trực Tỉnh ủy họp.']);
  });

  it('gives the four cell lines of a pipe table row in order, and drops the `|---|---|` rule', () => {
    const text = [
      '| **TỈNH ỦY X**<br>Số 12-TB/TU | **ĐẢNG CỘNG SẢN VIỆT NAM**<br>*X, ngày 5 tháng 3 năm 2022* |',
      '|---|---|',
      '',
      '# THÔNG BÁO',
    ].join('\n');
    expect(prepare(text).layout).toBe('markdown');
    expect(logical(text)).toEqual([
      'TỈNH ỦY X',
      'Số 12-TB/TU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'X, ngày 5 tháng 3 năm 2022',
      'THÔNG BÁO',
    ]);
  });

  it('splits a bold cell at its two-space line break', () => {
    expect(logical(md(['**K/T CHÁNH VĂN PHÒNG  ', 'PHÓ CHÁNH VĂN PHÒNG**']))).toEqual([
      'THÔNG BÁO',
      'kết luận của Thường trực Tỉnh ủy',
      'K/T CHÁNH VĂN PHÒNG',
      'PHÓ CHÁNH VĂN PHÒNG',
    ]);
  });

  it.each([
    ['with no blank line', ['- Sở Y tế phải có kế hoạch, sẵn sàng khi nhận', 'được vắc xin là triển khai tiêm ngay.']],
    ['with a blank line', ['- Sở Y tế phải có kế hoạch, sẵn sàng khi nhận', '', 'được vắc xin là triển khai tiêm ngay.']],
  ])('joins a paragraph a converter broke mid-sentence (%s)', (_name, lines) => {
    expect(logical(md(lines))).toEqual([
      'THÔNG BÁO',
      'kết luận của Thường trực Tỉnh ủy',
      '- Sở Y tế phải có kế hoạch, sẵn sàng khi nhận được vắc xin là triển khai tiêm ngay.',
    ]);
  });

  it('keeps paragraphs that end a sentence apart', () => {
    expect(logical(md(['- Sở Y tế triển khai tiêm vắc xin.', '- Sở Tài chính bố trí kinh phí.', 'Đồng thời báo cáo kết quả.']))).toEqual([
      'THÔNG BÁO',
      'kết luận của Thường trực Tỉnh ủy',
      '- Sở Y tế triển khai tiêm vắc xin.',
      '- Sở Tài chính bố trí kinh phí.',
      'Đồng thời báo cáo kết quả.',
    ]);
  });
});

describe('the offset map', () => {
  const fixtures = readdirSync(FIXTURES).filter((f) => /\.(txt|md)$/.test(f)).sort();

  it('has the five fixtures to check', () => expect(fixtures).toHaveLength(5));

  describe.each(fixtures)('%s', (name) => {
    const source = readFileSync(join(FIXTURES, name), 'utf8');
    it('points every character of the prepared text at the same character of the source', () => {
      expect(mapMismatches(source)).toEqual([]);
    });
    it('is monotone and stays within the source', () => {
      expect(monotoneBreaks(source)).toEqual([]);
    });
  });

  const handMade: [string, string][] = [
    ['wrapped with page numbers and columns', pdf(['TỈNH ỦY BẾN TRE          ĐẢNG CỘNG SẢN VIỆT NAM', '1. Sở Y tế chỉ đạo các cơ sở y tế chuẩn bị', '- 2 -', 'thuốc men,    trang thiết bị.'])],
    ['markdown with bold, italics and a table', [
      '| **TỈNH ỦY X**<br>Số 12-TB/TU | **ĐẢNG CỘNG SẢN VIỆT NAM**<br>*X, ngày 5 tháng 3 năm 2022* |',
      '|---|---|',
      '# THÔNG BÁO',
      '**1.** Sở Y tế *khẩn trương* triển khai, sẵn sàng khi nhận',
      '',
      'được vắc xin.  ',
      '* Về nhiệm vụ: Tiếp tục thực hiện.',
    ].join('\n')],
    ['plain with tabs and no-break spaces', 'Ngày 02/12/2021,\tThường trực\u00a0Tỉnh ủy họp.\n1. Sở Y tế   triển khai.\n'],
  ];
  it.each(handMade)('round-trips hand-made text: %s', (_name, source) => {
    expect(mapMismatches(source)).toEqual([]);
    expect(monotoneBreaks(source)).toEqual([]);
  });

  it('maps the text after `**1.**` to the `1` in the source', () => {
    const source = md(['**1.** Sở Y tế triển khai.']);
    const prepared = prepare(source);
    const at = prepared.text.indexOf('1. Sở');
    expect(source.slice(prepared.map.toSource(at), prepared.map.toSource(at) + 2)).toBe('1.');
    expect(source.slice(prepared.map.toSource(at + 3), prepared.map.toSource(at + 3) + 4)).toBe('Sở Y');
  });
});

describe('character tests of the pre-pass (src/read/chars.ts)', () => {
  // The pre-pass tests characters with tables and loops instead of the expressions they stand
  // for; each must agree with its expression on every UTF-16 code unit.
  const units = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));

  it('knows the white space that `\\s` and `trim` know', () => {
    const bad = units.filter((ch) => isJsSpace(ch.charCodeAt(0)) !== /\s/.test(ch) || isJsSpace(ch.charCodeAt(0)) !== (ch.trim() === ''));
    expect(bad).toEqual([]);
    expect(isSpaceOnly(' a\u3000\u2028 ', 2, 5)).toBe(true);
    expect(isSpaceOnly(' a ', 0, 3)).toBe(false);
  });
});
