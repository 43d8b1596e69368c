/** Document types read from numbers, one table for headings and citations. */
import { describe, expect, it } from 'vitest';
import { calendarDate, typeOfNumber } from '../src/lexicon/document-types.js';

describe('typeOfNumber', () => {
  it.each([
    ['123-TB/TU', 'Thông báo'],
    ['753-QĐ/TU', 'Quyết định'],
    ['14-TTr/BXDĐ', 'Tờ trình'],
    ['05-CT/TU', 'Chỉ thị'],
    ['-TB/ĐU', 'Thông báo'],
    ['12-TT/TU', 'Thông tri'],
    ['01/2021/TT-BYT', 'Thông tư'],
    ['68/NQ-CP', 'Nghị quyết'],
    ['23/2021/QĐ-TTg', 'Quyết định'],
    ['45/TB-VPUBND', 'Thông báo'],
    ['45/UBND-VX', null],
    ['3426', null],
  ])('%s → %s', (number, type) => expect(typeOfNumber(number)).toBe(type));
});

describe('calendarDate', () => {
  it.each([
    [2021, 12, 6, '2021-12-06'],
    [2024, 2, 29, '2024-02-29'],
    [2022, 2, 29, null],
    [2022, 2, 31, null],
    [2021, 13, 1, null],
    [999, 1, 1, null],
  ])('%i-%i-%i → %s', (y, m, d, iso) => expect(calendarDate(y, m, d)).toBe(iso));
});
