/**
 * Word files made by a real word processor (issue 18, points 4 and 5), committed in
 * tests/word-files/, so that the readers meet what LibreOffice writes rather than only what the
 * tests' own builders write. The tests need no LibreOffice; the files were made once, so:
 *
 *   apt-get install -y --no-install-recommends libreoffice-writer python3-uno   # LibreOffice 7.4.7
 *   npx esbuild tests/word-files/make-sources.ts --bundle --platform=node --format=esm --outfile=/tmp/make-sources.mjs
 *   node /tmp/make-sources.mjs /tmp/word-files          # 000.docx, 004.docx, styles.docx (see make-sources.ts)
 *   soffice --headless --norestore -env:UserInstallation=file:///tmp/lo-convert \
 *     --convert-to doc --outdir tests/word-files /tmp/word-files/*.docx       # 000.doc, 004.doc, styles.doc: "MS Word 97"
 *   /usr/bin/python3 tests/word-files/encrypt.py /tmp/word-files/000.docx tests/word-files/000-password.docx 'mật khẩu'
 *
 * The sources are fixtures typed into Word: the header block a two-column table (issuer, `*`,
 * number left; motto, place and date right: tests/word-build.ts's HEADER), the recipients and the
 * signature side by side in a second table. In 000, items 1 and 2 have typed labels and their typed
 * `-` points, items 3 and 4 are a Word list starting at 3 (`w:start` 3); in 004 every item is a
 * Word list item of two levels (`1.`, and `2.1.` as `%1.%2.`). styles.doc numbers its paragraphs by
 * their styles. LibreOffice, asked to turn each .doc back into text, shows the labels these tests
 * expect. Expected values are read from the fixtures' text and from that header, never from the
 * program's output.
 */
import { readFileSync } from 'node:fs';
import CFB from 'cfb';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotice, parseWordFile, WordFileError, type Notice } from '../src/index.js';
import { extractWord } from '../src/read/word/extract.js';
import { docParagraphs } from '../src/read/word/doc-lists.js';
import { STYLED } from './word-files/styled.js';
import { essence } from './legacy-encode.js';
import { fixtureFile, outline } from './helpers.js';
import { docxOf, HEADER_TEXT } from './word-build.js';
import { run, tempDir, tree } from './cli-run.js';

const FILES = join(import.meta.dirname, 'word-files');
const doc = readFileSync(join(FILES, '000.doc'));
const doc004 = readFileSync(join(FILES, '004.doc'));
const styled = readFileSync(join(FILES, 'styles.doc'));
const locked = readFileSync(join(FILES, '000-password.docx'));
const fixture = readFileSync(fixtureFile('000'), 'utf8');
const fixture004 = readFileSync(fixtureFile('004'), 'utf8');

/** The paragraphs Word's lists number, with their labels. */
const numberedIn = (bytes: Buffer) => docParagraphs(bytes).filter((p) => p.label !== null).map(({ text, label }) => ({ text, label }));

describe('a .doc (Word 97-2003) saved by LibreOffice', () => {
  it('is one: an OLE compound file, read by word-extractor', async () => {
    expect(doc.readUInt16LE(0x200 + 2)).toBeGreaterThanOrEqual(193); // a Word 97 FIB
    expect(doc.subarray(0, 8).toString('hex')).toBe('d0cf11e0a1b11ae1');
    const n = await parseWordFile(doc, { name: '000.doc', spans: false });
    expect(n.source.extractedFrom).toBe('doc');
    expect(n.source.bytes).toBe(doc.length);
  });

  it('gives the header of its table: issuer, number, place and date, type and title', async () => {
    const d = (await parseWordFile(doc, { spans: false })).document;
    expect(d.issuerLines).toEqual(['TỈNH ỦY BẾN TRE']);
    expect(d.number).toBe('123-TB/TU');
    expect(d.place).toBe('Bến Tre');
    expect(d.issuedOn).toBe('2021-12-02');
    expect(d.type).toBe('THÔNG BÁO');
    expect(d.title).toBe('kết luận của Thường trực Tỉnh ủy');
  });

  it('gives the items with typed labels (1., 2. and their `-` points), the text kept as typed (“…” not made "…")', async () => {
    const n = await parseWordFile(doc, { spans: false });
    // Fixture 000: item 1 has three `-` points, item 2 two (items 3 and 4 are the Word list's).
    expect(outline(n.items).slice(0, 4)).toEqual(['1', ['-', '-', '-'], '2', ['-', '-']]);
    expect(n.items[0]!.text).toMatch(/^Ủy ban nhân dân tỉnh cụ thể hóa Chỉ thị của Ban Thường vụ Tỉnh ủy/);
    expect(n.items[0]!.children[0]!.text).toContain('Kế hoạch “Thích ứng an toàn, linh hoạt');
    expect(n.items[1]!.text).toMatch(/^Sở Y tế đẩy nhanh tiến độ tiêm vắc xin phòng Covid-19/);
  });

  it("gives the labels of Word's list (items 3 and 4, a list starting at 3) back, in front of their lines", async () => {
    const { text } = await extractWord(doc, 'doc');
    expect(text).toMatch(/^3\. Sở Giáo dục và Đào tạo phối hợp Sở Y tế xây dựng kế hoạch/m);
    expect(text).toMatch(/^4\. Tập trung chỉ đạo đẩy nhanh tiến độ giải ngân xây dựng cơ bản/m);
    const n = await parseWordFile(doc, { spans: false });
    expect(outline(n.items)).toEqual(['1', ['-', '-', '-'], '2', ['-', '-'], '3', '4']);
    expect(n.items[2]!.text).toMatch(/^Sở Giáo dục và Đào tạo phối hợp Sở Y tế/);
    expect(n.items[3]!.text).toMatch(/^Tập trung chỉ đạo đẩy nhanh tiến độ giải ngân/);
  });

  it('gives the recipients and the signature of its tail table', async () => {
    const n = await parseWordFile(doc, { spans: false });
    expect(n.recipients.map((r) => r.text)).toEqual([
      'Thường trực Tỉnh ủy (b/c)',
      'Ban cán sự đảng Ủy ban nhân dân tỉnh',
      'Ủy ban MTTQ Việt Nam tỉnh',
      'Hội đồng nhân dân tỉnh',
      'Các sở: Y tế, Thông tin và Truyền thông, Nông nghiệp và Phát triển nông thôn, Ban Quản lý Khu kinh tế tỉnh, Giáo dục và Đào tạo',
      'Văn phòng Ủy ban nhân dân tỉnh',
      'Lưu Văn phòng Tỉnh ủy',
    ]);
    expect(n.signature.title).toBe('CHÁNH VĂN PHÒNG');
    expect(n.signature.name).toBeNull(); // the fixture's signature block has no name
  });

  it('reads as the fixture\'s text does, the header in front: items, recipients, signature, directives, heading', async () => {
    const n = await parseWordFile(doc, { spans: false });
    const fromText = parseNotice(`${HEADER_TEXT}\n${fixture}`, { spans: false });
    expect(essence(n)).toEqual(essence(fromText));
    expect(n.document).toEqual(fromText.document);
  });

  it('its source as a .docx keeps the list\'s labels 3. and 4. (Word\'s list starting at 3), and reads as the fixture', async () => {
    const built = await docxOf(fixture, true, true, 3);
    expect(built.numbered).toBe(2);
    const { text } = await extractWord(built.bytes, 'docx');
    expect(text).toMatch(/^3\. Sở Giáo dục và Đào tạo phối hợp/m);
    expect(text).toMatch(/^4\. Tập trung chỉ đạo đẩy nhanh tiến độ giải ngân/m);
    const n = await parseWordFile(built.bytes, { spans: false });
    expect(outline(n.items)).toEqual(['1', ['-', '-', '-'], '2', ['-', '-'], '3', '4']);
    expect(essence(n)).toEqual(essence(parseNotice(`${HEADER_TEXT}\n${fixture}`, { spans: false })));
  });
});

describe('a .doc whose items are all Word list items of two levels (fixture 004: `1.`, and `2.1.` … `2.7.` under `2.`)', () => {
  // The labels as fixture 004 types them, in order (its `**1.**` bold).
  const typed = [...fixture004.matchAll(/^(?:\*\*)?(\d+\.(?:\d+\.)?)(?:\*\*)? /gm)].map((m) => m[1]);

  it('gives every label Word shows, in order, each with its paragraph', () => {
    expect(typed).toEqual(['1.', '2.', '2.1.', '2.2.', '2.3.', '2.4.', '2.5.', '2.6.', '2.7.', '3.', '4.', '5.']);
    const numbered = numberedIn(doc004);
    expect(numbered.map((p) => p.label)).toEqual(typed);
    expect(numbered[2]!.text).toMatch(/^Quán triệt thống nhất nhận thức của/);
    expect(numbered[11]!.text).toMatch(/^Ban cán sự đảng Ủy ban nhân dân tỉnh/);
  });

  it('reads as the fixture\'s text does, the header in front: items, recipients, signature, directives, heading', async () => {
    const n = await parseWordFile(doc004, { spans: false });
    expect(outline(n.items)).toEqual(['1', '2', ['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7'], '3', '4', '5']);
    const fromText = parseNotice(`${HEADER_TEXT}\n${fixture004}`, { spans: false });
    expect(essence(n)).toEqual(essence(fromText));
    expect(n.document).toEqual(fromText.document);
  });
});

/** The bytes of a .doc with one of its streams changed by `edit` (the OLE container written anew). */
function withStream(bytes: Buffer, name: string, edit: (stream: Buffer) => void): Buffer {
  const container = CFB.read(bytes, { type: 'buffer' });
  const entry = CFB.find(container, name)!;
  const stream = Buffer.from(entry.content as Uint8Array);
  edit(stream);
  entry.content = stream;
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

/** Each place in `b` where `pattern` stands, replaced by `by` (same length); how many there were. */
function replaceAll(b: Buffer, pattern: Buffer, by: Buffer): number {
  let n = 0;
  for (let i = b.indexOf(pattern); i >= 0; i = b.indexOf(pattern, i + pattern.length)) {
    by.copy(b, i);
    n++;
  }
  return n;
}

describe('a .doc whose paragraphs are numbered by their styles (`Phần` I., `Mục` 1., `Điểm` a) based on `Mục`)', () => {
  const expected = ['I.', '1.', 'a)', 'b)', '2.', 'II.', '1.'];

  it('gives the labels Word shows, each with its paragraph', () => {
    expect(numberedIn(styled)).toEqual(STYLED.filter(([style]) => style).map(([, text], k) => ({ text, label: expected[k] })));
  });

  it('gives them from the styles alone when the paragraphs do not repeat their list (as LibreOffice writes them, they do)', () => {
    // sprmPIlfo (0x460B, list 1) and sprmPIlvl (0x260A, levels 0–2) made sprms no reader knows, of
    // the same sizes: in the paragraphs' properties (WordDocument stream) only, the styles (in the
    // table stream) still number them; in both, nothing does.
    const unlist = (b: Buffer) => {
      let n = replaceAll(b, Buffer.from([0x0b, 0x46, 0x01, 0x00]), Buffer.from([0x7f, 0x46, 0x01, 0x00]));
      for (const level of [0, 1, 2]) n += replaceAll(b, Buffer.from([0x0a, 0x26, level]), Buffer.from([0x7f, 0x26, level]));
      expect(n).toBeGreaterThan(0);
    };
    const bare = withStream(styled, 'WordDocument', unlist);
    expect(numberedIn(bare).map((p) => p.label)).toEqual(expected);
    expect(numberedIn(withStream(bare, '1Table', unlist))).toEqual([]);
  });

  it('as text: the labels in front of their lines, the plain opening without one', async () => {
    const { text } = await extractWord(styled, 'doc');
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toEqual([
      'Thường trực Tỉnh ủy kết luận như sau:',
      'I. Đánh giá kết quả thực hiện nhiệm vụ quý III',
      '1. Công tác xây dựng Đảng được quan tâm thực hiện.',
      'a) Công tác tuyên truyền được triển khai kịp thời.',
      'b) Công tác kiểm tra, giám sát được tăng cường.',
      '2. Kinh tế - xã hội tiếp tục phát triển.',
      'II. Nhiệm vụ trọng tâm quý IV',
      '1. Ủy ban nhân dân tỉnh chỉ đạo đẩy nhanh giải ngân vốn đầu tư công.',
    ]);
  });
});

describe('a .doc whose list tables are damaged', () => {
  // FibRgFcLcb97 of LibreOffice's FIB (csw 14, cslw 22) holds its pairs from byte 154 on; PlfLst is pair 73 (fc, then lcb).
  const LCB_PLF_LST = 154 + 73 * 8 + 4;

  it('still gives its text and its cells, without the labels, and no error', async () => {
    const damaged = withStream(doc004, 'WordDocument', (main) => main.writeUInt32LE(0x7fffffff, LCB_PLF_LST));
    expect(numberedIn(damaged)).toEqual([]);
    const { text } = await extractWord(damaged, 'doc');
    expect(text).toMatch(/^Quán triệt thống nhất nhận thức của/m); // 2.1.'s paragraph, unlabelled
    expect(text).not.toMatch(/^2\.1\. /m);
    expect(text).toMatch(/^Số 123-TB\/TU\nĐẢNG CỘNG SẢN VIỆT NAM$/m); // the header's cells, a line each
    const n = await parseWordFile(damaged, { spans: false });
    expect(n.document.number).toBe('123-TB/TU');
  });

  it('with its piece table damaged too, gives word-extractor\'s text as it is', async () => {
    // FibRgFcLcb97's pair 33 is the Clx (the piece table): word-extractor reads it at a fixed
    // place, we by the FIB's sizes; an lcb beyond the stream stops us, not it.
    const damaged = withStream(doc004, 'WordDocument', (main) => {
      main.writeUInt32LE(0x7fffffff, LCB_PLF_LST);
      main.writeUInt32LE(0x7fffffff, 154 + 33 * 8 + 4);
    });
    expect(() => docParagraphs(damaged)).toThrow(RangeError);
    const { text } = await extractWord(damaged, 'doc');
    expect(text).toMatch(/^Số 123-TB\/TU\tĐẢNG CỘNG SẢN VIỆT NAM$/m); // a tab where the cell ends
    expect(text).not.toMatch(/^2\.1\. /m);
  });

  it('with bytes of its streams changed at random (300 files), gives text or a WordFileError, never another error', async () => {
    // mulberry32, seeded: a failing file can be made again.
    let seed = 18;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    let texts = 0;
    for (let k = 0; k < 300; k++) {
      const stream = k % 2 === 0 ? 'WordDocument' : '1Table';
      const changed = withStream(doc004, stream, (b) => {
        // The FIB and the property pages (WordDocument), or the tables, where a byte changes a count or a place.
        // Half the changes fall in the first 1 KiB: the FIB, or the table stream's style sheet and lists.
        for (let j = 0; j < 1 + Math.floor(random() * 8); j++) {
          const span = random() < 0.5 ? Math.min(b.length, 1024) : b.length;
          b[Math.floor(random() * span)] = Math.floor(random() * 256);
        }
      });
      const r = await extractWord(changed, 'doc').then(
        (x) => x.text,
        (e: unknown) => e,
      );
      if (typeof r === 'string') texts++;
      else expect(r).toBeInstanceOf(WordFileError);
    }
    expect(texts).toBeGreaterThan(0);
  });

  it('list instances naming lists the file lacks give their paragraphs no label', () => {
    // PlfLfo: lfoMac, then each LFO (16 bytes) names its list by the list's lsid.
    const FC_PLF_LFO = 154 + 74 * 8;
    const main = CFB.find(CFB.read(doc004, { type: 'buffer' }), 'WordDocument')!.content as Uint8Array;
    const fcLfo = Buffer.from(main).readUInt32LE(FC_PLF_LFO);
    const orphan = withStream(doc004, '1Table', (table) => {
      for (let i = 0; i < table.readInt32LE(fcLfo); i++) table.writeInt32LE(0x7654321, fcLfo + 4 + i * 16);
    });
    expect(numberedIn(doc004)).toHaveLength(12);
    expect(numberedIn(orphan)).toEqual([]);
  });
});

describe('a password-protected .docx saved by LibreOffice', () => {
  it('is one: an OLE file holding EncryptionInfo and EncryptedPackage, not a zip', () => {
    expect(locked.subarray(0, 8).toString('hex')).toBe('d0cf11e0a1b11ae1');
    expect(locked.includes(Buffer.from('EncryptedPackage', 'utf16le'))).toBe(true);
    expect(locked.includes(Buffer.from('EncryptionInfo', 'utf16le'))).toBe(true);
    expect(locked.includes(Buffer.from('word/document.xml'))).toBe(false); // the package is encrypted
  });

  it('is refused with a WordFileError saying it is password-protected, on one line', async () => {
    for (const kind of ['docx', 'doc'] as const) {
      const e = await parseWordFile(locked, { kind }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(WordFileError);
      expect((e as Error).message).toMatch(/^this Word file is password-protected \(encrypted\): /);
      expect((e as Error).message).not.toMatch(/\n/);
    }
  });

  it('on the command line: an io error for that file, no stack trace, and the batch goes on', () => {
    const dir = tree(tempDir('np-word-files-'), {
      'in/a.doc': doc,
      'in/b.docx': locked,
      'in/c.txt': fixture,
    });
    const r = run(['in', '--ndjson'], { cwd: dir });
    expect(r.code).toBe(2);
    const notices = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Notice);
    expect(notices.map((n) => [n.source.name, n.source.extractedFrom ?? null])).toEqual([['in/a.doc', 'doc'], ['in/c.txt', null]]);
    expect(r.stderr).toMatch(/^in\/b\.docx: error io this Word file is password-protected \(encrypted\): open it in Word, remove the password and save it again$/m);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr).toMatch(/^notice-parse: 3 files \(2 Word\): 2 notices, 0 other documents \(not-a-notice\), 1 unreadable/m);
  });
});
