/**
 * The colours of a terminal. Loaded only when stderr is one: chalk looks at the terminal when it
 * loads (loading node:tty and node:net, 2–3 ms), which a run that prints no colour never needs.
 */
import { chalkStderr as c } from 'chalk';
import type { Colour } from './diagnostics.js';

export function palette(): Colour {
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
