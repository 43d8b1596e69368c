/**
 * Reading a file that is not UTF-8 as text in an old encoding: detected (or forced with
 * `--encoding`), converted, and said so in a diagnostic. A file that mixes UTF-8 lines with lines
 * in an old encoding (a template's header pasted into a new notice) is read line by line.
 */
import { isUtf8 } from 'node:buffer';
import type { Finding } from '../../core/findings.js';
import { decodedFrom, utf8Text, type Decoded } from '../decode.js';
import { decodeLegacy } from './bytes.js';
import { detectLegacy } from './detect.js';
import { LEGACY_LABEL, type LegacyEncoding } from './names.js';

export interface LegacyRead {
  /** Null when no encoding fits well enough to read the file as a notice. */
  decoded: Decoded | null;
  finding: Finding;
}

/** Below this share of syllables the file is refused: its text would be noise. */
export const MIN_CONFIDENCE = 0.6;

export function readLegacy(bytes: Uint8Array, forced?: LegacyEncoding): LegacyRead {
  if (forced) return converted(decodedFrom(decodeLegacy(bytes, forced), forced), `read as ${LEGACY_LABEL[forced]}, as --encoding ${forced} says`);
  const lines = splitLines(bytes);
  if (lines.some((l) => l.unicode) && lines.some((l) => !l.valid)) return readMixed(bytes, lines);
  const { encoding, confidence } = detectLegacy(bytes);
  const label = LEGACY_LABEL[encoding];
  if (confidence < MIN_CONFIDENCE) {
    const message = `not UTF-8, and no old Vietnamese encoding fits well (the best, ${label}, reads ${percent(confidence)} of its words as syllables): give --encoding tcvn3, vni, viscii or windows-1258, or convert it to UTF-8`;
    return { decoded: null, finding: { severity: 'error', code: 'legacy-encoding', message, offset: 0 } };
  }
  const how = `converted from ${label} (detected: ${percent(confidence)} of its words read as syllables); spans point into the converted text`;
  return converted(decodedFrom(decodeLegacy(bytes, encoding), encoding), how);
}

function converted(decoded: Decoded, message: string): LegacyRead {
  return { decoded, finding: { severity: 'info', code: 'converted', message, offset: 0 } };
}

interface Line {
  start: number;
  end: number;
  /** Valid UTF-8. */
  valid: boolean;
  /** Valid UTF-8 with a character beyond ASCII: text written in Unicode. */
  unicode: boolean;
}

function splitLines(bytes: Uint8Array): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start < bytes.length; ) {
    const lf = bytes.indexOf(0x0a, start);
    const end = lf < 0 ? bytes.length : lf + 1;
    const line = bytes.subarray(start, end);
    const valid = isUtf8(line);
    lines.push({ start, end, valid, unicode: valid && line.some((b) => b > 0x7f) });
    start = end;
  }
  return lines;
}

/** UTF-8 lines as UTF-8, the others in the old encoding their bytes fit best. */
function readMixed(bytes: Uint8Array, lines: Line[]): LegacyRead {
  const legacy = lines.filter((l) => !l.valid);
  const { encoding } = detectLegacy(Buffer.concat(legacy.map((l) => bytes.subarray(l.start, l.end))));
  const parts = lines.map((l) => (l.valid ? utf8Text(bytes.subarray(l.start, l.end)) : decodeLegacy(bytes.subarray(l.start, l.end), encoding)));
  const source = parts.join('');
  const first = lines.indexOf(legacy[0]!);
  const sourceOffset = parts.slice(0, first).reduce((n, p) => n + p.length, 0);
  const n = legacy.length;
  const message = `this file mixes two encodings: ${n} line${n === 1 ? '' : 's'} (the first is line ${first + 1}) are not UTF-8 and were read as ${LEGACY_LABEL[encoding]}; check them, or convert the file to one encoding`;
  return { decoded: decodedFrom(source, 'utf-8'), finding: { severity: 'warning', code: 'mixed-encoding', message, offset: 0, sourceOffset } };
}

function percent(x: number): string {
  return `${Math.round(x * 100)} %`;
}
