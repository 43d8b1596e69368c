/**
 * People of the meeting: `đồng chí <Name>, <title>, <title> <verb> …`.
 *
 * A name is 2 to 5 capitalised syllables after `đồng chí`, `đ/c` or `Đ/c`; its titles follow,
 * split at `,` and ` - ` (and `-` glued between two words: `Tỉnh ủy viên-Phó Chủ tịch`) where the
 * next part starts in capitals, and they end where the sentence's verb starts (`kết luận`,
 * `chủ trì`, `báo cáo` …) or where the list moves on to someone else.
 */
import { LATIN, LOWER, UPPER } from '../text/letters.js';
import { findAgencies, foldText, gazetteerSurnames } from './agencies.js';
import {
  LEADERSHIP_TITLES, NOT_A_NAME_WORDS, OFFICE_TITLES, PERSON_LIST_JOINERS, PERSON_MARKERS, PERSON_ROLE_CUES, PERSON_TITLE_ENDS, SURNAMES as SURNAME_WORDS,
  UNIT_HEAD_TITLES, type RoleCueWords,
} from '../lexicon/lexicon.gen.js';
import { alternation } from '../lexicon/pattern.js';

export interface PersonMention {
  name: string;
  titles: string[];
  /** Offsets into the text given: the name, and the whole mention with its titles. */
  nameStart: number;
  start: number;
  end: number;
  /** What the sentence says this person did. */
  role: 'chair' | 'attendee' | 'presenter' | 'other';
}

const SYLLABLE = `[${UPPER}][${LOWER}]{0,7}`;
/** The person markers as written, with a capital first letter, and in capitals (`đ/c`, `Đ/c`, `Đ/C`). */
const MARKER = alternation(
  PERSON_MARKERS.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]),
);
/** `đồng chí Ngô Chí Cường` (also bold-stripped, and `Đ/c`, `đ/c`). */
const PERSON = new RegExp(`(?:${MARKER})[ \\t]+(${SYLLABLE}(?:[ \\t]+${SYLLABLE}){1,4})(?![${LOWER}${UPPER}])`, 'g');

/** Verbs and words that end a title list: what the person does, the next person, or the next clause. */
const TITLE_END = new RegExp(
  `[ \\t](?:${alternation(PERSON_TITLE_ENDS)})(?![${LOWER}])` +
    `|,?[ \\t]*(?:và[ \\t]+)?(?:${MARKER})[ \\t]` +
    `|,[ \\t]*(?:${alternation(PERSON_LIST_JOINERS)})(?![${LOWER}])|[;.:(]|$`,
);

/**
 * Titles that head a department or unit. In a list of attendees they start another (unnamed)
 * attendee when the named person already holds a leadership title.
 */
const UNIT_HEAD = new RegExp(`^(?:${alternation(UNIT_HEAD_TITLES)})(?![${LATIN}])`);
const LEADERSHIP = new RegExp(alternation(LEADERSHIP_TITLES));

/** `đồng chí Phó Trưởng Ban …` names a post, not a person. */
const NOT_A_NAME = new RegExp(`^(?:${alternation(NOT_A_NAME_WORDS)})(?= )`);

export function findPeople(text: string): PersonMention[] {
  const marked = markedPeople(text);
  const titled = titledPeople(text).filter((t) => !marked.some((m) => t.start < m.end && m.start < t.end));
  if (titled.length === 0) return marked;
  const all = [...marked, ...titled].sort((a, b) => a.start - b.start);
  // `Tham dự có: Phó Thủ tướng A; Bộ trưởng B`: a list goes on with the role it started with.
  all.forEach((p, k) => {
    const previous = all[k - 1];
    if (p.role === 'other' && previous && LIST_GOES_ON.test(text.slice(previous.end, p.start))) p.role = previous.role;
  });
  return all;
}

const LIST_GOES_ON = /^[ \t]*(?:[;,][ \t]*)?(?:và[ \t]+)?$/;

/** An office title (data/lexicon/office-titles.yaml) as a whole word. */
const OFFICE_TITLE = new RegExp(`(?<![${LATIN}])(?:${alternation(OFFICE_TITLES)})(?![${LATIN}])`, 'g');
/** Only blanks may stand between a title and the body it heads (`Thường trực UBND tỉnh` is a body too). */
const TITLE_GAP = /^[ \t]*$/;
/** A capitalised syllable as a whole word. */
const CAPITALISED = new RegExp(`^${SYLLABLE}$`);
/** The family names besides the gazetteer's common ones (data/lexicon/surnames.yaml), folded. */
const MORE_SURNAMES = new Set(SURNAME_WORDS.map(foldText));
/** A family name: the gazetteer's common ones (data/gazetteer/words.yaml `surnames`) or ours. */
const isSurname = (word: string) => {
  const folded = foldText(word);
  return MORE_SURNAMES.has(folded) || gazetteerSurnames().has(folded);
};

/**
 * `Thủ tướng Chính phủ Phạm Minh Chính chủ trì …`, `Phó Thủ tướng Trần Hồng Hà`, `Chủ tịch UBND tỉnh
 * Quảng Ngãi Nguyễn Hoàng Giang`: a title, the body it heads (the agency matcher tells where that
 * ends), then the name; nothing else may come between. The matcher knows a province's name whole,
 * but may take the first syllables of the name for a district's or a commune's (`huyện Trà Cú
 * Nguyễn Văn`): the run of capitalised words around its end is then split where a family name
 * leaves a name of 2 to 4 syllables.
 */
function titledPeople(text: string): PersonMention[] {
  const out: PersonMention[] = [];
  OFFICE_TITLE.lastIndex = 0;
  for (let m = OFFICE_TITLE.exec(text); m; m = OFFICE_TITLE.exec(text)) {
    const window = text.slice(m.index, m.index + 160);
    let at = m[0].length;
    for (const a of findAgencies(window.slice(at))) {
      if (!TITLE_GAP.test(window.slice(at, at + a.start))) break;
      at += a.end;
    }
    const name = nameAround(window, m[0].length, at);
    if (!name || NOT_A_NAME.test(name.text) || startsAgency(name.text)) continue;
    const start = m.index;
    const nameStart = start + name.start;
    const end = nameStart + name.text.length;
    const title = spacedOnce(text.slice(start, nameStart).trim());
    out.push({ name: name.text.replace(/[ \t]+/g, ' '), titles: [title], nameStart, start, end, role: roleOf(text, start, end) });
    OFFICE_TITLE.lastIndex = end;
  }
  return out;
}

/**
 * The name after a title ending at `from` and a body ending at `at`: the capitalised words after
 * `at` when they are 2 to 4 and start with a family name (or hold none after a body ending in a
 * word in lower case); else those right before `at` (a district's or a commune's name, which no
 * list holds, may have taken some) and after it (at least one), cut at the first family name that
 * leaves 2 to 4 syllables, or whole when it is 2 to 4 syllables and holds none.
 */
function nameAround(window: string, from: number, at: number): { text: string; start: number } | null {
  const words: { text: string; start: number }[] = [];
  for (const w of window.slice(from).matchAll(/[^ \t,;.:()]+/g)) words.push({ text: w[0], start: from + w.index });
  // Two words of one run: capitalised, with only blanks between them.
  const joined = (a: number, b: number) =>
    CAPITALISED.test(words[a]!.text) && CAPITALISED.test(words[b]!.text) && /^[ \t]+$/.test(window.slice(words[a]!.start + words[a]!.text.length, words[b]!.start));
  let k = words.findIndex((w) => w.start >= at);
  if (k < 0 || !CAPITALISED.test(words[k]!.text) || !/^[ \t]*$/.test(window.slice(at, words[k]!.start))) return null;
  const after = k;
  while (k + 1 < words.length && joined(k, k + 1)) k++;
  // The words after the body are the name when they make one: they start with a family name (a
  // province's name, which the matcher knows whole, took none of it), or hold none and the body
  // ends in no capitalised word that could have taken the name's first syllables.
  const own = words.slice(after, k + 1);
  const alone = isSurname(own[0]!.text) || (!own.some((w) => isSurname(w.text)) && !(after > 0 && joined(after - 1, after)));
  if (own.length >= 2 && own.length <= 4 && alone) return wordsFrom(window, own);
  let first = after;
  while (first > 0 && words[first - 1]!.start >= from && joined(first - 1, first)) first--;
  const run = words.slice(first, k + 1);
  let cut = run.findIndex((w, i) => isSurname(w.text) && run.length - i >= 2 && run.length - i <= 4);
  if (cut < 0 && !run.some((w) => isSurname(w.text)) && run.length >= 2 && run.length <= 4) cut = 0;
  if (cut < 0) return null;
  return wordsFrom(window, run.slice(cut));
}

/** The text of `window` from the first of `words` to the end of the last. */
function wordsFrom(window: string, words: { text: string; start: number }[]): { text: string; start: number } {
  const last = words[words.length - 1]!;
  return { text: window.slice(words[0]!.start, last.start + last.text.length), start: words[0]!.start };
}

/** `đồng chí <Name>, <titles>`: a person after a person marker. */
function markedPeople(text: string): PersonMention[] {
  const out: PersonMention[] = [];
  PERSON.lastIndex = 0;
  for (let m = PERSON.exec(text); m; m = PERSON.exec(text)) {
    const name = m[1]!.replace(/[ \t]+/g, ' ');
    if (NOT_A_NAME.test(name) || startsAgency(name)) continue;
    const nameStart = m.index + m[0].length - m[1]!.length;
    const after = m.index + m[0].length;
    const { titles, end } = readTitles(text, after);
    let role = roleOf(text, m.index, end);
    // `Tham dự có đồng chí A, …; đồng chí B, …`: a list goes on with the role it started with.
    const previous = out[out.length - 1];
    if (role === 'other' && previous && /^[ \t]*(?:[;,][ \t]*)?(?:và[ \t]+)?$/.test(text.slice(previous.end, m.index))) role = previous.role;
    out.push({ name, titles, nameStart, start: m.index, end, role });
  }
  return out;
}

const STARTS_UPPER = new RegExp(`^[${UPPER}]`);

/** The titles after a name: `, Ủy viên …, Bí thư Tỉnh ủy kết luận` → two titles. */
function readTitles(text: string, from: number): { titles: string[]; end: number } {
  if (!/^[ \t]*[,–-]/.test(text.slice(from, from + 3))) return { titles: [], end: from };
  const rest = text.slice(from, from + 400);
  const stop = TITLE_END.exec(rest);
  const span = rest.slice(0, stop ? stop.index : rest.length);
  const titles: string[] = [];
  for (const part of splitTitles(span)) {
    if (titles.length > 0 && UNIT_HEAD.test(part) && titles.some((t) => LEADERSHIP.test(t))) break;
    if (!STARTS_UPPER.test(part)) break;
    titles.push(part);
  }
  const last = titles[titles.length - 1];
  const end = last === undefined ? from : from + span.indexOf(last) + last.length;
  return { titles, end };
}

/** Where titles part: `,` / ` - ` / `–` / a glued `-`, but only before a capital: `phòng, chống` stays whole. */
const TITLE_SPLIT = new RegExp(`[ \\t]*(?:,|[ \\t]-[ \\t]|[–—]|(?<=[${LOWER}])-(?=[${UPPER}]))[ \\t]*(?=[${UPPER}])`, 'g');

function splitTitles(span: string): string[] {
  const parts: string[] = [];
  const re = TITLE_SPLIT;
  re.lastIndex = 0;
  let from = 0;
  for (let m = re.exec(span); m; m = re.exec(span)) {
    parts.push(span.slice(from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(span.slice(from));
  const titles: string[] = [];
  for (const part of parts) {
    const title = spacedOnce(trimTitle(part));
    if (title !== '') titles.push(title);
  }
  return titles;
}

/** A part without the separators and spaces around it: `[ \t,–-]` before, `[ \t,]` after. */
function trimTitle(part: string): string {
  let start = 0;
  let end = part.length;
  while (start < end && ' \t,–-'.includes(part[start]!)) start++;
  while (end > start && ' \t,'.includes(part[end - 1]!)) end--;
  return start === 0 && end === part.length ? part : part.slice(start, end);
}

/** Runs of spaces and tabs as one space (most titles have none to fold). */
function spacedOnce(title: string): string {
  return title.includes('\t') || title.includes('  ') ? title.replace(/[ \t]+/g, ' ') : title;
}

/** A body's name written where a person's would be: `các đồng chí Sở Y tế`. */
function startsAgency(name: string): boolean {
  return findAgencies(name).some((m) => m.start === 0);
}

/**
 * The role cues of one role and place (person-role-cues.yaml), as an alternation: those before the
 * person with the first letter in either case (`Nghe`, `nghe`), those after the titles as written.
 * Each role has cues at the places read below (an empty list stops the module loading).
 */
function roleCues(role: RoleCueWords['role'], place: RoleCueWords['place']): string {
  const words = PERSON_ROLE_CUES.filter((c) => c.role === role && c.place === place).map((c) => c.word);
  return alternation(words, place === 'before' ? { eitherCase: true, space: '[ \\t]+' } : {});
}
const PRESENTER_BEFORE = new RegExp(`(?:${roleCues('presenter', 'before')})(?:[ \\t]+của)?[ \\t]*$`);
const PRESENTER_AFTER = new RegExp(`^[ \\t]*(?:${roleCues('presenter', 'after')})`);
const CHAIR_AFTER = new RegExp(`^[ \\t]*(?:${roleCues('chair', 'after')})`);
const CHAIR_BEFORE = new RegExp(`(?:${roleCues('chair', 'before')})[ \\t]*$`);
const ATTENDEE_BEFORE = new RegExp(`(?:${roleCues('attendee', 'before')})[^.;]{0,30}$`);

/** Chair, attendee or presenter, from the words around the mention. */
function roleOf(text: string, start: number, end: number): PersonMention['role'] {
  const before = text.slice(Math.max(0, start - 60), start);
  // A bracketed abbreviation may stand between the titles and the verb: `… tỉnh (CDC) báo cáo`.
  const after = text.slice(end, end + 60).replace(/^[ \t]*\([^()]{0,20}\)/, '');
  if (PRESENTER_BEFORE.test(before) || PRESENTER_AFTER.test(after)) return 'presenter';
  if (CHAIR_AFTER.test(after) || CHAIR_BEFORE.test(before)) return 'chair';
  if (ATTENDEE_BEFORE.test(before)) return 'attendee';
  return 'other';
}

/**
 * A mark at `at` (a footnote's, `[1]`) stands where attendees are named: an attendee cue before it
 * in its sentence (`Tham dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy[1]`).
 */
export function attendeesAt(text: string, at: number): boolean {
  return ATTENDEES_BEFORE_MARK.test(text.slice(Math.max(0, at - 160), at));
}
const ATTENDEES_BEFORE_MARK = new RegExp(`(?:${roleCues('attendee', 'before')})[^.;:]{0,120}$`);

/**
 * The people a list names: `đồng chí A, …; đồng chí B, …`, or names alone after a colon (`Gồm
 * các đồng chí: Nguyễn Văn A, Phó Bí thư Tỉnh ủy; Trần Thị B, …`), each part read as if the person
 * marker stood before it. Offsets into `text`.
 */
export function listedPeople(text: string): PersonMention[] {
  const found = findPeople(text);
  if (found.length > 0) return found;
  const colon = text.indexOf(':');
  if (colon < 0) return [];
  const marker = `${PERSON_MARKERS[0]} `;
  const out: PersonMention[] = [];
  let from = colon + 1;
  while (from < text.length) {
    let stop = text.indexOf(';', from);
    if (stop < 0) stop = text.length;
    const part = text.slice(from, stop);
    const lead = part.length - part.trimStart().length;
    const p = findPeople(marker + part.trimStart())[0];
    if (p && p.start === 0) {
      const shift = from + lead - marker.length;
      out.push({ ...p, nameStart: p.nameStart + shift, start: from + lead, end: p.end + shift });
    }
    from = stop + 1;
  }
  return out;
}
