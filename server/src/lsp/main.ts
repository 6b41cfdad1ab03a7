/**
 * Entry point of the language server (bundled to dist/server/server.js).
 * VS Code starts it with `--node-ipc`; other editors run
 * `internet-first-language-server --stdio`. createConnection reads the
 * transport from the command line.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { SERVER_NAME, startServer } from './server';

const TRANSPORT_FLAGS = ['--stdio', '--node-ipc', '--socket=', '--pipe='];

function hasTransport(argv: readonly string[]): boolean {
  return argv.some((argument) => TRANSPORT_FLAGS.some((flag) => (flag.endsWith('=') ? argument.startsWith(flag) : argument === flag)));
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h') || !hasTransport(args)) {
  // Started by hand without a transport: say how to use it instead of the library's stack trace.
  process.stderr.write(
    `Usage: ${SERVER_NAME} --stdio\n` +
      'The Internet First Lint language server speaks the Language Server Protocol; start it from your editor.\n' +
      'Transports: --stdio, --node-ipc (VS Code), --socket=PORT, --pipe=NAME.\n',
  );
  process.exit(args.includes('--help') || args.includes('-h') ? 0 : 2);
}

startServer(createConnection(ProposedFeatures.all));
