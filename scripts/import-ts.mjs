// The generators (`npm run gen`) run before TypeScript is compiled: each imports what it needs from
// src/ through this, which bundles the modules in memory with esbuild and imports the result.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The exports of `source`, a module written from the project's root (`export { x } from
 * './src/a.ts'`), bundled with its imports; `plugins` may stand in for modules it must not read.
 */
export async function importTs(source, plugins = []) {
  const bundle = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    plugins,
  });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
}
