/**
 * The word lists of data/lexicon (issue 14): every entry's example goes through the stage that uses
 * the list and must be recognised as that entry; every `counter` must not be. Removing an entry
 * from a list makes its example fail here. The files are read as the build reads them
 * (readDataFile with the schemas of src/lexicon/lists.ts); a malformed one gives `file:line:col`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as yaml from 'yaml';
import { ADDRESSEES_HEAD, AUTHORITY, DOC_TYPE } from '../src/lexicon/markers.js';
import { formatProblem, readDataFile } from '../src/data/data-file.js';
import { splitSquashed } from '../src/document/tail.js';
import { LEXICON_LISTS, WordEntry, listSchema, wordOf, type LexiconList } from '../src/lexicon/lists.js';
import { alternation, escapePattern } from '../src/lexicon/pattern.js';
import { REPORT_PRODUCTS } from '../src/lexicon/lexicon.gen.js';
import { LOWER } from '../src/text/letters.js';
import { findAgencies } from '../src/normalise/agencies.js';
import { findDates } from '../src/normalise/dates.js';
import { countFromIssue, deadlineRole } from '../src/normalise/deadline-dates.js';
import { addressedIn, isOngoing, nounPhraseAt, opensWithFact, productOf, readDirective, statesFacts } from '../src/normalise/directives.js';
import { typeOfNumber } from '../src/lexicon/document-types.js';
import { findPeople } from '../src/normalise/people.js';
import { findReferences } from '../src/normalise/references.js';
import type { SpanMaker } from '../src/core/spans.js';
import { buildDocument, splitTitle } from '../src/document/heading.js';
import { splitHeading } from '../src/document/items.js';
import type { Line } from '../src/document/lines.js';
import { MOTTO, RECIPIENTS_HEAD, SUBJECT_START, TITLE_START } from '../src/lexicon/markers.js';
import { parseMeetingDate } from '../src/normalise/dates.js';
import { recogniseMeeting } from '../src/normalise/meeting.js';
import { inPlacement } from '../src/text/tones.js';
import { parseNotice } from '../src/index.js';

const DATA = join(import.meta.dirname, '..', 'data', 'lexicon');

/** An entry of any list, as the test reads it. */
interface Entry {
  word?: string;
  name?: string;
  example: string;
  counter?: string;
  source?: string;
  token?: string;
  kind?: string;
  prefix?: boolean;
  role?: string;
  place?: string;
  then?: string[];
  party?: string[];
  state?: string[];
  stages?: string[];
}

function entriesOf(list: LexiconList): Entry[] {
  const file = `data/lexicon/${list.file}`;
  const read = readDataFile(yaml, readFileSync(join(DATA, list.file), 'utf8'), file, listSchema(list.entry as never));
  if (!read.ok) throw new Error(read.problems.map(formatProblem).join('\n'));
  return read.value as Entry[];
}

function list(file: string): Entry[] {
  const found = LEXICON_LISTS.find((l) => l.file === file);
  if (!found) throw new Error(`no list ${file}`);
  return entriesOf(found);
}

/** The directive reader on a text, with the agencies the gazetteer finds in it. */
function directive(text: string) {
  return readDirective(text, findAgencies(text));
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const titleCase = (s: string) => s.split(' ').map(upperFirst).join(' ');

/** A paragraph as the first (and only) line of a notice's opening: the meeting it tells of. */
function opening(text: string) {
  const spans = { span: () => null } as unknown as SpanMaker;
  return recogniseMeeting([{ text, start: 0, end: text.length } as Line], spans);
}

/** The closing of a short notice whose last paragraph, after its only item, is `paragraph`. */
function closingOf(paragraph: string): string | null {
  return parseNotice(['THÔNG BÁO', '1. Sở Y tế triển khai tiêm vắc xin.', paragraph, 'Nơi nhận:', '- Lưu VT.', ''].join('\n')).closing;
}

/** A line as the only line of a notice's header: what the header reader makes of it. */
function header(text: string) {
  return buildDocument([{ text } as Line], [], [], null as unknown as SpanMaker);
}

/** How each list's stage recognises an entry in a sentence. */
const RECOGNISED: Record<string, (entry: Entry, text: string) => boolean> = {
  // A clause that opens with the verb asks for action, even with no body named.
  'imperatives.yaml': (e, text) => text.startsWith(e.word!) && readDirective(text, []).asksAction,
  // An order, with or without a colon after it.
  'attention-words.yaml': (e, text) => text.startsWith(e.word!) && readDirective(text, []).asksAction,
  // At the head it is an imperative that names the leads; in lower case after a subject, the task
  // passes to the bodies after it, not to the subject.
  'hand-over-verbs.yaml': (e, text) => {
    if (!text.startsWith(e.word!) || !readDirective(text, []).asksAction || directive(text).leads.length === 0) return false;
    const passed = directive(`Thường trực Tỉnh ủy ${lowerFirst(text)}`);
    return passed.leads.length > 0 && passed.leads.every((m) => m.start > 0);
  },
  // An item of nothing but the opener and bodies up to its colon hands its points to them.
  'addressing-openers.yaml': (e, text) => text.startsWith(e.word!) && addressedIn(text, findAgencies(text)).length > 0,
  // Skipped at the head: the hand-over verb after it still names the leads.
  'connectors.yaml': (e, text) => text.toLowerCase().startsWith(e.word!) && directive(text).leads.length > 0,
  // The subject (a body at the start) is not told to act.
  'not-a-task-openers.yaml': (e, text) => {
    const d = directive(text);
    return text.includes(e.word!) && findAgencies(text)[0]?.start === 0 && d.leads.length === 0 && !d.asksAction;
  },
  // The body before it is no lead; nor is it asked anything.
  'passive-markers.yaml': (e, text) => {
    const d = directive(text);
    return text.includes(` ${e.word} `) && findAgencies(text)[0]?.start === 0 && d.leads.length === 0 && !d.asksAction;
  },
  'ongoing-duty-words.yaml': (e, text) => text.toLowerCase().includes(e.word!) && isOngoing(text),
  'report-products.yaml': (e, text) => productOf(text) === e.word,
  'deliverables.yaml': (e, text) => productOf(text) === e.word,
  // The body after the comma is not taken as the subject.
  'not-a-verb.yaml': (e, text) => {
    const after = findAgencies(text).find((m) => text.slice(m.end).startsWith(` ${e.word} `));
    return after !== undefined && directive(text).leads.length === 0;
  },
  // A date with the cue's kind; the cue opens it, or (kéo dài, gia hạn) is read looking back.
  'date-cues.yaml': (e, text) =>
    findDates(text).dates.some(
      (d) => d.kind === e.kind && (e.token === 'KeoDai' || e.token === 'GiaHan' || d.text.toLowerCase().startsWith(e.word!)),
    ),
  'until-verbs.yaml': (e, text) => text.includes(`${e.word} đến`) && findDates(text).dates.some((d) => d.kind === 'until'),
  // The notice's speaker (here the bodies of the examples' titles) notes; another body acts.
  'speech-verbs.yaml': (e, text) => {
    const mentions = findAgencies(text);
    const speakers = new Set(['dang-uy.ban-thuong-vu', 'tinh-uy.thuong-truc']);
    return text.includes(e.word!) && readDirective(text, mentions).leads.length > 0 && readDirective(text, mentions, speakers).leads.length === 0;
  },
  // The bodies after the verb lead when a lead word follows them; the subject directs them.
  'directing-verbs.yaml': (e, text) => text.includes(` ${e.word} `) && readDirective(text, findAgencies(text)).directedBy.length > 0,
  'lead-words.yaml': (e, text) => text.includes(e.word!) && readDirective(text, findAgencies(text)).directedBy.length > 0,
  // A day after the event noun in its clause is the event's schedule, not a date to finish by.
  'event-nouns.yaml': (e, text) =>
    text.toLowerCase().includes(e.word!) && findDates(text).dates.some((d) => deadlineRole(d, text) === 'schedule'),
  // The days count from the notice's own date: with it known (here 01/12/2025), the deadline gets a date.
  'issue-date-anchors.yaml': (e, text) =>
    text.includes(e.word!) && findDates(text).dates.some((d) => countFromIssue(d, '2025-12-01').countedFrom === '2025-12-01'),
  // A citation of the type, or (a type no citation knows) a heading.
  'document-types.yaml': (e, text) =>
    e.stages!.includes('citation')
      ? findReferences(text).some((r) => r.type === e.name)
      : DOC_TYPE.exec(text)?.[1] === e.name!.toUpperCase(),
  // The signer's title starts with it.
  'signature-titles.yaml': (e, text) => splitSquashed(text).title?.startsWith(e.word!) ?? false,
  // After a leadership title, a unit-head title starts someone else: it is not the person's.
  'unit-head-titles.yaml': (e, text) => {
    const titles = findPeople(text)[0]?.titles ?? [];
    return text.includes(`, ${e.word} `) && titles.length === 1 && !titles[0]!.startsWith(e.word!);
  },
  // The person holds it, so the unit-head title after it is cut off.
  'leadership-titles.yaml': (e, text) => {
    const titles = findPeople(text)[0]?.titles ?? [];
    return titles.length === 1 && titles[0]!.includes(e.word!);
  },
  // `đồng chí` before it names no person.
  'not-a-name.yaml': (e, text) => text.includes(`đồng chí ${e.word} `) && !findPeople(text).some((p) => p.name.startsWith(e.word!)),
  // The document side. A label of more than six words is a heading only for its opener.
  'item-label-openers.yaml': (e, text) => {
    const [heading] = splitHeading(text);
    return heading !== null && heading.startsWith(e.word!) && heading.split(/\s+/).length > 6;
  },
  // A label of up to six words is not a heading when it opens an order.
  'assent-openers.yaml': (e, text) => {
    const label = text.slice(0, text.indexOf(':'));
    return label.startsWith(e.word!) && label.split(/\s+/).length <= 6 && splitHeading(text)[0] === null;
  },
  // A first paragraph with a date of its own, not taken as the meeting's.
  'not-a-meeting-openers.yaml': (e, text) =>
    text.startsWith(e.word!) && parseMeetingDate(text) !== null && opening(text).date === null,
  // The chairing body starts with it, in either tone placement.
  'meeting-bodies.yaml': (e, text) =>
    [text, inPlacement(text, 'old'), inPlacement(text, 'new')].every((t) => {
      const body = opening(t).chairBody;
      return body !== null && [inPlacement(e.word!, 'old'), inPlacement(e.word!, 'new')].some((w) => body.startsWith(w));
    }),
  // The opening's date is the meeting's: its first sentence holds the word.
  // The person named after the title and the body it heads, with the title as written first.
  'office-titles.yaml': (e, text) => findPeople(text).some((p) => p.titles[0]?.startsWith(`${e.word} `) && p.name.split(' ').length >= 2 && !p.name.includes(e.word!)),
  // A name that starts with it is told from the place of the body before it.
  'surnames.yaml': (_e, text) => findPeople(`Ngày 18/9/2025, Chủ tịch UBND tỉnh Quảng Ngãi ${text} chủ trì cuộc họp.`)[0]?.name === text,
  'meeting-words.yaml': (e, text) => new RegExp(`(^|[^\\p{L}])${e.word}`, 'iu').test(text) && opening(text).date !== null,
  'meeting-verbs.yaml': (e, text) => {
    const body = opening(text).chairBody;
    return body !== null && text.includes(`${body} ${e.word} `);
  },
  // The whole line, in either tone placement.
  'mottos.yaml': (_e, text) => [text, inPlacement(text, 'old'), inPlacement(text, 'new')].every((t) => MOTTO.test(t)),
  // The header reader keeps the line as the document's urgency, in either tone placement.
  'urgency-marks.yaml': (_e, text) => [text, inPlacement(text, 'old'), inPlacement(text, 'new')].every((t) => header(t).urgency === t),
  // In each case form the list promises.
  'recipients-heads.yaml': (e, text) =>
    text.startsWith(e.word!) && [text, text.toUpperCase(), titleCase(text)].every((t) => RECIPIENTS_HEAD.exec(t)?.[0] === t),
  'subject-openers.yaml': (e, text) =>
    text.toLowerCase().startsWith(e.word!.toLowerCase()) &&
    [text.toLowerCase(), text.toUpperCase(), upperFirst(text.toLowerCase())].every((t) => SUBJECT_START.test(t)),
  'title-openers.yaml': (e, text) =>
    text.toLowerCase().startsWith(e.word!) && [lowerFirst(text), upperFirst(text)].every((t) => TITLE_START.test(t)),
  // The last paragraph, ending with `./.`, is the closing with the word and is not without it.
  'closing-words.yaml': (e, text) => text.includes(e.word!) && closingOf(text) === text && closingOf(text.replace(e.word!, '')) === null,
  // A number with no type code, from this issuer: a công văn.
  'cong-van-issuers.yaml': (e, text) => text.includes(`/${e.word}`) && header(text).type === 'CÔNG VĂN',
  // The subject read from the start of the sentence reaches past it, to the body named after it.
  'noun-phrase-words.yaml': (e, text) => {
    const at = text.toLowerCase().indexOf(e.word!);
    return at >= 0 && nounPhraseAt(text, findAgencies(text), 0, text.length).list.some((m) => m.start > at);
  },
  // In the middle of a title, it opens the subject.
  'title-subject-breaks.yaml': (e, text) => splitTitle(text)[1]?.toLowerCase().startsWith(e.word!.toLowerCase()) ?? false,
  // A line that opens with it, in sentence or capital case, starts the addressees.
  'addressees-heads.yaml': (e, text) => text.startsWith(e.word!) && [text, text.toUpperCase()].every((t) => ADDRESSEES_HEAD.test(t)),
  // A header line that opens with it is the subject, without it.
  // The line is the subject, kept as written with its opener (a heading's `về …` keeps its `về`).
  'header-subject-openers.yaml': (e, text) => text.startsWith(e.word!) && header(text).subject === text.trim(),
  // A signature line that opens with the mark reads it as its authority.
  'authority-marks.yaml': (e, text) => AUTHORITY.exec(text)?.[1] === e.word,
  // The column's last line opens with it: it starts the issuer's name, the line above is its superior.
  'body-heads.yaml': (e, text) => {
    const lines = text.split('\n');
    const doc = buildDocument(lines.map((t) => ({ text: t }) as Line), [], [], null as unknown as SpanMaker);
    return lines.length === 2 && doc.superior === lines[0] && doc.issuer === lines[1];
  },
  // The recognisers' lists (issue 14).
  // The text opens with it (not with a word of not-a-task-openers.yaml), so it states facts.
  'factual-openers.yaml': (e, text) => text.startsWith(e.word!) && opensWithFact(text) && statesFacts(text),
  // A body after it (and after each of its `then` words put in) receives the report: not a lead.
  'report-verbs.yaml': (e, text) => readAfterCueVerb(e, text, (t) => directive(t).reportTo),
  'report-qualifiers.yaml': (e, text) => text.includes(`báo cáo ${e.word}`) && directive(text).reportTo.length > 0,
  'proposal-verbs.yaml': (e, text) => text.includes(e.word!) && directive(text).reportTo.length > 0,
  // The bodies after it (and after each of its `then` words put in) support; the subject before it leads.
  'support-verbs.yaml': (e, text) => directive(text).leads.length > 0 && readAfterCueVerb(e, text, (t) => directive(t).support),
  // A report product with it after is the product asked for.
  'report-product-followers.yaml': (e, text) => {
    const product = productOf(text);
    return product !== null && REPORT_PRODUCTS.includes(product) && text.includes(`${product} ${e.word}`);
  },
  // The deliverable right after it is the product asked for.
  'making-verbs.yaml': (e, text) => {
    const product = productOf(text);
    return product !== null && after(text, e.word!, `(?:các[ \\t]+|một[ \\t]+)?${escapePattern(product)}`, 'i');
  },
  // A person after it, with the marker as written, capitalised and in capitals.
  'person-markers.yaml': (e, text) => {
    const word = e.word!;
    const variants = [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()];
    return text.includes(word) && variants.every((v) => findPeople(text.replace(word, v)).length > 0);
  },
  // The person's titles end right before it.
  'person-title-ends.yaml': (e, text) =>
    findPeople(text).some((p) => p.titles.length > 0 && new RegExp(`^[ \\t]${escapePattern(e.word!)}(?![${LOWER}])`).test(text.slice(p.end))),
  'person-list-joiners.yaml': (e, text) =>
    findPeople(text).some((p) => p.titles.length > 0 && new RegExp(`^,[ \\t]*${escapePattern(e.word!)}(?![${LOWER}])`).test(text.slice(p.end))),
  // A person of the cue's role, the cue written where it is read.
  'person-role-cues.yaml': (e, text) => {
    const people = findPeople(text);
    const at = text.toLowerCase().indexOf(e.word!);
    return at >= 0 && people.some((p) => p.role === e.role && (e.place === 'before' ? at < p.start : at >= p.end));
  },
  // The cited document's issuer ends before it.
  'issuer-end-words.yaml': (e, text) => findReferences(text).some((r) => r.issuer !== null && text.includes(`${r.issuer} ${e.word} `)),
  // The cited title ends at the comma before it, or right before it.
  'cited-title-ends-after-comma.yaml': (e, text) =>
    findReferences(text).some((r) => r.title !== null && new RegExp(`^,[ \\t]*${escapePattern(e.word!)}`).test(text.slice(r.stop))),
  'cited-title-ends.yaml': (e, text) => findReferences(text).some((r) => r.title !== null && text.startsWith(` ${e.word} `, r.stop)),
};

/**
 * A verb of report-verbs.yaml or support-verbs.yaml: the example names bodies after it (`read`), and
 * still does with each of its `then` words put right after it (`gửi về`).
 */
function readAfterCueVerb(e: Entry, text: string, read: (text: string) => unknown[]): boolean {
  const at = text.indexOf(`${e.word} `);
  if (at < 0 || read(text).length === 0) return false;
  const rest = at + e.word!.length + 1;
  return (e.then ?? []).every((w) => read(`${text.slice(0, rest)}${w} ${text.slice(rest)}`).length > 0);
}

/** Whether `word` stands in `text` with `then` (a pattern source) right after it, spaces between. */
function after(text: string, word: string, then: string, flags = ''): boolean {
  return new RegExp(`${escapePattern(word)}[ \\t]+${then}`, flags).test(text);
}

/**
 * The words of every list, as reviewed: an entry removed from a data file (its example goes with
 * it) fails here until the snapshot is updated on purpose (`npx vitest -u tests/lexicon.test.ts`).
 */
describe('the lists as reviewed', () => {
  it.each(LEXICON_LISTS.map((l) => l.file))('%s', (file) => {
    expect(list(file).map(wordOf)).toMatchSnapshot();
  });
});

describe('every lexicon list has a stage in this test', () => {
  it.each(LEXICON_LISTS.map((l) => l.file))('%s', (file) => expect(RECOGNISED[file]).toBeTypeOf('function'));
});

for (const l of LEXICON_LISTS) {
  const entries = entriesOf(l);
  const recognised = RECOGNISED[l.file]!;
  describe(l.file, () => {
    it.each(entries.map((e) => [wordOf(e), e] as const))('%s: its example', (_word, e) => {
      expect(recognised(e, e.example), e.example).toBe(true);
    });
    const countered = entries.filter((e) => e.counter !== undefined);
    if (countered.length > 0) {
      it.each(countered.map((e) => [wordOf(e), e] as const))('%s: its counter-example', (_word, e) => {
        expect(recognised(e, e.counter!), e.counter).toBe(false);
      });
    }
  });
}

describe('document types: codes and the stages that know each name', () => {
  const types = list('document-types.yaml');
  const cases = types.flatMap((t) => [
    ...(t.party ?? []).map((code) => [`${t.name}: party code ${code}`, () => typeOfNumber(`12-${code}/TU`) === t.name] as const),
    ...(t.state ?? []).map((code) => [`${t.name}: state code ${code}`, () => typeOfNumber(`12/2021/${code}-UBND`) === t.name] as const),
    ...t.stages!.map((stage) => [`${t.name}: ${stage}`, () => knows(stage, t.name!)] as const),
  ]);
  it.each(cases)('%s', (_what, check) => expect(check()).toBe(true));

  function knows(stage: string, name: string): boolean {
    switch (stage) {
      case 'heading':
        return DOC_TYPE.exec(`${name.toUpperCase()} về công tác phòng, chống dịch`)?.[1] === name.toUpperCase();
      case 'citation':
        // A number whose code names no type: the type can only come from the word before it.
        return findReferences(`Thực hiện ${name} số 12/XYZ-UBND của tỉnh.`)[0]?.type === name;
      case 'cited-date':
        return findDates(`Thực hiện ${name} ngày 05/12/2021 của tỉnh.`).dates[0]?.cited === true;
      case 'deliverable':
        return productOf(`Sở Y tế xây dựng ${name.toLowerCase()} thực hiện trong tháng 12.`) === name.toLowerCase();
      default:
        return false;
    }
  }
});

describe('a malformed lexicon file', () => {
  const schema = listSchema(WordEntry);
  it('a YAML error is placed at file:line:col', () => {
    const read = readDataFile(yaml, '- word: Giao\n  example: [unclosed\n', 'data/lexicon/x.yaml', schema);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map(formatProblem)[0]).toMatch(/^data\/lexicon\/x\.yaml:\d+:\d+ /);
  });
  it('a missing example, a misspelt field and a word twice each have a place', () => {
    const text = '- word: Giao\n  exampel: Giao Sở Y tế chủ trì.\n- word: Sớm\n  example: Sớm hoàn thành.\n';
    const read = readDataFile(yaml, text, 'data/lexicon/x.yaml', schema);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      const lines = read.problems.map(formatProblem);
      expect(lines.some((p) => p.startsWith('data/lexicon/x.yaml:1:3 ') && p.includes('example'))).toBe(true);
      expect(lines.every((p) => /^data\/lexicon\/x\.yaml:\d+:\d+ \S/.test(p))).toBe(true);
    }
    const twice = readDataFile(yaml, '- word: Sớm\n  example: a\n- word: Sớm\n  example: b\n', 'x.yaml', schema);
    expect(twice.ok).toBe(false);
  });
});

describe('alternation', () => {
  it('escapes each entry and tries the longest first', () => {
    expect(alternation(['a.b', 'a.b c'])).toBe('a\\.b c|a\\.b');
    expect(new RegExp(`^(?:${alternation(['nhất trí', 'cơ bản nhất trí'])})`).exec('cơ bản nhất trí')?.[0]).toBe('cơ bản nhất trí');
  });
  it('matches the first letter in either case when asked', () => {
    const re = new RegExp(`^(?:${alternation(['đồng thời'], { eitherCase: true })})$`);
    expect(re.test('Đồng thời') && re.test('đồng thời')).toBe(true);
  });
});

describe('hand-over verbs open an order, not an item label (splitHeading)', () => {
  it.each(list('hand-over-verbs.yaml').map((e) => e.word!))('%s', (word) => {
    const text = `${word} Sở Y tế: theo dõi, báo cáo kết quả.`;
    expect(splitHeading(text)[0]).toBeNull();
    // The same short label with another first word is a heading.
    expect(splitHeading(text.replace(word, 'Tiến độ'))[0]).toBe('Tiến độ Sở Y tế');
  });
});

describe('alternation: case forms, tone placements, dashes', () => {
  const whole = (words: string[], options: Parameters<typeof alternation>[1]) => new RegExp(`^(?:${alternation(words, options)})$`);
  it('matches each case form asked for, and the entry as written', () => {
    const re = whole(['V/v'], { cases: ['lower', 'upper'] });
    expect(['V/v', 'v/v', 'V/V'].every((s) => re.test(s))).toBe(true);
    expect(re.test('v/V')).toBe(false);
    const title = whole(['Nơi nhận'], { cases: ['title', 'upper'] });
    expect(['Nơi nhận', 'Nơi Nhận', 'NƠI NHẬN'].every((s) => title.test(s))).toBe(true);
    expect(title.test('nơi nhận')).toBe(false);
  });
  it('matches either tone placement of an entry written once', () => {
    const re = whole(['Ủy ban nhân dân', 'HOẢ TỐC'], { eitherPlacement: true });
    expect(['Ủy ban nhân dân', 'Uỷ ban nhân dân', 'HỎA TỐC', 'HOẢ TỐC'].every((s) => re.test(s))).toBe(true);
  });
  it('reads ` - ` as the dash pattern given', () => {
    const re = whole(['Độc lập - Tự do'], { dash: '[ \\t]*[-–][ \\t]*' });
    expect(['Độc lập - Tự do', 'Độc lập–Tự do', 'Độc lập  –  Tự do'].every((s) => re.test(s))).toBe(true);
  });
});
