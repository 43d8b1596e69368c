/**
 * The six-clear check of `notice-parse lint` ("6 rõ": rõ người, rõ việc, rõ thời gian, rõ trách
 * nhiệm, rõ sản phẩm, rõ thẩm quyền): what a directive leaves unclear, read from the parsed
 * notice. Decisions (approvals that tell no one to act) are not checked.
 * - `no-lead`: no body is told to lead it.
 * - `collective-lead`: its leads are only classes of bodies (`Ủy ban nhân dân các huyện`).
 * - `no-deadline`: no date is set, and it is not a standing duty (`thường xuyên`, `tiếp tục`) nor
 *   a count of days.
 * - `no-product`: its verb asks for something made (`xây dựng`, `soạn thảo`, `tham mưu`, `ban
 *   hành`, `hoàn thiện`, `trình` a body; not `xây dựng cơ bản`, `xây dựng Đảng`, `xây dựng nông
 *   thôn mới`) and the text names no product.
 * - `no-report`: a date is set and it is reported to no one (no `báo cáo`, no body reported to).
 */
import type { Directive } from '../index.js';

export const LINT_CODES = ['no-lead', 'collective-lead', 'no-deadline', 'no-product', 'no-report'] as const;
export type LintCode = (typeof LINT_CODES)[number];

export interface Finding {
  code: LintCode;
  message: string;
}

/** A verb that asks for a product. */
const ASKS_FOR_PRODUCT = /(?<![\p{L}])(xây dựng|soạn thảo|tham mưu|ban hành|hoàn thiện)(?![\p{L}])(?! (cơ bản|nông thôn|Đảng|đảng|hệ thống chính trị)(?![\p{L}]))/iu;
/** `trình` a body (`trình Ban Thường vụ`), not a word ending in it (`chương trình`, `quy trình`). */
const SUBMITS = /(?<![\p{L}])(?<!(?:chương|quá|tờ|lộ|công|tiến|hành|giáo|lập|quy) )[tT]rình (?=\p{Lu})/u;
const REPORTS = /(?<![\p{L}])báo cáo(?![\p{L}])/iu;

export function findingsOf(d: Directive): Finding[] {
  if (d.kind === 'decision') return [];
  const text = d.text.normalize('NFC');
  const out: Finding[] = [];
  const leads = d.agencies.filter((a) => a.role === 'lead');
  if (leads.length === 0) out.push({ code: 'no-lead', message: 'no body is told to lead it (rõ người)' });
  else if (leads.every((a) => a.collective)) {
    out.push({ code: 'collective-lead', message: `only a class of bodies leads it: ${leads.map((a) => a.name).join(', ')} (rõ trách nhiệm)` });
  }
  const dated = d.deadlines.length > 0;
  if (!dated && d.timing !== 'ongoing' && d.timing !== 'relative') out.push({ code: 'no-deadline', message: 'no date is set, and it is not a standing duty (rõ thời gian)' });
  const verb = ASKS_FOR_PRODUCT.exec(text) ?? SUBMITS.exec(text);
  if (d.product === null && verb) out.push({ code: 'no-product', message: `"${verb[0].trim()}" asks for a product, and none is named (rõ sản phẩm)` });
  if (dated && d.reportTo.length === 0 && !REPORTS.test(text)) out.push({ code: 'no-report', message: 'a date is set, and it is reported to no one' });
  return out;
}
