/**
 * A file's bytes as the text an editor would show: UTF-8 (a byte order mark
 * dropped) or UTF-16 with a byte order mark, which YAML allows. Invalid UTF-8
 * becomes U+FFFD rather than stopping the lint. Binary content (NUL bytes)
 * and oversized files are left to the engine to report: it sees a NUL in the
 * text, and `MAX_FILE_BYTES` is checked before reading.
 */
import { promises as fs } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { MAX_FILE_BYTES } from '../engine';

export type TextRead = { ok: true; text: string } | { ok: false; reason: 'tooLarge' | 'unreadable'; detail: string };

export async function readTextFile(absolutePath: string): Promise<TextRead> {
  try {
    const stats = await fs.stat(absolutePath);
    if (!stats.isFile()) return { ok: false, reason: 'unreadable', detail: 'not a regular file' };
    if (stats.size > MAX_FILE_BYTES) return { ok: false, reason: 'tooLarge', detail: `${MAX_FILE_BYTES / 1024 / 1024} MB` };
    return { ok: true, text: decodeText(await fs.readFile(absolutePath)).text };
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

/** How the bytes were decoded, so that a fix writes them back the same way. */
export type TextEncoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Some bytes were not valid UTF-8 (or an odd UTF-16 tail) and became U+FFFD: writing the text back would change them. */
  lossy: boolean;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf16le', lossy: bytes.length % 2 !== 0 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Swapped to little-endian by hand: Node's UTF-16BE decoder needs full ICU, which some builds lack.
    const evenLength = (bytes.length - 2) & ~1;
    const text = new TextDecoder('utf-16le').decode(Buffer.from(bytes.subarray(2, 2 + evenLength)).swap16());
    return { text, encoding: 'utf16be', lossy: bytes.length % 2 !== 0 };
  }
  const encoding = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf8-bom' : 'utf8';
  return { text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes), encoding, lossy: !isUtf8(bytes) };
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
