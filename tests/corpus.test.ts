/**
 * The tool against the real documents of tests/corpus (copied from the shared corpus, with its
 * hand-made answers and its scorer, score.mjs): each measure must stay at or above the level the
 * tool has reached. The floors only rise: raise them when a change lifts a measure.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

/** The levels reached (tests/corpus/gold, `node tests/corpus/score.mjs tests/corpus/gold`). */
const FLOORS: Record<string, number> = {
  structure: 0.992,
  'deadlines F1': 0.97,
  'references F1': 1,
  'agencies R': 0.976,
  'tasks F1': 0.909,
  'text kept': 0.941,
  overall: 0.965,
};

function score(): Record<string, number> {
  const run = spawnSync(process.execPath, [join(ROOT, 'tests/corpus/score.mjs'), join(ROOT, 'tests/corpus/gold')], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const last = run.stdout.trim().split('\n').pop()!;
  const measures: Record<string, number> = {};
  for (const part of last.split(' · ')) {
    const m = /^(.*) ([\d.]+)$/.exec(part.trim());
    if (m) measures[m[1]!] = Number(m[2]);
  }
  return measures;
}

describe('the corpus of real documents', () => {
  const measures = score();
  it.each(Object.entries(FLOORS))('%s stays at or above %s', (name, floor) => {
    expect(measures[name], `${name} in: ${JSON.stringify(measures)}`).toBeGreaterThanOrEqual(floor);
  });
});
