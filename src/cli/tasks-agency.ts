/**
 * `--agency`: which bodies a clerk asks for. Each value may hold several, comma-separated (a
 * name with a comma of its own, `Sở Văn hóa, Thể thao và Du lịch`, stays whole when the matcher
 * reads it as one body); each is matched by id (`so-y-te`), by name or alias through the
 * gazetteer (`UBND tỉnh`), or by its letters without diacritics or case (`so y te`). A row is
 * kept when its lead or one of its supporting bodies is asked for. A value that matches no body
 * of the notices read is reported with the closest names.
 */
import { findAgencies } from '../index.js';
import { distance } from './commands.js';
import type { TaskRow } from '../tasks/rows.js';

export interface Body {
  id: string;
  name: string;
}

export interface AgencyFilter {
  /** The ids asked for. */
  ids: Set<string>;
  /** One message per value that matches no body. */
  warnings: string[];
}

/** The values of every `--agency`, split at commas that do not stand inside one body's name. */
export function agencyTerms(values: readonly string[]): string[] {
  const terms: string[] = [];
  for (const value of values) {
    const whole = findAgencies(value);
    const one = whole.length === 1 && whole[0]!.text.length >= value.trim().length - 1 && value.includes(',');
    for (const part of one ? [value] : value.split(',')) if (part.trim() !== '') terms.push(part.trim());
  }
  return terms;
}

/** A name as compared: no diacritics (đ is d), lower case, single spaces. */
export function plainLetters(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function agencyFilter(terms: readonly string[], bodies: readonly Body[]): AgencyFilter {
  const ids = new Set<string>();
  const warnings: string[] = [];
  for (const term of terms) {
    const found = bodiesFor(term, bodies);
    if (found.length === 0) warnings.push(noMatch(term, bodies));
    for (const b of found) ids.add(b.id);
  }
  return { ids, warnings };
}

function bodiesFor(term: string, bodies: readonly Body[]): Body[] {
  const plain = plainLetters(term);
  const byId = bodies.filter((b) => b.id === term);
  if (byId.length > 0) return byId;
  const matched = new Set(findAgencies(term).map((m) => m.id));
  const byName = bodies.filter((b) => matched.has(b.id) || plainLetters(b.name) === plain);
  if (byName.length > 0) return byName;
  // Part of a name, on word boundaries: `y te` finds Sở Y tế and Trung tâm Y tế …
  return plain === '' ? [] : bodies.filter((b) => ` ${plainLetters(b.name)} `.includes(` ${plain} `));
}

function noMatch(term: string, bodies: readonly Body[]): string {
  const plain = plainLetters(term);
  const near = [...bodies]
    .map((b) => ({ b, d: Math.min(distance(plain, plainLetters(b.name)), distance(term, b.id)) }))
    .sort((x, y) => x.d - y.d || x.b.name.localeCompare(y.b.name))
    .slice(0, 3)
    .map(({ b }) => `${b.name} (${b.id})`);
  return `--agency "${term}" matches no body of these notices${near.length > 0 ? `; the closest: ${near.join(', ')}` : ''}`;
}

/** Every body the rows name as lead or in support, once each. */
export function bodiesOf(rows: readonly TaskRow[]): Body[] {
  const seen = new Map<string, string>();
  for (const r of rows) {
    if (r.leadId !== '') seen.set(r.leadId, r.lead);
    const names = r.support === '' ? [] : r.support.split('; ');
    r.supportIds.forEach((id, k) => seen.set(id, names[k] ?? id));
  }
  return [...seen].map(([id, name]) => ({ id, name }));
}

export function keepsRow(filter: AgencyFilter, row: TaskRow): boolean {
  return filter.ids.has(row.leadId) || row.supportIds.some((id) => filter.ids.has(id));
}
