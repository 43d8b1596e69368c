/**
 * The text layer (src/text/): the one letter table, the case fold, the tone-placement fold and
 * white space. Every stage takes its letters from here; the last test fails when a module outside
 * src/text/ writes a letter range of its own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changesInLowerCase, changesInUpperCase, lowerCode } from '../src/text/case.js';
import {
  LATIN, LEGACY_CAPITAL_OR_ACCENTED, LETTER, LOWER, UPPER, expandRanges, isCapsLine, isLatinCode, isLetterCode,
  isLowerCode, isLowerLetter, isUpperCode, isUpperLetter,
} from '../src/text/letters.js';
import { SPACING, WHITE_SPACE, ZERO_WIDTH_SPACE, isSpacing, isWhiteSpace } from '../src/text/space.js';
import { NEW_PLACEMENT, TONED, foldTones, inPlacement } from '../src/text/tones.js';
import { foldText } from '../src/normalise/agencies.js';

const ROOT = join(import.meta.dirname, '..');
const UNITS = Array.from({ length: 0x10000 }, (_, c) => c);

/** The Vietnamese alphabet, lower case, NFC: the consonants, f j w z, and each vowel with no tone and with the five tones. */
function vietnameseLower(): string[] {
  const consonants = [...'bcdđghklmnpqrstvx', ...'fjwz'];
  const vowels = [...'aăâeêioôơuưy'];
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  return [...consonants, ...vowels.flatMap((v) => tones.map((t) => (v + t).normalize('NFC')))];
}
const LOWER_LETTERS = vietnameseLower();
const UPPER_LETTERS = LOWER_LETTERS.map((l) => l.toUpperCase());

describe('the letter table', () => {
  it('holds every Vietnamese letter, upper and lower case, each of the right case', () => {
    expect(LOWER_LETTERS).toHaveLength(20 + 1 + 12 * 6); // the consonants of a–z, đ, twelve vowels with no tone and five tones
    for (const ch of [...LOWER_LETTERS, 'đ', 'ơ', 'ư', 'ă', 'â', 'ê', 'ô', 'ỹ', 'ạ', 'ự', 'ỷ']) {
      expect(ch, ch).toHaveLength(1);
      expect([isLowerCode(ch.charCodeAt(0)), isUpperCode(ch.charCodeAt(0)), isLetterCode(ch.charCodeAt(0)), isLowerLetter(ch)], ch).toEqual([true, false, true, true]);
    }
    for (const ch of [...UPPER_LETTERS, 'Đ', 'Ơ', 'Ư', 'Ă', 'Â', 'Ê', 'Ô', 'Ỹ', 'Ạ', 'Ự', 'Ỷ']) {
      expect(ch, ch).toHaveLength(1);
      expect([isUpperCode(ch.charCodeAt(0)), isLowerCode(ch.charCodeAt(0)), isLetterCode(ch.charCodeAt(0)), isUpperLetter(ch)], ch).toEqual([true, false, true, true]);
    }
  });

  it('holds nothing else: not × ÷ ʼ, digits, punctuation, or letters of other alphabets', () => {
    const letters = new Set([...LOWER_LETTERS, ...UPPER_LETTERS].map((ch) => ch.charCodeAt(0)));
    expect(UNITS.filter((c) => isLetterCode(c) !== letters.has(c)).map((c) => String.fromCharCode(c))).toEqual([]);
    for (const ch of ['÷', '×', 'ʼ', '0', '9', ' ', '-', 'Ð', 'ð', 'ñ', 'ß', 'İ', 'α', 'Д', '\u0301']) {
      expect([isLetterCode(ch.charCodeAt(0)), isUpperCode(ch.charCodeAt(0)), isLowerCode(ch.charCodeAt(0))], ch).toEqual([false, false, false]);
    }
    expect(isLetterCode(NaN) || isUpperCode(NaN) || isLowerCode(NaN) || isLatinCode(NaN)).toBe(false);
    expect(isUpperLetter(undefined) || isLowerLetter(undefined) || isUpperLetter('') || isLowerLetter('ab')).toBe(false);
  });

  it('gives the same letters as a regex class (no `u` flag, as chevrotain reads it) and as a predicate, on every code unit', () => {
    const classes: [string, (c: number) => boolean][] = [
      [UPPER, isUpperCode], [LOWER, isLowerCode], [LETTER, isLetterCode], [LATIN, isLatinCode],
    ];
    for (const [cls, test] of classes) {
      const re = new RegExp(`^[${cls}]$`);
      expect(UNITS.filter((c) => re.test(String.fromCharCode(c)) !== test(c)), cls).toEqual([]);
      expect(new Set(expandRanges(cls).map((ch) => ch.charCodeAt(0))), cls).toEqual(new Set(UNITS.filter(test)));
    }
  });

  it('has a wider class for a word of any Latin-script language, combining marks included, still without × ÷ ʼ', () => {
    for (const ch of [...LOWER_LETTERS, ...UPPER_LETTERS, 'ñ', 'ß', 'Ð', 'ð', 'ǎ', '\u0301']) expect(isLatinCode(ch.charCodeAt(0)), ch).toBe(true);
    for (const ch of ['÷', '×', 'ʼ', '0', 'α', 'Д', ' ']) expect(isLatinCode(ch.charCodeAt(0)), ch).toBe(false);
  });

  it('keeps the legacy class of the cited title’s end as it was: A–Z and the code units À … Ỹ', () => {
    const re = new RegExp(`^[${LEGACY_CAPITAL_OR_ACCENTED}]$`);
    expect(UNITS.filter((c) => re.test(String.fromCharCode(c)))).toEqual(UNITS.filter((c) => (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x1ef8)));
    // What makes it legacy: lower-case letters and signs pass for capitals.
    for (const ch of ['ứ', 'đ', '÷', '×']) expect(re.test(ch), ch).toBe(true);
  });

  it('tells lines in capitals', () => {
    const lines: [string, boolean][] = [
      ['THÔNG BÁO', true], ['Thông báo', false], ['ĐẢNG CỘNG SẢN VIỆT NAM', true], ['A', false], ['AB', true],
      ['A😀B', true], ['😀', false], ['123-TB/TU', true], ['TTH(15b)', false], ['ỦY BAN ỹ', false], ['', false], ['ƯỚC', true],
    ];
    for (const [line, caps] of lines) expect(isCapsLine(line), line).toBe(caps);
  });
});

describe('the case fold', () => {
  it('is toLowerCase, code unit by code unit, where that gives one unit; İ and surrogate halves stay', () => {
    const wrong = UNITS.filter((c) => {
      const lower = String.fromCharCode(c).toLowerCase();
      return lowerCode(c) !== (lower.length === 1 ? lower.charCodeAt(0) : c);
    });
    expect(wrong).toEqual([]);
    expect(lowerCode(0x130)).toBe(0x130);
    expect(String.fromCharCode(...[...'ỦY BAN NHÂN DÂN Đ'].map((ch) => lowerCode(ch.charCodeAt(0))))).toBe('ủy ban nhân dân đ');
  });

  it('knows which code units toLowerCase and toUpperCase change', () => {
    const wrong = UNITS.filter((c) => {
      const ch = String.fromCharCode(c);
      return changesInLowerCase(c) !== (ch.toLowerCase() !== ch) || changesInUpperCase(c) !== (ch.toUpperCase() !== ch);
    });
    expect(wrong).toEqual([]);
    for (const ch of UPPER_LETTERS) expect([changesInLowerCase(ch.charCodeAt(0)), changesInUpperCase(ch.charCodeAt(0))], ch).toEqual([true, false]);
    for (const ch of LOWER_LETTERS) expect([changesInLowerCase(ch.charCodeAt(0)), changesInUpperCase(ch.charCodeAt(0))], ch).toEqual([false, true]);
  });
});

describe('the tone-placement fold', () => {
  it('folds the old and the new placement to one, and case with it', () => {
    expect(foldTones('Uỷ ban')).toBe(foldTones('Ủy ban'));
    expect(foldTones('Ủy ban')).toBe('uỷ ban');
    expect(foldTones('hoà')).toBe(foldTones('hòa'));
    expect(foldTones('HÒA BÌNH')).toBe('hoà bình');
    expect(foldTones('khỏe')).toBe('khoẻ');
    expect(foldTones('Thanh Hóa')).toBe(foldTones('Thanh Hoá'));
    expect(foldTones('quý')).toBe('quý'); // not a movable pair: `u` then `ý`
    expect(foldTones('thủy')).toBe('thuỷ');
    expect(foldTones('hoa')).toBe('hoa');
  });

  it('moves each of the 15 pairs, keeps the length, and agrees with the agency matcher’s fold', () => {
    expect(NEW_PLACEMENT.size).toBe(15);
    for (const [old, moved] of NEW_PLACEMENT) {
      expect(foldTones(old)).toBe(moved);
      expect(foldTones(moved)).toBe(moved);
      expect(foldTones(old.toUpperCase())).toBe(moved);
      expect(TONED[moved[0] as 'o' | 'u']).toContain(old[0]); // a toned first vowel becomes plain
    }
    const texts = ['Ủy ban nhân dân tỉnh Khánh Hòa', 'UỶ BAN MẶT TRẬN', 'Sở Y tế, Sở Văn hóa', 'Thủy lợi và Hòa giải', 'ĐOÀN THANH NIÊN'];
    for (const t of texts) {
      expect(foldTones(t)).toHaveLength(t.length);
      expect(foldText(t), t).toBe(foldTones(t));
    }
  });
});

describe('white space', () => {
  it('is the regex class `\\s`, by code unit and as a class', () => {
    const re = new RegExp(`^[${WHITE_SPACE}]$`);
    expect(UNITS.filter((c) => isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c)))).toEqual([]);
    expect(UNITS.filter((c) => isWhiteSpace(c) !== re.test(String.fromCharCode(c)))).toEqual([]);
  });

  it('has spacing between words: white space, the zero-width space and control characters', () => {
    const re = new RegExp(`^[${SPACING}]$`);
    expect(UNITS.filter((c) => isSpacing(c) !== re.test(String.fromCharCode(c)))).toEqual([]);
    expect(UNITS.filter((c) => isSpacing(c) !== (isWhiteSpace(c) || c <= 0x20 || c === ZERO_WIDTH_SPACE))).toEqual([]);
    for (const ch of ['a', '-', ',', '\u00ad', '÷']) expect(isSpacing(ch.charCodeAt(0)), ch).toBe(false);
  });
});

describe('one letter table', () => {
  /**
   * A letter range written by hand, what only src/text/ may hold: `à-ỹ`, `À-Ỹ`, `a-zà`, `A-ZÀ` in
   * either case (`A-Za-zÀ-ỹ` too), or from `\u00C0` as an escape.
   */
  const RANGE = /[aA]-[zZ][àÀ]|[àÀ]-[ỹỸ]|\\u00[cC]0-/;

  function sources(dir: string): string[] {
    const out: string[] = [];
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = posix.join(dir, entry.name);
      if (entry.isDirectory()) out.push(...sources(path));
      else if (entry.name.endsWith('.ts')) out.push(path);
    }
    return out;
  }

  /** `file:line range` for each hand-written letter range in the given sources outside src/text/. */
  function ownRanges(files: Map<string, string>): string[] {
    const found: string[] = [];
    for (const [file, text] of files) {
      if (file.startsWith('src/text/')) continue;
      text.split('\n').forEach((line, k) => {
        const m = RANGE.exec(line);
        if (m) found.push(`${file}:${k + 1} ${m[0]}`);
      });
    }
    return found;
  }

  it('is written in src/text/ only: no module of src/ or grammar/ writes its own letter range', () => {
    const files = new Map<string, string>();
    for (const file of [...sources('src'), ...sources('grammar')]) files.set(file, readFileSync(join(ROOT, file), 'utf8'));
    expect(files.size).toBeGreaterThan(40);
    expect([...files.keys()].filter((f) => f.startsWith('src/text/')).length).toBeGreaterThan(2);
    expect(ownRanges(files)).toEqual([]);
  });

  it('would see a range written elsewhere, and not one in src/text/', () => {
    const files = new Map([
      ['src/normalise/x.ts', "const a = /[a-zà-ỹđ]/;\nconst b = 1;\nconst c = /[A-ZÀ-ỸĐ]/;"],
      ['grammar/y.ts', "const L = `[A-Za-zÀ-ỹĐđ]`;\nconst M = 'A-Za-z\\u00C0-\\u00D6';"],
      ['src/text/letters.ts', "const LEGACY = 'A-ZÀ-Ỹ';"],
      ['src/document/z.ts', "const D = /[đĐ]ồng chí/; // Ủy ban, hoà, ỹ"],
    ]);
    expect(ownRanges(files)).toEqual([
      'src/normalise/x.ts:1 a-zà', 'src/normalise/x.ts:3 A-ZÀ', 'grammar/y.ts:1 a-zÀ', 'grammar/y.ts:2 \\u00C0-',
    ]);
  });
});

describe('inPlacement: a word in the old or the new tone placement', () => {
  it('moves the mark of a pair that ends a syllable, either way, case kept', () => {
    expect(inPlacement('Ủy ban nhân dân', 'new')).toBe('Uỷ ban nhân dân');
    expect(inPlacement('Uỷ ban nhân dân', 'old')).toBe('Ủy ban nhân dân');
    expect(inPlacement('HỎA TỐC', 'new')).toBe('HOẢ TỐC');
    expect(inPlacement('CỘNG HOÀ', 'old')).toBe('CỘNG HÒA');
    expect(inPlacement('Đảng ủy', 'new')).toBe('Đảng uỷ');
    expect(inPlacement('khỏe', 'new')).toBe('khoẻ');
  });
  it('leaves a word already in that placement, a pair before a consonant, and `uy` after `q`', () => {
    expect(inPlacement('Uỷ ban', 'new')).toBe('Uỷ ban');
    expect(inPlacement('hoàn thành', 'old')).toBe('hoàn thành');
    expect(inPlacement('khuyến khích', 'old')).toBe('khuyến khích');
    expect(inPlacement('quý', 'old')).toBe('quý');
    expect(inPlacement('Thường trực', 'new')).toBe('Thường trực');
  });
  it('agrees with foldTones: both placements fold alike', () => {
    for (const w of ['Ủy ban', 'hòa bình', 'HỎA TỐC', 'khỏe mạnh']) {
      expect(foldTones(inPlacement(w, 'old'))).toBe(foldTones(inPlacement(w, 'new')));
    }
  });
});
