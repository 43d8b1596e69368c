/**
 * Run many notices through the parser: the main thread hands out paths in chunks to the worker
 * pool (or runs the jobs itself for a single file or `--jobs 0`); each job reads, parses and
 * serialises (and, with an output path, writes) its notice. Results are delivered strictly in
 * input order, so output is stable whatever the threads' timing.
 */
import type { WorkerPool } from './pool.js';
import { runJobs, type JobInput, type JobResult } from './job.js';
import type { Input } from './walk.js';

export { MAX_NOTICE_BYTES, tooLarge } from './job.js';

export interface Outcome {
  input: Input;
  /** Why the file could not be read (or was not parsed), or null. */
  readError: string | null;
  /** The job's result, or null when the file could not be read. */
  result: JobResult | null;
}

export interface RunOptions {
  jobs: number;
  /** The name a notice reports as `source.name`. */
  nameOf: (input: Input) => string;
  /** Where a notice's JSON is written; without it, the JSON comes back in the outcome. */
  outPathOf?: (input: Input) => string;
  pretty?: boolean;
  /** The JSON comes back as bytes ready to print (`result.printed`). */
  print?: boolean;
}

export async function processInputs(inputs: Input[], options: RunOptions, deliver: (o: Outcome) => void): Promise<void> {
  const useThreads = options.jobs > 0 && inputs.length > 1;
  // Loaded only for a batch: a single file never starts a thread.
  const pool = useThreads ? new (await import('./pool.js')).WorkerPool(Math.min(options.jobs, inputs.length)) : null;
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
    const jobs: JobInput[] = inputs.slice(start, start + chunkSize).map((input, k) => ({
      index: start + k,
      name: options.nameOf(input),
      path: input.path,
      outPath: options.outPathOf?.(input),
      pretty: options.pretty === true,
      print: options.print === true,
    }));
    const results = pool ? await runOnPool(pool, jobs) : await runJobs(jobs);
    for (const result of results) {
      const input = inputs[result.index]!;
      pending.set(result.index, { input, readError: result.readError, result: result.readError === null ? result : null });
    }
    flush();
  };
  try {
    // Keep every worker busy with a chunk in hand and one more waiting.
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
    return jobs.map((j) => ({ index: j.index, json: null, size: 0, diagnostics: [], readError: null, failure: `worker failed: ${message}` }));
  }
}
