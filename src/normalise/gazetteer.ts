/**
 * The agency gazetteer (SPEC §2 "agencies", FORMAT §6–§7): data only, no matching logic.
 *
 * A province's apparatus repeats the same bodies at every level (Ủy ban nhân dân tỉnh / huyện /
 * xã …; Ban Thường vụ Tỉnh ủy / Huyện ủy / Đảng ủy xã …), so most of it is written once as a
 * template over the levels and expanded below. Bodies that exist once (the Sở, the national
 * organs) are written out. `GAZETTEER` is the expanded table the matcher indexes.
 *
 * Names are the canonical long form, scoped as a notice scopes them: the notice's own province or
 * commune is never resolved (`Ủy ban nhân dân tỉnh`, `Sở Y tế`). Ids are stable slugs: a party
 * body is `<committee>.<body>` (`tinh-uy.ban-tuyen-giao`), a state body `<body>-<scope>`
 * (`ubnd-tinh`). Both tone-mark placements (`Ủy`/`Uỷ`, `hóa`/`hoá`), letter case, and `,` / `-` /
 * spacing differences are handled by the matcher, so aliases list each abbreviation once.
 */

export type AgencyKind = 'party' | 'state' | 'front' | 'armed' | 'national' | 'other';
export type AgencyLevel = 'national' | 'province' | 'district' | 'commune' | 'unknown';

export interface GazetteerEntry {
  id: string;
  name: string;
  kind: AgencyKind;
  level: AgencyLevel;
  aliases: string[];
  /** Names a set of people (`Ủy viên Ban Thường vụ …`): `các` before it does not make it generic. */
  group?: boolean;
}

/**
 * A level's scope: the word a notice puts after a state body (`Ủy ban nhân dân huyện`) and the
 * party committee of that level (`Huyện ủy`). `key` '' is the unscoped form (`Đảng ủy`, `Phòng
 * Kinh tế`): the text names the body without saying where.
 */
export interface Scope {
  key: string;
  word: string;
  /** Abbreviations of the word: `UBND TP`. */
  wordAliases: string[];
  level: AgencyLevel;
  committee: string;
  committeeId: string;
}

export const SCOPES: readonly Scope[] = [
  { key: 'tinh', word: 'tỉnh', wordAliases: [], level: 'province', committee: 'Tỉnh ủy', committeeId: 'tinh-uy' },
  { key: 'huyen', word: 'huyện', wordAliases: [], level: 'district', committee: 'Huyện ủy', committeeId: 'huyen-uy' },
  { key: 'quan', word: 'quận', wordAliases: [], level: 'district', committee: 'Quận ủy', committeeId: 'quan-uy' },
  { key: 'thi-xa', word: 'thị xã', wordAliases: ['TX'], level: 'district', committee: 'Thị ủy', committeeId: 'thi-uy' },
  { key: 'thanh-pho', word: 'thành phố', wordAliases: ['TP'], level: 'district', committee: 'Thành ủy', committeeId: 'thanh-uy' },
  { key: 'xa', word: 'xã', wordAliases: [], level: 'commune', committee: 'Đảng ủy xã', committeeId: 'dang-uy-xa' },
  { key: 'phuong', word: 'phường', wordAliases: [], level: 'commune', committee: 'Đảng ủy phường', committeeId: 'dang-uy-phuong' },
  { key: 'thi-tran', word: 'thị trấn', wordAliases: [], level: 'commune', committee: 'Đảng ủy thị trấn', committeeId: 'dang-uy-thi-tran' },
  { key: 'dac-khu', word: 'đặc khu', wordAliases: [], level: 'commune', committee: 'Đảng ủy đặc khu', committeeId: 'dang-uy-dac-khu' },
];

/** The unscoped form. Its committee is a bare `Đảng ủy`, which since 2025 is mostly a commune's. */
export const BARE_SCOPE: Scope = {
  key: '', word: '', wordAliases: [], level: 'commune', committee: 'Đảng ủy', committeeId: 'dang-uy',
};

/** P province, D district (huyện, quận, thị xã, thành phố), C commune, B unscoped. */
type ScopeSet = 'P' | 'D' | 'C' | 'B';

const SCOPE_SETS: Record<ScopeSet, readonly Scope[]> = {
  P: SCOPES.filter((s) => s.level === 'province'),
  D: SCOPES.filter((s) => s.level === 'district'),
  C: SCOPES.filter((s) => s.level === 'commune'),
  B: [BARE_SCOPE],
};

/**
 * A body repeated over levels. Placeholders: `{s}` scope word, `{U}` committee, `{sid}` scope
 * key, `{cid}` committee id. In the unscoped form ` {s}` and `-{sid}` disappear.
 */
interface Template {
  id: string;
  name: string;
  kind: AgencyKind;
  aliases: string[];
  scopes: ScopeSet[];
  /** Level of the unscoped form (B). */
  bareLevel?: AgencyLevel;
  group?: boolean;
}

/** Party organs under a committee: Tỉnh ủy, Huyện ủy / Quận ủy / Thị ủy / Thành ủy, Đảng ủy xã. */
const PARTY_TEMPLATES: Template[] = [
  { id: '{cid}', name: '{U}', kind: 'party', aliases: [], scopes: ['P', 'D', 'C', 'B'], bareLevel: 'commune' },
  { id: '{cid}.ban-chap-hanh', name: 'Ban Chấp hành Đảng bộ {s}', kind: 'party', aliases: ['BCH Đảng bộ {s}', 'Ban Chấp hành {U}', 'BCH {U}'], scopes: ['P', 'D', 'C'] },
  { id: '{cid}.ban-thuong-vu', name: 'Ban Thường vụ {U}', kind: 'party', aliases: ['BTV {U}', 'Ban TV {U}'], scopes: ['P', 'D', 'C', 'B'], bareLevel: 'commune' },
  { id: '{cid}.thuong-truc', name: 'Thường trực {U}', kind: 'party', aliases: ['TT {U}', 'TT. {U}'], scopes: ['P', 'D', 'C', 'B'], bareLevel: 'commune' },
  { id: '{cid}.van-phong', name: 'Văn phòng {U}', kind: 'party', aliases: ['VP {U}'], scopes: ['P', 'D', 'C', 'B'], bareLevel: 'commune' },
  { id: '{cid}.ban-to-chuc', name: 'Ban Tổ chức {U}', kind: 'party', aliases: ['BTC {U}'], scopes: ['P', 'D'] },
  { id: '{cid}.ban-tuyen-giao', name: 'Ban Tuyên giáo {U}', kind: 'party', aliases: ['BTG {U}'], scopes: ['P', 'D'] },
  { id: '{cid}.ban-dan-van', name: 'Ban Dân vận {U}', kind: 'party', aliases: ['BDV {U}'], scopes: ['P', 'D'] },
  // Since 2025 the two merged at province level.
  { id: '{cid}.ban-tuyen-giao-va-dan-van', name: 'Ban Tuyên giáo và Dân vận {U}', kind: 'party', aliases: ['Ban TG&DV {U}', 'Ban Tuyên giáo - Dân vận {U}', 'BTGDV {U}'], scopes: ['P'] },
  { id: '{cid}.ban-noi-chinh', name: 'Ban Nội chính {U}', kind: 'party', aliases: ['BNC {U}'], scopes: ['P'] },
  { id: '{cid}.ban-chinh-sach-chien-luoc', name: 'Ban Chính sách, chiến lược {U}', kind: 'party', aliases: [], scopes: ['P'] },
  { id: '{cid}.uy-ban-kiem-tra', name: 'Ủy ban Kiểm tra {U}', kind: 'party', aliases: ['UBKT {U}', 'UB Kiểm tra {U}'], scopes: ['P', 'D', 'C', 'B'], bareLevel: 'commune' },
  // Since 2025 a commune's committee has one department for party building.
  { id: '{cid}.ban-xay-dung-dang', name: 'Ban Xây dựng Đảng {U}', kind: 'party', aliases: ['Ban XDĐ {U}'], scopes: ['C'] },
  { id: '{cid}.bi-thu', name: 'Bí thư {U}', kind: 'party', aliases: [], scopes: ['P', 'D', 'C', 'B'], bareLevel: 'commune' },
  { id: '{cid}.pho-bi-thu', name: 'Phó Bí thư {U}', kind: 'party', aliases: ['PBT {U}'], scopes: ['P', 'D', 'C', 'B'], bareLevel: 'commune' },
  { id: '{cid}.pho-bi-thu-thuong-truc', name: 'Phó Bí thư Thường trực {U}', kind: 'party', aliases: ['Phó Bí thư TT {U}'], scopes: ['P', 'D', 'C', 'B'], bareLevel: 'commune' },
  { id: '{cid}.uy-vien-thuong-vu', name: 'Ủy viên Ban Thường vụ {U}', kind: 'party', aliases: ['Ủy viên Thường vụ {U}', 'UVTV {U}', 'UV BTV {U}', 'UVBTV {U}'], scopes: ['P', 'D', 'C', 'B'], bareLevel: 'commune', group: true },
  { id: '{cid}.uy-vien-ban-chap-hanh', name: 'Ủy viên Ban Chấp hành Đảng bộ {s}', kind: 'party', aliases: ['Ủy viên BCH Đảng bộ {s}'], scopes: ['P', 'D', 'C'], group: true },
  { id: '{cid}.trung-tam-chinh-tri', name: 'Trung tâm Chính trị {s}', kind: 'party', aliases: ['TTCT {s}'], scopes: ['D', 'C'] },
  // Party bodies inside state and front bodies.
  { id: 'dang-uy-ubnd-{sid}', name: 'Đảng ủy Ủy ban nhân dân {s}', kind: 'party', aliases: ['Đảng ủy UBND {s}'], scopes: ['P', 'C'] },
];

/** State bodies at every level: Ủy ban nhân dân, Hội đồng nhân dân and their offices. */
const STATE_TEMPLATES: Template[] = [
  { id: 'ubnd-{sid}', name: 'Ủy ban nhân dân {s}', kind: 'state', aliases: ['UBND {s}', 'UB nhân dân {s}', 'UB {s}'], scopes: ['P', 'D', 'C'] },
  { id: 'hdnd-{sid}', name: 'Hội đồng nhân dân {s}', kind: 'state', aliases: ['HĐND {s}', 'HĐ nhân dân {s}'], scopes: ['P', 'D', 'C'] },
  { id: 'thuong-truc-hdnd-{sid}', name: 'Thường trực Hội đồng nhân dân {s}', kind: 'state', aliases: ['Thường trực HĐND {s}', 'TT HĐND {s}', 'TTHĐND {s}'], scopes: ['P', 'D', 'C'] },
  { id: 'thuong-truc-ubnd-{sid}', name: 'Thường trực Ủy ban nhân dân {s}', kind: 'state', aliases: ['Thường trực UBND {s}', 'TT UBND {s}', 'TTUBND {s}'], scopes: ['P', 'D', 'C'] },
  { id: 'chu-tich-ubnd-{sid}', name: 'Chủ tịch Ủy ban nhân dân {s}', kind: 'state', aliases: ['Chủ tịch UBND {s}', 'CT UBND {s}'], scopes: ['P', 'D', 'C'] },
  { id: 'pho-chu-tich-ubnd-{sid}', name: 'Phó Chủ tịch Ủy ban nhân dân {s}', kind: 'state', aliases: ['Phó Chủ tịch UBND {s}', 'PCT UBND {s}'], scopes: ['P', 'D', 'C'] },
  { id: 'chu-tich-hdnd-{sid}', name: 'Chủ tịch Hội đồng nhân dân {s}', kind: 'state', aliases: ['Chủ tịch HĐND {s}', 'CT HĐND {s}'], scopes: ['P', 'D', 'C'] },
  { id: 'hdnd-{sid}.ban-kinh-te-ngan-sach', name: 'Ban Kinh tế - Ngân sách Hội đồng nhân dân {s}', kind: 'state', aliases: ['Ban Kinh tế - Ngân sách HĐND {s}', 'Ban KT-NS HĐND {s}'], scopes: ['P', 'D'] },
  { id: 'hdnd-{sid}.ban-phap-che', name: 'Ban Pháp chế Hội đồng nhân dân {s}', kind: 'state', aliases: ['Ban Pháp chế HĐND {s}'], scopes: ['P', 'D'] },
  { id: 'hdnd-{sid}.ban-van-hoa-xa-hoi', name: 'Ban Văn hóa - Xã hội Hội đồng nhân dân {s}', kind: 'state', aliases: ['Ban Văn hóa - Xã hội HĐND {s}', 'Ban VH-XH HĐND {s}'], scopes: ['P', 'D'] },
  { id: 'hdnd-{sid}.ban-dan-toc', name: 'Ban Dân tộc Hội đồng nhân dân {s}', kind: 'state', aliases: ['Ban Dân tộc HĐND {s}'], scopes: ['P'] },
  { id: 'van-phong-ubnd-{sid}', name: 'Văn phòng Ủy ban nhân dân {s}', kind: 'state', aliases: ['Văn phòng UBND {s}', 'VP UBND {s}', 'VPUBND {s}'], scopes: ['P'] },
  {
    id: 'van-phong-hdnd-ubnd-{sid}',
    name: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {s}',
    kind: 'state',
    aliases: ['Văn phòng HĐND và UBND {s}', 'Văn phòng HĐND & UBND {s}', 'Văn phòng HĐND-UBND {s}', 'VP HĐND & UBND {s}', 'VP HĐND và UBND {s}', 'Văn phòng HĐND&UBND {s}'],
    scopes: ['D', 'C', 'B'],
    bareLevel: 'commune',
  },
  { id: 'thanh-tra-{sid}', name: 'Thanh tra {s}', kind: 'state', aliases: [], scopes: ['P', 'D'] },
  { id: 'trung-tam-phuc-vu-hanh-chinh-cong-{sid}', name: 'Trung tâm Phục vụ hành chính công {s}', kind: 'state', aliases: ['Trung tâm PVHCC {s}', 'TT PVHCC {s}'], scopes: ['P', 'C', 'B'], bareLevel: 'unknown' },
  {
    id: 'ban-chi-dao-covid-{sid}',
    name: 'Ban Chỉ đạo phòng, chống dịch Covid-19 {s}',
    kind: 'state',
    aliases: [
      'Ban Chỉ đạo phòng, chống dịch bệnh Covid-19 {s}',
      'Ban Chỉ đạo phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona gây ra {s}',
      'BCĐ phòng, chống dịch Covid-19 {s}',
      'BCĐ phòng, chống dịch bệnh Covid-19 {s}',
      'BCĐ PCD Covid-19 {s}',
    ],
    scopes: ['P', 'D', 'C', 'B'],
    bareLevel: 'unknown',
  },
  { id: 'ban-quan-ly-du-an-dau-tu-xay-dung-{sid}', name: 'Ban Quản lý dự án đầu tư xây dựng {s}', kind: 'state', aliases: ['Ban QLDA đầu tư xây dựng {s}', 'Ban QLDA ĐTXD {s}'], scopes: ['P', 'D'] },
  // District departments (before 2025), written with or without their scope.
  { id: 'phong-noi-vu-{sid}', name: 'Phòng Nội vụ {s}', kind: 'state', aliases: [], scopes: ['D', 'B'], bareLevel: 'district' },
  { id: 'phong-tu-phap-{sid}', name: 'Phòng Tư pháp {s}', kind: 'state', aliases: [], scopes: ['D', 'B'], bareLevel: 'district' },
  { id: 'phong-tai-chinh-ke-hoach-{sid}', name: 'Phòng Tài chính - Kế hoạch {s}', kind: 'state', aliases: ['Phòng TC-KH {s}', 'Phòng Tài chính và Kế hoạch {s}'], scopes: ['D', 'B'], bareLevel: 'district' },
  { id: 'phong-giao-duc-va-dao-tao-{sid}', name: 'Phòng Giáo dục và Đào tạo {s}', kind: 'state', aliases: ['Phòng GD&ĐT {s}', 'Phòng GDĐT {s}'], scopes: ['D', 'B'], bareLevel: 'district' },
  { id: 'phong-y-te-{sid}', name: 'Phòng Y tế {s}', kind: 'state', aliases: [], scopes: ['D', 'B'], bareLevel: 'district' },
  { id: 'phong-van-hoa-va-thong-tin-{sid}', name: 'Phòng Văn hóa và Thông tin {s}', kind: 'state', aliases: ['Phòng Văn hóa - Thông tin {s}', 'Phòng VH&TT {s}', 'Phòng VHTT {s}'], scopes: ['D', 'B'], bareLevel: 'district' },
  { id: 'phong-lao-dong-thuong-binh-va-xa-hoi-{sid}', name: 'Phòng Lao động - Thương binh và Xã hội {s}', kind: 'state', aliases: ['Phòng LĐ-TB&XH {s}', 'Phòng LĐTB&XH {s}', 'Phòng Lao động, Thương binh và Xã hội {s}'], scopes: ['D', 'B'], bareLevel: 'district' },
  { id: 'phong-tai-nguyen-va-moi-truong-{sid}', name: 'Phòng Tài nguyên và Môi trường {s}', kind: 'state', aliases: ['Phòng TN&MT {s}', 'Phòng TNMT {s}'], scopes: ['D', 'B'], bareLevel: 'district' },
  { id: 'phong-nong-nghiep-va-phat-trien-nong-thon-{sid}', name: 'Phòng Nông nghiệp và Phát triển nông thôn {s}', kind: 'state', aliases: ['Phòng NN&PTNT {s}', 'Phòng NNPTNT {s}'], scopes: ['D', 'B'], bareLevel: 'district' },
  { id: 'phong-kinh-te-va-ha-tang-{sid}', name: 'Phòng Kinh tế và Hạ tầng {s}', kind: 'state', aliases: ['Phòng KT&HT {s}', 'Phòng Kinh tế - Hạ tầng {s}'], scopes: ['D', 'B'], bareLevel: 'district' },
  { id: 'phong-quan-ly-do-thi-{sid}', name: 'Phòng Quản lý đô thị {s}', kind: 'state', aliases: ['Phòng QLĐT {s}'], scopes: ['D', 'B'], bareLevel: 'district' },
  { id: 'phong-dan-toc-{sid}', name: 'Phòng Dân tộc {s}', kind: 'state', aliases: [], scopes: ['D', 'B'], bareLevel: 'district' },
  { id: 'trung-tam-y-te-{sid}', name: 'Trung tâm Y tế {s}', kind: 'state', aliases: ['TTYT {s}'], scopes: ['D', 'B'], bareLevel: 'district' },
  // Commune departments (since 2025).
  { id: 'phong-kinh-te-{sid}', name: 'Phòng Kinh tế {s}', kind: 'state', aliases: [], scopes: ['D', 'C', 'B'], bareLevel: 'commune' },
  { id: 'phong-van-hoa-xa-hoi-{sid}', name: 'Phòng Văn hóa - Xã hội {s}', kind: 'state', aliases: ['Phòng VH-XH {s}', 'Phòng Văn hóa và Xã hội {s}'], scopes: ['C', 'B'], bareLevel: 'commune' },
  { id: 'phong-kinh-te-ha-tang-va-do-thi-{sid}', name: 'Phòng Kinh tế, Hạ tầng và Đô thị {s}', kind: 'state', aliases: ['Phòng KT, HT&ĐT {s}'], scopes: ['C', 'B'], bareLevel: 'commune' },
  // Justice, at province and district.
  { id: 'toa-an-nhan-dan-{sid}', name: 'Tòa án nhân dân {s}', kind: 'state', aliases: ['TAND {s}', 'Tòa án {s}'], scopes: ['P', 'D'] },
  { id: 'vien-kiem-sat-nhan-dan-{sid}', name: 'Viện Kiểm sát nhân dân {s}', kind: 'state', aliases: ['VKSND {s}', 'Viện Kiểm sát {s}'], scopes: ['P', 'D'] },
];

/** Armed forces at every level. */
const ARMED_TEMPLATES: Template[] = [
  { id: 'cong-an-{sid}', name: 'Công an {s}', kind: 'armed', aliases: ['CA {s}'], scopes: ['P', 'D', 'C'] },
  { id: 'ban-chi-huy-quan-su-{sid}', name: 'Ban Chỉ huy Quân sự {s}', kind: 'armed', aliases: ['Ban CHQS {s}'], scopes: ['D', 'C'] },
];

/** The Front and the mass organisations, at every level. */
const FRONT_TEMPLATES: Template[] = [
  {
    id: 'mttq-{sid}',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam {s}',
    kind: 'front',
    aliases: [
      'Ủy ban MTTQ Việt Nam {s}', 'Ủy ban MTTQVN {s}', 'Ủy ban MTTQ {s}', 'Ủy ban Mặt trận Tổ quốc {s}',
      'UBMTTQVN {s}', 'UBMTTQ Việt Nam {s}', 'UBMTTQ {s}', 'UB MTTQ {s}', 'UB MTTQVN {s}',
      'Mặt trận Tổ quốc Việt Nam {s}', 'Mặt trận Tổ quốc {s}', 'MTTQ Việt Nam {s}', 'MTTQVN {s}', 'MTTQ {s}',
    ],
    scopes: ['P', 'D', 'C', 'B'],
    bareLevel: 'unknown',
  },
  { id: 'mttq-{sid}.ban-thuong-truc', name: 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam {s}', kind: 'front', aliases: ['Ban Thường trực Ủy ban MTTQ Việt Nam {s}', 'Ban Thường trực UBMTTQVN {s}', 'Ban Thường trực MTTQ {s}', 'Ban Thường trực Ủy ban MTTQ {s}'], scopes: ['P', 'D', 'C'] },
  { id: 'doan-thanh-nien-{sid}', name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh {s}', kind: 'front', aliases: ['Đoàn TNCS Hồ Chí Minh {s}', 'Đoàn TNCS HCM {s}', 'Đoàn Thanh niên {s}', 'Đoàn TN {s}'], scopes: ['P', 'D', 'C', 'B'], bareLevel: 'unknown' },
  { id: 'hoi-lien-hiep-phu-nu-{sid}', name: 'Hội Liên hiệp Phụ nữ {s}', kind: 'front', aliases: ['Hội LHPN {s}', 'Hội LH Phụ nữ {s}', 'Hội Phụ nữ {s}'], scopes: ['P', 'D', 'C', 'B'], bareLevel: 'unknown' },
  { id: 'hoi-nong-dan-{sid}', name: 'Hội Nông dân {s}', kind: 'front', aliases: ['Hội ND {s}'], scopes: ['P', 'D', 'C', 'B'], bareLevel: 'unknown' },
  { id: 'hoi-cuu-chien-binh-{sid}', name: 'Hội Cựu chiến binh {s}', kind: 'front', aliases: ['Hội CCB {s}'], scopes: ['P', 'D', 'C', 'B'], bareLevel: 'unknown' },
  { id: 'lien-doan-lao-dong-{sid}', name: 'Liên đoàn Lao động {s}', kind: 'front', aliases: ['LĐLĐ {s}', 'Liên đoàn LĐ {s}'], scopes: ['P', 'D', 'B'], bareLevel: 'unknown' },
  { id: 'hoi-chu-thap-do-{sid}', name: 'Hội Chữ thập đỏ {s}', kind: 'front', aliases: ['Hội CTĐ {s}'], scopes: ['P', 'D', 'C', 'B'], bareLevel: 'unknown' },
  { id: 'hoi-nguoi-cao-tuoi-{sid}', name: 'Hội Người cao tuổi {s}', kind: 'front', aliases: ['Hội NCT {s}'], scopes: ['P', 'D', 'C'] },
  { id: 'hoi-khuyen-hoc-{sid}', name: 'Hội Khuyến học {s}', kind: 'front', aliases: [], scopes: ['P', 'D', 'C'] },
];

/** Bodies that exist once in a province. */
const PROVINCE: GazetteerEntry[] = [
  // Party bodies that are not departments of the committee.
  { id: 'bcs-dang-ubnd-tinh', name: 'Ban cán sự đảng Ủy ban nhân dân tỉnh', kind: 'party', level: 'province', aliases: ['Ban cán sự đảng UBND tỉnh', 'BCS Đảng UBND tỉnh', 'BCSĐ UBND tỉnh', 'BCS đảng Ủy ban nhân dân tỉnh'] },
  { id: 'dang-doan-hdnd-tinh', name: 'Đảng đoàn Hội đồng nhân dân tỉnh', kind: 'party', level: 'province', aliases: ['Đảng đoàn HĐND tỉnh', 'Đảng đoàn HĐND'] },
  { id: 'dang-doan-mttq-tinh', name: 'Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', kind: 'party', level: 'province', aliases: ['Đảng đoàn MTTQ tỉnh', 'Đảng đoàn MTTQ Việt Nam tỉnh', 'Đảng đoàn Ủy ban MTTQ Việt Nam tỉnh', 'Đảng đoàn Mặt trận Tổ quốc Việt Nam tỉnh', 'Đảng đoàn Mặt trận Tổ quốc tỉnh', 'Đảng đoàn Mặt trận Tổ quốc', 'Đảng đoàn MTTQ', 'Đảng đoàn Mặt trận'] },
  { id: 'dang-doan-lien-doan-lao-dong-tinh', name: 'Đảng đoàn Liên đoàn Lao động tỉnh', kind: 'party', level: 'province', aliases: ['Đảng đoàn LĐLĐ tỉnh'] },
  { id: 'dang-doan-hoi-nong-dan-tinh', name: 'Đảng đoàn Hội Nông dân tỉnh', kind: 'party', level: 'province', aliases: [] },
  { id: 'dang-doan-hoi-lien-hiep-phu-nu-tinh', name: 'Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh', kind: 'party', level: 'province', aliases: ['Đảng đoàn Hội LHPN tỉnh'] },
  { id: 'dang-uy-hdnd-tinh', name: 'Đảng ủy Hội đồng nhân dân tỉnh', kind: 'party', level: 'province', aliases: ['Đảng ủy HĐND tỉnh'] },
  { id: 'dang-uy-mttq-tinh', name: 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh', kind: 'party', level: 'province', aliases: ['Đảng ủy MTTQ, các đoàn thể tỉnh', 'Đảng ủy Mặt trận Tổ quốc và các đoàn thể tỉnh', 'Đảng ủy MTTQ và các đoàn thể tỉnh', 'Đảng ủy MTTQ tỉnh'] },
  { id: 'dang-uy-cac-co-quan-dang-tinh', name: 'Đảng ủy các cơ quan Đảng tỉnh', kind: 'party', level: 'province', aliases: ['Đảng ủy các cơ quan đảng tỉnh'] },
  { id: 'dang-uy-khoi-cac-co-quan-tinh', name: 'Đảng ủy Khối các cơ quan tỉnh', kind: 'party', level: 'province', aliases: ['Đảng ủy Khối Cơ quan tỉnh', 'Đảng ủy Khối các cơ quan'] },
  { id: 'dang-uy-khoi-doanh-nghiep-tinh', name: 'Đảng ủy Khối Doanh nghiệp tỉnh', kind: 'party', level: 'province', aliases: ['Đảng ủy Khối doanh nghiệp'] },
  { id: 'dang-uy-khoi-co-quan-va-doanh-nghiep-tinh', name: 'Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh', kind: 'party', level: 'province', aliases: ['Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh', 'Đảng ủy Khối Cơ quan và Doanh nghiệp'] },
  { id: 'dang-uy-quan-su-tinh', name: 'Đảng ủy Quân sự tỉnh', kind: 'party', level: 'province', aliases: [] },
  { id: 'dang-uy-cong-an-tinh', name: 'Đảng ủy Công an tỉnh', kind: 'party', level: 'province', aliases: [] },
  { id: 'dang-uy-bo-doi-bien-phong-tinh', name: 'Đảng ủy Bộ đội Biên phòng tỉnh', kind: 'party', level: 'province', aliases: ['Đảng ủy BĐBP tỉnh'] },
  { id: 'truong-chinh-tri-tinh', name: 'Trường Chính trị tỉnh', kind: 'party', level: 'province', aliases: [] },
  { id: 'ban-bao-ve-suc-khoe-can-bo-tinh', name: 'Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh', kind: 'party', level: 'province', aliases: ['Ban BVCSSK cán bộ tỉnh', 'Ban Bảo vệ sức khỏe cán bộ tỉnh'] },
  // A commune's committee written without its scope, as its own notices write it.
  { id: 'dang-uy.ban-xay-dung-dang', name: 'Ban Xây dựng Đảng', kind: 'party', level: 'commune', aliases: ['Ban XDĐ', 'Ban Xây dựng Đảng Đảng ủy', 'Ban XDĐ Đảng ủy'] },
  { id: 'bao-tinh', name: 'Báo tỉnh', kind: 'party', level: 'province', aliases: ['Báo Đảng bộ tỉnh'] },

  // The provincial departments (Sở).
  { id: 'so-y-te', name: 'Sở Y tế', kind: 'state', level: 'province', aliases: ['SYT'] },
  { id: 'so-tai-chinh', name: 'Sở Tài chính', kind: 'state', level: 'province', aliases: [] },
  { id: 'so-ke-hoach-va-dau-tu', name: 'Sở Kế hoạch và Đầu tư', kind: 'state', level: 'province', aliases: ['Sở KH&ĐT', 'Sở KHĐT', 'Sở Kế hoạch - Đầu tư', 'Sở KH và ĐT'] },
  { id: 'so-giao-duc-va-dao-tao', name: 'Sở Giáo dục và Đào tạo', kind: 'state', level: 'province', aliases: ['Sở GD&ĐT', 'Sở GDĐT', 'Sở Giáo dục - Đào tạo', 'Sở GD và ĐT'] },
  { id: 'so-noi-vu', name: 'Sở Nội vụ', kind: 'state', level: 'province', aliases: [] },
  { id: 'so-tu-phap', name: 'Sở Tư pháp', kind: 'state', level: 'province', aliases: [] },
  { id: 'so-cong-thuong', name: 'Sở Công Thương', kind: 'state', level: 'province', aliases: ['Sở CT'] },
  { id: 'so-nong-nghiep-va-phat-trien-nong-thon', name: 'Sở Nông nghiệp và Phát triển nông thôn', kind: 'state', level: 'province', aliases: ['Sở NN&PTNT', 'Sở NNPTNT', 'Sở Nông nghiệp và PTNT', 'Sở NN và PTNT'] },
  { id: 'so-nong-nghiep-va-moi-truong', name: 'Sở Nông nghiệp và Môi trường', kind: 'state', level: 'province', aliases: ['Sở NN&MT', 'Sở NNMT', 'Sở Nông nghiệp - Môi trường'] },
  { id: 'so-tai-nguyen-va-moi-truong', name: 'Sở Tài nguyên và Môi trường', kind: 'state', level: 'province', aliases: ['Sở TN&MT', 'Sở TNMT', 'Sở Tài nguyên - Môi trường'] },
  { id: 'so-xay-dung', name: 'Sở Xây dựng', kind: 'state', level: 'province', aliases: ['Sở XD'] },
  { id: 'so-giao-thong-van-tai', name: 'Sở Giao thông vận tải', kind: 'state', level: 'province', aliases: ['Sở GTVT', 'Sở Giao thông - Vận tải'] },
  { id: 'so-khoa-hoc-va-cong-nghe', name: 'Sở Khoa học và Công nghệ', kind: 'state', level: 'province', aliases: ['Sở KH&CN', 'Sở KHCN', 'Sở Khoa học - Công nghệ'] },
  { id: 'so-thong-tin-va-truyen-thong', name: 'Sở Thông tin và Truyền thông', kind: 'state', level: 'province', aliases: ['Sở TT&TT', 'Sở TTTT', 'Sở TT-TT', 'Sở Thông tin - Truyền thông'] },
  { id: 'so-lao-dong-thuong-binh-va-xa-hoi', name: 'Sở Lao động - Thương binh và Xã hội', kind: 'state', level: 'province', aliases: ['Sở LĐ-TB&XH', 'Sở LĐTB&XH', 'Sở LĐTBXH', 'Sở Lao động, Thương binh và Xã hội'] },
  { id: 'so-van-hoa-the-thao-va-du-lich', name: 'Sở Văn hóa, Thể thao và Du lịch', kind: 'state', level: 'province', aliases: ['Sở VH,TT&DL', 'Sở VHTT&DL', 'Sở VHTTDL', 'Sở VH-TT&DL', 'Sở VH, TT và DL'] },
  { id: 'so-van-hoa-va-the-thao', name: 'Sở Văn hóa và Thể thao', kind: 'state', level: 'province', aliases: ['Sở VH&TT', 'Sở Văn hóa - Thể thao'] },
  { id: 'so-du-lich', name: 'Sở Du lịch', kind: 'state', level: 'province', aliases: [] },
  { id: 'so-van-hoa-va-thong-tin', name: 'Sở Văn hóa và Thông tin', kind: 'state', level: 'province', aliases: ['Sở Văn hóa - Thông tin'] },
  { id: 'so-ngoai-vu', name: 'Sở Ngoại vụ', kind: 'state', level: 'province', aliases: [] },
  { id: 'so-dan-toc-va-ton-giao', name: 'Sở Dân tộc và Tôn giáo', kind: 'state', level: 'province', aliases: ['Sở DT&TG', 'Sở Dân tộc - Tôn giáo'] },
  { id: 'so-quy-hoach-kien-truc', name: 'Sở Quy hoạch - Kiến trúc', kind: 'state', level: 'province', aliases: ['Sở QH-KT'] },
  { id: 'so-chi-huy-phong-chong-dich-tinh', name: 'Sở Chỉ huy phòng, chống dịch Covid-19 tỉnh', kind: 'state', level: 'province', aliases: ['Sở Chỉ huy phòng, chống dịch bệnh Covid-19 tỉnh'] },

  // Other provincial state bodies.
  { id: 'ban-dan-toc-tinh', name: 'Ban Dân tộc tỉnh', kind: 'state', level: 'province', aliases: [] },
  { id: 'ban-thi-dua-khen-thuong-tinh', name: 'Ban Thi đua - Khen thưởng tỉnh', kind: 'state', level: 'province', aliases: ['Ban TĐKT tỉnh'] },
  { id: 'ban-quan-ly-khu-kinh-te-tinh', name: 'Ban Quản lý Khu kinh tế tỉnh', kind: 'state', level: 'province', aliases: ['Ban Quản lý Khu kinh tế', 'Ban QL Khu kinh tế tỉnh', 'BQL Khu kinh tế tỉnh', 'Ban Quản lý KKT tỉnh', 'Ban Quản lý các Khu kinh tế tỉnh'] },
  { id: 'ban-quan-ly-cac-khu-cong-nghiep-tinh', name: 'Ban Quản lý các Khu công nghiệp tỉnh', kind: 'state', level: 'province', aliases: ['Ban Quản lý các KCN tỉnh', 'Ban Quản lý các khu công nghiệp'] },
  { id: 'ban-quan-ly-du-an-giao-thong-tinh', name: 'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh', kind: 'state', level: 'province', aliases: ['Ban QLDA giao thông tỉnh'] },
  { id: 'ban-quan-ly-du-an-dan-dung-tinh', name: 'Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh', kind: 'state', level: 'province', aliases: ['Ban QLDA dân dụng và công nghiệp tỉnh'] },
  { id: 'ban-quan-ly-du-an-nong-nghiep-tinh', name: 'Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh', kind: 'state', level: 'province', aliases: ['Ban QLDA nông nghiệp tỉnh'] },
  { id: 'van-phong-doan-dbqh-va-hdnd-tinh', name: 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh', kind: 'state', level: 'province', aliases: ['Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'Văn phòng Đoàn ĐBQH & HĐND tỉnh', 'Văn phòng Đoàn ĐBQH, HĐND tỉnh', 'VP Đoàn ĐBQH và HĐND tỉnh', 'Văn phòng Đoàn Đại biểu Quốc hội và HĐND tỉnh'] },
  { id: 'van-phong-hdnd-tinh', name: 'Văn phòng Hội đồng nhân dân tỉnh', kind: 'state', level: 'province', aliases: ['Văn phòng HĐND tỉnh', 'VP HĐND tỉnh'] },
  { id: 'doan-dbqh-tinh', name: 'Đoàn đại biểu Quốc hội tỉnh', kind: 'state', level: 'province', aliases: ['Đoàn ĐBQH tỉnh', 'Đoàn Đại biểu Quốc hội tỉnh'] },
  { id: 'cdc-tinh', name: 'Trung tâm Kiểm soát bệnh tật tỉnh', kind: 'state', level: 'province', aliases: ['Trung tâm Kiểm soát bệnh tật tỉnh (CDC)', 'Trung tâm Kiểm soát bệnh tật (CDC)', 'Trung tâm Kiểm soát bệnh tật', 'CDC tỉnh', 'CDC', 'Trung tâm KSBT tỉnh'] },
  { id: 'benh-vien-da-khoa-tinh', name: 'Bệnh viện Đa khoa tỉnh', kind: 'state', level: 'province', aliases: ['BVĐK tỉnh'] },
  { id: 'dai-phat-thanh-truyen-hinh-tinh', name: 'Đài Phát thanh và Truyền hình tỉnh', kind: 'state', level: 'province', aliases: ['Đài Phát thanh - Truyền hình tỉnh', 'Đài PT-TH tỉnh', 'Đài PTTH tỉnh', 'Đài PT&TH tỉnh'] },
  { id: 'bao-va-phat-thanh-truyen-hinh-tinh', name: 'Báo và Phát thanh, Truyền hình tỉnh', kind: 'state', level: 'province', aliases: ['Báo và PT-TH tỉnh'] },
  { id: 'cong-thong-tin-dien-tu-tinh', name: 'Cổng thông tin điện tử tỉnh', kind: 'state', level: 'province', aliases: ['Cổng TTĐT tỉnh'] },
  { id: 'kho-bac-nha-nuoc-tinh', name: 'Kho bạc Nhà nước tỉnh', kind: 'state', level: 'province', aliases: ['KBNN tỉnh'] },
  { id: 'cuc-thue-tinh', name: 'Cục Thuế tỉnh', kind: 'state', level: 'province', aliases: [] },
  { id: 'cuc-thong-ke-tinh', name: 'Cục Thống kê tỉnh', kind: 'state', level: 'province', aliases: [] },
  { id: 'cuc-hai-quan-tinh', name: 'Cục Hải quan tỉnh', kind: 'state', level: 'province', aliases: [] },
  { id: 'cuc-thi-hanh-an-dan-su-tinh', name: 'Cục Thi hành án dân sự tỉnh', kind: 'state', level: 'province', aliases: ['Cục THADS tỉnh'] },
  { id: 'bao-hiem-xa-hoi-tinh', name: 'Bảo hiểm xã hội tỉnh', kind: 'state', level: 'province', aliases: ['BHXH tỉnh'] },
  { id: 'ngan-hang-nha-nuoc-chi-nhanh-tinh', name: 'Ngân hàng Nhà nước chi nhánh tỉnh', kind: 'state', level: 'province', aliases: ['NHNN chi nhánh tỉnh'] },
  { id: 'lien-minh-hop-tac-xa-tinh', name: 'Liên minh Hợp tác xã tỉnh', kind: 'other', level: 'province', aliases: ['Liên minh HTX tỉnh'] },

  // Armed forces of the province.
  { id: 'bo-chi-huy-quan-su-tinh', name: 'Bộ Chỉ huy Quân sự tỉnh', kind: 'armed', level: 'province', aliases: ['Bộ CHQS tỉnh', 'BCHQS tỉnh'] },
  { id: 'bo-chi-huy-bo-doi-bien-phong-tinh', name: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', kind: 'armed', level: 'province', aliases: ['Bộ Chỉ huy BĐBP tỉnh', 'BĐBP tỉnh', 'Bộ đội Biên phòng tỉnh'] },
  { id: 'ban-chi-huy-phong-thu-khu-vuc', name: 'Ban Chỉ huy Phòng thủ khu vực', kind: 'armed', level: 'unknown', aliases: [] },

  // Front and mass organisations of the province that have no counterpart below it.
  { id: 'tinh-doan.ban-thuong-vu', name: 'Ban Thường vụ Tỉnh đoàn', kind: 'front', level: 'province', aliases: ['BTV Tỉnh đoàn'] },
  { id: 'lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-tinh', name: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh', kind: 'front', level: 'province', aliases: ['Liên hiệp các Hội KH&KT tỉnh'] },
  { id: 'lien-hiep-cac-to-chuc-huu-nghi-tinh', name: 'Liên hiệp các tổ chức hữu nghị tỉnh', kind: 'front', level: 'province', aliases: [] },
  { id: 'hoi-van-hoc-nghe-thuat-tinh', name: 'Hội Văn học nghệ thuật tỉnh', kind: 'front', level: 'province', aliases: ['Hội VHNT tỉnh'] },
  { id: 'hoi-nha-bao-tinh', name: 'Hội Nhà báo tỉnh', kind: 'front', level: 'province', aliases: [] },
  { id: 'hoi-luat-gia-tinh', name: 'Hội Luật gia tỉnh', kind: 'front', level: 'province', aliases: [] },
  { id: 'hoi-cuu-thanh-nien-xung-phong-tinh', name: 'Hội Cựu Thanh niên xung phong tỉnh', kind: 'front', level: 'province', aliases: ['Hội Cựu TNXP tỉnh'] },
];

/** National organs a provincial notice cites or reports to. */
const NATIONAL: GazetteerEntry[] = [
  { id: 'ban-chap-hanh-trung-uong', name: 'Ban Chấp hành Trung ương Đảng', kind: 'national', level: 'national', aliases: ['Ban Chấp hành Trung ương', 'BCH Trung ương Đảng', 'BCH Trung ương', 'BCHTW', 'BCH TW', 'Trung ương Đảng'] },
  { id: 'bo-chinh-tri', name: 'Bộ Chính trị', kind: 'national', level: 'national', aliases: [] },
  { id: 'ban-bi-thu', name: 'Ban Bí thư', kind: 'national', level: 'national', aliases: ['Ban Bí thư Trung ương Đảng', 'Ban Bí thư Trung ương'] },
  { id: 'van-phong-trung-uong-dang', name: 'Văn phòng Trung ương Đảng', kind: 'national', level: 'national', aliases: ['VPTW', 'Văn phòng Trung ương'] },
  { id: 'ban-to-chuc-trung-uong', name: 'Ban Tổ chức Trung ương', kind: 'national', level: 'national', aliases: ['BTCTW'] },
  { id: 'ban-tuyen-giao-trung-uong', name: 'Ban Tuyên giáo Trung ương', kind: 'national', level: 'national', aliases: ['BTGTW'] },
  { id: 'ban-tuyen-giao-va-dan-van-trung-uong', name: 'Ban Tuyên giáo và Dân vận Trung ương', kind: 'national', level: 'national', aliases: [] },
  { id: 'ban-dan-van-trung-uong', name: 'Ban Dân vận Trung ương', kind: 'national', level: 'national', aliases: [] },
  { id: 'ban-noi-chinh-trung-uong', name: 'Ban Nội chính Trung ương', kind: 'national', level: 'national', aliases: [] },
  { id: 'ban-kinh-te-trung-uong', name: 'Ban Kinh tế Trung ương', kind: 'national', level: 'national', aliases: [] },
  { id: 'ban-chinh-sach-chien-luoc-trung-uong', name: 'Ban Chính sách, chiến lược Trung ương', kind: 'national', level: 'national', aliases: [] },
  { id: 'ban-doi-ngoai-trung-uong', name: 'Ban Đối ngoại Trung ương', kind: 'national', level: 'national', aliases: [] },
  { id: 'uy-ban-kiem-tra-trung-uong', name: 'Ủy ban Kiểm tra Trung ương', kind: 'national', level: 'national', aliases: ['UBKTTW', 'UBKT Trung ương'] },
  { id: 'chinh-phu', name: 'Chính phủ', kind: 'national', level: 'national', aliases: [] },
  { id: 'thu-tuong-chinh-phu', name: 'Thủ tướng Chính phủ', kind: 'national', level: 'national', aliases: ['Thủ tướng'] },
  { id: 'van-phong-chinh-phu', name: 'Văn phòng Chính phủ', kind: 'national', level: 'national', aliases: ['VPCP'] },
  { id: 'quoc-hoi', name: 'Quốc hội', kind: 'national', level: 'national', aliases: [] },
  { id: 'uy-ban-thuong-vu-quoc-hoi', name: 'Ủy ban Thường vụ Quốc hội', kind: 'national', level: 'national', aliases: ['UBTVQH'] },
  { id: 'chu-tich-nuoc', name: 'Chủ tịch nước', kind: 'national', level: 'national', aliases: [] },
  { id: 'mttq-trung-uong', name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', kind: 'national', level: 'national', aliases: ['Ủy ban Trung ương MTTQ Việt Nam', 'UBTW MTTQVN', 'Trung ương MTTQ Việt Nam'] },
  { id: 'trung-uong-doan', name: 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', kind: 'national', level: 'national', aliases: ['Trung ương Đoàn TNCS Hồ Chí Minh', 'Trung ương Đoàn'] },
  { id: 'bo-y-te', name: 'Bộ Y tế', kind: 'national', level: 'national', aliases: ['BYT'] },
  { id: 'bo-tai-chinh', name: 'Bộ Tài chính', kind: 'national', level: 'national', aliases: [] },
  { id: 'bo-ke-hoach-va-dau-tu', name: 'Bộ Kế hoạch và Đầu tư', kind: 'national', level: 'national', aliases: ['Bộ KH&ĐT'] },
  { id: 'bo-giao-duc-va-dao-tao', name: 'Bộ Giáo dục và Đào tạo', kind: 'national', level: 'national', aliases: ['Bộ GD&ĐT'] },
  { id: 'bo-noi-vu', name: 'Bộ Nội vụ', kind: 'national', level: 'national', aliases: [] },
  { id: 'bo-tu-phap', name: 'Bộ Tư pháp', kind: 'national', level: 'national', aliases: [] },
  { id: 'bo-cong-thuong', name: 'Bộ Công Thương', kind: 'national', level: 'national', aliases: [] },
  { id: 'bo-nong-nghiep-va-phat-trien-nong-thon', name: 'Bộ Nông nghiệp và Phát triển nông thôn', kind: 'national', level: 'national', aliases: ['Bộ NN&PTNT'] },
  { id: 'bo-nong-nghiep-va-moi-truong', name: 'Bộ Nông nghiệp và Môi trường', kind: 'national', level: 'national', aliases: ['Bộ NN&MT'] },
  { id: 'bo-tai-nguyen-va-moi-truong', name: 'Bộ Tài nguyên và Môi trường', kind: 'national', level: 'national', aliases: ['Bộ TN&MT'] },
  { id: 'bo-xay-dung', name: 'Bộ Xây dựng', kind: 'national', level: 'national', aliases: [] },
  { id: 'bo-giao-thong-van-tai', name: 'Bộ Giao thông vận tải', kind: 'national', level: 'national', aliases: ['Bộ GTVT'] },
  { id: 'bo-khoa-hoc-va-cong-nghe', name: 'Bộ Khoa học và Công nghệ', kind: 'national', level: 'national', aliases: ['Bộ KH&CN'] },
  { id: 'bo-thong-tin-va-truyen-thong', name: 'Bộ Thông tin và Truyền thông', kind: 'national', level: 'national', aliases: ['Bộ TT&TT'] },
  { id: 'bo-lao-dong-thuong-binh-va-xa-hoi', name: 'Bộ Lao động - Thương binh và Xã hội', kind: 'national', level: 'national', aliases: ['Bộ LĐ-TB&XH', 'Bộ Lao động, Thương binh và Xã hội'] },
  { id: 'bo-van-hoa-the-thao-va-du-lich', name: 'Bộ Văn hóa, Thể thao và Du lịch', kind: 'national', level: 'national', aliases: ['Bộ VH,TT&DL', 'Bộ VHTT&DL'] },
  { id: 'bo-ngoai-giao', name: 'Bộ Ngoại giao', kind: 'national', level: 'national', aliases: [] },
  { id: 'bo-quoc-phong', name: 'Bộ Quốc phòng', kind: 'national', level: 'national', aliases: ['BQP'] },
  { id: 'bo-cong-an', name: 'Bộ Công an', kind: 'national', level: 'national', aliases: ['BCA'] },
  { id: 'bo-dan-toc-va-ton-giao', name: 'Bộ Dân tộc và Tôn giáo', kind: 'national', level: 'national', aliases: [] },
  { id: 'uy-ban-dan-toc', name: 'Ủy ban Dân tộc', kind: 'national', level: 'national', aliases: [] },
  { id: 'thanh-tra-chinh-phu', name: 'Thanh tra Chính phủ', kind: 'national', level: 'national', aliases: [] },
  { id: 'ngan-hang-nha-nuoc-viet-nam', name: 'Ngân hàng Nhà nước Việt Nam', kind: 'national', level: 'national', aliases: ['Ngân hàng Nhà nước'] },
  { id: 'kiem-toan-nha-nuoc', name: 'Kiểm toán Nhà nước', kind: 'national', level: 'national', aliases: [] },
  { id: 'toa-an-nhan-dan-toi-cao', name: 'Tòa án nhân dân tối cao', kind: 'national', level: 'national', aliases: ['TANDTC'] },
  { id: 'vien-kiem-sat-nhan-dan-toi-cao', name: 'Viện Kiểm sát nhân dân tối cao', kind: 'national', level: 'national', aliases: ['VKSNDTC'] },
  { id: 'bao-hiem-xa-hoi-viet-nam', name: 'Bảo hiểm xã hội Việt Nam', kind: 'national', level: 'national', aliases: ['BHXH Việt Nam'] },
  // Armed forces above the province.
  { id: 'quan-khu', name: 'Quân khu', kind: 'armed', level: 'national', aliases: ['Bộ Tư lệnh Quân khu'] },
  ...[1, 2, 3, 4, 5, 7, 9].map((n): GazetteerEntry => ({
    id: `quan-khu-${n}`, name: `Quân khu ${n}`, kind: 'armed', level: 'national', aliases: [`Bộ Tư lệnh Quân khu ${n}`, `QK${n}`],
  })),
  { id: 'bo-tu-lenh-bo-doi-bien-phong', name: 'Bộ Tư lệnh Bộ đội Biên phòng', kind: 'armed', level: 'national', aliases: ['Bộ Tư lệnh BĐBP'] },
];

/** Aliases that only one scope's entry has: codes and one-word names (`VPTU`, `Tỉnh đoàn`). */
const EXTRA_ALIASES: Record<string, string[]> = {
  'tinh-uy.thuong-truc': ['TTTU', 'TT.TU'],
  'tinh-uy.ban-thuong-vu': ['BTVTU'],
  'tinh-uy.van-phong': ['VPTU'],
  'tinh-uy.uy-ban-kiem-tra': ['UBKTTU'],
  'tinh-uy.ban-to-chuc': ['BTCTU'],
  'tinh-uy.ban-tuyen-giao': ['BTGTU'],
  'tinh-uy.ban-dan-van': ['BDVTU'],
  'tinh-uy.uy-vien-thuong-vu': ['UVTVTU'],
  'huyen-uy.van-phong': ['VPHU'],
  'huyen-uy.thuong-truc': ['TTHU'],
  'huyen-uy.ban-thuong-vu': ['BTVHU'],
  'dang-uy.van-phong': ['VPĐU'],
  'dang-uy.thuong-truc': ['TTĐU'],
  'dang-uy.uy-vien-thuong-vu': ['ĐUV Thường vụ'],
  'doan-thanh-nien-tinh': ['Tỉnh đoàn'],
  'doan-thanh-nien-huyen': ['Huyện đoàn'],
  'doan-thanh-nien-quan': ['Quận đoàn'],
  'doan-thanh-nien-thi-xa': ['Thị đoàn'],
  'doan-thanh-nien-thanh-pho': ['Thành đoàn'],
  'lien-doan-lao-dong-tinh': ['Công đoàn tỉnh'],
  'ban-chi-dao-covid': ['BCĐ phòng, chống dịch'],
};

/**
 * Grouped recipients: `Các sở: Y tế, Tài chính` names `Sở Y tế` and `Sở Tài chính`. Each member
 * is read as `<prefix> <member>`; `colon: 'optional'` also accepts the head followed directly by
 * a capitalised member (`Các sở Y tế, Tài chính`). `unknown` is what a member not in the
 * gazetteer is reported as.
 */
export interface GroupHead {
  head: string;
  prefix: string;
  colon: 'required' | 'optional';
  unknown?: { kind: AgencyKind; level: AgencyLevel };
}

export const GROUP_HEADS: readonly GroupHead[] = [
  { head: 'Các sở', prefix: 'Sở', colon: 'optional', unknown: { kind: 'state', level: 'province' } },
  { head: 'Sở', prefix: 'Sở', colon: 'required', unknown: { kind: 'state', level: 'province' } },
  { head: 'Các Bộ', prefix: 'Bộ', colon: 'optional', unknown: { kind: 'national', level: 'national' } },
  { head: 'Thường trực', prefix: 'Thường trực', colon: 'required' },
  { head: 'TT', prefix: 'TT', colon: 'required' },
  { head: 'Các ban', prefix: 'Ban', colon: 'required' },
  { head: 'Các ban Đảng', prefix: 'Ban', colon: 'required' },
  { head: 'Các phòng', prefix: 'Phòng', colon: 'optional' },
  { head: 'Các Hội', prefix: 'Hội', colon: 'required' },
];

/**
 * Phrases that contain an agency's name but are not a mention of it: a member's title
 * (`Tỉnh ủy viên`, `Ủy viên Ban Chấp hành Trung ương Đảng`), a class of bodies (`đảng ủy trực
 * thuộc Tỉnh ủy`). The matcher consumes them and reports nothing.
 */
export const NOT_AGENCIES: readonly string[] = [
  ...[...SCOPES, BARE_SCOPE].flatMap((s) => [`${s.committee} viên`, `trực thuộc ${s.committee}`, `đảng ủy trực thuộc ${s.committee}`]),
  'đảng ủy trực thuộc',
  'ĐUV',
  'Ủy viên Ban Chấp hành Trung ương Đảng',
  'Ủy viên Ban Chấp hành Trung ương',
  'Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng',
  'Ủy viên Trung ương Đảng',
  'Ủy viên Bộ Chính trị',
  'Ủy viên Ban Bí thư',
  'Trưởng ban Thường trực',
  'Phó Trưởng ban Thường trực',
];

function fill(text: string, scope: Scope): string {
  const word = scope.word;
  return text
    .replaceAll('{U}', scope.committee)
    .replaceAll('{cid}', scope.committeeId)
    .replaceAll('-{sid}', scope.key ? `-${scope.key}` : '')
    .replaceAll('{sid}', scope.key)
    .replaceAll(' {s}', word ? ` ${word}` : '')
    .replaceAll('{s}', word);
}

/** Every alias of a template at one scope, also with the scope word's abbreviations (`UBND TP`). */
function fillAliases(t: Template, scope: Scope): string[] {
  const forms = [t.name, ...t.aliases].filter((a) => a.includes('{s}'));
  const extra = scope.wordAliases.flatMap((w) => forms.map((a) => fill(a, { ...scope, word: w })));
  return [...t.aliases.map((a) => fill(a, scope)), ...extra];
}

function expand(t: Template): GazetteerEntry[] {
  return t.scopes.flatMap((set) =>
    SCOPE_SETS[set].map((scope): GazetteerEntry => {
      const entry: GazetteerEntry = {
        id: fill(t.id, scope),
        name: fill(t.name, scope),
        kind: t.kind,
        level: scope.key ? scope.level : (t.bareLevel ?? 'unknown'),
        aliases: fillAliases(t, scope),
      };
      if (t.group) entry.group = true;
      return entry;
    }),
  );
}

function withExtraAliases(entry: GazetteerEntry): GazetteerEntry {
  const extra = EXTRA_ALIASES[entry.id];
  const aliases = [...new Set([...entry.aliases, ...(extra ?? [])])].filter((a) => a !== entry.name);
  return { ...entry, aliases };
}

const TEMPLATES = [...PARTY_TEMPLATES, ...STATE_TEMPLATES, ...ARMED_TEMPLATES, ...FRONT_TEMPLATES];

/** The whole table: templates expanded over their levels, then the single bodies. */
export const GAZETTEER: readonly GazetteerEntry[] = [
  ...TEMPLATES.flatMap(expand),
  ...PROVINCE,
  ...NATIONAL,
].map(withExtraAliases);
