/**
 * A user's own gazetteer (`--gazetteer FILE`, ParseOptions.gazetteer): bodies files of the same
 * shape as data/gazetteer/bodies/*.yaml, added to the gazetteer of data/ (a body whose id is known
 * replaces it), and the agency index derived again from the whole.
 *
 * Deriving costs tens of milliseconds and reading YAML more: it is done once per set of files, and
 * only when a user gives some; a plain run loads the index generated at build time.
 */
import { readFile } from 'node:fs/promises';
import type { AgencyIndexData } from '../normalise/agencies.js';
import { deriveAgencyIndex } from '../normalise/agency-index-source.js';
import { importYaml, type YamlModule } from './data-file.js';
import { loadGazetteer, type NamedText } from './gazetteer-files.js';

/** The agency index of data/ and a user's files, ready for ParseOptions.gazetteer. */
export interface LoadedGazetteer {
  /** The user's files, as named. */
  readonly files: readonly string[];
  /** How many bodies the whole gazetteer has, after expansion over the levels. */
  readonly bodies: number;
  readonly index: AgencyIndexData;
}

/** From texts already read. Throws DataFileError (every problem at `file:line:col`). */
export function gazetteerFromTexts(yaml: YamlModule, files: readonly NamedText[]): LoadedGazetteer {
  const gazetteer = loadGazetteer(yaml, files);
  return { files: files.map((f) => f.file), bodies: gazetteer.entries.length, index: deriveAgencyIndex(gazetteer) };
}

/**
 * From files on disk (YAML or JSON). Rejects with DataFileError for a file that does not fit the
 * schema, or with the file system's error for one that cannot be read.
 */
export async function loadGazetteerFiles(paths: readonly string[]): Promise<LoadedGazetteer> {
  const files = await Promise.all(paths.map(async (file) => ({ file, text: await readFile(file, 'utf8') })));
  return gazetteerFromTexts(await importYaml(), files);
}
