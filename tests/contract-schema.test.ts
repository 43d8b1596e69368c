/**
 * The contract in the repository (issue 16): `notice-parse schema`, run as the built command,
 * prints a JSON Schema with a description on every property, and docs/output.md names every
 * property and carries its description word for word.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'notice-parse');

type JsonSchema = {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  description?: string;
};

interface Property {
  /** `items[].children`, `signature.digitalStamp.signer` … */
  path: string;
  description: string | undefined;
}

/**
 * Every property of the schema with its path, through arrays, `anyOf` (nullable) and `$ref` (the
 * item tree refers to itself: each definition is walked once).
 */
function propertiesOf(root: JsonSchema): Property[] {
  const out: Property[] = [];
  const walked = new Set<JsonSchema>();
  const resolve = (s: JsonSchema): JsonSchema => (s.$ref === '#' ? root : s.$ref ? root.$defs![s.$ref.split('/').pop()!]! : s);
  const walk = (node: JsonSchema, path: string) => {
    const s = resolve(node);
    if (walked.has(s)) return;
    if (s.properties) walked.add(s);
    for (const branch of s.anyOf ?? []) walk(branch, path);
    if (s.items) walk(s.items, `${path}[]`);
    for (const [key, value] of Object.entries(s.properties ?? {})) {
      const p = path ? `${path}.${key}` : key;
      out.push({ path: p, description: value.description ?? resolve(value).description });
      walk(value, p);
    }
  };
  walk(root, '');
  return out;
}

function printedSchema(): JsonSchema {
  const r = spawnSync(process.execPath, [BIN, 'schema'], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as JsonSchema;
}

describe('the schema that `notice-parse schema` prints', () => {
  const schema = printedSchema();
  const properties = propertiesOf(schema);

  it('is walked whole: the fields of every part, the item tree included', () => {
    const paths = properties.map((p) => p.path);
    for (const path of ['schemaVersion', 'items[].id', 'items[].children', 'signature.digitalStamp.timestamp', 'directives[].deadlines[].kind', 'diagnostics[].offset', 'preambleSpan.start.offset']) {
      expect(paths).toContain(path);
    }
    expect(paths.length).toBeGreaterThan(120);
  });

  it('describes every property', () => {
    const missing = properties.filter((p) => typeof p.description !== 'string' || p.description.trim().length < 10);
    expect(missing.map((p) => p.path)).toEqual([]);
  });

  it('(the walk finds a property without a description in a made-up schema)', () => {
    const made: JsonSchema = {
      properties: {
        a: { description: 'a described field' },
        list: { description: 'a list', items: { $ref: '#/$defs/x' } },
      },
      $defs: { x: { properties: { b: {}, c: { description: 'described too' } } } },
    };
    expect(propertiesOf(made).filter((p) => !p.description).map((p) => p.path)).toEqual(['list[].b']);
  });

  it('says what offsets count', () => {
    const offset = properties.find((p) => p.path === 'items[].span.start.offset')!.description!;
    expect(offset).toMatch(/UTF-16 code units/);
    expect(offset).toMatch(/byte-order mark/);
  });
});

describe('docs/output.md', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'output.md'), 'utf8');
  const properties = propertiesOf(printedSchema());
  // The table names each field once; a span's own fields (start, end, line …) are described once,
  // under the first span.
  const table = new Map([...doc.matchAll(/^\| `([^`]+)` \| [^|]*(?:\\\|[^|]*)* \| (.*) \|$/gm)].map((m) => [m[1]!, m[2]!.replace(/\\\|/g, '|')]));

  it('has a row for every field but the parts of a span, which has its own section', () => {
    const inSpan = /(?:span|Span)\.(start|end)(\.|$)/;
    const missing = properties.filter((p) => !inSpan.test(p.path) && !p.path.includes('children[]') && !table.has(p.path));
    expect(missing.map((p) => p.path)).toEqual([]);
  });

  it('gives each field the description the schema gives it, word for word', () => {
    const differing = properties.filter((p) => table.has(p.path) && table.get(p.path) !== p.description);
    expect(differing.map((p) => `${p.path}: ${table.get(p.path)}`)).toEqual([]);
  });

  it('explains spans: positions, offsets in UTF-16 code units, absent with --no-spans', () => {
    expect(doc).toMatch(/## Spans and offsets/);
    expect(doc).toMatch(/UTF-16 code units/);
    expect(doc).toMatch(/--no-spans/);
  });

  it('is where the README points for the contract, not ../shared', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/docs\/output\.md/);
    expect(readme).not.toMatch(/\.\.\/shared/);
  });
});
