// Converts every bundled notice (fixtures, which are the shared samples; test variants; the corpus
// of real documents in tests/corpus) into DIR: one .json per input, the diagnostics in
// diagnostics.txt and the tasks table in tasks.txt.
// Used to check that a change which must not change output does not: snapshot before, snapshot after,
// `diff -r before after`. Usage: node scripts/snapshot.mjs DIR
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/snapshot.mjs DIR');
  process.exit(2);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// The corpus's documents, not its README and SOURCES (the walker takes any .md).
const inputs = ['fixtures', 'tests/variants', 'tests/corpus/commune-notices', 'tests/corpus/commune-documents', 'tests/corpus/other-issuers'];
const bin = join(root, 'bin/notice-parse');
const run = (args) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
const batch = run([...inputs, '--out', join(out, 'json'), '--jobs', '1']);
// The summary's time and speed change from run to run.
const diagnostics = batch.stderr.replace(/, [\d.]+ s, [\d.]+ MB\/s/g, '');
writeFileSync(join(out, 'diagnostics.txt'), diagnostics);
const tasks = run(['tasks', ...inputs]);
writeFileSync(join(out, 'tasks.txt'), tasks.stdout + tasks.stderr);
console.log(`${out}: ${inputs.join(', ')} (exit ${batch.status}, tasks exit ${tasks.status})`);
