/**
 * The output contract (SPEC §2, schema version 1). Every notice printed or written is validated
 * against `NoticeSchema` first; `notice-parse schema` prints its JSON Schema. Its objects are made
 * with `object()` of fast-objects.ts (zod/mini's objects on zod's compiled fast path).
 */
import * as z from 'zod/mini';
import { object } from './fast-objects.js';
import { DIAGNOSTIC_CODES } from '../core/diagnostic-codes.gen.js';

export const SCHEMA_VERSION = 1 as const;

/**
 * `schema` with its meaning, which `notice-parse schema` prints as `description` (docs/output.md
 * says the same). Registered in zod's global registry in place, as `.meta()` registers a copy:
 * `.check(z.describe())` would add a check that every validation runs. A schema used by several
 * fields (a span, a date) is described where each field wraps it (`z.nullable`, `z.optional`).
 */
function described<T extends z.core.$ZodType>(description: string, schema: T): T {
  z.globalRegistry.add(schema, { description });
  return schema;
}

const POSITION_OFFSET =
  'the offset from the start of the input as read, 0-based, in UTF-16 code units (JavaScript string indices) of the decoded text: after the byte-order mark, before any line-end or Unicode normalisation (CR LF stays two units, NFD stays decomposed), invalid bytes counted as the U+FFFD characters that replace them';

function position(which: string): z.ZodMiniType<{ line: number; column: number; offset: number }> {
  return described(
    which,
    object({
      line: described('1-based line number; CR LF, a lone CR and LF each end a line.', z.int().check(z.minimum(1))),
      column: described('1-based column, in UTF-16 code units from the start of the line.', z.int().check(z.minimum(1))),
      offset: described(`The same place as ${POSITION_OFFSET}.`, z.int().check(z.minimum(0))),
    }),
  );
}

export const PositionSchema = position('A place in the input.');

/** A range of the input as read: 1-based line and column, 0-based offset; `end` is exclusive. */
export const SpanSchema = described(
  'Where this part stands in the input: `input.slice(start.offset, end.offset)` is its text as written (wraps, markup and all).',
  object({
    start: position('Its first character (inclusive).'),
    end: position('Just after its last character (exclusive).'),
  }),
);

const SPANS_LEFT_OUT = 'Absent when parsed with --no-spans (library: `spans: false`).';

/** A span field: described for its part, left out (with every other span) by --no-spans. */
function spanOf(part: string) {
  return described(`Where ${part} stands in the input. ${SPANS_LEFT_OUT}`, z.optional(SpanSchema));
}

/** A span field of a part that may be missing: null when it is, left out by --no-spans. */
function nullableSpanOf(part: string) {
  return described(`Where ${part} stands in the input, or null when there is none. ${SPANS_LEFT_OUT}`, z.optional(z.nullable(SpanSchema)));
}

export const LayoutSchema = z.enum(['wrapped', 'markdown', 'plain']);

export const SourceSchema = described(
  'The input this notice was read from.',
  object({
    name: described('The name the input was given: its path as given on the command line (`check` names it as README, "Checking a corpus", says), `-` for standard input, or the library\'s `name` option (default `-`).', z.string()),
    sha256: described('SHA-256 of the input\'s bytes, lower-case hex (of its UTF-8 encoding when the library is given a string).', z.string().check(z.regex(/^[0-9a-f]{64}$/))),
    bytes: described('Size of the input in bytes.', z.int().check(z.minimum(0))),
    encoding: described('How the bytes were decoded: `utf-8` (with or without BOM; also a string given to the library, the text of a Word file, and a file mixing UTF-8 with an old encoding), `utf-16le` or `utf-16be` (with BOM), or an old Vietnamese encoding, detected or forced with `--encoding`: `tcvn3` (ABC), `vni`, `viscii`, `windows-1258`; spans then point into the converted text.', z.enum(['utf-8', 'utf-16le', 'utf-16be', 'tcvn3', 'vni', 'viscii', 'windows-1258'])),
    extractedFrom: described('Present only for a Word file: `docx` (its text taken by mammoth) or `doc` (Word 97–2003, by word-extractor). Spans then point into that extracted text, not into the file\'s bytes.', z.optional(z.enum(['docx', 'doc']))),
    layout: described(
      'The text\'s layout, detected: `wrapped` (taken out of a PDF: hard-wrapped lines, a blank line after each), `markdown` (converted from a DOCX: `**bold**`, pipe tables), `plain` (one paragraph a line).',
      LayoutSchema,
    ),
  }),
);

/** `2021-12-02`, `2021-12`, `2022-Q1`, `2022-H1`, `2022`: as precise as the text is. */
const IsoDate = z.string().check(z.regex(/^\d{4}(-(\d{2}|Q[1-4]|H[12])(-\d{2})?)?$/));
const DATE_FORMS = 'ISO 8601 as precise as the text: `2021-12-06`, `2022-01` (a month), `2022-Q1` (a quarter), `2022-H1` (a half year), `2022` (a year)';

function dateOf(what: string) {
  return described(`${what} (${DATE_FORMS}), or null.`, z.nullable(IsoDate));
}

/** A day, `YYYY-MM-DD`. */
function dayOf(what: string) {
  return described(`${what} (a day, \`YYYY-MM-DD\`).`, z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))));
}

function textOrNull(what: string) {
  return described(`${what}, or null when the text has none.`, z.nullable(z.string()));
}

export const DocumentSchema = described(
  'The document\'s header and heading.',
  object({
    type: described('The document type (tên loại), upper case: `THÔNG BÁO`; another type (`KẾT LUẬN`, `CÔNG VĂN` …) is parsed the same way, with a `not-a-notice` diagnostic. Null when no heading was found (a `no-heading` warning).', z.nullable(z.string())),
    title: textOrNull('The rest of the heading as written, wraps joined: `kết luận của Thường trực Tỉnh ủy`'),
    subject: textOrNull('The heading\'s `về …` / `tại …` line, or a công văn\'s `V/v …`: `về công tác phòng, chống dịch bệnh Covid-19`'),
    issuer: textOrNull('The issuing body\'s whole name from the header, joined over its lines (`HUYỆN ỦY ĐẠI LỘC`; `ỦY BAN NHÂN DÂN` / `TỈNH LÂM ĐỒNG` gives `ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG`)'),
    superior: textOrNull('The body written above the issuer in the header (`ĐẢNG BỘ TỈNH QUẢNG NAM` over `HUYỆN ỦY ĐẠI LỘC`)'),
    issuerLines: described('The lines of the header\'s issuer cell as written, top first; empty when there is no header.', z.array(z.string())),
    mottoLines: described('The motto of the header as written, a line each (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `Độc lập - Tự do - Hạnh phúc`; `ĐẢNG CỘNG SẢN VIỆT NAM` on a party document); empty when there is none.', z.array(z.string())),
    number: textOrNull('The document\'s number, without `Số`: `123-TB/HU`'),
    place: textOrNull('The place of the place-and-date line: `Đại Lộc` in `Đại Lộc, ngày 13 tháng 8 năm 2021`'),
    issuedOn: dateOf('The date of the place-and-date line'),
    urgency: textOrNull('The urgency mark of the header: `KHẨN`, `THƯỢNG KHẨN`, `HỎA TỐC`'),
    addressees: described('A công văn\'s `Kính gửi` entries, one per addressee; empty when there are none.', z.array(z.string())),
    span: nullableSpanOf('the heading block (its type line through its last line)'),
  }),
);

export const PersonSchema = described(
  'A person named in the opening: their name and the offices written beside it.',
  object({
    name: described('The person\'s name as written: `Ngô Chí Cường`.', z.string()),
    titles: described('Their offices, in the order written: `Ủy viên Ban Chấp hành Trung ương Đảng`, `Bí thư Tỉnh ủy`.', z.array(z.string())),
    span: spanOf('the person\'s mention (titles and name)'),
  }),
);

export const MeetingSchema = described(
  'The meeting the notice reports, read from the opening (preamble).',
  object({
    date: dateOf('The meeting\'s date: `2021-12-02` from `Ngày 02/12/2021, Thường trực Tỉnh ủy tổ chức họp …`; null where the opening tells of no meeting (`Ngày 19/9/2013, Văn phòng Chính phủ có văn bản số …`)'),
    chair: described('Who chaired the meeting or drew its conclusions (`chủ trì`; `đồng chí Ngô Chí Cường, …, Bí thư Tỉnh ủy kết luận`), or null when no person is named.', z.nullable(PersonSchema)),
    chairBody: textOrNull('The body that held the meeting: `Thường trực Tỉnh ủy`'),
    attendees: described('Others named as present (`dự họp`, `tham dự`), in order; empty when none is named.', z.array(PersonSchema)),
    presenters: described('Those who presented a report (`Sau khi nghe đồng chí … báo cáo`); empty when none is named.', z.array(PersonSchema)),
  }),
);

export const ItemKindSchema = z.enum(['roman', 'numbered', 'lettered', 'bullet']);

export interface Item {
  id: string;
  label: string;
  number: number[] | null;
  kind: z.infer<typeof ItemKindSchema>;
  heading: string | null;
  text: string;
  children: Item[];
  span?: z.infer<typeof SpanSchema> | undefined;
}

export const ItemSchema: z.ZodMiniType<Item> = z.lazy(() =>
  described(
    'A numbered, lettered or bulleted item of the body, with the items under it.',
    object({
      id: described(
        'The item\'s place in the tree, the labels from the top joined by `.`: `2`, `2.1` (a `2.1.` under `2.`), `II.1.a`, `2.(1)`; a bullet is `-` and its place among its siblings (`2.-.1`, `-.1` at the top); a number that does not fit its parent is joined with `/` (`3/2.1`: `2.1.` written under `3.`). The id of the directive read from this item. Unique unless the text repeats its numbering (a list that starts again at `1.`).',
        z.string(),
      ),
      label: described('The marker without its closing mark, in its case: `2`, `2.1`, `II`, `a`, `A`, `ii`, or the bullet sign `-`, `+`, `•`; a number in brackets keeps them: `(1)`.', z.string()),
      number: described('The marker\'s numbers: `[2, 1]` for `2.1.`, `[2]` for `II.` and `ii.`, `[1]` for `a)` and `A.`; null for a bullet.', z.nullable(z.array(z.int()))),
      kind: described('`roman` (`I.`, and `i.`, `ii.` where such numerals run in sequence: `i)` after `h)` is a letter), `numbered` (`1.`, `2.1.`, `1)`, and `(1)` where such labels start lines in a run `(1)`, `(2)` …; one inside a sentence is text), `lettered` (`a)`, and `A.`, `B.` where such capitals run in sequence, numbered in the Latin alphabet), `bullet` (`-`, `+`, `*`, `•`).', ItemKindSchema),
      heading: textOrNull('A leading label that ends with a colon, without it: `Về tầm soát xét nghiệm`'),
      text: described('The item\'s text after its marker and heading, whitespace collapsed, wraps joined, Markdown removed; its paragraphs joined by a blank line (`\\n\\n`). Sub-items are not part of it.', z.string()),
      children: described('The items under this one, in text order.', z.array(ItemSchema)),
      span: spanOf('the item (its marker to the end of its last paragraph, sub-items not included)'),
    }),
  ),
);

export const RecipientSchema = described(
  'An entry of the recipient list (`Nơi nhận`).',
  object({
    text: described('The entry as written, its continuation lines joined, without the dash and the trailing `,` `;` `.`: `Thường trực Tỉnh ủy (b/c)`.', z.string()),
    name: described('The entry without its bracketed note: `Thường trực Tỉnh ủy`.', z.string()),
    note: textOrNull('The bracketed purpose, without brackets: `b/c`, `để biết`, `phụ trách địa bàn`'),
    agencies: described('The ids (see `agencies[].id`) of the bodies the entry names, one per body of a grouped entry (`Các sở: Y tế, …`); empty when it names none known.', z.array(z.string())),
    span: spanOf('the entry'),
  }),
);

export const FootnoteSchema = described(
  'A footnote of the notice, at its foot (after `Nơi nhận` or the signature): its own text, not a recipient.',
  object({
    mark: described('The mark as written, without the rule or colon around it: `[1]`, `[^1]`, `(1)`.', z.string()),
    text: described('The footnote\'s text, its lines joined: `Gồm các đồng chí: …`.', z.string()),
    anchor: described(
      'Where the mark it hangs on stands in the heading or the body (its first place, `[1]` written after a word, `(1)` glued to one), or null when the text shows no such mark.',
      z.nullable(
        object({
          item: described('The id of the item (`items[].id`) whose text holds the mark, or null when it stands outside the items (heading, opening, closing).', z.nullable(z.string())),
          span: spanOf('the mark in the text'),
        }),
      ),
    ),
    span: spanOf('the footnote'),
  }),
);

export const SignatureSchema = described(
  'The signature block.',
  object({
    authority: textOrNull('The first authority line\'s mark as written: `T/M`, `K/T`, `T/L`, `T/U`, `Q.`, `TM.`, `KT.`, `TL.`, `TUQ.`'),
    onBehalfOf: textOrNull('The rest of that line: `BAN THƯỜNG VỤ` in `T/M BAN THƯỜNG VỤ`'),
    authorities: described('Every authority line, in order, mark included: `["T/L BAN THƯỜNG VỤ", "K/T CHÁNH VĂN PHÒNG"]`; empty when there is none.', z.array(z.string())),
    title: textOrNull('The signer\'s title line: `BÍ THƯ`, `PHÓ CHÁNH VĂN PHÒNG`'),
    name: textOrNull('The signer\'s name: `Nguyễn Đức Thanh`'),
    digitalStamp: described(
      'The stamp a digitally signed PDF adds after the name, or null.',
      z.nullable(
        object({
          signer: textOrNull('The signing body the stamp names: `TỈNH ỦY HÀ TĨNH`'),
          timestamp: described('The stamp\'s time as written: `12-08-2021 16:05:11 +07:00`.', z.string()),
        }),
      ),
    ),
    span: spanOf('the signature block'),
  }),
);

export const DeadlineSchema = described(
  'A date set for the action of a directive (a cited document\'s date, an anniversary, a plan\'s horizon and a date already past at the meeting are not deadlines).',
  object({
    date: dateOf('The date (the first of a range); for `relative`, the date counted from the anchor when the anchor is a day and the days are calendar days'),
    end: dateOf('The last date of a range (`từ ngày 29/10 – 30/10/2025`)'),
    precision: described('How precise `date` is: `day`, `month`, `quarter`, `half`, `year`; null when `date` is. A part of a year is read as a period: `đầu năm` its first quarter, `cuối năm` its last quarter, `giữa năm` June to July (a range of months).', z.nullable(z.enum(['day', 'month', 'quarter', 'half', 'year']))),
    kind: described('`by` (trước, chậm nhất, hoàn thành … đến ngày, trong tháng), `on` (vào ngày, or a date with no cue: `tại cuộc họp ngày 03/12/2021`), `until` (kéo dài, gia hạn … đến ngày), `from` (từ, kể từ, sau ngày), `relative` (`trong thời hạn 10 ngày`).', z.enum(['by', 'on', 'until', 'from', 'relative'])),
    partOfDay: described('`morning` (sáng), `noon` (trưa), `afternoon` (chiều), `evening` (tối) when written; null otherwise.', z.nullable(z.enum(['morning', 'noon', 'afternoon', 'evening']))),
    time: described('The time of day when written (`17 giờ 30`, `17 giờ 30 phút`, `17h00`, `17g30`, `8h`), as `HH:MM`; null otherwise.', z.nullable(z.string().check(z.regex(/^\d{2}:\d{2}$/)))),
    days: described('For `relative`: the number of days (`10` in `trong thời hạn 10 ngày`; `14` in `trong 02 tuần`, a week being 7 days); null otherwise, and when the count is in months.', z.nullable(z.int())),
    months: described('For `relative` counted in months: the number of months (`2` in `trong 2 tháng`), `days` being null; null otherwise. Counted from a known day, `date` is the same day that many months later, or that month\'s last day when it has no such day.', z.nullable(z.int())),
    anchor: textOrNull('For `relative`: what the days count from, as written (`kể từ ngày …`; `kết thúc quý` in `sau khi kết thúc quý 15 ngày`)'),
    text: described('The words of the deadline as written, wraps joined: `vào chiều ngày thứ hai (06/12/2021)`.', z.string()),
    due: dayOf('The last day the deadline allows: the day itself, the last day of its month, quarter, half or year (`2026-Q2` → `2026-06-30`), the end of a range; null when `date` is'),
    role: described('`deadline`: a date set for an action (`trước ngày …`, `trong tháng 11/2025`, `15 ngày kể từ ngày ký`); `schedule`: a date the directive fixes for an event (`Đại hội … từ ngày 29/10 – 30/10/2025`, `vào ngày …` with no verb of completion). See `dates[].role`.', z.enum(['deadline', 'schedule'])),
    yearInferred: described('True when the text gave no year (`trước ngày 05/12`) and it was taken from the meeting (or the notice\'s own date), or gave it counted from the notice\'s year: `trong năm nay` (the meeting\'s year, else the notice\'s), `đầu năm sau`, `năm tới` (the year after).', z.boolean()),
    countedFrom: dayOf('For `relative`: the day the days were counted from, when known: a date written after `kể từ`, or the notice\'s own date for `kể từ ngày ký` / `ngày ban hành`; null otherwise'),
    span: spanOf('those words'),
  }),
);

export const DateRoleSchema = z.enum(['deadline', 'schedule', 'meeting', 'issue', 'cited', 'past', 'anniversary', 'horizon']);

export const NoticeDateSchema = described(
  'A date the notice writes, with what it is there for.',
  object({
    date: dateOf('The date (the first of a range)'),
    end: dateOf('The last date of a range'),
    due: dayOf('The last day it covers (`2025-11` → `2025-11-30`); null when `date` is'),
    precision: described('How precise `date` is: `day`, `month`, `quarter`, `half`, `year`; null when `date` is.', z.nullable(z.enum(['day', 'month', 'quarter', 'half', 'year']))),
    role: described(
      '`deadline` (set for an action), `schedule` (an event a directive fixes), `meeting` (the meeting the notice reports), `issue` (the notice\'s own date), `cited` (the date of a cited document, `Tờ trình số 50-TTr/BXDĐ ngày 29/9/2025`), `past` (over by the meeting, or with no meeting before the notice\'s own day: `đã tổ chức ngày …`, `từ ngày 01/7 đến nay`), `anniversary` (`(18/11/1930 - 18/11/2025)`), `horizon` (a plan\'s or term\'s end, three years or more ahead: `đến năm 2030`). Only `deadline` and `schedule` are a directive\'s `deadlines`.',
      DateRoleSchema,
    ),
    item: described('The id of the item (`items[].id`) it stands in; null in the header, the opening or the closing.', z.nullable(z.string())),
    text: described('The words of the date as written: `trước ngày 10/9/2025`.', z.string()),
    span: spanOf('those words'),
  }),
);

export const AgencyRoleSchema = z.enum(['lead', 'support']);

export const DirectiveSchema = described(
  'An item, sub-item or bullet that asks someone to act (or sets a date): who must do what, by when.',
  object({
    id: described('The id of the item it was read from (`items[].id`): `2`, `2.-.1`, `3/2.1`; in a body with no items, of the paragraph it was read from: `p1`, `p2` ….', z.string()),
    item: described('The id of the item that owns it: the item itself, or for a bullet the nearest item above it that is not a bullet (`2` for the directive `2.-.1`; a bullet at the top is its own owner); null for a directive read from a paragraph of a body that has no items (id `p1`, `p2` …).', z.nullable(z.string())),
    kind: described('`task`: it tells someone to act (a lead is named, inherited, or the text opens with an order); `decision`: it tells no one to act but approves or settles something with a date (`Đồng ý kéo dài … đến ngày 15/12/2021`, `nhất trí với đề xuất thời gian tổ chức Đại hội …`), kept for the dates it fixes.', z.enum(['task', 'decision'])),
    text: described('The item\'s whole text as read, heading included (`Về dự thảo các Kế hoạch: Thống nhất …`), paragraphs joined by a blank line.', z.string()),
    agencies: described(
      'The bodies told to act, leads first.',
      z.array(
        described(
          'A body told to act.',
          object({
            id: described('The body\'s id (see `agencies[].id`): `so-y-te`.', z.string()),
            name: described('The body\'s canonical name: `Sở Y tế`.', z.string()),
            role: described('`lead`: the subject of the sentence (`Sở Y tế đẩy nhanh …`, `Giao Sở Y tế …`); `support`: named after `phối hợp (với)`.', AgencyRoleSchema),
            inherited: described('True for a lead taken from the item above, because this item names no lead of its own or opens with an order with no subject.', z.boolean()),
            collective: described('True for a class of bodies rather than one body (`Ủy ban nhân dân các huyện`, `các huyện ủy` → `cac-ubnd-huyen`, `các Ủy ban nhân dân huyện`): every body of the class is told to act.', z.boolean()),
          }),
        ),
      ),
    ),
    deadlines: described('The dates set for it, in text order; empty when none.', z.array(DeadlineSchema)),
    timing: described('`dated` (a date is set), `relative` (a number of days from something), `ongoing` (thường xuyên, tiếp tục, kịp thời), `none`.', z.enum(['dated', 'relative', 'ongoing', 'none'])),
    product: textOrNull('What must be delivered, when the text says: `kế hoạch`, `báo cáo`, `tờ trình`, `dự thảo`, `đề án`, `phương án`'),
    reportTo: described('Ids of the bodies it is reported or submitted to (`báo cáo Thường trực Tỉnh ủy` → `tinh-uy.thuong-truc`); empty when none.', z.array(z.string())),
    references: described('Numbers of the documents it cites (see `references[].number`): `68/NQ-CP`.', z.array(z.string())),
    directedBy: described('Ids of the bodies that direct the leads (`Ủy ban nhân dân tỉnh chỉ đạo Sở Kế hoạch và Đầu tư chủ trì …` → `ubnd-tinh`, the lead being Sở Kế hoạch và Đầu tư); empty when none.', z.array(z.string())),
    span: spanOf('its item (the same span as the item\'s)'),
  }),
);

export const ReferenceSchema = described(
  'A document the notice cites, once per number, in order of first mention.',
  object({
    type: textOrNull('Its type, capitalised: `Quyết định`, `Nghị quyết`, `Kế hoạch`, `Chỉ thị`'),
    number: textOrNull('Its number as written: `2771/QĐ-UBND`, `23/2021/QĐ-TTg`, `05-CT/TU`'),
    date: dateOf('Its date, when given: `2021-11-26` from `ngày 26/11/2021`'),
    issuer: textOrNull('Its issuer, when given: `Ủy ban nhân dân tỉnh` from `của Ủy ban nhân dân tỉnh`'),
    title: textOrNull('Its title, when given: the `về …` that follows'),
    text: described('The citation as written: `Quyết định số 2771/QĐ-UBND, ngày 26/11/2021 của Ủy ban nhân dân tỉnh …`.', z.string()),
    span: spanOf('the citation'),
  }),
);

export const AgencySchema = described(
  'A body the notice names (in the header\'s issuer, the opening, the items, the closing, the recipients), once per id.',
  object({
    id: described('A stable id for that body, from the gazetteer (data/gazetteer, or --gazetteer files): `so-y-te`, `tinh-uy.thuong-truc`; a slug of the name for a body not in it.', z.string()),
    name: described('Its canonical long name, scoped as the text scopes it: `Ủy ban nhân dân tỉnh`, `Huyện ủy Trà Cú`.', z.string()),
    kind: described('`party`, `state`, `front` (Mặt trận and mass organisations), `armed`, `national`, `other`.', z.enum(['party', 'state', 'front', 'armed', 'national', 'other'])),
    level: described('`national`, `province`, `district`, `commune`, or `unknown`.', z.enum(['national', 'province', 'district', 'commune', 'unknown'])),
    known: described('True when the body is in the gazetteer; false for a name only shaped like one (`Sở …`, `Ban … Tỉnh ủy`, `Trạm … xã`), the body of a named locality (`Đảng ủy xã Công Hải`) or a known body at a level the gazetteer does not give it (`Kho bạc Nhà nước thành phố`).', z.boolean()),
    mentions: described('How many times the notice names it.', z.int().check(z.minimum(1))),
    collective: described('True for a class of bodies named as one (`Ủy ban nhân dân các huyện, thị xã, thành phố`, `các huyện ủy` → `cac-ubnd-huyen`, `các Ủy ban nhân dân huyện`), listed after the bodies; false for one body.', z.boolean()),
  }),
);

export const DiagnosticSchema = described(
  'A problem met, or something worth knowing, with its place.',
  object({
    severity: described('`error` (not such a document, not text, or a bug of ours), `warning` (a part missing or odd), `info`.', z.enum(['error', 'warning', 'info'])),
    code: described('One of the codes of data/diagnostics.yaml (README, "Diagnostics"): `numbering`, `no-signature` …', z.enum(DIAGNOSTIC_CODES)),
    message: described('What was found, in English: `item 2.1. stands under item 3`.', z.string()),
    line: described('1-based line of the place it speaks of (line 1 for the whole document).', z.int().check(z.minimum(1))),
    column: described('1-based column, in UTF-16 code units.', z.int().check(z.minimum(1))),
    offset: described(`The same place as ${POSITION_OFFSET}.`, z.int().check(z.minimum(0))),
  }),
);

export const NoticeSchema = described(
  'A notice (THÔNG BÁO) read by notice-parse: its parts, and who must do what by when. docs/output.md describes every field.',
  object({
    schemaVersion: described('The version of this contract: 1. Fields may be added within a version, never removed or changed.', z.literal(SCHEMA_VERSION)),
    source: SourceSchema,
    document: DocumentSchema,
    meeting: MeetingSchema,
    preamble: textOrNull('The opening paragraphs before the first item (where the meeting is read), joined by a blank line'),
    preambleSpan: nullableSpanOf('the preamble'),
    items: described('The body\'s items, in text order; the tree follows the numbers written, not the indentation. Empty with a `no-items` warning.', z.array(ItemSchema)),
    closing: textOrNull('The closing paragraphs after the last item (`Văn phòng Tỉnh ủy thông báo …`)'),
    closingSpan: nullableSpanOf('the closing'),
    recipients: described('The recipient list (`Nơi nhận`), in order; empty with a `no-recipients` warning.', z.array(RecipientSchema)),
    signature: described('The signature block, or null with a `no-signature` warning.', z.nullable(SignatureSchema)),
    footnotes: described('The footnotes at the notice\'s foot, in order; empty when there are none.', z.array(FootnoteSchema)),
    directives: described('One per item that asks someone to act or sets a date, in text order.', z.array(DirectiveSchema)),
    references: described('The documents cited in the opening, the items and the closing.', z.array(ReferenceSchema)),
    dates: described('Every date the notice writes (its own, the meeting\'s, those of the opening, the items and the closing), in text order, each with its role: the dates to follow up are those with role `deadline` or `schedule`.', z.array(NoticeDateSchema)),
    agencies: described('Every body the notice names, in order of first mention.', z.array(AgencySchema)),
    diagnostics: described('Problems and remarks, by offset; empty when there are none.', z.array(DiagnosticSchema)),
  }),
);

export type Span = z.infer<typeof SpanSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Layout = z.infer<typeof LayoutSchema>;
export type NoticeDocument = z.infer<typeof DocumentSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type Recipient = z.infer<typeof RecipientSchema>;
export type Signature = z.infer<typeof SignatureSchema>;
export type Footnote = z.infer<typeof FootnoteSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type NoticeDate = z.infer<typeof NoticeDateSchema>;
export type DateRole = z.infer<typeof DateRoleSchema>;
export type Directive = z.infer<typeof DirectiveSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type Agency = z.infer<typeof AgencySchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type Notice = z.infer<typeof NoticeSchema>;

/** The JSON Schema of the output, generated from the zod schema. */
export function noticeJsonSchema(): unknown {
  return z.toJSONSchema(NoticeSchema, { target: 'draft-2020-12' });
}
