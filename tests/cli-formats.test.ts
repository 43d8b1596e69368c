/** Diagnostics for machines (issue 16, point 10): --diagnostics json and github. */
import { describe, expect, it } from 'vitest';
import { githubLine } from '../src/cli/formats.js';
import { fixtureFile } from './helpers.js';
import { run, tempDir, tree } from './cli-run.js';

const WARNED = fixtureFile('002');

describe('--diagnostics json', () => {
  it('one JSON object a diagnostic a line, I/O errors too (with no line)', () => {
    const dir = tree(tempDir(), { 'in/b.txt': '002', 'in/e.txt': '' });
    const r = run(['in', 'in/gone.txt', '--ndjson', '--diagnostics', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { file: 'in/gone.txt', line: null, column: null, severity: 'error', code: 'io', message: 'no such file or folder' },
      { file: 'in/b.txt', line: 72, column: 1, severity: 'warning', code: 'numbering', message: 'item 2.1. stands under item 3' },
      { file: 'in/b.txt', line: 80, column: 1, severity: 'warning', code: 'numbering', message: 'item 2.2. stands under item 3' },
      { file: 'in/b.txt', line: 106, column: 1, severity: 'warning', code: 'numbering', message: 'item 2.3. stands under item 3' },
      { file: 'in/e.txt', line: 1, column: 1, severity: 'error', code: 'not-a-document', message: 'not a notice: no text' },
    ]);
    // The summary stays the last line, in words.
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(/^notice-parse: 3 files: /);
  });

  it('in check --strict and in tasks', () => {
    const dir = tree(tempDir(), { 'c/b.txt': '002' });
    run(['check', 'c', '--update'], { cwd: dir });
    const c = run(['check', 'c', '--strict', '--diagnostics=json'], { cwd: dir });
    expect(c.code).toBe(1);
    expect(c.stderr.split('\n').filter((l) => l.startsWith('{'))).toHaveLength(3);
    const t = run(['tasks', 'c', '--diagnostics', 'json'], { cwd: dir });
    expect(JSON.parse(t.stderr.split('\n')[0]!)).toMatchObject({ file: 'c/b.txt', line: 72, code: 'numbering' });
  });
});

describe('--diagnostics github', () => {
  it('GitHub Actions annotations: ::warning file=…,line=…,col=…,title=code::message', () => {
    const r = run([WARNED, '--diagnostics', 'github']);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(`::warning file=${WARNED},line=72,col=1,title=numbering::item 2.1. stands under item 3`);
    const io = run(['gone.txt', '--diagnostics', 'github'], { cwd: tempDir() });
    expect(io.stderr).toBe('::error file=gone.txt,title=io::no such file or folder\n');
  });

  it('escapes what the workflow command syntax gives a meaning to', () => {
    expect(githubLine({ file: 'a,b:c.txt', severity: 'info', code: 'not-a-notice', message: '50% done\nnext' })).toBe(
      '::notice file=a%2Cb%3Ac.txt,title=not-a-notice::50%25 done%0Anext',
    );
  });

  it('takes text, json or github only (exit 2)', () => {
    expect(run([WARNED, '--diagnostics', 'xml']).code).toBe(2);
  });
});
