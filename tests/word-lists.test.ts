/**
 * Word's list formats in a .docx (issue 18, point 3): lists built with the `docx` package as Word's
 * list feature makes them (word/numbering.xml: a format, a level text such as `(%1)` or `%1.%2.`,
 * a start), some then edited in their XML where the package writes no such thing (a num without
 * startOverride, lvlRestart, isLgl, a list linked to a paragraph style). Each expected label is
 * the one Word shows for that definition, written here by hand from ECMA-376 part 1, 17.9 (and
 * Word's counting: per abstractNum, a level restarting below a higher item); the item tree is
 * checked against the same notice typed with those labels, parsed as text. As a cross-check, these
 * files were once converted to text by LibreOffice 7.4 (`soffice --convert-to txt`), which imitates
 * Word on a .docx: it showed the same numbers, save where it does not implement Word (lvlRestart,
 * isLgl: it restarted and wrote `II.1.`) and its own bullet glyphs.
 */
import { describe, expect, it } from 'vitest';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { parseNotice, parseWordFile } from '../src/index.js';
import { extractWord } from '../src/read/word/extract.js';
import { ListLabels, readListDefinitions, type XmlElement } from '../src/read/word/numbering.js';
import { essence } from './legacy-encode.js';
import { outline } from './helpers.js';

type Format = (typeof LevelFormat)[keyof typeof LevelFormat];
interface Level {
  format: Format;
  text: string;
  start?: number;
}
/** A plain paragraph, or [level, text] numbered by list `list` (default `l`), instance `instance`. */
type Para = string | [number, string] | [number, string, { list?: string; instance?: number }];

async function listDocx(lists: Record<string, Level[]>, paragraphs: Para[], styles: { id: string }[] = []): Promise<Buffer> {
  const document = new Document({
    styles: { paragraphStyles: styles.map((s) => ({ id: s.id, name: s.id, run: {} })) },
    numbering: {
      config: Object.entries(lists).map(([reference, levels]) => ({
        reference,
        levels: levels.map((l, level) => ({ level, format: l.format, text: l.text, alignment: AlignmentType.START, ...(l.start === undefined ? {} : { start: l.start }) })),
      })),
    },
    sections: [
      {
        children: paragraphs.map((p) => {
          if (typeof p === 'string') return new Paragraph({ text: p });
          const [level, text, where] = p;
          return new Paragraph({ text, numbering: { reference: where?.list ?? 'l', level, ...(where?.instance === undefined ? {} : { instance: where.instance }) } });
        }),
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** The .docx with one of its parts rewritten. */
function editPart(docx: Buffer, path: string, edit: (xml: string) => string): Buffer {
  const files = unzipSync(docx);
  const before = strFromU8(files[path]!);
  const after = edit(before);
  expect(after).not.toBe(before); // the edit took
  files[path] = strToU8(after);
  return Buffer.from(zipSync(files));
}

async function lines(bytes: Buffer): Promise<string[]> {
  return (await extractWord(bytes, 'docx')).text.split('\n');
}

const OPENING = ['THÔNG BÁO', 'kết luận của Ban Thường vụ Huyện ủy', 'Ban Thường vụ Huyện ủy kết luận như sau:'];
const TAIL = ['Nơi nhận:', '- Như trên,', '- Lưu Văn phòng Huyện ủy.'];

/** A notice whose body is `body`: the numbered paragraphs made by Word, the rest plain. */
function notice(body: Para[]): Para[] {
  return [...OPENING, ...body, ...TAIL];
}

describe("Word's list formats come out as Word shows them", () => {
  it('`I.`, `1.`, `a)`: Roman sections, numbered items, lettered points, counted on across a plain paragraph and restarted below a higher item', async () => {
    const bytes = await listDocx(
      { l: [{ format: LevelFormat.UPPER_ROMAN, text: '%1.' }, { format: LevelFormat.DECIMAL, text: '%2.' }, { format: LevelFormat.LOWER_LETTER, text: '%3)' }] },
      notice([
        [0, 'Về phát triển kinh tế - xã hội'],
        [1, 'Ủy ban nhân dân huyện chỉ đạo đẩy nhanh tiến độ thu ngân sách.'],
        [2, 'Phòng Tài chính - Kế hoạch tham mưu kế hoạch thu ngân sách.'],
        [2, 'Chi cục Thuế huyện đôn đốc thu hồi nợ thuế.'],
        [1, 'Phòng Nông nghiệp và Phát triển nông thôn hướng dẫn sản xuất vụ Đông Xuân.'],
        'Một đoạn văn không đánh số giữa các mục.',
        [1, 'Ủy ban nhân dân các xã rà soát hộ nghèo.'],
        [0, 'Về công tác xây dựng Đảng'],
        [1, 'Ban Tổ chức Huyện ủy tham mưu công tác cán bộ.'],
        [2, 'Rà soát quy hoạch cán bộ nhiệm kỳ 2025 - 2030.'],
      ]),
    );
    const typed = [
      ...OPENING,
      'I. Về phát triển kinh tế - xã hội',
      '1. Ủy ban nhân dân huyện chỉ đạo đẩy nhanh tiến độ thu ngân sách.',
      'a) Phòng Tài chính - Kế hoạch tham mưu kế hoạch thu ngân sách.',
      'b) Chi cục Thuế huyện đôn đốc thu hồi nợ thuế.',
      '2. Phòng Nông nghiệp và Phát triển nông thôn hướng dẫn sản xuất vụ Đông Xuân.',
      'Một đoạn văn không đánh số giữa các mục.',
      '3. Ủy ban nhân dân các xã rà soát hộ nghèo.',
      'II. Về công tác xây dựng Đảng',
      '1. Ban Tổ chức Huyện ủy tham mưu công tác cán bộ.',
      'a) Rà soát quy hoạch cán bộ nhiệm kỳ 2025 - 2030.',
      ...TAIL,
    ];
    expect(await lines(bytes)).toEqual(typed);
    const n = await parseWordFile(bytes, { spans: false });
    expect(outline(n.items)).toEqual(['I', ['1', ['a', 'b'], '2', '3'], 'II', ['1', ['a']]]);
    expect(essence(n)).toEqual(essence(parseNotice(typed.join('\n'), { spans: false })));
  });

  it('`(1)`: decimal in brackets (lvlText `(%1)`)', async () => {
    const bytes = await listDocx(
      { l: [{ format: LevelFormat.DECIMAL, text: '(%1)' }] },
      notice([
        [0, 'Sở Y tế tham mưu kế hoạch tiêm vắc xin.'],
        [0, 'Sở Tài chính bố trí kinh phí.'],
        [0, 'Công an tỉnh bảo đảm an ninh trật tự.'],
      ]),
    );
    const typed = [...OPENING, '(1) Sở Y tế tham mưu kế hoạch tiêm vắc xin.', '(2) Sở Tài chính bố trí kinh phí.', '(3) Công an tỉnh bảo đảm an ninh trật tự.', ...TAIL];
    expect(await lines(bytes)).toEqual(typed);
    const n = await parseWordFile(bytes, { spans: false });
    expect(n.items.map((i) => i.label)).toEqual(['(1)', '(2)', '(3)']);
    expect(essence(n)).toEqual(essence(parseNotice(typed.join('\n'), { spans: false })));
  });

  it('`1.`, `1.1.`: a multi-level list (lvlText `%1.%2.`)', async () => {
    const bytes = await listDocx(
      { l: [{ format: LevelFormat.DECIMAL, text: '%1.' }, { format: LevelFormat.DECIMAL, text: '%1.%2.' }] },
      notice([
        [0, 'Về công tác phòng, chống dịch:'],
        [1, 'Sở Y tế tham mưu kiện toàn nhân lực y tế.'],
        [1, 'Sở Giáo dục và Đào tạo xây dựng kế hoạch dạy học trực tiếp.'],
        [0, 'Về phát triển kinh tế:'],
        [1, 'Sở Kế hoạch và Đầu tư đẩy nhanh giải ngân vốn đầu tư công.'],
      ]),
    );
    const typed = [
      ...OPENING,
      '1. Về công tác phòng, chống dịch:',
      '1.1. Sở Y tế tham mưu kiện toàn nhân lực y tế.',
      '1.2. Sở Giáo dục và Đào tạo xây dựng kế hoạch dạy học trực tiếp.',
      '2. Về phát triển kinh tế:',
      '2.1. Sở Kế hoạch và Đầu tư đẩy nhanh giải ngân vốn đầu tư công.',
      ...TAIL,
    ];
    expect(await lines(bytes)).toEqual(typed);
    const n = await parseWordFile(bytes, { spans: false });
    expect(outline(n.items)).toEqual(['1', ['1.1', '1.2'], '2', ['2.1']]);
    expect(essence(n)).toEqual(essence(parseNotice(typed.join('\n'), { spans: false })));
  });

  it('`A.` and `a)`: letters, upper and lower, and Word goes on past z to aa', async () => {
    const many: Para[] = Array.from({ length: 28 }, (_, k) => [0, `Nội dung ${k + 1}.`, { list: 'small' }] as Para);
    const bytes = await listDocx(
      { big: [{ format: LevelFormat.UPPER_LETTER, text: '%1.' }], small: [{ format: LevelFormat.LOWER_LETTER, text: '%1)' }] },
      [[0, 'Phần mở đầu.', { list: 'big' }], [0, 'Phần nội dung.', { list: 'big' }], [0, 'Phần kết luận.', { list: 'big' }], ...many],
    );
    const got = await lines(bytes);
    expect(got.slice(0, 3)).toEqual(['A. Phần mở đầu.', 'B. Phần nội dung.', 'C. Phần kết luận.']);
    expect(got.slice(3, 6)).toEqual(['a) Nội dung 1.', 'b) Nội dung 2.', 'c) Nội dung 3.']);
    expect(got.slice(-3)).toEqual(['z) Nội dung 26.', 'aa) Nội dung 27.', 'bb) Nội dung 28.']);
    // Lettered points as the notice's items, `đ` aside (Word's letters are the Latin alphabet's).
    const n = await parseWordFile(await listDocx({ l: [{ format: LevelFormat.LOWER_LETTER, text: '%1)' }] }, notice([[0, 'Sở Y tế tham mưu.'], [0, 'Sở Tài chính bố trí kinh phí.']])), { spans: false });
    expect(n.items.map((i) => i.label)).toEqual(['a', 'b']);
  });

  it('Roman numerals and zero-padded decimals: `i.`, `ii.`, `iv.`; `01.`, `09.`, `10.`', async () => {
    const bytes = await listDocx(
      { r: [{ format: LevelFormat.LOWER_ROMAN, text: '%1.' }], z: [{ format: LevelFormat.DECIMAL_ZERO, text: '%1.', start: 9 }] },
      [[0, 'một', { list: 'r' }], [0, 'hai', { list: 'r' }], [0, 'ba', { list: 'r' }], [0, 'bốn', { list: 'r' }], [0, 'chín', { list: 'z' }], [0, 'mười', { list: 'z' }]],
    );
    expect(await lines(bytes)).toEqual(['i. một', 'ii. hai', 'iii. ba', 'iv. bốn', '09. chín', '10. mười']);
  });

  it('a list that starts at 3 (`w:start`) goes 3., 4.', async () => {
    const bytes = await listDocx({ l: [{ format: LevelFormat.DECIMAL, text: '%1.', start: 3 }] }, notice([[0, 'Sở Y tế tham mưu.'], [0, 'Sở Tài chính bố trí kinh phí.']]));
    expect((await lines(bytes)).slice(3, 5)).toEqual(['3. Sở Y tế tham mưu.', '4. Sở Tài chính bố trí kinh phí.']);
  });

  it('two instances of one list: the second restarts where its num says so (startOverride), continues where it does not', async () => {
    const paragraphs: Para[] = [
      [0, 'một', { instance: 1 }],
      [0, 'hai', { instance: 1 }],
      'Một đoạn văn.',
      [0, 'ba', { instance: 2 }],
      [0, 'bốn', { instance: 2 }],
    ];
    const bytes = await listDocx({ l: [{ format: LevelFormat.DECIMAL, text: '%1.' }] }, paragraphs);
    // The package writes each instance's num with <w:startOverride w:val="1"/> on level 0.
    expect(await lines(bytes)).toEqual(['1. một', '2. hai', 'Một đoạn văn.', '1. ba', '2. bốn']);
    // Without the overrides the two nums count as one list, as in Word.
    const shared = editPart(bytes, 'word/numbering.xml', (xml) => xml.replace(/<w:lvlOverride\b[^>]*>.*?<\/w:lvlOverride>/g, ''));
    expect(await lines(shared)).toEqual(['1. một', '2. hai', 'Một đoạn văn.', '3. ba', '4. bốn']);
    // An override of 5 on the second restarts it there.
    const five = editPart(bytes, 'word/numbering.xml', (xml) => {
      const last = xml.lastIndexOf('<w:startOverride w:val="1"/>');
      return `${xml.slice(0, last)}<w:startOverride w:val="5"/>${xml.slice(last + '<w:startOverride w:val="1"/>'.length)}`;
    });
    expect(await lines(five)).toEqual(['1. một', '2. hai', 'Một đoạn văn.', '5. ba', '6. bốn']);
  });

  it('lvlRestart 0: a level that never restarts; isLgl: `%1.%2.` under Roman sections written `1.1.`', async () => {
    const levels = { l: [{ format: LevelFormat.UPPER_ROMAN, text: '%1.' }, { format: LevelFormat.DECIMAL, text: '%1.%2.' }] };
    const body: Para[] = [[0, 'Về kinh tế'], [1, 'một'], [1, 'hai'], [0, 'Về xã hội'], [1, 'ba']];
    const bytes = await listDocx(levels, body);
    expect(await lines(bytes)).toEqual(['I. Về kinh tế', 'I.1. một', 'I.2. hai', 'II. Về xã hội', 'II.1. ba']);
    const level1 = (xml: string, add: string) => xml.replace(/(<w:lvl w:ilvl="1"[^>]*>)/, `$1${add}`);
    // Only the first abstractNum (the package's default bullets come first, then ours): edit ours.
    const ours = (xml: string, add: string) => {
      const at = xml.indexOf('<w:lvlText w:val="%1.%2."/>');
      const start = xml.lastIndexOf('<w:lvl w:ilvl="1"', at);
      return xml.slice(0, start) + level1(xml.slice(start), add);
    };
    expect(await lines(editPart(bytes, 'word/numbering.xml', (xml) => ours(xml, '<w:lvlRestart w:val="0"/>')))).toEqual(['I. Về kinh tế', 'I.1. một', 'I.2. hai', 'II. Về xã hội', 'II.3. ba']);
    expect(await lines(editPart(bytes, 'word/numbering.xml', (xml) => ours(xml, '<w:isLgl/>')))).toEqual(['I. Về kinh tế', '1.1. một', '1.2. hai', 'II. Về xã hội', '2.1. ba']);
  });

  it('a list linked to a paragraph style (as Word\'s List Number style is) numbers the paragraphs of that style', async () => {
    const bytes = await listDocx({ l: [{ format: LevelFormat.DECIMAL, text: '%1)' }] }, ['mở đầu', [0, 'không dùng']], [{ id: 'ListNumber' }]);
    // Paragraphs of the style, with no numbering of their own; the style names the list (its
    // numPr), and the list's level 0 names the style back (its pStyle), as Word writes them.
    const numbering = strFromU8(unzipSync(bytes)['word/numbering.xml']!);
    const ours = /<w:abstractNum w:abstractNumId="(\d+)"(?:(?!<\/w:abstractNum>).)*<w:lvlText w:val="%1\)"\/>/.exec(numbering)![1];
    const numId = new RegExp(`<w:num w:numId="(\\d+)"><w:abstractNumId w:val="${ours}"/>`).exec(numbering)![1];
    const styled = editPart(bytes, 'word/document.xml', (xml) =>
      xml.replace(/<w:p>(?:(?!<\/w:p>).)*không dùng(?:(?!<\/w:p>).)*<\/w:p>/, ['một', 'hai'].map((t) => `<w:p><w:pPr><w:pStyle w:val="ListNumber"/></w:pPr><w:r><w:t>${t}</w:t></w:r></w:p>`).join('')),
    );
    const style = editPart(styled, 'word/styles.xml', (xml) => xml.replace('<w:name w:val="ListNumber"/>', `$&<w:pPr><w:numPr><w:numId w:val="${numId}"/></w:numPr></w:pPr>`));
    const linked = editPart(style, 'word/numbering.xml', (xml) => xml.replace('<w:lvlText w:val="%1)"/>', '<w:pStyle w:val="ListNumber"/>$&'));
    expect(await lines(linked)).toEqual(['mở đầu', '1) một', '2) hai']);
  });

  it('bullets: the glyph when the item parser knows it, `-` for a font glyph it does not', async () => {
    const bytes = await listDocx(
      { d: [{ format: LevelFormat.BULLET, text: '-' }, { format: LevelFormat.BULLET, text: '+' }], s: [{ format: LevelFormat.BULLET, text: '\uf0b7' }, { format: LevelFormat.BULLET, text: '\uf0fc' }] },
      [[0, 'một', { list: 'd' }], [1, 'hai', { list: 'd' }], [0, 'ba', { list: 's' }], [1, 'bốn', { list: 's' }]],
    );
    expect(await lines(bytes)).toEqual(['- một', '+ hai', '• ba', '- bốn']);
  });
});

describe('the labels of a list definition, and where none can be read', () => {
  const el = (name: string, attributes: Record<string, string> = {}, children: XmlElement[] = []): XmlElement => ({ type: 'element', name, attributes, children });
  const lvl = (ilvl: number, format: string, text: string, start = 1) => el('w:lvl', { 'w:ilvl': String(ilvl) }, [el('w:start', { 'w:val': String(start) }), el('w:numFmt', { 'w:val': format }), el('w:lvlText', { 'w:val': text })]);
  const root = el('w:numbering', {}, [
    el('w:abstractNum', { 'w:abstractNumId': '0' }, [lvl(0, 'upperRoman', '%1.'), lvl(1, 'decimal', '%2.')]),
    // A list pointing at a numbering style whose definition this file does not hold.
    el('w:abstractNum', { 'w:abstractNumId': '1' }, [el('w:numStyleLink', { 'w:val': 'Missing' })]),
    el('w:num', { 'w:numId': '1' }, [el('w:abstractNumId', { 'w:val': '0' })]),
    el('w:num', { 'w:numId': '2' }, [el('w:abstractNumId', { 'w:val': '1' })]),
  ]);

  it('counts and restarts', () => {
    const labels = new ListLabels(readListDefinitions(root));
    const got = [0, 1, 1, 0, 1].map((level) => labels.label({ numId: '1', level }));
    expect(got).toEqual(['I.', '1.', '2.', 'II.', '1.']);
  });

  it('a bullet is an item of its level: the numbered level below it restarts', () => {
    const mixed = el('w:numbering', {}, [
      el('w:abstractNum', { 'w:abstractNumId': '0' }, [lvl(0, 'bullet', '-'), lvl(1, 'decimal', '%2.')]),
      el('w:num', { 'w:numId': '1' }, [el('w:abstractNumId', { 'w:val': '0' })]),
    ]);
    const labels = new ListLabels(readListDefinitions(mixed));
    expect([0, 1, 1, 0, 1].map((level) => labels.label({ numId: '1', level }))).toEqual(['-', '1.', '2.', '-', '1.']);
  });

  it('gives null (the reader then labels by level) for an unknown num, level or style link', () => {
    const labels = new ListLabels(readListDefinitions(root));
    expect(labels.label({ numId: '9', level: 0 })).toBeNull();
    expect(labels.label({ numId: '1', level: 5 })).toBeNull();
    expect(labels.label({ numId: '2', level: 0 })).toBeNull();
    expect(labels.label({ style: 'NoSuchStyle' })).toBeNull();
  });
});
