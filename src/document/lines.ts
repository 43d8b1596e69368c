/**
 * The lines of a notice as the builder reads them: the grammar hands over each part of the
 * notice (header, heading, addressees, body, tail) as its lines in text order. Every line keeps
 * its tokens, so the builder knows what the grammar saw (a marker, an authority, a title in
 * capitals) and where each piece stands.
 */
export type { ParsedLine as Line, NoticeTree as Sections } from '../../grammar/parser.js';
