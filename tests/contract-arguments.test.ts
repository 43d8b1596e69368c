/**
 * The library's arguments (issue 16, point 11): every public function of src/index.ts checks
 * them and throws NoticeParseError, a TypeError with code ERR_NOTICE_PARSE_ARGUMENT, whose
 * message names the function, the argument, what it must be and what it got.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFileError, NoticeParseError, findAgencies, foldText, loadGazetteerFiles, noticeJsonSchema, parseNotice, setDefaultGazetteer, tasksOf } from '../src/index.js';
import { fixtureBytes } from './helpers.js';

/** What `call` threw, which must be a NoticeParseError. */
function thrown(call: () => unknown): NoticeParseError {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(NoticeParseError);
    return e as NoticeParseError;
  }
  throw new Error('did not throw');
}

describe('NoticeParseError', () => {
  it('is a TypeError with a code, the function and the argument', () => {
    const e = thrown(() => parseNotice(null as never));
    expect(e).toBeInstanceOf(TypeError);
    expect(e.name).toBe('NoticeParseError');
    expect(e.code).toBe('ERR_NOTICE_PARSE_ARGUMENT');
    expect(e.callee).toBe('parseNotice');
    expect(e.argument).toBe('input');
    expect(e.message).toBe('parseNotice: input must be a string or a Uint8Array (a Buffer); wrap an ArrayBuffer in new Uint8Array(); got null');
  });
});

describe('parseNotice', () => {
  it.each([
    [undefined, 'got undefined'],
    [42, 'got a number (42)'],
    [{ text: 'THÔNG BÁO' }, 'got an object'],
    [['THÔNG BÁO'], 'got an array of 1'],
    [new ArrayBuffer(4), 'got an ArrayBuffer'],
  ])('refuses the input %o', (input, got) => {
    const e = thrown(() => parseNotice(input as never));
    expect(e.argument).toBe('input');
    expect(e.message.endsWith(got)).toBe(true);
  });

  it.each([
    [null, 'options', 'parseNotice: options must be an object or undefined; got null'],
    ['000.txt', 'options', 'parseNotice: options must be an object or undefined; got a string ("000.txt")'],
    [{ name: 7 }, 'options.name', 'parseNotice: options.name must be a string or undefined; got a number (7)'],
    [{ spans: 'no' }, 'options.spans', 'parseNotice: options.spans must be a boolean or undefined; got a string ("no")'],
    // A misspelt option would otherwise be ignored: `span` for `spans`.
    [{ span: false }, 'options.span', 'parseNotice: options.span must be one of the known options (name, gazetteer, spans, encoding); got a boolean (false)'],
    [{ gazetteer: ['my.yaml'] }, 'options.gazetteer', 'parseNotice: options.gazetteer must be a gazetteer that loadGazetteerFiles resolved to; got an array of 1'],
  ])('refuses the options %o', (options, argument, message) => {
    const e = thrown(() => parseNotice('THÔNG BÁO', options as never));
    expect(e.argument).toBe(argument);
    expect(e.message).toBe(message);
  });

  it('takes a string, a Uint8Array, a Buffer, with or without options, and never throws on content', () => {
    const bytes = fixtureBytes('000');
    expect(parseNotice(bytes).items).toHaveLength(4);
    expect(parseNotice(new Uint8Array(bytes)).items).toHaveLength(4);
    expect(parseNotice(bytes.toString('utf8'), undefined).items).toHaveLength(4);
    expect(parseNotice(bytes, { name: 'a.txt', spans: true }).source.name).toBe('a.txt');
    // Content is never an argument error: empty text and binary data give diagnostics.
    expect(parseNotice('').diagnostics.map((d) => d.code)).toEqual(['not-a-document']);
    expect(parseNotice(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0])).diagnostics[0]!.code).toBe('binary');
  });
});

describe('loadGazetteerFiles', () => {
  it('rejects (does not throw) a path that is not in an array, or an empty name', async () => {
    const single = loadGazetteerFiles('my.yaml' as never);
    await expect(single).rejects.toBeInstanceOf(NoticeParseError);
    await expect(single).rejects.toThrow("loadGazetteerFiles: paths must be an array of file names (['my-province.yaml']); got a string (\"my.yaml\")");
    await expect(loadGazetteerFiles(['a.yaml', ''])).rejects.toThrow('loadGazetteerFiles: paths[1] must be a file name; got a string ("")');
    await expect(loadGazetteerFiles([null] as never)).rejects.toThrow('paths[0] must be a file name; got null');
  });

  it('still rejects a file that does not fit with DataFileError', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'np-args-')), 'bad.yaml');
    writeFileSync(file, 'bodies:\n  - id: Not A Slug\n');
    await expect(loadGazetteerFiles([file])).rejects.toBeInstanceOf(DataFileError);
  });
});

describe('setDefaultGazetteer', () => {
  afterEach(() => setDefaultGazetteer(null));

  it('takes null (data/ own gazetteer) and refuses what is no gazetteer', () => {
    expect(() => setDefaultGazetteer(null)).not.toThrow();
    expect(thrown(() => setDefaultGazetteer(undefined as never)).message).toBe('setDefaultGazetteer: gazetteer must be a gazetteer that loadGazetteerFiles resolved to; got undefined');
    expect(thrown(() => setDefaultGazetteer({ files: [] } as never)).argument).toBe('gazetteer');
  });
});

describe('findAgencies and foldText', () => {
  it('find in a string, and refuse anything else', () => {
    expect(findAgencies('Giao Sở Y tế chủ trì').map((m) => m.id)).toEqual(['so-y-te']);
    expect(thrown(() => findAgencies(undefined as never)).message).toBe('findAgencies: text must be a string; got undefined');
    expect(thrown(() => findAgencies('Sở Y tế', { generic: true } as never)).argument).toBe('options.generic');
    expect(thrown(() => findAgencies('Sở Y tế', { includeGeneric: 1 } as never)).argument).toBe('options.includeGeneric');
    expect(thrown(() => findAgencies('Sở Y tế', { stats: 0 } as never)).argument).toBe('options.stats');
    const stats = { steps: 0 };
    findAgencies('Sở Y tế', { stats });
    expect(stats.steps).toBeGreaterThan(0);
  });

  it('fold a string, and refuse anything else', () => {
    expect(foldText('Uỷ ban')).toBe(foldText('Ủy ban'));
    expect(foldText('Sở Y tế')).toHaveLength('Sở Y tế'.length);
    expect(thrown(() => foldText(Buffer.from('Sở') as never)).message).toBe('foldText: text must be a string; got a Buffer');
  });
});

describe('tasksOf', () => {
  const notice = parseNotice(fixtureBytes('000_b3db3eb0fe8e6948'), { name: '000.txt' });

  it('gives the rows of a parsed notice, with or without spans, against the day given', () => {
    const rows = tasksOf(notice, { today: '2021-12-20' });
    // Item 2: Sở Y tế reports its plan `vào chiều ngày thứ hai (06/12/2021)`, before 2021-12-20.
    expect(rows.filter((r) => r.item === '2').map((r) => [r.lead, r.due, r.status])).toEqual([['Sở Y tế', '2021-12-06', 'overdue']]);
    // The same day seen from 2021-12-01 is within the week to come.
    expect(tasksOf(notice, { today: '2021-12-01' }).find((r) => r.item === '2')!.status).toBe('due-7-days');
    expect(tasksOf(parseNotice(fixtureBytes('000_b3db3eb0fe8e6948'), { name: '000.txt', spans: false }), { today: '2021-12-20' })).toEqual(rows);
  });

  it('leaves approvals out unless asked', () => {
    const decided = { ...notice, directives: notice.directives.map((d) => (d.id === '2' ? { ...d, kind: 'decision' as const } : d)) };
    expect(tasksOf(decided, { today: '2021-12-20' }).some((r) => r.item === '2')).toBe(false);
    expect(tasksOf(decided, { today: '2021-12-20', includeDecisions: true }).some((r) => r.item === '2')).toBe(true);
  });

  it('refuses what is no parsed notice, an unknown option, a day not of the calendar', () => {
    for (const [value, options, argument] of [
      [null, undefined, 'notice'],
      ['text', undefined, 'notice'],
      [{ directives: [] }, undefined, 'notice'],
      [notice, { todya: '2021-12-20' }, 'options.todya'],
      [notice, { today: '2021-02-30' }, 'options.today'],
      [notice, { today: '20/12/2021' }, 'options.today'],
      [notice, { includeDecisions: 'yes' }, 'options.includeDecisions'],
    ] as const) {
      expect(() => tasksOf(value as never, options as never)).toThrow(expect.objectContaining({ code: 'ERR_NOTICE_PARSE_ARGUMENT', callee: 'tasksOf', argument }));
    }
  });
});

describe('noticeJsonSchema', () => {
  it('takes no argument and gives the schema', () => {
    expect((noticeJsonSchema() as { properties: object }).properties).toHaveProperty('items');
  });
});
