// The direction of dependencies (README, "Layout of the code"), checked on the import graph of
// grammar/ and src/: see tests/import-graph.ts for the rules. V8's flags are set in bin/ only, so
// node:v8 is not imported in grammar/ or src/ either.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importsOf, readGraph, violations, type Edge, type Graph } from './import-graph.js';

const ROOT = join(import.meta.dirname, '..');

/** A graph from `file: [target, …]` (a target starting `type:` is imported with `import type`). */
function graphOf(modules: Record<string, string[]>): Graph {
  const graph: Graph = new Map();
  for (const [file, targets] of Object.entries(modules)) {
    graph.set(
      file,
      targets.map((t, k): Edge => {
        const typeOnly = t.startsWith('type:');
        const name = typeOnly ? t.slice(5) : t;
        const ours = name.startsWith('src/') || name.startsWith('grammar/');
        return { specifier: ours ? `./${name}` : name, target: ours ? name : null, typeOnly, kind: 'import', line: k + 1 };
      }),
    );
  }
  return graph;
}

describe('the import graph of grammar/ and src/', () => {
  const graph = readGraph(ROOT, ['grammar', 'src']);

  it('is read: every module, with its imports', () => {
    expect(graph.size).toBeGreaterThan(40);
    const index = graph.get('src/index.ts')!.map((e) => e.target ?? e.specifier);
    expect(index).toContain('grammar/parser.ts');
    expect(index).toContain('node:crypto');
    // A dynamic import and a type-only one are seen too.
    expect(graph.get('src/cli/report.ts')).toContainEqual(expect.objectContaining({ target: 'src/cli/palette.ts', kind: 'dynamic', typeOnly: false }));
    expect(graph.get('src/core/spans.ts')).toContainEqual(expect.objectContaining({ target: 'src/schema/notice.ts', typeOnly: true }));
  });

  it('keeps every rule', () => {
    expect(violations(graph)).toEqual([]);
  });
});

describe('the rules, on graphs made up to break them', () => {
  it('allow a graph that keeps them', () => {
    const graph = graphOf({
      'grammar/parser.ts': ['grammar/markers.ts', 'chevrotain'],
      'grammar/markers.ts': [],
      'src/text/chars.ts': ['src/text/fold.ts'],
      'src/text/fold.ts': [],
      'src/core/spans.ts': ['src/core/line-map.ts', 'type:src/schema/notice.ts'],
      'src/core/line-map.ts': [],
      'src/schema/notice.ts': ['zod/mini', 'src/core/codes.ts'],
      'src/core/codes.ts': [],
      'src/cli/main.ts': ['commander', 'src/cli/palette.ts', 'src/index.ts'],
      'src/cli/palette.ts': ['chalk'],
      'src/index.ts': ['grammar/parser.ts', 'src/core/spans.ts', 'type:src/cli/main.ts'],
    });
    expect(violations(graph)).toEqual([]);
  });

  it('report grammar/ depending on src/', () => {
    const graph = graphOf({ 'grammar/markers.ts': ['type:src/core/spans.ts'], 'src/core/spans.ts': [] });
    expect(violations(graph)).toEqual(['grammar/markers.ts:1 imports ./src/core/spans.ts: grammar/ must not depend on src/ but its vocabulary (src/lexicon/, src/text/)']);
  });

  it('let grammar/ use the vocabulary, and the vocabulary nothing above it', () => {
    const graph = graphOf({
      'grammar/tokens.ts': ['src/lexicon/markers.ts', 'src/text/letters.ts'],
      'src/lexicon/markers.ts': ['src/lexicon/pattern.ts', 'src/text/letters.ts', 'src/normalise/dates.ts'],
      'src/lexicon/pattern.ts': [],
      'src/text/letters.ts': [],
      'src/normalise/dates.ts': [],
    });
    expect(violations(graph)).toEqual([
      'src/lexicon/markers.ts:3 imports ./src/normalise/dates.ts: src/lexicon/ may depend only on src/lexicon/ and src/text/ (the vocabulary is the lowest layer)',
    ]);
  });

  it('report the command line reaching past the library API', () => {
    const graph = graphOf({
      'src/cli/tasks.ts': ['src/index.ts', 'src/normalise/agencies.ts', 'src/batch/run.ts'],
      'src/index.ts': ['src/normalise/agencies.ts'],
      'src/normalise/agencies.ts': [],
      'src/batch/run.ts': [],
    });
    expect(violations(graph)).toEqual(['src/cli/tasks.ts:2 imports ./src/normalise/agencies.ts: the command line uses the library through src/index.ts, not src/normalise/']);
  });

  it('report src/read/ depending on grammar/, and src/document/ on src/normalise/', () => {
    const graph = graphOf({
      'src/read/layout.ts': ['grammar/markers.ts', 'src/lexicon/markers.ts'],
      'src/document/meeting.ts': ['src/normalise/dates.ts', 'src/lexicon/document-types.ts'],
      'grammar/markers.ts': [],
      'src/lexicon/markers.ts': [],
      'src/lexicon/document-types.ts': [],
      'src/normalise/dates.ts': [],
    });
    expect(violations(graph)).toEqual([
      'src/read/layout.ts:1 imports ./grammar/markers.ts: src/read/ runs before the grammar and must not depend on it',
      'src/document/meeting.ts:1 imports ./src/normalise/dates.ts: src/document/ (CST → document) must not call the recognisers of src/normalise/, which run after it',
    ]);
  });

  it('report src/text/ depending on any other module of ours', () => {
    const graph = graphOf({ 'src/text/fold.ts': ['src/text/chars.ts', 'grammar/markers.ts', 'node:fs'], 'src/text/chars.ts': [], 'grammar/markers.ts': [] });
    expect(violations(graph)).toEqual(['src/text/fold.ts:2 imports ./grammar/markers.ts: src/text/ must not depend on other modules of ours']);
  });

  it('report chalk or commander outside src/cli/', () => {
    const graph = graphOf({ 'src/batch/run.ts': ['chalk', 'commander/esm.mjs'], 'src/cli/main.ts': ['commander'] });
    expect(violations(graph)).toEqual([
      'src/batch/run.ts:1 imports chalk: chalk belongs to the command line (src/cli/) only',
      'src/batch/run.ts:2 imports commander/esm.mjs: commander belongs to the command line (src/cli/) only',
    ]);
  });

  it('report node:v8 anywhere in grammar/ or src/', () => {
    const graph = graphOf({ 'src/cli/convert.ts': ['node:v8'], 'grammar/parser.ts': ['v8'] });
    expect(violations(graph)).toEqual([
      "src/cli/convert.ts:1 imports node:v8: V8's flags and code cache belong to the launcher (bin/) and the build (scripts/)",
      "grammar/parser.ts:1 imports v8: V8's flags and code cache belong to the launcher (bin/) and the build (scripts/)",
    ]);
  });

  it('report src/core/ depending on anything but src/core/ and types of src/schema/', () => {
    const graph = graphOf({
      'src/core/spans.ts': ['src/schema/notice.ts', 'type:src/read/decode.ts', 'src/core/line-map.ts'],
      'src/core/line-map.ts': [],
      'src/schema/notice.ts': [],
      'src/read/decode.ts': [],
    });
    expect(violations(graph)).toEqual([
      'src/core/spans.ts:1 imports ./src/schema/notice.ts: src/core/ may take only types from src/schema/ (import type)',
      'src/core/spans.ts:2 imports ./src/read/decode.ts: src/core/ may depend only on src/core/ and on types of src/schema/',
    ]);
  });

  it('report a cycle with its path, not one made of type imports only', () => {
    const graph = graphOf({
      'src/a.ts': ['src/b.ts'],
      'src/b.ts': ['src/c.ts', 'type:src/a.ts'],
      'src/c.ts': ['src/d.ts'],
      'src/d.ts': ['src/b.ts'],
      'src/e.ts': ['src/e.ts'],
    });
    expect(cycles(graph)).toEqual([
      ['src/b.ts', 'src/c.ts', 'src/d.ts', 'src/b.ts'],
      ['src/e.ts', 'src/e.ts'],
    ]);
    expect(violations(graph)).toEqual(['import cycle: src/b.ts → src/c.ts → src/d.ts → src/b.ts', 'import cycle: src/e.ts → src/e.ts']);
  });

  it('report a relative import that resolves to no module', () => {
    const graph: Graph = new Map([['src/a.ts', [{ specifier: './gone.js', target: null, typeOnly: false, kind: 'import', line: 3 }]]]);
    expect(violations(graph)).toEqual(['src/a.ts:3 imports ./gone.js: no such module']);
  });
});

describe('the import reader', () => {
  const read = (source: string) => importsOf(source).map((e) => `${e.kind}${e.typeOnly ? ' type' : ''} ${e.specifier} @${e.line}`);

  it('reads static, type-only, re-exporting and dynamic imports', () => {
    const source = [
      "import { a, b } from './a.js';",
      "import type { C } from './c.js';",
      'import {',
      '  type D,',
      '  type E,',
      "} from './d.js';",
      "import { type F, g } from './f.js';",
      "import * as z from 'zod/mini';",
      "import './side.js';",
      "export { h } from './h.js';",
      "export type { I } from './i.js';",
      "export * from './j.js';",
      "const p = await import('./palette.js');",
      "type Y = typeof import('yaml');",
      'export type K = string;',
      'export const l = 1;',
      'const m = { a };',
      'export { m };',
      "import n from './n.js';",
    ].join('\n');
    expect(read(source)).toEqual([
      'import ./a.js @1',
      'import type ./c.js @2',
      'import type ./d.js @3',
      'import ./f.js @7',
      'import zod/mini @8',
      'import ./side.js @9',
      'export ./h.js @10',
      'export type ./i.js @11',
      'export ./j.js @12',
      'dynamic ./palette.js @13',
      'dynamic type yaml @14',
      'import ./n.js @19',
    ]);
  });

  it('skips what only looks like an import: comments, strings, templates, regular expressions', () => {
    const source = [
      "// import x from './comment.js';",
      "/* import('./block.js') */",
      "const s = \"import('./string.js')\";",
      "const t = `import('./template.js') ${1 + 1} from './template.js'`;",
      "const r = /import\\('.\\/regex.js'\\)[/]/g;",
      'const half = 1 / 2; // a division, not a regular expression',
      "const u = import.meta.url; import('./real.js');",
    ].join('\n');
    expect(read(source)).toEqual(['dynamic ./real.js @7']);
  });
});
