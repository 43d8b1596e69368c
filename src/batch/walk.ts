/**
 * The inputs of a batch: files as given, folders walked recursively for `*.txt` and `*.md`.
 * Hidden folders and `node_modules` are skipped; a symlink loop is walked once. Each input keeps
 * the path it will have under `--out`: relative to its root, and with several roots, under the
 * root's own name.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';

export interface Input {
  /** The path to read. */
  path: string;
  /** The path under `--out`, with `/` separators. */
  rel: string;
}

export interface WalkProblem {
  path: string;
  message: string;
}

const NOTICE_FILE = /\.(?:txt|md)$/i;

/** An input with its real path, by which a file reached twice is known. */
interface Found {
  input: Input;
  real: string;
}

export function collectInputs(args: string[]): { inputs: Input[]; problems: WalkProblem[] } {
  const found: Found[] = [];
  const problems: WalkProblem[] = [];
  const several = args.length > 1;
  const seen = new Set<string>();
  for (const arg of args) {
    let stat;
    try {
      stat = statSync(arg);
    } catch (e) {
      problems.push({ path: arg, message: ioMessage(e) });
      continue;
    }
    if (stat.isDirectory()) {
      const prefix = several ? `${basename(resolve(arg))}/` : '';
      walk(arg, arg, prefix, found, problems, new Set());
    } else {
      found.push({ input: { path: arg, rel: basename(arg) }, real: realKey(arg) });
    }
  }
  // A file reached twice (two roots overlapping) is converted once.
  const inputs: Input[] = [];
  for (const f of found) {
    if (seen.has(f.real)) continue;
    seen.add(f.real);
    inputs.push(f.input);
  }
  return { inputs, problems };
}

function realKey(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function walk(root: string, dir: string, prefix: string, out: Found[], problems: WalkProblem[], visited: Set<string>): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (e) {
    problems.push({ path: dir, message: ioMessage(e) });
    return;
  }
  if (visited.has(real)) return; // a symlink loop, or a folder linked twice
  visited.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ path: dir, message: ioMessage(e) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (e) {
        if (NOTICE_FILE.test(entry.name)) problems.push({ path, message: ioMessage(e) });
        continue;
      }
    }
    if (isDir) walk(root, path, prefix, out, problems, visited);
    else if (isFile && NOTICE_FILE.test(entry.name)) {
      // A plain file's real path is its real folder's plus its name: no realpath call per file.
      const input = { path, rel: prefix + relative(root, path).split(sep).join('/') };
      out.push({ input, real: entry.isSymbolicLink() ? realKey(path) : join(real, entry.name) });
    }
  }
}

/** An I/O error as a person reads it. */
export function ioMessage(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const why: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EISDIR: 'is a folder, not a file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ELOOP: 'too many symbolic links (a loop)',
    ENOTDIR: 'not a folder',
    EMFILE: 'too many open files',
  };
  return why[err?.code ?? ''] ?? (err?.message || String(e));
}
