/**
 * The word lists of `data/lexicon/`: which files there are, and what an entry of each holds.
 *
 * Every entry carries an `example` (a sentence using it as the list means, `source` saying which
 * document it was taken from when it was) and, where a wrong match is costly, a `counter` (a
 * sentence where the word stands but must not be taken as that entry). tests/lexicon.test.ts runs
 * each through the stage that uses the list. The build (`scripts/gen-lexicon.mjs`) checks every
 * file against these schemas and writes the words alone to `lexicon.gen.ts`: the stages never read
 * the YAML, and the CLI never loads yaml or zod for them.
 */
import { z } from 'zod/mini';

/** Text with no blank at either end (a word is matched as written). */
const nonEmpty = z.string().check(z.regex(/^\S(?:[^]*\S)?$/, 'empty, or a blank at an end'));

/** What every entry has beside its words: the sentences the test reads. */
const attested = {
  example: nonEmpty,
  source: z.optional(nonEmpty),
  counter: z.optional(nonEmpty),
};

/** A word or phrase, as the stage matches it (case as written unless the list says otherwise). */
export const WordEntry = z.strictObject({ word: nonEmpty, ...attested });

/** A title of office in a signature: `prefix` titles (`PHÓ`) only open another and need a blank after them. */
export const SignatureTitleEntry = z.strictObject({ word: nonEmpty, prefix: z.optional(z.boolean()), ...attested });

/** The date lexer's cue tokens (src/normalise/dates/lexer.ts): each cue word is one of them. */
export const DATE_CUE_TOKENS = [
  'ChamNhat', 'HoanThanh', 'DenHet', 'KeTu', 'KeoDai', 'GiaHan', 'ThoiHan', 'Truoc', 'Den', 'Tu', 'Vao', 'Trong', 'Sau', 'SauKhi',
] as const;
/** The kind of deadline a cue gives (checked by the test; the recogniser decides it in code). */
export const DateCueEntry = z.strictObject({
  word: nonEmpty,
  token: z.enum(DATE_CUE_TOKENS),
  kind: z.enum(['by', 'on', 'until', 'from', 'relative']),
  ...attested,
});

/**
 * The stages that read a document type's name. They disagree (each grew its own list before this
 * table), and the table keeps what each knew rather than change the output:
 * - `heading`: the type word that opens a heading, in capitals (src/lexicon/markers.ts DOC_TYPE);
 * - `citation`: the type word before a cited number (src/normalise/references.ts);
 * - `cited-date`: a date right after it is the document's date, not a deadline (dates/lexer.ts DocType);
 * - `deliverable`: what a directive asks to be made (src/normalise/directives.ts productOf).
 */
export const DOCUMENT_TYPE_STAGES = ['heading', 'citation', 'cited-date', 'deliverable'] as const;
export type DocumentTypeStage = (typeof DOCUMENT_TYPE_STAGES)[number];

const code = z.string().check(z.regex(/^[A-ZĐ][A-Za-zĐđ]{0,5}$/));
export const DocumentTypeEntry = z.strictObject({
  name: nonEmpty,
  /** Codes of the type in a party number (`753-QĐ/TU`: before the slash). */
  party: z.optional(z.array(code)),
  /** Codes of the type in a state number (`68/NQ-CP`, `23/2021/QĐ-TTg`: after the slash). */
  state: z.optional(z.array(code)),
  stages: z.array(z.enum(DOCUMENT_TYPE_STAGES)),
  ...attested,
});

/**
 * A verb whose object is a body, as the directive reader reads it (report-verbs.yaml,
 * support-verbs.yaml): `then`, the words one of which may stand between it and the body (`gửi về`,
 * `phối hợp chặt chẽ với`); `qualified`, it may take up to two report qualifiers first (`báo cáo
 * kịp thời kết quả với`: report-qualifiers.yaml).
 */
export const CueVerbEntry = z.strictObject({
  word: nonEmpty,
  then: z.optional(z.array(nonEmpty)),
  qualified: z.optional(z.boolean()),
  ...attested,
});

/** The roles a person of the meeting may have (src/normalise/people.ts), other than `other`. */
export const PERSON_ROLES = ['chair', 'attendee', 'presenter'] as const;
/** A cue of a person's role: the words before the person (`Nghe đồng chí …`) or after the titles (`… kết luận`). */
export const RoleCueEntry = z.strictObject({
  word: nonEmpty,
  role: z.enum(PERSON_ROLES),
  place: z.enum(['before', 'after']),
  ...attested,
});

/**
 * The lists: file name (in data/lexicon), the constant lexicon.gen.ts exports, the entry schema,
 * and the type of its generated entries when they are more than a word (else `string`).
 */
export const LEXICON_LISTS = [
  { file: 'imperatives.yaml', constant: 'IMPERATIVES', entry: WordEntry },
  { file: 'attention-words.yaml', constant: 'ATTENTION_WORDS', entry: WordEntry },
  { file: 'hand-over-verbs.yaml', constant: 'HAND_OVER_VERBS', entry: WordEntry },
  { file: 'addressing-openers.yaml', constant: 'ADDRESSING_OPENERS', entry: WordEntry },
  { file: 'connectors.yaml', constant: 'CONNECTORS', entry: WordEntry },
  { file: 'not-a-task-openers.yaml', constant: 'NOT_A_TASK_OPENERS', entry: WordEntry },
  { file: 'passive-markers.yaml', constant: 'PASSIVE_MARKERS', entry: WordEntry },
  { file: 'ongoing-duty-words.yaml', constant: 'ONGOING_DUTY_WORDS', entry: WordEntry },
  { file: 'report-products.yaml', constant: 'REPORT_PRODUCTS', entry: WordEntry },
  { file: 'deliverables.yaml', constant: 'DELIVERABLES', entry: WordEntry },
  { file: 'not-a-verb.yaml', constant: 'NOT_A_VERB_WORDS', entry: WordEntry },
  { file: 'date-cues.yaml', constant: 'DATE_CUES', entry: DateCueEntry, type: 'DateCueWords' },
  { file: 'until-verbs.yaml', constant: 'UNTIL_VERBS', entry: WordEntry },
  { file: 'event-nouns.yaml', constant: 'EVENT_NOUNS', entry: WordEntry },
  { file: 'directing-verbs.yaml', constant: 'DIRECTING_VERBS', entry: WordEntry },
  { file: 'lead-words.yaml', constant: 'LEAD_WORDS', entry: WordEntry },
  { file: 'speech-verbs.yaml', constant: 'SPEECH_VERBS', entry: WordEntry },
  { file: 'issue-date-anchors.yaml', constant: 'ISSUE_DATE_ANCHORS', entry: WordEntry },
  { file: 'document-types.yaml', constant: 'DOCUMENT_TYPES', entry: DocumentTypeEntry, type: 'DocumentTypeWords' },
  { file: 'signature-titles.yaml', constant: 'SIGNATURE_TITLES', entry: SignatureTitleEntry, type: 'SignatureTitleWords' },
  { file: 'unit-head-titles.yaml', constant: 'UNIT_HEAD_TITLES', entry: WordEntry },
  { file: 'leadership-titles.yaml', constant: 'LEADERSHIP_TITLES', entry: WordEntry },
  { file: 'not-a-name.yaml', constant: 'NOT_A_NAME_WORDS', entry: WordEntry },
  // The document side (items, meeting, markers, heading).
  { file: 'item-label-openers.yaml', constant: 'ITEM_LABEL_OPENERS', entry: WordEntry },
  { file: 'assent-openers.yaml', constant: 'ASSENT_OPENERS', entry: WordEntry },
  { file: 'not-a-meeting-openers.yaml', constant: 'NOT_A_MEETING_OPENERS', entry: WordEntry },
  { file: 'meeting-bodies.yaml', constant: 'MEETING_BODIES', entry: WordEntry },
  { file: 'meeting-verbs.yaml', constant: 'MEETING_VERBS', entry: WordEntry },
  { file: 'meeting-words.yaml', constant: 'MEETING_WORDS', entry: WordEntry },
  { file: 'office-titles.yaml', constant: 'OFFICE_TITLES', entry: WordEntry },
  { file: 'surnames.yaml', constant: 'SURNAMES', entry: WordEntry },
  { file: 'mottos.yaml', constant: 'MOTTOS', entry: WordEntry },
  { file: 'urgency-marks.yaml', constant: 'URGENCY_MARKS', entry: WordEntry },
  { file: 'recipients-heads.yaml', constant: 'RECIPIENTS_HEADS', entry: WordEntry },
  { file: 'subject-openers.yaml', constant: 'SUBJECT_OPENERS', entry: WordEntry },
  { file: 'title-openers.yaml', constant: 'TITLE_OPENERS', entry: WordEntry },
  { file: 'cong-van-issuers.yaml', constant: 'CONG_VAN_ISSUERS', entry: WordEntry },
  { file: 'closing-words.yaml', constant: 'CLOSING_WORDS', entry: WordEntry },
  // The header's issuer column (src/document/heading.ts).
  { file: 'body-heads.yaml', constant: 'BODY_HEADS', entry: WordEntry },
  { file: 'title-subject-breaks.yaml', constant: 'TITLE_SUBJECT_BREAKS', entry: WordEntry },
  { file: 'header-subject-openers.yaml', constant: 'HEADER_SUBJECT_OPENERS', entry: WordEntry },
  // The signature (src/lexicon/markers.ts AUTHORITY).
  { file: 'authority-marks.yaml', constant: 'AUTHORITY_MARKS', entry: WordEntry },
  { file: 'addressees-heads.yaml', constant: 'ADDRESSEES_HEADS', entry: WordEntry },
  // The directive reader's subject (src/normalise/directives.ts nounPhraseAt).
  { file: 'noun-phrase-words.yaml', constant: 'NOUN_PHRASE_WORDS', entry: WordEntry },
  // The recognisers' lists (directives, people, references): issue 14.
  { file: 'factual-openers.yaml', constant: 'FACTUAL_OPENERS', entry: WordEntry },
  { file: 'report-verbs.yaml', constant: 'REPORT_VERBS', entry: CueVerbEntry, type: 'CueVerbWords' },
  { file: 'report-qualifiers.yaml', constant: 'REPORT_QUALIFIERS', entry: WordEntry },
  { file: 'proposal-verbs.yaml', constant: 'PROPOSAL_VERBS', entry: WordEntry },
  { file: 'support-verbs.yaml', constant: 'SUPPORT_VERBS', entry: CueVerbEntry, type: 'CueVerbWords' },
  { file: 'report-product-followers.yaml', constant: 'REPORT_PRODUCT_FOLLOWERS', entry: WordEntry },
  { file: 'making-verbs.yaml', constant: 'MAKING_VERBS', entry: WordEntry },
  { file: 'person-markers.yaml', constant: 'PERSON_MARKERS', entry: WordEntry },
  { file: 'person-title-ends.yaml', constant: 'PERSON_TITLE_ENDS', entry: WordEntry },
  { file: 'person-list-joiners.yaml', constant: 'PERSON_LIST_JOINERS', entry: WordEntry },
  { file: 'person-role-cues.yaml', constant: 'PERSON_ROLE_CUES', entry: RoleCueEntry, type: 'RoleCueWords' },
  { file: 'issuer-end-words.yaml', constant: 'ISSUER_END_WORDS', entry: WordEntry },
  { file: 'cited-title-ends-after-comma.yaml', constant: 'CITED_TITLE_COMMA_ENDS', entry: WordEntry },
  { file: 'cited-title-ends.yaml', constant: 'CITED_TITLE_ENDS', entry: WordEntry },
] as const;

export type LexiconList = (typeof LEXICON_LISTS)[number];

/** A list file: a sequence of entries, at least one, no word twice. */
export function listSchema<T extends { word?: string; name?: string }>(entry: z.ZodMiniType<T>) {
  return z.array(entry).check(
    z.minLength(1),
    z.refine((entries) => new Set(entries.map(wordOf)).size === entries.length, 'an entry is listed twice'),
  );
}

/** The word of an entry (a document type's name). */
export function wordOf(entry: { word?: string; name?: string }): string {
  return entry.word ?? entry.name ?? '';
}

/** The fields that are for the test, not the stages: left out of lexicon.gen.ts. */
export const TEST_ONLY_FIELDS = ['example', 'source', 'counter', 'kind'] as const;
