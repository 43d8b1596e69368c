/**
 * Atomic writes: a temporary file in the same folder, then a rename, so a crash or Ctrl-C never
 * leaves a half-written JSON where a reader expects a whole one. A process killed outright can
 * leave its temporary file behind: the next batch that writes into that folder removes it.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;
const swept = new Set<string>();
// `.NAME.PID-INSTANCE.N.tmp`: worker threads write too, each with its own counter, so each
// thread's copy of this module names itself (a thread id would load worker_threads for it).
const INSTANCE = Math.random().toString(36).slice(2, 10) || '0';
const TEMP = /^\..+\.(\d+)-[0-9a-z]+\.\d+\.tmp$/;

export function writeAtomic(path: string, data: string | Uint8Array): void {
  const temp = tempFor(path);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/**
 * The same, with the file system's work done off the thread: a batch worker goes on parsing the
 * next notice meanwhile (creating a file costs about a millisecond of system time here).
 */
export async function writeAtomicAsync(path: string, data: string | Uint8Array): Promise<void> {
  // Loaded on first use: a single-file run never needs it.
  const { rename, rm, writeFile } = await import('node:fs/promises');
  const temp = tempFor(path);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

/** A fresh temporary name beside `path`; its folder is made, and swept once per process. */
function tempFor(path: string): string {
  const dir = dirname(path);
  if (!swept.has(dir)) {
    mkdirSync(dir, { recursive: true });
    sweep(dir);
  }
  return join(dir, `.${basename(path)}.${process.pid}-${INSTANCE}.${counter++}.tmp`);
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
