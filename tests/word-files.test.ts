/**
 * Word files made by a real word processor (issue 18, points 4 and 5), committed in
 * tests/word-files/, so that the readers meet what LibreOffice writes rather than only what the
 * tests' own builders write. The tests need no LibreOffice; the files were made once, so:
 *
 *   apt-get install -y --no-install-recommends libreoffice-writer python3-uno   # LibreOffice 7.4.7
 *   npx esbuild tests/word-files/make-sources.ts --bundle --platform=node --format=esm --outfile=/tmp/make-sources.mjs
 *   node /tmp/make-sources.mjs /tmp/word-files          # /tmp/word-files/000.docx (see make-sources.ts)
 *   soffice --headless --norestore -env:UserInstallation=file:///tmp/lo-convert \
 *     --convert-to doc --outdir tests/word-files /tmp/word-files/000.docx                 # 000.doc, "MS Word 97"
 *   /usr/bin/python3 tests/word-files/encrypt.py /tmp/word-files/000.docx tests/word-files/000-password.docx 'mật khẩu'
 *
 * The source is fixture 000 typed into Word: the header block a two-column table (issuer, `*`,
 * number left; motto, place and date right: tests/word-build.ts's HEADER), items 1 and 2 with
 * typed labels and their typed `-` points, items 3 and 4 a Word list starting at 3 (`w:start` 3),
 * the recipients and the signature side by side in a second table. Expected values are read from
 * the fixture's text and from that header, never from the program's output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotice, parseWordFile, WordFileError, type Notice } from '../src/index.js';
import { extractWord } from '../src/read/word/extract.js';
import { essence } from './legacy-encode.js';
import { fixtureFile, outline } from './helpers.js';
import { docxOf, HEADER_TEXT } from './word-build.js';
import { run, tempDir, tree } from './cli-run.js';

const FILES = join(import.meta.dirname, 'word-files');
const doc = readFileSync(join(FILES, '000.doc'));
const locked = readFileSync(join(FILES, '000-password.docx'));
const fixture = readFileSync(fixtureFile('000'), 'utf8');

/** Fixture 000 as the .doc's reader sees it: the header's lines first, and items 3 and 4 without the labels Word's list gave them. */
const withoutListLabels = fixture.replace(/^([34])\. (?=Sở Giáo dục và Đào tạo phối hợp|Tập trung chỉ đạo đẩy nhanh tiến độ giải ngân)/gm, '');

describe('a .doc (Word 97-2003) saved by LibreOffice', () => {
  it('is one: an OLE compound file, read by word-extractor', async () => {
    expect(doc.subarray(0, 8).toString('hex')).toBe('d0cf11e0a1b11ae1');
    expect(withoutListLabels).not.toBe(fixture); // both labels were found in the fixture and taken off
    expect(withoutListLabels.length).toBe(fixture.length - 6);
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
    // Fixture 000: item 1 has three `-` points, item 2 two.
    expect(outline(n.items)).toEqual(['1', ['-', '-', '-'], '2', ['-', '-']]);
    expect(n.items[0]!.text).toMatch(/^Ủy ban nhân dân tỉnh cụ thể hóa Chỉ thị của Ban Thường vụ Tỉnh ủy/);
    expect(n.items[0]!.children[0]!.text).toContain('Kế hoạch “Thích ứng an toàn, linh hoạt');
    expect(n.items[1]!.text).toMatch(/^Sở Y tế đẩy nhanh tiến độ tiêm vắc xin phòng Covid-19/);
  });

  it('loses the labels of Word\'s list (items 3 and 4): word-extractor does not read list tables, so their text runs on in item 2', async () => {
    const n = await parseWordFile(doc, { spans: false });
    const last = n.items[1]!.children[1]!.text;
    expect(last).toMatch(/^Sở Y tế phối hợp với các địa phương/);
    expect(last).toContain('Sở Giáo dục và Đào tạo phối hợp Sở Y tế xây dựng kế hoạch tổ chức dạy học trực tiếp');
    expect(last).toContain('Tập trung chỉ đạo đẩy nhanh tiến độ giải ngân xây dựng cơ bản');
    const { text } = await extractWord(doc, 'doc');
    expect(text).not.toMatch(/^\s*[34]\. /m);
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

  it('reads as the fixture\'s text does, the header in front and the list\'s labels off: items, recipients, signature, directives, heading', async () => {
    const n = await parseWordFile(doc, { spans: false });
    const fromText = parseNotice(`${HEADER_TEXT}\n${withoutListLabels}`, { spans: false });
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
