/**
 * The normaliser: a built notice → the data someone can act on. Directives (who, what, by when),
 * the documents cited, the agencies named, each recipient's agencies, and the problems met in
 * dates (a weekday that does not match, an impossible date).
 */
import { UPPER } from '../text/letters.js';
import { SENTENCE_STOP } from '../lexicon/markers.js';
import type { Agency, Deadline, Directive, Item, Meeting, NoticeDate, Recipient, Reference } from '../schema/notice.js';
import type { BuiltNotice } from '../document/notice.js';
import type { ItemSource } from '../document/items.js';
import type { Finding } from '../core/findings.js';
import type { SpanMaker } from '../core/spans.js';
import { findAgencies, findAgencyAtStart, homeScope, summariseAgencies, type AgencyMention } from './agencies.js';
import { findDates, type FoundDate } from './dates.js';
import { addressedIn, handedOverBefore, isOngoing, productOf, readDirective, statesFacts, type DirectiveReading } from './directives.js';
import { findReferences, type FoundReference } from './references.js';
import { recogniseMeeting } from './meeting.js';
import { dateRole, type DateRole } from './date-roles.js';
import { countFromIssue, deadlineRole } from './deadline-dates.js';
import { lastDay } from './dates/calendar.js';
import { SIGNATURE_TITLES } from '../lexicon/lexicon.gen.js';

export interface Normalised {
  meeting: Meeting;
  directives: Directive[];
  references: Reference[];
  agencies: Agency[];
  recipients: Recipient[];
  /** Every date written, with its role, in text order. */
  dates: NoticeDate[];
  findings: Finding[];
}

/** Where a text the normaliser reads stands in the cleaned text, paragraph by paragraph. */
type Located = ItemSource;

export function normalise(built: BuiltNotice, spans: SpanMaker): Normalised {
  const sources = built.sources;
  const findings: Finding[] = [];
  const allMentions: AgencyMention[] = [];
  const references = new Map<string, Reference>();
  const directives: Directive[] = [];
  const meeting = recogniseMeeting(built.preambleLines, spans, built.titleLines, built.footnoteDrafts);
  // The issuing body (and the superior body above it) is an agency too: the header's lines, joined
  // as one name is (`ỦY BAN NHÂN DÂN` / `THÀNH PHỐ HÀ NỘI`).
  if (built.document.issuerLines.length > 0) allMentions.push(...findAgencies(built.document.issuerLines.join(' ')));
  // Bodies named without a scope are those of the issuer's level (`Hội Nông dân` in a commune's notice).
  const home = built.document.issuer ? homeScope(built.document.issuer) : null;
  // The body whose conclusions the notice reports (`KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG UỶ`): its speaker.
  const speakers = new Set(findAgencies(built.document.title ?? '', { home }).map((m) => m.id));
  const meetingDate = meeting.date && /^\d{4}-\d{2}-\d{2}$/.test(meeting.date) ? meeting.date : null;
  // The year the notice speaks from: its meeting's, else its own date's.
  const thisYear = Number((meetingDate ?? built.document.issuedOn ?? '').slice(0, 4)) || null;
  const issuedOn = built.document.issuedOn;
  // The notice's own day, when written whole: no date it sets can be over by then.
  const issuedDay = issuedOn !== null && /^\d{4}-\d{2}-\d{2}$/.test(issuedOn) ? issuedOn : null;
  const dated: [number, NoticeDate][] = [];
  if (built.issueDate) dated.push([-1, { ...dateOf(issuedOn!), role: 'issue', item: null, text: built.issueDate.text, span: built.issueDate.span }]);
  /** The dates of a text outside the items (the opening, the closing): the meeting's, cited ones, past ones. */
  const listOutside = (source: Located, refs: FoundReference[]) => {
    for (const d of findDates(source.text, { meetingDate, issuedOn }).dates) {
      const role = withMeeting(dateRole(d, { refs, meetingDate, issuedDay, thisYear }), d, meetingDate);
      dated.push(listed(d, role === 'deadline' ? deadlineRole(d, source.text) : role, null, source, spans));
    }
  };

  // The members of a class as the notice enumerates them (`các tổ chức chính trị - xã hội xã (Uỷ ban
  // MTTQVN, Hội Nông dân, …)`), by the class's id: a directive addressed to the class names them.
  const members = new Map<string, AgencyMention[]>();
  // Classes of bodies (`các sở`, `UBND các huyện`) come too: a directive may be addressed to one.
  const mentionsIn = (text: string) => findAgencies(text, { home, includeGeneric: true }).filter((m) => !m.common);
  const readText = (source: Located) => {
    const mentions = mentionsIn(source.text);
    allMentions.push(...mentions, ...namedInClasses(mentions, home));
    learnMembers(source.text, mentions, members);
    const refs = findReferences(source.text);
    for (const r of refs) {
      if (!references.has(r.number)) {
        const { start, stop, ...rest } = r;
        references.set(r.number, { ...rest, span: spans.span(cleanOffset(source, start), cleanOffset(source, stop)) });
      }
    }
    return { mentions, refs };
  };

  /** The dates of an item's text, each listed in `dates`, and those its directive keeps (deadlines and schedules). */
  const deadlinesOf = (source: Located, id: string, refs: FoundReference[]): DatedDeadline[] => {
    const dates = findDates(source.text, { meetingDate, issuedOn });
    for (const p of dates.problems) {
      findings.push({ severity: 'warning', code: p.code, message: p.message, offset: cleanOffset(source, p.start) });
    }
    // A decision that sets a date (`kéo dài … đến ngày 15/12/2021`) is tracked as well.
    const deadlines: DatedDeadline[] = [];
    for (const found of dates.dates) {
      const d = countFromIssue(found, issuedOn);
      const role = withMeeting(dateRole(d, { refs, meetingDate, issuedDay, thisYear }), d, meetingDate);
      const settled = role === 'deadline' ? deadlineRole(d, source.text) : role;
      dated.push(listed(d, settled, id, source, spans));
      if (settled === 'deadline' || settled === 'schedule') deadlines.push({ found: d, role: settled });
    }
    return deadlines;
  };

  // The opening's last paragraph may hand the items to a body (`… đề nghị Ủy ban nhân dân các
  // tỉnh thực hiện một số nội dung sau:`): items that name no lead of their own are its task.
  let handedBy: DirectiveReading | null = null;
  if (built.preambleSource) {
    const { refs } = readText(built.preambleSource);
    // A body with no items (a letter, a short notice): its paragraphs are what it asks.
    if (built.items.length > 0) {
      listOutside(built.preambleSource, refs);
      handedBy = handsOver(built.preambleSource, mentionsIn, speakers);
    } else paragraphs(built.preambleSource).forEach((para, k) => {
      const id = `p${k + 1}`;
      const refs = findReferences(para.text);
      const acting = outside(mentionsIn(para.text), refs);
      const reading = readDirective(para.text, acting, speakers);
      const deadlines = deadlinesOf(para, id, refs);
      if (!reading.asksAction && deadlines.length === 0) return;
      const span = spans.span(para.paragraphs[0]!.start, para.paragraphs[0]!.start + para.paragraphs[0]!.length);
      directives.push(directiveOf(id, null, reading.asksAction ? 'task' : 'decision', span, para, withMembers(reading, members), NO_MENTIONS, deadlines, refs, spans));
    });
  }
  // `addressed`: `parent` holds the bodies a heading named (`Đối với Ủy ban nhân dân tỉnh:`), whose
  // points are theirs only where they ask for action: a report's `4. UBND xã:` heads what it did.
  const walk = (items: Item[], parentItem: Item | null, parentId: string, parent: DirectiveReading | null, owner: string | null, addressed: boolean) => {
    items.forEach((item, index) => {
      const id = idOf(item, index, parentItem, parentId);
      const source = sources.get(item) ?? { text: item.text, paragraphs: [] };
      const { mentions, refs } = readText(source);
      // Agencies named inside a citation (`của Ủy ban nhân dân tỉnh`) are not the ones told to act.
      const acting = outside(mentions, refs);
      const reading = readDirective(source.text, acting, speakers);
      // A child with no lead of its own, or whose first sentence gives an order with no subject,
      // is addressed to its parent's leads.
      const inherits = parent !== null && (reading.leads.length === 0 || reading.opensWithoutSubject) && (!addressed || reading.asksAction);
      const inherited = inherits ? notAmong(parent.primaryLeads, reading.leads) : NO_MENTIONS;
      const itemId = item.kind === 'bullet' ? (owner ?? id) : id;
      const deadlines = deadlinesOf(source, id, refs);
      // A child addressed to its parent's leads is their task, unless it only states facts.
      const inheritedTask = inherited.length > 0 && !statesFacts(source.text);
      if (reading.asksAction || inheritedTask || deadlines.length > 0) {
        // Dates with no one told to act: an approval or decision (`Đồng ý kéo dài … đến ngày …`).
        const kind = reading.asksAction || inheritedTask ? 'task' : 'decision';
        directives.push(directiveOf(id, itemId, kind, item.span, source, withMembers(reading, members), withMembersOf(inherited, members), deadlines, refs, spans));
      }
      // An item that only names bodies (`Đối với Ủy ban nhân dân tỉnh:`) hands its points to them.
      const heads = reading.primaryLeads.length > 0 ? NO_MENTIONS : addressedIn(source.text, acting);
      const passDown: DirectiveReading | null =
        reading.primaryLeads.length > 0 ? reading
        : heads.length > 0 ? withPrimaryLeads(reading, heads)
        : inherited.length > 0 ? withPrimaryLeads(reading, inherited)
        : parent;
      const passAddressed = heads.length > 0 || (addressed && passDown === parent);
      walk(item.children, item, id, passDown, item.kind === 'bullet' ? owner : id, passAddressed);
    });
  };
  walk(built.items, null, '', handedBy, null, false);
  if (built.closingSource) {
    const { refs } = readText(built.closingSource);
    listOutside(built.closingSource, refs);
  }

  const recipients = built.recipients.map((r) => {
    const mentions = findAgencies(r.text, { home });
    allMentions.push(...mentions, ...namedInClasses(mentions, home));
    return { ...r, agencies: [...new Set(mentions.map((m) => m.id))] };
  });

  if (built.signature?.onBehalfOf) allMentions.push(...signingBody(built.signature.onBehalfOf, built.document.issuer, home));
  const agencies: Agency[] = summariseAgencies(allMentions).map((a) => ({
    id: a.id, name: a.name, kind: a.kind, level: a.level, known: a.known, mentions: a.mentions, collective: a.collective,
  }));
  agencies.push(...collectives(allMentions));
  const dates = dated.sort((a, b) => a[0] - b[0]).map(([, d]) => d);
  return { meeting, directives, references: [...references.values()], agencies, recipients, dates, findings };
}

/**
 * A directive's id: the labels from the top (`2.1`, `II.1.a`), a bullet as `-` and its place
 * (`2.-.3`). A number that does not fit its parent (`2.1.` under `3.`) is joined with `/`
 * (`3/2.1`) so that ids stay unique.
 */
function idOf(item: Item, index: number, parent: Item | null, parentId: string): string {
  if (item.kind === 'bullet') return parentId ? `${parentId}.-.${index + 1}` : `-.${index + 1}`;
  if (!parent || !parentId) return item.label;
  if (item.kind === 'numbered' && parent.kind === 'numbered' && item.label.startsWith(`${parent.label}.`)) {
    return parentId.slice(0, parentId.length - parent.label.length) + item.label;
  }
  const fits = item.kind !== 'numbered' || (item.number?.length ?? 1) === 1;
  return `${parentId}${fits ? '.' : '/'}${item.label}`;
}

function directiveOf(
  id: string,
  itemId: string | null,
  kind: Directive['kind'],
  span: Directive['span'],
  source: Located,
  reading: DirectiveReading,
  inherited: AgencyMention[],
  dates: DatedDeadline[],
  refs: FoundReference[],
  spans: SpanMaker,
): Directive {
  const agencies: Directive['agencies'] = [];
  pushRoles(agencies, inherited, 'lead', true);
  pushRoles(agencies, reading.leads, 'lead', false);
  pushRoles(agencies, reading.support, 'support', false);
  const deadlines: Deadline[] = [];
  for (let i = 0; i < dates.length; i++) deadlines.push(deadlineOf(dates[i]!, source, spans));
  return {
    id,
    item: itemId,
    kind,
    text: source.text,
    agencies,
    deadlines,
    timing: timingOf(deadlines, source.text),
    // A cited document's title (`Kế hoạch số …`) is not what the item asks for.
    product: productOf(source.text, citedClauses(refs)),
    reportTo: uniqueIds(reading.reportTo),
    directedBy: uniqueIds(reading.directedBy),
    references: uniqueNumbers(refs),
    span,
  };
}

// The helpers below use plain indexed loops and build every array and object the same way, so
// that the optimised code of the hot functions that inline them keeps seeing the same maps
// (spreads, `map` callbacks and `[]` versus filtered arrays made V8 re-optimise `directiveOf`
// several times per process).

/** An empty mention list, shared so that every empty list has one map. */
const NO_MENTIONS: AgencyMention[] = [];

/** The agencies of a directive, each with its role, appended to `out`. */
function pushRoles(out: Directive['agencies'], list: AgencyMention[], role: 'lead' | 'support', inherited: boolean): void {
  for (let i = 0; i < list.length; i++) {
    const m = list[i]!;
    // A class of bodies (`UBND các huyện`) is one collective agency: `cac-ubnd-huyen`.
    if (m.generic) out.push({ id: collectiveId(m.id), name: collectiveName(m.name), role, inherited, collective: true });
    else out.push({ id: m.id, name: m.name, role, inherited, collective: m.collective ?? false });
  }
}

/** The classes of bodies the mentions name (`UBND các huyện`), once each with their count, after the bodies. */
function collectives(mentions: readonly AgencyMention[]): Agency[] {
  const byId = new Map<string, Agency>();
  for (const m of mentions) {
    if (!m.generic) continue;
    const id = collectiveId(m.id);
    const seen = byId.get(id);
    if (seen) seen.mentions++;
    else byId.set(id, { id, name: collectiveName(m.name), kind: m.kind, level: m.level, known: m.known, mentions: 1, collective: true });
  }
  return [...byId.values()];
}

/**
 * The body that signs (`T/M BAN THƯỜNG VỤ` under `ĐẢNG UỶ XÃ CÔNG HẢI`): named in full on its line
 * (`T/M ỦY BAN NHÂN DÂN`), or as an organ of the issuer, which the line leaves out: the shortest
 * start of the issuer's name that completes it (`Ban Thường vụ` + `Đảng ủy`).
 */
function signingBody(onBehalfOf: string, issuer: string | null, home: string | null): AgencyMention[] {
  const own = findAgencies(onBehalfOf, { home });
  if (own.length > 0 || issuer === null) return own;
  const words = issuer.split(/\s+/);
  for (let n = 1; n <= words.length; n++) {
    const text = `${onBehalfOf} ${words.slice(0, n).join(' ')}`;
    const found = findAgencies(text, { home })[0];
    if (found !== undefined && found.start === 0 && found.end > onBehalfOf.length) return [found];
  }
  return [];
}

/** The words that make the title after them a deputy's (`PHÓ`: data/lexicon/signature-titles.yaml, its prefixes). */
const DEPUTY = new Set(SIGNATURE_TITLES.filter((t) => t.prefix).map((t) => t.word.toLowerCase()));

/** How far after a class its bracketed list of members may run: one line's worth. */
const MEMBERS_REACH = 400;

/**
 * `… các tổ chức chính trị - xã hội xã (Uỷ ban MTTQVN, Hội Nông dân, Hội Liên hiệp phụ nữ, Hội Cựu
 * Chiến binh)`: a class followed by brackets naming two bodies or more has those members.
 */
function learnMembers(text: string, mentions: readonly AgencyMention[], members: Map<string, AgencyMention[]>): void {
  for (const m of mentions) {
    if (!m.collective && !m.generic) continue;
    let open = m.end;
    while (text.charCodeAt(open) === 0x20) open++;
    if (text.charCodeAt(open) !== 0x28) continue;
    const close = text.indexOf(')', open);
    if (close < 0 || close - open > MEMBERS_REACH) continue;
    const inside = mentions.filter((x) => x.start > open && x.end <= close && !x.collective && !x.generic);
    if (inside.length >= 2) members.set(classIdOf(m), inside);
  }
}

/** The id under which a class is known: its own for a collective entry, `cac-…` for a plural reading. */
function classIdOf(m: AgencyMention): string {
  return m.collective ? m.id : collectiveId(m.id);
}

/** `list` with each class whose members the notice enumerated replaced by them. */
function withMembersOf(list: AgencyMention[], members: ReadonlyMap<string, AgencyMention[]>): AgencyMention[] {
  if (members.size === 0) return list;
  let expanded: AgencyMention[] | null = null;
  for (let i = 0; i < list.length; i++) {
    const m = list[i]!;
    const known = m.collective || m.generic ? members.get(classIdOf(m)) : undefined;
    if (known === undefined && expanded === null) continue;
    expanded ??= list.slice(0, i);
    if (known === undefined) expanded.push(m);
    else for (const x of known) if (!expanded.some((e) => e.id === x.id) && !list.some((e) => e.id === x.id)) expanded.push(x);
  }
  return expanded ?? list;
}

/** A reading whose leads and support have their classes' enumerated members in place of the classes. */
function withMembers(reading: DirectiveReading, members: ReadonlyMap<string, AgencyMention[]>): DirectiveReading {
  if (members.size === 0) return reading;
  return {
    leads: withMembersOf(reading.leads, members), opensWithoutSubject: reading.opensWithoutSubject,
    primaryLeads: withMembersOf(reading.primaryLeads, members), support: withMembersOf(reading.support, members),
    reportTo: reading.reportTo, asksAction: reading.asksAction, directedBy: reading.directedBy,
  };
}

/**
 * The bodies a name holds (`Thường trực Hội đồng nhân dân xã` holds Hội đồng nhân dân xã, `các
 * phòng chuyên môn UBND xã` Ủy ban nhân dân xã): the notice names them too, though the longer name
 * was the one matched.
 */
function namedInClasses(mentions: readonly AgencyMention[], home: string | null): AgencyMention[] {
  const out: AgencyMention[] = [];
  for (const m of mentions) {
    if (m.generic) continue;
    // A member of a grouped list (`Thường trực: HĐND, UBND xã`) also names the body it is written as.
    if (m.text.length * 2 < m.name.length) {
      const self = findAgencyAtStart(m.text, { home });
      // Not a body the name only places (`Huyện ủy` of `Huyện ủy, UBND các huyện Trà Cú, …`).
      if (self !== undefined && self.id !== m.id && !self.collective && !m.name.startsWith(self.name)) out.push(self);
    }
    // At each later word that starts with a capital (`cán sự đảng Ủy ban …` holds no `Đảng ủy`,
    // but `Ủy ban nhân dân tỉnh`), the longest name found there.
    const text = m.text;
    for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
      if (!isCapitalAt(text, i + 1)) continue;
      // `Phó Chủ tịch UBND tỉnh` is the deputy's title: it names the committee, not its Chủ tịch.
      if (DEPUTY.has(text.slice(text.lastIndexOf(' ', i - 1) + 1, i).toLowerCase())) continue;
      const inner = findAgencyAtStart(text.slice(i + 1), { home });
      if (inner !== undefined && !inner.collective) out.push(inner);
    }
  }
  return out;
}

/** The character at `k` is a capital (ASCII decided by its code: this runs at every word of every name). */
function isCapitalAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = text.charAt(k);
  return ch !== ch.toLowerCase();
}

/** The id of the class of the bodies `id` names one of. */
export function collectiveId(id: string): string {
  return `cac-${id}`;
}

/** `Ủy ban nhân dân huyện` → `các Ủy ban nhân dân huyện`. */
export function collectiveName(name: string): string {
  return `các ${name}`;
}

/** Whether a directive has a date, a relative deadline, goes on, or has no timing at all. */
function timingOf(deadlines: Deadline[], text: string): Directive['timing'] {
  let relative = false;
  for (let i = 0; i < deadlines.length; i++) {
    const d = deadlines[i]!;
    if (d.kind !== 'relative' && d.date) return 'dated';
    if (d.kind === 'relative') relative = true;
  }
  if (relative) return 'relative';
  return isOngoing(text) ? 'ongoing' : 'none';
}

/** The spans of the cited documents, masked when looking for the product. */
function citedClauses(refs: FoundReference[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < refs.length; i++) out.push({ start: refs[i]!.start, end: refs[i]!.stop });
  return out;
}

/** The ids of the mentions, each once, in first-seen order. */
function uniqueIds(list: AgencyMention[]): string[] {
  const seen = new Set<string>();
  for (let i = 0; i < list.length; i++) seen.add(list[i]!.id);
  return Array.from(seen);
}

/** The numbers of the references, each once, in first-seen order. */
function uniqueNumbers(refs: FoundReference[]): string[] {
  const seen = new Set<string>();
  for (let i = 0; i < refs.length; i++) seen.add(refs[i]!.number);
  return Array.from(seen);
}

/** The mentions of `list` whose agency is not among `own`. */
function notAmong(list: AgencyMention[], own: AgencyMention[]): AgencyMention[] {
  const ownIds = new Set<string>();
  for (let i = 0; i < own.length; i++) ownIds.add(own[i]!.id);
  const out: AgencyMention[] = [];
  for (let i = 0; i < list.length; i++) if (!ownIds.has(list[i]!.id)) out.push(list[i]!);
  return out;
}

/** A reading whose primary leads are the inherited ones (same property order: same map). */
function withPrimaryLeads(reading: DirectiveReading, primaryLeads: AgencyMention[]): DirectiveReading {
  return {
    leads: reading.leads, opensWithoutSubject: reading.opensWithoutSubject, primaryLeads,
    support: reading.support, reportTo: reading.reportTo, asksAction: reading.asksAction, directedBy: reading.directedBy,
  };
}

/** The meeting's own day, written again (`tại cuộc họp ngày 13/10/2025`), unless it dates a cited document. */
function withMeeting(role: DateRole, d: FoundDate, meetingDate: string | null): DateRole | 'meeting' {
  return role !== 'cited' && meetingDate !== null && d.date === meetingDate && d.end === null ? 'meeting' : role;
}

/** A date of a directive that goes into its deadlines, with its role. */
interface DatedDeadline {
  found: FoundDate;
  role: 'deadline' | 'schedule';
}

/** A date as the document-level list gives it, with the clean offset it is sorted by. */
function listed(d: FoundDate, role: NoticeDate['role'], item: string | null, source: Located, spans: SpanMaker): [number, NoticeDate] {
  const start = cleanOffset(source, d.start);
  const value: NoticeDate = {
    date: d.date, end: d.end, due: d.due, precision: d.precision, role, item, text: d.text,
    span: spans.span(start, cleanOffset(source, d.stop)),
  };
  return [start, value];
}

/** The notice's own date (`YYYY-MM-DD`; `YYYY-MM` or `YYYY` when the day or month is left blank) as a listed date. */
function dateOf(iso: string): Pick<NoticeDate, 'date' | 'end' | 'due' | 'precision'> {
  const [y, m, d] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (d !== undefined) return { date: iso, end: null, due: iso, precision: 'day' };
  const precision = m === undefined ? 'year' : 'month';
  return { date: iso, end: null, due: lastDay({ y, m: m ?? null, d: null, part: null, precision }), precision };
}

function deadlineOf(dated: DatedDeadline, source: Located, spans: SpanMaker): Deadline {
  const d = dated.found;
  return {
    date: d.date,
    end: d.end,
    precision: d.precision,
    kind: d.kind,
    partOfDay: d.partOfDay,
    time: d.time,
    days: d.days,
    months: d.months,
    anchor: d.anchor,
    text: d.text,
    due: d.due,
    role: dated.role,
    yearInferred: d.yearInferred,
    countedFrom: d.countedFrom,
    span: spans.span(cleanOffset(source, d.start), cleanOffset(source, d.stop)),
  };
}

/** The mentions that do not stand inside a citation (both lists in text order: one sweep). */
function outside(mentions: AgencyMention[], refs: { start: number; stop: number }[]): AgencyMention[] {
  const out: AgencyMention[] = [];
  let r = 0;
  for (const m of mentions) {
    while (r < refs.length && refs[r]!.stop <= m.start) r++;
    const ref = refs[r];
    if (!(ref && m.start >= ref.start && m.end <= ref.stop)) out.push(m);
  }
  return out;
}

/** Each paragraph of a located text as a located text of its own (`p1`, `p2` … of a body with no items). */
/**
 * The reading of the opening's last paragraph when it introduces the items (ends with a colon)
 * and tells a body to act on them; else null (`… kết luận như sau:` tells no one).
 */
function handsOver(opening: Located, mentionsIn: (text: string) => AgencyMention[], speakers: ReadonlySet<string>): DirectiveReading | null {
  const last = paragraphs(opening).pop()?.text;
  if (!last || !/:[ \t]*$/.test(last)) return null;
  // Its last sentence: `Ngày …, Thường trực Tỉnh ủy họp … . Thường trực Tỉnh ủy đề nghị X …:`.
  const text = last.slice(lastSentenceStart(last));
  const reading = readDirective(text, outside(mentionsIn(text), findReferences(text)), speakers);
  const lead = reading.primaryLeads[0];
  // Handed over: a hand-over verb before the first lead (`… đề nghị UBND tỉnh …`), not the opening's
  // own subject (`Thường trực Tỉnh ủy tổ chức họp …, đồng chí Bí thư kết luận như sau:`).
  return reading.asksAction && lead !== undefined && handedOverBefore(text, lead.start) ? reading : null;
}

/** Where the last sentence of `text` starts: after the last `. ` before a capital, else 0. */
function lastSentenceStart(text: string): number {
  let at = 0;
  for (const m of text.matchAll(SENTENCE_END)) at = m.index + m[0].length;
  return at;
}
const SENTENCE_END = new RegExp(`${SENTENCE_STOP}(?=[${UPPER}])`, 'g');

function paragraphs(source: Located): Located[] {
  return source.paragraphs.map((p) => ({ text: source.text.slice(p.at, p.at + p.length), paragraphs: [{ at: 0, start: p.start, length: p.length }] }));
}

/** An offset in a located text → the offset in the cleaned text. */
export function cleanOffset(source: Located, at: number): number {
  const ps = source.paragraphs;
  if (ps.length === 0) return 0;
  // The last paragraph that starts at or before `at` (paragraphs are in text order).
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ps[mid]!.at <= at) lo = mid;
    else hi = mid - 1;
  }
  const best = ps[lo]!;
  return best.start + Math.max(0, Math.min(at - best.at, best.length));
}
