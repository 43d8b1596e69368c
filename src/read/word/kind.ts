/**
 * Which Word format a file is, by its name (how the walk and the batch choose the Word path) and
 * by its first bytes (what the reader trusts: a `.doc` may be a renamed `.docx`, or HTML that
 * Word once saved under that name).
 */
export type WordKind = 'docx' | 'doc';

const WORD_FILE = /\.(docx|doc)$/i;

/** `docx` or `doc` for a file named so, else null. */
export function wordKindOfName(name: string): WordKind | null {
  const m = WORD_FILE.exec(name);
  return m ? (m[1]!.toLowerCase() as WordKind) : null;
}

/** What the bytes hold: a zip (Office Open XML), an OLE compound file (Word 97-2003, or an encrypted .docx), or neither. */
export type Container = 'zip' | 'ole' | 'other';

export function containerOf(bytes: Uint8Array): Container {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole';
  return 'other';
}

const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/**
 * A password-protected .docx is not a zip: Office wraps the encrypted package in an OLE compound
 * file whose directory names the stream `EncryptedPackage` (in UTF-16). Looking for that name is
 * enough to say why it cannot be read, instead of the reader's own confusing error.
 */
export function isEncryptedOffice(bytes: Uint8Array): boolean {
  return containerOf(bytes) === 'ole' && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(ENCRYPTED_PACKAGE);
}
