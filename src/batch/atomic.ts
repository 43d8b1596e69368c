/**
 * Atomic writes: a temporary file in the same folder, then a rename, so a crash or Ctrl-C never
 * leaves a half-written JSON where a reader expects a whole one. A process killed outright can
 * leave its temporary file behind: the next batch that writes into that folder removes it.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;
const swept = new Set<string>();
const TEMP = /^\..+\.(\d+)\.\d+\.tmp$/;

export function writeAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  if (!swept.has(dir)) sweep(dir);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** Remove temporary files of ours whose process is gone. */
function sweep(dir: string): void {
  swept.add(dir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP.exec(name);
    if (m && Number(m[1]) !== process.pid && !alive(Number(m[1]))) rmSync(join(dir, name), { force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
