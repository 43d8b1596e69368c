// Bundle the CLI and its worker into one CommonJS file each (dist/bundle/), so that a single-file
// parse loads one script instead of hundreds of modules (chevrotain alone imports hundreds of
// lodash-es files), then make each one's V8 code cache after a warm-up parse (scripts/code-cache.cjs).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

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
  logLevel: 'warning',
});

// A worker thread starts from a file: this one loads the worker bundle with its code cache.
writeFileSync(
  'dist/bundle/worker-boot.cjs',
  "'use strict';\nrequire('../../bin/load-bundle.cjs').loadBundle('worker').exports.serve();\n",
);

execFileSync(process.execPath, ['scripts/code-cache.cjs'], { stdio: 'inherit' });
