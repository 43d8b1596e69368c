/**
 * Never lose a file: --out stays out of the inputs, a killed batch leaves only whole JSON files,
 * and a second run completes it. Bad files get a message that says what they are.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoticeSchema, parseNotice } from '../src/index.js';
import { FIXTURES, filesBelow } from './helpers.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'notice-parse');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });


function bigArchive(copies: number): string {
  const root = mkdtempSync(join(tmpdir(), 'np-big-'));
  const samples = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));
  for (let i = 0; i < copies; i++) {
    const dir = join(root, `d${i % 10}`);
    mkdirSync(dir, { recursive: true });
    for (const s of samples) copyFileSync(join(FIXTURES, s), join(dir, `${i}-${s}`));
  }
  return root;
}

describe('--out', () => {
  it('refuses an output folder inside an input folder', () => {
    const root = bigArchive(1);
    for (const out of [root, join(root, 'json')]) {
      const r = run([root, '--out', out]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/inside the input folder/);
    }
    expect(filesBelow(root).every((f) => f.endsWith('.txt'))).toBe(true);
  });

  it('leaves only whole JSON files when killed mid-batch, and a second run completes it', async () => {
    const root = bigArchive(200); // 1,000 notices: seconds of work
    const out = mkdtempSync(join(tmpdir(), 'np-killed-'));
    const child = spawn(process.execPath, [BIN, root, '--out', out, '--jobs', '1', '--quiet'], { stdio: 'ignore' });
    // Kill it as soon as it has written a few files: mid-batch, whatever the machine's speed.
    for (let waited = 0; waited < 30_000 && filesBelow(out).length < 20; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    const written = filesBelow(out).filter((f) => f.endsWith('.json'));
    expect(written.length).toBeLessThan(1000); // it really was stopped mid-way
    for (const f of written) NoticeSchema.parse(JSON.parse(readFileSync(join(out, f), 'utf8')));
    const again = run([root, '--out', out, '--quiet']);
    expect(again.status).toBe(0);
    const files = filesBelow(out);
    expect(files.filter((f) => f.endsWith('.json'))).toHaveLength(1000);
    expect(files.filter((f) => !f.endsWith('.json'))).toEqual([]); // no temporary file left
  });
});

describe('bad files', () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ['an empty file', new Uint8Array(0), /not-a-document not a notice: no text/],
    ['whitespace only', Buffer.from(' \n\t\n  \r\n'), /not-a-document not a notice: no text/],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /binary not text: this looks like a PNG image/],
    ['a PDF', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1'), /binary not text: this looks like a PDF file/],
    ['a DOCX renamed .txt', Buffer.from('PK\x03\x04\x14\x00\x06\x00word/document.xml', 'latin1'), /looks like a Word document \(\.docx\) renamed/],
    // TCVN3 and the other old Vietnamese encodings are converted now (tests/legacy.test.ts); Russian in Windows-1251 fits none.
    ['text in no Vietnamese encoding', Buffer.from('\xcf\xf0\xe8\xe2\xe5\xf2 \xec\xe8\xf0, \xfd\xf2\xee \xf2\xe5\xea\xf1\xf2 \xed\xe0 \xf0\xf3\xf1\xf1\xea\xee\xec \xff\xe7\xfb\xea\xe5', 'latin1'), /legacy-encoding not UTF-8, and no old Vietnamese encoding fits well/],
  ];

  it.each(cases)('%s gets an error that says what it is', (_name, bytes, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'np-bad-'));
    const file = join(dir, 'x.txt');
    writeFileSync(file, bytes);
    const r = run([file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1 error `));
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    NoticeSchema.parse(JSON.parse(r.stdout));
  });

  it('reads UTF-16 without a BOM', () => {
    const text = readFileSync(join(FIXTURES, '000_b3db3eb0fe8e6948.txt'), 'utf8');
    const n = parseNotice(Buffer.from(text, 'utf16le'));
    expect(n.source.encoding).toBe('utf-16le');
    expect(n.items).toHaveLength(4);
  });

  it('walks a folder named x.txt instead of reading it', () => {
    const root = mkdtempSync(join(tmpdir(), 'np-dir-'));
    mkdirSync(join(root, 'x.txt'));
    copyFileSync(join(FIXTURES, '000_b3db3eb0fe8e6948.txt'), join(root, 'x.txt', 'a.txt'));
    const out = mkdtempSync(join(tmpdir(), 'np-out-'));
    const r = run([join(root, 'x.txt'), '--out', out]);
    expect(r.status).toBe(0);
    expect(existsSync(join(out, 'a.json'))).toBe(true);
  });
});

describe('a file too large to be one notice', () => {
  it('is refused before it is read, with its size in the message, and the batch goes on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'np-huge-'));
    // 100 MB of notice text: one sample repeated, as an archive's dump would be.
    const sample = readFileSync(join(FIXTURES, '003_86db102a5b295d07.txt'));
    const huge = join(dir, 'dump.txt');
    writeFileSync(huge, Buffer.alloc(100 * 1024 * 1024, sample));
    copyFileSync(join(FIXTURES, '000_b3db3eb0fe8e6948.txt'), join(dir, 'a.txt'));
    const r = run([dir, '--ndjson']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/dump\.txt: error io too large for one notice \(100\.0 MB; the limit is 32 MB\): split it into notices first/);
    expect(r.stdout.trim().split('\n')).toHaveLength(1); // a.txt is converted
    rmSync(dir, { recursive: true, force: true });
  });
});
