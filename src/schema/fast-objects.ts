/**
 * How the schema's objects are validated quickly: the two speed measures that reach into zod, kept
 * in one place because both depend on zod's internals (package.json pins zod with `~` for them;
 * tests/fast-objects.test.ts fails if an update breaks the first).
 *
 * 1. Objects on zod's compiled fast path. zod/mini builds a schema in half the time zod classic
 *    does (a cold start is one notice, validated once), but its objects are the interpreted kind;
 *    zod classic's objects compile a fast path on first use, which validates a batch about 2.4
 *    times faster (0.05–0.065 ms a notice against 0.09–0.13 ms, in-process over 500 notices).
 *    `object()` below is zod classic's object core ($ZodObjectJIT) with zod/mini's type on top, as
 *    ZodMiniObject composes them: the JSON Schema and the output are the same.
 *
 * 2. Not compiling that fast path in a short run. Compiling it costs a single-file run about 8 ms
 *    (measured in-process, 10 runs: first parse 53 → 45 ms without a code cache), more than the
 *    whole validation; it pays off only in a batch. So a process validates its first 64 notices
 *    with zod's interpreter (`jitless`), and the rest on the compiled path. Output does not depend
 *    on which (tests/fixtures.test.ts parses the fixtures across the switch).
 */
import * as z from 'zod/mini';

const ObjectCore: typeof z.core.$ZodObjectJIT = z.core.$ZodObjectJIT;
const MiniType: typeof z.ZodMiniType = z.ZodMiniType;
const CompiledObject = z.core.$constructor('CompiledObject', (inst: z.ZodMiniObject, def: z.core.$ZodObjectDef) => {
  ObjectCore.init(inst, def);
  MiniType.init(inst, def);
});

/** zod/mini's `z.object(shape)`, validated through zod's compiled fast path once it is compiled. */
export function object<T extends z.core.$ZodLooseShape>(shape: T): z.ZodMiniObject<T, z.core.$strip> {
  return new CompiledObject({ type: 'object', shape }) as unknown as z.ZodMiniObject<T, z.core.$strip>;
}

const VALIDATIONS_BEFORE_COMPILING = 64;
const UNCOMPILED = { jitless: true } as const;
let validations = 0;

/** `schema.safeParse(value)`, without the compiled fast path for the process's first 64 calls. */
export function safeParseCounted<S extends z.ZodMiniType>(schema: S, value: unknown): ReturnType<S['safeParse']> {
  return schema.safeParse(value, validations++ < VALIDATIONS_BEFORE_COMPILING ? UNCOMPILED : undefined) as ReturnType<S['safeParse']>;
}
