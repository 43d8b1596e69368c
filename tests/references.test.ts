/**
 * Cited documents (SPEC §2 "references", issue 3): findReferences on hand-written sentences.
 *
 * Every expected value below was written from reading the input sentence, never from the
 * program's output. Offsets are stated through the expected `text`: the citation starts where its
 * text starts in the input (the type word, or the number when no type word is written) and stops
 * where the text ends.
 *
 * Choices where the SPEC leaves room:
 * - `title` keeps its leading `về` / `về việc` (the issue writes the cited title as `về việc …`);
 * - a type word written in the text wins over the code in the number (`Quy định số 29-QĐ/TW` is
 *   a Quy định although QĐ is the code of Quyết định); `type` is the canonical capitalised name
 *   even when the text writes it in lower case;
 * - a citation with no title ends after its issuer (or date, or number).
 */
import { describe, expect, it } from 'vitest';
import { findReferences, type FoundReference } from '../src/normalise/references.js';

/** A reference without its offsets: they are those of `text` in the input. */
type Expected = Omit<FoundReference, 'start' | 'stop'>;

/** The reference as expected, with offsets taken from where `text` stands in the input. */
function located(input: string, e: Expected, from = 0): FoundReference {
  const start = input.indexOf(e.text, from);
  if (start < 0) throw new Error(`test bug: ${e.text} is not in the input`);
  return { ...e, start, stop: start + e.text.length };
}

function refs(input: string): FoundReference[] {
  const found = findReferences(input);
  // Whatever else a case checks, `text` is the input between the offsets, trimmed.
  for (const r of found) expect(input.slice(r.start, r.stop).trim()).toBe(r.text);
  return found;
}

describe('findReferences: every type word, both number forms', () => {
  const cases: { name: string; input: string; want: Expected }[] = [
    {
      name: 'Nghị quyết, state form, `số`, `,` before `ngày`, issuer, title up to `;`',
      input: 'thực hiện Nghị quyết số 68/NQ-CP, ngày 01/7/2021 của Chính phủ về một số chính sách hỗ trợ người lao động; đồng thời rà soát.',
      want: {
        type: 'Nghị quyết', number: '68/NQ-CP', date: '2021-07-01', issuer: 'Chính phủ',
        title: 'về một số chính sách hỗ trợ người lao động',
        text: 'Nghị quyết số 68/NQ-CP, ngày 01/7/2021 của Chính phủ về một số chính sách hỗ trợ người lao động',
      },
    },
    {
      name: 'Quyết định, title `về việc` with a quoted name holding commas',
      input:
        'Chưa nghiêm túc thực hiện Quyết định số 2771/QĐ-UBND, ngày 26/11/2021 của Ủy ban nhân dân tỉnh về việc ban hành Kế hoạch “Thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19”. Chỉ đạo các ngành.',
      want: {
        type: 'Quyết định', number: '2771/QĐ-UBND', date: '2021-11-26', issuer: 'Ủy ban nhân dân tỉnh',
        title: 'về việc ban hành Kế hoạch “Thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19”',
        text: 'Quyết định số 2771/QĐ-UBND, ngày 26/11/2021 của Ủy ban nhân dân tỉnh về việc ban hành Kế hoạch “Thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19”',
      },
    },
    {
      name: 'Quyết định with a year in the number (`23/2021/QĐ-TTg`)',
      input: 'theo Quyết định số 23/2021/QĐ-TTg, ngày 07/7/2021 của Thủ tướng Chính phủ.',
      want: {
        type: 'Quyết định', number: '23/2021/QĐ-TTg', date: '2021-07-07', issuer: 'Thủ tướng Chính phủ', title: null,
        text: 'Quyết định số 23/2021/QĐ-TTg, ngày 07/7/2021 của Thủ tướng Chính phủ',
      },
    },
    {
      name: 'Chỉ thị without `số`, no date, issuer to the end of the text',
      input: 'thực hiện giãn cách xã hội theo Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ',
      want: {
        type: 'Chỉ thị', number: '16/CT-TTg', date: null, issuer: 'Thủ tướng Chính phủ', title: null,
        text: 'Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ',
      },
    },
    {
      name: 'Kế hoạch, party form, `ngày d tháng m năm yyyy`, title `về …`',
      input: 'triển khai Kế hoạch số 125-KH/TU ngày 5 tháng 3 năm 2022 của Ban Thường vụ Tỉnh ủy về tổ chức hội nghị sơ kết. Các cấp ủy thực hiện.',
      want: {
        type: 'Kế hoạch', number: '125-KH/TU', date: '2022-03-05', issuer: 'Ban Thường vụ Tỉnh ủy',
        title: 'về tổ chức hội nghị sơ kết',
        text: 'Kế hoạch số 125-KH/TU ngày 5 tháng 3 năm 2022 của Ban Thường vụ Tỉnh ủy về tổ chức hội nghị sơ kết',
      },
    },
    {
      name: 'Kết luận, party form, date without comma',
      input: 'quán triệt Kết luận số 35-KL/TW ngày 05/5/2022 của Bộ Chính trị',
      want: {
        type: 'Kết luận', number: '35-KL/TW', date: '2022-05-05', issuer: 'Bộ Chính trị', title: null,
        text: 'Kết luận số 35-KL/TW ngày 05/5/2022 của Bộ Chính trị',
      },
    },
    {
      name: 'Thông báo, state form with a long issuer code',
      input: 'theo Thông báo số 45/TB-VPUBND ngày 10/8/2021 của Văn phòng Ủy ban nhân dân tỉnh; đồng thời',
      want: {
        type: 'Thông báo', number: '45/TB-VPUBND', date: '2021-08-10', issuer: 'Văn phòng Ủy ban nhân dân tỉnh', title: null,
        text: 'Thông báo số 45/TB-VPUBND ngày 10/8/2021 của Văn phòng Ủy ban nhân dân tỉnh',
      },
    },
    {
      name: 'Công văn, state form whose code is the issuer (`3425/UBND-KGVX`)',
      input: 'Công văn số 3425/UBND-KGVX ngày 20/9/2021 của Ủy ban nhân dân tỉnh về việc tăng cường kiểm soát dịch.',
      want: {
        type: 'Công văn', number: '3425/UBND-KGVX', date: '2021-09-20', issuer: 'Ủy ban nhân dân tỉnh',
        title: 'về việc tăng cường kiểm soát dịch',
        text: 'Công văn số 3425/UBND-KGVX ngày 20/9/2021 của Ủy ban nhân dân tỉnh về việc tăng cường kiểm soát dịch',
      },
    },
    {
      name: 'Hướng dẫn, party form',
      input: 'thực hiện Hướng dẫn số 12-HD/BTGTU ngày 1/10/2021 của Ban Tuyên giáo Tỉnh ủy.',
      want: {
        type: 'Hướng dẫn', number: '12-HD/BTGTU', date: '2021-10-01', issuer: 'Ban Tuyên giáo Tỉnh ủy', title: null,
        text: 'Hướng dẫn số 12-HD/BTGTU ngày 1/10/2021 của Ban Tuyên giáo Tỉnh ủy',
      },
    },
    {
      name: 'Nghị định with a year in the number',
      input: 'theo Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ, xử phạt nghiêm.',
      want: {
        type: 'Nghị định', number: '15/2020/NĐ-CP', date: '2020-02-03', issuer: 'Chính phủ', title: null,
        text: 'Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ',
      },
    },
    {
      name: 'Thông tư, number only',
      input: 'theo Thông tư số 01/2021/TT-BYT.',
      want: { type: 'Thông tư', number: '01/2021/TT-BYT', date: null, issuer: null, title: null, text: 'Thông tư số 01/2021/TT-BYT' },
    },
    {
      name: 'Quy định: the type word wins over the code QĐ',
      input: 'theo Quy định số 29-QĐ/TW ngày 25/7/2016 của Ban Chấp hành Trung ương',
      want: {
        type: 'Quy định', number: '29-QĐ/TW', date: '2016-07-25', issuer: 'Ban Chấp hành Trung ương', title: null,
        text: 'Quy định số 29-QĐ/TW ngày 25/7/2016 của Ban Chấp hành Trung ương',
      },
    },
    {
      name: 'Quy chế, party form, `ngày d tháng m năm yyyy` with a leading zero',
      input: 'thực hiện Quy chế số 05-QC/TU ngày 12 tháng 01 năm 2021 của Tỉnh ủy.',
      want: {
        type: 'Quy chế', number: '05-QC/TU', date: '2021-01-12', issuer: 'Tỉnh ủy', title: null,
        text: 'Quy chế số 05-QC/TU ngày 12 tháng 01 năm 2021 của Tỉnh ủy',
      },
    },
    {
      name: 'Tờ trình, party form with Đ in the issuer code',
      input: 'Xét Tờ trình số 14-TTr/BXDĐ ngày 02/6/2025 của Ban Xây dựng Đảng, Thường trực Đảng ủy thống nhất.',
      want: {
        type: 'Tờ trình', number: '14-TTr/BXDĐ', date: '2025-06-02', issuer: 'Ban Xây dựng Đảng', title: null,
        text: 'Tờ trình số 14-TTr/BXDĐ ngày 02/6/2025 của Ban Xây dựng Đảng',
      },
    },
    {
      name: '`Số` in capitals, date with dashes',
      input: 'Kế hoạch Số 59/KH-UBND ngày 13-7-2021 của Ủy ban nhân dân tỉnh',
      want: {
        type: 'Kế hoạch', number: '59/KH-UBND', date: '2021-07-13', issuer: 'Ủy ban nhân dân tỉnh', title: null,
        text: 'Kế hoạch Số 59/KH-UBND ngày 13-7-2021 của Ủy ban nhân dân tỉnh',
      },
    },
    {
      name: 'a type word in lower case gives the canonical type',
      input: 'theo quyết định số 2771/QĐ-UBND.',
      want: { type: 'Quyết định', number: '2771/QĐ-UBND', date: null, issuer: null, title: null, text: 'quyết định số 2771/QĐ-UBND' },
    },
    {
      name: 'a title with a straight-quoted name holding commas',
      input: 'Kế hoạch số 20/KH-TĐTN ngày 01/6/2022 của Tỉnh đoàn về việc tổ chức chiến dịch "Mùa hè xanh, tình nguyện"; đồng thời',
      want: {
        type: 'Kế hoạch', number: '20/KH-TĐTN', date: '2022-06-01', issuer: 'Tỉnh đoàn',
        title: 'về việc tổ chức chiến dịch "Mùa hè xanh, tình nguyện"',
        text: 'Kế hoạch số 20/KH-TĐTN ngày 01/6/2022 của Tỉnh đoàn về việc tổ chức chiến dịch "Mùa hè xanh, tình nguyện"',
      },
    },
  ];

  it.each(cases)('$name', ({ input, want }) => {
    expect(refs(input)).toEqual([located(input, want)]);
  });

  it('reads every citation of a sentence that lists three (sample 001)', () => {
    const input =
      'triển khai việc hỗ trợ các đối tượng theo quy định của Nghị quyết 68/NQ-CP, ngày 01/7/2021 của Chính phủ, Quyết định số 23/2021/QĐ-TTg, ngày 07/7/2021 của Thủ tướng Chính phủ và Kế hoạch số 59/KH-UBND, ngày 13/7/2021 của Ủy ban nhân dân tỉnh về thực hiện một số chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch Covid-19. Bí thư, Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm.';
    expect(refs(input)).toEqual([
      located(input, {
        type: 'Nghị quyết', number: '68/NQ-CP', date: '2021-07-01', issuer: 'Chính phủ', title: null,
        text: 'Nghị quyết 68/NQ-CP, ngày 01/7/2021 của Chính phủ',
      }),
      located(input, {
        type: 'Quyết định', number: '23/2021/QĐ-TTg', date: '2021-07-07', issuer: 'Thủ tướng Chính phủ', title: null,
        text: 'Quyết định số 23/2021/QĐ-TTg, ngày 07/7/2021 của Thủ tướng Chính phủ',
      }),
      located(input, {
        type: 'Kế hoạch', number: '59/KH-UBND', date: '2021-07-13', issuer: 'Ủy ban nhân dân tỉnh',
        title: 'về thực hiện một số chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch Covid-19',
        text: 'Kế hoạch số 59/KH-UBND, ngày 13/7/2021 của Ủy ban nhân dân tỉnh về thực hiện một số chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch Covid-19',
      }),
    ]);
  });

  it('gives the same number twice when it is cited twice, each at its own place', () => {
    const input = 'theo Nghị quyết số 68/NQ-CP; nhắc lại Nghị quyết số 68/NQ-CP.';
    const first = located(input, { type: 'Nghị quyết', number: '68/NQ-CP', date: null, issuer: null, title: null, text: 'Nghị quyết số 68/NQ-CP' });
    const second = located(input, { type: 'Nghị quyết', number: '68/NQ-CP', date: null, issuer: null, title: null, text: 'Nghị quyết số 68/NQ-CP' }, first.stop);
    expect(refs(input)).toEqual([first, second]);
  });
});

describe('findReferences: a number wrapped at its hyphen (PDF text, lines joined with a space)', () => {
  it.each([
    // commune-notices/004, lines 40-41: `số 03-` / `BC/BXDĐ`.
    ['tại báo cáo thẩm tra số 03- BC/BXDĐ ngày 13/10/2025 để điều chỉnh', '03-BC/BXDĐ', 'Báo cáo', '2025-10-13'],
    // commune-notices/006, lines 25-26: `số 06/TTr-` / `TTHĐND`.
    ['báo cáo Tờ trình số 06/TTr- TTHĐND, ngày 13/11/2025 của Thường trực', '06/TTr-TTHĐND', 'Tờ trình', '2025-11-13'],
    // commune-notices/007, line 61: a space before the hyphen.
    ['- Tờ trình số 126 -TTr/BXDĐ ngày 17/12/2025 về công nhận đảng viên', '126-TTr/BXDĐ', 'Tờ trình', '2025-12-17'],
  ])('%s', (input, number, type, date) => {
    expect(refs(input).map((r) => [r.number, r.type, r.date])).toEqual([[number, type, date]]);
  });

  it('does not join a number to a code after a dash that stands between words', () => {
    expect(refs('giai đoạn 2021 - 2025 - KH/TU').map((r) => r.number)).toEqual([]);
  });
});

describe('findReferences: the type from the number when no type word is written', () => {
  const cases: { input: string; number: string; type: string }[] = [
    { input: 'theo 68/NQ-CP', number: '68/NQ-CP', type: 'Nghị quyết' },
    { input: 'căn cứ 23/2021/QĐ-TTg', number: '23/2021/QĐ-TTg', type: 'Quyết định' },
    { input: 'thực hiện 05-CT/TU', number: '05-CT/TU', type: 'Chỉ thị' },
    { input: 'theo 753-QĐ/TU', number: '753-QĐ/TU', type: 'Quyết định' },
    { input: 'xét 14-TTr/BXDĐ', number: '14-TTr/BXDĐ', type: 'Tờ trình' },
    { input: 'theo 59/KH-UBND', number: '59/KH-UBND', type: 'Kế hoạch' },
    { input: 'theo 35-KL/TW', number: '35-KL/TW', type: 'Kết luận' },
    { input: 'theo 45/TB-VPUBND', number: '45/TB-VPUBND', type: 'Thông báo' },
    { input: 'theo 12-HD/BTGTU', number: '12-HD/BTGTU', type: 'Hướng dẫn' },
    { input: 'theo 15/2020/NĐ-CP', number: '15/2020/NĐ-CP', type: 'Nghị định' },
    { input: 'theo 01/2021/TT-BYT', number: '01/2021/TT-BYT', type: 'Thông tư' },
    { input: 'theo 29-QĐi/TW', number: '29-QĐi/TW', type: 'Quy định' },
    { input: 'theo 05-QC/TU', number: '05-QC/TU', type: 'Quy chế' },
    { input: 'theo 456-CV/TU', number: '456-CV/TU', type: 'Công văn' },
  ];

  it.each(cases)('$input → $type', ({ input, number, type }) => {
    expect(refs(input)).toEqual([
      located(input, { type, number, date: null, issuer: null, title: null, text: number }),
    ]);
  });
});

describe('findReferences: what is not a document number', () => {
  const cases: string[] = [
    'công tác phòng, chống dịch Covid-19 trên địa bàn tỉnh',
    'dịch bệnh COVID-19 và virut Sars CoV-2',
    'hoàn thành tiêm mũi 1 cho lứa tuổi từ 12-17 tuổi; trẻ em từ 06-12 tuổi',
    'báo cáo đề xuất của Tổ Công tác 3426 và 3623',
    'trong trường hợp nếu có F0, F1 xảy ra tại các cơ sở giáo dục',
    'Đường dây nóng: 0294.3862.123, 0913-456-789 hoặc (0294) 3 822 000',
    'Đại hội nhiệm kỳ 2025 - 2030; giai đoạn 2026 – 2030',
    'chuẩn bị đến tháng 01/2022 tổ chức tiêm; kế hoạch năm 2022',
    'vào chiều ngày thứ hai (06/12/2021), đến ngày 05/12 và trong quý I/2022',
    'các trường hợp đến/về tỉnh, huyện/thành phố',
    'học sinh lớp 12, nghỉ 02 tuần, 03 vòng kiểm soát, khuyến cáo V2K',
    'xét nghiệm Real-Time RT-PCR, quét QR code',
  ];

  it.each(cases)('%s', (input) => {
    expect(refs(input)).toEqual([]);
  });
});

describe('findReferences: known gaps (expected values are right, the code is not)', () => {
  // A law's number has no dash after its code: `80/2015/QH13` (Quốc hội, 13th term). The issue
  // lists Luật among the types; NUMBER's state form requires `-UNIT` after the code and CODE allows
  // no digits, so no law number is ever found.
  it('finds a law by its number `80/2015/QH13`', () => {
    const input = 'theo Luật số 80/2015/QH13 ngày 22/6/2015 của Quốc hội';
    expect(refs(input)).toEqual([
      located(input, {
        type: 'Luật', number: '80/2015/QH13', date: '2015-06-22', issuer: 'Quốc hội', title: null,
        text: 'Luật số 80/2015/QH13 ngày 22/6/2015 của Quốc hội',
      }),
    ]);
  });

  // ISSUER_AFTER ends the issuer at the first ` và ` (or `,`), so a body whose name holds `và`
  // is cut: `Sở Giáo dục và Đào tạo` → `Sở Giáo dục`.
  it('keeps an issuer whose name holds `và` whole', () => {
    const input = 'theo Kế hoạch số 12/KH-SGDĐT ngày 5/10/2021 của Sở Giáo dục và Đào tạo về việc tổ chức dạy học trực tiếp.';
    expect(refs(input)).toEqual([
      located(input, {
        type: 'Kế hoạch', number: '12/KH-SGDĐT', date: '2021-10-05', issuer: 'Sở Giáo dục và Đào tạo',
        title: 'về việc tổ chức dạy học trực tiếp',
        text: 'Kế hoạch số 12/KH-SGDĐT ngày 5/10/2021 của Sở Giáo dục và Đào tạo về việc tổ chức dạy học trực tiếp',
      }),
    ]);
  });

  // titleEnd stops at any `,` followed by a space outside quotes, so the everyday compound
  // `phòng, chống` (comma then lower case) cuts the title.
  it('keeps `phòng, chống` inside a cited title', () => {
    const input = 'thực hiện Chỉ thị số 05-CT/TU ngày 15/11/2021 của Ban Thường vụ Tỉnh ủy về tăng cường công tác phòng, chống dịch Covid-19. Các cấp ủy thực hiện.';
    expect(refs(input)).toEqual([
      located(input, {
        type: 'Chỉ thị', number: '05-CT/TU', date: '2021-11-15', issuer: 'Ban Thường vụ Tỉnh ủy',
        title: 'về tăng cường công tác phòng, chống dịch Covid-19',
        text: 'Chỉ thị số 05-CT/TU ngày 15/11/2021 của Ban Thường vụ Tỉnh ủy về tăng cường công tác phòng, chống dịch Covid-19',
      }),
    ]);
  });

  // titleEnd also stops before any ` cho `, which is as common inside a title as outside it.
  it('keeps `cho …` inside a cited title', () => {
    const input = 'theo Kế hoạch số 12/KH-SYT ngày 5/10/2021 của Sở Y tế về tiêm vắc xin cho trẻ em từ 12 đến 17 tuổi. Các địa phương thực hiện.';
    expect(refs(input)).toEqual([
      located(input, {
        type: 'Kế hoạch', number: '12/KH-SYT', date: '2021-10-05', issuer: 'Sở Y tế',
        title: 'về tiêm vắc xin cho trẻ em từ 12 đến 17 tuổi',
        text: 'Kế hoạch số 12/KH-SYT ngày 5/10/2021 của Sở Y tế về tiêm vắc xin cho trẻ em từ 12 đến 17 tuổi',
      }),
    ]);
  });

  // TYPE_BEFORE takes the nearest type word before `số`: in `Thông báo kết luận số 45-TB/TU` that is
  // `kết luận`, although the document (and its code TB) is a Thông báo.
  it('reads `Thông báo kết luận số 45-TB/TU` as a Thông báo', () => {
    const input = 'theo Thông báo kết luận số 45-TB/TU ngày 12/8/2021 của Thường trực Tỉnh ủy.';
    expect(refs(input)).toEqual([
      located(input, {
        type: 'Thông báo', number: '45-TB/TU', date: '2021-08-12', issuer: 'Thường trực Tỉnh ủy', title: null,
        text: 'Thông báo kết luận số 45-TB/TU ngày 12/8/2021 của Thường trực Tỉnh ủy',
      }),
    ]);
  });
});
