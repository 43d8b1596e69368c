/**
 * A first word that is no file or folder is most likely a mistyped command (`notice-parse chekc
 * fixtures`): say so, with the nearest command, instead of reporting a missing file.
 */
import { existsSync } from 'node:fs';

const WORD = /^[a-z][a-z-]*$/i;

/** The message for `word` when it is an unknown command rather than an input, or null. */
export function unknownCommand(word: string | undefined, commands: readonly string[]): string | null {
  if (word === undefined || !WORD.test(word) || existsSync(word)) return null;
  return notACommand(word, commands);
}

/** `help WORD` for a WORD that is no command: the message, or null. */
export function unknownHelp(argv: readonly string[], commands: readonly string[]): string | null {
  if (argv[0] !== 'help' || argv[1] === undefined || argv[1].startsWith('-') || commands.includes(argv[1])) return null;
  return notACommand(argv[1], commands);
}

function notACommand(word: string, commands: readonly string[]): string {
  const near = nearest(word, commands);
  return near ? `unknown command '${word}' (did you mean '${near}'?)` : `unknown command '${word}', and no file or folder of that name (see --help)`;
}

function nearest(word: string, commands: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of commands) {
    const d = distance(word.toLowerCase(), c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.max(1, Math.floor((best?.length ?? 0) / 3)) ? best : null;
}

/** Edits (insert, delete, replace, swap two neighbours) from a to b: optimal string alignment. */
export function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
