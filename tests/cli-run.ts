/** Running the built command for the tests/cli-*.test.ts files: a temporary folder, the real binary. */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fixtureFile } from './helpers.js';

export const BIN = join(import.meta.dirname, '..', 'bin', 'notice-parse');

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

/** The environment of a run: no colour variables or CI unless the test sets them. */
export function envOf(env: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const clean: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, CI: undefined, GITHUB_ACTIONS: undefined, ...env };
  for (const [k, v] of Object.entries(clean)) if (v === undefined) delete clean[k];
  return clean as NodeJS.ProcessEnv;
}

export function run(args: string[], options: RunOptions = {}): Ran {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: options.input ?? '', encoding: 'utf8', cwd: options.cwd, env: envOf(options.env) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Start the command without waiting (to signal it); resolves when it ends. */
export function start(args: string[], options: RunOptions = {}) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: envOf(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const done = new Promise<Ran>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, done, stderr: () => stderr };
}

export function tempDir(prefix = 'np-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Files below `root`: a fixture copied (`'000'`) or a text given, by relative path. */
export function tree(root: string, files: Record<string, string | Buffer>): string {
  for (const [rel, content] of Object.entries(files)) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    if (typeof content === 'string' && /^\d{3}$/.test(content)) copyFileSync(fixtureFile(content), path);
    else writeFileSync(path, content);
  }
  return root;
}
