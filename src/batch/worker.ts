/** A worker thread of the batch pool: it keeps its parser for the whole batch. */
import { parentPort } from 'node:worker_threads';
import { runJob, type JobInput } from './job.js';

parentPort?.on('message', (jobs: JobInput[]) => {
  parentPort!.postMessage(jobs.map(runJob));
});
