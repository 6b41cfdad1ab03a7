/**
 * Wiring between the LSP connection and the engine: document sync, debounced
 * linting of the latest version, settings, and quick fixes. The pieces with
 * logic live beside it (settings, diagnostics, code-actions, document-linter).
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { quickFixes } from './code-actions';
import { KeyedDebouncer } from './debounce';
import { toDiagnostic } from './diagnostics';
import { DocumentLinter } from './document-linter';
import { SETTINGS_SECTION, SettingsStore } from './settings';

/** Long enough to skip the intermediate states of a word being typed, short enough to feel live. */
export const LINT_DELAY_MS = 200;

export const SERVER_NAME = 'internet-first-language-server';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const linter = new DocumentLinter((message) => connection.console.error(message));
  const debouncer = new KeyedDebouncer(LINT_DELAY_MS);
  /** Documents opened but not linted yet: their first lint runs at once. */
  const awaitingFirstLint = new Set<string>();
  /** The newest lint run per document; an older run that finishes later does not publish. */
  const latestRun = new Map<string, number>();
  let runCounter = 0;

  /** For messages sent without waiting: a failure is logged, never left as an unhandled rejection (which would end the process). */
  const logFailure =
    (what: string) =>
    (error: unknown): void =>
      connection.console.error(`${what} failed: ${String(error)}`);

  let settings = new SettingsStore(connection, false);
  let supportsDocumentChanges = false;
  let canRegisterConfigurationChange = false;

  connection.onInitialize((params): InitializeResult => {
    const workspace = params.capabilities.workspace;
    settings = new SettingsStore(connection, workspace?.configuration === true);
    supportsDocumentChanges = workspace?.workspaceEdit?.documentChanges === true;
    canRegisterConfigurationChange = workspace?.didChangeConfiguration?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: SERVER_NAME },
    };
  });

  connection.onInitialized(() => {
    // VS Code sends didChangeConfiguration only for registered sections; other clients send it unasked.
    if (canRegisterConfigurationChange) {
      connection.client
        .register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION })
        .catch(logFailure('Registering for configuration changes'));
    }
  });

  async function lintAndPublish(uri: string): Promise<void> {
    const run = ++runCounter;
    latestRun.set(uri, run);
    // Keep the version number, not the document: TextDocuments updates the same object in place.
    const version = documents.get(uri)?.version;
    if (version === undefined) return;
    const documentSettings = await settings.get(uri);
    // While the settings were fetched the document may have changed or closed, or a newer run started.
    const current = documents.get(uri);
    if (current === undefined || current.version !== version || latestRun.get(uri) !== run) return;
    const findings = linter.findings(current, documentSettings);
    if (findings === undefined) return;
    const diagnostics = findings.map((finding) => toDiagnostic(finding, current));
    await connection.sendDiagnostics({ uri, version: current.version, diagnostics });
  }

  function scheduleLint(uri: string, delayMs: number): void {
    debouncer.schedule(
      uri,
      () => {
        lintAndPublish(uri).catch(logFailure(`Publishing diagnostics for ${uri}`));
      },
      delayMs,
    );
  }

  documents.onDidOpen(({ document }) => {
    awaitingFirstLint.add(document.uri);
  });

  // Fires for open (after onDidOpen) and for every change.
  documents.onDidChangeContent(({ document }) => {
    scheduleLint(document.uri, awaitingFirstLint.delete(document.uri) ? 0 : LINT_DELAY_MS);
  });

  documents.onDidClose(({ document }) => {
    const { uri } = document;
    debouncer.cancel(uri);
    awaitingFirstLint.delete(uri);
    latestRun.delete(uri);
    linter.forget(uri);
    settings.forget(uri);
    connection.sendDiagnostics({ uri, diagnostics: [] }).catch(logFailure(`Clearing diagnostics for ${uri}`));
  });

  connection.onDidChangeConfiguration((params) => {
    settings.reset(params.settings);
    for (const document of documents.all()) scheduleLint(document.uri, 0);
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (document === undefined) return [];
    try {
      return await quickFixes({
        document,
        diagnostics: params.context.diagnostics,
        only: params.context.only,
        supportsDocumentChanges,
        lint: async (snapshot) => linter.findings(snapshot, await settings.get(snapshot.uri)) ?? [],
      });
    } catch (error) {
      logFailure(`Code actions for ${document.uri}`)(error);
      return [];
    }
  });

  connection.onShutdown(() => {
    debouncer.cancelAll();
  });

  documents.listen(connection);
  connection.listen();
}
