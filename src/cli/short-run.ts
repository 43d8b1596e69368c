/**
 * A run that parses little is over before V8's optimising compiler could help it. V8 compiles a
 * hot function on a background thread, and a process waits at exit for the compilations still in
 * flight: one 8 KB notice set off about 35 ms of them (the agency trie walk alone took 15), which
 * kept a 120 ms run alive 10–20 ms longer, and the compiler thread took one of the machine's two
 * cores from the parse. For a small input the CLI turns the optimising compiler off; the parse
 * then runs on V8's baseline code.
 *
 * Measured with the built CLI's bundle (10–40 runs each): one notice 124 → 102 ms; 70 KB of
 * notices 157 → 117 ms; 550 KB 287 → 227 ms; at 2.2 MB both took the same. Hence the limit.
 */
import { setFlagsFromString } from 'node:v8';

export const SHORT_RUN_BYTES = 1024 * 1024;

/** Call before parsing, with the size of everything the run will parse. */
export function prepareForShortRun(bytes: number): void {
  if (bytes <= SHORT_RUN_BYTES) setFlagsFromString('--no-opt');
}
