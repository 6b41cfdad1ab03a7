/**
 * The bytes a display path stands for, for a file whose name is not UTF-8.
 * The display path writes each invalid byte as `\xNN` (files/file-name.ts),
 * which is text for people: a SARIF consumer that resolves the artifact URI
 * needs the name's real bytes (`caf%E9.yaml`, not `caf%5Cxe9.yaml`), and a
 * name may hold a real `\x` too, so the escapes are not decoded back.
 * Instead the path's named segments are taken from the file's own bytes.
 */
import * as path from 'node:path';

/**
 * `displayPath` (relative, `/`-separated, maybe starting with `..` segments)
 * as bytes, its named segments the last ones of `fsPath`, the absolute path
 * as bytes; undefined when the two do not line up.
 */
export function displayPathBytes(displayPath: string, fsPath: Uint8Array): Buffer | undefined {
  const segments = displayPath.split('/');
  let up = 0;
  while (up < segments.length && segments[up] === '..') up++;
  const named = segments.length - up;
  const separator = Buffer.from(path.sep)[0];
  // Walk back over `named` separators: what follows the last one found is the named part.
  let start = fsPath.length;
  for (let count = 0; count < named; count++) {
    start = fsPath.lastIndexOf(separator, start - 1);
    if (start < 0) return undefined;
  }
  const namedBytes = Buffer.from(fsPath.subarray(start + 1));
  const parts = namedBytes.length === 0 ? [] : [namedBytes];
  const bytes = Buffer.concat([Buffer.from('../'.repeat(up)), ...parts]);
  // Separators as `/`, as in every report path.
  if (separator !== 0x2f) for (let index = 0; index < bytes.length; index++) if (bytes[index] === separator) bytes[index] = 0x2f;
  return bytes;
}
