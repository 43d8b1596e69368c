/**
 * data/diagnostics.yaml lists every diagnostic code the tool emits: each example must make the
 * tool emit its code (with the catalogued severity), nothing the tool emits on the bundled notices
 * may be missing from it, and what is generated from it (the codes module, the schema's enum, the
 * README's list) must agree with it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'yaml';
import { describe, expect, it } from 'vitest';
import { noticeJsonSchema, parseNotice } from '../src/index.js';
import { exampleBytes, readDiagnosticCatalogue, type DiagnosticEntry } from '../src/data/diagnostic-catalogue.js';
import { CLI_DIAGNOSTIC_CODES, DIAGNOSTIC_CODES } from '../src/core/diagnostic-codes.gen.js';
// @ts-expect-error: a JavaScript module of the build, without types
import { diagnosticsTable, END, START } from '../scripts/diagnostics-readme.mjs';
import { FIXTURES } from './helpers.js';

const ROOT = join(import.meta.dirname, '..');
const FILE = 'data/diagnostics.yaml';

function catalogue(): DiagnosticEntry[] {
  const read = readDiagnosticCatalogue(yaml, readFileSync(join(ROOT, FILE), 'utf8'), FILE);
  if (!read.ok) throw new Error(read.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`).join('\n'));
  return read.value;
}

const entries = catalogue();
const byCode = new Map(entries.map((e) => [e.code, e]));

describe('the catalogue', () => {
  it('reads without problems and lists the codes of both kinds', () => {
    expect(entries.filter((e) => e.from === 'notice').length).toBeGreaterThan(10);
    expect(entries.filter((e) => e.from === 'cli').map((e) => e.code)).toEqual(['io', 'gazetteer']);
  });

  it('is what src/core/diagnostic-codes.gen.ts was generated from (npm run gen)', () => {
    expect([...DIAGNOSTIC_CODES]).toEqual(entries.filter((e) => e.from === 'notice').map((e) => e.code));
    expect([...CLI_DIAGNOSTIC_CODES]).toEqual(entries.filter((e) => e.from === 'cli').map((e) => e.code));
  });

  it('gives the JSON Schema its enum of codes', () => {
    const schema = noticeJsonSchema() as { properties: { diagnostics: { items: { properties: { code: { enum: string[] } } } } } };
    expect(schema.properties.diagnostics.items.properties.code.enum).toEqual([...DIAGNOSTIC_CODES]);
  });

  it('is listed in README.md between the markers', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start).toBeGreaterThan(0);
    // When this fails: node scripts/gen-diagnostics.mjs --readme
    expect(readme.slice(start + START.length, end).trim()).toBe(diagnosticsTable(entries));
  });

  it('finds a problem in a bad entry, at its line and column', () => {
    const text = ['- code: Numbering', '  severity: loud', '  from: notice', '  description: x', '  example: null'].join('\n');
    const read = readDiagnosticCatalogue(yaml, text, 'bad.yaml');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '1:9 0.code: a code is lower-case words joined by "-"',
      '2:13 0.severity: error, warning or info',
    ]);
  });
});

describe('each example', () => {
  const examples = entries.filter((e) => e.example !== null);
  it.each(examples.map((e) => [e.code, e] as const))('makes the parser emit %s', (code, entry) => {
    const notice = parseNotice(exampleBytes(entry)!, { name: 'example.txt' });
    expect(notice.diagnostics.filter((d) => d.code === code).map((d) => d.severity)).toContain(entry.severity);
  });

  it('is there unless the entry says why not', () => {
    for (const e of entries.filter((e) => e.example === null)) expect(e.why?.length).toBeGreaterThan(20);
  });

  it('of the command line: io, for a file that is not there', () => {
    const bin = join(ROOT, 'bin', 'notice-parse');
    const r = spawnSync(process.execPath, [bin, join(ROOT, 'no-such-notice.txt')], { encoding: 'utf8' });
    expect(r.stderr).toMatch(/^\S+no-such-notice\.txt: error io /);
  });
});

describe('what the parser emits on the bundled notices (and the shared samples and corpus, when beside the project)', () => {
  const dirs = [FIXTURES, join(ROOT, 'tests', 'variants'), join(ROOT, '..', 'shared', 'samples'), join(ROOT, '..', 'shared', 'corpus')];
  const files = dirs.filter((dir) => existsSync(dir)).flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(txt|md)$/.test(f)).map((f) => join(dir, f)),
  );

  it('is catalogued, with the catalogued severity', () => {
    expect(files.length).toBeGreaterThan(20);
    const emitted = new Map<string, Set<string>>();
    for (const file of files) {
      for (const d of parseNotice(readFileSync(file)).diagnostics) {
        if (!emitted.has(d.code)) emitted.set(d.code, new Set());
        emitted.get(d.code)!.add(d.severity);
      }
    }
    expect(emitted.has('numbering')).toBe(true);
    // A code missing from the catalogue fails the schema's enum: the notice is then salvaged with an `internal` error.
    expect(emitted.has('internal'), 'a notice failed validation').toBe(false);
    for (const [code, severities] of emitted) {
      expect(byCode.has(code), `${code} is not in ${FILE}`).toBe(true);
      expect([...severities]).toEqual([byCode.get(code)!.severity]);
    }
  });
});
