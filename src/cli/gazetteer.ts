/**
 * `--gazetteer FILE` (repeatable): the user's own bodies, read once before any notice is parsed and
 * used by every thread of the run. A file that cannot be read or does not fit the schema stops the
 * command before it starts (exit 2), each problem printed as `file:line:col error gazetteer …`.
 */
import { DataFileError, loadGazetteerFiles, setDefaultGazetteer } from '../index.js';
import type { CliDiagnosticCode } from '../core/diagnostic-codes.gen.js';

const GAZETTEER: CliDiagnosticCode = 'gazetteer';
const IO: CliDiagnosticCode = 'io';

/** True when the files (if any) were read and are in use; false when a problem was printed. */
export async function useGazetteerFiles(paths: readonly string[] | undefined): Promise<boolean> {
  if (!paths || paths.length === 0) return true;
  try {
    const loaded = await loadGazetteerFiles(paths);
    setDefaultGazetteer(loaded);
    return true;
  } catch (e) {
    if (e instanceof DataFileError) {
      for (const p of e.problems) process.stderr.write(`${p.file}:${p.line}:${p.column} error ${GAZETTEER} ${p.message}\n`);
    } else {
      const err = e as NodeJS.ErrnoException;
      const path = typeof err.path === 'string' ? err.path : paths.join(', ');
      process.stderr.write(`${path}: error ${IO} cannot read the gazetteer (${err.code ?? err.message})\n`);
    }
    return false;
  }
}
