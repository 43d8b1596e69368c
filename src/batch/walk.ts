/**
 * The inputs of a batch: files as given, folders walked recursively for `*.txt` and `*.md`, and
 * Word files (`*.docx`, `*.doc`: src/read/word/).
 * Hidden folders and `node_modules` are skipped; a symlink loop is walked once. Each input keeps
 * the path it will have under `--out`: relative to its root, and with several roots, under the
 * root's own name.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export interface Input {
  /** The path to read (for standard input, the name it was given, or `-`). */
  path: string;
  /** The path under `--out`, with `/` separators. */
  rel: string;
  /** The input's bytes, already read (standard input); otherwise `path` is read. */
  bytes?: Uint8Array;
}

/** What a walk found: the inputs, the paths it could not read, and the files it passed over. */
export interface Collected {
  inputs: Input[];
  problems: WalkProblem[];
  /** Files in the folders walked that are not notice files, by extension (`.pdf`, or `` for none). */
  skipped: Map<string, number>;
}

export interface WalkProblem {
  path: string;
  message: string;
}

const NOTICE_FILE = /\.(?:txt|md|docx|doc)$/i;

/** An input with its real path, by which a file reached twice is known. */
interface Found {
  input: Input;
  real: string;
}

/**
 * The inputs that `args` name (files as given, folders walked). `listed` are paths read from a list
 * (`--files-from`): a file of the list keeps its relative path under `--out`, not just its name.
 * With `stdin`, an argument `-` stands for it (standard input, already read), in its place.
 */
export function collectInputs(args: string[], listed: readonly string[] = [], stdin?: Input): Collected {
  const found: Found[] = [];
  const problems: WalkProblem[] = [];
  const skipped = new Map<string, number>();
  const several = args.length + listed.length > 1;
  const seen = new Set<string>();
  const fromList = new Set(listed);
  for (const arg of [...args, ...listed]) {
    if (arg === '-' && stdin && !fromList.has(arg)) {
      found.push({ input: stdin, real: '\0stdin' });
      continue;
    }
    let stat;
    try {
      stat = statSync(arg);
    } catch (e) {
      problems.push({ path: arg, message: ioMessage(e) });
      continue;
    }
    if (stat.isDirectory()) {
      const prefix = several ? `${basename(resolve(arg))}/` : '';
      walk(arg, arg, prefix, { out: found, problems, skipped }, new Set());
    } else {
      found.push({ input: { path: arg, rel: fromList.has(arg) ? listedRel(arg) : basename(arg) }, real: realKey(arg) });
    }
  }
  // A file reached twice (two roots overlapping) is converted once.
  const inputs: Input[] = [];
  for (const f of found) {
    if (seen.has(f.real)) continue;
    seen.add(f.real);
    inputs.push(f.input);
  }
  return { inputs, problems, skipped };
}

/** A listed file's path under `--out`: its path relative to here, or its name if it lies elsewhere. */
export function listedRel(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return basename(path);
  return rel.split(sep).join('/');
}

function realKey(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

interface Walked {
  out: Found[];
  problems: WalkProblem[];
  skipped: Map<string, number>;
}

function walk(root: string, dir: string, prefix: string, walked: Walked, visited: Set<string>): void {
  const { out, problems } = walked;
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
    if (isDir) walk(root, path, prefix, walked, visited);
    else if (isFile && !NOTICE_FILE.test(entry.name)) {
      const ext = extname(entry.name).toLowerCase();
      walked.skipped.set(ext, (walked.skipped.get(ext) ?? 0) + 1);
    } else if (isFile) {
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
