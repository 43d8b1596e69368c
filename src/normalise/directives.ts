/**
 * Directives: who must do what, by when (SPEC §2 "directives", issue 3).
 *
 * Each item, sub-item and bullet that asks someone to act is a directive. Its text is read clause
 * by clause (clauses end at `.`, `;` and paragraph breaks):
 * - `lead` agencies are the clause's subject (`Sở Y tế đẩy nhanh …`, a list `Sở A, Tỉnh đoàn,
 *   Sở B phối hợp …`) or the addressee of `Giao`, `Đề nghị`, `Yêu cầu`;
 * - `support` agencies follow `phối hợp (với)`;
 * - `reportTo` follows `báo cáo (với|về|cho)`, `trình`, `tham mưu` (the body advised receives the
 *   proposal);
 * - a child that names no lead of its own inherits its parent's first leads (`inherited: true`).
 * A clause whose subject has already acted (`… đã chủ động …`) or that only agrees (`Thường trực
 * Tỉnh ủy nhất trí …`) asks nothing.
 */
import type { AgencyMention } from './agencies.js';
import { lowerCode } from '../text/case.js';
import { inPlacement } from '../text/tones.js';
import { LOWER, UPPER, isLetterCode, isLowerCode, isUpperCode } from '../text/letters.js';
import { BODY_HEAD } from '../lexicon/markers.js';
import { isWhiteSpace } from '../text/space.js';
import {
  ADDRESSING_OPENERS, ATTENTION_WORDS, CONNECTORS, DELIVERABLES, FACTUAL_OPENERS, HAND_OVER_VERBS, IMPERATIVES, MAKING_VERBS, NOT_A_TASK_OPENERS,
  NOT_A_VERB_WORDS, ONGOING_DUTY_WORDS, PROPOSAL_VERBS, REPORT_PRODUCT_FOLLOWERS, REPORT_PRODUCTS, REPORT_QUALIFIERS,
  REPORT_VERBS, SUPPORT_VERBS, type CueVerbWords,
  NOUN_PHRASE_WORDS, DIRECTING_VERBS, LEAD_WORDS, SPEECH_VERBS, PASSIVE_MARKERS,
} from '../lexicon/lexicon.gen.js';
import { alternation } from '../lexicon/pattern.js';
import { namesFor } from '../lexicon/document-types.js';

export interface Clause {
  start: number;
  end: number;
}

export interface DirectiveReading {
  leads: AgencyMention[];
  /**
   * The first clause gives an order with no subject: it is addressed to the parent's leads. Only
   * read for a text that names leads (one that names none is addressed to them anyway).
   */
  opensWithoutSubject: boolean;
  /** The leads of the first clause that has any: what a child inherits. */
  primaryLeads: AgencyMention[];
  support: AgencyMention[];
  reportTo: AgencyMention[];
  /** The text asks for action (a lead, or a clause that opens with a verb of command). */
  asksAction: boolean;
  /** The bodies that direct the leads (`UBND tỉnh chỉ đạo Sở Kế hoạch và Đầu tư chủ trì …`). */
  directedBy: AgencyMention[];
}

// The clause patterns below are sticky: they run at an offset of the clause's text (cut out once),
// never past the clause's end, without slicing a string for each test.
// The word lists are data/lexicon/*.yaml (see there what each is for).
const CONNECTOR = new RegExp(`(?:${alternation(CONNECTORS, { eitherCase: true })})[ \\t]*,?[ \\t]*`, 'y');
/** The subject has acted already, or only agrees: nothing is asked. */
const NOT_A_TASK = new RegExp(`[ \\t]*(?:[^ \\t,;.]+[ \\t]+){0,3}?(?:${alternation(NOT_A_TASK_OPENERS)})(?![${LOWER}])`, 'y');
/**
 * Right after the subject, a passive marker (`được`, `bị`) not followed by a verb of directing:
 * the clause tells what was done to the subject (`Trung tâm … được triển khai đồng bộ`), it is told
 * nothing; `… được phân công chủ trì …` assigns it a task.
 */
const PASSIVE = new RegExp(
  `[ \\t]+(?:${alternation(PASSIVE_MARKERS)})(?![${LOWER}])(?![ \\t]+(?:${alternation(DIRECTING_VERBS)})(?![${LOWER}]))`,
  'y',
);
// A verb before a document's number names that document (`Hướng dẫn số 03-HD/BTCTW`), and one
// before a colon is a label (`Chủ trì: đồng chí …`), not an order; a word that calls for attention
// gives one with a colon too (`Lưu ý: …`).
const NOT_AN_ORDER_AFTER = `[${LOWER}]|[ \\t]+số[ \\t]+\\d|[ \\t]*:`;
/** Verbs a clause may open with when it gives an order with no subject written. */
const IMPERATIVE = new RegExp(`(?:${alternation([...HAND_OVER_VERBS, ...IMPERATIVES])})(?!${NOT_AN_ORDER_AFTER})|(?:${alternation(ATTENTION_WORDS)})(?![${LOWER}])`, 'y');
/** An imperative in either case, as it may follow a colon (`Sở Y tế: khẩn trương …`). */
const IMPERATIVE_ANY_CASE = new RegExp(
  `(?:${alternation([...HAND_OVER_VERBS, ...IMPERATIVES], { cases: ['sentence', 'lower'] })})(?!${NOT_AN_ORDER_AFTER})|(?:${alternation(ATTENTION_WORDS, { cases: ['sentence', 'lower'] })})(?![${LOWER}])`,
  'y',
);
/** The imperatives that hand the task to the bodies named after them. */
const HAND_OVER_WORD = new RegExp(`(?:${alternation(HAND_OVER_VERBS)})(?![${LOWER}])`, 'y');
/** A hand-over verb as a word anywhere, in either case (`… Bộ Xây dựng đề nghị UBND các tỉnh …`). */
const HANDED_OVER = new RegExp(`(?<![${LOWER}${UPPER}])(?:${alternation(HAND_OVER_VERBS, { cases: ['sentence', 'lower'] })})(?![${LOWER}])`);

/** Is the body at `at` handed the task: does a hand-over verb stand before it in `text`? */
export function handedOverBefore(text: string, at: number): boolean {
  return HANDED_OVER.test(text.slice(0, at));
}
const HAND_OVER = new RegExp(`(?:${alternation(HAND_OVER_VERBS)})[ \\t]+(?:cho[ \\t]+)?`, 'y');
/** Openings that report rather than ask: results, figures, the situation. */
const FACTUAL = new RegExp(`(?:${alternation(FACTUAL_OPENERS)}|\\d)(?![${LOWER}])`, 'y');
/** A space inside a cue's words matches what the patterns' joints match: spaces and tabs. */
const SPACED = { space: '[ \\t]+' };
/** The report qualifiers (`báo cáo kịp thời kết quả …`): at most two after a qualified verb. */
const QUALIFIER = alternation(REPORT_QUALIFIERS, SPACED);
/** A verb whose object is a body, with the qualifiers and the word (`về`, `với` …) it may take first. */
function cueVerb(verb: CueVerbWords): string {
  // Capitalised too, at the head of a clause: `Phối hợp Ban Kinh tế - Ngân sách làm việc …`.
  let pattern = alternation([verb.word], { ...SPACED, cases: ['lower', 'sentence'] });
  if (verb.qualified) pattern += `(?:[ \\t]+(?:${QUALIFIER})){0,2}`;
  if (verb.then) pattern += `(?:[ \\t]+(?:${alternation(verb.then, SPACED)}))?`;
  return pattern;
}
/** `phối hợp (chặt chẽ) (với)` before a body: the body supports. */
const SUPPORT = new RegExp(`(?:${SUPPORT_VERBS.map(cueVerb).join('|')})[ \\t]+$`);
/**
 * Before a body that receives: `báo cáo (kết quả) với`, `trình`, `gửi về`, `tham mưu (cho)`, then
 * perhaps `các`, `đồng chí`; or a proposal sent up, `đề xuất … về`.
 */
const REPORT_TO = new RegExp(
  `(?:(?:${REPORT_VERBS.map(cueVerb).join('|')})(?:[ \\t]+các)?(?:[ \\t]+đồng chí)?|(?:${alternation(PROPOSAL_VERBS)})[^.;]{0,80}?[ \\t]về)[ \\t]+$`,
);
/** How far before a mention SUPPORT and REPORT_TO look. */
const CUE_REACH = 120;
/**
 * The words SUPPORT and REPORT_TO can end with, before the spaces that end them: where none of
 * them stands, the pattern cannot match and is not run.
 */
function tailsOf(verbs: readonly CueVerbWords[]): string[] {
  // The verb capitalised too, as cueVerb matches it at a clause's head.
  return verbs.flatMap((v) => [v.word, v.word.charAt(0).toUpperCase() + v.word.slice(1), ...(v.then ?? [])]);
}
const SUPPORT_TAILS = tailsOf(SUPPORT_VERBS);
const REPORT_TAILS = [...new Set([...tailsOf(REPORT_VERBS), ...REPORT_QUALIFIERS, 'các', 'đồng chí', 'về'])];
const ONGOING = new RegExp(alternation(ONGOING_DUTY_WORDS), 'i');

/** Deliverables, as the text names them after a verb of making (making-verbs.yaml). */
const PRODUCT = new RegExp(
  `(?:${alternation(MAKING_VERBS, SPACED)})[ \\t]+(?:các[ \\t]+|một[ \\t]+)?(${alternation(deliverables())})(?![${LOWER}])`,
  'i',
);
const REPORT_PRODUCT = new RegExp(
  `(?:^|[ \\t,;])(${alternation(REPORT_PRODUCTS)})(?:[ \\t]+(?:${alternation(REPORT_PRODUCT_FOLLOWERS)}))`);

/** The word with its first letter in lower case (`Đề nghị` → `đề nghị`). */
function lowerFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1);
}

/** What a directive may ask to be made: the document types marked `deliverable`, and the other deliverables. */
function deliverables(): string[] {
  return [...namesFor('deliverable').map(lowerFirst), ...DELIVERABLES];
}

/** Whether a sticky pattern matches `s` at `at` (never when `at` is past its end). */
function matchesAt(re: RegExp, s: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(s);
}

/** Where a clause ends: `.` `;` `:` `!` `?` before a space (or the end), and the first `\n` of a blank line. */
const CLAUSE_END = /[.;!?:](?=\s|$)|\n(?=\n)/g;

/** Clauses of a text: split at `.` `;` `:` `!` `?` before a space, and at blank lines. */
export function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (CLAUSE_END.lastIndex = 0; CLAUSE_END.test(text); ) {
    const i = CLAUSE_END.lastIndex - 1;
    // The punctuation ends its clause; a line break does not belong to either.
    const end = text.charCodeAt(i) === 0x0a ? i : i + 1;
    if (!isBlank(text, start, end)) out.push({ start, end });
    start = i + 1;
  }
  if (!isBlank(text, start, text.length)) out.push({ start, end: text.length });
  return out;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Words of a noun phrase naming bodies: what a list of agencies may hold between its names. */
/**
 * data/lexicon/noun-phrase-words.yaml in both tone placements (`ủy`, `uỷ`): the single words, and
 * the phrases of several words.
 */
const NP_ALL = [...new Set(NOUN_PHRASE_WORDS.flatMap((w) => [w, inPlacement(w, 'old'), inPlacement(w, 'new')]))];
const NP_WORDS = NP_ALL.filter((w) => !w.includes(' '));
const NP_PHRASES = NP_ALL.filter((w) => w.includes(' '));
/** The phrases and list words that start with a letter, in their order: most words start none. */
interface Openers {
  phrases: string[];
  words: string[];
}
/**
 * Openers by the code of their first letter. A map: an array indexed by code unit ran to 7,912
 * slots for `ủy`, and filling it was a loop hot enough for V8 to optimise at every start-up.
 */
const OPENERS = new Map<number, Openers>();
function openersOf(c: number): Openers {
  let openers = OPENERS.get(c);
  if (!openers) OPENERS.set(c, (openers = { phrases: [], words: [] }));
  return openers;
}
for (const p of NP_PHRASES) openersOf(p.charCodeAt(0)).phrases.push(p);
for (const w of NP_WORDS) openersOf(w.charCodeAt(0)).words.push(w);
/** Words after a noun phrase that show it is not the subject of a verb. */
const NOT_A_VERB = new RegExp(`(?:${alternation(NOT_A_VERB_WORDS)})(?![${LOWER}])`, 'y');

/**
 * Whether the text at `pos` reads `word` (lower case) in any case. A letter whose lower case is
 * not one code unit (`İ`) never matches: lowerCode leaves it as it is, and `word` holds none.
 */
function readsAt(text: string, pos: number, word: string): boolean {
  if (pos + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) if (lowerCode(text.charCodeAt(pos + i)) !== word.charCodeAt(i)) return false;
  return true;
}

/** Index of the first mention that ends after `from` (mentions are in text order). */
function firstEndingAfter(mentions: AgencyMention[], from: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The end of the word at `pos` (at most 40 characters, not past `limit`; a lone `;:()` is one). */
function wordEnd(text: string, pos: number, limit: number): number {
  const max = Math.min(limit, pos + 40);
  let i = pos;
  while (i < max && !isWordBreak(text.charCodeAt(i))) i++;
  return i > pos ? i : pos + 1;
}

/** `[\s,;:()/]`: what ends a word of a noun phrase. */
function isWordBreak(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x2f || isWhiteSpace(c);
}

/** The phrases and list words the letter at `pos` (any case) may start. */
function openersAt(text: string, pos: number): Openers | undefined {
  const lower = lowerCode(text.charCodeAt(pos));
  return OPENERS.get(lower);
}

/** The length of the phrase (any case) that starts at `pos` and ends a word, or 0. */
function phraseAt(text: string, pos: number, phrases: string[]): number {
  for (const p of phrases) {
    if (readsAt(text, pos, p) && !letterAt(text, pos + p.length)) return p.length;
  }
  return 0;
}

/** Whether the character at `i` is a letter (either case). */
function letterAt(text: string, i: number): boolean {
  return isLetterCode(text.charCodeAt(i));
}

/** A word (from `pos` to `end`) that starts with a capital (`Sở`, `UBND`). */
function isUpperStart(text: string, pos: number, end: number): boolean {
  return pos < end && isUpperCode(text.charCodeAt(pos));
}

/** A word of NP_WORDS (any case) from `pos` to `end`. */
function isListWord(text: string, pos: number, end: number, words: string[]): boolean {
  for (const w of words) if (w.length === end - pos && readsAt(text, pos, w)) return true;
  return false;
}

interface NounPhrase {
  list: AgencyMention[];
  end: number;
}

/**
 * The noun phrase that starts at `from`: names of bodies and the words that join them (`,`, `và`,
 * `các`, `Lãnh đạo`, `Ủy ban nhân dân các huyện …`). Returns the agencies it names and where
 * it ends: at the first word that is not part of such a phrase (the verb).
 */
export function nounPhraseAt(text: string, mentions: AgencyMention[], from: number, limit: number): NounPhrase {
  const list: AgencyMention[] = [];
  let pos = from;
  let last = from; // end of the last word taken: separators after it are not part of the phrase
  let lastMentionEnd = from;
  let k = firstEndingAfter(mentions, from);
  while (pos < limit) {
    for (let c = text.charCodeAt(pos); pos < limit && (c === 0x2c || c === 0x2f || isWhiteSpace(c)); c = text.charCodeAt(++pos));
    if (pos >= limit) break;
    if (k < mentions.length && mentions[k]!.start <= pos) {
      let end = pos;
      // `các Ban HĐND Thành phố`: a body head the agencies left unread, then a body, is a body of
      // that body whose name is not known; the body named is not the one meant.
      const partOfName = headBefore(text, lastMentionEnd, pos);
      while (k < mentions.length && mentions[k]!.start <= Math.max(pos, end)) {
        if (!partOfName) list.push(mentions[k]!);
        end = Math.max(end, mentions[k]!.end);
        k++;
      }
      lastMentionEnd = end;
      pos = end;
      last = end;
      continue;
    }
    const end = wordEnd(text, pos, limit);
    const openers = openersAt(text, pos);
    const phrase = openers === undefined ? 0 : phraseAt(text, pos, openers.phrases);
    if (phrase > 0) pos += phrase;
    else if (isUpperStart(text, pos, end) || (openers !== undefined && isListWord(text, pos, end, openers.words))) pos = end;
    else break;
    if (k < mentions.length && mentions[k]!.start < pos) pos = Math.min(pos, mentions[k]!.start);
    last = pos;
  }
  return { list, end: last };
}

/**
 * Does a body's head word (`Ban`, `Văn phòng`: BODY_HEAD) end right before `at`, its one or two
 * words after `from` (the end of the last body taken)?
 */
function headBefore(text: string, from: number, at: number): boolean {
  let end = at;
  while (end > from && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end === at) return false;
  let start = end;
  for (let words = 0; words < 2; words++) {
    while (start > from && isLetterCode(text.charCodeAt(start - 1))) start--;
    if (start === end) return false;
    const head = BODY_HEAD.exec(text.slice(start, end));
    if (head !== null && head[0].length === end - start) return true;
    if (start === from || text.charCodeAt(start - 1) !== 0x20) return false;
    start--;
  }
  return false;
}

/** A clause with its text cut out once: the sticky patterns run on it at `offset - start`. */
interface ClauseText extends Clause {
  s: string;
  /** Where its words start: after leading space and a connector (`Đồng thời,`). */
  head: number;
  /** It opens with a verb of command (IMPERATIVE at `head`). */
  imperative: boolean;
}

function clauseText(text: string, clause: Clause): ClauseText {
  const s = text.slice(clause.start, clause.end);
  const from = skipSpace(s, 0, s.length);
  const head = matchesAt(CONNECTOR, s, from) ? CONNECTOR.lastIndex : from;
  return { start: clause.start, end: clause.end, s, head: clause.start + head, imperative: matchesAt(IMPERATIVE, s, head) };
}

/** The first offset from `from` on that is not a space (`\s`), or `to`. */
function skipSpace(text: string, from: number, to: number): number {
  while (from < to && isWhiteSpace(text.charCodeAt(from))) from++;
  return from;
}

/**
 * `speakers`: ids of the body whose conclusions the notice reports (its title's); when one speaks
 * (`Ban Thường vụ Đảng uỷ lưu ý …`), it is not a lead.
 */
export function readDirective(text: string, mentions: AgencyMention[], speakers: ReadonlySet<string> = NO_SPEAKERS): DirectiveReading {
  const reading: DirectiveReading = {
    leads: [], opensWithoutSubject: false, primaryLeads: [], support: [], reportTo: [], asksAction: false, directedBy: [],
  };
  // Built by one loop (not `map`) so that the list has the same elements kind every time.
  const bare = clausesOf(text);
  const clauses: ClauseText[] = [];
  for (let i = 0; i < bare.length; i++) clauses.push(clauseText(text, bare[i]!));
  // Clauses and mentions are both in text order: hand each clause its own mentions in one sweep.
  let k = 0;
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c]!;
    while (k < mentions.length && mentions[k]!.start < clause.start) k++;
    let stop = k;
    while (stop < mentions.length && mentions[stop]!.end <= clause.end) stop++;
    readClause(text, clause, mentions.slice(k, stop), reading, speakers);
    k = stop;
  }
  reading.leads = unique(reading.leads);
  const first = clauses[0];
  if (first && reading.leads.length > 0) {
    const head = first.head - first.start;
    reading.opensWithoutSubject =
      first.imperative && !matchesAt(HAND_OVER_WORD, first.s, head) && subjectOf(text, first, mentions, first.start, NO_TARGETS, []).length === 0;
  }
  if (reading.support.length > 0) {
    const leadIds = new Set(reading.leads.map((m) => m.id));
    reading.support = unique(reading.support).filter((m) => !leadIds.has(m.id));
  }
  reading.reportTo = unique(reading.reportTo);
  reading.directedBy = unique(reading.directedBy);
  return reading;
}

/** Whether text[from, end) ends with one of the words. */
function endsWithAny(text: string, from: number, end: number, words: string[]): boolean {
  return words.some((w) => end - w.length >= from && text.startsWith(w, end - w.length));
}

function readClause(text: string, c: ClauseText, mentions: AgencyMention[], reading: DirectiveReading, speakers: ReadonlySet<string>): void {
  const from = c.head;
  // Agencies a clause reports to or works with are not its subject.
  const targets = new Set<number>();
  for (const m of mentions) {
    const from = Math.max(c.start, m.start - CUE_REACH);
    // SUPPORT and REPORT_TO both end in spaces or tabs right before the mention, after a tail word.
    let tail = m.start;
    while (tail > from && (text.charCodeAt(tail - 1) === 0x20 || text.charCodeAt(tail - 1) === 0x09)) tail--;
    if (tail === m.start) continue;
    const support = endsWithAny(text, from, tail, SUPPORT_TAILS) && SUPPORT.test(text.slice(from, m.start));
    const reportTo = endsWithAny(text, from, tail, REPORT_TAILS) && REPORT_TO.test(text.slice(from, m.start));
    if (!support && !reportTo) continue;
    const list = nounPhraseAt(text, mentions, m.start, c.end).list;
    if (support) reading.support.push(...list);
    if (reportTo) reading.reportTo.push(...list);
    for (const t of list) targets.add(t.start);
  }
  const subject = subjectOf(text, c, mentions, from, targets, reading.directedBy);
  const leads = speaks(c, subject, speakers) ? NO_MENTIONS_HERE : subject;
  if (c.imperative) reading.asksAction = true;
  if (leads.length > 0) {
    reading.asksAction = true;
    reading.leads.push(...leads);
    if (reading.primaryLeads.length === 0) reading.primaryLeads = leads;
  }
}

const NO_SPEAKERS: ReadonlySet<string> = new Set();
const NO_MENTIONS_HERE: AgencyMention[] = [];
/** A speech verb (data/lexicon/speech-verbs.yaml) right after the subject, `cũng` allowed between. */
const SPEAKS = new RegExp(`[ \\t]+(?:cũng[ \\t]+)?(?:${alternation(SPEECH_VERBS)})(?![${LOWER}])`, 'y');

/** The subject is the notice's own speaker, and speaks: it notes, it is not told to act. */
function speaks(c: ClauseText, subject: AgencyMention[], speakers: ReadonlySet<string>): boolean {
  if (subject.length === 0 || speakers.size === 0 || !subject.every((m) => speakers.has(m.id))) return false;
  return matchesAt(SPEAKS, c.s, subject[subject.length - 1]!.end - c.start);
}

/** A subject that passes the task on: `… (cơ bản) (nhất trí …) (đồng thời) giao (cho) …`, the hand-over verb in lower case. */
const PASS_ON = new RegExp(
  `[ \\t]*(?:cơ bản[ \\t]+)?(?:nhất trí[^;]*?[ \\t])?(?:đồng thời[ \\t]+)?(?:${alternation(HAND_OVER_VERBS.map(lowerFirst))})[ \\t]+(?:cho[ \\t]+)?`,
  'y',
);

/** A hand-over verb in lower case after an opening phrase and its comma: `Trên cơ sở …, giao Văn phòng …`. */
const HAND_OVER_AFTER_COMMA = new RegExp(`[ \\t]*(?:${alternation(HAND_OVER_VERBS.map(lowerFirst))})[ \\t]+(?:cho[ \\t]+)?`, 'y');

const NO_TARGETS: ReadonlySet<number> = new Set();

/**
 * Who the clause tells to act: the agencies of its subject, or those handed the task by
 * `Giao`/`Đề nghị`/`Yêu cầu` (with or without a subject before it). A clause that opens
 * otherwise may still name its subject after a comma (`Thống nhất …, Ủy ban nhân dân tỉnh tiếp tục …`).
 */
function subjectOf(text: string, c: ClauseText, mentions: AgencyMention[], from: number, targets: ReadonlySet<number>, directors: AgencyMention[]): AgencyMention[] {
  // `Giao …` at the head is an imperative: a head that opens with none hands nothing over.
  const mayHandOver = from !== c.head || c.imperative;
  if (mayHandOver && matchesAt(HAND_OVER, c.s, from - c.start)) return nounPhraseAt(text, mentions, c.start + HAND_OVER.lastIndex, c.end).list;
  const opening = nounPhraseAt(text, mentions, from, c.end);
  // A body alone before a colon is a label (`Thường trực HĐND Thành phố: có mặt 09/09`, `Đại hội
  // MTTQVN xã: Từ ngày …`), no subject, unless an order follows it (`Sở Y tế: Khẩn trương …`).
  if (opening.list.length > 0 && labelsOnly(text, opening.end, c.end) && !matchesAt(IMPERATIVE_ANY_CASE, text, skipSpace(text, c.end, text.length))) return [];
  const atStart = actorsOf(text, c, mentions, opening, directors);
  if (atStart !== null) return atStart;
  if (matchesAt(NOT_A_TASK, c.s, from - c.start)) return [];
  // Commas of this clause only: a search through the rest of the item would be quadratic.
  for (let comma = c.s.indexOf(',', from - c.start); comma >= 0; comma = c.s.indexOf(',', comma + 1)) {
    // No agency ends after this comma: no phrase after it, nor after a later one, names any.
    if (firstEndingAfter(mentions, c.start + comma + 1) === mentions.length) break;
    // `Căn cứ …, đề nghị X …`, `Trên cơ sở …, giao X …`: the opening phrase sets the frame, X acts.
    if (matchesAt(HAND_OVER_AFTER_COMMA, c.s, comma + 1)) {
      const handed = nounPhraseAt(text, mentions, c.start + HAND_OVER_AFTER_COMMA.lastIndex, c.end).list;
      if (handed.length > 0) return handed;
    }
    // A comma right after a body continues that body's list (`làm việc với Sở Tài chính, Sở Xây
    // dựng …`): what follows is no new subject.
    if (endsBodyAt(text, mentions, c.start + comma)) continue;
    const inner = nounPhraseAt(text, mentions, c.start + comma + 1, c.end);
    if (inner.list.length === 0 || targets.has(inner.list[0]!.start)) continue;
    const verb = skipSpace(text, inner.end, c.end);
    if (verb >= c.end || !isLowerCode(text.charCodeAt(verb)) || matchesAt(NOT_A_VERB, c.s, verb - c.start)) continue;
    const actors = actorsOf(text, c, mentions, inner, directors);
    if (actors !== null) return actors;
  }
  return [];
}

/** Only spaces and a colon stand between the phrase's end and the clause's. */
function labelsOnly(text: string, end: number, clauseEnd: number): boolean {
  let i = end;
  while (i < clauseEnd && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return i === clauseEnd - 1 && text.charCodeAt(i) === 0x3a;
}

/** Does a mention end at `at`, spaces aside? */
function endsBodyAt(text: string, mentions: AgencyMention[], at: number): boolean {
  let i = at;
  while (i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x09)) i--;
  for (let k = 0; k < mentions.length; k++) if (mentions[k]!.end === i) return true;
  return false;
}

/**
 * The agencies of a noun phrase when a verb follows it: the phrase itself, or the agencies it
 * hands the task to; empty when it only agrees or has acted; null when no agency stands there.
 */
function actorsOf(text: string, c: ClauseText, mentions: AgencyMention[], subject: NounPhrase, directors: AgencyMention[]): AgencyMention[] | null {
  const directed = subject.list.length > 0 ? directedLeads(text, c, mentions, subject.end) : null;
  if (directed !== null) {
    directors.push(...subject.list);
    return directed;
  }
  if (matchesAt(PASS_ON, c.s, subject.end - c.start)) return nounPhraseAt(text, mentions, c.start + PASS_ON.lastIndex, c.end).list;
  if (subject.list.length === 0) return null;
  const at = subject.end - c.start;
  return matchesAt(NOT_A_TASK, c.s, at) || matchesAt(PASSIVE, c.s, at) ? [] : subject.list;
}

/** `… chỉ đạo` / `giao` / `phân công` after a subject (data/lexicon/directing-verbs.yaml). */
const DIRECTS = new RegExp(`[ \\t]+(?:${alternation(DIRECTING_VERBS)})[ \\t]+(?:cho[ \\t]+)?`, 'y');
/** `chủ trì`, `làm đầu mối` right after the directed bodies (data/lexicon/lead-words.yaml). */
const LEADS_THE_WORK = new RegExp(`[ \\t]*,?[ \\t]*(?:${alternation(LEAD_WORDS)})(?![${LOWER}])`, 'y');

/**
 * `UBND tỉnh chỉ đạo Sở Kế hoạch và Đầu tư chủ trì, …`: the bodies the subject directs lead when a
 * lead word follows them (the subject is then the body that directs); null otherwise.
 */
function directedLeads(text: string, c: ClauseText, mentions: AgencyMention[], subjectEnd: number): AgencyMention[] | null {
  if (!matchesAt(DIRECTS, c.s, subjectEnd - c.start)) return null;
  const directed = nounPhraseAt(text, mentions, c.start + DIRECTS.lastIndex, c.end);
  if (directed.list.length === 0 || !matchesAt(LEADS_THE_WORK, c.s, directed.end - c.start)) return null;
  return directed.list;
}

/** An item's opener that addresses the bodies after it (`Đối với`, `Về phía`), with its blank. */
const ADDRESSING = new RegExp(`^(?:${alternation(ADDRESSING_OPENERS, { eitherCase: true })})[ \\t]+`);

/**
 * The bodies an item addresses when that is all it says: `Ban Quản lý dự án đầu tư xây dựng
 * huyện:`, `Đối với Ủy ban nhân dân các xã:`, `Sở Y tế và Sở Tài chính:` — a noun phrase of bodies
 * (nounPhraseAt, after an opener of data/lexicon/addressing-openers.yaml) that opens with a body
 * and runs up to a colon that ends the text. Its points are for them. None otherwise.
 */
export function addressedIn(text: string, mentions: AgencyMention[]): AgencyMention[] {
  const body = text.trimEnd();
  if (!body.endsWith(':')) return [];
  const end = body.length - 1;
  const from = ADDRESSING.exec(body)?.[0].length ?? 0;
  if (!mentions.some((m) => m.start === from)) return [];
  const phrase = nounPhraseAt(body, mentions, from, end);
  return body.slice(phrase.end, end).trim() === '' ? phrase.list : [];
}

/** The text opens with an account of what has been done or what is, not with a task. */
export function statesFacts(text: string): boolean {
  const lead = skipSpace(text, 0, text.length);
  return matchesAt(FACTUAL, text, lead) || matchesAt(NOT_A_TASK, text, lead);
}

/** The text opens with a word of factual-openers.yaml (or a figure): the first half of statesFacts. */
export function opensWithFact(text: string): boolean {
  return matchesAt(FACTUAL, text, skipSpace(text, 0, text.length));
}

/** The text asks for something done again and again, or without end (`thường xuyên`, `hằng năm`). */
export function isOngoing(text: string): boolean {
  return ONGOING.test(text);
}

/** The deliverable the text asks for (`kế hoạch`, `báo cáo` …), outside the `masked` spans (citations). */
export function productOf(text: string, masked: Clause[] = []): string | null {
  if (masked.length > 0) {
    const pieces: string[] = [];
    let at = 0;
    for (const m of masked) {
      if (m.start < at) continue;
      pieces.push(text.slice(at, m.start), ' '.repeat(m.end - m.start));
      at = m.end;
    }
    pieces.push(text.slice(at));
    text = pieces.join('');
  }
  const made = PRODUCT.exec(text);
  if (made) return made[1]!.toLowerCase();
  const report = REPORT_PRODUCT.exec(text);
  return report ? report[1]! : null;
}

function unique(list: AgencyMention[]): AgencyMention[] {
  if (list.length < 2) return list;
  const seen = new Set<string>();
  return list.filter((m) => (seen.has(m.id) ? false : (seen.add(m.id), true)));
}
