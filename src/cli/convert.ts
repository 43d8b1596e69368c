/**
 * Converting: one notice to stdout, or many (`--ndjson` to stdout in input order, `--out DIR` as
 * one .json per input at the same relative path), with a summary line at the end of a batch.
 */
import { statSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import { problemOf } from '../batch/job.js';
import { processInputs } from '../batch/run.js';
import { collectInputs, type Input } from '../batch/walk.js';
import { Progress } from './progress.js';
import type { LauncherHooks } from './launcher.js';
import { EXIT } from './exit.js';
import { InputTooLarge, colourFor, fails, ioError, reportDiagnostics, rereader, type CommonOptions } from './report.js';

export interface ConvertOptions extends CommonOptions {
  ndjson?: boolean;
  out?: string;
  /** false with --no-spans. */
  spans?: boolean;
}


export async function convert(args: string[], options: ConvertOptions, readStdin: () => Promise<Uint8Array>, launcher: LauncherHooks = {}): Promise<number> {
  const colour = await colourFor(options);
  if (args.length === 0 || (args.length === 1 && args[0] === '-')) return convertStdin(options, readStdin, launcher);
  const { inputs, problems } = collectInputs(args);
  for (const p of problems) ioError(p.path, p.message, colour);
  const single = args.length === 1 && inputs.length === 1 && !options.out && !options.ndjson && !isDir(args[0]!);
  if (single) launcher.parsingOne?.(sizeOf(inputs[0]!.path));
  if (!single && !options.ndjson && !options.out) {
    process.stderr.write('notice-parse: several notices: give --out DIR (one .json each) or --ndjson (one line each)\n');
    return EXIT.usage;
  }
  const outDir = options.out ? resolve(options.out) : null;
  const refusal = outDir ? refuseOut(outDir, args) : null;
  if (refusal) {
    process.stderr.write(`notice-parse: ${refusal}\n`);
    return EXIT.usage;
  }
  const summary = new Summary();
  // Two inputs that would write the same file (`a.txt` and `a.md`): the later one is refused.
  const clashes = outDir ? outputClashes(outDir, inputs) : new Map<Input, Input>();
  const batch = inputs.filter((i) => !clashes.has(i));
  for (const [input, first] of clashes) {
    ioError(input.path, `its output ${outPath(outDir!, input)} is also the output of ${first.path}: rename one of them`, colour);
    summary.failed++;
  }
  const progress = new Progress(batch.length, !single && Progress.wanted(options.quiet === true));
  const pretty = single || outDir !== null;
  const outPathOf = outDir ? (i: Input) => outPath(outDir, i) : undefined;
  await processInputs(batch, { jobs: options.jobs ?? 1, pretty, spans: options.spans !== false, print: !outDir, nameOf: (i) => i.path, outPathOf }, (o) => {
    progress.clear();
    const problem = problemOf(o.result);
    if (problem !== null) {
      ioError(o.input.path, problem, colour);
      summary.failed++;
    } else {
      summary.add(o.result.size, o.result.diagnostics, options);
      if (o.result.printed) process.stdout.write(o.result.printed);
      reportDiagnostics(o.input.path, o.result.diagnostics, rereader(o.input.path), options, colour);
    }
    progress.tick();
  });
  progress.clear();
  if (!single) process.stderr.write(`${summary.line(inputs.length + problems.length, problems.length)}\n`);
  if (problems.length > 0 || summary.failed > 0) return EXIT.usage;
  return summary.failing > 0 ? EXIT.failed : EXIT.ok;
}

async function convertStdin(options: ConvertOptions, readStdin: () => Promise<Uint8Array>, launcher: LauncherHooks): Promise<number> {
  const colour = await colourFor(options);
  if (process.stdin.isTTY) {
    process.stderr.write('notice-parse: no input: give a file, a folder, or "-" for standard input (see --help)\n');
    return EXIT.usage;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readStdin();
  } catch (e) {
    if (!(e instanceof InputTooLarge)) throw e;
    ioError('-', e.message, colour);
    return EXIT.usage;
  }
  launcher.parsingOne?.(bytes.length);
  const { runJob } = await import('../batch/job.js');
  const result = runJob({ index: 0, name: '-', bytes, pretty: !options.ndjson, spans: options.spans !== false });
  if (result.json === null) {
    ioError('-', result.failure ?? 'could not be parsed', colour);
    return EXIT.usage;
  }
  process.stdout.write(options.ndjson ? `${result.json}\n` : result.json);
  reportDiagnostics('-', result.diagnostics, bytes, options, colour);
  return fails(result.diagnostics, options) ? EXIT.failed : EXIT.ok;
}

/**
 * `--out` must not be an input folder or lie inside one: its .json files would mix with (and could
 * overwrite) the files the input tree already has, such as the expected files of a corpus.
 */
function refuseOut(outDir: string, args: string[]): string | null {
  for (const arg of args) {
    const root = resolve(arg);
    if (!isDir(arg)) continue;
    if (outDir === root || outDir.startsWith(root + sep)) {
      return `--out ${outDir} is inside the input folder ${arg}: choose a folder outside the inputs`;
    }
  }
  return null;
}

/** The size of a file, or 0 when it cannot be read (the job then reports why). */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Each input whose output path an earlier input already has, with that earlier input. */
function outputClashes(outDir: string, inputs: Input[]): Map<Input, Input> {
  const owner = new Map<string, Input>();
  const clashes = new Map<Input, Input>();
  for (const input of inputs) {
    const path = outPath(outDir, input);
    const first = owner.get(path);
    if (first) clashes.set(input, first);
    else owner.set(path, input);
  }
  return clashes;
}

/** Where an input's JSON goes: always inside `outDir`, whatever its relative path says. */
function outPath(outDir: string, input: Input): string {
  const path = resolve(outDir, input.rel.replace(/\.(?:txt|md)$/i, '') + '.json');
  if (!path.startsWith(outDir + sep)) return join(outDir, basename(path));
  return path;
}

class Summary {
  converted = 0;
  withWarnings = 0;
  withErrors = 0;
  failing = 0;
  failed = 0;
  bytes = 0;
  private readonly started = process.hrtime.bigint();

  add(bytes: number, diagnostics: { severity: string }[], options: CommonOptions): void {
    this.converted++;
    this.bytes += bytes;
    if (diagnostics.some((d) => d.severity === 'error')) this.withErrors++;
    else if (diagnostics.some((d) => d.severity === 'warning')) this.withWarnings++;
    if (fails(diagnostics as never, options)) this.failing++;
  }

  line(files: number, unreadable: number): string {
    const seconds = Number(process.hrtime.bigint() - this.started) / 1e9;
    const mbps = this.bytes / 1e6 / Math.max(seconds, 1e-6);
    return (
      `notice-parse: ${files} files, ${this.converted} converted, ${this.withWarnings} with warnings, ` +
      `${this.withErrors} with errors, ${this.failed + unreadable} failed to read, ${seconds.toFixed(2)} s, ${mbps < 1 ? mbps.toFixed(2) : mbps.toFixed(1)} MB/s`
    );
  }
}
