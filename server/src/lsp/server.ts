/**
 * The composition root: one shared context per connection, and one module per
 * concern in `handlers/`: configuration (the handshake, settings, config
 * files, workspace folders), documents (sync and debounced scheduling), the
 * lint publisher (diagnostics, the workspace scan), fixes (code actions and
 * commands) and language features (hover, completion). The logic they call
 * lives beside this file; handlers only connect it to the protocol.
 */
import type { Connection } from 'vscode-languageserver/node';
import { registerConfigurationHandlers } from './handlers/configuration';
import { OpenDocuments } from './handlers/documents';
import { registerFixHandlers } from './handlers/fixes';
import { registerLanguageFeatureHandlers } from './handlers/language-features';
import { LintPublisher } from './handlers/lint-publisher';
import { ServerContext } from './server-context';

export { CONFIG_FILE_GLOB, SERVER_NAME } from './handlers/configuration';
export { LINT_DELAY_MS } from './handlers/documents';

export interface ServerOptions {
  /** Told when the client asks for shutdown (the stdio transport's exit code depends on it). */
  onShutdown?: () => void;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const context = new ServerContext(connection);
  // The documents ask the publisher to lint; the publisher reads the documents. Events only fire once listening.
  const documents: OpenDocuments = new OpenDocuments(context, {
    lint: (uri) => publisher.lintAndPublish(uri),
    closed: (uri) => publisher.closed(uri),
  });
  const publisher = new LintPublisher(context, documents);

  registerConfigurationHandlers(context, () => publisher.relintEverything());
  registerFixHandlers(context, documents, publisher);
  registerLanguageFeatureHandlers(context, documents);
  connection.onShutdown(() => {
    documents.stop();
    options.onShutdown?.();
  });

  documents.listen();
  connection.listen();
}
