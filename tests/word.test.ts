/**
 * Word files (issue 18, point 3): every fixture typed into a .docx (tests/word-build.ts: the header
 * block a two-column table, items numbered by Word's list feature) reads as the same notice as its
 * text. Expected values are the fixture text's own parse (with the same header lines in front, as
 * a PDF's text of that header reads), never copied from output.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotice, parseWordFile, WordFileError, } from '../src/index.js';
import { FIXTURES } from './helpers.js';
import { extractWord } from '../src/read/word/extract.js';
import { essence } from './legacy-encode.js';
import { docxOf, HEADER, HEADER_TEXT } from './word-build.js';
import { encryptedDocx } from './word-encrypted.js';
import { run, tempDir, tree } from './cli-run.js';

const NAMES = readdirSync(FIXTURES).filter((f) => /\.(txt|md)$/.test(f)).sort();
const text = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');


describe.each(NAMES)('%s typed into a .docx', (name) => {
  const original = text(name);

  it('gives the same items, recipients, signature and directives, and the header table as heading', async () => {
    const built = await docxOf(original);
    // Spans aside: they point into two different texts.
    const n = await parseWordFile(built.bytes, { name: 'x.docx', spans: false });
    const fromText = parseNotice(`${HEADER_TEXT}\n${original}`, { spans: false });
    expect(n.source.extractedFrom).toBe('docx');
    expect(n.source.encoding).toBe('utf-8');
    expect(n.source.bytes).toBe(built.bytes.length);
    expect(built.numbered).toBeGreaterThan(0); // some labels exist only as Word numbering
    expect(essence(n)).toEqual(essence(fromText));
    expect(essence(parseNotice(original, { spans: false }))).toEqual(essence(fromText));
    expect(n.document).toEqual(fromText.document);
  });

  it('with the recipients and the signature side by side in a table, gives the same tail', async () => {
    const built = await docxOf(original, true, true);
    const n = await parseWordFile(built.bytes, { spans: false });
    expect(essence(n)).toEqual(essence(parseNotice(`${HEADER_TEXT}\n${original}`, { spans: false })));
  });
});

describe('what the .docx reader keeps', () => {
  const original = text(NAMES[0]!);

  it('typed the tail as a table wherever Nơi nhận comes before the signature (all fixtures but 001)', async () => {
    const tables = await Promise.all(NAMES.map(async (name) => (await docxOf(text(name), true, true)).tailTable));
    expect(NAMES.filter((_, k) => !tables[k])).toEqual(NAMES.filter((name) => name.startsWith('001')));
  });

  it('the header table: issuer, number, place and date', async () => {
    const n = await parseWordFile((await docxOf(original)).bytes);
    expect(n.document.issuerLines.join(' ')).toContain(HEADER.left[0]);
    expect(n.document.number).not.toBeNull();
    expect(n.document.issuedOn).not.toBeNull();
  });

  it("Word's numbering as item labels, the typed ones taken off first", async () => {
    const built = await docxOf(original);
    expect(built.numbered).toBeGreaterThan(0);
    // The docx holds no typed label: the first item's text starts after it.
    const first = parseNotice(original).items[0]!;
    const n = await parseWordFile(built.bytes);
    expect(n.items[0]!.label).toBe(first.label);
  });

  it('two levels of numbering, `1.` and `a)`, counted on across a plain paragraph as Word counts', async () => {
    const typed = [
      'THÔNG BÁO',
      'kết luận của Thường trực Tỉnh ủy',
      'Thường trực Tỉnh ủy kết luận như sau:',
      '1. Về công tác phòng, chống dịch:',
      'a) Sở Y tế tham mưu Ủy ban nhân dân tỉnh kiện toàn nhân lực y tế.',
      'b) Ủy ban nhân dân tỉnh chỉ đạo tiêm vắc xin.',
      'Một đoạn văn không đánh số giữa các mục.',
      '2. Về phát triển kinh tế:',
      'a) Sở Tài chính tham mưu bố trí kinh phí.',
      'Nơi nhận:',
      '- Như trên,',
      '- Lưu Văn phòng Tỉnh ủy.',
    ].join('\n');
    const built = await docxOf(typed, false);
    expect(built.numbered).toBe(5);
    const n = await parseWordFile(built.bytes, { spans: false });
    expect(essence(n)).toEqual(essence(parseNotice(typed, { spans: false })));
  });

  it('spans point into the extracted text', async () => {
    const bytes = (await docxOf(original)).bytes;
    const { text: extracted } = await extractWord(bytes, 'docx');
    const n = await parseWordFile(bytes);
    for (const r of n.recipients) expect(extracted.slice(r.span!.start.offset, r.span!.end.offset).replace(/\s+/g, ' ')).toContain(r.text.slice(0, 10));
    const item = n.items[0]!;
    expect(extracted.slice(item.span!.start.offset).startsWith(`${item.label}.`)).toBe(true);
  });
});

describe('Word files that cannot be read', () => {
  it('a truncated .docx (not a zip) is refused with a clear error', async () => {
    const built = await docxOf(text(NAMES[0]!));
    const truncated = built.bytes.subarray(0, 200);
    const e = await parseWordFile(truncated).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(WordFileError);
    expect((e as Error).message).toMatch(/cannot read this \.docx|not a zip|damaged/);
  });

  it('a password-protected .docx (an OLE file holding EncryptedPackage) is refused, saying so', async () => {
    const e = await parseWordFile(encryptedDocx()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(WordFileError);
    expect((e as Error).message).toMatch(/password-protected/);
  });

  it('an OLE file with no Word document in it, named .doc, is refused by word-extractor with a clear error', async () => {
    const ole = encryptedDocx();
    const at = ole.indexOf(Buffer.from('EncryptedPackage', 'utf16le'));
    ole.write('OtherStreamName1', at, 'utf16le'); // the same length: no longer an encrypted package
    const e = await parseWordFile(ole, { kind: 'doc' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(WordFileError);
    expect((e as Error).message).toMatch(/^cannot read this \.doc: /);
    expect((e as Error).message).not.toMatch(/\n/);
  });

  it('a .docx renamed .doc is read as the .docx it is', async () => {
    const n = await parseWordFile((await docxOf(text(NAMES[0]!))).bytes, { kind: 'doc' });
    expect(n.source.extractedFrom).toBe('docx');
    expect(n.items.length).toBeGreaterThan(0);
  });

  it('a .doc that is really HTML is refused, saying so', async () => {
    const html = Buffer.from('<html><head><meta charset="utf-8"></head><body><p>THÔNG BÁO</p></body></html>');
    const e = await parseWordFile(html, { kind: 'doc' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(WordFileError);
    expect((e as Error).message).toMatch(/HTML/);
  });
});

describe('Word files on the command line', () => {
  async function folder(): Promise<string> {
    const built = await docxOf(text(NAMES[0]!));
    return tree(tempDir('np-word-'), {
      'in/a.docx': built.bytes,
      'in/b.docx': built.bytes.subarray(0, 300),
      'in/c.doc': '<html><body><p>THÔNG BÁO</p></body></html>',
      'in/d.docx': encryptedDocx(),
      'in/e.txt': '001',
      'in/f.pdf': 'x',
    });
  }

  it('walks folders for them, reads each, refuses the unreadable ones with an io error, and goes on', async () => {
    const dir = await folder();
    const r = run(['in', '--ndjson'], { cwd: dir });
    expect(r.code).toBe(2); // files that could not be read
    const notices = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Notice);
    expect(notices.map((n) => [n.source.name, n.source.extractedFrom ?? null])).toEqual([['in/a.docx', 'docx'], ['in/e.txt', null]]);
    expect(r.stderr).toMatch(/^in\/b\.docx: error io cannot read this \.docx: /m);
    expect(r.stderr).toMatch(/^in\/c\.doc: error io not a Word file \(\.doc\): it is HTML/m);
    expect(r.stderr).toMatch(/^in\/d\.docx: error io this Word file is password-protected/m);
    expect(r.stderr).not.toMatch(/^\s+at /m); // no stack trace
    expect(r.stderr).toMatch(/^notice-parse: 5 files \(4 Word\): 2 notices, 0 other documents \(not-a-notice\), 3 unreadable, 0 failed to write; .*; 1 skipped \(1 \.pdf\);/m);
  });

  it('reads them on worker threads too, and writes NAME.json for NAME.docx', async () => {
    const dir = await folder();
    const r = run(['in', '--out', 'o', '--jobs', '3'], { cwd: dir, env: { NOTICE_PARSE_PER_THREAD: '1' } });
    expect(r.code).toBe(2);
    const a = JSON.parse(readFileSync(join(dir, 'o', 'a.json'), 'utf8')) as Notice;
    expect(a.source.extractedFrom).toBe('docx');
    expect(a.items.map((i) => i.label)).toEqual(parseNotice(text(NAMES[0]!)).items.map((i) => i.label));
    expect(r.stderr).toMatch(/^notice-parse: 5 files \(4 Word\): 2 notices/m);
  });
});
