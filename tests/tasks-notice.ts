/**
 * A notice with a header (number, date, issuer), which the fixtures lack, for the tests of
 * `notice-parse tasks` (tests/cli-tasks*.test.ts), what they read from its text, and the csv read back.
 */

export const NOTICE_456 = `TỈNH ỦY TRÀ VINH

*

Số 456-TB/TU

ĐẢNG CỘNG SẢN VIỆT NAM

Trà Vinh, ngày 03 tháng 12 năm 2021

THÔNG BÁO

kết luận của Thường trực Tỉnh ủy

-----

Ngày 02/12/2021, Thường trực Tỉnh ủy họp nghe báo cáo tình hình, đồng chí Bí thư Tỉnh ủy kết luận như sau:

1. Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch mua sắm trang thiết bị y tế, báo cáo Thường trực Tỉnh ủy trước ngày 10/12/2021.

2. Sở Giáo dục và Đào tạo hoàn thành đề án sắp xếp trường lớp trong quý I/2022.

3. Thường trực Tỉnh ủy nhất trí với đề xuất kéo dài thời gian thực hiện các biện pháp phòng, chống dịch đến ngày 15/12/2021.

4. Ủy ban nhân dân tỉnh thường xuyên chỉ đạo công tác phòng, chống dịch.

5. Tiếp tục theo dõi tình hình dịch bệnh trên địa bàn.

Nơi nhận:
- Các đồng chí Tỉnh ủy viên,
- Lưu Văn phòng Tỉnh ủy.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG

Nguyễn Văn A
`;

/** Item `n.` of NOTICE_456, its text. */
export function item456(n: number): string {
  return new RegExp(`^${n}\\. (.*)$`, 'm').exec(NOTICE_456)![1]!;
}

/** `dd/mm/yyyy` → `yyyy-mm-dd`. */
export function iso(dmy: string): string {
  const [d, m, y] = dmy.split('/');
  return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

/** Its own date, `ngày dd tháng mm năm yyyy` of the header, as YYYY-MM-DD. */
export function issued456(): string {
  const d = /ngày (\d{2}) tháng (\d{2}) năm (\d{4})/.exec(NOTICE_456)!;
  return `${d[3]}-${d[2]}-${d[1]}`;
}

/** The day item 1 is due by (`trước ngày dd/mm/yyyy`), YYYY-MM-DD. */
export function due456(): string {
  return iso(/trước ngày (\d\d\/\d\d\/\d{4})/.exec(item456(1))![1]!);
}

/** RFC 4180 read back: rows of cells, `sep` between cells, CRLF between rows, `""` a quote. */
export function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}
