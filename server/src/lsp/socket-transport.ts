/**
 * `--socket=PORT` and `--pipe=NAME`: as vscode-languageserver does for these
 * flags, the server connects to the client, which listens on a loopback port
 * or a Unix socket (a named pipe on Windows). The socket is then read through
 * the same guarded stream connection as stdio (stdio-transport.ts), so a
 * client that sends garbage, or a Content-Length that is not a number, ends
 * the process with code 1 here too, instead of leaving it alive and deaf.
 */
import { createConnection as connect, type Socket } from 'node:net';

/** The socket for a `--socket=` or `--pipe=` argument; undefined for any other (or an invalid port). */
export function socketFor(transport: string): Socket | undefined {
  if (transport.startsWith('--socket=')) {
    const port = transport.slice('--socket='.length);
    if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65_535) return undefined;
    // Loopback only, as the library does: the protocol has no authentication.
    return connect(Number(port), '127.0.0.1');
  }
  if (transport.startsWith('--pipe=')) {
    const name = transport.slice('--pipe='.length);
    return name === '' ? undefined : connect(name);
  }
  return undefined;
}
