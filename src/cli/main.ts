/**
 * The command line (SPEC §1). Exit codes (src/cli/exit.ts): 0 all parsed; 1 an error-level
 * diagnostic (with --strict, a warning; more warnings than --max-warnings) or a `check` difference;
 * 2 usage or I/O error, or no notices found; 130 interrupted.
 */
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { LEGACY_ENCODINGS } from '../read/legacy/names.js';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { noticeJsonSchema } from '../schema/notice.js';
import { check } from './check.js';
import { COLOUR_MODES } from './colour.js';
import { unknownCommand, unknownHelp } from './commands.js';
import { convert } from './convert.js';
import { DIAGNOSTIC_FORMATS } from './formats.js';
import { EXIT } from './exit.js';
import { LINT_CODES } from './lint-rules.js';
import { lint } from './lint.js';
import { report } from './report-command.js';
import { TASK_FORMATS, tasks } from './tasks.js';
import { STATUSES } from '../tasks/status.js';
import { useGazetteerFiles } from './gazetteer.js';
import { InputTooLarge } from './report.js';
import type { LauncherHooks } from './launcher.js';
import { MAX_NOTICE_BYTES, tooLarge } from '../batch/job.js';

function jobsOption(): Option {
  return new Option('-j, --jobs <n>', 'most threads that parse a batch: the main thread and up to n - 1 workers, one per 2,500 files')
    .argParser((v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 256) throw new InvalidArgumentError('a whole number from 0 to 256');
      return n;
    })
    .default(availableParallelism(), 'cores');
}

function maxWarningsOption(): Option {
  return new Option('--max-warnings <n>', 'more than n warnings fail the run (exit 1), as in eslint').argParser((v) => {
    const n = Number(v);
    if (!/^\d+$/.test(v) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('a whole number, 0 or more');
    return n;
  });
}

/** Options every command that parses notices takes. */
function common(command: Command): Command {
  return command
    .addOption(jobsOption())
    .option('--strict', 'warnings fail too (exit 1)')
    .addOption(maxWarningsOption())
    .option('-q, --quiet', 'hide warnings and progress; errors are still shown')
    .addOption(new Option('--color <when>', 'colour on stderr: auto (a terminal, or FORCE_COLOR), always, never').choices(COLOUR_MODES))
    .option('--no-color', 'no colour, the same as --color=never (a non-empty NO_COLOR too)')
    .addOption(new Option('--diagnostics <format>', 'how diagnostics are printed: text, json (a JSON object a line) or github (Actions annotations)').choices(DIAGNOSTIC_FORMATS).default('text'))
    .option('--files-from <file>', 'read the inputs from FILE, one path a line ("-": standard input)')
    .option('-0, --null', 'with --files-from: the paths are separated by NUL (find -print0)')
    .option('--stdin-filepath <name>', 'the name of standard input, in source.name and in diagnostics')
    .option('--gazetteer <file>', 'add or replace agencies from a YAML or JSON bodies file (repeatable)', collect, [])
    .addOption(new Option('--encoding <name>', 'read every input in this encoding instead of detecting one: utf-8, tcvn3, vni, viscii, windows-1258').choices(INPUT_ENCODING_NAMES))
    .option('--debug', 'show a stack trace on an internal error');
}

const COMMANDS = ['check', 'tasks', 'report', 'lint', 'schema', 'help'];

/** What --encoding may force: UTF-8 (no detection of an old encoding), or one of the old ones. */
const INPUT_ENCODING_NAMES = ['utf-8', ...LEGACY_ENCODINGS];

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_NOTICE_BYTES) throw new InputTooLarge(tooLarge(size, true));
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function main(argv: string[], launcher: LauncherHooks = {}): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = common(
    new Command()
      .name('notice-parse')
      .description('Turn Vietnamese party-committee notices (THÔNG BÁO …) into validated JSON.')
      .version(packageVersion(), '-V, --version', 'print the version')
      .argument('[inputs...]', 'notice files (.txt, .md) and folders; "-" (or nothing, with piped input) is standard input')
      .addOption(new Option('--out <dir>', 'write one .json per input under DIR, at the same relative path').conflicts('ndjson'))
      .option('--ndjson', 'one compact JSON line per notice on stdout, in input order')
      .option('--no-spans', 'leave the spans (where each part stands in the input) out of the JSON'),
  )
    .helpCommand('help [command]', 'show the help of a command')
    .addHelpText(
      'after',
      `
Examples:
  notice-parse notice.txt                          one notice → JSON on stdout
  cat notice.txt | notice-parse                    read standard input
  notice-parse archive/ --out json/ --jobs 4       a folder → one .json per notice
  notice-parse a.txt b.md --ndjson > all.ndjson    one JSON line per notice
  find archive -name '*.txt' | notice-parse --files-from - --out json/
  notice-parse check fixtures/                     compare with the expected X.json files
  notice-parse check fixtures/ --update            rewrite the expected files
  notice-parse tasks archive/ --format md          who must do what, by when
  notice-parse report archive/ -o report.html      the same as a page: by body, by month, searchable
  notice-parse lint draft.txt                      what each directive leaves unclear (6 rõ)
  notice-parse schema > notice.schema.json         the JSON Schema of the output
  notice-parse notes/ --out json/ --gazetteer my-province.yaml   with agencies of your own

Exit codes: 0 parsed, 1 an error (or a warning with --strict, or more than --max-warnings) or a check
difference, 2 usage or I/O error or no notices found, 130 interrupted (Ctrl-C).`,
    )
    // Options after a command name belong to that command (`tasks DIR -q`).
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .action(async (inputs: string[], options) => {
      const unknown = unknownCommand(inputs[0], COMMANDS);
      if (unknown) {
        process.stderr.write(`notice-parse: ${unknown}\n`);
        exitCode = EXIT.usage;
        return;
      }
      exitCode = (await useGazetteerFiles(options.gazetteer)) ? await convert(inputs, options, readStdin, launcher) : EXIT.usage;
    });

  common(
    program
      .command('check')
      .description('parse each X.txt / X.md that has an X.json beside it and compare; exit 1 on a difference')
      .argument('[inputs...]', 'folders and files (default: the current folder)')
      .option('--update', 'rewrite the expected X.json files (and create missing ones)')
      .addHelpText('after', '\nExample:\n  notice-parse check fixtures/ --update'),
  ).action(async (inputs: string[], options) => {
    exitCode = (await useGazetteerFiles(options.gazetteer)) ? await check(inputs, options, readStdin) : EXIT.usage;
  });

  common(
    program
      .command('tasks')
      .description('the directives of the given notices as a register: a row per (directive, lead body, deadline), with its status')
      .argument('[inputs...]', 'folders and files; "-" (or nothing, with piped input) is standard input')
      .addOption(new Option('--format <format>', 'output format').choices([...TASK_FORMATS]).default('csv'))
      .option('--agency <bodies>', 'only rows this body leads or supports: an id (so-y-te), a name or alias ("UBND tỉnh"), or without diacritics ("so y te"); comma-separated, repeatable', collect, [])
      .option('--due-before <date>', 'only rows due before this date (2022-01-31), month (2022-01: before its first day) or year')
      .option('--due-after <date>', 'only rows due after this date, month (2022-03: after its last day) or year')
      .option('--status <list>', `only rows of these statuses, comma-separated: ${STATUSES.join(', ')}`, collect, [])
      .option('--today <date>', 'the day statuses are reckoned from, YYYY-MM-DD (default: today)')
      .option('--include-decisions', 'keep the decisions (approvals that tell no one to act), left out by default')
      .option('--sep <sep>', "csv: the separator, ';' (the default: Excel with Vietnamese regional settings), ',' or tab")
      .option('--lang <lang>', 'headers and status words: vi (the default) or en')
      .option('--out <file>', 'write the table to FILE instead of standard output (xlsx: a workbook; ics: a calendar)')
      .addHelpText('after', '\nExamples:\n  notice-parse tasks archive/ --agency so-y-te --status overdue,due-7-days > so-y-te.csv\n  notice-parse tasks archive/ --format xlsx --out tasks.xlsx\n  notice-parse tasks archive/ --format ics --out deadlines.ics\n  notice-parse tasks archive/ --agency "Sở Y tế" --due-before 2022-01-01 --format md --lang en'),
  ).action(async (inputs: string[], options) => {
    exitCode = (await useGazetteerFiles(options.gazetteer)) ? await tasks(inputs, options, readStdin) : EXIT.usage;
  });

  common(
    program
      .command('report')
      .description('the tasks register of the given notices as one self-contained HTML page: by lead body, due days by month, a search box and a status filter, each row linking to its item')
      .argument('[inputs...]', 'folders and files; "-" (or nothing, with piped input) is standard input')
      .option('-o, --out <file>', 'write the page to FILE (standard output when redirected)')
      .option('--today <date>', 'the day statuses are reckoned from, YYYY-MM-DD (default: today)')
      .option('--lang <lang>', 'the words of the page: vi (the default) or en')
      .option('--include-decisions', 'keep the decisions (approvals that tell no one to act), left out by default')
      .addHelpText('after', '\nExamples:\n  notice-parse report archive/ -o report.html\n  notice-parse report archive/ --today 2022-01-10 --lang en --out report-en.html'),
  ).action(async (inputs: string[], options) => {
    exitCode = (await useGazetteerFiles(options.gazetteer)) ? await report(inputs, options, readStdin) : EXIT.usage;
  });

  common(
    program
      .command('lint')
      .description('the six-clear check: what each directive leaves unclear (no lead, only a class of bodies, no date, no product, no reporting); exit 1 on an error')
      .argument('[inputs...]', 'folders and files; "-" (or nothing, with piped input) is standard input')
      .option('--rules <rules>', `code=error|warning|off, comma-separated, repeatable (codes: ${LINT_CODES.join(', ')}; each an error by default)`, collect, [])
      .addHelpText('after', '\nExamples:\n  notice-parse lint draft.txt\n  notice-parse lint archive/ --rules no-product=warning,no-report=off --max-warnings 10'),
  ).action(async (inputs: string[], options) => {
    exitCode = (await useGazetteerFiles(options.gazetteer)) ? await lint(inputs, options, readStdin) : EXIT.usage;
  });

  program
    .command('schema')
    .description('print the JSON Schema of the output (generated from the zod schema)')
    .addHelpText('after', '\nExample:\n  notice-parse schema > notice.schema.json')
    .action(() => {
      process.stdout.write(`${JSON.stringify(noticeJsonSchema(), null, 2)}\n`);
    });

  const badHelp = unknownHelp(argv, COMMANDS);
  if (badHelp) {
    process.stderr.write(`notice-parse: ${badHelp}\n`);
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw e;
  }
  return exitCode;
}

/** Set by the bundler (scripts/bundle.mjs); undefined when running the compiled modules. */
declare const __NOTICE_PARSE_VERSION__: string | undefined;

function packageVersion(): string {
  if (typeof __NOTICE_PARSE_VERSION__ === 'string') return __NOTICE_PARSE_VERSION__;
  try {
    // dist/src/cli/main.js → the package root.
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}
