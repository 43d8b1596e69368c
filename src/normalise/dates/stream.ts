/** The date finder (see ../dates.ts): the token stream. */
import * as T from './lexer.js';
import type { IToken, TokenType } from 'chevrotain';

/**
 * The tokens of the whole text, or of a window of it (`base` is the window's offset in `text`).
 * A window records whether the recogniser looked past one of its open ends (`outsideStart`,
 * `outsideEnd`): only then can its answer differ from the whole text's.
 */
export class Stream {
  outsideStart = false;
  outsideEnd = false;

  constructor(
    readonly toks: IToken[],
    readonly text: string,
    readonly base = 0,
    /** Tokens of the text lie before / after the window. */
    readonly openStart = false,
    readonly openEnd = false,
  ) {}

  tok(i: number): IToken | undefined {
    if (i < 0) {
      if (this.openStart) this.outsideStart = true;
      return undefined;
    }
    if (i >= this.toks.length) {
      if (this.openEnd) this.outsideEnd = true;
      return undefined;
    }
    return this.toks[i];
  }

  /** There is a token `i` (the loops of the recogniser stop at the ends through this). */
  has(i: number): boolean {
    return this.tok(i) !== undefined;
  }

  /** Token `i` is one of the types given (a fixed list rather than a rest array: this is hot). */
  is(i: number, a: TokenType, b?: TokenType, c?: TokenType, d?: TokenType, e?: TokenType, f?: TokenType): boolean {
    const t = this.tok(i)?.tokenType;
    return t !== undefined && (t === a || t === b || t === c || t === d || t === e || t === f);
  }

  /** Token `i` touches token `i - 1` (no space between): `68/NQ`, `17h00`. */
  glued(i: number): boolean {
    const t = this.tok(i);
    const p = this.tok(i - 1);
    return t !== undefined && p !== undefined && p.startOffset + p.image.length === t.startOffset;
  }

  /** The value of a number token of `min`–`max` digits, else null (a 1 MB run is not parsed). */
  num(i: number, min: number, max: number): number | null {
    const t = this.tok(i);
    if (t === undefined || t.tokenType !== T.Num) return null;
    const n = t.image.length;
    return n >= min && n <= max ? Number(t.image) : null;
  }

  lower(i: number): string {
    return this.tok(i)?.image.toLowerCase() ?? '';
  }

  /** Offset in the text of token `i`, one the recogniser has matched. */
  start(i: number): number {
    return this.base + this.toks[i]!.startOffset;
  }

  /** Exclusive end offset of token `i`. */
  stop(i: number): number {
    const t = this.toks[i]!;
    return this.base + t.startOffset + t.image.length;
  }

  /** Source text of tokens `first` … `last` inclusive, spacing as written. */
  slice(first: number, last: number): string {
    return this.text.slice(this.start(first), this.stop(last));
  }
}
