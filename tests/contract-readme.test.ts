/**
 * The README's examples are true (issue 16): each block that shows a command after `$ ` is run
 * with the built command from the project's folder and its output compared line by line; the
 * JSON excerpt of fixture 000 and the diagnostic line are compared with what the command prints.
 * In an expected line, `…` stands for any text (a cut text, a line alone for any lines), and the
 * summary's time and speed for any number.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'notice-parse');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true' } });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** The fenced blocks of the README, each as its lines. */
const blocks = [...README.matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gm)].map((m) => m[1]!.replace(/\n$/, '').split('\n'));

/** An expected line as a pattern: `…` any text, `0.97 s, 0.04 MB/s` any time and speed. */
function linePattern(line: string): RegExp {
  const escaped = line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/…/g, '.*');
  return new RegExp(`^${escaped.replace(/\d+\\\.\d+ s, \d+\\\.\d+ MB\/s/, '[\\d.]+ s, [\\d.]+ MB/s')}$`);
}

/** Do the actual lines match the expected ones (a line `…` alone: any number of lines)? */
function matches(expected: string[], actual: string[]): boolean {
  if (expected.length === 0) return actual.length === 0;
  const [first, ...rest] = expected;
  if (first === '…') return actual.some((_, k) => matches(rest, actual.slice(k))) || matches(rest, []);
  return actual.length > 0 && linePattern(first!).test(actual[0]!) && matches(rest, actual.slice(1));
}

describe('the README', () => {
  const commands = blocks.filter((b) => b[0]!.startsWith('$ notice-parse '));

  it('shows commands with their output (check, tasks, lint, a batch)', () => {
    expect(commands.map((b) => b[0]!.split(' ').slice(0, 3).join(' '))).toEqual([
      '$ notice-parse fixtures',
      '$ notice-parse check',
      '$ notice-parse check', // --strict --diagnostics github
      '$ notice-parse tasks',
      '$ notice-parse lint',
      '$ notice-parse check', // --strict --diagnostics json
    ]);
  });

  it.each(commands.map((b) => [b[0]!, b] as const))('%s prints what it shows', (_, block) => {
    const out = mkdtempSync(join(tmpdir(), 'np-readme-'));
    const args = block[0]!.slice('$ notice-parse '.length).split(' ').map((a) => (a === '/tmp/o' ? out : a));
    const actual = run(args).out.replace(/\n$/, '').split('\n');
    expect(matches(block.slice(1), actual), `expected:\n${block.slice(1).join('\n')}\n\ngot:\n${actual.join('\n')}`).toBe(true);
  });

  it('shows the diagnostic line that notice-parse prints for fixture 002', () => {
    const shown = blocks.find((b) => b.length === 1 && b[0]!.includes(' warning numbering '))![0]!;
    expect(run(['fixtures/002_ef7fe86db7a7f25b.txt']).out.split('\n')).toContain(shown);
  });

  it('shows the differences `check` prints for an expected file that differs', () => {
    const shown = blocks.find((b) => b[0]!.endsWith(': 2 differences'))!;
    // The README's case made real: the expected file of fixture 000 says otherwise on two points.
    const dir = mkdtempSync(join(tmpdir(), 'np-readme-'));
    cpSync(join(ROOT, 'fixtures'), join(dir, 'fixtures'), { recursive: true });
    const file = join(dir, 'fixtures', '000_b3db3eb0fe8e6948.json');
    const expected = JSON.parse(readFileSync(file, 'utf8'));
    expected.items[2].text = 'Một nội dung khác.';
    expected.signature.title = 'PHÓ CHÁNH VĂN PHÒNG';
    writeFileSync(file, JSON.stringify(expected, null, 2));
    const r = run(['check', 'fixtures/'], dir);
    expect(r.code).toBe(1);
    expect(matches([...shown, '…'], r.out.split('\n')), r.out).toBe(true);
  });

  it('shows an excerpt of fixture 000 that its JSON holds, field for field', () => {
    const excerpt = blocks.find((b) => b[0]!.startsWith('"document":'))!.join('\n');
    const printed = JSON.stringify(JSON.parse(run(['fixtures/000_b3db3eb0fe8e6948.txt']).out));
    // Every `"key": value` of the excerpt (a string, null, a boolean or a list of strings).
    const pairs = [...excerpt.matchAll(/"(\w+)": ("[^"]*"|null|true|false|\[(?:"[^"]*"(?:, )?)*\])/g)];
    expect(pairs.length).toBeGreaterThanOrEqual(20);
    for (const [, key, value] of pairs) expect(printed).toContain(`"${key}":${value!.replace(/", "/g, '","')}`);
  });

  it('shows a library script (parseNotice, tasksOf) that prints what it says', () => {
    const at = blocks.findIndex((b) => b[0] === '// register.mjs: run with node from the project\'s folder');
    expect(at).toBeGreaterThan(-1);
    // Inside the project's folder, `import 'notice-parse'` resolves to the package itself (its exports).
    const dir = mkdtempSync(join(ROOT, '.readme-'));
    try {
      writeFileSync(join(dir, 'register.mjs'), blocks[at]!.join('\n'));
      const r = spawnSync(process.execPath, [join(dir, 'register.mjs')], { cwd: ROOT, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      const actual = r.stdout.replace(/\n$/, '').split('\n');
      expect(matches(blocks[at + 1]!, actual), `got:\n${actual.join('\n')}`).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('tells how to run the command after npm ci, which does not put it on PATH', () => {
    expect(README).toMatch(/npx notice-parse/);
    expect(README).toMatch(/npm link/);
  });
});
