/**
 * The handshake and everything that changes a document's configuration:
 * `initialize` (the client's features, the server's capabilities),
 * `initialized` (dynamic registrations), setting changes, config-file
 * changes and workspace-folder changes. Each change re-lints everything.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  type InitializeResult,
} from '../protocol-library';
import { CONFIG_FILE_NAMES } from '../../config/find-config';
import { clientFeatures } from '../client-features';
import { COMMANDS, FIX_ALL_KIND } from '../protocol';
import type { ServerContext } from '../server-context';
import { SETTINGS_SECTION, SettingsStore } from '../settings';

export const SERVER_NAME = 'internet-first-language-server';

/** The config files, in any folder: a change re-reads them and re-lints. */
export const CONFIG_FILE_GLOB = `**/{${CONFIG_FILE_NAMES.join(',')}}`;

export function registerConfigurationHandlers(context: ServerContext, relintEverything: () => void): void {
  const { connection } = context;

  connection.onInitialize((params): InitializeResult => {
    context.features = clientFeatures(params);
    context.settings = new SettingsStore(connection, context.features.pullConfiguration);
    context.folders = context.features.initialFolders;
    context.configFiles.invalidate();
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
    const { features } = context;
    // VS Code sends didChangeConfiguration only for registered sections; other clients send it unasked.
    if (features.registerConfigurationChange) {
      connection.client
        .register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION })
        .catch(context.logFailure('Registering for configuration changes'));
    }
    if (features.registerFileWatchers) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_FILE_GLOB }] })
        .catch(context.logFailure('Watching the config files'));
    }
    if (features.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((folder) => folder.uri));
        context.folders = [...context.folders.filter((folder) => !removed.has(folder.uri)), ...event.added];
        context.configFiles.invalidate();
        relintEverything();
      });
    }
  });

  connection.onDidChangeConfiguration((params) => {
    context.settings.reset(params.settings);
    relintEverything();
  });

  connection.onDidChangeWatchedFiles(() => {
    // Only config files are watched: any change can alter any file's configuration.
    context.configFiles.invalidate();
    relintEverything();
  });
}
