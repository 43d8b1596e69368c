/**
 * Every exit code of every command (src/cli/exit.ts): 0 all is well, 1 the input has problems, 2
 * the command could not do its job, 130 interrupted (tests/cli-interrupt.test.ts signals each of
 * converting, check and tasks).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../src/cli/exit.js';
import { FIXTURES, fixtureFile } from './helpers.js';
import { run, tempDir, tree } from './cli-run.js';

/** A folder with a notice (warnings), its expected file, an empty notice file and a folder of .xlsx (no notice files). */
function dir(): string {
  const d = tree(tempDir('np-exit-'), { 'ok/b.txt': '002', 'bad/e.txt': '', 'docs/a.xlsx': 'x' });
  writeFileSync(join(d, 'ok', 'b.json'), run(['ok/b.txt'], { cwd: d }).stdout);
  return d;
}

const cases: [string, string[], number][] = [
  ['convert: a notice', [fixtureFile('000')], EXIT.ok],
  ['convert: an error diagnostic', ['bad/e.txt'], EXIT.failed],
  ['convert: a warning with --strict', ['ok/b.txt', '--strict'], EXIT.failed],
  ['convert: more warnings than --max-warnings', ['ok/b.txt', '--max-warnings', '0'], EXIT.failed],
  ['convert: a missing file', ['gone.txt'], EXIT.usage],
  ['convert: an unknown option', ['ok/b.txt', '--bogus'], EXIT.usage],
  ['convert: no notices found', ['docs', '--ndjson'], EXIT.usage],
  ['convert: several notices without --out or --ndjson', ['ok', 'bad'], EXIT.usage],
  ['convert: an unknown command', ['chekc', 'ok'], EXIT.usage],
  ['check: all match', ['check', 'ok'], EXIT.ok],
  ['check: no expected file', ['check', 'bad'], EXIT.failed],
  ['check --strict: a warning', ['check', 'ok', '--strict'], EXIT.failed],
  ['check: a missing file', ['check', 'gone.txt'], EXIT.usage],
  ['check: no notices found', ['check', 'docs'], EXIT.usage],
  ['check: an unknown option', ['check', 'ok', '--bogus'], EXIT.usage],
  ['tasks: a table', ['tasks', 'ok', '--quiet'], EXIT.ok],
  ['tasks: an error diagnostic', ['tasks', 'bad'], EXIT.failed],
  ['tasks: more warnings than --max-warnings', ['tasks', 'ok', '--max-warnings', '1'], EXIT.failed],
  ['tasks: a bad --format', ['tasks', 'ok', '--format', 'pdf'], EXIT.usage],
  ['tasks: a missing file', ['tasks', 'gone.txt'], EXIT.usage],
  ['tasks: no notices found', ['tasks', 'docs'], EXIT.usage],
  ['schema', ['schema'], EXIT.ok],
  ['schema: an argument', ['schema', 'extra'], EXIT.usage],
  ['help', ['help'], EXIT.ok],
  ['help check', ['help', 'check'], EXIT.ok],
  ['help: an unknown command', ['help', 'chekc'], EXIT.usage],
  ['--version', ['--version'], EXIT.ok],
];

describe('exit codes', () => {
  const d = dir();
  for (const [what, args, code] of cases) {
    it(`${code}: ${what}`, () => {
      const r = run(args, { cwd: d });
      expect(r.code, r.stderr).toBe(code);
      expect(r.stderr).not.toMatch(/\n\s+at /); // never a stack trace
    });
  }

  it('check: a difference is 1', () => {
    const d2 = dir();
    const file = join(d2, 'ok', 'b.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"schemaVersion": 1', '"schemaVersion": 0'));
    expect(run(['check', 'ok'], { cwd: d2 }).code).toBe(EXIT.failed);
  });

  it('the fixtures check clean', () => {
    expect(run(['check', FIXTURES]).code).toBe(EXIT.ok);
  });
});
