/** Colour and noise (issue 16, point 9): --color, FORCE_COLOR, NO_COLOR, code frames, --max-warnings. */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colourWanted } from '../src/cli/colour.js';
import { fixtureFile } from './helpers.js';
import { BIN, envOf, run, tempDir } from './cli-run.js';

const ANSI = /\u001b\[\d+m/;
const WARNED = fixtureFile('002'); // 3 warnings
/** Russian in Windows-1251, which no Vietnamese encoding reads: an error (legacy-encoding) at 1:1. */
const LEGACY = Buffer.from('T\xcf\xf0\xe8\xe2\xe5\xf2 \xec\xe8\xf0, \xfd\xf2\xee \xf2\xe5\xea\xf1\xf2 \xed\xe0 \xf0\xf3\xf1\xf1\xea\xee\xec \xff\xe7\xfb\xea\xe5\n', 'latin1');

describe('colour into a pipe', () => {
  it('none by default, nor with an empty FORCE_COLOR', () => {
    expect(run([WARNED]).stderr).not.toMatch(ANSI);
    expect(run([WARNED], { env: { FORCE_COLOR: '' } }).stderr).not.toMatch(ANSI);
  });

  it('FORCE_COLOR=1 and --color=always force it; FORCE_COLOR wins over NO_COLOR; --color=never wins over both', () => {
    expect(run([WARNED], { env: { FORCE_COLOR: '1' } }).stderr).toMatch(/\u001b\[33mwarning/);
    expect(run([WARNED], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stderr).toMatch(ANSI);
    expect(run([WARNED, '--color=always'], { env: { NO_COLOR: '1' } }).stderr).toMatch(ANSI);
    expect(run([WARNED, '--color', 'never'], { env: { FORCE_COLOR: '1' } }).stderr).not.toMatch(ANSI);
    expect(run([WARNED, '--no-color'], { env: { FORCE_COLOR: '1' } }).stderr).not.toMatch(ANSI);
    expect(run([WARNED], { env: { FORCE_COLOR: '0' } }).stderr).not.toMatch(ANSI);
  });

  it('code frames only on a terminal: none when colour is forced into a pipe, even for an error', () => {
    const r = run(['-', '--color=always'], { input: LEGACY });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/legacy-encoding/);
    expect(r.stderr).not.toMatch(/1 \| /);
  });

  it('--color takes auto, always or never only (exit 2)', () => {
    const r = run([WARNED, '--color=sometimes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Allowed choices are auto, always, never/);
  });
});

describe('the rule (src/cli/colour.ts)', () => {
  const terminal = () => true;
  const pipe = () => false;
  it('follows --color, then FORCE_COLOR, then a non-empty NO_COLOR, then the terminal', () => {
    expect(colourWanted('auto', {}, terminal)).toBe(true);
    expect(colourWanted('auto', {}, pipe)).toBe(false);
    expect(colourWanted('auto', { NO_COLOR: '' }, terminal)).toBe(true);
    expect(colourWanted('auto', { NO_COLOR: '1' }, terminal)).toBe(false);
    expect(colourWanted('auto', { FORCE_COLOR: '1' }, pipe)).toBe(true);
    expect(colourWanted('auto', { FORCE_COLOR: 'false' }, terminal)).toBe(false);
    expect(colourWanted('always', { NO_COLOR: '1' }, pipe)).toBe(true);
    expect(colourWanted('never', { FORCE_COLOR: '3' }, terminal)).toBe(false);
  });
});

describe('on a terminal', () => {
  // `script` gives the command a pseudo-terminal, as a person's shell would.
  const hasScript = existsSync('/usr/bin/script');
  const onTerminal = (args: string, env: Record<string, string | undefined> = {}) =>
    spawnSync('/usr/bin/script', ['-qec', `${process.execPath} ${BIN} ${args} > /dev/null`, '/dev/null'], { encoding: 'utf8', env: envOf(env) }).stdout;

  it.skipIf(!hasScript)('an empty NO_COLOR leaves colour on; a non-empty one turns it off', () => {
    expect(onTerminal(WARNED, { NO_COLOR: '' })).toMatch(/\u001b\[33mwarning/);
    expect(onTerminal(WARNED, { NO_COLOR: '1' })).not.toMatch(ANSI);
  });

  it.skipIf(!hasScript)('an error gets a code frame, a warning does not', () => {
    const file = join(tempDir(), 'legacy.txt');
    writeFileSync(file, LEGACY);
    const error = onTerminal(file);
    expect(error).toMatch(/legacy-encoding/);
    expect(error).toMatch(/1 \| (?:\u001b\[22m)?T\uFFFD/); // the line as decoded, with the caret under it
    expect(onTerminal(WARNED)).not.toMatch(/72 \| /);
  });
});

describe('--max-warnings N (as in eslint)', () => {
  it('more than N warnings fail (exit 1) and say so; N or fewer pass', () => {
    expect(run([WARNED, '--max-warnings', '3']).code).toBe(0);
    const over = run([WARNED, '--max-warnings', '2']);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/^notice-parse: 3 warnings, more than --max-warnings 2$/m);
    // Hidden by --quiet, they still count.
    expect(run([WARNED, '--max-warnings', '0', '--quiet']).code).toBe(1);
  });

  it('in a batch and in tasks', () => {
    expect(run([WARNED, fixtureFile('000'), '--ndjson', '--max-warnings', '2']).code).toBe(1);
    expect(run(['tasks', WARNED, '--max-warnings', '2']).code).toBe(1);
    expect(run(['tasks', WARNED, '--max-warnings', '3']).code).toBe(0);
  });

  it('takes a whole number (exit 2 otherwise)', () => {
    for (const bad of ['-1', 'many', '1.5']) expect(run([WARNED, '--max-warnings', bad]).code).toBe(2);
  });
});
