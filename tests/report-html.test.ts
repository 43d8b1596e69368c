/**
 * The report page's builder (src/cli/report-html.ts, issue 17 point 5): escaping, groups, counts,
 * months, links, the page holding all it needs. Expected values are read from the notices' texts
 * (NOTICE_456 of tests/tasks-notice.ts, the fixtures), not from the builder's output.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNotice, tasksOf, type Notice, type TaskRow } from '../src/index.js';
import { anchorOf, dayText, escapeHtml, groupsOf, monthsOf, reportHtml, reportNoticeOf, type ReportInput } from '../src/cli/report-html.js';
import type { Lang } from '../src/cli/tasks-columns.js';
import { fixtureFile } from './helpers.js';
import { NOTICE_456, due456, item456 } from './tasks-notice.js';

interface Source {
  text: string;
  name: string;
}

function inputOf(sources: Source[], today: string, lang: Lang = 'vi', includeDecisions = false): ReportInput {
  const notices: Notice[] = sources.map((s) => parseNotice(s.text, { name: s.name, spans: false }));
  return {
    notices: notices.map((n, k) => reportNoticeOf(n, k)),
    rows: notices.flatMap((n, k) => tasksOf(n, { today, includeDecisions }).map((row) => ({ row, notice: k }))),
    today,
    lang,
    unreadable: 0,
  };
}

const N456: Source = { text: NOTICE_456, name: 'n456.txt' };

/** What a page shows as text of an element's content: tags dropped, references read back. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The groups of a page: lead id, name shown and count shown, in page order. */
function groupsShown(html: string): { lead: string; name: string; count: string }[] {
  return [...html.matchAll(/<details class="group" open data-lead="([^"]*)"><summary><span class="name">([^<]*)<\/span>(?:<span class="id">[^<]*<\/span>)?<span class="count">(\d+)<\/span>/g)].map(
    (m) => ({ lead: m[1]!, name: textOf(m[2]!), count: m[3]! }),
  );
}

describe('escaping', () => {
  it('escapes & < > " \' for text and attributes alike', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('writes every text of a notice as text: a <script>, an <img onerror>, quotes, a file name with signs', () => {
    const evil = NOTICE_456.replace(
      'xây dựng kế hoạch mua sắm',
      'xây dựng kế hoạch <script>window.__pwned = 1</script> "mua" & <img src=x onerror="window.__pwned = 2"> mua sắm',
    );
    expect(evil).not.toBe(NOTICE_456);
    const html = reportHtml(inputOf([{ text: evil, name: `a<b>"c'.txt` }], '2021-12-05'));
    // One script: the page's own, at its end.
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.indexOf('<script>')).toBeGreaterThan(html.indexOf('</main>'));
    expect(html).not.toMatch(/<img|<script>window|onerror="window/);
    // The text is there, escaped: in the row (task) and in the notice's section (item 1).
    const shown = '&lt;script&gt;window.__pwned = 1&lt;/script&gt; &quot;mua&quot; &amp; &lt;img src=x onerror=&quot;window.__pwned = 2&quot;&gt;';
    expect(html.split(shown).length - 1).toBeGreaterThanOrEqual(2);
    expect(html).toContain('a&lt;b&gt;&quot;c&#39;.txt');
    expect(html).not.toContain(`a<b>"c'.txt`);
    // No attribute value holds a raw < or a quote that would end it early.
    for (const m of html.matchAll(/ (?:data-q|title|data-lead|href|id)="([^"]*)"/g)) expect(m[1]).not.toMatch(/[<>]/);
  });
});

describe('groups and counts', () => {
  // NOTICE_456: item 1 Sở Y tế (by 10/12/2021), item 2 Sở Giáo dục và Đào tạo (quý I/2022), item 3
  // a decision (left out), item 4 Ủy ban nhân dân tỉnh (thường xuyên), item 5 names no body.
  it('a group per lead body, by name when none is urgent, the rows with no lead last', () => {
    expect(item456(1)).toMatch(/^Sở Y tế chủ trì/);
    expect(item456(2)).toMatch(/^Sở Giáo dục và Đào tạo /);
    expect(item456(4)).toMatch(/^Ủy ban nhân dân tỉnh /);
    expect(item456(5)).toMatch(/^Tiếp tục theo dõi/);
    const html = reportHtml(inputOf([N456], '2021-11-01'));
    expect(groupsShown(html)).toEqual([
      { lead: 'so-giao-duc-va-dao-tao', name: 'Sở Giáo dục và Đào tạo', count: '1' },
      { lead: 'so-y-te', name: 'Sở Y tế', count: '1' },
      { lead: 'ubnd-tinh', name: 'Ủy ban nhân dân tỉnh', count: '1' },
      { lead: '', name: 'Chưa rõ đơn vị chủ trì', count: '1' },
    ]);
  });

  it('puts a group with a row due within 7 days, or overdue, first', () => {
    // 10/12/2021 is within 7 days of 05/12/2021, and past on 11/12/2021.
    expect(due456()).toBe('2021-12-10');
    for (const today of ['2021-12-05', '2021-12-11']) {
      expect(groupsShown(reportHtml(inputOf([N456], today))).map((g) => g.lead)).toEqual(['so-y-te', 'so-giao-duc-va-dao-tao', 'ubnd-tinh', '']);
    }
    const soon = reportHtml(inputOf([N456], '2021-12-05'));
    expect(soon).toContain('<span class="badge s-due-7-days">1 Đến hạn trong 7 ngày</span>');
    const late = reportHtml(inputOf([N456], '2021-12-11'));
    expect(late).toContain('<span class="badge s-overdue">1 Quá hạn</span>');
  });

  it('sorts the rows of a group by due day, the rows with none last', () => {
    const input = inputOf([N456, { text: readFileSync(fixtureFile('000'), 'utf8'), name: '000.txt' }], '2021-12-04');
    for (const g of groupsOf(input.rows, 'vi')) {
      const dues = g.rows.map((r) => r.row.due);
      const dated = dues.filter((d) => d !== '');
      expect(dues).toEqual([...[...dated].sort(), ...dues.filter((d) => d === '')]);
    }
  });

  it('counts the notices, the tasks, the overdue and those due within 7 days', () => {
    const input = inputOf([N456, { text: readFileSync(fixtureFile('000'), 'utf8'), name: '000.txt' }], '2021-12-11');
    const html = reportHtml(input);
    const card = (label: string) => new RegExp(`<b>(\\d+)</b><span>${label}</span>`).exec(html)?.[1];
    expect(card('Thông báo')).toBe('2');
    expect(card('Nhiệm vụ')).toBe(String(input.rows.length));
    // On 11/12/2021: 000's 05/12 (two leads) and 06/12 are past, and 456's 10/12.
    const text = readFileSync(fixtureFile('000'), 'utf8');
    expect(text).toMatch(/đến ngày 05\/12 /);
    expect(text).toMatch(/vào chiều ngày\s+thứ hai \(06\/12\/2021\)/);
    expect(card('Quá hạn')).toBe('4');
    expect(card('Đến hạn trong 7 ngày')).toBe('0');
    expect(html.match(/<tr class="s-overdue"/g)).toHaveLength(4);
    expect(html.match(/<tr /g)).toHaveLength(input.rows.length);
  });

  it('leaves the decisions out unless asked (item 3 of NOTICE_456)', () => {
    expect(item456(3)).toMatch(/nhất trí với đề xuất kéo dài/);
    const rowsOf = (html: string) => [...html.matchAll(/<td class="item"><a href="#n1-i-(\d+)"/g)].map((m) => m[1]);
    expect(rowsOf(reportHtml(inputOf([N456], '2021-12-05')))).not.toContain('3');
    expect(rowsOf(reportHtml(inputOf([N456], '2021-12-05', 'vi', true)))).toContain('3');
  });
});

describe('months', () => {
  const row = (due: string, status: TaskRow['status']) => ({ due, status }) as TaskRow;

  it('every month from the first due day to the last, empty ones too, across a year', () => {
    const months = monthsOf([row('2022-02-01', 'upcoming'), row('2021-11-30', 'overdue'), row('', 'ongoing'), row('2021-11-02', 'overdue'), row('2022-02-20', 'due-7-days')]);
    expect(months).toEqual([
      { month: '2021-11', total: 2, byStatus: { overdue: 2 } },
      { month: '2021-12', total: 0, byStatus: {} },
      { month: '2022-01', total: 0, byStatus: {} },
      { month: '2022-02', total: 2, byStatus: { upcoming: 1, 'due-7-days': 1 } },
    ]);
    expect(monthsOf([row('', 'no-deadline')])).toEqual([]);
  });

  it('draws a bar per month of NOTICE_456, from 10/12/2021 to quý I/2022 (its last day)', () => {
    expect(item456(2)).toMatch(/trong quý I\/2022/);
    const html = reportHtml(inputOf([N456], '2021-12-05'));
    expect([...html.matchAll(/data-month="([\d-]+)"/g)].map((m) => m[1])).toEqual(['2021-12', '2022-01', '2022-02', '2022-03']);
    // The month of --today is marked; 12/2021's bar is the status of 10/12 on 05/12.
    expect(html).toMatch(/<div class="month now" data-month="2021-12"[^>]*><span class="today">hôm nay<\/span><span class="n">1<\/span><span class="bar"><span class="seg s-due-7-days" data-n="1" style="height:100%">/);
    expect(html).toMatch(/data-month="2022-03"[^>]*><span class="today"><\/span><span class="n">1<\/span><span class="bar"><span class="seg s-upcoming"/);
    // Items 4 and 5 have no date.
    expect(html).toContain('2 nhiệm vụ không có ngày hạn');
  });

  it('overdue is the red part of a bar', () => {
    const html = reportHtml(inputOf([N456], '2021-12-11'));
    expect(html).toMatch(/data-month="2021-12"[^>]*>.*<span class="seg s-overdue" data-n="1" style="height:100%">/);
    const red = /\.seg\.s-overdue,\.key\.s-overdue\{background:var\(--red\)\}/;
    expect(html).toMatch(red);
    expect(/--red:(#[0-9a-f]{6})/.exec(html)![1]).toBe('#c62828');
  });
});

describe('rows and links', () => {
  const sources: Source[] = [
    N456,
    ...['000', '001', '002', '003', '004'].map((p) => ({ text: readFileSync(fixtureFile(p), 'utf8'), name: `fixtures/${p}.txt` })),
    {
      name: 'no-items.txt',
      text: 'THÔNG BÁO\nkết luận của Thường trực Tỉnh ủy\n-----\nNgày 02/12/2021, Thường trực Tỉnh ủy kết luận như sau:\n\nSở Y tế xây dựng kế hoạch mua sắm trang thiết bị, báo cáo Thường trực Tỉnh ủy trước ngày 10/12/2021.\n\nSở Tài chính bố trí kinh phí trong tháng 12/2021.\n',
    },
  ];
  const input = inputOf(sources, '2021-12-04');
  const html = reportHtml(input);

  it('links every row to its item: an element of that id holds the directive\'s text, and to its notice', () => {
    const ids = new Map([...html.matchAll(/<li class="item" id="([^"]+)"><div class="itext">(.*?)<\/div>/g)].map((m) => [m[1]!, textOf(m[2]!)]));
    const rows = [...html.matchAll(/<tr [^>]*>(.*?)<\/tr>/g)].map((m) => m[1]!);
    expect(rows).toHaveLength(input.rows.length);
    // In page order: the rows of each group.
    const ordered = groupsOf(input.rows, 'vi').flatMap((g) => g.rows);
    rows.forEach((cells, k) => {
      const r = ordered[k]!;
      const item = /<td class="item"><a href="#([^"]+)"/.exec(cells)![1]!;
      expect(item).toBe(anchorOf(input.notices[r.notice]!, r.row.item));
      const words = r.row.text.replace(/\s+/g, ' ').split(' ').slice(0, 8).join(' ');
      expect(ids.get(item)?.replace(/\s+/g, ' '), `${r.row.file} ${r.row.item}`).toContain(words);
      const notice = /<td class="notice"><a href="#(n\d+)"/.exec(cells)![1]!;
      expect(notice).toBe(`n${r.notice + 1}`);
      expect(html).toContain(`<article class="notice" id="${notice}">`);
    });
  });

  it('a notice with no items: its paragraphs are p1, p2 … as its directives', () => {
    const k = sources.findIndex((s) => s.name === 'no-items.txt');
    const section = new RegExp(`<article class="notice" id="n${k + 1}">(.*?)</article>`, 's').exec(html)![1]!;
    expect(section).toContain(`<li class="item" id="n${k + 1}-i-p2"><div class="itext"><span class="mark">Đoạn p2.</span>Sở Y tế xây dựng kế hoạch`);
    expect(section).not.toContain('class="preamble"');
  });

  it('gives each notice its section: number, date, issuer, file', () => {
    const section = /<article class="notice" id="n1">(.*?)<\/article>/s.exec(html)![1]!;
    const number = /^Số (\S+)$/m.exec(NOTICE_456)![1]!;
    expect(section).toContain(`<dt>Số thông báo</dt><dd>Số ${number}</dd>`);
    expect(section).toContain('<dt>Ngày ban hành</dt><dd>03/12/2021</dd>');
    expect(section).toContain(`<dt>Cơ quan ban hành</dt><dd>${NOTICE_456.split('\n')[0]}</dd>`);
    expect(section).toContain('<dt>Tệp</dt><dd>n456.txt</dd>');
    // The fixtures have no header: "không số", and the file's name in the rows.
    expect(/<article class="notice" id="n2">.*?<\/article>/s.exec(html)![0]).toContain('<dt>Số thông báo</dt><dd>không số</dd><dt>Tệp</dt><dd>fixtures/000.txt</dd>');
  });

  it('anchors an item id with signs outside [A-Za-z0-9.-] by their code', () => {
    const n = input.notices[0]!;
    expect(anchorOf(n, '3/2.1')).toBe('n1-i-3_2f_2.1');
    expect(anchorOf(n, '2.(1)')).toBe('n1-i-2._28_1_29_');
    expect(anchorOf(n, 'đ')).toBe('n1-i-_111_');
    expect(anchorOf(n, '2.-.1')).toBe('n1-i-2.-.1');
  });

  it('searches the rows folded as --agency folds a name: so y te in data-q where Sở Y tế leads', () => {
    const syt = [...html.matchAll(/<tr [^>]*data-q="([^"]*)"/g)].map((m) => m[1]!);
    expect(syt.every((q) => q === q.toLowerCase() && !/[^a-z0-9 ]/.test(q))).toBe(true);
    const led = input.rows.filter((r) => r.row.lead === 'Sở Y tế').length;
    expect(led).toBeGreaterThan(0);
    expect(syt.filter((q) => q.includes('so y te')).length).toBeGreaterThanOrEqual(led);
  });
});

describe('the page holds all it needs', () => {
  const html = reportHtml(inputOf([N456, { text: readFileSync(fixtureFile('001'), 'utf8'), name: '001.txt' }], '2021-12-04'));

  it('a Content-Security-Policy that forbids any fetch, and lets its own script run by its hash', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!.replace(/&#39;/g, "'");
    const directives = new Map(csp.split(/;\s*/).map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('style-src')).toEqual(["'unsafe-inline'"]);
    expect(directives.get('img-src')).toEqual(['data:']);
    const script = /<script>([\s\S]*)<\/script>/.exec(html)![1]!;
    const hash = createHash('sha256').update(script, 'utf8').digest('base64');
    expect(directives.get('script-src')).toEqual([`'sha256-${hash}'`, "'unsafe-inline'"]);
  });

  it('no link, source or URL that leaves the page: every href a #fragment, no src, no url(), no @import', () => {
    expect([...html.matchAll(/\bhref="([^"]*)"/g)].every((m) => m[1]!.startsWith('#'))).toBe(true);
    expect(html).not.toMatch(/\bsrc=|url\(|@import|<link|<iframe|<object|<embed/i);
  });

  it('is UTF-8 with the Vietnamese as written, in Vietnamese by default, in English with lang en', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">')).toBe(true);
    for (const words of ['Nội dung công việc', 'Hạn hoàn thành', 'Thời hạn trong văn bản', 'Đơn vị phối hợp', 'Tình trạng', 'Quá hạn', 'Tính đến ngày <time datetime="2021-12-04">04/12/2021</time>']) {
      expect(html).toContain(words);
    }
    expect(html).toContain('Đối với việc nhận, tiêm vắc xin');
    const en = reportHtml(inputOf([N456], '2021-12-04', 'en'));
    expect(en).toContain('<html lang="en">');
    for (const words of ['<th scope="col">task</th>', '<th scope="col">due</th>', '<th scope="col">deadline as written</th>', 'As of <time datetime="2021-12-04">2021-12-04</time>', '>due within 7 days<']) {
      expect(en).toContain(words);
    }
  });

  it('shows a day as dd/mm/yyyy in Vietnamese, as it is in English', () => {
    expect(dayText('2021-12-05', 'vi')).toBe('05/12/2021');
    expect(dayText('2021-12-05', 'en')).toBe('2021-12-05');
    expect(dayText('', 'vi')).toBe('');
  });
});

describe('item marks as a notice writes them', () => {
  it('parts `A.`, sections `I.`, points `a)`, small Roman `ii.`', () => {
    const text = [
      'THÔNG BÁO',
      'kết luận của Thường trực Tỉnh ủy',
      'A. KẾT QUẢ THỰC HIỆN',
      'Các chỉ tiêu cơ bản đạt kế hoạch.',
      'B. NHIỆM VỤ THỜI GIAN TỚI',
      'I. Về kinh tế',
      '1. Sở Tài chính tham mưu bố trí vốn:',
      'a) Rà soát các dự án chậm giải ngân.',
      'i. Lập danh sách dự án.',
      'ii. Báo cáo trước ngày 30/12/2026.',
    ].join('\n');
    const html = reportHtml(inputOf([{ text, name: 'parts.txt' }], '2026-12-01'));
    const marks = [...html.matchAll(/<span class="mark">([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(marks).toEqual(['A.', 'B.', 'I.', '1.', 'a)', 'i.', 'ii.']);
  });
});
