/** The date finder (see ../dates.ts): cited documents. */
import * as T from './lexer.js';
import { Stream } from './stream.js';

/** Tokens before `k` (inclusive) end a glued document number with digits, a slash and letters, in
 * letters: `2771/QĐ-UBND`, `23/2021/QĐ-TTg`, `05-CT/TU`. `xã/phường` has no digits, and
 * `quý I/2022` ends in its year: neither is one. */
function endsDocumentNumber(s: Stream, k: number): boolean {
  if (!s.is(k, T.Word, T.Roman)) return false;
  let slash = false;
  let letters = false;
  let digits = false;
  for (let n = 0; n < 12 && s.has(k); k--, n++) {
    if (s.is(k, T.Slash)) slash = true;
    else if (s.is(k, T.Word, T.Roman, T.DocType)) letters = true;
    else if (s.is(k, T.Num)) digits = true;
    else if (!s.is(k, T.Dash, T.Dot)) break;
    if (!s.glued(k)) break;
  }
  return slash && letters && digits;
}

/** `Quyết định số 2771/QĐ-UBND, ngày 26/11/2021`, `Nghị quyết 68/NQ-CP ngày …`, `ban hành ngày …`. */
export function citedBefore(s: Stream, first: number): boolean {
  let k = first - 1;
  if (s.is(k, T.Comma)) k--;
  return s.is(k, T.DocType, T.BanHanh) || endsDocumentNumber(s, k);
}
