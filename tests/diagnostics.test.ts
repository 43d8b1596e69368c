/** Diagnostics as a terminal shows them: the location line, then the source line and a caret. */
import { describe, expect, it } from 'vitest';
import { codeFrame, formatDiagnostic, plain, type Colour } from '../src/cli/diagnostics.js';

const marked: Colour = { ...plain, enabled: true };
const source = 'THÔNG BÁO\n1. Sở Y tế triển khai.\n2.1. Về tầm soát: tiếp tục.\n';

describe('diagnostics', () => {
  it('is one plain line when colour is off', () => {
    const d = { severity: 'warning' as const, code: 'numbering', message: 'item 2.1. stands under item 1', line: 3, column: 1, offset: 33 };
    expect(formatDiagnostic('a.txt', d, plain, source)).toBe('a.txt:3:1 warning numbering item 2.1. stands under item 1');
  });

  it('adds the source line and a caret under the column on a terminal', () => {
    const d = { severity: 'warning' as const, code: 'numbering', message: 'm', line: 3, column: 6, offset: 38 };
    expect(formatDiagnostic('a.txt', d, marked, source)).toBe('a.txt:3:6 warning numbering m\n3 | 2.1. Về tầm soát: tiếp tục.\n         ^');
  });

  it('cuts a long line around the column', () => {
    const long = `${'x'.repeat(500)}LỖI${'y'.repeat(500)}`;
    const frame = codeFrame(long, 1, 501, marked).split('\n');
    expect(frame[0]).toContain('LỖI');
    expect(frame[0]!.length).toBeLessThan(120);
    const caret = frame[1]!.indexOf('^');
    expect(frame[0]!.slice(caret, caret + 3)).toBe('LỖI');
  });
});
