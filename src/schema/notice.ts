/**
 * The output contract (SPEC §2, schema version 1). Every notice printed or written is validated
 * against `NoticeSchema` first; `notice-parse schema` prints its JSON Schema. Its objects are made
 * with `object()` of fast-objects.ts (zod/mini's objects on zod's compiled fast path).
 */
import * as z from 'zod/mini';
import { object } from './fast-objects.js';
import { DIAGNOSTIC_CODES } from '../core/diagnostic-codes.gen.js';

export const SCHEMA_VERSION = 1 as const;

export const PositionSchema = object({
  line: z.int().check(z.minimum(1)),
  column: z.int().check(z.minimum(1)),
  offset: z.int().check(z.minimum(0)),
});

/** A range of the input as read: 1-based line and column, 0-based offset; `end` is exclusive. */
export const SpanSchema = object({ start: PositionSchema, end: PositionSchema });

export const LayoutSchema = z.enum(['wrapped', 'markdown', 'plain']);

export const SourceSchema = object({
  name: z.string(),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  bytes: z.int().check(z.minimum(0)),
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be']),
  layout: LayoutSchema,
});

const IsoDate = z.string().check(z.regex(/^\d{4}(-(\d{2}|Q[1-4]|H[12])(-\d{2})?)?$/));

export const DocumentSchema = object({
  /** Tên loại in upper case: THÔNG BÁO, KẾT LUẬN, CÔNG VĂN … */
  type: z.nullable(z.string()),
  /** The rest of the heading as written, wraps joined. */
  title: z.nullable(z.string()),
  /** The `về …` / `tại …` / `V/v …` line, or null. */
  subject: z.nullable(z.string()),
  /**
   * The issuing body's whole name, joined over its lines (`ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI`);
   * null when the notice has no header.
   */
  issuer: z.nullable(z.string()),
  /** The body above the issuer in the header (`ĐẢNG BỘ TỈNH KHÁNH HÒA` over `ĐẢNG ỦY XÃ CÔNG HẢI`), or null. */
  superior: z.nullable(z.string()),
  /** Lines of the header's issuer cell, parent body first (`ĐẢNG BỘ TỈNH X`, `TỈNH ỦY X`). */
  issuerLines: z.array(z.string()),
  number: z.nullable(z.string()),
  place: z.nullable(z.string()),
  issuedOn: z.nullable(IsoDate),
  /** KHẨN, THƯỢNG KHẨN, HỎA TỐC … */
  urgency: z.nullable(z.string()),
  /** A công văn's `Kính gửi` block. */
  addressees: z.array(z.string()),
  span: z.nullable(SpanSchema),
});

export const PersonSchema = object({
  name: z.string(),
  titles: z.array(z.string()),
  span: SpanSchema,
});

export const MeetingSchema = object({
  date: z.nullable(IsoDate),
  chair: z.nullable(PersonSchema),
  /** The chairing body when no person is named (`Thường trực Tỉnh ủy họp …`). */
  chairBody: z.nullable(z.string()),
  attendees: z.array(PersonSchema),
  presenters: z.array(PersonSchema),
});

export const ItemKindSchema = z.enum(['roman', 'numbered', 'lettered', 'bullet']);

export interface Item {
  id: string;
  label: string;
  number: number[] | null;
  kind: z.infer<typeof ItemKindSchema>;
  heading: string | null;
  text: string;
  children: Item[];
  span: z.infer<typeof SpanSchema>;
}

export const ItemSchema: z.ZodMiniType<Item> = z.lazy(() =>
  object({
    id: z.string(),
    label: z.string(),
    number: z.nullable(z.array(z.int())),
    kind: ItemKindSchema,
    heading: z.nullable(z.string()),
    text: z.string(),
    children: z.array(ItemSchema),
    span: SpanSchema,
  }),
);

export const RecipientSchema = object({
  text: z.string(),
  name: z.string(),
  /** The bracketed purpose: b/c, để biết, phụ trách địa bàn … */
  note: z.nullable(z.string()),
  agencies: z.array(z.string()),
  span: SpanSchema,
});

export const SignatureSchema = object({
  /** T/M, K/T, T/L, T/U, Q., TM., KT., TL., TUQ. or null. */
  authority: z.nullable(z.string()),
  onBehalfOf: z.nullable(z.string()),
  authorities: z.array(z.string()),
  title: z.nullable(z.string()),
  name: z.nullable(z.string()),
  /** The stamp a digitally signed PDF adds after the name. */
  digitalStamp: z.nullable(object({ signer: z.nullable(z.string()), timestamp: z.string() })),
  span: SpanSchema,
});

export const DeadlineSchema = object({
  date: z.nullable(IsoDate),
  end: z.nullable(IsoDate),
  precision: z.nullable(z.enum(['day', 'month', 'quarter', 'half', 'year'])),
  kind: z.enum(['by', 'on', 'until', 'from', 'relative']),
  partOfDay: z.nullable(z.enum(['morning', 'noon', 'afternoon', 'evening'])),
  time: z.nullable(z.string().check(z.regex(/^\d{2}:\d{2}$/))),
  /** For `relative`: the number of days and what they count from. */
  days: z.nullable(z.int()),
  anchor: z.nullable(z.string()),
  text: z.string(),
  span: SpanSchema,
});

export const AgencyRoleSchema = z.enum(['lead', 'support']);

export const DirectiveSchema = object({
  id: z.string(),
  item: z.string(),
  text: z.string(),
  agencies: z.array(
    object({
      id: z.string(),
      name: z.string(),
      role: AgencyRoleSchema,
      inherited: z.boolean(),
    }),
  ),
  deadlines: z.array(DeadlineSchema),
  timing: z.enum(['dated', 'relative', 'ongoing', 'none']),
  product: z.nullable(z.string()),
  reportTo: z.array(z.string()),
  references: z.array(z.string()),
  span: SpanSchema,
});

export const ReferenceSchema = object({
  type: z.nullable(z.string()),
  number: z.nullable(z.string()),
  date: z.nullable(IsoDate),
  issuer: z.nullable(z.string()),
  title: z.nullable(z.string()),
  text: z.string(),
  span: SpanSchema,
});

export const AgencySchema = object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['party', 'state', 'front', 'armed', 'national', 'other']),
  level: z.enum(['national', 'province', 'district', 'commune', 'unknown']),
  known: z.boolean(),
  mentions: z.int().check(z.minimum(1)),
});

export const DiagnosticSchema = object({
  severity: z.enum(['error', 'warning', 'info']),
  /** One of the codes of data/diagnostics.yaml (README, "Diagnostics"). */
  code: z.enum(DIAGNOSTIC_CODES),
  message: z.string(),
  line: z.int().check(z.minimum(1)),
  column: z.int().check(z.minimum(1)),
  offset: z.int().check(z.minimum(0)),
});

export const NoticeSchema = object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: SourceSchema,
  document: DocumentSchema,
  meeting: MeetingSchema,
  preamble: z.nullable(z.string()),
  preambleSpan: z.nullable(SpanSchema),
  items: z.array(ItemSchema),
  closing: z.nullable(z.string()),
  closingSpan: z.nullable(SpanSchema),
  recipients: z.array(RecipientSchema),
  signature: z.nullable(SignatureSchema),
  directives: z.array(DirectiveSchema),
  references: z.array(ReferenceSchema),
  agencies: z.array(AgencySchema),
  diagnostics: z.array(DiagnosticSchema),
});

export type Span = z.infer<typeof SpanSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Layout = z.infer<typeof LayoutSchema>;
export type NoticeDocument = z.infer<typeof DocumentSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type Recipient = z.infer<typeof RecipientSchema>;
export type Signature = z.infer<typeof SignatureSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type Directive = z.infer<typeof DirectiveSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type Agency = z.infer<typeof AgencySchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type Notice = z.infer<typeof NoticeSchema>;

/** The JSON Schema of the output, generated from the zod schema. */
export function noticeJsonSchema(): unknown {
  return z.toJSONSchema(NoticeSchema, { target: 'draft-2020-12' });
}
