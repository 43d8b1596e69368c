/**
 * Document types (Hướng dẫn 36-HD/VPTW, Nghị định 30/2020/NĐ-CP): their names, and the codes that
 * stand for them in a document number (`123-TB/TU`, `45/TB-VPUBND`, `23/2021/QĐ-TTg`). The
 * heading builder and the citation reader both read types from numbers; this is their one table.
 */
export const DOCUMENT_TYPES: readonly string[] = [
  'Nghị quyết', 'Quyết định', 'Chỉ thị', 'Kế hoạch', 'Kết luận', 'Thông báo', 'Công văn', 'Hướng dẫn',
  'Nghị định', 'Thông tư', 'Quy định', 'Quy chế', 'Tờ trình', 'Luật', 'Báo cáo', 'Chương trình', 'Đề án',
  'Công điện', 'Thông tri', 'Giấy mời', 'Văn bản',
];

const CODES: Record<string, string> = {
  NQ: 'Nghị quyết', QĐ: 'Quyết định', QĐi: 'Quy định', CT: 'Chỉ thị', KH: 'Kế hoạch', KL: 'Kết luận',
  TB: 'Thông báo', CV: 'Công văn', HD: 'Hướng dẫn', NĐ: 'Nghị định', QC: 'Quy chế', TTr: 'Tờ trình',
  BC: 'Báo cáo', CTr: 'Chương trình', ĐA: 'Đề án', CĐ: 'Công điện', GM: 'Giấy mời', TTri: 'Thông tri',
};

/**
 * The type a number's code stands for: party form `753-QĐ/TU` (code before the slash), state form
 * `68/NQ-CP`, `23/2021/QĐ-TTg` (code after it). `TT` is a thông tri in a party number and a thông
 * tư in a state one.
 */
export function typeOfNumber(number: string): string | null {
  const party = /^\d*-([^/\s]+)\//.exec(number)?.[1];
  if (party) return party === 'TT' ? 'Thông tri' : (CODES[party] ?? null);
  const state = /^\d*(?:\/\d{4})?\/([^-/\s]+)-/.exec(number)?.[1];
  if (state) return state === 'TT' ? 'Thông tư' : (CODES[state] ?? null);
  return null;
}

/** `YYYY-MM-DD` when the day exists in the calendar, else null (`31/02`, a year a notice never has). */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2199) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
