/**
 * Reading a vocabulary file of `data/` (or a user's `--gazetteer`): YAML (JSON is YAML too) parsed
 * with the `yaml` package, checked against a zod schema, every problem placed at `file:line:col`.
 *
 * The `yaml` module is passed in, not imported: the build scripts and tests pass their own, and the
 * CLI gets it with `importYaml()` only when a data file is read at run time (`--gazetteer`), so a
 * plain conversion never evaluates it (the bundle holds it, but wrapped to load on first use).
 */
import type * as Yaml from 'yaml';
import { z, type ZodMiniType } from 'zod/mini';

export type YamlModule = typeof Yaml;

/** One thing wrong with a data file, where it is. Lines and columns count from 1. */
export interface DataProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Where the node at a path of the value starts (its nearest ancestor when the path is missing). */
export type Locate = (path: readonly PropertyKey[]) => { line: number; column: number };

export type DataResult<T> = { ok: true; value: T; locate: Locate } | { ok: false; problems: DataProblem[] };

/** The `yaml` package, loaded on first use. */
export async function importYaml(): Promise<YamlModule> {
  return import('yaml');
}

/** `file:line:col message`, as every diagnostic of the tool is printed. */
export function formatProblem(p: DataProblem): string {
  return `${p.file}:${p.line}:${p.column} ${p.message}`;
}

/** Thrown by `readDataFileOrThrow`: its message lists every problem, one per line. */
export class DataFileError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DataFileError';
  }
}

let englishMessages = false;

/** The file's value if it parses and fits `schema`, else every problem found. */
export function readDataFile<T>(yaml: YamlModule, text: string, file: string, schema: ZodMiniType<T>): DataResult<T> {
  // zod/mini comes without messages (every problem says `Invalid input`); data files get English ones.
  if (!englishMessages) {
    z.config(z.locales.en());
    englishMessages = true;
  }
  const lines = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const at = lines.linePos(e.pos[0]);
        return { file, line: at.line, column: at.col, message: e.message.split('\n')[0]! };
      }),
    };
  }
  const checked = schema.safeParse(doc.toJS());
  if (checked.success) {
    const locate: Locate = (path) => {
      const at = lines.linePos(offsetOf(yaml, doc, path));
      return { line: at.line, column: at.col };
    };
    return { ok: true, value: checked.data, locate };
  }
  return {
    ok: false,
    problems: checked.error.issues.map((issue) => {
      const at = lines.linePos(offsetOf(yaml, doc, issue.path));
      const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      // zod says `Invalid input` of a key that is not there at all: say which.
      const missing = issue.code === 'invalid_type' && issue.path.length > 0 && !doc.hasIn(issue.path as unknown[]);
      return { file, line: at.line, column: at.col, message: where + (missing ? 'missing (required)' : issue.message) };
    }),
  };
}

export function readDataFileOrThrow<T>(yaml: YamlModule, text: string, file: string, schema: ZodMiniType<T>): T {
  const read = readDataFile(yaml, text, file, schema);
  if (!read.ok) throw new DataFileError(read.problems);
  return read.value;
}

/** Where the node at `path` starts, or its nearest ancestor that exists (a missing key: its entry). */
function offsetOf(yaml: YamlModule, doc: Yaml.Document, path: readonly PropertyKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true);
    if (yaml.isNode(node) && node.range) return node.range[0];
  }
  return 0;
}
