/**
 * The library's one error: a public function (src/index.ts) given an argument it cannot use.
 * Parsing itself never throws (any input gives schema-valid output with diagnostics), so a
 * NoticeParseError always means a programming mistake at the call, and its message says which
 * argument and what was expected; the checks run before any work, so nothing is half done.
 */

/** Thrown (or, by loadGazetteerFiles, rejected with) when a public function gets a wrong argument. */
export class NoticeParseError extends TypeError {
  /** Always `ERR_NOTICE_PARSE_ARGUMENT`: test this, not the message, which may be reworded. */
  readonly code = 'ERR_NOTICE_PARSE_ARGUMENT' as const;

  /**
   * @param callee the public function called (`parseNotice`)
   * @param argument the argument at fault (`input`, `options.name`)
   */
  constructor(
    readonly callee: string,
    readonly argument: string,
    expected: string,
    got: unknown,
  ) {
    super(`${callee}: ${argument} must be ${expected}; got ${describeValue(got)}`);
    this.name = 'NoticeParseError';
  }
}

/** A short account of a value for a message: `null`, `a number (3)`, `an ArrayBuffer`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  switch (typeof value) {
    case 'string':
      return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
    case 'number':
    case 'boolean':
    case 'bigint':
      return `a ${typeof value} (${String(value)})`;
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
  }
  const name = (value as object).constructor?.name;
  return name && name !== 'Object' ? `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}` : 'an object';
}

/** A plain object (options), not null, an array or a class instance such as a Buffer. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Checks an options object: undefined, or a plain object whose keys are all known (a misspelt
 * option would otherwise be ignored without a word). Returns it, `{}` for undefined.
 */
export function checkOptions(callee: string, options: unknown, known: readonly string[]): Record<string, unknown> {
  if (options === undefined) return {};
  if (!isPlainObject(options)) throw new NoticeParseError(callee, 'options', `an object or undefined`, options);
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw new NoticeParseError(callee, `options.${key}`, `one of the known options (${known.join(', ')})`, options[key]);
  }
  return options;
}

/** Checks that an optional field of options has the given typeof, when it is given. */
export function checkOptional(callee: string, options: Record<string, unknown>, key: string, type: 'string' | 'boolean'): void {
  const value = options[key];
  if (value !== undefined && typeof value !== type) throw new NoticeParseError(callee, `options.${key}`, `a ${type} or undefined`, value);
}

/** Checks a text argument. */
export function checkText(callee: string, argument: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw new NoticeParseError(callee, argument, 'a string', value);
}
