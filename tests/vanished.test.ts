/** A file listed for a batch that is gone by the time it is read is reported; the rest go on. */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processInputs, type Outcome } from '../src/batch/run.js';
import { collectInputs } from '../src/batch/walk.js';
import { FIXTURES } from './helpers.js';

describe('a file that vanishes between listing and reading', () => {
  it('is reported as unreadable and every other file is still converted, in order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'np-vanish-'));
    for (const name of ['a', 'b', 'c']) copyFileSync(join(FIXTURES, '000_b3db3eb0fe8e6948.txt'), join(dir, `${name}.txt`));
    const { inputs } = collectInputs([dir]);
    rmSync(join(dir, 'b.txt')); // listed, then gone
    const outcomes: Outcome[] = [];
    await processInputs(inputs, { jobs: 0, nameOf: (i) => i.rel }, (o) => outcomes.push(o));
    expect(outcomes.map((o) => o.input.rel)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(outcomes[1]!.result.readError).toBe('no such file or folder');
    expect(outcomes[0]!.result.json).toBeTruthy();
    expect(outcomes[2]!.result.json).toBeTruthy();
  });
});
