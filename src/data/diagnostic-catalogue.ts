/**
 * The catalogue of diagnostic codes, data/diagnostics.yaml: its schema and how it is read. Used at
 * build time only (scripts/gen-diagnostics.mjs writes src/core/diagnostic-codes.gen.ts from it)
 * and by the tests; the parser and the CLI import the generated codes, not this module.
 */
import * as z from 'zod/mini';
import { readDataFile, type DataResult, type YamlModule } from './data-file.js';

const Code = z.string('a code').check(z.regex(/^[a-z]+(-[a-z]+)*$/, 'a code is lower-case words joined by "-"'));
const OneLine = z.string('one line of text').check(
  z.minLength(1, 'one line of text'),
  z.refine((s) => !s.includes('\n'), 'one line'),
);

export const DiagnosticEntrySchema = z
  .strictObject({
    code: Code,
    severity: z.enum(['error', 'warning', 'info'], 'error, warning or info'),
    /** `notice`: in a parsed notice's diagnostics; `cli`: printed by the command line only. */
    from: z.enum(['notice', 'cli'], 'notice or cli'),
    description: OneLine,
    example: z.nullable(z.string('a text, or null').check(z.minLength(1))),
    /** How the example becomes bytes: UTF-8, or one byte a character (input that is not UTF-8). */
    bytes: z.optional(z.enum(['utf-8', 'latin1'], 'utf-8 or latin1')),
    why: z.optional(OneLine),
  }, 'an entry: code, severity, from, description, example, and bytes or why if needed (no other key)')
  .check(
    z.superRefine((entry, ctx) => {
      if (entry.example === null && entry.why === undefined) {
        ctx.addIssue({ code: 'custom', path: ['why'], message: 'an entry without an example says why', input: entry });
      }
      if (entry.example !== null && entry.why !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['why'], message: 'an entry with an example needs no `why`', input: entry });
      }
      if (entry.bytes === 'latin1' && entry.example !== null && /[^\x00-\xff]/.test(entry.example)) {
        ctx.addIssue({ code: 'custom', path: ['example'], message: 'a latin1 example holds characters U+0000-U+00FF only', input: entry });
      }
    }),
  );

export const DiagnosticCatalogueSchema = z.array(DiagnosticEntrySchema, 'a list of entries').check(
  z.minLength(1, 'a list of entries'),
  z.superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((entry, k) => {
      if (seen.has(entry.code)) ctx.addIssue({ code: 'custom', path: [k, 'code'], message: `"${entry.code}" is listed twice`, input: entry.code });
      seen.add(entry.code);
    });
  }),
);

export type DiagnosticEntry = z.infer<typeof DiagnosticEntrySchema>;

/** Read the catalogue's text (`file` names it in problems: `file:line:col message`). */
export function readDiagnosticCatalogue(yaml: YamlModule, text: string, file: string): DataResult<DiagnosticEntry[]> {
  return readDataFile(yaml, text, file, DiagnosticCatalogueSchema);
}

/** An entry's example as the bytes a file holding it would have. */
export function exampleBytes(entry: DiagnosticEntry): Uint8Array | null {
  if (entry.example === null) return null;
  return Buffer.from(entry.example, entry.bytes === 'latin1' ? 'latin1' : 'utf8');
}
