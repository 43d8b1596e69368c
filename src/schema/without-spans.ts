/**
 * The output without its spans (ParseOptions.spans: false, --no-spans), for people who want only
 * the content: a quarter of a notice's JSON (fixture 000, 6 KB of text: 30.8 KB of indented JSON
 * with spans, 22.9 KB without). The schema makes every span field optional for this, and only for this.
 */
import type { Notice } from './notice.js';

/** The fields that hold spans: `span` on every part that has one, and the two of the body. */
const SPAN_FIELDS = new Set(['span', 'preambleSpan', 'closingSpan']);

/** `notice` with every span field deleted, in place (it is a fresh copy from validation). */
export function dropSpans(notice: Notice): Notice {
  drop(notice);
  return notice;
}

function drop(value: unknown): void {
  if (Array.isArray(value)) {
    for (const element of value) drop(element);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (SPAN_FIELDS.has(key)) delete record[key];
      else drop(record[key]);
    }
  }
}
