/**
 * Every fixtures/NAME.txt (or .md) parses to exactly fixtures/NAME.json. The expected files were
 * read against their notices by hand (texts, trees, recipients, signature, meeting, spans).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/index.js';
import { FIXTURES } from './helpers.js';

const inputs = readdirSync(FIXTURES).filter((f) => /\.(txt|md)$/.test(f));

describe('fixtures', () => {
  it('has the five samples', () => expect(inputs.length).toBeGreaterThanOrEqual(5));
  it.each(inputs)('%s parses to its expected JSON', (file) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, file.replace(/\.(txt|md)$/, '.json')), 'utf8'));
    const actual = parseNotice(readFileSync(join(FIXTURES, file)), { name: file });
    expect(JSON.parse(JSON.stringify(actual))).toEqual(expected);
  });

  // A process's first notices are validated by zod's interpreter, later ones by the fast path it
  // compiles (src/index.ts): output must not depend on which.
  it('parses the same before and after validation switches to the compiled fast path', () => {
    const expected = inputs.map((file) => JSON.parse(readFileSync(join(FIXTURES, file.replace(/\.(txt|md)$/, '.json')), 'utf8')));
    for (let round = 0; round < 30; round++) {
      inputs.forEach((file, k) => {
        const actual = parseNotice(readFileSync(join(FIXTURES, file)), { name: file });
        expect(JSON.parse(JSON.stringify(actual))).toEqual(expected[k]);
      });
    }
  });
});
