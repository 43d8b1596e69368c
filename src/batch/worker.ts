/**
 * A worker thread of the batch pool (bundled as dist/bundle/worker.cjs, started through
 * worker-boot.cjs so that it loads with its code cache): it keeps its parser for the whole batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { useAgencyIndex, type AgencyIndexData } from '../normalise/agencies.js';
import { runJob, runJobs, type JobInput } from './job.js';

/** What the pool gives a worker when it starts. */
export interface WorkerSetup {
  /** The agency index of a user's gazetteer, or null for the generated one. */
  agencyIndex: AgencyIndexData | null;
}

const ENCODER = new TextEncoder();

export function serve(): void {
  const setup = workerData as WorkerSetup | null;
  if (setup?.agencyIndex) useAgencyIndex(setup.agencyIndex);
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
