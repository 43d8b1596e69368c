/**
 * Archives and CI, end to end with the built command on temporary folders: the mirrored output
 * tree, NDJSON order, bad files in a batch, check, tasks, exit codes, plain output in a pipe.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoticeSchema } from '../src/index.js';
import { FIXTURES, filesBelow, fixtureFile } from './helpers.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'notice-parse');

// NOTICE_PARSE_PER_THREAD=1: these small batches run on worker threads when --jobs asks for them
// (by default a worker is started only for thousands of files).
function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', NOTICE_PARSE_PER_THREAD: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}


/** An archive: the five samples in two folders, one as .md, plus folders that must be skipped. */
function archive(): string {
  const root = mkdtempSync(join(tmpdir(), 'np-archive-'));
  const samples = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));
  mkdirSync(join(root, '2021', 'thang-12'), { recursive: true });
  mkdirSync(join(root, '2022'));
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'node_modules'));
  copyFileSync(join(FIXTURES, samples[0]!), join(root, '2021', 'thang-12', 'a.txt'));
  copyFileSync(join(FIXTURES, samples[1]!), join(root, '2021', 'b.md'));
  copyFileSync(join(FIXTURES, samples[2]!), join(root, '2022', 'c.txt'));
  copyFileSync(join(FIXTURES, samples[3]!), join(root, 'd.txt'));
  copyFileSync(join(FIXTURES, samples[4]!), join(root, '.git', 'hidden.txt'));
  copyFileSync(join(FIXTURES, samples[4]!), join(root, 'node_modules', 'dep.txt'));
  writeFileSync(join(root, 'notes.pdf'), 'not a notice file name');
  symlinkSync(root, join(root, '2022', 'loop')); // a symlink loop must not hang the walk
  return root;
}

describe('batch with --out', () => {
  it('writes one .json per input at the same relative path, skipping hidden folders and node_modules', () => {
    const root = archive();
    const out = mkdtempSync(join(tmpdir(), 'np-out-'));
    const r = run([root, '--out', out, '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(filesBelow(out)).toEqual(['2021/b.json', '2021/thang-12/a.json', '2022/c.json', 'd.json']);
    for (const f of filesBelow(out)) NoticeSchema.parse(JSON.parse(readFileSync(join(out, f), 'utf8')));
    expect(r.stderr).toMatch(/^notice-parse: 4 files: 4 notices, 0 other documents \(not-a-notice\), 0 unreadable, 0 failed to write; 1 with warnings, 0 with errors; 1 skipped \(1 .pdf\); [\d.]+ s, [\d.]+ MB\/s$/m);
  });

  it('keeps each root’s name as the first folder when there are several roots', () => {
    const root = archive();
    const out = mkdtempSync(join(tmpdir(), 'np-out-'));
    const r = run([join(root, '2021'), join(root, '2022'), '--out', out]);
    expect(r.code).toBe(0);
    // 2022/loop links back to the archive's root: followed once, d.txt is reached through it.
    expect(filesBelow(out)).toEqual(['2021/b.json', '2021/thang-12/a.json', '2022/c.json', '2022/loop/d.json']);
  });

  it('leaves no temporary file behind', () => {
    const out = mkdtempSync(join(tmpdir(), 'np-out-'));
    run([FIXTURES, '--out', out]);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(readdirSync(out)).toHaveLength(5);
  });

  it('converts every good file when others cannot be read, and exits 2', () => {
    const root = archive();
    writeFileSync(join(root, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff, 0xfe, 0]));
    symlinkSync(join(root, 'missing-target.txt'), join(root, 'dangling.txt'));
    const out = mkdtempSync(join(tmpdir(), 'np-out-'));
    const r = run([root, join(root, 'no-such-file.txt'), '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/dangling\.txt: error io /);
    expect(r.stderr).toMatch(/no-such-file\.txt: error io no such file/);
    // The binary file is read and gets an error diagnostic; every sample is still converted.
    expect(r.stderr).toMatch(/binary\.txt:\d+:\d+ error /);
    const written = filesBelow(out);
    for (const f of ['2021/b.json', '2021/thang-12/a.json', '2022/c.json', 'd.json']) expect(written.some((w) => w.endsWith(f))).toBe(true);
  });

  it('refuses the second of two inputs with the same output file instead of overwriting the first', () => {
    const root = mkdtempSync(join(tmpdir(), 'np-clash-'));
    copyFileSync(fixtureFile('000'), join(root, 'a.md'));
    copyFileSync(fixtureFile('002'), join(root, 'a.txt'));
    copyFileSync(fixtureFile('003'), join(root, 'b.txt'));
    const out = mkdtempSync(join(tmpdir(), 'np-out-'));
    const r = run([root, '--out', out, '--jobs', '2']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a\.txt: error io its output .*a\.json is also the output of .*a\.md: rename one of them/);
    expect(filesBelow(out)).toEqual(['a.json', 'b.json']);
    // a.json is a.md's notice (the first in input order), whatever the threads' timing.
    expect(JSON.parse(readFileSync(join(out, 'a.json'), 'utf8')).source.name).toMatch(/a\.md$/);
  });

  it('reports a notice whose output cannot be written, and writes the others', () => {
    const root = mkdtempSync(join(tmpdir(), 'np-unwritable-'));
    mkdirSync(join(root, 'x'));
    copyFileSync(fixtureFile('000'), join(root, 'x', 'a.txt'));
    copyFileSync(fixtureFile('002'), join(root, 'b.txt'));
    const out = mkdtempSync(join(tmpdir(), 'np-out-'));
    writeFileSync(join(out, 'x'), 'a file where the folder x/ must go');
    for (const jobs of ['0', '2']) {
      const r = run([root, '--out', out, '--jobs', jobs]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/x\/a\.txt: error io /);
      expect(existsSync(join(out, 'b.json'))).toBe(true);
    }
  });
});

describe('batch with --ndjson', () => {
  it('prints one line per notice in input order, whatever the number of threads', () => {
    const root = archive();
    const orders = ['1', '2', '4'].map((jobs) => {
      const r = run([root, '--ndjson', '--jobs', jobs, '--quiet']);
      expect(r.code).toBe(0);
      return r.stdout.trim().split('\n').map((l) => relative(root, JSON.parse(l).source.name));
    });
    expect(orders[0]).toEqual(['2021/b.md', '2021/thang-12/a.txt', '2022/c.txt', 'd.txt']);
    expect(orders[1]).toEqual(orders[0]);
    expect(orders[2]).toEqual(orders[0]);
  });

  it('writes no progress and no colour into a pipe', () => {
    const r = run([FIXTURES, '--ndjson'], { NO_COLOR: '' });
    expect(r.stderr).not.toMatch(/\u001b\[|\r/);
  });
});

describe('check', () => {
  function corpus(): string {
    const dir = mkdtempSync(join(tmpdir(), 'np-check-'));
    for (const f of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, f), join(dir, f));
    return dir;
  }

  it('passes on the fixtures', () => {
    const r = run(['check', FIXTURES]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/5 notices, 5 match, 0 differ/);
  });

  it('shows differences by JSON path and exits 1', () => {
    const dir = corpus();
    const file = join(dir, '000_b3db3eb0fe8e6948.json');
    const expected = JSON.parse(readFileSync(file, 'utf8'));
    expected.items[2].text = 'Một nội dung khác.';
    expected.signature.title = 'PHÓ CHÁNH VĂN PHÒNG';
    writeFileSync(file, JSON.stringify(expected));
    const r = run(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('items[2].text: expected "Một nội dung khác." got "Sở Giáo dục và Đào tạo phối hợp');
    expect(r.stderr).toContain('signature.title: expected "PHÓ CHÁNH VĂN PHÒNG" got "CHÁNH VĂN PHÒNG"');
  });

  it('shows at most a screenful of differences per file, with a count of the rest', () => {
    const dir = corpus();
    const file = join(dir, '003_86db102a5b295d07.json');
    const expected = JSON.parse(readFileSync(file, 'utf8'));
    expected.recipients = expected.recipients.map((r: { text: string }) => ({ ...r, text: 'x', name: 'y', note: 'z' }));
    writeFileSync(file, JSON.stringify(expected));
    const r = run(['check', file.replace('.json', '.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/… and \d+ more/);
  });

  it('reports a missing expected file without creating it; --update rewrites and creates', () => {
    const dir = corpus();
    const missing = join(dir, '004_ca3071fca0b0c2ac.json');
    const changed = join(dir, '001_082bbfe5dfebed40.json');
    const original = readFileSync(changed, 'utf8');
    writeFileSync(changed, original.replace('Trần Thanh Bình', 'Người Khác'));
    copyFileSync(missing, `${missing}.bak`);
    writeFileSync(missing, '');
    require_unlink(missing);
    const r = run(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/004_ca3071fca0b0c2ac\.txt: missing expected file/);
    expect(existsSync(missing)).toBe(false);
    const u = run(['check', dir, '--update']);
    expect(u.code).toBe(0);
    expect(readFileSync(changed, 'utf8')).toBe(original);
    expect(readFileSync(missing, 'utf8')).toBe(readFileSync(`${missing}.bak`, 'utf8'));
    expect(run(['check', dir]).code).toBe(0);
  });
});

function require_unlink(path: string): void {
  spawnSync('rm', ['-f', path]);
}

describe('tasks', () => {
  it('prints CSV with a BOM, CRLF rows, `;` and RFC 4180 quoting, sorted by due day', () => {
    const r = run(['tasks', FIXTURES, '--quiet', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\ufeffnotice;issued on;issuer;item;lead body;lead id;supporting bodies;task;due;')).toBe(true);
    const rows = r.stdout.slice(1).split('\r\n').filter((l) => l !== '');
    const dues = rows.slice(1).map((l) => /;(\d{4}-\d{2}-\d{2})?;[^;]*;(?:day|month|quarter|half|year)?;/.exec(l)?.[1] ?? '');
    const dated = dues.filter((d) => d !== '');
    expect(dated).toEqual([...dated].sort());
    expect(dated[0]).toBe('2021-08-13');
    // A text with the separator in it is quoted.
    expect(rows.some((l) => /;"Huyện ủy, Ủy ban nhân dân các huyện Trà Cú, Duyên Hải chỉ đạo chặt chẽ/.test(l) || /;"[^"]*;/.test(l))).toBe(true);
  });

  it('filters by agency alias and by due day, in Markdown and JSON', () => {
    const md = run(['tasks', FIXTURES, '--quiet', '--format', 'md', '--lang', 'en', '--agency', 'Sở Y tế', '--due-before', '2021-12-31']);
    expect(md.code).toBe(0);
    const lines = md.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^\| notice \| issued on \| issuer \| item \| lead body \| lead id \|/);
    expect(lines.slice(2).every((l) => l.includes('| so-y-te |'))).toBe(true);
    expect(lines.length).toBeGreaterThan(2);
    const json = JSON.parse(run(['tasks', FIXTURES, '--quiet', '--format', 'json', '--agency', 'UBND tỉnh']).stdout);
    expect(json.length).toBeGreaterThan(0);
    expect(json.every((row: { lead: string; supportIds: string[] }) => row.lead === 'Ủy ban nhân dân tỉnh' || row.supportIds.includes('ubnd-tinh'))).toBe(true);
  });

  it('rejects a bad date or format with exit 2', () => {
    expect(run(['tasks', FIXTURES, '--due-before', 'tomorrow']).code).toBe(2);
    expect(run(['tasks', FIXTURES, '--format', 'pdf']).code).toBe(2);
  });
});

describe('exit codes and help', () => {
  it('exits 0, 1 and 2 as SPEC §1 says', () => {
    expect(run([fixtureFile('000')]).code).toBe(0);
    expect(run([fixtureFile('002'), '--strict']).code).toBe(1);
    expect(run(['--no-such-option']).code).toBe(2);
    expect(run([FIXTURES]).code).toBe(2); // a folder needs --out or --ndjson
  });

  it('lists every command and option, with examples', () => {
    const help = run(['--help']).stdout;
    for (const word of ['--out', '--ndjson', '--jobs', '--strict', '--quiet', '--no-color', 'check', 'tasks', 'schema', 'Examples:']) {
      expect(help).toContain(word);
    }
    expect(run(['tasks', '--help']).stdout).toMatch(/--agency[\s\S]*--due-before[\s\S]*--due-after[\s\S]*Examples?:/);
    expect(run(['check', '--help']).stdout).toMatch(/--update[\s\S]*Example:/);
  });
});

describe('on a terminal', () => {
  // `script` gives the command a pseudo-terminal, as a person's shell would.
  const hasScript = existsSync('/usr/bin/script');
  const onTerminal = (command: string, env: Record<string, string | undefined>) => {
    const clean = { ...process.env, ...env };
    for (const [k, v] of Object.entries(clean)) if (v === undefined) delete clean[k];
    return spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: clean as NodeJS.ProcessEnv }).stdout;
  };

  it.skipIf(!hasScript)('shows a progress line redrawn in place, and diagnostics in colour (a warning without a code frame)', () => {
    const out = onTerminal(`${process.execPath} ${BIN} ${FIXTURES} --ndjson --jobs 1 > /dev/null`, { CI: undefined, NO_COLOR: undefined });
    expect(out).toMatch(/\r\u001b\[K\d+\/5 notices · \d+\/s · \d+s left/);
    expect(out).toMatch(/\u001b\[33mwarning/); // colour
    // Code frames are for errors only (issue 16): tests/cli-colour.test.ts shows one.
    expect(out).not.toMatch(/72 \| /);
  });

  it.skipIf(!hasScript)('shows no progress in CI, with --quiet, and no colour with NO_COLOR or --no-color', () => {
    const ci = onTerminal(`${process.execPath} ${BIN} ${FIXTURES} --ndjson > /dev/null`, { CI: 'true', NO_COLOR: undefined });
    expect(ci).not.toMatch(/notices ·/);
    const quiet = onTerminal(`${process.execPath} ${BIN} ${FIXTURES} --ndjson --quiet > /dev/null`, { CI: undefined, NO_COLOR: undefined });
    expect(quiet).not.toMatch(/notices ·/);
    for (const [args, env] of [['--no-color', {}], ['', { NO_COLOR: '1' }]] as const) {
      const plainOut = onTerminal(`${process.execPath} ${BIN} ${fixtureFile('002')} ${args} > /dev/null`, { CI: undefined, NO_COLOR: undefined, ...env });
      expect(plainOut).toMatch(/warning numbering/);
      expect(plainOut).not.toMatch(/\u001b\[3\dm/);
    }
  });
});
