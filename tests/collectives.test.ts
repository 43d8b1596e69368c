/**
 * Classes of bodies told to act (issue 15): collective agencies, not silence; a class the notice
 * enumerates in brackets names its members. Expected values read from the sentences below and from
 * the shared corpus's commune notice 004 (quoted).
 */
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/index.js';

const notice = (items: string[], opening = 'Ngày 13/10/2025, Thường trực Tỉnh ủy họp và kết luận như sau:') =>
  parseNotice(['TỈNH ỦY ĐỒNG NAI', 'THÔNG BÁO', 'Kết luận của Thường trực Tỉnh ủy', opening, ...items].join('\n'));

const leads = (n: ReturnType<typeof parseNotice>, id: string) =>
  n.directives.find((d) => d.id === id)!.agencies.filter((a) => a.role === 'lead').map((a) => [a.id, a.collective]);

describe('collective agencies', () => {
  it('carries the `các` of a list to a body written after it as a common noun (`Các tỉnh ủy, thành ủy`)', () => {
    const n = notice(['1. Các tỉnh ủy, thành ủy chỉ đạo rà soát, sắp xếp đơn vị hành chính cấp xã.']);
    expect(leads(n, '1')).toEqual([
      ['cac-tinh-uy', true],
      ['cac-thanh-uy', true],
    ]);
    // A city named after the class is that one city's committee, not the class.
    expect(leads(notice(['1. Các tỉnh ủy, Thành ủy Hà Nội chỉ đạo rà soát.']), '1')).toEqual([
      ['cac-tinh-uy', true],
      ['thanh-uy:ha-noi', false],
    ]);
  });

  it('reads a class the gazetteer names as one (`các sở, ban, ngành`) as a collective lead', () => {
    const n = notice(['1. Đề nghị các sở, ban, ngành tỉnh khẩn trương triển khai thực hiện.']);
    expect(leads(n, '1')).toEqual([['cac-so-ban-nganh-tinh', true]]);
    expect(n.agencies.find((a) => a.id === 'cac-so-ban-nganh-tinh')).toMatchObject({ name: 'Các sở, ban, ngành tỉnh', collective: true });
  });

  it('reads a plural of a body (`Ủy ban nhân dân các huyện, thị xã, thành phố`) as a collective lead', () => {
    const n = notice(['1. Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo rà soát, báo cáo trước ngày 20/10/2025.']);
    // A class at each level the text names: districts, towns and cities.
    expect(leads(n, '1')).toEqual([['cac-ubnd-huyen', true], ['cac-ubnd-thi-xa', true], ['cac-ubnd-thanh-pho', true]]);
    expect(n.agencies.find((a) => a.id === 'cac-ubnd-huyen')).toMatchObject({ name: 'các Ủy ban nhân dân huyện', collective: true });
  });

  it('reads the hamlets\' party cells as one class, whatever a region calls the hamlet (`chi bộ ấp`, `thôn`, `khu phố`)', () => {
    for (const hamlet of ['ấp', 'thôn', 'khu phố', 'tổ dân phố', 'bản']) {
      const n = notice([`4. Các chi bộ ${hamlet} tuyên truyền, vận động cử tri tham gia bầu cử; hoàn thành trong tháng 01/2026.`]);
      expect(leads(n, '4'), hamlet).toEqual([['cac-chi-bo-thon', true]]);
    }
  });

  it('still names the body a class is named after (`các phòng chuyên môn UBND xã` names UBND xã)', () => {
    const n = notice(['1. Đề nghị các phòng chuyên môn UBND xã rà soát, báo cáo.']);
    expect(n.agencies.map((a) => [a.id, a.collective])).toEqual(
      expect.arrayContaining([['cac-phong-chuyen-mon-ubnd-xa', true], ['ubnd-xa', false]]),
    );
  });

  it('is no class when a level word opens the next body (`Ủy ban MTTQ Việt Nam huyện, Huyện đoàn vận động …`)', () => {
    const n = notice(['1. Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Huyện đoàn vận động các tổ chức ủng hộ.']);
    expect(leads(n, '1')).toEqual([['mttq-huyen', false], ['doan-thanh-nien-huyen', false]]);
  });
});

describe('members a notice enumerates', () => {
  // commune-notices/004: the opening enumerates the members; item 1.1's bullet addresses the class.
  const n = parseNotice(
    [
      'ĐẢNG UỶ XÃ CÔNG HẢI',
      'THÔNG BÁO',
      'KẾT LUẬN CỦA THƯỜNG TRỰC ĐẢNG UỶ',
      'Ngày 13/10/2025, Thường trực Đảng uỷ họp nghe báo cáo công tác chuẩn bị Đại hội đại biểu MTTQVN và các tổ chức chính trị - xã hội xã (Uỷ ban MTTQVN, Hội Nông dân, Hội Liên hiệp phụ nữ, Hội Cựu Chiến binh).',
      '1. Đề nghị Uỷ ban MTTQVN và các tổ chức chính trị - xã hội xã tiếp thu các ý kiến góp ý, hoàn thiện các văn kiện Đại hội.',
    ].join('\n'),
  );

  it('addresses the directive to the members, each at the notice’s level', () => {
    expect(leads(n, '1')).toEqual([
      ['mttq-xa', false],
      ['hoi-nong-dan-xa', false],
      ['hoi-lien-hiep-phu-nu-xa', false],
      ['hoi-cuu-chien-binh-xa', false],
    ]);
  });
});

describe('bodies named inside a name', () => {
  it('lists the body a longer name holds (`Thường trực Hội đồng nhân dân xã` names Hội đồng nhân dân xã)', () => {
    const n = notice(['1. Giao Thường trực Hội đồng nhân dân xã chuẩn bị kỳ họp.'], 'Ngày 13/10/2025, Thường trực Tỉnh ủy họp.');
    expect(n.agencies.map((a) => a.id)).toEqual(expect.arrayContaining(['thuong-truc-hdnd-xa', 'hdnd-xa']));
  });

  it('reads no body from a lower-case word inside a name (`Ban cán sự đảng Ủy ban nhân dân tỉnh` holds no Đảng ủy)', () => {
    const n = notice(['1. Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo thực hiện.']);
    expect(n.agencies.map((a) => a.id)).not.toContain('dang-uy');
    expect(n.agencies.map((a) => a.id)).toContain('ubnd-tinh');
  });
});

describe('the signing body', () => {
  // commune-documents/011: signed `T/M BAN THƯỜNG VỤ` under `ĐẢNG UỶ XÃ CÔNG HẢI`; the body never names the Ban Thường vụ
  it('is an agency: the organ the authority line names, of the issuer', () => {
    const n = parseNotice(['ĐẢNG UỶ XÃ CÔNG HẢI', 'THÔNG BÁO', 'Kết luận của Thường trực Đảng uỷ', '1. Giao Văn phòng Đảng uỷ tổng hợp.', 'Nơi nhận:', '- Lưu VPĐU.', 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Vũ Thị Thuỳ Trang'].join('\n'));
    expect(n.agencies.find((a) => a.id === 'dang-uy.ban-thuong-vu')).toMatchObject({ name: 'Ban Thường vụ Đảng ủy', mentions: 1 });
  });
});

describe('members of a grouped list', () => {
  // commune-notices/009: `- Thường trực: HĐND, UBND xã,` names the councils' standing bodies and the councils
  it('name the body each member is written as (`Thường trực: HĐND, UBND xã` names Hội đồng nhân dân xã)', () => {
    const n = parseNotice(['ĐẢNG UỶ XÃ CÔNG HẢI', 'THÔNG BÁO', 'Kết luận của Thường trực Đảng uỷ', '1. Giao Văn phòng Đảng uỷ tổng hợp.', 'Nơi nhận:', '- Thường trực: HĐND, UBND xã,', '- Lưu VPĐU.'].join('\n'));
    expect(n.agencies.map((a) => a.id)).toEqual(expect.arrayContaining(['thuong-truc-hdnd-xa', 'thuong-truc-ubnd-xa', 'hdnd-xa']));
  });

  it('but a committee placed by the localities after it is no body of its own (`Huyện ủy, UBND các huyện Trà Cú, Duyên Hải`)', () => {
    const n = notice(['1. Huyện ủy, Ủy ban nhân dân các huyện Trà Cú, Duyên Hải chỉ đạo chặt chẽ.']);
    expect(n.agencies.map((a) => a.id)).not.toContain('huyen-uy');
  });
});
