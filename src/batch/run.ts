/**
 * Run many notices through the parser: the main thread reads files and hands them out in chunks
 * to the worker pool (or parses them itself for a single file or `--jobs 0`), then delivers the
 * results strictly in input order, so output is stable whatever the threads' timing.
 */
import { readFile, stat } from 'node:fs/promises';
import { WorkerPool } from './pool.js';
import { runJob, type JobInput, type JobResult } from './job.js';
import { ioMessage, type Input } from './walk.js';

export interface Outcome {
  input: Input;
  /** The bytes read, or null when the file could not be read. */
  bytes: Uint8Array | null;
  readError: string | null;
  result: JobResult | null;
}

export interface RunOptions {
  jobs: number;
  /** The name a notice reports as `source.name`. */
  nameOf: (input: Input) => string;
  pretty?: boolean;
}

export async function processInputs(inputs: Input[], options: RunOptions, deliver: (o: Outcome) => void): Promise<void> {
  const useThreads = options.jobs > 0 && inputs.length > 1;
  const pool = useThreads ? new WorkerPool(Math.min(options.jobs, inputs.length)) : null;
  const chunkSize = Math.max(1, Math.min(16, Math.ceil(inputs.length / Math.max(1, options.jobs * 4))));
  const pending = new Map<number, Outcome>();
  let nextToDeliver = 0;
  const flush = () => {
    while (pending.has(nextToDeliver)) {
      deliver(pending.get(nextToDeliver)!);
      pending.delete(nextToDeliver++);
    }
  };
  const runChunk = async (start: number) => {
    const slice = inputs.slice(start, start + chunkSize);
    const read = await Promise.all(slice.map((input) => readInput(input)));
    const jobs: JobInput[] = [];
    read.forEach((r, k) => {
      if (r.bytes) jobs.push({ index: start + k, name: options.nameOf(slice[k]!), bytes: r.bytes, pretty: options.pretty === true });
      else pending.set(start + k, { input: slice[k]!, bytes: null, readError: r.error, result: null });
    });
    const results = jobs.length === 0 ? [] : pool ? await runOnPool(pool, jobs) : jobs.map(runJob);
    for (const result of results) {
      const k = result.index - start;
      pending.set(result.index, { input: slice[k]!, bytes: read[k]!.bytes, readError: null, result });
    }
    flush();
  };
  try {
    // Keep every worker busy with a chunk in hand, and one more being read.
    const inFlight = new Set<Promise<void>>();
    const limit = Math.max(1, options.jobs) * 2;
    for (let start = 0; start < inputs.length; start += chunkSize) {
      const p = runChunk(start).finally(() => inFlight.delete(p));
      inFlight.add(p);
      if (inFlight.size >= limit) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    flush();
  } finally {
    await pool?.close();
  }
}

async function runOnPool(pool: WorkerPool, jobs: JobInput[]): Promise<JobResult[]> {
  try {
    return await pool.run(jobs);
  } catch (e) {
    // A worker died on this chunk: say so for each of its files; the batch goes on.
    const message = e instanceof Error ? e.message : String(e);
    return jobs.map((j) => ({ index: j.index, json: null, diagnostics: [], failure: `worker failed: ${message}` }));
  }
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

async function readInput(input: Input): Promise<{ bytes: Uint8Array | null; error: string | null }> {
  try {
    const size = (await stat(input.path)).size;
    if (size > MAX_NOTICE_BYTES) return { bytes: null, error: tooLarge(size) };
    return { bytes: await readFile(input.path), error: null };
  } catch (e) {
    return { bytes: null, error: ioMessage(e) };
  }
}
