// src/schema/fast-objects.ts: the schema's objects are zod's compiled kind under zod/mini's type,
// and a process validates its first 64 notices without compiling zod's fast path. Both lean on
// zod's internals: these tests fail when an update of zod (pinned with ~) breaks them.
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { object, safeParseCounted } from '../src/schema/fast-objects.js';
import { NoticeSchema, SpanSchema } from '../src/schema/notice.js';

describe('the schema objects', () => {
  it('are zod’s compiled object core with zod/mini’s type', () => {
    for (const schema of [NoticeSchema, SpanSchema, object({ a: z.string() })]) {
      expect(schema).toBeInstanceOf(z.core.$ZodObjectJIT);
      expect(schema).toBeInstanceOf(z.ZodMiniType);
      expect(schema._zod.def.type).toBe('object');
    }
  });

  it('validate and strip like zod/mini’s own, on both paths', () => {
    const ours = object({ a: z.string(), b: z.optional(z.int()) });
    const theirs = z.object({ a: z.string(), b: z.optional(z.int()) });
    for (const value of [{ a: 'x' }, { a: 'x', b: 2, c: 3 }, { a: 1 }, { b: 1.5 }, null, 'a']) {
      for (const jitless of [true, false]) {
        const got = ours.safeParse(value, { jitless });
        const want = theirs.safeParse(value, { jitless });
        expect(got.success).toBe(want.success);
        if (got.success && want.success) expect(got.data).toEqual(want.data);
        else expect(got.error?.issues).toEqual(want.error?.issues);
      }
    }
  });

  it('give the same JSON Schema as zod/mini’s own', () => {
    const shape = { a: z.string(), n: z.nullable(z.int()) };
    expect(z.toJSONSchema(object(shape))).toEqual(z.toJSONSchema(z.object(shape)));
  });
});

describe('safeParseCounted', () => {
  it('validates a process’s first 64 values without the compiled fast path, then with it', () => {
    const contexts: unknown[] = [];
    const spy = { safeParse: (_value: unknown, context?: unknown) => (contexts.push(context), { success: true, data: null }) };
    for (let k = 0; k < 70; k++) safeParseCounted(spy as unknown as z.ZodMiniType, k);
    expect(contexts.slice(0, 64)).toEqual(Array.from({ length: 64 }, () => ({ jitless: true })));
    expect(contexts.slice(64)).toEqual(Array.from({ length: 6 }, () => undefined));
  });
});
