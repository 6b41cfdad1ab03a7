/**
 * File names that are not valid UTF-8 (a Latin-1 `café.yaml` from an old
 * archive, a stray byte). Node's string paths decode such a name with U+FFFD
 * in place of the bad bytes, and the result names no file: the walk would
 * report "no such file" and never lint it. The walk therefore lists folders
 * as bytes, keeps the bytes of such a name for every file system call, and
 * shows it with each invalid byte written `\xNN`.
 */
import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * A folder's entries: names as text, or as bytes when one of them is not
 * valid UTF-8. Listing as text is cheaper (a Buffer per name cost the walk
 * about 50% more CPU), and a name Node could not decode shows U+FFFD,
 * so the folder is listed again as bytes only then.
 */
export function readFolder(folder: string | Buffer): Array<fs.Dirent<string> | fs.Dirent<Buffer>> {
  if (typeof folder === 'string') {
    const children = fs.readdirSync(folder, { withFileTypes: true });
    if (!children.some((child) => child.name.includes('\uFFFD'))) return children;
  }
  return fs.readdirSync(folder, { withFileTypes: true, encoding: 'buffer' });
}

/** True when `bytes` is a valid UTF-8 name (Node's string paths reach the file). */
export function isUtf8Name(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
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

/**
 * A child of `fsFolder` (as readFolder listed it): its name as text, and its
 * path as bytes when text would not reach it (its name or a folder above is
 * not UTF-8); without `fsPath` the text path is the one to use.
 */
export function childName(fsFolder: string | Buffer, name: string | Buffer): { name: string; fsPath?: Buffer } {
  if (typeof name === 'string') return { name };
  if (typeof fsFolder === 'string' && isUtf8Name(name)) return { name: name.toString('utf8') };
  const folderBytes = typeof fsFolder === 'string' ? Buffer.from(fsFolder, 'utf8') : fsFolder;
  return { name: nameForDisplay(name), fsPath: Buffer.concat([folderBytes, Buffer.from(path.sep), name]) };
}
