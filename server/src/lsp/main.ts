/**
 * Entry point of the language server (bundled to dist/server/server.js).
 * VS Code starts it with `--node-ipc`; other editors run
 * `internet-first-language-server --stdio`. Over stdio the connection is our
 * own (stdio-transport.ts: a stream it cannot read ends the process); the
 * other transports are createConnection's, read from the command line.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { SERVER_NAME, startServer } from './server';
import { createStdioConnection } from './stdio-transport';

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
} else {
  // IPC (VS Code) carries whole messages, so there is no framing to break; sockets and pipes are the library's.
  startServer(createConnection(ProposedFeatures.all));
}
