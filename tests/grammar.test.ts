/**
 * The grammar (grammar/*.ts): line-start markers, the line-shaped tokens, and the parser's rules
 * on tiny prepared texts (one logical line per `\n`, as src/read/layout.ts hands them over).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { readMarker } from '../src/lexicon/markers.js';
import { isWhiteSpace } from '../src/text/space.js';
import { noticeLexer, tokenizeLines } from '../grammar/tokens.js';
import { NoticeParser, parseLines, type LineRule, type NoticeTree, type ParsedLine } from '../grammar/parser.js';
import { prepare } from '../src/read/layout.js';
import { FIXTURES } from './helpers.js';

// ---------------------------------------------------------------------------------------------
// Helpers

/** The texts of the lines taken by `rule`. */
function texts(lines: ParsedLine[], rule: LineRule): string[] {
  return lines.filter((l) => l.rule === rule).map((l) => l.text);
}

/** The first tokens of the lines that start with a token of type `name`. */
function heads(lines: ParsedLine[], name: string): IToken[] {
  return lines.map((l) => l.head).filter((t) => t.tokenType.name === name);
}

/** Parse lines given one per array entry; fail on any parsing error. */
function parse(lines: string[]): NoticeTree {
  const result = parseLines(lines.join('\n') + '\n');
  expect(result.parseErrors).toEqual([]);
  return result.cst;
}

/** The body's lines as `rule: text`. */
function bodyLines(tree: NoticeTree): string[] {
  return tree.body.map((l) => `${l.rule}: ${l.text}`);
}

/** The tail's lines as `rule: text`, the `Nơi nhận` line as `recipients: …`. */
function tailLines(tree: NoticeTree): string[] {
  return tree.tail.map((l) => `${l.rule}: ${l.text}`.trimEnd());
}

/** Every line is its own text, with offsets that point at it in the text parsed. */
function checkLines(text: string, tree: NoticeTree): void {
  const lines = [...tree.header, ...tree.heading, ...tree.addressees, ...tree.body, ...tree.tail];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    expect(text.slice(l.start, l.end)).toBe(l.text);
    expect(l.head.startOffset).toBe(l.start);
    if (l.rest) expect(l.rest.startOffset).toBe(l.start + l.head.image.length);
    if (i > 0) expect(l.start).toBeGreaterThan(lines[i - 1]!.end);
  }
  expect(lines).toHaveLength(text.split('\n').filter((l) => l !== '').length);
}

/** Token type names of one line, lexed alone. */
function lexLine(line: string): { name: string; image: string }[] {
  const result = noticeLexer().tokenize(line + '\n');
  expect(result.errors).toEqual([]);
  return result.tokens.filter((t) => t.tokenType.name !== 'Newline').map((t) => ({ name: t.tokenType.name, image: t.image }));
}

// ---------------------------------------------------------------------------------------------

describe('building the lexer and the parser', () => {
  it('builds the lexer with ensureOptimizations', () => {
    expect(() => noticeLexer({ validate: true })).not.toThrow();
  });

  it('validates the grammar (new NoticeParser(true) does not throw)', () => {
    expect(() => new NoticeParser(true)).not.toThrow();
  });

  it('builds the validated lexer with no definition errors or warnings', () => {
    const lexer = noticeLexer({ validate: true });
    expect(lexer.lexerDefinitionErrors).toEqual([]);
    expect(lexer.lexerDefinitionWarning).toEqual([]);
  });
});

describe('tokenizeLines (the lexer parsing uses)', () => {
  /** Tokens as compared: chevrotain's offset-only tokens, with their payload. */
  const shape = (tokens: IToken[]) =>
    tokens.map((t) => ({ image: t.image, startOffset: t.startOffset, type: t.tokenType.name, idx: t.tokenTypeIdx, payload: t.payload }));
  const validated = noticeLexer({ validate: true });
  const same = (text: string) => expect(shape(tokenizeLines(text))).toEqual(shape(validated.tokenize(text).tokens));

  it.each(readdirSync(FIXTURES).filter((f) => /\.(txt|md)$/.test(f)).sort())('gives the tokens of chevrotain’s lexer on %s', (name) => {
    same(prepare(readFileSync(join(FIXTURES, name), 'utf8')).text);
  });

  it('gives the tokens of chevrotain’s lexer on lines of every kind and on odd texts', () => {
    const lines = [
      'THÔNG BÁO', 'THÔNG BÁO KẾT LUẬN', 'Nơi nhận:', 'NƠI NHẬN :', 'Kính gửi: Sở Y tế', 'Số: 45/TB-VPUBND',
      'Số lượng vắc xin', 'Bến Tre, ngày 21 tháng 11 năm 2022', 'Hà Nội, ngày   tháng 8 năm 2025.', 'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc', 'Nguyễn Văn An', 'CHÁNH VĂN PHÒNG', 'TTH', '-----', '*', '***', '-',
      'về công tác', 'Về công tác', 'V/v triển khai', 'tại Hội nghị', 'Tại Hội nghị', 'TẠI HỘI NGHỊ', '1. Sở Y tế.',
      '2.1 Về', '12.500 tấn', '2021. Năm', 'II. NHIỆM VỤ', 'V. Nguyễn', 'IIII. x', 'a) Tổ chức.', 'b. Tổ chức', 'b. tổ chức',
      '- Sở Y tế.', '-Sở Y tế', '+ x', 'T/M BAN THƯỜNG VỤ', 'TM BAN', 'KT.CHỦ TỊCH', 'Q. CHÁNH VĂN PHÒNG',
      'Ngày 02/12/2021, Thường trực Tỉnh ủy họp.', '(đã ký)', '12-08-2021 16:05:11 +07:00', '\r', ' ', '\t x',
    ];
    same(lines.join('\n') + '\n');
    same(lines.join('\n'));
    same('');
    same('\n\n');
    same('x');
  });
});

describe('readMarker', () => {
  it.each([
    ['1. Sở Y tế', { kind: 'numbered', label: '1.', number: [1], length: 3 }],
    ['2.1. Về tầm soát', { kind: 'numbered', label: '2.1.', number: [2, 1], length: 5 }],
    ['2.1 Về tầm soát', { kind: 'numbered', label: '2.1', number: [2, 1], length: 4 }],
    ['3) Sở Y tế', { kind: 'numbered', label: '3)', number: [3], length: 3 }],
    ['IV. NHIỆM VỤ', { kind: 'roman', label: 'IV.', number: [4], length: 4 }],
    ['II- NHIỆM VỤ', { kind: 'roman', label: 'II-', number: [2], length: 4 }],
    ['a) Tổ chức tiêm', { kind: 'lettered', label: 'a)', number: [1], length: 3 }],
    ['đ) Tổ chức tiêm', { kind: 'lettered', label: 'đ)', number: [5], length: 3 }],
    ['e) Tổ chức tiêm', { kind: 'lettered', label: 'e)', number: [6], length: 3 }],
    ['- Sở Y tế', { kind: 'bullet', label: '-', number: null, length: 2 }],
    ['+ Sở Y tế', { kind: 'bullet', label: '+', number: null, length: 2 }],
    ['• Sở Y tế', { kind: 'bullet', label: '•', number: null, length: 2 }],
    ['* Về nhiệm vụ', { kind: 'bullet', label: '*', number: null, length: 2 }],
    ['-Sở Y tế', { kind: 'bullet', label: '-', number: null, length: 1 }],
  ])('reads %j', (line, expected) => {
    expect(readMarker(line)).toEqual(expected);
  });

  // Lettered points follow the Vietnamese alphabet, a b c d đ e g h i k l … (no f, no j).
  it('numbers the points after `e)` in Vietnamese order: g 7, h 8, i 9, k 10, l 11', () => {
    expect(['g', 'h', 'i', 'k', 'l'].map((l) => readMarker(`${l}) Tổ chức thực hiện.`)?.number)).toEqual([[7], [8], [9], [10], [11]]);
  });

  it.each([
    '12 tuổi trở lên',
    '2021 và các năm tiếp theo',
    '2021. Năm bản lề',
    '12.500 tấn gạo',
    '1.000 liều vắc xin',
    'Covid-19 lan rộng',
    '-19 ca mắc mới',
    'V.I.Lênin đã dạy',
    'a.b',
    'Sở Y tế',
    'về công tác',
  ])('reads no marker in %j', (line) => {
    expect(readMarker(line)).toBeNull();
  });
});

describe('isWhiteSpace', () => {
  it('is the regex class \\s on every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) wrong.push(code);
    expect(wrong).toEqual([]);
  });
});

describe('tokens of single lines', () => {
  it.each([
    ['THÔNG BÁO', ['DocType']],
    ['THÔNG BÁO KẾT LUẬN', ['DocType', 'Rest']],
    ['Nơi nhận:', ['RecipientsHead']],
    ['Nơi nhận', ['RecipientsHead']],
    ['NƠI NHẬN :', ['RecipientsHead']],
    ['Kính gửi: Sở Y tế', ['AddresseesHead', 'Rest']],
    ['Số 123-TB/TU', ['DocNumber']],
    ['Số: 45/TB-VPUBND', ['DocNumber']],
    ['Số -TB/ĐU', ['DocNumber']],
    ['Bến Tre, ngày 21 tháng 11 năm 2022', ['PlaceDate']],
    ['Hà Nội, ngày   tháng 8 năm 2025', ['PlaceDate']],
    ['ĐẢNG CỘNG SẢN VIỆT NAM', ['Motto']],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', ['Motto']],
    ['Độc lập - Tự do - Hạnh phúc', ['Motto']],
    ['Nguyễn Văn An', ['PersonName']],
    ['CHÁNH VĂN PHÒNG', ['CapsLine']],
    ['TTH', ['CapsLine']],
    ['-----', ['Separator']],
    ['*', ['Separator']],
    ['về công tác phòng, chống dịch bệnh Covid-19', ['SubjectText']],
    ['Về công tác phòng, chống dịch bệnh Covid-19', ['SubjectText']],
    ['V/v triển khai tiêm vắc xin', ['SubjectText']],
    ['1. Sở Y tế đẩy nhanh tiến độ.', ['NumberMarker', 'Rest']],
    ['II. NHIỆM VỤ THỜI GIAN TỚI', ['RomanMarker', 'Rest']],
    ['a) Tổ chức tiêm.', ['LetterMarker', 'Rest']],
    ['- Sở Y tế.', ['Bullet', 'Rest']],
    ['Ngày 02/12/2021, Thường trực Tỉnh ủy họp.', ['Text']],
  ])('%j → %j', (line, names) => {
    expect(lexLine(line).map((t) => t.name)).toEqual(names);
  });

  it.each([
    ['T/M BAN THƯỜNG VỤ', 'T/M ', 'BAN THƯỜNG VỤ'],
    ['K/T CHÁNH VĂN PHÒNG', 'K/T ', 'CHÁNH VĂN PHÒNG'],
    ['TM. ỦY BAN NHÂN DÂN', 'TM. ', 'ỦY BAN NHÂN DÂN'],
    ['KT. CHỦ TỊCH', 'KT. ', 'CHỦ TỊCH'],
    ['TL. CHỦ TỊCH', 'TL. ', 'CHỦ TỊCH'],
    ['Q. CHÁNH VĂN PHÒNG', 'Q. ', 'CHÁNH VĂN PHÒNG'],
  ])('%j → Authority %j + rest %j', (line, authority, rest) => {
    const t = lexLine(line);
    expect(t).toHaveLength(2);
    expect(t[0]).toEqual({ name: 'Authority', image: authority });
    expect(t[1]!.image).toBe(rest);
    expect(t[1]!.name).not.toBe('Authority');
  });

  it('reads `Số lượng vắc xin …` as text, not a number', () => {
    expect(lexLine('Số lượng vắc xin được phân bổ cho tỉnh').map((t) => t.name)).not.toContain('DocNumber');
  });

  it('keeps the marker in the NumberMarker token and its numbers in the payload', () => {
    const [marker] = noticeLexer().tokenize('2.1. Về tầm soát xét nghiệm\n').tokens;
    expect(marker!.image).toBe('2.1. ');
    expect(marker!.payload).toMatchObject({ kind: 'numbered', number: [2, 1] });
  });
});

describe('parser rules', () => {
  const heading = ['THÔNG BÁO', 'kết luận của Thường trực Tỉnh ủy', '-----'];

  it('reads the header: every line before the heading', () => {
    const cst = parse([
      'TỈNH ỦY BẾN TRE',
      '*',
      'Số 123-TB/TU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Bến Tre, ngày 21 tháng 11 năm 2022',
      ...heading,
      'Ngày 02/12/2021, Thường trực Tỉnh ủy họp.',
    ]);
    expect(texts(cst.header, 'headerLine')).toEqual([
      'TỈNH ỦY BẾN TRE',
      '*',
      'Số 123-TB/TU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Bến Tre, ngày 21 tháng 11 năm 2022',
    ]);
    expect(heads(cst.heading, 'DocType').map((t) => t.image.trim())).toEqual(['THÔNG BÁO']);
    expect(bodyLines(cst)).toEqual(['paragraph: Ngày 02/12/2021, Thường trực Tỉnh ủy họp.']);
  });

  it('reads a heading with title lines in lower case and capitals, a subject and a separator', () => {
    const cst = parse([
      'THÔNG BÁO',
      'ý kiến chỉ đạo của Thường trực Tỉnh ủy',
      'TẠI BUỔI LÀM VIỆC VỚI HUYỆN ỦY CHÂU THÀNH',
      'về công tác phòng, chống dịch bệnh Covid-19',
      '-----',
      'Ngày 02/12/2021, Thường trực Tỉnh ủy làm việc với Huyện ủy Châu Thành.',
    ]);
    expect(cst.header).toEqual([]);
    const h = cst.heading;
    expect(heads(h, 'DocType')).toHaveLength(1);
    expect(texts(h, 'titleLine')).toEqual([
      'ý kiến chỉ đạo của Thường trực Tỉnh ủy',
      'TẠI BUỔI LÀM VIỆC VỚI HUYỆN ỦY CHÂU THÀNH',
    ]);
    expect(texts(h, 'subjectLine')).toEqual(['về công tác phòng, chống dịch bệnh Covid-19']);
    expect(heads(h, 'Separator')).toHaveLength(1);
    expect(h.map((l) => l.rule)).toEqual(['heading', 'titleLine', 'titleLine', 'subjectLine', 'heading']);
    expect(bodyLines(cst)).toEqual(['paragraph: Ngày 02/12/2021, Thường trực Tỉnh ủy làm việc với Huyện ủy Châu Thành.']);
  });

  it('reads a second type in capitals under THÔNG BÁO as a title line', () => {
    const cst = parse(['THÔNG BÁO', 'KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY', '-----', 'Ngày 29/11/2021, Thường trực Tỉnh ủy họp.']);
    const h = cst.heading;
    expect(heads(h, 'DocType')).toHaveLength(2);
    expect(texts(h, 'titleLine')).toEqual(['KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY']);
    expect(h[1]!.head.image).toBe('KẾT LUẬN ');
    expect(h[1]!.rest!.image).toBe('CỦA THƯỜNG TRỰC TỈNH ỦY');
  });

  it('reads a heading with no separator', () => {
    const cst = parse([
      'THÔNG BÁO',
      'Ý KIẾN CỦA THƯỜNG TRỰC TỈNH ỦY',
      'về công tác phòng, chống dịch bệnh Covid-19',
      'Ngày 12/7/2021, Thường trực Tỉnh ủy họp nghe báo cáo.',
      '1. Sở Y tế đẩy nhanh tiến độ tiêm vắc xin.',
    ]);
    const h = cst.heading;
    expect(texts(h, 'titleLine')).toEqual(['Ý KIẾN CỦA THƯỜNG TRỰC TỈNH ỦY']);
    expect(texts(h, 'subjectLine')).toHaveLength(1);
    expect(heads(h, 'Separator')).toHaveLength(0);
    expect(bodyLines(cst)).toEqual([
      'paragraph: Ngày 12/7/2021, Thường trực Tỉnh ủy họp nghe báo cáo.',
      'item: 1. Sở Y tế đẩy nhanh tiến độ tiêm vắc xin.',
    ]);
  });

  it('reads the addressees: `Kính gửi:` and its bullets', () => {
    const cst = parse([
      'THÔNG BÁO',
      'kết luận của Chủ tịch Ủy ban nhân dân tỉnh',
      '-----',
      'Kính gửi:',
      '- Sở Y tế;',
      '- Sở Tài chính.',
      'Ngày 05/3/2022, Chủ tịch Ủy ban nhân dân tỉnh họp.',
    ]);
    const a = cst.addressees;
    expect(heads(a, 'AddresseesHead')).toHaveLength(1);
    expect(texts(a, 'addressee')).toEqual(['- Sở Y tế;', '- Sở Tài chính.']);
    expect(bodyLines(cst)).toEqual(['paragraph: Ngày 05/3/2022, Chủ tịch Ủy ban nhân dân tỉnh họp.']);
  });

  it('reads `Kính gửi: Sở Y tế.` on one line', () => {
    const cst = parse([...heading, 'Kính gửi: Sở Y tế.', 'Ngày 05/3/2022, Chủ tịch Ủy ban nhân dân tỉnh họp.']);
    const a = cst.addressees;
    expect(a.map((l) => l.rest?.image)).toEqual(['Sở Y tế.']);
    expect(texts(a, 'addressee')).toHaveLength(0);
  });

  it('reads the body: items of every kind, paragraphs and a section title in capitals', () => {
    const cst = parse([
      ...heading,
      'Ngày 02/12/2021, Thường trực Tỉnh ủy họp.',
      'I. KẾT QUẢ',
      '1. Sở Y tế đẩy nhanh tiến độ tiêm vắc xin.',
      'a) Tiêm cho người cao tuổi.',
      '- Tiêm tại trạm y tế.',
      '+ Tiêm buổi sáng.',
      'Đồng thời bảo đảm an toàn tiêm chủng.',
      'NHIỆM VỤ THỜI GIAN TỚI',
      '2. Sở Tài chính bố trí kinh phí.',
    ]);
    expect(bodyLines(cst)).toEqual([
      'paragraph: Ngày 02/12/2021, Thường trực Tỉnh ủy họp.',
      'item: I. KẾT QUẢ',
      'item: 1. Sở Y tế đẩy nhanh tiến độ tiêm vắc xin.',
      'item: a) Tiêm cho người cao tuổi.',
      'item: - Tiêm tại trạm y tế.',
      'item: + Tiêm buổi sáng.',
      'paragraph: Đồng thời bảo đảm an toàn tiêm chủng.',
      'otherLine: NHIỆM VỤ THỜI GIAN TỚI',
      'item: 2. Sở Tài chính bố trí kinh phí.',
    ]);
    expect(tailLines(cst)).toEqual([]);
  });

  it('starts the tail at `Nơi nhận`', () => {
    const cst = parse([...heading, '1. Sở Y tế đẩy nhanh tiến độ.', 'Nơi nhận:', '- Sở Y tế,', '- Lưu Văn phòng Tỉnh ủy.']);
    expect(bodyLines(cst)).toEqual(['item: 1. Sở Y tế đẩy nhanh tiến độ.']);
    expect(tailLines(cst)).toEqual(['recipients: Nơi nhận:', 'recipient: - Sở Y tế,', 'recipient: - Lưu Văn phòng Tỉnh ủy.']);
  });

  it('starts the tail at an authority line', () => {
    const cst = parse([...heading, '1. Sở Y tế đẩy nhanh tiến độ.', '2. Sở Tài chính bố trí kinh phí.', 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Nguyễn Văn An']);
    expect(bodyLines(cst)).toEqual(['item: 1. Sở Y tế đẩy nhanh tiến độ.', 'item: 2. Sở Tài chính bố trí kinh phí.']);
    expect(tailLines(cst)).toEqual(['signatureLine: T/M BAN THƯỜNG VỤ', 'signatureLine: BÍ THƯ', 'signatureLine: Nguyễn Văn An']);
  });

  it('starts the tail at the signer’s title in capitals just before `Nơi nhận`', () => {
    const cst = parse([...heading, '1. Sở Y tế đẩy nhanh tiến độ.', 'CHÁNH VĂN PHÒNG', 'Nơi nhận:', '- Lưu Văn phòng Tỉnh ủy.']);
    expect(bodyLines(cst)).toEqual(['item: 1. Sở Y tế đẩy nhanh tiến độ.']);
    expect(tailLines(cst)).toEqual(['signatureLine: CHÁNH VĂN PHÒNG', 'recipients: Nơi nhận:', 'recipient: - Lưu Văn phòng Tỉnh ủy.']);
  });

  it('starts the tail at the signer’s title and name just before `Nơi nhận`', () => {
    const cst = parse([...heading, '1. Sở Y tế đẩy nhanh tiến độ.', 'CHÁNH VĂN PHÒNG', 'Nguyễn Văn An', 'Nơi nhận:', '- Lưu Văn phòng Tỉnh ủy.']);
    expect(bodyLines(cst)).toEqual(['item: 1. Sở Y tế đẩy nhanh tiến độ.']);
    expect(tailLines(cst)).toEqual([
      'signatureLine: CHÁNH VĂN PHÒNG',
      'signatureLine: Nguyễn Văn An',
      'recipients: Nơi nhận:',
      'recipient: - Lưu Văn phòng Tỉnh ủy.',
    ]);
  });

  it('takes a title and name at the very end as the tail when there is no `Nơi nhận` or authority', () => {
    const cst = parse([...heading, '1. Sở Y tế đẩy nhanh tiến độ.', 'CHÁNH VĂN PHÒNG', 'Nguyễn Văn An']);
    expect(bodyLines(cst)).toEqual(['item: 1. Sở Y tế đẩy nhanh tiến độ.']);
    expect(tailLines(cst)).toEqual(['signatureLine: CHÁNH VĂN PHÒNG', 'signatureLine: Nguyễn Văn An']);
  });

  it('reads the signature after the recipients', () => {
    const cst = parse([...heading, '1. Sở Y tế.', 'Nơi nhận:', '- Sở Y tế,', '- Lưu VPTU.', 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Nguyễn Văn An']);
    expect(tailLines(cst)).toEqual([
      'recipients: Nơi nhận:',
      'recipient: - Sở Y tế,',
      'recipient: - Lưu VPTU.',
      'signatureLine: T/M BAN THƯỜNG VỤ',
      'signatureLine: BÍ THƯ',
      'signatureLine: Nguyễn Văn An',
    ]);
  });

  it('reads the recipients after the signature, and a name after the recipients', () => {
    const cst = parse([...heading, '1. Sở Y tế.', 'K/T CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'Nơi nhận:', '- Sở Y tế,', '- Lưu VPTU.', 'Trần Thanh Bình']);
    expect(tailLines(cst)).toEqual([
      'signatureLine: K/T CHÁNH VĂN PHÒNG',
      'signatureLine: PHÓ CHÁNH VĂN PHÒNG',
      'recipients: Nơi nhận:',
      'recipient: - Sở Y tế,',
      'recipient: - Lưu VPTU.',
      'signatureLine: Trần Thanh Bình',
    ]);
  });

  it('reads a recipient list with no dashes', () => {
    const cst = parse([...heading, '1. Sở Y tế.', 'Nơi nhận:', 'Thường trực Tỉnh ủy,', 'Sở Y tế,', 'Lưu VPTU.', 'CHÁNH VĂN PHÒNG']);
    expect(tailLines(cst)).toEqual([
      'recipients: Nơi nhận:',
      'recipient: Thường trực Tỉnh ủy,',
      'recipient: Sở Y tế,',
      'recipient: Lưu VPTU.',
      'signatureLine: CHÁNH VĂN PHÒNG',
    ]);
  });

  it('keeps stray initials out of the recipients', () => {
    const cst = parse([...heading, '1. Sở Y tế.', 'Nơi nhận:', '- Sở Y tế,', '- Lưu Văn phòng Tỉnh ủy.', 'TTH', 'CHÁNH VĂN PHÒNG', 'Nguyễn Thái Bình']);
    const lines = tailLines(cst);
    expect(lines.filter((l) => l.startsWith('recipient'))).toEqual([
      'recipients: Nơi nhận:',
      'recipient: - Sở Y tế,',
      'recipient: - Lưu Văn phòng Tỉnh ủy.',
    ]);
    expect(lines.slice(3).map((l) => l.replace(/^\w+: /, ''))).toEqual(['TTH', 'CHÁNH VĂN PHÒNG', 'Nguyễn Thái Bình']);
  });

  it('reads a line that is no part of the signature (`(đã ký)`) as a stray line', () => {
    const cst = parse([...heading, '1. Sở Y tế.', 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', '(đã ký)', 'Nguyễn Văn An']);
    expect(tailLines(cst)).toEqual([
      'signatureLine: T/M BAN THƯỜNG VỤ',
      'signatureLine: BÍ THƯ',
      'strayLine: (đã ký)',
      'signatureLine: Nguyễn Văn An',
    ]);
  });

  it('keeps a digital stamp’s time out of the recipients', () => {
    const cst = parse([...heading, '1. Sở Y tế.', 'Nơi nhận:', '- Lưu VPTU.', '12-08-2021 16:05:11 +07:00']);
    expect(tailLines(cst)).toEqual(['recipients: Nơi nhận:', 'recipient: - Lưu VPTU.', 'strayLine: 12-08-2021 16:05:11 +07:00']);
  });

  it('parses an empty text', () => {
    const result = parseLines('');
    expect(result.parseErrors).toEqual([]);
  });
});

describe('the five fixtures', () => {
  const fixtures = readdirSync(FIXTURES).filter((f) => /\.(txt|md)$/.test(f)).sort();
  it('are five', () => expect(fixtures).toHaveLength(5));

  it.each(fixtures)('%s lexes and parses with no errors', (name) => {
    const prepared = prepare(readFileSync(join(FIXTURES, name), 'utf8'));
    const result = parseLines(prepared.text);
    expect(result.parseErrors).toEqual([]);
    expect(result.cst.heading.length).toBeGreaterThan(0);
    expect(result.cst.body.length).toBeGreaterThan(0);
    expect(texts(result.cst.tail, 'recipients')).toHaveLength(1);
    checkLines(prepared.text, result.cst);
  });
});
