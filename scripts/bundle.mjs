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
  // The bundles are CommonJS: import.meta.url becomes the bundle's own URL.
  define: { 'import.meta.url': '__bundleUrl', __NOTICE_PARSE_VERSION__: JSON.stringify(version) },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // The bundles run as vm.Scripts (bin/load-bundle.cjs), which have no dynamic import(): a lazy
  // import of a built-in module becomes a require().
  supported: { 'dynamic-import': false },
  plugins: [lazyChildProcess],
  logLevel: 'warning',
});

// A worker thread starts from a file: this one loads the worker bundle with its code cache.
writeFileSync(
  'dist/bundle/worker-boot.cjs',
  "'use strict';\nrequire('../../bin/load-bundle.cjs').loadBundle('worker').exports.serve();\n",
);

execFileSync(process.execPath, ['scripts/code-cache.cjs'], { stdio: 'inherit' });
