/**
 * A signature with a document attached after it (tests/corpus/commune-documents 008 and 018: the
 * annex's own header and heading in capitals follow the digital stamp): the signer's title is the
 * one above the name, and the stamp is the one right under it, not the annex's. Expected values
 * read from the documents.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/index.js';

const parse = (name: string) => parseNotice(readFileSync(join(import.meta.dirname, 'corpus', name)), { name });

describe('a signature with an annex after it', () => {
  it('keeps the title above the name, not the annex\'s heading (018: CHƯƠNG TRÌNH follows)', () => {
    expect(parse('commune-documents/018.txt').signature).toMatchObject({
      authorities: ['T/L BAN THƯỜNG VỤ'],
      title: 'CHÁNH VĂN PHÒNG',
      name: 'Nguyễn Đăng Quang',
    });
  });

  it('keeps the stamp right under the name (008: 10:55:35), not the annex\'s (10:55:24)', () => {
    const s = parse('commune-documents/008.txt').signature!;
    expect(s).toMatchObject({ title: 'BÍ THƯ', name: 'Vũ Thị Thuỳ Trang' });
    expect(s.digitalStamp).toEqual({ signer: 'ĐẢNG UỶ XÃ CÔNG HẢI', timestamp: '18-09-2025 10:55:35 +07:00' });
  });
});
