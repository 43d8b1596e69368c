/**
 * The tail of a notice: the `Nơi nhận` list and the signature block, in either order, with stray
 * lines (typist initials, copy counts, `(đã ký)`) that belong to neither.
 */
import type { Recipient, Signature, Span } from '../schema/notice.js';
import { AUTHORITY, AUTHORITY_MARK, INITIALS, PERSON_NAME } from '../lexicon/markers.js';
import { LOWER, UPPER, isCapsLine } from '../text/letters.js';
import { STAMP_TIME } from '../../grammar/parser.js';
import type { Line } from './lines.js';
import { SIGNATURE_TITLES } from '../lexicon/lexicon.gen.js';
import { alternation } from '../lexicon/pattern.js';
import type { SpanMaker } from '../core/spans.js';

type RecipientDraft = Omit<Recipient, 'agencies'>;

export function buildRecipients(tail: Line[], spans: SpanMaker): RecipientDraft[] {
  const out: RecipientDraft[] = [];
  // Between two entries with dashes, a line without one goes on with the entry above unless that
  // one ended (`;`, `.`): `- … Hội Làm vườn tỉnh Bình` / `Thuận, …`, also with the signer's title
  // between them (two columns read line by line). The layout pre-pass joins the plain case.
  let lastDashed = -1;
  tail.forEach((l, i) => {
    if (l.rule === 'recipient' && isDashed(l)) lastDashed = i;
  });
  let lastRaw = '';
  let lastOffset = 0;
  for (let i = 0; i < tail.length; i++) {
    const line = tail[i]!;
    if (line.rule !== 'recipient' && line.rule !== 'recipients') continue;
    const raw = line.rule === 'recipients' ? (line.rest?.image ?? '') : line.text;
    const offset = line.rule === 'recipients' && line.rest ? line.rest.startOffset : line.start;
    const goesOn = i < lastDashed && line.rule === 'recipient' && !isDashed(line) && out.length > 0 && !endsEntry(lastRaw);
    const whole = goesOn ? `${lastRaw} ${raw.trim()}` : raw;
    const text = recipientText(whole);
    if (text === '') continue;
    const { name, note } = splitNote(text);
    const start = goesOn ? lastOffset : offset;
    const entry = { name, note, text, span: spans.span(start, line.end) };
    if (goesOn) out[out.length - 1] = entry;
    else out.push(entry);
    lastRaw = whole;
    lastOffset = start;
  }
  return out;
}

function isDashed(line: Line): boolean {
  return line.head.tokenType.name === 'Bullet';
}

/** `[.;][ \t]*$`: the entry ends there. */
function endsEntry(raw: string): boolean {
  const t = raw.trimEnd();
  const last = t.charCodeAt(t.length - 1);
  return last === 46 || last === 59;
}

/** `- Thường trực Tỉnh ủy (b/c),` → `Thường trực Tỉnh ủy (b/c)`. */
function recipientText(raw: string): string {
  const text = withoutTrailingPunctuation(raw.replace(LEADING_DASHES, ''));
  return text.replace(/\s+/g, ' ').trim();
}

const LEADING_DASHES = /^[ \t]*[-+•*–—·]+[ \t]*/;

/**
 * What `.replace(/[ \t]*[,;.]+[ \t]*$/, '')` gives, without a regex that V8 would try at every
 * position of the line: the last run of `,;.` with the blanks around it, when it ends the text.
 */
function withoutTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  let cut = end;
  while (cut > 0 && isListPunctuation(text.charCodeAt(cut - 1))) cut--;
  if (cut === end) return text;
  while (cut > 0 && isBlank(text.charCodeAt(cut - 1))) cut--;
  return text.slice(0, cut);
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

function isListPunctuation(code: number): boolean {
  return code === 44 || code === 59 || code === 46; // , ; .
}

/** The bracketed purpose at the end: `(b/c)`, `(để biết)`, `(phụ trách địa bàn)`. */
function splitNote(text: string): { name: string; note: string | null } {
  if (text.charCodeAt(text.length - 1) !== 41) return { name: text, note: null }; // no `)` at the end
  const m = /^(.*?)[ \t]*\(([^()]{1,60})\)$/.exec(text);
  if (!m || m[1] === '') return { name: text, note: null };
  return { name: m[1]!, note: m[2]!.trim() };
}

function isInitials(text: string): boolean {
  return INITIALS.test(text);
}

export function buildSignature(tail: Line[], spans: SpanMaker): Signature | null {
  const lines = tail.filter((l) => l.rule === 'signatureLine' || l.rule === 'strayLine');
  const authorities: string[] = [];
  const titles: string[] = [];
  let name: string | null = null;
  let stamp: Signature['digitalStamp'] = null;
  /** Capital lines under the name, not yet known to be a stamp's signer. */
  const below: string[] = [];
  let start = Infinity;
  let end = -1;
  const use = (line: Line) => {
    start = Math.min(start, line.start);
    end = Math.max(end, line.end);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    if (STAMP_TIME.test(text)) {
      // The stamp's signer: the capital lines right above it, under the name (`ĐẢNG UỶ XÃ CÔNG` / `HẢI`).
      const signer = below.length > 0 && i > 0 && isCapsLine(lines[i - 1]!.text) ? below.join(' ') : null;
      below.length = 0;
      stamp ??= { signer, timestamp: text };
      use(line);
    } else if (AUTHORITY.test(text)) {
      // With the signer's title on a line of its own below, the authority line holds none
      // (`KT. BỘ TRƯỞNG, CHỦ NHIỆM` over `PHÓ CHỦ NHIỆM`): its offices are all the body signed for.
      const squashed = splitSquashed(text, !titleLineFollows(lines, i));
      authorities.push(...squashed.authorities);
      if (squashed.title) titles.push(squashed.title);
      if (squashed.name) name ??= squashed.name;
      use(line);
    } else if (PERSON_NAME.test(text) && name === null) {
      name = text;
      use(line);
    } else if (isCapsLine(text) && !isInitials(text)) {
      // Under the name, capitals are no title: a digital stamp's signer, or the heading of an annex
      // that follows the signature (`CHƯƠNG TRÌNH`, `ĐỀ CƯƠNG BÁO CÁO`).
      if (name !== null) below.push(text);
      else {
        titles.push(text);
        use(line);
      }
    }
  }
  if (end < 0) return null;
  const first = authorities[0] ? AUTHORITY.exec(authorities[0]) : null;
  return {
    authority: first ? first[1]! : null,
    onBehalfOf: first ? authorities[0]!.slice(first[0].length).trim() || null : null,
    authorities,
    title: titles.length > 0 ? titles[titles.length - 1]! : null,
    name,
    digitalStamp: stamp,
    span: spans.span(start, end),
  };
}

/**
 * One line holding a whole signature cell: `TL. CHỦ TỊCH KT. CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG
 * Nguyễn Văn A`. Authorities are cut at each authority mark; the name is the trailing run of
 * capitalised syllables; an upper-case run after the last authority's body is the title.
 */
/**
 * Titles a signer holds, as they start in capitals (data/lexicon/signature-titles.yaml): a prefix
 * title (`PHÓ`) only with a blank after it.
 */
const TITLE_PHRASE = new RegExp(`(?<=[ \\t])(?:${titleAlternatives()})`);

function titleAlternatives(): string {
  const prefixes = signatureTitles(true);
  const titles = alternation(signatureTitles(false));
  return prefixes.length > 0 ? `(?:${alternation(prefixes)})[ \\t]|${titles}` : titles;
}

function signatureTitles(prefix: boolean): string[] {
  return SIGNATURE_TITLES.filter((t) => (t.prefix ?? false) === prefix).map((t) => t.word);
}

/**
 * The line right after line `i` opens with a signer's title (data/lexicon/signature-titles.yaml:
 * `PHÓ CHỦ NHIỆM`), not with an authority mark: the title is on a line of its own.
 */
function titleLineFollows(lines: readonly Line[], i: number): boolean {
  const next = lines[i + 1]?.text.trim();
  if (next === undefined || AUTHORITY.test(next) || !isCapsLine(next)) return false;
  return TITLE_PHRASE.exec(` ${next}`)?.index === 1;
}

/** Where the last title phrase of `text` starts, a prefix (`PHÓ `) right before it included; -1 if none. */
function lastTitleAt(text: string): number {
  const titles = new RegExp(TITLE_PHRASE.source, 'g');
  let at = -1;
  let end = -1;
  for (let m = titles.exec(text); m; m = titles.exec(text)) {
    if (m.index !== end) at = m.index; // a title that does not go on from a prefix starts anew
    end = m.index + m[0].length;
  }
  return at;
}

/** An authority mark at the start or after a blank, before a capital. */
const MARKS = new RegExp(`(?:^|[ \\t])(${AUTHORITY_MARK})[ \\t]*(?=[${UPPER}])`, 'g');
/** The trailing run of capitalised syllables: the signer's name. */
const TRAILING_NAME = new RegExp(`(?:^|[ \\t])((?:[${UPPER}][${LOWER}]{0,7}[ \\t]){1,4}[${UPPER}][${LOWER}]{0,7})$`);

export function splitSquashed(text: string, mayHoldTitle = true): { authorities: string[]; title: string | null; name: string | null } {
  const cuts: number[] = [];
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) cuts.push(m.index === 0 ? 0 : m.index + 1);
  if (cuts.length === 0) return { authorities: [text], title: null, name: null };
  let name: string | null = null;
  let body = text;
  const nameMatch = TRAILING_NAME.exec(text);
  if (nameMatch && PERSON_NAME.test(nameMatch[1]!)) {
    name = nameMatch[1]!;
    body = text.slice(0, nameMatch.index).trim();
  }
  const authorities = cuts.map((c, k) => body.slice(c, cuts[k + 1] ?? body.length).trim()).filter((a) => a !== '');
  // `KT. CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG`, `T/M BAN THƯỜNG VỤ BÍ THƯ`: the signer's title
  // follows the body signed for, which may itself be a title (`KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ
  // NHIỆM`): it is the last title phrase after the body's first word, with the prefix before it.
  let title: string | null = null;
  const last = authorities[authorities.length - 1];
  const mark = last ? AUTHORITY.exec(last) : null;
  if (last && mark && mayHoldTitle) {
    const body = last.slice(mark[0].length);
    const at = lastTitleAt(body.slice(1));
    if (at >= 0) {
      authorities[authorities.length - 1] = last.slice(0, mark[0].length + 1 + at).trim();
      title = body.slice(1 + at).trim();
    }
  }
  return { authorities, title, name };
}

/** A footnote as the builder reads it; the anchor's item is found once the items are built. */
export interface FootnoteDraft {
  mark: string;
  text: string;
  span: Span;
  /** Where each line of `text` starts in it (`at`) and in the cleaned text (`start`). */
  lines: { at: number; start: number }[];
  /** Where the mark stands in the heading or the body, in the cleaned text; -1 when not found. */
  markAt: number;
}

/** The cleaned-text offset of an offset into a footnote's text. */
export function footnoteOffset(f: FootnoteDraft, offset: number): number {
  let line = f.lines[0]!;
  for (const l of f.lines) if (l.at <= offset) line = l;
  return line.start + offset - line.at;
}

/**
 * The footnotes of the tail: a line that opens with a mark (`[1] …`, `_ [1] …`, `[^1]: …`, `(1) …`)
 * and the lines of text after it. Where each mark hangs in the heading or the body is looked up
 * in `text` (heading and body lines, in text order): `[1]` anywhere, `(1)` only glued to the word
 * before it (`đồng chí(1)`), since a spaced `(1)` enumerates.
 */
export function buildFootnotes(tail: Line[], text: Line[], spans: SpanMaker): FootnoteDraft[] {
  const out: FootnoteDraft[] = [];
  let open: { mark: string; text: string; lines: FootnoteDraft['lines']; start: number; end: number } | null = null;
  const close = () => {
    if (open === null) return;
    out.push({ mark: open.mark, text: open.text, lines: open.lines, span: spans.span(open.start, open.end), markAt: markIn(text, open.mark) });
    open = null;
  };
  for (const line of tail) {
    if (line.rule === 'footnote') {
      close();
      const payload = line.head.payload as { label?: string } | RegExpExecArray | undefined;
      const mark = Array.isArray(payload) ? payload[1]! : (payload?.label ?? line.head.image.trim());
      const start = line.rest?.startOffset ?? line.end;
      open = { mark, text: line.rest?.image ?? '', lines: [{ at: 0, start }], start: line.start, end: line.end };
    } else if (line.rule === 'footnoteText' && open !== null) {
      open.text += ' ';
      open.lines.push({ at: open.text.length, start: line.start });
      open.text += line.text;
      open.end = line.end;
    } else close();
  }
  close();
  return out;
}

/** The first place of `mark` in the lines, as a footnote's mark (see buildFootnotes); -1 if none. */
function markIn(lines: Line[], mark: string): number {
  const glued = mark.charCodeAt(0) === 40; // `(1)` counts only glued to a word
  for (const line of lines) {
    for (let at = line.text.indexOf(mark); at >= 0; at = line.text.indexOf(mark, at + 1)) {
      if (at === 0) continue; // a line that opens with it is a label or a footnote, not a mark
      if (glued && /[ \t]/.test(line.text[at - 1]!)) continue;
      return line.start + at;
    }
  }
  return -1;
}
