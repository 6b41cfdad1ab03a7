/**
 * Reads one file into text for the engine, or says in words why it cannot:
 * missing, unreadable, not a regular file, too large, or binary. The caller
 * turns the reason into a `parse-error` finding; nothing is skipped silently.
 */
import * as fs from 'node:fs';
import { describeFsError } from './discover';

export type ReadOutcome =
  | { ok: true; text: string }
  | { ok: false; messageId: 'unreadable' | 'tooLarge' | 'binary'; data: Record<string, string> };

/** How much of a file is searched for a NUL byte to decide it is binary (as git and grep do). */
const BINARY_SNIFF_BYTES = 8 * 1024;

export function readTextFile(absolutePath: string, maxFileBytes: number): ReadOutcome {
  let bytes: Buffer;
  try {
    const stats = fs.statSync(absolutePath);
    if (!stats.isFile()) return { ok: false, messageId: 'unreadable', data: { what: 'file', detail: 'not a regular file' } };
    if (stats.size > maxFileBytes) {
      return {
        ok: false,
        messageId: 'tooLarge',
        data: { limit: `${formatBytes(maxFileBytes)} (it has ${formatBytes(stats.size)}; raise the limit with --max-file-size)` },
      };
    }
    bytes = fs.readFileSync(absolutePath);
  } catch (error) {
    return { ok: false, messageId: 'unreadable', data: { what: 'file', detail: describeFsError(error) } };
  }
  const text = decode(bytes);
  if (text === undefined) return { ok: false, messageId: 'binary', data: {} };
  return { ok: true, text };
}

/**
 * UTF-8 (the JSON and usual YAML encoding) or UTF-16 with a byte order mark
 * (which YAML allows); the mark is dropped so columns match what editors show.
 * Invalid UTF-8 bytes become U+FFFD rather than stopping the lint: a stray
 * Latin-1 byte in a comment must not hide a private address further down.
 * Returns undefined for binary content.
 */
function decode(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Swapped to little-endian by hand: Node's UTF-16BE decoder needs full ICU, which some builds lack.
    const evenLength = (bytes.length - 2) & ~1;
    return new TextDecoder('utf-16le').decode(Buffer.from(bytes.subarray(2, 2 + evenLength)).swap16());
  }
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return undefined;
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trimNumber(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${trimNumber(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function trimNumber(value: number): string {
  return String(Math.round(value * 10) / 10);
}
