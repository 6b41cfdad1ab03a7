/**
 * File names that are not valid UTF-8 (a Latin-1 `café.yaml` from an old
 * archive, a stray byte). Node's string paths decode such a name with U+FFFD
 * in place of the bad bytes, and the result names no file: the walk would
 * report "no such file" and never lint it. The walk therefore lists folders
 * as bytes, keeps the bytes of such a name for every file system call, and
 * shows it with each invalid byte written `\xNN`.
 */
import * as path from 'node:path';

/** True when `bytes` is a valid UTF-8 name (Node's string paths reach the file). */
export function isUtf8Name(bytes: Buffer): boolean {
  return Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes);
}

/** The name as text: valid UTF-8 decoded, each other byte as `\xNN`. */
export function nameForDisplay(bytes: Buffer): string {
  let text = '';
  let index = 0;
  while (index < bytes.length) {
    const length = sequenceLength(bytes[index]);
    const sequence = bytes.subarray(index, index + length);
    if (length > 0 && sequence.length === length && isUtf8Name(sequence)) {
      text += sequence.toString('utf8');
      index += length;
    } else {
      text += `\\x${bytes[index].toString(16).padStart(2, '0')}`;
      index += 1;
    }
  }
  return text;
}

/** The length a UTF-8 sequence starting with `lead` has; 0 for a byte that cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** `folder` joined with a child's name as bytes: what fs needs to reach a child whose path is not UTF-8. */
export function joinBytes(folder: string | Buffer, name: Buffer): Buffer {
  return Buffer.concat([typeof folder === 'string' ? Buffer.from(folder, 'utf8') : folder, Buffer.from(path.sep), name]);
}
