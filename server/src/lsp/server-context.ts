/**
 * The state the handlers share, one instance per connection: what the client
 * supports, its settings and workspace folders, the project's config files,
 * and the linter with its per-document caches. The composition root
 * (server.ts) makes it; each handler module reads and updates it.
 */
import type { Connection } from 'vscode-languageserver/node';
import { clientFeatures, type ClientFeatures, type WorkspaceFolder } from './client-features';
import { ProjectConfigFiles } from './config-files';
import { DocumentConfigs, localPath } from './document-config';
import { DocumentLinter } from './document-linter';
import { SettingsStore } from './settings';
import { LatestFindings } from './status';

export class ServerContext {
  /** Until `initialize` says otherwise: a client that supports nothing optional. */
  features: ClientFeatures = clientFeatures({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: null });
  settings: SettingsStore;
  folders: WorkspaceFolder[] = [];
  readonly configFiles: ProjectConfigFiles;
  readonly configs: DocumentConfigs;
  readonly linter: DocumentLinter;
  /** The findings published for each document's version: hover and "Fix all" read them. */
  readonly latest = new LatestFindings();

  constructor(readonly connection: Connection) {
    this.settings = new SettingsStore(connection, false);
    const folderPaths = () => this.folderPaths();
    this.linter = new DocumentLinter((message) => connection.console.error(message), folderPaths);
    this.configFiles = new ProjectConfigFiles(folderPaths, (message) => connection.console.warn(message));
    this.configs = new DocumentConfigs(() => this.settings, this.configFiles);
  }

  /** Local paths of the workspace folders (folders on other file systems have none). */
  folderPaths(): string[] {
    return this.folders.map((folder) => localPath(folder.uri)).filter((path): path is string => path !== undefined);
  }

  /** For messages sent without waiting: a failure is logged, never left as an unhandled rejection (which would end the process). */
  logFailure(what: string): (error: unknown) => void {
    return (error) => this.connection.console.error(`${what} failed: ${String(error)}`);
  }
}
