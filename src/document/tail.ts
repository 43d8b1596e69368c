/**
 * The tail of a notice: the `Nơi nhận` list and the signature block, in either order, with stray
 * lines (typist initials, copy counts, `(đã ký)`) that belong to neither.
 */
import type { Recipient, Signature } from '../schema/notice.js';
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
  for (const line of tail) {
    if (line.rule !== 'recipient' && line.rule !== 'recipients') continue;
    const raw = line.rule === 'recipients' ? (line.rest?.image ?? '') : line.text;
    const text = recipientText(raw);
    if (text === '') continue;
    const offset = line.rule === 'recipients' && line.rest ? line.rest.startOffset : line.start;
    const { name, note } = splitNote(text);
    out.push({ name, note, text, span: spans.span(offset, line.end) });
  }
  return out;
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
      const signer = name !== null && titles.length > 0 && i > 0 && isCapsLine(lines[i - 1]!.text) ? titles.pop()! : null;
      stamp = { signer, timestamp: text };
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
      titles.push(text);
      use(line);
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
  // follows the body signed for; it is the first title phrase after the body's first word.
  let title: string | null = null;
  const last = authorities[authorities.length - 1];
  const mark = last ? AUTHORITY.exec(last) : null;
  if (last && mark && mayHoldTitle) {
    const body = last.slice(mark[0].length);
    const t = TITLE_PHRASE.exec(body.slice(1));
    if (t) {
      authorities[authorities.length - 1] = last.slice(0, mark[0].length + 1 + t.index).trim();
      title = body.slice(1 + t.index).trim();
    }
  }
  return { authorities, title, name };
}
