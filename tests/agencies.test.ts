/**
 * The agency gazetteer and matcher (SPEC §2 "agencies", FORMAT §6–§7). Expected ids and spans were
 * read against the texts by hand; the fixture counts were checked with grep on the notices.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAgencies, findAgencyAtStart, foldText, lookupAgency, summariseAgencies, type AgencyMention } from '../src/normalise/agencies.js';
import { deriveAgencyIndex } from '../src/normalise/agency-index-source.js';
import { AGENCY_INDEX } from '../src/normalise/agency-index.gen.js';
import * as yaml from 'yaml';
import { loadGazetteer } from '../src/data/gazetteer-files.js';
import { fixtureFile } from './helpers.js';

/** The matcher: its public module and its parts. */
const MATCHER_FILES = ['agencies.ts', ...readdirSync(join(import.meta.dirname, '..', 'src', 'normalise', 'agencies')).map((f) => `agencies/${f}`)];

/** The gazetteer of data/, expanded over the levels, as the index is derived from it. */
const BASE = loadGazetteer(yaml);
const GAZETTEER = BASE.entries;

/** Every span must point at its own text, whatever else a case checks. */
function find(text: string, includeGeneric = false): AgencyMention[] {
  const found = findAgencies(text, { includeGeneric });
  for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  return found;
}

const ids = (text: string): string[] => find(text).map((m) => m.id);
const texts = (text: string): string[] => find(text).map((m) => m.text);
const fixture = (prefix: string): string => readFileSync(fixtureFile(prefix), 'utf8');

/** The `Nơi nhận` block of a fixture: from that line to the end. */
function recipientsBlock(prefix: string): string {
  const text = fixture(prefix);
  return text.slice(text.indexOf('Nơi nhận'));
}

describe('gazetteer', () => {
  it('has at least 150 agencies with unique ids', () => {
    expect(GAZETTEER.length).toBeGreaterThanOrEqual(150);
    expect(new Set(GAZETTEER.map((e) => e.id)).size).toBe(GAZETTEER.length);
  });

  it('has slug ids, kinds and levels of the schema', () => {
    const kinds = ['party', 'state', 'front', 'armed', 'national', 'other'];
    const levels = ['national', 'province', 'district', 'commune', 'unknown'];
    for (const e of GAZETTEER) {
      // Dotted parts of lower-case ASCII words joined by single dashes.
      for (const part of e.id.split('.')) {
        expect(part, e.id).toMatch(/^[a-z0-9-]+$/);
        expect(part.startsWith('-') || part.endsWith('-') || part.includes('--'), e.id).toBe(false);
      }
      expect(kinds).toContain(e.kind);
      expect(levels).toContain(e.level);
    }
  });

  it('resolves every name and alias to its own entry, over the whole text', () => {
    const wrong: string[] = [];
    for (const e of GAZETTEER) {
      for (const alias of [e.name, ...e.aliases]) {
        const found = findAgencies(alias);
        const ok = found.length === 1 && found[0]!.id === e.id && found[0]!.start === 0 && found[0]!.end === alias.length;
        if (!ok) wrong.push(`${alias} → ${found.map((m) => m.id).join(', ') || 'nothing'} (want ${e.id})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    // Party organs at province, district and commune level.
    'tinh-uy', 'tinh-uy.ban-chap-hanh', 'tinh-uy.ban-thuong-vu', 'tinh-uy.thuong-truc', 'tinh-uy.van-phong',
    'tinh-uy.ban-to-chuc', 'tinh-uy.ban-tuyen-giao', 'tinh-uy.ban-tuyen-giao-va-dan-van', 'tinh-uy.ban-dan-van',
    'tinh-uy.ban-noi-chinh', 'tinh-uy.uy-ban-kiem-tra', 'tinh-uy.ban-chinh-sach-chien-luoc',
    'huyen-uy', 'thi-uy', 'thanh-uy', 'quan-uy', 'huyen-uy.ban-thuong-vu', 'huyen-uy.van-phong',
    'dang-uy-xa', 'dang-uy-phuong', 'dang-uy.ban-thuong-vu', 'dang-uy.van-phong', 'dang-uy.ban-xay-dung-dang',
    'dang-uy.uy-ban-kiem-tra', 'dang-uy-ubnd-xa', 'bcs-dang-ubnd-tinh', 'dang-doan-hdnd-tinh', 'dang-doan-mttq-tinh',
    'dang-uy-khoi-cac-co-quan-tinh',
    // State bodies.
    'ubnd-tinh', 'hdnd-tinh', 'chu-tich-ubnd-tinh', 'thuong-truc-hdnd-tinh', 'ubnd-huyen', 'ubnd-xa',
    'so-y-te', 'so-tai-chinh', 'so-ke-hoach-va-dau-tu', 'so-giao-duc-va-dao-tao', 'so-noi-vu', 'so-tu-phap',
    'so-cong-thuong', 'so-nong-nghiep-va-phat-trien-nong-thon', 'so-nong-nghiep-va-moi-truong',
    'so-tai-nguyen-va-moi-truong', 'so-xay-dung', 'so-giao-thong-van-tai', 'so-khoa-hoc-va-cong-nghe',
    'so-thong-tin-va-truyen-thong', 'so-lao-dong-thuong-binh-va-xa-hoi', 'so-van-hoa-the-thao-va-du-lich',
    'so-ngoai-vu', 'so-dan-toc-va-ton-giao', 'thanh-tra-tinh', 'van-phong-ubnd-tinh', 'van-phong-doan-dbqh-va-hdnd-tinh',
    'ban-quan-ly-khu-kinh-te-tinh', 'ban-quan-ly-du-an-dau-tu-xay-dung-tinh', 'cong-an-tinh', 'bo-chi-huy-quan-su-tinh',
    'bo-chi-huy-bo-doi-bien-phong-tinh', 'cdc-tinh', 'ban-chi-dao-covid-tinh', 'bao-tinh', 'dai-phat-thanh-truyen-hinh-tinh',
    'cong-thong-tin-dien-tu-tinh', 'phong-noi-vu-huyen', 'van-phong-hdnd-ubnd-xa', 'phong-kinh-te', 'phong-van-hoa-xa-hoi',
    'trung-tam-phuc-vu-hanh-chinh-cong-xa',
    // Front and mass organisations.
    'mttq-tinh', 'doan-thanh-nien-tinh', 'hoi-lien-hiep-phu-nu-tinh', 'hoi-nong-dan-tinh', 'hoi-cuu-chien-binh-tinh',
    'lien-doan-lao-dong-tinh', 'hoi-chu-thap-do-tinh',
    // National bodies.
    'ban-chap-hanh-trung-uong', 'bo-chinh-tri', 'ban-bi-thu', 'chinh-phu', 'thu-tuong-chinh-phu', 'quoc-hoi',
    'bo-y-te', 'bo-tai-chinh', 'quan-khu',
  ])('covers %s', (id) => {
    expect(lookupAgency(id)?.id).toBe(id);
  });
});

describe('aliases and abbreviations', () => {
  it.each([
    // State, by level.
    ['Ủy ban nhân dân tỉnh', 'ubnd-tinh'],
    ['UBND tỉnh', 'ubnd-tinh'],
    ['UB nhân dân tỉnh', 'ubnd-tinh'],
    ['Hội đồng nhân dân tỉnh', 'hdnd-tinh'],
    ['HĐND tỉnh', 'hdnd-tinh'],
    ['Thường trực HĐND tỉnh', 'thuong-truc-hdnd-tinh'],
    ['TT HĐND tỉnh', 'thuong-truc-hdnd-tinh'],
    ['Chủ tịch UBND tỉnh', 'chu-tich-ubnd-tinh'],
    ['Phó Chủ tịch UBND tỉnh', 'pho-chu-tich-ubnd-tinh'],
    ['Văn phòng UBND tỉnh', 'van-phong-ubnd-tinh'],
    ['VP UBND tỉnh', 'van-phong-ubnd-tinh'],
    ['UBND huyện', 'ubnd-huyen'],
    ['UBND thị xã', 'ubnd-thi-xa'],
    ['UBND TP', 'ubnd-thanh-pho'],
    ['UBND xã', 'ubnd-xa'],
    ['UBND phường', 'ubnd-phuong'],
    ['Văn phòng HĐND & UBND xã', 'van-phong-hdnd-ubnd-xa'],
    ['Văn phòng HĐND&UBND xã', 'van-phong-hdnd-ubnd-xa'],
    ['Văn phòng HĐND và UBND huyện', 'van-phong-hdnd-ubnd-huyen'],
    ['Phòng Kinh tế', 'phong-kinh-te'],
    ['Phòng Văn hóa - Xã hội', 'phong-van-hoa-xa-hoi'],
    ['Phòng Văn hoá – Xã hội', 'phong-van-hoa-xa-hoi'],
    ['Trung tâm Phục vụ hành chính công xã', 'trung-tam-phuc-vu-hanh-chinh-cong-xa'],
    ['Phòng LĐ-TB&XH huyện', 'phong-lao-dong-thuong-binh-va-xa-hoi-huyen'],
    // Party.
    ['Tỉnh ủy', 'tinh-uy'],
    ['Ban Chấp hành Đảng bộ tỉnh', 'tinh-uy.ban-chap-hanh'],
    ['BCH Đảng bộ tỉnh', 'tinh-uy.ban-chap-hanh'],
    ['Ban Thường vụ Tỉnh ủy', 'tinh-uy.ban-thuong-vu'],
    ['BTV Tỉnh ủy', 'tinh-uy.ban-thuong-vu'],
    ['Thường trực Tỉnh ủy', 'tinh-uy.thuong-truc'],
    ['TT Tỉnh ủy', 'tinh-uy.thuong-truc'],
    ['TTTU', 'tinh-uy.thuong-truc'],
    ['Văn phòng Tỉnh ủy', 'tinh-uy.van-phong'],
    ['VPTU', 'tinh-uy.van-phong'],
    ['Ban Tổ chức Tỉnh ủy', 'tinh-uy.ban-to-chuc'],
    ['Ban Tuyên giáo Tỉnh ủy', 'tinh-uy.ban-tuyen-giao'],
    ['Ban Tuyên giáo và Dân vận Tỉnh ủy', 'tinh-uy.ban-tuyen-giao-va-dan-van'],
    ['Ban Dân vận Tỉnh ủy', 'tinh-uy.ban-dan-van'],
    ['Ban Nội chính Tỉnh ủy', 'tinh-uy.ban-noi-chinh'],
    ['Ủy ban Kiểm tra Tỉnh ủy', 'tinh-uy.uy-ban-kiem-tra'],
    ['UBKT Tỉnh ủy', 'tinh-uy.uy-ban-kiem-tra'],
    ['UBKTTU', 'tinh-uy.uy-ban-kiem-tra'],
    ['Ban Chính sách, chiến lược Tỉnh ủy', 'tinh-uy.ban-chinh-sach-chien-luoc'],
    ['Ban Chính sách chiến lược Tỉnh ủy', 'tinh-uy.ban-chinh-sach-chien-luoc'],
    ['UVTV Tỉnh ủy', 'tinh-uy.uy-vien-thuong-vu'],
    ['Ủy viên Ban Thường vụ Tỉnh ủy', 'tinh-uy.uy-vien-thuong-vu'],
    ['Bí thư Tỉnh ủy', 'tinh-uy.bi-thu'],
    ['Phó Bí thư Thường trực Tỉnh ủy', 'tinh-uy.pho-bi-thu-thuong-truc'],
    ['Huyện ủy', 'huyen-uy'],
    ['Thị ủy', 'thi-uy'],
    ['Thành ủy', 'thanh-uy'],
    ['Quận ủy', 'quan-uy'],
    ['Ban Thường vụ Huyện ủy', 'huyen-uy.ban-thuong-vu'],
    ['VPHU', 'huyen-uy.van-phong'],
    ['Đảng ủy xã', 'dang-uy-xa'],
    ['Đảng ủy phường', 'dang-uy-phuong'],
    ['Ban Thường vụ Đảng ủy', 'dang-uy.ban-thuong-vu'],
    ['BTV Đảng ủy xã', 'dang-uy-xa.ban-thuong-vu'],
    ['Văn phòng Đảng ủy', 'dang-uy.van-phong'],
    ['VPĐU', 'dang-uy.van-phong'],
    ['Ban Xây dựng Đảng', 'dang-uy.ban-xay-dung-dang'],
    ['Ban XDĐ', 'dang-uy.ban-xay-dung-dang'],
    ['Ủy ban Kiểm tra Đảng ủy', 'dang-uy.uy-ban-kiem-tra'],
    ['Đảng ủy UBND xã', 'dang-uy-ubnd-xa'],
    ['Đảng ủy Ủy ban nhân dân xã', 'dang-uy-ubnd-xa'],
    ['Ban cán sự đảng UBND tỉnh', 'bcs-dang-ubnd-tinh'],
    ['BCS Đảng UBND tỉnh', 'bcs-dang-ubnd-tinh'],
    ['Đảng đoàn HĐND tỉnh', 'dang-doan-hdnd-tinh'],
    ['Đảng đoàn MTTQ tỉnh', 'dang-doan-mttq-tinh'],
    ['Đảng ủy Khối các cơ quan tỉnh', 'dang-uy-khoi-cac-co-quan-tinh'],
    // Front and mass organisations.
    ['Ủy ban MTTQ Việt Nam tỉnh', 'mttq-tinh'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'mttq-tinh'],
    ['UBMTTQVN tỉnh', 'mttq-tinh'],
    ['MTTQ tỉnh', 'mttq-tinh'],
    ['Mặt trận Tổ quốc Việt Nam tỉnh', 'mttq-tinh'],
    ['Tỉnh đoàn', 'doan-thanh-nien-tinh'],
    ['Đoàn TNCS Hồ Chí Minh tỉnh', 'doan-thanh-nien-tinh'],
    ['Hội Liên hiệp Phụ nữ tỉnh', 'hoi-lien-hiep-phu-nu-tinh'],
    ['Hội LHPN tỉnh', 'hoi-lien-hiep-phu-nu-tinh'],
    ['Hội Nông dân tỉnh', 'hoi-nong-dan-tinh'],
    ['Hội CCB tỉnh', 'hoi-cuu-chien-binh-tinh'],
    ['LĐLĐ tỉnh', 'lien-doan-lao-dong-tinh'],
    ['Hội Chữ thập đỏ tỉnh', 'hoi-chu-thap-do-tinh'],
    // The departments, with their abbreviations.
    ['Sở Y tế', 'so-y-te'],
    ['Sở Tài chính', 'so-tai-chinh'],
    ['Sở KH&ĐT', 'so-ke-hoach-va-dau-tu'],
    ['Sở GD&ĐT', 'so-giao-duc-va-dao-tao'],
    ['Sở GD & ĐT', 'so-giao-duc-va-dao-tao'],
    ['Sở Nội vụ', 'so-noi-vu'],
    ['Sở Tư pháp', 'so-tu-phap'],
    ['Sở Công thương', 'so-cong-thuong'],
    ['Sở NN&PTNT', 'so-nong-nghiep-va-phat-trien-nong-thon'],
    ['Sở Nông nghiệp và Môi trường', 'so-nong-nghiep-va-moi-truong'],
    ['Sở TN&MT', 'so-tai-nguyen-va-moi-truong'],
    ['Sở Xây dựng', 'so-xay-dung'],
    ['Sở GTVT', 'so-giao-thong-van-tai'],
    ['Sở KH&CN', 'so-khoa-hoc-va-cong-nghe'],
    ['Sở TT&TT', 'so-thong-tin-va-truyen-thong'],
    ['Sở LĐ-TB&XH', 'so-lao-dong-thuong-binh-va-xa-hoi'],
    ['Sở Lao động, Thương binh và Xã hội', 'so-lao-dong-thuong-binh-va-xa-hoi'],
    ['Sở Lao động – Thương binh và Xã hội', 'so-lao-dong-thuong-binh-va-xa-hoi'],
    ['Sở VH,TT&DL', 'so-van-hoa-the-thao-va-du-lich'],
    ['Sở VH, TT&DL', 'so-van-hoa-the-thao-va-du-lich'],
    ['Sở Văn hóa Thể thao và Du lịch', 'so-van-hoa-the-thao-va-du-lich'],
    ['Sở Ngoại vụ', 'so-ngoai-vu'],
    ['Sở Dân tộc và Tôn giáo', 'so-dan-toc-va-ton-giao'],
    // Other provincial bodies.
    ['Thanh tra tỉnh', 'thanh-tra-tinh'],
    ['Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'van-phong-doan-dbqh-va-hdnd-tinh'],
    ['Ban Quản lý Khu kinh tế tỉnh', 'ban-quan-ly-khu-kinh-te-tinh'],
    ['Ban QLDA đầu tư xây dựng tỉnh', 'ban-quan-ly-du-an-dau-tu-xay-dung-tinh'],
    ['Công an tỉnh', 'cong-an-tinh'],
    ['Bộ CHQS tỉnh', 'bo-chi-huy-quan-su-tinh'],
    ['Bộ Chỉ huy BĐBP tỉnh', 'bo-chi-huy-bo-doi-bien-phong-tinh'],
    ['Trung tâm Kiểm soát bệnh tật tỉnh', 'cdc-tinh'],
    ['Trung tâm kiểm soát bệnh tật tỉnh (CDC)', 'cdc-tinh'],
    ['CDC tỉnh', 'cdc-tinh'],
    ['Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh', 'ban-chi-dao-covid-tinh'],
    ['BCĐ phòng, chống dịch Covid-19 tỉnh', 'ban-chi-dao-covid-tinh'],
    ['Ban Chỉ đạo phòng chống dịch COVID 19 tỉnh', 'ban-chi-dao-covid-tinh'],
    ['Đài PT-TH tỉnh', 'dai-phat-thanh-truyen-hinh-tinh'],
    ['Cổng thông tin điện tử tỉnh', 'cong-thong-tin-dien-tu-tinh'],
    // National.
    ['Ban Chấp hành Trung ương Đảng', 'ban-chap-hanh-trung-uong'],
    ['Bộ Chính trị', 'bo-chinh-tri'],
    ['Ban Bí thư', 'ban-bi-thu'],
    ['Chính phủ', 'chinh-phu'],
    ['Thủ tướng Chính phủ', 'thu-tuong-chinh-phu'],
    ['Quốc hội', 'quoc-hoi'],
    ['Bộ Y tế', 'bo-y-te'],
    ['Bộ LĐ-TB&XH', 'bo-lao-dong-thuong-binh-va-xa-hoi'],
    ['Quân khu 9', 'quan-khu-9'],
  ])('%s → %s', (written, id) => {
    const found = find(`Giao ${written} chủ trì.`);
    expect(found.map((m) => m.id)).toEqual([id]);
    expect(found[0]!.text).toBe(written);
    expect(found[0]!.known).toBe(true);
  });

  it('gives the canonical name, kind and level', () => {
    expect(find('UBMTTQVN tỉnh')[0]).toMatchObject({ name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', kind: 'front', level: 'province' });
    expect(find('Sở TT&TT')[0]).toMatchObject({ name: 'Sở Thông tin và Truyền thông', kind: 'state', level: 'province' });
    expect(find('BCS Đảng UBND tỉnh')[0]).toMatchObject({ name: 'Ban cán sự đảng Ủy ban nhân dân tỉnh', kind: 'party' });
    expect(find('Bộ CHQS tỉnh')[0]).toMatchObject({ kind: 'armed', level: 'province' });
    expect(find('Bộ Y tế')[0]).toMatchObject({ kind: 'national', level: 'national' });
    expect(find('Văn phòng HĐND & UBND xã')[0]).toMatchObject({ level: 'commune', name: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã' });
  });
});

describe('tone marks, case and spacing', () => {
  it.each([
    ['Ủy ban nhân dân tỉnh', 'Uỷ ban nhân dân tỉnh'],
    ['Ban Thường vụ Tỉnh ủy', 'Ban Thường vụ Tỉnh uỷ'],
    ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hoá, Thể thao và Du lịch'],
    ['Phòng Văn hóa - Xã hội', 'Phòng Văn hoá - Xã hội'],
    ['Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh', 'Ban Bảo vệ, chăm sóc sức khoẻ cán bộ tỉnh'],
    ['UBND tỉnh Khánh Hòa', 'UBND tỉnh Khánh Hoà'],
    ['Huyện ủy Thủy Nguyên', 'Huyện uỷ Thuỷ Nguyên'],
  ])('%s = %s', (oldStyle, newStyle) => {
    expect(ids(newStyle)).toEqual(ids(oldStyle));
    expect(ids(oldStyle)).toHaveLength(1);
  });

  it('keeps offsets one to one when folding', () => {
    const text = 'ỦY BAN NHÂN DÂN TỈNH Khánh Hòa, Thủy, hóa';
    const folded = foldText(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe('uỷ ban nhân dân tỉnh khánh hoà, thuỷ, hoá');
  });

  it.each([
    ['BAN THƯỜNG VỤ TỈNH ỦY', 'tinh-uy.ban-thuong-vu'],
    ['THƯỜNG TRỰC TỈNH ỦY', 'tinh-uy.thuong-truc'],
    ['ỦY BAN NHÂN DÂN TỈNH', 'ubnd-tinh'],
    ['SỞ Y TẾ', 'so-y-te'],
    ['BÍ THƯ TỈNH ỦY', 'tinh-uy.bi-thu'],
    ['ban thường vụ tỉnh ủy', 'tinh-uy.ban-thuong-vu'],
  ])('upper or lower case: %s', (written, id) => {
    expect(ids(written)).toEqual([id]);
  });

  it('lets a whitespace run (line breaks of a wrapped PDF) stand for a space', () => {
    const text = 'tham mưu Ủy ban nhân \n\ndân tỉnh và Sở  Y   tế';
    expect(find(text).map((m) => [m.id, m.text])).toEqual([
      ['ubnd-tinh', 'Ủy ban nhân \n\ndân tỉnh'],
      ['so-y-te', 'Sở  Y   tế'],
    ]);
    expect(ids('UBND\u00a0tỉnh')).toEqual(['ubnd-tinh']);
  });

  it('reads a name glued by PDF extraction (`vụTỉnh`, `báoSở`)', () => {
    expect(find('Ban Thường vụTỉnh ủy').map((m) => [m.id, m.text])).toEqual([['tinh-uy.ban-thuong-vu', 'Ban Thường vụTỉnh ủy']]);
    expect(find('Văn phòng Tỉnh ủy thông báoSở Y tế').map((m) => [m.id, m.text])).toEqual([
      ['tinh-uy.van-phong', 'Văn phòng Tỉnh ủy'],
      ['so-y-te', 'Sở Y tế'],
    ]);
  });
});

describe('word boundaries', () => {
  it.each([
    ['XUBND tỉnh'],
    ['UBND tỉnhx'],
    ['Tỉnh ủyban'],
    ['Bộ Y tếa'],
    ['QĐUBND'],
    ['cơ sở y tế'],
    ['Tỉnh ủy viên'],
    ['Đảng ủy viên'],
    ['Ủy viên Ban Chấp hành Trung ương Đảng'],
    // `báo tỉnh` (the newspaper) inside `thông báo tỉnh`.
    ['thông báo tỉnh'],
  ])('finds nothing in %s', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('does not read a member title as the committee', () => {
    expect(ids('đồng chí Lê Huyền, Tỉnh ủy viên-Phó Chủ tịch Ủy ban nhân dân tỉnh')).toEqual(['pho-chu-tich-ubnd-tinh']);
  });

  it('matches at punctuation, brackets and line ends', () => {
    expect(ids('(Sở Y tế)')).toEqual(['so-y-te']);
    expect(ids('- Sở Y tế,\n- UBND tỉnh.')).toEqual(['so-y-te', 'ubnd-tinh']);
    expect(ids('“Tỉnh ủy”')).toEqual(['tinh-uy']);
  });
});

describe('longest match first', () => {
  it.each([
    ['Ủy ban nhân dân tỉnh', ['ubnd-tinh']],
    ['Ban cán sự đảng Ủy ban nhân dân tỉnh', ['bcs-dang-ubnd-tinh']],
    ['Văn phòng Ủy ban nhân dân tỉnh', ['van-phong-ubnd-tinh']],
    ['Chủ tịch Ủy ban nhân dân tỉnh', ['chu-tich-ubnd-tinh']],
    ['Phó Chủ tịch Ủy ban nhân dân tỉnh', ['pho-chu-tich-ubnd-tinh']],
    ['Thường trực Hội đồng nhân dân tỉnh', ['thuong-truc-hdnd-tinh']],
    ['Đảng đoàn Mặt trận Tổ quốc', ['dang-doan-mttq-tinh']],
    ['Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', ['mttq-trung-uong']],
    ['Quân khu 9', ['quan-khu-9']],
    ['Đảng ủy UBND xã', ['dang-uy-ubnd-xa']],
    // A comma is a list, not part of a name.
    ['Đảng ủy, UBND xã', ['dang-uy-xa', 'ubnd-xa']],
    ['Sở Văn hóa, Thể thao và Du lịch, Sở Y tế', ['so-van-hoa-the-thao-va-du-lich', 'so-y-te']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('grouped mentions', () => {
  it('expands `Các sở: …` into one mention per department, each with its own span', () => {
    const text = 'Các sở: Y tế, Tài chính, Giáo dục và Đào tạo';
    expect(find(text).map((m) => [m.id, m.name, m.text])).toEqual([
      ['so-y-te', 'Sở Y tế', 'Y tế'],
      ['so-tai-chinh', 'Sở Tài chính', 'Tài chính'],
      ['so-giao-duc-va-dao-tao', 'Sở Giáo dục và Đào tạo', 'Giáo dục và Đào tạo'],
    ]);
  });

  it('expands `Thường trực: HĐND, UBND xã`', () => {
    expect(find('Thường trực: HĐND, UBND xã').map((m) => [m.id, m.name, m.text])).toEqual([
      ['thuong-truc-hdnd-xa', 'Thường trực Hội đồng nhân dân xã', 'HĐND'],
      ['thuong-truc-ubnd-xa', 'Thường trực Ủy ban nhân dân xã', 'UBND xã'],
    ]);
  });

  it.each([
    ['TT Tỉnh ủy, TT HĐND tỉnh', ['tinh-uy.thuong-truc', 'thuong-truc-hdnd-tinh']],
    ['Các sở Y tế, Tài chính phối hợp', ['so-y-te', 'so-tai-chinh']],
    ['Các sở: TT&TT, GD&ĐT, LĐ-TB&XH', ['so-thong-tin-va-truyen-thong', 'so-giao-duc-va-dao-tao', 'so-lao-dong-thuong-binh-va-xa-hoi']],
    ['Các sở: Văn hóa, Thể thao và Du lịch; Y tế', ['so-van-hoa-the-thao-va-du-lich', 'so-y-te']],
    ['Các ban: Tổ chức, Tuyên giáo Tỉnh ủy', ['tinh-uy.ban-to-chuc', 'tinh-uy.ban-tuyen-giao']],
    ['Ban Tổ chức, Ban Tuyên giáo, Ban Dân vận Tỉnh ủy', ['tinh-uy.ban-to-chuc', 'tinh-uy.ban-tuyen-giao', 'tinh-uy.ban-dan-van']],
    ['HĐND & UBND xã', ['hdnd-xa', 'ubnd-xa']],
    ['HĐND, UBND tỉnh', ['hdnd-tinh', 'ubnd-tinh']],
    ['Ban Thường vụ, Thường trực Tỉnh ủy', ['tinh-uy.ban-thuong-vu', 'tinh-uy.thuong-truc']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('ends a group at the next recipient line', () => {
    expect(ids('- Các sở: Y tế, Tài chính,\n- Văn phòng Ủy ban nhân dân tỉnh,')).toEqual(['so-y-te', 'so-tai-chinh', 'van-phong-ubnd-tinh']);
  });

  it('reports a member not in the gazetteer as unknown', () => {
    expect(find('Các Sở: Ngoại thương, Y tế').map((m) => [m.id, m.name, m.known])).toEqual([
      ['so-ngoai-thuong', 'Sở Ngoại thương', false],
      ['so-y-te', 'Sở Y tế', true],
    ]);
  });
});

describe('named localities', () => {
  it('expands `Huyện ủy, Ủy ban nhân dân các huyện Trà Cú, Duyên Hải` (fixture 001)', () => {
    const text = '- Huyện ủy, Ủy ban nhân dân các huyện Trà Cú, Duyên Hải chỉ đạo chặt chẽ';
    expect(find(text).map((m) => [m.id, m.name, m.text, m.known])).toEqual([
      ['huyen-uy:tra-cu', 'Huyện ủy Trà Cú', 'Huyện ủy', false],
      ['huyen-uy:duyen-hai', 'Huyện ủy Duyên Hải', 'Huyện ủy', false],
      ['ubnd-huyen:tra-cu', 'Ủy ban nhân dân huyện Trà Cú', 'Trà Cú', false],
      ['ubnd-huyen:duyen-hai', 'Ủy ban nhân dân huyện Duyên Hải', 'Duyên Hải', false],
    ]);
    expect(find(text).every((m) => m.kind === (m.id.startsWith('huyen-uy') ? 'party' : 'state') && m.level === 'district')).toBe(true);
  });

  it.each([
    ['Ủy ban nhân dân huyện Duyên Hải', 'ubnd-huyen:duyen-hai', 'Ủy ban nhân dân huyện Duyên Hải'],
    ['UBND huyện Duyên Hải', 'ubnd-huyen:duyen-hai', 'Ủy ban nhân dân huyện Duyên Hải'],
    ['Huyện ủy Trà Cú', 'huyen-uy:tra-cu', 'Huyện ủy Trà Cú'],
    ['Thành ủy Trà Vinh', 'thanh-uy:tra-vinh', 'Thành ủy Trà Vinh'],
    ['Đảng ủy xã Tân Hòa', 'dang-uy-xa:tan-hoa', 'Đảng ủy xã Tân Hòa'],
    ['TỈNH ỦY BẾN TRE', 'tinh-uy:ben-tre', 'Tỉnh ủy Bến Tre'],
    // `Đồng` starts a place's name (only `Đồng chí` after a body is not one).
    ['Ủy ban nhân dân tỉnh Đồng Nai', 'ubnd-tinh:dong-nai', 'Ủy ban nhân dân tỉnh Đồng Nai'],
    ['TỈNH ỦY LÂM ĐỒNG', 'tinh-uy:lam-dong', 'Tỉnh ủy Lâm Đồng'],
    ['UBND Phường 1', 'ubnd-phuong:1', 'Ủy ban nhân dân phường 1'],
    ['Trung tâm Y tế thành phố Trà Vinh', 'trung-tam-y-te-thanh-pho:tra-vinh', 'Trung tâm Y tế thành phố Trà Vinh'],
  ])('%s', (text, id, name) => {
    expect(find(text).map((m) => [m.id, m.name, m.text, m.known])).toEqual([[id, name, text, false]]);
  });

  it('lists `các xã A và B`', () => {
    expect(ids('UBND các xã Đôn Xuân và Thanh Sơn')).toEqual(['ubnd-xa:don-xuan', 'ubnd-xa:thanh-son']);
  });

  it('does not resolve the notice’s own province', () => {
    expect(find('Ủy ban nhân dân tỉnh chỉ đạo')[0]).toMatchObject({ id: 'ubnd-tinh', name: 'Ủy ban nhân dân tỉnh', known: true });
  });

  it('does not take a section’s number or a sentence’s first word for a place', () => {
    // commune-documents/014: a heading `… đảng bộ Uỷ ban nhân dân xã` over `I. Thực trạng …`
    expect(texts('đảng bộ Uỷ ban nhân dân xã I. Thực trạng đảng bộ')).toEqual(['Uỷ ban nhân dân xã']);
    // a ward may be numbered in Roman numerals (Phường III of Vị Thanh)
    expect(ids('Ủy ban nhân dân Phường III báo cáo')).toEqual(['ubnd-phuong:iii']);
    // commune-documents/029: `tham mưu Đảng uỷ xã Chương trình hành động …` (but Chương Mỹ is a place)
    expect(texts('tham mưu Đảng uỷ xã Chương trình hành động')).toEqual(['Đảng uỷ xã']);
    expect(texts('Ủy ban nhân dân huyện Chương Mỹ')).toEqual(['Ủy ban nhân dân huyện Chương Mỹ']);
  });

  it('does not take a person after a title for a place', () => {
    expect(ids('Bí thư Tỉnh ủy Nguyễn Văn An')).toEqual(['tinh-uy.bi-thu']);
    expect(ids('Ủy ban nhân dân tỉnh - Trưởng ban')).toEqual(['ubnd-tinh']);
  });

  // A province's name is one of a known few (data/gazetteer/words.yaml `provinces`): after `tỉnh`
  // the place is the longest of them, and nothing else is one.
  it.each([
    // A family name no list marks as one (`Hồ` also starts Hồ Chí Minh), right after the committee.
    ['Phó Bí thư Tỉnh ủy Hồ Thị Hoàng Yến chủ trì.', ['tinh-uy.pho-bi-thu'], ['Phó Bí thư Tỉnh ủy']],
    // A province whose name ends in a family name (`Dương`), then a person.
    ['Chủ tịch UBND tỉnh Bình Dương Võ Văn Minh chủ trì.', ['chu-tich-ubnd-tinh:binh-duong'], ['Chủ tịch UBND tỉnh Bình Dương']],
    ['Chủ tịch UBND tỉnh Bến Tre Trần Ngọc Tam kết luận.', ['chu-tich-ubnd-tinh:ben-tre'], ['Chủ tịch UBND tỉnh Bến Tre']],
    ['UBND tỉnh Bà Rịa - Vũng Tàu báo cáo.', ['ubnd-tinh:ba-ria-vung-tau'], ['UBND tỉnh Bà Rịa - Vũng Tàu']],
    ['UBND tỉnh Bà Rịa-Vũng Tàu báo cáo.', ['ubnd-tinh:ba-ria-vung-tau'], ['UBND tỉnh Bà Rịa-Vũng Tàu']],
    ['Ủy ban nhân dân tỉnh Thừa Thiên Huế báo cáo.', ['ubnd-tinh:thua-thien-hue'], ['Ủy ban nhân dân tỉnh Thừa Thiên Huế']],
    // A province of an earlier year (Hà Tây, 1991–2008), and an old spelling.
    ['Tỉnh ủy Hà Tây chỉ đạo.', ['tinh-uy:ha-tay'], ['Tỉnh ủy Hà Tây']],
    ['UBND tỉnh Đắc Lắc báo cáo.', ['ubnd-tinh:dac-lac'], ['UBND tỉnh Đắc Lắc']],
    // Capitalised words that start no province's name are not a place.
    ['Ủy ban nhân dân tỉnh Kế hoạch số 12 hướng dẫn.', ['ubnd-tinh'], ['Ủy ban nhân dân tỉnh']],
    ['Ủy ban nhân dân tỉnh Nhà nước giao.', ['ubnd-tinh'], ['Ủy ban nhân dân tỉnh']],
    // After `thành phố` a province-level city is taken whole; a city of a province by its words.
    ['Bí thư Thành ủy Hà Nội Nguyễn Văn An phát biểu.', ['thanh-uy.bi-thu:ha-noi'], ['Bí thư Thành ủy Hà Nội']],
    ['Giao UBND thành phố Nha Trang chủ trì.', ['ubnd-thanh-pho:nha-trang'], ['UBND thành phố Nha Trang']],
    // Elsewhere a family name and a middle name (`Văn`, `Thị`) start a person, but after `phường`.
    ['Tham dự có: Phó Chủ tịch UBND huyện Nguyễn Thị Mai; lãnh đạo Phòng Kinh tế.', ['pho-chu-tich-ubnd-huyen', 'phong-kinh-te'], ['Phó Chủ tịch UBND huyện', 'Phòng Kinh tế']],
    ['Chủ tịch UBND phường Võ Thị Sáu chủ trì.', ['chu-tich-ubnd-phuong:vo-thi-sau'], ['Chủ tịch UBND phường Võ Thị Sáu']],
    ['UBND huyện Trần Đề báo cáo.', ['ubnd-huyen:tran-de'], ['UBND huyện Trần Đề']],
    // A family name no list holds (Thạch, common in the Khmer south): the middle name tells.
    ['Chủ tịch UBND huyện Thạch Văn Lợi chủ trì.', ['chu-tich-ubnd-huyen'], ['Chủ tịch UBND huyện']],
    // A place whose second word is a middle name, with no given name after it.
    ['UBND huyện Đồng Văn báo cáo.', ['ubnd-huyen:dong-van'], ['UBND huyện Đồng Văn']],
    ['UBND huyện Văn Lâm báo cáo.', ['ubnd-huyen:van-lam'], ['UBND huyện Văn Lâm']],
  ])('after `tỉnh`, only a province: %s', (text, want, wantTexts) => {
    expect(ids(text)).toEqual(want);
    expect(texts(text)).toEqual(wantTexts);
  });
});

describe('unknown agencies', () => {
  it.each([
    ['Sở Ngoại thương phối hợp', 'so-ngoai-thuong', 'Sở Ngoại thương', 'state', 'province'],
    ['Sở Quy hoạch - Đô thị chủ trì', 'so-quy-hoach-do-thi', 'Sở Quy hoạch - Đô thị', 'state', 'province'],
    ['Ban Kinh tế Tỉnh ủy chủ trì', 'tinh-uy.ban-kinh-te', 'Ban Kinh tế Tỉnh ủy', 'party', 'province'],
    ['Ban Bảo vệ Huyện ủy', 'huyen-uy.ban-bao-ve', 'Ban Bảo vệ Huyện ủy', 'party', 'district'],
  ])('%s', (text, id, name, kind, level) => {
    expect(find(text)).toMatchObject([{ id, name, kind, level, known: false }]);
  });

  it('does not take `cơ sở` or a lower-case `sở` for a department', () => {
    expect(ids('các cơ sở Y tế, sở tại')).toEqual([]);
  });

  // A head (data/gazetteer/words.yaml, `heads`), a name, then a level word: a body of that level.
  it.each([
    // other-issuers/001, II.5: the city's research institute, in no gazetteer
    ['- Chủ động phối hợp Ban Nghiên cứu phát triển Thành phố đặt hàng, phản biện các đề tài lớn', 'ban-nghien-cuu-phat-trien-thanh-pho', 'Ban Nghiên cứu phát triển thành phố', 'Ban Nghiên cứu phát triển Thành phố', 'state', 'district'],
    // commune-documents/021: the commune's election steering committee
    ['thành lập Ban Chỉ đạo công tác bầu cử xã', 'ban-chi-dao-cong-tac-bau-cu-xa', 'Ban Chỉ đạo công tác bầu cử xã', 'Ban Chỉ đạo công tác bầu cử xã', 'state', 'commune'],
    // `xã hội` is no level word: the name goes on to `tỉnh`
    ['Giao Trung tâm Bảo trợ xã hội tỉnh tiếp nhận', 'trung-tam-bao-tro-xa-hoi-tinh', 'Trung tâm Bảo trợ xã hội tỉnh', 'Trung tâm Bảo trợ xã hội tỉnh', 'state', 'province'],
    // a stem (`Văn phòng`, known after a committee) is a head too
    ['Văn phòng Điều phối nông thôn mới tỉnh tổng hợp', 'van-phong-dieu-phoi-nong-thon-moi-tinh', 'Văn phòng Điều phối nông thôn mới tỉnh', 'Văn phòng Điều phối nông thôn mới tỉnh', 'state', 'province'],
    // a named locality after the level word
    ['Trạm Thủy nông xã Công Hải báo cáo', 'tram-thuy-nong-xa:cong-hai', 'Trạm Thủy nông xã Công Hải', 'Trạm Thủy nông xã Công Hải', 'state', 'commune'],
    ['Chi bộ Quân sự xã tổ chức sinh hoạt', 'chi-bo-quan-su-xa', 'Chi bộ Quân sự xã', 'Chi bộ Quân sự xã', 'party', 'commune'],
  ])('%s', (text, id, name, written, kind, level) => {
    expect(find(text)).toMatchObject([{ id, name, text: written, kind, level, known: false }]);
  });

  // A body the gazetteer knows at one level, written with another level's word: other-issuers/006
  // (Hồ Chí Minh City, a province-level city) and other-issuers/002 (`Cơ quan Báo&PT, TH Thành phố`).
  it('reads a known body at a level the gazetteer does not give it', () => {
    expect(find('Điều 5. Kho bạc Nhà nước Thành phố, Kho bạc Nhà nước quận - huyện có nhiệm vụ').map((m) => [m.id, m.name, m.known])).toEqual([
      ['kho-bac-nha-nuoc-thanh-pho', 'Kho bạc Nhà nước thành phố', false],
      ['kho-bac-nha-nuoc-quan', 'Kho bạc Nhà nước quận', false],
    ]);
    expect(find('- Cơ quan Báo&PT, TH Thành phố;').map((m) => [m.id, m.name, m.text])).toEqual([
      ['bao-va-phat-thanh-truyen-hinh-thanh-pho', 'Báo và Phát thanh, Truyền hình thành phố', 'Báo&PT, TH Thành phố'],
    ]);
    // A committee and a class of bodies are not read so: `Đảng ủy tỉnh` is no Đảng ủy xã of a province.
    expect(ids('Đảng ủy tỉnh chỉ đạo')).toEqual(['dang-uy']);
  });

  it('reads no name where the words after a head are a body, a sentence or a heading', () => {
    // other-issuers/001, II.3: `các Ban HĐND Thành phố` are the council's committees, no `Ban Hđnd`
    expect(ids('Phối hợp các Ban HĐND Thành phố thẩm tra')).toEqual(['hdnd-thanh-pho']);
    // more lower-case words in a row than a name has: a sentence
    expect(ids('Trạm Bơm phối hợp tuyên truyền vận động nhân dân trong toàn xã')).toEqual([]);
    // a word that subordinates ends the name before the level word
    expect(ids('Trạm Bơm hoạt động theo kế hoạch của xã')).toEqual([]);
    // all in capitals, every word is capitalised: a report's title, not a body
    expect(ids('BÁO CÁO TÌNH HÌNH KINH TẾ XÃ')).toEqual([]);
  });
});

describe('a body and the body it belongs to', () => {
  // commune-documents/011: `- Thành lập Trạm y tế trực thuộc UBND xã`
  it('gives a body written without its scope the scope of the body it belongs to', () => {
    expect(find('- Thành lập Trạm y tế trực thuộc UBND xã').map((m) => [m.text, m.id])).toEqual([
      ['Trạm y tế', 'tram-y-te-xa'],
      ['UBND xã', 'ubnd-xa'],
    ]);
    expect(ids('Trạm Y tế phối hợp UBND xã')).toEqual(['tram-y-te', 'ubnd-xa']);
  });

  // commune-notices/008: `Giao Ban Xây dựng Đảng, Uỷ ban MTTQ Việt Nam xã chỉ đạo …`
  it('does not give a committee’s organ the level word of the next body in a list', () => {
    expect(ids('Giao Ban Xây dựng Đảng, Uỷ ban MTTQ Việt Nam xã chỉ đạo')).toEqual(['dang-uy.ban-xay-dung-dang', 'mttq-xa']);
  });

  // commune-notices/006: the title of a person of another commune's party committee
  it('reads `Ban Xây dựng Đảng phường Đông Hải` as that ward’s', () => {
    expect(find('Phó Trưởng Ban Xây dựng Đảng phường Đông Hải; Tờ').map((m) => [m.id, m.name])).toEqual([
      ['dang-uy-phuong.ban-xay-dung-dang:dong-hai', 'Ban Xây dựng Đảng phường Đông Hải'],
    ]);
  });
});

describe('generic mentions', () => {
  it.each([
    'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
    'Các huyện, thành ủy',
    'các huyện, thị, thành ủy',
    'Ban Chỉ đạo phòng, chống dịch bệnh COVID-19 các huyện/thành phố',
    'ban chỉ đạo phòng, chống dịch bệnh COVID-19 tất cả các xã/phường/thị trấn',
    'Ủy ban nhân dân huyện, thị xã, thành phố',
    'Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố',
    'Hội Nông dân các cấp',
    'Đảng ủy các xã, phường, thị trấn',
    'Các ban đảng, ban cán sự đảng, đảng đoàn',
    // An unscoped name in lower case is a common noun (fixture 001).
    'thì trung tâm y tế địa phương đó tổ chức tiêm',
  ])('leaves out %s', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('reports them with includeGeneric', () => {
    const found = find('Các huyện ủy, thị ủy, thành ủy', true);
    expect(found.map((m) => [m.id, m.generic])).toEqual([
      ['huyen-uy', true],
      ['thi-uy', true],
      ['thanh-uy', true],
    ]);
    expect(find('Sở Y tế', true)[0]!.generic).toBe(false);
  });

  it('keeps an unscoped name written as a name', () => {
    expect(ids('Trung tâm Y tế tổ chức tiêm')).toEqual(['trung-tam-y-te']);
    expect(ids('TRUNG TÂM Y TẾ')).toEqual(['trung-tam-y-te']);
    expect(ids('Hội Nông dân, Hội Cựu chiến binh tỉnh')).toEqual(['hoi-nong-dan-tinh', 'hoi-cuu-chien-binh-tinh']);
    expect(ids('báo cáo của Ban Chỉ đạo phòng, chống dịch Covid-19, trong đó')).toEqual(['ban-chi-dao-covid']);
  });

  it('keeps a group of members (`Các Ủy viên Ban Thường vụ`) and a body after a generic class', () => {
    expect(ids('Các Ủy viên Ban Thường vụ Tỉnh ủy')).toEqual(['tinh-uy.uy-vien-thuong-vu']);
    // `Các sở, ngành tỉnh` is a class the gazetteer names as one: a collective agency (issue 15)
    expect(ids('Các sở, ngành tỉnh, Đảng đoàn Mặt trận Tổ quốc')).toEqual(['cac-so-ban-nganh-tinh', 'dang-doan-mttq-tinh']);
    expect(ids('phối hợp với các ngành, Sở Y tế')).toEqual(['so-y-te']);
  });
});

describe('recipients of the fixtures', () => {
  it.each([
    ['000', [
      'tinh-uy.thuong-truc', 'bcs-dang-ubnd-tinh', 'mttq-tinh', 'hdnd-tinh',
      'so-y-te', 'so-thong-tin-va-truyen-thong', 'so-nong-nghiep-va-phat-trien-nong-thon', 'ban-quan-ly-khu-kinh-te-tinh', 'so-giao-duc-va-dao-tao',
      'van-phong-ubnd-tinh', 'tinh-uy.van-phong',
    ]],
    // Classes of bodies besides these: `Các huyện ủy, thị ủy, …` (generic, left out), and `Các sở,
    // ban, ngành, đoàn thể, …`, which the gazetteer names as one collective agency.
    ['001', ['tinh-uy.thuong-truc', 'cac-so-ban-nganh', 'tinh-uy.van-phong']],
    ['002', ['tinh-uy.ban-thuong-vu', 'ban-chi-dao-covid-tinh', 'so-y-te', 'cdc-tinh', 'tinh-uy.van-phong']],
    ['003', ['tinh-uy.uy-vien-thuong-vu', 'cac-so-ban-nganh-tinh', 'dang-doan-mttq-tinh', 'cac-to-chuc-chinh-tri-xa-hoi', 'tinh-doan.ban-thuong-vu', 'tinh-uy.van-phong', 'tinh-uy.van-phong']],
    ['004', ['tinh-uy.uy-vien-thuong-vu', 'tinh-uy.van-phong']],
  ])('%s', (prefix, expected) => {
    expect(ids(recipientsBlock(prefix))).toEqual(expected);
  });

  it('gives each department of fixture 000’s grouped line its own span across the wrapped lines', () => {
    const grouped = find(recipientsBlock('000')).slice(4, 9);
    expect(grouped.map((m) => m.text)).toEqual([
      'Y tế', 'Thông tin và Truyền thông', 'Nông nghiệp và Phát triển nông thôn', 'Ban Quản lý Khu kinh tế tỉnh', 'Giáo dục và Đào tạo',
    ]);
  });
});

describe('whole fixtures', () => {
  it.each(['000', '001', '002', '003', '004'])('%s: every span points at its text', (prefix) => {
    const text = fixture(prefix);
    const found = find(text, true);
    expect(found.length).toBeGreaterThan(10);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.start);
  });

  it('001: summarises by first mention, counting mentions', () => {
    const summary = summariseAgencies(findAgencies(fixture('001')));
    expect(summary.slice(0, 4)).toEqual([
      { id: 'tinh-uy.thuong-truc', name: 'Thường trực Tỉnh ủy', kind: 'party', level: 'province', known: true, mentions: 6, collective: false },
      { id: 'tinh-uy.bi-thu', name: 'Bí thư Tỉnh ủy', kind: 'party', level: 'province', known: true, mentions: 1, collective: false },
      { id: 'bcs-dang-ubnd-tinh', name: 'Ban cán sự đảng Ủy ban nhân dân tỉnh', kind: 'party', level: 'province', known: true, mentions: 1, collective: false },
      // 10 times in the text, once inside `Ban cán sự đảng Ủy ban nhân dân tỉnh`.
      { id: 'ubnd-tinh', name: 'Ủy ban nhân dân tỉnh', kind: 'state', level: 'province', known: true, mentions: 9, collective: false },
    ]);
    const byId = new Map(summary.map((s) => [s.id, s]));
    expect(byId.get('so-y-te')?.mentions).toBe(7);
    expect(byId.get('tinh-uy.ban-tuyen-giao')?.mentions).toBe(2);
    expect(byId.get('huyen-uy:tra-cu')).toMatchObject({ name: 'Huyện ủy Trà Cú', known: false, mentions: 1 });
    expect(byId.get('cdc-tinh')?.mentions).toBe(1);
    expect(byId.get('quan-khu')?.mentions).toBe(1);
    expect(byId.has('huyen-uy')).toBe(false);
  });

  it('002: reads `Ủy viên Thường vụ Tỉnh ủy` across a line break and `(CDC)`', () => {
    const found = find(fixture('002'));
    expect(found.find((m) => m.id === 'tinh-uy.uy-vien-thuong-vu')?.text).toBe('Ủy viên Thường \n\nvụ Tỉnh ủy');
    expect(found.find((m) => m.id === 'cdc-tinh')?.text).toBe('Trung tâm kiểm soát bệnh tật tỉnh (CDC)');
  });

  it('summary leaves out generic mentions', () => {
    expect(summariseAgencies(findAgencies('Các huyện ủy, Sở Y tế', { includeGeneric: true })).map((s) => s.id)).toEqual(['so-y-te']);
  });
});

describe('findAgencyAtStart', () => {
  // The names inside a name are looked for at each of its capitalised words: findAgencyAtStart
  // must give what findAgencies gives first there, when it starts at the text's start.
  it('agrees with findAgencies at every capitalised word of the fixtures and of the cases here', () => {
    const texts = readdirSync(join(import.meta.dirname, '..', 'fixtures'))
      .filter((f) => /\.(txt|md)$/.test(f))
      .flatMap((f) => readFileSync(join(import.meta.dirname, '..', 'fixtures', f), 'utf8').split('\n'));
    texts.push('Thường trực Hội đồng nhân dân xã', 'Ủy viên Ban Thường vụ Tỉnh ủy', 'Phó Chủ tịch UBND tỉnh', 'Ban Nghiên cứu phát triển Thành phố');
    let found = 0;
    for (const line of texts) {
      for (let i = 0; i < line.length; i++) {
        if ((i > 0 && line.charAt(i - 1) !== ' ') || line.charAt(i) === line.charAt(i).toLowerCase()) continue;
        const text = line.slice(i);
        for (const home of [null, 'xa', 'tinh']) {
          const first = findAgencies(text, { home })[0];
          const expected = first !== undefined && first.start === 0 ? first : undefined;
          if (expected) found++;
          expect(findAgencyAtStart(text, { home }), text).toEqual(expected);
        }
      }
    }
    expect(found).toBeGreaterThan(300);
  });
});

describe('lookupAgency', () => {
  it('finds entries by id, not named or unknown ids', () => {
    expect(lookupAgency('so-y-te')).toMatchObject({ name: 'Sở Y tế', kind: 'state', level: 'province' });
    expect(lookupAgency('tinh-uy.thuong-truc')?.name).toBe('Thường trực Tỉnh ủy');
    expect(lookupAgency('huyen-uy:tra-cu')).toBeUndefined();
    expect(lookupAgency('nope')).toBeUndefined();
  });
});

describe('generated index', () => {
  it('agency-index.gen.ts is the index of data/gazetteer as it stands', () => {
    // The matcher reads the generated file, never the gazetteer's names: a data file edited
    // without a build would silently match the old names.
    const fresh = deriveAgencyIndex(BASE);
    const message = 'src/normalise/agency-index.gen.ts is out of date: run `npm run gen` (npm run build does)';
    for (const field of Object.keys(fresh) as (keyof typeof fresh)[]) expect(AGENCY_INDEX[field], `${message} (${field})`).toEqual(fresh[field]);
  });

  it('holds every entry of the gazetteer, as the matcher reports it', () => {
    for (const e of GAZETTEER) {
      const expected = { id: e.id, name: e.name, kind: e.kind, level: e.level, ...(e.group ? { group: true } : {}), ...(e.collective ? { collective: true } : {}) };
      expect(lookupAgency(e.id)).toStrictEqual(expected);
    }
  });

  it('the runtime never evaluates the gazetteer or the derivation', () => {
    // agencies.ts may take the gazetteer's types, not its values: evaluating gazetteer.ts expands
    // its templates, which a cold start pays for (the generated index holds what it needs).
    for (const file of MATCHER_FILES) {
      const source = readFileSync(join(import.meta.dirname, '..', 'src', 'normalise', file), 'utf8');
      const imports = source.match(/^import[^;]*from '[^']*';$/gm) ?? [];
      expect(imports.filter((i) => /gazetteer\.js|agency-index-source\.js/.test(i) && !i.startsWith('import type ')), file).toEqual([]);
    }
  });

  it('has a record for every key, and every key a line', () => {
    const lines = AGENCY_INDEX.keys.split('\n');
    expect(lines.length).toBeGreaterThan(1000);
    for (const line of lines) expect(line).toMatch(/^[^\t]+\t[0-9a-z]{5}( [0-9a-z]{3})*$/);
  });
});

describe('linear time by construction', () => {
  /** Characters visited per character of input, counted (not timed). */
  function cost(unit: string, copies: number): number {
    const text = unit.repeat(copies);
    const stats = { steps: 0 };
    findAgencies(text, { stats, includeGeneric: true });
    return stats.steps / text.length;
  }

  it.each([
    // A long key's prefix again and again: every try walks deep and fails.
    ['Ban Chỉ đạo phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona gây '],
    ['Ủy ban nhân dân '],
    ['Ủy ban nhân dân các huyện Trà Cú, '],
    ['Các sở: Y tế, '],
    ['Sở                      '],
    ['các huyện, thị, huyện, thành ủy, '],
    ['HĐND, UBND xã, '],
    ['Sở Ngoại Thương Và Đầu Tư Quốc Tế Mới '],
    // A head, then a name that runs on and never reaches a level word.
    ['Ban Nghiên cứu phát triển Chiến lược Mới '],
    ['Trung tâm Bảo trợ xã hội '],
    ['Kho bạc Nhà nước Thành phố '],
    ['vụTỉnh'],
  ])('cost per character stays flat as the input grows: %j', (unit) => {
    const small = cost(unit, 400);
    const large = cost(unit, 1600);
    expect(large).toBeLessThan(8);
    expect(Math.abs(large - small)).toBeLessThan(0.05 * small + 0.01);
  });

  /** Source without comments and string literals (a small scanner, so no regex parses the regex question). */
  function code(file: string): string {
    const src = readFileSync(join(import.meta.dirname, '..', 'src', 'normalise', file), 'utf8');
    let out = '';
    for (let i = 0; i < src.length; i++) {
      const two = src.slice(i, i + 2);
      if (two === '//') i = src.indexOf('\n', i) - 1;
      else if (two === '/*') i = src.indexOf('*/', i) + 1;
      else if (src[i] === "'" || src[i] === '"' || src[i] === '`') {
        const quote = src[i];
        for (i++; i < src.length && src[i] !== quote; i++) if (src[i] === '\\') i++;
      } else out += src[i];
    }
    return out;
  }

  // gazetteer.ts reads data files (its regular expressions check ids and dates there), not notices.
  it.each(MATCHER_FILES)('%s uses no regular expression', (file) => {
    const source = code(file);
    expect(source).not.toContain('RegExp');
    // With comments and strings gone, a `/` could only be division or a regex literal; there is neither.
    expect(source).not.toContain('/');
  });
});

describe("the notice's own level", () => {
  const at = (text: string, home: string) => findAgencies(text, { home }).map((m) => [m.text, m.name]);

  it('reads the header of the notice for its level', async () => {
    const { homeScope } = await import('../src/normalise/agencies.js');
    expect(homeScope('ĐẢNG UỶ XÃ CÔNG HẢI')).toBe('xa');
    expect(homeScope('HUYỆN ỦY TAM NÔNG')).toBe('huyen');
    expect(homeScope('TỈNH ỦY SÓC TRĂNG')).toBe('tinh');
    expect(homeScope('ỦY BAN NHÂN DÂN XÃ AN PHÚ')).toBe('xa');
    expect(homeScope('BAN CHẤP HÀNH TRUNG ƯƠNG')).toBeNull();
  });

  it('gives a body named without its scope the level of the notice', () => {
    // commune-notices/004: `Ủy ban MTTQVN, Hội Nông dân, Hội Liên hiệp phụ nữ, Hội Cựu Chiến binh` of the commune
    expect(at('Đề nghị UBND, Hội Nông dân, Hội Cựu Chiến binh phối hợp', 'xa')).toEqual([
      ['UBND', 'Ủy ban nhân dân xã'],
      ['Hội Nông dân', 'Hội Nông dân xã'],
      ['Hội Cựu Chiến binh', 'Hội Cựu chiến binh xã'],
    ]);
    expect(at('Giao Hội Nông dân chủ trì', 'tinh')).toEqual([['Hội Nông dân', 'Hội Nông dân tỉnh']]);
  });

  // other-issuers/002 (a notice of the Hà Nội People's Committee): `- VPUB: CVP, PCVP …`
  it('gives an abbreviation with no scope (`VPUB`) the level of the notice', () => {
    expect(at('- VPUB: CVP, PCVP P.T.T.Huyền', 'thanh-pho')).toEqual([['VPUB', 'Văn phòng Ủy ban nhân dân thành phố']]);
  });

  it('keeps a scope that is written, and leaves sentence words and common nouns alone', () => {
    expect(at('Ủy ban nhân dân tỉnh báo cáo; Hội Nông dân huyện tham gia', 'xa')).toEqual([
      ['Ủy ban nhân dân tỉnh', 'Ủy ban nhân dân tỉnh'],
      ['Hội Nông dân huyện', 'Hội Nông dân huyện'],
    ]);
    expect(at('Báo cáo kết quả; hội nông dân nào cũng vậy', 'tinh')).toEqual([]);
  });

  it('changes nothing without a level', () => {
    expect(findAgencies('Giao Hội Nông dân chủ trì').map((m) => m.name)).toEqual(['Hội Nông dân']);
  });
});

describe('grouped levels and abbreviated scopes', () => {
  // commune-notices/001: `trước và sau kỳ họp HĐND tỉnh, xã` names both councils
  it('reads `HĐND tỉnh, xã` as the province’s and the commune’s council', () => {
    expect(ids('tiếp xúc cử tri trước và sau kỳ họp HĐND tỉnh, xã; kịp thời thông tin')).toEqual(['hdnd-tinh', 'hdnd-xa']);
  });

  it('keeps `UBND huyện, thị xã, thành phố` a class, and `UBND tỉnh, xã Công Hải` the province’s alone', () => {
    expect(ids('Ủy ban nhân dân huyện, thị xã, thành phố duy trì trực ban')).toEqual([]);
    expect(ids('gửi UBND tỉnh, xã Công Hải')).toEqual(['ubnd-tinh']);
  });

  // A class over several levels is a class at each: `UBND các huyện, thị xã, thành phố` tells the
  // People's Committees of all three kinds of district to act.
  it.each([
    ['Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo thực hiện.', ['ubnd-huyen', 'ubnd-thi-xa', 'ubnd-thanh-pho']],
    ['Ủy ban nhân dân huyện, thị xã, thành phố duy trì trực ban.', ['ubnd-huyen', 'ubnd-thi-xa', 'ubnd-thanh-pho']],
    ['Đảng ủy các phường, xã tổ chức quán triệt.', ['dang-uy-phuong', 'dang-uy-xa']],
    // other-issuers/002, and its recipients list
    ['Ủy ban nhân dân các phường, xã có trách nhiệm chỉ đạo.', ['ubnd-phuong', 'ubnd-xa']],
    ['- UBND các xã, thị trấn;', ['ubnd-xa', 'ubnd-thi-tran']],
    // A level word that opens a body's name is that body's.
    ['UBND các xã, thành phố Nha Trang', ['ubnd-xa']],
  ])('reads a class over several levels as a class at each: %s', (text, classes) => {
    const generic = findAgencies(text, { includeGeneric: true }).filter((m) => m.generic);
    expect(generic.map((m) => m.id)).toEqual(classes);
  });

  // other-issuers/003: `- UBND TP. Hồ Chí Minh;`
  it('reads a locality after an abbreviated scope’s point (`UBND TP. Hồ Chí Minh`)', () => {
    expect(find('- UBND TP. Hồ Chí Minh;').map((m) => [m.id, m.text])).toEqual([['ubnd-thanh-pho:ho-chi-minh', 'UBND TP. Hồ Chí Minh']]);
  });
});

describe('a level written `cấp xã`', () => {
  // commune-notices/003: `báo cáo Hội đồng Đội cấp tỉnh`, `Ban Chấp hành Đoàn cấp xã`
  it('scopes a body as its level word does', () => {
    expect(ids('báo cáo Hội đồng Đội cấp tỉnh về chức danh Chủ tịch Hội đồng Đội cấp xã')).toEqual(['hoi-dong-doi-tinh', 'hoi-dong-doi-xa']);
    expect(ids('trình xin ý kiến Ban Chấp hành Đoàn cấp xã; Đoàn cấp xã xây dựng Đề án')).toEqual(['doan-thanh-nien-xa.ban-chap-hanh', 'doan-thanh-nien-xa']);
  });
});

describe('abbreviations of a recipients list', () => {
  // A Government Office's and a province's recipients (`Nơi nhận: … - Các Bộ: XD, TC, NNMT; …`).
  it('names the ministries and departments a group abbreviates', () => {
    const ids = (text: string) => findAgencies(text).map((m) => m.id);
    expect(ids('Các Bộ: XD, TC, NNMT, CA, QP, TP;')).toEqual([
      'bo-xay-dung', 'bo-tai-chinh', 'bo-nong-nghiep-va-moi-truong', 'bo-cong-an', 'bo-quoc-phong', 'bo-tu-phap',
    ]);
    expect(ids('Các Sở: XD, TC, NN&MT, NV;')).toEqual(['so-xay-dung', 'so-tai-chinh', 'so-nong-nghiep-va-moi-truong', 'so-noi-vu']);
  });
});
