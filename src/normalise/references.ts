/**
 * Cited documents: `Quyết định số 2771/QĐ-UBND, ngày 26/11/2021 của Ủy ban nhân dân tỉnh về việc
 * ban hành Kế hoạch …`, `Nghị quyết 68/NQ-CP`, `Quy định số 29-QĐ/TW ngày 25/7/2016 của Ban Chấp
 * hành Trung ương`.
 *
 * The document number is the anchor: state form `68/NQ-CP`, `23/2021/QĐ-TTg`; party form
 * `753-QĐ/TU`, `14-TTr/BXDĐ`. Around it: the type word before (`Quyết định số`), then the date,
 * the issuer (`của …`) and the cited title (`về …`) after. Every pattern is bounded: one pass.
 */
import { LEGACY_CAPITAL_OR_ACCENTED, LETTER, LOWER, UPPER, isLetterCode } from '../text/letters.js';
import { findAgencies } from './agencies.js';
import { CITED_DOCUMENT_TYPES, calendarDate, typeOfNumber } from '../lexicon/document-types.js';
import { alternation } from '../lexicon/pattern.js';
import { CITED_TITLE_COMMA_ENDS, CITED_TITLE_ENDS, ISSUER_END_WORDS } from '../lexicon/lexicon.gen.js';

export interface FoundReference {
  type: string | null;
  number: string;
  date: string | null;
  issuer: string | null;
  title: string | null;
  /** The citation as written, from the type word (or the number) to the end of what was read. */
  text: string;
  start: number;
  stop: number;
}

const CODE = `[${UPPER}][${LETTER}]{0,5}`;
const UNIT = `[${UPPER}0-9][0-9${LETTER}]{0,11}`;
/**
 * `68/NQ-CP`, `23/2021/QĐ-TTg`, `2771/QĐ-UBND`, a law's `80/2015/QH13`; `753-QĐ/TU`, `14-TTr/BXDĐ`.
 * A number wrapped at its hyphen keeps a space there once the lines are joined (`03- BC/BXDĐ`,
 * `06/TTr- TTHĐND`), and PDF text may put one before it (`126 -TTr/BXDĐ`): one space is allowed
 * on one side of a hyphen (on both, ` - ` is a dash between words), and the number is reported
 * without it.
 */
const HYPHEN = '(?:-[ ]?|[ ]-)';
const NUMBER = new RegExp(
  `(?<![0-9${LETTER}/-])(?:\\d{1,5}(?:/\\d{4})?/${CODE}(?:-[ ]?${UNIT}){1,3}|\\d{1,5}/\\d{4}/[${UPPER}]{1,6}\\d{1,3}|\\d{1,5}${HYPHEN}${CODE}/${UNIT}(?:-${UNIT}){0,2})(?![0-9${LETTER}])`,
  'g',
);

/** The type word before a number, with a qualifier of up to three lower-case words: `Thông báo kết luận số`. */
// In lower, sentence or capital case, not in any case: `báo cáo Tờ trình số …` is a Tờ trình (with
// a case-blind class, `Tờ trình` would read as two lower-case words qualifying `báo cáo`).
const TYPE_BEFORE = new RegExp(
  `(${alternation(CITED_DOCUMENT_TYPES, { cases: ['lower', 'sentence', 'upper'] })})(?:(?:[ \\t]+[${LOWER}]{1,8}){0,3}[ \\t]+(?:số|Số|SỐ)[ \\t]*|[ \\t]*)$`,
);
const DATE_AFTER = /^[ \t]*,?[ \t]*(?:ban hành[ \t]+)?(?:ngày|Ngày)[ \t]+(\d{1,2})[ \t]*(?:[/.-][ \t]*(\d{1,2})[ \t]*[/.-][ \t]*(\d{4})|tháng[ \t]+(\d{1,2})[ \t]+năm[ \t]+(\d{4}))/;
/** `của <issuer>`, up to a word that ends it (issuer-end-words.yaml) or punctuation. */
const ISSUER_AFTER = new RegExp(
  `^[ \\t]*,?[ \\t]*của[ \\t]+([^,;.()“"]{1,90}?)(?=[ \\t]+(?:${alternation(ISSUER_END_WORDS)})[ \\t]|[ \\t]*[,;.()“"]|$)`,
);
const TITLE_AFTER = /^[ \t]*,?[ \t]*(về[ \t])/;

export function findReferences(text: string): FoundReference[] {
  const out: FoundReference[] = [];
  if (!mayHoldNumber(text)) return out;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    out.push(readReference(text, m.index, m[0]));
  }
  return out;
}

/**
 * Every form of number holds a `/` with a letter of its code on one side (`753-QĐ/TU`, `68/NQ-CP`,
 * `23/2021/QĐ-TTg`): a text without one (most items; a date's `/` stands between digits) needs
 * no search.
 */
function mayHoldNumber(text: string): boolean {
  for (let i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1)) {
    if (isLetterCode(text.charCodeAt(i - 1)) || isLetterCode(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

function readReference(text: string, at: number, written: string): FoundReference {
  const number = written.includes(' ') ? written.replaceAll(' ', '') : written;
  const before = TYPE_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  const start = before ? at - before[0].length : at;
  let stop = at + written.length;
  let date: string | null = null;
  let issuer: string | null = null;
  let title: string | null = null;
  const d = DATE_AFTER.exec(text.slice(stop, stop + 60));
  if (d) {
    date = calendarDate(Number(d[3] ?? d[5]), Number(d[2] ?? d[4]), Number(d[1]));
    stop += d[0].length;
  }
  const i = ISSUER_AFTER.exec(text.slice(stop, stop + 120));
  if (i) {
    // A body's name may hold `và` or commas (`Sở Giáo dục và Đào tạo`): the gazetteer knows where it ends.
    const from = stop + i[0].indexOf(i[1]!);
    const body = findAgencies(text.slice(from, from + 120)).find((m) => m.start === 0);
    issuer = body && body.end > i[1]!.length ? body.text : i[1]!.trim();
    stop = from + issuer.length;
  }
  const t = TITLE_AFTER.exec(text.slice(stop, stop + 8));
  if (t) {
    const from = stop + t[0].length - t[1]!.length;
    const end = titleEnd(text, from);
    title = text.slice(from, end).trim();
    stop = end;
  }
  return {
    type: before ? canonicalType(before[1]!) : typeOfNumber(number),
    number,
    date,
    issuer,
    title,
    text: text.slice(start, stop).trim(),
    start,
    stop,
  };
}

/**
 * After a comma: a capital or a new clause, which end a cited title. (`, đảm bảo` and `, ứng phó`
 * end it too: LEGACY_CAPITAL_OR_ACCENTED holds the accented lower-case letters; see there.)
 */
const ENDS_TITLE = new RegExp(`^,[ \\t]*(?:[${LEGACY_CAPITAL_OR_ACCENTED}]|${alternation(CITED_TITLE_COMMA_ENDS)})`);
/** How much of the text after a comma ENDS_TITLE reads. */
const ENDS_TITLE_REACH = Math.max(16, 2 + Math.max(...CITED_TITLE_COMMA_ENDS.map((w) => w.length)));
/** A word that ends a cited title where it stands, between spaces (cited-title-ends.yaml). */
const TITLE_STOP = new RegExp(`^ (?:${alternation(CITED_TITLE_ENDS)}) `);
const TITLE_STOP_REACH = 2 + Math.max(...CITED_TITLE_ENDS.map((w) => w.length));

/** A cited title runs to the end of the clause; quoted names may hold commas. */
function titleEnd(text: string, from: number): number {
  let quoted = false;
  const limit = Math.min(text.length, from + 240);
  for (let k = from; k < limit; k++) {
    const ch = text[k]!;
    if (ch === '“' || ch === '"') quoted = ch === '"' ? !quoted : true;
    else if (ch === '”') quoted = false;
    else if (!quoted && (ch === ';' || ch === '\n' || (ch === '.' && /\s/.test(text[k + 1] ?? ' ')))) return k;
    // `phòng, chống` is one phrase; a comma before a capital or a new clause ends the title.
    else if (!quoted && ch === ',' && ENDS_TITLE.test(text.slice(k, k + ENDS_TITLE_REACH))) return k;
    else if (!quoted && ch === ' ' && TITLE_STOP.test(text.slice(k, k + TITLE_STOP_REACH))) return k;
  }
  return limit;
}

function canonicalType(written: string): string {
  const lower = written.toLowerCase();
  return CITED_DOCUMENT_TYPES.find((t) => t.toLowerCase() === lower) ?? written;
}
