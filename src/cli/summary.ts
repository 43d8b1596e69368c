/**
 * The summary line of a batch: what the files were (notices, other kinds of documents, unreadable,
 * not written), how many had warnings or errors, what the walk passed over, and how fast it went.
 */
import type { Diagnostic } from '../schema/notice.js';
import { skippedCount, skippedText } from './inputs.js';

export class Summary {
  files = 0;
  notices = 0;
  /** Parsed, but their heading names another kind of document (`not-a-notice`). */
  others = 0;
  /** Could not be read, or hold no document (binary, an old encoding, no text). */
  unreadable = 0;
  /** Converted, but their .json could not be written (or another input's has the same path). */
  unwritten = 0;
  withWarnings = 0;
  withErrors = 0;
  bytes = 0;
  /** Of `files`, how many were Word files (.docx, .doc), read or not. */
  wordFiles = 0;
  private readonly started = process.hrtime.bigint();

  /** A notice (or another document) parsed; its diagnostics say which. */
  converted(bytes: number, diagnostics: readonly Diagnostic[]): void {
    this.files++;
    this.bytes += bytes;
    if (diagnostics.some((d) => d.code === 'not-a-notice')) this.others++;
    else this.notices++;
    if (diagnostics.some((d) => d.severity === 'error')) this.withErrors++;
    else if (diagnostics.some((d) => d.severity === 'warning')) this.withWarnings++;
  }

  unread(): void {
    this.files++;
    this.unreadable++;
  }

  /** The file just counted was a Word file. */
  word(): void {
    this.wordFiles++;
  }

  notWritten(): void {
    this.files++;
    this.unwritten++;
  }

  line(skipped: ReadonlyMap<string, number>, interruptedOf?: number): string {
    const seconds = Number(process.hrtime.bigint() - this.started) / 1e9;
    const mbps = this.bytes / 1e6 / Math.max(seconds, 1e-6);
    const parts = [
      `${count(this.notices, 'notice')}, ${count(this.others, 'other document')} (not-a-notice), ${this.unreadable} unreadable, ${this.unwritten} failed to write`,
      `${this.withWarnings} with warnings, ${this.withErrors} with errors`,
    ];
    const n = skippedCount(skipped);
    if (n > 0) parts.push(`${n} skipped (${skippedText(skipped)})`);
    parts.push(`${seconds.toFixed(2)} s, ${mbps < 1 ? mbps.toFixed(2) : mbps.toFixed(1)} MB/s`);
    const files = interruptedOf === undefined ? count(this.files, 'file') : `interrupted after ${this.files} of ${count(interruptedOf, 'file')}`;
    // Said only when there were some: a batch of text files reads as it always did.
    const head = this.wordFiles > 0 ? `${files} (${this.wordFiles} Word)` : files;
    return `notice-parse: ${head}: ${parts.join('; ')}`;
  }
}

/** `1 file`, `2 files`. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
