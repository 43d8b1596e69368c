/**
 * Converting: one notice to stdout, or many (`--ndjson` to stdout in input order, `--out DIR` as
 * one .json per input at the same relative path), with a summary line at the end of a batch.
 */
import { statSync } from 'node:fs';
import { holdsNoDocument, problemOf } from '../batch/job.js';
import { wordKindOfName } from '../read/word/kind.js';
import { processInputs, type Outcome } from '../batch/run.js';
import type { Collected, Input } from '../batch/walk.js';
import { Progress } from './progress.js';
import type { LauncherHooks } from './launcher.js';
import { EXIT } from './exit.js';
import { bytesOf, gatherInputs, noNotices, type InputOptions } from './inputs.js';
import { onInterrupt } from './interrupt.js';
import { outPath, outputClashes, prepareOut } from './out.js';
import { fails, ioError, outputFor, reportDiagnostics, tooManyWarnings, type CommonOptions, type Output } from './report.js';
import { Summary } from './summary.js';

export interface ConvertOptions extends CommonOptions, InputOptions {
  ndjson?: boolean;
  out?: string;
  /** false with --no-spans. */
  spans?: boolean;
}

/** What a run has seen so far, beyond the summary's counts. */
interface State {
  out: Output;
  summary: Summary;
  /** Some input could not be read or written (exit 2). */
  broken: boolean;
  /** Some notice fails (an error, or a warning with --strict: exit 1). */
  failing: boolean;
}

export async function convert(args: string[], options: ConvertOptions, readStdin: () => Promise<Uint8Array>, launcher: LauncherHooks = {}): Promise<number> {
  const out = await outputFor(options);
  const found = await gatherInputs(args, options, readStdin, true);
  if ('usage' in found) return usage(found.usage);
  for (const p of found.problems) ioError(out, p.path, p.message);
  if (found.inputs.length === 0) return found.problems.length > 0 ? EXIT.usage : usage(noNotices(found));
  const single = found.inputs.length === 1 && args.length <= 1 && options.filesFrom === undefined && !options.out && !options.ndjson && !isDir(args[0]);
  if (!single && !options.ndjson && !options.out) return usage('several notices: give --out DIR (one .json each) or --ndjson (one line each)');
  const outDir = options.out ?? null;
  const refusal = outDir !== null ? prepareOut(outDir, args) : null;
  if (refusal) return usage(refusal);
  if (single) launcher.parsingOne?.(sizeOf(found.inputs[0]!));
  const state: State = { out, summary: new Summary(), broken: found.problems.length > 0, failing: false };
  for (let k = 0; k < found.problems.length; k++) state.summary.unread();
  const interrupted = await runBatch(found, options, single, state);
  if (!single) process.stderr.write(`${state.summary.line(found.skipped, interrupted ? found.inputs.length + found.problems.length : undefined)}\n`);
  const tooMany = tooManyWarnings(out, options);
  if (interrupted) return EXIT.interrupted;
  if (state.broken) return EXIT.usage;
  return state.failing || tooMany ? EXIT.failed : EXIT.ok;
}

/** Convert the inputs; true when a signal stopped the batch early. */
async function runBatch(found: Collected, options: ConvertOptions, single: boolean, state: State): Promise<boolean> {
  const outDir = options.out ?? null;
  // Two inputs that would write the same file (`a.txt` and `a.md`): the later one is refused.
  const clashes = outDir !== null ? outputClashes(outDir, found.inputs) : new Map<Input, Input>();
  for (const [input, first] of clashes) {
    ioError(state.out, input.path, `its output ${outPath(outDir!, input)} is also the output of ${first.path}: rename one of them`);
    state.summary.notWritten();
    state.broken = true;
  }
  const batch = found.inputs.filter((i) => !clashes.has(i));
  const progress = new Progress(batch.length, !single && state.out.format === 'text' && Progress.wanted(options.quiet === true));
  const interrupt = single ? null : onInterrupt();
  const run = {
    jobs: options.jobs ?? 1,
    pretty: single || outDir !== null,
    spans: options.spans !== false,
    encoding: options.encoding,
    print: outDir === null,
    nameOf: (i: Input) => i.path,
    outPathOf: outDir !== null ? (i: Input) => outPath(outDir, i) : undefined,
    signal: interrupt?.signal,
  };
  try {
    await processInputs(batch, run, (o) => {
      progress.clear();
      deliver(o, options, state);
      progress.tick();
    });
  } finally {
    interrupt?.dispose();
    progress.clear();
  }
  return interrupt?.signal.aborted === true;
}

function deliver(o: Outcome, options: ConvertOptions, state: State): void {
  if (wordKindOfName(o.input.path)) state.summary.word();
  const problem = problemOf(o.result);
  if (problem !== null) {
    ioError(state.out, o.input.path, problem);
    if (o.result.writeFailed) state.summary.notWritten();
    else state.summary.unread();
    state.broken = true;
    return;
  }
  const diagnostics = o.result.diagnostics;
  if (holdsNoDocument(diagnostics)) state.summary.unread();
  else state.summary.converted(o.result.size, diagnostics);
  state.failing ||= fails(diagnostics, options);
  if (o.result.printed) process.stdout.write(o.result.printed);
  reportDiagnostics(state.out, o.input.path, diagnostics, bytesOf(o.input));
}

function usage(message: string): number {
  process.stderr.write(`notice-parse: ${message}\n`);
  return EXIT.usage;
}

/** The size of an input, or 0 when it cannot be read (the job then reports why). */
function sizeOf(input: Input): number {
  if (input.bytes) return input.bytes.length;
  try {
    return statSync(input.path).size;
  } catch {
    return 0;
  }
}

function isDir(path: string | undefined): boolean {
  if (path === undefined || path === '-') return false;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
