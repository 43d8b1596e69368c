'use strict';
// Make dist/bundle/NAME.cache for the CLI and worker bundles: load each without a cache, parse the
// bundled sample notices (so that the functions a parse runs are compiled, not only the top level),
// then save V8's code cache. Run by scripts/bundle.mjs, with the same Node that will run the CLI.
const { readFileSync, readdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { loadBundle, DIR } = require('../bin/load-bundle.cjs');

const FIXTURES = join(__dirname, '..', 'fixtures');
const notices = readdirSync(FIXTURES)
  .filter((f) => /\.(txt|md)$/.test(f))
  .map((f) => readFileSync(join(FIXTURES, f)));

for (const name of ['cli', 'worker']) {
  const { exports, script } = loadBundle(name, { useCache: false });
  exports.warmUp(notices);
  writeFileSync(join(DIR, `${name}.cache`), script.createCachedData());
}
