/**
 * The import graph of our own modules (grammar/ and src/), and the rules it must keep: which way
 * the layers may depend on each other (README, "Layout of the code"). Used by
 * tests/architecture.test.ts, which also runs the rules on small graphs built in memory, so that a
 * rule that could never fail would be noticed.
 *
 * The imports are read with a small JavaScript tokenizer (comments, strings, template literals and
 * regular expression literals skipped), not with regular expressions over the text, so that an
 * `import('…')` in a comment or a string is not taken for one.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, posix } from 'node:path';

export interface Edge {
  /** As written: `./markers.js`, `chalk`, `node:fs`. */
  specifier: string;
  /** For a relative specifier: the file it resolves to (`src/core/spans.ts`), or null if none does. */
  target: string | null;
  /** `import type …`, `export type … from`, `import { type A }` (every name a type), `typeof import('…')`. */
  typeOnly: boolean;
  kind: 'import' | 'export' | 'dynamic';
  line: number;
}

/** Each module (a path relative to the project, with `/`) with what it imports. */
export type Graph = Map<string, Edge[]>;

interface Token {
  kind: 'id' | 'str' | 'punct' | 'num';
  value: string;
  line: number;
}

const REGEX_AFTER_WORD = new Set(['return', 'typeof', 'case', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'else', 'do', 'yield', 'await']);

/** The tokens of a module that can matter to its imports: words, string literals, punctuation. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  // What each open `{` is: a block or object (`{`), or the `${` of a template literal.
  const braces: string[] = [];
  let line = 1;
  let i = 0;
  const n = source.length;
  const push = (kind: Token['kind'], value: string, at: number) => tokens.push({ kind, value, line: at });

  /** Skip a template literal's text from `i` (after the backtick or a `}`) to its end or its next `${`. */
  const templateText = () => {
    while (i < n) {
      const c = source[i]!;
      if (c === '\\') i += 2;
      else if (c === '`') {
        i++;
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        braces.push('${');
        i += 2;
        return;
      } else {
        if (c === '\n') line++;
        i++;
      }
    }
  };

  const regexAllowed = () => {
    const last = tokens[tokens.length - 1];
    if (!last) return true;
    if (last.kind === 'str' || last.kind === 'num') return false;
    if (last.kind === 'id') return REGEX_AFTER_WORD.has(last.value);
    return !(last.value === ')' || last.value === ']' || last.value === '}');
  };

  while (i < n) {
    const c = source[i]!;
    if (c === '\n') {
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n') i++;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      for (let k = i; k < stop; k++) if (source[k] === '\n') line++;
      i = stop;
    } else if (c === "'" || c === '"') {
      const at = line;
      let value = '';
      i++;
      while (i < n && source[i] !== c && source[i] !== '\n') {
        if (source[i] === '\\') {
          value += source[i + 1] ?? '';
          i += 2;
        } else value += source[i++];
      }
      i++;
      push('str', value, at);
    } else if (c === '`') {
      i++;
      templateText();
      // A template stands for a value: a `/` after it divides.
      push('num', '`', line);
    } else if (c === '/' && regexAllowed()) {
      let inClass = false;
      i++;
      while (i < n && source[i] !== '\n') {
        const d = source[i]!;
        if (d === '\\') i += 2;
        else {
          i++;
          if (d === '[') inClass = true;
          else if (d === ']') inClass = false;
          else if (d === '/' && !inClass) break;
        }
      }
      while (i < n && /[a-z]/.test(source[i]!)) i++;
      push('num', '/regex/', line);
    } else if (/[A-Za-z_$]/.test(c)) {
      const start = i;
      while (i < n && /[\w$]/.test(source[i]!)) i++;
      push('id', source.slice(start, i), line);
    } else if (/[0-9]/.test(c)) {
      const start = i;
      while (i < n && /[\w.]/.test(source[i]!)) i++;
      push('num', source.slice(start, i), line);
    } else if (c === '{') {
      braces.push('{');
      push('punct', c, line);
      i++;
    } else if (c === '}') {
      i++;
      if (braces.pop() === '${') {
        templateText();
        push('num', '`', line);
      } else push('punct', '}', line);
    } else {
      push('punct', c, line);
      i++;
    }
  }
  return tokens;
}

/** The imports of a module, with relative specifiers still unresolved. */
export function importsOf(source: string): Omit<Edge, 'target'>[] {
  const t = tokenize(source);
  const edges: Omit<Edge, 'target'>[] = [];
  const at = (k: number) => t[k];
  const is = (k: number, value: string) => t[k] !== undefined && t[k]!.kind !== 'str' && t[k]!.value === value;
  for (let k = 0; k < t.length; k++) {
    const tok = t[k]!;
    if (tok.kind !== 'id' || (tok.value !== 'import' && tok.value !== 'export')) continue;
    if (is(k - 1, '.')) continue; // `x.import`
    if (tok.value === 'import' && is(k + 1, '(')) {
      const spec = at(k + 2);
      if (spec?.kind === 'str' && is(k + 3, ')')) {
        edges.push({ specifier: spec.value, typeOnly: is(k - 1, 'typeof'), kind: 'dynamic', line: tok.line });
      }
      continue;
    }
    if (tok.value === 'import' && is(k + 1, '.')) continue; // import.meta
    // A statement: `import 'x'`, `import … from 'x'`, `export … from 'x'`.
    const kind = tok.value as 'import' | 'export';
    let j = k + 1;
    if (kind === 'import' && at(j)?.kind === 'str') {
      edges.push({ specifier: at(j)!.value, typeOnly: false, kind, line: tok.line });
      continue;
    }
    // `import type X`, `import type { … }`, `export type { … }` (not `export type X = …`, nor a default import named `type`).
    const declaredType = is(j, 'type') && (kind === 'import' ? !is(j + 1, 'from') && !is(j + 1, ',') : is(j + 1, '{') || is(j + 1, '*'));
    if (declaredType) j++;
    if (kind === 'export' && !is(j, '{') && !is(j, '*')) continue; // export const, export function …
    // The clause: a default name, `* as x`, `{ a, type B }`, up to `from`.
    let names = 0;
    let typeNames = 0;
    let inBraces = false;
    let m = j;
    for (; m < t.length && !is(m, 'from') && !is(m, ';'); m++) {
      const x = t[m]!;
      if (m > j && (is(m, 'import') || is(m, 'export'))) break; // a local `export { a }` without `from`
      if (is(m, '{')) inBraces = true;
      else if (is(m, '}')) {
        inBraces = false;
        if (!is(m + 1, 'from')) break;
      }
      else if (x.kind === 'id' && (inBraces ? is(m - 1, '{') || is(m - 1, ',') : m === j || is(m - 1, ','))) {
        if (inBraces && x.value === 'type' && at(m + 1)?.kind === 'id' && !is(m + 1, 'as')) typeNames++;
        names++;
      } else if (is(m, '*')) names++;
    }
    const spec = at(m + 1);
    if (!is(m, 'from') || spec?.kind !== 'str') continue;
    const typeOnly = declaredType || (names > 0 && typeNames === names);
    edges.push({ specifier: spec.value, typeOnly, kind, line: tok.line });
  }
  return edges;
}

/** `./x.js` from `src/a/b.ts` → `src/a/x.ts` if that file exists (`.js` → `.ts`, as NodeNext resolves it). */
export function resolveSpecifier(from: string, specifier: string, exists: (path: string) => boolean): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = posix.normalize(posix.join(posix.dirname(from), specifier));
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), base.replace(/\.cjs$/, '.cts'), `${base}.ts`, `${base}/index.ts`];
  return candidates.find(exists) ?? null;
}

/** Every .ts module under `dirs` of `root`, with its imports resolved. */
export function readGraph(root: string, dirs: string[]): Graph {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(path);
    }
  };
  for (const dir of dirs) if (existsSync(join(root, dir))) walk(dir);
  const graph: Graph = new Map();
  const exists = (p: string) => existsSync(join(root, p));
  for (const file of files.sort()) {
    const edges = importsOf(readFileSync(join(root, file), 'utf8'));
    graph.set(file, edges.map((e) => ({ ...e, target: resolveSpecifier(file, e.specifier, exists) })));
  }
  return graph;
}

const under = (path: string, dir: string) => path.startsWith(`${dir}/`);
const packageOf = (specifier: string) => (specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);

/** The vocabulary: letters (src/text/) and word lists (src/lexicon/), which every stage, the grammar included, may use. */
export const VOCABULARY = ['src/text', 'src/lexicon'];

/** What the command line reaches only through the library's API (src/index.ts). */
export const CLI_GOES_THROUGH_API = ['grammar', 'src/document', 'src/normalise', 'src/lexicon', 'src/data'];

/** Packages only the command line may load: they are for a terminal, and a library user should not pay for them. */
export const CLI_ONLY_PACKAGES = ['chalk', 'commander'];

/** What breaks the rules, one line each (`file:line what`); empty when the graph keeps them. */
export function violations(graph: Graph): string[] {
  const found: string[] = [];
  for (const [file, edges] of graph) {
    for (const e of edges) {
      const where = `${file}:${e.line} imports ${e.specifier}`;
      const ours = e.specifier.startsWith('.');
      if (ours && e.target === null) {
        found.push(`${where}: no such module`);
        continue;
      }
      const target = e.target;
      if (under(file, 'grammar') && target !== null && under(target, 'src') && !VOCABULARY.some((dir) => under(target, dir))) {
        found.push(`${where}: grammar/ must not depend on src/ but its vocabulary (src/lexicon/, src/text/)`);
      }
      if (under(file, 'src/lexicon') && target !== null && !VOCABULARY.some((dir) => under(target, dir))) {
        found.push(`${where}: src/lexicon/ may depend only on src/lexicon/ and src/text/ (the vocabulary is the lowest layer)`);
      }
      if (under(file, 'src/read') && target !== null && under(target, 'grammar')) {
        found.push(`${where}: src/read/ runs before the grammar and must not depend on it`);
      }
      if (under(file, 'src/cli') && target !== null && CLI_GOES_THROUGH_API.some((dir) => under(target, dir))) {
        found.push(`${where}: the command line uses the library through src/index.ts, not ${CLI_GOES_THROUGH_API.find((dir) => under(target, dir))}/`);
      }
      if (under(file, 'src/document') && target !== null && under(target, 'src/normalise')) {
        found.push(`${where}: src/document/ (CST → document) must not call the recognisers of src/normalise/, which run after it`);
      }
      if (under(file, 'src/text') && target !== null && !under(target, 'src/text')) {
        found.push(`${where}: src/text/ must not depend on other modules of ours`);
      }
      if (!ours && !under(file, 'src/cli') && CLI_ONLY_PACKAGES.includes(packageOf(e.specifier))) {
        found.push(`${where}: ${packageOf(e.specifier)} belongs to the command line (src/cli/) only`);
      }
      if (e.specifier === 'node:v8' || e.specifier === 'v8') {
        found.push(`${where}: V8's flags and code cache belong to the launcher (bin/) and the build (scripts/)`);
      }
      if (under(file, 'src/core') && target !== null && !under(target, 'src/core')) {
        if (!under(target, 'src/schema')) found.push(`${where}: src/core/ may depend only on src/core/ and on types of src/schema/`);
        else if (!e.typeOnly) found.push(`${where}: src/core/ may take only types from src/schema/ (import type)`);
      }
    }
  }
  for (const cycle of cycles(graph)) found.push(`import cycle: ${cycle.join(' → ')}`);
  return found;
}

/**
 * The cycles of modules that import each other when they load: one path for each group of modules
 * that reach each other (a strongly connected component), from its first module back to it.
 * `import type` is left out: it is erased, so it orders no loading.
 */
export function cycles(graph: Graph): string[][] {
  const next = new Map<string, string[]>();
  for (const [file, edges] of graph) {
    next.set(file, [...new Set(edges.filter((e) => !e.typeOnly && e.target !== null && graph.has(e.target)).map((e) => e.target!))].sort());
  }
  // Tarjan's strongly connected components.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v)!) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || next.get(v)!.includes(v)) components.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);

  // In each component, the shortest way from its first module back to it (breadth first).
  return components.map((component) => {
    const inside = new Set(component);
    const start = component[0]!;
    const from = new Map<string, string>();
    const queue = [start];
    for (let q = 0; q < queue.length; q++) {
      const v = queue[q]!;
      for (const w of next.get(v)!) {
        if (!inside.has(w)) continue;
        if (w === start) {
          const path = [v];
          while (path[0] !== start) path.unshift(from.get(path[0]!)!);
          return [...path, start];
        }
        if (!from.has(w)) {
          from.set(w, v);
          queue.push(w);
        }
      }
    }
    return [start, start];
  });
}
