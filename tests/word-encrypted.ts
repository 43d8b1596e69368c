/**
 * The container of a password-protected .docx, made without Office: Office writes an encrypted
 * package as an OLE compound file (MS-CFB, version 3, 512-byte sectors) holding the streams
 * `EncryptionInfo` and `EncryptedPackage`. The streams here hold filler, not real ciphertext (a real
 * one needs Office's key derivation, of no use to a reader that must refuse the file anyway); the
 * container itself is well-formed, so a reader that did not recognise it would try to read it.
 * A real one, saved with a password by LibreOffice, is tests/word-files/000-password.docx; it has
 * the "Standard" encryption of Word 2007, this one the header of the "Agile" encryption of Word
 * 2010 on (version 4.4), which LibreOffice cannot write; and renaming its stream makes an OLE file
 * that holds no Word document (tests/word.test.ts).
 */
const SECTOR = 512;
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;

/** Stream size: at the 4096-byte cutoff, so the streams live in ordinary sectors (no mini stream). */
const STREAM = 4096;

export function encryptedDocx(): Buffer {
  const perStream = STREAM / SECTOR;
  // Sector 0: the FAT; 1: the directory; then each stream's sectors in a chain.
  const sectors = 2 + 2 * perStream;
  const file = Buffer.alloc(SECTOR * (1 + sectors));
  header(file.subarray(0, SECTOR));
  const fat = file.subarray(SECTOR, 2 * SECTOR);
  for (let i = 0; i < SECTOR / 4; i++) fat.writeUInt32LE(FREE, i * 4);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);
  for (const first of [2, 2 + perStream]) {
    for (let k = 0; k < perStream; k++) fat.writeUInt32LE(k === perStream - 1 ? END_OF_CHAIN : first + k + 1, (first + k) * 4);
  }
  const dir = file.subarray(2 * SECTOR, 3 * SECTOR);
  // Siblings form a tree ordered by name length, then name: EncryptionInfo (14) < EncryptedPackage (16).
  entry(dir, 0, { name: 'Root Entry', type: 5, child: 1, start: END_OF_CHAIN, size: 0 });
  entry(dir, 1, { name: 'EncryptionInfo', type: 2, right: 2, start: 2, size: STREAM });
  entry(dir, 2, { name: 'EncryptedPackage', type: 2, start: 2 + perStream, size: STREAM });
  // EncryptionInfo of agile encryption starts with its version, 4.4, and reserved flags 0x40.
  const info = file.subarray(3 * SECTOR, 3 * SECTOR + STREAM);
  info.writeUInt16LE(4, 0);
  info.writeUInt16LE(4, 2);
  info.writeUInt32LE(0x40, 4);
  info.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>', 8, 'latin1');
  return file;
}

function header(h: Buffer): void {
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(h, 0);
  h.writeUInt16LE(0x003e, 24); // minor version
  h.writeUInt16LE(0x0003, 26); // major version 3
  h.writeUInt16LE(0xfffe, 28); // byte order
  h.writeUInt16LE(9, 30); // sector shift: 512
  h.writeUInt16LE(6, 32); // mini sector shift: 64
  h.writeUInt32LE(1, 44); // FAT sectors
  h.writeUInt32LE(1, 48); // first directory sector
  h.writeUInt32LE(4096, 56); // mini stream cutoff
  h.writeUInt32LE(END_OF_CHAIN, 60); // no mini FAT
  h.writeUInt32LE(END_OF_CHAIN, 68); // no DIFAT sectors
  for (let i = 0; i < 109; i++) h.writeUInt32LE(i === 0 ? 0 : FREE, 76 + i * 4);
}

function entry(dir: Buffer, k: number, e: { name: string; type: number; child?: number; right?: number; start: number; size: number }): void {
  const d = dir.subarray(k * 128, (k + 1) * 128);
  d.write(e.name, 0, 'utf16le');
  d.writeUInt16LE((e.name.length + 1) * 2, 64);
  d.writeUInt8(e.type, 66);
  d.writeUInt8(1, 67); // black
  d.writeUInt32LE(NO_STREAM, 68);
  d.writeUInt32LE(e.right ?? NO_STREAM, 72);
  d.writeUInt32LE(e.child ?? NO_STREAM, 76);
  d.writeUInt32LE(e.start, 116);
  d.writeUInt32LE(e.size, 120);
}
