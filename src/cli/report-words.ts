/**
 * The words of the report page (`notice-parse report`) beyond the tasks table's own headers and
 * status words (tasks-columns.ts, which the page uses for its columns and statuses), in
 * Vietnamese and English. `{n}` and `{total}` stand for numbers the page fills in.
 */
import type { Lang } from './tasks-columns.js';

export interface ReportWords {
  /** The page's title and first heading. */
  title: string;
  /** Before the day statuses are reckoned from: `Tính đến ngày 04/12/2021`. */
  asOf: string;
  notices: string;
  tasks: string;
  /** The note under the count of tasks: what a row is. */
  tasksNote: string;
  unreadable: string;
  timeline: string;
  timelineNote: string;
  noDue: string;
  today: string;
  search: string;
  searchHint: string;
  allStatuses: string;
  /** `{n}` rows shown of `{total}`. */
  shown: string;
  noMatch: string;
  expandAll: string;
  collapseAll: string;
  print: string;
  byLead: string;
  /** Notices and their items, the rows' links lead there. */
  texts: string;
  item: string;
  /** Before the notice of a row: `Thông báo`. */
  noticeLink: string;
  product: string;
  /** The label of a notice that has no number: its file. */
  unnumbered: string;
  preamble: string;
  /** A directive read from a paragraph of a body with no items. */
  paragraph: string;
  top: string;
  made: string;
}

const VI: ReportWords = {
  title: 'Theo dõi, đôn đốc thực hiện kết luận',
  asOf: 'Tính đến ngày',
  notices: 'Thông báo',
  tasks: 'Nhiệm vụ',
  tasksNote: 'mỗi dòng: một việc, một đơn vị chủ trì, một thời hạn',
  unreadable: 'tệp không đọc được: trang này chưa gồm các tệp đó (xem thông báo lỗi của lệnh)',
  timeline: 'Thời hạn theo tháng',
  timelineNote: 'Số nhiệm vụ đến hạn trong từng tháng, theo tình trạng.',
  noDue: 'nhiệm vụ không có ngày hạn (thường xuyên hoặc chưa rõ thời hạn)',
  today: 'hôm nay',
  search: 'Tìm kiếm',
  searchHint: 'Đơn vị, nội dung, số thông báo… (gõ không dấu cũng được)',
  allStatuses: 'Tất cả',
  shown: 'Đang hiện {n} / {total} nhiệm vụ',
  noMatch: 'Không có nhiệm vụ nào khớp với điều kiện tìm kiếm.',
  expandAll: 'Mở tất cả',
  collapseAll: 'Thu gọn tất cả',
  print: 'In',
  byLead: 'Nhiệm vụ theo đơn vị chủ trì',
  texts: 'Nội dung các thông báo',
  item: 'Mục',
  noticeLink: 'Thông báo',
  product: 'Sản phẩm',
  unnumbered: 'không số',
  preamble: 'Phần mở đầu',
  paragraph: 'Đoạn',
  top: 'Lên đầu trang',
  made: 'Lập bằng notice-parse report từ các tệp văn bản; đối chiếu với bản gốc trước khi sử dụng.',
};

const EN: ReportWords = {
  title: 'Following up the conclusions',
  asOf: 'As of',
  notices: 'Notices',
  tasks: 'Tasks',
  tasksNote: 'a row per task, lead body and deadline',
  unreadable: 'files could not be read: this page leaves them out (see the command’s messages)',
  timeline: 'Deadlines by month',
  timelineNote: 'How many tasks fall due in each month, by status.',
  noDue: 'tasks with no due day (ongoing, or no deadline)',
  today: 'today',
  search: 'Search',
  searchHint: 'Body, task, notice number… (diacritics optional)',
  allStatuses: 'All',
  shown: 'Showing {n} of {total} tasks',
  noMatch: 'No task matches the search.',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  print: 'Print',
  byLead: 'Tasks by lead body',
  texts: 'The notices',
  item: 'Item',
  noticeLink: 'Notice',
  product: 'Product',
  unnumbered: 'no number',
  preamble: 'Opening',
  paragraph: 'Paragraph',
  top: 'Back to top',
  made: 'Made by notice-parse report from the notices’ text files; check against the originals before use.',
};

export function wordsOf(lang: Lang): ReportWords {
  return lang === 'vi' ? VI : EN;
}
