// Bundle the CLI and its worker into one file each (dist/bundle/), so that a single-file parse
// loads one module instead of hundreds (chevrotain alone imports hundreds of lodash-es files).
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'src/cli/run.ts', worker: 'src/batch/worker.ts' },
  outdir: 'dist/bundle',
  outExtension: { '.js': '.js' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  legalComments: 'none',
  // commander is CommonJS: give the bundle a require() for Node's built-in modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
