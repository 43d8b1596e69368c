/**
 * The gazetteer's files on disk: `data/gazetteer/` (levels.yaml, group-heads.yaml,
 * not-agencies.yaml, words.yaml, bodies/*.yaml in name order) and a user's own bodies files (`--gazetteer`).
 *
 * Read at build time (scripts/gen-agency-index.mjs derives the index a plain run loads) and at run
 * time only when a user gives files of their own: the index is then derived again from both.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataFileError, readDataFile, type DataProblem, type YamlModule } from './data-file.js';
import {
  gazetteerSchemas,
  buildGazetteer,
  type BodiesSource,
  type Gazetteer,
  type GroupHeadsFile,
  type LevelsFile,
  type NotAgenciesFile,
  type WordsFile,
} from '../normalise/gazetteer.js';

/** A file's name (as the user gave it, for messages) and its text. */
export interface NamedText {
  file: string;
  text: string;
}

/** data/gazetteer of the package this module belongs to, found upwards from here (src/, dist/, a bundle). */
export function gazetteerDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'data', 'gazetteer');
    if (existsSync(join(candidate, 'levels.yaml'))) return candidate;
    const up = dirname(dir);
    if (up === dir) throw new Error('notice-parse: data/gazetteer not found beside the package');
    dir = up;
  }
}

/** The base gazetteer's files: the three tables, then the bodies files in name order. */
export function baseGazetteerFiles(dir = gazetteerDir()): { levels: NamedText; heads: NamedText; notAgencies: NamedText; words: NamedText; bodies: NamedText[] } {
  const read = (path: string): NamedText => ({ file: relative(process.cwd(), path) || path, text: readFileSync(path, 'utf8') });
  const bodiesDir = join(dir, 'bodies');
  const bodies = readdirSync(bodiesDir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => read(join(bodiesDir, name)));
  return {
    levels: read(join(dir, 'levels.yaml')),
    heads: read(join(dir, 'group-heads.yaml')),
    notAgencies: read(join(dir, 'not-agencies.yaml')),
    words: read(join(dir, 'words.yaml')),
    bodies,
  };
}

/**
 * The gazetteer of data/ with the user's bodies files added (a body whose id is known replaces it).
 * Throws a DataFileError listing every problem of every file, each at `file:line:col`.
 */
export function loadGazetteer(yaml: YamlModule, user: readonly NamedText[] = [], dir = gazetteerDir()): Gazetteer {
  const base = baseGazetteerFiles(dir);
  const problems: DataProblem[] = [];
  const table = <T>(named: NamedText, schema: Parameters<typeof readDataFile<T>>[3]): T | null => {
    const read = readDataFile(yaml, named.text, named.file, schema);
    if (read.ok) return read.value;
    problems.push(...read.problems);
    return null;
  };
  const levels = table<LevelsFile>(base.levels, gazetteerSchemas().levelsFile);
  const heads = table<GroupHeadsFile>(base.heads, gazetteerSchemas().groupHeadsFile);
  const notAgencies = table<NotAgenciesFile>(base.notAgencies, gazetteerSchemas().notAgenciesFile);
  const words = table<WordsFile>(base.words, gazetteerSchemas().wordsFile);
  const sources: BodiesSource[] = [];
  for (const named of [...base.bodies, ...user]) {
    const read = readDataFile(yaml, named.text, named.file, gazetteerSchemas().bodiesFile);
    if (read.ok) sources.push({ file: named.file, value: read.value, locate: read.locate });
    else problems.push(...read.problems);
  }
  if (!levels || !heads || !notAgencies || !words || problems.length > 0) throw new DataFileError(problems);
  const built = buildGazetteer(levels, heads, notAgencies, words, sources);
  if (built.problems.length > 0) throw new DataFileError(built.problems);
  return built.gazetteer;
}
