/**
 * The report page of `notice-parse report`: one HTML file that holds everything it shows (style
 * and script inline, no font, image or script fetched; its Content-Security-Policy forbids any
 * fetch), so that it opens from a clerk's disk, a mail attachment or a USB stick.
 *
 * What it shows: the counts (notices, tasks, overdue, due within 7 days) as of a day; the due days
 * by month, a bar per month split by status; the rows of the tasks register grouped by lead body
 * (a group per body, by name, the rows without a lead last), each row linking to its item in the
 * notice's own section further down, which holds the notice's number, date, issuer, file and
 * items. Every text taken from a notice is escaped (a notice may hold `<script>`).
 */
import { createHash } from 'node:crypto';
import type { Item, Notice } from '../schema/notice.js';
import type { TaskRow } from '../tasks/rows.js';
import { STATUSES, type Status } from '../tasks/status.js';
import { SCRIPT, STYLE } from './report-assets.js';
import { wordsOf, type ReportWords } from './report-words.js';
import { plainLetters } from './tasks-agency.js';
import { headerOf, statusWord, type Column, type Lang } from './tasks-columns.js';

/** What the page keeps of a notice: its header, opening and items. */
export interface ReportNotice {
  /** The id of its section: `n1`, `n2` … in input order. */
  anchor: string;
  /** `Số 456-TB/TU`, or empty. */
  number: string;
  issuedOn: string;
  issuer: string;
  /** The input's name. */
  file: string;
  /** `THÔNG BÁO kết luận của Thường trực Tỉnh ủy`. */
  heading: string;
  preamble: string | null;
  items: Item[];
  /**
   * A body with no items: its paragraphs, `p1`, `p2` … as its directives are numbered; and any
   * directive whose id is no item's (none is expected).
   */
  paragraphs: { id: string; text: string }[];
}

/** A row of the register and the index (in `notices`) of the notice it comes from. */
export interface ReportRow {
  row: TaskRow;
  notice: number;
}

export interface ReportInput {
  notices: ReportNotice[];
  rows: ReportRow[];
  /** The day statuses are reckoned from, YYYY-MM-DD. */
  today: string;
  lang: Lang;
  /** Inputs that could not be read: the page says it leaves them out. */
  unreadable: number;
}

/** `<`, `>`, `&` and both quotes as references: for text and for attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function reportNoticeOf(notice: Notice, index: number): ReportNotice {
  const ids = new Set<string>();
  const walk = (items: Item[]) => {
    for (const i of items) {
      ids.add(i.id);
      walk(i.children);
    }
  };
  walk(notice.items);
  const doc = notice.document;
  // A body with no items: its paragraphs (the preamble, here the whole body) are p1, p2 … as the
  // directives read from them are numbered, each with its anchor.
  const paragraphs: ReportNotice['paragraphs'] = [];
  if (notice.items.length === 0 && notice.preamble) {
    for (const [k, text] of splitParagraphs(notice.preamble).entries()) paragraphs.push({ id: `p${k + 1}`, text });
  }
  for (const p of paragraphs) ids.add(p.id);
  for (const d of notice.directives) if (!ids.has(d.id)) paragraphs.push({ id: d.id, text: d.text });
  return {
    anchor: `n${index + 1}`,
    number: doc.number ? `Số ${doc.number}` : '',
    issuedOn: doc.issuedOn ?? '',
    issuer: doc.issuer ?? '',
    file: notice.source.name,
    heading: [doc.type, doc.title].filter((t) => t !== null && t !== '').join(' '),
    preamble: notice.items.length === 0 ? null : notice.preamble,
    items: notice.items,
    paragraphs,
  };
}

/** The id of an item's place in its notice's section; an item id's signs outside `[A-Za-z0-9.-]` are spelt `_hex_`. */
export function anchorOf(notice: ReportNotice, itemId: string): string {
  return `${notice.anchor}-i-${itemId.replace(/[^A-Za-z0-9.-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;
}

/** The rows of one lead body; `id` is empty for the rows that have none. */
export interface Group {
  id: string;
  name: string;
  rows: ReportRow[];
}

const collator = new Intl.Collator('vi');

/**
 * The rows by lead body (by id). The groups in order of their most urgent row (one overdue first,
 * then one due within 7 days, then the others), by name within each, the rows with no lead last;
 * the rows by due day (none last), notice, text order.
 */
export function groupsOf(rows: readonly ReportRow[], lang: Lang): Group[] {
  const byId = new Map<string, Group>();
  for (const r of rows) {
    const id = r.row.leadId;
    let g = byId.get(id);
    if (!g) byId.set(id, (g = { id, name: id === '' ? statusWord('no-lead', lang) : r.row.lead, rows: [] }));
    g.rows.push(r);
  }
  for (const g of byId.values()) g.rows.sort(byDue);
  return [...byId.values()].sort((a, b) => urgency(a) - urgency(b) || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function urgency(g: Group): number {
  if (g.id === '') return 3;
  if (g.rows.some((r) => r.row.status === 'overdue')) return 0;
  return g.rows.some((r) => r.row.status === 'due-7-days') ? 1 : 2;
}

function byDue(a: ReportRow, b: ReportRow): number {
  const x = a.row.due;
  const y = b.row.due;
  return (x === '' ? 1 : 0) - (y === '' ? 1 : 0) || (x < y ? -1 : x > y ? 1 : 0) || a.notice - b.notice || a.row.order - b.row.order;
}

/** Statuses a row with a due day can have, bottom to top in a month's bar. */
const DATED: readonly Status[] = ['overdue', 'due-7-days', 'upcoming', 'no-lead'];

export interface Month {
  /** `YYYY-MM`. */
  month: string;
  total: number;
  byStatus: Partial<Record<Status, number>>;
}

/** Every month from the first due day's to the last's (empty months too), with the rows due in it by status. */
export function monthsOf(rows: readonly TaskRow[]): Month[] {
  const dated = rows.filter((r) => r.due !== '');
  if (dated.length === 0) return [];
  const keys = dated.map((r) => r.due.slice(0, 7)).sort();
  const months: Month[] = [];
  const index = new Map<string, Month>();
  for (let m = keys[0]!; m <= keys[keys.length - 1]!; m = nextMonth(m)) {
    const month: Month = { month: m, total: 0, byStatus: {} };
    months.push(month);
    index.set(m, month);
  }
  for (const r of dated) {
    const m = index.get(r.due.slice(0, 7))!;
    m.total++;
    m.byStatus[r.status] = (m.byStatus[r.status] ?? 0) + 1;
  }
  return months;
}

function nextMonth(m: string): string {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7));
  return mo === 12 ? `${String(y + 1).padStart(4, '0')}-01` : `${m.slice(0, 4)}-${String(mo + 1).padStart(2, '0')}`;
}

/** A day as the page shows it: `05/12/2021` in Vietnamese, `2021-12-05` in English. */
export function dayText(day: string, lang: Lang): string {
  if (lang === 'en' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

function monthText(month: string, lang: Lang): string {
  return lang === 'en' ? month : `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

/** What the search box looks in, folded as the page folds what is typed. */
export function searchText(r: ReportRow, lang: Lang): string {
  const row = r.row;
  const fields = [row.notice, dayText(row.issuedOn, lang), row.issuer, row.item, row.lead, row.leadId, row.support, row.text, dayText(row.due, lang), row.deadline, row.product, row.reportTo, row.file, statusWord(row.status, lang)];
  return plainLetters(fields.join(' '));
}

export function reportHtml(input: ReportInput): string {
  const { lang } = input;
  const w = wordsOf(lang);
  const rows = input.rows;
  const count = (s: Status) => rows.filter((r) => r.row.status === s).length;
  const hash = createHash('sha256').update(SCRIPT, 'utf8').digest('base64');
  // The hash lets this script alone run where CSP hashes are known; 'unsafe-inline' is for the
  // browsers that do not know them (a browser that knows hashes ignores it).
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}' 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;
  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(`${w.title} (${dayText(input.today, lang)})`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header class="top" id="top"><h1>${escapeHtml(w.title)}</h1><p>${escapeHtml(w.asOf)} <time datetime="${input.today}">${dayText(input.today, lang)}</time></p></header>`,
    '<main>',
  );
  out.push(cards(input, w, count));
  if (input.unreadable > 0) out.push(`<p class="warn">${input.unreadable} ${escapeHtml(w.unreadable)}</p>`);
  out.push(timeline(input, w));
  out.push(toolbar(input, w));
  out.push(`<h2 class="groups" id="tasks">${escapeHtml(w.byLead)}</h2>`);
  for (const g of groupsOf(rows, lang)) out.push(group(g, input, w));
  out.push(`<p class="nomatch" id="nomatch"${rows.length === 0 ? '' : ' hidden'}>${escapeHtml(w.noMatch)}</p>`);
  out.push(`<h2 class="texts" id="texts">${escapeHtml(w.texts)}</h2>`);
  for (const n of input.notices) out.push(noticeSection(n, lang, w));
  out.push(`<footer>${escapeHtml(w.made)}</footer>`, '</main>', `<script>${SCRIPT}</script>`, '</body>', '</html>', '');
  return out.join('\n');
}

function cards(input: ReportInput, w: ReportWords, count: (s: Status) => number): string {
  const card = (value: number, label: string, status: string | null, note = '') =>
    status === null
      ? `<div class="card"><b>${value}</b><span>${escapeHtml(label)}</span></div>`
      : `<button type="button" class="card s-${status || 'all'}" data-status="${status}"${note ? ` title="${escapeHtml(note)}"` : ''}><b>${value}</b><span>${escapeHtml(label)}</span></button>`;
  const parts = [
    card(input.notices.length, w.notices, null),
    card(input.rows.length, w.tasks, '', w.tasksNote),
    card(count('overdue'), statusWord('overdue', input.lang), 'overdue'),
    card(count('due-7-days'), statusWord('due-7-days', input.lang), 'due-7-days'),
  ];
  const noLead = count('no-lead');
  if (noLead > 0) parts.push(card(noLead, statusWord('no-lead', input.lang), 'no-lead'));
  return `<div class="cards">${parts.join('')}</div>`;
}

function timeline(input: ReportInput, w: ReportWords): string {
  const { lang } = input;
  const months = monthsOf(input.rows.map((r) => r.row));
  const undated = input.rows.filter((r) => r.row.due === '').length;
  const out = [`<section class="panel" id="timeline"><h2>${escapeHtml(w.timeline)}</h2><p class="muted">${escapeHtml(w.timelineNote)}</p>`];
  if (months.length > 0) {
    const max = Math.max(...months.map((m) => m.total));
    const now = input.today.slice(0, 7);
    out.push('<div class="timeline">');
    for (const m of months) {
      const parts = DATED.filter((s) => (m.byStatus[s] ?? 0) > 0);
      const title = `${monthText(m.month, lang)}: ${parts.map((s) => `${m.byStatus[s]} ${statusWord(s, lang)}`).join(', ') || '0'}`;
      const segs = parts.map((s) => `<span class="seg s-${s}" data-n="${m.byStatus[s]}" style="height:${percent(m.byStatus[s]!, max)}%"></span>`).join('');
      out.push(
        `<div class="month${m.month === now ? ' now' : ''}" data-month="${m.month}" title="${escapeHtml(title)}">` +
          `<span class="today">${m.month === now ? escapeHtml(w.today) : ''}</span>` +
          `<span class="n">${m.total > 0 ? m.total : ''}</span><span class="bar">${segs}</span><span class="label">${monthText(m.month, lang)}</span></div>`,
      );
    }
    out.push('</div>');
    const shown = DATED.filter((s) => months.some((m) => (m.byStatus[s] ?? 0) > 0));
    out.push(`<ul class="legend">${shown.map((s) => `<li><span class="key s-${s}"></span>${escapeHtml(statusWord(s, lang))}</li>`).join('')}</ul>`);
  }
  if (undated > 0) out.push(`<p class="muted">${undated} ${escapeHtml(w.noDue)}</p>`);
  out.push('</section>');
  return out.join('\n');
}

function percent(n: number, max: number): string {
  return ((n / max) * 100).toFixed(1).replace(/\.0$/, '');
}

function toolbar(input: ReportInput, w: ReportWords): string {
  const { lang } = input;
  const present = STATUSES.filter((s) => input.rows.some((r) => r.row.status === s));
  const options = [`<option value="">${escapeHtml(w.allStatuses)}</option>`, ...present.map((s) => `<option value="${s}">${escapeHtml(statusWord(s, lang))}</option>`)];
  const shown = w.shown.replace('{n}', String(input.rows.length)).replace('{total}', String(input.rows.length));
  return (
    '<div class="toolbar">' +
    `<label>${escapeHtml(w.search)}<input id="q" type="search" autocomplete="off" spellcheck="false" placeholder="${escapeHtml(w.searchHint)}"></label>` +
    `<label>${escapeHtml(headerOf('status', lang))}<select id="status">${options.join('')}</select></label>` +
    `<span class="shown" id="shown" data-text="${escapeHtml(w.shown)}">${escapeHtml(shown)}</span>` +
    `<button type="button" id="expand">${escapeHtml(w.expandAll)}</button><button type="button" id="collapse">${escapeHtml(w.collapseAll)}</button><button type="button" id="print">${escapeHtml(w.print)}</button>` +
    '</div>'
  );
}

/** The columns of a group's table: the tasks table's headers. */
const ROW_COLUMNS: readonly { key: Column; col: string }[] = [
  { key: 'item', col: 'item' },
  { key: 'task', col: 'task' },
  { key: 'due', col: 'due' },
  { key: 'deadline', col: 'deadline' },
  { key: 'status', col: 'status' },
  { key: 'support', col: 'support' },
  { key: 'reportTo', col: 'report' },
  { key: 'notice', col: 'notice' },
];

function group(g: Group, input: ReportInput, w: ReportWords): string {
  const { lang } = input;
  const badges = (['overdue', 'due-7-days'] as const)
    .map((s) => [s, g.rows.filter((r) => r.row.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `<span class="badge s-${s}">${n} ${escapeHtml(statusWord(s, lang))}</span>`)
    .join('');
  const summary = `<summary><span class="name">${escapeHtml(g.name)}</span>${g.id ? `<span class="id">${escapeHtml(g.id)}</span>` : ''}<span class="count">${g.rows.length}</span>${badges}</summary>`;
  const head = `<colgroup>${ROW_COLUMNS.map((c) => `<col class="c-${c.col}">`).join('')}</colgroup><thead><tr>${ROW_COLUMNS.map((c) => `<th scope="col">${escapeHtml(headerOf(c.key, lang))}</th>`).join('')}</tr></thead>`;
  const body = g.rows.map((r) => rowHtml(r, input, w)).join('\n');
  return `<details class="group" open data-lead="${escapeHtml(g.id)}">${summary}<table>${head}<tbody>\n${body}\n</tbody></table></details>`;
}

function rowHtml(r: ReportRow, input: ReportInput, w: ReportWords): string {
  const { lang } = input;
  const row = r.row;
  const notice = input.notices[r.notice]!;
  const item = `<a href="#${anchorOf(notice, row.item)}" title="${escapeHtml(`${w.item} ${row.item}`)}">${escapeHtml(row.item)}</a>`;
  const product = row.product ? `<span class="product">${escapeHtml(w.product)}: ${escapeHtml(row.product)}</span>` : '';
  const due = row.due ? `<time datetime="${escapeHtml(row.due)}">${escapeHtml(dayText(row.due, lang))}</time>` : '';
  const label = noticeLabel(notice);
  const dated = notice.issuedOn ? `<br><span class="muted">${escapeHtml(dayText(notice.issuedOn, lang))}</span>` : '';
  const cells = [
    item,
    `${escapeHtml(row.task)}${product}`,
    due,
    escapeHtml(row.deadline),
    `<span class="pill s-${row.status}">${escapeHtml(statusWord(row.status, lang))}</span>`,
    escapeHtml(row.support),
    escapeHtml(row.reportTo),
    `<a href="#${notice.anchor}"${notice.number ? '' : ' class="file"'} title="${escapeHtml(`${w.noticeLink} ${notice.number || w.unnumbered}: ${notice.file}`)}">${escapeHtml(label)}</a>${dated}`,
  ];
  const classes = ['item', 'task', 'due', 'deadline', 'status', 'support', 'report', 'notice'];
  return `<tr class="s-${row.status}" data-status="${row.status}" data-q="${escapeHtml(searchText(r, lang))}">${cells.map((c, k) => `<td class="${classes[k]}">${c}</td>`).join('')}</tr>`;
}

/** How a notice is named in a row: its number, else its file's name. */
function noticeLabel(n: ReportNotice): string {
  return n.number || (n.file.split(/[\\/]/).pop() ?? n.file);
}

function noticeSection(n: ReportNotice, lang: Lang, w: ReportWords): string {
  const facts: [string, string][] = [
    [headerOf('notice', lang), n.number || w.unnumbered],
    [headerOf('issuedOn', lang), n.issuedOn ? dayText(n.issuedOn, lang) : ''],
    [headerOf('issuer', lang), n.issuer],
    [headerOf('file', lang), n.file],
  ];
  const dl = facts
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`)
    .join('');
  const out = [`<article class="notice" id="${n.anchor}"><h3>${escapeHtml(n.heading || noticeLabel(n))}</h3><dl>${dl}</dl>`];
  if (n.preamble) out.push(`<div class="preamble" title="${escapeHtml(w.preamble)}">${paragraphs(n.preamble)}</div>`);
  if (n.items.length > 0) out.push(`<ol class="items">${n.items.map((i) => itemHtml(n, i)).join('')}</ol>`);
  if (n.paragraphs.length > 0) {
    const ps = n.paragraphs.map((p) => `<li class="item" id="${anchorOf(n, p.id)}"><div class="itext"><span class="mark">${escapeHtml(`${w.paragraph} ${p.id}`)}.</span>${paragraphs(p.text)}</div></li>`);
    out.push(`<ol class="items">${ps.join('')}</ol>`);
  }
  out.push(`<p class="back"><a href="#top">${escapeHtml(w.top)}</a></p></article>`);
  return out.join('\n');
}

function itemHtml(n: ReportNotice, item: Item): string {
  const heading = item.heading ? `<span class="heading">${escapeHtml(item.heading)}:</span> ` : '';
  const children = item.children.length > 0 ? `<ol>${item.children.map((c) => itemHtml(n, c)).join('')}</ol>` : '';
  return `<li class="item" id="${anchorOf(n, item.id)}"><div class="itext"><span class="mark">${escapeHtml(markOf(item))}</span>${heading}${paragraphs(item.text)}</div>${children}</li>`;
}

/** The item's marker as usually written: `2.`, `II.`, `ii.`, `a)`, `A.`, `-`, `(1)`. */
function markOf(item: Item): string {
  if (item.kind === 'bullet' || item.label.startsWith('(')) return item.label;
  // Points are lettered in lower case with `)`; parts in capitals with `.`.
  return item.kind === 'lettered' && item.label === item.label.toLowerCase() ? `${item.label})` : `${item.label}.`;
}

function splitParagraphs(text: string): string[] {
  return text.split(/\n[ \t]*\n/).filter((p) => p.trim() !== '');
}

/** A text whose paragraphs are joined by a blank line, as paragraphs; the first runs on after the marker. */
function paragraphs(text: string): string {
  const ps = splitParagraphs(text);
  if (ps.length === 0) return '';
  const [first, ...rest] = ps;
  return escapeHtml(first!) + rest.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
}
