/** Ctrl-C during a batch (issue 16, point 7): the files in progress are finished, the summary printed, exit 130. */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFile } from './helpers.js';
import { start, tempDir } from './cli-run.js';

/** A folder of `n` copies of a notice: enough that a batch is still running when it is signalled. */
function many(n: number): string {
  const dir = tempDir('np-interrupt-');
  mkdirSync(join(dir, 'in'));
  for (let i = 0; i < n; i++) copyFileSync(fixtureFile('000'), join(dir, 'in', `n${i}.txt`));
  return dir;
}

/** Signal the command once it is under way (`ready`), and wait for its end. */
async function interrupted(args: string[], cwd: string, signal: NodeJS.Signals, ready: (cwd: string) => boolean) {
  const run = start(args, { cwd, env: { NOTICE_PARSE_PER_THREAD: '200' } });
  const began = Date.now();
  while (!ready(cwd) && Date.now() - began < 20_000) await new Promise((r) => setTimeout(r, 20));
  run.child.kill(signal);
  return run.done;
}

const wrote = (cwd: string) => {
  try {
    return readdirSync(join(cwd, 'o')).filter((f) => f.endsWith('.json')).length >= 20;
  } catch {
    return false;
  }
};

/** Ready `ms` after the first call: check and tasks write nothing to watch while they parse. */
function after(ms: number): () => boolean {
  let since: number | undefined;
  return () => Date.now() - (since ??= Date.now()) >= ms;
}

describe('SIGINT or SIGTERM during a batch', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal}: stops handing out files, leaves no temporary file, prints the summary so far, exit 130`, async () => {
      const dir = many(3000);
      const r = await interrupted(['in', '--out', 'o', '--jobs', '3'], dir, signal, wrote);
      expect(r.code).toBe(130);
      const summary = /^notice-parse: interrupted after (\d+) of 3000 files: (\d+) notices/m.exec(r.stderr);
      expect(summary, r.stderr).not.toBeNull();
      const written = readdirSync(join(dir, 'o'));
      expect(written.filter((f) => f.endsWith('.tmp'))).toEqual([]);
      // Every file counted was written whole; nothing more was.
      expect(written).toHaveLength(Number(summary![1]));
      expect(Number(summary![1])).toBeLessThan(3000);
    });
  }

  it('check: the summary so far, exit 130', async () => {
    const dir = many(3000);
    const r = await interrupted(['check', 'in', '--jobs', '1'], dir, 'SIGINT', after(1000));
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/^notice-parse check: interrupted after \d+ of 3000 notices, /m);
  });

  it('tasks: no table, exit 130', async () => {
    const dir = many(3000);
    const r = await interrupted(['tasks', 'in', '--jobs', '1', '--quiet'], dir, 'SIGINT', after(1000));
    expect(r.code).toBe(130);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^notice-parse tasks: interrupted after \d+ of 3000 notices: no table printed$/m);
  });
});
