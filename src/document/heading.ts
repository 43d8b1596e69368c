/**
 * The document's identity: header block (issuer, number, place and date, urgency) and heading
 * (type, title, subject), and a công văn's `Kính gửi` list.
 */
import type { NoticeDocument } from '../schema/notice.js';
import { BODY_HEAD, DOC_NUMBER, DOC_TYPE, MOTTO, PLACE_DATE, SEPARATOR, URGENCY } from '../lexicon/markers.js';
import { isCapsLine } from '../text/letters.js';
import type { Line } from './lines.js';
import type { SpanMaker } from '../core/spans.js';
import { calendarDate, typeOfNumber } from '../lexicon/document-types.js';
import { CONG_VAN_ISSUERS, HEADER_SUBJECT_OPENERS, TITLE_SUBJECT_BREAKS } from '../lexicon/lexicon.gen.js';
import { alternation } from '../lexicon/pattern.js';


export function buildDocument(header: Line[], heading: Line[], addressees: Line[], spans: SpanMaker): NoticeDocument {
  const doc: NoticeDocument = {
    type: null, title: null, subject: null, issuer: null, superior: null, issuerLines: [], mottoLines: [], number: null, place: null,
    issuedOn: null, urgency: null, addressees: [], span: null,
  };
  readHeader(header, doc, heading.length === 0);
  readHeading(heading, doc);
  doc.addressees = addressees
    .filter((l) => l.rule === 'addressee' || (l.rule === 'addressees' && l.rest))
    .map((l) => (l.rule === 'addressees' ? l.rest!.image : (l.rest?.image ?? '')).replace(/[ \t]*[,;.]+$/, '').replace(/^[-+•][ \t]+/, '').trim())
    .filter((t) => t !== '');
  doc.type ??= typeFromNumber(doc.number) ?? letterType(doc);
  if (heading.length > 0) doc.span = spans.span(heading[0]!.start, heading[heading.length - 1]!.end);
  return doc;
}

/** The header line that holds the place and date (`Công Hải, ngày 16 tháng 10 năm 2025`), if any. */
export function issueDateLine(header: Line[]): Line | null {
  for (const line of header) {
    const text = line.text.trim();
    if (!DOC_NUMBER.test(text) && PLACE_DATE.test(text)) return line;
  }
  return null;
}

/**
 * The header's lines, by what each is. `letter`: the document has no type line (a công văn), so
 * the plain lines right under its number are its subject, wrapped (the grammar let them into the
 * header only so).
 */
function readHeader(lines: Line[], doc: NoticeDocument, letter: boolean): void {
  let afterNumber = false;
  const subject: string[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    let m: RegExpExecArray | null;
    const underNumber = afterNumber;
    afterNumber = false;
    if ((m = DOC_NUMBER.exec(text))) {
      doc.number = m[1]!.replace(/[ \t]+/g, '');
      afterNumber = true;
    } else if (letter && underNumber && !PLACE_DATE.test(text) && !MOTTO.test(text) && !SEPARATOR.test(text) && !URGENCY.test(text)) {
      subject.push(text);
      afterNumber = true;
      doc.subject = subject.join(' ');
    }
    else if ((m = PLACE_DATE.exec(text))) {
      doc.place = m[1]!.trim();
      doc.issuedOn = isoOf(m[4] ?? '', m[3]!, m[2]!);
    } else if (URGENCY.test(text)) doc.urgency = text;
    // Kept as written, opener included, as a heading's `về …` subject is.
    else if (HEADER_SUBJECT.test(text)) doc.subject = text;
    else if (MOTTO.test(text)) doc.mottoLines.push(text);
    else if (SEPARATOR.test(text)) continue;
    else if (isCapsLine(text)) doc.issuerLines.push(text);
  }
  const bodies = namesOf(doc.issuerLines);
  // The issuing body is the last name of the column; the one above it, its superior.
  doc.issuer = bodies[bodies.length - 1] ?? null;
  doc.superior = bodies[bodies.length - 2] ?? null;
}

/** `V/v …` under a công văn's number: its subject (data/lexicon/header-subject-openers.yaml). */
const HEADER_SUBJECT = new RegExp(`^(?:${alternation(HEADER_SUBJECT_OPENERS, { cases: ['lower', 'sentence', 'upper'] })})[ \\t]*:?[ \\t]+`);


/**
 * The names of the bodies in the issuer column, top down: a line that opens with a body's head
 * starts a name (`ĐẢNG BỘ TỈNH KHÁNH HÒA`, then `ĐẢNG ỦY XÃ CÔNG HẢI`); any other line goes on
 * with the name above it (`ỦY BAN NHÂN DÂN` / `TỈNH LÂM ĐỒNG`, `VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI`
 * / `VÀ HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ`).
 */
function namesOf(lines: readonly string[]): string[] {
  const names: string[] = [];
  for (const line of lines) {
    if (names.length === 0 || BODY_HEAD.test(line)) names.push(line);
    else names[names.length - 1] += ` ${line}`;
  }
  return names;
}

function readHeading(lines: Line[], doc: NoticeDocument): void {
  const titles: string[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    if (line.rule === 'heading') {
      const m = DOC_TYPE.exec(text);
      if (m && doc.type === null) {
        doc.type = m[1]!;
        const rest = text.slice(m[0].length).trim();
        if (rest) titles.push(rest);
      }
    } else if (line.rule === 'titleLine') titles.push(text);
    else if (line.rule === 'subjectLine') doc.subject = text;
  }
  if (titles.length > 0) doc.title = titles.join(' ');
  if (doc.title !== null && doc.subject === null) [doc.title, doc.subject] = splitTitle(doc.title);
}

/** ` tại `, ` về `, ` cho `, ` V/v ` in a title (data/lexicon/title-subject-breaks.yaml). */
const SUBJECT_IN_TITLE = new RegExp(`[ \\t](?:${alternation(TITLE_SUBJECT_BREAKS, { cases: ['lower', 'upper'] })})(?=[ \\t])`);

/**
 * A title and the subject it runs into on one line: `Ý kiến kết luận của đồng chí X, Chủ tịch HĐND
 * Thành phố tại cuộc họp …` is the title up to `tại` and the subject from it.
 */
export function splitTitle(title: string): [string, string | null] {
  const m = SUBJECT_IN_TITLE.exec(title);
  if (!m) return [title, null];
  return [title.slice(0, m.index).trimEnd(), title.slice(m.index + 1).trim()];
}

/** ISO date at the precision written: a blank day (filled in by hand at registration) gives the month. */
function isoOf(year: string, month: string, day: string): string | null {
  const y = Number(year);
  const mo = Number(month);
  if (y < 1900 || y > 2199) return null; // not a notice's year: `năm 0999` is damage, not a date
  if (!(mo >= 1 && mo <= 12)) return month === '' ? String(y) : null;
  if (day === '') return `${y}-${String(mo).padStart(2, '0')}`;
  return calendarDate(y, mo, Number(day));
}

/** A state number whose issuer numbers its letters so (data/lexicon/cong-van-issuers.yaml). */
const CONG_VAN_NUMBER = new RegExp(`^\\d*\\/(?:${alternation(CONG_VAN_ISSUERS)})\\b`);

/** `123-TB/TU` → THÔNG BÁO; a state number without a type code (`45/UBND-VX`) is a công văn. */
/**
 * No type line and none in the number, but a `V/v …` subject under the number and a `Kính gửi:`
 * block: the layout of an administrative letter (công văn), which has no type line of its own.
 */
function letterType(doc: NoticeDocument): string | null {
  return doc.subject !== null && HEADER_SUBJECT.test(doc.subject) && doc.addressees.length > 0 ? 'CÔNG VĂN' : null;
}

function typeFromNumber(number: string | null): string | null {
  if (!number) return null;
  const type = typeOfNumber(number);
  if (type) return type.toUpperCase();
  return CONG_VAN_NUMBER.test(number) ? 'CÔNG VĂN' : null;
}
