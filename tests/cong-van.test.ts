/**
 * An administrative letter (công văn) has no type line: its number has no type code
 * (`Số: 3722/VPCP-CN`, other-issuers/003 of the shared corpus), a `V/v …` subject stands under it
 * and a `Kính gửi:` block follows. Expected values read from the text below.
 */
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/index.js';

const letter = [
  'VĂN PHÒNG CHÍNH PHỦ',
  'Số: 3722/VPCP-CN',
  'V/v cơ chế đặc thù xây dựng công trình khẩn cấp',
  'Hà Nội, ngày 28 tháng 4 năm 2026',
  'Kính gửi:',
  '- Các Bộ: Công an, Tư pháp, Tài chính;',
  '- Ủy ban nhân dân tỉnh Đồng Nai.',
  'Giao các Bộ có ý kiến trước ngày 10 tháng 5 năm 2026.',
].join('\n');

describe('a công văn', () => {
  const n = parseNotice(letter);

  it('is a CÔNG VĂN by its layout (V/v subject and Kính gửi), with its V/v subject kept as written', () => {
    expect(n.document.type).toBe('CÔNG VĂN');
    expect(n.document.subject).toBe('V/v cơ chế đặc thù xây dựng công trình khẩn cấp');
    expect(n.diagnostics.map((d) => d.code)).toContain('not-a-notice');
  });

  it('is no công văn without its Kính gửi block', () => {
    const bare = parseNotice(letter.split('\n').filter((l) => !l.startsWith('Kính gửi') && !l.startsWith('- ')).join('\n'));
    expect(bare.document.type).toBeNull();
  });
});

describe('a body with no items', () => {
  // other-issuers/003 of the shared corpus: `Giao các Bộ: … có ý kiến … trước ngày 10 tháng 5 năm 2026`
  const n = parseNotice(letter);

  it('reads its directives from its paragraphs (`p1`, `p2` …, owned by no item)', () => {
    expect(n.items).toEqual([]);
    expect(n.directives.map((d) => [d.id, d.item, d.kind])).toEqual([['p1', null, 'task']]);
    const [d] = n.directives;
    expect(d!.deadlines.map((x) => [x.date, x.due, x.role])).toEqual([['2026-05-10', '2026-05-10', 'deadline']]);
    expect(letter.slice(d!.span!.start.offset, d!.span!.end.offset)).toBe('Giao các Bộ có ý kiến trước ngày 10 tháng 5 năm 2026.');
  });
});

describe('a place-and-date line left blank', () => {
  // other-issuers/002: `Hà Nội, ngày tháng năm` (a draft's line, day, month and year to fill in)
  it('gives the place and no date', () => {
    const n = parseNotice(['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HÀ NỘI', 'Số: /TB-UBND', 'Hà Nội, ngày tháng năm', 'THÔNG BÁO', 'Về việc treo cờ Tổ quốc', '1. Các sở, ban, ngành treo cờ.'].join('\n'));
    expect([n.document.place, n.document.issuedOn]).toEqual(['Hà Nội', null]);
  });
});
