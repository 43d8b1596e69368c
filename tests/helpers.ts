import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Item, Notice } from '../src/index.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** The fixtures' notices, by their three-digit prefix. */
export function fixtureFile(prefix: string): string {
  const name = readdirSync(FIXTURES).find((f) => f.startsWith(prefix) && /\.(txt|md)$/.test(f));
  if (!name) throw new Error(`no fixture ${prefix}`);
  return join(FIXTURES, name);
}

export function fixtureBytes(prefix: string): Buffer {
  return readFileSync(fixtureFile(prefix));
}

/** An item tree as an outline of labels: `['1', ['2', ['2.1', '-']]]` style, children after a label. */
export type Outline = (string | Outline)[];

export function outline(items: Item[]): Outline {
  const out: Outline = [];
  for (const item of items) {
    out.push(item.label);
    if (item.children.length > 0) out.push(outline(item.children));
  }
  return out;
}

export function codes(notice: Notice, severity?: string): string[] {
  return notice.diagnostics.filter((d) => !severity || d.severity === severity).map((d) => d.code);
}

/** Every file below `dir`, as sorted relative paths. */
export function filesBelow(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)));
    }
  };
  walk(dir);
  return out.sort();
}
