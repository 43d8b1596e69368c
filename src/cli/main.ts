/**
 * The command line (SPEC §1): `notice-parse FILE|-`, `--ndjson` for many files, `schema`.
 * Diagnostics go to stderr as `path:line:column severity code message`; exit codes are 0 (all
 * parsed), 1 (an error-level diagnostic, or a warning with --strict), 2 (usage or I/O error).
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { chalkStderr } from 'chalk';
import { parseNotice, noticeJsonSchema, type Notice } from '../index.js';
import { formatDiagnostic, type Colour } from './diagnostics.js';

interface Options {
  ndjson?: boolean;
  strict?: boolean;
  quiet?: boolean;
  color?: boolean;
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command()
    .name('notice-parse')
    .description('Turn Vietnamese party-committee notices (THÔNG BÁO …) into validated JSON.')
    .version(packageVersion(), '-V, --version')
    .argument('[files...]', 'notice files (.txt, .md); "-" or nothing with piped input reads stdin')
    .option('--ndjson', 'one compact JSON line per notice on stdout')
    .option('--strict', 'warnings fail too (exit 1)')
    .option('-q, --quiet', 'hide warnings; errors are still shown')
    .option('--no-color', 'no colour in diagnostics (NO_COLOR is honoured too)')
    .addHelpText(
      'after',
      `
Examples:
  notice-parse fixtures/000_b3db3eb0fe8e6948.txt       one notice → JSON on stdout
  cat notice.txt | notice-parse                         read standard input
  notice-parse a.txt b.md --ndjson > out.ndjson         one JSON line per notice
  notice-parse schema                                   the output's JSON Schema`,
    )
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .action(async (files: string[], options: Options) => {
      exitCode = await convert(files, options);
    });
  program
    .command('schema')
    .description('print the JSON Schema of the output (generated from the zod schema)')
    .action(() => {
      process.stdout.write(`${JSON.stringify(noticeJsonSchema(), null, 2)}\n`);
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw e;
  }
  return exitCode;
}

async function convert(files: string[], options: Options): Promise<number> {
  const colour = colourFor(options);
  if (files.length === 0) {
    if (process.stdin.isTTY) {
      process.stderr.write('notice-parse: no input: give a file, or "-" for standard input (see --help)\n');
      return EXIT.usage;
    }
    files = ['-'];
  }
  if (files.length > 1 && !options.ndjson) {
    process.stderr.write('notice-parse: several files: use --ndjson (one JSON line per notice)\n');
    return EXIT.usage;
  }
  let code: number = EXIT.ok;
  for (const file of files) {
    const bytes = await readInput(file);
    if (bytes instanceof Error) {
      process.stderr.write(`${file}:1:1 ${colour.error('error')} io ${bytes.message}\n`);
      code = EXIT.usage;
      continue;
    }
    const notice = parseNotice(bytes, { name: file });
    process.stdout.write(options.ndjson ? `${JSON.stringify(notice)}\n` : `${JSON.stringify(notice, null, 2)}\n`);
    report(file, notice, options, colour);
    if (code === EXIT.ok && fails(notice, options)) code = EXIT.failed;
  }
  return code;
}

function fails(notice: Notice, options: Options): boolean {
  return notice.diagnostics.some((d) => d.severity === 'error' || (options.strict === true && d.severity === 'warning'));
}

function report(file: string, notice: Notice, options: Options, colour: Colour): void {
  for (const d of notice.diagnostics) {
    if (d.severity === 'info' || (options.quiet && d.severity === 'warning')) continue;
    process.stderr.write(`${formatDiagnostic(file, d, colour)}\n`);
  }
}

async function readInput(file: string): Promise<Uint8Array | Error> {
  try {
    if (file === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    }
    return readFileSync(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why: Record<string, string> = {
      ENOENT: 'no such file',
      EISDIR: 'is a directory, not a file',
      EACCES: 'permission denied',
    };
    return new Error(why[err.code ?? ''] ?? err.message);
  }
}

function colourFor(options: Options): Colour {
  const enabled = options.color !== false && !('NO_COLOR' in process.env) && process.stderr.isTTY === true;
  const c = chalkStderr;
  if (!enabled) c.level = 0;
  return { error: (s) => c.red.bold(s), warning: (s) => c.yellow(s), info: (s) => c.cyan(s), dim: (s) => c.dim(s) };
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}
