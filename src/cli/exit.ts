/**
 * Exit codes, as eslint and prettier use them: 0 all is well, 1 the input has problems (an error
 * diagnostic, a difference in `check`), 2 the command could not do its job (bad usage, unreadable
 * input, a file that could not be written), 130 interrupted (SIGINT or SIGTERM: 128 + 2, as a
 * shell reports Ctrl-C).
 */
export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;
