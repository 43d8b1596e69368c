/**
 * salvage(): when the notice parseNotice built fails the schema (a bug of ours), the parts holding
 * invalid values are emptied, the rest is kept, and an `internal` error names the problem. No known
 * input makes the builder fail the schema, so the notices here are spoiled on purpose: directly, and
 * through parseNotice with a stage that spoils its output.
 */
import { describe, expect, it, vi } from 'vitest';
import { NoticeSchema, parseNotice, type Notice } from '../src/index.js';
import { salvage } from '../src/salvage.js';
import { fixtureBytes } from './helpers.js';

const spoil = vi.hoisted(() => ({ directives: false }));

// The normaliser, made to write a deadline kind the schema does not know when `spoil.directives` is set.
vi.mock('../src/normalise/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/normalise/index.js')>();
  return {
    ...original,
    normalise: (...args: Parameters<typeof original.normalise>) => {
      const out = original.normalise(...args);
      if (spoil.directives) out.directives[0]!.timing = 'someday' as never;
      return out;
    },
  };
});

/** A fixture parsed, as plain data that can be spoiled. */
function parsed(): Notice {
  return structuredClone(parseNotice(fixtureBytes('000'), { name: '000.txt' }));
}

describe('salvage', () => {
  it('empties only the part that fails, keeps the rest, and says what failed', () => {
    const good = parsed();
    const notice = structuredClone(good);
    expect(notice.directives.length).toBeGreaterThan(1);
    notice.directives[1]!.deadlines = [{ ...notice.directives[1]!.deadlines[0]!, kind: 'soon' as never }];
    expect(NoticeSchema.safeParse(notice).success).toBe(false);

    const saved = salvage(notice, 'directives.1.deadlines.0.kind: Invalid input');
    expect(NoticeSchema.safeParse(saved).success).toBe(true);
    expect(saved.directives).toEqual([]);
    const { directives: _d, diagnostics: _g, ...rest } = saved;
    const { directives: _d2, diagnostics: _g2, ...goodRest } = good;
    expect(rest).toEqual(goodRest);
    expect(saved.diagnostics).toEqual([
      ...good.diagnostics,
      { severity: 'error', code: 'internal', message: 'output failed validation (directives.1.deadlines.0.kind: Invalid input)', line: 1, column: 1, offset: 0 },
    ]);
  });

  it('empties a text and its span together', () => {
    const notice = parsed();
    expect(notice.preamble).not.toBeNull();
    expect(notice.closingSpan).not.toBeNull();
    notice.preambleSpan = { start: { line: 0, column: 0, offset: -1 }, end: notice.preambleSpan!.end };
    const saved = salvage(notice, 'preambleSpan');
    expect(saved.preamble).toBeNull();
    expect(saved.preambleSpan).toBeNull();
    expect(saved.closing).toBe(notice.closing);
    expect(saved.closingSpan).toEqual(notice.closingSpan);
  });

  it('replaces diagnostics that fail by the internal error alone', () => {
    const notice = parsed();
    notice.diagnostics = [{ severity: 'warning', code: 'no-such-code' as never, message: 'x', line: 1, column: 1, offset: 0 }];
    const saved = salvage(notice, 'diagnostics.0.code: Invalid option');
    expect(saved.diagnostics.map((d) => d.code)).toEqual(['internal']);
    expect(saved.items).toEqual(notice.items);
  });

  it('cuts a long problem to 300 characters', () => {
    const saved = salvage(parsed(), 'x'.repeat(1000));
    expect(saved.diagnostics.at(-1)!.message).toBe(`output failed validation (${'x'.repeat(300)})`);
  });
});

describe('parseNotice, when a stage writes what the schema rejects', () => {
  it('returns the notice salvaged, with an internal error that names the path', () => {
    spoil.directives = true;
    try {
      const notice = parseNotice(fixtureBytes('000'), { name: '000.txt' });
      expect(notice.directives).toEqual([]);
      expect(notice.items.length).toBeGreaterThan(0);
      expect(notice.signature).not.toBeNull();
      const internal = notice.diagnostics.filter((d) => d.code === 'internal');
      expect(internal).toHaveLength(1);
      expect(internal[0]!.message).toMatch(/^output failed validation \(directives\.0\.timing: /);
    } finally {
      spoil.directives = false;
    }
  });

  it('returns it whole when nothing is spoiled', () => {
    const notice = parseNotice(fixtureBytes('000'), { name: '000.txt' });
    expect(notice.directives.length).toBeGreaterThan(0);
    expect(notice.diagnostics.some((d) => d.code === 'internal')).toBe(false);
  });
});
