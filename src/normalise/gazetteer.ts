/**
 * The agency gazetteer (SPEC §2 "agencies", FORMAT §6–§7): the shape of its data files
 * (`data/gazetteer/`, and a user's `--gazetteer`), their validation, and their expansion into the
 * table the matcher indexes. No matching logic, no file system: see gazetteer-files.ts.
 *
 * A province's apparatus repeats the same bodies at every level (Ủy ban nhân dân tỉnh / huyện /
 * xã …; Ban Thường vụ Tỉnh ủy / Huyện ủy / Đảng ủy xã …), so such a body is written once with
 * `levels:` and placeholders (`{level}`, `{level-id}`, `{committee}`, `{committee-id}`, defined in
 * data/gazetteer/levels.yaml) and expanded here. Bodies that exist once (the Sở, the national
 * organs) are written out.
 *
 * Names are the canonical long form, scoped as a notice scopes them: the notice's own province or
 * commune is never resolved (`Ủy ban nhân dân tỉnh`, `Sở Y tế`). Ids are stable slugs: a party
 * body is `<committee>.<body>` (`tinh-uy.ban-tuyen-giao`), a state body `<body>-<scope>`
 * (`ubnd-tinh`). Both tone-mark placements (`Ủy`/`Uỷ`, `hóa`/`hoá`), letter case, and `,` / `-` /
 * spacing differences are handled by the matcher, so aliases list each abbreviation once.
 */
import { z } from 'zod/mini';
import type { DataProblem, Locate } from '../data/data-file.js';

export type AgencyKind = 'party' | 'state' | 'front' | 'armed' | 'national' | 'other';
export type AgencyLevel = 'national' | 'province' | 'district' | 'commune' | 'unknown';

export interface GazetteerEntry {
  id: string;
  name: string;
  kind: AgencyKind;
  level: AgencyLevel;
  aliases: string[];
  /** Names a set of people (`Ủy viên Ban Thường vụ …`): `các` before it does not make it generic. */
  group?: boolean;
  /** Names a class of bodies (`các sở, ban, ngành`): a collective agency. */
  collective?: boolean;
}

/**
 * A level's scope: the word a notice puts after a state body (`Ủy ban nhân dân huyện`) and the
 * party committee of that level (`Huyện ủy`). `key` '' is the unscoped form (`Đảng ủy`, `Phòng
 * Kinh tế`): the text names the body without saying where.
 */
export interface Scope {
  key: string;
  word: string;
  /** Abbreviations of the word: `UBND TP`. */
  wordAliases: string[];
  level: AgencyLevel;
  committee: string;
  committeeId: string;
}

/**
 * Grouped recipients: `Các sở: Y tế, Tài chính` names `Sở Y tế` and `Sở Tài chính`. Each member
 * is read as `<prefix> <member>`; `colon: 'optional'` also accepts the head followed directly by
 * a capitalised member (`Các sở Y tế, Tài chính`). `unknown` is what a member not in the
 * gazetteer is reported as.
 */
export interface GroupHead {
  head: string;
  prefix: string;
  colon: 'required' | 'optional';
  unknown?: { kind: AgencyKind; level: AgencyLevel };
}

/** Everything the agency index is derived from. */
export interface Gazetteer {
  entries: readonly GazetteerEntry[];
  scopes: readonly Scope[];
  bareScope: Scope;
  groupHeads: readonly GroupHead[];
  /** Phrases that hold an agency's name but mention none (`Tỉnh ủy viên`): the matcher skips them. */
  notAgencies: readonly string[];
  /** Words the matcher reads around a name (data/gazetteer/words.yaml). */
  words: MatcherWords;
  /** Words that open a body's name, for names the gazetteer lacks (data/gazetteer/words.yaml, `heads`). */
  shapeHeads: readonly ShapeHead[];
}

/**
 * A word that opens a body's name (`Trạm`, `Ban`, `Sở`): `<head> <Name> <level word>` (`Ban
 * Nghiên cứu phát triển thành phố`) or `<head> <Name> <committee>` (`Ban Kinh tế Tỉnh ủy`) is a
 * body even where the gazetteer lacks it. `kind` is such a body's (a committee's organ is `party`
 * whatever its head); `alone`: a capitalised name is enough, with no scope after it (`Sở Du lịch`),
 * the body then being of `level`.
 */
export interface ShapeHead {
  word: string;
  kind: AgencyKind;
  alone?: { level: AgencyLevel };
}

/** The lists of data/gazetteer/words.yaml, as written (the index folds them). */
export interface MatcherWords {
  /** Before a body: a class of bodies (`các sở`). */
  plural: readonly string[];
  /** Level words elided before a committee in a list (`các huyện, thành ủy`). */
  elliptic: readonly string[];
  /** Capitalised words that do not start a locality's name after a body. */
  notLocality: readonly string[];
  /** Family names: after a committee they start a person, not a place. */
  surnames: readonly string[];
  /** Lower-case words that join two parts of a name (`Khoa học và Công nghệ`). */
  joiners: readonly string[];
  /** Between a body and the body it belongs to (`Trạm y tế trực thuộc UBND xã`): the first takes the second's scope. */
  under: readonly string[];
  /** Province-level names: after `tỉnh` a place is one of them (`UBND tỉnh Bến Tre Trần Văn An`: the body ends at `Bến Tre`). */
  provinces: readonly string[];
  /** Middle names: a word, one of them and a capitalised word after a body are a person (`UBND huyện Nguyễn Thị Mai`). */
  middleNames: readonly string[];
}

export const MATCHER_WORD_LISTS = ['plural', 'elliptic', 'notLocality', 'surnames', 'joiners', 'under', 'provinces', 'middleNames'] as const;

// ---------------------------------------------------------------------------------------------
// The files' shape

const KINDS = ['party', 'state', 'front', 'armed', 'national', 'other'] as const;
const LEVELS = ['national', 'province', 'district', 'commune', 'unknown'] as const;
/** The sets of levels a body written once for every level may exist at. */
const LEVEL_SETS = ['province', 'district', 'commune', 'unscoped'] as const;
type LevelSet = (typeof LEVEL_SETS)[number];

/**
 * The files' schemas, made on first use: the CLI's bundle holds this module, and a run without data
 * files to read should not pay for building them.
 */
function makeSchemas() {
  const text = z.string().check(z.minLength(1), z.trim());
  const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'));
  const slug = z.string().check(z.regex(/^[a-z0-9{}.-]+$/, 'expected a slug: lower-case ASCII letters, digits, `-` and `.`'));
  /** A sentence naming the entry, from a real notice where `source` says which. */
  const example = z.string().check(z.minLength(10, 'an example is a sentence that names the entry'));

  const body = z
    .strictObject({
      id: slug,
      name: text,
      kind: z.enum(KINDS),
      /** One body: its level. */
      level: z.optional(z.enum(LEVELS)),
      /** A body at every level: the sets of levels it exists at. */
      levels: z.optional(z.array(z.enum(LEVEL_SETS)).check(z.minLength(1))),
      /** The level of the unscoped form of a body at every level. */
      unscopedLevel: z.optional(z.enum(LEVELS)),
      parent: z.optional(slug),
      group: z.optional(z.boolean()),
      /** A class of bodies named as one (`các sở, ban, ngành`): told to act, every body of it acts. */
      collective: z.optional(z.boolean()),
      aliases: z.optional(z.array(text)),
      /** Aliases only one level's body has, by level key (`tinh: [VPTU]`), `unscoped` for the unscoped form. */
      aliasesAt: z.optional(z.record(z.string(), z.array(text))),
      validFrom: z.optional(isoDate),
      validTo: z.optional(isoDate),
      example,
      source: z.optional(text),
    })
    .check(
      z.refine((b) => (b.level === undefined) !== (b.levels === undefined), 'give `level` (a body that exists once) or `levels` (a body at every level), not both'),
    );

  const bodiesFile = z.strictObject({ bodies: z.array(body) });

  const LevelSchema = z.strictObject({
    key: slug,
    word: text,
    wordAliases: z.optional(z.array(text)),
    set: z.enum(['province', 'district', 'commune'] as const),
    committee: text,
    committeeId: slug,
    validFrom: z.optional(isoDate),
    validTo: z.optional(isoDate),
    example,
    source: z.optional(text),
  });

  const levelsFile = z.strictObject({
    levels: z.array(LevelSchema).check(z.minLength(1)),
    unscoped: z.strictObject({ committee: text, committeeId: slug, level: z.enum(LEVELS), example, source: z.optional(text) }),
  });

  const groupHeadsFile = z.strictObject({
    heads: z.array(
      z.strictObject({
        head: text,
        prefix: text,
        colon: z.enum(['required', 'optional'] as const),
        unknown: z.optional(z.strictObject({ kind: z.enum(KINDS), level: z.enum(LEVELS) })),
        example,
        source: z.optional(text),
      }),
    ),
  });

  const notAgenciesFile = z.strictObject({
    phrases: z.array(z.strictObject({ phrase: text, example, source: z.optional(text) })),
  });
  const word = z.strictObject({ word: text, example, source: z.optional(text) });
  const head = z.strictObject({
    word: text,
    kind: z.enum(KINDS),
    alone: z.optional(z.strictObject({ level: z.enum(LEVELS) })),
    example,
    source: z.optional(text),
  });
  const lists = Object.fromEntries(MATCHER_WORD_LISTS.map((list) => [list, z.array(word).check(z.minLength(1))])) as Record<(typeof MATCHER_WORD_LISTS)[number], z.ZodMiniArray<typeof word>>;
  const wordsFile = z.strictObject({ ...lists, heads: z.array(head).check(z.minLength(1)) });

  return { body, bodiesFile, levelsFile, groupHeadsFile, notAgenciesFile, wordsFile };
}

let schemas: ReturnType<typeof makeSchemas> | null = null;

export function gazetteerSchemas(): ReturnType<typeof makeSchemas> {
  return (schemas ??= makeSchemas());
}

export type Body = z.infer<ReturnType<typeof makeSchemas>['body']>;
export type BodiesFile = z.infer<ReturnType<typeof makeSchemas>['bodiesFile']>;
export type LevelsFile = z.infer<ReturnType<typeof makeSchemas>['levelsFile']>;
export type GroupHeadsFile = z.infer<ReturnType<typeof makeSchemas>['groupHeadsFile']>;
export type NotAgenciesFile = z.infer<ReturnType<typeof makeSchemas>['notAgenciesFile']>;
export type WordsFile = z.infer<ReturnType<typeof makeSchemas>['wordsFile']>;

/** A bodies file as read, with where each of its values stands. */
export interface BodiesSource {
  file: string;
  value: BodiesFile;
  locate: Locate;
}

// ---------------------------------------------------------------------------------------------
// Expansion

/** The scopes of levels.yaml, and the unscoped one. */
export function scopesOf(levels: LevelsFile): { scopes: Scope[]; bareScope: Scope } {
  const scopes = levels.levels.map((l): Scope => ({
    key: l.key,
    word: l.word,
    wordAliases: l.wordAliases ?? [],
    level: l.set,
    committee: l.committee,
    committeeId: l.committeeId,
  }));
  const u = levels.unscoped;
  return { scopes, bareScope: { key: '', word: '', wordAliases: [], level: u.level, committee: u.committee, committeeId: u.committeeId } };
}

/** A placeholder text at one scope. In the unscoped form ` {level}` and `-{level-id}` vanish. */
function fill(template: string, scope: Scope): string {
  const word = scope.word;
  return template
    .replaceAll('{committee-id}', scope.committeeId)
    .replaceAll('{committee}', scope.committee)
    .replaceAll('-{level-id}', scope.key ? `-${scope.key}` : '')
    .replaceAll('{level-id}', scope.key)
    .replaceAll(' {level}', word ? ` ${word}` : '')
    .replaceAll('{level}', word);
}

const PLACEHOLDER = /\{[^}]*\}/;
const KNOWN_PLACEHOLDERS = new Set(['{level}', '{level-id}', '{committee}', '{committee-id}']);

/** Every alias of a levelled body at one scope, also with the scope word's abbreviations (`UBND TP`). */
function aliasesAt(body: Body, scope: Scope): string[] {
  const aliases = body.aliases ?? [];
  const forms = [body.name, ...aliases].filter((a) => a.includes('{level}'));
  const extra = scope.wordAliases.flatMap((w) => forms.map((a) => fill(a, { ...scope, word: w })));
  const own = body.aliasesAt?.[scope.key || 'unscoped'] ?? [];
  return [...aliases.map((a) => fill(a, scope)), ...extra, ...own];
}

function scopesFor(set: LevelSet, scopes: readonly Scope[], bare: Scope): Scope[] {
  return set === 'unscoped' ? [bare] : scopes.filter((s) => s.level === set);
}

/** One entry per level a body exists at (one for a body that exists once). */
function expandBody(body: Body, scopes: readonly Scope[], bare: Scope): GazetteerEntry[] {
  if (!body.levels) return [entry(body.id, body.name, body, body.level!, body.aliases ?? [])];
  return body.levels.flatMap((set) =>
    scopesFor(set, scopes, bare).map((scope) =>
      entry(fill(body.id, scope), fill(body.name, scope), body, scope.key ? scope.level : (body.unscopedLevel ?? 'unknown'), aliasesAt(body, scope)),
    ),
  );
}

function entry(id: string, name: string, body: Body, level: AgencyLevel, aliases: string[]): GazetteerEntry {
  const e: GazetteerEntry = { id, name, kind: body.kind, level, aliases: [...new Set(aliases)].filter((a) => a !== name) };
  if (body.group) e.group = true;
  if (body.collective) e.collective = true;
  return e;
}

/** The ids a body expands to, with each one's scope (null for a body that exists once). */
export function expandedIds(body: Body, scopes: readonly Scope[], bare: Scope): { id: string; scope: Scope | null }[] {
  if (!body.levels) return [{ id: body.id, scope: null }];
  return body.levels.flatMap((set) => scopesFor(set, scopes, bare).map((scope) => ({ id: fill(body.id, scope), scope })));
}

/** Every `{committee}` phrase repeated over the committees of every level, the unscoped one last. */
function expandPhrases(file: NotAgenciesFile, scopes: readonly Scope[], bare: Scope): string[] {
  const all = [...scopes, bare];
  const templated = file.phrases.filter((p) => p.phrase.includes('{committee}'));
  const plain = file.phrases.filter((p) => !p.phrase.includes('{committee}'));
  return [...all.flatMap((s) => templated.map((p) => fill(p.phrase, s))), ...plain.map((p) => p.phrase)];
}

/**
 * The gazetteer from its files: bodies in file order (a user's files after data/'s), a body whose
 * id is already known replacing it where it stood. Problems (an unknown placeholder, a parent that
 * is no body, an id given twice in one set of files) are returned with their place; the table is
 * only made when there are none.
 */
export function buildGazetteer(
  levels: LevelsFile,
  heads: GroupHeadsFile,
  notAgencies: NotAgenciesFile,
  words: WordsFile,
  sources: readonly BodiesSource[],
): { gazetteer: Gazetteer; problems: DataProblem[] } {
  const { scopes, bareScope } = scopesOf(levels);
  const problems: DataProblem[] = [];
  const byId = new Map<string, { entry: GazetteerEntry; from: { file: string; index: number } }>();
  const order: string[] = [];
  const parents: { id: string; parent: string; file: string; index: number; source: BodiesSource }[] = [];
  for (const source of sources) {
    const seenHere = new Set<string>();
    source.value.bodies.forEach((body, index) => {
      const problem = (message: string, field?: string): void => {
        const at = source.locate(field ? ['bodies', index, field] : ['bodies', index]);
        problems.push({ file: source.file, line: at.line, column: at.column, message });
      };
      if (!checkPlaceholders(body, problem)) return;
      const entries = expandBody(body, scopes, bareScope);
      for (const [k, e] of entries.entries()) {
        if (seenHere.has(e.id)) {
          problem(`id ${e.id} is given twice in this file`, 'id');
          continue;
        }
        seenHere.add(e.id);
        if (!byId.has(e.id)) order.push(e.id);
        byId.set(e.id, { entry: e, from: { file: source.file, index } });
        if (body.parent) {
          const scope = body.levels ? expandedIds(body, scopes, bareScope)[k]!.scope : null;
          // The unscoped form of a body need not have an unscoped parent: the text did not say where.
          if (scope && !scope.key) continue;
          parents.push({ id: e.id, parent: scope ? fill(body.parent, scope) : body.parent, file: source.file, index, source });
        }
      }
    });
  }
  problems.push(...sharedNames(order.map((id) => byId.get(id)!), sources));
  for (const p of parents) {
    if (byId.has(p.parent)) continue;
    const at = p.source.locate(['bodies', p.index, 'parent']);
    problems.push({ file: p.file, line: at.line, column: at.column, message: `parent ${p.parent} (of ${p.id}) is no body of the gazetteer` });
  }
  const groupHeads = heads.heads.map(({ example: _e, source: _s, ...head }): GroupHead => head);
  const gazetteer: Gazetteer = {
    entries: order.map((id) => byId.get(id)!.entry),
    scopes,
    bareScope,
    groupHeads,
    notAgencies: expandPhrases(notAgencies, scopes, bareScope),
    words: {
      plural: words.plural.map((w) => w.word),
      elliptic: words.elliptic.map((w) => w.word),
      notLocality: words.notLocality.map((w) => w.word),
      surnames: words.surnames.map((w) => w.word),
      joiners: words.joiners.map((w) => w.word),
      under: words.under.map((w) => w.word),
      provinces: words.provinces.map((w) => w.word),
      middleNames: words.middleNames.map((w) => w.word),
    },
    shapeHeads: words.heads.map(({ example: _e, source: _s, ...head }): ShapeHead => head),
  };
  return { gazetteer, problems };
}

/**
 * A name or alias given to two bodies (case and spacing aside): the matcher could only report one
 * of them. Placed at the body that came second.
 */
function sharedNames(
  bodies: readonly { entry: GazetteerEntry; from: { file: string; index: number } }[],
  sources: readonly BodiesSource[],
): DataProblem[] {
  const problems: DataProblem[] = [];
  const owner = new Map<string, string>();
  for (const { entry, from } of bodies) {
    for (const name of [entry.name, ...entry.aliases]) {
      const key = name.toLowerCase().replace(/\s+/g, ' ');
      const first = owner.get(key);
      if (first === undefined) owner.set(key, entry.id);
      else if (first !== entry.id) {
        const at = sources.find((s) => s.file === from.file)!.locate(['bodies', from.index]);
        problems.push({ file: from.file, line: at.line, column: at.column, message: `${entry.id}: "${name}" already names ${first}` });
      }
    }
  }
  return problems;
}

/** A levelled body's texts may hold only the four placeholders; a body that exists once, none. */
function checkPlaceholders(body: Body, problem: (message: string, field?: string) => void): boolean {
  const fields: [string, string][] = [['id', body.id], ['name', body.name], ...(body.aliases ?? []).map((a): [string, string] => ['aliases', a])];
  for (const [field, value] of fields) {
    for (const m of value.match(new RegExp(PLACEHOLDER.source, 'g')) ?? []) {
      if (!body.levels) {
        problem(`${m} in a body that exists once: give \`levels\` to write it for every level`, field);
        return false;
      }
      if (!KNOWN_PLACEHOLDERS.has(m)) {
        problem(`unknown placeholder ${m} (known: ${[...KNOWN_PLACEHOLDERS].join(', ')})`, field);
        return false;
      }
    }
  }
  // A name starts with a capital (or a placeholder, a digit): `các đoàn thể Trung ương` is the
  // second half of a name that YAML split at its comma, because it was not quoted.
  for (const [field, value] of fields.slice(1)) {
    const first = value.charAt(0);
    if (first !== '{' && first === first.toLowerCase() && first !== first.toUpperCase()) {
      problem(`"${value}" starts in lower case: a name cut at a comma? Quote a name that holds one`, field);
      return false;
    }
  }
  if (body.levels && !/\{(level-id|committee-id)\}/.test(body.id)) {
    problem('the id of a body at every level holds {level-id} or {committee-id}, or its levels would share it', 'id');
    return false;
  }
  return true;
}
