/**
 * A file's bytes as the text an editor would show: UTF-8 (a byte order mark
 * dropped) or UTF-16 with a byte order mark, which YAML allows. Invalid UTF-8
 * becomes U+FFFD rather than stopping the lint. Binary content (NUL bytes)
 * and oversized files are left to the engine to report: it sees a NUL in the
 * text, and `MAX_FILE_BYTES` is checked before reading.
 */
import { promises as fs } from 'node:fs';
import { MAX_FILE_BYTES } from '../engine';

export type TextRead = { ok: true; text: string } | { ok: false; reason: 'tooLarge' | 'unreadable'; detail: string };

export async function readTextFile(absolutePath: string): Promise<TextRead> {
  try {
    const stats = await fs.stat(absolutePath);
    if (!stats.isFile()) return { ok: false, reason: 'unreadable', detail: 'not a regular file' };
    if (stats.size > MAX_FILE_BYTES) return { ok: false, reason: 'tooLarge', detail: `${MAX_FILE_BYTES / 1024 / 1024} MB` };
    return { ok: true, text: decodeText(await fs.readFile(absolutePath)) };
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Swapped to little-endian by hand: Node's UTF-16BE decoder needs full ICU, which some builds lack.
    const evenLength = (bytes.length - 2) & ~1;
    return new TextDecoder('utf-16le').decode(Buffer.from(bytes.subarray(2, 2 + evenLength)).swap16());
  }
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
}
