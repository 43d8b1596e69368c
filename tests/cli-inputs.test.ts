/** What the command reads (issue 16, points 3 and 4): nothing found, `-`, --files-from, conflicting options. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesBelow, fixtureFile } from './helpers.js';
import { run, tempDir, tree } from './cli-run.js';

const NOTICE = readFileSync(fixtureFile('000'));

describe('no notices found (point 3)', () => {
  it('an empty folder: exit 2 for converting, check and tasks', () => {
    const dir = tree(tempDir(), { 'empty/.keep': '' });
    for (const [args, prefix] of [[['empty', '--out', 'o']], [['check', 'empty'], ' check'], [['tasks', 'empty'], ' tasks']] as const) {
      const r = run([...args], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`notice-parse${prefix ?? ''}: no notices found\n`);
    }
    expect(existsSync(join(dir, 'o'))).toBe(false);
  });

  it('a folder of other files: says how many were skipped, by extension', () => {
    const dir = tree(tempDir(), { 'docs/a.xlsx': 'x', 'docs/b.xlsx': 'x', 'docs/sub/c.pdf': 'x', 'docs/README': 'x' });
    const r = run(['docs', '--ndjson'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('notice-parse: no notices found (4 files skipped: 2 .xlsx, 1 .pdf, 1 with no extension)\n');
    expect(run(['check', 'docs'], { cwd: dir }).stderr).toBe('notice-parse check: no notices found (4 files skipped: 2 .xlsx, 1 .pdf, 1 with no extension)\n');
  });

  it('the summary of a batch counts the files skipped', () => {
    const dir = tree(tempDir(), { 'in/a.txt': '000', 'in/b.xlsx': 'x', 'in/c.xlsx': 'x' });
    const r = run(['in', '--out', 'o'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^notice-parse: 1 file: 1 notice, .*; 2 skipped \(2 \.xlsx\); /m);
  });
});

describe('- is standard input everywhere (point 4)', () => {
  it('tasks -', () => {
    const r = run(['tasks', '-', '--quiet'], { input: NOTICE });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[1]).toMatch(/;-$/);
  });

  it('- among files, in its place', () => {
    const r = run(['-', fixtureFile('001'), '--ndjson'], { input: NOTICE });
    expect(r.code).toBe(0);
    const names = r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.name);
    expect(names).toEqual(['-', fixtureFile('001')]);
  });

  it('--out is honoured: stdin.json, or the name --stdin-filepath gives', () => {
    const dir = tempDir();
    const r = run(['--out', 'o'], { cwd: dir, input: NOTICE });
    expect(r.code).toBe(0);
    expect(filesBelow(join(dir, 'o'))).toEqual(['stdin.json']);
    expect(r.stderr).toMatch(/^notice-parse: 1 file: 1 notice/m);
    run(['-', '--out', 'p', '--stdin-filepath', 'y/2021/a.txt'], { cwd: dir, input: NOTICE });
    expect(filesBelow(join(dir, 'p'))).toEqual(['y/2021/a.json']);
  });
});

describe('conflicting options are refused, naming them (point 4)', () => {
  it('--out with --ndjson', () => {
    const r = run([fixtureFile('000'), '--out', tempDir(), '--ndjson']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/'--out <dir>' cannot be used with option '--ndjson'/);
  });

  it('-0 without --files-from, and --files-from - with the input -', () => {
    const nul = run([fixtureFile('000'), '-0']);
    expect(nul.code).toBe(2);
    expect(nul.stderr).toMatch(/-0 .*--files-from/);
    const both = run(['-', '--files-from', '-', '--ndjson'], { input: fixtureFile('000') });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--files-from - and the input - both want standard input/);
  });
});

describe('--files-from (point 4)', () => {
  const dir = tree(tempDir(), { 'c/2021/a.txt': '000', 'c/2022/a.txt': '001', 'c/b.md': '003' });

  it('reads the list from standard input, one path a line: each keeps its relative path under --out', () => {
    const r = run(['--files-from', '-', '--out', 'o'], { cwd: dir, input: 'c/2021/a.txt\r\nc/2022/a.txt\n\nc/b.md\n' });
    expect(r.code).toBe(0);
    expect(filesBelow(join(dir, 'o'))).toEqual(['c/2021/a.json', 'c/2022/a.json', 'c/b.json']);
  });

  it('reads a NUL-separated list from a file with -0 (find -print0), in order', () => {
    writeFileSync(join(dir, 'list'), 'c/b.md\0c/2021/a.txt\0');
    const r = run(['--files-from', 'list', '-0', '--ndjson'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.name)).toEqual(['c/b.md', 'c/2021/a.txt']);
  });

  it('a list that cannot be read, and a listed file that is missing', () => {
    const missingList = run(['--files-from', 'nope', '--ndjson'], { cwd: dir });
    expect(missingList.code).toBe(2);
    expect(missingList.stderr).toBe('notice-parse: --files-from nope: no such file or folder\n');
    const r = run(['--files-from', '-', '--ndjson'], { cwd: dir, input: 'c/b.md\nc/gone.txt\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^c\/gone\.txt: error io no such file or folder$/m);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });
});
