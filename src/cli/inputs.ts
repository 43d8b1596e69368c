/**
 * The inputs a command was given: files and folders, `-` for standard input (named by
 * `--stdin-filepath`), and the paths listed in `--files-from FILE` (`-` for standard input; one a
 * line, or NUL-separated with `-0`). A problem with the options is returned as a usage message.
 */
import { readFileSync } from 'node:fs';
import { collectInputs, ioMessage, listedRel, type Collected, type Input } from '../batch/walk.js';
import { wordKindOfName } from '../read/word/kind.js';

export interface InputOptions {
  filesFrom?: string;
  /** `-0`: the list of --files-from is NUL-separated. */
  null?: boolean;
  stdinFilepath?: string;
}

/** Why the command cannot start (exit 2). */
export interface Usage {
  usage: string;
}

/**
 * `implicitStdin`: with no input at all, standard input is read (when it is not a terminal).
 * Returns the inputs, or `{ usage }` when the command cannot start.
 */
export async function gatherInputs(args: string[], options: InputOptions, readStdin: () => Promise<Uint8Array>, implicitStdin: boolean): Promise<Collected | Usage> {
  if (options.null && options.filesFrom === undefined) return { usage: '-0 says how --files-from is separated: give --files-from FILE too' };
  if (options.filesFrom === '-' && args.includes('-')) return { usage: '--files-from - and the input - both want standard input: give one of them' };
  const given = args.length === 0 && options.filesFrom === undefined && implicitStdin ? ['-'] : args;
  let listed: string[] = [];
  if (options.filesFrom !== undefined) {
    const list = await readList(options.filesFrom, options.null === true, readStdin);
    if (typeof list === 'string') return { usage: list };
    listed = list;
  }
  if (!given.includes('-')) return collectInputs(given, listed);
  if (process.stdin.isTTY) return { usage: 'no input: give a file, a folder, or "-" with piped standard input (see --help)' };
  const name = options.stdinFilepath ?? '-';
  const bytes = await readStdin().catch((e: unknown) => e as Error);
  if (bytes instanceof Error) {
    const found = collectInputs(given.filter((a) => a !== '-'), listed);
    return { ...found, problems: [{ path: name, message: bytes.message }, ...found.problems] };
  }
  const rel = options.stdinFilepath !== undefined ? listedRel(options.stdinFilepath) : 'stdin';
  const stdin: Input = { path: name, rel, bytes };
  return collectInputs(given, listed, stdin);
}

async function readList(from: string, nul: boolean, readStdin: () => Promise<Uint8Array>): Promise<string[] | string> {
  let text: string;
  try {
    text = from === '-' ? Buffer.from(await readStdin()).toString('utf8') : readFileSync(from, 'utf8');
  } catch (e) {
    return `--files-from ${from}: ${ioMessage(e)}`;
  }
  const entries = nul ? text.split('\0') : text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  return entries.filter((e) => e !== '');
}

/** `2 .docx, 1 .pdf, 1 with no extension`: most first, then by name, files with no extension last. */
export function skippedText(skipped: ReadonlyMap<string, number>): string {
  return [...skipped]
    .sort((a, b) => b[1] - a[1] || (a[0] === '' ? 1 : 0) - (b[0] === '' ? 1 : 0) || (a[0] < b[0] ? -1 : 1))
    .map(([ext, n]) => (ext === '' ? `${n} with no extension` : `${n} ${ext}`))
    .join(', ');
}

export function skippedCount(skipped: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const count of skipped.values()) n += count;
  return n;
}

/** Nothing to do (as eslint says it): the files passed over, if any, by extension. */
export function noNotices(found: Collected): string {
  const n = skippedCount(found.skipped);
  return n === 0 ? 'no notices found' : `no notices found (${n} file${n === 1 ? '' : 's'} skipped: ${skippedText(found.skipped)})`;
}

/**
 * The bytes of an input for its code frames: standard input's, or the file read again. A Word
 * file has none: its diagnostics' lines are of the extracted text, not of the zipped bytes.
 */
export function bytesOf(input: Input): Uint8Array | (() => Uint8Array | null) {
  if (wordKindOfName(input.path)) return () => null;
  if (input.bytes) return input.bytes;
  const path = input.path;
  return () => {
    try {
      return readFileSync(path);
    } catch {
      return null;
    }
  };
}
