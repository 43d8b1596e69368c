/**
 * `notice-parse tasks` as a clerk uses it (issue 17): one row per (directive, lead body, deadline),
 * status against --today, decisions left out, filters that check their input, formats. Every
 * expected value is read from the notice texts: the fixtures, and NOTICE_456 (tests/tasks-notice.ts:
 * a notice with a header, which the fixtures lack), never from the command's output.
 */
import { readFileSync } from 'node:fs';
import type { TaskRow } from '../src/index.js';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureFile } from './helpers.js';
import { run, tempDir, tree } from './cli-run.js';
import { NOTICE_456, item456, iso, parseCsv } from './tasks-notice.js';

function lastDayOf(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${new Date(Date.UTC(year, month, 0)).getUTCDate()}`;
}

/** A row as `--format json` prints it: the library's TaskRow (tasksOf). */
type Row = TaskRow;

function rowsOf(args: string[], input?: string): Row[] {
  const r = run(['tasks', ...args, '--format', 'json', '--quiet'], input === undefined ? {} : { input });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Row[];
}

function in456(): string {
  return tree(tempDir(), { 'n456.txt': NOTICE_456 });
}

describe('one row per (directive, lead body, deadline) (point 1)', () => {
  it('gives each deadline of a directive its own row: 000 2.-.1, each of its leads', () => {
    const text = readFileSync(fixtureFile('000'), 'utf8');
    const meetingYear = /Ngày \d{2}\/\d{2}\/(\d{4})/.exec(text)![1]!;
    const day = /đến ngày (\d{2})\/(\d{2}) /.exec(text)!;
    const month = /đến tháng (\d{2})\/(\d{4})/.exec(text)!;
    const rows = rowsOf([fixtureFile('000'), '--today', '2021-12-01']).filter((r) => r.item === '2.-.1');
    const expectedDues = [`${meetingYear}-${day[2]}-${day[1]}`, lastDayOf(Number(month[2]), Number(month[1]))];
    // Sở Y tế leads it from item 2 above; Sở Giáo dục và Đào tạo is named in it.
    expect(text).toMatch(/Sở Giáo dục và Đào tạo rà/);
    const leads = ['Sở Y tế', 'Sở Giáo dục và Đào tạo'];
    expect(rows.map((r) => [r.lead, r.due]).sort()).toEqual(leads.flatMap((l) => expectedDues.map((d) => [l, d])).sort());
    expect(rows.map((r) => r.deadline)).toContain(month[0]);
    expect(rows.find((r) => r.due === expectedDues[1])!.precision).toBe('month');
  });

  it('prints --due-after 2021-12-31 the second deadline of 000 2.-.1 (lost before)', () => {
    const text = readFileSync(fixtureFile('000'), 'utf8');
    const month = /đến tháng (\d{2})\/(\d{4})/.exec(text)!;
    const rows = rowsOf([FIXTURES, '--due-after', '2021-12-31']);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.item === '2.-.1').map((r) => r.deadline)).toEqual([month[0], month[0]]);
  });

  it('names the notice by its number and date, its issuer, and the bodies by name and id', () => {
    const rows = rowsOf([in456(), '--today', '2021-12-05']);
    const number = /^Số (\S+)$/m.exec(NOTICE_456)![1]!;
    const dated = /ngày (\d{2}) tháng (\d{2}) năm (\d{4})/.exec(NOTICE_456)!;
    for (const r of rows) {
      expect(r.notice).toBe(`Số ${number}`);
      expect(r.issuedOn).toBe(`${dated[3]}-${dated[2]}-${dated[1]}`);
      expect(r.issuer).toBe(NOTICE_456.split('\n')[0]);
    }
    const first = rows.find((r) => r.item === '1')!;
    expect(item456(1)).toMatch(/^Sở Y tế chủ trì, phối hợp với Sở Tài chính .* báo cáo Thường trực Tỉnh ủy trước ngày (\d\d\/\d\d\/\d{4})\.$/);
    expect(first).toMatchObject({ lead: 'Sở Y tế', leadId: 'so-y-te', support: 'Sở Tài chính', supportIds: ['so-tai-chinh'], reportTo: 'Thường trực Tỉnh ủy', product: 'kế hoạch' });
    const by = /trước ngày (\d\d\/\d\d\/\d{4})/.exec(item456(1))!;
    expect(first).toMatchObject({ due: iso(by[1]!), deadline: by[0], precision: 'day', kind: 'by' });
    expect(first.text).toBe(item456(1));
  });

  it('compares a quarter by its last day', () => {
    const q = /trong quý I\/(\d{4})/.exec(item456(2))!;
    const rows = rowsOf([in456(), '--today', '2021-12-05']).filter((r) => r.item === '2');
    expect(rows.map((r) => [r.due, r.precision, r.deadline])).toEqual([[lastDayOf(Number(q[1]), 3), 'quarter', q[0]]]);
    // 2022-Q1 is not before February, and is after 15 March.
    expect(rowsOf([in456(), '--due-before', `${q[1]}-02`]).map((r) => r.item)).not.toContain('2');
    expect(rowsOf([in456(), '--due-after', `${q[1]}-03-15`]).map((r) => r.item)).toEqual(['2']);
  });

  it('shortens the task to about 200 characters at a word, the whole text in json', () => {
    const text = readFileSync(fixtureFile('004'), 'utf8');
    const rows = rowsOf([fixtureFile('004')]);
    const longest = rows.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    expect(longest.text.length).toBeGreaterThan(1000);
    expect(longest.task.length).toBeLessThanOrEqual(201);
    expect(longest.task.endsWith('…')).toBe(true);
    const head = longest.task.slice(0, -1);
    expect(longest.text.replace(/\s+/g, ' ').startsWith(head)).toBe(true);
    // Cut at a word: the next character of the text is a space or a mark.
    expect(longest.text.replace(/\s+/g, ' ')[head.length]).toMatch(/[\s,;:.]/);
    // The words come from the text itself.
    expect(text.replace(/\s+/g, ' ')).toContain(head.split(' ').slice(-4).join(' '));
  });

  it('reckons the status against --today', () => {
    const by = iso(/trước ngày (\d\d\/\d\d\/\d{4})/.exec(item456(1))![1]!);
    const status = (today: string) => rowsOf([in456(), '--today', today]).find((r) => r.item === '1')!.status;
    const day = (n: number) => new Date(Date.parse(by) + n * 86400000).toISOString().slice(0, 10);
    expect(status(day(1))).toBe('overdue');
    expect(status(by)).toBe('due-7-days');
    expect(status(day(-7))).toBe('due-7-days');
    expect(status(day(-8))).toBe('upcoming');
    // thường xuyên: a standing duty; an order with no body: no lead.
    expect(item456(4)).toMatch(/^Ủy ban nhân dân tỉnh thường xuyên/);
    const rows = rowsOf([in456(), '--today', by]);
    expect(rows.find((r) => r.item === '4')).toMatchObject({ lead: 'Ủy ban nhân dân tỉnh', status: 'ongoing', due: '' });
    expect(item456(5)).toMatch(/^Tiếp tục theo dõi/);
    expect(rows.filter((r) => r.item === '5')).toEqual([expect.objectContaining({ lead: '', leadId: '', status: 'no-lead' })]);
  });

  it('leaves decisions out unless --include-decisions', () => {
    expect(item456(3)).toMatch(/nhất trí .* kéo dài .* đến ngày (\d\d\/\d\d\/\d{4})\.$/);
    const until = /đến ngày (\d\d\/\d\d\/\d{4})/.exec(item456(3))!;
    expect(rowsOf([in456()]).map((r) => r.item)).not.toContain('3');
    const decision = rowsOf([in456(), '--include-decisions']).filter((r) => r.item === '3');
    expect(decision).toEqual([expect.objectContaining({ directiveKind: 'decision', due: iso(until[1]!), kind: 'until', lead: '' })]);
    // Fixture 002's approval (issue 17: it sat among the urgent tasks) is left out too.
    const f002 = readFileSync(fixtureFile('002'), 'utf8');
    expect(f002).toMatch(/nhất trí với đề xuất kéo dài/);
    const extended = iso(/kéo dài[\s\S]*?đến ngày (\d\d\/\d\d\/\d{4})/.exec(f002)![1]!);
    expect(rowsOf([fixtureFile('002')]).map((r) => r.due)).not.toContain(extended);
    expect(rowsOf([fixtureFile('002'), '--include-decisions']).map((r) => r.due)).toContain(extended);
  });
});

describe('filters that check their input (point 2)', () => {
  const f000 = () => readFileSync(fixtureFile('000'), 'utf8');

  it('--agency by id, by name, without diacritics: the same rows, led or supported', () => {
    // Sở Y tế leads items of 000 and supports item 3 (`phối hợp Sở Y tế`).
    expect(f000()).toMatch(/Sở Giáo dục và Đào tạo phối hợp Sở Y tế/);
    const byName = rowsOf([fixtureFile('000'), '--agency', 'Sở Y tế']);
    expect(byName.length).toBeGreaterThan(0);
    expect(byName.every((r) => r.leadId === 'so-y-te' || r.supportIds.includes('so-y-te'))).toBe(true);
    expect(byName.some((r) => r.item === '3' && r.supportIds.includes('so-y-te'))).toBe(true);
    expect(rowsOf([fixtureFile('000'), '--agency', 'so-y-te'])).toEqual(byName);
    expect(rowsOf([fixtureFile('000'), '--agency', 'so y te'])).toEqual(byName);
    expect(rowsOf([fixtureFile('000'), '--agency', 'SO Y TE'])).toEqual(byName);
  });

  it('--agency repeated or comma-separated keeps every body asked for (not only the last)', () => {
    expect(f000()).toMatch(/^1\. Ủy ban nhân dân tỉnh /m);
    const one = (a: string) => rowsOf([fixtureFile('000'), '--agency', a]);
    const union = new Set([...one('so-y-te'), ...one('UBND tỉnh')].map((r) => `${r.item} ${r.leadId} ${r.due}`));
    const repeated = rowsOf([fixtureFile('000'), '--agency', 'so-y-te', '--agency', 'UBND tỉnh']);
    const comma = rowsOf([fixtureFile('000'), '--agency', 'so-y-te,UBND tỉnh']);
    expect(new Set(repeated.map((r) => `${r.item} ${r.leadId} ${r.due}`))).toEqual(union);
    expect(comma).toEqual(repeated);
    expect(repeated.some((r) => r.leadId === 'ubnd-tinh') && repeated.some((r) => r.leadId === 'so-y-te')).toBe(true);
  });

  it('--agency keeps a name with a comma of its own whole', () => {
    const dir = tree(tempDir(), { 'a.txt': NOTICE_456.replace('Sở Tài chính', 'Sở Văn hóa, Thể thao và Du lịch') });
    const rows = rowsOf([dir, '--agency', 'Sở Văn hóa, Thể thao và Du lịch']);
    expect(rows.map((r) => [r.item, r.support])).toEqual([['1', 'Sở Văn hóa, Thể thao và Du lịch']]);
  });

  it('--agency that matches nothing: a warning naming the closest bodies, exit 0', () => {
    const r = run(['tasks', fixtureFile('000'), '--quiet', '--agency', 'so-y-tee']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^notice-parse tasks: warning: --agency "so-y-tee" matches no body of these notices; the closest: Sở Y tế \(so-y-te\)/m);
    expect(r.stdout.split('\r\n').filter((l) => l !== '')).toHaveLength(1); // the header only
  });

  it('--due-before / --due-after take YYYY, YYYY-MM, YYYY-MM-DD and refuse impossible dates (exit 2)', () => {
    for (const bad of ['2022-13', '2022-02-31', '2023-02-29', '2022-00', '22-01', '2022-1', 'tomorrow']) {
      const r = run(['tasks', fixtureFile('000'), '--due-before', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(new RegExp(`^notice-parse tasks: --due-before: "${bad}"`));
    }
    expect(run(['tasks', fixtureFile('000'), '--due-after', '2024-02-29', '-q']).code).toBe(0);
    expect(run(['tasks', fixtureFile('000'), '--today', '2021-12-32']).code).toBe(2);
    // By year and month: 000's deadlines (2021-12-05, 2021-12-06, 2022-01) against 2022 and 2021-12.
    const text = f000();
    const month = /đến tháng (\d{2})\/(\d{4})/.exec(text)!;
    const year = month[2]!;
    expect(rowsOf([fixtureFile('000'), '--due-before', year]).every((r) => r.due < `${year}-01-01`)).toBe(true);
    expect(rowsOf([fixtureFile('000'), '--due-after', `${Number(year) - 1}`]).map((r) => r.deadline)).toEqual([month[0], month[0]]);
    expect(rowsOf([fixtureFile('000'), '--due-after', `${year}-${month[1]}`])).toEqual([]);
  });

  it('--status keeps the statuses asked for, and refuses an unknown one', () => {
    const by = iso(/trước ngày (\d\d\/\d\d\/\d{4})/.exec(item456(1))![1]!);
    const rows = rowsOf([in456(), '--today', by, '--status', 'overdue,due-7-days']);
    expect(rows.map((r) => [r.item, r.status])).toEqual([['1', 'due-7-days']]);
    expect(rowsOf([in456(), '--today', by, '--status', 'ongoing', '--status', 'no-lead']).map((r) => r.status).sort()).toEqual(['no-lead', 'ongoing']);
    const bad = run(['tasks', in456(), '--status', 'late']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--status: unknown status "late" \(overdue, due-7-days, upcoming, no-deadline, ongoing, no-lead\)/);
  });
});


describe('formats (point 3)', () => {
  const by = () => iso(/trước ngày (\d\d\/\d\d\/\d{4})/.exec(item456(1))![1]!);

  it('csv: UTF-8 with a BOM, `;` by default (Excel with Vietnamese settings), Vietnamese headers and status words', () => {
    const r = run(['tasks', in456(), '--today', by(), '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\ufeff')).toBe(true);
    const rows = parseCsv(r.stdout.slice(1), ';');
    expect(rows[0]!.slice(0, 5)).toEqual(['Số thông báo', 'Ngày ban hành', 'Cơ quan ban hành', 'Mục', 'Đơn vị chủ trì']);
    expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
    const json = rowsOf([in456(), '--today', by()]);
    expect(rows.length).toBe(json.length + 1);
    const col = (name: string) => rows[0]!.indexOf(name);
    const first = rows.find((row) => row[col('Mục')] === '1')!;
    expect(first[col('Số thông báo')]).toBe(json[0]!.notice);
    expect(first[col('Đơn vị phối hợp')]).toBe('Sở Tài chính');
    expect(first[col('Hạn hoàn thành')]).toBe(by());
    expect(first[col('Tình trạng')]).toBe('Đến hạn trong 7 ngày');
    expect(rows.find((row) => row[col('Mục')] === '4')![col('Tình trạng')]).toBe('Thường xuyên');
    expect(rows.find((row) => row[col('Mục')] === '5')![col('Tình trạng')]).toBe('Chưa rõ đơn vị chủ trì');
  });

  it('csv: a cell holding the separator is quoted; --sep , and --sep tab', () => {
    // 001 2.-.3 reports to two bodies: `báo cáo Thường trực Tỉnh ủy, Ủy ban nhân dân tỉnh`, joined by `; `.
    const semi = run(['tasks', fixtureFile('001'), '--quiet']).stdout.slice(1);
    expect(semi).toMatch(/;"Thường trực Tỉnh ủy; Ủy ban nhân dân tỉnh";/);
    for (const [flag, sep] of [[',', ','], ['tab', '\t']] as const) {
      const r = run(['tasks', fixtureFile('001'), '--quiet', '--sep', flag, '--lang', 'en']);
      expect(r.code).toBe(0);
      const rows = parseCsv(r.stdout.slice(1), sep);
      expect(rows[0]!.slice(0, 4)).toEqual(['notice', 'issued on', 'issuer', 'item']);
      expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
      // The same cells as with `;` below the header, but the status in English.
      const status = rows[0]!.indexOf('status');
      const withoutStatus = (rs: string[][]) => rs.slice(1).map((row) => row.filter((_, k) => k !== status));
      expect(withoutStatus(rows)).toEqual(withoutStatus(parseCsv(semi, ';')));
    }
    const bad = run(['tasks', fixtureFile('001'), '--sep', '|']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`notice-parse tasks: --sep "|": give ';', ',' or tab\n`);
  });

  it('md: a pipe table, Vietnamese by default, English with --lang en', () => {
    const vi = run(['tasks', in456(), '--today', by(), '--format', 'md', '--quiet']).stdout.split('\n');
    expect(vi[0]).toMatch(/^\| Số thông báo \| Ngày ban hành \| .* \| Tình trạng \| Tệp \|$/);
    expect(vi[1]).toMatch(/^\|(---\|)+$/);
    const en = run(['tasks', in456(), '--today', by(), '--format', 'md', '--lang', 'en', '--quiet']).stdout.split('\n');
    expect(en[0]).toMatch(/^\| notice \| issued on \| issuer \| item \| lead body \| lead id \| supporting bodies \| task \| due \| deadline as written \| precision \| kind \| product \| report to \| status \| file \|$/);
    const number = /^Số (\S+)$/m.exec(NOTICE_456)![1]!;
    expect(en.find((l) => l.includes('| 1 |'))).toMatch(new RegExp(`^\\| Số ${number.replace('/', '\\/')} \\| .*\\| due within 7 days \\|`));
    expect(run(['tasks', in456(), '--lang', 'fr']).code).toBe(2);
  });

  it('json: keys and codes in English whatever --lang', () => {
    const dir = in456();
    const vi = rowsOf([dir, '--today', by(), '--lang', 'vi']);
    expect(vi).toEqual(rowsOf([dir, '--today', by(), '--lang', 'en']));
    expect(vi.find((r) => r.item === '1')!.status).toBe('due-7-days');
  });
});
