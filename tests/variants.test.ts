/**
 * Layout variants that real notices have and the five samples do not (FORMAT.md), one small
 * hand-written notice each in tests/variants/. Every expected value below was written by reading
 * that notice's text, never copied from a program's output.
 *
 * Conventions the expectations rely on (SPEC §2):
 *  - strings are NFC, whitespace collapsed, hard wraps joined by a space, Markdown markup removed;
 *  - an item's `label` is its marker without the closing punctuation (`1.` → `1`, `**2.**` → `2`,
 *    `1.1.` → `1.1`, `I.` → `I`, `a)` → `a`), a bullet's label is its marker (`-`, `+`, `*`);
 *  - a recipient's `text` is the entry without its leading marker and trailing `,` `;` `.`, wraps
 *    joined; `name` is `text` without the bracketed purpose, which goes to `note`.
 * Where SPEC leaves room (a heading's trailing colon, whether `text` repeats the heading, the form of
 * a digital-stamp timestamp …) the checks accept every reasonable reading; see the comments.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { parseNotice } from '../src/index.js';
import { NoticeSchema, type Item, type Layout, type Notice, type Person } from '../src/schema/notice.js';

// ---------------------------------------------------------------------------------------------
// helpers

const DIR = new URL('./variants/', import.meta.url);

interface Loaded {
  file: string;
  bytes: Uint8Array;
  /** The input decoded as UTF-8 (all variant files are UTF-8 without BOM, NFC). */
  text: string;
  notice: Notice;
}

const cache = new Map<string, Loaded>();

function load(file: string): Loaded {
  let hit = cache.get(file);
  if (!hit) {
    const bytes = new Uint8Array(readFileSync(new URL(file, DIR)));
    const text = new TextDecoder('utf-8').decode(bytes);
    const notice = parseNotice(bytes, { name: file });
    hit = { file, bytes, text, notice };
    cache.set(file, hit);
  }
  return hit;
}

type Outline = Array<string | Outline>;

/** The item tree as labels: an item with children is followed by the outline of its children. */
function outline(items: readonly Item[]): Outline {
  const out: Outline = [];
  for (const item of items) {
    out.push(item.label);
    if (item.children.length > 0) out.push(outline(item.children));
  }
  return out;
}

/** The item at an index path (`node(items, 1, 0)` = first child of the second top-level item). */
function node(items: readonly Item[], ...path: number[]): Item {
  let list = items;
  let found: Item | undefined;
  for (const i of path) {
    found = list[i];
    if (!found) throw new Error(`no item at [${path.join(', ')}]`);
    list = found.children;
  }
  if (!found) throw new Error('empty path');
  return found;
}

function allItems(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [item, ...allItems(item.children)]);
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * What the item says, heading first: whether a heading such as `Về …:` is split off into `heading`
 * or left in `text` (and whether `text` repeats it) is the parser's choice, this reads the same.
 */
function lead(item: Item): string {
  return collapse([item.heading, item.text].filter((s): s is string => !!s).join(' '));
}

/** The heading without its trailing colon (SPEC shows it with the colon; either is accepted). */
function headingOf(item: Item): string | null {
  return item.heading === null ? null : item.heading.replace(/\s*:\s*$/, '');
}

function person(p: Person | null | undefined): { name: string; titles: string[] } | null {
  return p ? { name: p.name, titles: p.titles } : null;
}

function recipientTexts(n: Notice): string[] {
  return n.recipients.map((r) => r.text);
}

/** 1-based number of the first line of `text` that starts with `prefix`. */
function lineOf(text: string, prefix: string): number {
  const i = text.split(/\r\n|\r|\n/).findIndex((l) => l.startsWith(prefix));
  if (i < 0) throw new Error(`no line starts with ${JSON.stringify(prefix)}`);
  return i + 1;
}

function expectSignature(
  n: Notice,
  want: {
    authority: string | null;
    onBehalfOf: string | null;
    authorities: string[];
    title: string | null;
    name: string | null;
  },
): void {
  const s = n.signature;
  expect(s).not.toBeNull();
  expect({
    authority: s?.authority,
    onBehalfOf: s?.onBehalfOf,
    authorities: s?.authorities,
    title: s?.title,
    name: s?.name,
  }).toEqual(want);
}

/** Strings that SPEC promises to be single-spaced, trimmed NFC (items' text may hold paragraphs). */
function shortStrings(n: Notice): string[] {
  const d = n.document;
  const people = [n.meeting.chair, ...n.meeting.attendees, ...n.meeting.presenters].filter(
    (p): p is Person => p !== null,
  );
  const s = n.signature;
  return [
    d.type, d.title, d.subject, d.issuer, ...d.issuerLines, d.number, d.place, d.urgency, ...d.addressees,
    n.meeting.chairBody,
    ...people.flatMap((p) => [p.name, ...p.titles]),
    ...n.recipients.flatMap((r) => [r.text, r.name, r.note]),
    ...(s ? [s.authority, s.onBehalfOf, ...s.authorities, s.title, s.name] : []),
    ...allItems(n.items).flatMap((i) => [i.label, i.heading]),
  ].filter((x): x is string => typeof x === 'string');
}

/** Every string of the output a reader sees, for the Markdown-markup check. */
function visibleStrings(n: Notice): string[] {
  return [
    ...shortStrings(n),
    n.preamble,
    n.closing,
    ...allItems(n.items).map((i) => i.text),
  ].filter((x): x is string => typeof x === 'string');
}

// ---------------------------------------------------------------------------------------------
// the cases

interface Case {
  file: string;
  variant: string;
  /** Expected `source.layout`, or null where the variant does not decide it. */
  layout: Layout | null;
  /** FORMAT §4: irregular numbering gives `numbering` warnings; regular numbering gives none. */
  numbering?: boolean;
  /** FORMAT §2 / SPEC: a KẾT LUẬN, CÔNG VĂN … gets an info diagnostic `not-a-notice`. */
  notANotice?: boolean;
  checks: Record<string, (c: Loaded) => void>;
}

const CASES: Case[] = [
  {
    file: '01-header-left-then-right.txt',
    variant: 'PDF header, left column first then right, wrapped with blank lines',
    layout: 'wrapped',
    checks: {
      'reads the header block: issuer lines, number, place and date': ({ notice: n }) => {
        expect(n.document.type).toBe('THÔNG BÁO');
        expect(n.document.title).toBe('kết luận của Thường trực Huyện ủy');
        expect(n.document.subject).toBe('về công tác chuẩn bị năm học mới');
        expect(n.document.issuerLines).toEqual(['ĐẢNG BỘ TỈNH QUẢNG NAM', 'HUYỆN ỦY ĐẠI LỘC']);
        expect(n.document.issuer).toBe('HUYỆN ỦY ĐẠI LỘC');
        expect(n.document.number).toBe('123-TB/HU');
        expect(n.document.place).toBe('Đại Lộc');
        expect(n.document.issuedOn).toBe('2021-08-13');
        expect(n.document.urgency).toBeNull();
        expect(n.document.addressees).toEqual([]);
      },
      'meeting held by a body, no person chairs': ({ notice: n }) => {
        expect(n.meeting.date).toBe('2021-08-11');
        expect(n.meeting.chair).toBeNull();
        expect(n.meeting.chairBody).toBe('Thường trực Huyện ủy');
        expect(n.meeting.attendees).toEqual([]);
        expect(n.meeting.presenters).toEqual([]);
      },
      'preamble joins the hard-wrapped lines': ({ notice: n }) => {
        expect(n.preamble).toBe(
          'Ngày 11/8/2021, Thường trực Huyện ủy họp nghe Ủy ban nhân dân huyện báo cáo tình hình chuẩn bị năm học mới trong điều kiện phòng, chống dịch Covid-19. Sau khi nghe báo cáo và ý kiến của các đồng chí dự họp, Thường trực Huyện ủy kết luận như sau:',
        );
      },
      'items: three numbered, the second with three bullets': ({ notice: n }) => {
        expect(outline(n.items)).toEqual(['1', '2', ['-', '-', '-'], '3']);
        expect(node(n.items, 0)).toMatchObject({ kind: 'numbered', number: [1] });
        expect(node(n.items, 1, 0)).toMatchObject({
          kind: 'bullet',
          number: null,
          text: 'Hoàn thành việc sửa chữa, vệ sinh trường lớp trước ngày 31/8/2021; bố trí đủ phòng cách ly tạm thời tại mỗi trường học.',
        });
        expect(node(n.items, 2).heading).toBeNull();
        expect(node(n.items, 2).text).toBe(
          'Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Huyện đoàn vận động các tổ chức, cá nhân ủng hộ máy tính, điện thoại thông minh cho học sinh nghèo với phương châm "không để học sinh nào thiếu thiết bị học tập".',
        );
      },
      'closing, recipients and a T/L signature from the footer': ({ notice: n }) => {
        expect(n.closing).toBe('Văn phòng Huyện ủy thông báo để các cơ quan, đơn vị liên quan biết, thực hiện.');
        expect(recipientTexts(n)).toEqual([
          'Thường trực Huyện ủy (b/c)',
          'Ủy ban nhân dân huyện',
          'Ủy ban MTTQ Việt Nam huyện, Huyện đoàn',
          'Phòng Giáo dục và Đào tạo huyện',
          'Lưu Văn phòng Huyện ủy',
        ]);
        expect(n.recipients[0]).toMatchObject({ name: 'Thường trực Huyện ủy', note: 'b/c' });
        expect(n.recipients[1]).toMatchObject({ name: 'Ủy ban nhân dân huyện', note: null });
        expectSignature(n, {
          authority: 'T/L',
          onBehalfOf: 'BAN THƯỜNG VỤ',
          authorities: ['T/L BAN THƯỜNG VỤ'],
          title: 'CHÁNH VĂN PHÒNG',
          name: 'Huỳnh Văn Phúc',
        });
        expect(n.signature?.digitalStamp).toBeNull();
      },
    },
  },
  {
    file: '02a-header-columns-one-line.txt',
    variant: 'both header cells on one line, footer columns side by side',
    layout: 'wrapped',
    checks: {
      'splits the one-line header cells': ({ notice: n }) => {
        expect(n.document.issuerLines).toEqual(['TỈNH ỦY BẾN TRE']);
        expect(n.document.issuer).toBe('TỈNH ỦY BẾN TRE');
        expect(n.document.number).toBe('512-TB/TU');
        expect(n.document.place).toBe('Bến Tre');
        expect(n.document.issuedOn).toBe('2023-04-07');
      },
      'an upper-case KẾT LUẬN title does not change the type': ({ notice: n }) => {
        expect(n.document.type).toBe('THÔNG BÁO');
        expect(n.document.title).toBe('KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY');
        expect(n.document.subject).toBe('về tiến độ thực hiện các dự án trọng điểm của tỉnh');
        expect(n.meeting.date).toBe('2023-04-04');
      },
      'items keep their "Về …:" headings': ({ notice: n }) => {
        expect(outline(n.items)).toEqual(['1', '2', '3', '4']);
        expect(n.items.map(headingOf)).toEqual([
          'Về dự án cầu Rạch Miễu 2',
          'Về dự án đường tỉnh 885',
          'Về dự án Khu công nghiệp Phú Thuận',
          null,
        ]);
        expect(lead(node(n.items, 0))).toContain(
          'Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo Sở Giao thông vận tải phối hợp với Ủy ban nhân dân huyện Châu Thành',
        );
        expect(node(n.items, 3).text).toBe(
          'Ủy ban nhân dân các huyện Châu Thành, Giồng Trôm, Ba Tri tăng cường công tác dân vận, tuyên truyền để người dân đồng thuận với chủ trương thu hồi đất.',
        );
        expect(n.closing).toBe(
          'Văn phòng Tỉnh ủy thông báo đến các cơ quan, đơn vị, địa phương liên quan biết, thực hiện.',
        );
      },
      'recipients and signature are separated although they share lines': ({ notice: n }) => {
        expect(recipientTexts(n)).toEqual([
          'Thường trực Tỉnh ủy (b/c)',
          'Ban cán sự đảng UBND tỉnh',
          'Các sở: Giao thông vận tải, Kế hoạch và Đầu tư, Tài nguyên và Môi trường',
          'Huyện ủy Châu Thành, Giồng Trôm, Ba Tri',
          'Lưu Văn phòng Tỉnh ủy',
        ]);
        expectSignature(n, {
          authority: 'K/T',
          onBehalfOf: 'CHÁNH VĂN PHÒNG',
          authorities: ['K/T CHÁNH VĂN PHÒNG'],
          title: 'PHÓ CHÁNH VĂN PHÒNG',
          name: 'Võ Văn Hòa',
        });
      },
    },
  },
  {
    file: '02b-header-columns-interleaved.txt',
    variant: 'header and footer columns interleaved line by line (no blank lines)',
    // Hard-wrapped like a PDF but without the blank line after each line: not decided here.
    layout: null,
    checks: {
      'collects the left-column lines of the interleaved header': ({ notice: n }) => {
        expect(n.document.issuerLines).toEqual(['ĐẢNG BỘ TỈNH NGHỆ AN', 'HUYỆN ỦY NGHI LỘC']);
        expect(n.document.issuer).toBe('HUYỆN ỦY NGHI LỘC');
        expect(n.document.number).toBe('318-TB/HU');
        expect(n.document.place).toBe('Nghi Lộc');
        expect(n.document.issuedOn).toBe('2019-10-25');
        expect(n.document.type).toBe('THÔNG BÁO');
        expect(n.document.title).toBe('ý kiến của Ban Thường vụ Huyện ủy');
        expect(n.document.subject).toBe('về công tác chuẩn bị đại hội đảng bộ các xã, thị trấn');
      },
      'meeting and preamble': ({ notice: n }) => {
        expect(n.meeting.date).toBe('2019-10-23');
        expect(n.meeting.chair).toBeNull();
        expect(n.meeting.chairBody).toBe('Ban Thường vụ Huyện ủy');
        expect(n.preamble).toBe(
          'Ngày 23/10/2019, Ban Thường vụ Huyện ủy họp nghe Ban Tổ chức Huyện ủy báo cáo tình hình chuẩn bị đại hội đảng bộ các xã, thị trấn; sau khi thảo luận, Ban Thường vụ Huyện ủy có ý kiến như sau:',
        );
      },
      'lettered sub-items; a wrapped line starting with a date is not an item': ({ notice: n }) => {
        expect(outline(n.items)).toEqual(['1', '2', ['a', 'b'], '3']);
        expect(node(n.items, 1, 1)).toMatchObject({
          kind: 'lettered',
          text: 'Thẩm định hồ sơ nhân sự, báo cáo Ban Thường vụ Huyện ủy trước ngày 20/12/2019.',
        });
        expect(n.closing).toMatch(/^Văn phòng Huyện ủy thông báo ý kiến của Ban Thường vụ Huyện ủy/);
      },
      'untangles interleaved recipients and a three-line T/L … K/T signature': ({ notice: n }) => {
        expect(recipientTexts(n)).toEqual([
          'Thường trực Huyện ủy',
          'Các đảng ủy xã, thị trấn',
          'Các ban xây dựng Đảng Huyện ủy',
          'Lưu Văn phòng Huyện ủy',
        ]);
        expectSignature(n, {
          authority: 'T/L',
          onBehalfOf: 'BAN THƯỜNG VỤ',
          authorities: ['T/L BAN THƯỜNG VỤ', 'K/T CHÁNH VĂN PHÒNG'],
          title: 'PHÓ CHÁNH VĂN PHÒNG',
          name: 'Nguyễn Thị Thu Hà',
        });
      },
    },
  },
  {
    file: '03-markdown-pipe-tables.md',
    variant: 'Markdown pipe tables for header and footer, # THÔNG BÁO, Q. CHÁNH VĂN PHÒNG',
    layout: 'markdown',
    checks: {
      'reads the header table cells split by <br>': ({ notice: n }) => {
        expect(n.document.issuerLines).toEqual(['TỈNH ỦY LÀO CAI']);
        expect(n.document.issuer).toBe('TỈNH ỦY LÀO CAI');
        expect(n.document.number).toBe('1085-TB/TU');
        expect(n.document.place).toBe('Lào Cai');
        expect(n.document.issuedOn).toBe('2024-05-16');
      },
      'heading from "# THÔNG BÁO" and bold lines': ({ notice: n }) => {
        expect(n.document.type).toBe('THÔNG BÁO');
        expect(n.document.title).toBe('kết luận của Thường trực Tỉnh ủy');
        expect(n.document.subject).toBe('về công tác phòng cháy, chữa cháy rừng năm 2024');
        expect(n.meeting.date).toBe('2024-05-14');
        expect(n.preamble).toMatch(/^Ngày 14\/5\/2024, Thường trực Tỉnh ủy họp nghe Ban cán sự đảng/);
      },
      'items numbered **1.** with bullets': ({ notice: n }) => {
        expect(outline(n.items)).toEqual(['1', '2', ['-', '-', '-'], '3']);
        expect(node(n.items, 0)).toMatchObject({ kind: 'numbered', number: [1] });
        expect(node(n.items, 0).text).toMatch(/^Từ đầu năm 2024 đến nay, trên địa bàn tỉnh xảy ra 17 vụ cháy rừng/);
        expect(node(n.items, 1, 1).text).toBe(
          'Công an tỉnh điều tra, xử lý nghiêm các vụ cháy rừng do con người gây ra, công khai kết quả xử lý để răn đe, giáo dục.',
        );
        expect(n.closing).toMatch(/^Văn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện/);
      },
      'Nơi nhận and signature side by side in one table row': ({ notice: n }) => {
        expect(recipientTexts(n)).toEqual([
          'Thường trực Tỉnh ủy (b/c)',
          'Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy',
          'Ban cán sự đảng UBND tỉnh',
          'Các huyện ủy, thị ủy, thành ủy',
          'Lưu Văn phòng Tỉnh ủy',
        ]);
        expect(n.recipients[0]).toMatchObject({ name: 'Thường trực Tỉnh ủy', note: 'b/c' });
        // `Q. CHÁNH VĂN PHÒNG` is an authority line (acting head); whether it is also the title is
        // left open, so `title` is not checked.
        const s = n.signature;
        expect(s?.authority).toBe('T/L');
        expect(s?.onBehalfOf).toBe('BAN THƯỜNG VỤ');
        expect(s?.authorities).toEqual(['T/L BAN THƯỜNG VỤ', 'Q. CHÁNH VĂN PHÒNG']);
        expect(s?.name).toBe('Hoàng Quốc Khánh');
      },
    },
  },
  {
    file: '04-state-ubnd-stacked-authorities.txt',
    variant: 'state document (UBND, Quốc hiệu, Số: …/TB-VPUBND), TL. / KT. stacked authorities',
    layout: 'wrapped',
    checks: {
      'state header: issuer cell, "Số:" number, Quốc hiệu and tiêu ngữ left out': ({ notice: n }) => {
        expect(n.document.issuerLines).toEqual(['ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', 'VĂN PHÒNG']);
        // Whether `issuer` is "VĂN PHÒNG" or a composed "Văn phòng UBND tỉnh …" is left open.
        expect(n.document.issuer).not.toBeNull();
        expect(n.document.number).toBe('45/TB-VPUBND');
        expect(n.document.place).toBe('Quảng Ngãi');
        expect(n.document.issuedOn).toBe('2020-03-09');
        for (const s of [n.document.title, n.document.subject, n.document.issuer, ...n.document.issuerLines]) {
          expect(s ?? '').not.toMatch(/CỘNG HÒA|Độc lập/);
        }
      },
      'title, and a "tại cuộc họp" subject wrapped over two lines': ({ notice: n }) => {
        expect(n.document.type).toBe('THÔNG BÁO');
        expect(n.document.title).toBe('Kết luận của Chủ tịch UBND tỉnh');
        expect(n.document.subject).toBe(
          'tại cuộc họp nghe báo cáo tiến độ giải phóng mặt bằng dự án đường ven biển Dung Quất - Sa Huỳnh',
        );
      },
      'meeting chaired by a named person, one named attendee, no named presenter': ({ notice: n }) => {
        expect(n.meeting.date).toBe('2020-03-05');
        expect(person(n.meeting.chair)).toEqual({ name: 'Trần Văn Khải', titles: ['Chủ tịch UBND tỉnh'] });
        expect(n.meeting.attendees.map(person)).toEqual([
          { name: 'Đặng Minh Tuấn', titles: ['Phó Chủ tịch UBND tỉnh'] },
        ]);
        expect(n.meeting.presenters).toEqual([]);
        expect(n.preamble).toMatch(/^Ngày 05\/3\/2020, đồng chí Trần Văn Khải, Chủ tịch UBND tỉnh chủ trì/);
        expect(n.preamble).toContain('Sau khi nghe Giám đốc Sở Giao thông vận tải báo cáo');
      },
      'items 1., 2. with a) b) c) and bullets under a)': ({ notice: n }) => {
        expect(outline(n.items)).toEqual(['1', '2', ['a', ['-', '-'], 'b', 'c']]);
        expect(lead(node(n.items, 1, 0))).toMatch(/^UBND các huyện Bình Sơn, Mộ Đức, Đức Phổ/);
        expect(node(n.items, 1, 2)).toMatchObject({
          label: 'c',
          kind: 'lettered',
          text: 'Sở Tài chính tham mưu bố trí đủ kinh phí bồi thường, hỗ trợ tái định cư.',
        });
        expect(n.closing).toBe('Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện.');
      },
      'state Nơi nhận with ";" and "Lưu: VT, …"; TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG': ({ notice: n }) => {
        expect(recipientTexts(n)).toEqual([
          'Các sở: GTVT, TC, TN&MT',
          'UBND các huyện: Bình Sơn, Mộ Đức, Đức Phổ',
          'CT, PCT UBND tỉnh',
          'VPUB: CVP, PCVP, CBTH',
          'Lưu: VT, KTN',
        ]);
        expectSignature(n, {
          authority: 'TL.',
          onBehalfOf: 'CHỦ TỊCH',
          authorities: ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG'],
          title: 'PHÓ CHÁNH VĂN PHÒNG',
          name: 'Nguyễn Văn Nam',
        });
      },
    },
  },
  {
    file: '05-commune-blank-number-and-day.txt',
    variant: 'blank number and day (Số -TB/ĐU, ngày   tháng 8), commune-level bodies',
    layout: 'wrapped',
    checks: {
      'a blank day leaves only the month; a blank number is no number': ({ notice: n }) => {
        expect(n.document.issuedOn).toBe('2025-08');
        expect(n.document.place).toBe('Gia Viễn');
        // "Số    -TB/ĐU": no number was assigned. null, or the bare "-TB/ĐU" as written, are both
        // accepted; a made-up digit is not.
        expect([null, '-TB/ĐU']).toContain(n.document.number);
        expect(n.document.issuerLines).toEqual(['ĐẢNG BỘ TỈNH NINH BÌNH', 'ĐẢNG ỦY XÃ GIA VIỄN']);
        expect(n.document.issuer).toBe('ĐẢNG ỦY XÃ GIA VIỄN');
        expect(n.document.title).toBe('kết luận của Ban Thường vụ Đảng ủy xã');
        expect(n.document.subject).toBe('về việc triển khai nhiệm vụ sau khi sắp xếp đơn vị hành chính');
      },
      'meeting date comes from the opening, not the header': ({ notice: n }) => {
        expect(n.meeting.date).toBe('2025-08-12');
        expect(n.preamble).toMatch(/^Ngày 12\/8\/2025, Ban Thường vụ Đảng ủy xã họp nghe Đảng ủy Ủy ban nhân dân xã/);
      },
      'items and the "Trên đây là …" closing': ({ notice: n }) => {
        expect(outline(n.items)).toEqual(['1', '2', ['-', '-'], '3']);
        expect(node(n.items, 1, 1).text).toBe(
          'Chỉ đạo Phòng Kinh tế, Phòng Văn hóa - Xã hội tiếp nhận đầy đủ hồ sơ, tài liệu của các xã cũ; không để gián đoạn việc giải quyết thủ tục hành chính.',
        );
        expect(n.closing).toBe(
          'Trên đây là kết luận của Ban Thường vụ Đảng ủy xã, đề nghị các chi bộ, cơ quan, đơn vị liên quan triển khai thực hiện.',
        );
      },
      'commune recipients, with a grouped "Thường trực: HĐND, UBND xã"': ({ notice: n }) => {
        expect(recipientTexts(n)).toEqual([
          'Ban Thường vụ Tỉnh ủy (b/c)',
          'Các đồng chí Đảng ủy viên',
          'Thường trực: HĐND, UBND xã',
          'Đảng ủy UBND xã',
          'Văn phòng HĐND & UBND xã',
          'Các chi bộ trực thuộc',
          'Lưu VPĐU',
        ]);
        expectSignature(n, {
          authority: 'T/M',
          onBehalfOf: 'BAN THƯỜNG VỤ',
          authorities: ['T/M BAN THƯỜNG VỤ'],
          title: 'BÍ THƯ',
          name: 'Đinh Thị Lan',
        });
      },
    },
  },
  {
    file: '06-digital-signature-stamp.txt',
    variant: 'digitally signed PDF: signing body and timestamp after the name',
    layout: 'wrapped',
    checks: {
      'the stamp is neither the name nor the notice date': ({ notice: n }) => {
        expectSignature(n, {
          authority: 'T/L',
          onBehalfOf: 'BAN THƯỜNG VỤ',
          authorities: ['T/L BAN THƯỜNG VỤ', 'K/T CHÁNH VĂN PHÒNG'],
          title: 'PHÓ CHÁNH VĂN PHÒNG',
          name: 'Lê Hữu Thắng',
        });
        expect(n.signature?.digitalStamp?.signer).toBe('TỈNH ỦY HÀ TĨNH');
        // As written or as ISO 8601: both carry the stamp's own day and time.
        expect(n.signature?.digitalStamp?.timestamp).toMatch(/(12-08-2021|2021-08-12).*16:05:11/);
        expect(n.document.issuedOn).toBe('2021-08-11');
        for (const r of n.recipients) expect(r.text).not.toMatch(/TỈNH ỦY HÀ TĨNH|16:05/);
      },
      'header, heading, no meeting': ({ notice: n }) => {
        expect(n.document.issuer).toBe('TỈNH ỦY HÀ TĨNH');
        expect(n.document.issuerLines).toEqual(['TỈNH ỦY HÀ TĨNH']);
        expect(n.document.number).toBe('402-TB/TU');
        expect(n.document.place).toBe('Hà Tĩnh');
        expect(n.document.title).toBe('ý kiến chỉ đạo của Thường trực Tỉnh ủy');
        expect(n.document.subject).toBe('về tăng cường các biện pháp cấp bách phòng, chống dịch Covid-19');
        expect(n.meeting.date).toBeNull();
        expect(n.meeting.chair).toBeNull();
        expect(n.preamble).toMatch(/^Trước diễn biến phức tạp của dịch Covid-19/);
      },
      'items and recipients': ({ notice: n }) => {
        expect(outline(n.items)).toEqual(['1', '2', ['-', '-', '-'], '3']);
        expect(n.recipients).toHaveLength(5);
        expect(n.recipients[4]?.text).toBe('Lưu VPTU');
        expect(n.closing).toBe('Văn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện.');
      },
    },
  },
  {
    file: '07-roman-sections-deep-tree.txt',
    variant: 'Roman sections with upper-case titles, then 1., 1.1., a), -, +',
    layout: 'wrapped',
    checks: {
      'the tree follows I. → 1. → 1.1. → a) → - → +': ({ notice: n }) => {
        expect(outline(n.items)).toEqual([
          'I',
          'II',
          ['1', ['1.1', '1.2', ['a', 'b', ['-', '-', ['+', '+']]]], '2'],
        ]);
      },
      'kinds and numbers': ({ notice: n }) => {
        expect(node(n.items, 0).kind).toBe('roman');
        expect(node(n.items, 1).kind).toBe('roman');
        expect(node(n.items, 1, 0)).toMatchObject({ kind: 'numbered', number: [1] });
        expect(node(n.items, 1, 0, 0)).toMatchObject({ label: '1.1', kind: 'numbered', number: [1, 1] });
        expect(node(n.items, 1, 0, 1, 0).kind).toBe('lettered');
        expect(node(n.items, 1, 0, 1, 1, 1).kind).toBe('bullet');
        expect(node(n.items, 1, 0, 1, 1, 1, 0)).toMatchObject({ label: '+', kind: 'bullet', number: null });
      },
      'section titles and the paragraphs under them': ({ notice: n }) => {
        expect(lead(node(n.items, 0))).toMatch(/^ĐÁNH GIÁ CHUNG/);
        expect(lead(node(n.items, 0))).toContain(
          'Sáu tháng đầu năm, tình hình kinh tế của huyện tiếp tục phát triển',
        );
        expect(lead(node(n.items, 1))).toMatch(/^NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM/);
        expect(lead(node(n.items, 1, 0))).toMatch(/^Về phát triển kinh tế/);
        expect(lead(node(n.items, 1, 1))).toMatch(/^Về công tác xây dựng Đảng/);
        expect(lead(node(n.items, 1, 1))).toContain('Ban Tổ chức Huyện ủy hướng dẫn các tổ chức cơ sở đảng');
        expect(node(n.items, 1, 0, 0).text).toBe(
          'Tập trung chăm sóc cây cà phê, hồ tiêu; chủ động phòng, chống hạn cho cây trồng vụ Hè Thu.',
        );
        expect(lead(node(n.items, 1, 0, 1, 1, 1))).toMatch(/^Trường Tiểu học Hòa Tiến, trong đó/);
        expect(node(n.items, 1, 0, 1, 1, 1, 1).text).toContain('Hạng mục tường rào, cổng ngõ');
      },
      'document, meeting, footer': ({ notice: n }) => {
        expect(n.document.type).toBe('THÔNG BÁO');
        expect(n.document.title).toBe('KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY');
        expect(n.document.subject).toBe('tại hội nghị sơ kết công tác 6 tháng đầu năm 2018');
        expect(n.document.issuer).toBe('HUYỆN ỦY KRÔNG PẮC');
        expect(n.document.number).toBe('215-TB/HU');
        expect(n.document.place).toBe('Krông Pắc');
        expect(n.document.issuedOn).toBe('2018-07-20');
        expect(n.meeting.date).toBe('2018-07-17');
        expect(n.closing).toMatch(/^Văn phòng Huyện ủy thông báo/);
        expect(n.recipients).toHaveLength(4);
        expectSignature(n, {
          authority: 'T/L',
          onBehalfOf: 'BAN THƯỜNG VỤ',
          authorities: ['T/L BAN THƯỜNG VỤ'],
          title: 'CHÁNH VĂN PHÒNG',
          name: 'Nguyễn Đình Trung',
        });
      },
    },
  },
  {
    file: '08-numbering-irregular.md',
    variant: 'numbering starts at 1.1., skips 4, reuses 2.1. under 3.',
    layout: 'markdown',
    numbering: true,
    checks: {
      'keeps every item in text order, nothing invented, nothing dropped': ({ notice: n }) => {
        expect(outline(n.items)).toEqual(['1.1', '1.2', '2', ['-', '-'], '3', ['2.1', '2.2'], '5']);
        expect(node(n.items, 0)).toMatchObject({ kind: 'numbered', number: [1, 1] });
        expect(node(n.items, 4)).toMatchObject({ label: '5', number: [5] });
        expect(node(n.items, 3, 0)).toMatchObject({
          label: '2.1',
          number: [2, 1],
          text: 'Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí từ ngân sách tỉnh.',
        });
        expect(node(n.items, 3, 1).text).toBe('Vận động các doanh nghiệp tài trợ, bảo đảm công khai, minh bạch.');
      },
      'warns at each irregularity': ({ notice: n, text }) => {
        const at = n.diagnostics.filter((d) => d.code === 'numbering' && d.severity === 'warning').map((d) => d.line);
        expect(at).toContain(lineOf(text, '1.1. Cơ bản')); // 1.1. with no 1.
        expect(at).toContain(lineOf(text, '2.1. Sở Tài chính')); // 2.1. under 3.
        expect(at).toContain(lineOf(text, '**5.** Về công tác tuyên truyền')); // 4 skipped
      },
      'headings': ({ notice: n }) => {
        expect(lead(node(n.items, 2))).toMatch(/^Về công tác bảo đảm an ninh, trật tự/);
        expect(lead(node(n.items, 3))).toMatch(/^Về kinh phí tổ chức/);
        expect(headingOf(node(n.items, 4))).toBe('Về công tác tuyên truyền');
        expect(lead(node(n.items, 4))).toContain(
          'Ban Tuyên giáo Tỉnh ủy chỉ đạo Báo Sóc Trăng, Đài Phát thanh và Truyền hình tỉnh',
        );
      },
      'no header block; heading, meeting and footer': ({ notice: n }) => {
        expect(n.document.type).toBe('THÔNG BÁO');
        expect(n.document.title).toBe('kết luận của Thường trực Tỉnh ủy');
        expect(n.document.subject).toBe('về công tác chuẩn bị Lễ hội Oóc Om Bóc - Đua ghe Ngo năm 2017');
        expect(n.document.issuer).toBeNull();
        expect(n.document.issuerLines).toEqual([]);
        expect(n.document.number).toBeNull();
        expect(n.document.issuedOn).toBeNull();
        expect(n.meeting.date).toBe('2017-10-06');
        expect(n.closing).toMatch(/^Văn phòng Tỉnh ủy thông báo/);
        expect(recipientTexts(n)).toEqual([
          'Thường trực Tỉnh ủy (b/c)',
          'Ban cán sự đảng UBND tỉnh',
          'Sở Văn hóa, Thể thao và Du lịch',
          'Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh',
          'Lưu Văn phòng Tỉnh ủy',
        ]);
        expectSignature(n, {
          authority: 'K/T',
          onBehalfOf: 'CHÁNH VĂN PHÒNG',
          authorities: ['K/T CHÁNH VĂN PHÒNG'],
          title: 'PHÓ CHÁNH VĂN PHÒNG',
          name: 'Sơn Thị Chanh Đa',
        });
      },
    },
  },
  {
    file: '09-colon-opens-sublist.txt',
    variant: 'a line ending with a colon opens a sub-list, whatever its own marker; * as bullet',
    layout: 'wrapped',
    checks: {
      '"* … :" holds "-" bullets and "- … :" holds "+" bullets': ({ notice: n }) => {
        expect(outline(n.items)).toEqual(['1', '2', ['*', ['-', '-'], '*', ['-', ['+', '+'], '-']], '3']);
        expect(node(n.items, 1, 0)).toMatchObject({ label: '*', kind: 'bullet' });
        expect(lead(node(n.items, 1, 0))).toMatch(/^Về phát triển kinh tế - xã hội/);
        expect(lead(node(n.items, 1, 1))).toMatch(/^Về công tác xây dựng hệ thống chính trị/);
        expect(lead(node(n.items, 1, 1, 0))).toMatch(/^Về công tác xây dựng Đảng/);
        expect(node(n.items, 1, 1, 0, 0).text).toBe(
          'Chỉ đạo các chi bộ duy trì nền nếp sinh hoạt, nâng cao chất lượng sinh hoạt chi bộ theo Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương.',
        );
      },
      'a heading followed by text on the same line does not open a list': ({ notice: n }) => {
        const danVan = node(n.items, 1, 1, 1);
        expect(danVan.children).toEqual([]);
        expect(headingOf(danVan)).toBe('Về công tác dân vận');
        expect(lead(danVan)).toContain(
          'Mặt trận Tổ quốc và các đoàn thể xã vận động nhân dân hiến đất làm đường giao thông nông thôn.',
        );
      },
      'an unnumbered paragraph stays with the item above': ({ notice: n }) => {
        expect(lead(node(n.items, 0))).toContain('Bên cạnh đó, còn một số hạn chế');
        expect(lead(node(n.items, 1))).toMatch(/^Nhiệm vụ trọng tâm 6 tháng cuối năm 2022/);
      },
      'document and footer': ({ notice: n }) => {
        expect(n.document.title).toBe('kết luận của Ban Thường vụ Huyện ủy');
        expect(n.document.subject).toBe('tại buổi làm việc với Ban Thường vụ Đảng ủy xã Hiền Quan');
        expect(n.document.issuer).toBe('HUYỆN ỦY TAM NÔNG');
        expect(n.document.number).toBe('287-TB/HU');
        expect(n.document.place).toBe('Tam Nông');
        expect(n.document.issuedOn).toBe('2022-06-28');
        expect(n.meeting.date).toBe('2022-06-24');
        expect(n.recipients).toHaveLength(4);
        expectSignature(n, {
          authority: 'K/T',
          onBehalfOf: 'CHÁNH VĂN PHÒNG',
          authorities: ['K/T CHÁNH VĂN PHÒNG'],
          title: 'PHÓ CHÁNH VĂN PHÒNG',
          name: 'Đỗ Thị Minh Nguyệt',
        });
      },
    },
  },
  {
    file: '10-wrap-starts-with-dash-or-number.txt',
    variant: 'wrapped lines starting with "- xã hội", "- 2030", " tuổi", "12 tuổi", "2021" are not items',
    layout: 'wrapped',
    checks: {
      'no extra items from wrapped lines': ({ notice: n }) => {
        expect(outline(n.items)).toEqual(['1', '2', ['-', '-', '-'], '3']);
      },
      'preamble keeps "giai đoạn 2026 - 2030" whole': ({ notice: n }) => {
        expect(n.preamble).toBe(
          'Ngày 30/9/2025, Ban Thường vụ Tỉnh ủy họp nghe Ban cán sự đảng Ủy ban nhân dân tỉnh báo cáo dự thảo Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2026 - 2030. Sau khi nghe báo cáo và ý kiến của các đồng chí dự họp, Ban Thường vụ Tỉnh ủy kết luận như sau:',
        );
      },
      'item texts join the wraps with a space': ({ notice: n }) => {
        expect(node(n.items, 0).heading).toBeNull();
        expect(node(n.items, 0).text).toBe(
          'Cơ bản thống nhất với dự thảo Kế hoạch. Ban cán sự đảng Ủy ban nhân dân tỉnh tiếp thu ý kiến của các đồng chí Ủy viên Ban Thường vụ, hoàn chỉnh các chỉ tiêu phát triển kinh tế - xã hội bảo đảm phù hợp với Nghị quyết Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2025 - 2030.',
        );
        expect(lead(node(n.items, 1))).toMatch(/^Về một số nhiệm vụ, giải pháp chủ yếu/);
        expect(node(n.items, 1, 0).text).toBe(
          'Ưu tiên nguồn lực đầu tư các công trình hạ tầng giao thông kết nối vùng, hoàn thành tuyến cao tốc Khánh Hòa - Buôn Ma Thuột trong giai đoạn 2026 - 2030; sớm khởi công các dự án đường ven biển.',
        );
        expect(node(n.items, 1, 1).text).toBe(
          'Đẩy mạnh chương trình chuyển đổi số, phấn đấu 100% người dân từ 18 tuổi trở lên có tài khoản định danh điện tử mức độ 2.',
        );
        expect(node(n.items, 1, 2).text).toBe(
          'Nâng cao chất lượng giáo dục, mở rộng chương trình dạy bơi an toàn cho trẻ em từ 6 đến 12 tuổi tại các xã ven biển.',
        );
        expect(node(n.items, 2).text).toBe(
          'Sở Tài chính chủ trì rà soát danh mục dự án chuyển tiếp từ giai đoạn 2021 - 2025, trong đó các dự án khởi công từ năm 2021 nhưng chưa hoàn thành phải được ưu tiên bố trí vốn.',
        );
      },
      'document and footer': ({ notice: n }) => {
        expect(n.document.title).toBe('kết luận của Ban Thường vụ Tỉnh ủy');
        expect(n.document.subject).toBe('về Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2026 - 2030');
        expect(n.document.issuer).toBe('TỈNH ỦY KHÁNH HÒA');
        expect(n.document.number).toBe('96-TB/TU');
        expect(n.document.place).toBe('Khánh Hòa');
        expect(n.document.issuedOn).toBe('2025-10-03');
        expect(n.meeting.date).toBe('2025-09-30');
        expect(n.recipients).toHaveLength(5);
        expectSignature(n, {
          authority: 'K/T',
          onBehalfOf: 'CHÁNH VĂN PHÒNG',
          authorities: ['K/T CHÁNH VĂN PHÒNG'],
          title: 'PHÓ CHÁNH VĂN PHÒNG',
          name: 'Trần Quang Vinh',
        });
      },
    },
  },
  {
    file: '11-recipients-variants.txt',
    variant: 'Nơi nhận without colon: ";", "+", no marker, groups, notes, wraps, typist initials',
    layout: 'wrapped',
    checks: {
      'one recipient per entry, wraps joined, TTH and VT-25b left out': ({ notice: n }) => {
        // "Ban cán sự đảng UBND tỉnh;" has no marker but follows an entry closed by ";" and starts
        // a new name: a recipient of its own. "và thị xã An Nhơn;" continues the entry above it
        // (that line ends without punctuation); the indented "Nông nghiệp …" line continues the
        // group "Các sở: …" (the list separates entries with ";", the group its members with ",").
        expect(recipientTexts(n)).toEqual([
          'Như trên',
          'Thường trực Tỉnh ủy (b/c)',
          'Các đồng chí Ủy viên BTV Tỉnh ủy (phụ trách địa bàn)',
          'Ban cán sự đảng UBND tỉnh',
          'Các sở: Y tế, Tài chính, Nông nghiệp và Phát triển nông thôn',
          'Huyện ủy, Ủy ban nhân dân các huyện Phù Cát, Phù Mỹ, Tây Sơn, Hoài Ân và thị xã An Nhơn',
          'Báo Bình Định, Đài PT-TH tỉnh (để biết)',
          'Lưu VPTU',
        ]);
      },
      'bracketed purposes become notes': ({ notice: n }) => {
        expect(n.recipients[0]).toMatchObject({ name: 'Như trên', note: null });
        expect(n.recipients[1]).toMatchObject({ name: 'Thường trực Tỉnh ủy', note: 'b/c' });
        expect(n.recipients[2]).toMatchObject({ name: 'Các đồng chí Ủy viên BTV Tỉnh ủy', note: 'phụ trách địa bàn' });
        expect(n.recipients[6]).toMatchObject({ name: 'Báo Bình Định, Đài PT-TH tỉnh', note: 'để biết' });
        expect(n.recipients[7]).toMatchObject({ name: 'Lưu VPTU', note: null });
      },
      'the signer is not the typist': ({ notice: n }) => {
        expectSignature(n, {
          authority: 'K/T',
          onBehalfOf: 'CHÁNH VĂN PHÒNG',
          authorities: ['K/T CHÁNH VĂN PHÒNG'],
          title: 'PHÓ CHÁNH VĂN PHÒNG',
          name: 'Phan Thị Ngọc Trâm',
        });
      },
      'the rest of the notice': ({ notice: n }) => {
        expect(n.document.issuer).toBe('TỈNH ỦY BÌNH ĐỊNH');
        expect(n.document.number).toBe('58-TB/TU');
        expect(n.document.place).toBe('Bình Định');
        expect(n.document.issuedOn).toBe('2016-06-14');
        expect(n.document.title).toBe('ý kiến của Thường trực Tỉnh ủy');
        expect(n.document.subject).toBe('về việc khắc phục hậu quả hạn hán, xâm nhập mặn');
        expect(n.meeting.date).toBe('2016-06-10');
        expect(outline(n.items)).toEqual(['1', '2', '3']);
        expect(n.closing).toBe('Văn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện.');
      },
    },
  },
  {
    file: '13-no-meeting-can-cu.txt',
    variant: 'no meeting: Căn cứ …; Căn cứ …; Xét Tờ trình … có ý kiến như sau; T/M … PHÓ BÍ THƯ THƯỜNG TRỰC',
    layout: 'wrapped',
    checks: {
      'no meeting: dates of cited documents are not a meeting date': ({ notice: n }) => {
        expect(n.meeting.date).toBeNull();
        expect(n.meeting.chair).toBeNull();
        expect(n.meeting.attendees).toEqual([]);
        expect(n.meeting.presenters).toEqual([]);
      },
      'the Căn cứ … Xét … clauses are the preamble': ({ notice: n }) => {
        expect(n.preamble).toMatch(/^Căn cứ Quy định số 29-QĐ\/TW ngày 25\/7\/2016 của Ban Chấp hành Trung ương/);
        expect(n.preamble).toContain('khóa XX, nhiệm kỳ 2015 - 2020;');
        expect(n.preamble).toContain('Xét Tờ trình số 85/TTr-UBND ngày 15/4/2020 của Ủy ban nhân dân huyện');
        expect(n.preamble).toMatch(/Ban Thường vụ Huyện ủy có ý kiến như sau:$/);
      },
      'items (a wrapped line starting "XX," is not a Roman section)': ({ notice: n }) => {
        expect(outline(n.items)).toEqual(['1', '2', ['-', '-'], '3']);
        expect(node(n.items, 2).text).toBe(
          'Ủy ban Kiểm tra Huyện ủy giám sát việc thực hiện chủ trương đầu tư theo quy định.',
        );
        expect(n.closing).toMatch(/^Ban Thường vụ Huyện ủy thông báo để Ủy ban nhân dân huyện/);
      },
      'document and a T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ THƯỜNG TRỰC signature': ({ notice: n }) => {
        expect(n.document.title).toBe('ý kiến của Ban Thường vụ Huyện ủy');
        expect(n.document.subject).toBe('về chủ trương đầu tư xây dựng Nhà văn hóa trung tâm huyện');
        expect(n.document.issuer).toBe('HUYỆN ỦY YÊN THẾ');
        expect(n.document.number).toBe('274-TB/HU');
        expect(n.document.place).toBe('Yên Thế');
        expect(n.document.issuedOn).toBe('2020-04-22');
        expect(n.recipients).toHaveLength(4);
        expectSignature(n, {
          authority: 'T/M',
          onBehalfOf: 'BAN THƯỜNG VỤ',
          authorities: ['T/M BAN THƯỜNG VỤ'],
          title: 'PHÓ BÍ THƯ THƯỜNG TRỰC',
          name: 'Hoàng Văn Lâm',
        });
      },
    },
  },
  {
    file: '14a-opening-sang-ngay-agenda.txt',
    variant: 'opening "Sáng ngày 5/3/2022", chaired by đ/c, Tham dự có, Sau khi nghe, (1) (2) (3) agenda',
    layout: 'wrapped',
    checks: {
      'meeting date, chair, attendees, presenter': ({ notice: n }) => {
        expect(n.meeting.date).toBe('2022-03-05');
        expect(person(n.meeting.chair)).toEqual({ name: 'Phạm Văn Toàn', titles: ['Bí thư Huyện ủy'] });
        expect(n.meeting.attendees.map(person)).toEqual([
          { name: 'Nguyễn Thị Hương', titles: ['Phó Bí thư Thường trực Huyện ủy'] },
          { name: 'Trần Đức Mạnh', titles: ['Phó Bí thư Huyện ủy', 'Chủ tịch UBND huyện'] },
        ]);
        expect(n.meeting.presenters.map(person)).toEqual([
          { name: 'Lê Văn Bình', titles: ['Chánh Văn phòng Huyện ủy'] },
        ]);
      },
      'the (1) (2) (3) agenda stays in the preamble': ({ notice: n }) => {
        expect(n.preamble).toMatch(/^Sáng ngày 5\/3\/2022, Thường trực Huyện ủy họp giao ban do đ\/c Phạm Văn Toàn/);
        expect(collapse(n.preamble ?? '')).toContain('(1) kết quả thực hiện nhiệm vụ tháng 02');
        expect(collapse(n.preamble ?? '')).toContain('(3) công tác phòng, chống dịch Covid-19.');
        expect(outline(n.items)).toEqual(['1', '2', '3']);
        expect(n.items.map(headingOf)).toEqual([
          'Về kết quả tháng 02 và chương trình công tác tháng 3',
          'Về xây dựng nông thôn mới kiểu mẫu',
          'Về phòng, chống dịch Covid-19',
        ]);
      },
      'the head signs alone with only the title': ({ notice: n }) => {
        expectSignature(n, {
          authority: null,
          onBehalfOf: null,
          authorities: [],
          title: 'CHÁNH VĂN PHÒNG',
          name: 'Lê Văn Bình',
        });
        expect(n.recipients).toHaveLength(4);
      },
      'document': ({ notice: n }) => {
        expect(n.document.title).toBe('kết luận của đồng chí Bí thư Huyện ủy');
        expect(n.document.subject).toBe('tại cuộc họp giao ban Thường trực Huyện ủy tháng 3 năm 2022');
        expect(n.document.issuer).toBe('HUYỆN ỦY KIẾN XƯƠNG');
        expect(n.document.number).toBe('156-TB/HU');
        expect(n.document.place).toBe('Kiến Xương');
        expect(n.document.issuedOn).toBe('2022-03-08');
      },
    },
  },
  {
    file: '14b-opening-chieu-dash-date.md',
    variant: 'opening "Chiều 14-9-2023", titles joined by " - ", Cùng tham dự có, Markdown',
    layout: 'markdown',
    checks: {
      'meeting date, chair with two titles, attendees, presenter': ({ notice: n }) => {
        expect(n.meeting.date).toBe('2023-09-14');
        expect(person(n.meeting.chair)).toEqual({
          name: 'Nguyễn Hồng Quân',
          titles: ['Ủy viên Ban Chấp hành Trung ương Đảng', 'Bí thư Tỉnh ủy'],
        });
        expect(n.meeting.attendees.map(person)).toEqual([
          { name: 'Trần Minh Luân', titles: ['Phó Bí thư Thường trực Tỉnh ủy'] },
          { name: 'Lâm Thị Ngọc Hân', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng Ban Tổ chức Tỉnh ủy'] },
        ]);
        expect(n.meeting.presenters.map(person)).toEqual([
          { name: 'Phan Thanh Tùng', titles: ['Phó Bí thư Thường trực Thành ủy'] },
        ]);
        expect(n.preamble).toMatch(/^Chiều 14-9-2023, đồng chí Nguyễn Hồng Quân, Ủy viên Ban Chấp hành Trung ương Đảng/);
      },
      'Markdown header outside a table': ({ notice: n }) => {
        expect(n.document.issuerLines).toEqual(['TỈNH ỦY CÀ MAU']);
        expect(n.document.issuer).toBe('TỈNH ỦY CÀ MAU');
        expect(n.document.number).toBe('1247-TB/TU');
        expect(n.document.place).toBe('Cà Mau');
        expect(n.document.issuedOn).toBe('2023-09-18');
        expect(n.document.type).toBe('THÔNG BÁO');
        expect(n.document.title).toBe('kết luận của đồng chí Bí thư Tỉnh ủy');
        expect(n.document.subject).toBe('tại buổi làm việc với Ban Thường vụ Thành ủy Cà Mau');
      },
      'items, recipients, the name after the recipient list': ({ notice: n }) => {
        expect(outline(n.items)).toEqual(['1', '2', ['-', '-', '-'], '3']);
        expect(n.closing).toMatch(/^Văn phòng Tỉnh ủy thông báo để Ban Thường vụ Thành ủy Cà Mau/);
        expect(recipientTexts(n)).toEqual([
          'Thường trực Tỉnh ủy (b/c)',
          'Ban Thường vụ Thành ủy Cà Mau',
          'Ban cán sự đảng UBND tỉnh',
          'Lưu Văn phòng Tỉnh ủy',
        ]);
        expectSignature(n, {
          authority: 'K/T',
          onBehalfOf: 'CHÁNH VĂN PHÒNG',
          authorities: ['K/T CHÁNH VĂN PHÒNG'],
          title: 'PHÓ CHÁNH VĂN PHÒNG',
          name: 'Huỳnh Thị Kim Ngân',
        });
      },
    },
  },
  {
    file: '15-pdf-damage-page-breaks-urgency.txt',
    variant: 'PDF damage: page numbers and running header between pages, hyphenation, ./., HỎA TỐC',
    layout: 'wrapped',
    checks: {
      'urgency mark under the number': ({ notice: n }) => {
        expect(n.document.urgency).toBe('HỎA TỐC');
        expect(n.document.number).toBe('1035-TB/TU');
        expect(n.document.issuerLines).toEqual(['TỈNH ỦY THỪA THIÊN HUẾ']);
        expect(n.document.issuer).toBe('TỈNH ỦY THỪA THIÊN HUẾ');
        expect(n.document.place).toBe('Thừa Thiên Huế');
        expect(n.document.issuedOn).toBe('2020-10-10');
        expect(n.document.title).toBe('ý kiến chỉ đạo của Thường trực Tỉnh ủy');
        expect(n.document.subject).toBe('về công tác ứng phó với mưa lũ');
        expect(n.meeting.date).toBe('2020-10-10');
      },
      'page numbers are not items': ({ notice: n }) => {
        expect(outline(n.items)).toEqual(['1', '2', ['-', '-', '-'], '3', '4']);
      },
      'a sentence broken by a page break reads on; the running header is dropped': ({ notice: n }) => {
        expect(node(n.items, 1, 1).text).toBe(
          'Sở Công Thương, Sở Nông nghiệp và Phát triển nông thôn bảo đảm dự trữ đủ lương thực, nước uống, thuốc men cho các vùng có nguy cơ bị chia cắt, cô lập.',
        );
        for (const item of allItems(n.items)) expect(item.text).not.toContain('Thông báo số 1035');
        for (const r of n.recipients) expect(r.text).not.toContain('Thông báo số 1035');
      },
      'a word hyphenated across lines is not split by a space': ({ notice: n }) => {
        expect(node(n.items, 1, 0).text).toMatch(/ứng dụng Zalo, Face-?book của các địa phương\.$/);
      },
      'the last item ends with ./. and there is no closing paragraph': ({ notice: n }) => {
        expect(lead(node(n.items, 3))).toContain('báo cáo tình hình về Thường trực Tỉnh ủy qua Văn phòng Tỉnh ủy');
        expect(n.closing).toBeNull();
      },
      'footer after a page break': ({ notice: n }) => {
        expect(recipientTexts(n)).toEqual([
          'Thường trực Tỉnh ủy',
          'Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy',
          'Ban cán sự đảng UBND tỉnh',
          'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc',
          'Ban Chỉ huy PCTT và TKCN tỉnh',
          'Lưu VPTU',
        ]);
        expectSignature(n, {
          authority: 'T/M',
          onBehalfOf: 'BAN THƯỜNG VỤ',
          authorities: ['T/M BAN THƯỜNG VỤ'],
          title: 'BÍ THƯ',
          name: 'Lê Trường Sơn',
        });
      },
    },
  },
  {
    file: '16a-ket-luan-not-a-notice.md',
    variant: 'another document type: KẾT LUẬN (Số …-KL/TU), parsed the same way',
    layout: 'markdown',
    notANotice: true,
    checks: {
      'type KẾT LUẬN with its title and subject': ({ notice: n }) => {
        expect(n.document.type).toBe('KẾT LUẬN');
        expect(n.document.title).toBe('của Ban Thường vụ Tỉnh ủy');
        expect(n.document.subject).toBe('về tiếp tục phát triển nông nghiệp ứng dụng công nghệ cao đến năm 2030');
        expect(n.document.number).toBe('812-KL/TU');
        expect(n.document.issuer).toBe('TỈNH ỦY LÂM ĐỒNG');
        expect(n.document.place).toBe('Lâm Đồng');
        expect(n.document.issuedOn).toBe('2024-04-26');
      },
      'the conference date is the meeting date, not the report date': ({ notice: n }) => {
        expect(n.meeting.date).toBe('2024-04-23');
        expect(n.preamble).toMatch(/^Tại hội nghị ngày 23\/4\/2024, sau khi xem xét Báo cáo số 215-BC\/BCSĐ/);
      },
      'items, footer': ({ notice: n }) => {
        expect(outline(n.items)).toEqual(['1', '2', ['-', '-'], '3', ['-', '-']]);
        expect(lead(node(n.items, 2))).toMatch(/^Tổ chức thực hiện/);
        expect(n.recipients).toHaveLength(5);
        expect(n.recipients[0]).toMatchObject({ text: 'Ban Bí thư Trung ương Đảng (b/c)', note: 'b/c' });
        expectSignature(n, {
          authority: 'T/M',
          onBehalfOf: 'BAN THƯỜNG VỤ',
          authorities: ['T/M BAN THƯỜNG VỤ'],
          title: 'PHÓ BÍ THƯ THƯỜNG TRỰC',
          name: 'Phạm Thị Phúc',
        });
      },
    },
  },
  {
    file: '16b-cong-van-kinh-gui.txt',
    variant: 'another document type: CÔNG VĂN with V/v subject and Kính gửi block',
    layout: 'wrapped',
    notANotice: true,
    checks: {
      'type CÔNG VĂN, V/v subject kept, Kính gửi block kept': ({ notice: n }) => {
        // No "CÔNG VĂN" heading is written: the type comes from the "-CV/" number and the V/v line.
        expect(n.document.type).toBe('CÔNG VĂN');
        // "V/v" kept as written or dropped: both accepted; the wrapped lines must be joined.
        expect(n.document.subject?.replace(/^V\/v\s*/, '')).toBe(
          'triển khai thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy về công tác giảm nghèo bền vững',
        );
        expect(n.document.addressees).toEqual(['Ban cán sự đảng Ủy ban nhân dân tỉnh', 'Ban Dân vận Tỉnh ủy']);
        expect(n.document.number).toBe('1250-CV/VPTU');
        expect(n.document.issuerLines).toEqual(['TỈNH ỦY KON TUM', 'VĂN PHÒNG']);
        expect(n.document.place).toBe('Kon Tum');
        expect(n.document.issuedOn).toBe('2019-11-19');
      },
      'the Kính gửi dashes are neither items nor recipients': ({ notice: n }) => {
        expect(outline(n.items)).toEqual(['1', '2']);
        expect(n.preamble).toMatch(/^Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy tại buổi làm việc ngày 15\/11\/2019/);
        expect(node(n.items, 1).text).toContain(
          '"Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"',
        );
        expect(n.closing).toMatch(/^Văn phòng Tỉnh ủy đề nghị các cơ quan quan tâm, phối hợp thực hiện/);
        expect(recipientTexts(n)).toEqual(['Như trên', 'Thường trực Tỉnh ủy (b/c)', 'Lưu VPTU']);
        expectSignature(n, {
          authority: 'K/T',
          onBehalfOf: 'CHÁNH VĂN PHÒNG',
          authorities: ['K/T CHÁNH VĂN PHÒNG'],
          title: 'PHÓ CHÁNH VĂN PHÒNG',
          name: 'Đinh Văn Thôi',
        });
      },
    },
  },
  {
    file: '17-plain-one-paragraph-per-line.txt',
    variant: 'plain text: one paragraph a line, single newlines, (đã ký), recipients without markers',
    layout: 'plain',
    checks: {
      'header and heading': ({ notice: n }) => {
        expect(n.document.issuerLines).toEqual(['ĐẢNG BỘ TỈNH QUẢNG NINH', 'ĐẢNG ỦY PHƯỜNG HẠ LONG']);
        expect(n.document.issuer).toBe('ĐẢNG ỦY PHƯỜNG HẠ LONG');
        expect(n.document.number).toBe('45-TB/ĐU');
        expect(n.document.place).toBe('Hạ Long');
        expect(n.document.issuedOn).toBe('2026-01-15');
        expect(n.document.type).toBe('THÔNG BÁO');
        expect(n.document.title).toBe('Kết luận của Ban Thường vụ Đảng ủy phường');
        expect(n.document.subject).toBe('về công tác chuẩn bị Tết Nguyên đán Bính Ngọ năm 2026');
        expect(n.meeting.date).toBe('2026-01-13');
      },
      'items and closing': ({ notice: n }) => {
        expect(outline(n.items)).toEqual(['1', ['a', 'b', 'c'], '2', '3']);
        expect(node(n.items, 0, 2).text).toBe(
          'Tổ chức bắn pháo hoa tầm thấp đêm Giao thừa tại Quảng trường 30/10, bảo đảm an ninh, an toàn tuyệt đối.',
        );
        expect(n.closing).toBe(
          'Trên đây là kết luận của Ban Thường vụ Đảng ủy phường, đề nghị các cơ quan, đơn vị, chi bộ liên quan nghiêm túc triển khai thực hiện.',
        );
      },
      '(đã ký) is not the name': ({ notice: n }) => {
        expectSignature(n, {
          authority: 'T/M',
          onBehalfOf: 'BAN THƯỜNG VỤ',
          authorities: ['T/M BAN THƯỜNG VỤ'],
          title: 'BÍ THƯ',
          name: 'Vũ Quang Huy',
        });
      },
      'recipients one a line without a marker': ({ notice: n }) => {
        // Each line ends with "," and starts a new body: one recipient per line (FORMAT §6 "or none").
        expect(recipientTexts(n)).toEqual([
          'Ban Thường vụ Tỉnh ủy (b/c)',
          'Các đồng chí Đảng ủy viên',
          'Đảng ủy Ủy ban nhân dân phường',
          'Các chi bộ trực thuộc',
          'Lưu VPĐU',
        ]);
      },
    },
  },
  {
    file: '18-markdown-state-squashed-signature.md',
    variant: 'Markdown state notice, signature cell squashed onto one line',
    layout: 'markdown',
    checks: {
      'unpacks "TL. CHỦ TỊCH KT. CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG <name>"': ({ notice: n }) => {
        expectSignature(n, {
          authority: 'TL.',
          onBehalfOf: 'CHỦ TỊCH',
          authorities: ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG'],
          title: 'PHÓ CHÁNH VĂN PHÒNG',
          name: 'Nguyễn Thị Thu Trang',
        });
      },
      'state header in a pipe table': ({ notice: n }) => {
        expect(n.document.issuerLines).toEqual(['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN']);
        expect(n.document.issuer).toBe('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN');
        expect(n.document.number).toBe('112/TB-UBND');
        expect(n.document.place).toBe('Lạng Sơn');
        expect(n.document.issuedOn).toBe('2017-03-28');
        expect(n.document.type).toBe('THÔNG BÁO');
        expect(n.document.title).toBe('Kết luận của Phó Chủ tịch UBND tỉnh Lê Văn Hùng');
        expect(n.document.subject).toBe('tại buổi kiểm tra công tác quản lý, bảo vệ rừng tại huyện Đình Lập');
      },
      'meeting: chair named, attendees only as bodies': ({ notice: n }) => {
        expect(n.meeting.date).toBe('2017-03-24');
        expect(person(n.meeting.chair)).toEqual({ name: 'Lê Văn Hùng', titles: ['Phó Chủ tịch UBND tỉnh'] });
        expect(n.meeting.attendees).toEqual([]);
      },
      'state body: I./II., bold "1. … :" labels, a), -': ({ notice: n }) => {
        expect(outline(n.items)).toEqual(['I', 'II', ['1', ['a', 'b'], '2', ['-', '-'], '3']]);
        expect(lead(node(n.items, 0))).toMatch(/^ĐÁNH GIÁ CHUNG/);
        expect(lead(node(n.items, 1, 0))).toMatch(/^Ủy ban nhân dân huyện Đình Lập/);
        expect(lead(node(n.items, 1, 1))).toMatch(/^Sở Nông nghiệp và Phát triển nông thôn/);
        expect(node(n.items, 1, 2).text).toBe(
          'Sở Tài chính tham mưu bố trí kinh phí cho công tác phòng cháy, chữa cháy rừng năm 2017.',
        );
        expect(n.closing).toMatch(/^Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện/);
      },
      'recipients from a <br> cell': ({ notice: n }) => {
        expect(n.recipients).toHaveLength(6);
        expect(recipientTexts(n).slice(0, 5)).toEqual([
          'CT, PCT UBND tỉnh',
          'Các sở: NN&PTNT, TN&MT, TC',
          'Chi cục Kiểm lâm',
          'UBND huyện Đình Lập',
          'C, PCVP UBND tỉnh, các phòng: KTN, TH',
        ]);
        expect(n.recipients[5]?.text).toMatch(/^Lưu: VT, KTN/);
      },
    },
  },
];

// ---------------------------------------------------------------------------------------------
// the tests

describe.each(CASES)('$file: $variant', (c) => {
  it('parses to schema-valid output without error diagnostics', () => {
    const { notice: n } = load(c.file);
    const checked = NoticeSchema.safeParse(n);
    expect(checked.success, checked.error?.message).toBe(true);
    expect(n.schemaVersion).toBe(1);
    expect(n.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('describes its source', () => {
    const { notice: n, bytes } = load(c.file);
    expect(n.source.name).toBe(c.file);
    expect(n.source.bytes).toBe(bytes.length);
    expect(n.source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(n.source.encoding).toBe('utf-8');
    if (c.layout !== null) expect(n.source.layout).toBe(c.layout);
  });

  it('every item span is non-empty and inside the input', () => {
    const { notice: n, text } = load(c.file);
    const items = allItems(n.items);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.span.start.offset, item.label).toBeGreaterThanOrEqual(0);
      expect(item.span.start.offset, item.label).toBeLessThan(item.span.end.offset);
      expect(item.span.end.offset, item.label).toBeLessThanOrEqual(text.length);
    }
  });

  it('short strings are NFC, trimmed and single-spaced', () => {
    const { notice: n } = load(c.file);
    for (const s of shortStrings(n)) {
      expect(s.normalize('NFC')).toBe(s);
      expect(s).toBe(collapse(s));
    }
  });

  if (c.layout === 'markdown') {
    it('no Markdown markup is left in the output', () => {
      const { notice: n } = load(c.file);
      for (const s of visibleStrings(n)) expect(s).not.toMatch(/\*|<br\s*\/?>|\||\\/);
    });
  }

  it(c.numbering ? 'warns about irregular numbering' : 'gives no numbering warning', () => {
    const { notice: n } = load(c.file);
    const warnings = n.diagnostics.filter((d) => d.code === 'numbering');
    if (c.numbering) expect(warnings.length).toBeGreaterThan(0);
    else expect(warnings).toEqual([]);
  });

  it(c.notANotice ? 'reports not-a-notice as info' : 'is a notice', () => {
    const { notice: n } = load(c.file);
    const info = n.diagnostics.filter((d) => d.code === 'not-a-notice');
    if (c.notANotice) {
      expect(info.length).toBeGreaterThan(0);
      expect(info.every((d) => d.severity === 'info')).toBe(true);
    } else {
      expect(info).toEqual([]);
      expect(n.document.type).toBe('THÔNG BÁO');
    }
  });

  for (const [name, check] of Object.entries(c.checks)) {
    it(name, () => check(load(c.file)));
  }
});
