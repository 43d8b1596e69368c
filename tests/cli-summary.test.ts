/** The summary of a batch (issue 16, point 6): what the files were, and no .json for a file that holds no document. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesBelow } from './helpers.js';
import { run, tempDir, tree } from './cli-run.js';

const CONCLUSION = 'KẾT LUẬN\ncủa Ban Thường vụ Tỉnh ủy\n1. Sở Y tế triển khai kế hoạch tiêm vắc xin.\nNơi nhận:\n- Lưu VPTU.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn An\n';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff, 0xfe, 0]);

/** Two notices (one with warnings), another kind of document, a binary file, an empty one, one unwritable. */
function mixed(): string {
  return tree(tempDir('np-summary-'), {
    'in/a.txt': '000',
    'in/b.txt': '002',
    'in/c.txt': CONCLUSION,
    'in/d.txt': PNG,
    'in/e.txt': '',
    'in/x/f.txt': '001',
    'in/g.xlsx': 'x',
  });
}

describe('the summary line', () => {
  it('counts notices, other documents, unreadable files and files not written, with the skipped ones', () => {
    const dir = mixed();
    tree(dir, { 'o/x': 'a file where the folder x/ must go' });
    const r = run(['in', '--out', 'o'], { cwd: dir });
    expect(r.code).toBe(2); // f could not be written
    expect(r.stderr).toMatch(
      /^notice-parse: 6 files: 2 notices, 1 other document \(not-a-notice\), 2 unreadable, 1 failed to write; 1 with warnings, 0 with errors; 1 skipped \(1 \.xlsx\); [\d.]+ s, [\d.]+ MB\/s$/m,
    );
    expect(r.stderr).toMatch(/^in\/x\/f\.txt: error io cannot write /m);
    expect(r.stderr).toMatch(/^in\/d\.txt:1:1 error binary /m);
    expect(r.stderr).toMatch(/^in\/e\.txt:1:1 error not-a-document /m);
  });

  it('writes no .json for a file that holds no document (binary, empty), and one for another kind of document', () => {
    const dir = mixed();
    const r = run(['in', '--out', 'o'], { cwd: dir });
    expect(r.code).toBe(1); // the binary and the empty file have error diagnostics
    expect(filesBelow(join(dir, 'o'))).toEqual(['a.json', 'b.json', 'c.json', 'x/f.json']);
    expect(r.stderr).toMatch(/^notice-parse: 6 files: 3 notices, 1 other document \(not-a-notice\), 2 unreadable, 0 failed to write;/m);
  });

  it('counts a file that cannot be read as unreadable (exit 2)', () => {
    const dir = tree(tempDir(), { 'in/a.txt': '000' });
    writeFileSync(join(dir, 'in', 'locked.txt'), 'x', { mode: 0 });
    const r = run(['in', 'in/gone.txt', '--ndjson'], { cwd: dir });
    expect(r.code).toBe(2);
    // locked.txt cannot be read (or, by root, holds no notice): unreadable either way.
    expect(r.stderr).toMatch(/^notice-parse: 3 files: 1 notice, 0 other documents \(not-a-notice\), 2 unreadable, 0 failed to write;/m);
    expect(r.stderr).toMatch(/^in\/gone\.txt: error io no such file or folder$/m);
  });
});
