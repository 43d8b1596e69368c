// The README's list of diagnostic codes, made from data/diagnostics.yaml. Written into README.md
// between the markers by `node scripts/gen-diagnostics.mjs --readme`; tests/diagnostic-catalogue.test.ts
// fails while the README holds another list.

export const START = '<!-- diagnostics: generated from data/diagnostics.yaml by `node scripts/gen-diagnostics.mjs --readme` -->';
export const END = '<!-- /diagnostics -->';

/** The Markdown between the markers (without them). */
export function diagnosticsTable(entries) {
  const cell = (s) => s.replaceAll('|', '\\|');
  const rows = entries.map((e) => `| \`${e.code}\` | ${e.severity} | ${cell(e.description)}${e.from === 'cli' ? ' (printed by the command line, never in a notice)' : ''} |`);
  return ['| code | severity | meaning |', '|---|---|---|', ...rows].join('\n');
}

/** `readme` with the text between the markers replaced by the table; throws if a marker is missing. */
export function withDiagnosticsTable(readme, entries) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md: the markers ${START} and ${END} are missing`);
  return `${readme.slice(0, start + START.length)}\n${diagnosticsTable(entries)}\n${readme.slice(end)}`;
}
