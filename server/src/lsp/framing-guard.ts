/**
 * Checks the bytes a client sends over a stream against the protocol's
 * framing (`Content-Length: N\r\n\r\n` then N bytes of body), without parsing
 * the bodies. vscode-jsonrpc's reader waits forever for a header that garbage
 * (NUL bytes, a binary blob) never completes, and reads `Content-Length: 12x`
 * as 12; this guard names the problem instead, so the server can exit and
 * be restarted rather than stay alive and deaf.
 */

/** Real headers are under 100 bytes; this is far above any a client sends. */
export const MAX_HEADER_BYTES = 16 * 1024;

/** V8 cannot hold a string this long, so such a body could never be read. */
export const MAX_BODY_BYTES = 1024 * 1024 * 1024;

const HEADER_END = '\r\n\r\n';

export class FramingGuard {
  private header = '';
  private bodyLeft = 0;

  /** Takes the next chunk of the stream; returns what is wrong with it, or undefined while the framing holds. */
  push(chunk: Uint8Array): string | undefined {
    let index = 0;
    while (index < chunk.length) {
      if (this.bodyLeft > 0) {
        const taken = Math.min(this.bodyLeft, chunk.length - index);
        this.bodyLeft -= taken;
        index += taken;
        continue;
      }
      const byte = chunk[index++];
      // Header lines are ASCII text; anything else means the stream is not framed as LSP.
      if (!isHeaderByte(byte)) return `byte 0x${byte.toString(16).padStart(2, '0')} in a message header`;
      this.header += String.fromCharCode(byte);
      if (this.header.length > MAX_HEADER_BYTES) return `a message header longer than ${MAX_HEADER_BYTES} bytes`;
      if (this.header.endsWith(HEADER_END)) {
        const length = contentLength(this.header.slice(0, -HEADER_END.length));
        if (typeof length === 'string') return length;
        this.header = '';
        this.bodyLeft = length;
      }
    }
    return undefined;
  }
}

function isHeaderByte(byte: number): boolean {
  return byte === 0x0d || byte === 0x0a || byte === 0x09 || (byte >= 0x20 && byte <= 0x7e);
}

/** The body's length from a header block, or what is wrong with the block. */
function contentLength(block: string): number | string {
  let length: number | undefined;
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) return `a message header line without "name: value": ${JSON.stringify(line.slice(0, 40))}`;
    if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,10}$/.test(value)) return `Content-Length ${JSON.stringify(value.slice(0, 40))} is not a number`;
    length = Number(value);
    if (length > MAX_BODY_BYTES) return `Content-Length ${length} is more than a message can be`;
  }
  return length ?? 'a message header without Content-Length';
}
