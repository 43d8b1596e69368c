/**
 * The process entry (bundled as dist/bundle/cli.cjs): run the CLI, and turn anything unexpected
 * into a one-line error, exit 2. The launcher (bin/notice-parse) passes its hooks.
 */
import { main } from './main.js';
import { parseNotice } from '../index.js';
import type { LauncherHooks } from './launcher.js';

export function run(launcher: LauncherHooks = {}): void {
  // `notice-parse … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });

  main(process.argv.slice(2), launcher).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      const debug = process.argv.includes('--debug');
      process.stderr.write(`notice-parse: internal error: ${e instanceof Error ? (debug ? e.stack : e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

/**
 * Parse and serialise some notices, so that the functions a real run needs are compiled before
 * the build takes the code cache (see bin/load-bundle.cjs).
 */
export function warmUp(notices: Uint8Array[]): void {
  for (const bytes of notices) {
    JSON.stringify(parseNotice(bytes, { name: 'warm-up' }), null, 2);
  }
}
