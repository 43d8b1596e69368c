/** What the commands share: reading options into colour, and reporting a notice's diagnostics. */
import { fstatSync, readFileSync } from 'node:fs';
import type { Diagnostic } from '../schema/notice.js';
import type { CliDiagnosticCode } from '../core/diagnostic-codes.gen.js';
import { decode } from '../read/decode.js';
import { formatDiagnostic, plain, type Colour } from './diagnostics.js';

export interface CommonOptions {
  strict?: boolean;
  quiet?: boolean;
  color?: boolean;
  jobs?: number;
}

export async function colourFor(options: CommonOptions): Promise<Colour> {
  const enabled = options.color !== false && !('NO_COLOR' in process.env) && stderrIsTerminal();
  return enabled ? (await import('./palette.js')).palette() : plain;
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
 * Print a notice's diagnostics (info is left out; warnings too with --quiet). The input's bytes
 * are wanted only for code frames (on a terminal); `bytes` is the input, or how to read it again.
 */
export function reportDiagnostics(path: string, diagnostics: Diagnostic[], bytes: Uint8Array | (() => Uint8Array | null), options: CommonOptions, colour: Colour): void {
  const shown = diagnostics.filter((d) => d.severity === 'error' || (d.severity === 'warning' && !options.quiet));
  if (shown.length === 0) return;
  const input = colour.enabled ? (typeof bytes === 'function' ? bytes() : bytes) : null;
  const source = input ? decode(input).source : undefined;
  for (const d of shown) process.stderr.write(`${formatDiagnostic(path, d, colour, source)}\n`);
}

export function fails(diagnostics: Diagnostic[], options: CommonOptions): boolean {
  return diagnostics.some((d) => d.severity === 'error' || (options.strict === true && d.severity === 'warning'));
}

/** Read a file again for its code frames; a file gone since is shown without them. */
export function rereader(path: string): () => Uint8Array | null {
  return () => {
    try {
      return readFileSync(path);
    } catch {
      return null;
    }
  };
}

/** A code of data/diagnostics.yaml (from: cli). */
const IO: CliDiagnosticCode = 'io';

export function ioError(path: string, message: string, colour: Colour): void {
  process.stderr.write(`${colour.dim(`${path}:1:1`)} ${colour.error('error')} ${IO} ${message}\n`);
}

/** Standard input beyond the size of any notice: reported like an unreadable file. */
export class InputTooLarge extends Error {}
