/**
 * The README's command-line examples are true: each `$ notice-parse …` block of the sections about
 * the command line is run from the repository's root, and every line it shows must be printed
 * (a line `…` stands for lines left out; times and speeds vary).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, envOf } from './cli-run.js';

const ROOT = join(import.meta.dirname, '..');
const SECTIONS = ['One notice', 'Archives', 'Checking a corpus in CI', 'Options and exit codes', 'Diagnostics'];

interface Example {
  section: string;
  command: string;
  shown: string[];
}

function examples(): Example[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const out: Example[] = [];
  for (const part of readme.split(/^## /m).slice(1)) {
    const section = part.slice(0, part.indexOf('\n'));
    if (!SECTIONS.includes(section)) continue;
    let inBlock = false;
    let current: Example | null = null;
    for (const line of part.split('\n')) {
      if (line.startsWith('```')) {
        inBlock = !inBlock;
        current = null;
      } else if (inBlock && line.startsWith('$ notice-parse ')) out.push((current = { section, command: line.slice(2), shown: [] }));
      else if (current && line !== '' && line !== '…') current.shown.push(line);
    }
  }
  return out;
}

const varying = (s: string) => s.replace(/[\d.]+ s, [\d.]+ MB\/s/g, 'T s, R MB/s');

describe('the README examples of the command line', () => {
  const found = examples();

  it('are found', () => {
    expect(found.length).toBeGreaterThanOrEqual(4);
  });

  for (const e of found) {
    it(`${e.section}: ${e.command}`, () => {
      const command = e.command.replace(/^notice-parse /, `"${process.execPath}" "${BIN}" `);
      const r = spawnSync('sh', ['-c', command], { cwd: ROOT, encoding: 'utf8', env: envOf() });
      const printed = varying(`${r.stdout}\n${r.stderr}`).split('\n');
      for (const line of e.shown) expect(printed, `"${line}" in the output of ${e.command}`).toContain(varying(line));
    });
  }
});
