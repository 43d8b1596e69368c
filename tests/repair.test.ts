import { describe, expect, it } from 'vitest';
import { isSyllable, splitSyllables } from '../src/text/syllable.js';
import { repairText } from '../src/read/repair.js';
import { parseNotice } from '../src/index.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

describe('the written syllable', () => {
  it('takes every syllable of a plain Vietnamese sentence', () => {
    const sentence =
      'Nguyễn Thị Thuỳ Trang khuyến khích người dân quyết tâm thực hiện nghiêm túc, khoẻ mạnh, giữ gìn ' +
      'truyền thống quốc gia, xoong nồi, khuya, huơ tay, ngoằn ngoèo, Ủy ban, UỶ BAN, hoà, hòa, gì';
    for (const word of sentence.split(/[ ,]+/)) expect(isSyllable(word), word).toBe(true);
  });

  it('refuses what is not one syllable', () => {
    for (const word of ['uỷcơ', 'Vềthời', 'dựthảo', 'UBND', 'xyz', 'qa', 'ghợp', 'ci', 'cềp', 'vềch', 'bÁo', 'Internet', 'kê'.repeat(3)]) {
      expect(isSyllable(word), word).toBe(false);
    }
  });

  it('spells velars by the vowel after them: k, gh, ngh before i e ê y; c, g, ng elsewhere', () => {
    expect(isSyllable('kế')).toBe(true);
    expect(isSyllable('cế')).toBe(false);
    expect(isSyllable('ghế')).toBe(true);
    expect(isSyllable('gế')).toBe(false);
    expect(isSyllable('nghiêng')).toBe(true);
    expect(isSyllable('ngiêng')).toBe(false);
    expect(isSyllable('kan')).toBe(false);
  });

  it('allows only sắc and nặng on a stop final', () => {
    expect(isSyllable('việc')).toBe(true);
    expect(isSyllable('tốt')).toBe(true);
    expect(isSyllable('tồt')).toBe(false);
    expect(isSyllable('tổt')).toBe(false);
  });

  it('splits with the longest onset when both splits are spelled right', () => {
    const s = 'dựthảo';
    const cost = (t: string, a: number, b: number) => (isSyllable(t, a, b) ? 1 : Infinity);
    expect(splitSyllables(s, 0, s.length, () => true, cost)).toEqual([2]);
  });
});

/** The repaired text of `input`, and each of its characters' source offsets checked against the input. */
function repaired(input: string): string {
  const r = repairText(input);
  for (let i = 0; i < r.text.length; i++) {
    const ch = r.text[i]!;
    if (ch === ' ') continue;
    expect(input[r.map.toSource(i)], `offset ${i} of ${JSON.stringify(r.text)}`).toBe(ch);
  }
  return r.text;
}

describe('repairing PDF text', () => {
  it('gives glued syllables their spaces back after a marked vowel', () => {
    expect(repaired('Thường trực Đảng uỷcơ bản nhất trí')).toBe('Thường trực Đảng uỷ cơ bản nhất trí');
    expect(repaired('ĐềnghịUỷban MTTQVN xã')).toBe('Đề nghị Uỷ ban MTTQVN xã');
    expect(repaired('- Vềthời gian tổ chức Đại hội')).toBe('- Về thời gian tổ chức Đại hội');
    expect(repaired('công tác chuẩn bịĐại hội')).toBe('công tác chuẩn bị Đại hội');
    expect(repaired('sởdữliệu quốc gia')).toBe('sở dữ liệu quốc gia');
  });

  // commune-notices/008 (`giới thiệu cán bộứng cử`), commune-notices/001 (`các dựán đầu tư`, `vềý
  // nghĩa`), commune-documents/010 (`quảứng dụng`): the second syllable starts with a vowel, so the
  // two syllables' vowels make one group, and it holds two tone marks where a syllable holds one.
  it('splits two syllables whose vowels meet, the second starting with a vowel', () => {
    expect(repaired('giới thiệu cán bộứng cử;')).toBe('giới thiệu cán bộ ứng cử;');
    expect(repaired('triển khai thực hiện các dựán đầu tư')).toBe('triển khai thực hiện các dự án đầu tư');
    expect(repaired('chưa nhận thức đúng vềý nghĩa')).toBe('chưa nhận thức đúng về ý nghĩa');
    expect(repaired('nâng cao hiệu quảứng dụng')).toBe('nâng cao hiệu quả ứng dụng');
    expect(repaired('Sốvụán đã xét xử')).toBe('Số vụ án đã xét xử');
  });

  it('finds the damage when two vowels with tone marks side by side are all there is', () => {
    const r = repairText('giới thiệu cán bộứng cử');
    expect(r.glued).toBe(1);
    expect(r.first).toBe('giới thiệu cán '.length);
  });

  it('leaves one tone mark in a group of vowels alone, also where the word is misspelt', () => {
    // `đưọc`, `thưòng` (for `được`, `thường`) hold one tone: nothing says two syllables met there.
    for (const text of ['người của hoà thuỷ khuyến quyết Nguyễn nghiêng khuya ngoằn ngoèo', 'chữ gõ sai như đưọc, thưòng']) {
      const r = repairText(text);
      expect(r.text, text).toBe(text);
      expect(r.glued + r.spaced).toBe(0);
    }
  });

  it('splits a number off a syllable it is glued to', () => {
    expect(repaired('nhiệm kỳ2025 - 2030')).toBe('nhiệm kỳ 2025 - 2030');
  });

  it('splits an abbreviation glued to a syllable', () => {
    expect(repaired('chỉ đạo Đảng uỷUBND xã')).toBe('chỉ đạo Đảng uỷ UBND xã');
  });

  it('joins letter-spaced words into their syllables', () => {
    expect(repaired('KẾT LUẬN CỦA THƯỜNG TRỰC ĐẢNG UỶ v ề c h o chủ trương')).toBe(
      'KẾT LUẬN CỦA THƯỜNG TRỰC ĐẢNG UỶ về cho chủ trương',
    );
    expect(repaired('T H Ô N G B Á O')).toBe('THÔNG BÁO');
  });

  it('joins a letter-spaced line with numbers, codes and punctuation', () => {
    expect(repaired('s ố 4 2 / Q Đ - U B N D n g à y 0 1 / 7 / 2 0 2 5 v ề p h â n c ô n g')).toBe(
      'số 42/QĐ-UBND ngày 01/7/2025 về phân công',
    );
    expect(repaired('c ủ a C h ủ t ị c h , c á c P h ó')).toBe('của Chủ tịch, các Phó');
    expect(repaired('k i n h t ế - x ã h ộ i')).toBe('kinh tế - xã hội');
  });

  it('prefers the words the document writes elsewhere when two splits are spelled right', () => {
    // `cò nhạn chế` and `còn hạn chế` are both spelled right; the document writes `còn` and `hạn`
    expect(repaired('việc còn hạn chế; c ô n g t á c c ò n h ạ n c h ế')).toBe('việc còn hạn chế; công tác còn hạn chế');
    expect(repaired('t r ư ờ n g h ợ p')).toBe('trường hợp');
  });

  it('leaves words of other languages, lists of letters and abbreviations alone', () => {
    for (const text of [
      'Hội nghị COVID-19 tại Hà Nội, Internet, email, été, café crème',
      'các điểm a, b, c của khoản 2',
      'các phương án A B C',
      'HĐND, UBND, MTTQVN, BXDĐ, QĐ-UBND, 03-BC/BXDĐ',
      'Y Bhăm Ênuôl, Đắk Lắk, Krông Pắc, H\u2019Hen Niê',
    ]) {
      const r = repairText(text);
      expect(r.text, text).toBe(text);
      expect(r.glued + r.spaced).toBe(0);
    }
  });

  it('changes nothing in the bundled fixtures, whose text is clean', () => {
    for (const f of readdirSync('fixtures').filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join('fixtures', f), 'utf8');
      expect(repairText(text).text, f).toBe(text);
    }
  });

  it('runs in linear time on a long glued or spaced line', () => {
    const glued = 'vềviệc'.repeat(200_000);
    const spaced = 'v ề '.repeat(200_000);
    const vowelsMeet = 'dựán '.repeat(100_000);
    const t0 = Date.now();
    repairText(glued);
    repairText(spaced);
    expect(repairText(vowelsMeet).glued).toBe(100_000);
    // a generous bound: quadratic behaviour on 1.2 MB would take minutes
    expect(Date.now() - t0).toBeLessThan(20_000);
  });
});

describe('a notice taken from a PDF', () => {
  const text = [
    'ĐẢNG UỶ XÃ CÔNG HẢI',
    'THÔNG BÁO',
    'KẾT LUẬN CỦA THƯỜNG TRỰC ĐẢNG UỶ',
    'v ề',
    'c h o chủ trương thành lập Hội đồng Đội xã',
    '1. Giao Văn phòng Đảng uỷphối hợp rà soát, báo cáo trong Quý II/2026.',
  ].join('\n');

  it('reads the subject and the agency once repaired, with spans into the input', () => {
    const notice = parseNotice(text);
    expect(notice.document.subject).toBe('về cho chủ trương thành lập Hội đồng Đội xã');
    const directive = notice.directives[0]!;
    expect(directive.agencies.map((a) => [a.name, a.role])).toEqual([['Văn phòng Đảng ủy', 'lead']]);
    expect(directive.text).toBe('Giao Văn phòng Đảng uỷ phối hợp rà soát, báo cáo trong Quý II/2026.');
    // spans still point into the input, whose line had no space after `uỷ`
    const due = directive.deadlines[0]!.span;
    expect(text.slice(due.start.offset, due.end.offset)).toBe('trong Quý II/2026');
    expect(text.slice(directive.span.start.offset, directive.span.end.offset)).toBe(text.split('\n')[5]);
    const info = notice.diagnostics.find((d) => d.code === 'repair');
    expect(info?.severity).toBe('info');
    expect(info?.message).toContain('1 run of glued syllables split');
    expect(info?.message).toContain('1 letter-spaced run joined');
    expect(info?.line).toBe(4);
  });
});
