/**
 * The columns of the tasks table, in order, with their headers in Vietnamese and English, and the
 * status words. JSON keeps the keys and codes (`overdue`) whatever the language: it is for programs.
 */
import type { TaskRow } from '../tasks/rows.js';
import type { Status } from '../tasks/status.js';

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

export type Column = keyof Omit<TaskRow, 'order' | 'supportIds' | 'text' | 'directiveKind'>;

export const COLUMNS: readonly { key: Column; vi: string; en: string }[] = [
  { key: 'notice', vi: 'Số thông báo', en: 'notice' },
  { key: 'issuedOn', vi: 'Ngày ban hành', en: 'issued on' },
  { key: 'issuer', vi: 'Cơ quan ban hành', en: 'issuer' },
  { key: 'item', vi: 'Mục', en: 'item' },
  { key: 'lead', vi: 'Đơn vị chủ trì', en: 'lead body' },
  { key: 'leadId', vi: 'Mã đơn vị chủ trì', en: 'lead id' },
  { key: 'support', vi: 'Đơn vị phối hợp', en: 'supporting bodies' },
  { key: 'task', vi: 'Nội dung công việc', en: 'task' },
  { key: 'due', vi: 'Hạn hoàn thành', en: 'due' },
  { key: 'deadline', vi: 'Thời hạn trong văn bản', en: 'deadline as written' },
  { key: 'precision', vi: 'Độ chính xác', en: 'precision' },
  { key: 'kind', vi: 'Loại thời hạn', en: 'kind' },
  { key: 'product', vi: 'Sản phẩm', en: 'product' },
  { key: 'reportTo', vi: 'Báo cáo', en: 'report to' },
  { key: 'status', vi: 'Tình trạng', en: 'status' },
  { key: 'file', vi: 'Tệp', en: 'file' },
];

const STATUS_WORDS: Record<Status, Record<Lang, string>> = {
  overdue: { vi: 'Quá hạn', en: 'overdue' },
  'due-7-days': { vi: 'Đến hạn trong 7 ngày', en: 'due within 7 days' },
  upcoming: { vi: 'Chưa đến hạn', en: 'upcoming' },
  'no-deadline': { vi: 'Không có thời hạn', en: 'no deadline' },
  ongoing: { vi: 'Thường xuyên', en: 'ongoing' },
  'no-lead': { vi: 'Chưa rõ đơn vị chủ trì', en: 'no lead body' },
};

export function headerOf(key: Column, lang: Lang): string {
  const c = COLUMNS.find((col) => col.key === key)!;
  return c[lang];
}

export function statusWord(status: Status, lang: Lang): string {
  return STATUS_WORDS[status][lang];
}

/** A cell as a person reads it: the status in words, everything else as it is. */
export function cellOf(row: TaskRow, key: Column, lang: Lang): string {
  return key === 'status' ? statusWord(row.status, lang) : row[key];
}
