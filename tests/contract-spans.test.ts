/**
 * --no-spans and `spans: false` (issue 16, "Output a user can join and read"): the same notice
 * with every span left out, still valid against the printed JSON Schema; and offsets count what
 * docs/output.md says they count (UTF-16 code units of the decoded input as read).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromJSONSchema } from 'zod';
import { NoticeSchema, parseNotice } from '../src/index.js';
import { fixtureFile } from './helpers.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'notice-parse');

function run(args: string[], input?: Buffer, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every key of a JSON value, at any depth. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, into));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  }
  return into;
}

/** A copy of `value` without the span fields: what --no-spans should give, made independently. */
function stripped(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripped);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !['span', 'preambleSpan', 'closingSpan'].includes(k)).map(([k, v]) => [k, stripped(v)]));
}

const FILE = fixtureFile('000');
// fixtures/000_….json was read against the notice by hand: with its spans removed, it is the
// expected output of --no-spans.
const EXPECTED = JSON.parse(readFileSync(FILE.replace(/\.txt$/, '.json'), 'utf8')) as Record<string, unknown>;

describe('notice-parse --no-spans', () => {
  const full = run([FILE]);
  const bare = run([FILE, '--no-spans']);

  it('prints fixture 000 without a single span, and smaller', () => {
    expect(bare.code).toBe(0);
    const keys = keysOf(JSON.parse(bare.stdout));
    expect([...keys].filter((k) => /span/i.test(k))).toEqual([]);
    expect(keysOf(JSON.parse(full.stdout))).toContain('span');
    // 30.8 KB against 22.9 KB when measured; a quarter smaller at least.
    expect(bare.stdout.length).toBeLessThan(full.stdout.length * 0.8);
  });

  it('leaves everything else as it is', () => {
    expect(JSON.parse(bare.stdout)).toEqual({ ...(stripped(EXPECTED) as object), source: { ...(EXPECTED.source as object), name: FILE } });
  });

  it('validates against the JSON Schema that `notice-parse schema` prints, as the full output does', () => {
    const printed = fromJSONSchema(JSON.parse(run(['schema']).stdout));
    expect(printed.safeParse(JSON.parse(bare.stdout)).success).toBe(true);
    expect(printed.safeParse(JSON.parse(full.stdout)).success).toBe(true);
    // The schema still requires the rest: an item without its text fails.
    const broken = JSON.parse(bare.stdout);
    delete broken.items[0].text;
    expect(printed.safeParse(broken).success).toBe(false);
  });

  it('holds for standard input, --ndjson, and --out (where workers write)', () => {
    const piped = run(['--no-spans'], readFileSync(FILE));
    expect([...keysOf(JSON.parse(piped.stdout))].filter((k) => /span/i.test(k))).toEqual([]);
    const lines = run([FILE, fixtureFile('002'), '--ndjson', '--no-spans']).stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).not.toMatch(/"(span|preambleSpan|closingSpan)"/);
    const out = mkdtempSync(join(tmpdir(), 'np-spans-'));
    // One notice per thread (tests/batch.test.ts does the same): the second is parsed by a worker.
    expect(run([FILE, fixtureFile('002'), '--out', out, '--no-spans', '--quiet', '--jobs', '2'], undefined, { NOTICE_PARSE_PER_THREAD: '1' }).code).toBe(0);
    const written = readdirSync(out);
    expect(written).toHaveLength(2);
    for (const f of written) expect(readFileSync(join(out, f), 'utf8')).not.toMatch(/"(span|preambleSpan|closingSpan)"/);
  });
});

describe('parseNotice(input, { spans: false })', () => {
  it('gives the notice without spans; NoticeSchema accepts it', () => {
    const notice = parseNotice(readFileSync(FILE), { name: 'x', spans: false });
    expect([...keysOf(notice)].filter((k) => /span/i.test(k))).toEqual([]);
    expect(NoticeSchema.safeParse(notice).success).toBe(true);
    expect(notice.items.map((i) => i.id)).toEqual(['1', '2', '3', '4']);
  });

  it('keeps spans by default and with spans: true', () => {
    expect(parseNotice(readFileSync(FILE)).items[0]!.span).toBeDefined();
    expect(parseNotice(readFileSync(FILE), { spans: true }).preambleSpan).not.toBeNull();
  });
});

describe('offsets, as docs/output.md says', () => {
  // `Sở` written in NFD (S, o, combining horn, combining hook above), CR LF line ends, a BOM.
  const nfdSo = 'So\u031B\u0309';
  const text = ['THÔNG BÁO', 'kết luận của Thường trực Tỉnh ủy', '', 'Ngày 02/12/2021, Thường trực Tỉnh ủy họp như sau:', '', `1. ${nfdSo} Y tế xây dựng kế hoạch.`, ''].join('\r\n');
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  const notice = parseNotice(bytes);
  const item = notice.items[0]!;

  it('count UTF-16 code units of the decoded text after the BOM, CR LF as two, NFD as written', () => {
    // Line 6 starts after 5 lines and their CR LF; nothing counts the BOM.
    const lineStart = text.indexOf('1. ');
    expect(item.span!.start).toEqual({ line: 6, column: 1, offset: lineStart });
    expect(text.slice(item.span!.start.offset, item.span!.end.offset)).toBe(`1. ${nfdSo} Y tế xây dựng kế hoạch.`);
    // The output's text is NFC: one code unit where the input has four.
    expect(item.text).toBe('Sở Y tế xây dựng kế hoạch.');
  });

  it('are not byte offsets', () => {
    // `THÔNG BÁO…` holds letters of two and three bytes in UTF-8: the byte offset is larger.
    expect(Buffer.byteLength(text.slice(0, item.span!.start.offset))).toBeGreaterThan(item.span!.start.offset);
  });
});
