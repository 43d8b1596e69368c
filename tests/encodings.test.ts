/**
 * The same notice read from CRLF, NFD, UTF-8 with BOM and UTF-16 files gives the same items,
 * recipients and signature; spans still point into the input as read.
 */
import { describe, expect, it } from 'vitest';
import { parseNotice, type Item, type Notice } from '../src/index.js';
import { fixtureBytes } from './helpers.js';

type Variant = [string, (text: string) => Uint8Array];

const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};

const variants: Variant[] = [
  ['CRLF', (t) => Buffer.from(t.replace(/\n/g, '\r\n'))],
  ['CR', (t) => Buffer.from(t.replace(/\n/g, '\r'))],
  ['NFD', (t) => Buffer.from(t.normalize('NFD'))],
  ['UTF-8 BOM', (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)])],
  ['UTF-16 LE', utf16le],
  ['UTF-16 BE', utf16be],
  ['NFD + CRLF + BOM', (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t.normalize('NFD').replace(/\n/g, '\r\n'))])],
];

/** What must not change: the parts, without spans (offsets differ with CRLF and NFD). */
function essence(n: Notice) {
  const items = (list: Item[]): unknown[] => list.map((i) => [i.label, i.heading, i.text, items(i.children)]);
  return {
    document: { ...n.document, span: undefined },
    meeting: [n.meeting.date, n.meeting.chair?.name, n.meeting.chair?.titles, n.meeting.attendees.map((p) => p.name)],
    preamble: n.preamble,
    items: items(n.items),
    closing: n.closing,
    recipients: n.recipients.map((r) => r.text),
    signature: n.signature && { ...n.signature, span: undefined },
    diagnostics: n.diagnostics.map((d) => [d.code, d.line, d.column]),
  };
}

describe.each(['000', '001', '002', '003', '004'])('sample %s', (prefix) => {
  const original = fixtureBytes(prefix);
  const text = original.toString('utf8');
  const expected = essence(parseNotice(original));

  it.each(variants)('reads the %s variant the same way', (_name, make) => {
    const bytes = make(text);
    const n = parseNotice(bytes);
    expect(essence(n)).toEqual(expected);
  });

  it('points spans at the CRLF input as read', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const n = parseNotice(Buffer.from(crlf));
    const first = n.items[0]!;
    expect(crlf.slice(first.span.start.offset).startsWith(first.label)).toBe(true);
    expect(first.span.start.line).toBe(parseNotice(original).items[0]!.span.start.line);
  });

  it('points spans at the NFD input as read', () => {
    const nfd = text.normalize('NFD');
    const n = parseNotice(Buffer.from(nfd));
    for (const r of n.recipients) {
      const covered = nfd.slice(r.span.start.offset, r.span.end.offset).normalize('NFC').replace(/\s+/g, ' ');
      expect(covered).toContain(r.text.slice(0, 10));
    }
  });
});
