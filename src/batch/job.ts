/**
 * One unit of work, the same in a worker thread and in the main thread: a file in; the notice as
 * JSON text (or written to its output file) and a short account of its diagnostics out. Reading,
 * serialising and writing happen where the parsing does, so that no notice's JSON crosses
 * between threads unless it must be printed in order.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseNotice, parseWordFile, WordFileError, type InputEncoding } from '../index.js';
import type { Diagnostic, Notice } from '../schema/notice.js';
import { wordKindOfName, type WordKind } from '../read/word/kind.js';
import { writeAtomicAsync } from './atomic.js';
import { ioMessage } from './walk.js';

export interface JobInput {
  index: number;
  /** The name a notice reports as `source.name`. */
  name: string;
  /** The file to read, unless `bytes` are given. */
  path?: string;
  bytes?: Uint8Array;
  /** With runJobs: write the JSON here (atomically) instead of returning it. */
  outPath?: string | undefined;
  /** With runJobs: return the JSON ready to print, with its line end (`printed`), not as `json`. */
  print?: boolean;
  /** Indented JSON (for files and a single notice) rather than one line (for NDJSON). */
  pretty?: boolean;
  /** false: leave the spans out of the JSON (--no-spans). */
  spans?: boolean;
  /** --encoding: read the input in this encoding instead of detecting one. */
  encoding?: InputEncoding | undefined;
}

export interface JobResult {
  index: number;
  /** JSON of the notice; null when it was written to `outPath` or printed, or when the job failed. */
  json: string | null;
  /**
   * With `print`: the JSON with its line end. A worker sends it as UTF-8, encoded where it was
   * parsed and moved (not copied), so that printing a batch costs the main thread almost nothing;
   * the main thread's own notices are printed as text (stdout encodes it as it writes).
   */
  printed?: string | Uint8Array;
  /** The input's size in bytes. */
  size: number;
  diagnostics: Diagnostic[];
  /** The input could not be read (or is too large to be one notice). */
  readError: string | null;
  /** Parsing failed unexpectedly, or the output could not be written. */
  failure: string | null;
  /** The failure is that the output could not be written. */
  writeFailed?: boolean;
}

/**
 * The largest file read as one notice. A notice is tens of kilobytes; a file of many megabytes is
 * a dump of many, and parsing it whole would cost memory in proportion (about 25 times its size).
 */
export const MAX_NOTICE_BYTES = 32 * 1024 * 1024;

/** The message for a file of `bytes` (or, with `over`, for input that went past the limit). */
export function tooLarge(bytes: number, over = false): string {
  const size = over ? `over ${MAX_NOTICE_BYTES / 1024 / 1024} MB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `too large for one notice (${size}; the limit is ${MAX_NOTICE_BYTES / 1024 / 1024} MB): split it into notices first`;
}

/**
 * The codes that say an input holds no document at all (not text, an old 8-bit encoding, nothing
 * a notice is made of): such an input is counted as unreadable and no .json is written for it.
 */
const NO_DOCUMENT: ReadonlySet<string> = new Set(['binary', 'legacy-encoding', 'not-a-document']);

export function holdsNoDocument(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => NO_DOCUMENT.has(d.code));
}

/** Why a job gave no notice (the file could not be read or written, or parsing failed), or null. */
export function problemOf(result: JobResult): string | null {
  return result.readError ?? result.failure;
}

/** Read, parse and serialise one notice (its `outPath` and `print` are for runJobs). */
export function runJob(job: JobInput): JobResult {
  const read = readJob(job);
  if ('readError' in read) return read;
  const { result, bytes } = read;
  let notice: Notice;
  try {
    notice = parseNotice(bytes, { name: job.name, spans: job.spans !== false, ...(job.encoding ? { encoding: job.encoding } : {}) });
  } catch (e) {
    // parseNotice is built never to throw; if it does, the batch still goes on.
    return { ...result, failure: e instanceof Error ? e.message : String(e) };
  }
  return serialised(result, job, notice);
}

/**
 * A Word file (README, "Old archives"): its text is extracted (asynchronously: the readers unzip
 * and parse XML) and then parsed as text is. A file no reader can take is a read error for that
 * file, said in a person's words, and the batch goes on.
 */
export async function runWordJob(job: JobInput, kind: WordKind): Promise<JobResult> {
  const read = readJob(job);
  if ('readError' in read) return read;
  const { result, bytes } = read;
  let notice: Notice;
  try {
    notice = await parseWordFile(bytes, { name: job.name, spans: job.spans !== false, kind });
  } catch (e) {
    if (e instanceof WordFileError) return { ...result, readError: e.message };
    return { ...result, failure: e instanceof Error ? e.message : String(e) };
  }
  return serialised(result, job, notice);
}

/** The Word format a job's file is named as, or null for a text file. */
export function wordKindOf(job: JobInput): WordKind | null {
  return wordKindOfName(job.path ?? job.name);
}

/** The job's bytes (given, or read from its file) with an empty result, or a result saying why not. */
function readJob(job: JobInput): { result: JobResult; bytes: Uint8Array } | (JobResult & { readError: string }) {
  const result: JobResult = { index: job.index, json: null, size: 0, diagnostics: [], readError: null, failure: null };
  let bytes = job.bytes;
  if (!bytes) {
    try {
      // Checked before reading: a dump of many megabytes is refused without being loaded.
      const size = statSync(job.path!).size;
      if (size > MAX_NOTICE_BYTES) return { ...result, readError: tooLarge(size) };
      bytes = readFileSync(job.path!);
    } catch (e) {
      return { ...result, readError: ioMessage(e) };
    }
  }
  result.size = bytes.length;
  return { result, bytes };
}

function serialised(result: JobResult, job: JobInput, notice: Notice): JobResult {
  try {
    const json = job.pretty ? `${JSON.stringify(notice, null, 2)}\n` : JSON.stringify(notice);
    return { ...result, json, diagnostics: notice.diagnostics };
  } catch (e) {
    return { ...result, failure: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Run a chunk of jobs: parse each, and write the JSON of those with an output path while the
 * next ones are parsed. The results carry no JSON for the notices written.
 */
export async function runJobs(jobs: JobInput[]): Promise<JobResult[]> {
  const writes: Promise<void>[] = [];
  const results: JobResult[] = [];
  for (const job of jobs) {
    const kind = wordKindOf(job);
    const result = kind ? await runWordJob(job, kind) : runJob(job);
    results.push(result);
    if (job.print && result.json !== null) {
      result.printed = job.pretty ? result.json : `${result.json}\n`;
      result.json = null;
    }
    if (job.outPath && result.json !== null && holdsNoDocument(result.diagnostics)) result.json = null;
    if (job.outPath && result.json !== null) {
      const json = result.json;
      result.json = null;
      writes.push(writeAtomicAsync(job.outPath, json).catch((e: unknown) => {
        result.failure = `cannot write ${job.outPath}: ${ioMessage(e)}`;
        result.writeFailed = true;
      }));
      // Let the file system's callbacks move the writes on between notices.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  await Promise.all(writes);
  return results;
}
