/**
 * The colours of a terminal. Loaded only when colour is wanted: chalk looks at the terminal when it
 * loads (loading node:tty and node:net, 2–3 ms), which a run that prints no colour never needs.
 */
import { Chalk, chalkStderr } from 'chalk';
import type { Colour } from './diagnostics.js';

/** Colour was decided by the caller (src/cli/colour.ts): at least 16 colours, more if stderr has them. */
export function palette(): Colour {
  const c = new Chalk({ level: Math.max(1, chalkStderr.level) as 1 | 2 | 3 });
  return {
    enabled: true,
    error: (s) => c.red.bold(s),
    warning: (s) => c.yellow(s),
    info: (s) => c.cyan(s),
    dim: (s) => c.dim(s),
    added: (s) => c.green(s),
    removed: (s) => c.red(s),
  };
}
