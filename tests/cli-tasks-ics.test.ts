/**
 * `notice-parse tasks --format ics` (issue 17 point 3): the calendar the built command writes,
 * parsed back with ical.js, has one all-day event per row with a due day; and it keeps RFC 5545's
 * rules that a lenient parser forgives (checked here line by line): CRLF, lines of at most 75
 * octets folded with a space and never inside a UTF-8 sequence, escaped text. The expected values
 * are read from the notice texts (tests/tasks-notice.ts, the fixtures).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { run, tempDir, tree } from './cli-run.js';
import { FIXTURES } from './helpers.js';
import { NOTICE_456, due456, issued456, item456 } from './tasks-notice.js';

interface Row {
  item: string;
  lead: string;
  task: string;
  due: string;
  deadline: string;
}

function in456(): string {
  return tree(tempDir(), { 'n456.txt': NOTICE_456 });
}

function ics(args: string[]): string {
  const r = run(['tasks', ...args, '--format', 'ics', '--quiet']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

function jsonRows(args: string[]): Row[] {
  return JSON.parse(run(['tasks', ...args, '--format', 'json', '--quiet']).stdout) as Row[];
}

function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);
}

describe('tasks --format ics', () => {
  it('one all-day event per row with a due day, read back with ical.js', () => {
    const args = [in456(), '--today', due456()];
    const events = eventsOf(ics(args));
    const rows = jsonRows(args);
    expect(events).toHaveLength(rows.filter((r) => r.due !== '').length);
    // Item 1: Sở Y tế, `trước ngày 10/12/2021`, in a notice numbered and dated in its header.
    const first = events.find((e) => e.summary.startsWith('Sở Y tế: '))!;
    expect(first.summary).toBe(`Sở Y tế: ${item456(1)}`);
    expect(first.startDate.isDate).toBe(true);
    expect(first.startDate.toString()).toBe(due456());
    expect(first.endDate.toString()).toBe(nextDay(due456()));
    const number = /^Số (\S+)$/m.exec(NOTICE_456)![1]!;
    expect(first.description).toContain(`Số thông báo: Số ${number}, ${issued456()}`);
    expect(first.description).toContain(`Thời hạn trong văn bản: ${/trước ngày \d\d\/\d\d\/\d{4}/.exec(item456(1))![0]}`);
    expect(first.description).toContain('Đơn vị phối hợp: Sở Tài chính');
    expect(first.description.endsWith(item456(1))).toBe(true);
    // Item 4 is a standing duty (thường xuyên): no day, no event.
    expect(item456(4)).toMatch(/thường xuyên/);
    expect(events.some((e) => e.summary.includes(item456(4)))).toBe(false);
    // Labels in English with --lang en.
    const en = eventsOf(ics([...args, '--lang', 'en'])).find((e) => e.summary.startsWith('Sở Y tế: '))!;
    expect(en.description).toContain(`notice: Số ${number}, ${issued456()}`);
    expect(en.description).toContain('status: due within 7 days');
  });

  it('the fixtures: every dated row an event, its day and title, each UID its own and the same from run to run', () => {
    const args = [FIXTURES, '--today', '2021-12-01'];
    const text = ics(args);
    const rows = jsonRows(args).filter((r) => r.due !== '');
    const events = eventsOf(text);
    expect(events.map((e) => [e.startDate.toString(), e.summary])).toEqual(rows.map((r) => [r.due, `${r.lead}: ${r.task}`]));
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(ics(args)).toBe(text);
    // 000 2.-.1's second deadline (`đến tháng 01/2022`) is an event on the month's last day.
    const f000 = readFileSync(join(FIXTURES, '000_b3db3eb0fe8e6948.txt'), 'utf8');
    const month = /đến tháng (\d{2})\/(\d{4})/.exec(f000)!;
    const last = new Date(Date.UTC(Number(month[2]), Number(month[1]), 0)).toISOString().slice(0, 10);
    expect(events.filter((e) => e.startDate.toString() === last && e.description.includes(month[0])).length).toBe(2);
  });

  it("keeps RFC 5545's rules: CRLF, 75-octet folding at whole characters, escaped text", () => {
    const text = ics([FIXTURES, '--today', '2021-12-01']);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const bytes = Buffer.from(text, 'utf8');
    const physical: Buffer[] = [];
    for (let start = 0, k = bytes.indexOf('\r\n'); k !== -1; start = k + 2, k = bytes.indexOf('\r\n', start)) physical.push(bytes.subarray(start, k));
    const strict = new TextDecoder('utf-8', { fatal: true });
    let foldedInText = 0;
    for (const line of physical) {
      expect(line.length).toBeLessThanOrEqual(75);
      // Each physical line is whole UTF-8: no fold cut a letter's bytes apart.
      const s = strict.decode(line);
      if (s.startsWith(' ') && /[^\x00-\x7f]/.test(s)) foldedInText++;
    }
    expect(foldedInText).toBeGreaterThan(0);
    // Unfolded content lines: NAME[;params]:value; text values escape \ ; , and newlines.
    const lines = text.replace(/\r\n /g, '').split('\r\n').slice(0, -1);
    for (const line of lines) expect(line).toMatch(/^[A-Z-]+(;[A-Z-]+=[^:;,]+)*:/);
    const values = lines.filter((l) => /^(SUMMARY|DESCRIPTION):/.test(l)).map((l) => l.slice(l.indexOf(':') + 1));
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) expect(v.replace(/\\[\\;,nN]/g, '')).not.toMatch(/[\\;,]/);
    expect(values.some((v) => v.includes('\\,'))).toBe(true);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT').length).toBe(lines.filter((l) => l === 'END:VEVENT').length);
    for (const l of lines.filter((x) => x.startsWith('DTSTAMP:'))) expect(l).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
  });

  it('--out FILE writes the same calendar', () => {
    const out = join(tempDir(), 'deadlines.ics');
    const args = [in456(), '--today', due456()];
    expect(run(['tasks', ...args, '--format', 'ics', '--out', out, '-q']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(ics(args));
  });
});
