/**
 * `notice-parse check`: each X.txt / X.md with an X.json beside it is parsed and compared with
 * the expected JSON; differences are shown per JSON path. `--update` rewrites the expected files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { writeAtomic } from '../batch/atomic.js';
import { problemOf } from '../batch/job.js';
import { processInputs, type Outcome } from '../batch/run.js';
import type { Input } from '../batch/walk.js';
import { EXIT } from './exit.js';
import type { Colour } from './diagnostics.js';
import { bytesOf, gatherInputs, noNotices, type InputOptions } from './inputs.js';
import { onInterrupt } from './interrupt.js';
import { count } from './summary.js';
import { fails, ioError, outputFor, reportDiagnostics, tooManyWarnings, type CommonOptions, type Output } from './report.js';

export interface CheckOptions extends CommonOptions, InputOptions {
  update?: boolean;
  /** Differences shown per file before `… and N more`. */
  limit?: number;
}

export interface Difference {
  path: string;
  expected: unknown;
  actual: unknown;
}

interface Tally {
  passed: number;
  differing: number;
  missing: number;
  unreadable: number;
  /** Notices whose diagnostics fail (with --strict: a warning too). */
  failing: number;
}

export async function check(args: string[], options: CheckOptions, readStdin: () => Promise<Uint8Array>): Promise<number> {
  const out = await outputFor(options);
  if (args.includes('-') && options.stdinFilepath === undefined) return usage('check -: give --stdin-filepath X.txt, so that standard input is compared with X.json');
  const found = await gatherInputs(args.length > 0 || options.filesFrom !== undefined ? args : ['.'], options, readStdin, false);
  if ('usage' in found) return usage(found.usage);
  for (const p of found.problems) ioError(out, p.path, p.message);
  if (found.inputs.length === 0 && found.problems.length === 0) return usage(noNotices(found));
  const tally: Tally = { passed: 0, differing: 0, missing: 0, unreadable: found.problems.length, failing: 0 };
  const interrupt = onInterrupt();
  let seen = 0;
  try {
    const run = { jobs: options.jobs ?? 1, encoding: options.encoding, pretty: true, nameOf: (i: Input) => basename(i.path), signal: interrupt.signal };
    await processInputs(found.inputs, run, (o) => {
      seen++;
      checkOne(o, options, out, tally);
    });
  } finally {
    interrupt.dispose();
  }
  const { passed, differing, missing, unreadable } = tally;
  const head = interrupt.signal.aborted ? `interrupted after ${seen} of ${count(found.inputs.length, 'notice')}` : count(found.inputs.length, 'notice');
  process.stderr.write(`notice-parse check: ${head}, ${passed} match, ${differing} differ, ${missing} without expected JSON, ${unreadable} unreadable\n`);
  const tooMany = tooManyWarnings(out, options, 'notice-parse check');
  if (interrupt.signal.aborted) return EXIT.interrupted;
  if (unreadable > 0) return EXIT.usage;
  return differing > 0 || missing > 0 || tally.failing > 0 || tooMany ? EXIT.failed : EXIT.ok;
}

function usage(message: string): number {
  process.stderr.write(`notice-parse check: ${message}\n`);
  return EXIT.usage;
}

/**
 * With --strict (or --max-warnings), a notice's diagnostics count as they do when converting it:
 * they are printed, and an error (with --strict, a warning) fails the check.
 */
function judged(options: CheckOptions): boolean {
  return options.strict === true || options.maxWarnings !== undefined;
}

function checkOne(o: Outcome, options: CheckOptions, out: Output, tally: Tally): void {
  const problem = problemOf(o.result);
  if (problem !== null || o.result.json === null) {
    ioError(out, o.input.path, problem ?? 'no output');
    tally.unreadable++;
    return;
  }
  if (judged(options)) {
    reportDiagnostics(out, o.input.path, o.result.diagnostics, bytesOf(o.input));
    if (fails(o.result.diagnostics, options)) tally.failing++;
  }
  compare(o.input, o.result.json, options, out.colour, tally);
}

function compare(input: Input, json: string, options: CheckOptions, colour: Colour, tally: Tally): void {
  const expectedPath = expectedOf(input);
  if (!existsSync(expectedPath)) {
    if (options.update) {
      writeAtomic(expectedPath, json);
      process.stderr.write(`${input.path}: created ${expectedPath}\n`);
    } else {
      process.stderr.write(`${input.path}: ${colour.error('missing')} expected file ${expectedPath}\n`);
      tally.missing++;
    }
    return;
  }
  let expected: unknown;
  try {
    expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
  } catch (e) {
    process.stderr.write(`${expectedPath}: ${colour.error('error')} not valid JSON: ${(e as Error).message}\n`);
    tally.differing++;
    return;
  }
  const diffs = diff(comparable(expected), comparable(JSON.parse(json)));
  if (diffs.length === 0) {
    tally.passed++;
    return;
  }
  if (options.update) {
    writeAtomic(expectedPath, json);
    process.stderr.write(`${input.path}: updated ${expectedPath} (${diffs.length} differences)\n`);
    return;
  }
  tally.differing++;
  process.stderr.write(`${formatDifferences(input.path, diffs, colour, options.limit ?? 20)}\n`);
}

function expectedOf(input: Input): string {
  return input.path.replace(/\.(?:txt|md|docx|doc)$/i, '.json');
}

/**
 * A notice as compared: without `source.name`, which says how the file was named when the
 * expected JSON was made (`corpus/X.txt`, an absolute path, `-`), not what was parsed.
 */
export function comparable(notice: unknown): unknown {
  if (!isObject(notice) || !isObject(notice.source)) return notice;
  const { name: _name, ...source } = notice.source;
  return { ...notice, source };
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
