/**
 * Reads one file into text for the engine, or says in words why it cannot:
 * missing, unreadable, not a regular file, too large, or binary. The caller
 * turns the reason into a `parse-error` finding; nothing is skipped silently.
 */
import * as fs from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { describeFsError } from './discover';

/** How the bytes were decoded, so that `--fix` writes them back the same way. */
export type TextEncoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be';

export type ReadOutcome =
  | {
      ok: true;
      text: string;
      encoding: TextEncoding;
      /** Some bytes were not valid UTF-8 and became U+FFFD: writing the text back would change them. */
      lossy: boolean;
    }
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
  const decoded = decode(bytes);
  if (decoded === undefined) return { ok: false, messageId: 'binary', data: {} };
  return { ok: true, ...decoded };
}

/**
 * UTF-8 (the JSON and usual YAML encoding) or UTF-16 with a byte order mark
 * (which YAML allows); the mark is dropped so columns match what editors show.
 * Invalid UTF-8 bytes become U+FFFD rather than stopping the lint: a stray
 * Latin-1 byte in a comment must not hide a private address further down.
 * Returns undefined for binary content.
 */
function decode(bytes: Buffer): { text: string; encoding: TextEncoding; lossy: boolean } | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf16le', lossy: bytes.length % 2 !== 0 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Swapped to little-endian by hand: Node's UTF-16BE decoder needs full ICU, which some builds lack.
    const evenLength = (bytes.length - 2) & ~1;
    const text = new TextDecoder('utf-16le').decode(Buffer.from(bytes.subarray(2, 2 + evenLength)).swap16());
    return { text, encoding: 'utf16be', lossy: bytes.length % 2 !== 0 };
  }
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return undefined;
  const encoding = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf8-bom' : 'utf8';
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  return { text, encoding, lossy: !isUtf8(bytes) };
}

/** The bytes to write for `text` in the encoding it was read in. */
export function encodeText(text: string, encoding: TextEncoding): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trimNumber(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${trimNumber(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function trimNumber(value: number): string {
  return String(Math.round(value * 10) / 10);
}
