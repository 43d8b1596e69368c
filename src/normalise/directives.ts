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

export interface Clause {
  start: number;
  end: number;
}

export interface DirectiveReading {
  leads: AgencyMention[];
  /** The first clause gives an order with no subject: it is addressed to the parent's leads. */
  opensWithoutSubject: boolean;
  /** The text opens with an account of what has been done or what is, not with a task. */
  statesFacts: boolean;
  /** The leads of the first clause that has any: what a child inherits. */
  primaryLeads: AgencyMention[];
  support: AgencyMention[];
  reportTo: AgencyMention[];
  product: string | null;
  /** The text asks for action (a lead, or a clause that opens with a verb of command). */
  asksAction: boolean;
  ongoing: boolean;
}

const CONNECTOR = /^(?:[Đđ]ồng thời|[Tt]rong đó|[Nn]goài ra|[Bb]ên cạnh đó|[Ss]au đó|[Tt]rước mắt|[Rr]iêng|[Mm]ặt khác|[Tt]uy nhiên)[ \t]*,?[ \t]*/;
/** The subject has acted already, or only agrees: nothing is asked. */
const NOT_A_TASK =
  /^[ \t]*(?:[^ \t,;.]+[ \t]+){0,3}?(?:đã|cơ bản nhất trí|nhất trí|thống nhất|đồng ý|ghi nhận|đánh giá cao|biểu dương|kết luận|vừa qua)(?![a-zà-ỹđ])/;
/** Verbs a clause may open with when it gives an order with no subject written. */
const IMPERATIVE = /^(?:Giao|Đề nghị|Yêu cầu|Tập trung|Tiếp tục|Chỉ đạo|Tăng cường|Đẩy mạnh|Đẩy nhanh|Rà soát|Khẩn trương|Chủ động|Thực hiện|Triển khai|Quán triệt|Nắm chắc|Kịp thời|Huy động|Bảo đảm|Đảm bảo|Nâng cao|Phát huy|Xây dựng|Kiểm tra|Tổ chức|Hoàn thành|Hoàn thiện|Kết thúc|Nghiên cứu|Quan tâm|Chú ý|Lưu ý|Chấn chỉnh|Xử lý|Siết chặt|Rà soát|Bố trí|Phối hợp|Tuyên truyền|Làm tốt|Sớm|Cần|Phải)(?![a-zà-ỹđ])/;
/** Openings that report rather than ask: results, figures, the situation. */
const FACTUAL =
  /^(?:Số|Tỷ lệ|Kết quả|Tình hình|Hiện nay|Đến nay|Qua|Thời gian qua|Thời gian vừa qua|Sau|Trước tình hình|Nhìn chung|Tuy nhiên|Đồng ý|Thống nhất|Nhất trí|Cơ bản nhất trí|Ghi nhận|Biểu dương|Đánh giá cao|\d)(?![a-zà-ỹđ])/;
const SUPPORT = /phối hợp(?:[ \t]+chặt chẽ)?(?:[ \t]+với)?[ \t]+$/;
const REPORT_TO =
  /(?:(?:báo cáo(?:[ \t]+(?:ngay|kịp thời|kết quả|định kỳ|thường xuyên|tình hình)){0,2}(?:[ \t]+(?:với|về|cho|lên))?|trình|xin ý kiến|gửi(?:[ \t]+về)?|tham mưu(?:[ \t]+cho)?)(?:[ \t]+các)?(?:[ \t]+đồng chí)?|(?:đề xuất|kiến nghị|báo cáo|gửi)[^.;]{0,80}?[ \t]về)[ \t]+$/;
const ONGOING = /(?:thường xuyên|tiếp tục|kịp thời|định kỳ|hằng (?:ngày|tuần|tháng|quý|năm)|hàng (?:ngày|tuần|tháng|quý|năm)|lâu dài|liên tục)/i;

/** Deliverables, as the text names them after a verb of making. */
const PRODUCT =
  /(?:xây dựng|ban hành|có|lập|hoàn chỉnh|hoàn thiện|chuẩn bị|soạn thảo|xây dựng và ban hành|tham mưu(?:[ \t]+ban hành)?)[ \t]+(?:các[ \t]+|một[ \t]+)?(kế hoạch|phương án|đề án|quy chế|quy định|chương trình|báo cáo|tờ trình|dự thảo|quyết định|công văn|văn bản|hướng dẫn|nghị quyết|đề xuất)(?![a-zà-ỹđ])/i;
const REPORT_PRODUCT = /(?:^|[ \t,;])(báo cáo|tờ trình|dự thảo)(?:[ \t]+(?:kết quả|tình hình|đánh giá|phân tích|về|với|Thường trực|Ban Thường vụ|Ủy ban|UBND|cấp))/;

/** Clauses of a text: split at `.` `;` `:` `!` `?` before a space, and at blank lines. */
export function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    const boundary =
      i === text.length ||
      (ch === '\n' && text[i + 1] === '\n') ||
      ((ch === '.' || ch === ';' || ch === '!' || ch === '?' || ch === ':') && (i + 1 === text.length || /\s/.test(text[i + 1]!)));
    if (!boundary) continue;
    const end = i === text.length || ch === '\n' ? i : i + 1;
    if (text.slice(start, end).trim() !== '') out.push({ start, end });
    start = i + 1;
  }
  return out;
}

/** Words of a noun phrase naming bodies: what a list of agencies may hold between its names. */
const NP_WORDS = new Set([
  'các', 'và', 'cùng', 'những', 'ban', 'huyện', 'tỉnh', 'xã', 'phường', 'quận', 'ủy', 'uỷ', 'đảng', 'đoàn',
  'sở', 'ngành', 'cấp', 'hội', 'viên',
]);
const NP_PHRASES = [
  'lãnh đạo', 'đồng chí', 'người đứng đầu', 'thành viên', 'trực thuộc', 'tổ chức', 'chính trị', 'xã hội',
  'mặt trận', 'đoàn thể', 'có liên quan', 'liên quan', 'cùng với', 'tập thể', 'chính quyền', 'đặc thù',
  'cơ quan', 'đơn vị', 'địa phương', 'nhân dân', 'thành phố', 'thị xã', 'thị trấn', 'tất cả',
];
/** Words after a noun phrase that show it is not the subject of a verb. */
const NOT_A_VERB = /^(?:của|về|với|trong|tại|cho|theo|để|nhằm|thì|khi|nếu|là|trên|từ|đến|do|bởi)(?![a-zà-ỹđ])/;

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

function isUpperStart(word: string): boolean {
  return /^[A-ZÀ-ÝĂĐĨŨƠƯẠ-Ỹ]/.test(word) && word.toLowerCase() !== word;
}

/**
 * The noun phrase that starts at `from`: names of bodies and the words that join them (`,`, `và`,
 * `các`, `Lãnh đạo`, `Ủy ban nhân dân các huyện …`). Returns the agencies it names and where
 * it ends: at the first word that is not part of such a phrase (the verb).
 */
function nounPhraseAt(text: string, mentions: AgencyMention[], from: number, limit: number): { list: AgencyMention[]; end: number } {
  const list: AgencyMention[] = [];
  let pos = from;
  let last = from; // end of the last word taken: separators after it are not part of the phrase
  let k = firstEndingAfter(mentions, from);
  while (pos < limit) {
    while (pos < limit && /[\s,/]/.test(text[pos]!)) pos++;
    if (pos >= limit) break;
    if (k < mentions.length && mentions[k]!.start <= pos) {
      let end = pos;
      while (k < mentions.length && mentions[k]!.start <= Math.max(pos, end)) {
        list.push(mentions[k]!);
        end = Math.max(end, mentions[k]!.end);
        k++;
      }
      pos = end;
      last = end;
      continue;
    }
    const word = /^[^\s,;:()/]+/.exec(text.slice(pos, Math.min(limit, pos + 40)))?.[0] ?? text[pos]!;
    const rest = text.slice(pos, pos + 24).toLowerCase();
    const phrase = NP_PHRASES.find((p) => rest.startsWith(p) && !/[a-zà-ỹđ]/.test(rest[p.length] ?? ' '));
    if (phrase) pos += phrase.length;
    else if (isUpperStart(word) || NP_WORDS.has(word.toLowerCase())) pos += word.length;
    else break;
    if (k < mentions.length && mentions[k]!.start < pos) pos = Math.min(pos, mentions[k]!.start);
    last = pos;
  }
  return { list, end: last };
}

export function readDirective(text: string, mentions: AgencyMention[], masked: Clause[] = []): DirectiveReading {
  const reading: DirectiveReading = {
    leads: [], opensWithoutSubject: false, statesFacts: false, primaryLeads: [], support: [], reportTo: [], product: null, asksAction: false, ongoing: false,
  };
  const clauses = clausesOf(text);
  const first = clauses[0];
  if (first) {
    const head = text.slice(first.start, first.end).trimStart().replace(CONNECTOR, '');
    reading.opensWithoutSubject =
      IMPERATIVE.test(head) && !/^(?:Giao|Đề nghị|Yêu cầu)(?![a-zà-ỹđ])/.test(head) && subjectOf(text, first, mentions, first.start).length === 0;
  }
  reading.statesFacts = FACTUAL.test(text.trimStart()) || NOT_A_TASK.test(` ${text.trimStart()}`);
  // Clauses and mentions are both in text order: hand each clause its own mentions in one sweep.
  let k = 0;
  for (const clause of clauses) {
    while (k < mentions.length && mentions[k]!.start < clause.start) k++;
    let stop = k;
    while (stop < mentions.length && mentions[stop]!.end <= clause.end) stop++;
    readClause(text, clause, mentions.slice(k, stop), reading);
    k = stop;
  }
  reading.leads = unique(reading.leads);
  const leadIds = new Set(reading.leads.map((m) => m.id));
  reading.support = unique(reading.support).filter((m) => !leadIds.has(m.id));
  reading.reportTo = unique(reading.reportTo);
  reading.product = productOf(text, masked);
  reading.ongoing = ONGOING.test(text);
  return reading;
}

function readClause(text: string, clause: Clause, mentions: AgencyMention[], reading: DirectiveReading): void {
  let from = clause.start + (text.slice(clause.start, clause.end).length - text.slice(clause.start, clause.end).trimStart().length);
  const connector = CONNECTOR.exec(text.slice(from, clause.end));
  if (connector) from += connector[0].length;
  const head = text.slice(from, clause.end);
  // Agencies a clause reports to or works with are not its subject.
  const targets = new Set<number>();
  for (const m of mentions) {
    const before = text.slice(Math.max(clause.start, m.start - 120), m.start);
    for (const [re, into] of [[SUPPORT, reading.support], [REPORT_TO, reading.reportTo]] as const) {
      if (!re.test(before)) continue;
      const list = nounPhraseAt(text, mentions, m.start, clause.end).list;
      into.push(...list);
      for (const t of list) targets.add(t.start);
    }
  }
  const leads = subjectOf(text, clause, mentions, from, targets);
  if (IMPERATIVE.test(head)) reading.asksAction = true;
  if (leads.length > 0) {
    reading.asksAction = true;
    reading.leads.push(...leads);
    if (reading.primaryLeads.length === 0) reading.primaryLeads = leads;
  }
}

const PASS_ON = /^[ \t]*(?:cơ bản[ \t]+)?(?:nhất trí[^;]*?[ \t])?(?:đồng thời[ \t]+)?(?:giao|đề nghị|yêu cầu)[ \t]+(?:cho[ \t]+)?/;

/**
 * Who the clause tells to act: the agencies of its subject, or those handed the task by
 * `Giao`/`Đề nghị`/`Yêu cầu` (with or without a subject before it). A clause that opens
 * otherwise may still name its subject after a comma (`Thống nhất …, Ủy ban nhân dân tỉnh tiếp tục …`).
 */
function subjectOf(text: string, clause: Clause, mentions: AgencyMention[], from: number, targets: Set<number> = new Set()): AgencyMention[] {
  const handOver = /^(?:Giao|Đề nghị|Yêu cầu)[ \t]+(?:cho[ \t]+)?/.exec(text.slice(from, clause.end));
  if (handOver) return nounPhraseAt(text, mentions, from + handOver[0].length, clause.end).list;
  const atStart = actorsOf(text, clause, mentions, from);
  if (atStart !== null) return atStart;
  if (NOT_A_TASK.test(text.slice(from, clause.end))) return [];
  // Commas of this clause only: a search through the rest of the item would be quadratic.
  const clauseText = text.slice(0, clause.end);
  for (let comma = clauseText.indexOf(',', from); comma >= 0; comma = clauseText.indexOf(',', comma + 1)) {
    const inner = nounPhraseAt(text, mentions, comma + 1, clause.end);
    if (inner.list.length === 0 || targets.has(inner.list[0]!.start)) continue;
    const verb = text.slice(inner.end, clause.end).trimStart();
    if (!/^[a-zà-ỹđ]/.test(verb) || NOT_A_VERB.test(verb)) continue;
    const actors = actorsOf(text, clause, mentions, comma + 1);
    if (actors !== null) return actors;
  }
  return [];
}

/**
 * The agencies of the noun phrase at `from` when a verb follows it: the phrase itself, or the
 * agencies it hands the task to; empty when it only agrees or has acted; null when no agency
 * stands there.
 */
function actorsOf(text: string, clause: Clause, mentions: AgencyMention[], from: number): AgencyMention[] | null {
  const subject = nounPhraseAt(text, mentions, from, clause.end);
  const after = text.slice(subject.end, clause.end);
  const passOn = PASS_ON.exec(after);
  if (passOn) return nounPhraseAt(text, mentions, subject.end + passOn[0].length, clause.end).list;
  if (subject.list.length === 0) return null;
  return NOT_A_TASK.test(after) ? [] : subject.list;
}

function productOf(text: string, masked: Clause[]): string | null {
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
  const seen = new Set<string>();
  return list.filter((m) => (seen.has(m.id) ? false : (seen.add(m.id), true)));
}
