/**
 * Start-up: the launcher loads one bundled file with the V8 code cache the build made (issue 6).
 * A rejected cache costs a cold start about 30 ms and would go unnoticed without this test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureBytes, fixtureFile } from './helpers.js';

const LOADER = join(import.meta.dirname, '..', 'bin', 'load-bundle.cjs');

function load(name: string, useCache: boolean): { rejected: boolean | null; exports: string[] } {
  const script = `
    const { loadBundle } = require(${JSON.stringify(LOADER)});
    const { exports, script } = loadBundle(${JSON.stringify(name)}, { useCache: ${useCache} });
    process.stdout.write(JSON.stringify({ rejected: script.cachedDataRejected ?? null, exports: Object.keys(exports).sort() }));`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { rejected: boolean | null; exports: string[] };
}

describe('the bundles and their code caches', () => {
  it.each(['cli', 'worker'])('%s loads with its code cache accepted', (name) => {
    const loaded = load(name, true);
    expect(loaded.rejected).toBe(false);
    expect(loaded.exports).toContain('warmUp');
  });

  it('loads without a cache too', () => {
    expect(load('cli', false)).toEqual({ rejected: null, exports: ['run', 'warmUp'] });
  });

  // One letter left in a pattern made the whole bundle a two-byte string, slower to read.
  it.each(['cli', 'worker'])('%s is pure ASCII', (name) => {
    const bytes = readFileSync(join(import.meta.dirname, '..', 'dist', 'bundle', `${name}.cjs`));
    expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1);
  });
});

/** How many functions TurboFan started compiling while the CLI converted `file` (or standard input: V8 traces to stdout). */
function optimisations(file: string, stdin?: Uint8Array): number {
  const bin = join(import.meta.dirname, '..', 'bin', 'notice-parse');
  const r = spawnSync(process.execPath, ['--trace-opt', bin, file], { encoding: 'utf8', maxBuffer: 1 << 28, input: stdin });
  expect(r.status).toBe(0);
  return r.stdout.split('\n').filter((l) => l.startsWith('[compiling method')).length;
}

// bin/notice-parse, told the size by src/cli/launcher.ts's hook: a small run has nothing to gain
// from optimised code and would wait at exit for the compilations in flight; a long one must keep
// the optimising compiler.
describe('the optimising compiler', () => {
  it('stays off while converting one notice', () => {
    expect(optimisations(fixtureFile('000'))).toBe(0);
  });

  it('stays off while converting one notice from standard input', () => {
    expect(optimisations('-', fixtureBytes('000'))).toBe(0);
  });

  it('runs on an input over 1 MB', () => {
    const dir = mkdtempSync(join(tmpdir(), 'np-short-'));
    try {
      const file = join(dir, 'many.txt');
      const one = fixtureBytes('000');
      writeFileSync(file, Buffer.concat(Array.from({ length: Math.ceil((1.2 * 1024 * 1024) / one.length) }, () => one)));
      expect(optimisations(file)).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
