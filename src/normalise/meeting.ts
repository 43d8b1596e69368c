/**
 * The meeting the notice reports: its date, who chaired, who attended, who presented. Recognised
 * in the opening (the preamble lines the document stage set apart); a notice with no meeting
 * (`Căn cứ …, Xét …`) gets nulls.
 */
import type { Meeting, Person } from '../schema/notice.js';
import { parseMeetingDate } from './dates.js';
import { attendeesAt, findPeople, listedPeople, type PersonMention } from './people.js';
import { footnoteOffset, type FootnoteDraft } from '../document/tail.js';
import type { Line } from '../document/lines.js';
import type { SpanMaker } from '../core/spans.js';
import { LATIN } from '../text/letters.js';
import { SENTENCE_STOP } from '../lexicon/markers.js';
import { findReferences } from './references.js';
import { MEETING_BODIES, MEETING_VERBS, MEETING_WORDS, NOT_A_MEETING_OPENERS } from '../lexicon/lexicon.gen.js';
import { alternation } from '../lexicon/pattern.js';

/** A meeting verb or word (data/lexicon/meeting-verbs.yaml, meeting-words.yaml), as a whole word in any case. */
const MEETING_WORD = new RegExp(`(?<![${LATIN}])(?:${alternation([...MEETING_VERBS, ...MEETING_WORDS], { eitherCase: true })})(?![${LATIN}])`);

const FIRST_STOP = new RegExp(SENTENCE_STOP);

/**
 * Does the opening tell of a meeting: a meeting word before its first sentence stops, or before
 * the first document it cites (`có văn bản số 349/…`, `ban hành Thông tư liên tịch số 29/2010/…`),
 * after which it tells of that document, not of a meeting?
 */
export function tellsOfMeeting(opening: string): boolean {
  const head = opening.slice(0, 400);
  const stop = head.search(FIRST_STOP);
  const sentence = stop < 0 ? head : head.slice(0, stop);
  const cited = findReferences(sentence)[0];
  return MEETING_WORD.test(cited ? sentence.slice(0, cited.start) : sentence);
}

/** Openings that cite a text rather than tell of a meeting (data/lexicon/not-a-meeting-openers.yaml). */
const NOT_A_MEETING = new RegExp(`^(?:${alternation(NOT_A_MEETING_OPENERS)})(?![${LATIN}])`);

export function recogniseMeeting(
  preamble: Line[],
  spans: SpanMaker,
  titleLines: readonly Line[] = [],
  footnotes: readonly FootnoteDraft[] = [],
): Meeting {
  const meeting: Meeting = { date: null, chair: null, chairBody: null, attendees: [], presenters: [] };
  if (preamble.length === 0) {
    meeting.chair = titleChair(titleLines, spans);
    return meeting;
  }
  const first = preamble[0]!.text;
  // Only an opening that tells of a meeting has a meeting date (`Căn cứ Quy định số …, ngày …` does
  // not, nor `Ngày 19/9/2013, Văn phòng Chính phủ có văn bản số …`).
  const told = !NOT_A_MEETING.test(first) && tellsOfMeeting(first);
  if (told) meeting.date = parseMeetingDate(first.slice(0, 400));
  // An opening that tells of no meeting (it recalls a letter: `… có văn bản số 87/TB-VPCP thông
  // báo kết luận của Phó Thủ tướng X`) names no one who chaired or attended one.
  for (const line of told ? preamble : []) {
    const person = (p: PersonMention): Person => ({
      name: p.name,
      titles: p.titles,
      span: spans.span(line.start + p.nameStart, line.start + p.end),
    });
    for (const p of findPeople(line.text)) {
      if (p.role === 'chair' && meeting.chair === null) meeting.chair = person(p);
      else if (p.role === 'attendee') meeting.attendees.push(person(p));
      else if (p.role === 'presenter') meeting.presenters.push(person(p));
    }
  }
  meeting.chairBody = chairingBody(first);
  meeting.chair ??= titleChair(titleLines, spans);
  meeting.attendees.push(...footnoteAttendees(preamble, footnotes, spans));
  return meeting;
}

/**
 * The people a footnote lists, when its mark stands in the opening where attendees are named
 * (`Tham dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy[1]` … `[1] Gồm các đồng chí: …`).
 */
function footnoteAttendees(preamble: Line[], footnotes: readonly FootnoteDraft[], spans: SpanMaker): Person[] {
  const out: Person[] = [];
  for (const f of footnotes) {
    const line = f.markAt < 0 ? undefined : preamble.find((l) => l.start <= f.markAt && f.markAt < l.end);
    if (!line || !attendeesAt(line.text, f.markAt - line.start)) continue;
    for (const p of listedPeople(f.text)) {
      out.push({ name: p.name, titles: p.titles, span: spans.span(footnoteOffset(f, p.nameStart), footnoteOffset(f, p.end)) });
    }
  }
  return out;
}

/**
 * The person the heading's title says concluded (`Ý kiến kết luận của đồng chí Võ Văn Minh, Chủ
 * tịch HĐND Thành phố tại cuộc họp …`): the chair, when the opening names none. A title that
 * names only an office (`Kết luận của Chủ tịch UBND tỉnh`) names no person.
 */
function titleChair(lines: readonly Line[], spans: SpanMaker): Person | null {
  for (const line of lines) {
    for (const p of findPeople(line.text)) {
      if (p.role === 'chair') return { name: p.name, titles: p.titles, span: spans.span(line.start + p.nameStart, line.start + p.end) };
    }
  }
  return null;
}

/**
 * `Thường trực Tỉnh ủy họp …`, `Ban Thường vụ Huyện ủy tổ chức họp …`: the body that met
 * (data/lexicon/meeting-bodies.yaml, either tone placement) and what it did (meeting-verbs.yaml).
 */
const CHAIRING_BODY = new RegExp(
  `(?:^|,[ \\t]*)((?:${alternation(MEETING_BODIES, { eitherPlacement: true })})[^,.;]{0,60}?)[ \\t]+(?:đã[ \\t]+)?(?:tổ chức[ \\t]+)?(?:${alternation(MEETING_VERBS)})`,
);

function chairingBody(first: string): string | null {
  const m = CHAIRING_BODY.exec(first);
  return m ? m[1]!.trim() : null;
}
