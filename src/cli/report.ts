/**
 * What the commands share: how a run prints (colour, code frames, the diagnostics' format), and
 * printing a notice's diagnostics and a file's I/O problems, counting warnings for --max-warnings.
 */
import type { InputEncoding } from '../index.js';
import { fstatSync } from 'node:fs';
import type { Diagnostic } from '../schema/notice.js';
import type { CliDiagnosticCode } from '../core/diagnostic-codes.gen.js';
import { decode } from '../read/decode.js';
import { colourMode, colourWanted } from './colour.js';
import { formatDiagnostic, plain, type Colour } from './diagnostics.js';
import { githubLine, jsonLine, type DiagnosticFormat, type Located } from './formats.js';

export interface CommonOptions {
  strict?: boolean;
  quiet?: boolean;
  /** `--color <when>`, or false for `--no-color`. */
  color?: string | boolean;
  jobs?: number;
  maxWarnings?: number;
  diagnostics?: DiagnosticFormat;
  /** --encoding: read every input so instead of detecting. */
  encoding?: InputEncoding;
}

/** How one run prints its diagnostics, and how many warnings it has printed or hidden. */
export interface Output {
  colour: Colour;
  /** Code frames under errors: on a terminal, in text. */
  frames: boolean;
  format: DiagnosticFormat;
  quiet: boolean;
  warnings: number;
}

export async function outputFor(options: CommonOptions): Promise<Output> {
  const format = options.diagnostics ?? 'text';
  const wanted = format === 'text' && colourWanted(colourMode(options.color), process.env, stderrIsTerminal);
  const colour = wanted ? (await import('./palette.js')).palette() : plain;
  return { colour, frames: format === 'text' && stderrIsTerminal(), format, quiet: options.quiet === true, warnings: 0 };
}

/**
 * A terminal is a character device: checking that first spares a run whose stderr is a pipe or a
 * file from opening the stream and loading node:tty and node:net (2–3 ms of a 100 ms start).
 */
function stderrIsTerminal(): boolean {
  try {
    if (!fstatSync(2).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return process.stderr.isTTY === true;
}

/**
 * Print a notice's diagnostics (info is left out; warnings too with --quiet, though they are
 * counted). The input's bytes are wanted only for the code frames of errors on a terminal;
 * `bytes` is the input, or how to read it again.
 */
export function reportDiagnostics(out: Output, path: string, diagnostics: Diagnostic[], bytes: Uint8Array | (() => Uint8Array | null)): void {
  out.warnings += diagnostics.filter((d) => d.severity === 'warning').length;
  const shown = diagnostics.filter((d) => d.severity === 'error' || (d.severity === 'warning' && !out.quiet));
  if (shown.length === 0) return;
  if (out.format !== 'text') {
    for (const d of shown) printLocated(out, { file: path, ...d });
    return;
  }
  const framed = out.frames && out.colour.enabled && shown.some((d) => d.severity === 'error');
  const input = framed ? (typeof bytes === 'function' ? bytes() : bytes) : null;
  const source = input ? decode(input).source : undefined;
  for (const d of shown) process.stderr.write(`${formatDiagnostic(path, d, out.colour, d.severity === 'error' ? source : undefined)}\n`);
}

export function fails(diagnostics: Diagnostic[], options: CommonOptions): boolean {
  return diagnostics.some((d) => d.severity === 'error' || (options.strict === true && d.severity === 'warning'));
}

/**
 * With --max-warnings N, more than N warnings fail the run (as in eslint): say so, and return true.
 */
export function tooManyWarnings(out: Output, options: CommonOptions, command = 'notice-parse'): boolean {
  if (options.maxWarnings === undefined || out.warnings <= options.maxWarnings) return false;
  process.stderr.write(`${command}: ${out.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
  return true;
}

/** A code of data/diagnostics.yaml (from: cli). */
const IO: CliDiagnosticCode = 'io';

/** A file that could not be read or written: `path: error io …` (it has no line or column). */
export function ioError(out: Output, path: string, message: string): void {
  if (out.format !== 'text') printLocated(out, { file: path, severity: 'error', code: IO, message });
  else process.stderr.write(`${out.colour.dim(`${path}:`)} ${out.colour.error('error')} ${IO} ${message}\n`);
}

function printLocated(out: Output, d: Located): void {
  process.stderr.write(`${out.format === 'json' ? jsonLine(d) : githubLine(d)}\n`);
}

/** Standard input beyond the size of any notice: reported like an unreadable file. */
export class InputTooLarge extends Error {}
