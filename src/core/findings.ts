/** A diagnostic as the builder finds it, at an offset of the cleaned text. */
export interface Finding {
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  /** Offset in the cleaned text, or `sourceOffset` when the finding comes from decoding. */
  offset: number;
  sourceOffset?: number;
}
