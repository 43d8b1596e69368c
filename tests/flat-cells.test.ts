/**
 * Header and footer tables whose cells a converter flattened (legal-document sites give state
 * letters so: tests/corpus/other-issuers/007–013), a party công văn whose subject wraps under its
 * number (tests/corpus/commune-documents/017), the motto kept, and an opening that dates a letter
 * rather than a meeting. Expected values read from the documents.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/index.js';
import { flatCellCuts } from '../src/read/flat-cell.js';

const CORPUS = join(import.meta.dirname, 'corpus');
const parse = (name: string) => parseNotice(readFileSync(join(CORPUS, name)), { name });

/** The pieces a cell is cut into, trimmed. */
function pieces(cell: string): string[] {
  const cuts = [0, ...flatCellCuts(cell), cell.length];
  return cuts.slice(1).map((end, k) => cell.slice(cuts[k], end).trim());
}

describe('a flattened table cell', () => {
  it('gives back the lines of a header cell: name, rule, motto, number, subject', () => {
    expect(pieces(' VĂN PHÒNG CHÍNH PHỦ ------- ')).toEqual(['VĂN PHÒNG CHÍNH PHỦ', '-------']);
    expect(pieces(' CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc -------------- ')).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập – Tự do – Hạnh phúc',
      '--------------',
    ]);
    expect(pieces(' Số: 2428/BXD-QLN V/v: Hỗ trợ người có công với cách mạng về nhà ở ')).toEqual([
      'Số: 2428/BXD-QLN',
      'V/v: Hỗ trợ người có công với cách mạng về nhà ở',
    ]);
  });

  it('gives back a list: after its head, and at each dash after the `;` or `)` ending an entry', () => {
    expect(pieces(' Nơi nhận: - Như trên; - TTCP, PTTg Nguyễn Thiện Nhân (để b/c); - Lưu: VT, KGVX (3) Th. ')).toEqual([
      'Nơi nhận:',
      '- Như trên;',
      '- TTCP, PTTg Nguyễn Thiện Nhân (để b/c);',
      '- Lưu: VT, KGVX (3) Th.',
    ]);
    expect(pieces(' - Bộ Quốc phòng; - Bộ Lao động - Thương binh và Xã hội; - Bộ Tài chính ')).toEqual([
      '- Bộ Quốc phòng;',
      '- Bộ Lao động - Thương binh và Xã hội;',
      '- Bộ Tài chính',
    ]);
  });

  it('leaves running text, a lone rule and a dash inside a name alone', () => {
    const text = ' Giao Bộ Lao động - Thương binh và Xã hội chủ trì; - theo dõi, đôn đốc thực hiện. ';
    expect(flatCellCuts(text)).toEqual([]);
    expect(flatCellCuts(' ------- ')).toEqual([]);
    expect(flatCellCuts(' Kính gửi: Bộ Lao động - Thương binh và Xã hội ')).toEqual([]);
  });

  it('is cut in linear time', () => {
    const long = `Nơi nhận: ${'- Như trên; '.repeat(200_000)}`;
    expect(flatCellCuts(long)).toHaveLength(200_000);
  });
});

describe('a state letter whose header and footer tables were flattened (other-issuers/007)', () => {
  const n = parse('other-issuers/007.txt');

  it('has its header: issuer, motto, number, subject, place and date, addressee', () => {
    expect(n.document).toMatchObject({
      type: 'CÔNG VĂN',
      issuer: 'VĂN PHÒNG CHÍNH PHỦ',
      mottoLines: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
      number: '8794/VPCP-KGVX',
      subject: 'V/v ban hành Thông tư liên tịch hướng dẫn về quy trình xác nhận đối tượng người có công bị nhiễm chất độc hóa học/dioxin',
      place: 'Hà Nội',
      issuedOn: '2013-10-21',
      addressees: ['Bộ Lao động - Thương binh và Xã hội'],
    });
  });

  it('has its recipients one by one, and the signer under the office signed for', () => {
    expect(n.recipients.map((r) => r.name)).toEqual([
      'Như trên',
      'TTCP, PTTg Nguyễn Thiện Nhân',
      'VPCP: BTCN, PCN Nguyễn Khắc Định; Trợ lý TTg, các Vụ: NC, KTTH',
      'Lưu: VT, KGVX (3) Th',
    ]);
    expect(n.signature).toMatchObject({ authorities: ['KT. BỘ TRƯỞNG, CHỦ NHIỆM'], title: 'PHÓ CHỦ NHIỆM', name: 'Nguyễn Khắc Định' });
  });

  it('has no meeting: its opening dates the letter it recalls (`có văn bản số 349/TB-VPCP`)', () => {
    expect(n.meeting.date).toBeNull();
  });
});

describe('other flattened letters', () => {
  it('read a table of addressees (`| Kính gửi: | - Bộ Quốc phòng; - … |`, 008)', () => {
    const n = parse('other-issuers/008.txt');
    expect(n.document.addressees).toEqual(['Bộ Quốc phòng', 'Bộ Lao động - Thương binh và Xã hội', 'Bộ Tài chính']);
    expect(n.signature).toMatchObject({ authorities: ['KT. THỦ TƯỚNG'], title: 'PHÓ THỦ TƯỚNG', name: 'Nguyễn Sinh Hùng' });
  });

  it('read `V/v:` with its colon and a deputy minister signing for the minister (011)', () => {
    const n = parse('other-issuers/011.txt');
    expect(n.document.subject).toBe('V/v: Hỗ trợ người có công với cách mạng về nhà ở theo QĐ số 22/2013/QĐ-TTg');
    expect(n.document.issuedOn).toBe('2013-11-15');
    expect(n.signature).toMatchObject({ authorities: ['KT. BỘ TRƯỞNG'], title: 'THỨ TRƯỞNG', name: 'Nguyễn Trần Nam' });
  });

  it('read a number with its year (`Số: 49/2012/QĐ-UBND`, 006)', () => {
    expect(parse('other-issuers/006.txt').document.number).toBe('49/2012/QĐ-UBND');
  });
});

describe('a party công văn whose subject wraps under its number (commune-documents/017)', () => {
  const n = parse('commune-documents/017.txt');

  it('has the subject whole, then the motto, the place and date, the addressees', () => {
    expect(n.document).toMatchObject({
      type: 'CÔNG VĂN',
      issuer: 'ĐẢNG UỶ XÃ CÔNG HẢI',
      superior: 'ĐẢNG BỘ TỈNH KHÁNH HOÀ',
      number: '-CV/ĐU',
      subject: 'Tham mưu triển khai thực hiện Nghị quyết số 01-NQ/TU ngày 14/7/2025 của Tỉnh uỷ',
      mottoLines: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
      place: 'Công Hải',
      issuedOn: '2025-08',
      addressees: ['Uỷ ban nhân dân xã', 'Ban Xây dựng Đảng'],
    });
  });

  it('has its two numbered items, not the addressees, as items', () => {
    expect(n.items.map((i) => i.label)).toEqual(['1', '2']);
  });

  it('takes an addressee written after the head on its line without its dash (002)', () => {
    expect(parse('commune-documents/002.txt').document.addressees[0]).toBe('HĐND, UBND xã');
  });
});
