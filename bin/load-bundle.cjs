'use strict';
// Loads a bundle of dist/bundle/ (one CommonJS file) with V8's code cache beside it, made by
// `npm run build` after a warm-up parse: a cold start then neither parses the 1.5 MB bundle nor
// compiles the functions the first notice runs through. A cache V8 rejects (another Node version,
// other flags) or a missing one only costs that time back; it never changes what runs.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');
const Module = require('node:module');

// V8 first runs a regular expression in its interpreter and compiles it to machine code on its
// second use. Nearly every pattern of ours runs many times in one notice, so a cold start compiled
// most of them twice: compiling them once, at first use, takes about 7 ms off a single-file run
// and costs a batch nothing. V8 reads the flag whenever it compiles a pattern, so setting it here,
// before the bundle runs, is enough. The code cache is made under the same flag (it must be: V8
// rejects a cache made under other flags).
//
// A batch spends its first thousand notices waiting for TurboFan, which compiles on one background
// thread a function after another as they get hot; inlining less makes each compilation smaller,
// so the code is ready sooner: 2,000 notices 2.41 -> 2.07 s (5 runs each), 8,000 the same.
const v8 = require('node:v8');
v8.setFlagsFromString('--no-regexp-tier-up');
v8.setFlagsFromString('--max-inlined-bytecode-size=100');

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
