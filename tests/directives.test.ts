/**
 * Directives (SPEC §2 "directives", issue 3): who must do what, by when, citing what.
 *
 * (a) the must-hold list of issue 3 on the five samples, through parseNotice;
 * (b) directive roles, ids, timing, product, reportTo and references on small hand-written
 *     notices, through parseNotice.
 *
 * Every expected value was written from reading the notice text, never from the program's output.
 * Agency ids are the gazetteer's (src/normalise/gazetteer.ts): `so-y-te`, `ubnd-tinh`,
 * `tinh-uy.thuong-truc`, `doan-thanh-nien-tinh` (`Tỉnh đoàn`) …
 *
 * Choices where the SPEC leaves room:
 * - sample 000 item 1, bullet 2 (`Chủ tịch Ủy ban nhân dân tỉnh chủ trì, …`) names its own actor,
 *   the Chủ tịch (a body of the gazetteer: `chu-tich-ubnd-tinh`), so it does not inherit; the
 *   issue's "item 1's bullets → inherited lead Ủy ban nhân dân tỉnh" is asserted on bullets 1 and 3;
 * - a bullet whose first sentence gives an order with no subject (`Tập trung …`) is addressed to
 *   its parent's leads even when a later sentence names another body (sample 000 item 2 bullet 1);
 * - `báo cáo <body>` / `báo cáo kết quả về <body>` makes the product `báo cáo`;
 * - an agreement that sets a date (`nhất trí kéo dài … đến ngày …`) is tracked with no lead: the
 *   body that agrees is not told to act;
 * - deadline kinds are asserted only where the text's cue word is plain (`vào` → on, `trước` →
 *   by, `kéo dài … đến ngày` → until, `đến ngày … cho cơ bản xong` → by, `hoàn thành … trong
 *   tháng` → by).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNotice, type Directive, type Notice, type Span } from '../src/index.js';
import { codes, fixtureBytes, fixtureFile, outline, type Outline } from './helpers.js';
import type { AgencyMention } from '../src/normalise/agencies.js';
import { addressedIn, clausesOf, productOf, readDirective } from '../src/normalise/directives.js';
import * as agencyMatcher from '../src/normalise/agencies.js';

const fixture = (prefix: string): Notice => parseNotice(fixtureBytes(prefix), { name: `${prefix}.txt` });

function directive(n: Notice, id: string): Directive {
  const d = n.directives.find((x) => x.id === id);
  if (!d) throw new Error(`no directive ${id}; have ${n.directives.map((x) => x.id).join(', ')}`);
  return d;
}

const ids = (n: Notice): string[] => n.directives.map((d) => d.id);
/** Lead agencies as `[id, inherited]`. */
const leads = (d: Directive): [string, boolean][] => d.agencies.filter((a) => a.role === 'lead').map((a) => [a.id, a.inherited]);
const support = (d: Directive): string[] => d.agencies.filter((a) => a.role === 'support').map((a) => a.id);
const deadlineDates = (n: Notice): string[] => n.directives.flatMap((d) => d.deadlines.map((x) => x.date ?? '?')).sort();

const flat = (s: string) => s.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
const sliceOf = (source: string, span: Span) => source.slice(span.start.offset, span.end.offset);

// ---------------------------------------------------------------------------------------------
// (a) The samples

describe('sample 000: deadlines, leads, product, reportTo, references', () => {
  const n = fixture('000');
  const source = readFileSync(fixtureFile('000'), 'utf8');

  it('has exactly the deadlines 2021-12-05, 2021-12-06 and 2022-01 (not the meeting, not the cited date)', () => {
    expect(deadlineDates(n)).toEqual(['2021-12-05', '2021-12-06', '2022-01']);
  });

  it('item 2: Sở Y tế builds a kế hoạch, reported to Thường trực Tỉnh ủy on the afternoon of Monday 06/12/2021', () => {
    const d = directive(n, '2');
    expect(d.item).toBe('2');
    expect(leads(d)).toEqual([['so-y-te', false]]);
    expect(support(d)).toEqual([]);
    expect(d.product).toBe('kế hoạch');
    expect(d.reportTo).toEqual(['tinh-uy.thuong-truc']);
    expect(d.timing).toBe('dated');
    expect(d.deadlines).toHaveLength(1);
    expect(d.deadlines[0]).toMatchObject({
      date: '2021-12-06', precision: 'day', kind: 'on', partOfDay: 'afternoon', text: 'vào chiều ngày thứ hai (06/12/2021)',
    });
    expect(flat(sliceOf(source, d.deadlines[0]!.span))).toBe('vào chiều ngày thứ hai (06/12/2021)');
  });

  it('checks the weekday written beside 06/12/2021: a Monday, so no warning', () => {
    expect(new Date(Date.UTC(2021, 11, 6)).getUTCDay()).toBe(1);
    expect(codes(n)).not.toContain('weekday');
  });

  it('item 2, bullet 1: 05/12 (`by`, year of the meeting) and tháng 01/2022 (month)', () => {
    const d = directive(n, '2.-.1');
    expect(d.item).toBe('2');
    expect(d.deadlines.map((x) => [x.date, x.precision])).toEqual([
      ['2021-12-05', 'day'],
      ['2022-01', 'month'],
    ]);
    expect(d.deadlines[0]!.kind).toBe('by');
    expect(d.timing).toBe('dated');
    // `Tập trung hoàn thành …` has no subject (Sở Y tế's, inherited); `Sở Giáo dục và Đào tạo rà soát …`.
    expect(leads(d)).toEqual([
      ['so-y-te', true],
      ['so-giao-duc-va-dao-tao', false],
    ]);
  });

  it('item 3: Sở Giáo dục và Đào tạo leads, Sở Y tế supports, a kế hoạch submitted to UBND tỉnh and Thường trực', () => {
    const d = directive(n, '3');
    expect(leads(d)).toEqual([['so-giao-duc-va-dao-tao', false]]);
    expect(support(d)).toContain('so-y-te');
    expect(d.product).toBe('kế hoạch');
    expect(d.reportTo).toEqual(expect.arrayContaining(['ubnd-tinh', 'tinh-uy.thuong-truc']));
    expect(d.deadlines).toEqual([]);
    expect(d.timing).toBe('none');
  });

  it('item 1: Ủy ban nhân dân tỉnh leads; bullets 1 and 3 inherit it, bullet 2 names the Chủ tịch', () => {
    expect(leads(directive(n, '1'))[0]).toEqual(['ubnd-tinh', false]);
    for (const id of ['1.-.1', '1.-.3']) {
      const d = directive(n, id);
      expect(d.item, id).toBe('1');
      expect(leads(d), id).toEqual([['ubnd-tinh', true]]);
    }
    expect(leads(directive(n, '1.-.2'))).toEqual([['chu-tich-ubnd-tinh', false]]);
  });

  it('item 1, bullet 1 cites 2771/QĐ-UBND; its date is no deadline and its issuer no lead', () => {
    const d = directive(n, '1.-.1');
    expect(d.references).toEqual(['2771/QĐ-UBND']);
    expect(d.deadlines).toEqual([]);
  });

  it('cites one document: Quyết định 2771/QĐ-UBND of 26/11/2021 by Ủy ban nhân dân tỉnh', () => {
    expect(n.references).toHaveLength(1);
    const r = n.references[0]!;
    expect(r).toMatchObject({ type: 'Quyết định', number: '2771/QĐ-UBND', date: '2021-11-26', issuer: 'Ủy ban nhân dân tỉnh' });
    expect(r.text.startsWith('Quyết định số 2771/QĐ-UBND, ngày 26/11/2021 của Ủy ban nhân dân tỉnh về việc ban hành Kế hoạch')).toBe(true);
    // The span points at the citation in the wrapped source.
    expect(flat(sliceOf(source, r.span))).toBe(r.text);
  });
});

describe('sample 001', () => {
  const n = fixture('001');

  it('has exactly one deadline, 2021-08-13 (bullet 5 of item 2)', () => {
    expect(deadlineDates(n)).toEqual(['2021-08-13']);
    expect(directive(n, '2.-.5').deadlines.map((x) => x.date)).toEqual(['2021-08-13']);
  });

  it('cites 68/NQ-CP, 23/2021/QĐ-TTg and 59/KH-UBND with their dates and issuers', () => {
    expect(n.references.map((r) => [r.type, r.number, r.date, r.issuer])).toEqual([
      ['Nghị quyết', '68/NQ-CP', '2021-07-01', 'Chính phủ'],
      ['Quyết định', '23/2021/QĐ-TTg', '2021-07-07', 'Thủ tướng Chính phủ'],
      ['Kế hoạch', '59/KH-UBND', '2021-07-13', 'Ủy ban nhân dân tỉnh'],
    ]);
    expect(n.references[2]!.title).toBe(
      'về thực hiện một số chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch Covid-19',
    );
  });

  it('the bullet citing them carries the three numbers and none of their dates', () => {
    const d = n.directives.find((x) => x.text.startsWith('Lãnh đạo Ủy ban nhân dân tỉnh tiếp tục chỉ đạo'))!;
    expect(d.id).toBe('2.-.10');
    expect(d.references).toEqual(['68/NQ-CP', '23/2021/QĐ-TTg', '59/KH-UBND']);
    expect(d.deadlines).toEqual([]);
  });

  it('`Sở Thông tin và Truyền thông, Tỉnh đoàn, Sở Y tế phối hợp …`: three leads, no support', () => {
    const d = directive(n, '2.-.8');
    expect(d.text.startsWith('Sở Thông tin và Truyền thông, Tỉnh đoàn, Sở Y tế phối hợp')).toBe(true);
    expect(leads(d)).toEqual([
      ['so-thong-tin-va-truyen-thong', false],
      ['doan-thanh-nien-tinh', false],
      ['so-y-te', false],
    ]);
    expect(support(d)).toEqual([]);
  });

  it('item 1 only states facts (`Thời gian vừa qua các cấp, các ngành đã có nhiều cố gắng …`): no directive', () => {
    expect(ids(n)).not.toContain('1');
  });

  it('`Đồng ý ưu tiên …` (bullet 4 of item 2) agrees and sets no date: no directive', () => {
    expect(ids(n)).not.toContain('2.-.4');
  });
});

describe('sample 002', () => {
  const n = fixture('002');

  it('has exactly the deadlines 2021-12-03 and 2021-12-15 (not the meeting of 29/11/2021)', () => {
    expect(deadlineDates(n)).toEqual(['2021-12-03', '2021-12-15']);
  });

  it('4.1: an agreement that extends the measures until 15/12/2021 is tracked, with no lead', () => {
    const d = directive(n, '4.1');
    expect(d.deadlines.map((x) => [x.date, x.kind])).toEqual([['2021-12-15', 'until']]);
    expect(d.timing).toBe('dated');
    expect(leads(d)).toEqual([]);
  });

  it('4.2: Ủy ban nhân dân tỉnh finishes the drafts for the meeting of 03/12/2021', () => {
    const d = directive(n, '4.2');
    expect(d.deadlines.map((x) => x.date)).toEqual(['2021-12-03']);
    expect(leads(d)).toEqual([['ubnd-tinh', false]]);
  });

  it('numbers 2.1–2.3 under item 3 get ids 3/2.1 …; item 1 (facts) is no directive', () => {
    expect(ids(n)).toEqual(expect.arrayContaining(['3/2.1', '3/2.2', '3/2.3', '4.1', '4.2']));
    expect(ids(n)).not.toContain('2.1');
    expect(ids(n)).not.toContain('1');
    expect(directive(n, '3/2.2').item).toBe('3/2.2');
  });

  it('2: `Thường trực Tỉnh ủy cơ bản nhất trí …; đồng thời đề nghị Ban Chỉ đạo …` leads the Ban Chỉ đạo', () => {
    expect(leads(directive(n, '2'))).toEqual([['ban-chi-dao-covid-tinh', false]]);
  });

  it('cites nothing', () => {
    expect(n.references).toEqual([]);
  });
});

describe('samples 003 and 004', () => {
  const n3 = fixture('003');
  const n4 = fixture('004');

  it('003 and 004 set no deadline', () => {
    expect(deadlineDates(n3)).toEqual([]);
    expect(deadlineDates(n4)).toEqual([]);
  });

  it('003 cites nothing', () => {
    expect(n3.references).toEqual([]);
  });

  it('004 cites Chỉ thị 16/CT-TTg (no date) and Nghị quyết 68/NQ-CP of 01/7/2021 by Chính phủ', () => {
    expect(n4.references.map((r) => [r.type, r.number, r.date, r.issuer])).toEqual([
      ['Chỉ thị', '16/CT-TTg', null, null],
      ['Nghị quyết', '68/NQ-CP', '2021-07-01', 'Chính phủ'],
    ]);
  });

  it('004: 2.4 cites 68/NQ-CP and inherits the Ban Chỉ đạo the Thường trực addresses in item 2', () => {
    const d = directive(n4, '2.4');
    expect(d.references).toEqual(['68/NQ-CP']);
    expect(d.deadlines).toEqual([]);
    expect(leads(d)).toEqual([['ban-chi-dao-covid-tinh', true]]);
    // `Thường trực Tỉnh ủy yêu cầu Ban Chỉ đạo …`: the Ban Chỉ đạo leads, not the Thường trực.
    expect(leads(directive(n4, '2')).map(([id]) => id)).not.toContain('tinh-uy.thuong-truc');
  });

  it('004: item 1 tells what was done (`… đã chủ động, kịp thời chỉ đạo …`): no directive', () => {
    expect(ids(n4)).not.toContain('1');
  });

  it('003: `Giao Sở Y tế, …: Tiếp tục …` leads Sở Y tế; `Ban Tuyên giáo, Ban Dân vận phối hợp với Ủy ban MTTQ …`', () => {
    expect(leads(directive(n3, '2'))).toEqual([['so-y-te', false]]);
    const d = directive(n3, '3');
    expect(leads(d)).toEqual([
      ['tinh-uy.ban-tuyen-giao', false],
      ['tinh-uy.ban-dan-van', false],
    ]);
    expect(support(d)).toContain('mttq-tinh');
  });
});

describe('samples: known gaps (expected values are right, the code is not)', () => {
  // 002 §4.2: `… hoàn chỉnh và gửi các đồng chí Ủy viên Thường vụ Tỉnh ủy nghiên cứu trước để cho ý
  // kiến …`. The drafts are submitted to the UVTV (a gazetteer body: tinh-uy.uy-vien-thuong-vu).
  // REPORT_TO knows `gửi` but needs the body straight after it; `các đồng chí` stands between.
  it('002 4.2 is submitted to the Ủy viên Thường vụ Tỉnh ủy', () => {
    expect(directive(fixture('002'), '4.2').reportTo).toContain('tinh-uy.uy-vien-thuong-vu');
  });

  // 004 §5, second paragraph: `… đồng thời đề xuất, kiến nghị liên quan đến công tác phòng, chống
  // dịch bệnh về Thường trực Tỉnh ủy để theo dõi, chỉ đạo.` REPORT_TO has no `đề xuất`/`kiến nghị …
  // về`, and `về` is only read right after `báo cáo`.
  it('004 5 sends its proposals to Thường trực Tỉnh ủy', () => {
    expect(directive(fixture('004'), '5').reportTo).toContain('tinh-uy.thuong-truc');
  });
});

// ---------------------------------------------------------------------------------------------
// (b) Small notices

const HEAD = 'THÔNG BÁO\nkết luận của Thường trực Tỉnh ủy\n-----\nNgày 02/12/2021, Thường trực Tỉnh ủy họp.\n';
const TAIL = '\nNơi nhận:\n- Lưu VPTU.\nCHÁNH VĂN PHÒNG\n';
const notice = (body: string): Notice => parseNotice(HEAD + body + TAIL, { name: 'small.txt' });

interface Want {
  id: string;
  item?: string;
  leads?: [string, boolean][];
  support?: string[];
  reportTo?: string[];
  product?: string | null;
  timing?: Directive['timing'];
  /** `[date, kind]` of each deadline, in order. */
  deadlines?: [string | null, string][];
  references?: string[];
  /** Agency ids that must not appear on the directive in any role. */
  notAgencies?: string[];
}

interface Case {
  name: string;
  body: string;
  /** The item tree as read from the body (guards the small notice itself). */
  tree?: Outline;
  want?: Want[];
  /** Ids that must not be directives. */
  absent?: string[];
}

function check(n: Notice, w: Want): void {
  const d = directive(n, w.id);
  if (w.item !== undefined) expect(d.item, `${w.id} item`).toBe(w.item);
  if (w.leads !== undefined) expect(leads(d), `${w.id} leads`).toEqual(w.leads);
  if (w.support !== undefined) expect(support(d), `${w.id} support`).toEqual(w.support);
  if (w.reportTo !== undefined) expect(d.reportTo, `${w.id} reportTo`).toEqual(w.reportTo);
  if (w.product !== undefined) expect(d.product, `${w.id} product`).toBe(w.product);
  if (w.timing !== undefined) expect(d.timing, `${w.id} timing`).toBe(w.timing);
  if (w.deadlines !== undefined) expect(d.deadlines.map((x) => [x.date, x.kind]), `${w.id} deadlines`).toEqual(w.deadlines);
  if (w.references !== undefined) expect(d.references, `${w.id} references`).toEqual(w.references);
  for (const a of w.notAgencies ?? []) expect(d.agencies.map((x) => x.id), `${w.id} agencies`).not.toContain(a);
}

function run(c: Case): Notice {
  const n = notice(c.body);
  if (c.tree) expect(outline(n.items)).toEqual(c.tree);
  for (const w of c.want ?? []) check(n, w);
  for (const id of c.absent ?? []) expect(ids(n), `${id} is no directive`).not.toContain(id);
  return n;
}

describe('directive roles: lead and support', () => {
  const cases: Case[] = [
    {
      name: 'the subject of the sentence leads',
      body: '1. Sở Y tế rà soát số liệu tiêm chủng của học sinh.',
      tree: ['1'],
      want: [{ id: '1', item: '1', leads: [['so-y-te', false]], support: [], reportTo: [], product: null, timing: 'none', deadlines: [], references: [] }],
    },
    {
      name: '`Giao X …`: X leads',
      body: '1. Giao Sở Tài chính bố trí kinh phí mua sắm vật tư.',
      want: [{ id: '1', leads: [['so-tai-chinh', false]], support: [] }],
    },
    {
      name: '`Đề nghị X …`: X leads',
      body: '1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động nhân dân tham gia tiêm vắc xin.',
      want: [{ id: '1', leads: [['mttq-tinh', false]], support: [] }],
    },
    {
      name: '`Yêu cầu X …`: X leads',
      body: '1. Yêu cầu Công an tỉnh tăng cường kiểm soát người ra, vào tỉnh.',
      want: [{ id: '1', leads: [['cong-an-tinh', false]], support: [] }],
    },
    {
      name: '`Thường trực Tỉnh ủy yêu cầu X …`: X leads, not the Thường trực',
      body: '1. Thường trực Tỉnh ủy yêu cầu Sở Giáo dục và Đào tạo rà soát số liệu học sinh.',
      want: [{ id: '1', leads: [['so-giao-duc-va-dao-tao', false]], support: [], notAgencies: ['tinh-uy.thuong-truc'] }],
    },
    {
      name: '`Thường trực Tỉnh ủy giao X …`: X leads, not the Thường trực',
      body: '1. Thường trực Tỉnh ủy giao Ủy ban nhân dân tỉnh chỉ đạo rà soát các dự án chậm tiến độ.',
      want: [{ id: '1', leads: [['ubnd-tinh', false]], notAgencies: ['tinh-uy.thuong-truc'] }],
    },
    {
      name: 'a list before `phối hợp`: every body of it leads',
      body: '1. Sở Thông tin và Truyền thông, Tỉnh đoàn, Sở Y tế phối hợp hoàn thành việc nhập dữ liệu tiêm chủng.',
      want: [
        {
          id: '1',
          leads: [['so-thong-tin-va-truyen-thong', false], ['doan-thanh-nien-tinh', false], ['so-y-te', false]],
          support: [],
        },
      ],
    },
    {
      name: '`X phối hợp với Y`: Y supports',
      body: '1. Sở Giáo dục và Đào tạo phối hợp với Sở Y tế tổ chức tiêm vắc xin cho học sinh.',
      want: [{ id: '1', leads: [['so-giao-duc-va-dao-tao', false]], support: ['so-y-te'] }],
    },
    {
      name: '`X phối hợp Y` (no `với`): Y supports',
      body: '1. Sở Giáo dục và Đào tạo phối hợp Sở Y tế xây dựng kế hoạch dạy học trực tiếp.',
      want: [{ id: '1', leads: [['so-giao-duc-va-dao-tao', false]], support: ['so-y-te'], product: 'kế hoạch' }],
    },
    {
      name: '`X chủ trì, phối hợp với Y và Z`: X leads, Y and Z support',
      body: '1. Sở Y tế chủ trì, phối hợp với Sở Tài chính và Bảo hiểm xã hội tỉnh rà soát chi phí điều trị.',
      want: [{ id: '1', leads: [['so-y-te', false]], support: ['so-tai-chinh', 'bao-hiem-xa-hoi-tinh'] }],
    },
    {
      name: '`Đề nghị X phối hợp với Y`',
      body: '1. Đề nghị Tỉnh đoàn phối hợp với Sở Y tế tuyên truyền về tiêm vắc xin.',
      want: [{ id: '1', leads: [['doan-thanh-nien-tinh', false]], support: ['so-y-te'] }],
    },
  ];

  it.each(cases)('$name', (c) => {
    run(c);
  });
});

describe('directive roles: reportTo', () => {
  const cases: Case[] = [
    {
      name: '`báo cáo Thường trực Tỉnh ủy trước ngày …`',
      body: '1. Sở Y tế tổng hợp kết quả, báo cáo Thường trực Tỉnh ủy trước ngày 10/12/2021.',
      want: [
        {
          id: '1', leads: [['so-y-te', false]], reportTo: ['tinh-uy.thuong-truc'], product: 'báo cáo', timing: 'dated',
          deadlines: [['2021-12-10', 'by']],
        },
      ],
    },
    {
      name: '`trình Ủy ban nhân dân tỉnh`: a tờ trình submitted, and UBND tỉnh is no lead',
      body: '1. Sở Nội vụ xây dựng tờ trình, trình Ủy ban nhân dân tỉnh xem xét.',
      want: [{ id: '1', leads: [['so-noi-vu', false]], reportTo: ['ubnd-tinh'], product: 'tờ trình' }],
    },
    {
      name: '`báo cáo kết quả về Văn phòng Tỉnh ủy`',
      body: '1. Sở Y tế triển khai thực hiện, báo cáo kết quả về Văn phòng Tỉnh ủy để tổng hợp.',
      want: [{ id: '1', leads: [['so-y-te', false]], reportTo: ['tinh-uy.van-phong'], product: 'báo cáo' }],
    },
    {
      name: '`tham mưu Ủy ban nhân dân tỉnh`: advised, not led',
      body: '1. Sở Tài chính khẩn trương tham mưu Ủy ban nhân dân tỉnh quy định mức thu phí xét nghiệm.',
      want: [{ id: '1', leads: [['so-tai-chinh', false]], reportTo: ['ubnd-tinh'] }],
    },
  ];

  it.each(cases)('$name', (c) => {
    run(c);
  });

  // `gửi các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy cho ý kiến`: submitted to the UVTV. REPORT_TO
  // reads `gửi` only right before the body, and `các đồng chí` stands between (as in sample 002).
  it('`gửi các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy cho ý kiến`: submitted to the UVTV', () => {
    run({
      name: '',
      body: '1. Ủy ban nhân dân tỉnh hoàn chỉnh dự thảo kế hoạch, gửi các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy cho ý kiến.',
      want: [{ id: '1', leads: [['ubnd-tinh', false]], reportTo: ['tinh-uy.uy-vien-thuong-vu'] }],
    });
  });
});

describe('a body of a body, its name unread', () => {
  // other-issuers/001 II.3: the Bans of the HĐND are told to act, not the HĐND; the agencies read
  // no body `Ban HĐND Thành phố`, and the directive names none rather than the wrong one.
  it('`Đề nghị các Ban HĐND Thành phố …`: the HĐND does not lead', () => {
    run({
      name: '',
      body: '1. Đề nghị các Ban HĐND Thành phố theo lĩnh vực phụ trách tiếp tục chủ động tham mưu Thường trực thực hiện.',
      want: [{ id: '1', leads: [], notAgencies: ['hdnd-thanh-pho'] }],
    });
  });

  it('a body assigned a task in the passive still leads (`Văn phòng Tỉnh ủy được phân công chủ trì …`)', () => {
    run({ name: '', body: '1. Văn phòng Tỉnh ủy được phân công chủ trì xây dựng Chương trình làm việc.', want: [{ id: '1', leads: [['tinh-uy.van-phong', false]] }] });
  });

  it('a body named whole after its head still leads (`Đề nghị Ban Tuyên giáo Tỉnh ủy …`)', () => {
    const n = notice('1. Đề nghị Ban Tuyên giáo Tỉnh ủy chỉ đạo công tác tuyên truyền.');
    expect(directive(n, '1').agencies.filter((a) => a.role === 'lead').map((a) => a.name)).toEqual(['Ban Tuyên giáo Tỉnh ủy']);
  });
});

describe('a body with no items whose last paragraph gives duties of its own', () => {
  // other-issuers/002: two paragraphs, the second ending the notice with `./.`; both are directives.
  const text = [
    'ỦY BAN NHÂN DÂN',
    'THÀNH PHỐ HÀ NỘI',
    'Số: /TB-UBND',
    'Hà Nội, ngày tháng năm',
    'THÔNG BÁO',
    'Về việc treo cờ Tổ quốc',
    'Ủy ban nhân dân thành phố Hà Nội đề nghị các sở, ban, ngành và các hộ gia đình trên địa bàn Thành phố treo cờ Tổ quốc từ ngày 10/5/2026 đến hết ngày 14/5/2026.',
    'Ủy ban nhân dân các phường, xã có trách nhiệm chỉ đạo, kiểm tra, nhắc nhở việc treo cờ Tổ quốc ở địa bàn dân cư./.',
    'Nơi nhận:',
    '- Lưu: VT, KGVX',
  ].join('\n');
  const n = parseNotice(text);

  it('has no closing, and reads the last paragraph as a task of the communes’ and wards’ People’s Committees', () => {
    expect(n.closing).toBeNull();
    expect(ids(n)).toEqual(['p1', 'p2']);
    const p2 = directive(n, 'p2');
    expect(p2.kind).toBe('task');
    // Two classes: the wards' and the communes' (`Ủy ban nhân dân các phường, xã`).
    const lead = p2.agencies.filter((a) => a.role === 'lead');
    expect(lead.map((a) => [a.name, a.collective])).toEqual([
      ['các Ủy ban nhân dân phường', true],
      ['các Ủy ban nhân dân xã', true],
    ]);
  });
});

describe('what is not a directive', () => {
  const cases: Case[] = [
    {
      name: 'an item that only states facts',
      body: '1. Thời gian qua, công tác tiêm vắc xin trên địa bàn tỉnh đạt nhiều kết quả tích cực.\n2. Sở Y tế rà soát số liệu tiêm chủng.',
      tree: ['1', '2'],
      absent: ['1'],
      want: [{ id: '2', leads: [['so-y-te', false]] }],
    },
    {
      name: 'a past-tense item (`… đã chủ động …`)',
      body: '1. Sở Y tế đã chủ động triển khai các biện pháp phòng, chống dịch.\n2. Sở Y tế rà soát số liệu tiêm chủng.',
      tree: ['1', '2'],
      absent: ['1'],
    },
    {
      name: 'an agreement that sets no date (`Thường trực Tỉnh ủy nhất trí …`)',
      body: '1. Thường trực Tỉnh ủy nhất trí với đề xuất của Sở Y tế.\n2. Sở Y tế rà soát số liệu tiêm chủng.',
      tree: ['1', '2'],
      absent: ['1'],
    },
    {
      // commune-notices/001 1.-.1, among the results of the month: what was done to the Trung tâm.
      name: 'a body the clause tells what was done to (`… được triển khai đồng bộ`)',
      body: '1. Trung tâm Phục vụ hành chính công xã được triển khai đồng bộ, hồ sơ được giải quyết đúng hạn.\n2. Sở Y tế rà soát số liệu tiêm chủng.',
      tree: ['1', '2'],
      absent: ['1'],
    },
    {
      name: 'an agreement without a subject (`Đồng ý ưu tiên …`)',
      body: '1. Đồng ý ưu tiên tiêm vắc xin mũi 2 cho lực lượng vũ trang của tỉnh.\n2. Sở Y tế rà soát số liệu tiêm chủng.',
      tree: ['1', '2'],
      absent: ['1'],
    },
    {
      name: 'a heading-only item above sub-items',
      body: '1. Về một số nhiệm vụ, giải pháp\n1.1. Sở Y tế rà soát số liệu tiêm chủng.',
      tree: ['1', ['1.1']],
      absent: ['1'],
      want: [{ id: '1.1', leads: [['so-y-te', false]] }],
    },
  ];

  it.each(cases)('$name', (c) => {
    run(c);
  });

  it('an agreement that sets a date is tracked, with the date and no lead', () => {
    run({
      name: '',
      body: '1. Thường trực Tỉnh ủy nhất trí kéo dài thời gian thực hiện các biện pháp phòng, chống dịch đến ngày 15/12/2021.',
      want: [{ id: '1', leads: [], support: [], timing: 'dated', deadlines: [['2021-12-15', 'until']] }],
    });
  });
});

describe('bullets inherit their parent’s leads', () => {
  it('a bullet with no agency inherits (`inherited: true`); one with its own does not', () => {
    run({
      name: '',
      body:
        '1. Ủy ban nhân dân tỉnh chỉ đạo thực hiện các nội dung sau:\n- Rà soát số liệu tiêm chủng trên địa bàn.\n- Sở Y tế bố trí đủ nhân lực cho các điểm tiêm.',
      tree: ['1', ['-', '-']],
      want: [
        { id: '1', item: '1', leads: [['ubnd-tinh', false]] },
        { id: '1.-.1', item: '1', leads: [['ubnd-tinh', true]] },
        { id: '1.-.2', item: '1', leads: [['so-y-te', false]], notAgencies: ['ubnd-tinh'] },
      ],
    });
  });

  it('the leads handed over by `Giao X` pass down to a bullet', () => {
    run({
      name: '',
      body: '1. Giao Sở Y tế thực hiện các việc sau:\n- Kiểm tra các khu cách ly tập trung.\n- Tổ chức cách ly tại nhà đúng quy định.',
      tree: ['1', ['-', '-']],
      want: [
        { id: '1', leads: [['so-y-te', false]] },
        { id: '1.-.1', item: '1', leads: [['so-y-te', true]] },
        { id: '1.-.2', item: '1', leads: [['so-y-te', true]] },
      ],
    });
  });

  it('a bullet under a sub-item inherits through it', () => {
    run({
      name: '',
      body:
        '1. Sở Y tế rà soát số liệu tiêm chủng.\n2. Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành thực hiện:\n2.1. Sở Y tế bố trí nhân lực cho các điểm tiêm.\n2.2. Sở Tài chính bố trí kinh phí.\n- Bố trí trước kinh phí mua vắc xin.',
      tree: ['1', '2', ['2.1', '2.2', ['-']]],
      want: [
        { id: '2.1', item: '2.1', leads: [['so-y-te', false]] },
        { id: '2.2', item: '2.2', leads: [['so-tai-chinh', false]] },
        { id: '2.2.-.1', item: '2.2', leads: [['so-tai-chinh', true]] },
      ],
    });
  });
});

describe('an item that only names the bodies its points are for', () => {
  it('`1. Ban Quản lý dự án …:` hands its points to that body; a point with a body of its own keeps it', () => {
    run({
      name: '',
      body: [
        '1. Ban Quản lý dự án đầu tư xây dựng huyện:',
        'a) Khẩn trương hoàn chỉnh hồ sơ thanh toán các công trình đã hoàn thành, giải ngân xong trước ngày 30/4/2023.',
        'b) Phối hợp với Ủy ban nhân dân các xã rà soát mặt bằng, báo cáo Ủy ban nhân dân huyện trước ngày 25/3/2023.',
        'c) Phòng Tài chính - Kế hoạch thẩm định hồ sơ quyết toán.',
        '2. Phòng Kinh tế và Hạ tầng kiểm tra chất lượng công trình.',
      ].join('\n'),
      tree: ['1', ['a', 'b', 'c'], '2'],
      want: [
        { id: '1.a', item: '1.a', leads: [['ban-quan-ly-du-an-dau-tu-xay-dung-huyen', true]], deadlines: [['2023-04-30', 'by']] },
        { id: '1.b', item: '1.b', leads: [['ban-quan-ly-du-an-dau-tu-xay-dung-huyen', true]], deadlines: [['2023-03-25', 'by']] },
        { id: '1.c', item: '1.c', leads: [['phong-tai-chinh-ke-hoach', false]], notAgencies: ['ban-quan-ly-du-an-dau-tu-xay-dung-huyen'] },
      ],
      // The heading itself asks nothing.
      absent: ['1'],
    });
  });

  it('after `Đối với`, and for two bodies', () => {
    run({
      name: '',
      body: ['1. Đối với Sở Y tế và Sở Tài chính:', '- Khẩn trương bố trí kinh phí mua vắc xin.', '2. Ủy ban nhân dân tỉnh chỉ đạo thực hiện.'].join('\n'),
      tree: ['1', ['-'], '2'],
      want: [{ id: '1.-.1', item: '1', leads: [['so-y-te', true], ['so-tai-chinh', true]] }],
    });
  });

  it('is no heading when a verb or more text stands before or after the colon', () => {
    for (const text of ['Sở Y tế chủ trì:', 'Về công tác y tế:', 'Sở Y tế: khẩn trương triển khai.', 'Đối với các dự án của Sở Y tế:']) {
      expect(addressedIn(text, agencyMatcher.findAgencies(text)), text).toEqual([]);
    }
    const text = 'Đối với Ủy ban nhân dân tỉnh:';
    expect(addressedIn(text, agencyMatcher.findAgencies(text)).map((m) => m.id)).toEqual(['ubnd-tinh']);
  });

  it('gives its points to the bodies only where they ask for action: a report\'s `4. UBND xã:` heads what was done', () => {
    run({
      name: '',
      body: [
        '4. UBND xã:',
        '4.1. Lĩnh vực kinh tế:',
        '- Tiến độ gieo trồng vụ Mùa đạt khoảng 85% kế hoạch.',
        '- Tiếp tục theo dõi hoạt động nuôi trồng thủy sản trên địa bàn.',
      ].join('\n'),
      tree: ['4', ['4.1', ['-', '-']]],
      want: [{ id: '4.1.-.2', item: '4.1', leads: [['ubnd-xa', true]] }],
      absent: ['4', '4.1', '4.1.-.1'],
    });
  });
});

describe('bullets inherit: known gap (expected values are right, the code is not)', () => {
  // A bullet under `Giao Sở Y tế thực hiện các việc sau:` is one of the tasks handed over, whatever
  // verb it opens with. readDirective only counts it as asking for action when its verb is in the
  // closed IMPERATIVE list (or it names a lead); these common verbs are not in it, so the bullet
  // gives no directive at all and the task is lost.
  const bullets = [
    'Hướng dẫn người dân cách ly tại nhà.',
    'Ưu tiên tiêm vắc xin cho người cao tuổi.',
    'Vận động người dân tiêm vắc xin.',
    'Theo dõi sức khỏe người về từ vùng dịch.',
    'Đôn đốc các địa phương tiêm vắc xin.',
    'Giám sát việc cách ly tại nhà.',
    'Hỗ trợ các địa phương lấy mẫu xét nghiệm.',
    'Phân bổ vắc xin cho các địa phương.',
  ];
  for (const bullet of bullets) {
    it(`\`- ${bullet}\` under \`Giao Sở Y tế thực hiện các việc sau:\` is a task of Sở Y tế`, () => {
      run({
        name: '',
        body: `1. Giao Sở Y tế thực hiện các việc sau:\n- ${bullet}`,
        tree: ['1', ['-']],
        want: [{ id: '1.-.1', item: '1', leads: [['so-y-te', true]] }],
      });
    });
  }
});

describe('directive ids', () => {
  it('`1`, `1.-.2`, `2.1`', () => {
    const n = run({
      name: '',
      body:
        '1. Sở Y tế thực hiện các việc sau:\n- Kiểm tra các khu cách ly.\n- Tổ chức cách ly tại nhà.\n2. Ủy ban nhân dân tỉnh chỉ đạo:\n2.1. Sở Tài chính bố trí kinh phí.',
      tree: ['1', ['-', '-'], '2', ['2.1']],
    });
    expect(ids(n)).toEqual(['1', '1.-.1', '1.-.2', '2', '2.1']);
    expect(n.directives.map((d) => d.item)).toEqual(['1', '1', '1', '2', '2.1']);
  });

  it('`3/2.1` for a number that does not fit its parent, with a numbering warning', () => {
    const n = run({
      name: '',
      body:
        '1. Sở Y tế rà soát số liệu tiêm chủng.\n2. Sở Tài chính bố trí kinh phí.\n3. Về một số nhiệm vụ, giải pháp\n2.1. Sở Giáo dục và Đào tạo rà soát số liệu học sinh.\n2.2. Công an tỉnh tăng cường tuần tra.',
      tree: ['1', '2', '3', ['2.1', '2.2']],
      want: [
        { id: '3/2.1', item: '3/2.1', leads: [['so-giao-duc-va-dao-tao', false]] },
        { id: '3/2.2', item: '3/2.2', leads: [['cong-an-tinh', false]] },
      ],
      absent: ['3', '2.1', '2.2'],
    });
    expect(ids(n)).toEqual(['1', '2', '3/2.1', '3/2.2']);
    expect(codes(n, 'warning')).toContain('numbering');
  });

  it('`II.1` under a Roman section, `II.1.a` under it', () => {
    const n = run({
      name: '',
      body:
        'I. VỀ CÔNG TÁC PHÒNG, CHỐNG DỊCH\n1. Sở Y tế rà soát số liệu tiêm chủng.\nII. VỀ PHÁT TRIỂN KINH TẾ - XÃ HỘI\n1. Sở Kế hoạch và Đầu tư tham mưu các giải pháp phục hồi kinh tế.\na) Rà soát các dự án trọng điểm.',
      tree: ['I', ['1'], 'II', ['1', ['a']]],
      want: [
        { id: 'I.1', item: 'I.1', leads: [['so-y-te', false]] },
        { id: 'II.1', item: 'II.1', leads: [['so-ke-hoach-va-dau-tu', false]] },
        { id: 'II.1.a', item: 'II.1.a', leads: [['so-ke-hoach-va-dau-tu', true]] },
      ],
    });
    expect(ids(n)).toEqual(['I.1', 'II.1', 'II.1.a']);
  });
});

describe('timing', () => {
  const cases: Case[] = [
    {
      name: 'dated: `trước ngày 15/12/2021`, even beside `tiếp tục`',
      body: '1. Sở Y tế tiếp tục tiêm vắc xin, hoàn thành trước ngày 15/12/2021.',
      want: [{ id: '1', timing: 'dated', deadlines: [['2021-12-15', 'by']] }],
    },
    {
      name: 'dated: a month (`hoàn thành … trong tháng 01/2022`)',
      body: '1. Sở Y tế hoàn thành tiêm mũi 3 trong tháng 01/2022.',
      want: [{ id: '1', timing: 'dated', deadlines: [['2022-01', 'by']] }],
    },
    {
      name: 'relative: `trong thời hạn 10 ngày`',
      body: '1. Sở Y tế báo cáo kết quả rà soát trong thời hạn 10 ngày.',
      want: [{ id: '1', timing: 'relative' }],
    },
    {
      name: 'ongoing: `thường xuyên`',
      body: '1. Sở Y tế thường xuyên kiểm tra công tác cách ly tại nhà.',
      want: [{ id: '1', timing: 'ongoing', deadlines: [] }],
    },
    {
      name: 'ongoing: `tiếp tục`',
      body: '1. Công an tỉnh tiếp tục kiểm soát người ra, vào tỉnh.',
      want: [{ id: '1', timing: 'ongoing', deadlines: [] }],
    },
    {
      name: 'ongoing: `kịp thời`',
      body: '1. Sở Y tế kịp thời cập nhật số liệu ca mắc mới.',
      want: [{ id: '1', timing: 'ongoing', deadlines: [] }],
    },
    {
      name: 'none',
      body: '1. Sở Y tế rà soát số liệu tiêm chủng.',
      want: [{ id: '1', timing: 'none', deadlines: [] }],
    },
  ];

  it.each(cases)('$name', (c) => {
    run(c);
  });

  it('a relative deadline carries its days', () => {
    const n = notice('1. Sở Y tế báo cáo kết quả rà soát trong thời hạn 10 ngày.');
    const d = directive(n, '1');
    expect(d.deadlines).toHaveLength(1);
    expect(d.deadlines[0]).toMatchObject({ kind: 'relative', days: 10 });
  });
});

describe('product', () => {
  const cases: { body: string; product: string | null }[] = [
    { body: '1. Sở Y tế xây dựng kế hoạch tiêm mũi 3 cho người dân.', product: 'kế hoạch' },
    { body: '1. Sở Nội vụ xây dựng đề án sắp xếp đơn vị hành chính.', product: 'đề án' },
    { body: '1. Sở Tư pháp chuẩn bị dự thảo nghị quyết về phí xét nghiệm.', product: 'dự thảo' },
    { body: '1. Sở Nội vụ tham mưu ban hành quyết định kiện toàn tổ công tác.', product: 'quyết định' },
    { body: '1. Văn phòng Ủy ban nhân dân tỉnh soạn thảo công văn hướng dẫn các địa phương.', product: 'công văn' },
    { body: '1. Sở Y tế xây dựng báo cáo đánh giá công tác tiêm chủng.', product: 'báo cáo' },
    { body: '1. Sở Nội vụ xây dựng tờ trình, trình Ủy ban nhân dân tỉnh xem xét.', product: 'tờ trình' },
    { body: '1. Công an tỉnh tăng cường tuần tra, kiểm soát.', product: null },
  ];

  it.each(cases)('$body → $product', ({ body, product }) => {
    expect(directive(notice(body), '1').product).toBe(product);
  });
});

describe('references of a directive; a cited date is never a deadline', () => {
  it('a directive lists the numbers it cites; the issuer of the citation is no lead', () => {
    const n = run({
      name: '',
      body: '1. Sở Y tế triển khai thực hiện Kế hoạch số 59/KH-UBND ngày 13/7/2021 của Ủy ban nhân dân tỉnh.',
      want: [{ id: '1', leads: [['so-y-te', false]], support: [], references: ['59/KH-UBND'], deadlines: [], timing: 'none' }],
    });
    expect(n.references.map(({ span: _s, ...r }) => r)).toEqual([
      {
        type: 'Kế hoạch', number: '59/KH-UBND', date: '2021-07-13', issuer: 'Ủy ban nhân dân tỉnh', title: null,
        text: 'Kế hoạch số 59/KH-UBND ngày 13/7/2021 của Ủy ban nhân dân tỉnh',
      },
    ]);
  });

  it('beside a real deadline, only the deadline is one', () => {
    run({
      name: '',
      body: '1. Sở Y tế triển khai Quyết định số 2771/QĐ-UBND, ngày 26/11/2021 của Ủy ban nhân dân tỉnh, hoàn thành trước ngày 10/12/2021.',
      want: [{ id: '1', references: ['2771/QĐ-UBND'], deadlines: [['2021-12-10', 'by']], timing: 'dated' }],
    });
  });

  it('party form with `ngày d tháng m năm yyyy`: no deadline, the Ban Thường vụ is no lead', () => {
    run({
      name: '',
      body: '1. Sở Y tế thực hiện nghiêm Chỉ thị số 05-CT/TU ngày 15 tháng 11 năm 2021 của Ban Thường vụ Tỉnh ủy.',
      want: [{ id: '1', leads: [['so-y-te', false]], references: ['05-CT/TU'], deadlines: [], timing: 'none', notAgencies: ['tinh-uy.ban-thuong-vu'] }],
    });
  });

  it('a number with no type word (`theo 68/NQ-CP, ngày 01/7/2021`) is cited, its date no deadline', () => {
    const n = run({
      name: '',
      body: '1. Sở Lao động rà soát hỗ trợ người lao động theo 68/NQ-CP, ngày 01/7/2021 của Chính phủ.',
      want: [{ id: '1', references: ['68/NQ-CP'], deadlines: [] }],
    });
    expect(n.references.map((r) => [r.type, r.number, r.date, r.issuer])).toEqual([['Nghị quyết', '68/NQ-CP', '2021-07-01', 'Chính phủ']]);
  });

  it('the meeting date is no deadline', () => {
    const n = notice('1. Sở Y tế rà soát số liệu tiêm chủng.');
    expect(n.meeting.date).toBe('2021-12-02');
    expect(deadlineDates(n)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// (c) The clause and noun-phrase reader on its own (src/normalise/directives.ts)

describe('readDirective, clause by clause', () => {
  const body = (text: string, name: string, id: string): AgencyMention => {
    const start = text.indexOf(name);
    return { id, name, kind: 'state', level: 'province', start, end: start + name.length, text: name, known: true };
  };

  it('splits clauses at `.` `;` before a space and at a blank line, not inside `1.5`', () => {
    expect(clausesOf('A làm. B làm;\n\nC')).toEqual([{ start: 0, end: 6 }, { start: 6, end: 13 }, { start: 14, end: 16 }]);
    expect(clausesOf('Chi 1.5 tỷ. Xong')).toEqual([{ start: 0, end: 11 }, { start: 11, end: 16 }]);
    expect(clausesOf(' \n\n ')).toEqual([]);
  });

  it('reads the words of a noun phrase in any case (`LÃNH ĐẠO`, `Các`), and stops at the verb', () => {
    for (const text of ['LÃNH ĐẠO Sở Y tế chủ trì.', 'Lãnh đạo Sở Y tế chủ trì.', 'Các Sở Y tế chủ trì.']) {
      expect(readDirective(text, [body(text, 'Sở Y tế', 'so-y-te')]).leads.map((m) => m.id)).toEqual(['so-y-te']);
    }
    // `đạo` runs on into a longer word: not the phrase `lãnh đạo`, so the subject is not an agency list.
    const text = 'Lãnh đạoo Sở Y tế chủ trì.';
    expect(readDirective(text, [body(text, 'Sở Y tế', 'so-y-te')]).leads).toEqual([]);
  });

  it('takes the agency after a comma as the subject, and the ones after `phối hợp` as support', () => {
    const text = 'Thống nhất chủ trương, Sở Y tế chủ trì phối hợp với Sở Tài chính xây dựng kế hoạch.';
    const reading = readDirective(text, [body(text, 'Sở Y tế', 'so-y-te'), body(text, 'Sở Tài chính', 'so-tai-chinh')]);
    expect(reading.leads.map((m) => m.id)).toEqual(['so-y-te']);
    expect(reading.support.map((m) => m.id)).toEqual(['so-tai-chinh']);
    expect(productOf(text)).toBe('kế hoạch');
  });
});

describe('the date of a cited document is no deadline', () => {
  it('a date inside a citation read whole (its type word glued by PDF extraction) is the document\'s', () => {
    // commune-notices/002, lines 112-113: `báo cáo tại Tờtrình số 50-` / `TTr/BXDĐ ngày 29/9/2025`.
    const n = notice('1. Giao Ban Xây dựng Đảng hoàn thiện hồ sơ theo Tờtrình số 50-TTr/BXDĐ ngày 29/9/2025, báo cáo trước ngày 15/10/2025.\n');
    expect(n.references.map((r) => [r.number, r.date])).toEqual([['50-TTr/BXDĐ', '2025-09-29']]);
    expect(deadlineDates(n)).toEqual(['2025-10-15']);
  });
});

describe('dates that are not deadlines by their shape', () => {
  it('an anniversary range, same day and month in two years (commune-notices/004)', () => {
    const n = notice('1. Đề nghị Ủy ban nhân dân xã chào mừng kỷ niệm 95 năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam (18/11/1930 - 18/11/2025), hoàn thành trước ngày 15/11/2025.\n');
    expect(deadlineDates(n)).toEqual(['2025-11-15']);
  });

  it('a year three or more years after the notice\'s is a horizon (commune-notices/005); a nearer one is a deadline', () => {
    const n = notice('1. Giao Sở Y tế xây dựng Kế hoạch phát triển y tế giai đoạn 2026 - 2030 và định hướng đến năm 2035.\n2. Giao Sở Tài chính hoàn thành trong năm 2022.\n');
    // The meeting is on 02/12/2021 (HEAD): 2035 is a horizon, 2022 a deadline.
    expect(deadlineDates(n)).toEqual(['2022']);
  });
});

describe('a date over by the meeting is no deadline', () => {
  it('tells of the past (commune-notices/002: `Từ ngày 01/7/2025, xã … được thành lập` in a meeting of 30/9/2025)', () => {
    // The meeting is on 02/12/2021 (HEAD).
    const n = notice('1. Từ ngày 01/7/2021, Sở Y tế đã triển khai tiêm vắc xin; trong quý III năm 2021 đạt kết quả tốt. Giao Sở Y tế báo cáo trước ngày 15/12/2021.\n');
    expect(deadlineDates(n)).toEqual(['2021-12-15']);
  });
});

describe('an opening phrase, a comma, then a hand-over verb', () => {
  // commune-notices/005, second bullet: the frame `Trên cơ sở …` is no subject; Văn phòng is told to act
  const read = (text: string) => {
    const { findAgencies } = agencyMatcher;
    const r = readDirective(text, findAgencies(text));
    return { leads: r.leads.map((m) => m.text), support: r.support.map((m) => m.text) };
  };

  it('hands the task to the bodies after `giao`, `đề nghị`, `yêu cầu` in lower case', () => {
    expect(read('Trên cơ sở danh mục các Nghị quyết của Ban Chấp hành Đảng bộ xã, giao Văn phòng Đảng uỷ phối hợp Đảng uỷ UBND xã cập nhật.')).toEqual({
      leads: ['Văn phòng Đảng uỷ'],
      support: ['Đảng uỷ UBND xã'],
    });
    expect(read('Căn cứ Kết luận của Thường trực Tỉnh ủy, đề nghị Sở Y tế khẩn trương triển khai.').leads).toEqual(['Sở Y tế']);
  });

  it('reads no agency after a comma when the verb hands over a thing, not a task (`giao đất`)', () => {
    expect(read('Trong năm 2025, giao đất cho các hộ dân theo quy định.').leads).toEqual([]);
  });
});

describe('a body that directs another to lead', () => {
  const read = (text: string) => {
    const r = readDirective(text, agencyMatcher.findAgencies(text));
    return { leads: r.leads.map((m) => m.text), support: r.support.map((m) => m.text), directedBy: r.directedBy.map((m) => m.text) };
  };

  it('`UBND tỉnh chỉ đạo Sở X chủ trì, phối hợp với Sở Y`: Sở X leads, Sở Y supports, UBND tỉnh directs', () => {
    expect(read('Ủy ban nhân dân tỉnh chỉ đạo Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính rà soát, tham mưu bố trí vốn.')).toEqual({
      leads: ['Sở Kế hoạch và Đầu tư'],
      support: ['Sở Tài chính'],
      directedBy: ['Ủy ban nhân dân tỉnh'],
    });
  });

  it('without a lead word after them the directed bodies are the object: the subject leads (commune-notices/004, 1.3)', () => {
    expect(read('Đề nghị Đảng uỷ UBND xã chỉ đạo UBND xã và các cơ quan, đơn vị liên quan phối hợp, hỗ trợ, tạo điều kiện tốt nhất.')).toEqual({
      leads: ['Đảng uỷ UBND xã'],
      support: [],
      directedBy: [],
    });
  });
});

describe('a decision', () => {
  it('002 4.1: extending the measures until 15/12/2021 tells no one to act: a decision kept for its date', () => {
    const n = fixture('002');
    expect(directive(n, '4.1').kind).toBe('decision');
    expect(directive(n, '4.2').kind).toBe('task');
  });

  it('an approval that fixes a date is a decision; an order with a lead is a task', () => {
    const text = ['THÔNG BÁO', 'Kết luận của Thường trực Tỉnh ủy', '1. Thống nhất chủ trương tổ chức Hội nghị tổng kết vào ngày 20/12/2025.', '2. Giao Sở Nội vụ chuẩn bị nội dung Hội nghị.'].join('\n');
    const n = parseNotice(text);
    expect(n.directives.map((d) => [d.id, d.kind])).toEqual([['1', 'decision'], ['2', 'task']]);
    expect(n.directives[0]!.deadlines.map((d) => [d.date, d.role])).toEqual([['2025-12-20', 'schedule']]);
  });
});

describe("the notice's own speaker", () => {
  // commune-notices/002 I.2: the title reads KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG UỶ
  const text = [
    'ĐẢNG UỶ XÃ CÔNG HẢI',
    'THÔNG BÁO',
    'KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG UỶ',
    'Ngày 30/9/2025, Ban Thường vụ Đảng uỷ họp và kết luận như sau:',
    '1. Bên cạnh những kết quả đạt được, Ban Thường vụ Đảng uỷ lưu ý một số mặt hạn chế, khó khăn nổi lên.',
    '2. Văn phòng Đảng uỷ lưu ý hoàn thiện hồ sơ trước ngày 15/10/2025.',
  ].join('\n');

  it('notes when it speaks (`Ban Thường vụ Đảng uỷ lưu ý …`): no lead, no task; another body that `lưu ý` acts', () => {
    const n = parseNotice(text);
    expect(n.directives.map((d) => [d.id, d.agencies.map((a) => a.id)])).toEqual([['2', ['dang-uy.van-phong']]]);
  });
});

describe('a clause that opens with a verb of support', () => {
  const read = (text: string) => {
    const r = readDirective(text, agencyMatcher.findAgencies(text));
    return { leads: r.leads.map((m) => m.text), support: r.support.map((m) => m.text) };
  };

  // other-issuers/001 II.7, bullet 4: the bullet's doer is its heading's (Ban Văn hóa - Xã hội)
  it('`Phối hợp X làm việc với Y, Z tháo gỡ …`: X supports; Y and Z are worked with, not leads', () => {
    expect(read('Phối hợp Ban Kinh tế - Ngân sách khẩn trương làm việc với Sở Tài chính, Sở Xây dựng tháo gỡ dứt điểm vướng mắc.')).toEqual({
      leads: [],
      support: ['Ban Kinh tế - Ngân sách'],
    });
  });
});

describe('a body before a colon', () => {
  const text = [
    'THÔNG BÁO',
    'Kết luận của Thường trực Tỉnh ủy',
    '1. Thành phần:',
    '- Thường trực HĐND tỉnh: có mặt 09/09;',
    '2. Giao các cơ quan:',
    '- Sở Y tế: Khẩn trương triển khai tiêm vắc xin.',
    '- Sở Tài chính: tiếp tục bố trí kinh phí.',
  ].join('\n');

  it('is a label when no order follows (other-issuers/001: `Thường trực HĐND Thành phố: có mặt 09/09`)', () => {
    expect(parseNotice(text).directives.find((d) => d.id === '1.-.1')).toBeUndefined();
  });

  it('leads the order that follows it, in either case', () => {
    const n = parseNotice(text);
    expect(directive(n, '2.-.1').agencies.map((a) => [a.id, a.role])).toEqual([['so-y-te', 'lead']]);
    expect(directive(n, '2.-.2').agencies.map((a) => [a.id, a.role])).toEqual([['so-tai-chinh', 'lead']]);
  });
});
