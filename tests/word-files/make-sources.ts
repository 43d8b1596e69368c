/**
 * The .docx that tests/word-files/000.doc and 000-password.docx were made from, once, with
 * LibreOffice (tests/word-files.test.ts says how): fixture 000 typed into Word as
 * tests/word-build.ts types a fixture (the header block a two-column table, the recipients and
 * the signature side by side in another), its items 1 and 2 with typed labels and items 3 and 4
 * a Word list starting at 3. Run from the project's root:
 *
 *   npx esbuild tests/word-files/make-sources.ts --bundle --platform=node --format=esm --outfile=/tmp/make-sources.mjs && node /tmp/make-sources.mjs /tmp/word-files
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docxOf } from '../word-build.js';

const SOURCE = 'fixtures/000_b3db3eb0fe8e6948.txt';
/** The first item made a Word list item. */
const NUMBER_FROM = 3;

const out = process.argv[2] ?? '/tmp/word-files';
mkdirSync(out, { recursive: true });
const built = await docxOf(readFileSync(SOURCE, 'utf8'), true, true, NUMBER_FROM);
writeFileSync(join(out, '000.docx'), built.bytes);
console.log(`${join(out, '000.docx')}: ${built.numbered} Word-numbered paragraphs, tail as a table: ${built.tailTable}`);
