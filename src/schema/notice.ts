/**
 * The output contract (SPEC §2, schema version 1). Every notice printed or written is validated
 * against `NoticeSchema` first; `notice-parse schema` prints its JSON Schema.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

export const PositionSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});

/** A range of the input as read: 1-based line and column, 0-based offset; `end` is exclusive. */
export const SpanSchema = z.object({ start: PositionSchema, end: PositionSchema });

export const LayoutSchema = z.enum(['wrapped', 'markdown', 'plain']);

export const SourceSchema = z.object({
  name: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().min(0),
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be']),
  layout: LayoutSchema,
});

const IsoDate = z.string().regex(/^\d{4}(-(\d{2}|Q[1-4]|H[12])(-\d{2})?)?$/);

export const DocumentSchema = z.object({
  /** Tên loại in upper case: THÔNG BÁO, KẾT LUẬN, CÔNG VĂN … */
  type: z.string().nullable(),
  /** The rest of the heading as written, wraps joined. */
  title: z.string().nullable(),
  /** The `về …` / `tại …` / `V/v …` line, or null. */
  subject: z.string().nullable(),
  issuer: z.string().nullable(),
  /** Lines of the header's issuer cell, parent body first (`ĐẢNG BỘ TỈNH X`, `TỈNH ỦY X`). */
  issuerLines: z.array(z.string()),
  number: z.string().nullable(),
  place: z.string().nullable(),
  issuedOn: IsoDate.nullable(),
  /** KHẨN, THƯỢNG KHẨN, HỎA TỐC … */
  urgency: z.string().nullable(),
  /** A công văn's `Kính gửi` block. */
  addressees: z.array(z.string()),
  span: SpanSchema.nullable(),
});

export const PersonSchema = z.object({
  name: z.string(),
  titles: z.array(z.string()),
  span: SpanSchema,
});

export const MeetingSchema = z.object({
  date: IsoDate.nullable(),
  chair: PersonSchema.nullable(),
  /** The chairing body when no person is named (`Thường trực Tỉnh ủy họp …`). */
  chairBody: z.string().nullable(),
  attendees: z.array(PersonSchema),
  presenters: z.array(PersonSchema),
});

export const ItemKindSchema = z.enum(['roman', 'numbered', 'lettered', 'bullet']);

export interface Item {
  label: string;
  number: number[] | null;
  kind: z.infer<typeof ItemKindSchema>;
  heading: string | null;
  text: string;
  children: Item[];
  span: z.infer<typeof SpanSchema>;
}

export const ItemSchema: z.ZodType<Item> = z.lazy(() =>
  z.object({
    label: z.string(),
    number: z.array(z.number().int()).nullable(),
    kind: ItemKindSchema,
    heading: z.string().nullable(),
    text: z.string(),
    children: z.array(ItemSchema),
    span: SpanSchema,
  }),
);

export const RecipientSchema = z.object({
  text: z.string(),
  name: z.string(),
  /** The bracketed purpose: b/c, để biết, phụ trách địa bàn … */
  note: z.string().nullable(),
  agencies: z.array(z.string()),
  span: SpanSchema,
});

export const SignatureSchema = z.object({
  /** T/M, K/T, T/L, T/U, Q., TM., KT., TL., TUQ. or null. */
  authority: z.string().nullable(),
  onBehalfOf: z.string().nullable(),
  authorities: z.array(z.string()),
  title: z.string().nullable(),
  name: z.string().nullable(),
  /** The stamp a digitally signed PDF adds after the name. */
  digitalStamp: z.object({ signer: z.string().nullable(), timestamp: z.string() }).nullable(),
  span: SpanSchema,
});

export const DeadlineSchema = z.object({
  date: IsoDate.nullable(),
  end: IsoDate.nullable(),
  precision: z.enum(['day', 'month', 'quarter', 'half', 'year']).nullable(),
  kind: z.enum(['by', 'on', 'until', 'from', 'relative']),
  partOfDay: z.enum(['morning', 'noon', 'afternoon', 'evening']).nullable(),
  time: z.string().regex(/^\d{2}:\d{2}$/).nullable(),
  /** For `relative`: the number of days and what they count from. */
  days: z.number().int().nullable(),
  anchor: z.string().nullable(),
  text: z.string(),
  span: SpanSchema,
});

export const AgencyRoleSchema = z.enum(['lead', 'support']);

export const DirectiveSchema = z.object({
  id: z.string(),
  item: z.string(),
  text: z.string(),
  agencies: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      role: AgencyRoleSchema,
      inherited: z.boolean(),
    }),
  ),
  deadlines: z.array(DeadlineSchema),
  timing: z.enum(['dated', 'relative', 'ongoing', 'none']),
  product: z.string().nullable(),
  reportTo: z.array(z.string()),
  references: z.array(z.string()),
  span: SpanSchema,
});

export const ReferenceSchema = z.object({
  type: z.string().nullable(),
  number: z.string().nullable(),
  date: IsoDate.nullable(),
  issuer: z.string().nullable(),
  title: z.string().nullable(),
  text: z.string(),
  span: SpanSchema,
});

export const AgencySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['party', 'state', 'front', 'armed', 'national', 'other']),
  level: z.enum(['national', 'province', 'district', 'commune', 'unknown']),
  known: z.boolean(),
  mentions: z.number().int().min(1),
});

export const DiagnosticSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  message: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});

export const NoticeSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: SourceSchema,
  document: DocumentSchema,
  meeting: MeetingSchema,
  preamble: z.string().nullable(),
  preambleSpan: SpanSchema.nullable(),
  items: z.array(ItemSchema),
  closing: z.string().nullable(),
  closingSpan: SpanSchema.nullable(),
  recipients: z.array(RecipientSchema),
  signature: SignatureSchema.nullable(),
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
