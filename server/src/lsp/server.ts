/**
 * Wiring between the LSP connection and the engine: document sync, debounced
 * linting of the latest version, configuration (settings and config files),
 * code actions, hover, completion, commands and the workspace scan. The
 * pieces with logic live beside it; this file only connects them.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileProblem, languageForPath, type Finding, type Severity } from '../engine';
import { CONFIG_FILE_NAMES } from '../config/find-config';
import { readTextFile } from '../files/read-text';
import { clientFeatures, type ClientFeatures, type WorkspaceFolder } from './client-features';
import { codeActions } from './code-actions';
import { executeCommand } from './commands';
import { completionsAt } from './completion';
import { configFileDiagnostics, isConfigFileName, ProjectConfigFiles } from './config-files';
import { KeyedDebouncer } from './debounce';
import { toDiagnostic } from './diagnostics';
import { DocumentConfigs, localPath, type DocumentConfig } from './document-config';
import { DocumentLinter, fileNameOf, languageOf } from './document-linter';
import { fixAllEdit } from './fix-all';
import { hoverAt } from './hover';
import { COMMANDS, FIX_ALL_KIND, STATUS_NOTIFICATION } from './protocol';
import { SETTINGS_SECTION, SettingsStore } from './settings';
import { countSafeFixes, LatestFindings, statusOf } from './status';
import { WorkspaceScan } from './workspace-scan';

/** Long enough to skip the intermediate states of a word being typed, short enough to feel live. */
export const LINT_DELAY_MS = 200;

export const SERVER_NAME = 'internet-first-language-server';

/** The config files, in any folder: a change re-reads them and re-lints. */
export const CONFIG_FILE_GLOB = `**/{${CONFIG_FILE_NAMES.join(',')}}`;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const linter = new DocumentLinter(
    (message) => connection.console.error(message),
    () => folders.map((folder) => localPath(folder.uri)).filter((path): path is string => path !== undefined),
  );
  const debouncer = new KeyedDebouncer(LINT_DELAY_MS);
  const latest = new LatestFindings();
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

  let features: ClientFeatures = clientFeatures({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: null });
  let settings = new SettingsStore(connection, false);
  let folders: WorkspaceFolder[] = [];
  const configFiles = new ProjectConfigFiles(
    () => folders.map((folder) => localPath(folder.uri)).filter((path): path is string => path !== undefined),
    (message) => connection.console.warn(message),
  );
  const configs = new DocumentConfigs(() => settings, configFiles);

  connection.onInitialize((params): InitializeResult => {
    features = clientFeatures(params);
    settings = new SettingsStore(connection, features.pullConfiguration);
    folders = features.initialFolders;
    configFiles.invalidate();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['"', ':'] },
        executeCommandProvider: { commands: Object.values(COMMANDS) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: SERVER_NAME },
    };
  });

  connection.onInitialized(() => {
    // VS Code sends didChangeConfiguration only for registered sections; other clients send it unasked.
    if (features.registerConfigurationChange) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(logFailure('Registering for configuration changes'));
    }
    if (features.registerFileWatchers) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_FILE_GLOB }] })
        .catch(logFailure('Watching the config files'));
    }
    if (features.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((folder) => folder.uri));
        folders = [...folders.filter((folder) => !removed.has(folder.uri)), ...event.added];
        configFiles.invalidate();
        relintEverything();
      });
    }
  });

  async function lintAndPublish(uri: string): Promise<void> {
    const run = ++runCounter;
    latestRun.set(uri, run);
    // Keep the version number, not the document: TextDocuments updates the same object in place.
    const version = documents.get(uri)?.version;
    if (version === undefined) return;
    const config = await configs.get(uri);
    // While the configuration was read the document may have changed or closed, or a newer run started.
    const current = documents.get(uri);
    if (current === undefined || current.version !== version || latestRun.get(uri) !== run) return;
    const published = problemsOf(current, config);
    if (published === undefined) return;
    latest.set(uri, version, published.findings);
    await connection.sendDiagnostics({ uri, version, diagnostics: published.diagnostics });
    await connection.sendNotification(STATUS_NOTIFICATION, statusOf(uri, version, published.severities, config));
  }

  /** A config file gets its own validation; every other document the rules. Undefined when the engine failed (logged). */
  function problemsOf(document: TextDocument, config: DocumentConfig) {
    const path = localPath(document.uri);
    if (path !== undefined && isConfigFileName(path)) {
      const diagnostics = configFileDiagnostics(document, path);
      return { findings: [] as Finding[], diagnostics, severities: diagnostics.map(() => ({ severity: 'error' as Severity })) };
    }
    const findings = linter.findings(document, config);
    if (findings === undefined) return undefined;
    return { findings, diagnostics: findings.map((finding) => toDiagnostic(finding, document)), severities: findings };
  }

  function scheduleLint(uri: string, delayMs: number): void {
    debouncer.schedule(uri, () => lintAndPublish(uri).catch(logFailure(`Publishing diagnostics for ${uri}`)), delayMs);
  }

  const openDocumentAt = (path: string): TextDocument | undefined => documents.all().find((document) => localPath(document.uri) === path);

  const scan = new WorkspaceScan({
    isOpen: (path) => openDocumentAt(path) !== undefined,
    log: (message) => connection.console.info(message),
    clear: (uri) => connection.sendDiagnostics({ uri, diagnostics: [] }),
    lintFromDisk: async (path, uri, folderUri) => {
      const languageId = languageForPath(path);
      const config = await configs.forScannedFile(path, folderUri);
      if (languageId === undefined || !config.enable || config.selection !== 'included') return false;
      const read = await readTextFile(path);
      const text = read.ok ? read.text : '';
      const findings = read.ok
        ? (linter.findingsForText(text, languageId, path, config) ?? [])
        : read.reason === 'tooLarge'
          ? fileProblem('tooLarge', { limit: read.detail }, config.lintConfig)
          : fileProblem('unreadable', { what: 'file', detail: read.detail }, config.lintConfig);
      const snapshot = TextDocument.create(uri, languageId, 0, text);
      const diagnostics: Diagnostic[] = findings.map((finding) => toDiagnostic(finding, snapshot));
      await connection.sendDiagnostics({ uri, diagnostics });
      // Opened while it was read: the live lint must have the last word.
      const opened = openDocumentAt(path);
      if (opened !== undefined) scheduleLint(opened.uri, 0);
      return true;
    },
  });

  function relintEverything(): void {
    for (const document of documents.all()) scheduleLint(document.uri, 0);
    scan.refresh().catch(logFailure('Re-linting the workspace files'));
    // We push diagnostics; clients that pull (and other servers' pulled diagnostics) are told to ask again.
    if (features.refreshDiagnostics) connection.languages.diagnostics.refresh().catch(logFailure('Refreshing diagnostics'));
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
    latest.forget(uri);
    linter.forget(uri);
    settings.forget(uri);
    const path = localPath(uri);
    // A file the workspace scan linted keeps diagnostics: those of the file on disk, as the scan shows them.
    const fromDisk = path !== undefined && scan.has(path) ? scan.reopenFromDisk(path, uri) : Promise.resolve(false);
    fromDisk
      .then((shown) => (shown ? undefined : connection.sendDiagnostics({ uri, diagnostics: [] })))
      .catch(logFailure(`Clearing diagnostics for ${uri}`));
  });

  connection.onDidChangeConfiguration((params) => {
    settings.reset(params.settings);
    relintEverything();
  });

  connection.onDidChangeWatchedFiles(() => {
    // Only config files are watched: any change can alter any file's configuration.
    configFiles.invalidate();
    relintEverything();
  });

  async function fixAll(snapshot: TextDocument) {
    const languageId = languageOf(snapshot);
    const path = localPath(snapshot.uri);
    if (languageId === undefined || (path !== undefined && isConfigFileName(path))) return undefined;
    const config = await configs.get(snapshot.uri);
    const fileName = fileNameOf(snapshot.uri);
    return config.enable ? fixAllEdit(snapshot, languageId, config.lintConfig, fileName, linter.relativePathOf(fileName)) : undefined;
  }

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (document === undefined) return [];
    try {
      return await codeActions({
        document,
        languageId: languageOf(document),
        parseCache: linter.parseCache(document.uri),
        diagnostics: params.context.diagnostics,
        only: params.context.only,
        supportsDocumentChanges: features.documentChanges,
        openUrlCommand: features.initializationOptions.openUrlCommand,
        fixableCount: countSafeFixes(latest.get(document.uri, document.version) ?? []),
        lint: async (snapshot) => linter.findings(snapshot, await configs.get(snapshot.uri)) ?? [],
        fixAll,
      });
    } catch (error) {
      logFailure(`Code actions for ${document.uri}`)(error);
      return [];
    }
  });

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const languageId = document && languageOf(document);
    if (document === undefined || languageId === undefined) return null;
    const config = await configs.get(document.uri);
    if (!config.enable) return null;
    return hoverAt({
      document,
      languageId,
      position: params.position,
      findings: latest.get(document.uri, document.version),
      lookup: { fileName: fileNameOf(document.uri), cache: linter.parseCache(document.uri), manifest: config.lintConfig.manifest },
      markdown: features.hoverMarkdown,
    });
  });

  connection.onCompletion(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const languageId = document && languageOf(document);
    if (document === undefined || languageId === undefined) return [];
    const config = await configs.get(document.uri);
    const lookup = { fileName: fileNameOf(document.uri), manifest: config.lintConfig.manifest };
    return config.enable ? completionsAt(document, languageId, params.position, lookup, features.completionMarkdown) : [];
  });

  connection.onExecuteCommand((params, token) =>
    executeCommand(
      {
        connection,
        documents,
        features: () => features,
        fixAll,
        scan,
        workspaceFolders: async () => (features.workspaceFolders ? ((await connection.workspace.getWorkspaceFolders()) ?? []) : folders),
      },
      params,
      token,
    ),
  );

  connection.onShutdown(() => {
    debouncer.cancelAll();
  });

  documents.listen(connection);
  connection.listen();
}
