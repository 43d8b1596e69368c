/**
 * A Word file that cannot be read (not a zip, encrypted, HTML under a .doc name, damaged): the
 * batch reports it as an I/O error for that file and goes on; parseWordFile rejects with it.
 * Its message is for a person, without the reader's stack.
 */
export class WordFileError extends Error {
  readonly code = 'ERR_NOTICE_PARSE_WORD';

  constructor(message: string) {
    super(message);
    this.name = 'WordFileError';
  }
}
