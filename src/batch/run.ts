/**
 * Run many notices through the parser: the main thread parses, and hands out paths in chunks to
 * the workers a long batch gets; each job reads, parses and serialises (and, with an output path,
 * writes) its notice. Results are delivered strictly in input order, so output is stable whatever
 * the threads' timing.
 */
import type { InputEncoding } from '../index.js';
import type { WorkerPool } from './pool.js';
import { runJobs, type JobInput, type JobResult } from './job.js';
import type { Input } from './walk.js';

export interface Outcome {
  input: Input;
  /** What the job gave; `problemOf` says whether it failed. */
  result: JobResult;
}

export interface RunOptions {
  jobs: number;
  /** The name a notice reports as `source.name`. */
  nameOf: (input: Input) => string;
  /** Where a notice's JSON is written; without it, the JSON comes back in the outcome. */
  outPathOf?: (input: Input) => string;
  pretty?: boolean;
  /** false: leave the spans out of the JSON (--no-spans). */
  spans?: boolean;
  /** --encoding: the encoding every input is read in, instead of detecting one. */
  encoding?: InputEncoding | undefined;
  /** The JSON comes back as bytes ready to print (`result.printed`). */
  print?: boolean;
  /**
   * Once aborted, no more inputs are handed out; the chunks already handed out are finished (their
   * files written whole) and delivered, and processInputs returns.
   */
  signal?: AbortSignal;
}

/**
 * A new thread parses slowly until V8 has compiled its hot code, and that compiling competes for
 * the same cores: on 2 cores a second thread paid for itself only past about 5,000 notices
 * (single timed runs of `--ndjson`: 4,000 notices 0.96 ×, 8,000 1.35 ×, 20,000 1.2–1.6 × faster).
 */
export const NOTICES_PER_THREAD = 2500;

/**
 * `jobs` is the most threads that parse, the main thread being one of them: with 1 (or 0) no
 * worker is started, with N the main thread works beside up to N − 1 workers, one thread per
 * NOTICES_PER_THREAD inputs. Threads take the next chunk as they finish one, so a slow chunk does
 * not hold the others up.
 */
export function threadsFor(count: number, jobs: number, perThread = NOTICES_PER_THREAD): number {
  return Math.max(1, Math.min(jobs, Math.floor(count / perThread)));
}

export async function processInputs(inputs: Input[], options: RunOptions, deliver: (o: Outcome) => void): Promise<void> {
  // NOTICE_PARSE_PER_THREAD lowers the threshold (the tests use it to run small batches on workers).
  const threads = threadsFor(inputs.length, options.jobs, Number(process.env.NOTICE_PARSE_PER_THREAD) || NOTICES_PER_THREAD);
  // Loaded only for a batch with threads: a single file never starts one.
  const pool = threads > 1 ? new (await import('./pool.js')).WorkerPool(threads - 1) : null;
  const chunkSize = Math.max(1, Math.min(16, Math.ceil(inputs.length / (threads * 4))));
  const pending = new Map<number, Outcome>();
  let nextToDeliver = 0;
  let nextChunk = 0;
  const take = (): JobInput[] | null => {
    if (nextChunk >= inputs.length || options.signal?.aborted) return null;
    const start = nextChunk;
    nextChunk += chunkSize;
    return inputs.slice(start, start + chunkSize).map((input, k) => ({
      index: start + k,
      name: options.nameOf(input),
      path: input.path,
      bytes: input.bytes,
      outPath: options.outPathOf?.(input),
      pretty: options.pretty === true,
      spans: options.spans !== false,
      encoding: options.encoding,
      print: options.print === true,
    }));
  };
  const record = (results: JobResult[]) => {
    for (const result of results) {
      pending.set(result.index, { input: inputs[result.index]!, result });
    }
    while (pending.has(nextToDeliver)) {
      deliver(pending.get(nextToDeliver)!);
      pending.delete(nextToDeliver++);
    }
  };
  const mainThread = async () => {
    for (let jobs = take(); jobs; jobs = take()) {
      if (!pool) {
        record(await runJobs(jobs));
        // A signal is handled only when the event loop turns: let it, between chunks.
        if (options.signal) await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      // One notice at a time, letting the workers' results in and new chunks out between them:
      // a worker must not wait for the main thread to finish a whole chunk.
      for (const job of jobs) {
        record(await runJobs([job]));
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  };
  // Chunks in flight per worker: one being parsed, the next ones already posted.
  const workerQueue = async () => {
    for (let jobs = take(); jobs; jobs = take()) record(await runOnPool(pool!, jobs));
  };
  try {
    const queues = pool ? Array.from({ length: 3 * (threads - 1) }, workerQueue) : [];
    await Promise.all([...queues, mainThread()]);
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
