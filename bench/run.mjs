#!/usr/bin/env node
// npm run bench: measures notice-parse side by side with baselines, as medians of several runs,
// and writes bench/RESULTS.md. Not a test: figures depend on the machine.
//
//   cold start       notice-parse one-sample.txt  vs  node -e ""
//   throughput       notice-parse DIR --ndjson --jobs 1  vs  a script that reads, NFC-normalises,
//                    splits lines and JSON-stringifies the same files
//   parallel         --jobs 2 vs --jobs 1
//   memory           peak RSS of a 20,000-notice batch with --out
import { spawnSync } from 'node:child_process';
import { cpus, tmpdir, totalmem } from 'node:os';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'notice-parse');
const FIXTURES = join(ROOT, 'fixtures');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BIG = Number(process.env.BENCH_BIG ?? 20000);

/** A deterministic PRNG, so that every run of the bench parses the same archive. */
function prng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** An archive of `count` notices in 20 folders, made from the fixtures with dates and numbers varied. */
function makeArchive(count) {
  const dir = mkdtempSync(join(tmpdir(), 'np-bench-'));
  const samples = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(FIXTURES, f), 'utf8'));
  const rand = prng(42);
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `f${String(i % 20).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    const text = samples[i % samples.length]
      .replace(/\b(\d{1,2})\/(\d{1,2})\/(20\d\d)\b/g, () => `${1 + Math.floor(rand() * 28)}/${1 + Math.floor(rand() * 12)}/${2016 + Math.floor(rand() * 10)}`)
      .replace(/\b(\d{2,4})\/(QĐ|NQ|KH|CT)-/g, (_m, _n, code) => `${1 + Math.floor(rand() * 3000)}/${code}-`);
    writeFileSync(join(folder, `${i}.${i % 7 === 0 ? 'md' : 'txt'}`), text);
  }
  return dir;
}

function sizeOf(dir) {
  let bytes = 0;
  let files = 0;
  for (const d of readdirSync(dir)) for (const f of readdirSync(join(dir, d))) {
    bytes += statSync(join(dir, d, f)).size;
    files++;
  }
  return { bytes, files };
}

function time(cmd, args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e9;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Run the commands interleaved, RUNS times each, and return their medians in seconds. */
function sideBySide(commands, runs = RUNS) {
  const times = commands.map(() => []);
  for (let r = 0; r < runs; r++) commands.forEach(([cmd, args], k) => times[k].push(time(cmd, args)));
  return times.map(median);
}

const BASELINE = `
const fs = require('fs'), path = require('path');
let out = 0;
for (const d of fs.readdirSync(process.argv[1])) for (const f of fs.readdirSync(path.join(process.argv[1], d))) {
  const text = fs.readFileSync(path.join(process.argv[1], d, f), 'utf8').normalize('NFC');
  out += JSON.stringify(text.split('\\n')).length;
}
process.stdout.write(String(out));
`;

function peakRss(args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, BIN, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const kb = Number(r.stderr.trim().split('\n').pop());
  return kb / 1024;
}

const sample = join(FIXTURES, '000_b3db3eb0fe8e6948.txt');
console.error('cold start …');
// Start-up is short and noisy: four times the runs (it costs little).
const [node, cold] = sideBySide([[process.execPath, ['-e', '']], [process.execPath, [BIN, sample]]], RUNS * 4);

console.error('building a 2,000-notice archive …');
const archive = makeArchive(2000);
const { bytes, files } = sizeOf(archive);
console.error('throughput …');
const [baseline, jobs1, jobs2] = sideBySide([
  [process.execPath, ['-e', BASELINE, archive]],
  [process.execPath, [BIN, archive, '--ndjson', '--jobs', '1', '--quiet']],
  [process.execPath, [BIN, archive, '--ndjson', '--jobs', '2', '--quiet']],
]);

console.error(`peak memory of a ${BIG}-notice batch …`);
const big = makeArchive(BIG);
const out = mkdtempSync(join(tmpdir(), 'np-bench-out-'));
const rss = peakRss([big, '--out', out, '--quiet']);
// A second thread repays its warm-up only on a long batch: the same comparison on the big archive
// (one run each: it takes tens of seconds).
console.error(`--jobs 2 vs --jobs 1 on ${BIG} notices …`);
const bigJobs1 = time(process.execPath, [BIN, big, '--ndjson', '--jobs', '1', '--quiet']);
const bigJobs2 = time(process.execPath, [BIN, big, '--ndjson', '--jobs', '2', '--quiet']);
rmSync(big, { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });
rmSync(archive, { recursive: true, force: true });

const mb = bytes / 1e6;
const rows = [
  ['cold start: `notice-parse one.txt`', `${(cold * 1000).toFixed(0)} ms`, `node -e "": ${(node * 1000).toFixed(0)} ms`, `${(cold / node).toFixed(2)} ×`, '≤ 2.0 ×'],
  ['throughput `--jobs 1`', `${(mb / jobs1).toFixed(2)} MB/s, ${(files / jobs1).toFixed(0)} notices/s`, `read+NFC+split+stringify: ${(mb / baseline).toFixed(1)} MB/s`, `${(jobs1 / baseline).toFixed(1)} × slower`, '≤ 8 ×'],
  ['`--jobs 2` vs `--jobs 1`', `${(mb / jobs2).toFixed(2)} MB/s (${jobs2.toFixed(2)} s)`, `${jobs1.toFixed(2)} s`, `${(jobs1 / jobs2).toFixed(2)} × faster`, '≥ 1.3 ×'],
  [`\`--jobs 2\` vs \`--jobs 1\`, ${BIG.toLocaleString('en')} notices (1 run)`, `${bigJobs2.toFixed(2)} s`, `${bigJobs1.toFixed(2)} s`, `${(bigJobs1 / bigJobs2).toFixed(2)} × faster`, ''],
  [`peak RSS, ${BIG.toLocaleString('en')} notices with --out`, `${rss.toFixed(0)} MB`, '', '', '≤ 250 MB'],
];
const report = `# Benchmark results

Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version};
${new Date().toISOString().slice(0, 10)}. Medians of ${RUNS} runs (${RUNS * 4} for start-up), measured side by side (interleaved).
Archive: ${files.toLocaleString('en')} notices (${mb.toFixed(1)} MB) made from the fixtures, dates and numbers varied.
Command: \`npm run bench\` (\`BENCH_RUNS\`, \`BENCH_BIG\` change the run count and the big batch).

| measure | notice-parse | baseline | ratio | target |
|---|---|---|---|---|
${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}
`;
writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), report);
process.stdout.write(report);
