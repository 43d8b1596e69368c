// Bundle the CLI and its worker into one CommonJS file each (dist/bundle/), so that a single-file
// parse loads one script instead of hundreds of modules (chevrotain alone imports hundreds of
// lodash-es files), then make each one's V8 code cache after a warm-up parse (scripts/code-cache.cjs).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * commander requires child_process when it loads, for subcommands that are separate executables
 * (we have none); loading it costs a cold start about 3 ms. The bundle requires it on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager)) throw new Error(`${args.path}: "${eager}" not found; update scripts/bundle.mjs`);
      const lazy = "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };";
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

/**
 * esbuild writes strings ASCII-only but leaves letters in regular expression literals as they are
 * (`/[À-ỹ]/`), and one such letter makes the whole bundle a two-byte string, twice the memory:
 * reading and compiling it took a cold start about 2 ms more than pure ASCII. `\\uXXXX` means the same
 * code unit in a pattern, a string or an identifier, but it would change the raw text of a tagged
 * template, so the build stops if a letter left unescaped is nearer a backtick than a slash.
 * The source map's columns are moved to match.
 */
function asciiOnly(file) {
  const source = readFileSync(file, 'utf8');
  for (const m of source.matchAll(/[^\x00-\x7f]/g)) {
    const before = source.slice(Math.max(0, m.index - 400), m.index);
    if (before.lastIndexOf('`') > before.lastIndexOf('/')) throw new Error(`${file}: "${m[0]}" may stand in a template: escaping it could change its raw text`);
  }
  const lines = source.split('\n');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  map.mappings = map.mappings.split(';').map((segments, i) => shiftColumns(segments, lines[i] ?? '')).join(';');
  writeFileSync(`${file}.map`, JSON.stringify(map));
  writeFileSync(file, source.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One line's mappings with each generated column moved 5 to the right per escaped character before it. */
function shiftColumns(segments, line) {
  if (!/[^\x00-\x7f]/.test(line) || segments === '') return segments;
  const escapedBefore = new Uint32Array(line.length + 1);
  for (let i = 0; i < line.length; i++) escapedBefore[i + 1] = escapedBefore[i] + (line.charCodeAt(i) > 0x7f ? 1 : 0);
  let column = 0;
  let shifted = 0;
  return segments.split(',').map((segment) => {
    const fields = decodeVlq(segment);
    column += fields[0];
    const moved = column + 5 * escapedBefore[Math.min(column, line.length)];
    fields[0] = moved - shifted;
    shifted = moved;
    return fields.map(encodeVlq).join('');
  }).join(',');
}

function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeVlq(n) {
  let value = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    let digit = value & 31;
    value >>>= 5;
    if (value > 0) digit |= 32;
    out += BASE64[digit];
  } while (value > 0);
  return out;
}

await build({
  entryPoints: { cli: 'src/cli/run.ts', worker: 'src/batch/worker.ts' },
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  // The bundles are CommonJS: import.meta.url becomes the bundle's own URL.
  define: { 'import.meta.url': '__bundleUrl', __NOTICE_PARSE_VERSION__: JSON.stringify(version) },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // The bundles run as vm.Scripts (bin/load-bundle.cjs), which have no dynamic import(): a lazy
  // import of a built-in module becomes a require().
  supported: { 'dynamic-import': false },
  // yaml (a user's --gazetteer) is bundled too, though only that option loads it: required from
  // node_modules beside the bundle, a run that read a bad gazetteer and exited at once crashed V8
  // about once in 180 runs (SIGSEGV at exit, Node 20.20); bundled, none in 540. It costs the
  // bundle 160 KB, a cold start about 1-2 % (21 runs each).
  plugins: [lazyChildProcess],
  // Libraries only some runs need stay out of the bundles and are required from node_modules at
  // that moment (they are dependencies, so an install has them): the Word readers (src/read/word/)
  // when a Word file is read (bundled, mammoth's zip and XML readers would make every cold start
  // load and compile about 1 MB more, and their letters would have to be escaped like ours), and
  // write-excel-file for `tasks --format xlsx` alone (src/cli/tasks-xlsx.ts, 100 KB), and cfb,
  // which reads a .doc's list tables (src/read/word/doc-lists.ts, 60 KB).
  external: ['mammoth', 'word-extractor', 'cfb', 'write-excel-file', 'write-excel-file/*'],
  logLevel: 'warning',
});

for (const name of ['cli', 'worker']) asciiOnly(`dist/bundle/${name}.cjs`);

// A worker thread starts from a file: this one loads the worker bundle with its code cache.
writeFileSync(
  'dist/bundle/worker-boot.cjs',
  "'use strict';\nrequire('../../bin/load-bundle.cjs').loadBundle('worker').exports.serve();\n",
);

execFileSync(process.execPath, ['scripts/code-cache.cjs'], { stdio: 'inherit' });
