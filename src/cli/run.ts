/** The process entry: run the CLI, and turn anything unexpected into a one-line error, exit 2. */
import { main } from './main.js';

// `notice-parse … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const debug = process.argv.includes('--debug');
    process.stderr.write(`notice-parse: internal error: ${e instanceof Error ? (debug ? e.stack : e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
