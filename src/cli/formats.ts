/**
 * Diagnostics for machines (`--diagnostics json|github`): one JSON object a line, or GitHub Actions
 * workflow commands (`::warning file=a.txt,line=72,col=1,title=numbering::…`), which GitHub shows
 * as annotations on the file. A problem with no place in a file (an I/O error) has no line.
 */
export type DiagnosticFormat = 'text' | 'json' | 'github';

export const DIAGNOSTIC_FORMATS: readonly DiagnosticFormat[] = ['text', 'json', 'github'];

export interface Located {
  file: string;
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  line?: number;
  column?: number;
}

export function jsonLine(d: Located): string {
  const { file, line, column, severity, code, message } = d;
  return JSON.stringify({ file, line: line ?? null, column: column ?? null, severity, code, message });
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function githubLine(d: Located): string {
  const props = [`file=${property(d.file)}`];
  if (d.line !== undefined) props.push(`line=${d.line}`);
  if (d.column !== undefined) props.push(`col=${d.column}`);
  props.push(`title=${property(d.code)}`);
  return `::${COMMAND[d.severity]} ${props.join(',')}::${data(d.message)}`;
}

/** The escapes of @actions/core: a message's `%`, CR and LF; a property's `:` and `,` too. */
function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
