/**
 * The report page in a real browser (issue 17, point 5): headless Chromium from the Debian package
 * (/usr/bin/chromium, or $CHROMIUM), driven by playwright-core, which never downloads a browser
 * here. The built command writes the page of the fixtures as of a fixed day; the test loads it from
 * file:// and checks its rows against tasksOf, the colours of the statuses, the search box and the
 * status filter, the links to the items, that nothing is fetched and no script of a notice runs,
 * and saves the screenshot the README shows (docs/report.png).
 *
 * Where Chromium cannot be launched (not installed, no playwright-core), these tests are skipped
 * and the reason is printed; .ci/run installs Chromium when it is missing.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseNotice, tasksOf, type TaskRow } from '../src/index.js';
import { FIXTURES, fixtureFile } from './helpers.js';
import { run, tempDir, tree } from './cli-run.js';
import { NOTICE_456 } from './tasks-notice.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TODAY = '2021-12-04';
const SCREENSHOT = join(import.meta.dirname, '..', 'docs', 'report.png');

async function launch(): Promise<Browser | string> {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} not found (apt-get install chromium, or set CHROMIUM)`;
  try {
    const { chromium } = await import('playwright-core');
    return await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 30_000 });
  } catch (e) {
    return `Chromium (${CHROMIUM}) could not be launched: ${String((e as Error).message).split('\n')[0]}`;
  }
}

const launched = await launch();
const skip = typeof launched === 'string' ? launched : null;
if (skip !== null) console.warn(`tests/report-browser.test.ts skipped: ${skip}`);
const browser = typeof launched === 'string' ? null : launched;
afterAll(async () => {
  await browser?.close();
});

/** A page of the browser that records every request and every error or CSP complaint. */
async function open(file: string) {
  const page = await browser!.newPage({ viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 1 });
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(pathToFileURL(file).href);
  return { page, requests, problems };
}

/** Folded as a clerk's search is meant to be: no marks, đ as d, lower case, other signs a space. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The fields the search box looks in (README, "The report page"). */
function searched(r: TaskRow): string {
  return fold([r.notice, r.issuer, r.item, r.lead, r.leadId, r.support, r.text, r.deadline, r.product, r.reportTo, r.file].join(' '));
}

const visibleRows = (page: Page) => page.locator('tr[data-q]:visible').count();
const visibleGroups = (page: Page) => page.locator('details.group:visible').count();

function rgb(css: string): [number, number, number] {
  const m = /rgba?\((\d+), (\d+), (\d+)/.exec(css);
  if (!m) throw new Error(`not a colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

describe.skipIf(skip !== null)('the report page in Chromium', () => {
  const dir = tempDir('np-report-browser-');
  const file = join(dir, 'report.html');
  // The rows tasksOf gives for the fixtures on TODAY, with the names the command gives them.
  const expected = ['000', '001', '002', '003', '004'].flatMap((p) => {
    const path = fixtureFile(p);
    return tasksOf(parseNotice(readFileSync(path), { name: path }), { today: TODAY });
  });

  it('is written by the built command over fixtures/', () => {
    const r = run(['report', FIXTURES, '--today', TODAY, '-o', file, '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('shows every row tasksOf gives, in a group per lead body, and fetches nothing', async () => {
    const { page, requests, problems } = await open(file);
    expect(await visibleRows(page)).toBe(expected.length);
    const leads = new Set(expected.map((r) => r.leadId));
    expect(await visibleGroups(page)).toBe(leads.size);
    // The no-lead group is the last; its rows are those with no lead.
    const last = page.locator('details.group').last();
    expect(await last.getAttribute('data-lead')).toBe('');
    expect(await last.locator('tr[data-q]').count()).toBe(expected.filter((r) => r.leadId === '').length);
    // The counts at the top.
    const card = (status: string) => page.locator(`button.card[data-status="${status}"] b`).textContent();
    expect(await card('')).toBe(String(expected.length));
    expect(await card('overdue')).toBe(String(expected.filter((r) => r.status === 'overdue').length));
    expect(await card('due-7-days')).toBe(String(expected.filter((r) => r.status === 'due-7-days').length));
    expect(await page.locator('.cards .card b').first().textContent()).toBe('5');
    expect(await page.locator('#shown').textContent()).toBe(`Đang hiện ${expected.length} / ${expected.length} nhiệm vụ`);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows an overdue row in red, one due within 7 days in amber, Vietnamese as written', async () => {
    // 001 item 2.-.5: "vào ngày 13/8/2021", past on 04/12/2021; 000 item 2: "(06/12/2021)", within 7 days.
    expect(readFileSync(fixtureFile('001'), 'utf8')).toMatch(/vào ngày 13\/8\/2021/);
    expect(readFileSync(fixtureFile('000'), 'utf8')).toMatch(/\(06\/12\/2021\)/);
    const { page } = await open(file);
    const overdue = page.locator('tr[data-q]', { has: page.locator('td.deadline', { hasText: 'vào ngày 13/8/2021' }) });
    expect(await overdue.count()).toBe(1);
    expect(await overdue.locator('.pill').textContent()).toBe('Quá hạn');
    const [pr, pg, pb] = rgb(await overdue.locator('.pill').evaluate((e) => getComputedStyle(e).backgroundColor));
    expect(pr).toBeGreaterThan(150);
    expect(pg).toBeLessThan(90);
    expect(pb).toBeLessThan(90);
    const [rr, rg, rb] = rgb(await overdue.evaluate((e) => getComputedStyle(e).backgroundColor));
    expect(rr).toBeGreaterThan(rg + 10);
    expect(rr).toBeGreaterThan(rb + 10);
    const [dr, dg, db] = rgb(await overdue.locator('td.due').evaluate((e) => getComputedStyle(e).color));
    expect(dr > 150 && dg < 90 && db < 90).toBe(true);
    expect(await overdue.locator('td.due').textContent()).toBe('13/08/2021');

    const soon = page.locator('tr[data-q]', { has: page.locator('td.deadline', { hasText: '(06/12/2021)' }) });
    expect(await soon.locator('.pill').textContent()).toBe('Đến hạn trong 7 ngày');
    const [ar, ag, ab] = rgb(await soon.locator('.pill').evaluate((e) => getComputedStyle(e).backgroundColor));
    expect(ar > 200 && ag > 120 && ag < 210 && ab < 80).toBe(true);
    // A row with no date is not coloured.
    const plain = page.locator('tr.s-no-deadline').first();
    expect(await plain.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('draws the due days by month, overdue in red', async () => {
    const { page } = await open(file);
    const months = [...new Set(expected.filter((r) => r.due !== '').map((r) => r.due.slice(0, 7)))].sort();
    // From 08/2021 (001) to 01/2022 (000's "đến tháng 01/2022"), the months between too.
    expect(months[0]).toBe('2021-08');
    expect(months.at(-1)).toBe('2022-01');
    expect(await page.locator('.month').count()).toBe(6);
    const red = page.locator('.month[data-month="2021-08"] .seg.s-overdue');
    expect(await red.getAttribute('data-n')).toBe('1');
    expect(rgb(await red.evaluate((e) => getComputedStyle(e).backgroundColor))).toEqual([198, 40, 40]);
    expect(await page.locator('.month[data-month="2021-12"]').getAttribute('class')).toBe('month now');
    await page.close();
  });

  it('the search box hides the rows that do not match, diacritics or not, and the groups left empty', async () => {
    const { page } = await open(file);
    const matching = expected.filter((r) => searched(r).includes('so y te'));
    expect(matching.length).toBeGreaterThan(0);
    expect(matching.length).toBeLessThan(expected.length);
    for (const typed of ['so y te', 'Sở Y tế', 'SỞ Y TẾ']) {
      await page.fill('#q', typed);
      expect(await visibleRows(page), typed).toBe(matching.length);
      expect(await visibleGroups(page)).toBe(new Set(matching.map((r) => r.leadId)).size);
    }
    // Every row shown is about Sở Y tế (or a "cơ sở y tế"), every row hidden is not.
    const shown = await page.locator('tr[data-q]:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-q')!));
    expect(shown.every((q) => q.includes('so y te'))).toBe(true);
    expect(await page.locator('#shown').textContent()).toBe(`Đang hiện ${matching.length} / ${expected.length} nhiệm vụ`);
    await page.fill('#q', 'không có ở đâu cả');
    expect(await visibleRows(page)).toBe(0);
    expect(await visibleGroups(page)).toBe(0);
    expect(await page.locator('#nomatch').isVisible()).toBe(true);
    await page.fill('#q', '');
    expect(await visibleRows(page)).toBe(expected.length);
    await page.close();
  });

  it('the status filter hides the rows of other statuses, alone or with a search', async () => {
    const { page } = await open(file);
    for (const status of ['overdue', 'due-7-days', 'ongoing'] as const) {
      await page.selectOption('#status', status);
      const kept = expected.filter((r) => r.status === status);
      expect(kept.length).toBeGreaterThan(0);
      expect(await visibleRows(page), status).toBe(kept.length);
      expect(await visibleGroups(page)).toBe(new Set(kept.map((r) => r.leadId)).size);
    }
    await page.selectOption('#status', 'ongoing');
    await page.fill('#q', 'so y te');
    expect(await visibleRows(page)).toBe(expected.filter((r) => r.status === 'ongoing' && searched(r).includes('so y te')).length);
    // A card at the top sets the filter.
    await page.fill('#q', '');
    await page.click('button.card[data-status="overdue"]');
    expect(await page.inputValue('#status')).toBe('overdue');
    expect(await visibleRows(page)).toBe(expected.filter((r) => r.status === 'overdue').length);
    await page.close();
  });

  it('a row links to its item in the notice, on the same page', async () => {
    const { page, requests } = await open(file);
    const row = page.locator('tr[data-q]', { has: page.locator('td.deadline', { hasText: 'vào ngày 13/8/2021' }) });
    await row.locator('td.item a').click();
    const target = page.locator(':target');
    expect(await target.count()).toBe(1);
    const text = expected.find((r) => r.deadline === 'vào ngày 13/8/2021')!.text;
    expect((await target.locator('.itext').textContent())!.replace(/\s+/g, ' ')).toContain(text.replace(/\s+/g, ' ').slice(0, 120));
    expect(await target.isVisible()).toBe(true);
    await row.locator('td.notice a').click();
    expect(await page.locator(':target').getAttribute('class')).toBe('notice');
    expect(await page.locator(':target dd').allTextContents()).toContain(fixtureFile('001'));
    expect(new Set(requests)).toEqual(new Set([pathToFileURL(file).href]));
    await page.close();
  });

  it('runs no script of a notice, and shows its text as written', async () => {
    const evil = NOTICE_456.replace('xây dựng kế hoạch mua sắm', 'xây dựng kế hoạch <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> mua sắm');
    const d = tree(tempDir('np-report-browser-'), { 'evil.txt': evil });
    const out = join(d, 'evil.html');
    expect(run(['report', join(d, 'evil.txt'), '--today', TODAY, '-o', out, '--quiet']).code).toBe(0);
    const { page, requests, problems } = await open(out);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('td.task').first().textContent()).toContain('<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">');
    expect(requests).toEqual([pathToFileURL(out).href]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('prints without the search bar, every group open', async () => {
    const { page } = await open(file);
    await page.click('#collapse');
    expect(await page.locator('details.group[open]').count()).toBe(0);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.toolbar').isVisible()).toBe(false);
    expect(await page.locator('details.group:not([open])').count()).toBe(0);
    expect(await visibleRows(page)).toBe(expected.length);
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('saves the screenshot the README shows (docs/report.png)', async () => {
    const { page } = await open(file);
    mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
    const png = await page.screenshot({ path: SCREENSHOT });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(SCREENSHOT).equals(png)).toBe(true);
    await page.close();
  });
});
