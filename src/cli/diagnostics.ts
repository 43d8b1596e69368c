/** Diagnostics as people and editors read them: `path:line:column severity code message`. */
import type { Diagnostic } from '../schema/notice.js';

export interface Colour {
  error(s: string): string;
  warning(s: string): string;
  info(s: string): string;
  dim(s: string): string;
}

export const plain: Colour = { error: (s) => s, warning: (s) => s, info: (s) => s, dim: (s) => s };

export function formatDiagnostic(path: string, d: Diagnostic, colour: Colour = plain): string {
  const severity = colour[d.severity](d.severity);
  return `${colour.dim(`${path}:${d.line}:${d.column}`)} ${severity} ${d.code} ${d.message}`;
}
