/**
 * The .docx files that the committed Word files of tests/word-files/ were made from, once, with
 * LibreOffice (tests/word-files.test.ts says how), each a fixture typed into Word as
 * tests/word-build.ts types one (the header block a two-column table, the recipients and the
 * signature side by side in another):
 *
 * - 000: fixture 000, items 1 and 2 with typed labels and items 3 and 4 a Word list starting at 3
 *   (made 000.doc and 000-password.docx);
 * - 004: fixture 004, every item a Word list of two levels, `1.` and the outline numbers `2.1.`
 *   under `2.` (`%1.%2.`) (made 004.doc);
 * - styles: the outline of a notice's conclusions numbered by paragraph styles, as Word numbers
 *   headings (a style `Phần` numbered `I.`, `Mục` numbered `1.` under it, `Điểm` based on `Mục` and
 *   numbered `a)`), the paragraphs naming only their style (made styles.doc).
 *
 * The `docx` package writes each list instance with a `w:startOverride`, which Word does not write
 * for a list typed from its first item on; LibreOffice's .doc export makes of such an override a
 * list of its own for the first paragraph (it reads the .doc back `1.`, `1.`, `2.` …). We take the
 * overrides out (the start is the level's own, `w:start`), so the .doc's lists are those a person
 * typing would have made. Run from the project's root:
 *
 *   npx esbuild tests/word-files/make-sources.ts --bundle --platform=node --format=esm --outfile=/tmp/make-sources.mjs && node /tmp/make-sources.mjs /tmp/word-files
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// The zip library the `docx` package writes with (a dependency of it).
import JSZip from 'jszip';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { docxOf } from '../word-build.js';
import { STYLED } from './styled.js';

const SOURCES = [
  { name: '000', fixture: 'fixtures/000_b3db3eb0fe8e6948.txt', numberFrom: 3, points: 'letter' },
  { name: '004', fixture: 'fixtures/004_ca3071fca0b0c2ac.txt', numberFrom: 1, points: 'outline' },
] as const;

const out = process.argv[2] ?? '/tmp/word-files';
mkdirSync(out, { recursive: true });
for (const s of SOURCES) {
  const built = await docxOf(readFileSync(s.fixture, 'utf8'), true, true, s.numberFrom, s.points);
  await write(s.name, built.bytes);
  console.log(`${s.name}: ${built.numbered} Word-numbered paragraphs, tail as a table: ${built.tailTable}`);
}
await write('styles', await Packer.toBuffer(numberedByStyles()));

/** The .docx as Word would have it: list instances without start overrides. */
async function write(name: string, bytes: Buffer): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  const numbering = await zip.file('word/numbering.xml')!.async('string');
  zip.file('word/numbering.xml', numbering.replace(/<w:lvlOverride w:ilvl="\d+"><w:startOverride w:val="\d+"\/><\/w:lvlOverride>/g, ''));
  writeFileSync(join(out, `${name}.docx`), await zip.generateAsync({ type: 'nodebuffer' }));
}


function numberedByStyles(): Document {
  const styled = (id: string, name: string, level: number, basedOn = 'Normal') => ({ id, name, basedOn, paragraph: { numbering: { reference: 'outline', level } } });
  return new Document({
    styles: { paragraphStyles: [styled('Phan', 'Phần', 0), styled('Muc', 'Mục', 1), styled('Diem', 'Điểm', 2, 'Muc')] },
    numbering: {
      config: [
        {
          reference: 'outline',
          levels: [
            { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.START },
            { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [{ children: STYLED.map(([style, text]) => new Paragraph({ ...(style ? { style } : {}), children: [new TextRun(text)] })) }],
  });
}
