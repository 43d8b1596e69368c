/**
 * A worker thread of the batch pool (bundled as dist/bundle/worker.cjs, started through
 * worker-boot.cjs so that it loads with its code cache): it keeps its parser for the whole batch.
 */
import { parentPort } from 'node:worker_threads';
import { runJob, runJobs, type JobInput } from './job.js';

const ENCODER = new TextEncoder();

export function serve(): void {
  parentPort?.on('message', (jobs: JobInput[]) => {
    void runJobs(jobs).then((results) => {
      // Printed JSON goes as UTF-8 bytes, moved to the main thread rather than copied.
      const moved: ArrayBuffer[] = [];
      for (const r of results) {
        if (typeof r.printed !== 'string') continue;
        r.printed = ENCODER.encode(r.printed);
        moved.push(r.printed.buffer as ArrayBuffer);
      }
      parentPort!.postMessage(results, moved);
    });
  });
}

/** Run some jobs before the build takes the code cache (see bin/load-bundle.cjs). */
export function warmUp(notices: Uint8Array[]): void {
  notices.forEach((bytes, index) => runJob({ index, name: 'warm-up', bytes }));
}
