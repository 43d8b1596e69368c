/**
 * Ctrl-C (SIGINT) or SIGTERM during a batch: no more files are handed out, the ones in progress
 * are finished (each .json written whole, its temporary file renamed), and the command prints its
 * summary so far and exits 130. A second signal exits at once (a temporary file left behind is
 * removed by the next batch that writes into its folder: src/batch/atomic.ts).
 */
import { EXIT } from './exit.js';

export interface Interrupt {
  signal: AbortSignal;
  /** Stop listening (the batch is over). */
  dispose(): void;
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export function onInterrupt(): Interrupt {
  const controller = new AbortController();
  const handler = (): void => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    process.stderr.write('\nnotice-parse: interrupted: finishing the files in progress (again to quit at once)\n');
    controller.abort();
  };
  for (const s of SIGNALS) process.on(s, handler);
  return {
    signal: controller.signal,
    dispose: () => {
      for (const s of SIGNALS) process.off(s, handler);
    },
  };
}
