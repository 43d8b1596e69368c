/** The built command, end to end: files, stdin, exit codes, diagnostics, schema. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoticeSchema } from '../src/index.js';
import { fixtureFile } from './helpers.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'notice-parse');

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('notice-parse FILE', () => {
  it('prints schema-valid JSON and exits 0', () => {
    const r = run([fixtureFile('000')]);
    expect(r.code).toBe(0);
    const notice = NoticeSchema.parse(JSON.parse(r.stdout));
    expect(notice.items).toHaveLength(4);
    expect(r.stderr).toBe('');
  });

  it('reports warnings on stderr as path:line:column severity code message, exit 0', () => {
    const file = fixtureFile('002');
    const r = run([file]);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(`${file}:72:1 warning numbering item 2.1. stands under item 3`);
    expect(r.stderr).not.toMatch(/\u001b\[/); // no ANSI codes when not a terminal
  });

  it('fails on warnings with --strict, hides them with --quiet', () => {
    expect(run([fixtureFile('002'), '--strict']).code).toBe(1);
    const quiet = run([fixtureFile('002'), '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
  });

  it('exits 1 on a file that is not a notice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'np-'));
    const file = join(dir, 'empty.txt');
    writeFileSync(file, '');
    const r = run([file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1 error not-a-document`));
    expect(NoticeSchema.safeParse(JSON.parse(r.stdout)).success).toBe(true);
  });

  it('exits 2 on a missing file, a directory, or a bad option, without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'np-'));
    mkdirSync(join(dir, 'x.txt'));
    for (const args of [[join(dir, 'missing.txt')], [join(dir, 'x.txt')], ['--bogus']]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(run([join(dir, 'missing.txt')]).stderr).toMatch(/missing\.txt: error io no such file/);
  });
});

describe('standard input', () => {
  it('reads piped input with no file, and with -', () => {
    const text = `THÔNG BÁO\nkết luận của Thường trực Huyện ủy\n-----\nNgày 05/3/2022, Thường trực Huyện ủy họp.\n1. Phòng Y tế rà soát.\n`;
    for (const args of [[], ['-']]) {
      const r = run(args, text);
      expect(r.code).toBe(0);
      const n = JSON.parse(r.stdout);
      expect(n.source.name).toBe('-');
      expect(n.meeting.date).toBe('2022-03-05');
      expect(n.items[0].text).toBe('Phòng Y tế rà soát.');
    }
  });
});

describe('--ndjson and schema', () => {
  it('prints one JSON line per notice, in the order given', () => {
    const files = ['003', '000', '001'].map(fixtureFile);
    const r = run([...files, '--ndjson']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).source.name)).toEqual(files);
  });

  it('refuses several files without --ndjson', () => {
    expect(run([fixtureFile('000'), fixtureFile('001')]).code).toBe(2);
  });

  it('prints the JSON Schema', () => {
    const r = run(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['document', 'meeting', 'items', 'recipients', 'signature', 'directives', 'references', 'agencies', 'diagnostics']));
  });

  it('prints its version and help', () => {
    // The package's own version (it once fell back to 0.0.0 when the bundle looked for package.json).
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version']).stdout.trim()).toBe(version);
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/schema/);
  });
});
