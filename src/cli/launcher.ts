/**
 * What the command line tells the program that started it. The launcher (bin/notice-parse) owns
 * the process's V8 flags, as it owns the code cache: src/ parses and prints, and never sets them.
 * It learns here what only the command line knows, after parsing its arguments (or reading
 * standard input): how much one run will parse. An embedder passes nothing.
 */
export interface LauncherHooks {
  /**
   * The run converts one input of `bytes` bytes (one file, or standard input once read) and
   * nothing else. Called before parsing it.
   */
  parsingOne?(bytes: number): void;
}
