/**
 * An opening whose last sentence hands the items to a body (`… đề nghị Ủy ban nhân dân các tỉnh …
 * thực hiện một số nội dung sau:`): the items that name no lead of their own are that body's task.
 * An opening that only introduces the conclusions (`… kết luận những nội dung như sau:`) hands
 * nothing. Expected values read from the texts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/index.js';
import { fixtureBytes } from './helpers.js';

const leads = (n: ReturnType<typeof parseNotice>) =>
  n.directives.map((d) => [d.id, d.agencies.filter((a) => a.role === 'lead').map((a) => (a.inherited ? `^${a.name}` : a.name))]);

const notice = [
  'THÔNG BÁO',
  'kết luận của Thường trực Tỉnh ủy',
  '-----',
  'Ngày 02/12/2021, Thường trực Tỉnh ủy họp nghe báo cáo. Thường trực Tỉnh ủy đề nghị Ủy ban nhân dân tỉnh chỉ đạo thực hiện một số nội dung sau:',
  '1. Khẩn trương rà soát, hoàn thiện kế hoạch tiêm vắc xin, xong trước ngày 15/12/2021.',
  '2. Sở Y tế báo cáo tình hình thực hiện về Thường trực Tỉnh ủy.',
].join('\n');

describe('an opening that hands the items to a body', () => {
  it('gives its body to the items that name none, and not to one that names its own', () => {
    expect(leads(parseNotice(notice))).toEqual([
      ['1', ['^Ủy ban nhân dân tỉnh']],
      ['2', ['Sở Y tế']],
    ]);
  });

  it('hands nothing when the last sentence only introduces (`… kết luận như sau:`) or ends without a colon', () => {
    const concluded = notice.replace(/Thường trực Tỉnh ủy đề nghị Ủy ban nhân dân tỉnh chỉ đạo thực hiện một số nội dung sau:/, 'Đồng chí Bí thư Tỉnh ủy kết luận như sau:');
    expect(leads(parseNotice(concluded))[0]).toEqual(['1', []]);
    const noColon = notice.replace('một số nội dung sau:', 'một số nội dung sau.');
    expect(leads(parseNotice(noColon))[0]).toEqual(['1', []]);
  });

  it('reads a ministry letter to the provinces (other-issuers/011) and a commune letter (commune-documents/022)', () => {
    const letter = parseNotice(readFileSync(join(import.meta.dirname, 'corpus/other-issuers/011.txt')));
    // `Bộ Xây dựng đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương thực hiện một số nội dung sau đây:`
    // Two classes each: the provinces' and the (centrally-run) cities' People's Committees.
    expect(letter.directives.filter((d) => d.item === '1' || d.item === '3').map((d) => d.agencies.map((a) => [a.role, a.inherited, a.collective]))).toEqual([
      [['lead', true, true], ['lead', true, true]],
      [['lead', true, true], ['lead', true, true]],
    ]);
    const commune = parseNotice(readFileSync(join(import.meta.dirname, 'corpus/commune-documents/022.txt')));
    // `Thường trực Đảng uỷ đề nghị Đảng uỷ UBND xã, Uỷ ban Mặt trận Tổ quốc Việt Nam xã, các cơ quan, đơn vị tập trung thực hiện các nội dung như sau:`
    expect(leads(commune)[0]![1]).toEqual(expect.arrayContaining(['^Đảng ủy Ủy ban nhân dân xã', '^Ủy ban Mặt trận Tổ quốc Việt Nam xã']));
  });

  it('leaves fixture 000 as it was: its opening only introduces the conclusions', () => {
    const n = parseNotice(fixtureBytes('000_b3db3eb0fe8e6948'));
    expect(n.directives.find((d) => d.id === '4')!.agencies).toEqual([]);
  });
});
