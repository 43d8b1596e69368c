/**
 * What parseNotice returns when the notice it built fails the schema: a bug of ours, which must not
 * cost the user the file. Tested in tests/salvage.test.ts (no known input fails the schema).
 */
import { NoticeSchema, type Notice } from './schema/notice.js';

/**
 * Output that failed validation is a bug of ours. The notice is returned with the parts that hold
 * the invalid values emptied, and an `internal` error diagnostic that names them.
 */
export function salvage(notice: Notice, problem: string): Notice {
  const emptied: Notice = {
    ...notice,
    document: { type: null, title: null, subject: null, issuer: null, superior: null, issuerLines: [], mottoLines: [], number: null, place: null, issuedOn: null, urgency: null, addressees: [], span: null },
    meeting: { date: null, chair: null, chairBody: null, attendees: [], presenters: [] },
    preamble: null,
    preambleSpan: null,
    items: [],
    closing: null,
    closingSpan: null,
    recipients: [],
    signature: null,
    directives: [],
    references: [],
    agencies: [],
    diagnostics: [{ severity: 'error', code: 'internal', message: `output failed validation (${problem.slice(0, 300)})`, line: 1, column: 1, offset: 0 }],
  };
  for (const key of ['document', 'meeting', 'preamble', 'items', 'closing', 'recipients', 'signature', 'directives', 'references', 'agencies', 'diagnostics'] as const) {
    const trial = { ...emptied, [key]: notice[key] };
    if (key === 'preamble') Object.assign(trial, { preambleSpan: notice.preambleSpan });
    if (key === 'closing') Object.assign(trial, { closingSpan: notice.closingSpan });
    if (key === 'diagnostics') trial.diagnostics = [...notice.diagnostics, ...emptied.diagnostics];
    if (NoticeSchema.safeParse(trial).success) Object.assign(emptied, trial);
  }
  return NoticeSchema.parse(emptied) as Notice;
}
