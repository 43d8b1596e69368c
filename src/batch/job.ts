/**
 * One unit of work, the same in a worker thread and in the main thread: bytes in, the notice as
 * JSON text and a short account of its diagnostics out. Serialising in the worker keeps the
 * main thread free to read and write.
 */
import { parseNotice } from '../index.js';
import type { Diagnostic } from '../schema/notice.js';

export interface JobInput {
  index: number;
  name: string;
  bytes: Uint8Array;
  /** Indented JSON (for files and a single notice) rather than one line (for NDJSON). */
  pretty?: boolean;
}

export interface JobResult {
  index: number;
  /** Compact JSON of the notice, or null when parsing failed unexpectedly. */
  json: string | null;
  diagnostics: Diagnostic[];
  failure: string | null;
}

export function runJob(job: JobInput): JobResult {
  try {
    const notice = parseNotice(job.bytes, { name: job.name });
    const json = job.pretty ? `${JSON.stringify(notice, null, 2)}\n` : JSON.stringify(notice);
    return { index: job.index, json, diagnostics: notice.diagnostics, failure: null };
  } catch (e) {
    // parseNotice is built never to throw; if it does, the batch still goes on.
    return { index: job.index, json: null, diagnostics: [], failure: e instanceof Error ? e.message : String(e) };
  }
}
