/**
 * Start-up: the launcher loads one bundled file with the V8 code cache the build made (issue 6).
 * A rejected cache costs a cold start about 30 ms and would go unnoticed without this test.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

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
