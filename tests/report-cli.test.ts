/**
 * `notice-parse report` from the command line (issue 17, point 5): the built command (the bundle,
 * bin/notice-parse) writes the page; options, diagnostics and exit codes as `tasks` has them.
 * The page in a browser: tests/report-browser.test.ts.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotice, tasksOf } from '../src/index.js';
import { FIXTURES, fixtureFile } from './helpers.js';
import { run, start, tempDir, tree } from './cli-run.js';
import { NOTICE_456, item456 } from './tasks-notice.js';

const rowsIn = (html: string) => (html.match(/<tr class="s-/g) ?? []).length;

/** The rows tasksOf gives for the fixtures on `today`. */
function fixtureRows(today: string): number {
  return ['000', '001', '002', '003', '004'].reduce((n, p) => n + tasksOf(parseNotice(readFileSync(fixtureFile(p)), { name: p }), { today }).length, 0);
}

describe('notice-parse report', () => {
  it('writes one page with -o or --out: every row of the fixtures, exit 0', () => {
    const dir = tempDir('np-report-');
    for (const flag of ['-o', '--out']) {
      const file = join(dir, `r${flag}.html`);
      const r = run(['report', FIXTURES, '--today', '2021-12-04', flag, file, '--quiet']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      const html = readFileSync(file, 'utf8');
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(rowsIn(html)).toBe(fixtureRows('2021-12-04'));
      expect(html.match(/<article class="notice"/g)).toHaveLength(5);
    }
  });

  it('writes to standard output when it is not a terminal', () => {
    const r = run(['report', fixtureFile('000'), '--today', '2021-12-04', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(r.stdout.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('reads standard input, and prints the parse diagnostics as tasks does', () => {
    const r = run(['report', '-', '--today', '2021-12-05', '--stdin-filepath', 'n456.txt'], { input: NOTICE_456 });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<dt>Tệp</dt><dd>n456.txt</dd>');
    const tasks = run(['tasks', fixtureFile('002'), '--today', '2021-12-05']);
    const report = run(['report', fixtureFile('002'), '--today', '2021-12-05']);
    expect(report.stderr).toBe(tasks.stderr);
    expect(report.stderr).toMatch(/ warning numbering /);
    expect(report.code).toBe(tasks.code);
  });

  it('--lang en and --include-decisions', () => {
    const dir = tree(tempDir('np-report-'), { 'n456.txt': NOTICE_456 });
    expect(item456(3)).toMatch(/nhất trí với đề xuất/);
    const en = run(['report', join(dir, 'n456.txt'), '--today', '2021-12-05', '--lang', 'en', '--quiet']).stdout;
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<th scope="col">supporting bodies</th>');
    expect(en).not.toContain('href="#n1-i-3"');
    const all = run(['report', join(dir, 'n456.txt'), '--today', '2021-12-05', '--include-decisions', '--quiet']).stdout;
    expect(all).toContain('<td class="item"><a href="#n1-i-3"');
  });

  it('refuses a bad --today or --lang before reading anything: exit 2, one line', () => {
    for (const [args, message] of [
      [['--today', '2021-02-30'], /^notice-parse report: --today: "2021-02-30": 2021-02 has no day 30/],
      [['--today', '2021-12'], /^notice-parse report: --today: "2021-12" is no day/],
      [['--lang', 'fr'], /^notice-parse report: --lang "fr": give vi or en/],
    ] as const) {
      const r = run(['report', FIXTURES, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
  });

  it('a batch with an unreadable file: the page of the others is written, the file reported, exit 2', () => {
    const dir = tree(tempDir('np-report-'), { 'a.txt': '000' });
    const out = join(dir, 'r.html');
    const r = run(['report', 'a.txt', 'gone.txt', '-o', out, '--today', '2021-12-04', '--quiet'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gone\.txt: error io /m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const html = readFileSync(out, 'utf8');
    expect(rowsIn(html)).toBe(tasksOf(parseNotice(readFileSync(fixtureFile('000')), { name: 'a.txt' }), { today: '2021-12-04' }).length);
    expect(html).toContain('<p class="warn">1 tệp không đọc được');
  });

  it('exit codes as tasks: an error diagnostic 1, --max-warnings 1, no notices 2, a missing file 2, an unwritable --out 2', () => {
    const dir = tree(tempDir('np-report-'), { 'ok/b.txt': '002', 'bad/e.txt': '', 'docs/a.xlsx': 'x' });
    const cases: [string[], number][] = [
      [['report', 'ok', '--quiet'], 0],
      [['report', 'bad'], 1],
      [['report', 'ok', '--max-warnings', '1'], 1],
      [['report', 'ok', '--strict'], 1],
      [['report', 'docs'], 2],
      [['report', 'gone.txt'], 2],
      [['report', 'ok', '--bogus'], 2],
      [['report', 'ok', '-o', join(dir, 'no', 'such', 'r.html'), '--quiet'], 2],
    ];
    for (const [args, code] of cases) {
      const r = run(args, { cwd: dir });
      expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(code);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    const bad = run(['report', 'bad', '-o', 'bad.html'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(existsSync(join(dir, 'bad.html'))).toBe(true);
    const unwritable = run(['report', 'ok', '-o', join(dir, 'no', 'r.html'), '--quiet'], { cwd: dir });
    expect(unwritable.stderr).toMatch(/^notice-parse report: --out .*no\/r\.html: cannot write: /);
  });

  it('is a command of the built CLI: in --help, its own help, and a near miss suggests it', () => {
    const help = run(['--help']).stdout;
    expect(help).toMatch(/^ {2}report \[options\] \[inputs\.\.\.\]/m);
    expect(help).toContain('notice-parse report archive/ -o report.html');
    const own = run(['report', '--help']);
    expect(own.code).toBe(0);
    for (const option of ['-o, --out <file>', '--today <date>', '--lang <lang>', '--include-decisions', '--files-from <file>', '--max-warnings <n>']) expect(own.stdout).toContain(option);
    expect(run(['reprot', FIXTURES]).stderr).toContain("did you mean 'report'?");
    // The bundle the launcher loads holds the page's builder.
    expect(readFileSync(join(import.meta.dirname, '..', 'dist', 'bundle', 'cli.cjs'), 'utf8')).toContain('Content-Security-Policy');
  });

  it('Ctrl-C: no page written, exit 130', async () => {
    const dir = tempDir('np-report-');
    mkdirSync(join(dir, 'in'));
    for (let i = 0; i < 3000; i++) copyFileSync(fixtureFile('000'), join(dir, 'in', `n${i}.txt`));
    const child = start(['report', 'in', '--jobs', '1', '--quiet', '-o', 'r.html'], { cwd: dir, env: { NOTICE_PARSE_PER_THREAD: '200' } });
    await new Promise((r) => setTimeout(r, 1500));
    child.child.kill('SIGINT');
    const r = await child.done;
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/^notice-parse report: interrupted after \d+ of 3000 notices: no page written$/m);
    expect(existsSync(join(dir, 'r.html'))).toBe(false);
  });
});
