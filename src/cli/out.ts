/**
 * `--out DIR`: checked once before any notice is parsed (a file of that name, a folder that cannot
 * be made, a folder inside the inputs), and where each input's .json goes in it.
 */
import { mkdirSync, statSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import { ioMessage, type Input } from '../batch/walk.js';

/** Make the output folder; a message (exit 2) when it cannot be used. */
export function prepareOut(out: string, args: string[]): string | null {
  const outDir = resolve(out);
  const inside = refuseOut(outDir, args);
  if (inside) return inside;
  const stat = statOf(outDir);
  if (stat && !stat.isDirectory()) return `--out ${out} is a file, not a folder: give a folder (it is made if missing)`;
  if (stat) return null;
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (e) {
    return `--out ${out}: cannot make the folder: ${ioMessage(e)}`;
  }
  return null;
}

function statOf(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * `--out` must not be an input folder or lie inside one: its .json files would mix with (and could
 * overwrite) the files the input tree already has, such as the expected files of a corpus.
 */
function refuseOut(outDir: string, args: string[]): string | null {
  for (const arg of args) {
    if (arg === '-' || !statOf(arg)?.isDirectory()) continue;
    const root = resolve(arg);
    if (outDir === root || outDir.startsWith(root + sep)) {
      return `--out ${outDir} is inside the input folder ${arg}: choose a folder outside the inputs`;
    }
  }
  return null;
}

/** Each input whose output path an earlier input already has, with that earlier input. */
export function outputClashes(out: string, inputs: Input[]): Map<Input, Input> {
  const owner = new Map<string, Input>();
  const clashes = new Map<Input, Input>();
  for (const input of inputs) {
    const path = outPath(out, input);
    const first = owner.get(path);
    if (first) clashes.set(input, first);
    else owner.set(path, input);
  }
  return clashes;
}

/** Where an input's JSON goes: always inside `out`, whatever its relative path says. */
export function outPath(out: string, input: Input): string {
  const outDir = resolve(out);
  const path = resolve(outDir, input.rel.replace(/\.(?:txt|md|docx|doc)$/i, '') + '.json');
  if (!path.startsWith(outDir + sep)) return join(outDir, basename(path));
  return path;
}
