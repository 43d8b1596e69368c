/**
 * `notice-parse check`: each X.txt / X.md with an X.json beside it is parsed and compared with
 * the expected JSON; differences are shown per JSON path. `--update` rewrites the expected files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { writeAtomic } from '../batch/atomic.js';
import { problemOf } from '../batch/job.js';
import { processInputs } from '../batch/run.js';
import { collectInputs, type Input } from '../batch/walk.js';
import { EXIT } from './exit.js';
import type { Colour } from './diagnostics.js';
import { colourFor, ioError, type CommonOptions } from './report.js';

export interface CheckOptions extends CommonOptions {
  update?: boolean;
  /** Differences shown per file before `… and N more`. */
  limit?: number;
}

export interface Difference {
  path: string;
  expected: unknown;
  actual: unknown;
}

export async function check(args: string[], options: CheckOptions): Promise<number> {
  const colour = await colourFor(options);
  const { inputs, problems } = collectInputs(args.length > 0 ? args : ['.']);
  for (const p of problems) ioError(p.path, p.message, colour);
  let differing = 0;
  let missing = 0;
  let passed = 0;
  let unreadable = problems.length;
  await processInputs(inputs, { jobs: options.jobs ?? 1, pretty: true, nameOf: (i) => basename(i.path) }, (o) => {
    const expectedPath = expectedOf(o.input);
    const problem = problemOf(o.result);
    if (problem !== null || o.result.json === null) {
      ioError(o.input.path, problem ?? 'no output', colour);
      unreadable++;
      return;
    }
    if (!existsSync(expectedPath)) {
      if (options.update) {
        writeAtomic(expectedPath, o.result.json);
        process.stderr.write(`${o.input.path}: created ${expectedPath}\n`);
      } else {
        process.stderr.write(`${o.input.path}: ${colour.error('missing')} expected file ${expectedPath}\n`);
        missing++;
      }
      return;
    }
    let expected: unknown;
    try {
      expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
    } catch (e) {
      process.stderr.write(`${expectedPath}: ${colour.error('error')} not valid JSON: ${(e as Error).message}\n`);
      differing++;
      return;
    }
    const diffs = diff(expected, JSON.parse(o.result.json));
    if (diffs.length === 0) {
      passed++;
      return;
    }
    if (options.update) {
      writeAtomic(expectedPath, o.result.json);
      process.stderr.write(`${o.input.path}: updated ${expectedPath} (${diffs.length} differences)\n`);
      return;
    }
    differing++;
    process.stderr.write(`${formatDifferences(o.input.path, diffs, colour, options.limit ?? 20)}\n`);
  });
  const total = inputs.length;
  process.stderr.write(`notice-parse check: ${total} notices, ${passed} match, ${differing} differ, ${missing} without expected JSON, ${unreadable} unreadable\n`);
  if (unreadable > 0) return EXIT.usage;
  return differing > 0 || missing > 0 ? EXIT.failed : EXIT.ok;
}

function expectedOf(input: Input): string {
  return input.path.replace(/\.(?:txt|md)$/i, '.json');
}

/** Differences between two JSON values, by path: `items[2].children[0].text`. */
export function diff(expected: unknown, actual: unknown, path = ''): Difference[] {
  if (Object.is(expected, actual)) return [];
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const out: Difference[] = [];
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
      const p = `${path}[${i}]`;
      if (i >= expected.length) out.push({ path: p, expected: undefined, actual: actual[i] });
      else if (i >= actual.length) out.push({ path: p, expected: expected[i], actual: undefined });
      else out.push(...diff(expected[i], actual[i], p));
    }
    return out;
  }
  if (isObject(expected) && isObject(actual)) {
    const out: Difference[] = [];
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
    for (const key of keys) {
      const p = path ? `${path}.${key}` : key;
      if (!(key in expected)) out.push({ path: p, expected: undefined, actual: actual[key] });
      else if (!(key in actual)) out.push({ path: p, expected: expected[key], actual: undefined });
      else out.push(...diff(expected[key], actual[key], p));
    }
    return out;
  }
  return [{ path: path || '(root)', expected, actual }];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function formatDifferences(file: string, diffs: Difference[], colour: Colour, limit: number): string {
  const lines = [`${file}: ${diffs.length} difference${diffs.length === 1 ? '' : 's'}`];
  for (const d of diffs.slice(0, limit)) {
    const expected = d.expected === undefined ? '(absent)' : show(d.expected);
    const actual = d.actual === undefined ? '(absent)' : show(d.actual);
    lines.push(`  ${d.path}: expected ${colour.removed(expected)} got ${colour.added(actual)}`);
  }
  if (diffs.length > limit) lines.push(`  … and ${diffs.length - limit} more`);
  return lines.join('\n');
}

function show(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}
