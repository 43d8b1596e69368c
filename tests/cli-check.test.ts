/** `notice-parse check` (issue 16, points 1 and 2): expected files made any way match; --strict judges. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFile } from './helpers.js';
import { run, tempDir, tree } from './cli-run.js';

const NAME = '002_ef7fe86db7a7f25b';

/** A folder `corpus/` holding fixture 002 (3 warnings) and 000 (none), without expected files. */
function corpus(): string {
  return tree(tempDir('np-check-'), { [`corpus/${NAME}.txt`]: '002', 'corpus/000.txt': '000' });
}

describe('check compares what was parsed, not how the file was named (point 1)', () => {
  it('passes on expected files made from a relative path, an absolute path and standard input', () => {
    const dir = corpus();
    const rel = run([`corpus/${NAME}.txt`], { cwd: dir });
    writeFileSync(join(dir, 'corpus', `${NAME}.json`), rel.stdout);
    const stdin = run([], { cwd: dir, input: readFileSync(fixtureFile('000')) });
    expect(JSON.parse(stdin.stdout).source.name).toBe('-');
    writeFileSync(join(dir, 'corpus', '000.json'), stdin.stdout);
    const r = run(['check', 'corpus'], { cwd: dir });
    expect(r.stderr).toBe('notice-parse check: 2 notices, 2 match, 0 differ, 0 without expected JSON, 0 unreadable\n');
    expect(r.code).toBe(0);
    const absolute = run([join(dir, 'corpus', `${NAME}.txt`)]);
    writeFileSync(join(dir, 'corpus', `${NAME}.json`), absolute.stdout);
    expect(run(['check', join(dir, 'corpus')]).code).toBe(0);
  });

  it('still reports any other difference', () => {
    const dir = corpus();
    const made = JSON.parse(run([`corpus/${NAME}.txt`], { cwd: dir }).stdout);
    made.source.bytes = 1;
    writeFileSync(join(dir, 'corpus', `${NAME}.json`), JSON.stringify(made));
    const r = run(['check', `corpus/${NAME}.txt`], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/source\.bytes: expected 1 got \d+/);
    expect(r.stderr).not.toMatch(/source\.name/);
  });

  it('--stdin-filepath names standard input: in source.name, in diagnostics, and for check', () => {
    const dir = corpus();
    const r = run(['--stdin-filepath', `corpus/${NAME}.txt`], { cwd: dir, input: readFileSync(fixtureFile('002')) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source.name).toBe(`corpus/${NAME}.txt`);
    expect(r.stderr.split('\n')[0]).toBe(`corpus/${NAME}.txt:72:1 warning numbering item 2.1. stands under item 3`);
    writeFileSync(join(dir, 'corpus', `${NAME}.json`), r.stdout);
    const c = run(['check', '-', '--stdin-filepath', `corpus/${NAME}.txt`], { cwd: dir, input: readFileSync(fixtureFile('002')) });
    expect(c.stderr).toMatch(/1 notice, 1 match/);
    expect(c.code).toBe(0);
    const bare = run(['check', '-'], { cwd: dir, input: 'x' });
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/give --stdin-filepath/);
  });
});

describe('check --strict agrees with converting with --strict (point 2)', () => {
  it('prints the warnings and exits 1, as converting does', () => {
    const dir = corpus();
    expect(run(['check', 'corpus', '--update'], { cwd: dir }).code).toBe(0);
    const convert = run([`corpus/${NAME}.txt`, '--strict'], { cwd: dir });
    expect(convert.code).toBe(1);
    const r = run(['check', 'corpus', '--strict'], { cwd: dir });
    expect(r.code).toBe(1);
    const warnings = r.stderr.split('\n').filter((l) => / warning /.test(l));
    expect(warnings).toEqual(convert.stderr.split('\n').filter((l) => / warning /.test(l)));
    expect(warnings).toHaveLength(3);
    expect(r.stderr).toMatch(/2 notices, 2 match, 0 differ/);
  });

  it('without --strict prints no diagnostics and passes; --max-warnings counts them (point 9)', () => {
    const dir = corpus();
    run(['check', 'corpus', '--update'], { cwd: dir });
    const plain = run(['check', 'corpus'], { cwd: dir });
    expect(plain.code).toBe(0);
    expect(plain.stderr).not.toMatch(/warning/);
    expect(run(['check', 'corpus', '--max-warnings', '3'], { cwd: dir }).code).toBe(0);
    const over = run(['check', 'corpus', '--max-warnings', '2'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/^notice-parse check: 3 warnings, more than --max-warnings 2$/m);
  });
});
