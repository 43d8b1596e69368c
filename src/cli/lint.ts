/**
 * `notice-parse lint FILE…`: the six-clear check (issue 17 point 4) of a draft before signing or an
 * archive: per directive, what it leaves unclear (src/cli/lint-rules.ts), printed on standard
 * output as `file:line:col severity code message` with the directive's text below (or as JSON
 * lines or GitHub annotations with --diagnostics). Every code is an error unless `--rules` says
 * `code=warning` or `code=off`; exit 1 when an error is found, a warning with --strict, or more
 * warnings than --max-warnings.
 */
import { EXIT } from './exit.js';
import { githubLine, jsonLine, type Located } from './formats.js';
import { eachNotice } from './each-notice.js';
import type { InputOptions } from './inputs.js';
import { LINT_CODES, findingsOf, type LintCode } from './lint-rules.js';
import { reportDiagnostics, type CommonOptions } from './report.js';
import { shorten } from '../tasks/rows.js';

export interface LintOptions extends CommonOptions, InputOptions {
  rules?: string[];
}

type Level = 'error' | 'warning' | 'off';
const LEVELS: readonly Level[] = ['error', 'warning', 'off'];
const FRAME_LENGTH = 100;

export async function lint(args: string[], options: LintOptions, readStdin: () => Promise<Uint8Array>): Promise<number> {
  const levels = levelsOf(options.rules ?? []);
  if (typeof levels === 'string') return usage(levels);
  let errors = 0;
  let warnings = 0;
  const walk = await eachNotice(args, options, readStdin, (notice, o, out) => {
    // The parse's own errors (not a notice, not text) are shown; its warnings are not lint's.
    const parseErrors = o.result.diagnostics.filter((d) => d.severity === 'error');
    reportDiagnostics(out, o.input.path, parseErrors, () => null);
    errors += parseErrors.length;
    for (const d of notice.directives) {
      for (const f of findingsOf(d)) {
        const level = levels.get(f.code)!;
        if (level === 'off') continue;
        if (level === 'error') errors++;
        else warnings++;
        if (level === 'warning' && options.quiet) continue;
        const located: Located = { file: o.input.path, severity: level, code: f.code, message: `${d.id}: ${f.message}`, line: d.span?.start.line ?? 1, column: d.span?.start.column ?? 1 };
        process.stdout.write(`${print(located, out.format, d.text)}\n`);
      }
    }
  });
  if ('usage' in walk) return usage(walk.usage);
  const { out, seen } = walk;
  if (walk.interrupted) return usage(`interrupted after ${seen} of ${walk.total} notices`, EXIT.interrupted);
  if (!options.quiet && out.format === 'text' && errors + warnings > 0) {
    process.stderr.write(`notice-parse lint: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} in ${seen} ${seen === 1 ? 'notice' : 'notices'}\n`);
  }
  const tooMany = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooMany) process.stderr.write(`notice-parse lint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
  if (walk.unreadable > 0) return EXIT.usage;
  return errors > 0 || tooMany || (options.strict === true && warnings > 0) ? EXIT.failed : EXIT.ok;
}

function print(d: Located, format: string, text: string): string {
  if (format === 'json') return jsonLine(d);
  if (format === 'github') return githubLine(d);
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}\n  | ${shorten(text, FRAME_LENGTH)}`;
}

/** `--rules no-product=warning,no-report=off` (repeatable) over the default: every code an error. */
export function levelsOf(rules: string[]): Map<LintCode, Level> | string {
  const levels = new Map<LintCode, Level>(LINT_CODES.map((c) => [c, 'error']));
  for (const rule of rules.flatMap((r) => r.split(',')).map((r) => r.trim()).filter((r) => r !== '')) {
    const [code, level, ...rest] = rule.split('=').map((s) => s.trim());
    if (!(LINT_CODES as readonly string[]).includes(code!)) return `--rules: unknown code "${code}" (${LINT_CODES.join(', ')})`;
    if (rest.length > 0 || !(LEVELS as readonly string[]).includes(level ?? '')) return `--rules: "${rule}": give ${code}=error, ${code}=warning or ${code}=off`;
    levels.set(code as LintCode, level as Level);
  }
  return levels;
}

function usage(message: string, code: number = EXIT.usage): number {
  process.stderr.write(`notice-parse lint: ${message}\n`);
  return code;
}
