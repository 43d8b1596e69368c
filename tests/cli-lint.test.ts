/**
 * `notice-parse lint` (issue 17 point 4): the six-clear check of a draft, per directive, printed
 * as `file:line:col severity code message` with the directive's text below; exit 1 on an error.
 * The draft below has one unclear point per item where its text says so (each asserted), and the
 * lines and texts expected are read from it and from the fixtures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, tempDir, tree } from './cli-run.js';
import { fixtureFile } from './helpers.js';

const DRAFT = `TỈNH ỦY TRÀ VINH

*

Số 457-TB/TU

ĐẢNG CỘNG SẢN VIỆT NAM

Trà Vinh, ngày 10 tháng 12 năm 2021

THÔNG BÁO

kết luận của Thường trực Tỉnh ủy

-----

Ngày 09/12/2021, Thường trực Tỉnh ủy họp nghe báo cáo tình hình, đồng chí Bí thư Tỉnh ủy kết luận như sau:

1. Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch mua sắm trang thiết bị y tế, báo cáo Thường trực Tỉnh ủy trước ngày 20/12/2021.

2. Sở Giáo dục và Đào tạo hoàn thành việc sắp xếp trường lớp trong quý I/2022.

3. Ủy ban nhân dân các huyện, thị xã, thành phố rà soát các hộ nghèo, báo cáo Ủy ban nhân dân tỉnh trước ngày 31/12/2021.

4. Sở Tài chính rà soát các khoản chi của các đơn vị sự nghiệp.

5. Sở Nội vụ tham mưu Ủy ban nhân dân tỉnh về việc sắp xếp các đơn vị sự nghiệp.

6. Ủy ban nhân dân tỉnh thường xuyên chỉ đạo công tác phòng, chống dịch.

7. Khẩn trương hoàn thành việc tiêm vắc xin mũi 3 trước ngày 31/12/2021.

8. Thường trực Tỉnh ủy nhất trí với đề xuất kéo dài thời gian thực hiện các biện pháp phòng, chống dịch đến ngày 15/01/2022.

Nơi nhận:
- Các đồng chí Tỉnh ủy viên,
- Lưu Văn phòng Tỉnh ủy.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG

Nguyễn Văn A
`;

/** Item `n.` of the draft: its text and its 1-based line. */
function item(n: number): { text: string; line: number } {
  const lines = DRAFT.split('\n');
  const k = lines.findIndex((l) => l.startsWith(`${n}. `));
  return { text: lines[k]!.slice(`${n}. `.length), line: k + 1 };
}

function draft(): string {
  return tree(tempDir(), { 'draft.txt': DRAFT });
}

/** What each item leaves unclear, each asserted on its text. */
function expectedFindings(): [number, string][] {
  expect(item(1).text).toMatch(/^Sở Y tế chủ trì, .* xây dựng kế hoạch .* báo cáo Thường trực Tỉnh ủy trước ngày/); // all clear
  expect(item(2).text).toMatch(/^Sở Giáo dục và Đào tạo .* trong quý I\/\d{4}\.$/);
  expect(item(2).text).not.toMatch(/báo cáo/);
  expect(item(3).text).toMatch(/^Ủy ban nhân dân các huyện/);
  expect(item(4).text).not.toMatch(/ngày|tháng|quý|năm|thường xuyên|tiếp tục/);
  expect(item(5).text).toMatch(/tham mưu/);
  expect(item(5).text).not.toMatch(/ngày|kế hoạch|báo cáo|tờ trình|đề án|phương án|dự thảo/);
  expect(item(6).text).toMatch(/thường xuyên/); // a standing duty: no date wanted
  expect(item(7).text).toMatch(/^Khẩn trương .* trước ngày \d\d\/\d\d\/\d{4}\.$/);
  expect(item(8).text).toMatch(/nhất trí .* kéo dài/); // a decision: not checked
  return [
    [2, 'no-report'],
    [3, 'collective-lead'],
    [4, 'no-deadline'],
    [5, 'no-deadline'],
    [5, 'no-product'],
    [7, 'no-lead'],
    [7, 'no-report'],
  ];
}

describe('notice-parse lint', () => {
  it('reports what each directive leaves unclear, at its line, its text below; exit 1', () => {
    const dir = draft();
    const r = run(['lint', `${dir}/draft.txt`]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    const heads = lines.filter((l) => !l.startsWith('  | '));
    const expected = expectedFindings();
    expect(heads.map((l) => /^.*draft\.txt:(\d+):1 error (\S+) (\d+): /.exec(l)!.slice(1))).toEqual(
      expected.map(([n, code]) => [String(item(n).line), code, String(n)]),
    );
    // Under each, the directive's text (short ones whole).
    for (const [k, l] of lines.entries()) if (l.startsWith('  | ')) expect(l.slice(4).replace(/…$/, '')).toBe(item(Number(/ (\d+): /.exec(lines[k - 1]!)![1])).text.slice(0, l.length - 4 - (l.endsWith('…') ? 1 : 0)));
    expect(r.stdout).toMatch(/collective-lead 3: only a class of bodies leads it: các Ủy ban nhân dân huyện/);
    expect(r.stdout).toMatch(/no-product 5: "tham mưu" asks for a product/);
    expect(r.stderr).toBe(`notice-parse lint: ${expected.length} errors, 0 warnings in 1 notice\n`);
  });

  it('--rules makes a code a warning or turns it off; warnings alone exit 0, past --max-warnings 1', () => {
    const file = `${draft()}/draft.txt`;
    const all = expectedFindings().length;
    const soft = ['--rules', 'no-report=warning,no-lead=warning', '--rules', 'collective-lead=warning,no-deadline=warning,no-product=warning'];
    const r = run(['lint', file, ...soft]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => / warning /.test(l))).toHaveLength(all);
    expect(run(['lint', file, ...soft, '--max-warnings', String(all)]).code).toBe(0);
    expect(run(['lint', file, ...soft, '--max-warnings', String(all - 1)]).code).toBe(1);
    expect(run(['lint', file, ...soft, '--strict']).code).toBe(1);
    const off = run(['lint', file, '--rules', 'no-report=off,no-lead=off,collective-lead=off,no-deadline=off,no-product=off']);
    expect(off).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const quiet = run(['lint', file, ...soft, '--quiet']);
    expect(quiet).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('refuses an unknown code or level (exit 2)', () => {
    const file = `${draft()}/draft.txt`;
    const a = run(['lint', file, '--rules', 'no-owner=error']);
    expect(a.code).toBe(2);
    expect(a.stderr).toBe('notice-parse lint: --rules: unknown code "no-owner" (no-lead, collective-lead, no-deadline, no-product, no-report)\n');
    const b = run(['lint', file, '--rules', 'no-lead=fatal']);
    expect(b.code).toBe(2);
    expect(b.stderr).toBe('notice-parse lint: --rules: "no-lead=fatal": give no-lead=error, no-lead=warning or no-lead=off\n');
    expect(a.stdout + b.stdout).toBe('');
  });

  it('--diagnostics json: one object a line', () => {
    const file = `${draft()}/draft.txt`;
    const r = run(['lint', file, '--diagnostics', 'json']);
    expect(r.code).toBe(1);
    const objects = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(objects.map((o) => [o.line, o.code])).toEqual(expectedFindings().map(([n, code]) => [item(n).line, code]));
    expect(objects[0]).toMatchObject({ file, column: 1, severity: 'error' });
  });

  it('fixture 000: item 4 names no body; item 2, dated and reported, is clear', () => {
    const text = readFileSync(fixtureFile('000'), 'utf8');
    const lines = text.split('\n');
    const line4 = lines.findIndex((l) => l.startsWith('4. ')) + 1;
    const line2 = lines.findIndex((l) => l.startsWith('2. ')) + 1;
    expect(lines[line4 - 1]).toMatch(/^4\. Tập trung chỉ đạo/);
    expect(lines[line2 - 1]).toMatch(/^2\. Sở Y tế .*/);
    expect(text).toMatch(/kế hoạch này báo cáo với Thường trực Tỉnh ủy vào chiều ngày/);
    const r = run(['lint', fixtureFile('000')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^\\S+000_b3db3eb0fe8e6948\\.txt:${line4}:1 error no-lead 4: `, 'm'));
    expect(r.stdout).not.toMatch(new RegExp(`:${line2}:1 `));
  });

  it('a file that is not there: exit 2', () => {
    const r = run(['lint', `${tempDir()}/missing.txt`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});
