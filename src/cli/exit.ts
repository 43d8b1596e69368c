/**
 * Exit codes, as eslint and prettier use them: 0 all is well, 1 the input has problems (an error
 * diagnostic, a difference in `check`), 2 the command could not do its job (bad usage, unreadable
 * input, a file that could not be written).
 */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
