/**
 * Replacing a file so that it is never left half written (`--fix`): the new
 * bytes go to a temporary file in the same folder, are flushed to disk, and
 * the temporary file is renamed over the original, which is atomic on one
 * file system. A crash, a full disk or a kill mid-write leaves the original
 * as it was. The original's permission bits are kept. A symbolic link is
 * refused: renaming over it would replace the link with a file, and writing
 * through it would change a file outside what was linted.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

/** The file system calls used, so tests can make one fail (a full disk, a kill mid-write). */
export type AtomicFs = Pick<typeof fs, 'lstatSync' | 'openSync' | 'writeSync' | 'fchmodSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'unlinkSync'>;

export class SymlinkRefused extends Error {
  constructor(target: string) {
    super(`${target} is a symbolic link; fixes are not written through links (fix the file it points to)`);
  }
}

export function replaceFileAtomically(target: string, data: Uint8Array, files: AtomicFs = fs): void {
  const stats = files.lstatSync(target);
  if (stats.isSymbolicLink()) throw new SymlinkRefused(target);
  const mode = stats.mode & 0o7777;
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  // `wx`: never reuse an existing file (or a link planted under the temporary name).
  const fd = files.openSync(temporary, 'wx', mode);
  let renamed = false;
  try {
    try {
      for (let written = 0; written < data.length;) written += files.writeSync(fd, data, written, data.length - written);
      files.fchmodSync(fd, mode); // the umask may have narrowed the mode given to open
      files.fsyncSync(fd);
    } finally {
      files.closeSync(fd);
    }
    files.renameSync(temporary, target);
    renamed = true;
  } finally {
    if (!renamed) {
      try {
        files.unlinkSync(temporary);
      } catch {
        // Already gone; the original is untouched either way.
      }
    }
  }
}
