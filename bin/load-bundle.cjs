'use strict';
// Loads a bundle of dist/bundle/ (one CommonJS file) with V8's code cache beside it, made by
// `npm run build` after a warm-up parse: a cold start then neither parses the 1.5 MB bundle nor
// compiles the functions the first notice runs through. A cache V8 rejects (another Node version,
// other flags) or a missing one only costs that time back; it never changes what runs.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');
const Module = require('node:module');

const DIR = join(__dirname, '..', 'dist', 'bundle');

/** Returns the bundle's exports and the compiled script (from which a cache can be made). */
function loadBundle(name, { useCache = true } = {}) {
  const filename = join(DIR, `${name}.cjs`);
  const source = readFileSync(filename, 'utf8');
  let cachedData;
  if (useCache) {
    try {
      cachedData = readFileSync(join(DIR, `${name}.cache`));
    } catch {
      cachedData = undefined;
    }
  }
  const script = new Script(Module.wrap(source), { filename, cachedData });
  const module = { exports: {}, filename, id: filename, loaded: false };
  const require = Module.createRequire(filename);
  script.runInThisContext().call(module.exports, module.exports, require, module, filename, DIR);
  module.loaded = true;
  return { exports: module.exports, script };
}

module.exports = { loadBundle, DIR };
