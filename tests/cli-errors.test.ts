/** Errors that say what is wrong (issue 16, point 5): unknown commands, help, --out, I/O errors. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers.js';
import { run, tempDir, tree } from './cli-run.js';

describe('an unknown word that is no path', () => {
  it('is an unknown command, with the nearest one, exit 2', () => {
    const r = run(['chekc', FIXTURES]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("notice-parse: unknown command 'chekc' (did you mean 'check'?)\n");
    expect(run(['tsks', FIXTURES]).stderr).toBe("notice-parse: unknown command 'tsks' (did you mean 'tasks'?)\n");
    const far = run(['convert', FIXTURES]);
    expect(far.code).toBe(2);
    expect(far.stderr).toBe("notice-parse: unknown command 'convert', and no file or folder of that name (see --help)\n");
  });

  it('is an input when a file of that name exists', () => {
    const dir = tree(tempDir(), { chekc: '000' });
    const r = run(['chekc'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source.name).toBe('chekc');
  });

  it('a missing file is an I/O error with no made-up line and column', () => {
    const r = run(['missing.txt'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('missing.txt: error io no such file or folder\n');
  });
});

describe('help COMMAND', () => {
  it('prints the command’s help, exit 0', () => {
    for (const command of ['check', 'tasks', 'schema']) {
      const r = run(['help', command]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: notice-parse ${command} `));
    }
    expect(run(['help']).stdout).toMatch(/^Usage: notice-parse /);
  });
});

describe('--out is checked once, before anything is parsed', () => {
  it('an existing file: one message, exit 2, nothing converted', () => {
    const dir = tree(tempDir(), { afile: 'x', 'in/a.txt': '000', 'in/b.txt': '001' });
    const r = run(['in', '--out', 'afile'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('notice-parse: --out afile is a file, not a folder: give a folder (it is made if missing)\n');
  });

  it('a folder that cannot be made: one message, exit 2', () => {
    const dir = tree(tempDir(), { afile: 'x', 'in/a.txt': '000', 'in/b.txt': '001' });
    const r = run(['in', '--out', 'afile/sub'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('notice-parse: --out afile/sub: cannot make the folder: not a folder\n');
  });

  it('a missing folder is made', () => {
    const dir = tree(tempDir(), { 'in/a.txt': '000' });
    expect(run(['in', '--out', 'new/deep'], { cwd: dir }).code).toBe(0);
    expect(existsSync(join(dir, 'new', 'deep', 'a.json'))).toBe(true);
    expect(readdirSync(join(dir, 'new', 'deep'))).toEqual(['a.json']);
  });
});
