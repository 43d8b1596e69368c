/**
 * Document types (Hướng dẫn 36-HD/VPTW, Nghị định 30/2020/NĐ-CP): their names, and the codes that
 * stand for them in a document number (`123-TB/TU`, `45/TB-VPUBND`, `23/2021/QĐ-TTg`). The
 * heading builder and the citation reader both read types from numbers. The table is
 * data/lexicon/document-types.yaml: every stage that knows type names reads it.
 */
import { DOCUMENT_TYPES, type DocumentTypeWords } from './lexicon.gen.js';

/** The names of the types a citation can open with (`Quyết định số …`). */
export const CITED_DOCUMENT_TYPES: readonly string[] = namesFor('citation');

/** The names of the types that `stage` knows (data/lexicon/document-types.yaml). */
export function namesFor(stage: DocumentTypeWords['stages'][number]): string[] {
  return DOCUMENT_TYPES.filter((t) => t.stages.includes(stage)).map((t) => t.name);
}

/** Code → type name, one map per form of number: `TT` is a thông tri in a party number, a thông tư in a state one. */
const PARTY_CODES = codeMap('party');
const STATE_CODES = codeMap('state');

function codeMap(form: 'party' | 'state'): Map<string, string> {
  const codes = new Map<string, string>();
  for (const t of DOCUMENT_TYPES) for (const code of t[form] ?? []) codes.set(code, t.name);
  return codes;
}

/**
 * The type a number's code stands for: party form `753-QĐ/TU` (code before the slash), state form
 * `68/NQ-CP`, `23/2021/QĐ-TTg` (code after it). `TT` is a thông tri in a party number and a thông
 * tư in a state one.
 */
export function typeOfNumber(number: string): string | null {
  const party = /^\d*-([^/\s]+)\//.exec(number)?.[1];
  if (party) return PARTY_CODES.get(party) ?? null;
  const state = /^\d*(?:\/\d{4})?\/([^-/\s]+)-/.exec(number)?.[1];
  if (state) return STATE_CODES.get(state) ?? null;
  return null;
}

/** `YYYY-MM-DD` when the day exists in the calendar, else null (`31/02`, a year a notice never has). */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2199) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
