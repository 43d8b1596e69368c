import type { DiagnosticCode } from './diagnostic-codes.gen.js';

/** A diagnostic as the builder finds it, at an offset of the cleaned text. */
export interface Finding {
  severity: 'error' | 'warning' | 'info';
  /** A code of data/diagnostics.yaml: TypeScript refuses one that is not listed there. */
  code: DiagnosticCode;
  message: string;
  /** Offset in the cleaned text, or `sourceOffset` when the finding comes from decoding. */
  offset: number;
  sourceOffset?: number;
}
