/**
 * A pool of worker threads, created once per batch. Jobs are handed out in chunks (fewer
 * messages, each worker keeps its parser warm); results come back in any order and the caller
 * puts them in input order.
 */
import { Worker } from 'node:worker_threads';
import type { JobInput, JobResult } from './job.js';
import type { WorkerSetup } from './worker.js';
import { customAgencyIndex } from '../normalise/agencies.js';

/**
 * A parse makes a few megabytes of short-lived objects. V8 lets a thread's young generation grow to
 * tens of megabytes before collecting it, and every worker has its own heap: capped, a batch's
 * memory stays flat (measured by `npm run bench`) at no cost in speed.
 */
const YOUNG_GENERATION_MB = Number(process.env.NOTICE_PARSE_YOUNG_MB) || 8;

export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: { jobs: JobInput[]; resolve: (r: JobResult[]) => void; reject: (e: Error) => void }[] = [];
  private readonly busy = new Map<Worker, { resolve: (r: JobResult[]) => void; reject: (e: Error) => void }>();

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  private spawn(): Worker {
    // A user's gazetteer (--gazetteer) was derived once in the main thread: each worker gets its index.
    const workerData: WorkerSetup = { agencyIndex: customAgencyIndex() };
    const worker = new Worker(new URL('./worker-boot.cjs', import.meta.url), { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    worker.on('message', (results: JobResult[]) => this.done(worker, results));
    worker.on('error', (e) => this.fail(worker, e));
    this.workers.push(worker);
    return worker;
  }

  run(jobs: JobInput[]): Promise<JobResult[]> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ jobs, resolve, reject });
      this.next();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private next(): void {
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const worker = this.idle.pop()!;
      const task = this.waiting.shift()!;
      this.busy.set(worker, task);
      // Copied, not transferred: a small Buffer may share its memory with others.
      worker.postMessage(task.jobs);
    }
  }

  private done(worker: Worker, results: JobResult[]): void {
    const task = this.busy.get(worker);
    this.busy.delete(worker);
    this.idle.push(worker);
    task?.resolve(results);
    this.next();
  }

  /** A worker that died is replaced, so the rest of the batch still has its threads. */
  private fail(worker: Worker, e: Error): void {
    const task = this.busy.get(worker);
    this.busy.delete(worker);
    this.workers.splice(this.workers.indexOf(worker), 1);
    void worker.terminate();
    this.idle.push(this.spawn());
    task?.reject(e);
    this.next();
  }
}
