/**
 * Diagnostics as people and editors read them: `path:line:column severity code message`, and on
 * a terminal, in colour, with the offending line and a caret under the column.
 */
import type { Diagnostic } from '../schema/notice.js';

export interface Colour {
  enabled: boolean;
  error(s: string): string;
  warning(s: string): string;
  info(s: string): string;
  dim(s: string): string;
  added(s: string): string;
  removed(s: string): string;
}

const id = (s: string) => s;
export const plain: Colour = { enabled: false, error: id, warning: id, info: id, dim: id, added: id, removed: id };

export function formatDiagnostic(path: string, d: Diagnostic, colour: Colour = plain, source?: string): string {
  const severity = colour[d.severity](d.severity);
  const head = `${colour.dim(`${path}:${d.line}:${d.column}`)} ${severity} ${d.code} ${d.message}`;
  return colour.enabled && source !== undefined ? `${head}\n${codeFrame(source, d.line, d.column, colour)}` : head;
}

/** Two lines: the source line (cut around the column when long) and a caret under the column. */
export function codeFrame(source: string, line: number, column: number, colour: Colour = plain): string {
  const text = lineOf(source, line).replace(/\t/g, ' ');
  const from = Math.max(0, column - 60);
  const shown = (from > 0 ? '…' : '') + text.slice(from, from + 100) + (text.length > from + 100 ? '…' : '');
  const gutter = `${line} | `;
  const caretAt = column - 1 - from + (from > 0 ? 1 : 0);
  return `${colour.dim(gutter)}${shown}\n${' '.repeat(gutter.length + Math.max(0, caretAt))}${colour.error('^')}`;
}

function lineOf(source: string, line: number): string {
  let start = 0;
  for (let k = 1; k < line; k++) {
    const next = source.indexOf('\n', start);
    if (next < 0) return '';
    start = next + 1;
  }
  const end = source.indexOf('\n', start);
  return source.slice(start, end < 0 ? source.length : end).replace(/\r$/, '');
}
