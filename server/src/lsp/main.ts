/**
 * Entry point of the language server (bundled to dist/server/server.js).
 * VS Code starts it with `--node-ipc`; other editors run
 * `internet-first-language-server --stdio`. Over stdio, a socket or a pipe
 * the connection is our own (stdio-transport.ts: a stream it cannot read ends
 * the process); IPC is createConnection's, read from the command line.
 */
import { createConnection, ProposedFeatures } from './protocol-library';
import { SERVER_NAME, startServer } from './server';
import { socketFor } from './socket-transport';
import { createStdioConnection, createStreamConnection } from './stdio-transport';

const TRANSPORT_FLAGS = ['--stdio', '--node-ipc', '--socket=', '--pipe='];

/** The first transport flag, as createConnection reads it. */
function transportOf(argv: readonly string[]): string | undefined {
  return argv.find((argument) => TRANSPORT_FLAGS.some((flag) => (flag.endsWith('=') ? argument.startsWith(flag) : argument === flag)));
}

const args = process.argv.slice(2);
const transport = transportOf(args);
if (args.includes('--help') || args.includes('-h') || transport === undefined) {
  // Started by hand without a transport: say how to use it instead of the library's stack trace.
  process.stderr.write(
    `Usage: ${SERVER_NAME} --stdio\n` +
      'The Internet First Lint language server speaks the Language Server Protocol; start it from your editor.\n' +
      'Transports: --stdio, --node-ipc (VS Code), --socket=PORT, --pipe=NAME.\n',
  );
  process.exit(args.includes('--help') || args.includes('-h') ? 0 : 2);
}

if (transport === '--stdio') {
  // Our own stdio connection: a stream the server cannot read ends the process (stdio-transport.ts).
  const { connection, shutdownRequested } = createStdioConnection(SERVER_NAME);
  startServer(connection, { onShutdown: shutdownRequested });
} else if (transport === '--node-ipc') {
  // IPC (VS Code) carries whole messages, so there is no framing to break.
  startServer(createConnection(ProposedFeatures.all));
} else {
  // A socket or pipe is a byte stream like stdio, with the same framing to guard.
  const socket = socketFor(transport);
  if (socket === undefined) {
    process.stderr.write(`${SERVER_NAME}: ${transport} needs a port (1 to 65535) or a pipe name.\n`);
    process.exit(2);
  }
  const { connection, shutdownRequested } = createStreamConnection(SERVER_NAME, socket, socket);
  startServer(connection, { onShutdown: shutdownRequested });
}
