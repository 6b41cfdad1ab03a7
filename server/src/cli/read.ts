/**
 * Reads one file into text for the engine, or says in words why it cannot:
 * missing, unreadable, not a regular file, too large, or binary. The caller
 * turns the reason into a `parse-error` finding; nothing is skipped silently.
 */
import * as fs from 'node:fs';
import { describeFsError } from './discover';
import { decodeText, encodeText, type DecodedText, type TextEncoding } from '../files/read-text';

export type { TextEncoding };

export type ReadOutcome = ({ ok: true } & DecodedText) | { ok: false; messageId: 'unreadable' | 'tooLarge' | 'binary'; data: Record<string, string> };

/** How much of a file is searched for a NUL byte to decide it is binary (as git and grep do). */
const BINARY_SNIFF_BYTES = 8 * 1024;

export function readTextFile(absolutePath: string | Buffer, maxFileBytes: number): ReadOutcome {
  let bytes: Buffer;
  try {
    const stats = fs.statSync(absolutePath);
    if (!stats.isFile()) return { ok: false, messageId: 'unreadable', data: { what: 'file', detail: 'not a regular file' } };
    if (stats.size > maxFileBytes) {
      return {
        ok: false,
        messageId: 'tooLarge',
        data: { limit: `${formatBytes(maxFileBytes)} (it has ${formatBytes(stats.size)}; see --max-file-size)` },
      };
    }
    bytes = fs.readFileSync(absolutePath);
  } catch (error) {
    return { ok: false, messageId: 'unreadable', data: { what: 'file', detail: describeFsError(error) } };
  }
  const decoded = decode(bytes);
  if (decoded === undefined) return { ok: false, messageId: 'binary', data: {} };
  return { ok: true, ...decoded };
}

/**
 * Binary content (a NUL byte near the start, as git and grep judge it) is
 * refused here; everything else decodes as the editor would show it (see
 * files/read-text.ts: UTF-8, UTF-16 with a byte order mark, U+FFFD for
 * invalid bytes so a stray Latin-1 byte cannot hide a finding further down).
 */
function decode(bytes: Buffer): DecodedText | undefined {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return undefined;
  return decodeText(bytes);
}

export { encodeText };

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trimNumber(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${trimNumber(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function trimNumber(value: number): string {
  return String(Math.round(value * 10) / 10);
}
