/**
 * data/gazetteer as data: every entry's example is recognised as that entry (so removing an entry
 * fails here), the files are checked with `file:line:col` problems, and a user's own bodies files
 * (`--gazetteer`, ParseOptions.gazetteer) add and replace bodies in the library and the CLI.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as yaml from 'yaml';
import { readDataFile, readDataFileOrThrow, DataFileError } from '../src/data/data-file.js';
import { baseGazetteerFiles, loadGazetteer } from '../src/data/gazetteer-files.js';
import { gazetteerFromTexts } from '../src/data/user-gazetteer.js';
import { findAgencies, lookupAgency, useAgencyIndex } from '../src/normalise/agencies.js';
import { deriveAgencyIndex } from '../src/normalise/agency-index-source.js';
import {
  gazetteerSchemas,
  MATCHER_WORD_LISTS,
  buildGazetteer,
  expandedIds,
  scopesOf,
  type BodiesSource,
} from '../src/normalise/gazetteer.js';
import { parseNotice } from '../src/index.js';

const DIR = join(import.meta.dirname, '..', 'data', 'gazetteer');
const files = baseGazetteerFiles(DIR);
const levels = readDataFileOrThrow(yaml, files.levels.text, files.levels.file, gazetteerSchemas().levelsFile);
const heads = readDataFileOrThrow(yaml, files.heads.text, files.heads.file, gazetteerSchemas().groupHeadsFile);
const notAgencies = readDataFileOrThrow(yaml, files.notAgencies.text, files.notAgencies.file, gazetteerSchemas().notAgenciesFile);
const words = readDataFileOrThrow(yaml, files.words.text, files.words.file, gazetteerSchemas().wordsFile);
const { scopes, bareScope } = scopesOf(levels);
const sources: BodiesSource[] = files.bodies.map((f) => {
  const read = readDataFile(yaml, f.text, f.file, gazetteerSchemas().bodiesFile);
  if (!read.ok) throw new DataFileError(read.problems);
  return { file: f.file, value: read.value, locate: read.locate };
});

afterEach(() => {
  useAgencyIndex(null);
});

/** The ids findAgencies reports in `text` with the index in use. */
const idsIn = (text: string): string[] => findAgencies(text).map((m) => m.id);

describe('data/gazetteer', () => {
  it('is split by sector into bodies files, and holds hundreds of bodies once expanded over the levels', () => {
    expect(readdirSync(join(DIR, 'bodies')).sort()).toEqual(expect.arrayContaining([
      'armed-forces.yaml', 'central-party-bodies.yaml', 'central-state-bodies.yaml', 'commune-departments.yaml',
      'courts-and-procuracies.yaml', 'district-departments.yaml', 'mass-organisations.yaml', 'party-committees.yaml',
      'people-s-councils-and-committees.yaml', 'province-departments.yaml', 'province-party-bodies.yaml',
    ]));
    expect(loadGazetteer(yaml, [], DIR).entries.length).toBeGreaterThan(500);
  });

  describe.each(sources.map((s) => [s.file, s] as const))('%s: each example names its body', (_file, source) => {
    it.each(source.value.bodies.map((b) => [b.id, b] as const))('%s', (_id, body) => {
      const ids = expandedIds(body, scopes, bareScope).map((e) => e.id);
      const found = idsIn(body.example);
      expect(found.filter((id) => ids.includes(id)), `${body.example} → ${found.join(', ') || 'nothing'}`).not.toEqual([]);
    });
  });

  it.each(levels.levels.map((l) => [l.key, l] as const))('level %s: its example names a body of that level', (key, level) => {
    const ofLevel = (id: string): boolean => id.endsWith(`-${key}`) || id.startsWith(`${level.committeeId}`) || id.includes(`-${key}.`);
    expect(idsIn(level.example).filter(ofLevel), level.example).not.toEqual([]);
  });

  it('the unscoped level: its example names a body of a bare committee', () => {
    expect(idsIn(levels.unscoped.example).filter((id) => id.startsWith(`${levels.unscoped.committeeId}.`))).not.toEqual([]);
  });

  it('has examples quoted from real documents for at least a third of the bodies', () => {
    const bodies = sources.flatMap((s) => s.value.bodies);
    expect(bodies.filter((b) => b.source).length / bodies.length).toBeGreaterThan(1 / 3);
  });
});

/**
 * Lists whose entries only change what is found around a body (group heads, phrases that are not
 * agencies, levels): each entry's example must read differently once the entry is taken out.
 */
describe('removing a list entry changes what its example gives', () => {
  const without = (change: (l: typeof levels, h: typeof heads, n: typeof notAgencies, w: typeof words) => void) => {
    const l = structuredClone(levels);
    const h = structuredClone(heads);
    const n = structuredClone(notAgencies);
    const w = structuredClone(words);
    change(l, h, n, w);
    const built = buildGazetteer(l, h, n, w, sources);
    // Without a level, its bodies' parents are gone too: only parents may be missing.
    expect(built.problems.filter((p) => !p.message.startsWith('parent '))).toEqual([]);
    return deriveAgencyIndex(built.gazetteer);
  };
  // Generic mentions too: a phrase may keep a class of bodies (`đảng ủy trực thuộc`) from being read.
  const mentions = (text: string) => findAgencies(text, { includeGeneric: true }).map((m) => `${m.id}@${m.start}-${m.end}${m.generic ? " generic" : ""}`);

  it.each(heads.heads.map((h, k) => [h.head, k] as const))('group head %s', (_head, k) => {
    const example = heads.heads[k]!.example;
    const full = mentions(example);
    expect(full.length, example).toBeGreaterThanOrEqual(2);
    useAgencyIndex(without((_l, h) => h.heads.splice(k, 1)));
    expect(mentions(example)).not.toEqual(full);
  });

  it.each(notAgencies.phrases.map((p, k) => [p.phrase, k] as const))('not an agency: %s', (_phrase, k) => {
    const example = notAgencies.phrases[k]!.example;
    const full = mentions(example);
    useAgencyIndex(without((_l, _h, n) => n.phrases.splice(k, 1)));
    expect(mentions(example), example).not.toEqual(full);
  });

  it.each(MATCHER_WORD_LISTS.flatMap((list) => words[list].map((w, k) => [list, w.word, k] as const)))('%s: %s', (list, _word, k) => {
    const example = words[list][k]!.example;
    const full = mentions(example);
    useAgencyIndex(without((_l, _h, _n, w) => w[list].splice(k, 1)));
    expect(mentions(example), example).not.toEqual(full);
  });

  // A head's example names a body the gazetteer lacks, found through that head alone.
  it.each(words.heads.map((h, k) => [h.word, k] as const))('head %s', (_word, k) => {
    const example = words.heads[k]!.example;
    expect(findAgencies(example).filter((m) => !m.known), example).not.toEqual([]);
    const full = mentions(example);
    useAgencyIndex(without((_l, _h, _n, w) => w.heads.splice(k, 1)));
    expect(mentions(example), example).not.toEqual(full);
  });

  it.each(levels.levels.map((l, k) => [l.key, k] as const))('level %s', (_key, k) => {
    const example = levels.levels[k]!.example;
    const full = mentions(example);
    useAgencyIndex(without((l) => l.levels.splice(k, 1)));
    expect(mentions(example), example).not.toEqual(full);
  });
});

describe('data files are checked, every problem at file:line:col', () => {
  const problems = (text: string, file = 'mine.yaml'): string[] => {
    try {
      gazetteerFromTexts(yaml, [{ file, text }]);
    } catch (e) {
      if (e instanceof DataFileError) return e.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`);
      throw e;
    }
    return [];
  };
  const body = (fields: string): string => `bodies:\n  - id: cong-ty-dien-luc-tinh\n    name: Công ty Điện lực tỉnh\n    kind: other\n${fields}`;

  it('a YAML syntax error', () => {
    expect(problems('bodies:\n  - id: [unclosed\n')[0]).toMatch(/^mine\.yaml:\d+:\d+ /);
  });

  it('a field of the wrong kind, a missing one, an unknown one', () => {
    expect(problems(body('    level: planet\n    example: Giao Công ty Điện lực tỉnh bảo đảm cấp điện.\n'))).toEqual([
      expect.stringMatching(/^mine\.yaml:5:12 bodies\.0\.level: /),
    ]);
    expect(problems(body('    level: province\n'))).toEqual(['mine.yaml:2:5 bodies.0.example: missing (required)']);
    expect(problems(body('    level: province\n    colour: red\n    example: Giao Công ty Điện lực tỉnh bảo đảm cấp điện.\n'))[0]).toMatch(/^mine\.yaml:2:5 bodies\.0: .*colour/);
  });

  it('neither level nor levels', () => {
    expect(problems(body('    example: Giao Công ty Điện lực tỉnh bảo đảm cấp điện.\n'))).toEqual([
      expect.stringMatching(/^mine\.yaml:2:5 bodies\.0: give `level`/),
    ]);
  });

  it('a parent that is no body, a placeholder in a body that exists once, an id twice', () => {
    expect(problems(body('    level: province\n    parent: ubnd-hanh-tinh\n    example: Giao Công ty Điện lực tỉnh bảo đảm cấp điện.\n'))).toEqual([
      'mine.yaml:6:13 parent ubnd-hanh-tinh (of cong-ty-dien-luc-tinh) is no body of the gazetteer',
    ]);
    expect(problems(body('    level: province\n    aliases: ["PC {level}"]\n    example: Giao Công ty Điện lực tỉnh bảo đảm cấp điện.\n'))[0]).toMatch(/^mine\.yaml:6:14 \{level\} in a body that exists once/);
    const once = body('    level: province\n    example: Giao Công ty Điện lực tỉnh bảo đảm cấp điện.\n');
    expect(problems(once + once.replace('bodies:\n', ''))).toEqual(['mine.yaml:7:9 id cong-ty-dien-luc-tinh is given twice in this file']);
  });

  it('a name cut at an unquoted comma, a name given to two bodies', () => {
    expect(problems(body('    level: province\n    aliases: [Điện lực, các huyện]\n    example: Giao Công ty Điện lực tỉnh bảo đảm cấp điện.\n'))).toEqual([
      'mine.yaml:6:14 "các huyện" starts in lower case: a name cut at a comma? Quote a name that holds one',
    ]);
    expect(problems(body('    level: province\n    aliases: [Sở Y tế]\n    example: Giao Công ty Điện lực tỉnh bảo đảm cấp điện.\n'))).toEqual([
      'mine.yaml:2:5 cong-ty-dien-luc-tinh: "Sở Y tế" already names so-y-te',
    ]);
  });

  it('an unknown placeholder in a body at every level', () => {
    const text = 'bodies:\n  - id: "trung-tam-dich-vu-{level-id}"\n    name: "Trung tâm Dịch vụ {place}"\n    kind: state\n    levels: [commune]\n    example: Giao Trung tâm Dịch vụ xã hướng dẫn Nhân dân.\n';
    expect(problems(text)).toEqual([expect.stringMatching(/^mine\.yaml:3:11 unknown placeholder \{place\}/)]);
  });
});

describe("a user's own gazetteer", () => {
  const mine = `# The province's power company and a commune service centre.
bodies:
  - id: cong-ty-dien-luc-tinh
    name: Công ty Điện lực tỉnh
    kind: other
    level: province
    aliases: [PC tỉnh]
    example: Giao Công ty Điện lực tỉnh bảo đảm cấp điện ổn định.
  - id: "trung-tam-dich-vu-nong-nghiep-{level-id}"
    name: "Trung tâm Dịch vụ nông nghiệp {level}"
    kind: state
    levels: [commune, unscoped]
    parent: "ubnd-{level-id}"
    example: Giao Trung tâm Dịch vụ nông nghiệp xã hướng dẫn bà con gieo trồng vụ Đông Xuân.
  - id: so-y-te
    name: Sở Y tế
    kind: state
    level: province
    aliases: [SYT, Ngành Y tế tỉnh]
    example: Giao Ngành Y tế tỉnh chủ trì phòng, chống dịch.
`;
  const notice = 'THÔNG BÁO\nkết luận của Thường trực Tỉnh ủy\n\n1. Giao Công ty Điện lực tỉnh bảo đảm cấp điện, báo cáo trước ngày 30/6/2026.\n2. Giao PC tỉnh và Trung tâm Dịch vụ nông nghiệp xã phối hợp với Ngành Y tế tỉnh.\n';
  const agencyIds = (options = {}) => parseNotice(notice, options).agencies.map((a) => a.id);

  it('adds bodies (one at every level it names) and replaces one by its id, for the parses given it', () => {
    const gazetteer = gazetteerFromTexts(yaml, [{ file: 'mine.yaml', text: mine }]);
    expect(agencyIds()).not.toContain('cong-ty-dien-luc-tinh');
    expect(agencyIds({ gazetteer })).toEqual(['cong-ty-dien-luc-tinh', 'trung-tam-dich-vu-nong-nghiep-xa', 'so-y-te']);
    // Only the parse given it: the next one without it is as before.
    expect(agencyIds()).not.toContain('cong-ty-dien-luc-tinh');
    // Two new bodies, one of them at the four commune levels and unscoped; so-y-te replaced.
    expect(gazetteer.bodies).toBe(loadGazetteer(yaml).entries.length + 6);
  });

  it('lookupAgency follows the index in use', () => {
    const gazetteer = gazetteerFromTexts(yaml, [{ file: 'mine.yaml', text: mine }]);
    expect(lookupAgency('cong-ty-dien-luc-tinh')).toBeUndefined();
    useAgencyIndex(gazetteer.index);
    expect(lookupAgency('cong-ty-dien-luc-tinh')).toMatchObject({ name: 'Công ty Điện lực tỉnh', kind: 'other', level: 'province' });
  });

  describe('on the command line', () => {
    const BIN = join(import.meta.dirname, '..', 'bin', 'notice-parse');
    const dir = mkdtempSync(join(tmpdir(), 'np-gazetteer-'));
    const run = (args: string[], env: Record<string, string> = {}) => {
      const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    writeFileSync(join(dir, 'mine.yaml'), mine);
    writeFileSync(join(dir, 'a.txt'), notice);
    writeFileSync(join(dir, 'b.txt'), notice);
    writeFileSync(join(dir, 'bad.yaml'), 'bodies:\n  - id: Điện lực\n    name: Điện lực\n    kind: other\n    level: province\n    example: Giao Điện lực tỉnh bảo đảm cấp điện.\n');

    it('--gazetteer FILE: the bodies are found', () => {
      const r = run(['a.txt', '--gazetteer', 'mine.yaml']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).agencies.map((a: { id: string }) => a.id)).toContain('cong-ty-dien-luc-tinh');
    });

    it('worker threads use it too', () => {
      const r = run(['a.txt', 'b.txt', '--ndjson', '--jobs', '2', '--gazetteer', 'mine.yaml'], { NOTICE_PARSE_PER_THREAD: '1' });
      expect(r.code).toBe(0);
      const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(lines.map((n) => n.agencies.map((a: { id: string }) => a.id).includes('cong-ty-dien-luc-tinh'))).toEqual([true, true]);
    });

    it('a bad file: exit 2, file:line:col error gazetteer …, no stack trace, nothing converted', () => {
      const r = run(['a.txt', '--gazetteer', 'bad.yaml']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^bad\.yaml:2:9 error gazetteer bodies\.0\.id: expected a slug/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });

    it('a file that is not there: exit 2, path: error io', () => {
      const r = run(['a.txt', '--gazetteer', 'nope.yaml']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('nope.yaml: error io cannot read the gazetteer (ENOENT)\n');
    });
  });

  it('the README\'s bad-file example prints what the README says', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    const block = /## Teaching it your agencies[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
    const printed = /\n(my-province\.yaml:\d+:\d+ error gazetteer .*)\n/.exec(readme)?.[1];
    try {
      gazetteerFromTexts(yaml, [{ file: 'my-province.yaml', text: block.replace('id: cong-ty-dien-luc-tinh', 'id: Công ty Điện lực') }]);
      expect.unreachable('the bad file was accepted');
    } catch (e) {
      const p = (e as DataFileError).problems[0]!;
      expect(`${p.file}:${p.line}:${p.column} error gazetteer ${p.message}`).toBe(printed);
    }
  });

  it('the README example file is a valid gazetteer that teaches a body', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    const block = /## Teaching it your agencies[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block, 'README has a yaml example under "Teaching it your agencies"').toBeDefined();
    const gazetteer = gazetteerFromTexts(yaml, [{ file: 'README.md', text: block! }]);
    const body = readDataFileOrThrow(yaml, block!, 'README.md', gazetteerSchemas().bodiesFile).bodies[0]!;
    useAgencyIndex(gazetteer.index);
    expect(idsIn(body.example)).toContain(body.id.replace('{level-id}', 'xa'));
  });
});
