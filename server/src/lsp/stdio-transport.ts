/**
 * The connection over a byte stream (stdin and stdout, or a socket or pipe
 * for `--socket`/`--pipe`, see socket-transport.ts), made here rather than by
 * createConnection's own handling so that a broken stream is noticed.
 * The library's reader reports a header without Content-Length, a length that
 * is not a number or a body that is not JSON to an error event nobody
 * listens to, drops the message and carries on; bytes that never form a
 * header it waits on forever, and so on a body shorter than its
 * Content-Length when nothing follows. Either way the server would stay alive
 * and silent. Here any of them is logged to stderr and the process exits with
 * code 1, so that the editor sees a crash and restarts the server.
 *
 * What createConnection does for `--stdio` is kept for every stream: the
 * process exits when the input ends (0 after a shutdown request, 1
 * otherwise), and `console` goes to the client's log instead of stdout, where
 * it would corrupt a stdio stream.
 */
import type { Readable, Writable } from 'node:stream';
import { inspect } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from './protocol-library';
import { FramingGuard } from './framing-guard';

/** Exit code for a stream that cannot be read any more. */
export const BROKEN_STREAM_EXIT_CODE = 1;

/**
 * How long a body may stay short of its Content-Length with no byte arriving
 * before the stream counts as broken. A client writes a message at once; even
 * 60 MB arrive in well under a second.
 */
export const STALLED_BODY_MS = 60_000;

/** The bound in force: STALLED_BODY_MS unless the environment names another (tests use a few seconds). */
export function stalledBodyMs(env: NodeJS.ProcessEnv = process.env): number {
  const chosen = Number(env.INTERNET_FIRST_STALLED_BODY_MS);
  return Number.isInteger(chosen) && chosen > 0 ? chosen : STALLED_BODY_MS;
}

export interface StdioConnection {
  connection: Connection;
  /** Call when the client asks for shutdown: the end of stdin after it is a normal exit. */
  shutdownRequested(): void;
}

export function createStdioConnection(serverName: string): StdioConnection {
  return createStreamConnection(serverName, process.stdin, process.stdout);
}

/** The connection over `input` and `output` (the same socket for `--socket`/`--pipe`), guarded as above. */
export function createStreamConnection(serverName: string, input: Readable, output: Writable): StdioConnection {
  let failed = false;
  const fail = (problem: string): void => {
    if (failed) return;
    failed = true;
    input.pause();
    const exit = () => process.exit(BROKEN_STREAM_EXIT_CODE);
    // The problem may quote the client's bytes (a JSON parse error does): one short line of them.
    const quoted = problem.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, 200);
    process.stderr.write(`${serverName}: the client's messages cannot be read (${quoted}); exiting so that the editor restarts the server.\n`, exit);
    // Should stderr never drain (a client that stopped reading it), exit anyway.
    setTimeout(exit, 2000);
  };

  const guard = new FramingGuard();
  /** Time the reader has waited for the rest of a body since the last byte arrived. */
  let stalledMs = 0;
  input.on('data', (chunk: Buffer) => {
    stalledMs = 0;
    const problem = guard.push(chunk);
    if (problem !== undefined) fail(problem);
  });
  const reader = new StreamMessageReader(input);
  const stallBound = stalledBodyMs();
  // The reader reports a partial body every partialMessageTimeout (10 s by default): often enough to honour a shorter bound.
  reader.partialMessageTimeout = Math.min(reader.partialMessageTimeout, stallBound);
  reader.onError((error) => fail(error.message));
  // Fired every partialMessageTimeout while a body is incomplete and nothing arrives.
  reader.onPartialMessage(({ waitingTime }) => {
    stalledMs += waitingTime;
    if (stalledMs >= stallBound) fail(`a body short of its Content-Length, nothing more for ${stallBound / 1000} s`);
  });

  let shutdown = false;
  const inputEnded = (): void => {
    if (!failed) process.exit(shutdown ? 0 : 1);
  };
  input.on('end', inputEnded);
  input.on('close', inputEnded);
  // A socket that cannot connect, or is reset, is a stream that cannot be read any more.
  input.on('error', (error: Error) => fail(error.message));

  const connection = createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(output));
  consoleToClient(connection);
  return { connection, shutdownRequested: () => (shutdown = true) };
}

function consoleToClient(connection: Connection): void {
  const text = (args: unknown[]): string => args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg))).join(' ');
  console.log = (...args: unknown[]) => connection.console.log(text(args));
  console.debug = (...args: unknown[]) => connection.console.log(text(args));
  console.info = (...args: unknown[]) => connection.console.info(text(args));
  console.warn = (...args: unknown[]) => connection.console.warn(text(args));
  console.error = (...args: unknown[]) => connection.console.error(text(args));
}
