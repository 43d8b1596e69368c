/**
 * What `tasks` and `lint` share: gather the inputs, parse them (in worker threads with --jobs),
 * report an unreadable one as `path: error io …`, stop on Ctrl-C, and hand each parsed notice to
 * the command. The command prints its own table or findings afterwards.
 */
import { problemOf } from '../batch/job.js';
import { processInputs, type Outcome } from '../batch/run.js';
import type { Input } from '../batch/walk.js';
import type { Notice } from '../index.js';
import { gatherInputs, noNotices, type InputOptions } from './inputs.js';
import { onInterrupt } from './interrupt.js';
import { ioError, outputFor, type CommonOptions, type Output } from './report.js';

export interface NoticeWalk {
  out: Output;
  /** Inputs found, parsed, and unreadable (a missing file, not text, a Word file that fails). */
  total: number;
  seen: number;
  unreadable: number;
  /** Stopped by SIGINT/SIGTERM before every input was handed out. */
  interrupted: boolean;
}

/** Parses every input of `args`, calling `visit` with each notice read; `{ usage }` for a bad command line. */
export async function eachNotice(
  args: string[],
  options: CommonOptions & InputOptions,
  readStdin: () => Promise<Uint8Array>,
  visit: (notice: Notice, outcome: Outcome, out: Output) => void,
): Promise<NoticeWalk | { usage: string }> {
  const out = await outputFor(options);
  const found = await gatherInputs(args, options, readStdin, true);
  if ('usage' in found) return { usage: found.usage };
  for (const p of found.problems) ioError(out, p.path, p.message);
  if (found.inputs.length === 0 && found.problems.length === 0) return { usage: noNotices(found) };
  const walk: NoticeWalk = { out, total: found.inputs.length, seen: 0, unreadable: found.problems.length, interrupted: false };
  const interrupt = onInterrupt();
  const run = { jobs: options.jobs ?? 1, encoding: options.encoding, nameOf: (i: Input) => i.path, signal: interrupt.signal };
  await processInputs(found.inputs, run, (o) => {
    walk.seen++;
    const problem = problemOf(o.result);
    if (problem !== null || o.result.json === null) {
      ioError(out, o.input.path, problem ?? 'no output');
      walk.unreadable++;
      return;
    }
    visit(JSON.parse(o.result.json) as Notice, o, out);
  });
  interrupt.dispose();
  walk.interrupted = interrupt.signal.aborted;
  return walk;
}
